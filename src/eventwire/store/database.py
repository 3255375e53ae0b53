"""The Store: one SQLite file, one writer, one transaction per document.

Writing a record replaces every row of that document inside a single transaction, so a
re-ingested document is updated in place (never duplicated) and a process killed
mid-batch leaves each document either fully stored or untouched.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Integer, cast, create_engine, delete, event, func, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from ..options import is_server_url
from ..record import Record
from . import schema as t
from .clusters import (
    cluster_detail,
    cluster_query,
    clusters_of,
    contradictions_of,
    unlink_document,
    update_links,
)
from .migrations import migrate
from .queries import EventFilter, event_query
from .signatures import from_bytes, text_signature

SQLITE_BUSY_TIMEOUT_MS = 30_000
OPEN_ATTEMPTS = 5  # opening (and migrating) a store that another process is creating
OPEN_BACKOFF_S = 0.2  # first wait between attempts, doubled each time


def _path_names(source: str | None) -> set[str]:
    """The folder and file names (and file stems) of a stored document's source path."""
    if not source:
        return set()
    parts = Path(source.split(":")[0].split("#")[0]).parts
    return set(parts) | {Path(p).stem for p in parts}


class WriteResult(StrEnum):
    INSERTED = "inserted"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # The driver would run DDL outside any transaction; eventwire opens every transaction
    # itself (_on_begin), so a migration is atomic and two processes creating one store at
    # once take turns instead of failing with "table already exists".
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: Any) -> None:
    """BEGIN, or BEGIN IMMEDIATE (the write lock at once) where a migration asks for it."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get(IMMEDIATE) else "BEGIN")


IMMEDIATE = "eventwire_begin_immediate"


PG_LINK_LOCK = 0x65776C6B  # advisory lock held while a document is written and linked ("ewlk")


def engine_url(target: str) -> str:
    """SQLAlchemy's URL for a PostgreSQL URL as users write it (psycopg 3 is the driver)."""
    for scheme in ("postgresql://", "postgres://"):
        if target.startswith(scheme):
            return "postgresql+psycopg://" + target[len(scheme):]
    return target


def display_target(target: str) -> str:
    """The store as it may be printed: a server URL without its password."""
    if not is_server_url(target):
        return target
    from sqlalchemy.engine import make_url

    return make_url(engine_url(target)).render_as_string(hide_password=True)


class Store:
    """Library API over the database; the CLI and HTTP layers only call this.

    ``path`` is a SQLite file (the embedded default), ``":memory:"``, or a PostgreSQL URL
    (``postgresql://user@host/db``): the same schema and migrations through SQLAlchemy. On
    PostgreSQL several processes may write at once; each document's write and linking take
    one advisory lock, so two writers neither duplicate a document nor split a happening.
    """

    def __init__(self, path: str | Path = ":memory:", link: bool = True) -> None:
        self.path = str(path)
        self.link = link  # link each written document into the clusters (off: `link_pending` later)
        self.server = is_server_url(self.path)
        if self.server:
            self.engine: Engine = create_engine(engine_url(self.path), pool_pre_ping=True)
        elif self.path == ":memory:":
            self.engine = create_engine(
                "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(f"sqlite:///{self.path}")
        if not self.server:
            event.listen(self.engine, "connect", _on_connect)
            event.listen(self.engine, "begin", _on_begin)
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self.migrations_ran = self._migrate()
                break
            except OperationalError as exc:
                # SQLite can refuse a new WAL file's first readers at once, without waiting
                # out the busy timeout, while another process sets it up
                if self.server or "locked" not in str(exc) or attempt == OPEN_ATTEMPTS - 1:
                    raise
                self.engine.dispose()
                time.sleep(OPEN_BACKOFF_S * 2 ** attempt)

    def _migrate(self) -> list[int]:
        with self.engine.connect() as conn:
            conn.info[IMMEDIATE] = True
            try:
                with conn.begin():
                    if self.server:  # two processes opening one new store take turns
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LINK_LOCK})
                    return migrate(conn)
            finally:
                conn.info.pop(IMMEDIATE, None)

    @property
    def shown(self) -> str:
        """Where the store is, fit to print (no password)."""
        return display_target(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def signatures(self) -> list[tuple[str, Any]]:
        """(id, MinHash values) of every stored original, oldest first: what a new run's
        copy detection starts from."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.documents.c.id, t.documents.c.minhash)
                .where(t.documents.c.minhash.is_not(None))
                .order_by(t.documents.c.ingested_at, t.documents.c.id)
            ).all()
        return [(row.id, from_bytes(row.minhash)) for row in rows]

    # -- writing -------------------------------------------------------------------
    def write(self, record: Record, input_hash: str | None = None) -> WriteResult:
        """Store one record in one transaction (insert, update in place, or no-op). ``input_hash``
        (record.input_hash) is kept for a --dask rerun to compare; None: none is known."""
        data = record.to_dict()
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if self.server and "\\u0000" in blob:  # a record made without a reader (which replaces
            data = _without_nul(data)            # U+0000): PostgreSQL text cannot hold it
            blob = json.dumps(data, ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha1(blob.encode("utf-8")).hexdigest()
        return self._write(record, data, blob, digest, input_hash)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Any]:
        """A write transaction in which writers take turns from its first statement: SQLite's
        BEGIN IMMEDIATE (a read that later upgrades to a write can fail at once with "database
        is locked" when another process writes), PostgreSQL's advisory lock."""
        with self.engine.connect() as conn:
            conn.info[IMMEDIATE] = True
            try:
                with conn.begin():
                    if self.server:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LINK_LOCK})
                    yield conn
            finally:
                conn.info.pop(IMMEDIATE, None)

    def _write(self, record: Record, data: dict[str, Any], blob: str, digest: str,
               input_hash: str | None) -> WriteResult:
        doc_id = record.id
        with self._writing() as conn:
            row = conn.execute(
                select(t.documents.c.record_hash, t.documents.c.ingested_at, t.documents.c.input_hash)
                .where(t.documents.c.id == doc_id)
            ).first()
            if row is not None and row.record_hash == digest:
                if input_hash is not None and row.input_hash != input_hash:  # same record, now known how
                    conn.execute(update(t.documents).where(t.documents.c.id == doc_id)
                                 .values(input_hash=input_hash))
                return WriteResult.UNCHANGED
            affected = unlink_document(conn, doc_id)
            for table in t.CHILD_TABLES:
                conn.execute(delete(table).where(table.c.document_id == doc_id))
            conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))
            doc = data["document"]
            now = _now()
            conn.execute(t.documents.insert().values(
                id=doc_id, title=doc["title"], publisher=doc["publisher"], url=doc["url"],
                published=doc["published"], language=doc["language"], author=doc.get("author"),
                text=doc["text"], source=doc.get("source"), duplicate_of=doc.get("duplicate_of"),
                skipped=record.skipped, record_hash=digest, record_json=blob, input_hash=input_hash,
                minhash=text_signature(doc["text"]) if not doc.get("duplicate_of") and not record.skipped
                else None,
                ingested_at=row.ingested_at if row else now, updated_at=now,
            ))
            self._write_children(conn, doc_id, data)
            update_links(conn, doc_id, None if record.skipped or not self.link else data, affected)
        return WriteResult.UPDATED if row is not None else WriteResult.INSERTED

    @staticmethod
    def _write_children(conn: Any, doc_id: str, data: dict[str, Any]) -> None:
        def insert(table: Any, rows: list[dict[str, Any]]) -> None:
            if rows:
                conn.execute(table.insert(), [{"document_id": doc_id, **r} for r in rows])

        insert(t.removed_spans, [
            {"start": r["start"], "end": r["end"], "reason": r["reason"]}
            for r in data["document"]["removed"]
        ])
        insert(t.entities, [
            {k: e[k] for k in ("id", "name", "type", "kb_id", "country")} for e in data["entities"]
        ])
        insert(t.mentions, [
            {"entity_id": e["id"], "text": m["text"], "start": m["start"], "end": m["end"]}
            for e in data["entities"] for m in e["mentions"]
        ])
        insert(t.places, [
            {"id": p["id"], "name": p["name"], "entity_id": p["entity"], "lat": p["lat"],
             "lon": p["lon"], "feature": p["feature"], "country": p["country"],
             "admin1": p["admin1"], "geonameid": p["geonameid"]}
            for p in data["places"]
        ])
        insert(t.events, [_event_row(e) for e in data["events"]])
        insert(t.quantities, [
            {"event_id": e["id"], "value": q["value"], "kind": q["kind"], "unit": q["unit"],
             "text": q["text"], "start": q["start"], "end": q["end"]}
            for e in data["events"] for q in e["quantities"]
        ])
        insert(t.claims, [_claim_row(c) for c in data["claims"]])

    # -- reading -------------------------------------------------------------------
    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored record, exactly as extract wrote it."""
        with self.engine.connect() as conn:
            blob = conn.execute(
                select(t.documents.c.record_json).where(t.documents.c.id == doc_id)
            ).scalar()
        return json.loads(blob) if blob else None

    def ids(self) -> list[str]:
        """Every stored document's id."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(t.documents.c.id)).scalars())

    def input_hashes(self) -> dict[str, str]:
        """id -> input hash of every document stored with one: what a --dask rerun skips when
        the document it reads again hashes the same."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.documents.c.id, t.documents.c.input_hash)
                                .where(t.documents.c.input_hash.is_not(None))).all()
        return {row.id: row.input_hash for row in rows}

    def find_ids(self, prefix: str) -> list[str]:
        """Ids that start with ``prefix``; failing that, documents read from a file whose
        path has ``prefix`` as a folder or file name ("seed" finds examples/seed/article.txt,
        whose id is a hash of its text)."""
        with self.engine.connect() as conn:
            found = list(conn.execute(
                select(t.documents.c.id).where(t.documents.c.id.startswith(prefix, autoescape=True))
                .limit(10)
            ).scalars())
            if found:
                return found
            rows = conn.execute(
                select(t.documents.c.id, t.documents.c.source)
                .where(t.documents.c.source.contains(prefix, autoescape=True)).limit(200)
            ).all()
        return [r.id for r in rows if prefix in _path_names(r.source)][:10]

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """One summary row per stored document, newest first; ``offset`` rows skipped (paging)."""
        n_events = (select(func.count()).select_from(t.events)
                    .where(t.events.c.document_id == t.documents.c.id).scalar_subquery())
        n_entities = (select(func.count()).select_from(t.entities)
                      .where(t.entities.c.document_id == t.documents.c.id).scalar_subquery())
        query = (select(
            t.documents.c.id, t.documents.c.title, t.documents.c.publisher,
            t.documents.c.published, t.documents.c.language, t.documents.c.duplicate_of,
            t.documents.c.skipped, t.documents.c.source, t.documents.c.updated_at,
            n_entities.label("entities"), n_events.label("events"),
        ).order_by(t.documents.c.updated_at.desc(), t.documents.c.id))
        if limit:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def entities(self, document_ids: list[str] | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Entities across documents, grouped by canonical name and type, most mentioned first."""
        e, m = t.entities, t.mentions
        n_mentions = (select(func.count()).select_from(m)
                      .where(m.c.document_id == e.c.document_id, m.c.entity_id == e.c.id).scalar_subquery())
        query = (select(e.c.name, e.c.type, func.max(e.c.kb_id).label("kb_id"), func.max(e.c.country).label("country"),
                        func.count(func.distinct(e.c.document_id)).label("documents"),
                        cast(func.sum(n_mentions), Integer).label("mentions"))
                 .group_by(e.c.name, e.c.type).order_by(func.sum(n_mentions).desc(), e.c.name))
        if document_ids is not None:
            query = query.where(e.c.document_id.in_(document_ids))
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def events(self, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        """Event rows joined with their document, place and claim, filtered."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(event_query(flt or EventFilter()))]

    def count_events(self, flt: EventFilter | None = None) -> int:
        """How many events the filter selects, whatever its limit and offset."""
        whole = dataclasses.replace(flt or EventFilter(), limit=None, offset=0)
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(event_query(whole).subquery())).scalar() or 0)

    def iter_records(self, linked: bool = False) -> Iterator[dict[str, Any]]:
        """Every stored record; ``linked`` adds what linking found: each event's cluster
        (``clusters``) and the figures that disagree with another report (``contradictions``)."""
        with self.engine.connect() as conn:
            for blob in conn.execute(select(t.documents.c.record_json).order_by(t.documents.c.id)).scalars():
                record = json.loads(blob)
                if linked:
                    record["clusters"] = clusters_of(conn, record["id"])
                    record["contradictions"] = [x for x in contradictions_of(conn, record["id"])
                                                if x["verdict"] == "contradiction"]
                yield record

    # -- clusters ------------------------------------------------------------------
    def link_pending(self, everything: bool = False) -> int:
        """Link the documents written without linking (``link=False``), in the order they were
        ingested, one transaction each; ``everything`` drops every cluster and links the whole
        store again (after a change to the linking rules). Returns the documents linked."""
        with self._writing() as conn:
            if everything:
                for table in (*t.LINK_TABLES, t.clusters):
                    conn.execute(delete(table))
            linked = set(conn.execute(select(t.cluster_members.c.document_id).distinct()).scalars())
            linkable = (select(t.events.c.document_id).where(t.events.c.status != "negated").distinct())
            todo = [r for r in conn.execute(
                select(t.documents.c.id).where(t.documents.c.skipped.is_(None), t.documents.c.duplicate_of.is_(None),
                                               t.documents.c.id.in_(linkable))
                .order_by(t.documents.c.ingested_at, t.documents.c.id)).scalars() if r not in linked]
        done = 0
        for doc_id in todo:
            with self._writing() as conn:
                blob = conn.execute(select(t.documents.c.record_json).where(t.documents.c.id == doc_id)).scalar()
                if blob is None:
                    continue
                affected = unlink_document(conn, doc_id)
                update_links(conn, doc_id, json.loads(blob), affected)
                done += 1
        return done

    def clusters(self, flt: EventFilter | None = None, min_documents: int = 1) -> list[dict[str, Any]]:
        """Cluster summaries whose events the filter selects."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(cluster_query(flt or EventFilter(), min_documents))]

    def count_clusters(self, flt: EventFilter | None = None, min_documents: int = 1) -> int:
        whole = dataclasses.replace(flt or EventFilter(), limit=None, offset=0)
        query = cluster_query(whole, min_documents).subquery()
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(query)).scalar() or 0)

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One cluster: reports, corroboration, contradictions and timeline."""
        with self.engine.connect() as conn:
            return cluster_detail(conn, cluster_id)

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (t.documents, t.entities, t.places, t.events, t.claims)
            }

    def integrity_ok(self) -> bool:
        """SQLite's own check of the file; a server checks its pages itself (and answers)."""
        with self.engine.connect() as conn:
            if self.server:
                return conn.execute(text("SELECT 1")).scalar() == 1
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def _without_nul(value: Any) -> Any:
    """``value`` with every U+0000 in its strings replaced by U+FFFD (one character for one)."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    acled = e.get("acled") or {}
    actor, target, loc, date = e.get("actor") or {}, e.get("target") or {}, e.get("location") or {}, e.get("date") or {}
    return {
        "id": e["id"], "plover": e["plover"], "mode": e["mode"], "cameo": e["cameo"],
        "acled_event_type": acled.get("event_type"), "acled_sub_event_type": acled.get("sub_event_type"),
        "trigger": e["trigger"]["text"],
        "sentence_start": e["sentence"]["start"], "sentence_end": e["sentence"]["end"],
        "actor_name": actor.get("name"), "actor_entity": actor.get("entity"),
        "target_name": target.get("name"), "target_entity": target.get("entity"),
        "location_text": loc.get("text"), "place_id": loc.get("place"),
        "date_start": date.get("start"), "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "status": e["status"], "claim_id": e["claim"], "confidence": e["confidence"],
        "mentions": max(1, len(e.get("mentions") or [])),
    }


def _claim_row(c: dict[str, Any]) -> dict[str, Any]:
    source, ver = c.get("source") or {}, c.get("verification") or {}
    return {
        "id": c["id"], "source_name": source.get("name"), "source_entity": source.get("entity"),
        "cue": (c.get("cue") or {}).get("text"), "content": c["content"]["text"],
        "via": " < ".join(v.get("name") or v.get("text", "") for v in c.get("via") or []) or None,
        "hedged": bool(c.get("hedged")),
        "verification_status": ver.get("status"),
        "verification_by": (ver.get("by") or {}).get("name"),
        "party_to_conflict": c.get("party_to_conflict"),
    }
