"""The place a prepositional phrase names: looked through nested phrases ("a street in the
city of X"), owners ("Syria's Idlib"), and a town or capital named back ("in the town").

Split from :mod:`.placing`, which reads a mention's place phrases with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo.gazetteer import is_capital
from ..geo.resolve import in_its_province
from ..geo.wording import DIVISION_NOUNS, SURROUNDINGS
from ..record import Location, Place, Record, make_span
from .clauses import in_words
from .clausewords import PLACE_ENTS, in_protest, prep_objects, word_class
from .naming import phrase_bounds
from .sites import (
    AREA_WORDS,
    LOCATION_PREPS,
    MAX_PLACE_DEPTH,
    TOWN_FEATURES,
    filed_from,
    make_location,
    names_town,
    quarter_noun,
    quarter_of_its_own,
    whose_site,
)

BORDER_WORDS = frozenset({"border", "frontier", "boundary"})


def place_in_phrase(record: Record, pobj: Token, exclude: set[int], depth: int = 0
                     ) -> Location | None:
    """The place a location phrase names, looking down its own place phrases: "on a street
    in the city of Lyon" is in Lyon."""
    if pobj.i in exclude or in_protest(pobj):
        return None
    if pobj.lemma_.lower() in BORDER_WORDS and not any(c.dep_ == "poss" for c in pobj.children) and (
            prep_objects(pobj, ("with",)) or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                                                 for c in pobj.children)):
        return None  # "near the Iranian border", "along the border with Ukraine": the neighbour
        # the border is shared with, seen from this side, is no place of the act (not "Mexico's
        # northern border with the U.S.": the side whose border it is)
    if word_class(pobj, "territory") and pobj.ent_type_ not in PLACE_ENTS:
        # "the Somali city of Beledweyne", "the Haitian capital, Port-au-Prince": the name;
        # "Sukma district of Chhattisgarh": a division's own name before the wider one (not
        # "the US state of Texas", "the Red Sea port of Mocha": a country, a sea, a port)
        own = [c for c in pobj.children if names_division(record, c)]
        for named in [*own, *prep_objects(pobj, ("of",)), *(c for c in pobj.children if c.dep_ == "appos")]:
            found = place_in_phrase(record, named, exclude, depth + 1)
            if found is not None:
                return found
    seat = _capital_named_back(record, pobj) or _town_named_back(record, pobj)
    if seat is not None:
        return seat
    if (pobj.ent_type_ in PLACE_ENTS or word_class(pobj, "territory")
            or (pobj.ent_type_ == "ORG" and pobj.head.lower_ in ("at", "near"))
            or record.place_at(pobj.idx, pobj.idx + len(pobj.text)) is not None) \
            and not whose_site(record, pobj):  # "at a U.S. base": whose; "in Iraq" may follow
        found = make_location(record, pobj)
        if found is not None:
            return _owners_abroad(record, pobj, found, exclude, depth) or found
    return _owner_place(record, pobj, exclude) or _nested_place(record, pobj, exclude, depth)


def _owner_place(record: Record, pobj: Token, exclude: set[int]) -> Location | None:
    """ "in Beirut's southern suburbs", "at Khartoum's airport", "in Dhaka's Shahbag area": the
    town a part of it or a site in it is told as belonging to (not "in Russia's war": a deed, no
    part of a place)."""
    if not (pobj.lemma_.lower() in SURROUNDINGS or pobj.lower_ in SURROUNDINGS or in_words(pobj, "sites")
            or quarter_noun(pobj) or pobj.lemma_.lower() in AREA_WORDS):
        return None
    for owner in (c for c in pobj.children if c.dep_ == "poss" and c.i not in exclude):
        place = record.place_at(owner.idx, owner.idx + len(owner.text))
        if place is not None and place.feature in TOWN_FEATURES | {"admin1"} \
                and not quarter_of_its_own(record, pobj, place):
            return make_location(record, owner)
    return None


def _capital_named_back(record: Record, pobj: Token) -> Location | None:
    """ "in the Afghan capital" under a Kabul dateline, or after Kabul was named: the capital
    the report names elsewhere, not the whole country its adjective names (a capital the
    report never names stays the country; a bare "the capital" is the geo stage's reading,
    :mod:`eventwire.geo.unnamed`, found as a place at its word)."""
    if pobj.lemma_.lower() != "capital" or any(c.dep_ in ("appos", "prep") for c in pobj.children) \
            or any(c.dep_ == "det" and c.lower_ != "the" for c in pobj.children):
        return None  # ("the Haitian capital, Port-au-Prince", "the capital of Mali": named
        # here; "an Afghan provincial capital": not the seat)
    mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if not mods:
        return None
    countries = set()
    for mod in mods:
        country = record.place_at(mod.idx, mod.idx + len(mod.text))
        if country is None or country.feature != "country":
            return None  # "Cameroon's economic capital", "the former Kazakh capital"
        countries.add(country.country)
    seats = {p.id for p in record.places if p.country in countries and p.feature in TOWN_FEATURES
             and is_capital(p.name, p.country)}
    if len(seats) != 1:
        return None
    lo, hi = phrase_bounds(pobj)
    doc = pobj.doc
    return Location(span=make_span(record.document.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text)),
                    place=seats.pop())


TOWN_WORDS = frozenset({"town", "city", "village"})  # "in the town": the last one the report named


TOWN_BACK_SENTENCES = 3  # how far back "the town" may name a town


def _came_from_name(record: Record, start: int, end: int) -> bool:
    """The place is named as where someone came from ("sent reinforcements from Ouagadougou")."""
    words = record.doc.char_span(start, end, alignment_mode="expand")
    return words is not None and len(words) > 0 and words.root.dep_ == "pobj" and words.root.head.lower_ == "from"


def _town_named_back(record: Record, pobj: Token) -> Location | None:
    """ "Police detained 14 people in the town": a bare "the town" (or city, village) names the
    last town the report named before it, a few sentences back at most (not one in a dateline,
    which is where the report was filed)."""
    if pobj.lemma_.lower() not in TOWN_WORDS or pobj.ent_type_ \
            or [c.lower_ for c in pobj.children] != ["the"]:
        return None
    sent = pobj.sent
    lo = sent.start
    for _ in range(TOWN_BACK_SENTENCES - 1):
        if lo == 0:
            break
        lo = pobj.doc[lo - 1].sent.start
    start = pobj.doc[lo].idx
    named = [(m, p) for p, m in record.place_mentions_between(start, pobj.idx - 1)
             if p.feature in TOWN_FEATURES and m.end <= pobj.idx and not filed_from(record, m.start, m.end)
             and not _came_from_name(record, m.start, m.end)]
    if not named:
        return None
    m, place = max(named, key=lambda mp: mp[0].start)
    return Location(span=make_span(record.document.text, m.start, m.end), place=place.id)


def _nested_place(record: Record, pobj: Token, exclude: set[int], depth: int) -> Location | None:
    """The place one of the phrase's own place phrases names, else one of its "of" phrases ("in
    front of the embassy of France in Bamako": Bamako, where the embassy stands)."""
    if depth >= MAX_PLACE_DEPTH:
        return None
    for preps in (LOCATION_PREPS, frozenset({"of"})):
        for child in pobj.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for inner in child.children:
                    if inner.dep_ == "pobj":
                        found = place_in_phrase(record, inner, exclude, depth + 1)
                        if found is not None:
                            return found
    return None


def _owners_abroad(record: Record, pobj: Token, found: Location, exclude: set[int], depth: int
                   ) -> Location | None:
    """ "outside the Malaysian Embassy in Jakarta", "the U.S. naval base in Cuba": a country
    that only qualifies the building says whose it is; where it stands is the place its own
    phrase names in another country (not "the Jenin camp in the West Bank": one country)."""
    place = record.place_by_id(found.place)
    named = [m for m in (place.mentions if place is not None else ())
             if found.span.start <= m.start and m.end <= found.span.end]
    if place is None or place.feature != "country" or not named \
            or any(m.start <= pobj.idx < m.end for m in named):
        return None  # the phrase's head is the place itself ("the Gaza Strip")
    inner = _nested_place(record, pobj, exclude, depth)
    inner_place = record.place_by_id(inner.place) if inner is not None else None
    if inner_place is None or inner_place.country in (None, place.country):
        return None
    return inner


def names_division(record: Record, tok: Token) -> bool:
    """The town's name of the division the word before is ("Sukma district", "Kanbalu
    township", "North Waziristan tribal district", "North Darfur province"; not "the U.S.
    island territory", a country's)."""
    end = tok.idx + len(tok.text)  # "North Darfur province": a province (the word's own reading,
    # not "northwestern Sagaing", a part of it)
    place = next((p for p, m in record.place_mentions_between(tok.idx, tok.idx) if m.end == end), None) \
        or record.place_at(tok.idx, end)
    named = tok.pos_ == "PROPN" or (place is not None and tok.text[:1].isupper())  # "Sagaing region",
    # tagged a verb for its "-ing" (and hung on the noun as an adjective)
    if not (tok.dep_ in ("compound", "nmod", "amod") and named and tok.head.lemma_.lower() in DIVISION_NOUNS):
        return False
    if place is not None and not _in_its_owner(record, tok.head, place):
        return False  # "the Aurangabad district of Bihar": not the Aurangabad of Maharashtra
    return names_town(record, tok, article=False) or (place is not None and (
        place.feature == "admin1" or (tok.ent_type_ not in PLACE_ENTS and place.feature in TOWN_FEATURES)))


def _in_its_owner(record: Record, division: Token, place: Place) -> bool:
    """The place lies in the wider one the division noun is said to be of ("the Hyderabad
    district of Sindh", "Kaduna's Kajuru district"), or none is named."""
    owners = [c for c in division.children if c.dep_ == "poss"] + prep_objects(division, ("of",))
    for owner in owners:
        lo, hi = phrase_bounds(owner)
        doc = owner.doc
        wider = record.place_at(doc[lo].idx, doc[hi].idx + len(doc[hi].text)) \
            or record.place_at(owner.idx, owner.idx + len(owner.text))
        if wider is None or wider.feature not in ("country", "admin1", "region"):
            continue
        return in_its_province(place, wider)
    return True
