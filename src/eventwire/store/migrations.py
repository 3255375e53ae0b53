"""Schema versions, recorded in ``schema_migrations``; each migration runs once, in order.

To change the schema: add a function here and append it to MIGRATIONS. Never edit an
applied migration; a database made by an older eventwire is brought up to date on open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from .schema import INDEXES, LINK_INDEXES, LINK_TABLES, clusters, metadata, schema_migrations


def _v1_initial(conn: Connection) -> None:
    """Every table and index of the record as of RECORD.md schema 1."""
    metadata.create_all(conn, checkfirst=True)
    for index in INDEXES:
        index.create(conn, checkfirst=True)


def _v2_event_mentions(conn: Connection) -> None:
    """Events are happenings: how many mentions report each (older rows were one mention)."""
    if "mentions" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1")


def _v3_document_minhash(conn: Connection) -> None:
    """Originals keep their MinHash, so a copy ingested in a later run is still found; the
    documents already stored get theirs now."""
    from sqlalchemy import update

    from .schema import documents
    from .signatures import text_signature

    if "minhash" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN minhash BLOB")
    rows = conn.execute(select(documents.c.id, documents.c.text).where(
        documents.c.minhash.is_(None), documents.c.duplicate_of.is_(None), documents.c.skipped.is_(None))).all()
    for doc_id, text in rows:
        signature = text_signature(text)
        if signature is not None:
            conn.execute(update(documents).where(documents.c.id == doc_id).values(minhash=signature))


def _v4_clusters(conn: Connection) -> None:
    """Linking across documents: clusters, their members and the figures that disagree. The
    documents already stored are not linked here (a long job inside whatever command opened
    the store first): `eventwire link` links them, in ingest order, one transaction each."""
    for table in (*LINK_TABLES, clusters):
        table.create(conn, checkfirst=True)
    for index in LINK_INDEXES:
        index.create(conn, checkfirst=True)


def _v5_input_hash(conn: Connection) -> None:
    """documents.input_hash: a --dask rerun skips a document only when its cleaned text and
    the extraction settings are those it was stored with. Rows stored before have none (their
    settings are unknown): the next run reads them once and records it."""
    if "input_hash" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN input_hash TEXT")


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema (record v1)", _v1_initial),
    (2, "events.mentions: the number of mentions of a happening", _v2_event_mentions),
    (3, "documents.minhash: republished copies found across runs", _v3_document_minhash),
    (4, "clusters: one happening across documents, its sources and disagreements", _v4_clusters),
    (5, "documents.input_hash: a --dask rerun skips only unchanged documents", _v5_input_hash),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return set(conn.execute(select(schema_migrations.c.version)).scalars())


def migrate(conn: Connection) -> list[int]:
    """Apply pending migrations inside the caller's transaction; returns what ran."""
    schema_migrations.create(conn, checkfirst=True)
    done = applied_versions(conn)
    newer = [v for v in done if v > SCHEMA_VERSION]
    if newer:
        raise RuntimeError(
            f"database schema version {max(newer)} is newer than this eventwire "
            f"({SCHEMA_VERSION}); upgrade eventwire"
        )
    ran = []
    for version, name, step in MIGRATIONS:
        if version in done:
            continue
        step(conn)
        conn.execute(schema_migrations.insert().values(
            version=version, name=name, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ))
        ran.append(version)
    return ran
