"""Choose which gazetteer entry a place name means, given the rest of the document.

A name alone is ambiguous ("Paris", "Georgia", "Lima"); the score of each candidate
adds up evidence the way a reader weighs it: how big and prominent the place is
(population, capital, feature level), how good the name match is (a GeoNames primary
name beats a stray alternate name), and what else the document talks about (the
countries and first-level divisions of the other places, a "Paris, Texas" qualifier).
Resolution runs twice: once without context, to learn the document's countries, then
again with them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..record import Place
from .gazetteer import Candidate
from .sources import KIND_ALTERNATE, KIND_CURATED, KIND_DEMONYM

# Prominence: log10 of the population, with a floor for entries without one.
CURATED_POPULATION = 1_000_000  # curated regions/facilities are prominent by construction
MIN_POPULATION = 100
FEATURE_BONUS = {
    "country": 2.5, "region": 1.5, "water": 1.5, "admin1": 0.0, "city": 0.0,
    "facility": 0.5, "locality": -0.5, "admin2": -1.5, "other": -1.0,
}
CAPITAL_BONUS = 1.2
KIND_BONUS = {0: 0.0, KIND_CURATED: 0.3, KIND_ALTERNATE: -1.6, KIND_DEMONYM: 0.0}
# GeoNames names big cities locally (Genève, München); their English names are alternates.
EXONYM_POPULATION = 100_000
EXONYM_RELIEF = 0.8
# An admin1 named like one of its own cities ("New York", "Donetsk") usually means the city.
ADMIN1_NAMESAKE_PENALTY = 1.5
NAMESAKE_HUB_POPULATION = 100_000  # a city this big near a division's centre is its hub
NAMESAKE_HUB_KM = 100.0
# Context: share of the document's other places in the candidate's country / admin1.
COUNTRY_CONTEXT_WEIGHT = 3.0
COUNTRY_PRESENT_BONUS = 1.0
MIN_CONTEXT_PLACES = 2  # the share of the document's other places is taken of at least this many
ADMIN1_CONTEXT_WEIGHT = 2.0
QUALIFIER_BONUS = 4.0  # "Paris, Texas": the candidate lies in the named division/country
KB_COUNTRY_BONUS = 3.0  # the knowledge base linked the entity to an actor of this country
NEARBY_KM = 150.0  # a candidate this close to another place of the document is supported
NEARBY_BONUS = 1.0
EARTH_RADIUS_KM = 6371.009


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of the radius geopy/CamCoder use."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(slots=True)
class Context:
    """What the rest of the document says about where it is."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    points: list[tuple[float, float, int]] = field(default_factory=list)  # lat, lon, mention idx
    total: int = 0

    def add(self, cand: Candidate, mention: int) -> None:
        self.total += 1
        if cand.country:
            self.countries[cand.country] += 1
        if cand.admin1 and cand.feature not in ("country", "admin1"):
            self.admin1s[(cand.country, cand.admin1)] += 1
        if cand.feature in ("city", "locality", "facility", "admin2"):
            self.points.append((cand.lat, cand.lon, mention))


OWNER_KM = 400  # a town this near the centre of the province a text puts it in may lie in it
# (the gazetteer names some provinces otherwise: "Central Province", "Jammu and Kashmir")


def in_its_province(town: Candidate | Place, province: Candidate | Place) -> bool:
    """The town (a gazetteer entry or a record's place) may lie in the province, region or
    country the text says it is of: the same country, and the same province or near its centre."""
    if town.country != province.country:
        return False
    if province.feature in ("country", "region"):
        return True
    return bool(province.admin1 and town.admin1 == province.admin1) \
        or great_circle_km(town.lat, town.lon, province.lat, province.lon) <= OWNER_KM


def population_of(cand: Candidate) -> int:
    """The entry's population, a curated entry without one counted as a big place's: the
    places curated by hand are ones news names (Hodeidah, a port of 700,000, is listed so)."""
    if cand.population <= 0 and cand.source.startswith("curated"):
        return CURATED_POPULATION
    return cand.population


def prominence(cand: Candidate) -> float:
    return math.log10(max(population_of(cand), MIN_POPULATION))


def base_score(cand: Candidate, candidates: tuple[Candidate, ...]) -> float:
    """Evidence from the name and the entry alone."""
    score = prominence(cand) + FEATURE_BONUS.get(cand.feature, 0.0)
    score += KIND_BONUS.get(cand.kind, 0.0)
    if cand.kind == KIND_ALTERNATE and cand.population >= EXONYM_POPULATION:
        score += EXONYM_RELIEF  # "Geneva" is an alternate of Genève, but the one people mean
    if cand.capital:
        score += CAPITAL_BONUS
    if cand.feature == "admin1" and any(_namesake_city(c, cand) for c in candidates):
        score -= ADMIN1_NAMESAKE_PENALTY
    return score


def _namesake_city(city: Candidate, admin1: Candidate) -> bool:
    """A city named like the division it lies in (or is the hub of: Kyiv in Kiev oblast)."""
    if city.feature not in ("city", "locality") or city.country != admin1.country:
        return False
    if city.admin1 == admin1.admin1:
        return True
    return (city.population >= NAMESAKE_HUB_POPULATION
            and great_circle_km(city.lat, city.lon, admin1.lat, admin1.lon) < NAMESAKE_HUB_KM)


def context_score(
    cand: Candidate, context: Context, own_country: str | None, own_admin1: str | None,
    mention: int,
) -> float:
    """Evidence from the other places of the document (this mention's own vote removed)."""
    if context.total <= 1:
        return 0.0
    others = max(context.total - 1, MIN_CONTEXT_PLACES)  # one other place is thin evidence: "a U.S.
    # citizen was arrested in Moscow" is no reason to read Moscow, Idaho
    score = 0.0
    if cand.country:
        votes = context.countries.get(cand.country, 0) - (own_country == cand.country)
        if votes > 0:
            score += COUNTRY_PRESENT_BONUS + COUNTRY_CONTEXT_WEIGHT * votes / others
    if cand.admin1 and cand.feature != "country":
        key = (cand.country, cand.admin1)
        votes = context.admin1s.get(key, 0) - ((own_country, own_admin1) == key)
        if votes > 0:
            score += ADMIN1_CONTEXT_WEIGHT * votes / others
    if cand.feature in ("city", "locality", "facility", "admin2"):
        for lat, lon, idx in context.points:
            if idx != mention and great_circle_km(cand.lat, cand.lon, lat, lon) < NEARBY_KM:
                score += NEARBY_BONUS
                break
    return score


def qualifier_score(cand: Candidate, qualifier: tuple[Candidate, ...]) -> float:
    """"Paris, Texas" / "Lima, Ohio": the candidate lies inside what the qualifier names."""
    for q in qualifier:
        if q.feature == "country" and cand.country == q.country and cand.feature != "country":
            return QUALIFIER_BONUS
        if q.feature == "admin1" and cand.country == q.country and cand.admin1 == q.admin1:
            return QUALIFIER_BONUS
    return 0.0


def choose(
    candidates: tuple[Candidate, ...], context: Context | None = None,
    qualifier: tuple[Candidate, ...] = (), previous: Candidate | None = None, mention: int = -1,
    kb_country: str | None = None,
) -> tuple[Candidate | None, float]:
    """The best candidate and its margin over the runner-up."""
    if not candidates:
        return None, 0.0
    scored = []
    for cand in candidates:
        score = base_score(cand, candidates)
        if context is not None:
            score += context_score(
                cand, context, previous.country if previous else None,
                previous.admin1 if previous else None, mention,
            )
        if qualifier:
            score += qualifier_score(cand, qualifier)
        if kb_country and cand.country == kb_country:
            score += KB_COUNTRY_BONUS
        scored.append((score, cand))
    scored.sort(key=lambda pair: -pair[0])
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else float("inf")
    return scored[0][1], margin
