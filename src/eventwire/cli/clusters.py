"""Rich renderings of clusters: one happening across reports, who asserts it, what disagrees."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from .render import _print_wide, cell, make_table, narrow

CLUSTER_COLUMNS = ("id", "plover", "place", "date_start", "date_end", "documents", "sources", "contradictions")
NARROW_CLUSTER_COLUMNS = ("id", "plover", "place", "date_start", "documents")
CLUSTER_WHOLE = frozenset({"id", "plover", "date_start", "date_end", "documents", "sources", "contradictions"})
SENTENCE_CHARS = 160  # a report's sentence, cut, in the terminal (the JSON has it whole)


def _cells(r: dict[str, Any], columns: tuple[str, ...]) -> list[str]:
    return [str(r[c]) if c in CLUSTER_WHOLE and r.get(c) is not None else cell(r.get(c)) for c in columns]


def render_clusters(console: Console, rows: list[dict[str, Any]], title: str = "Clusters",
                    wide: bool = False) -> None:
    columns = NARROW_CLUSTER_COLUMNS if narrow(console, wide) else CLUSTER_COLUMNS
    table = make_table(columns, [_cells(r, columns) for r in rows], title, whole=CLUSTER_WHOLE)
    if columns is CLUSTER_COLUMNS:
        _print_wide(console, table)
    else:
        console.print(table)


def _side(value: bool | None) -> str:
    return "party to the conflict" if value else "not a party" if value is False else "side unknown"


def render_cluster(console: Console, detail: dict[str, Any]) -> None:
    """A cluster's card: what, where, when; every report with its sentence; the sources by
    side; who could not confirm it; figures that disagree or grew."""
    c = detail["cluster"]
    when = c["date_start"] if c["date_start"] == c["date_end"] else f"{c['date_start']} … {c['date_end']}"
    console.print(Text.assemble(("cluster ", "dim"), (c["id"], "bold"), "  ", (c["plover"], "bold"),
                                f"  {c.get('place') or 'place not given'}  {when or 'date not given'}"))
    corr = detail["corroboration"]
    console.print(f"{c['documents']} documents, {corr['independent_sources']} independent sources "
                  f"({corr['party_sources']} party to the conflict, {corr['other_sources']} not or unknown)")
    console.print(Text("Reports", style="italic"))
    for r in detail["reports"]:
        sentence = r["sentence"]["text"] if r.get("sentence") else ""
        if len(sentence) > SENTENCE_CHARS:
            sentence = sentence[: SENTENCE_CHARS - 1] + "…"
        via = f" via {', '.join(v for v in r['via'] if v)}" if r.get("via") else ""
        console.print(Text.assemble(
            ("• ", "dim"), (r.get("publisher") or r["document_id"], "bold"), f" {r.get('published') or ''}  ",
            (f"{r.get('source') or 'its own voice'}{via} ({_side(r.get('party'))})", "cyan"),
            f"  [{r['document_id']} {r['event_id']} @{(r.get('sentence') or {}).get('start')}]"))
        console.print(Text(f"  “{sentence}”", style="dim"))
    console.print(Text("Sources", style="italic"))
    for s in corr["sources"]:
        console.print(f"• {s['name']} — {s['side']}; in {len(s['documents'])} document(s) from "
                      f"{', '.join(s['publishers']) or 'unnamed publishers'}")
    for label, key in (("Could not confirm", "could_not_confirm"), ("Confirmed by", "confirmed_by"),
                       ("Disputed by", "disputed_by")):
        for item in corr[key]:
            console.print(f"{label}: {item.get('by') or 'unnamed'} ({item['document_id']})")
    for label, key in (("Contradictions", "contradictions"), ("Timeline", "timeline")):
        if detail[key]:
            console.print(Text(label, style="italic"))
            rows = [[x["kind"] or "", _figure(x["a"]), _figure(x["b"]), cell(x["why"])] for x in detail[key]]
            console.print(make_table(("count", "report a", "report b", "why"), rows,
                                     whole=frozenset({"count"})))


def _figure(side: dict[str, Any]) -> str:
    return f"“{side['text']}” {side.get('source') or ''} [{side['document_id']} @{side['start']}]".strip()
