"""Schema versions, recorded in ``schema_migrations``; each migration runs once, in order.

To change the schema: add a function here and append it to MIGRATIONS. Never edit an
applied migration; a database made by an older eventwire is brought up to date on open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from .schema import INDEXES, metadata, schema_migrations


def _v1_initial(conn: Connection) -> None:
    """Every table and index of the record as of RECORD.md schema 1."""
    metadata.create_all(conn, checkfirst=True)
    for index in INDEXES:
        index.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema (record v1)", _v1_initial),
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
