"""How the geo stage weighs a mention and its candidates: support from the report's other
places, a lone namesake abroad, a stray alternate name, a name the tagger read into a date, a
dateline, overlapping mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import CALENDAR_WORDS, PLURAL_TAGS, TIME_LABELS
from ..record import Place, Record
from .gazetteer import Candidate
from .mention import TOWN_FEATURES, Mention
from .resolve import great_circle_km, population_of
from .sources import KIND_ALTERNATE, KIND_CURATED, KIND_DEMONYM
from .wording import (
    DIVISION_NOUNS,
    before_division,
    in_the_dateline,
)

BROAD_FEATURES = frozenset({"country", "region", "admin1", "water"})
WEAK_FEATURES = frozenset({"city", "locality", "admin2"})
SUPPORT_KM = 100.0
SPELLING_NEAR_KM = 250.0  # a respelled town lies this close to the report's other places in its country
LONE_FOREIGN_POPULATION = 200_000  # a place this small, alone in its country, is a namesake
LONE_CONTEXT = 2  # ... when at least this many other places agree on one other country
LONE_FEATURES = frozenset({"city", "locality", "facility", "admin2"})
PROVINCE_NOUNS = frozenset({"region", "oblast"})  # a province named after its capital ("the Odesa region")
LOOK_BACK_CHARS = 12  # enough to see the article before a name ("a Kabul district")
FAR_TOWN_KM = 3000  # a name called a division is read as one the gazetteer lacks only this far from all
# the text's places
STRAY_ALTERNATE_POPULATION = 5_000  # a weak mention needs a resolved place this close, or in its admin1
SCAN_MIN_POPULATION = 100_000  # a city found by the gazetteer scan alone must be this big
ORIGIN_RANK = {"ner": 0, "name": 1, "demonym": 2, "embedded": 3, "capital": 4, "scan": 5}


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "into", "outside"})  # what governs a place name


def misdated(token: Token) -> bool:
    """ "killed three soldiers in Amhara on Monday": a name the tagger read as part of the date
    after it, which a place preposition governs and no calendar word it is."""
    return token.ent_type_ in TIME_LABELS and token.pos_ == "PROPN" and token.lower_ not in CALENDAR_WORDS \
        and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Where two readings overlap ("Vista" tagged inside "Boa Vista"), keep the longer one,
    then the strong one, then the tagger's; in text order."""
    ranked = sorted(mentions, key=lambda m: (m.start - m.end, m.weak,
                                             ORIGIN_RANK.get(m.origin, 9), m.start))
    kept: list[Mention] = []
    for m in ranked:
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def a_people(record: Record, mention: Mention) -> bool:
    """A nationality in the plural ("Palestinians", "Afghans"): people, not a place's word."""
    span = record.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].tag_ in PLURAL_TAGS and span[-1].lower_.endswith("s")


def stray_alternate(cands: tuple[Candidate, ...]) -> bool:
    """Only a village's alternate spelling matches ("Salah"): more likely a name than a place."""
    return all(c.kind == KIND_ALTERNATE and c.population < STRAY_ALTERNATE_POPULATION
               for c in cands)


def foreign_alone(cand: Candidate, others: list[Candidate], division: bool = False) -> bool:
    """A small place in a country nothing else in the text is in, while the text's other
    places all lie in one other country ("Lido Beach" in a Mogadishu story: New York's; "Tina"
    beside Chad's border: New Caledonia's): a namesake, not the place meant. With
    ``division``, the text calls the name a division ("in Seno province") and only a town far
    from every other place of the text answers to it (Ban Xénô, Laos): the province is one the
    gazetteer lacks ("Kanbalu township" told from Bangkok stays the Burmese town's)."""
    countries = {c.country for c in others}
    if population_of(cand) >= LONE_FOREIGN_POPULATION or len(others) < LONE_CONTEXT or cand.country in countries:
        return False
    if cand.feature in LONE_FEATURES and len(countries) == 1:
        return True
    return division and cand.feature in TOWN_FEATURES \
        and all(great_circle_km(cand.lat, cand.lon, c.lat, c.lon) >= FAR_TOWN_KM for c in others)


def called_a_division(record: Record, mention: Mention) -> bool:
    """ "Seno province", "the Sumy region": the text calls the name a division (not "a Kabul
    district": one of the city's quarters)."""
    words = record.document.text[mention.start:mention.end].split()
    before = record.document.text[max(0, mention.start - LOOK_BACK_CHARS):mention.start].split()[-1:]
    if before and before[0].lower() in ("a", "an"):
        return False
    return (bool(words) and words[-1].lower() in DIVISION_NOUNS) or before_division(record.doc, mention.end)


def called_a_province(record: Record, mention: Mention) -> bool:
    """ "the Odesa region", "the Bryansk oblast": a division named after its capital town (not
    "Tame municipality", "Kanbalu township": a town's own district, which the town stands for)."""
    words = record.document.text[mention.start:mention.end].split()
    if words and words[-1].lower() in PROVINCE_NOUNS:
        return True
    after = record.document.text[mention.end:mention.end + LOOK_BACK_CHARS].split()[:1]
    return bool(after) and after[0].lower().strip(".,;") in PROVINCE_NOUNS


def supported(cand: Candidate, strong, by_country: bool = False) -> bool:
    """A weak reading stands when a confidently found place shares its admin1 or is near;
    ``by_country``: or is its country or a town of it (for a name a place phrase governs: "an army post in
    Djibo, in northern Burkina Faso"; a capitalised word found by the scan alone needs more)."""
    for other in strong:
        if other.id == cand.id:
            continue
        if other.feature == "country":
            if by_country and other.country == cand.country:
                return True
            continue
        if cand.admin1 and other.country == cand.country and other.admin1 == cand.admin1:
            return True
        if by_country and other.country == cand.country and other.feature in TOWN_FEATURES:
            return True  # "BAGHDAD (AP) — ... in Sinjar": a town of the country a named town is in
        if other.feature in WEAK_FEATURES | {"facility"} and great_circle_km(
                other.lat, other.lon, cand.lat, cand.lon) < SUPPORT_KM:
            return True
    return False


def overlapping_entity(record: Record, place: Place) -> str | None:
    for span in place.mentions:
        ent = record.entity_at(span.start, span.end)
        if ent is not None:
            return ent.id
    return None


def near_the_report(cand: Candidate, places: list[Place]) -> bool:
    """A respelled town lies near the report's other places in its country, or in their
    province, when it names any below the country ("Berdychi, outside Avdiivka": not
    Berdychiv, 650 km west)."""
    near = [p for p in places if p.country == cand.country and p.feature != "country"]
    return not near or any((cand.admin1 is not None and p.admin1 == cand.admin1)
                           or great_circle_km(cand.lat, cand.lon, p.lat, p.lon) <= SPELLING_NEAR_KM for p in near)


def filed_from(record: Record, start: int, end: int, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Of the places a name may be, the prominent ones, when the name is a dateline's ("SRINAGAR
    (Reuters) -"); else none."""
    if not in_the_dateline(record.doc, start, end):
        return ()
    return tuple(c for c in cands if scan_worthy(c))



def scan_worthy(cand: Candidate) -> bool:
    """Only prominent entries are worth a match the tagger did not make."""
    if cand.kind > KIND_CURATED and cand.kind != KIND_DEMONYM:
        return False
    if cand.feature in BROAD_FEATURES or cand.kind == KIND_DEMONYM:
        return True
    if cand.source.startswith("curated"):
        return True
    return cand.feature == "city" and cand.population >= SCAN_MIN_POPULATION
