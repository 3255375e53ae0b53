"""Places a report names by its country without naming the country: "the capital", "the
country's north", "the north of the country".

A report on Sudan says "fighting spread to the capital" and "in the country's northwest" once
Sudan has been named; an analyst reads Khartoum and north-western Sudan. The country is the
report's own: the only one its resolved place mentions lie in (a people's name, "Russian
forces", is not counted: it says whose forces, not where; nor is a dateline, where the report
was filed). A report that also names a people of another country ("Armenian protesters" in a
story naming Azerbaijan) leaves these words unplaced. "The capital" is read in a report that
names the capital elsewhere (of the country most of its places lie in, as long as the dateline
is no other country's capital), or in a one-country report that names none of the country's
first-level divisions (a story on Texas or Imo state means that capital) and calls no town
"the state capital".
What this does not do: read "the capital" of a country named only by a people ("Syrian
forces shelled the capital"), "the region" or "the province" (which one is the story's to say), or parts
of the country named otherwise ("northern parts of the country").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from ..record import Place, Record
from .gazetteer import Gazetteer, is_capital
from .mention import TOWN_FEATURES, Mention
from .parts import compass_part
from .sources import KIND_DEMONYM
from .wording import in_the_dateline

NAME_AFTER = re.compile(r"\s*,\s*")  # between "the capital" and a name told beside it
CAPITAL_WORD = "capital"
COUNTRY_WORD = "country"
CAPITAL_HEADS = frozenset({"city"})  # "the capital city"
LOWER_SEATS = frozenset({"state", "provincial", "regional", "district", "county", "departmental"})  # capitals
# of a part of a country, which a bare "the capital" may then name


def report_country(places: list[Place], uncounted: set[tuple[int, int]]) -> tuple[str | None, bool]:
    """The country more of the report's place mentions lie in than any other (none on a tie),
    and whether it is the only one they lie in; the mentions at ``uncounted`` spans are left
    out (a people's name says whose, not where; a dateline where the report was filed)."""
    told: Counter[str] = Counter()
    for p in places:
        if p.country:
            told[p.country] += sum((m.start, m.end) not in uncounted for m in p.mentions)
    ranked = [r for r in told.most_common(2) if r[1]]
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None, False
    return ranked[0][0], len(ranked) == 1


def lower_seat_told(doc: Doc) -> bool:
    """The report calls a town the capital of a part of its country ("Maiduguri, the state
    capital"): a bare "the capital" may then be that one."""
    return any(t.lower_ == CAPITAL_WORD and any(c.dep_ in ("amod", "compound") and c.lower_ in LOWER_SEATS
                                                 for c in t.children) for t in doc)


def bare_capitals(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "the capital" ("the capital city") said with no country, no name
    and no other word on it: not "its capital", "the provincial capital", "the capital of
    Mali", "the capital Bamako", "capital punishment", "raised capital"."""
    out = []
    for tok in doc:
        if tok.lower_ != CAPITAL_WORD or tok.tag_ != "NN":
            continue
        head = tok.head if tok.dep_ == "compound" and tok.head.lower_ in CAPITAL_HEADS else tok
        if head is tok and tok.dep_ in ("compound", "appos"):
            continue
        words = [c for c in (*tok.children, *(head.children if head is not tok else ())) if c is not tok]
        if [c.lower_ for c in words if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("amod", "compound", "poss", "nmod", "appos", "nummod") for c in words):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in words):
            continue
        after = [t for t in doc[head.i + 1:head.i + 2] if not t.is_space]
        if after and after[0].pos_ == "PROPN":
            continue  # "the capital Bamako": the name says which ("the capital, Bamako": see below)
        out.append((tok.idx, head.idx + len(head.text)))
    return out


def country_parts(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of each "the country" that a compass part is named on ("the country's
    north", "the north of the country")."""
    out = []
    for tok in doc:
        if tok.lower_ != COUNTRY_WORD or tok.tag_ != "NN" or tok.i == 0:
            continue
        the: Token = doc[tok.i - 1]
        if the.lower_ != "the":
            continue
        if compass_part(text, the.idx, tok.idx + len(tok.text)) is not None:
            out.append((the.idx, tok.idx + len(tok.text)))
    return out


def places_named_by_country(record: Record, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "the capital", "the country's north" in a report on one country: its capital, its
    part (the readings above). A second pass: the country comes from the places resolved."""
    text = record.document.text
    lowered = text.lower()
    if CAPITAL_WORD not in lowered and COUNTRY_WORD not in lowered:
        return []  # (most reports: no pass over their words)
    capitals = [] if CAPITAL_WORD not in lowered or lower_seat_told(record.doc) else bare_capitals(record.doc)
    spans = [(s, e, "capital") for s, e in capitals] + \
        [(s, e, "country") for s, e in (country_parts(record.doc, text) if COUNTRY_WORD in lowered else [])]
    spans = [x for x in spans if not any(f.start < x[1] and x[0] < f.end for f in found)]
    out = []
    for start, end, kind in spans:  # "in the capital, Bamako": the town named
        told = _named_after(text, end, found) if kind == "capital" else None
        if told is not None:
            out.append(Mention(start, end, told.key, kind, None, told.candidates))
    spans = [x for x in spans if not any(m.start == x[0] for m in out)]
    if not spans:
        return out
    filed = {(m.start, m.end) for m in found if in_the_dateline(record.doc, m.start, m.end)}  # where filed
    seat = _capital_named(record, filed)
    named = next((f for f in found if seat is not None and any((f.start, f.end) == (m.start, m.end)
                                                               for m in seat.mentions)), None)
    peoples = [m for m in found  # a people ("Russian", "Syrian government forces") says whose
               if m.origin == "demonym" or any(c.kind == KIND_DEMONYM for c in m.candidates)]
    country, only = report_country(record.places, filed | {(m.start, m.end) for m in peoples})
    if country is not None and {c.country for m in peoples for c in m.candidates if c.country} - {country}:
        country = None  # ("Armenian protesters rallied ... Azerbaijan said": whose is unsaid)
    for start, end, kind in spans:
        cand = None
        if kind == "capital" and named is not None:  # the capital the report names, read as it is
            out.append(Mention(start, end, named.key, kind, None, named.candidates))
            continue
        if kind == "capital" and seat is not None:
            cand = gazetteer.capital(seat.country or "")
        elif kind == "capital" and country is not None and only and not _divisions_named(record, country) \
                and not _filed_at_another_capital(record, country):
            cand = gazetteer.capital(country)  # (a story on Texas or Imo state means its own capital)
        elif kind == "country" and country is not None and only:
            cand = gazetteer.country(country)
        if cand is not None:
            out.append(Mention(start, end, cand.name, kind, None, (cand,)))
    return out


def _named_after(text: str, end: int, found: list[Mention]) -> Mention | None:
    """The town named right after the words, past a comma ("the capital, Bamako": the name
    says which; not "in the capital, Angolan police said")."""
    m = NAME_AFTER.match(text, end)
    return None if m is None else next(
        (f for f in found if f.start == m.end() and any(c.feature in TOWN_FEATURES for c in f.candidates)), None)


def _capital_named(record: Record, filed: set[tuple[int, int]]) -> Place | None:
    """The capital a bare "the capital" names back: of the country most of the report's place
    mentions (peoples counted, the dateline not) lie in, when its one capital is among the
    report's places and the dateline is no other country's capital ("NAIROBI, Kenya
    (AP) — ... Mogadishu ... the capital": either may be meant)."""
    country, _ = report_country(record.places, filed)
    if country is None:
        return None
    seats = [p for p in record.places if p.country == country and p.feature in TOWN_FEATURES
             and is_capital(p.name, p.country)]
    if len(seats) != 1 or _filed_at_another_capital(record, country):
        return None
    return seats[0]


def _filed_at_another_capital(record: Record, country: str) -> bool:
    return any(p.feature in TOWN_FEATURES and p.country not in (None, country) and is_capital(p.name, p.country)
               and any(in_the_dateline(record.doc, m.start, m.end) for m in p.mentions) for p in record.places)


def _divisions_named(record: Record, country: str) -> bool:
    return any(p.country == country and p.feature == "admin1" for p in record.places)


def capitals_named_by_country(record: Record, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "the Ukrainian capital", "Sudan's capital": a country's capital named by the country
    alone is that city, its word "capital" the evidence (not "Nigeria's commercial capital",
    another city; not "the capital" with no country named on it)."""
    doc = record.doc
    capitals = [tok for tok in doc if tok.lower_ == CAPITAL_WORD and tok.tag_ == "NN"
                and tok.dep_ not in ("compound", "appos") and not any(c.dep_ == "appos" for c in tok.children)
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")]
    # (one capital, singular, its name not told beside it: "Georgia's capital, Atlanta", "the
    # Congolese capital Brazzaville", "Juba, South Sudan's capital" say which)
    if not capitals:
        return []
    countries: dict[int, str] = {}  # token -> the country a mention on it names
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        iso = next((c.country for c in m.candidates if c.feature == "country" and c.country), None)
        if span is not None and len(span) and iso is not None:
            countries[span.root.i] = iso
    out: list[Mention] = []
    for tok in capitals:
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        named = [countries[c.i] for c in mods if c.i in countries and not any(
            g.dep_ in ("amod", "compound") for g in c.children)]
        if len(named) != 1 or len(mods) != 1:
            continue  # (one country and no other word of kind: not "its economic capital", "the
            # Northern Irish capital")
        cand = gazetteer.capital(named[0])
        if cand is not None:
            out.append(Mention(tok.idx, tok.idx + len(tok.text), cand.name, "capital", None, (cand,)))
    return out
