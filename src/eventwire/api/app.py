"""FastAPI application: the same queries as the CLI, as JSON, CSV and GeoJSON.

Reading endpoints use the store only; ``POST /extract`` runs the pipeline on posted
documents (RECORD.md input objects) without storing them, and ``POST /ingest`` stores them
through the same library call as ``eventwire ingest``. Storing over HTTP is off unless the
server was given a token, and then needs it (``Authorization: Bearer ...``): a page on
another site must not be able to replace stored documents. Requests must name an allowed
host (against DNS rebinding) and stay under a body limit; responses carry a content
security policy.
"""

from __future__ import annotations

import dataclasses
import gzip
import hmac
import json
from pathlib import Path
from typing import Annotated, Any

import fastapi_offline
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import InputError
from ..ingest.readers import read_jsonl
from ..options import DEFAULT_MAX_BYTES, Options, default_db_path
from ..store import EventFilter, FilterError, Store
from ..store.export import ACLED_COLUMNS, acled_rows, to_csv, to_geojson

STATIC_DIR = Path(__file__).parent / "static"
# Swagger UI as fastapi-offline ships it (served at /docs/assets); the page that starts it is
# ours (static/docs/), with no inline script, under the same security policy as the rest.
# ReDoc, which it ships too, is not served: it writes <style> elements at run time (so it
# would need 'unsafe-inline' styles) and always loads its logo from its maker's CDN.
DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
GZIP_MIN_BYTES = 2048
MAX_POSTED_DOCUMENTS = 100  # one request is a small batch; larger ones go through the CLI
DEFAULT_LIMIT = 1000
MAX_LIMIT = 100_000
DEFAULT_DOCUMENTS = 100
MAX_DOCUMENTS = 10_000
MAX_BODY_BYTES = DEFAULT_MAX_BYTES  # a posted batch is refused past the CLI's per-file limit
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "testserver")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class BodyLimit:
    """ASGI middleware: a request body past ``limit`` bytes is answered 413 and not read on."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await JSONResponse({"detail": f"body over {self.limit:,} bytes"}, 413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"body over {self.limit:,} bytes")
            return message

        await self.app(scope, counted, send)


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


MAX_ECHOED_CHARS = 100  # of a refused value, quoted back in the error


def query_error(name: str, message: str, value: str, kind: str = "value_error") -> dict[str, Any]:
    """One error in FastAPI's own 422 shape (as for ``limit=abc``), the value cut short."""
    return {"type": kind, "loc": ("query", name), "msg": message, "input": value[:MAX_ECHOED_CHARS]}


def _query_names(dependant: Any) -> list[str]:
    """The query parameters a route takes, its dependencies' (the filter model's) included."""
    names = [field.alias for field in dependant.query_params]
    for sub in dependant.dependencies:
        names += _query_names(sub)
    return names


def known_parameters_only(request: Request) -> None:
    """A query parameter the endpoint does not take is an error, not ignored: ``type=PROTEST``
    (the CLI's word; the API's is ``plover``) used to return every event."""
    route = request.scope.get("route")
    known = sorted(set(_query_names(route.dependant))) if route is not None else []
    unknown = [name for name in dict.fromkeys(request.query_params) if name not in known]
    if unknown:
        listed = ", ".join(known) or "none"
        raise RequestValidationError([
            query_error(name, f"unknown query parameter {name!r}; known: {listed}",
                        request.query_params[name], "extra_forbidden") for name in unknown])


API = [Depends(known_parameters_only)]  # every endpoint of the API (not the page and its files)


def event_filter(**given: Any) -> EventFilter:
    try:
        return EventFilter(**given)
    except FilterError as exc:  # one filter model: its checks answer for every endpoint, as 422
        raise RequestValidationError([query_error(exc.name, str(exc), str(given.get(exc.name)))]) from exc


def filters(plover: str | None = None, acled: str | None = None, since: str | None = None,
            until: str | None = None, actor: str | None = None, place: str | None = None,
            country: str | None = None, status: str | None = None, party_only: bool = False, unverified: bool = False,
            document: str | None = None, copies: bool = False,
            limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
            ) -> EventFilter:
    """The one filter model: every events endpoint (JSON, CSV, GeoJSON) takes all of it."""
    return event_filter(plover=plover, acled=acled, since=since, until=until, actor=actor,
                        place=place, country=country, status="unverified" if unverified else status,
                        party_only=party_only, document=document, copies=copies, limit=limit,
                        offset=offset)


Filters = Annotated[EventFilter, Depends(filters)]


def create_app(db_path: str | Path | None = None, store: Store | None = None,
               ingest_token: str | None = None, allowed_hosts: tuple[str, ...] = LOCAL_HOSTS,
               max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """An app bound to one store (a path, or an open Store for tests)."""
    app = FastAPI(title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,  # FastAPI's use a CDN
                  description="Events, entities, places and claims extracted from news, with evidence.")
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(BodyLimit, limit=max_body)
    the_store = store or Store(db_path or default_db_path())
    basemap_gz = gzip.compress((STATIC_DIR / "basemap.json").read_bytes(), 6)  # once, not per request

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.get("/static/basemap.json", include_in_schema=False)
    def basemap(request: Request) -> Response:
        """Country outlines, compressed once at start (850 KB raw, about 210 KB gzipped)."""
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(basemap_gz, media_type="application/json",
                            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return FileResponse(STATIC_DIR / "basemap.json", media_type="application/json")

    pipelines: dict[tuple[bool, bool], Any] = {}

    def pipeline(clean: bool, storing: bool = False):
        """One pipeline per kind of request; storing ones look for republished copies too."""
        if (clean, storing) not in pipelines:
            from ..pipeline import Pipeline

            built = Pipeline(Options(clean=clean, detect_duplicates=storing))
            if storing:
                built.duplicates.preload(the_store.signatures())  # copies of earlier runs too
            pipelines[clean, storing] = built
        return pipelines[clean, storing]

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs/assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> FileResponse:
        """The API's operations, to read and try (Swagger UI, served from this server)."""
        return FileResponse(STATIC_DIR / "docs" / "swagger.html")
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        """The web page: map, timeline and the evidence of each event."""
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/documents", dependencies=API)
    def documents(response: Response, limit: int = Query(DEFAULT_DOCUMENTS, ge=1, le=MAX_DOCUMENTS),
                  offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        """Stored documents, newest first; how many there are is in ``X-Total-Count``."""
        response.headers["X-Total-Count"] = str(the_store.stats()["documents"])
        return the_store.documents(limit, offset)

    @app.get("/documents/{doc_id:path}", dependencies=API)  # feed ids are URLs, slashes and all
    def document(doc_id: str) -> dict[str, Any]:
        record = the_store.get(doc_id)
        if record is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return record

    def total_header(flt: EventFilter) -> dict[str, str]:
        return {"X-Total-Count": str(the_store.count_events(flt))}

    @app.get("/events", dependencies=API)
    def events(response: Response, flt: Filters) -> list[dict[str, Any]]:
        """Events with their place, claim source and document; the CLI's filters. The number
        of events the filters select is in the ``X-Total-Count`` header (page with offset)."""
        response.headers.update(total_header(flt))
        return the_store.events(flt)

    @app.get("/events.geojson", dependencies=API)
    def events_geojson(flt: Filters) -> Response:
        located = dataclasses.replace(flt, located=True)
        body = json.dumps(to_geojson(the_store.events(located)), ensure_ascii=False)
        return Response(body, media_type="application/geo+json", headers={
            **total_header(located), "Content-Disposition": 'attachment; filename="events.geojson"'})

    @app.get("/events.csv", dependencies=API)
    def events_csv(flt: Filters) -> Response:
        body = to_csv(acled_rows(the_store.events(flt)), ACLED_COLUMNS)
        return Response(body, media_type="text/csv; charset=utf-8", headers={
            **total_header(flt), "Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/clusters", dependencies=API)
    def clusters(response: Response, flt: Filters,
                 min_documents: int = Query(2, ge=1, le=MAX_LIMIT)) -> list[dict[str, Any]]:
        """Happenings reported across documents: clusters holding an event the filters select
        (the events' filters), most reported first; how many in ``X-Total-Count``."""
        response.headers["X-Total-Count"] = str(the_store.count_clusters(flt, min_documents))
        return the_store.clusters(flt, min_documents)

    @app.get("/clusters/{cluster_id}", dependencies=API)
    def cluster(cluster_id: str) -> dict[str, Any]:
        """One happening: its reports with their sentences, the independent sources by side,
        who could not confirm it, and the figures that disagree or grew over time."""
        detail = None if any(ord(ch) < 32 for ch in cluster_id) else the_store.cluster(cluster_id)
        if detail is None:
            raise HTTPException(404, f"no cluster {cluster_id!r}")
        return detail

    @app.get("/stats", dependencies=API)
    def stats() -> dict[str, int]:
        return the_store.stats()

    def _read(req: ExtractRequest) -> list[Any]:
        lines = "\n".join(d.model_dump_json(exclude_none=True) for d in req.documents)
        return list(read_jsonl(lines, "request"))

    @app.post("/extract", dependencies=API)
    def extract(req: ExtractRequest) -> dict[str, Any]:
        records, errors = [], []
        for item in pipeline(not req.no_clean).run(_read(req)):
            if isinstance(item, InputError):
                errors.append(str(item))
            else:
                records.append(item.to_dict())
        return {"records": records, "errors": errors}

    @app.post("/ingest", dependencies=API)
    def ingest(req: ExtractRequest, request: Request) -> dict[str, Any]:
        if ingest_token is None:
            raise HTTPException(403, "storing over HTTP is off: start the server with --ingest-token")
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {ingest_token}".encode()):
            raise HTTPException(401, "a valid 'Authorization: Bearer <token>' is needed to store")
        from ..service import ingest_documents

        records: list[dict[str, Any]] = []
        summary = ingest_documents(
            _read(req), the_store, pipeline(not req.no_clean, storing=True),
            on_item=lambda item: records.append(item.to_dict()) if not isinstance(item, InputError) else None)
        return {"records": records, "errors": [str(e) for e in summary.errors],
                "stored": summary.documents}

    return app
