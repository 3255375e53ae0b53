"""``eventwire`` command: extract, ingest, show, documents, events."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..errors import InputError, ModelMissingError
from .kb import kb_app
from ..ingest import read_inputs
from ..options import DEFAULT_MAX_BYTES, Options

app = typer.Typer(
    help="eventwire: news pages in, an auditable database of events out.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


app.add_typer(kb_app, name="kb")


@app.callback()
def _root() -> None:
    """eventwire: news pages in, an auditable database of events out."""

Inputs = Annotated[
    list[str],
    typer.Argument(help="Files or folders (.html .txt .jsonl .rss/.atom/.xml .warc[.gz]); '-' reads stdin."),
]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")]


def report_error(error: InputError) -> None:
    """One line on stderr naming the input and the reason."""
    err.print(f"[red]error[/red] {error}", markup=True, highlight=False)


def build_pipeline(options: Options):
    from ..pipeline import Pipeline

    try:
        return Pipeline(options)
    except ModelMissingError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (default: stdout).")] = None,
    no_clean: Annotated[bool, typer.Option("--no-clean", help="Take 'text' as already clean: offsets point into it.")] = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Read documents and stream one RECORD.md line per document (nothing is stored).

    Example: [bold]eventwire extract page.html feed.rss -o records.jsonl[/bold]
    """
    options = Options(clean=not no_clean, max_bytes=max_bytes)
    pipeline = build_pipeline(options)
    failures = 0
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for item in pipeline.run(read_inputs(inputs, max_bytes)):
            if isinstance(item, InputError):
                failures += 1
                report_error(item)
                continue
            if item.skipped:
                err.print(f"note {item.document.source}: {item.id}: not extracted: {item.skipped}")
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if output:
            out.close()
    if failures:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry point
    app()
