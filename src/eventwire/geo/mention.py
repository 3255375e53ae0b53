"""A place mention as the geo stage reads it: words, the names looked up, the candidates.

Its own module so that the stage's readings in other modules (:mod:`.unnamed`) build the
same mentions the stage resolves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Candidate

TOWN_FEATURES = frozenset({"city", "locality", "facility"})  # places that are no division


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    key: str  # the name looked up
    origin: str  # ner | demonym | name | embedded | capital | scan | spelling | country
    entity: str | None = None
    candidates: tuple[Candidate, ...] = ()
    qualifier: tuple[Candidate, ...] = field(default_factory=tuple)
    weak: bool = False  # a small place found without the tagger: kept only if supported
    country: str | None = None  # the knowledge base's country for the entity, when linked
