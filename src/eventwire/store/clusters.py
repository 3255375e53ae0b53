"""Clusters in the database: a new document's events join the happenings already stored.

Linking runs inside the document's write transaction. Each event is compared only with
stored events of a compatible type whose date windows overlap its own (an indexed range on
``cluster_members``, capped at CANDIDATE_CAP), so the work per document does not grow with
the store. An event joins the cluster of its best-scoring match (no chaining through a third
event's cluster) or founds its own. When a document is rewritten, the clusters it was in are
re-linked among their remaining members, so nothing stays joined through a report that left.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, and_, delete, func, or_, select, update

from ..link import figures as fg
from ..link.keys import LinkKey, link_keys
from ..link.match import COARSER, WIDE_WINDOW_DAYS, best, compatible_types
from ..link.sources import assertions, corroboration
from . import schema as t
from .queries import EventFilter, event_query

CANDIDATE_CAP = 400  # stored events one new event is scored against, newest first
WIDE_LOOKBACK_DAYS = 400  # how far back a wide window (a year, a season) may start
MAX_COMPARED_MEMBERS = 60  # the newest members whose figures are compared pairwise in one cluster
MAX_CLUSTER_SPAN_DAYS = 62  # earliest to latest window of a cluster's narrow members: two undated months
m = t.cluster_members


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _words(value: str) -> frozenset[str]:
    return frozenset(w for w in value.split("|") if w)


def key_of(row: Any) -> LinkKey:
    """The LinkKey a member row stores."""
    return LinkKey(
        document_id=row.document_id, event_id=row.event_id, plover=row.plover,
        win_start=row.win_start, win_end=row.win_end, precise=bool(row.precise), dated=bool(row.dated),
        lat=row.lat, lon=row.lon, feature=row.feature, country=row.country, admin1=row.admin1,
        actors=_words(row.actors), targets=_words(row.targets), publisher=row.publisher,
        words=_words(row.words), named=bool(row.named),
    )


def _types(plover: str) -> list[str]:
    return sorted({plover} | {b for a, b in compatible_types() if a == plover})


def candidates(conn: Connection, key: LinkKey) -> list[Any]:
    """Stored members that could be one happening with ``key``: compatible type, windows
    overlapping, another document. Two indexed ranges on (type, wide, window start): narrow
    windows start at most WIDE_WINDOW_DAYS before ``key``'s, wide ones (a year, a season) at
    most WIDE_LOOKBACK_DAYS; each the newest CANDIDATE_CAP, so the work per event is bounded
    however large the store."""
    if not key.win_start or not key.win_end:
        return []
    start = dt.date.fromisoformat(key.win_start)
    found: list[Any] = []
    for wide, back in ((False, WIDE_WINDOW_DAYS + 1), (True, WIDE_LOOKBACK_DAYS)):
        since = (start - dt.timedelta(days=back)).isoformat()
        query = (select(m).where(m.c.plover.in_(_types(key.plover)), m.c.wide.is_(wide),
                                 m.c.win_start >= since, m.c.win_start <= key.win_end,
                                 m.c.win_end >= key.win_start, m.c.document_id != key.document_id)
                 # "seq + 0": sorted after the range is read, never by walking the seq index
                 .order_by((m.c.seq + 0).desc()).limit(CANDIDATE_CAP))
        found += conn.execute(query).all()
    found.sort(key=lambda row: row.seq)  # oldest first: of equals, the earliest report wins
    return found[-CANDIDATE_CAP:]


def _cluster_id(conn: Connection, key: LinkKey, salt: int = 0) -> str:
    """A new cluster's id, from its founding report (stable across re-runs of one store); a
    report that founds again after its old cluster kept the id gets a salted one."""
    while True:
        digest = hashlib.sha1(f"{key.document_id}\x1f{key.event_id}\x1f{salt or ''}".encode()).hexdigest()
        cid = f"k{digest[:12]}"
        used = conn.execute(select(m.c.cluster_id).where(m.c.cluster_id == cid).limit(1)).first() or \
            conn.execute(select(t.clusters.c.id).where(t.clusters.c.id == cid)).first()
        if not used:
            return cid
        salt += 1


def best_match(key: LinkKey, rows: Iterable[Any]) -> Any | None:
    """The stored member linking ``key`` best (see :func:`eventwire.link.match.best`)."""
    return best(key, [(key_of(row), row) for row in rows])


def _fits(conn: Connection, cluster_id: str, key: LinkKey) -> bool:
    """A cluster keeps to one happening's time: joining must not stretch its members'
    windows past MAX_CLUSTER_SPAN_DAYS (reports of repeated strikes on one town, each like
    the last, would otherwise chain into one cluster over months)."""
    if not key.win_start or not key.win_end:
        return True
    lo, hi = conn.execute(select(func.min(m.c.win_start), func.max(m.c.win_end))
                          .where(m.c.cluster_id == cluster_id, m.c.wide.is_(False))).one()
    if lo is None or key.days > WIDE_WINDOW_DAYS:
        return True
    span = dt.date.fromisoformat(max(hi, key.win_end)) - dt.date.fromisoformat(min(lo, key.win_start))
    return span.days < MAX_CLUSTER_SPAN_DAYS


def _member_values(key: LinkKey, cluster_id: str, seq: int, event: dict[str, Any],
                   place_name: str | None, published: str | None, figures: list[fg.Figure],
                   assertion: dict[str, Any]) -> dict[str, Any]:
    date = event.get("date") or {}
    return {
        "document_id": key.document_id, "event_id": key.event_id, "cluster_id": cluster_id, "seq": seq,
        "plover": key.plover, "win_start": key.win_start, "win_end": key.win_end,
        "precise": key.precise, "dated": key.dated, "wide": key.days > WIDE_WINDOW_DAYS, "lat": key.lat, "lon": key.lon,
        "feature": key.feature, "country": key.country, "admin1": key.admin1, "place_name": place_name,
        "actors": "|".join(sorted(key.actors)), "targets": "|".join(sorted(key.targets)),
        "words": "|".join(sorted(key.words)), "named": key.named,
        "publisher": key.publisher, "published": published,
        "figures": json.dumps([_figure_dict(f) for f in figures], ensure_ascii=False),
        "assertion": json.dumps({**assertion, "date": date.get("start") and [date.get("start"), date.get("end")],
                                 "trigger": event["trigger"]["text"]}, ensure_ascii=False),
    }


def _figure_dict(f: fg.Figure) -> dict[str, Any]:
    return {"value": f.value, "kind": f.kind, "unit": f.unit, "bound": f.bound, "as_of": f.as_of,
            "text": f.text, "start": f.start, "end": f.end, "source": f.source, "scope": f.scope,
            "high": f.high}


def _figures(row: Any) -> list[fg.Figure]:
    return [fg.Figure(document_id=row.document_id, event_id=row.event_id, **d) for d in json.loads(row.figures)]


def unlink_document(conn: Connection, doc_id: str) -> set[str]:
    """Take a document out of its clusters; the ids of the clusters it was in."""
    affected = set(conn.execute(select(m.c.cluster_id).where(m.c.document_id == doc_id)).scalars())
    conn.execute(delete(m).where(m.c.document_id == doc_id))
    conn.execute(delete(t.contradictions).where(or_(t.contradictions.c.document_id == doc_id,
                                                    t.contradictions.c.b_document == doc_id)))
    return affected


def link_document(conn: Connection, record: dict[str, Any]) -> set[str]:
    """Link a just-written record's events into the store's clusters; the clusters touched."""
    keys = link_keys(record)
    if not keys:
        return set()
    events = {e["id"]: e for e in record.get("events") or []}
    places = {p["id"]: p for p in record.get("places") or []}
    figures = fg.figures_of(record)
    said = assertions(record)
    published = (record.get("document") or {}).get("published")
    seq = int(conn.execute(select(func.coalesce(func.max(m.c.seq), 0))).scalar() or 0)
    touched: set[str] = set()
    rows = []
    for key in keys:
        match = best_match(key, candidates(conn, key))
        if match is not None and not _fits(conn, match.cluster_id, key):
            match = None
        cluster_id = match.cluster_id if match is not None else _cluster_id(conn, key)
        seq += 1
        event = events[key.event_id]
        place = places.get((event.get("location") or {}).get("place") or "")
        rows.append(_member_values(key, cluster_id, seq, event, (place or {}).get("name"), published,
                                   figures.get(key.event_id, []), said[key.event_id]))
        touched.add(cluster_id)
    conn.execute(m.insert(), rows)
    _within_document(conn, record["id"], figures)
    return touched


def _within_document(conn: Connection, doc_id: str, figures: dict[str, list[fg.Figure]]) -> None:
    """Near-equal counts of one kind for one event that still disagree (a headline's 2429
    against a body's 2,439)."""
    rows = []
    for event_figures in figures.values():
        for i, a in enumerate(event_figures):
            for b in event_figures[i + 1:]:
                verdict = fg.within_document(a, b)
                if verdict.kind == "contradiction":
                    rows.append(_contradiction_row(None, verdict, a, b))
    if rows:
        conn.execute(t.contradictions.insert(), rows)


def _contradiction_row(cluster_id: str | None, verdict: fg.Verdict, a: fg.Figure, b: fg.Figure) -> dict[str, Any]:
    return {
        "document_id": a.document_id, "cluster_id": cluster_id, "verdict": verdict.kind, "kind": a.kind,
        "why": verdict.why,
        "a_event": a.event_id, "a_value": a.value, "a_text": a.text, "a_start": a.start, "a_end": a.end,
        "a_source": a.source, "a_as_of": a.as_of,
        "b_document": b.document_id, "b_event": b.event_id, "b_value": b.value, "b_text": b.text,
        "b_start": b.start, "b_end": b.end, "b_source": b.source, "b_as_of": b.as_of,
    }


def relink(conn: Connection, cluster_ids: Iterable[str]) -> set[str]:
    """Re-link the remaining members of clusters that lost one, in their original order:
    a cluster held together by a departed report splits. The clusters now holding them."""
    out: set[str] = set()
    for cid in sorted(set(cluster_ids)):
        rows = list(conn.execute(select(m).where(m.c.cluster_id == cid).order_by(m.c.seq)))
        placed: list[tuple[Any, str]] = []
        for row in rows:
            key = key_of(row)
            best = best_match(key, [r for r, _ in placed])
            new_id = cid if not placed else (dict((r.seq, c) for r, c in placed)[best.seq] if best is not None
                                             else _cluster_id(conn, key))
            placed.append((row, new_id))
            if new_id != row.cluster_id:
                conn.execute(update(m).where(m.c.document_id == row.document_id, m.c.event_id == row.event_id)
                             .values(cluster_id=new_id))
            out.add(new_id)
        if not rows:
            conn.execute(delete(t.clusters).where(t.clusters.c.id == cid))
    return out


def refresh(conn: Connection, cluster_ids: Iterable[str]) -> None:
    """Recompute each cluster's summary row and its cross-document figure comparisons."""
    c = t.contradictions
    for cid in sorted(set(cluster_ids)):
        rows = list(conn.execute(select(m).where(m.c.cluster_id == cid).order_by(m.c.seq)))
        conn.execute(delete(c).where(c.c.cluster_id == cid))
        if not rows:
            conn.execute(delete(t.clusters).where(t.clusters.c.id == cid))
            continue
        found = _compare_members(cid, rows[-MAX_COMPARED_MEMBERS:])
        if found:
            conn.execute(c.insert(), found)
        summary = summarize(rows)
        members = {(r.document_id, r.event_id) for r in rows}
        within = conn.execute(select(c.c.document_id, c.c.a_event).where(
            c.c.cluster_id.is_(None), c.c.verdict == "contradiction",
            c.c.document_id.in_(sorted({d for d, _ in members})))).all()
        summary["contradictions"] = sum(1 for r in found if r["verdict"] == "contradiction") + \
            sum(1 for w in within if (w.document_id, w.a_event) in members)
        values = {"id": cid, **summary, "updated_at": _now()}
        if conn.execute(select(t.clusters.c.id).where(t.clusters.c.id == cid)).first():
            conn.execute(update(t.clusters).where(t.clusters.c.id == cid).values(**values))
        else:
            conn.execute(t.clusters.insert().values(**values))


def _compare_members(cid: str, rows: list[Any]) -> list[dict[str, Any]]:
    found = []
    figs = [(row.document_id, _figures(row)) for row in rows]
    for i, (doc_a, fa) in enumerate(figs):
        for doc_b, fb in figs[i + 1:]:
            if doc_a == doc_b:
                continue
            for a in fa:
                for b in fb:
                    verdict = fg.compare(a, b)
                    if verdict.kind in ("contradiction", "timeline"):
                        found.append(_contradiction_row(cid, verdict, a, b))
    return found


def summarize(rows: list[Any]) -> dict[str, Any]:
    """A cluster's type (the commonest), date (where the dated members agree), place (the
    finest one given) and counts."""
    plover = Counter(r.plover for r in rows).most_common(1)[0][0]
    said = [{**json.loads(r.assertion), "document_id": r.document_id} for r in rows]
    # The reports' own dates (not the widened windows), where they agree; else their span.
    ranges = [(a["date"][0], a["date"][1] or a["date"][0]) for a in said if a.get("date")]
    if not ranges:  # none dated by its text: the windows (the month before publication)
        ranges = [(r.win_start, r.win_end) for r in rows if r.win_start]
    start = max((a for a, _ in ranges), default=None)
    end = min((b for _, b in ranges), default=None)
    if start and end and start > end:
        start, end = min(a for a, _ in ranges), max(b for _, b in ranges)
    located = [r for r in rows if r.lat is not None]
    place = min(located, key=lambda r: COARSER.index(r.feature) if r.feature in COARSER
                else len(COARSER)) if located else None
    return {
        "plover": plover, "date_start": start, "date_end": end,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "place": place.place_name if place else None, "country": place.country if place else None,
        "events": len(rows), "documents": len({r.document_id for r in rows}),
        "sources": corroboration(said)["independent_sources"],
    }


def update_links(conn: Connection, doc_id: str, record: dict[str, Any] | None, affected: set[str]) -> None:
    """After a document's rows were replaced: re-link what it left, link what it brings."""
    touched = relink(conn, affected) if affected else set()
    if record is not None:
        touched |= link_document(conn, record)
    refresh(conn, touched | affected)


# -- reading ---------------------------------------------------------------------------
def cluster_query(flt: EventFilter, min_documents: int = 1) -> Any:
    """Clusters holding at least one event the filter selects (the events' filter model, so
    --place, --since, --type ... mean the same here), most reported first."""
    cl = t.clusters
    query = select(cl).where(cl.c.documents >= min_documents)
    whole = replace(flt, limit=None, offset=0)
    if whole != EventFilter():  # a filter was given: clusters holding an event it selects
        ev = event_query(whole).subquery()
        members = (select(m.c.cluster_id).join(ev, and_(ev.c.document_id == m.c.document_id,
                                                        ev.c.id == m.c.event_id)))
        query = query.where(cl.c.id.in_(members))
    query = query.order_by(cl.c.documents.desc(), cl.c.date_start.desc(), cl.c.id)
    if flt.limit:
        query = query.limit(flt.limit)
    if flt.offset:
        query = query.offset(flt.offset)
    return query


def _side(row: Any, prefix: str, doc_id: str) -> dict[str, Any]:
    return {"document_id": doc_id, "event_id": row[f"{prefix}_event"], "value": row[f"{prefix}_value"],
            "text": row[f"{prefix}_text"], "start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"],
            "source": row[f"{prefix}_source"], "as_of": row[f"{prefix}_as_of"]}


def contradiction_dict(row: Any) -> dict[str, Any]:
    """A stored comparison: both figures with their spans (each into its own document's
    text) and sources."""
    r = row._mapping
    return {"verdict": r["verdict"], "kind": r["kind"], "why": r["why"], "cluster": r["cluster_id"],
            "a": _side(r, "a", r["document_id"]), "b": _side(r, "b", r["b_document"])}


def contradictions_of(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    """Every stored comparison a document takes part in, on either side."""
    c = t.contradictions
    rows = conn.execute(select(c).where(or_(c.c.document_id == doc_id, c.c.b_document == doc_id))
                        .order_by(c.c.cluster_id, c.c.a_start))
    return [contradiction_dict(r) for r in rows]


def clusters_of(conn: Connection, doc_id: str) -> dict[str, str]:
    """event id -> cluster id for one document."""
    return {r.event_id: r.cluster_id for r in conn.execute(
        select(m.c.event_id, m.c.cluster_id).where(m.c.document_id == doc_id))}


def cluster_detail(conn: Connection, cluster_id: str) -> dict[str, Any] | None:
    """A cluster's summary, its reports (oldest link first) with their sentences, the
    corroboration by side, and the figures that disagree or tell a timeline."""
    head = conn.execute(select(t.clusters).where(t.clusters.c.id == cluster_id)).first()
    if head is None:
        return None
    e, d = t.events, t.documents
    rows = conn.execute(
        select(m, e.c.actor_name, e.c.target_name, e.c.location_text, e.c.date_start, e.c.date_end,
               e.c.date_precision, e.c.status, d.c.title, d.c.url)
        .join(e, and_(e.c.document_id == m.c.document_id, e.c.id == m.c.event_id))
        .join(d, d.c.id == m.c.document_id)
        .where(m.c.cluster_id == cluster_id).order_by(m.c.seq)
    ).all()
    reports, said = [], []
    for r in rows:
        a = json.loads(r.assertion)
        said.append({**a, "document_id": r.document_id})
        reports.append({
            "document_id": r.document_id, "event_id": r.event_id, "plover": r.plover,
            "title": r.title, "publisher": r.publisher, "published": r.published, "url": r.url,
            "trigger": a.get("trigger"), "sentence": a.get("sentence"), "source": a.get("source"),
            "via": a.get("via"), "party": a.get("party"), "verification": a.get("verification"),
            "actor": r.actor_name, "target": r.target_name, "location": r.location_text, "place": r.place_name,
            "date": {"start": r.date_start, "end": r.date_end, "precision": r.date_precision},
            "status": r.status,
        })
    c = t.contradictions
    member_keys = [(r.document_id, r.event_id) for r in rows]
    found = conn.execute(select(c).where(or_(
        c.c.cluster_id == cluster_id,
        and_(c.c.cluster_id.is_(None), c.c.document_id.in_([k[0] for k in member_keys]))))).all()
    found = [f for f in found if f.cluster_id == cluster_id or (f.document_id, f.a_event) in member_keys]
    compared = [contradiction_dict(f) for f in found]
    return {
        "cluster": dict(head._mapping),
        "reports": reports,
        "corroboration": corroboration(said),
        "contradictions": [x for x in compared if x["verdict"] == "contradiction"],
        "timeline": [x for x in compared if x["verdict"] == "timeline"],
    }
