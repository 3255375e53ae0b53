"""Reading a store at a terminal: tables that fit 80 columns, `show` with its evidence marked.

The store is filled by the real pipeline from texts written here."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from eventwire.cli.render import render_documents, render_events
from eventwire.options import Options
from eventwire.service import ingest
from eventwire.store import EventFilter, Store

from ..conftest import ENGINES, fresh_store_target
from .test_commands import ew

LONG_ID = "regional-wire-2024-04-16-tbilisi-media-law-arrests"
STORIES = [
    {"id": LONG_ID, "published": "2024-04-16", "title": "Police detain dozens in Tbilisi as protests "
     "against the foreign agents law enter a second week",
     "text": "Police arrested 12 protesters in Tbilisi on Monday after a rally against a new media law, "
             "the interior ministry said. Opposition leaders condemned the arrests."},
    {"id": "brief-kherson", "published": "2023-11-02", "title": "Shelling in Kherson",
     "text": "Russian forces shelled the city of Kherson on Wednesday, killing two civilians, "
             "regional governor Oleksandr Prokudin said."},
]


@pytest.fixture(scope="module", params=ENGINES)
def db(request, pipeline, tmp_path_factory):
    """The stories stored by the real pipeline, in a SQLite file and in PostgreSQL."""
    folder = tmp_path_factory.mktemp("reading")
    src = folder / "stories.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    with fresh_store_target(request.param, folder) as target:
        with Store(target) as store:
            summary = ingest([str(src)], store, Options(detect_duplicates=False), pipeline=pipeline)
        assert summary.documents == 2 and summary.events >= 2 and not summary.errors
        yield target


def _render(draw, rows, width: int = 80, **kw) -> list[str]:
    buffer = io.StringIO()
    draw(Console(file=buffer, width=width, color_system=None), rows, **kw)
    return buffer.getvalue().splitlines()


def _whole_in_a_line(value: str, lines: list[str]) -> bool:
    return any(re.search(rf"(^|\s){re.escape(value)}(\s|$)", line) for line in lines)


def test_tables_read_at_80_columns(db: Path) -> None:
    with Store(db) as store:
        events, documents = store.events(EventFilter()), store.documents()
    assert events and documents
    for draw, rows, dates in ((render_events, events, "date_start"), (render_documents, documents, "published")):
        lines = _render(draw, rows)
        assert max(len(line) for line in lines) <= 80, "\n".join(lines)
        for row in rows:
            for value in (row.get("document_id"), row["id"], row.get(dates)):
                if value:  # each id and each date on one line, never folded or cut with an ellipsis
                    assert _whole_in_a_line(str(value), lines), (value, "\n".join(lines))
        assert "…" not in "".join(line for line in lines if LONG_ID[:20] in line)
    narrow = "\n".join(_render(render_events, events))
    assert "ACLED" not in narrow and "conf" not in narrow  # fewer columns
    wide = "\n".join(_render(render_events, events, wide=True))
    assert "ACLED" in wide and "conf" in wide and "source" in wide
    wide_docs = "\n".join(_render(render_documents, documents, wide=True))
    assert "publisher" in wide_docs and "lang" in wide_docs


def test_the_cli_follows_the_terminal_width_and_wide_shows_all(db: Path) -> None:
    narrow = ew("events", "--db", str(db), env={"COLUMNS": "80"})
    assert narrow.returncode == 0 and max(map(len, narrow.stdout.splitlines())) <= 80
    assert LONG_ID in narrow.stdout and "ACLED" not in narrow.stdout
    wide = ew("events", "--db", str(db), "--wide", env={"COLUMNS": "80"})
    assert wide.returncode == 0 and "ACLED" in wide.stdout and LONG_ID in wide.stdout


def test_show_prints_the_text_with_its_evidence_marked(db: Path) -> None:
    run = ew("show", "brief-kherson", "--db", str(db), env={"COLUMNS": "80"})
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert max(map(len, out.splitlines())) <= 80, out
    out = " ".join(out.split())  # a mark may wrap at a space
    assert re.search(r"\[shelled\]\(v\d+ ASSAULT\)", out), out
    assert "[Russian forces](actor)" in out
    assert re.search(r"\[[^\]]*Kherson\]\((place|target)\)", out) and "[on Wednesday](date)" in out
    assert "[two](count)" in out
    record = json.loads(ew("show", "brief-kherson", "--db", str(db), "--json").stdout)
    unmarked = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", out)
    assert " ".join(record["document"]["text"].split()) in unmarked


def test_bad_option_values_name_the_option_and_what_is_allowed(db: Path, tmp_path: Path) -> None:
    cases = [
        (["documents", "--db", str(db), "--limit", "-1"], "--limit"),
        (["events", "--db", str(db), "--limit", "-1"], "--limit"),
        (["extract", "--max-bytes", "0", "-"], "--max-bytes"),
        (["serve", "--db", str(db), "--port", "70000"], "--port"),
        (["kb", "list", "--kind", "warlord"], "armed_group"),
        (["kb", "list", "--type", "city"], "GPE"),
        (["kb", "list", "--country", "Syria"], "--country"),
        (["kb", "search", "Assad", "--limit", "0"], "--limit"),
    ]
    for args, word in cases:
        run = ew(*args)
        assert run.returncode == 2 and word in run.stdout + run.stderr, (args, run.stdout, run.stderr)


def test_serve_never_creates_a_store_it_only_reads(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    # a server that started would block: the timeout fails the test instead
    run = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(missing), "--port", "0"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "no store at" in run.stderr and not missing.exists()


def test_a_place_filter_takes_the_place_and_its_country_code(db: Path) -> None:
    """Already so before issue #12; checked here through the CLI on a store the pipeline filled."""
    for place in ("Kherson", "UA"):
        run = ew("events", "--db", str(db), "--place", place, "--format", "jsonl")
        assert run.returncode == 0 and "brief-kherson" in {json.loads(x)["document_id"] for x in
                                                           run.stdout.splitlines()}, (place, run.stderr)
    assert ew("events", "--db", str(db), "--place", "Nairobi", "--format", "jsonl").stdout == ""
