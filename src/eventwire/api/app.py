"""FastAPI application: the same queries as the CLI, as JSON, CSV and GeoJSON.

Reading endpoints use the store only; ``POST /extract`` runs the pipeline on posted
documents (RECORD.md input objects) without storing them, and ``POST /ingest`` stores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.middleware.gzip import GZipMiddleware

from ..errors import InputError
from ..ingest.readers import read_jsonl
from ..options import Options, default_db_path
from ..store import EventFilter, Store
from ..store.export import ACLED_COLUMNS, acled_rows, to_csv, to_geojson

STATIC_DIR = Path(__file__).parent / "static"
GZIP_MIN_BYTES = 2048
MAX_POSTED_DOCUMENTS = 100  # one request is a small batch; larger ones go through the CLI
DEFAULT_LIMIT = 1000
MAX_LIMIT = 100_000


class InputDocument(BaseModel):
    id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class ExtractRequest(BaseModel):
    documents: list[InputDocument] = Field(max_length=MAX_POSTED_DOCUMENTS)
    no_clean: bool = False


def create_app(db_path: str | Path | None = None, store: Store | None = None) -> FastAPI:
    """An app bound to one store (a path, or an open Store for tests)."""
    app = FastAPI(title="eventwire", version="0.1.0",
                  description="Events, entities, places and claims extracted from news, with evidence.")
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)  # the base map is 850 KB raw
    the_store = store or Store(db_path or default_db_path())
    pipelines: dict[bool, Any] = {}

    def pipeline(clean: bool):
        if clean not in pipelines:
            from ..pipeline import Pipeline

            pipelines[clean] = Pipeline(Options(clean=clean, detect_duplicates=False))
        return pipelines[clean]

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        """The web page: map, timeline and the evidence of each event."""
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/documents")
    def documents(limit: int = Query(100, ge=1, le=10_000)) -> list[dict[str, Any]]:
        return the_store.documents(limit)

    @app.get("/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        record = the_store.get(doc_id)
        if record is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return record

    @app.get("/events")
    def events(plover: str | None = None, acled: str | None = None, since: str | None = None,
               until: str | None = None, actor: str | None = None, place: str | None = None,
               status: str | None = None, party_only: bool = False, document: str | None = None,
               copies: bool = False,
               limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)) -> list[dict[str, Any]]:
        """Events with their place, claim source and document; the CLI's filters."""
        return the_store.events(EventFilter(plover=plover, acled=acled, since=since, until=until, actor=actor,
                                            place=place, status=status, party_only=party_only,
                                            document=document, copies=copies, limit=limit))

    @app.get("/events.geojson")
    def events_geojson(plover: str | None = None, since: str | None = None, until: str | None = None,
                       place: str | None = None,
                       limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)) -> dict[str, Any]:
        flt = EventFilter(plover=plover, since=since, until=until, place=place, limit=limit)
        return to_geojson(the_store.events(flt))

    @app.get("/events.csv", response_class=PlainTextResponse)
    def events_csv(plover: str | None = None, since: str | None = None, until: str | None = None,
                   place: str | None = None, limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)) -> str:
        flt = EventFilter(plover=plover, since=since, until=until, place=place, limit=limit)
        return to_csv(acled_rows(the_store.events(flt)), ACLED_COLUMNS)

    @app.get("/stats")
    def stats() -> dict[str, int]:
        return the_store.stats()

    def _run(req: ExtractRequest, store_it: bool) -> dict[str, Any]:
        lines = "\n".join(d.model_dump_json(exclude_none=True) for d in req.documents)
        raws, errors = [], []
        for item in read_jsonl(lines, "request"):
            (errors if isinstance(item, InputError) else raws).append(item)
        records = []
        for item in pipeline(not req.no_clean).run(raws):
            if isinstance(item, InputError):
                errors.append(item)
                continue
            if store_it:
                the_store.write(item)
            records.append(item.to_dict())
        return {"records": records, "errors": [str(e) for e in errors]}

    @app.post("/extract")
    def extract(req: ExtractRequest) -> dict[str, Any]:
        return _run(req, store_it=False)

    @app.post("/ingest")
    def ingest(req: ExtractRequest) -> dict[str, Any]:
        return _run(req, store_it=True)

    return app
