"""Shared fixtures: the real spaCy model, loaded once; small texts written for the tests."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from eventwire.options import Options

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_PATH = ROOT / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(Options(detect_duplicates=False))


@pytest.fixture(scope="session")
def noclean_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(Options(clean=False, detect_duplicates=False))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def run_text(pipeline, text: str, **meta):
    """One record from one text through the whole pipeline."""
    from eventwire.ingest import RawDocument

    raw = RawDocument(origin="<test>", text=text, **meta)
    [record] = list(pipeline.run([raw]))
    failed = [n for n in getattr(record, "notes", []) if "failed" in n]
    assert not failed, f"a stage raised: {failed}"  # a crash must not pass for "no event"
    return record


# -- Debian's Chromium, driven by Playwright (the web page and the situation report) -----------
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield chromium
        chromium.close()


# -- the store's engines -------------------------------------------------------------------
# Store, CLI and API tests run against SQLite and, where $EVENTWIRE_TEST_PG names a PostgreSQL
# server (.ci/run starts one), against PostgreSQL too: each test gets a database of its own.
PG_SERVER = os.environ.get("EVENTWIRE_TEST_PG")  # e.g. postgresql://eventwire@127.0.0.1:55432/postgres
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_SERVER, reason="EVENTWIRE_TEST_PG not set: no PostgreSQL server to test against"))]


@contextlib.contextmanager
def fresh_store_target(engine: str, tmp: Path):
    """A store location nobody used: a SQLite file under ``tmp``, or a new PostgreSQL database
    (dropped afterwards)."""
    if engine == "sqlite":
        yield str(tmp / "store.db")
        return
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG_SERVER
    from eventwire.store.database import engine_url

    admin_url = make_url(engine_url(PG_SERVER))
    name = f"ew_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False).replace(
            "postgresql+psycopg://", "postgresql://", 1)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=ENGINES)
def store_target(request, tmp_path):
    """Where a test's store lives, once per engine."""
    with fresh_store_target(request.param, tmp_path) as target:
        yield target
