"""``eventwire kb`` list/search/show/validate, in-process with Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app

runner = CliRunner()


def kb(*args: str):
    return runner.invoke(app, ["kb", *args])


@pytest.fixture
def user_kb(tmp_path: Path) -> Path:
    path = tmp_path / "mine.jsonl"
    rows = [
        {"version": "1"},
        {"id": "hill-rangers", "name": "Hill Country Rangers", "type": "MILITARY_UNIT",
         "kind": "armed_group", "country": "NP", "affiliation": None,
         "aliases": ["HCR"], "description": "a test group", "source": "written for a test"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_validate_passes_on_the_bundled_kb_and_reports_its_size():
    result = kb("validate")
    assert result.exit_code == 0, result.output
    assert "ok" in result.output and "conflicts" in result.output and "2026." in result.output


def test_validate_fails_with_one_line_per_problem(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x1", "name": "X", "type": "ORG", "kind": "nope",
                               "aliases": [], "source": "t", "affiliation": "ghost"}) + "\n")
    result = kb("validate", "--kb", str(bad))
    assert result.exit_code == 1
    assert "kind 'nope'" in result.output and "affiliation 'ghost'" in result.output


def test_list_filters_by_kind_and_country_as_json():
    result = kb("list", "--kind", "armed_group", "--country", "YE", "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {"houthis", "aqap"} <= {r["id"] for r in rows}
    assert all(r["kind"] == "armed_group" and r["country"] == "YE" for r in rows)


def test_list_conflicts():
    result = kb("list", "--conflicts")
    assert result.exit_code == 0 and "russia-ukraine" in result.output


def test_search_finds_a_misspelling_and_says_how_it_links():
    result = kb("search", "Konashenko", "--limit", "3")
    assert result.exit_code == 0
    assert "links as a mention to: konashenkov" in result.output


def test_search_with_nothing_close_exits_1():
    assert kb("search", "zzqqxx").exit_code == 1


def test_user_file_is_listed_searched_and_shown(user_kb: Path):
    listed = kb("list", "--country", "NP", "--json", "--kb", str(user_kb))
    assert "hill-rangers" in listed.output
    found = kb("search", "HCR", "--kb", str(user_kb), "--json")
    assert json.loads(found.output.splitlines()[0])["id"] == "hill-rangers"
    assert kb("show", "hill-rangers", "--kb", str(user_kb)).exit_code == 0


def test_show_prints_the_affiliation_chain_and_conflicts():
    result = kb("show", "konashenkov")
    assert result.exit_code == 0
    assert "ru-mod" in result.output and "russia-ukraine" in result.output


def test_missing_user_file_is_a_clear_error(tmp_path: Path):
    result = kb("list", "--kb", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2 and "no such knowledge-base file" in result.output
