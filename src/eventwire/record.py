"""The one record type that flows through every stage (``../shared/contract/RECORD.md``).

Every stage takes a :class:`Record`, fills the part it owns and returns it, the way
spaCy components pass a ``Doc`` along. Offsets in every :class:`Span` are Python ``str``
indices into ``record.document.text``; :func:`make_span` is the only sanctioned way to
build one from offsets, so ``text[start:end] == span.text`` holds by construction.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "eventwire.record/1"

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FACILITY", "MILITARY_UNIT", "NORP", "OTHER")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
PLACE_FEATURES = (
    "country", "admin1", "admin2", "city", "locality", "facility", "region", "water", "other",
)
DATE_PRECISIONS = ("day", "month", "year", "range", "unknown")
EVENT_STATUSES = ("asserted", "hedged", "negated", "planned", "unverified")
# ACLED's sub-event types and their event types, spelled as RECORD.md spells them.
ACLED_SUB_TO_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
VERIFICATION_STATUSES = ("unconfirmed", "confirmed", "disputed")


@dataclass(slots=True)
class Span:
    """Evidence: a stretch of ``document.text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


def make_span(text: str, start: int, end: int) -> Span:
    """A span over ``text[start:end]``; offsets are clamped into the text."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Span(text[start:end], start, end)


def trim_offsets(text: str, start: int, end: int, chars: str = " \t\r\n") -> tuple[int, int]:
    """``start``/``end`` moved in past leading and trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def trim_span(text: str, start: int, end: int, chars: str = " \t\r\n") -> Span:
    """Like :func:`make_span` but without leading/trailing ``chars``."""
    return make_span(text, *trim_offsets(text, start, end, chars))


@dataclass(slots=True)
class Role:
    """Who or what fills a role: the words, plus the entity they name."""

    span: Span
    name: str
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "entity": self.entity, "name": self.name}


@dataclass(slots=True)
class Removal:
    """Something cleaning took out: offsets into the *input* text, and why."""

    start: int
    end: int
    reason: str
    text: str = ""
    replacement: str = ""  # what took its place in document.text ("&amp;" -> "&"); usually ""

    def to_dict(self) -> dict[str, Any]:
        # ``text`` is kept for humans; it is an extra key, offsets point into the input.
        return {"start": self.start, "end": self.end, "reason": self.reason, "removed": self.text,
                "replacement": self.replacement}


@dataclass(slots=True)
class DocumentInfo:
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "und"
    removed: list[Removal] = field(default_factory=list)
    author: str | None = None
    duplicate_of: str | None = None
    source: str | None = None  # where it came from: "path:line" or "path#record"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published": self.published,
            "language": self.language or "und",
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "author": self.author,
            "duplicate_of": self.duplicate_of,
            "source": self.source,
        }


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    kb_id: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "kb_id": self.kb_id,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float
    feature: str
    entity: str | None = None
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    mentions: list[Span] = field(default_factory=list)
    provenance: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "entity": self.entity,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "country": self.country,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class EventDate:
    start: str | None
    end: str | None
    precision: str
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass(slots=True)
class Quantity:
    value: float
    kind: str
    span: Span
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "kind": self.kind, "unit": self.unit, **self.span.to_dict()}


@dataclass(slots=True)
class Location:
    span: Span
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, **self.span.to_dict()}


@dataclass(slots=True)
class EventMention:
    """One place in the text that reports an event: its trigger and its sentence."""

    trigger: Span
    sentence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"trigger": self.trigger.to_dict(), "sentence": self.sentence.to_dict()}


@dataclass(slots=True)
class Event:
    id: str
    plover: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    cameo: str | None = None
    acled: dict[str, str] | None = None
    actor: Role | None = None
    target: Role | None = None
    location: Location | None = None
    date: EventDate | None = None
    quantities: list[Quantity] = field(default_factory=list)
    status: str = "asserted"
    claim: str | None = None
    confidence: float = 0.5
    mentions: list[EventMention] = field(default_factory=list)  # every report of it, its own first

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "plover": self.plover,
            "mode": self.mode,
            "cameo": self.cameo,
            "acled": dict(self.acled) if self.acled else None,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "actor": self.actor.to_dict() if self.actor else None,
            "target": self.target.to_dict() if self.target else None,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "status": self.status,
            "claim": self.claim,
            "confidence": round(float(min(1.0, max(0.0, self.confidence))), 4),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Verification:
    status: str
    span: Span
    by: Role | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "by": self.by.to_dict() if self.by else None,
            **self.span.to_dict(),
        }


@dataclass(slots=True)
class Claim:
    id: str
    content: Span
    source: Role | None = None
    cue: Span | None = None
    via: list[Role] = field(default_factory=list)
    hedged: bool = False
    verification: Verification | None = None
    party_to_conflict: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "via": [v.to_dict() for v in self.via],
            "hedged": self.hedged,
            "verification": self.verification.to_dict() if self.verification else None,
            "party_to_conflict": self.party_to_conflict,
        }


@dataclass(slots=True)
class Record:
    """One document and everything read from it.

    ``doc`` holds the spaCy ``Doc`` of ``document.text`` once the NLP stage has run; it
    is never serialized. ``input_text`` is what cleaning started from (``removed``
    offsets point into it). ``skipped`` names why extraction stages left it alone
    (a non-English document, a republished copy).
    """

    id: str
    document: DocumentInfo
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    input_text: str = ""
    doc: Any = None
    skipped: str | None = None
    notes: list[str] = field(default_factory=list)
    _index: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            # An addition the contract allows: what a stage had to guess or give up, in words.
            "notes": list(self.notes),
        }

    # Lookups other stages need -------------------------------------------------------
    def entity_by_id(self, entity_id: str | None) -> Entity | None:
        return None if entity_id is None else self._ids("entity_ids", self.entities).get(entity_id)

    def place_by_id(self, place_id: str | None) -> Place | None:
        return None if place_id is None else self._ids("place_ids", self.places).get(place_id)

    def _ids(self, kind: str, items: list[Any]) -> dict[str, Any]:
        """Items by id, rebuilt when the list is replaced or grows (as ``_spans``)."""
        key = (id(items), len(items))
        by_id = self._index.get(kind)
        if by_id is None or by_id[0] != key:
            by_id = (key, {item.id: item for item in items})
            self._index[kind] = by_id
        return by_id[1]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``, longest overlap first."""
        return self._spans("entities", self.entities).most_overlapping(start, end)

    def place_for_entity(self, entity_id: str | None) -> Place | None:
        """The first place that names the entity (indexed like the ids: rows compare many
        pairs of roles)."""
        if entity_id is None:
            return None
        key = (id(self.places), len(self.places))
        cached = self._index.get("place_of_entity")
        if cached is None or cached[0] != key:
            first: dict[str, Place] = {}
            for place in self.places:
                if place.entity is not None:
                    first.setdefault(place.entity, place)
            cached = (key, first)
            self._index["place_of_entity"] = cached
        return cached[1].get(entity_id)

    def place_at(self, start: int, end: int) -> Place | None:
        """The place with a mention overlapping ``[start, end)``, longest overlap first."""
        return self._spans("places", self.places).most_overlapping(start, end)

    def place_mentions_between(self, lo: int, hi: int) -> list[tuple[Place, Span]]:
        """Every place mention starting in ``[lo, hi]``, in text order."""
        return self._spans("places", self.places).starting_between(lo, hi)

    def entity_mentions_between(self, lo: int, hi: int) -> list[tuple[Entity, Span]]:
        """Every entity mention starting in ``[lo, hi]``, in text order."""
        return self._spans("entities", self.entities).starting_between(lo, hi)

    def _spans(self, kind: str, items: list[Any]) -> _SpanIndex:
        """An index of the items' mentions, rebuilt when the list is replaced or grows: the
        lookups stay logarithmic however long the document (a linear scan per lookup made
        long texts quadratic)."""
        key = (id(items), len(items))
        index = self._index.get(kind)
        if index is None or index.key != key:
            index = _SpanIndex(key, items)
            self._index[kind] = index
        return index


class _SpanIndex:
    """Mentions of entities or places sorted by start, for overlap queries."""

    def __init__(self, key: tuple[int, int], items: list[Any]) -> None:
        self.key = key
        self.entries = sorted(((m.start, m.end, order, k), m, item) for order, item in enumerate(items)
                              for k, m in enumerate(item.mentions))
        self.starts = [e[0][0] for e in self.entries]
        self.longest = max((e[0][1] - e[0][0] for e in self.entries), default=0)

    def _near(self, start: int, end: int) -> list[tuple[tuple[int, int, int, int], Span, Any]]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return self.entries[lo:hi]

    def most_overlapping(self, start: int, end: int) -> Any:
        best, best_key = None, (0, 0, 0)
        for (m_start, m_end, order, _), _, item in self._near(start, end):
            overlap = min(end, m_end) - max(start, m_start)
            # the longest overlap, then the longer mention ("northern Syria" over the "Syria"
            # inside it: the words read as the part), then the first item, as a scan would
            key = (overlap, m_end - m_start, -order)
            if overlap > 0 and key > best_key:
                best, best_key = item, key
        return best

    def starting_between(self, lo: int, hi: int) -> list[tuple[Any, Span]]:
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_right(self.starts, hi)
        return [(item, mention) for _, mention, item in self.entries[a:b]]


def input_hash(record: Record, extraction_key: str) -> str:
    """The cleaned document (less ``duplicate_of``, which the writing run decides) and the
    extraction settings, hashed: a stored document with the same id and this hash would be
    extracted to the same record, so a --dask rerun skips it without parsing it."""
    document = record.document.to_dict()
    document.pop("duplicate_of", None)
    blob = json.dumps([document, extraction_key], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()
