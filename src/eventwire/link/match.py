"""Are two events from different documents one happening? A score from type, date, place
and parties, or None when any of them rules it out.

Each field gives evidence for (two reports on the same day, at the same place, naming the
same party) or rules the pair out (different types, windows that miss each other, places
farther apart than their level allows, both sides named and none shared). A pair links
when the evidence reaches LINK_THRESHOLD; the weights are named below.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from .keys import LinkKey, distance_km

# How far apart two reports' places may be, by the coarser place's level (km).
RADIUS_KM = {
    "facility": 25.0, "locality": 50.0, "city": 50.0, "admin2": 120.0, "admin1": 400.0,
    "water": 500.0, "region": 2000.0, "other": 300.0,
}
COARSER = ("facility", "locality", "city", "admin2", "other", "admin1", "water", "country", "region")
SAME_TYPE, COMPATIBLE_TYPE = 1.0, 0.5
SAME_DAY, SAME_WINDOW, UNDATED = 1.0, 0.5, 0.25
SAME_PLACE, SAME_COUNTRY_ONLY, ONE_PLACE_MISSING = 1.0, 0.25, 0.0
SHARED_PARTY = 1.0
SHARED_SECOND_PARTY = 0.5  # both the actors and the targets shared
DIFFERENT_PARTIES = -1.0  # both sides name an actor (not a known entity), no word in common
SHARED_ACROSS_ROLES = 0.75  # one report's actor is another's target (passives, "X's arrest")
SHARED_WORDS, NO_SHARED_WORDS = 0.5, -0.5
WORDS_SHARED_AT, WORDS_APART_BELOW = 0.15, 0.05  # Jaccard of the two sentences' content words
WIDE_WINDOW_DAYS = 31  # wider than this (a year, "since February"), a link needs a shared party
LINK_THRESHOLD = 2.5
T = TypeVar("T")
# Types whose parties are interchangeable (A met B = B met A).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # not ASSAULT: a shelling has a direction


@lru_cache(maxsize=1)
def compatible_types() -> frozenset[tuple[str, str]]:
    """Pairs of PLOVER types one happening is coded as in different reports (a data file)."""
    pairs: set[tuple[str, str]] = set()
    text = resources.files("eventwire").joinpath("data", "link", "compatible_types.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            pairs |= {(row["a"], row["b"]), (row["b"], row["a"])}
    return frozenset(pairs)


def type_score(a: str, b: str) -> float | None:
    if a == b:
        return SAME_TYPE
    return COMPATIBLE_TYPE if (a, b) in compatible_types() else None


def date_score(a: LinkKey, b: LinkKey) -> float | None:
    if not (a.win_start and a.win_end and b.win_start and b.win_end):
        return None
    if a.win_start > b.win_end or b.win_start > a.win_end:
        return None
    if not (a.dated and b.dated):
        return UNDATED
    return SAME_DAY if a.precise and b.precise else SAME_WINDOW


def _coarser(a: LinkKey, b: LinkKey) -> str:
    fa, fb = a.feature or "other", b.feature or "other"
    ia = COARSER.index(fa) if fa in COARSER else COARSER.index("other")
    ib = COARSER.index(fb) if fb in COARSER else COARSER.index("other")
    return COARSER[max(ia, ib)]


def place_score(a: LinkKey, b: LinkKey) -> float | None:
    """Same place at the coarser of the two levels; a country-level place matches any place
    in that country, but says little."""
    km = distance_km(a, b)
    if km is None:
        return ONE_PLACE_MISSING if (a.lat is None) != (b.lat is None) else 0.0
    level = _coarser(a, b)
    if level == "country":
        if a.country and b.country and a.country != b.country:
            return None
        return SAME_COUNTRY_ONLY
    if a.country and b.country and a.country != b.country and level not in ("region", "water"):
        return None
    return SAME_PLACE if km <= RADIUS_KM.get(level, RADIUS_KM["other"]) else None


def party_score(a: LinkKey, b: LinkKey) -> float | None:
    """Shared party words are evidence: one party shared, more when both are, less when the
    roles are swapped (unless the type is symmetric). Actors the knowledge base knows on both
    sides decide by their ids; two sides that each name someone and share no word are
    evidence against (ruled out when both are named entities). Generic words ("forces",
    "police", "gunmen") are no party words at all (keys.NOT_PARTY_WORDS)."""
    kb_a = {w for w in a.actors if w.startswith("kb:")}
    kb_b = {w for w in b.actors if w.startswith("kb:")}
    if kb_a and kb_b and not (kb_a & kb_b) and not ((kb_a & b.targets) or (kb_b & a.targets)):
        return None  # two known actors, not the same, and not each other's target
    actors, targets = bool(a.actors & b.actors), bool(a.targets & b.targets)
    same = (SHARED_PARTY if actors or targets else 0.0) + (SHARED_SECOND_PARTY if actors and targets else 0.0)
    if (a.actors & b.targets) or (a.targets & b.actors):
        cross = SHARED_PARTY if a.plover in SYMMETRIC or b.plover in SYMMETRIC else SHARED_ACROSS_ROLES
        same = max(same, cross)
    if same:
        return same
    if a.actors and b.actors:  # each names its actor, nothing in common
        return None if a.named and b.named else DIFFERENT_PARTIES
    return 0.0


def words_score(a: LinkKey, b: LinkKey) -> float:
    """Two reports of one happening tend to share their sentence's content words; reports
    that share almost none are usually of different happenings of one type."""
    if not a.words or not b.words:
        return 0.0
    jaccard = len(a.words & b.words) / len(a.words | b.words)
    if jaccard >= WORDS_SHARED_AT:
        return SHARED_WORDS
    return NO_SHARED_WORDS if jaccard < WORDS_APART_BELOW else 0.0


def link_score(a: LinkKey, b: LinkKey) -> float | None:
    """The evidence that ``a`` and ``b`` report one happening, None when ruled out."""
    if a.document_id == b.document_id:
        return None
    parts = [type_score(a.plover, b.plover), date_score(a, b), place_score(a, b), party_score(a, b)]
    if any(p is None for p in parts):
        return None
    if (max(a.days, b.days) > WIDE_WINDOW_DAYS or not (a.dated and b.dated)) and not parts[3]:
        return None  # a date that pins nothing links only through a shared party
    return float(sum(p for p in parts if p is not None)) + words_score(a, b)


def links(a: LinkKey, b: LinkKey) -> bool:
    score = link_score(a, b)
    return score is not None and score >= LINK_THRESHOLD


def best(key: LinkKey, candidates: Sequence[tuple[LinkKey, T]]) -> T | None:
    """The candidate with the highest link score at or above LINK_THRESHOLD, the earliest of
    equals (candidates come oldest first): an event joins the one report it matches best,
    never a chain through a third."""
    found, top = None, LINK_THRESHOLD
    for other, item in candidates:
        score = link_score(key, other)
        if score is not None and (score > top or (found is None and score >= top)):
            found, top = item, score
    return found
