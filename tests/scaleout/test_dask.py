"""Extraction on a real Dask LocalCluster (two worker processes): the same records as one
process, errors named as today, and a run killed midway that a rerun completes, every
document stored once. Texts are written for these tests."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.scaleout import plan_shards, read_shard
from eventwire.scaleout.shards import line_shards
from eventwire.service import ingest
from eventwire.store import Store

TOWNS = ["Goma", "Bukavu", "Mosul", "Kherson", "Mopti", "Kidal", "Aden", "Marib", "Tripoli", "Benghazi"]


def articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        out.append({"id": f"story-{i:03d}", "published": f"2024-0{1 + i % 9}-1{i % 10}",
                    "text": f"Gunmen attacked a market in {town} on Monday, killing {3 + i} people, "
                            f"police said. The army arrested {i + 2} suspects in {town} on Tuesday."})
    return out


def write_jsonl(path: Path, rows: list[dict], broken_at: int | None = None) -> None:
    lines = [json.dumps(r) for r in rows]
    if broken_at is not None:
        lines.insert(broken_at, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_line_shards_cover_every_line_once(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, articles(10), broken_at=4)
    shards = list(line_shards(src, lines_per_shard=3))
    assert [s.first_line for s in shards] == [1, 4, 7, 10]
    data = src.read_bytes()
    assert b"".join(data[s.byte_start:s.byte_end] for s in shards) == data
    items = [i for s in shards for i in read_shard(s, 1 << 20)]
    assert [getattr(i, "origin", "") for i in items][4] == f"{src}:5"  # the broken line, named as today
    assert sum(1 for i in items if hasattr(i, "reason")) == 1 and len(items) == 11
    assert [i.origin for i in plan_shards(["-"])] == ["<stdin>"]  # stdin cannot be shared out


def test_files_that_cannot_be_cut_at_newlines_are_read_whole(tmp_path: Path) -> None:
    wide = tmp_path / "wide.jsonl"
    wide.write_text("\n".join(json.dumps(a) for a in articles(3)), encoding="utf-16")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    shards = list(plan_shards([str(wide), str(empty)]))
    assert [s.files for s in shards] == [(str(wide), str(empty))]  # whole, as one process reads them
    items = [i for s in shards for i in read_shard(s, 1 << 20)]
    assert sum(1 for i in items if hasattr(i, "reason")) == 1 and items[-1].origin == str(empty)
    assert [i.id for i in items if not hasattr(i, "reason")] == ["story-000", "story-001", "story-002"]


def write_warc(path: Path, n: int, gz: bool) -> None:
    """n HTML responses, each after an image response, and one empty HTML record at 7."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i in range(n):
            for kind, body in (("image/png", b"\x89PNG\x00\x00"),
                               ("text/html", b"" if i == 7 else
                                f"<html><body><p>Story {i}: protesters marched in {TOWNS[i % 10]}."
                                f"</p></body></html>".encode())):
                headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://e.org/{i}/{kind}", "response", payload=io.BytesIO(body), http_headers=headers))


@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_is_cut_into_runs_of_records_read_as_one_process_reads_it(tmp_path: Path, gz: bool) -> None:
    from eventwire.ingest.readers import read_file

    src = tmp_path / ("big.warc.gz" if gz else "big.warc")
    write_warc(src, 40, gz)  # 80 records
    shards = list(plan_shards([str(src)], records_per_shard=32))
    assert [(s.warc, s.first_line) for s in shards] == [(True, 1), (True, 33), (True, 65)]
    assert shards[0].byte_start == 0 and shards[-1].byte_end == src.stat().st_size
    assert all(a.byte_end == b.byte_start for a, b in zip(shards, shards[1:], strict=False))
    whole = list(read_file(src, 1 << 24))
    cut = [i for s in shards for i in read_shard(s, 1 << 24)]

    def seen(items: list) -> list[tuple[str, str]]:
        return [(i.origin, getattr(i, "reason", "") or i.html) for i in items]

    assert seen(cut) == seen(whole) and len(whole) == 40  # 39 pages and the empty record, named
    assert f"{src}#record16" in [i.origin for i in cut if hasattr(i, "reason")]
    assert list(plan_shards([str(src)], records_per_shard=32))[1].name == f"{src}#record33"


def test_a_warc_that_is_one_gzip_stream_is_read_whole(tmp_path: Path) -> None:
    import gzip

    plain = tmp_path / "plain.warc"
    write_warc(plain, 5, gz=False)
    stream = tmp_path / "stream.warc.gz"
    stream.write_bytes(gzip.compress(plain.read_bytes()))  # not one member per record
    assert [s.files for s in plan_shards([str(stream)], records_per_shard=2)] == [(str(stream),)]


def test_a_bad_dask_spec_is_one_line_and_opens_no_store(tmp_path: Path) -> None:
    db = tmp_path / "never.db"
    for spec in ("foo", "local:0", "local:x", "tcp://"):
        done = subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(tmp_path), "--db", str(db),
                               "--dask", spec], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and done.stderr.startswith("error: --dask") and "Traceback" not in done.stderr
        assert not db.exists()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask")
    write_jsonl(folder / "feed.jsonl", articles(12), broken_at=3)
    (folder / "page.txt").write_text("Protesters marched in Nairobi on Saturday against rising fuel prices.",
                                     encoding="utf-8")
    return folder


def test_dask_gives_the_records_one_process_gives(inputs: Path, tmp_path: Path) -> None:
    one, many = Store(tmp_path / "one.db"), Store(tmp_path / "dask.db")
    base = ingest([str(inputs)], one, Options())
    spread = ingest([str(inputs)], many, Options(dask="local:2"))
    assert spread.inserted == base.inserted == 13
    assert [e.origin for e in spread.errors] == [e.origin for e in base.errors] == [f"{inputs / 'feed.jsonl'}:4"]
    assert {r["id"]: r for r in many.iter_records()} == {r["id"]: r for r in one.iter_records()}
    # In the same order too (the small page's shard finishes first but waits for the feed's),
    # so copies and clusters are decided as in one process.
    assert _insertion_order(tmp_path / "dask.db") == _insertion_order(tmp_path / "one.db")
    again = ingest([str(inputs)], many, Options(dask="local:2"))
    assert again.already_stored == 13 and again.inserted == 0  # a rerun skips what is stored
    one.close()
    many.close()


def _insertion_order(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("select id from documents order by rowid")]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_killed_dask_ingest_completes_on_rerun_with_every_document_once(tmp_path: Path) -> None:
    src, db = tmp_path / "many.jsonl", tmp_path / "s.db"
    write_jsonl(src, articles(160))
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(src), "--db", str(db), "--dask", "local:2", "-q"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 240
    while _stored(db) < 20 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be killed: make the input larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its workers, mid-run
    proc.wait(timeout=30)
    partial = _stored(db)
    assert 20 <= partial < 160
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("select id from documents")]
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert sorted(ids) == sorted(a["id"] for a in articles(160))  # every one, once


def test_an_edited_document_is_read_again_and_an_unchanged_one_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rows = articles(4)
    write_jsonl(folder / "feed.jsonl", rows)
    one, many = Store(tmp_path / "one.db"), Store(tmp_path / "dask.db")
    ingest([str(folder)], one, Options())
    assert ingest([str(folder)], many, Options(dask="local:2")).inserted == 4
    rows[1]["text"] = "Soldiers shelled a village near Kidal on Friday, killing 9 herders, the mayor said."
    write_jsonl(folder / "feed.jsonl", rows)
    base = ingest([str(folder)], one, Options())
    spread = ingest([str(folder)], many, Options(dask="local:2"))
    assert (base.updated, base.unchanged) == (1, 3)
    assert (spread.updated, spread.already_stored, spread.inserted, spread.unchanged) == (1, 3, 0, 0)
    assert "Kidal on Friday" in many.get("story-001")["document"]["text"]
    assert {r["id"]: r for r in many.iter_records()} == {r["id"]: r for r in one.iter_records()}
    # one process records what it read too; other extraction settings read everything again
    assert ingest([str(folder)], one, Options(dask="local:2")).already_stored == 4
    every = ingest([str(folder)], many, Options(dask="local:2", strict_rows=False))
    assert every.already_stored == 0 and every.updated + every.unchanged == 4
    one.close()
    many.close()


def test_doc_seconds_holds_on_dask_workers_as_in_one_process(tmp_path: Path) -> None:
    paragraph = ("Armed men raided a police post outside Gao on Thursday, wounding four officers, a "
                 "local official said. Troops detained nine people in Sevare on Friday.\n\n")
    rows = articles(4)
    rows.insert(1, {"id": "very-long", "text": paragraph * 600})  # ~3 s of extraction, a budget of 1
    src = tmp_path / "in.jsonl"
    write_jsonl(src, rows)
    lines = {}
    for name, extra in (("one", []), ("dask", ["--dask", "local:2"])):
        db = tmp_path / f"{name}.db"
        run = subprocess.run([sys.executable, "-m", "eventwire", "ingest", str(src), "--db", str(db),
                              "--doc-seconds", "1", *extra], capture_output=True, text=True, timeout=600)
        assert run.returncode == 1 and "not enforced" not in run.stderr, run.stderr[-2000:]
        errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1, run.stderr[-2000:]
        lines[name] = re.sub(r"in stage \w+", "in stage S", errors[0])  # where it ran over may differ
        with Store(db) as store:
            assert sorted(store.ids()) == [f"story-{i:03d}" for i in range(4)]  # only that one lost
    assert lines["dask"] == lines["one"]
    assert lines["one"] == f"error: {src}:2: over the time budget in stage S (1 s per document); not extracted"
