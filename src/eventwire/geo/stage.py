"""The ``geo`` stage: find the place mentions of a record and put each place on the map.

Mentions come from the entity stage (GPE, LOC and FACILITY entities; NORP entities whose
words are a demonym, "Russian" -> Russia; ORG entities that are a place name, "EU") and
from the gazetteer itself for capitalized proper nouns the tagger missed, under strict
conditions (a prominent place, a proper-noun tag, not a sentence-initial common word).
All mentions with the same words are read as the same place, and all mentions resolved
to the same gazetteer entry become one :class:`~eventwire.record.Place`. A name absent
from every source gives no place: no coordinates beat wrong coordinates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import ClassVar

from spacy.tokens import Doc, Token

from ..nlp.syntax import doc_text, in_dateline
from ..options import Options
from ..record import Entity, Place, Record, Span, make_span
from .gazetteer import Candidate, Gazetteer, shared_gazetteer
from .mention import TOWN_FEATURES, Mention
from .names import normalize
from .parts import parts_of
from .resolve import Context, choose, in_its_province, qualifier_score
from .sources import KIND_ALTERNATE, KIND_CURATED, KIND_DEMONYM
from .support import (
    BROAD_FEATURES,
    SCAN_MIN_POPULATION,
    WEAK_FEATURES,
    a_people,
    called_a_division,
    called_a_province,
    filed_from,
    foreign_alone,
    misdated,
    near_the_report,
    overlapping_entity,
    scan_worthy,
    stray_alternate,
    supported,
    without_overlaps,
)
from .unnamed import capitals_named_by_country, places_named_by_country
from .wording import (
    DIVISION_NOUNS,
    GENERIC_TRAILERS,
    MAX_SCAN_TOKENS,
    NAME_JOINERS,
    RUN_JOINERS,
    after_place_preposition,
    before_division,
    capitalized,
    division_owner,
    heads_a_name,
    held_by_joiner,
    name_continuations,
    named_as_a_place,
    named_for_a_site,
    proper,
    surname,
    taken_as_ground,
    told_as_a_place,
)

PLACE_TYPES = frozenset({"GPE", "LOC", "FACILITY"})
# Entity types that are sometimes a place name the tagger mislabelled ("EU" as ORG).
NAME_TYPES = frozenset({"ORG", "PERSON", "OTHER", "MILITARY_UNIT"})
PERSON_PLACE_FEATURES = frozenset({"country", "region", "water"})  # "Jordan", not "Nelson"
# spaCy labels whose words are no place even when capitalized ("March 3", "Christmas").
NOT_PLACES = frozenset({
    "DATE", "TIME", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LAW", "LANGUAGE",
})
DIVISION_FEATURES = frozenset({"region", "admin1", "admin2"})  # what a name called a division may mean
SITE_TOWN_POPULATION = 20_000  # a town a site is named after ("Eilat port") is at least this big
SITE_PERSON_TOWN_POPULATION = 100_000  # ... and this big when the tagger read its name as a person's
SHORT_NAME_LETTERS = 3  # names this short must match a primary/curated name
# Facilities named after the city they stand in ("the Hanoi Summit", "Kabul airport"); a
# memorial or a station is as often named after a person ("the Lincoln Memorial").
GATHERINGS = frozenset({"summit", "conference", "forum", "talks", "airport", "airbase", "games"})
POSSESSIVE = re.compile(r"[’']s$")
QUALIFIER_GAP = re.compile(r"^\s*,\s*$")
LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")  # "A, B", "A and B", "A, B, and C"


class GeoStage:
    """Detects and resolves toponyms; fills ``record.places``."""

    name: ClassVar[str] = "geo"
    requires: ClassVar[tuple[str, ...]] = ("doc", "entities")
    assigns: ClassVar[tuple[str, ...]] = ("places",)

    def __init__(self, options: Options, gazetteer: Gazetteer | None = None) -> None:
        self.options = options
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:  # opened on first use: importing the stage stays cheap
            self._gazetteer = shared_gazetteer()
        return self._gazetteer

    def __call__(self, record: Record) -> Record:
        text = record.document.text
        mentions, unknown = self._entity_mentions(record)
        mentions += self._scan_mentions(record, mentions)
        mentions += capitals_named_by_country(record, mentions, self.gazetteer)
        mentions = [self._as_division(record.doc, m) for m in without_overlaps(mentions)]
        mentions = [m for m in (self._among_owner_namesakes(record.doc, m) for m in mentions) if m is not None]
        self._attach_qualifiers(text, mentions)
        record.places = self._resolve(record, mentions)
        respelled = self._respelled(record, unknown, mentions)
        if respelled:
            mentions = without_overlaps(mentions + respelled)
            self._attach_qualifiers(text, mentions)
            record.places = self._resolve(record, mentions)
        unnamed = places_named_by_country(record, mentions, self.gazetteer)
        if unnamed:
            mentions = without_overlaps(mentions + unnamed)
            self._attach_qualifiers(text, mentions)
            record.places = self._resolve(record, mentions)
        return record

    def _as_division(self, doc: Doc, m: Mention) -> Mention:
        """ "the state of Guerrero", "the province of Sindh": a name a division noun introduces
        is that division, not a town of the same name, when the gazetteer has one."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return m
        of = span.root.head
        if not (span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i
                and of.head.lower_ in DIVISION_NOUNS):
            return m
        divisions = tuple(c for c in self.gazetteer.lookup(m.key)
                          if c.feature in DIVISION_FEATURES and c.kind <= KIND_ALTERNATE)
        name = " ".join(c.text for c in of.head.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        if name:  # "the Aurangabad district of Bihar": the division has its own name, and the
            # place after "of" is the wider one it lies in, a division only where one of that
            # name holds a namesake of it (not "the Khan Younis district of Gaza": Mozambique's
            # Gaza province holds no Khan Younis)
            named = self.gazetteer.lookup(name)
            divisions = tuple(d for d in divisions if any(in_its_province(n, d) for n in named))
        return replace(m, candidates=divisions, weak=False) if divisions else m

    def _owner_readings(self, doc: Doc, start: int, end: int) -> tuple[Candidate, ...]:
        """The gazetteer's readings of the wider place a named division is said to lie in ("the
        Hyderabad district of Sindh", "Kaduna's Kajuru district"), none when no owner is told."""
        owner = division_owner(doc, start, end)
        return tuple(self.gazetteer.lookup(owner)) if owner is not None else ()

    def _among_owner_namesakes(self, doc: Doc, m: Mention) -> Mention | None:
        """ "the Mirpur district of Dhaka", "Lima's San Miguel district": a named division lies
        in the place it is said to be of, so only its namesakes in a place of that name count
        (not New Mirpur in Pakistan); with none there, the name is left to the wider place."""
        wider = self._owner_readings(doc, m.start, m.end)
        if not wider:
            return m  # (an owner the gazetteer does not know leaves the name as it is)
        inside = tuple(c for c in m.candidates if c.feature in ("country", "region")
                       or any(in_its_province(c, w) for w in wider))  # (any place of the owner's name:
        # "the Amritsar district of Punjab" is in India's Punjab, not Pakistan's bigger one)
        # (a country's own word stands: "the Indian state of Kerala", "the U.S. District Court")
        if inside == m.candidates:
            return m
        return replace(m, candidates=inside) if inside else None

    def _respelled(self, record: Record, unknown: list[Mention], found: list[Mention]) -> list[Mention]:
        """Place names the tagger found and no entry carries, read as another spelling of a
        town in a country the report's places are in ("the town of Kabkabiya" in a report on
        Sudan: Kabkabiyah). A second pass: the countries come from the first."""
        countries = frozenset(p.country for p in record.places if p.country)
        doc = record.doc
        out = []
        for m in unknown:
            if any(f.start < m.end and m.start < f.end for f in found) or not told_as_a_place(doc, m.start, m.end):
                continue
            spelled = self.gazetteer.spelled_like(m.key, countries)
            cands = tuple(c for c in spelled if near_the_report(c, record.places))
            if cands:
                out.append(Mention(m.start, m.end, m.key, "spelling", m.entity, cands))
        return out

    # -- detection -------------------------------------------------------------------
    def _lookup(self, words: str) -> tuple[str, tuple[Candidate, ...]]:
        """Candidates for a mention's words, trying "the"/possessive/generic-word variants."""
        words = POSSESSIVE.sub("", words.strip())
        tries = [words]
        lowered = words.casefold()
        for trailer in GENERIC_TRAILERS:
            if lowered.endswith(" " + trailer):
                tries.append(words[: -len(trailer) - 1])
        for attempt in tries:
            cands = self.gazetteer.lookup(attempt)
            if sum(c.isalpha() for c in attempt) <= SHORT_NAME_LETTERS:
                # "AI", "MoD": a short word matches only a real name, never a stray alternate.
                cands = tuple(c for c in cands if c.kind != KIND_ALTERNATE)
            if cands:
                return attempt, cands
        return words, ()

    def _entity_mentions(self, record: Record) -> tuple[list[Mention], list[Mention]]:
        """The mentions the entities give, and the place entities no entry names (their
        words, for :meth:`_respelled`)."""
        text = record.document.text
        out: list[Mention] = []
        unknown: list[Mention] = []
        for entity in record.entities:
            for span in entity.mentions:
                words = text[span.start: span.end]
                if entity.type in PLACE_TYPES:
                    span = self._widen(record, span) or span
                    words = text[span.start: span.end]
                    key, cands = self._lookup(words)
                    if not cands and entity.name and entity.name != words:
                        key, cands = self._lookup(entity.name)
                    if cands and not stray_alternate(cands):
                        out.append(Mention(span.start, span.end, key, "ner", entity.id, cands,
                                           country=entity.country if entity.kb_id else None))
                    else:  # "Greece Italy" (a lost comma), "Suffolk County Times"
                        sited = entity.type == "FACILITY" and words.split()[-1].lower() in GATHERINGS
                        inside = self._inside(record, span.start, span.end, entity.id, "embedded",
                                              sited=sited)
                        out += inside
                        if not inside and not cands and entity.type != "FACILITY":
                            unknown.append(Mention(span.start, span.end, key, "spelling", entity.id))
                elif entity.type == "NORP":
                    key, every = self._lookup(words)
                    cands = tuple(c for c in every if c.kind == KIND_DEMONYM
                                  or (c.kind <= KIND_CURATED and c.feature in BROAD_FEATURES))
                    located = None if cands else self._located(
                        record, span.start, span.end, key, every, entity.id)
                    if cands:
                        out.append(Mention(span.start, span.end, key, "demonym", entity.id, cands))
                    elif located is not None:  # "clashes in Culiacan", tagged a nationality
                        out.append(located)
                    else:  # "Russian-European", "pro-Russian"
                        out += self._inside(record, span.start, span.end, entity.id, "embedded")
                elif entity.type in NAME_TYPES:
                    out.extend(self._names_inside(record, span.start, span.end, entity))
        return out, unknown

    def _division(self, first: Token, last: Token) -> tuple[int, tuple[Candidate, ...]] | None:
        """The end and readings of a name with the division noun after ``last`` ("Kayes
        region"), when the gazetteer knows the division by that name."""
        doc = last.doc
        if last.i + 1 >= len(doc) or doc[last.i + 1].lower_ not in DIVISION_NOUNS:
            return None
        nxt = doc[last.i + 1]
        end = nxt.idx + len(nxt.text)
        found = tuple(c for c in self.gazetteer.lookup(doc_text(doc)[first.idx:end])
                      if c.kind <= KIND_ALTERNATE and c.feature not in WEAK_FEATURES)
        return (end, found) if found else None

    def _widen(self, record: Record, span) -> Span | None:
        """"New Jersey" tagged as "Jersey", "South America" as "America": take the neighbour
        word back when the longer words are a place name of their own."""
        doc, text = record.doc, record.document.text
        inside = doc.char_span(span.start, span.end, alignment_mode="contract")
        if inside is None or not len(inside):
            return None
        first, last = inside[0], inside[-1]
        options = []  # (start, end, the weakest name kind that counts)
        if first.i > 0 and capitalized(doc[first.i - 1]) and not doc[first.i - 1].is_stop:
            options.append((doc[first.i - 1].idx, span.end, KIND_CURATED))
        ends = name_continuations(doc, last.i)
        if ends:  # "Mazar" of "Mazar-i-Sharif", "Mocimboa" of "Mocimboa da Praia"
            # a name joined by "-i-" or "da" is no stray: another spelling of it counts
            options += [(span.start, t.idx + len(t.text),
                         KIND_CURATED if t.i == last.i + 1 else KIND_ALTERNATE) for t in reversed(ends)]
        elif last.i + 1 < len(doc) and doc[last.i + 1].lower_ in DIVISION_NOUNS:
            nxt = doc[last.i + 1]  # "Latakia province" is the province, not the city (any
            # reading of the whole: "Khyber district" is an admin2 the scan's _division leaves)
            options.append((span.start, nxt.idx + len(nxt.text), KIND_ALTERNATE))
        for start, end, weakest in options:
            if any(c.kind <= weakest for c in self.gazetteer.lookup(text[start:end])):
                return make_span(text, start, end)
        return None

    def _names_inside(self, record: Record, start: int, end: int, entity: Entity
                      ) -> list[Mention]:
        """A place name that is the whole of, or a part of, an organization's name; a name
        a place preposition governs may be a town's the tagger cut short ("in Dera Ismail
        Khan", tagged the person "Ismail Khan")."""
        text = record.document.text
        if after_place_preposition(record.doc, start, end) or before_division(record.doc, end):
            # "in Dera Ismail Khan"; "the Sumy region" (tagged an organisation) is the region
            widened = self._widen(record, make_span(text, start, end))
            if widened is not None:
                start, end = widened.start, widened.end
        key, cands = self._lookup(text[start:end])
        words = text[start:end]
        if words.split()[-1].lower() in DIVISION_NOUNS:
            regions = tuple(c for c in cands if c.kind <= KIND_ALTERNATE and c.feature not in WEAK_FEATURES)
            if regions:  # "the Sumy region", widened from "Sumy" (tagged an organisation)
                return [Mention(start, end, key, "name", entity.id, regions)]
        single_word = " " not in words.strip()
        # A one-word "person" may be a surname ("Nelson"); "Tamil Nadu" is a mislabelled state.
        features = PERSON_PLACE_FEATURES if entity.type == "PERSON" and single_word \
            else BROAD_FEATURES
        weakest = KIND_CURATED
        if named_as_a_place(record.doc, start, end):
            features = features | WEAK_FEATURES  # "the regional capital, Banja Luka"
            weakest = KIND_ALTERNATE  # "the city of Kryvyi Rih", spelled Kryvyy Rih in the gazetteer
        sited = entity.kb_id is None and named_for_a_site(record.doc, start, end)  # ("Goma airport";
        # not "the UN camp", "a Wagner camp": an organisation's)
        if sited:
            features = features | WEAK_FEATURES
        least = SITE_PERSON_TOWN_POPULATION if entity.type == "PERSON" else SITE_TOWN_POPULATION
        broad = tuple(c for c in cands if c.kind <= weakest and c.feature in features and not (
            sited and c.feature in WEAK_FEATURES and c.population < least))
        # (a town a site is named after is no village of the name elsewhere, and a person's
        # name there is a town's only for a big one: "Goma airport", not "Logan airport", "the Obi camp")
        if broad:
            # Keep the big cities of the same name too: "WASHINGTON" (a dateline) is the city.
            big = tuple(c for c in cands if c.feature == "city" and scan_worthy(c))
            return [Mention(start, end, key, "name", entity.id, broad + big,
                            weak=sited and entity.type == "PERSON")]  # ("Kennedy airport" in a
            # report on New York: a person's name before a site is a town only beside the report's places)
        filed = filed_from(record, start, end, cands)
        if filed:  # "SRINAGAR (Reuters) -", tagged a person: a dateline names where the report
            # was filed, a big town of that name
            return [Mention(start, end, key, "name", entity.id, filed)]
        located = self._located(record, start, end, key, cands, entity.id,
                                entity.type == "ORG" and entity.kb_id is not None,
                                entity.type == "PERSON" and entity.kb_id is not None)
        if located is not None:
            return [located]
        if entity.type == "PERSON":  # "Paul", "Mary Douglas": a person's name is no place
            return []
        return self._inside(record, start, end, entity.id, "embedded")

    def _located(self, record: Record, start: int, end: int, key: str,
                 cands: tuple[Candidate, ...], entity: str | None, known_organisation: bool = False,
                 known_person: bool = False) -> Mention | None:
        """"killed a trader in Goma", tagged a person: a name that a preposition of place
        governs and that names a town is the town. A big town of that name stands on its
        own, a small one only when the document's other places are near it (a weak mention);
        another spelling counts only for a big town ("Khan Younis", "a court in Duhok") and not
        for the name of an organisation the knowledge base knows ("in Hamas" is no other
        spelling of Hamm), and a person it knows is no ground struck ("hit Warren")."""
        struck = not after_place_preposition(record.doc, start, end)
        if struck and (known_organisation or known_person or not taken_as_ground(record.doc, start, end)):
            return None
        # a joined name ("Surigao del Sur", tagged an organisation) is no stray spelling
        spelled = not known_organisation or held_by_joiner(record.doc, start, end)
        towns = tuple(c for c in cands if c.feature in WEAK_FEATURES | {"admin1"} and (
            c.kind <= KIND_CURATED or (c.population >= SCAN_MIN_POPULATION and spelled)))
        if struck:  # "seized Goma": only a town that stands on its own (not "stormed Pierre's house")
            towns = tuple(c for c in towns if c.population >= SCAN_MIN_POPULATION)
        if not towns:  # (a division's towns outside the place it is said to be of are dropped
            # with every other mention's: :meth:`_among_owner_namesakes`)
            return None
        big = any(c.population >= SCAN_MIN_POPULATION for c in towns)
        return Mention(start, end, key, "name", entity, towns, weak=not big)

    def _inside(self, record: Record, start: int, end: int, entity: str | None, origin: str,
                sited: bool = False) -> list[Mention]:
        """Place names inside a longer name; ``sited``: the name is a facility or a gathering
        ("the Hanoi Summit", "Kabul airport"), so a big city in it is where it stands."""
        inside = record.doc.char_span(start, end, alignment_mode="contract")  # never scan the Doc
        tokens = list(inside) if inside is not None else []
        return self._scan_tokens(record.document.text, tokens, origin, entity, sited)

    def _scan_mentions(self, record: Record, found: list[Mention]) -> list[Mention]:
        """Prominent gazetteer names in capitalized words no entity covers."""
        covered: set[int] = set()
        for entity in record.entities:
            for span in entity.mentions:
                covered.update(range(span.start, span.end))
        for m in found:
            covered.update(range(m.start, m.end))
        run: list = []
        out: list[Mention] = []
        joined_to = -1
        for token in record.doc:
            if token.i <= joined_to:
                run.append(token)
                continue
            if run and token.lower_ in RUN_JOINERS:  # "Mocimboa da Praia": one name goes on
                joined_to = self._joined_name(record, run[-1])
                if joined_to > 0 and not covered.intersection(
                        range(token.idx, record.doc[joined_to].idx + 1)):
                    run.append(token)
                    continue
                joined_to = -1
            if token.idx in covered or not capitalized(token) or (token.ent_type_ in NOT_PLACES
                                                                  and not misdated(token)) \
                    or surname(token):
                if run:
                    out += self._scan_tokens(record.document.text, run, "scan", None)
                run = []
                continue
            run.append(token)
        if run:
            out += self._scan_tokens(record.document.text, run, "scan", None)
        return out

    def _joined_name(self, record: Record, word) -> int:
        """The index of the last word of a place name that joiners carry on from ``word``
        ("Mocimboa" da "Praia"), or -1: only when the joined words are a gazetteer name."""
        text = record.document.text
        for end in reversed(name_continuations(record.doc, word.i)):
            if end.i > word.i + 1 and any(c.kind <= KIND_ALTERNATE for c in
                                          self.gazetteer.lookup(text[word.idx: end.idx + len(end.text)])):
                return end.i
        return -1

    def _scan_tokens(self, text: str, tokens: list, origin: str, entity: str | None,
                     sited: bool = False) -> list[Mention]:
        """Longest gazetteer names in a run of capitalized tokens.

        A prominent match (a country, region, demonym or big city) is a mention; a small
        town, or a town inside a longer name ("Beverly Hills Police Department"), is a weak
        mention that resolution keeps only when the document's other places support it.
        """
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            found = None
            for size in range(min(MAX_SCAN_TOKENS, len(tokens) - i), 0, -1):
                window = tokens[i: i + size]
                if not all(capitalized(t) or t.lower_ in NAME_JOINERS for t in window) \
                        or not capitalized(window[-1]) or not capitalized(window[0]) \
                        or (size > 1 and window[0].is_stop):
                    continue
                start, end = window[0].idx, window[-1].idx + len(window[-1].text)
                named = tuple(c for c in self.gazetteer.lookup(text[start:end])
                              if c.kind <= KIND_CURATED or c.kind == KIND_DEMONYM)
                if not named or (size == 1 and not proper(window[0], named) and not in_dateline(window[0])):
                    continue  # (a dateline's capitals are a town, whatever the tagger read: "BANGUI")
                division = self._division(window[0], window[-1])
                strong = tuple(c for c in named if scan_worthy(c))
                whole = size == len(tokens) or sited or any(
                    c.feature in BROAD_FEATURES or c.kind == KIND_DEMONYM for c in strong)
                if division is not None:  # "in the Kayes region": the region, not the city
                    end = division[0]
                    found = Mention(start, end, text[start:end], origin, entity, division[1])
                elif strong and whole:
                    found = Mention(start, end, text[start:end], origin, entity, strong)
                else:
                    small = tuple(c for c in named if c.feature in WEAK_FEATURES)
                    if small and not heads_a_name(window[-1]):  # "Secretary of State": no town
                        said = whole and named_as_a_place(window[0].doc, start, end)
                        found = Mention(start, end, text[start:end], origin, entity, small,
                                        weak=not said)
                if found is not None:
                    out.append(found)
                    i += size
                    break
            if found is None:
                i += 1
        return out

    def _attach_qualifiers(self, text: str, mentions: list[Mention]) -> None:
        """"Paris, Texas": the second name qualifies the first; outside a list ("Kyiv,
        Kharkiv and Odesa") it is read as the state or country it names ("Charlevoix, Quebec"
        is the province, not a town that also answers to the name)."""
        def joined(a: Mention, b: Mention) -> bool:
            return bool(LIST_GAP.match(text[a.end: b.start]))

        for k, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False)):
            if QUALIFIER_GAP.match(text[first.end: second.start]):
                first.qualifier = tuple(c for c in second.candidates
                                        if c.feature in ("country", "admin1"))
                in_list = (k > 0 and joined(mentions[k - 1], first)) or (
                    k + 2 < len(mentions) and joined(second, mentions[k + 2]))
                if in_list and any(c.feature in ("country", "admin1") for c in first.candidates):
                    first.qualifier = ()  # "Morelos, Michoacan and Guerrero": three states, no town
                    # of one in another
                elif not in_list:
                    first.candidates = self._inside_qualifier(first)
                prominent = any(c.feature in BROAD_FEATURES or scan_worthy(c) for c in first.candidates)
                if first.qualifier and not in_list and not prominent:  # "Moscow, Washington": two cities
                    second.candidates = first.qualifier

    def _inside_qualifier(self, m: Mention) -> tuple[Candidate, ...]:
        """The mention's readings, with those inside the province its qualifier names when none
        of them is ("Victoria, Tamaulipas", "San Jose, Guaviare": the town the name also means
        there, which the readings kept for the name alone left out)."""
        provinces = [q for q in m.qualifier if q.feature == "admin1" and q.country]
        if not provinces or any(qualifier_score(c, m.qualifier) or (
                c.feature == "admin1" and c.country in {q.country for q in provinces}) for c in m.candidates):
            return m.candidates  # (a state named before another of its country, "Morelos, Michoacan and
            # Guerrero states", is no town in it)
        inside = tuple(c for q in provinces if q.country for c in self.gazetteer.lookup_in(m.key, q.country)
                       if c.admin1 == q.admin1 and c.feature in TOWN_FEATURES)
        known = {x.id for x in m.candidates}
        return m.candidates + tuple(c for c in inside if c.id not in known)

    # -- resolution ------------------------------------------------------------------
    def _resolve(self, record: Record, mentions: list[Mention]) -> list[Place]:
        """One sense per name per document: mentions with the same words share a reading."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for idx, m in enumerate(mentions):
            by_key[normalize(m.key)].append(idx)
        groups: list[tuple[list[int], tuple[Candidate, ...], tuple[Candidate, ...], bool, str | None]] = []
        for idxs in by_key.values():
            cands: dict[int, Candidate] = {}
            for i in idxs:
                for c in mentions[i].candidates:
                    if c.id not in cands or c.kind < cands[c.id].kind:
                        cands[c.id] = c
            if any(called_a_division(record, mentions[i]) for i in idxs):
                # "Sagaing region": the division, not its capital town, when the gazetteer
                # knows one by the name ("Kanbalu township", known only as a town, stays it)
                divisions = {k: c for k, c in cands.items() if c.feature in DIVISION_FEATURES}
                provinces = self._province_of_town(cands) if any(
                    called_a_province(record, mentions[i]) for i in idxs) else {}
                cands = divisions or provinces or cands
            qualifier = tuple(q for i in idxs for q in mentions[i].qualifier)
            weak = all(mentions[i].weak for i in idxs)
            hint = next((mentions[i].country for i in idxs if mentions[i].country), None)
            if any(c.feature == "country" and c.country == hint for c in cands.values()):
                # The knowledge base read "Georgia" as the country by its name alone; that
                # is the ambiguity to resolve, not evidence about it.
                hint = None
            groups.append((idxs, tuple(cands.values()), qualifier, weak, hint))
        first: dict[int, Candidate] = {}
        for gi, (_, options, qualifiers, weak, hint) in enumerate(groups):
            cand, _ = choose(options, None, qualifiers, kb_country=hint)
            if cand is not None and not weak:
                first[gi] = cand
        context = Context()
        for gi, cand in first.items():  # one vote per distinct name, not per repetition
            context.add(cand, gi)
        # a people in the plural ("40 Ethiopians in Eastleigh") supports a town of its own country,
        # but is no other place of the text that would make a namesake abroad look at home
        peoples = {gi for gi, (idxs, *_) in enumerate(groups)
                   if all(mentions[i].origin == "demonym" and a_people(record, mentions[i]) for i in idxs)}
        chosen: dict[int, Candidate] = {}
        for gi, (idxs, options, qualifiers, weak, hint) in enumerate(groups):
            cand, _ = choose(options, context, qualifiers, first.get(gi), gi, kb_country=hint)
            # "in Djibo", tagged an organisation, or "in Manbij", tagged no place: a place phrase
            # says it is a place, so the country named is support
            governed = any(m.origin == "name" or (m.origin == "scan" and after_place_preposition(record.doc, m.start,
                                                                                                 m.end))
                           for m in (mentions[i] for i in idxs))
            if cand is None or (weak and not supported(cand, first.values(), by_country=governed)) \
                    or foreign_alone(cand, [c for g, c in first.items()
                                             if g != gi and (g not in peoples or c.country == cand.country)],
                                      any(called_a_division(record, mentions[i]) for i in idxs)):
                continue
            for i in idxs:
                chosen[i] = cand
        return self._places(record, mentions, chosen)

    def _province_of_town(self, cands: dict[int, Candidate]) -> dict[int, Candidate]:
        """ "the Odesa region", "Russia's Bryansk region": a name the text calls a division, which the
        gazetteer knows only as a town, names the province the town is in when that province goes
        by another spelling ("Odessa Oblast", "Brjansk")."""
        towns = [c for c in cands.values() if c.feature in TOWN_FEATURES and c.admin1]
        out: dict[int, Candidate] = {}
        for town in towns:
            for c in self.gazetteer.lookup(town.admin1 or ""):
                if c.feature == "admin1" and c.country == town.country and c.admin1 == town.admin1:
                    out[c.id] = c
        return out

    def _places(self, record: Record, mentions: list[Mention], chosen: dict[int, Candidate]
                ) -> list[Place]:
        text = record.document.text
        places: dict[int, Place] = {}
        entity_of: dict[int, str | None] = {}
        for idx, m in enumerate(mentions):
            cand = chosen.get(idx)
            if cand is None or (m.origin == "demonym" and a_people(record, m)):
                continue  # ("two Palestinians": a people, which points at its country but names no place)
            place = places.get(cand.id)
            if place is None:
                place = Place(
                    id="", name=cand.name, lat=cand.lat, lon=cand.lon, feature=cand.feature,
                    country=cand.country, admin1=cand.admin1 if cand.feature != "country" else None,
                    geonameid=cand.geonameid, provenance=cand.source,
                )
                places[cand.id] = place
            if any(s.start < m.end and m.start < s.end for s in place.mentions):
                continue
            place.mentions.append(make_span(text, m.start, m.end))
            if entity_of.get(cand.id) is None and m.origin in ("ner", "name"):
                entity_of[cand.id] = m.entity
        ranked: list[tuple[tuple[int, int], Place]] = []
        for cid, place in places.items():
            place.mentions.sort(key=lambda s: s.start)
            place.entity = entity_of.get(cid) or overlapping_entity(record, place)
            first = place.mentions[0].start
            ranked.append(((first, 0), place))  # a derived part follows the place it divides
            ranked += (((first, k), part) for k, part in
                       enumerate(parts_of(text, place, cid, self.gazetteer), 1))
        ranked.sort(key=lambda kp: kp[0])
        out = [place for _, place in ranked]
        for n, place in enumerate(out, 1):
            place.id = f"p{n}"
        return out
