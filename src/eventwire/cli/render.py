"""Rich renderings of stored documents, events and records for the terminal."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from .evidence import legend, marked_text

EVENT_COLUMNS = ("document_id", "id", "plover", "acled_sub_event_type", "trigger", "actor_name",
                 "target_name", "place", "date_start", "status", "claim_source", "mentions", "confidence")
# What an event needs at 80 columns: its id (under its document's), what, who, where, when.
NARROW_EVENT_COLUMNS = ("id", "plover", "actor_name", "place", "date_start")
DOCUMENT_COLUMNS = ("id", "title", "publisher", "published", "lang", "entities", "events", "note")
NARROW_DOCUMENT_COLUMNS = ("document", "published", "events")
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
WHOLE_COLUMNS = {"id", "document_id", "date_start", "published", "plover", "lang", "entities",
                 "events", "mentions", "confidence"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _narrow(console: Console, wide: bool) -> bool:
    """The few columns that read at 80, unless every column was asked for or fits."""
    return not wide and console.width < FULL_TABLE_WIDTH


def _widths(columns: tuple[str, ...], rows: list[list[str]], total: int | None = None) -> list[int | None]:
    """Whole columns as wide as their longest cell; with ``total``, the others share what is left
    (so tables printed one after another line up)."""
    whole = [max([len(_HEADERS.get(c, c))] + [len(r[i]) for r in rows]) if c in WHOLE_COLUMNS else None
             for i, c in enumerate(columns)]
    if total is None:
        return whole
    free = [i for i, w in enumerate(whole) if w is None]
    left = total - sum(w or 0 for w in whole) - COLUMN_PADDING * len(columns)
    return [w if w is not None else max(left // max(len(free), 1), MIN_WRAP_WIDTH) for w in whole]


def _table(columns: tuple[str, ...], rows: list[list[str]], title: str | None = None,
           show_header: bool = True, widths: list[int | None] | None = None) -> Table:
    """Whole columns never wrap; the others wrap at words."""
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, show_header=show_header)
    for col, width in zip(columns, widths or _widths(columns, rows), strict=True):
        if col in WHOLE_COLUMNS:
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
    return {"id": str(r["id"]), "title": _cell(r.get("title")), "publisher": _cell(r.get("publisher")),
            "published": r.get("published") or "", "full_title": str(r.get("title") or ""),
            "lang": _cell(r.get("language")),
            "entities": str(r.get("entities", "")), "events": str(r.get("events", "")), "note": _cell(note)}


def render_documents(console: Console, rows: list[dict[str, Any]], title: str = "Documents",
                     wide: bool = False) -> None:
    cells = [_document_cells(r) for r in rows]
    if not _narrow(console, wide):
        _print_wide(console, _table(DOCUMENT_COLUMNS, [[c[k] for k in DOCUMENT_COLUMNS] for c in cells], title))
        return
    # The id on a line of its own above its title: whole however long, and the title wraps.
    table = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("document", overflow="fold", min_width=max([len(c["id"]) for c in cells] + [0]))
    for col, width in zip(("published", "events"), _widths(("published", "events"),
                          [[c["published"], c["events"]] for c in cells]), strict=True):
        table.add_column(col, no_wrap=True, min_width=width)
    for c in cells:
        table.add_row(Text.assemble((c["id"], "bold"), "\n", (c["full_title"] or c["note"], "dim")),
                      c["published"], c["events"])
    console.print(table)


def render_entities(console: Console, rows: list[dict[str, Any]], title: str = "Entities") -> None:
    table = Table(title=title)
    for col in ("name", "type", "kb_id", "country", "documents", "mentions"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(_cell(r["name"]), r["type"], r.get("kb_id") or "", r.get("country") or "",
                      str(r["documents"]), str(r["mentions"] or 0))
    console.print(table)


def render_events(console: Console, rows: list[dict[str, Any]], title: str = "Events",
                  wide: bool = False) -> None:
    if not _narrow(console, wide):
        _print_wide(console, _table(EVENT_COLUMNS, [_event_cells(r, EVENT_COLUMNS) for r in rows], title))
        return
    # Grouped under each document's id, on a line of its own: no column has to hold it.
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r["document_id"]), []).append(r)
    cells = [_event_cells(r, NARROW_EVENT_COLUMNS) for r in rows]
    widths = _widths(NARROW_EVENT_COLUMNS, cells, total=console.width)
    console.print(Text(title, style="italic"), justify="center")
    if not rows:
        console.print(_table(NARROW_EVENT_COLUMNS, [], widths=widths))
    for n, (doc_id, events) in enumerate(groups.items()):
        console.print(Text.assemble(("document ", "dim"), (doc_id, "bold")))
        console.print(_table(NARROW_EVENT_COLUMNS, [_event_cells(r, NARROW_EVENT_COLUMNS) for r in events],
                             show_header=n == 0, widths=widths))


def _event_cells(r: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    return [str(r[c]) if c in ("id", "document_id") else _cell(r.get(c)) for c in columns]


def render_record(console: Console, rec: dict[str, Any]) -> None:
    doc = rec["document"]
    console.rule(f"[bold]{rec['id']}[/bold]  {doc.get('title') or ''}")
    meta = {k: doc.get(k) for k in ("publisher", "published", "url", "language", "duplicate_of", "source")}
    console.print("  ".join(f"[dim]{k}[/dim] {v}" for k, v in meta.items() if v))
    if doc.get("removed"):
        reasons: dict[str, int] = {}
        for r in doc["removed"]:
            reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
        console.print("[dim]removed[/dim] " + ", ".join(f"{n} {k}" for k, n in reasons.items()))
    console.print(Text.assemble(("text, with the evidence marked: ", "dim"), legend()))
    console.print(marked_text(rec), soft_wrap=False)
    table = Table(title="Entities")
    for col in ("id", "name", "type", "kb_id", "country", "mentions"):
        table.add_column(col, overflow="fold")
    for e in rec["entities"]:
        mentions = "; ".join(sorted({m["text"] for m in e["mentions"]}))
        table.add_row(e["id"], e["name"], e["type"], e.get("kb_id") or "", e.get("country") or "",
                      _cell(mentions))
    console.print(table)
    if rec["places"]:
        table = Table(title="Places")
        for col in ("id", "name", "feature", "lat", "lon", "country", "admin1"):
            table.add_column(col)
        for p in rec["places"]:
            table.add_row(p["id"], p["name"], p["feature"], f"{p['lat']:.3f}", f"{p['lon']:.3f}",
                          p.get("country") or "", p.get("admin1") or "")
        console.print(table)
    table = Table(title="Events")
    for col in ("id", "type", "trigger", "actor", "target", "where", "when", "how many", "status", "claim"):
        table.add_column(col, overflow="fold")
    for e in rec["events"]:
        date = e.get("date") or {}
        when = date.get("start") or ""
        if date.get("end") and date.get("end") != date.get("start"):
            when += f"…{date['end']}"
        qty = ", ".join(f"{q['value']:g} {q['kind']}" for q in e["quantities"])
        table.add_row(e["id"], f"{e['plover']}/{e.get('mode') or ''}", e["trigger"]["text"],
                      (e.get("actor") or {}).get("name", ""), (e.get("target") or {}).get("name", ""),
                      (e.get("location") or {}).get("text", ""), when, qty, e["status"], e.get("claim") or "")
    console.print(table)
    if rec["claims"]:
        table = Table(title="Claims")
        for col in ("id", "source", "via", "cue", "content", "verification", "party"):
            table.add_column(col, overflow="fold")
        for c in rec["claims"]:
            ver = c.get("verification") or {}
            ver_text = f"{ver.get('status')} by {(ver.get('by') or {}).get('name', '?')}" if ver else ""
            table.add_row(c["id"], (c.get("source") or {}).get("name", "(publisher)"),
                          " < ".join(v["name"] for v in c["via"]), (c.get("cue") or {}).get("text", ""),
                          _cell(c["content"]["text"]), ver_text,
                          {True: "yes", False: "no", None: "?"}[c.get("party_to_conflict")])
        console.print(table)
