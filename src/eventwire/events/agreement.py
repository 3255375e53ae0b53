"""Whether two readings can be one happening: the same party, a place near enough, counts
that do not contradict. Read by the folding of mentions (:mod:`.happenings`)."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase
from ..geo.gazetteer import Candidate, is_capital, shared_gazetteer
from ..geo.resolve import great_circle_km
from ..nlp.syntax import in_dateline
from ..record import Event, Location, Place, Record, Role
from . import clauses, mood
from . import eventhood as eh
from .clausewords import REPORTING_LEMMAS, word_class

SITE_IN_TOWN_KM = 10.0  # a facility this close to a town's centre is taken to lie in it (a
# steelworks in Mariupol, 5 km; not a power plant 16 km away across a reservoir)
TOWNS_APART_KM = 15.0  # two towns closer than this may be one place told two ways (a suburb, a twin town)
WHERE_IN = frozenset({"in", "at", "through"})  # prepositions that put an act in a town ("marched through Belgrade")
PART_SPREAD_DEG = 67.5  # a compass part of a country ("northwest") spans this far either way
CENTRE_KM = 150.0  # a place this near a country's centre may be in any part of it
NEAR_KM = 150.0  # two places this close (or one inside the other's country) can hold one happening
MIN_COMPOUND_HEAD = 4  # a head this long inside a compound head is the same kind ("girls", "schoolgirls")
MAX_COUNT_NESTING = 3  # "tens of thousands of people": counts over counts before the noun
MAX_REPORT_DEPTH = 4  # clauses climbed from forces named with "its" to the verb of saying above them
STOP = frozenset("the a an of in on at to for and or by with from its his her their our this that "
                 "these those s than who which said says".split())


def content_words(role: Role | None) -> set[str]:
    if role is None:
        return set()
    words = (role.name or "") + " " + role.span.text
    return {w for w in words.lower().replace("’", "'").split() if w.strip(".,'\"") not in STOP
            and len(w) > 1} - {"'s"}


def sides(record: Record, kb: KnowledgeBase) -> dict[str, str]:
    """Each entity's side: the state it acts for when it is one of its arms ("the Russian
    army", "Russia's defence ministry" and "Russia" are one), or whose capital it names when
    the knowledge base links it to nothing ("Moscow expelled"), else the entity itself."""
    capitals = {p.entity: p.country for p in record.places
                if p.entity and p.feature in ("city", "locality") and is_capital(p.name, p.country)}
    out = {}
    for e in record.entities:
        acted_for = kb.state_acted_for(e.kb_id)
        state = kb.state_for(capitals[e.id]) if acted_for is None and e.id in capitals else None
        out[e.id] = acted_for or (state.id if state is not None else e.id)
    return out


def nations(record: Record, kb: KnowledgeBase) -> dict[str, str]:
    """A nationality's entity -> the state it names ("Israeli" -> Israel): the side of an act
    told by the adjective alone ("an Israeli drone strike"), not of people it describes."""
    out = {}
    for e in record.entities:
        state = kb.state_for(e.country) if e.type == "NORP" and e.country else None
        if state is not None:
            out[e.id] = state.id
    return out


def state_behind(record: Record, role: Role | None, side: Mapping[str, str], nation: Mapping[str, str],
                 doc: Any) -> str | None:
    """The state a role names when it is only a nation's adjective or a weapon of a nation
    ("Israeli" of "an Israeli drone strike", "a U.S. airstrike", "a Russian missile"): the
    side whose military may tell the act again ("the Israeli military said it had killed")."""
    if role is None:
        return None
    root = eh.role_root(doc, role)
    if root is None:
        return None
    if root.ent_type_ in ("NORP", "GPE") and len(role.span.text.split()) == 1 and role.entity:
        return nation.get(role.entity) or side.get(role.entity)
    if any(c.dep_ == "poss" and c.lower_ in clauses.OWNER_PRONOUNS for c in root.children) \
            and word_class(root, "forces"):
        return speakers_state(record, root, side, nation)
    if root.pos_ != "NOUN" or not clauses.in_words(root, "weapon_words"):
        return None
    return _nation_on(record, root, side, nation)


def _nation_on(record: Record, root: Token, side: Mapping[str, str], nation: Mapping[str, str]) -> str | None:
    """The state a nation's word on a noun names ("Israeli jets", "a U.S. airstrike", "Sudan's
    military")."""
    for mod in root.children:
        if mod.dep_ in ("compound", "amod", "poss") and mod.ent_type_ in ("NORP", "GPE"):
            ent = record.entity_at(mod.idx, mod.idx + len(mod.text))
            if ent is not None:
                return nation.get(ent.id) or side.get(ent.id, ent.id)
    return None


def speakers_state(record: Record, forces: Token, side: Mapping[str, str], nation: Mapping[str, str]
                    ) -> str | None:
    """ "Ukraine's military said its troops had attacked": the forces a state's arm calls its
    own, in what it says, are that state's; '"We reject the allegations," the Indian
    spokesman said': the speaker's "we" is that state."""
    verb = forces.head
    for _ in range(MAX_REPORT_DEPTH):
        if verb.lemma_.lower() in REPORTING_LEMMAS or verb.head.i == verb.i:
            break
        verb = verb.head
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in REPORTING_LEMMAS or speaker is None:
        return None
    end = speaker.right_edge.idx + len(speaker.right_edge.text)
    for ent, _ in record.entity_mentions_between(speaker.left_edge.idx, end):
        state = nation.get(ent.id) or side.get(ent.id)
        if state is not None and state != ent.id:
            return state
    # "the Singaporean Foreign Ministry", a body the knowledge base does not know: the state its
    # nation's word names, as the report names that state
    countries = {p.country for p, _ in record.place_mentions_between(speaker.left_edge.idx, end)
                 if p.feature == "country" and p.country}
    for ent in record.entities:
        place = record.place_for_entity(ent.id) if ent.type == "GPE" else None
        if place is not None and place.feature == "country" and place.country in countries:
            return side.get(ent.id, ent.id)
    ents = record.entity_mentions_between(speaker.left_edge.idx, end)
    return side.get(ents[0][0].id) if ents else None


def agree(a: Role | None, b: Role | None, doc: Any = None,
          side: Mapping[str, str] | None = None, named_on_head: bool = False) -> bool | None:
    """True: the same party; False: two different ones; None: one side names no one.

    Two linked entities agree only when they are one entity, or arms of one state when
    ``side`` (:func:`sides`) is given; two common nouns must share
    their head ("the U.S. Embassy" is not "U.S. citizens"); two names must share their head
    word ("Trump", "President Donald Trump"; not "President Biden", "President Macron")."""
    if a is None or b is None:
        return None
    if (a.span.start, a.span.end) == (b.span.start, b.span.end):
        return True  # the very words ("three men were arrested after raiding a bank": the
        # men who raided are the men arrested, however generic the noun)
    if a.entity is not None and b.entity is not None:
        if side is not None:
            return side.get(a.entity, a.entity) == side.get(b.entity, b.entity)
        return a.entity == b.entity
    if a.span.text.lower() in clauses.PRONOUNS or b.span.text.lower() in clauses.PRONOUNS \
            or (a.span.text.lower() in clauses.REFLEXIVES) != (b.span.text.lower() in clauses.REFLEXIVES):
        return None  # "herself" against the victims: no target to disagree with (two reflexives,
        # two bombers who each "blew himself up", are compared as words)
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return None
    ha, hb = (eh.role_root(doc, a), eh.role_root(doc, b)) if doc is not None else (None, None)
    ca_, cb_ = counted_head(ha), counted_head(hb)
    counted = [c is not h or _numbered(h) for c, h in ((ca_, ha), (cb_, hb))]
    if all(counted) and ca_ is not None and cb_ is not None:
        # two crowds each counted: of other people two parties ("hundreds of teachers ...
        # hundreds of doctors"); of the same, maybe one ("thousands of teachers ... around
        # 5,000 teachers"), maybe two ("hundreds of students rallied for ... thousands against")
        if ca_.lemma_.lower() in mood.GENERIC_PEOPLE or cb_.lemma_.lower() in mood.GENERIC_PEOPLE:
            return None  # "hundreds of people" may be anyone
        if not _same_kind(ca_, cb_):
            return False
        sizes = [_magnitude(h) for h in (ha, hb)]
        return False if None not in sizes and sizes[0] != sizes[1] else None
    if any(counted) and _named_back_or_bare(hb if counted[0] else ha):
        ha, hb = ca_, cb_  # "thousands of teachers ... the teachers"
    if ha is not None and hb is not None and ha.pos_ == "NOUN" and hb.pos_ == "NOUN":
        la, lb = ha.lemma_.lower(), hb.lemma_.lower()
        if la in mood.GENERIC_PEOPLE or lb in mood.GENERIC_PEOPLE:
            return None  # "the last 531 people" may be "the last defenders"
        if not _same_kind(ha, hb) and _whose_site(ha, hb):
            return None  # "the attack on the army" after "attacked an army position": the party
            # and its site, maybe one target told two ways
        group = ca_ if counted[0] else cb_
        if not _same_kind(ha, hb) and any(counted) and not all(counted) and group is not None \
                and _names_back_many(hb if counted[0] else ha) and clauses.in_words(group, "person_nouns"):
            return None  # "detained two colonels ... The officers were detained in Kyiv": the
            # people counted before, named back by a plural with "the" alone
        return _same_kind(ha, hb)
    if ha is not None and hb is not None and any(
            x.pos_ == "NOUN" and x.tag_ == "NN" and x.lemma_.lower() in mood.GENERIC_PEOPLE and y.ent_type_ == "PERSON"
            for x, y in ((ha, hb), (hb, ha))):
        return None  # "Iran hanged a man ... Mohammad Ghobadlou was executed": the man, named
    if ha is not None and hb is not None and ha.pos_ == "PROPN" and hb.pos_ == "PROPN":
        return ha.lower_ == hb.lower_ or ha.lower_ in cb or hb.lower_ in ca
    if ha is not None and hb is not None and (
            (_names_back_one(ha) and hb.ent_type_ == "PERSON") or (_names_back_one(hb) and ha.ent_type_ == "PERSON")):
        return None  # a person and "the accused", "the suspect": maybe one person named two ways
    if ha is not None and hb is not None and not (clauses.in_words(ha, "offices") or clauses.in_words(hb, "offices")):
        shared = (ha.lower_ in _head_words(hb) or hb.lower_ in _head_words(ha)) if named_on_head \
            else bool(ca & cb & {ha.lower_, hb.lower_})
        if shared:
            return True  # a name and a common noun share the name's head ("Hamas militants",
            # "Hamas"; not "the U.S. Embassy", "U.S. citizens"), unless the noun is an office
            # ("Ukrainian President Zelensky", "the Ukrainian leader"); ``named_on_head``: the
            # name on the head itself, not in a phrase after it ("hideouts of the Pakistani
            # Taliban" are not the Pakistani state's)
        return None if _part_of(ca_ if counted[0] else None, cb) or _part_of(cb_ if counted[1] else None, ca) \
            else False
    return bool(ca & cb)


# what says which one a role names ("the suspect" names back; "the two suspects" or "the
# journalist who interviewed him" say whom)
NAMING_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "relcl", "acl", "appos"})


def _names_back_one(root: Token) -> bool:
    """ "the accused", "the suspect", "the gunman": one person named back by a role, with "the"
    and nothing else on it (not "a man", "the Iranian journalist", "the two suspects")."""
    return root.pos_ in ("NOUN", "ADJ", "VERB") and root.tag_ in ("NN", "JJ", "VBN") \
        and [c.lower_ for c in root.children if c.dep_ in NAMING_DEPS] == ["the"] \
        and clauses.in_words(root, "person_nouns")


def _names_back_many(root: Token) -> bool:
    """ "the officers", "the suspects": people named back by a plural role noun with "the"
    and nothing else on it (not "the two suspects", "the Iranian officers")."""
    return root.tag_ == "NNS" and [c.lower_ for c in root.children if c.dep_ in NAMING_DEPS] == ["the"] \
        and clauses.in_words(root, "person_nouns")


def _head_words(root: Token) -> set[str]:
    """The words of a role's head and of the names on it ("Hamas militants": hamas, militants)."""
    return {root.lower_} | {c.lower_ for c in root.children if c.dep_ in ("compound", "amod", "poss", "nmod")}


def _part_of(counted: Token | None, other: set[str]) -> bool:
    """ "Two of the vehicles" after "a convoy of vehicles": some of a group told before, named
    back with "the" and named in the other role's words; neither the same party nor another."""
    return counted is not None and counted.lower_ in {w.strip(".,'\"") for w in other} \
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in counted.children)


def _named_back_or_bare(tok: Token | None) -> bool:
    """A noun pointing back at a party already named ("the teachers", "these protesters"), or
    naming its kind bare, as a headline does ("Students occupy university building")."""
    return tok is not None and (any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those")
                                    for c in tok.children)
                                or not any(c.dep_ in ("det", "poss", "nummod", "amod", "quantmod")
                                           for c in tok.children))


COUNT_MAGNITUDES = {"dozen": 1, "dozens": 1, "scores": 1, "hundred": 2, "hundreds": 2, "thousand": 3,
                    "thousands": 3, "million": 6, "millions": 6}  # powers of ten a count word says


def _magnitude(tok: Token | None) -> int | None:
    """The power of ten a crowd's count says ("hundreds of students": 2; "around 5,000
    teachers", "several thousand": 3; "tens of thousands": 4), when it says one."""
    if tok is None:
        return None
    words = [tok] + [c for c in tok.subtree if c.dep_ in ("nummod", "quantmod", "compound", "pobj")]
    for w in words:
        low = w.lower_.replace(",", "")
        if low in COUNT_MAGNITUDES:  # "tens of thousands": one power more
            return COUNT_MAGNITUDES[low] + any(c.lower_ == "tens" for c in (*w.ancestors, *w.subtree))
        if low.isdigit():
            return len(low) - 1
    return None


def _same_kind(a: Token, b: Token) -> bool:
    """Two common nouns name the same kind of party: one head, or one inside the other ("the
    schoolgirls" told back as "the girls"; people: not "a warehouse" and "a house")."""
    la, lb = a.lemma_.lower(), b.lemma_.lower()
    short, long_ = sorted((la, lb), key=len)
    return la == lb or (len(short) >= MIN_COMPOUND_HEAD and long_.endswith(short)
                        and clauses.party_word(a) and clauses.party_word(b))


def _whose_site(a: Token, b: Token) -> bool:
    """One head is the other's compound modifier: a party and a site of it ("the army", "an
    army position"; "the police", "a police station")."""
    return any(c.dep_ == "compound" and c.lemma_.lower() == x.lemma_.lower()
               for x, y in ((a, b), (b, a)) for c in y.children)


def _numbered(tok: Token | None) -> bool:
    """A crowd counted by a number on its noun ("around 5,000 teachers", "several thousand")."""
    return tok is not None and tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.lower_ in clauses.words("quantifiers"))
        for c in tok.children)


def counted_head(tok: Token | None) -> Token | None:
    """The noun a count stands over: "Thousands of teachers" are teachers, as "the teachers"
    who march next ("tens of thousands of people": people)."""
    for _ in range(MAX_COUNT_NESTING):
        if tok is None or not (tok.lower_ in clauses.words("quantifiers") or tok.ent_type_ == "CARDINAL"):
            break
        nxt = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        tok = nxt
    return tok


def some_of_a_pronoun(tok: Token | None) -> bool:
    """ "Dozens of them", "some of us": some of whom a pronoun names, so whoever it names."""
    counted = counted_head(tok)
    return counted is not None and counted is not tok and counted.lower_ in clauses.PRONOUNS


def counts_differ(a: Event, b: Event) -> bool:
    """Both give a count of the same kind (killed, detained ...) and no figure is shared."""
    kinds_a: dict[str, set[float]] = {}
    for q in a.quantities:
        kinds_a.setdefault(q.kind, set()).add(q.value)
    for q in b.quantities:
        if q.kind in kinds_a and q.value not in kinds_a[q.kind] and not any(
                q.kind == other.kind and other.value in kinds_a[q.kind] for other in b.quantities):
            return True
    return False


def places_agree(record: Record, a: Event, b: Event, told_anew: bool = False) -> bool:
    """Whether two acts' places may be one happening's. ``told_anew``: neither mention names
    the act back ("the attack"), so two towns each named as where an act was ("in Belgrade",
    "in Novi Sad") are two places; a town named as near another, or at a dateline, may be a
    reference point for the same act ("The ambush outside Bamako")."""
    if a.location is None or b.location is None or a.location.place == b.location.place:
        return True
    pa, pb = record.place_by_id(a.location.place), record.place_by_id(b.location.place)
    if pa is None or pb is None:
        return True
    if pa.feature == "country" or pb.feature == "country":
        return pa.country == pb.country
    for wide, narrow in ((pa, pb), (pb, pa)):
        if wide.feature == "region" and wide.country and narrow.feature != "region":
            # a part of a country ("northwest Pakistan") holds the places of that country that
            # lie that way from its centre (not "... Militants also attacked a post in Karachi")
            return wide.country == narrow.country and _that_way(wide, narrow)
    if (pa.feature == "admin1") != (pb.feature == "admin1") and pa.admin1 and pb.admin1:
        # a town and a province: one happening when the town lies in it ("a massacre in Para
        # state ... attacked a bar in Belem"), however far the province's centre is
        return pa.country == pb.country and pa.admin1 == pb.admin1
    if told_anew and pa.feature == "city" and pb.feature == "city" \
            and _where_in(record, a.location) and _where_in(record, b.location):
        # two towns named apart are two places ("marched in Belgrade ... Smaller protests took
        # place in Novi Sad"), unless one grows into the other
        return great_circle_km(pa.lat, pa.lon, pb.lat, pb.lon) <= TOWNS_APART_KM
    return great_circle_km(pa.lat, pa.lon, pb.lat, pb.lon) <= NEAR_KM


def _where_in(record: Record, where: Location) -> bool:
    """The place is named by "in", "at" or "through" in the text, not a dateline, nor near,
    outside or around it."""
    span = record.doc.char_span(where.span.start, where.span.end, alignment_mode="expand") \
        if record.doc is not None else None
    return span is not None and len(span) > 0 and span.root.dep_ == "pobj" and span.root.head.lower_ in WHERE_IN \
        and not in_dateline(span.root)


def _that_way(part: Place, place: Place) -> bool:
    """The place lies in the direction of the part of its country from the country's centre
    (within ``PART_SPREAD_DEG``), or near the centre."""
    centre = _centre(part.country or "")
    if centre is None or great_circle_km(centre.lat, centre.lon, place.lat, place.lon) <= CENTRE_KM:
        return True
    turn = abs(_bearing(centre.lat, centre.lon, part.lat, part.lon)
               - _bearing(centre.lat, centre.lon, place.lat, place.lon)) % 360
    return min(turn, 360 - turn) <= PART_SPREAD_DEG


@functools.lru_cache(maxsize=256)
def _centre(country: str) -> Candidate | None:
    """A country's point in the gazetteer, looked up once per country."""
    return shared_gazetteer().country(country)


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial compass bearing from one point to another, in degrees."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return math.degrees(math.atan2(math.sin(dl) * math.cos(p2),
                                   math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl))) % 360


def site_in_town(record: Record, a: Role | None, b: Role | None) -> bool:
    """One role names a facility and the other the town it lies in ("took over Mariupol",
    "the steelworks came under their control"): one target told at two grains."""
    if a is None or b is None or a.entity is None or b.entity is None:
        return False
    pa, pb = record.place_for_entity(a.entity), record.place_for_entity(b.entity)
    if pa is None or pb is None:
        return False
    kinds = {pa.feature, pb.feature}
    if "facility" not in kinds or not kinds & {"city", "locality"}:
        return False
    return great_circle_km(pa.lat, pa.lon, pb.lat, pb.lon) <= SITE_IN_TOWN_KM
