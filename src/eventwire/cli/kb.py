"""``eventwire kb``: list, search, show and validate the knowledge base."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

kb_app = typer.Typer(help="List, search and validate the knowledge base.", no_args_is_help=True)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

KbPaths = Annotated[
    list[Path] | None,
    typer.Option("--kb", help="Extra knowledge-base file(s) (JSONL) on top of the bundled one."),
]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
MAX_ALIASES_SHOWN = 4


def _load(paths: list[Path] | None):
    from ..entities.kb import load_kb

    for path in paths or []:
        if not path.is_file():
            err.print(f"[red]error[/red] {path}: no such knowledge-base file", markup=True)
            raise typer.Exit(2)
    return load_kb(paths or [])


def _table(rows, scores: dict[str, float] | None = None) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "name", "type", "kind", "country", "aliases"):
        table.add_column(column)
    if scores is not None:
        table.add_column("score", justify="right")
    for entry in rows:
        aliases = ", ".join(entry.aliases[:MAX_ALIASES_SHOWN])
        if len(entry.aliases) > MAX_ALIASES_SHOWN:
            aliases += f" (+{len(entry.aliases) - MAX_ALIASES_SHOWN})"
        cells = [entry.id, entry.name, entry.type, entry.kind, entry.country or "", aliases]
        if scores is not None:
            cells.append(f"{scores[entry.id]:.0f}")
        table.add_row(*cells)
    return table


def _check_choice(option: str, value: str | None, allowed: set[str]) -> None:
    """A value the knowledge base never holds is a typo, not an empty answer."""
    if value is not None and value not in allowed:
        err.print(f"error: {option} {value!r} is not one of: {', '.join(sorted(allowed))}", markup=False)
        raise typer.Exit(2)


@kb_app.command("list")
def list_entries(
    kind: Annotated[str | None, typer.Option(help="Only this kind (state, person, ...).")] = None,
    country: Annotated[str | None, typer.Option(help="Only this ISO alpha-2 country.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Only this entity type.")] = None,
    conflicts: Annotated[bool, typer.Option(help="List the conflicts instead.")] = False,
    as_json: AsJson = False,
    kb: KbPaths = None,
) -> None:
    """List entries (or conflicts), optionally filtered.

    Example: [bold]eventwire kb list --kind armed_group --country SY[/bold]
    """
    base = _load(kb)
    _check_choice("--kind", kind, {e.kind for e in base})
    _check_choice("--type", type_.upper() if type_ else None, {e.type for e in base})
    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        err.print(f"error: --country {country!r} is not an ISO alpha-2 code (two letters, e.g. SY)",
                  markup=False)
        raise typer.Exit(2)
    if conflicts:
        for conflict in base.conflicts:
            if as_json:
                out.print(json.dumps({"id": conflict.id, "name": conflict.name,
                                      "parties": list(conflict.parties),
                                      "since": conflict.since}, ensure_ascii=False))
            else:
                out.print(f"{conflict.id}: {conflict.name} (since {conflict.since}): "
                          f"{', '.join(conflict.parties)}")
        return
    rows = [
        e for e in base
        if (kind is None or e.kind == kind)
        and (country is None or (e.country or "").upper() == country.upper())
        and (type_ is None or e.type == type_.upper())
    ]
    if as_json:
        for entry in rows:
            out.print(json.dumps(entry.to_dict(), ensure_ascii=False))
        return
    out.print(_table(rows))
    out.print(f"{len(rows)} of {len(base)} entries")


@kb_app.command()
def search(
    query: Annotated[str, typer.Argument(help="A name, alias, misspelling or id.")],
    limit: Annotated[int, typer.Option(min=1, help="At most this many results.")] = 10,
    as_json: AsJson = False,
    kb: KbPaths = None,
) -> None:
    """Find entries by name or alias, close spellings included; also shows how the
    stage would link QUERY as a mention.

    Example: [bold]eventwire kb search "Azou Regiment"[/bold]
    """
    base = _load(kb)
    found = base.search(query, limit=limit)
    link = base.lookup(query)
    if as_json:
        for entry, score in found:
            out.print(json.dumps({**entry.to_dict(), "score": score}, ensure_ascii=False))
        return
    if link is not None:
        out.print(f"links as a mention to: {link[0].id} ({link[0].name}), score {link[1]:.0f}")
    else:
        out.print("links as a mention to: nothing")
    if not found:
        out.print("no entries found")
        raise typer.Exit(1)
    out.print(_table([e for e, _ in found], {e.id: s for e, s in found}))


@kb_app.command()
def show(
    entry_id: Annotated[str, typer.Argument(help="A KB id, e.g. ru-mod.")],
    kb: KbPaths = None,
) -> None:
    """One entry in full, with its affiliation chain and conflicts."""
    base = _load(kb)
    entry = base.get(entry_id)
    if entry is None:
        err.print(f"[red]error[/red] no entry {entry_id!r}; try `eventwire kb search`", markup=True)
        raise typer.Exit(1)
    out.print(json.dumps(entry.to_dict(), ensure_ascii=False, indent=2))
    chain = " -> ".join(f"{a.id} ({a.name})" for a in base.ancestors(entry.id))
    out.print(f"belongs to: {chain or '-'}")
    out.print(f"conflicts: {', '.join(c.id for c in base.conflicts_for(entry.id)) or '-'}")


@kb_app.command()
def validate(kb: KbPaths = None) -> None:
    """Check the bundled KB and your files: fields, ids, affiliations, alias clashes.

    Exits 1 when there are problems (one a line), 0 with a summary otherwise.
    """
    base = _load(kb)
    problems = base.validate()
    for problem in problems:
        out.print(problem)
    kinds = Counter(e.kind for e in base)
    versions = ", ".join(f"{name} {v}" for name, v in base.versions.items()) or "unversioned"
    summary = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    out.print(f"{len(base)} entries ({summary}); {len(base.conflicts)} conflicts; {versions}")
    if problems:
        err.print(f"{len(problems)} problem(s)")
        raise typer.Exit(1)
    out.print("ok")
