"""What a situation report says, gathered once from the store; the HTML and Markdown
renderers only lay it out, so the two cannot disagree on a figure."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..link.keys import PRECISE_WINDOW_DAYS
from ..store import EventFilter, Store

MAX_CLUSTERS = 200  # clusters a report holds (the most reported); the report says when there were more
MAX_REPORTS_PER_CLUSTER = 40  # reports quoted under one cluster; the rest are counted
CHECK_LABELS = (("confirmed_by", "Confirmed"), ("disputed_by", "Disputed"),
                ("could_not_confirm", "Could not be independently confirmed"))
ONLY_PARTIES = "asserted only by parties to the conflict"
SIDES = (("party", "Party to the conflict"), ("not party", "Not a party"), ("unknown", "Side not stated"))
# The filter fields a reader needs named, in the order the header gives them.
FILTER_LABELS = (
    ("place", "place"), ("country", "country"), ("since", "since"), ("until", "until"), ("plover", "type"),
    ("acled", "ACLED type"), ("actor", "actor or target"), ("status", "status"), ("party_only", "party only"),
    ("document", "document"), ("min_confidence", "confidence at least"), ("copies", "copies included"),
)


@dataclass(slots=True)
class Figure:
    """One side of a disagreement (or of a toll that grew), with the sentence it stands in
    when the report quotes it."""

    value: Any
    text: str
    document_id: str
    start: int
    end: int
    source: str | None
    as_of: str | None
    publisher: str | None
    sentence: dict[str, Any] | None  # {"text", "start", "end"} holding [start:end], else None


@dataclass(slots=True)
class Comparison:
    kind: str
    why: str
    a: Figure
    b: Figure


@dataclass(slots=True)
class ClusterView:
    n: int  # its number in the report (and on the map)
    anchor: str
    summary: dict[str, Any]  # the store's cluster row
    corroboration: dict[str, Any]
    reports: list[dict[str, Any]]  # the ones quoted
    more_reports: int  # reports not quoted (over MAX_REPORTS_PER_CLUSTER)
    contradictions: list[Comparison]
    timeline: list[Comparison]
    start: str | None  # the first and last day its reports state (the linker's window when none does)
    end: str | None
    stated: bool  # some report states a date
    approximate: bool  # a range of PRECISE_WINDOW_DAYS or more, not a day

    @property
    def when(self) -> str:
        return date_range(self.start, self.end)

    def date_note(self) -> str:
        if not self.start:
            return ""
        if not self.stated:
            return "no report states a date: the window is read from the publication dates"
        return "the reports' dates spread over this range" if self.approximate else ""

    def facts(self) -> str:
        """'3 documents · 2 independent sources (…)': how widely it was reported, in one line."""
        corr = self.corroboration
        return (f"{plural(self.summary['documents'], 'document')} · "
                f"{plural(corr['independent_sources'], 'independent source')} "
                f"({corr['party_sources']} party to the conflict, {corr['other_sources']} not or not stated)")

    def checks(self) -> list[tuple[str, str, str]]:
        """(label, who, document id) for each confirmation, dispute or 'could not be verified'
        a report states; who is whose claim it was, and who checked when named."""
        out = []
        for key, label in CHECK_LABELS:
            for x in self.corroboration[key]:
                by = f" by {x['by']}" if x.get("by") else ""
                out.append((f"{label}{by}", f"the claim of {x.get('source') or 'the publisher'}", x["document_id"]))
        return out

    def sources_by_side(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """(label, sources) for each side that has any, party first."""
        out = []
        for side, label in SIDES:
            found = [s for s in self.corroboration["sources"] if s["side"] == side]
            if found:
                out.append((label, found))
        return out

    def cautions(self) -> list[str]:
        """What should make a reader careful about this happening, in a few words each."""
        corr, out = self.corroboration, []
        n = corr["independent_sources"]
        if n == 1:
            out.append("one source only")
        if n and corr["party_sources"] == n:
            out.append(ONLY_PARTIES)
        if corr["disputed_by"]:
            out.append("disputed")
        if corr["could_not_confirm"]:
            out.append("could not be independently confirmed")
        if self.contradictions:
            out.append("figures disagree")
        if self.approximate:
            out.append("date approximate")
        return out


@dataclass(slots=True)
class ReportData:
    title: str
    filters: list[tuple[str, str]]
    since: str | None
    until: str | None
    generated: str
    store: str
    min_documents: int
    clusters: list[ClusterView]
    total: int  # clusters the filters select (before MAX_CLUSTERS)
    negated: int | None  # denied events the filters select: never in a cluster
    documents: list[dict[str, Any]] = field(default_factory=list)  # every cited document, once

    @property
    def capped(self) -> bool:
        return self.total > len(self.clusters)

    def summary_lines(self) -> list[str]:
        """The summary's plain-text bullets (each renderer escapes them its own way)."""
        views = self.clusters
        multi = sum(1 for v in views if v.summary["documents"] >= 2)
        located = sum(1 for v in views if v.summary.get("lat") is not None)
        party_only = sum(1 for v in views if ONLY_PARTIES in v.cautions())
        lines = [
            f"{plural(len(views), 'happening')} (clusters of reports)"
            f"{f' of {self.total} selected' if self.capped else ''}, {multi} reported by two or more documents, "
            f"from {plural(len(self.documents), 'document')}.",
            f"{sum(1 for v in views if v.contradictions)} with figures that disagree; {party_only} asserted only "
            f"by parties to the conflict; {sum(1 for v in views if v.corroboration['disputed_by'])} disputed; "
            f"{sum(1 for v in views if v.corroboration['could_not_confirm'])} that could not be confirmed.",
            f"{located} with coordinates (on the map); {len(views) - located} without.",
        ]
        if self.negated:
            lines.append(f"Denied (negated) events the filters match: {self.negated}. They are in no cluster and not "
                         "in this report (eventwire events --status negated lists them).")
        return lines

    def capped_line(self) -> str:
        return (f"Only the {len(self.clusters)} most reported of {self.total} happenings are in this report "
                f"(at most {MAX_CLUSTERS}). Narrow the filters (--since, --until, --type, --min-documents) "
                "to see the rest.")


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 document', '3 documents'."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def date_range(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "date not given"
    if start == end or not end:
        return start or ""
    return f"{start or '…'} – {end}"


def describe_filters(flt: EventFilter) -> list[tuple[str, str]]:
    out = []
    for name, label in FILTER_LABELS:
        value = getattr(flt, name)
        if value not in (None, False, ""):
            out.append((label, "yes" if value is True else str(value)))
    return out


def _title(flt: EventFilter) -> str:
    where = flt.place or flt.country or flt.actor
    period = date_range(flt.since, flt.until) if (flt.since or flt.until) else ""
    if flt.since and not flt.until:
        period = f"since {flt.since}"
    elif flt.until and not flt.since:
        period = f"until {flt.until}"
    return "Situation report" + "".join(f" — {x}" for x in (where, period) if x)


def _dates(summary: dict[str, Any], reports: list[dict[str, Any]]) -> tuple[str | None, str | None, bool, bool]:
    """(start, end, stated, approximate): the days the reports state, or else the cluster's
    window (the linker's matching tolerance, wider than the happening)."""
    days = [((r.get("date") or {})["start"], (r.get("date") or {}).get("end") or (r.get("date") or {})["start"])
            for r in reports if (r.get("date") or {}).get("start")]
    if days:
        start, end = min(d[0] for d in days), max(d[1] for d in days)
    else:
        start, end = summary.get("date_start"), summary.get("date_end")
    try:
        wide = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days >= PRECISE_WINDOW_DAYS
    except (TypeError, ValueError):
        wide = False
    return start, end, bool(days), bool(start) and (wide or not days)


def _figure(side: dict[str, Any], reports: list[dict[str, Any]]) -> Figure:
    sentence, publisher = None, None
    for r in reports:
        if r["document_id"] != side["document_id"]:
            continue
        publisher = publisher or r.get("publisher")
        s = r.get("sentence") or {}
        if s and side["start"] is not None and s["start"] <= side["start"] and side["end"] <= s["end"]:
            sentence, publisher = s, r.get("publisher")
            break
    return Figure(value=side["value"], text=side["text"] or "", document_id=side["document_id"],
                  start=side["start"], end=side["end"], source=side.get("source"), as_of=side.get("as_of"),
                  publisher=publisher, sentence=sentence)


def _comparisons(found: list[dict[str, Any]], reports: list[dict[str, Any]]) -> list[Comparison]:
    return [Comparison(kind=x.get("kind") or "", why=x.get("why") or "", a=_figure(x["a"], reports),
                       b=_figure(x["b"], reports)) for x in found]


def cluster_view(n: int, detail: dict[str, Any]) -> ClusterView:
    summary, reports = detail["cluster"], detail["reports"]
    start, end, stated, approximate = _dates(summary, reports)
    return ClusterView(
        n=n, anchor=f"c{n}-{summary['id']}", summary=summary, corroboration=detail["corroboration"],
        reports=reports[:MAX_REPORTS_PER_CLUSTER], more_reports=max(0, len(reports) - MAX_REPORTS_PER_CLUSTER),
        contradictions=_comparisons(detail["contradictions"], reports),
        timeline=_comparisons(detail["timeline"], reports), start=start, end=end, stated=stated,
        approximate=approximate,
    )


def _documents(views: list[ClusterView]) -> list[dict[str, Any]]:
    """Every document the report quotes, once, in order of first citation."""
    seen: dict[str, dict[str, Any]] = {}
    for v in views:
        for r in v.reports:
            if r["document_id"] not in seen:
                seen[r["document_id"]] = {k: r.get(k) for k in ("document_id", "title", "publisher", "published",
                                                                 "url")} | {"clusters": []}
            if v.n not in seen[r["document_id"]]["clusters"]:
                seen[r["document_id"]]["clusters"].append(v.n)
    return list(seen.values())


def gather(store: Store, flt: EventFilter, min_documents: int = 1, title: str | None = None,
           generated: str | None = None) -> ReportData:
    """Select the clusters (most reported first, at most MAX_CLUSTERS) and read each whole."""
    limit = min(flt.limit, MAX_CLUSTERS) if flt.limit else MAX_CLUSTERS
    chosen = dataclasses.replace(flt, limit=limit, offset=flt.offset)
    rows = store.clusters(chosen, min_documents=min_documents)
    total = store.count_clusters(flt, min_documents=min_documents)
    if flt.limit:
        total = min(total, flt.limit)
    views: list[ClusterView] = []
    for row in rows:
        detail = store.cluster(row["id"])
        if detail is not None:
            views.append(cluster_view(len(views) + 1, detail))
    negated = None
    if flt.status is None:
        negated = store.count_events(dataclasses.replace(flt, status="negated", limit=None, offset=0))
    return ReportData(
        title=title or _title(flt), filters=describe_filters(flt), since=flt.since, until=flt.until,
        generated=generated or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), store=store.shown,
        min_documents=min_documents, clusters=views, total=total, negated=negated, documents=_documents(views),
    )
