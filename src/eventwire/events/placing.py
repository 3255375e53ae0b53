"""Where one mention's own words put it: a place phrase on the trigger, the one place its
clause names, or the ground an occupation takes.

The row's place is chosen later from all its mentions (:mod:`.whereabouts`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Token

from ..geo.gazetteer import is_capital
from ..geo.resolve import in_its_province
from ..geo.wording import BEARINGS, DIVISION_NOUNS, SURROUNDINGS, named_as_a_place
from ..nlp.syntax import dateline_lead, first_conjunct, in_dateline
from ..record import Location, Place, Record, make_span
from .acled import SEIZED_PEOPLE_CODE
from .cameo import GUILT_CODE, lookup
from .clauses import a_span_apart, clause_verb, in_words, party_word, side_by_side
from .eventhood import said_of
from .lexicon import event_noun, lexicon, words
from .mood import SPEECH_TYPES
from .naming import phrase_bounds
from .triggers import PLACE_ENTS, TIME_ENTS, Candidate, in_protest, prep_objects, voices_grievance, word_class

OVER_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts done over a sea or a region (not protests
# or statements "over" one: their topic)
LOCATION_PREPS = frozenset(
    "in at near outside inside across throughout through around into within from".split()
)
DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
OBJECT_PLACE_PREPS = ("in", "at", "near", "outside", "inside")  # where a thing acted on lies
SUBJECT_PLACE_PREPS = ("on", "in", "at", "near")  # what an act noun told as the subject hit ("a strike on a house")
MAX_PLACE_DEPTH = 3  # nested phrases looked through for a place ("a street in the city of X")
BROAD_PLACE_FEATURES = frozenset({"country", "admin1", "region"})
NATIONWIDE_WORDS = frozenset({"nationwide", "countrywide"})  # an act over the whole country
# Acts whose object is what they are about, not a thing they touch.
REMOTE_CODES = frozenset({"041"})  # CAMEO: discuss by telephone, held at no one place
TOPIC_TYPES = frozenset({"CONSULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT",
                         "CONCEDE"})
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until"})  # a clause told as another time
TALK_TYPES = frozenset({"CONSULT"})  # meetings and calls, held somewhere, about something else
CONTENT_PREPS = frozenset({"of", "for", "over", "about"})  # what a charge or a demand is about
# Acts a government does from its capital ("the Damascus assault on Idlib").
SEAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
# A town that names an act ("the Kabul bombing") is where it happened; a country that does
# ("U.S. strikes") is whose act it is.
TOWN_FEATURES = frozenset({"city", "locality", "facility", "admin2"})
PLACE_BREADTH = {f: i for i, f in enumerate(  # narrow to broad, for places named in one phrase
    ("facility", "locality", "city", "admin2", "admin1", "region", "country"))}
OCCUPY_CODE = "192"  # CAMEO: occupy territory
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dative"})  # a place that acts (a struck town stays where)
UNPLACED_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", ""})  # what a town the gazetteer lacks is tagged as
JOURNEY_ENDS = frozenset({"from", "to"})  # where a journey set out from or was bound for
TOLD_AT_PREPS = frozenset({"in", "at"})  # where a report was given ("said in Bamako")
TELLING_LEMMAS = frozenset({"say", "tell", "speak", "talk", "add"})  # only ever tell (not
# "declared an emergency at the hospital in Sibi")
# what a bare name the gazetteer lacks after "in" or "near" is tagged as when it is a town (not a
# square or a building, which mostly lie in the town already named, nor a body)
SITE_ENTS = frozenset({"GPE", "LOC", "PERSON"})
SITE_PREPS = frozenset({"in", "near", "outside", "around"})
CITY_WORDS = frozenset({"city", "capital", "town"})  # "the north of the city": a part of it
SITE_HOLDERS = frozenset({"dobj", "nsubjpass", "attr"})  # the verb's words a place phrase may hang on
BUILDING_WORDS = frozenset("house palace square hall building court embassy ministry parliament assembly "
                           "office headquarters street avenue road bridge mall hotel hospital university "
                           "college school mosque church temple cathedral station prison".split())
# divisions wider than a town that introduce a name by "of" (not all of DIVISION_NOUNS: "the
# Department of Transportation", "the Republic of X", "the district of", inside a town)
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
BESIDE_MARKS = frozenset({"as", "while"})  # a clause told beside an act noun's clause
GRIEVANCE_PREPS = frozenset({"against", "over"})  # what a protest is against
PROVINCES = frozenset({"state", "province", "region", "county", "governorate", "prefecture", "oblast"})
QUARTER_NOUNS = ("township", "district", "neighbou?rhood", "suburb", "quarter", "slum", "estate", "camp",
                 "commune", "ward", "borough", "settlement")  # parts of a town ("the Mtendere township")
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})  # contain the towns named with them


def nationwide(tok: Token) -> bool:
    """ "shut down mobile internet nationwide", "deployed to prisons across the country": the
    act's own clause spans the whole country."""
    for t in clause_verb(tok).subtree:
        if t.lower_ in NATIONWIDE_WORDS or (t.lower_ in ("country", "nation") and t.dep_ == "pobj"
                                            and t.head.lower_ in ("across", "throughout")):
            return True
    return False


def _sentence_country(record: Record, tok: Token) -> Location | None:
    """The first country the act's sentence names ("Bangladesh's government shut down ...")."""
    sent = tok.sent
    for place, m in record.place_mentions_between(sent.start_char, sent.end_char - 1):
        if place.feature == "country" and filed_from(record, m.start, m.end) is None:
            return Location(span=make_span(record.document.text, m.start, m.end), place=place.id)
    return None


def mention_location(record: Record, cand: Candidate, exclude: set[int]) -> Location | None:
    """Where: a place phrase on the trigger (or its light verb), else the clause's one place."""
    tok = cand.token
    if nationwide(tok) and (country := _sentence_country(record, tok)) is not None:
        return country  # "Bangladesh's government shut down mobile internet nationwide"
    if in_protest(tok):
        return None  # "occupied a building in protest at the war in Gaza": the grievance's place
    told_of = said_of(tok)  # "X's murder is a blow to journalism in Yemen": only its own phrases
    anchors = [tok]
    if tok.pos_ == "NOUN" and tok.head.i != tok.i and not told_of:
        anchors.append(tok.head)
    preps = LOCATION_PREPS | frozenset(cand.entry.location_preps)
    phrased = [(pobj, found) for anchor in anchors for pobj in prep_objects(anchor, preps)
               if not voiced_by(pobj) and (found := _place_in_phrase(record, pobj, exclude)) is not None
               and not _passed_through(pobj, record.place_by_id(found.place))]
    if phrased:
        # a town inside the province first named: one a phrase of place puts the act in, not
        # where someone came from ("arrested 30 protesters from Kisumu in Nairobi")
        inner: list[Location | None] = [loc for pobj, loc in phrased[1:] if pobj.head.lower_ in OBJECT_PLACE_PREPS]
        first = phrased[0][1]
        hit = _on_object(record, cand, exclude)
        inner += [hit, _taken_from(record, tok, exclude), _object_town(record, tok)]
        inside = town_inside(record, first, inner)
        if inside is not None:
            return inside
        own = _on_subject(record, cand, exclude) or hit
        if own is not None and _fronted(phrased[0][0].head) and _same_country(record, own, first) \
                and lookup(cand.code).plover in STRUCK_TYPES:
            return own  # "In Gaza, an Israeli airstrike on a house in Deir al-Balah killed seven",
            # "In Kyiv, missiles struck a power plant in Odesa": the scene set before the clause
            # gives way to the place of what the act hit
        return first
    found = _journey_end(record, tok, exclude)
    if found is not None:
        return found
    if tok.pos_ == "NOUN":  # "a Kabul car bombing", "the Christchurch mosque shootings"
        for mod in tok.children:
            if mod.dep_ == "compound" and mod.i < tok.i and names_town(record, mod, plover=lookup(cand.code).plover):
                return make_location(record, mod)
            if mod.dep_ == "compound" and mod.i < tok.i and (named := _named_back_town(record, mod)) is not None:
                return named
    found = _on_object(record, cand, exclude)
    if found is not None:  # "raided the Jenin refugee camp in the West Bank": the town
        return town_inside(record, found, [_object_town(record, tok, sited=True)]) or found
    if told_of:
        return None
    return _clause_place(record, cand, exclude) or (
        _over(record, tok, exclude) if lookup(cand.code).plover in OVER_TYPES else None)


def bearing_place(record: Record, cand: Candidate, target: Token | None, exclude: set[int]) -> Location | None:
    """ "attacked a post north of Kidal", "ambushed a patrol 15 km north of Goma": for an act
    that names no place of its own, the town a bearing on it or on what it acted on is taken
    from, where a coder puts the act; never for a town the act names, known to the gazetteer or
    not ("killed 12 in Kukawa, 180 km northeast of Maiduguri", "seized the town of Rubaya, 50 km
    northwest of Goma")."""
    if target is not None and (target.pos_ == "PROPN" or word_class(target, "territory")):
        return None
    tok = cand.token
    for holder in (tok, *(c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN")):
        for bearing in (c for c in holder.children if c.dep_ == "advmod" and c.lower_ in BEARINGS):
            for pobj in prep_objects(bearing, ("of",)):
                found = _place_in_phrase(record, pobj, exclude)
                if found is not None and _in_the_story(record, found):
                    return found
    return None


def reference_point(record: Record, tok: Token) -> bool:
    """ "Kupiansk, 120 km east of Kharkiv", "Tubas, north of Nablus": the town a bearing is
    measured from, set after the name of the place it tells of, is not where anything was when
    the text says it is far off or names a place the gazetteer knows (not "Shejaiya, east of
    Gaza City": a quarter it does not know, in or by the town)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in BEARINGS:
        return False
    bearing = tok.head.head
    left = bearing.left_edge.i
    if left < 2 or tok.doc[left - 1].text != "," or tok.doc[left - 2].pos_ != "PROPN":
        return False
    described = tok.doc[left - 2]
    first = min([described, *(c for c in described.children if c.dep_ == "compound")], key=lambda t: t.i)
    far = any(t.like_num for t in tok.doc[left:bearing.i])  # "120 km east of"
    return far or record.place_at(first.idx, described.idx + len(described.text)) is not None  # (the
    # whole name: "Kafr Qasim")


def _in_the_story(record: Record, found: Location) -> bool:
    """The place lies in a country the report names elsewhere, or the report names no other
    ("BAMAKO - ... an army post 30 km south of Boni": not Bonn, the gazetteer's nearest spelling)."""
    place = record.place_by_id(found.place)
    countries = {p.country for p in record.places if p.id != found.place and p.country}
    return place is not None and (not countries or place.country in countries)


def _journey_end(record: Record, tok: Token, exclude: set[int]) -> Location | None:
    """ "will travel to Doha next week for talks": an act a journey is made for is held where
    the journey ends (one end only)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "for" \
            or not in_words(tok.head.head, "purpose_journeys"):
        return None
    journey = tok.head.head
    ends = [found for pobj in prep_objects(journey, DESTINATION_PREPS)
            if (found := _place_in_phrase(record, pobj, exclude)) is not None]
    return ends[0] if len(ends) == 1 else None


def _passed_through(pobj: Token, place: Place | None) -> bool:
    """ "sent reinforcements to El Fasher through Chad", "supplies weapons through Iran": a
    country passed through, or any place on the way to a destination, is not where the act
    was (a march "through central Lusaka" is in Lusaka)."""
    if pobj.dep_ != "pobj" or pobj.head.lower_ != "through":
        return False
    return (place is not None and place.feature == "country") or bool(prep_objects(pobj.head.head, DESTINATION_PREPS))


def _over(record: Record, tok: Token, exclude: set[int]) -> Location | None:
    """ "shot down two drones over the Red Sea", "destroyed 20 drones over the Kursk region": the
    sea or the ground a drone or a missile was brought down over (word set ``downing_verbs``; not
    "clashed over Kashmir" or "over the South China Sea": a cause). Read last, when the act's words
    name no other place ("fired missiles over the Mediterranean at targets near Homs": where they hit)."""
    downed = in_words(tok, "downing_verbs") or (tok.lemma_.lower() == "shoot" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children))
    held = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass") and word_class(o, "arms")]
    if not (downed and held):
        return None
    for pobj in [*prep_objects(tok, ("over",)), *(p for o in held for p in prep_objects(o, ("over",)))]:
        found = _place_in_phrase(record, pobj, exclude)
        if found is not None:
            return found
    return None


def _on_object(record: Record, cand: Candidate, exclude: set[int]) -> Location | None:
    """ "demolished a home in the village of Beita": where the thing acted on was; what is
    discussed or demanded is a topic ("discussed the war in Ukraine" happened elsewhere)."""
    tok = cand.token
    if tok.pos_ != "VERB" or _about_a_topic(cand):
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        # "killed five members of a family in the town of Tecpan": the family's town
        for held in (obj, *prep_objects(obj, ("of",))):
            for pobj in prep_objects(held, OBJECT_PLACE_PREPS):
                found = _place_in_phrase(record, pobj, exclude)
                if found is not None:
                    return found
    return None


def _on_subject(record: Record, cand: Candidate, exclude: set[int]) -> Location | None:
    """ "An Israeli airstrike on a house in Deir al-Balah killed seven": the place of what an
    act noun told as the subject hit."""
    for subj in (c for c in cand.token.children if c.dep_ in ("nsubj", "nsubjpass") and event_noun(c)):
        for pobj in prep_objects(subj, SUBJECT_PLACE_PREPS):
            found = _place_in_phrase(record, pobj, exclude)
            if found is not None:
                return found
    return None


def _fronted(prep: Token) -> bool:
    """ "In Gaza, ...": a place phrase opening the sentence and set off by a comma, the scene of
    what follows rather than the act's own words."""
    after = prep.right_edge.i + 1
    return prep.i == prep.sent.start and after < len(prep.doc) and prep.doc[after].text == ","


def _same_country(record: Record, a: Location, b: Location) -> bool:
    """Two places apart, in one country."""
    pa, pb = record.place_by_id(a.place), record.place_by_id(b.place)
    return pa is not None and pb is not None and pa.id != pb.id and pa.country == pb.country


def town_inside(record: Record, found: Location, others: Sequence[Location | None]) -> Location | None:
    """ "In the Sumy region, a drone hit a bus in the village of Velyka Pysarivka": of a
    province or country and a town inside it (another phrase of the act, the place of the thing
    it hit, or another mention of the happening), the town; of a country or a region and a
    province in it ("bombed a market in Sudan ... a village in North Darfur province"),
    the province."""
    wide = record.place_by_id(found.place)
    if wide is None or wide.feature not in BROAD_PLACE_FEATURES:
        return None
    for inner in others:
        place = record.place_by_id(inner.place) if inner is not None else None
        if place is None or place.country != wide.country:
            continue
        if (place.feature not in BROAD_PLACE_FEATURES and (wide.feature != "admin1" or place.admin1 == wide.admin1)) \
                or (place.feature == "admin1" and wide.feature in ("country", "region")):
            return inner
    return None


def _place_in_phrase(record: Record, pobj: Token, exclude: set[int], depth: int = 0
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
            found = _place_in_phrase(record, named, exclude, depth + 1)
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
    """ "in Beirut's southern suburbs", "at Khartoum's airport": the town a part of it or a
    site in it is told as belonging to (not "in Russia's war": a deed, no part of a place)."""
    if not (pobj.lemma_.lower() in SURROUNDINGS or pobj.lower_ in SURROUNDINGS or in_words(pobj, "sites")):
        return None
    for owner in (c for c in pobj.children if c.dep_ == "poss" and c.i not in exclude):
        place = record.place_at(owner.idx, owner.idx + len(owner.text))
        if place is not None and place.feature in TOWN_FEATURES | {"admin1"}:
            return make_location(record, owner)
    return None


def _capital_named_back(record: Record, pobj: Token) -> Location | None:
    """ "in the Afghan capital" under a Kabul dateline, or after Kabul was named: the capital
    the report names elsewhere, not the whole country its adjective names (a capital the
    report never names stays the country; a bare "the capital" is left alone: a dateline's
    capital is often another country's than the story's: a bare one is :func:`_story_capital`)."""
    if pobj.lemma_.lower() != "capital" or any(c.dep_ in ("appos", "prep") for c in pobj.children) \
            or any(c.dep_ == "det" and c.lower_ != "the" for c in pobj.children):
        return None  # ("the Haitian capital, Port-au-Prince", "the capital of Mali": named
        # here; "an Afghan provincial capital": not the seat)
    mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if not mods:
        return _story_capital(record, pobj)
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


LOWER_SEATS = frozenset({"state", "provincial", "regional", "district", "county", "departmental"})  # capitals
# of a part of a country, which a bare "the capital" may then name


def _story_capital(record: Record, pobj: Token) -> Location | None:
    """ "In the capital, gunmen opened fire": the capital of the country most of the report's
    places lie in, when the report names it. The dateline is not counted: a story filed from
    Mogadishu about Baidoa means Mogadishu, one filed from Lagos names no capital of Nigeria, and
    one filed from another capital (Nairobi, about Somalia) leaves it unsaid."""
    doc = pobj.doc
    if any(t.lemma_.lower() == "capital" and any(c.dep_ in ("amod", "compound") and c.lower_ in LOWER_SEATS
                                                 for c in t.children) for t in doc):
        return None  # "Maiduguri, the state capital, was spared. In the capital, ...": which one?
    counts: Counter[str] = Counter()
    dateline_seats = set()
    for place, span in record.place_mentions_between(0, len(record.document.text)):
        words_of = doc.char_span(span.start, span.end, alignment_mode="expand")
        if not place.country or words_of is None or not len(words_of):
            continue
        if in_dateline(words_of[0]):
            if place.feature in TOWN_FEATURES and is_capital(place.name, place.country):
                dateline_seats.add(place.id)
        else:
            counts[place.country] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    seats = {p.id for p in record.places if p.country == ranked[0][0] and p.feature in TOWN_FEATURES
             and is_capital(p.name, p.country)}
    if len(seats) != 1 or (dateline_seats and not dateline_seats & seats):
        return None  # (a report filed from one capital about another country: "KYIV — ... drones
        # attacked a depot in Bryansk, Moscow said ... In the capital, Zelensky met": either one)
    lo, hi = phrase_bounds(pobj)
    return Location(span=make_span(record.document.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text)),
                    place=seats.pop())


def _nested_place(record: Record, pobj: Token, exclude: set[int], depth: int) -> Location | None:
    """The place one of the phrase's own place or "of" phrases names."""
    if depth >= MAX_PLACE_DEPTH:
        return None
    for child in pobj.children:
        if child.dep_ == "prep" and (child.lower_ in LOCATION_PREPS or child.lower_ == "of"):
            for inner in child.children:
                if inner.dep_ == "pobj":
                    found = _place_in_phrase(record, inner, exclude, depth + 1)
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
    # (the division noun says the name is a place, however the tagger read it: "Djugu territory",
    # tagged an organisation; "the Beni territory", a person; "Kaduna's Kajuru district", a product)


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


def _object_town(record: Record, tok: Token, sited: bool = False) -> Location | None:
    """ "raided the Jenin refugee camp in the West Bank": the town that names the thing acted on;
    with ``sited``, only a site that stands in the town it is named by (a camp, a market, a
    prison; not "the Kirkuk pipeline", "the Mosul dam", "the Maiduguri convoy")."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if sited and not (in_words(obj, "sites") and not in_words(obj, "moving_sites")):
            continue
        for mod in obj.children:
            if mod.dep_ == "compound" and mod.i < obj.i and names_town(record, mod):
                return make_location(record, mod)
    return None


def ground_code(record: Record, cand: Candidate) -> str:
    """ "M23 rebels seized Goma", the town tagged a person: an object the places stage found to
    be a town or a wider place is ground taken (the lexicon's territory reading), not a person
    seized."""
    ground = next((code for cls, code in cand.entry.obj_codes if cls == "territory"), None)
    if ground is None or cand.code != SEIZED_PEOPLE_CODE:
        return cand.code  # (only the reading of people seized: "seized Mariupol", tagged an
        # organisation, keeps the seizure of property the lexicon gives it)
    for obj in (c for c in cand.token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        place = record.place_at(obj.idx, obj.idx + len(obj.text))
        if place is not None and place.feature in TOWN_FEATURES | BROAD_PLACE_FEATURES:
            return ground
    return cand.code


def _taken_from(record: Record, tok: Token, exclude: set[int]) -> Location | None:
    """ "the abduction of 276 schoolgirls from Chibok in Borno State": the town a taking act took
    its victims from, inside the province its phrase names."""
    for victims in prep_objects(tok, ("of",)):
        for source in prep_objects(victims, ("from",)):
            if not _came_from(source):
                return _place_in_phrase(record, source, exclude)
    return None


def _came_from(root: Token) -> bool:
    """A place in a "from" phrase on people ("families from El Fasher", "traders from
    Cameroon"): where they came from, not where an act around them was; unless an act took
    them away from it ("the abduction of 276 schoolgirls from Chibok", "evacuated 300
    civilians from Bakhmut"; not "arrested 40 migrants from Ethiopia")."""
    person = root.head.head
    if not (root.dep_ == "pobj" and root.head.lower_ == "from" and person.pos_ == "NOUN" and party_word(person)):
        return False
    owner = person.head.head if person.dep_ == "pobj" and person.head.lower_ == "of" else person.head
    return not (person.dep_ in ("dobj", "pobj") and in_words(owner, "taking_acts"))


def _about_an_act(prep: Token) -> bool:
    """ "of rigging the vote", "for the strike on Kursk": a phrase about a deed (not "for the
    first time in Luanda")."""
    return any(c.dep_ == "pcomp" or (c.dep_ == "pobj" and event_noun(c)) for c in prep.children)


def _about_a_topic(cand: Candidate) -> bool:
    """A statement, talks or a protest whose object is a matter, not a party or a place: "discussed
    the war in Ukraine", "protested the bombing of a hospital in Kyiv" (not "met Erdogan in Turkey",
    "visited China")."""
    tok = cand.token
    protested = tok.pos_ == "VERB" and voices_grievance(tok)  # "rallied in Warsaw to protest the bombing
    # of a hospital in Kyiv": what a march is held for is a matter too (not "Residents protested the
    # construction of a dam in Kajbar": a local protest, placed by it)
    if (lookup(cand.code).plover not in TOPIC_TYPES and not protested) or seals_an_accord(cand.token):
        return False  # "signed an agreement in Mexico City": where it was made
    return any(obj.dep_ == "dobj" and obj.pos_ == "NOUN" and not obj.ent_type_
               and not word_class(obj, "territory") and not party_word(obj)  # "met officials in Beirut"
               for obj in cand.token.children)


def seals_an_accord(tok: Token) -> bool:
    """ "signed an agreement", "reached a deal": the object is the act's own outcome."""
    return in_words(tok, "sealing_verbs") and any(
        c.dep_ == "dobj" and in_words(c, "accords") for c in tok.children)


def _clause_place(record: Record, cand: Candidate, exclude: set[int]) -> Location | None:
    """The one place named in the trigger's clause; of a town and the country around it
    ("in Strasbourg, eastern France"), the town."""
    tok = cand.token
    clause = tok
    for _ in range(MAX_PLACE_DEPTH):  # "shattered by an explosion": the clause of the verb
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        if clause.pos_ == "NOUN" and clause.head.pos_ not in ("ADP", "VERB", "AUX"):
            break
        clause = clause.head
    inside = {t.i for t in clause.subtree}
    if tok.dep_ == "nsubj":  # "The Mansila attack recalled the massacre in Seytenga": the other
        # act's place (not the subject's for its object: "the abduction of 20 farmers in Kaduna
        # State sparked protests")
        for other in tok.head.children:
            if event_noun(other) and side_by_side(tok, other):
                inside -= {t.i for t in other.subtree}
    # "The air raids came two days after a suicide bombing on a post in North Waziristan killed
    # seven": a clause set before or after the act is another act's, however deep it hangs ("signed
    # at the end of the seventh round since the government relaunched talks in Caracas"); of an act
    # noun told by its clause, also one set beside that clause ("The strike came as mediators met in Doha")
    inside -= {t.i for sub in [record.doc[i] for i in inside] if sub.dep_ == "advcl" and tok not in sub.subtree
               and any(c.dep_ == "mark" and (c.lower_ in SEQUENCE_MARKS or (
                   sub.head.i == clause.i and tok.i != clause.i and c.lower_ in BESIDE_MARKS)) for c in sub.children)
               for t in sub.subtree}
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and clause.i != tok.i and in_words(clause, "topic_verbs"):
        # "raised the situation in Papua during the talks": what is spoken of in the clause the
        # act noun only sets the time of is no place of the act (not "seized control of Wad
        # Madani after fierce fighting": the ground taken)
        inside -= {t.i for obj in clause.children if obj.dep_ in ("dobj", "obj") and tok not in obj.subtree
                   for t in obj.subtree}
    if cand.code in REMOTE_CODES:  # "called Netanyahu and warned against an offensive in Rafah":
        # a call is held at no place another clause names
        inside -= {t.i for sub in tok.children if sub.dep_ in ("conj", "advcl", "xcomp", "ccomp")
                   for t in sub.subtree}
    for sub in clause.children:  # "met Xi on Tuesday to discuss the war in Ukraine": what a clause
        # set beside the act speaks of is a topic's place, not where the act was
        if sub.dep_ in ("advcl", "xcomp") and tok not in sub.subtree and in_words(sub, "topic_verbs"):
            inside -= {t.i for obj in sub.children if obj.dep_ in ("dobj", "obj") for t in obj.subtree}
    if lookup(cand.code).plover in TALK_TYPES:  # "spoke by phone with Biden about the war in Sudan":
        # what a talk is about, wherever the parser hung the phrase, is no place it was held
        inside -= {t.i for p in [record.doc[i] for i in inside] if p.dep_ == "prep" and p.lower_ == "about"
                   for t in p.subtree}
    inside -= {t.i for p in [record.doc[i] for i in inside] if p.i != tok.i and a_span_apart(p)
               and tok not in p.subtree for t in p.subtree}  # "The arrests came a day after
    # demonstrations in Oran": the other act's place
    if lookup(cand.code).plover == "PROTEST":  # "rallied in Rome against the arrest of activists in
        # Tehran", "occupied a building in protest at the war in Gaza": what a protest is against
        # happened elsewhere
        grievances = [t for t in [record.doc[i] for i in inside] if t.dep_ == "prep" and (
            t.lower_ in GRIEVANCE_PREPS or any(in_protest(g) for g in t.children))]
        inside -= {t.i for p in grievances for t in p.subtree}
        # "Students in London marched to protest Israel's bombardment of Rafah", "rallied to demand
        # the release of Imran Khan from a jail in Rawalpindi": what a march is held for (not "gathered
        # to protest in Rawalpindi", nor "gathered to block the highway near Lahore": where)
        inside -= {t.i for sub in clause.children if tok not in sub.subtree and voices_grievance(sub)
                   for obj in sub.children if obj.dep_ in ("dobj", "obj") for t in obj.subtree}
    if _about_a_topic(cand):  # "discussed security in the Gulf of Guinea"
        inside -= {t.i for obj in tok.children if obj.dep_ == "dobj" for t in obj.subtree}
    if lookup(cand.code).plover in TOPIC_TYPES:  # "accused him of rigging the vote in Kisumu",
        # "blamed Kyiv for the strike on Kursk": where the charge is about, not where it was made
        verdict = cand.code == GUILT_CODE  # "found guilty over a speech at a rally in Kitwe": the offence
        inside -= {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in CONTENT_PREPS
                   and (verdict or _about_an_act(p)) for t in p.subtree}
    doc = record.doc
    lo, hi = doc[cand.segment.start].idx, doc[cand.segment.end - 1].idx
    found: dict[str, Location] = {}
    acted_on = False  # the act's own object is a place, besides the dateline's (a party too)
    for place, m in record.place_mentions_between(lo, hi):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i not in inside:
            continue
        acted_on = acted_on or (span.root.head.i == tok.i and span.root.dep_ in ("dobj", "nsubjpass")
                                and filed_from(record, m.start, m.end) is None)
        quarter = _names_a_quarter(span.root, place, tok, lookup(cand.code).plover in STRUCK_TYPES)
        if place.id in found or (any(t.i in exclude for t in span) and not quarter) \
                or reference_point(record, span.root):
            continue  # (a town named in what was struck is where: "hit a Kharkiv apartment block")
        placed = (span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATION_PREPS) \
            or named_as_a_place(doc, m.start, m.end)  # "in Debre Markos", tagged a person, "in
        # Omdurman", a nationality, "the town of Lalibela": the gazetteer read it as the town a
        # place phrase names
        if filed_from(record, m.start, m.end) is not None:
            found[place.id] = Location(span=make_span(record.document.text, m.start, m.end), place=place.id)
            continue  # "KABUL, Afghanistan (AP) — ...": the parse may make the dateline's town the
            # lead's subject, a party's word; a dateline names where, never who (kept below only
            # when the lead names no other place)
        if (span.root.ent_type_ == "NORP" and not (placed and place.feature not in BROAD_PLACE_FEATURES)) \
                or (span.root.ent_type_ == "PERSON" and not placed) or (
                span.root.dep_ in MODIFIER_DEPS and not names_division(record, span.root) and not quarter):
            continue  # "French President", "the Russian military", "U.S. killing": no place
        if _as_a_party(span.root) or (span.root.dep_ == "pobj"
                                            and span.root.head.lower_ not in LOCATION_PREPS | {"of"}) \
                or joined_to_a_party(record, span.root) or _spoken_at(span.root, tok) or voiced_by(span.root) \
                or _a_partys_own(span.root) or _describes_the_subject(span.root, tok):
            continue  # "supported by Russia", "Russia recaptured", "drew criticism from rights
            # groups and Washington", "an agreement with the government of Syria": a party, not where
        if _bound_for(span.root, clause) or _passed_through(span.root, place):
            continue  # "taken prisoner and moved to an area in eastern Donbas": where they went
        if _came_from(span.root) or on_a_journey(span.root):
            continue  # "where displaced families from El Fasher had been living": their home; "a
            # train travelling from Quetta to Peshawar": where it set out from and was bound for
        found[place.id] = Location(span=make_span(record.document.text, m.start, m.end),
                                   place=place.id)
    filed = {pid for pid, loc in found.items() if filed_from(record, loc.span.start, loc.span.end)}
    # "ADDIS ABABA — Fano militiamen clashed ... in Debre Markos": the parse hangs the dateline
    # under the lead's verb; it is where the news happened only when the lead names no other
    # place, known to the gazetteer or not ("BAMAKO, Mali - ... attacked the town of Boulkessi")
    if filed and (len(filed) < len(found) or acted_on):  # ("KHARTOUM - RSF fighters seized El
        # Fasher": the ground taken is a party, and still the lead's place, not the dateline)
        for pid in filed:
            del found[pid]
    elif filed and (unplaced_town(record, [doc[i] for i in sorted(inside)]) or unnamed_area(record, tok)
                    or ((name := unplaced_site(record, tok)) is not None and not a_quarter(record, name))):
        # ("KHARTOUM - Army warplanes bombed a market in Kabkabiya", "ISLAMABAD - ... killed a polio
        # worker in a village in the country's northwest": not in the dateline's town)
        for pid in filed:  # the dateline's country stays ("in Mali", not at Bamako)
            filed_place = record.place_by_id(pid)
            if filed_place is not None and filed_place.feature != "country":
                del found[pid]
    for pid in [pid for pid, loc in found.items() if any(  # "Syria" inside "northern Syria"
            o.span.start <= loc.span.start and loc.span.end <= o.span.end
            and (o.span.start, o.span.end) != (loc.span.start, loc.span.end)
            for o in found.values())]:
        del found[pid]
    if len(found) == 1:
        return next(iter(found.values()))
    by_id = {p.id: p for p in record.places}
    narrow = [pid for pid in found if by_id[pid].feature not in BROAD_PLACE_FEATURES]
    if not narrow:  # "in Lamu County, Kenya": of a province and its country, the province
        narrow = [pid for pid in found if by_id[pid].feature == "admin1"]
    broad_ok = all(by_id[pid].country == by_id[narrow[0]].country
                   for pid in found if pid not in narrow) if len(narrow) == 1 else False
    return found[narrow[0]] if broad_ok else None


def _names_a_quarter(tok: Token, place: Place, trigger: Token, struck: bool) -> bool:
    """ "in the Damascus neighbourhood of Mazzeh", "hit a Kharkiv apartment block": a town named
    before the quarter or the site a place phrase puts the act in, or before what the act
    struck, is where it was (not "the Russian military", "U.S. strikes": whose)."""
    head = tok.head
    if tok.dep_ != "compound" or place.feature not in TOWN_FEATURES or tok.ent_type_ == "NORP":
        return False
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i == trigger.i:
        return struck and not party_word(head)  # (not "kidnapped a Lagos businessman": where he is from)
    return (re.fullmatch("|".join(QUARTER_NOUNS), head.lower_) is not None or in_words(head, "sites")) \
        and head.lower_ not in DIVISION_NOUNS and head.dep_ == "pobj" and head.head.lower_ in LOCATION_PREPS
    # (a division's name is read by names_division: "the Aurangabad district of Bihar")


def _spoken_at(tok: Token, trigger: Token) -> bool:
    """ "rallied outside Parliament House, accusing Jakarta of abuses": a place that is the
    object of another verb, one that only ever voices a statement, is whom it was voiced at."""
    verb = tok.head
    return tok.dep_ in ("dobj", "obj") and verb.i != trigger.i and verb.pos_ == "VERB" and only_voiced(verb)


def voiced_by(tok: Token) -> bool:
    """ "drawing condemnation from London", "a move criticised by Washington": a place a
    statement came from is who voiced it, not where anything happened."""
    tok = first_conjunct(tok)  # "from Washington and Brussels"
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "by"):
        return False
    said = tok.head.head
    return only_voiced(said) or any(c.dep_ in ("dobj", "obj") and only_voiced(c) for c in said.children)


def told_at(tok: Token) -> bool:
    """ "the army said in Bamako", "told reporters in Nairobi", "speaking in Kyiv": where a
    report was given is where its teller was, not where what it tells happened."""
    tok = first_conjunct(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ not in TOLD_AT_PREPS:
        return False
    host = tok.head.head
    if host.dep_ in ("dobj", "dative") and (in_words(host, "press") or in_words(host, "telling_occasions")):
        host = host.head  # "told reporters in Nairobi", "told a news conference in Kyiv"
    elif host.dep_ == "pobj" and in_words(host, "telling_occasions") and host.head.dep_ == "prep":
        host = host.head.head  # "said in a statement in Bamako"
    return host.pos_ == "VERB" and host.lemma_.lower() in TELLING_LEMMAS


def on_a_journey(tok: Token) -> bool:
    """ "The bomber had travelled from Quetta", "a train travelling from Quetta to Peshawar":
    where a journey began or was bound, not where the news is."""
    tok = first_conjunct(tok)
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head  # "from Quetta, Balochistan"
    if tok.dep_ != "pobj" or tok.head.lower_ not in JOURNEY_ENDS:
        return False
    verb = tok.head.head
    if verb.lower_ in JOURNEY_ENDS:
        verb = verb.head  # "from Quetta to Peshawar": "to" hung on "from"
    return in_words(verb, "purpose_journeys")


def only_voiced(word: Token) -> bool:
    """Every reading the lexicon has for the word ("accuse", "criticism") is a statement."""
    readings = [e for e in lexicon().get(word.lemma_.lower(), ())
                if e.pos == ("V" if word.pos_ == "VERB" else "N")]
    return bool(readings) and all(lookup(e.code).plover in SPEECH_TYPES for e in readings)


def _as_a_party(tok: Token) -> bool:
    """A place that acts or undergoes, alone, joined to another party or set beside one ("Russia
    recaptured", "China and Russia vetoed", "The militant organisation, the Islamic State of Iraq
    and the Levant, claimed")."""
    tok = first_conjunct(tok)
    for _ in range(MAX_PLACE_DEPTH):
        if tok.dep_ != "appos":
            break
        tok = first_conjunct(tok.head)
    return tok.dep_ in PARTY_DEPS


def _a_partys_own(tok: Token) -> bool:
    """ "the government of Syria", "the president of the United States", "Sheriff of Milwaukee
    County": the place says whose the party or the office is (not "the Gulf of Aden")."""
    tok = first_conjunct(tok)  # "of Iraq and the Levant"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    lemma = owner.lemma_.lower()
    if lemma in PROVINCES:
        return False  # "the western state of Rakhine": a division of the country, not its government
    return (owner.pos_ == "NOUN" and party_word(owner)) or (
        owner.pos_ == "PROPN" and (lemma in words("person_nouns") or lemma in words("institutions")))


def _describes_the_subject(tok: Token, trigger: Token) -> bool:
    """ "JNIM, al Qaeda's affiliate in the Sahel, claimed the ambush": a place in an apposition
    to the clause's subject says who the party is, not where the act was (not "Protesters in
    Nairobi clashed with police", whose place phrase is the subject's own)."""
    for above in tok.ancestors:
        if above.i == trigger.i or above.pos_ in ("VERB", "AUX"):
            return False
        if above.dep_ == "appos" and above.head.dep_ in ("nsubj", "nsubjpass") and trigger not in above.subtree:
            return above.head.ent_type_ not in PLACE_ENTS  # (not "Gao, the largest city in northern
            # Mali, was hit": a place told more widely)
    return False


def joined_to_a_party(record: Record, tok: Token) -> bool:
    """ "criticism from rights groups and Washington": a place name joined to a common noun
    for people or a body stands for a government, like them a party (not "the Islamic State
    of Iraq and the Levant", a name)."""
    first = first_conjunct(tok)
    return first.i != tok.i and first.pos_ == "NOUN" and party_word(first) and not names_place(record, first)


def unplaced_town(record: Record, words: Sequence[Token]) -> bool:
    """The words name a town the gazetteer does not know ("attacked the town of Boulkessi",
    "in the village of Kuriga", "in the state of Gezira"): the news is there, not at a dateline
    (not a street, a square or a district, which mostly lie in the town already named)."""
    for tok in words:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or in_dateline(tok) \
                or tok.ent_type_ not in UNPLACED_ENTS or record.place_at(tok.idx, tok.idx + len(tok.text)):
            continue
        if tok.head.lower_ == "of" and (in_words(tok.head.head, "settlements") or tok.head.head.lower_ in PROVINCES):
            return True  # ("in the state of Gezira", a name the tagger did not find)
    return False


def unplaced_site(record: Record, trigger: Token) -> Token | None:
    """The act's own clause puts it at a bare name the gazetteer does not know, after a
    preposition of place on the act, its verb (or the verb it is coordinated with) or the
    verb's object ("gunmen killed a policeman in Lakki Marwat", "an offensive near Mahas"):
    a town, or a quarter of one. Only names the tagger reads as a place or a person (a town
    it does not know is often read as one: "Lakki Marwat"). The name's head word, or None."""
    for tok in site_phrases(record, trigger):
        if tok.pos_ == "PROPN" and _a_site_name(record, tok) \
                and not any(c.dep_ in ("case", "poss") for c in tok.children) \
                and not record.place_at(tok.idx, tok.idx + len(tok.text)):
            return tok
        name = _division_name(record, tok)
        if name is not None:
            return name
    return None


def unnamed_area(record: Record, trigger: Token) -> bool:
    """The act's own clause puts it in an area it gives no name ("in a village in the country's
    northwest", "near the Somali border", "in the north"): the news is out there, not in the
    town the report was filed from (a market, a street or a mosque may lie in that town)."""
    for tok in site_phrases(record, trigger):
        for area in (tok, *prep_objects(tok, ("in", "of"))):  # "in a village in the north"
            if not in_words(area, "areas") or any(o.lemma_.lower() in CITY_WORDS for o in (
                    *prep_objects(area, ("of",)), *(c for c in area.children if c.dep_ == "poss"))):
                continue  # "in a mosque in the north of the city", "in the city's west": a part of
                # the town the report is about
            if not any(t.ent_type_ in PLACE_ENTS or (t.pos_ == "PROPN" and t.ent_type_ not in TIME_ENTS)
                       for t in area.subtree):
                return True  # (a nationality names none: "near the Somali border" is on this side)
    return False


def site_phrases(record: Record, trigger: Token) -> list[Token]:
    """The nouns of the place phrases ("in", "near" ...) on the act, its verb (or the verb it is
    coordinated with) or the verb's object, outside a dateline: where the act's clause puts it,
    named or not ("outside parliament", "in the capital")."""
    verbs = [clause_verb(trigger)]
    verbs.append(first_conjunct(verbs[0]))  # "stopped a convoy near Kass and seized two trucks"
    words = record.doc[verbs[1].left_edge.i:verbs[1].right_edge.i + 1]
    on = {trigger.i} | {v.i for v in verbs} | {c.i for v in verbs for c in v.children if c.dep_ in SITE_HOLDERS
                                                or (c.dep_ == "nsubj" and event_noun(c))}
    return [tok for tok in words if tok.dep_ == "pobj" and tok.head.lower_ in SITE_PREPS and not in_dateline(tok)
            and _hangs_on(tok.head.head, on)]


def _hangs_on(head: Token, on: set[int]) -> bool:
    """A place phrase's head is one of the act's words, or lies in a phrase on one ("airstrikes
    on villages in Kajo-Keji county killed", "a drone strike on a vehicle near Sarmada")."""
    for _ in range(MAX_PLACE_DEPTH):
        if head.i in on:
            return True
        if head.dep_ != "pobj":
            return False
        head = head.head.head
    return head.i in on


def _division_name(record: Record, noun: Token) -> Token | None:
    """ "in Kajo-Keji county", "in Bakura village": a name the gazetteer does not know, told as
    a division or a settlement by the noun after it."""
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in DIVISION_NOUNS or noun.lemma_.lower() in PROVINCES
                                   or in_words(noun, "settlements")) \
            or re.fullmatch("|".join(QUARTER_NOUNS), noun.lower_.rstrip("s")):
        return None  # (not "the Hodan district", "Hpapun township": a part of a town may lie in the
        # report's town)
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "PROPN"
                 and c.ent_type_ in UNPLACED_ENTS and not record.place_at(c.idx, c.idx + len(c.text))), None)


def _a_site_name(record: Record, tok: Token) -> bool:
    """What the tagger calls a bare town it does not know: a place, a person, or a body the
    knowledge base does not know ("clashed in Kajo-Keji", tagged an organisation; not "in
    Congress")."""
    if tok.ent_type_ in SITE_ENTS:
        return True
    if tok.ent_type_ != "ORG" or in_words(tok, "sites") or tok.lower_ in BUILDING_WORDS:
        return False  # ("rallied outside Parliament House": a building in the town)
    entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
    return entity is not None and entity.kb_id is None


def a_quarter(record: Record, name: Token) -> bool:
    """The text calls the bare name a part of a town somewhere ("the Mtendere township", "the
    Kibera slum"): a quarter, not a town of its own."""
    first = min([name, *(c for c in name.children if c.dep_ == "compound")], key=lambda t: t.i)
    words = record.document.text[first.idx:name.idx + len(name.text)]
    return re.search(r"\b" + re.escape(words) + r"\s+(?:" + "|".join(QUARTER_NOUNS) + r")\b",
                     record.document.text, re.I) is not None


def filed_from(record: Record, start: int, end: int) -> tuple[int, int] | None:
    """The dateline and its lead (token range) when the words at ``start:end`` are a dateline."""
    span = record.doc.char_span(start, end, alignment_mode="expand")
    return dateline_lead(span.root) if span is not None and len(span) else None


def at_dateline(record: Record, found: Location) -> bool:
    """The place was found at the dateline (where the report was filed): any place the act's
    own words name is better."""
    return found.span is not None and filed_from(record, found.span.start, found.span.end) is not None


def takes_ground(cand: Candidate) -> bool:
    """An act whose object is ground: CAMEO's "occupy territory" (192), or a reading the
    lexicon chose because the object is territory ("captured the town": 190)."""
    return cand.code == OCCUPY_CODE or ("territory", cand.code) in cand.entry.obj_codes


STRUCK_TYPES = frozenset({"ASSAULT"})  # acts that happen where their target is


def struck_ground(record: Record, cand: Candidate, target: Token, found: Location | None) -> Location | None:
    """An attack on a place happens there: "shelled the town of El Fasher in North Darfur" is
    in El Fasher, the narrower of the two in one country; "Iran attacked Israel" in Israel when
    nothing else says where. Not a place only spoken of ("condemned the attack on Kyiv")."""
    if lookup(cand.code).plover not in STRUCK_TYPES or said_of(cand.token) or not names_place(record, target):
        return found
    if whose_site(record, target):
        return found  # "attacked Russian positions near Robotyne": whose the positions are
    struck = make_location(record, target)
    if struck is None or found is None or at_dateline(record, found):
        return struck or found  # ("KYIV - Russian drones struck Kharkiv": not at the dateline)
    mine, other = record.place_by_id(struck.place), record.place_by_id(found.place)
    if mine is None or other is None or mine.country != other.country:
        return found
    broad = len(PLACE_BREADTH)
    narrower = PLACE_BREADTH.get(mine.feature, broad) < PLACE_BREADTH.get(other.feature, broad)
    return struck if narrower else found


def whose_site(record: Record, site: Token) -> bool:
    """A military site named by the nation or the countries that hold it ("Russian positions",
    "a joint Kenya-U.S. military base"): that says whose it is, not where it lies; a town does
    say where ("a Kabul checkpoint"), and so, most often, does one country's name ("a Pakistan
    army checkpoint")."""
    if site.ent_type_ in PLACE_ENTS or not in_words(site, "held_sites"):
        return False
    countries = set()
    for mod in (t for t in site.subtree if t.i < site.i and t.dep_ in ("amod", "compound", "nmod")):
        place = record.place_at(mod.idx, mod.idx + len(mod.text))
        if mod.ent_type_ == "NORP" and mod.head.i == site.i:
            return True
        if place is not None and place.feature == "country":
            countries.add(place.id)
    return len(countries) > 1  # a joint base; one country's ("a Pakistan army checkpoint") is
    # most often in that country


MISREAD_PLACE_ENTS = frozenset({"NORP", "ORG"})  # labels the tagger gives towns it misreads


SPOT_PREPS = frozenset({"in", "at", "near", "outside"})  # a name these govern is told as a spot


def told_as_a_spot(tok: Token) -> bool:
    """The name was told before as a spot an act was at ("ambushed a convoy near the village of
    Tassia ... The Tassia attack"; "in Mansila"): a town the gazetteer lacks, not a party, when
    it names an act (not "two members of Hamas")."""
    return any(t.text == tok.text and ((t.dep_ == "pobj" and t.head.lower_ in SPOT_PREPS)
                                       or named_as_a_place(t.doc, t.idx, t.idx + len(t.text)))
               for t in tok.doc[:tok.i])


def names_town(record: Record, tok: Token, article: bool = True, plover: str | None = None) -> bool:
    """The word names a town, facility or district the geocoder placed, after an article
    unless ``article`` is False (a compound that names one says where an act was, not whose
    it was: "a Kabul car bombing"; without one a capital stands for its government: "Moscow
    strikes on Kyiv"). A word the tagger labels a people or a group still names the town when
    the geocoder placed those very words ("the Argelia ambush", "the Poltava strike"; not
    initials, an organisation's: "the AU summit", for which the geocoder found a village)."""
    if article and not any(c.dep_ in ("det", "poss") for c in tok.head.children):
        return False
    place = record.place_at(tok.idx, tok.idx + len(tok.text))
    if place is None:
        return False
    if tok.ent_type_ not in PLACE_ENTS and not (tok.ent_type_ in MISREAD_PLACE_ENTS and not tok.text.isupper()
                                                and _placed_as_read(record, tok, place, tok.ent_type_ == "ORG")):
        return False
    if place.feature not in TOWN_FEATURES:
        return False
    if plover not in SEAT_TYPES or not is_capital(place.name, place.country):
        return True
    # "the Damascus assault on Idlib", "the Beijing crackdown in Xinjiang": the capital's act on
    # another place; "the Mogadishu attack (on Monday, on a hotel)" happened there
    return not any(g.dep_ == "pobj" and g.i != tok.i and (g.ent_type_ in ("GPE", "LOC") or (
        (other := record.place_at(g.idx, g.idx + len(g.text))) is not None and other.id != place.id))
        for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in")
        for g in c.children)


def _named_back_town(record: Record, tok: Token) -> Location | None:
    """ "The Mayadin raid" after "drones hit a command post near Mayadin": a name before an act
    noun that the report has placed as a town, which the tagger read as a person here and the
    geocoder passed over (a name is one place throughout a report)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_ENTS or record.place_at(tok.idx, tok.idx + len(tok.text)):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.head.children):
        return None
    text = record.document.text
    for place in record.places:
        if place.feature in TOWN_FEATURES and any(text[m.start:m.end] == tok.text for m in place.mentions):
            return Location(span=make_span(text, tok.idx, tok.idx + len(tok.text)), place=place.id)
    return None


def _placed_as_read(record: Record, tok: Token, place: Place, named_elsewhere: bool) -> bool:
    """The geocoder placed the word's very characters; with ``named_elsewhere`` (a word read as
    an organisation), the text must also name the place elsewhere as a place, by its label or
    after "in", "near", "at" ("a military academy in Poltava" before "the Poltava strike"; not
    "Toyota plants" before "the Toyota strike": a company named after a town)."""
    doc = record.doc
    spans = [(m.start, m.end) for m in place.mentions]
    if (tok.idx, tok.idx + len(tok.text)) not in spans or doc is None:
        return False
    if not named_elsewhere:
        return True
    for start, end in spans:
        other = doc.char_span(start, end, alignment_mode="expand")
        if other is not None and len(other) and other.start != tok.i and (
                other.root.ent_type_ in PLACE_ENTS
                or (other.root.dep_ == "pobj" and other.root.head.lower_ in OBJECT_PLACE_PREPS)):
            return True  # (the tagger may misread it there too: "hit an academy in Poltava")
    return False


def names_place(record: Record, head: Token) -> bool:
    """The phrase's head word is a place ("Mariupol", "the town", a name the geocoder placed
    though the tagger read it as an organisation or a person), not a party a place name
    qualifies ("United States troops", "Islamic State of Iraq")."""
    if head.ent_type_ in PLACE_ENTS or word_class(head, "territory"):
        return True
    place = record.place_at(head.idx, head.idx + len(head.text))
    return place is not None and head.ent_type_ != "NORP"  # "Russian": a people, not ground


def _bound_for(tok: Token, clause: Token) -> bool:
    """A place inside a destination phrase ("to", "towards") of another verb of the clause
    than the trigger's own: where someone went, not where the act was."""
    for anc in tok.ancestors:
        if anc.i == clause.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in DESTINATION_PREPS and anc.head.i != clause.i \
                and anc.head.pos_ == "VERB":  # not "next to a school", "the road to Kano"
            return True
    return False


def make_location(record: Record, head: Token) -> Location | None:
    doc = head.doc
    text = record.document.text
    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ not in TIME_ENTS), None)
    if ent is not None:  # (not "Amhara on Monday", a name the recognizer read into a date)
        start, end = ent.start_char, ent.start_char + len(ent.text.rstrip())  # not the blank line
        # the recognizer may sweep in after a headline's last name ("In Mali" + blank line)
    else:
        lo, hi = phrase_bounds(head)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    span = make_span(text, start, end)
    inside = [(p, m) for p, m in record.place_mentions_between(start, end) if m.end <= end]
    place: Place | None
    if len(inside) > 1:  # "northern Nigeria's Borno state": the narrowest place the words name
        place = min(inside, key=lambda pm: (PLACE_BREADTH.get(pm[0].feature, len(PLACE_BREADTH)),
                                            pm[1].start - pm[1].end))[0]
    else:
        place = record.place_at(start, end)
    if place is None:
        entity = record.entity_at(start, end)
        place = record.place_for_entity(entity.id) if entity else None
    if place is None:
        return None  # the contract's location points at a place; no place, no location
    wider = next((m for m in place.mentions if m.start <= start and end <= m.end), None)
    return Location(span=wider or span, place=place.id)  # "northern Syria", not "Syria"
