"""Event queries: the filters the CLI and the API offer, built once here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, false, func, or_, select

from ..record import ACLED_SUB_TO_TYPE, EVENT_STATUSES, PLOVER_TYPES
from . import schema as t

ACLED_NAMES = frozenset(ACLED_SUB_TO_TYPE) | frozenset(ACLED_SUB_TO_TYPE.values())

MAX_NAMED_PLACES = 50  # stored places a --place name may stand for
MAX_FILTER_CHARS = 200  # longer filter words are an error, not a slow query
STATUSES = frozenset(EVENT_STATUSES)
# Quantity kinds that count deaths (ACLED's fatalities column); the largest stated figure wins.
FATALITY_KINDS = ("killed", "dead", "deaths", "fatalities")


class FilterError(ValueError):
    """A bad filter value; ``name`` is the filter's field (the API's query parameter)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(slots=True)
class EventFilter:
    plover: str | None = None  # PLOVER type, e.g. ASSAULT
    acled: str | None = None  # ACLED event type or sub-event type
    since: str | None = None  # YYYY-MM-DD: events ending on or after
    until: str | None = None  # YYYY-MM-DD: events starting on or before
    actor: str | None = None  # substring of the actor's (or target's) name
    place: str | None = None  # substring of the place name or location words
    country: str | None = None  # ISO 3166 alpha-2 of the event's place, exactly ("UA" is not "Guatemala")
    status: str | None = None  # asserted|hedged|negated|planned|unverified
    party_only: bool = False  # asserted only by a party to the conflict
    document: str | None = None
    min_confidence: float | None = None
    copies: bool = False  # also events read from republished copies (counted once otherwise)
    limit: int | None = None
    offset: int = 0  # rows skipped first (pagination)
    located: bool = False  # only events with coordinates (a map's: the limit counts those)

    def __post_init__(self) -> None:
        """Every endpoint and command filters through here, so the checks live here: dates
        are dates (not strings compared as strings), words are bounded and printable."""
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    ok = len(value) == 10 and dt.date.fromisoformat(value) is not None
                except ValueError:
                    ok = False
                if not ok:
                    raise FilterError(name, f"{name} must be a date YYYY-MM-DD, got {value[:40]!r}")
        for name in ("plover", "acled", "actor", "place", "status", "document"):
            value = getattr(self, name)
            if value is None:
                continue
            if len(value) > MAX_FILTER_CHARS:
                raise FilterError(name, f"{name} is over {MAX_FILTER_CHARS} characters")
            if any(ord(c) < 32 for c in value):
                raise FilterError(name, f"{name} holds a control character")
        for name in ("limit", "offset"):
            if (getattr(self, name) or 0) < 0:
                raise FilterError(name, f"{name} must not be negative")
        if self.status is not None and self.status not in STATUSES:
            raise FilterError("status", f"status must be one of {', '.join(sorted(STATUSES))}")
        if self.plover is not None and self.plover.upper() not in PLOVER_TYPES:
            raise FilterError("plover", f"plover type must be one of the PLOVER types: {', '.join(PLOVER_TYPES)}")
        if self.country is not None and not (len(self.country) == 2 and self.country.isalpha()):
            raise FilterError("country", f"country must be an ISO 3166 alpha-2 code, got {self.country[:40]!r}")
        if self.acled is not None and self.acled not in ACLED_NAMES:
            raise FilterError("acled", "acled must be an ACLED event type or sub-event type, spelled as ACLED does: "
                             + "; ".join(sorted(ACLED_NAMES)))


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


NEAR_FEATURES = ("city", "locality", "admin2", "facility")  # places that hold what lies near them
NEAR_BOX = 0.25  # degrees around such a place (about 25 km): a town and what stands in it


def _place_condition(place: str, e: Any, p: Any) -> Any:
    """Events at a place named like ``place``, or inside it: its province (admin1), its
    country (a name or an ISO code), or near a town of that name ("Mariupol" holds the
    Azovstal works). Nearness is a box of NEAR_BOX degrees around each stored place so named."""
    pattern = _like(place)
    named = or_(p.c.name.ilike(pattern, escape="\\"), e.c.location_text.ilike(pattern, escape="\\"),
                p.c.admin1.ilike(pattern, escape="\\"))
    other = t.places.alias("named")  # the places so named, anywhere in the store
    towns = (select(other.c.lat, other.c.lon, other.c.feature, other.c.country)
             .where(other.c.name.ilike(pattern, escape="\\")).distinct().limit(MAX_NAMED_PLACES).subquery())
    near = exists().where(
        towns.c.feature.in_(NEAR_FEATURES),
        p.c.lat.between(towns.c.lat - NEAR_BOX, towns.c.lat + NEAR_BOX),
        p.c.lon.between(towns.c.lon - NEAR_BOX, towns.c.lon + NEAR_BOX),
    )
    in_country = exists().where(towns.c.feature == "country", p.c.country == towns.c.country)
    by_code = p.c.country == place.upper() if len(place) == 2 and place.isalpha() else false()
    return or_(named, near, in_country, by_code)


def event_query(flt: EventFilter) -> Select:
    e, d, p, c, q = t.events, t.documents, t.places, t.claims, t.quantities
    cm, cl = t.cluster_members, t.clusters
    fatalities = (select(func.max(q.c.value)).where(q.c.document_id == e.c.document_id, q.c.event_id == e.c.id,
                                                   q.c.kind.in_(FATALITY_KINDS))
                  .scalar_subquery())
    query = (
        select(
            e.c.document_id, e.c.id, e.c.plover, e.c.mode, e.c.cameo,
            e.c.acled_event_type, e.c.acled_sub_event_type, e.c.trigger,
            e.c.actor_name, e.c.target_name, e.c.location_text,
            p.c.name.label("place"), p.c.lat, p.c.lon, p.c.country, p.c.admin1,
            e.c.date_start, e.c.date_end, e.c.date_precision, e.c.status, e.c.confidence,
            e.c.mentions, c.c.source_name.label("claim_source"), c.c.via.label("claim_via"),
            c.c.party_to_conflict, c.c.verification_status,
            d.c.title, d.c.publisher, d.c.url, d.c.published, fatalities.label("fatalities"),
            cm.c.cluster_id, cl.c.documents.label("cluster_documents"),
        )
        .select_from(
            e.join(d, d.c.id == e.c.document_id)
            .outerjoin(p, and_(p.c.document_id == e.c.document_id, p.c.id == e.c.place_id))
            .outerjoin(c, and_(c.c.document_id == e.c.document_id, c.c.id == e.c.claim_id))
            .outerjoin(cm, and_(cm.c.document_id == e.c.document_id, cm.c.event_id == e.c.id))
            .outerjoin(cl, cl.c.id == cm.c.cluster_id)
        )
        .order_by(e.c.date_start.is_(None), e.c.date_start, e.c.document_id, e.c.id)
    )
    conds = []
    if flt.plover:
        conds.append(e.c.plover == flt.plover.upper())
    if flt.acled:
        conds.append(or_(e.c.acled_event_type == flt.acled, e.c.acled_sub_event_type == flt.acled))
    if flt.since:
        conds.append(or_(e.c.date_end >= flt.since, and_(e.c.date_end.is_(None), e.c.date_start >= flt.since)))
    if flt.until:
        conds.append(e.c.date_start <= flt.until)
    if flt.actor:
        pattern = _like(flt.actor)
        conds.append(or_(e.c.actor_name.ilike(pattern, escape="\\"),
                         e.c.target_name.ilike(pattern, escape="\\")))
    if flt.place:
        conds.append(_place_condition(flt.place, e, p))
    if flt.country:
        conds.append(p.c.country == flt.country.upper())
    if flt.status:
        conds.append(e.c.status == flt.status)
    if flt.party_only:
        # Asserted by a party: the event's claim is a party's, and nothing else supports it.
        conds.append(c.c.party_to_conflict.is_(True))
    if flt.document:
        conds.append(e.c.document_id == flt.document)
    if flt.min_confidence is not None:
        conds.append(e.c.confidence >= flt.min_confidence)
    if flt.located:
        conds.append(p.c.lat.is_not(None))
    if not flt.copies and not flt.document:
        # a copy whose original is not in the store stands for it
        originals = select(t.documents.c.id).scalar_subquery()
        conds.append(or_(d.c.duplicate_of.is_(None), d.c.duplicate_of.not_in(originals)))
    if conds:
        query = query.where(and_(*conds))
    if flt.limit:
        query = query.limit(flt.limit)
    if flt.offset:
        query = query.offset(flt.offset)
    return query


__all__ = ["EventFilter", "event_query"]
