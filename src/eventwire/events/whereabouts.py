"""Where a happening took place: the place its mentions' clauses name, or the report's own.

Read by the folding of mentions into rows (:mod:`.happenings`), once per record: a physical
act with no place of its own, told as current news, takes the town the report is about; a
statement is placed only where it was said ("told journalists in Banja Luka"), where the
body that made it sits ("a Phnom Penh court", "the U.S. Embassy in Dhaka"), never where its
speaker is from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cached_property
from typing import Protocol

from spacy.tokens import Token

from ..geo.gazetteer import is_capital, is_demonym
from ..geo.resolve import great_circle_km
from ..nlp.syntax import PLURAL_TAGS, first_conjunct, in_dateline
from ..record import Event, Location, Record, make_span
from . import clauses, mood
from . import eventhood as eh
from .cameo import LEGAL_ACTION_CODE
from .clausewords import LATER_WORDS, PLACE_ENTS, REPORTING_LEMMAS, TIME_ENTS, prep_objects
from .placephrases import names_division
from .placing import (
    CONTENT_PREPS,
    REMOTE_CODES,
    SEQUENCE_MARKS,
    nationwide,
    reference_point,
    seals_an_accord,
    town_inside,
    where_named,
)
from .sites import (
    a_quarter,
    addressed_in_words,
    at_dateline,
    filed_from,
    joined_to_a_party,
    on_a_journey,
    seat_of_a_body,
    site_phrases,
    told_at,
    unnamed_area,
    unplaced_site,
    unplaced_town,
    voiced_by,
)

NARROW_FEATURES = frozenset({"city", "locality", "admin2", "facility"})
DIVISION_FEATURES = frozenset({"admin1", "admin2"})  # a province or a district: wider than a town in it
DATELINE_TOWNS = frozenset({"city", "locality"})  # what a dateline town narrower than a division is
DISTRICT_TOWN_KM = 100.0  # a dateline town this near a district the lead names may be in it
BROAD = frozenset({"country", "region", "admin1", "water"})
SAID_WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
OCCASION_PREPS = frozenset({"in", "at", "during"})  # "told a briefing in Kyiv", "during a Mass in Kumbo"
SCENE_VERBS = frozenset({"host", "see", "witness", "experience", "suffer", "endure", "face"})  # a place
# that "hosted talks" or "saw clashes" is where they were
CARRYING_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp"})  # clauses that carry the act on
AUDIENCE_VERBS = frozenset({"tell", "speak", "talk", "brief"})  # said to someone: "told journalists"
AUDIENCE_PREPS = frozenset({"to", "with"})  # "speaking to reporters"
SPEAKING_LEMMAS = AUDIENCE_VERBS - {"tell"} | {"address"}  # a speaker "speaking at a rally in X"
PRONOUN_SPEAKERS = frozenset({"he", "she", "they"})  # a speaker named back at a sentence's start
SPOKEN_FROM_PREPS = frozenset({"from"})  # "speaking from Paris, where he lives in exile": where he spoke
SPOKEN_PLACE_PREPS = SAID_WHERE_PREPS | SPOKEN_FROM_PREPS  # "Speaking in/from X, he said"


class Told(Protocol):
    """A trigger's reading, as much of it as placing needs."""

    token: Token
    event: Event


def points_back(tok: Token, words: tuple[str, ...] = ("there", "then")) -> bool:
    """The trigger's clause opens with "there" or "then": it carries on the sentence before."""
    verb = clauses.clause_verb(tok)
    return any(c.lower_ in words and c.dep_ == "advmod" and c.i < verb.i for c in verb.children)


def _audiences(verbs: Iterable[Token]) -> set[int]:
    """The press the verbs that carry a statement address: "told journalists in Brussels",
    "speaking to reporters in Canberra" (the parser hangs the place on them; it is where the
    statement was made; not "told his counterparts in the Gulf", who may be elsewhere)."""
    found = set()
    for verb in verbs:
        if verb.lemma_.lower() not in AUDIENCE_VERBS:
            continue
        heard = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + prep_objects(verb, AUDIENCE_PREPS)
        found |= {t.i for t in heard if clauses.in_words(t, "press")}
    return found


def _speaking_occasions(verb: Token, speaker: Token | None) -> set[int]:
    """Where a statement was made, told beside it: the speaker "speaking at a rally in Tehran" or
    "addressing the UN General Assembly in New York" (a participle on the speaker, and whom it
    addresses), or the act made "in a speech in Ankara" (an occasion of telling on the verb or,
    as the parser may hang it, on its object)."""
    found: set[int] = set()
    if speaker is not None:
        for c in speaker.children:
            if c.dep_ == "acl" and c.lemma_.lower() in SPEAKING_LEMMAS:
                found |= {c.i} | {o.i for o in c.children if o.dep_ == "dobj"}
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *prep_objects(verb, ("as", "for"))]
    # (the parser may hang a press occasion on what the act called or asked: "praised the deal as
    # a breakthrough at a news conference in Geneva"; a gathering only on the verb: "appealed for
    # their release during a Mass in Kumbo", not "condemned the violence at the rally in Tbilisi")
    for holder in holders:
        occasions = [o for o in prep_objects(holder, OCCASION_PREPS) if clauses.in_words(o, "telling_occasions")
                     or (holder.i == verb.i and clauses.in_words(o, "speaking_occasions")
                         and not _the_reasons_occasion(o, verb))]
        found |= {o.i for o in occasions}
        # "condemned the kidnapping in a statement issued in Abuja": the statement's own verb, when a
        # place is what it was issued in (not "issued in the wake of the attack in X", "published in
        # the Tehran Times")
        found |= {c.i for o in occasions for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and any(g.ent_type_ in PLACE_ENTS for g in prep_objects(c, ("in", "at")))}
    return found


def _the_reasons_occasion(occasion: Token, verb: Token) -> bool:
    """ "praised the police for their conduct during the rally in Lahore": a gathering named with
    "the" after the act's reason ("for ...") is the one the reason is about (not "appealed for
    their release during a Mass in Kumbo")."""
    return any(d.dep_ == "det" and d.lower_ == "the" for d in occasion.children) and any(
        p.dep_ == "prep" and p.lower_ == "for" and p.i < occasion.i for p in verb.children)


def _to_a_place(prep: Token) -> bool:
    """ "summoned its ambassador back to Paris": sent to a place (not "summoned to the Polish
    foreign ministry", the body that summons)."""
    return any(g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS for g in prep.children)


def _no_longer_there(holder: Token) -> bool:
    """ "The former U.S. mission in Kabul", "Britain's ex-embassy in Moscow, now a museum in
    Moscow": a seat once held is no place a body speaks from."""
    return any((c.dep_ in ("amod", "compound", "advmod") and c.lower_.rstrip("-") in FORMER_WORDS)
               or (c.dep_ == "appos" and any(a.dep_ == "advmod" and a.lower_ == "now" for a in c.children))
               for c in holder.children)


FORMER_WORDS = frozenset({"former", "ex", "onetime", "erstwhile", "then"})  # a seat no longer held
RECALL_WORDS = frozenset({"back", "home"})  # "summoned its ambassador back": a recall, not a summons


def _the_town_named_back(tok: Token) -> bool:
    """The act's sentence names "the capital" or "the city": the dateline's town, where the
    report says it was, though it also names a village the gazetteer lacks."""
    return any(t.lower_ in TOWN_NAMED_BACK and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               for t in tok.sent)


def _governors_at_its_time(verb: Token) -> list[Token]:
    """The verb and the words above it, up to a clause set at another time ("stranded in Puerto
    Rico since gangs seized the capital's airport": the seizure was not in Puerto Rico)."""
    above = clauses.governors(verb)
    for k, gov in enumerate(above):
        if gov.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in gov.children):
            return above[:k + 1]
    return above


TOWN_NAMED_BACK = frozenset({"capital", "city"})  # "in the capital": the town a report is filed from


class Whereabouts:
    """The places of one record's happenings; the report's own place is found once."""

    def __init__(self, record: Record, trigger_tokens: set[int], anchor: date | None) -> None:
        self.record = record
        self.trigger_tokens = trigger_tokens
        self.anchor = anchor

    def location(self, rep: Told, others: Sequence[Told], current: bool,
                 before: Sequence[Told] = ()) -> Location | None:
        """The row's place: one its mentions' clauses name; for a physical act with none, when
        current, the place the report is about; a statement only where it was said, or at
        the meeting of the sentence ``before`` whose sides it names back."""
        # (a charge is filed in a court, though PLOVER reads it as an accusation: the legal act's place)
        material = rep.event.plover in clauses.words("material_types") or rep.event.cameo == LEGAL_ACTION_CODE
        located = sorted((m.event.location for m in [rep, *others] if m.event.location is not None),
                         key=lambda where: at_dateline(self.record, where))  # the act's own words first
        if material and located and all(at_dateline(self.record, where) for where in located) \
                and any(self._unplaced_in({self._clause_range(m.token)}) for m in [rep, *others]) \
                and not any(_the_town_named_back(m.token) for m in [rep, *others]):
            return self._report_country() or located[0]  # "OUAGADOUGOU - ... attacked a convoy ...
            # The convoy was hit near the village of Gaskinde": a town the gazetteer lacks, in the
            # report's country, not at the dateline's capital
        if material and located:  # "a massacre in Amazonas state ... a bar in Tabatinga": the town
            return town_inside(self.record, located[0], located[1:]) or located[0]
        for m in [rep, *others]:
            said = self._said_where(m) or self._there(m) or self._seat(m) or self._summoned_at(m) \
                or self._spoken_next(m)
            if said is not None:
                return said
        met = self._at_meeting(rep, before)
        if met is not None:
            return met
        if material and self.anchor is not None and current and rep.event.cameo not in REMOTE_CODES:
            # with no publication date, news and background cannot be told apart; a call is made
            # from afar ("called Netanyahu ... against an offensive in Rafah": not in Rafah)
            if any(self._unplaced_in({self._clause_range(m.token)}) for m in [rep, *others]):
                return self._report_country()  # "killed eight militants in Lakki Marwat
                # district", a town the gazetteer lacks: not at the report's place
            unplaced = [name for m in [rep, *others] if (name := unplaced_site(self.record, m.token)) is not None]
            if unplaced and not (self._filed_at(self.focal_place) and a_quarter(self.record, unplaced[0])):
                return self._report_country()  # "A bomb killed three in Bannu. Gunmen killed
                # a policeman in Lakki Marwat", "JUBA - ... clashed in Kajo-Keji": not in the lead's
                # town nor at the dateline's (a quarter of the town a report is filed from,
                # which the text calls one, is in that town: "the Mtendere township")
            focal = self.focal_place
            if focal is not None and self._only_told_at(focal) \
                    and not any(site_phrases(self.record, m.token) for m in [rep, *others]):
                focal = self._country_of(focal)  # "Nigerian troops killed 30 fighters, the army said at
                # a briefing in Abuja": in the teller's country, not at his town (not "arrested 40
                # protesters outside parliament, the ministry said in Nairobi": there)
            if focal is not None and any(nationwide(m.token) for m in [rep, *others]):
                return self._country_of(focal)  # "Soldiers were deployed to prisons across the
                # country": the report's country, not its town
            if focal is not None and any(unnamed_area(self.record, m.token) for m in [rep, *others]):
                return self._wider_than(focal)  # "ISLAMABAD - Gunmen killed a polio worker in a
                # village in the country's northwest": in Pakistan, not at the dateline's town
            return focal
        return None

    def _only_told_at(self, where: Location) -> bool:
        """The place is named only as where someone spoke ("said in Bogota")."""
        place = self.record.place_by_id(where.place)
        named = [m for m in place.mentions if not filed_from(self.record, m.start, m.end)] if place else []
        return bool(named) and all(self._named_as(m.start, m.end, told_at) for m in named)

    def _wider_than(self, focal: Location) -> Location | None:
        """The country the report was filed from or its focal place lies in, where the text names
        it; else the named province the focal town lies in ("Ngala town in Borno state"); else
        none (not the town itself)."""
        wider = self._report_country() or self._country_of(focal)
        place = self.record.place_by_id(wider.place)
        if place is not None and place.feature == "country":
            return wider
        town = self.record.place_by_id(focal.place)
        if town is None:
            return None
        for other in self.record.places:
            if other.feature == "admin1" and other.mentions and other.country == town.country \
                    and other.admin1 and other.admin1 == town.admin1:
                m = other.mentions[0]
                return Location(span=make_span(self.record.document.text, m.start, m.end), place=other.id)
        return None

    def _country_of(self, where: Location) -> Location:
        """The country a place lies in, where the text names it; else the place."""
        place = self.record.place_by_id(where.place)
        if place is None:
            return where
        for other in self.record.places:
            if other.feature == "country" and other.country == place.country and other.mentions:
                m = other.mentions[0]
                return Location(span=make_span(self.record.document.text, m.start, m.end), place=other.id)
        return where

    def _at_meeting(self, rep: Told, before: Sequence[Told]) -> Location | None:
        """ "X met Y in El Alamein on Monday. The two leaders called for a ceasefire": a
        statement by the sides of a meeting just told, named back ("they", "the two leaders")
        and with no time of its own, was made there."""
        root = eh.role_root(self.record.doc, rep.event.actor)
        if root is None or rep.event.plover in eh.VIOLENT_TYPES - mood.SPEECH_TYPES \
                or (rep.event.date is not None and rep.event.date.span is not None):
            return None  # (not "the two armies clashed": a deed is where it was done; a warning is said)
        sides = root.tag_ in PLURAL_TAGS and not any(  # not "the Congolese opposition leaders"
            c.dep_ in ("compound", "amod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ in ("NOUN", "PROPN"))
            for c in root.children) and (
            any((c.lower_ == "both" and c.dep_ in ("det", "predet")) or (c.dep_ == "nummod" and c.lower_ == "two")
                for c in root.children)
            or (clauses.in_words(root, "meeting_sides") and any(c.lower_ == "the" for c in root.children)))
        if not (root.lower_ in ("they", "we") or sides):
            return None  # "the two leaders", "both sides", "the ministers"; not "the Palestinians"
            # or "the unions", who were not at the table
        met = [m for m in before if m.event.plover == "CONSULT" and m.event.location is not None]
        return met[-1].event.location if met else None

    @staticmethod
    def _clause_range(tok: Token) -> tuple[int, int]:
        """The tokens of the act's own clause (its verb's subtree; with a verb it is coordinated
        with, theirs: "stopped a convoy near the town of Kass and seized two trucks")."""
        verb = first_conjunct(clauses.clause_verb(tok))
        return verb.left_edge.i, verb.right_edge.i + 1

    def _said_where(self, m: Told) -> Location | None:
        """A place phrase on the act or on the clauses that carry it ("rejected the warrant,
        telling journalists in Banja Luka"; "in Washington, senators led calls on ..."), or on
        an actor that is a gathering ("an assembly of ministers in Cairo denounced"), never
        one inside a party's name ("the troops in Iraq")."""
        doc = self.record.doc
        if eh.said_of(m.token):
            return None  # "Nabil's murder is a blow to journalism in Yemen"
        verb = clauses.clause_verb(m.token)
        acts = self.trigger_tokens - {m.token.i}
        above = _governors_at_its_time(verb)
        verbs = {t.i for t in above if t.pos_ in ("VERB", "AUX")}
        verbs |= {t.i for t in verb.subtree if t.pos_ == "VERB" and t.dep_ in CARRYING_DEPS
                  and t.i not in acts and not (t.dep_ == "pcomp" and t.head.lower_ in CONTENT_PREPS)}
        # "telling reporters in X" carries the act; "killing ... in X" is another, and "accused
        # him of rigging the vote in X" says what the charge is about
        actor = eh.role_root(doc, m.event.actor)
        gathered: set[int] = set()
        if actor is not None and (actor.lemma_.lower() in clauses.words("gatherings")
                                  or actor.lemma_.lower() in SEATED):
            # (a court rules where it sits: "a court in Bucharest convicted")
            gathered = {actor.i} | {g.i for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for g in c.children if g.dep_ == "pobj"}  # "of ministers in Cairo"
        told = m.event.plover not in mood.SPEECH_TYPES  # a deed reported, not a statement
        stated = m.event.plover not in clauses.words("material_types")  # a statement or a measure
        mission = actor.i if stated and actor is not None and actor.i not in gathered \
            and clauses.in_words(actor, "missions") and not _no_longer_there(actor) else None
        # "The U.S. Embassy in Dhaka called on", "the Foreign Ministry in Tripoli ordered two
        # diplomats to leave": a statement or a measure of a body is made where it is said to sit,
        # unless a place the clause names says otherwise ("the embassy in Kabul said in a
        # statement issued in Islamabad"); not people said to be somewhere ("opposition leaders
        # in Nairobi"), nor a former mission
        seat: Location | None = None
        for gov in (verb, *above):
            if told and gov.i != verb.i and gov.lemma_.lower() in REPORTING_LEMMAS:
                break  # "flew to Washington, where he said drones had hit a plant": not there
            named = where_named(gov)
            if named is not None:
                found = self._place_under(named)  # "talks in Jeddah, where Ukraine said"
                if found is not None:
                    return found
        lo, hi = m.event.sentence.start, m.event.sentence.end
        target = m.event.target.span if m.event.target is not None else None
        # whose place phrases say where: the verbs, a gathering actor, whom a statement was made
        # to, and an accord sealed ("signed an agreement in Mexico City")
        hosts = verbs | gathered | ({mission} if mission is not None else set()) | _audiences(doc[i] for i in verbs) | {
            c.i for i in verbs if seals_an_accord(doc[i]) for c in doc[i].children if c.dep_ == "dobj"}
        if not told:
            hosts |= _speaking_occasions(verb, actor)
        for tok in doc.char_span(lo, hi, alignment_mode="expand") or ():
            if tok.dep_ != "prep" or tok.head.i not in hosts:
                continue
            if tok.lower_ not in SAID_WHERE_PREPS and not (
                    tok.lower_ in SPOKEN_FROM_PREPS and not told and tok.head.lemma_.lower() in SPEAKING_LEMMAS
                    and any(g.ent_type_ in PLACE_ENTS for g in tok.children if g.dep_ == "pobj")):
                continue  # ("speaking from Geneva"; not "from the perspective of Ukraine")
            for pobj in (c for c in tok.children if c.dep_ == "pobj"):
                if tok.head.i == mission:
                    if seat is None and not (tok.lower_ == "in" and clauses.in_words(pobj, "institutions")):
                        seat = self._place_under(pobj)  # (not "the delegation in Congress": a body, which a
                        # town may share a name with)
                    continue
                if told and told_at(pobj):
                    continue  # "killed five soldiers, the army said in Bamako": the teller's place
                if target is not None and target.start <= pobj.idx < target.end:
                    continue  # "voiced anger at Moscow": whom it was aimed at, not where
                found = self._place_under(pobj)
                if found is not None:
                    return found
        return seat

    def _spoken_next(self, m: Told) -> Location | None:
        """ "Sissi warned last week that ... Speaking in the city of Ismailia, he said ...": a
        statement whose next sentence opens on its speaker, named back, speaking somewhere and
        saying more was made there."""
        if m.event.plover not in mood.SPEECH_TYPES or m.event.actor is None:
            return None
        doc = self.record.doc
        sent = m.token.sent
        if sent.end >= len(doc):
            return None
        nxt = doc[sent.end].sent
        root = nxt.root
        if root.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].lower_ not in PRONOUN_SPEAKERS:
            return None  # "he", "she", "they": the speaker just told, not someone else
        if any(t.ent_type_ in TIME_ENTS or t.lower_ in LATER_WORDS for t in doc[nxt.start:root.i]):
            return None  # "Speaking in Warsaw on Wednesday, he ...", "Speaking later": another occasion
            # (what he said may name a day: "he said talks would resume on Monday")
        for occasion in root.children:
            if occasion.dep_ != "advcl" or occasion.i > subjects[0].i \
                    or occasion.lemma_.lower() not in SPEAKING_LEMMAS:
                continue
            for pobj in prep_objects(occasion, SPOKEN_PLACE_PREPS):
                found = self._place_under(pobj)
                if found is not None:
                    return found
        return None

    def _summoned_at(self, m: Told) -> Location | None:
        """ "Chad's government summoned Libya's charge d'affaires in N'Djamena": an envoy is
        called in where the text says he serves."""
        if not clauses.in_words(m.token, "summoning_verbs") or any(
                (c.dep_ in ("advmod", "prt") and c.lower_ in RECALL_WORDS) or (c.dep_ == "prep" and c.lower_ == "to"
                                                                              and _to_a_place(c))
                for c in m.token.children):
            return None  # "summoned its ambassador in Niamey back to Paris": a recall, made at home
        for envoy in (c for c in m.token.children if c.dep_ in ("dobj", "nsubjpass")
                      and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)):
            for pobj in prep_objects(envoy, ("in",)):
                found = self._place_under(pobj)
                if found is not None:
                    return found
        return None

    def _seat(self, m: Told) -> Location | None:
        """ "A Phnom Penh court sentenced", "Kano police arrested": a body that sits in one
        town, named with it, acts there."""
        root = eh.role_root(self.record.doc, m.event.actor)
        if root is None or not clauses.in_words(root, "seated"):
            return None
        for c in root.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
                found = self._place_under(c)
                if found is not None and not self._nationality_in_a_name(found):
                    return found
        return None

    def _nationality_in_a_name(self, found: Location) -> bool:
        """ "The Danish Refugee Council", "the Norwegian Refugee Council": a country named by
        its nationality inside an organisation's name says whose it is, not where it sits."""
        place = self.record.place_by_id(found.place)
        return place is not None and place.feature == "country" and is_demonym(found.span.text)

    def _there(self, m: Told) -> Location | None:
        """ "... talks failed at the Hanoi Summit. There, Kim asked ...": "there" on the act's
        clause points at the last place the sentence before names."""
        if not points_back(m.token, ("there",)):
            return None
        sent = m.token.sent
        if sent.start == 0:
            return None
        prev = self.record.doc[sent.start - 1].sent
        named = [(place, pm) for place, pm in self.record.place_mentions_between(
            prev.start_char, prev.end_char - 1) if not self._demonym(pm.start, pm.end)]
        if not named:
            return None
        _, pm = named[-1]
        return Location(span=make_span(self.record.document.text, pm.start, pm.end),
                        place=named[-1][0].id)

    def _place_under(self, head: Token) -> Location | None:
        """The narrowest resolved place a place phrase names: the phrase's head or the names
        in apposition, compound or "of"/"in" phrases under it ("the regional capital, Banja
        Luka"), never a demonym or a place deeper in a clause ("in relation to a plot to kill
        the Saudi ambassador")."""
        doc = self.record.doc
        reach = {head.i}
        frontier = [head]
        while frontier:
            tok = frontier.pop()
            for c in tok.children:
                nested = c.dep_ == "prep" and c.lower_ in ("of", "in", "near")
                if c.dep_ in ("appos", "compound", "conj", "pobj", "amod") or nested:
                    if c.i not in reach and c.ent_type_ != "NORP":
                        reach.add(c.i)
                        frontier.append(c)
        lo = min(doc[i].idx for i in reach)
        hi = max(doc[i].idx + len(doc[i]) for i in reach)
        best = None
        for place, pm in self.record.place_mentions_between(lo, hi):
            span = doc.char_span(pm.start, pm.end, alignment_mode="expand")
            if span is not None and span.root.i in reach \
                    and (span.root.ent_type_ != "NORP" or place.feature in NARROW_FEATURES):  # (a town
                # the tagger called a nationality, "A Tbilisi court"; not "Russian")
                key = (place.feature in BROAD, pm.start)
                if best is None or key < best[0]:
                    best = (key, Location(span=make_span(self.record.document.text, pm.start,
                                                         pm.end), place=place.id))
        return best[1] if best else None

    @cached_property
    def focal_place(self) -> Location | None:
        """Where the report is about: of the country its places name most, the narrow place
        it names first (the lead says where the news happened; a dateline abroad or the
        capital quoted later does not). A dateline ("ADDIS ABABA —") is where the report was
        filed: where the lead names another place, it does not count ("... clashed in Debre
        Markos"); where the lead names none, it is where the news happened ("BAGHDAD — A car
        bomb exploded near a market")."""
        named = {p.id: [m for m in p.mentions if not self._in_a_name(m.start, m.end)
                        and not self._demonym(m.start, m.end) and not self._voiced(m.start, m.end)
                        and not self._named_as(m.start, m.end, addressed_in_words)
                        and not self._named_as(m.start, m.end, seat_of_a_body)
                        and not self._named_as(m.start, m.end, lambda t: reference_point(self.record, t))
                        and not (p.feature == "facility" and self._acting(m.start, m.end))]
                 for p in self.record.places}  # ("The Pentagon said", "the Kremlin announced": a
        # government by the building it sits in, no place of what it tells; "accusing Beijing of":
        # whom a statement is aimed at)
        leads = {lead for ms in named.values() for m in ms if (lead := filed_from(self.record, m.start, m.end))}
        told = {pid: [m for m in ms if not filed_from(self.record, m.start, m.end)] for pid, ms in named.items()}
        unplaced = self._unplaced_in(leads)
        if unplaced or any(self._within(m.start, m.end, leads) and not self._a_party(m.start, m.end)
                           for ms in told.values() for m in ms):
            named = told
        mentions_in: dict[str, int] = {}
        for place in self.record.places:
            seat = is_capital(place.name, place.country)
            where = [m for m in named[place.id] if not self._modifier(m.start, m.end)
                     and not (seat and self._acting(m.start, m.end))]
            if place.country and where:
                mentions_in[place.country] = mentions_in.get(place.country, 0) + len(where)
        filed_in = self._filed_in_country() if unplaced else None  # "BAMAKO, Mali - Jihadists
        # attacked the town of Boulkessi": in Mali, not in Bamako
        if not mentions_in:
            return filed_in
        home = max(mentions_in, key=lambda c: mentions_in[c])
        tiers = (NARROW_FEATURES, frozenset({"admin1"}))
        found = []
        untold = {pid: [m for m in ms if not self._named_as(m.start, m.end, told_at)
                        and not self._named_as(m.start, m.end, on_a_journey)] for pid, ms in named.items()}
        for names in (untold, named):  # not the town a report was given in ("... beaten near
            # Šturlić ... told reporters in Sarajevo") nor one a journey set out from or was bound
            # for ("travelling from Quetta to Peshawar when it came under attack") while another
            # is named; the country counted
            for features in tiers:  # a town, else the province it is in ("Lamu County")
                found = [p for p in self.record.places if p.country == home and p.feature in features
                         and names[p.id]]
                if found:
                    break
            if found:
                named = names
                break
        if not found:
            return filed_in
        place = min(found, key=lambda p: named[p.id][0].start)
        first = named[place.id][0]
        if place.feature in DIVISION_FEATURES:  # "BENI, Congo — ... a village in North Kivu
            # province": the dateline's town inside the division the lead names is narrower
            inside = [(p, m) for p in self.record.places for m in p.mentions
                      if filed_from(self.record, m.start, m.end) and p.feature in DATELINE_TOWNS
                      and p.country == place.country and p.admin1 and p.admin1 == place.admin1
                      and (place.feature == "admin1"
                           or great_circle_km(p.lat, p.lon, place.lat, place.lon) <= DISTRICT_TOWN_KM)]
            # (of a district, only a town near it: "PESHAWAR — ... in North Waziristan district"
            # is in the district, a town of the same province 200 km away)
            if inside:
                place, first = inside[0]
        return Location(span=make_span(self.record.document.text, first.start, first.end),
                        place=place.id)

    def _report_country(self) -> Location | None:
        """The country a dateline names, unless the report's own place lies in another the text
        names and the body never names the dateline's ("DAKAR, Senegal - Security forces in Guinea
        arrested ... in Conakry ... blocked roads in Hamdallaye", a quarter the gazetteer lacks: in
        Guinea, not in Senegal)."""
        filed = self._filed_in_country()
        focal = self.focal_place
        if filed is None or focal is None:
            return filed
        home, abroad = self.record.place_by_id(focal.place), self.record.place_by_id(filed.place)
        if home is None or abroad is None or not home.country or home.country == abroad.country \
                or any(not filed_from(self.record, m.start, m.end) for m in abroad.mentions):
            return filed  # (the body names the dateline's country too: "Kenyan police arrested two
            # suspects in Kibera" in a report filed from Nairobi on Sudan's war)
        country = self._country_of(focal)
        named = self.record.place_by_id(country.place)
        return country if named is not None and named.feature == "country" else filed

    def _filed_in_country(self) -> Location | None:
        """The country a dateline names ("BAMAKO, Mali -")."""
        for place in self.record.places:
            for m in place.mentions:
                if place.feature == "country" and filed_from(self.record, m.start, m.end):
                    return Location(span=make_span(self.record.document.text, m.start, m.end), place=place.id)
        return None

    def _filed_at(self, where: Location | None) -> bool:
        """The dateline names the place (the report was filed from it)."""
        place = self.record.place_by_id(where.place) if where is not None else None
        return place is not None and any(filed_from(self.record, m.start, m.end) for m in place.mentions)

    def _unplaced_in(self, leads: set[tuple[int, int]]) -> bool:
        """The words in ``leads`` (token ranges) name a town the gazetteer does not know: the
        news is there, not where the report was filed nor at the report's place."""
        return any(unplaced_town(self.record, self.record.doc[lo:hi]) for lo, hi in leads)

    def _within(self, start: int, end: int, ranges: set[tuple[int, int]]) -> bool:
        """Whether the words at ``start:end`` lie in one of the token ``ranges``."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(lo <= span.root.i < hi for lo, hi in ranges)

    def _demonym(self, start: int, end: int) -> bool:
        """ "Russian drones": a nationality names no place the report is about."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.ent_type_ == "NORP"

    def _modifier(self, start: int, end: int) -> bool:
        """ "U.S. military officials", "Iran's foreign minister": a place name that qualifies
        a party says whose it is, not where the news happened."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        if names_division(self.record, root):
            return False  # "Sudan's Gezira province": the place itself, named with its division
        return root.dep_ in ("compound", "poss", "amod", "nmod") and root.head.ent_type_ not in PLACE_ENTS \
            and root.head.pos_ in ("NOUN", "PROPN") and not clauses.in_words(root.head, "seated") \
            and not clauses.in_words(root.head, "sites")  # "the Jenin refugee camp" is in Jenin

    def _voiced(self, start: int, end: int) -> bool:
        """ "drawing condemnation from Brussels": who voiced a statement, named nowhere near
        what happened (:func:`sites.voiced_by`)."""
        return self._named_as(start, end, voiced_by)

    def _named_as(self, start: int, end: int, reading: Callable[[Token], bool]) -> bool:
        """Whether the words at ``start:end`` are read so by ``reading`` (:mod:`placing`'s
        readings of a place name's phrase: voiced by, where a report was given, a journey's end)."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and reading(span.root)

    def _a_party(self, start: int, end: int) -> bool:
        """ "drew criticism from rights groups and Washington", "U.S. officials": a place name
        in the lead that stands for a government says who, not where the news happened, and
        leaves the dateline its say (one that voiced a statement, or that one is aimed at, is left
        out of ``named``)."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        return self._modifier(start, end) or self._acting(start, end) or joined_to_a_party(self.record, span.root)

    def _acting(self, start: int, end: int) -> bool:
        """ "Moscow launched strikes on Kyiv", "Beijing said": a capital that does something to
        something, or says it, is a government acting, not where the news happened (a county
        that orders an evacuation acts where it is)."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root, verb = span.root, span.root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() in SCENE_VERBS or in_dateline(root):
            return False  # "Baghdad hosted a summit", "Mogadishu witnessed another attack": the scene;
            # "KYIV — Russia launched drones": a dateline the parser made the subject
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
        if verb.lemma_.lower() in REPORTING_LEMMAS:
            return True
        # an act, or a light verb's act ("launched strikes"), done to something
        return bool(objects) and (verb.i in self.trigger_tokens or any(o.i in self.trigger_tokens for o in objects))

    def _in_a_name(self, start: int, end: int) -> bool:
        """A place word inside an organisation's or a work's name ("The Washington Post")."""
        span = self.record.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        if tok.ent_type_ not in ("ORG", "WORK_OF_ART", "PRODUCT", "EVENT"):
            return False
        doc = self.record.doc
        lo = tok.i
        while lo > 0 and doc[lo].ent_iob_ == "I":
            lo -= 1  # the entity's first token
        hi = tok.i + 1
        while hi < len(doc) and doc[hi].ent_iob_ == "I":
            hi += 1
        return doc[lo].idx < start or doc[hi - 1].idx + len(doc[hi - 1].text) > end


SEATED = frozenset({"court", "tribunal"})  # bodies that act where they sit
