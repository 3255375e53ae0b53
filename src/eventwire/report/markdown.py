"""The report as Markdown: the HTML's content without the drawings, for mail, wikis and diffs.

Document texts are escaped (:func:`md`) so a sentence holding ``*``, ``[`` or ``<script>``
reads as written and does not become emphasis, a link or markup.
"""

from __future__ import annotations

import re
from typing import Any

from .html import SIDE_WORDS, date_text
from .model import ClusterView, Comparison, Figure, ReportData, plural

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# what would start a list item or underline a heading at the start of a line
_LINE_START = re.compile(r"^(\s*\d{0,9})([-+=.)])(?=\s|$|[-=])", re.M)


def md(value: Any) -> str:
    """Markdown-safe text: every character that could be syntax is backslash-escaped."""
    text = _SPECIAL.sub(r"\\\1", "" if value is None else str(value))
    return _LINE_START.sub(r"\1\\\2", text)


def unescape(text: str) -> str:
    """The inverse of :func:`md` (what a Markdown reader shows), for checks."""
    return re.sub(r"\\(.)", r"\1", text, flags=re.S)


def _cell(value: Any) -> str:
    return " ".join(md(value).split()) or "—"


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in md(text).split("\n"))


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _figure(f: Figure) -> str:
    bits = [f"“{md(f.text)}” = {_number(f.value)}", md(f.source or "source not named")]
    if f.publisher:
        bits.append(md(f.publisher))
    if f.as_of:
        bits.append(f"as of {md(f.as_of)}")
    bits.append(f"{md(f.document_id)} [{f.start}:{f.end}]")
    return ", ".join(bits)


def _comparisons(title: str, items: list[Comparison]) -> list[str]:
    if not items:
        return []
    out = [f"**{title}**", ""]
    out += [f"- {md(c.kind)}: {_figure(c.a)} — against — {_figure(c.b)} ({md(c.why)})" for c in items]
    return [*out, ""]


def _report(i: int, r: dict[str, Any]) -> list[str]:
    s = r.get("sentence") or {}
    date = r.get("date") or {}
    via = f" via {', '.join(x for x in r.get('via') or [] if x)}" if r.get("via") else ""
    side = SIDE_WORDS["party" if r.get("party") else "not party" if r.get("party") is False else "unknown"]
    head = [f"**{md(r.get('publisher') or 'publisher not named')}**", md(r.get("published") or "undated")]
    if r.get("title"):
        head.append(f"“{md(r['title'])}”")
    head.append(f"{md((r.get('source') or 'its own voice') + via)} ({side})")
    if r.get("status") not in (None, "asserted"):
        head.append(f"status {md(r['status'])}")
    head.append(f"event date {md(date_text(date.get('start'), date.get('end'), date.get('precision')))}")
    head.append(f"document {md(r['document_id'])} [{s.get('start')}:{s.get('end')}], event {md(r['event_id'])}")
    if r.get("url"):
        head.append(md(r["url"]))
    body = "\n".join("   " + line for line in _quote(s.get("text", "")).split("\n"))
    return [f"{i}. " + " · ".join(head), "", body, ""]


def _cluster(v: ClusterView) -> list[str]:
    c = v.summary
    where = ", ".join(x for x in (c.get("place"), c.get("country")) if x) or "place not given"
    out = [f"### {v.n}. {md(c.get('plover'))} — {md(where)} — {md(v.when)}", "",
           f"{md(v.facts())} · cluster {md(c['id'])}"
           + (f" · {md(v.date_note())}" if v.date_note() else ""), ""]
    if v.cautions():
        out += [f"Cautions: {md(', '.join(v.cautions()))}", ""]
    out += ["**Sources by side**", ""]
    for label, sources in v.sources_by_side():
        for s in sources:
            through = ", ".join(s["via"] + [f"speaking: {x}" for x in s["speakers"]])
            out.append(f"- {label}: {md(s['name'])} — {plural(len(s['documents']), 'document')}, published by "
                       f"{md(', '.join(s['publishers']) or 'not named')}"
                       + (f", through {md(through)}" if through else ""))
    out += ["", "**Confirmation**", ""]
    checks = [f"- **{md(label)}**: {md(whose)}, in document {md(doc)}" for label, whose, doc in v.checks()]
    out += (checks or ["- No report says it was confirmed, disputed or could not be confirmed."]) + [""]
    out += _comparisons("Figures that disagree", v.contradictions)
    out += _comparisons("How the figures moved", v.timeline)
    out += ["**Reports**", ""]
    for i, r in enumerate(v.reports, 1):
        out += _report(i, r)
    if v.more_reports:
        out += [f"{v.more_reports} more reports not quoted (eventwire show {md(c['id'])} lists them all).", ""]
    return out


def render_markdown(d: ReportData) -> str:
    """The whole report as one Markdown string."""
    views = d.clusters
    filters = "; ".join(f"{label}: {value}" for label, value in d.filters) or "none (the whole store)"
    out = [f"# {md(d.title)}", "",
           f"Filters: {md(filters)} · at least {plural(d.min_documents, 'document')} per happening  ",
           f"Generated {md(d.generated)} by eventwire from the store {md(d.store)}", "", "## Summary", ""]
    if d.capped:
        out += [f"**{md(d.capped_line())}**", ""]
    out += [f"- {md(line)}" for line in d.summary_lines()]
    out += ["", "## Map", "", "Map: see the HTML report.", "", "## Timeline", "",
            "| Date | # | Type | Place | Documents | Sources | Cautions |", "|---|---|---|---|---|---|---|"]
    for v in sorted(views, key=lambda v: (v.start or "9999", v.n)):
        out.append(f"| {_cell(v.when)} | {v.n} | {_cell(v.summary.get('plover'))} | {_cell(v.summary.get('place'))} "
                   f"| {v.summary['documents']} | {v.corroboration['independent_sources']} "
                   f"| {_cell(', '.join(v.cautions()))} |")
    out += ["", "## Happenings, most reported first", ""]
    for v in views:
        out += _cluster(v)
    if not views:
        out += ["No happening matches these filters.", ""]
    out += ["## Documents cited", "", "| Document | Publisher | Published | Title | Happenings |",
            "|---|---|---|---|---|"]
    for x in d.documents:
        out.append(f"| {_cell(x['document_id'])} | {_cell(x.get('publisher'))} | {_cell(x.get('published'))} "
                   f"| {_cell(x.get('title'))} | {', '.join(str(n) for n in x['clusters'])} |")
    out += ["", "Offsets [start:end] are characters of the stored document text (eventwire show DOCUMENT). "
            "Independent sources count who asserts an event, not who published it; confirmation lines repeat "
            "what the reports say. Denied events and republished copies are not in this report.", ""]
    return "\n".join(out)
