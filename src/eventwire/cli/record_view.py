"""``eventwire show``: one stored record for the terminal, its text marked with its evidence."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from .evidence import legend, marked_text
from .render import cell, make_table, narrow

PARTY = {True: "yes", False: "no", None: "?"}
# Short values that are read or copied whole; the rest wrap.
WHOLE = frozenset({"id", "type", "kb_id", "country", "feature", "lat", "lon", "when", "party"})
EVENT_COLUMNS = ("id", "type", "trigger", "actor", "target", "where", "when", "how many", "status", "claim")
NARROW_EVENT_COLUMNS = ("id", "type", "actor", "target", "where", "when")  # triggers are marked in the text
CLAIM_COLUMNS = ("id", "source", "via", "cue", "content", "verification", "party")
NARROW_CLAIM_COLUMNS = ("id", "source", "cue", "content", "party")


def _print(console: Console, title: str, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    console.print(make_table(columns, [[r[c] for c in columns] for r in rows], title, whole=WHOLE))


def _event_row(e: dict[str, Any]) -> dict[str, str]:
    date = e.get("date") or {}
    when = date.get("start") or ""
    end = date.get("end")
    if end and end != date.get("start"):  # 2023-07-05…07-12 within one year
        when += "…" + (end[5:] if when[:5] == end[:5] else end)
    return {"id": e["id"], "type": "/".join(filter(None, (e["plover"], e.get("mode")))),
            "trigger": e["trigger"]["text"], "actor": (e.get("actor") or {}).get("name", ""),
            "target": (e.get("target") or {}).get("name", ""), "where": (e.get("location") or {}).get("text", ""),
            "when": when, "how many": ", ".join(f"{q['value']:g} {q['kind']}" for q in e["quantities"]),
            "status": e["status"], "claim": e.get("claim") or ""}


def _claim_row(c: dict[str, Any]) -> dict[str, str]:
    ver = c.get("verification") or {}
    return {"id": c["id"], "source": (c.get("source") or {}).get("name", "(publisher)"),
            "via": " < ".join(v["name"] for v in c["via"]), "cue": (c.get("cue") or {}).get("text", ""),
            "content": cell(c["content"]["text"]),
            "verification": f"{ver.get('status')} by {(ver.get('by') or {}).get('name', '?')}" if ver else "",
            "party": PARTY[c.get("party_to_conflict")]}


def render_record(console: Console, rec: dict[str, Any], wide: bool = False) -> None:
    """Metadata, the marked text, then entities, places, events and claims; a narrow terminal
    gets the columns that fit (--wide: all)."""
    doc = rec["document"]
    console.rule(f"[bold]{rec['id']}[/bold]  {doc.get('title') or ''}")
    meta = {k: doc.get(k) for k in ("publisher", "published", "url", "language", "duplicate_of", "source")}
    console.print("  ".join(f"[dim]{k}[/dim] {v}" for k, v in meta.items() if v))
    if doc.get("removed"):
        reasons: dict[str, int] = {}
        for r in doc["removed"]:
            reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
        console.print("[dim]removed[/dim] " + ", ".join(f"{n} {k}" for k, n in reasons.items()))
    if rec.get("notes"):
        console.print("[dim]notes[/dim] " + "; ".join(rec["notes"]), markup=True, highlight=False)
    console.print(Text.assemble(("text, with the evidence marked: ", "dim"), legend()))
    console.print(marked_text(rec))
    cut = narrow(console, wide)
    _print(console, "Entities", ("id", "name", "type", "kb_id", "country", "mentioned as"), [
        {"id": e["id"], "name": e["name"], "type": e["type"], "kb_id": e.get("kb_id") or "",
         "country": e.get("country") or "", "mentioned as": cell("; ".join(sorted({m["text"] for m in e["mentions"]})))}
        for e in rec["entities"]])
    if rec["places"]:
        _print(console, "Places", ("id", "name", "feature", "lat", "lon", "country", "admin1"), [
            {"id": p["id"], "name": p["name"], "feature": p["feature"], "lat": f"{p['lat']:.3f}",
             "lon": f"{p['lon']:.3f}", "country": p.get("country") or "", "admin1": p.get("admin1") or ""}
            for p in rec["places"]])
    _print(console, "Events", NARROW_EVENT_COLUMNS if cut else EVENT_COLUMNS, [_event_row(e) for e in rec["events"]])
    if rec["claims"]:
        _print(console, "Claims", NARROW_CLAIM_COLUMNS if cut else CLAIM_COLUMNS,
               [_claim_row(c) for c in rec["claims"]])
