"""The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.

Every text that came from a document (titles, sentences, names, ids) goes through
:func:`e`, so a hostile page cannot put markup into the report; the page's content security
policy (no source allowed at all, inline styles only) is a second guard.
"""

from __future__ import annotations

from html import escape
from typing import Any

from .model import ClusterView, Comparison, Figure, ReportData, plural
from .svg import MAP_LABELS, PLOVER_COLOURS, bucket_name, map_svg, timeline_svg

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SIDE_WORDS = {"party": "party to the conflict", "not party": "not a party", "unknown": "side not stated"}

CSS = """
:root { --ink: #1d232a; --muted: #5b6570; --rule: #d5dbe1; --paper: #fff; --tint: #f4f6f8; --warn: #8a3b00;
  --warn-bg: #fff1e0; --accent: #1f4e79; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 60px; color: var(--ink); background: var(--paper);
  font: 15px/1.5 "Source Serif 4", Georgia, "DejaVu Serif", serif; }
h1, h2, h3, h4, .meta, .facts, table, .legend, nav, .by, .num, .caution, figcaption {
  font-family: "Source Sans 3", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 34px 0 10px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 0; } h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); margin: 16px 0 6px; }
.meta { color: var(--muted); font-size: 13px; margin: 2px 0; }
nav { font-size: 13px; margin: 10px 0 0; } nav a { margin-right: 14px; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
th { background: var(--tint); font-weight: 600; } td.num-cell { text-align: right; white-space: nowrap; }
ul.summary { padding-left: 20px; } ul.summary li { margin: 2px 0; }
.note { color: var(--muted); font-size: 13px; }
.capped, .caution { color: var(--warn); background: var(--warn-bg); }
.capped { padding: 8px 12px; border-left: 4px solid var(--warn); }
svg.map { width: 100%; height: auto; display: block; border: 1px solid var(--rule); }
svg.map .sea { fill: #dce8f2; } svg.map .land { fill: #f2eee4; stroke: #8d99a6; stroke-width: .7px;
  vector-effect: non-scaling-stroke; fill-rule: evenodd; }
svg.map .point { stroke: #fff; stroke-width: 1.2px; vector-effect: non-scaling-stroke; fill-opacity: .85; }
svg.map .country { font-family: Arial, "DejaVu Sans", sans-serif; fill: #8a949e; letter-spacing: .05em; }
svg.map .place { font-weight: 400; }
svg.map .label { font-family: Arial, "DejaVu Sans", sans-serif; font-weight: 700; fill: var(--ink);
  paint-order: stroke; stroke: #fff; stroke-linejoin: round; }
svg.timeline { width: 100%; height: auto; display: block; }
svg.timeline .axis, svg.timeline .grid { stroke: var(--muted); stroke-width: 1; }
svg.timeline .tick { font: 11px Arial, "DejaVu Sans", sans-serif; fill: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; margin: 6px 0; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 5px;
  vertical-align: -1px; }
article.cluster { border: 1px solid var(--rule); border-radius: 4px; padding: 14px 18px 10px; margin: 18px 0; }
article.cluster > header { display: flex; gap: 12px; align-items: baseline; }
.num { font-size: 22px; font-weight: 700; color: var(--accent); min-width: 2ch; text-align: right; }
.facts { margin: 2px 0; font-size: 13px; color: var(--muted); }
.cautions { margin: 4px 0 0; } .caution { display: inline-block; font-size: 12px; padding: 1px 7px;
  border-radius: 9px; margin: 2px 6px 2px 0; }
ol.reports { padding-left: 22px; } ol.reports li { margin: 0 0 10px; }
blockquote { margin: 2px 0; padding: 4px 12px; border-left: 3px solid var(--rule); background: var(--tint);
  white-space: pre-wrap; }
.by { font-size: 12.5px; color: var(--muted); margin: 2px 0 0; }
code { font: 12px/1.4 "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--tint); padding: 0 3px; }
mark { background: #ffe08a; }
.figure q { font-weight: 600; } .figure .ctx { display: block; color: var(--muted); font-size: 12.5px; }
footer { margin-top: 40px; font-size: 13px; color: var(--muted); border-top: 1px solid var(--rule); }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; } nav { display: none; }
  a { color: inherit; text-decoration: none; } article.cluster { break-inside: avoid-page; }
  h2 { break-after: avoid; }
  @page { margin: 14mm 12mm; }
}
"""


def e(value: Any) -> str:
    """Escaped text (attribute-safe too)."""
    return escape("" if value is None else str(value), quote=True)


def _cite(doc_id: str, start: Any, end: Any) -> str:
    return f'<code>{e(doc_id)}</code> [{e(start)}:{e(end)}]'


def _figure(f: Figure) -> str:
    head = (f'<q>{e(f.text)}</q> = {e(_number(f.value))} · {e(f.source or "source not named")}'
            f'{" · " + e(f.publisher) if f.publisher else ""}{" · as of " + e(f.as_of) if f.as_of else ""}'
            f" · {_cite(f.document_id, f.start, f.end)}")
    if not f.sentence:
        return f'<div class="figure">{head}</div>'
    s = f.sentence
    text, a, b = s["text"], f.start - s["start"], f.end - s["start"]
    ctx = f"{e(text[:a])}<mark>{e(text[a:b])}</mark>{e(text[b:])}"
    return f'<div class="figure">{head}<span class="ctx">in “{ctx}”</span></div>'


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _comparisons(title: str, items: list[Comparison]) -> str:
    if not items:
        return ""
    rows = "".join(f"<tr><td>{e(c.kind)}</td><td>{_figure(c.a)}</td><td>{_figure(c.b)}</td><td>{e(c.why)}</td></tr>"
                   for c in items)
    return (f'<h4>{title}</h4><table class="figures"><thead><tr><th>Count</th><th>One report</th>'
            f"<th>Another</th><th>Why</th></tr></thead><tbody>{rows}</tbody></table>")


def _sources(v: ClusterView) -> str:
    rows = []
    for label, sources in v.sources_by_side():
        for i, s in enumerate(sources):
            side = f'<th scope="rowgroup" rowspan="{len(sources)}">{e(label)}</th>' if i == 0 else ""
            through = ", ".join(s["via"] + [f"speaking: {x}" for x in s["speakers"]])
            rows.append(f"<tr>{side}<td>{e(s['name'])}</td><td class=\"num-cell\">{len(s['documents'])}</td>"
                        f"<td>{e(', '.join(s['publishers']) or '—')}</td><td>{e(through or '—')}</td></tr>")
    return ('<h4>Sources by side</h4><table class="sources"><thead><tr><th>Side</th><th>Source</th>'
            '<th>Documents</th><th>Published by</th><th>Through</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")


def _checks(v: ClusterView) -> str:
    items = "".join(f"<li><strong>{e(label)}</strong>: {e(whose)}, in <code>{e(doc)}</code></li>"
                    for label, whose, doc in v.checks())
    body = items or "<li>No report says it was confirmed, disputed or could not be confirmed.</li>"
    return f'<h4>Confirmation</h4><ul class="checks">{body}</ul>'


def _report(r: dict[str, Any]) -> str:
    s = r.get("sentence") or {}
    date = r.get("date") or {}
    when = date_text(date.get("start"), date.get("end"), date.get("precision"))
    via = f" via {', '.join(x for x in r.get('via') or [] if x)}" if r.get("via") else ""
    side = SIDE_WORDS["party" if r.get("party") else "not party" if r.get("party") is False else "unknown"]
    by = " · ".join(x for x in (
        f"<strong>{e(r.get('publisher') or 'publisher not named')}</strong>", e(r.get("published") or "undated"),
        f"“{e(r['title'])}”" if r.get("title") else "",
        f"{e(r.get('source') or 'its own voice')}{e(via)} ({side})",
        f"status {e(r.get('status'))}" if r.get("status") not in (None, "asserted") else "",
        f"event date {e(when)}", f"{_cite(r['document_id'], s.get('start'), s.get('end'))} {e(r['event_id'])}",
        f"<span class=\"url\">{e(r['url'])}</span>" if r.get("url") else "",
    ) if x)
    return (f'<li><blockquote class="cite" data-doc="{e(r["document_id"])}" data-start="{e(s.get("start"))}"'
            f' data-end="{e(s.get("end"))}">{e(s.get("text", ""))}</blockquote><p class="by">{by}</p></li>')


def date_text(start: str | None, end: str | None, precision: str | None) -> str:
    if not start:
        return "not given"
    span = start if start == end or not end else f"{start} – {end}"
    return f"{span} ({precision})" if precision and precision != "day" else span


def _card(v: ClusterView) -> str:
    c = v.summary
    where = ", ".join(x for x in (c.get("place"), c.get("country")) if x) or "place not given"
    cautions = "".join(f'<span class="caution">{e(x)}</span>' for x in v.cautions())
    more = (f'<p class="note">{v.more_reports} more reports not quoted: <code>eventwire show {e(c["id"])}</code>'
            " lists them all.</p>") if v.more_reports else ""
    return (
        f'<article class="cluster" id="{e(v.anchor)}" data-cluster="{e(c["id"])}"><header>'
        f'<span class="num">{v.n}</span><div><h3><span class="swatch" style="background:{_colour(c.get("plover"))}">'
        f'</span>{e(c.get("plover"))} — {e(where)}</h3>'
        f'<p class="facts">{e(v.when)}{f" ({e(v.date_note())})" if v.date_note() else ""}</p>'
        f'<p class="facts">{e(v.facts())} · cluster <code>{e(c["id"])}</code></p>'
        f'{f"<p class=cautions>{cautions}</p>" if cautions else ""}</div></header>'
        f"{_sources(v)}{_checks(v)}{_comparisons('Figures that disagree', v.contradictions)}"
        f"{_comparisons('How the figures moved', v.timeline)}"
        f'<h4>Reports</h4><ol class="reports">{"".join(_report(r) for r in v.reports)}</ol>{more}</article>'
    )


def _colour(plover: Any) -> str:
    return PLOVER_COLOURS.get(str(plover), "#777777")


def _summary(d: ReportData) -> str:
    capped = f'<p class="capped">{e(d.capped_line())}</p>' if d.capped else ""
    items = "".join(f"<li>{e(line)}</li>" for line in d.summary_lines())
    return f'<section id="summary"><h2>Summary</h2>{capped}<ul class="summary">{items}</ul></section>'


def _chronology(views: list[ClusterView]) -> str:
    ordered = sorted(views, key=lambda v: (v.start or "9999", v.n))
    rows = "".join(
        f'<tr><td>{e(v.when)}</td><td><a href="#{e(v.anchor)}">{v.n}</a></td><td>{e(v.summary.get("plover"))}</td>'
        f'<td>{e(v.summary.get("place") or "—")}</td><td class="num-cell">{v.summary["documents"]}</td>'
        f'<td class="num-cell">{v.corroboration["independent_sources"]}</td><td>{e(", ".join(v.cautions()))}</td></tr>'
        for v in ordered)
    return ('<table class="chronology"><thead><tr><th>Date</th><th>#</th><th>Type</th><th>Place</th><th>Documents</th>'
            f"<th>Sources</th><th>Cautions</th></tr></thead><tbody>{rows}</tbody></table>")


def _legend(views: list[ClusterView]) -> str:
    types = sorted({str(v.summary.get("plover")) for v in views})
    return '<div class="legend">' + "".join(
        f'<span><span class="swatch" style="background:{_colour(t)}"></span>{e(t)}</span>' for t in types
    ) + "<span>circle size: documents</span></div>"


def _links(d: ReportData, numbers: list[int]) -> str:
    return ", ".join(f'<a href="#{e(v.anchor)}">{v.n}</a>' for v in d.clusters if v.n in numbers)


def _documents(d: ReportData) -> str:
    rows = "".join(
        f"<tr><td><code>{e(x['document_id'])}</code></td><td>{e(x.get('publisher') or '—')}</td>"
        f"<td>{e(x.get('published') or '—')}</td><td>{e(x.get('title') or '—')}"
        f"{'<br><span class=url>' + e(x['url']) + '</span>' if x.get('url') else ''}</td>"
        f"<td>{_links(d, x['clusters'])}</td></tr>"
        for x in d.documents)
    return ('<section id="documents"><h2>Documents cited</h2><table><thead><tr><th>Document</th><th>Publisher</th>'
            f"<th>Published</th><th>Title</th><th>Happenings</th></tr></thead><tbody>{rows}</tbody></table></section>")


def render_html(d: ReportData) -> str:
    """The whole page."""
    summaries = [{**v.summary, "n": v.n, "anchor": v.anchor, "date_start": v.start, "date_end": v.end}
                 for v in d.clusters]
    filters = "; ".join(f"{label}: {value}" for label, value in d.filters) or "none (the whole store)"
    unlocated = sum(1 for s in summaries if s.get("lat") is None)
    undated = sum(1 for s in summaries if not s.get("date_start"))
    size = bucket_name(summaries, d.since, d.until)
    numbered = f" (the {MAP_LABELS} most reported are numbered)" if len(summaries) > MAP_LABELS else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(d.title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{e(d.title)}</h1>"
        f'<p class="meta">Filters: {e(filters)} · at least {plural(d.min_documents, "document")} per happening</p>'
        f'<p class="meta">Generated {e(d.generated)} by eventwire from the store <code>{e(d.store)}</code></p>'
        '<nav><a href="#summary">Summary</a><a href="#map">Map</a><a href="#timeline">Timeline</a>'
        '<a href="#happenings">Happenings</a><a href="#documents">Documents</a><a href="#reading">Reading this'
        " report</a></nav></header>"
        f"{_summary(d)}"
        f'<section id="map"><h2>Map</h2>{map_svg(summaries)}{_legend(d.clusters)}'
        f'<p class="note">Numbers are the happenings below{numbered};'
        f" a happening sits at the finest place its reports give. {unlocated} without coordinates are not drawn."
        " Outlines: Natural Earth (public domain).</p></section>"
        f'<section id="timeline"><h2>Timeline</h2>{timeline_svg(summaries, d.since, d.until)}'
        f'<p class="note">Happenings per {size}, each at the first day its reports state, stacked by type'
        f"{f'; {undated} undated are left out' if undated else ''}.</p>{_chronology(d.clusters)}</section>"
        f'<section id="happenings"><h2>Happenings, most reported first</h2>'
        f"{''.join(_card(v) for v in d.clusters) or '<p>No happening matches these filters.</p>'}</section>"
        f"{_documents(d)}{READING}</body></html>\n"
    )


READING = """<footer id="reading"><h2>Reading this report</h2>
<p>A <strong>happening</strong> is a cluster: events from different documents that eventwire's linker judged to be
one occurrence (compatible type, overlapping dates, nearby places, no conflicting named parties). Linking can
be wrong both ways; every claim here cites its sentence so it can be checked.</p>
<p><strong>Independent sources</strong> count who asserts the event, not who published it: outlets relaying one
ministry's statement are one source. <strong>Side</strong> is whether that source is a party to the conflict, as
the claim analysis judged it. Confirmation lines repeat what the reports say (“could not be independently
verified”), not a judgement of eventwire's.</p>
<p>Citations give the document id and the character offsets <code>[start:end]</code> of the quoted sentence or
figure in the stored document text (<code>eventwire show DOCUMENT</code> shows it with the evidence marked).
Figures that disagree are counts of one kind that do not fit one another; a toll that rises between
later reports is shown as how the figures moved, not as a contradiction.</p>
<p>Not in this report: denied events, republished copies (each is counted once, as its original), and anything
outside the filters. A happening is in when any one of its reports matches the filters; all its reports are
then shown. The map has no admin boundaries or terrain.</p>
</footer>"""
