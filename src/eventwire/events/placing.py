"""Where one mention's own words put it: a place phrase on the trigger, the one place its
clause names, or the ground an occupation takes.

The row's place is chosen later from all its mentions (:mod:`.whereabouts`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..geo.wording import BEARINGS, named_as_a_place
from ..nlp.syntax import is_passive
from ..record import Location, Place, Record, make_span
from .acled import SEIZED_PEOPLE_CODE
from .cameo import GUILT_CODE, lookup
from .clauses import a_span_apart, clause_verb, in_words, party_word, side_by_side
from .clausewords import in_protest, prep_objects, word_class
from .eventhood import place_of_a_verb, said_of, told_then
from .lexicon import event_noun, words
from .placephrases import (
    names_division,
    place_in_phrase,
)
from .senses import voices_grievance
from .sites import (
    DESTINATION_PREPS,
    LOCATION_PREPS,
    MAX_PLACE_DEPTH,
    OBJECT_PLACE_PREPS,
    STRUCK_TYPES,
    TOWN_FEATURES,
    a_partys_own,
    a_quarter,
    addressed_in_words,
    as_a_party,
    bound_for,
    describes_the_subject,
    filed_from,
    joined_to_a_party,
    make_location,
    named_back_town,
    names_a_quarter,
    names_town,
    on_a_journey,
    quarter_of_its_own,
    seat_of_a_body,
    spoken_at,
    unnamed_area,
    unplaced_site,
    unplaced_town,
    voiced_by,
)
from .triggers import Candidate

OVER_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts done over a sea or a region (not protests
# or statements "over" one: their topic)
SUBJECT_PLACE_PREPS = ("on", "in", "at", "near")  # what an act noun told as the subject hit ("a strike on a house")
BROAD_PLACE_FEATURES = frozenset({"country", "admin1", "region"})
NATIONWIDE_WORDS = frozenset({"nationwide", "countrywide"})  # an act over the whole country
REMOTE_CODES = frozenset({"041"})  # CAMEO: discuss by telephone, held at no one place
# Acts whose object is what they are about, not a thing they touch.
TOPIC_TYPES = frozenset({"CONSULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT",
                         "CONCEDE"})
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until"})  # a clause told as another time
TALK_TYPES = frozenset({"CONSULT"})  # meetings and calls, held somewhere, about something else
AFFAIRS = frozenset("situation crisis conflict violence tension unrest".split())  # what talks are "on", besides acts
CONTENT_PREPS = frozenset({"of", "for", "over", "about"})  # what a charge or a demand is about
BESIDE_MARKS = frozenset({"as", "while"})  # a clause told beside an act noun's clause
GRIEVANCE_PREPS = frozenset({"against", "over"})  # what a protest is against
RULING_BENCHES = frozenset({"court", "tribunal", "judge", "magistrate"})  # whose order to jail is their ruling
DURING_PREPS = frozenset({"during"})  # what an act was done during, whose place is the act's when it has none
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
    phrased = _phrase_places(record, anchors, preps, exclude)
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
    during = _phrase_places(record, anchors, DURING_PREPS, exclude) \
        if lookup(cand.code).plover in words("material_types") else []
    if during:
        return during[0][1]  # "shot dead 54 people during two days of unrest in Kampala", "arrested
        # during a protest in Lagos": where what it was done during went on, with no place of its own
    found = _journey_end(record, tok, exclude)
    if found is not None:
        return found
    if tok.pos_ == "NOUN":  # "a Kabul car bombing", "the Christchurch mosque shootings"
        for mod in tok.children:
            if mod.dep_ == "compound" and mod.i < tok.i and names_town(record, mod, plover=lookup(cand.code).plover):
                return make_location(record, mod)
            if mod.dep_ == "compound" and mod.i < tok.i and (named := named_back_town(record, mod)) is not None:
                return named
    found = _on_object(record, cand, exclude)
    if found is not None:  # "raided the Jenin refugee camp in the West Bank": the town
        return town_inside(record, found, [_object_town(record, tok, sited=True)]) or found
    if told_of:
        return None
    if tok.pos_ == "VERB" and not _about_a_topic(cand):
        found = _object_town(record, tok, sited=True)
        if found is not None:
            return found  # "attacked a Herat hotel", "searched the Ndola offices of the party": the
            # town that names the site acted on, not the dateline's
    return _where_told(record, tok, exclude) or _clause_place(record, cand, exclude) \
        or _joined_verb_place(record, tok, exclude) or (
        _over(record, tok, exclude) if lookup(cand.code).plover in OVER_TYPES else None)


def _phrase_places(record: Record, anchors: Sequence[Token], preps: frozenset[str], exclude: set[int]
                   ) -> list[tuple[Token, Location]]:
    """The places the ``preps`` phrases on the anchors name, in order: not a voice ("criticised
    by Washington"), where people came from ("seven barbers from Punjab"), nor a place passed
    through."""
    return [(pobj, found) for anchor in anchors for pobj in prep_objects(anchor, preps)
            if not voiced_by(pobj) and not _came_from(pobj)
            and (found := place_in_phrase(record, pobj, exclude)) is not None
            and not _passed_through(pobj, record.place_by_id(found.place))]


def where_named(verb: Token) -> Token | None:
    """The place a "where" clause hangs on, its whole name ("in Jeddah, Saudi Arabia, where"), or
    None when the verb heads no such clause."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    named = verb.head
    while named.dep_ == "appos" and named.head.i != named.i:
        named = named.head
    return named


def _where_told(record: Record, tok: Token, exclude: set[int]) -> Location | None:
    """ "came on September 30 in Zahedan, in the province of Sistan-Baluchestan, where security
    forces fired on worshippers": an act told in a "where" clause was done at the place the clause
    hangs on, or at the town a phrase just before puts inside it."""
    verb = clause_verb(tok)
    named = where_named(verb)
    if named is None or not place_of_a_verb(verb.head) or not told_then(verb):
        return None  # (not "Residents of Bakhmut, where fighting has raged for months": the place's own)
    found = place_in_phrase(record, named, exclude)
    if found is None:
        return None
    place = record.place_by_id(found.place)
    if place is None or (place.feature in BROAD_PLACE_FEATURES and named.pos_ != "PROPN"):
        return None  # ("Syria's coastal region, where ...": a part of the country, not all of it)
    phrase = named
    while phrase.dep_ in ("pobj", "prep") and phrase.head.i != phrase.i \
            and phrase.head.pos_ in ("ADP", "NOUN", "PROPN"):
        phrase = phrase.head  # up to the phrase the place is named in ("in the province of ...")
    before = [loc for pobj in prep_objects(phrase.head, LOCATION_PREPS) if pobj.i < named.i
              and (loc := place_in_phrase(record, pobj, exclude)) is not None]
    return town_inside(record, found, before) or found


def _joined_verb_place(record: Record, tok: Token, exclude: set[int]) -> Location | None:
    """ "gunmen burst into a house in Gwadar and killed seven barbers": a verb joined to the one
    before it, with no doer and no place of its own, was done where that verb's phrases put it."""
    first = tok.head
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or first.pos_ != "VERB" or first.i == tok.i \
            or any(c.dep_.startswith("nsubj") for c in tok.children) or in_words(first, "standing_verbs") \
            or any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return None  # (not "were born in Morocco and bombed a station", nor a verb with a day of its own)
    return next((found for _, found in _phrase_places(record, [first], LOCATION_PREPS - ROUTE_PREPS, exclude)), None)


ROUTE_PREPS = frozenset({"from", "through", "across", "around", "throughout"})  # "drove through Raqqa and
# attacked a base": a way taken, not the act's place


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
                found = place_in_phrase(record, pobj, exclude)
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
            if (found := place_in_phrase(record, pobj, exclude)) is not None]
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
        found = place_in_phrase(record, pobj, exclude)
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
                found = place_in_phrase(record, pobj, exclude)
                if found is not None:
                    return found
    return None


def _on_subject(record: Record, cand: Candidate, exclude: set[int]) -> Location | None:
    """ "An Israeli airstrike on a house in Deir al-Balah killed seven": the place of what an
    act noun told as the subject hit."""
    for subj in (c for c in cand.token.children if c.dep_ in ("nsubj", "nsubjpass") and event_noun(c)):
        for pobj in prep_objects(subj, SUBJECT_PLACE_PREPS):
            found = place_in_phrase(record, pobj, exclude)
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


def _object_town(record: Record, tok: Token, sited: bool = False) -> Location | None:
    """ "raided the Jenin refugee camp in the West Bank": the town that names the thing acted on;
    with ``sited``, only a site that stands in the town it is named by (a camp, a market, a
    prison; not "the Kirkuk pipeline", "the Mosul dam", "the Maiduguri convoy")."""
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if sited and not (in_words(obj, "sites") and not in_words(obj, "moving_sites")):
            continue
        if not any(c.dep_ in ("det", "poss") for c in obj.children):
            continue  # (a bare compound may be whose the thing is)
        for mod in _compounds_before(obj):
            if names_town(record, mod, article=False):
                return make_location(record, mod)
    return None


def _compounds_before(noun: Token) -> list[Token]:
    """The words compounded before a noun, through compounds of compounds, first word first
    ("the Gwadar Port Authority complex": Gwadar, Port, Authority)."""
    found = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    for c in list(found):
        found += _compounds_before(c)
    return sorted(found, key=lambda t: t.i)


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
                return place_in_phrase(record, source, exclude)
    return None


def _came_from(root: Token) -> bool:
    """A place in a "from" phrase on people ("families from El Fasher", "traders from
    Cameroon"): where they came from, not where an act around them was; unless an act took
    them away from it ("the abduction of 276 schoolgirls from Chibok", "evacuated 300
    civilians from Bakhmut"; not "arrested 40 migrants from Ethiopia")."""
    if not (root.dep_ == "pobj" and root.head.lower_ == "from"):
        return False
    person = root.head.head
    if person.pos_ == "VERB":
        if in_words(person, "sending_verbs"):
            return False  # "withdrew its troops from Niger", "fired missiles from Yemen": where it was done
        person = next((c for c in person.children if c.dep_ in ("dobj", "obj")  # "killed seven barbers
                       and c.right_edge.i + 1 == root.head.i), person)  # from Punjab", hung on the verb
    counted = person.tag_ == "NNS" and any(c.dep_ == "nummod" for c in person.children)  # "seven barbers
    # from Punjab", "40 trucks from Sudan": whoever or whatever they are, they came from there
    if not (person.pos_ == "NOUN" and (party_word(person) or counted)):
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
    """ "signed an agreement", "reached a deal", "signed a cease-fire": the object is the act's
    own outcome."""
    return in_words(tok, "sealing_verbs") and any(
        c.dep_ == "dobj" and (in_words(c, "accords") or _word_split(c) in words("accords")) for c in tok.children)


def _word_split(noun: Token) -> str:
    """A word the tokenizer split at its hyphen or space, whole again ("cease-fire": "ceasefire")."""
    doc = noun.doc
    first = next((c for c in noun.children if c.dep_ == "compound" and c.i in (noun.i - 1, noun.i - 2)), None)
    if first is None or (first.i == noun.i - 2 and doc[noun.i - 1].text != "-"):
        return noun.lower_
    return first.lower_ + noun.lower_


def _sets_off(verb: Token) -> bool:
    """ "sparked protests", "drew criticism", "set off clashes" (not "set up a centre", nor
    "caused by a bomb": the passive's subject is what was set off)."""
    if not in_words(verb, "setting_off_verbs") or is_passive(verb):
        return False
    return verb.lemma_.lower() != "set" or any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


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
    if clause.dep_ in ("xcomp", "ccomp") and in_words(clause.head, "causing_verbs") \
            and lookup(cand.code).plover == "COERCE" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in RULING_BENCHES for c in clause.head.children):
        clause = clause.head  # "On the same day in Minsk, a district court ordered two journalists to
        # be jailed": what a court's order made them undergo is its ruling, made in the order's clause
        # (not "the governor, speaking in Abuja, ordered the protesters to be arrested": in Kano; not
        # "ordered agents to release a scholar held in Louisiana": a release is where the held are)
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
    # "sentenced him, a ruling that set off two days of protests in the capital", "the killing sparked
    # protests in Nairobi": what an act set off happened where it did (not "caused by a bomb in the market")
    inside -= {t.i for sub in [record.doc[i] for i in inside] if sub.pos_ == "VERB" and sub.i != tok.i
               and _sets_off(sub) for c in sub.children
               if c.dep_ in ("dobj", "prep") and c.i > sub.i and tok not in c.subtree for t in c.subtree}
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
        # "held talks with Sisi on the war in Gaza", "on the situation in Sudan": an act or a state
        # of affairs "on" which they talked, and its place (not "on the sidelines of the summit in
        # Astana"; nor "talks on a grain corridor in Istanbul", where the parser hangs the town)
        inside -= {t.i for p in [record.doc[i] for i in inside] if p.dep_ == "prep" and p.lower_ == "on"
                   for o in p.children if o.dep_ == "pobj" and not o.ent_type_
                   and (event_noun(o) or o.lemma_.lower() in AFFAIRS) for t in p.subtree}
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
        if span is None or span.root.i not in inside or seat_of_a_body(span.root):
            continue  # (not "a monitor based in London said": where the teller sits)
        acted_on = acted_on or (span.root.head.i == tok.i and span.root.dep_ in ("dobj", "nsubjpass")
                                and filed_from(record, m.start, m.end) is None)
        quarter = names_a_quarter(span.root, place, tok, lookup(cand.code).plover in STRUCK_TYPES) and not (
            span.root.dep_ == "poss" and quarter_of_its_own(record, span.root.head, place))
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
        if as_a_party(span.root) or (span.root.dep_ == "pobj"
                                            and span.root.head.lower_ not in LOCATION_PREPS | {"of"}) \
                or joined_to_a_party(record, span.root) or spoken_at(span.root, tok) or voiced_by(span.root) \
                or a_partys_own(span.root) or describes_the_subject(span.root, tok) \
                or addressed_in_words(span.root):
            continue  # "supported by Russia", "Russia recaptured", "drew criticism from rights
            # groups and Washington", "an agreement with the government of Syria", "rallied ...,
            # accusing Jakarta of abuses": a party, not where
        if bound_for(span.root, clause) or _passed_through(span.root, place):
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
