"""``eventwire report`` in-process with Typer's runner, over a SQLite file of hand-made reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.store import Store

from .records import fill

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kivu.db"
    with Store(path) as store:
        fill(store)
    return path


def test_report_writes_the_html_and_the_markdown_beside_it(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "goma.html"
    result = runner.invoke(app, ["report", "--db", str(db), "--place", "Goma", "--since", "2023-03-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    md = out.with_suffix(".md")
    assert result.output.startswith(f"1 happening from 3 documents; wrote {out} and {md}")
    html, text = out.read_text(encoding="utf-8"), md.read_text(encoding="utf-8")
    assert html.count('<article class="cluster"') == 1 and "Goma" in html
    assert text.startswith("# Situation report — Goma — since 2023-03-01")


def test_report_takes_the_event_filters_and_a_markdown_path(db: Path, tmp_path: Path) -> None:
    out, md = tmp_path / "r.html", tmp_path / "notes" / "r.md"
    md.parent.mkdir()
    result = runner.invoke(app, ["report", "--db", str(db), "--until", "2023-02-28", "--type", "ASSAULT",
                                 "-o", str(out), "--markdown", str(md), "--title", "Kivu, February"])
    assert result.exit_code == 0, result.output
    assert "Rutshuru" in md.read_text(encoding="utf-8") and "Goma" not in md.read_text(encoding="utf-8")
    assert "<title>Kivu, February</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--since", "2023-13-01"], "since must be a date"),
    (["--type", "SHELLING"], "PLOVER"),
    (["-o", "same.md"], "both be"),
])
def test_bad_arguments_exit_2_naming_them(db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["report", "--db", str(db), *args])
    assert result.exit_code == 2 and message in result.output


def test_no_store_is_an_error_not_an_empty_report(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "missing.db"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "no store" in result.output
    assert not (tmp_path / "r.html").exists()
