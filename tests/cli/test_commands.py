"""The CLI end to end, in real subprocesses with the real model and a real SQLite file; the
tests that write a store run on PostgreSQL too where $EVENTWIRE_TEST_PG names a server."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.options import is_server_url
from eventwire.store import EventFilter, Store

ARTICLE = ("Police arrested {n} protesters in Tbilisi on Monday after a rally against a new media law, "
           "the interior ministry said. Opposition leaders condemned the arrests.")


def ew(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True,
                          input=stdin, env={**os.environ, **(env or {})}, timeout=300)


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=12), encoding="utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE.format(n=7), "published": "2024-04-16"}) + "\n{broken\n",
        encoding="utf-8")
    (folder / "c.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "d.txt").write_bytes(b"")
    return folder


def test_extract_streams_records_and_reports_bad_inputs(batch: Path) -> None:
    proc = ew("extract", str(batch))
    assert proc.returncode == 1  # some inputs failed
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 2 and {r["id"] for r in records} >= {"j1"}
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any(f"{batch / 'b.jsonl'}:2" in e and "invalid JSON" in e for e in errors)
    assert any("c.txt" in e and "binary" in e for e in errors)
    assert any("d.txt" in e and "empty" in e for e in errors)


def test_extract_no_clean_keeps_text_verbatim(tmp_path: Path) -> None:
    text = "<b>Troops</b> withdrew.\nRead also: nothing"
    proc = ew("extract", "--no-clean", "-", stdin=json.dumps({"id": "n", "text": text}))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document"]["text"] == text


def test_ingest_is_idempotent_and_lists(batch: Path, store_target: str) -> None:
    db = store_target
    first = ew("ingest", str(batch), "--db", str(db))
    assert first.returncode == 1 and "2 documents (2 new" in first.stderr
    second = ew("ingest", str(batch), "--db", str(db))
    assert "2 documents (0 new, 0 updated, 2 unchanged)" in second.stderr
    with Store(db) as store:
        assert store.stats()["documents"] == 2
    docs = ew("documents", "--db", str(db), "--format", "jsonl")
    assert {json.loads(line)["id"] for line in docs.stdout.splitlines()} >= {"j1"}
    shown = ew("show", "j1", "--db", str(db), "--json")
    assert json.loads(shown.stdout)["document"]["published"] == "2024-04-16"
    table = ew("show", "j", "--db", str(db))
    assert table.returncode == 0 and "Entities" in table.stdout
    missing = ew("show", "nope", "--db", str(db))
    assert missing.returncode == 1 and "no such document" in missing.stderr
    events_csv = ew("events", "--db", str(db), "--format", "csv")
    header = next(csv.reader(io.StringIO(events_csv.stdout)))
    assert header[:6] == ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type"]
    exported = ew("export", "--db", str(db))
    assert sorted(json.loads(line)["id"] for line in exported.stdout.splitlines()) == sorted(
        json.loads(line)["id"] for line in docs.stdout.splitlines())
    geo = ew("events", "--db", str(db), "--format", "geojson")
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_help_has_examples() -> None:
    for cmd in ("extract", "ingest", "show", "documents", "events", "export", "demo", "serve"):
        proc = ew(cmd, "--help")
        assert proc.returncode == 0 and "Example" in proc.stdout, cmd


def stored_documents(target: str) -> int | None:
    """How many documents a store holds, read without opening it as eventwire does (no
    migration, no lock); None while it cannot be read yet."""
    if not is_server_url(target):
        if not Path(target).exists():
            return None
        try:
            with sqlite3.connect(target, timeout=5) as conn:
                return conn.execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from eventwire.store.database import engine_url

    engine = create_engine(engine_url(target))
    try:
        with engine.connect() as conn:
            return conn.execute(text("select count(*) from documents")).scalar_one()
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def test_killed_ingest_loses_no_committed_document(tmp_path: Path, store_target: str) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:04d}.txt").write_text(ARTICLE.format(n=i + 1) + f" Report number {i}.", encoding="utf-8")
    db = store_target
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(folder), "--db", db, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.5)
        if (stored_documents(db) or 0) >= 5:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)  # mid-transaction on PostgreSQL: the server rolls it back
    proc.wait()
    with Store(db) as store:
        assert store.integrity_ok()
        kept = store.stats()["documents"]
        assert 5 <= kept < 400
        for row in store.documents():  # every committed document is whole
            rec = store.get(row["id"])
            assert rec is not None and rec["document"]["text"].startswith("Police arrested")
            assert len(store.events(EventFilter(document=row["id"]))) == len(rec["events"])
    again = ew("ingest", str(folder), "--db", db, "-q")
    assert again.returncode == 0, again.stderr
    with Store(db) as store:
        assert store.stats()["documents"] == 400


def test_two_inputs_with_one_id_in_one_run_are_reported_not_overwritten(tmp_path: Path, store_target: str) -> None:
    src = tmp_path / "dup.jsonl"
    src.write_text(json.dumps({"id": "same", "text": ARTICLE.format(n=3)}) + "\n"
                   + json.dumps({"id": "same", "text": ARTICLE.format(n=9)}) + "\n", encoding="utf-8")
    db = store_target
    run = ew("ingest", str(src), "--db", str(db))
    assert run.returncode == 1 and "duplicate id 'same'" in run.stderr and "dup.jsonl:2" in run.stderr
    shown = json.loads(ew("show", "same", "--db", str(db), "--json").stdout)
    assert "arrested 3 protesters" in shown["document"]["text"]  # the first one stays


def test_a_copy_ingested_in_a_later_run_is_still_a_copy(tmp_path: Path, store_target: str) -> None:
    story = ("Government forces shelled the northern town of Kafr Nabl on Monday, killing at least "
             "twelve civilians including four children, according to local rescue workers who said "
             "the strikes hit a market and a school in the early morning hours.")
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "orig", "text": story}) + "\n", encoding="utf-8")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "farm", "text": "REPOST: " + story + " Share this story."}) + "\n",
                     encoding="utf-8")
    db = store_target
    assert ew("ingest", str(first), "--db", str(db)).returncode == 0
    run = ew("ingest", str(later), "--db", str(db))
    assert run.returncode == 0 and "1 republished copies" in run.stderr
    shown = json.loads(ew("show", "farm", "--db", str(db), "--json").stdout)
    assert shown["document"]["duplicate_of"] == "orig"


def test_reading_commands_refuse_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    run = ew("events", "--db", str(missing))
    assert run.returncode == 2 and "no store at" in run.stderr and not missing.exists()
    folder = ew("documents", "--db", str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_reading_commands_refuse_bad_values(tmp_path: Path, store_target: str) -> None:
    db = store_target
    (tmp_path / "a.txt").write_text(ARTICLE.format(n=4), encoding="utf-8")
    assert ew("ingest", str(tmp_path / "a.txt"), "--db", str(db)).returncode == 0
    for args, word in ((["--type", "FOO"], "PLOVER type"), (["--status", "foo"], "status"),
                       (["--since", "2025-13-01"], "since"), (["--since", "yesterday"], "since")):
        bad = ew("events", "--db", str(db), *args)
        assert bad.returncode == 2 and word in bad.stderr, (args, bad.stderr)


def test_a_server_that_does_not_answer_is_one_line_without_its_password(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE.format(n=5), encoding="utf-8")
    url = "postgresql://reporter:s3cret-word@127.0.0.1:9/events"  # nothing listens on port 9
    for args in (["ingest", str(tmp_path / "a.txt")], ["events"]):
        run = ew(*args, "--db", url)
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr[-2000:]
        [line] = run.stderr.strip().splitlines()
        assert line.startswith("error: postgresql") and "reporter:***@127.0.0.1:9/events: cannot open the store" in line
        assert "s3cret" not in run.stderr


def test_version() -> None:
    run = ew("--version")
    assert run.returncode == 0 and run.stdout.startswith("eventwire ")
