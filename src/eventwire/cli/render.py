"""Rich renderings of stored documents, events and records for the terminal."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

EVENT_COLUMNS = ("document_id", "id", "plover", "acled_sub_event_type", "trigger", "actor_name",
                 "target_name", "place", "date_start", "status", "claim_source", "mentions", "confidence")
# What an event needs at 80 columns: its id (under its document's), what, who, where, when.
NARROW_EVENT_COLUMNS = ("id", "plover", "actor_name", "place", "date_start")
DOCUMENT_COLUMNS = ("id", "title", "publisher", "published", "lang", "entities", "events", "note")
_HEADERS = {"document_id": "doc", "acled_sub_event_type": "ACLED", "actor_name": "actor",
            "target_name": "target", "date_start": "date", "claim_source": "source",
            "confidence": "conf", "mentions": "reports"}
MAX_CELL = 40
# Below this width the full tables squeeze every cell into a column of single words.
FULL_TABLE_WIDTH = 140
WIDE_MAX_WIDTH = 200
COLUMN_PADDING = 3  # a cell's blank either side and the rule between cells
MIN_WRAP_WIDTH = 8
# Copied or typed whole (ids, dates, numbers): never wrapped, folded or cut.
WHOLE_COLUMNS = frozenset({"id", "document_id", "date_start", "published", "plover", "lang", "entities",
                           "events", "mentions", "confidence"})


def cell(value: Any) -> str:
    """A free-text value on one line, cut at MAX_CELL: a long title must not take the table.
    Never used for ids (they are copied, so they are shown whole)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def narrow(console: Console, wide: bool) -> bool:
    """The few columns that read at 80, unless every column was asked for or fits."""
    return not wide and console.width < FULL_TABLE_WIDTH


def _widths(columns: tuple[str, ...], rows: list[list[str]], total: int | None = None,
            whole_columns: set[str] | frozenset[str] = WHOLE_COLUMNS) -> list[int | None]:
    """Whole columns as wide as their longest cell; with ``total``, the others share what is left
    (so tables printed one after another line up)."""
    whole = [max([len(_HEADERS.get(c, c))] + [len(r[i]) for r in rows]) if c in whole_columns else None
             for i, c in enumerate(columns)]
    if total is None:
        return whole
    free = [i for i, w in enumerate(whole) if w is None]
    left = total - sum(w or 0 for w in whole) - COLUMN_PADDING * len(columns)
    return [w if w is not None else max(left // max(len(free), 1), MIN_WRAP_WIDTH) for w in whole]


def make_table(columns: tuple[str, ...], rows: list[list[str]], title: str | None = None,
           show_header: bool = True, widths: list[int | None] | None = None,
           whole: set[str] | frozenset[str] = WHOLE_COLUMNS) -> Table:
    """Whole columns never wrap; the others wrap at words."""
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, show_header=show_header)
    for col, width in zip(columns, widths or _widths(columns, rows, whole_columns=whole), strict=True):
        if col in whole:
            table.add_column(_HEADERS.get(col, col), no_wrap=True, min_width=width)
        else:
            table.add_column(_HEADERS.get(col, col), overflow="fold", width=width)
    for r in rows:
        table.add_row(*r)
    return table


def _print_wide(console: Console, table: Table) -> None:
    """Every column, the line as long as it needs up to WIDE_MAX_WIDTH (past the terminal's
    width the terminal wraps it: asked for, and nothing is cut)."""
    natural = Measurement.get(console, console.options.update(max_width=WIDE_MAX_WIDTH), table).maximum
    if natural > console.width:
        table.width = natural
    console.print(table, crop=False)


def _document_cells(r: dict[str, Any]) -> dict[str, str]:
    note = f"copy of {r['duplicate_of']}" if r.get("duplicate_of") else (r.get("skipped") or "")
    return {"id": str(r["id"]), "title": cell(r.get("title")), "publisher": cell(r.get("publisher")),
            "published": r.get("published") or "", "full_title": str(r.get("title") or ""),
            "lang": cell(r.get("language")),
            "entities": str(r.get("entities", "")), "events": str(r.get("events", "")), "note": cell(note)}


def render_documents(console: Console, rows: list[dict[str, Any]], title: str = "Documents",
                     wide: bool = False) -> None:
    cells = [_document_cells(r) for r in rows]
    if not narrow(console, wide):
        _print_wide(console, make_table(DOCUMENT_COLUMNS, [[c[k] for k in DOCUMENT_COLUMNS] for c in cells], title))
        return
    # The id on a line of its own above its title: whole however long, and the title wraps.
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("document", overflow="fold", min_width=max([len(c["id"]) for c in cells] + [0]))
    rest = ("published", "events")
    for col, width in zip(rest, _widths(rest, [[c[k] for k in rest] for c in cells]), strict=True):
        table.add_column(col, no_wrap=True, min_width=width)
    for c in cells:
        about = " · ".join(filter(None, (c["full_title"], c["note"])))
        table.add_row(Text.assemble((c["id"], "bold"), "\n", (about, "dim")),
                      c["published"], c["events"])
    console.print(table)


def render_entities(console: Console, rows: list[dict[str, Any]], title: str = "Entities") -> None:
    table = Table(title=title)
    for col in ("name", "type", "kb_id", "country", "documents", "mentions"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(cell(r["name"]), r["type"], r.get("kb_id") or "", r.get("country") or "",
                      str(r["documents"]), str(r["mentions"] or 0))
    console.print(table)


def render_events(console: Console, rows: list[dict[str, Any]], title: str = "Events",
                  wide: bool = False) -> None:
    if not narrow(console, wide):
        _print_wide(console, make_table(EVENT_COLUMNS, [_event_cells(r, EVENT_COLUMNS) for r in rows], title))
        return
    # Grouped under each document's id, on a line of its own: no column has to hold it.
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r["document_id"]), []).append(r)
    cells = [_event_cells(r, NARROW_EVENT_COLUMNS) for r in rows]
    widths = _widths(NARROW_EVENT_COLUMNS, cells, total=console.width)
    console.print(Text(title, style="italic"), justify="center")
    if not rows:
        console.print(make_table(NARROW_EVENT_COLUMNS, [], widths=widths))
    for n, (doc_id, events) in enumerate(groups.items()):
        console.print(Text.assemble(("document ", "dim"), (doc_id, "bold")))
        console.print(make_table(NARROW_EVENT_COLUMNS, [_event_cells(r, NARROW_EVENT_COLUMNS) for r in events],
                             show_header=n == 0, widths=widths))


def _event_cells(r: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    return [str(r[c]) if c in ("id", "document_id") else cell(r.get(c)) for c in columns]
