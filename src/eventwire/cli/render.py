"""Rich renderings of stored documents, events and records for the terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

EVENT_COLUMNS = ("document_id", "id", "plover", "acled_sub_event_type", "trigger", "actor_name",
                 "target_name", "place", "date_start", "status", "claim_source", "mentions", "confidence")
_HEADERS = {"document_id": "doc", "acled_sub_event_type": "ACLED", "actor_name": "actor",
            "target_name": "target", "date_start": "date", "claim_source": "source",
            "confidence": "conf", "mentions": "reports"}
MAX_CELL = 40


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render_documents(console: Console, rows: list[dict[str, Any]], title: str = "Documents") -> None:
    table = Table(title=title, show_lines=False)
    for col in ("id", "title", "publisher", "published", "lang", "entities", "events", "note"):
        table.add_column(col, overflow="fold")
    for r in rows:
        note = f"copy of {r['duplicate_of']}" if r.get("duplicate_of") else (r.get("skipped") or "")
        table.add_row(_cell(r["id"]), _cell(r.get("title")), _cell(r.get("publisher")),
                      _cell(r.get("published")), _cell(r.get("language")), str(r.get("entities", "")),
                      str(r.get("events", "")), _cell(note))
    console.print(table)


def render_entities(console: Console, rows: list[dict[str, Any]], title: str = "Entities") -> None:
    table = Table(title=title)
    for col in ("name", "type", "kb_id", "country", "documents", "mentions"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(_cell(r["name"]), r["type"], r.get("kb_id") or "", r.get("country") or "",
                      str(r["documents"]), str(r["mentions"] or 0))
    console.print(table)


def render_events(console: Console, rows: list[dict[str, Any]], columns: tuple[str, ...],
                  title: str = "Events") -> None:
    table = Table(title=title)
    for col in columns:
        table.add_column(_HEADERS.get(col, col), overflow="fold")
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in columns))
    console.print(table)


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
