"""Whether a trigger reports one specific happening, read from the parse.

A row is an event an analyst could put on a map: one time, one place, parties that can be
named. A trigger fails that when its clause is a question, a condition or a possibility
("if talks fail", "you can be killed"), habitual or generic ("militias often attack",
"the group conducts bombings"), a forecast ("experts think it will increase threats"), an
aggregate of many happenings ("over 500 attacks", "has killed hundreds since 2009"), an
accident or a disaster (:mod:`.accidents`), or when no party takes part ("warm water is
attacking the ice shelves"). Such a trigger is
not dropped outright: when its only lack is a party, it may still be a second mention of
a happening told elsewhere ("the attack"), which :mod:`.happenings` decides.

The word lists are data (``data/events/happenings.jsonl``), each with the reason it exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from spacy.tokens import Doc, Token

from ..geo.gazetteer import is_capital
from ..nlp.syntax import PLURAL_TAGS, base_forms, is_passive, to_infinitive
from ..record import Entity, Event, Record, Role
from .accidents import a_hazard, accident, hazard_notice
from .aggregates import aggregate
from .clauses import (
    PARTY_ENTS,
    PRONOUNS,
    auxiliaries,
    clause_verb,
    governors,
    in_words,
    paired_parties,
    party_word,
    words,
)
from .clausewords import (
    PLACE_ENTS,
    POLITICAL_ENTS,
    REPORTING_LEMMAS,
    TIME_ENTS,
    armed_marked,
    armed_strangers,
    objects,
    prep_objects,
    subjects,
    word_class,
)
from .lexicon import event_noun, lexicon
from .mood import (
    SPEECH_TYPES,
    advocacy_group,
    backed_by,
    breached_accord,
    conditional,
    embedded_question,
    force_used_for,
    forecast,
    gathered_for,
    generic_present,
    generic_relative,
    habitual,
    hypothetical,
    own_duty,
    procedure_under_rule,
    protested_by,
    purpose,
    question,
    repeated,
    rule_says,
    standing_state,
    warns_of_a_risk,
)
from .people import outfit_named
from .pronouns import GROUP_PRONOUNS, PERSON_PRONOUNS
from .senses import DAMAGE_VERBS
from .status import PLANNING_VERBS, wished_of_others

AGENT_SUFFIXES = ("er", "or", "ist", "ian")  # nouns of people by what they do (defender, enforcer)
SCENE_PREPS = frozenset({"during", "in", "at", "near", "after", "outside", "inside"})  # "abducted during the raid"
CHARGE_PREPS = frozenset({"of", "for", "over", "in"})  # what someone is accused of ("of plotting", "in the killing")
SPECIFIC_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})  # a phrase that says where or when
TOPIC_TALK_VERBS = frozenset({"discuss"})  # consulting verbs whose object is a topic, not a side
# Reasons, as the stage reports them; NO_PARTY alone still lets a trigger join a happening.
QUESTION, CONDITIONAL, HYPOTHETICAL, HABITUAL, GENERIC, FORECAST, AGGREGATE, NO_PARTY = (
    "question", "conditional", "hypothetical", "habitual", "generic", "forecast", "aggregate",
    "no party")
PURPOSE = "purpose"  # "came to Iraq to fight ISIS": what an act was for, not a second act
PARTICIPANT = "describes a participant"
MAX_SCENE_HOPS = 4  # "in Zahedan, in the province of Sistan-Baluchestan, where": phrases up to the verb
WAR_FORCE_CODES = frozenset({"194", "195"})  # CAMEO: artillery and tanks; aerial weapons
RANKING_WORDS = frozenset({"only", "last", "latest", "next", "first"})  # ranks one among others
LABEL_CLIMB = 4  # words from an act up to the participle that labels someone with it
LABEL_PATH_DEPS = frozenset({"dobj", "pobj", "pcomp", "prep", "xcomp"})  # "of planning attacks on"
PLANS = PLANNING_VERBS | {"plot"}  # what someone labelled with an act was to do, not did
ACCIDENT = "accident or disaster"  # "a road accident killed five children"
NOT_POLITICAL = "no political actor"  # "she asked me", "the league suspended its season"
# what a resolution or a decree says as a statement ("the resolution condemns the coup"): an act,
# though told in the present
RULINGS_VOICED = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
MIN_SPORT_WORDS = 3  # distinct words of the game that make a story a sports story
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})
# Of those, the ones whose words serve peaceful uses too ("hit", "deploy", "warn" of a storm):
# they need a weapon or a political actor in the sentence. Arrests and protests are political
# by themselves.
ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "THREATEN"})
OFFICE_DEPS = frozenset({"compound", "amod", "appos", "nmod"})  # what qualifies a name
PLACING_VERBS = DAMAGE_VERBS | {"leave"}  # say where an act was: "the riot left five people dead in Washington"


def said_of(tok: Token) -> bool:
    """A noun act that is the subject of a predicate about it ("Nabil's murder is a blow to
    journalism in Yemen"): the predicate's places are not where the act was; a verb that
    does harm or is itself an act ("the explosion shattered windows in Kabul"), or that tells
    the act's own course ("The assault, in the Cukurca district, began before midnight and lasted
    two hours"), is."""
    verb = tok.head
    if not (tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")):
        return False
    said = [verb, *verb.conjuncts]  # "is unacceptable and constitutes a blow ... in Yemen"
    return all(v.lemma_.lower() not in PLACING_VERBS and v.lemma_.lower() not in lexicon()
               and not in_words(v, "occurring_verbs") for v in said) \
        and any(c.dep_ in ("acomp", "attr", "dobj") for v in said for c in v.children)


def political_violence(record: Record, tok: Token, event: Event | None = None,
                       resolve: Callable[[Role | None], Role | None] | None = None) -> bool:
    """Violence whose sentence names a weapon, an armed group or any political actor, a
    state or nationality included ("a roadside bomb killed two", "gunmen stormed", "police
    shot", "Russian shelling"), or whose doer names one back ("The group warned"): an attack
    needs one; "a van struck a lamp post", "shooting a film", "the battle" over a court case
    have none. A place in the sentence counts too, so a private assault in a named country
    still passes: the rule removes the clearest cases."""
    return any(in_words(t, "weapon_words") or _political_token(record, t) for t in tok.sent) or (
        event is not None and event.actor is not None and _political_entity(record, event.actor, resolve)) or (
        event is not None and event.cameo in WAR_FORCE_CODES) or (  # "an air strike hit the town":
        # only armed forces strike from the air or with artillery
        event is not None and _order_party(record.doc, event)) or (
        event is not None and (doer := role_root(record.doc, event.actor)) is not None and armed_strangers(doer))
    # ("Unidentified men seized a journalist outside his home")


def _order_party(doc: Doc, event: Event) -> bool:
    """ "The officers shot him dead": a party of public order or armed force (or a crowd that
    faces one: word set ``order_parties``) on either side of the violence makes it news of the
    day, whatever word ("officers", "commandos") the
    political word set leaves out for its other senses ("officers of the company" sign no
    deals, but an officer who shoots is one of the state's)."""
    return any(root is not None and in_words(root, "order_parties") and not _private_post(root)
               for root in (role_root(doc, event.actor), role_root(doc, event.target)))


def _private_post(party: Token) -> bool:
    """ "a bank officer", "the airline's first officer", "a probation officer": a word the
    party's noun is qualified by that names no post of the state says it holds a private one
    (not "border officers", "prison officers", "Kenya's officers", "his officers")."""
    return any((c.dep_ == "compound" and not in_words(c, "order_parties") and not in_words(c, "public_posts")
                and c.ent_type_ not in ("GPE", "NORP"))
               or (c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("GPE", "NORP", "ORG")
                   and not in_words(c, "order_parties"))
               or (c.dep_ == "amod" and in_words(c, "private_post_marks")) for c in party.children)


def _names_politics(record: Record, role: Role | None) -> bool:
    """A role whose words name a state, a nationality, a known actor or an organ of state."""
    span = record.doc.char_span(role.span.start, role.span.end, alignment_mode="expand") if role else None
    return span is not None and any(_political_token(record, t) for t in span)


def domestic(record: Record, event: Event) -> bool:
    """ "A man stabbed his wife to death", "she shot her husband": violence on one's own kin
    by someone of no state or armed group is a crime at home, not political violence (not
    "soldiers shot his father", "gunmen killed the journalist and his wife")."""
    victim, doer = role_root(record.doc, event.target), role_root(record.doc, event.actor)
    if victim is None or doer is None or not in_words(victim, "kin") \
            or not any(c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS | {"their"} for c in victim.children):
        return False
    # the doer is a private person ("a man", "her husband", "she"), named by nothing political
    # (not "Israeli settlers", "a mob", "armed men", "masked men", "security agents")
    return (in_words(doer, "private_persons") or in_words(doer, "kin")) \
        and not armed_marked(doer) \
        and not _names_politics(record, event.actor)


def _political_token(record: Record, tok: Token) -> bool:
    if tok.ent_type_ in POLITICAL_ENTS:
        return True
    if tok.ent_type_ in ("ORG", "PERSON", "FAC") or (tok.pos_ == "PROPN" and not tok.ent_type_):
        # (a name the tagger left unlabelled that the entity stage found: "Modi made the remarks")
        entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
        if entity is not None and (entity.kb_id is not None
                                   or entity.type in ("GPE", "MILITARY_UNIT")):
            return True
        if entity is not None and entity.type == "ORG" and any(
                w in words("advocacy_marks") for w in entity.name.lower().split()):
            return True  # "The Tunisian League for Human Rights condemned": an organised voice
            # of civil society by its name (CAMEO's NGO)
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "GPE", "LOC"):  # "Baku rejected the claim": a
        # capital the tagger did not call one (not "Sofia accused her employer", a person)
        place = record.place_at(tok.idx, tok.idx + len(tok.text))
        if place is not None and is_capital(place.name, place.country):
            return True
    return in_words(tok, "political_words") or advocacy_group(tok)


def political(record: Record, tok: Token, event: Event,
              resolve: Callable[[Role | None], Role | None] | None = None) -> bool:
    """A political actor takes part (the guideline's events are between political actors):
    a state, a nationality, a known actor, an organ of state, armed or organised group, or a
    person the text introduces by office ("Greek prime minister Kyriakos Mitsotakis"; "he",
    when ``resolve`` names him), in a role or in the trigger's own clause."""
    doc = record.doc
    if tok.lemma_.lower() in words("state_acts"):
        return True  # "Gerald Ford pardoned Nixon": only an authority pardons
    if in_words(tok, "journeys"):
        objs = objects(tok)
        if objs and all(_unhosted_site(o) for o in objs):
            return False  # "the governor visited the village", "visiting the site": no one hosts
        if event.actor is not None and all(o.ent_type_ in PLACE_ENTS for o in objs):  # not "returned the weapons"
            return _political_mover(record, event.actor)
    if event.actor is None and is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children) \
            and event.plover != "AID":
        return True  # "he was released", "passengers were freed": by an authority left unsaid
        # ("five crew were rescued" after a fire: by anyone at all)
    for role in (event.actor, event.target):
        if role is None:
            continue
        if _political_entity(record, role, resolve):
            return True
        root = role_root(doc, role)
        if root is not None and root.lower_ in GROUP_PRONOUNS:
            return True  # "they", "we": most often a government or a group; "he" must be named
        if root is not None and paired_parties(root):
            return True  # "The two countries agreed to reopen a crossing", "both sides signed":
            # the states or parties of a meeting just told
        if _names_politics(record, role):
            return True
    verb = clause_verb(tok)
    if any(_political_token(record, t) for t in verb.subtree):
        return True
    if event.plover == "REJECT" and tok.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in tok.children) and tok.sent.start > 0:
        asked = doc[tok.sent.start - 1].sent  # "officials offered to pay her relatives ... The
        if any(_political_token(record, t) for t in asked):  # relatives refused": a bare refusal
            return True  # answers what a party just offered or asked
    for cur in governors(verb)[1:]:  # "the prime minister said the gun laws should be changed"
        if cur.lemma_.lower() in REPORTING_LEMMAS and any(
                c.dep_ == "nsubj" and any(_political_token(record, t) for t in c.subtree)
                for c in cur.children):
            return True
    return False


def _political_entity(record: Record, role: Role, resolve: Callable[[Role | None], Role | None] | None) -> bool:
    """The role names (or, as "he" or "the group", names back) a known actor, a state, a
    nationality, an armed unit, a person in office or an organisation called a group."""
    named = resolve(role) if resolve is not None else role
    entity = record.entity_by_id(named.entity) if named is not None and named.entity is not None else None
    return entity is not None and (entity.kb_id is not None
                                   or entity.type in ("GPE", "NORP", "MILITARY_UNIT")
                                   or (entity.type == "PERSON" and in_office(record, entity))
                                   or (entity.type == "ORG" and outfit_named(role, record.doc)))


def _scene_clause(tok: Token) -> bool:
    """ "... met President Trump, where he denounced the agreement": a relative clause
    opened by "where" or "when" on a party tells what happened at the meeting, not who the
    party is; so does one on a place a verb's phrase puts the story at ("came on September 30
    in Zahedan, in the province of Sistan-Baluchestan, where security forces fired on
    worshippers", "fled to Goma, where rebels shot him"). On a place named for itself
    ("Serbia, where 24 people were killed in riots, ...") it says what the place is known for."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children) and (
        tok.head.ent_type_ not in PLACE_ENTS or (place_of_a_verb(tok.head) and told_then(tok)))


def told_then(verb: Token) -> bool:
    """A clause told in the simple past with no time words of its own: done when the clause it
    hangs on was ("came on Friday in Zahedan, where security forces shot dead 40 worshippers"; not
    "where fighters executed hundreds between 2014 and 2017", "where jihadists have attacked
    villages in recent weeks", "where forces fired on crowds last year": a story of the place's own)."""
    return verb.tag_ == "VBD" and not auxiliaries(verb) and not any(
        t.ent_type_ in TIME_ENTS and t.dep_ in ("pobj", "npadvmod", "tmod") and not _in_a_relative(t, verb)
        for t in verb.subtree)  # (its own words, the parser may hang on the object, "executed hundreds
    # of people between 2014 and 2017", "fired on crowds leaving Friday prayers last year"; not a
    # relative clause's: "fired on worshippers who protested after Friday prayers")


def _in_a_relative(tok: Token, top: Token) -> bool:
    """``tok`` lies in a relative clause below ``top``."""
    return any(t.dep_ == "relcl" for t in takewhile(lambda t: t.i != top.i, (tok, *tok.ancestors)))


def place_of_a_verb(place: Token) -> bool:
    """The place is named in a phrase of a verb ("in Zahedan", "to the town of Goma", "in the
    province of Sistan"), through "of" phrases and appositions, not as a party of its own."""
    cur = place
    for _ in range(MAX_SCENE_HOPS):
        if cur.dep_ == "appos":
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            if cur.head.lower_ != "of":
                return cur.head.head.pos_ in ("VERB", "AUX")
            cur = cur.head.head
        else:
            return False
    return False


def in_office(record: Record, person: Entity) -> bool:
    """The text names the person with a public office somewhere ("Greek prime minister
    Kyriakos Mitsotakis", "the prime minister, Mitsotakis,"): an office noun qualifying a
    mention of the name ("Apple chief executive Tim Cook" and "British singer Ed Sheeran"
    hold none)."""
    doc = record.doc
    for m in person.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ in ("appos", "compound") and in_words(root.head, "offices"):
            return True  # "the prime minister, Mitsotakis": the name hangs under the title
        stack = [c for c in root.children if c.dep_ in OFFICE_DEPS and not span.start <= c.i < span.end]
        while stack:
            tok = stack.pop()
            if in_words(tok, "offices"):
                return True
            stack.extend(c for c in tok.children if c.dep_ in OFFICE_DEPS)
    return False


def _unhosted_site(tok: Token) -> bool:
    """A place named only by what it is ("the village", "the site", "a hospital"): a visit
    there meets no party, unlike one to a state, a town by name ("the town of Pandeglang")
    or someone's embassy."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not party_word(tok) and (
        in_words(tok, "sites") or in_words(tok, "generic_sites") or in_words(tok, "settlements")) \
        and not any((c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_)
                    or (c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children))
                    for c in tok.children)  # "the town of X" (not "the site of the blast")


def _political_mover(record: Record, actor: Role) -> bool:
    """A journey is a political event only when who travels is a political actor ("the
    minister visited Kyiv"); the places it links make no tourist, dentist or traveller one
    ("Chinese tourists visited Vietnam"). Only the mover's head and the entity it names
    count, not a nationality qualifying it."""
    root = role_root(record.doc, actor)
    if root is None or in_words(root, "weapon_words") or in_words(root, "scene_comers"):
        return False  # "the attackers arrived", "before police arrived": at a scene, no visit
    if root.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS or root.ent_type_ in POLITICAL_ENTS:
        return True  # a pronoun: the story's protagonist, most often the political one
    heads = [root, *root.conjuncts]
    named = [c for h in heads for c in h.children  # "Foreign Minister Fischer"
             if c.dep_ in ("compound", "amod", "appos") and c.ent_type_ not in POLITICAL_ENTS]
    said = [*heads, *named, *(g for c in named for g in c.children  # "CIA Director William Burns"
                              if g.dep_ == "compound" and g.ent_type_ not in POLITICAL_ENTS)]
    said += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # "a delegation of ministers"
    return any(_political_token(record, t) for t in said)


def recorded(tok: Token) -> bool:
    """ "Video captured Trump wearing a mask", "security cameras caught the gunmen": the
    verb's subject is a recording, which shows an act and does none."""
    if tok.pos_ != "VERB" or is_passive(tok):
        return False
    subj = subjects(tok)
    # ("Video" opening a sentence may be tagged a name)
    return bool(subj) and subj[0].pos_ in ("NOUN", "PROPN") and in_words(subj[0], "recordings")


def role_root(doc: Doc, role: Role | None) -> Token | None:
    if role is None:
        return None
    span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_party(record: Record, role: Role | None) -> bool:
    """A role someone can be named in: an entity, a person word, an institution, or a
    pronoun that stands for one; never a thing ("the information"), a date or "you"."""
    root = role_root(record.doc, role)
    if root is None or role is None:
        return False
    if role.entity is not None:
        return True
    heads = [root, *root.conjuncts]
    for head in list(heads):  # "thousands of students", "a patch of troops"
        heads += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    if any(party_word(t) for t in heads):
        return True
    # "Israeli tanks", "U.N. helicopters": a force named by whose it is; "the Biden campaign", "Trump's
    # team": a person's following (word set ``followings``)
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or (
        c.ent_type_ == "PERSON" and in_words(t, "followings"))) for t in heads for c in t.children)




def _named_party(record: Record, tok: Token, role: Role | None) -> bool:
    """The trigger's own subject names a person, body or state the entity stage found, though
    the tagger read its word as a common noun ("Horvat rejected the criticism", tagged a
    plural); not a speaker the role was lent ("each company must fend for itself, X said")."""
    entity = record.entity_by_id(role.entity) if role is not None and role.entity else None
    if role is None or entity is None or entity.type not in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx <= role.span.start
               and role.span.end <= c.right_edge.idx + len(c.right_edge.text) for c in tok.children)


def thing_acts(tok: Token) -> bool:
    """ "Term limits offer a solution", "the population continues to decline": an active
    verb whose own subject is a thing (no party, gathering or weapon anywhere in it, no event
    noun: "the resolution condemns") does no political act. Read for the non-violent types
    only: a subject of force the word lists miss ("the law enforcers seized") stays."""
    if tok.pos_ != "VERB" or is_passive(tok):
        return False
    verb = tok
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("xcomp", "conj") \
            and verb.head.i != verb.i:
        verb = verb.head  # "continues to decline": the subject of "continues"
    subj = subjects(verb)  # "documents allowing him to marry": the noun a gerund hangs on
    if not subj:
        return False
    root = subj[0]
    if root.pos_ != "NOUN" or root.ent_type_ or party_word(root) \
            or root.lemma_.lower().endswith(AGENT_SUFFIXES):
        return False  # "the last defenders surrendered": who does something is someone
    if in_words(root, "weapon_words") or in_words(root, "statements") or word_class(root, "legislation") \
            or word_class(root, "posts") or in_words(root, "political_words") or event_noun(root):
        return False  # "the bomb killed", "the resolution condemns", "a law recognizing", "the attack killed"
    own = {t.i for t in tok.subtree} if tok.head.i == root.i else set()  # not what a participle
    # on the thing itself takes ("documents allowing him to marry")
    return not any(party_word(t) or t.ent_type_ in PARTY_ENTS or in_words(t, "weapon_words")
                   or in_words(t, "gatherings") for t in root.subtree if t.i not in own)


def one_sided(tok: Token) -> bool:
    """ "With the newspaper, the candidate discussed his journey": one person talking over a
    topic consults no one. A second side is a plural, joined or collective subject ("the
    ministers", "the council"), a party as object, or a "with" phrase after the verb (the
    parser may hang it on the topic: "discussed the crisis with Macron")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TOPIC_TALK_VERBS or is_passive(tok):
        return False
    subj = next(iter(subjects(tok)), None)
    if subj is None or subj.tag_ in PLURAL_TAGS or subj.lower_ in GROUP_PRONOUNS or subj.conjuncts \
            or subj.ent_type_ in ("ORG", "GPE", "NORP") or in_words(subj, "institutions") \
            or in_words(subj, "gatherings"):
        return False
    withs = prep_objects(tok, ("with",)) + [w for o in objects(tok) for w in prep_objects(o, ("with",))]
    return not any(w.i > tok.i for w in withs) and not any(party_word(o) for o in objects(tok))


def is_site(tok: Token) -> bool:
    """A facility or site named as what an act hit ("Baghdad International Airport", "the
    hotel"), not a party (a state named as a target is one)."""
    return tok.ent_type_ == "FAC" or in_words(tok, "sites")


def has_party(record: Record, tok: Token, event: Event) -> bool:
    """A party in a role, or at least in the trigger's own clause ("seven soldiers suffered
    injuries when militants set off a bomb": the role finder missed them, they are there)."""
    if is_party(record, event.actor) or is_party(record, event.target):
        return True
    if tok.pos_ == "NOUN":  # "bipartisan support" has none; "placed Mugabe under house arrest",
        verb = clause_verb(tok)  # "an operation conducted by NISA" have theirs
        near = list(tok.subtree) + ([c for c in verb.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
                                    if verb.i != tok.i else [])
        return any(party_word(t) and t.lower_ not in PRONOUNS for t in near)
    verb = clause_verb(tok)
    return any(party_word(t) and t.lower_ not in PRONOUNS for t in verb.subtree)


def _charged_with(tok: Token) -> bool:
    """ "arrested three men suspected of planning attacks on churches": an act someone is
    labelled with planning, told to say who they are, in the phrase of a labelling participle on
    a party word (:func:`_reduced_relative`): no happening (a killing someone is accused of
    did happen: "a man accused of killing a teacher")."""
    def plans(w: Token) -> bool:  # "planning", "plotting" (the tagger may read either as a noun)
        return bool(PLANS & set(base_forms(w.lemma_.lower())))

    t, planned = tok, any(c.dep_ in ("compound", "amod") and plans(c) for c in tok.children)
    for _ in range(LABEL_CLIMB):
        if t.dep_ not in LABEL_PATH_DEPS or t.head.i == t.i:
            return False
        t = t.head
        planned = planned or plans(t)
        if t.dep_ == "acl" and in_words(t, "labelling_participles") and party_word(t.head):
            return planned and _reduced_relative(t)
    return False


def _reduced_relative(tok: Token) -> bool:
    """ "a journalist arrested over his interviews": a passive participle on a noun that only
    says who someone is. One with its own agent, place or time ("fighters killed in Taiz",
    "a woman shot by police in December") reports the act; with no main verb in the
    sentence, the parser may have hung the main verb there."""
    if tok.dep_ != "acl" or not is_passive(tok) or tok.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    if in_words(tok, "labelling_participles"):  # "lynched a man accused of blasphemy in Punjab on
        # Sunday": the lynching's day; its own agent or a day before the charge is its own ("four
        # officers accused on Monday of plotting a coup fled")
        charge = min((c.i for c in tok.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS), default=len(tok.doc))
        return not any(c.dep_ == "agent" or (c.i < charge and c.dep_ in ("prep", "npadvmod") and any(
            t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in tok.children)
    return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in SCENE_PREPS)
                   for c in tok.children) and not any(
        t.ent_type_ in SPECIFIC_ENTS for t in tok.subtree if t.i != tok.i)


def _told_apart(tok: Token, event: Event) -> bool:
    """A relative clause that tells an act of its own, with a day of its own: on the subject
    ("M23 rebels, who took control of Rubaya on Tuesday, advanced"), or told as done before
    ("killed a commander who had fired rockets at Israel on Sunday"); on what the main act
    hit, the same incident ("Troops killed 12 militants who attacked a base on Monday")."""
    if not _own_day(tok, event):
        return False
    return tok.head.dep_ not in ("dobj", "pobj") or any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) \
        or (tok.head.dep_ == "pobj" and tok.head.head.dep_ == "agent") \
        or any(c.dep_ == "agent" for c in tok.children)  # "led by General Zuniga, who was arrested in
    # La Paz on Wednesday": the doer's own act, not what the main act hit; "found the bodies of
    # five farmers who were abducted by gunmen on Saturday": an act with doers of its own


WORDS_ADDED = frozenset({"REQUEST"})  # what a body asks next (not a stance it is known for: "Iran,
# which backed the Houthis", "Hamas, which rejected the Oslo Accords"; nor "Russia, which warned
# against relying on ...", advice)


POLLED_PEOPLE = frozenset({"people", "voter", "respondent", "adult", "citizen", "resident", "public", "american",
                           "briton"})  # whom a poll asks, as a whole (not a group that acts: workers, lawmakers)


def _a_share(root: Token | None) -> bool:
    """A share of a people, as a poll tells it ("55 percent of Americans", "40%"; not "94% of
    military equipment", a share of a thing)."""
    if root is None or not (root.lemma_.lower() in ("percent", "%", "percentage")
                            or (root.like_num and root.i + 1 < len(root.doc) and root.nbor(1).text == "%")):
        return False
    of = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return not of or any(g.ent_type_ == "NORP" or g.lemma_.lower() in POLLED_PEOPLE for g in of)  # (not "60
    # percent of the country's workers went on strike", "30 percent of lawmakers voted against")


def _polled(tok: Token) -> bool:
    """The act is what a poll's share of a people backs or opposes ("55 percent of Americans
    support sending military aid to Ukraine"): the first subject above the trigger is that
    share (not "Sixty percent of residents said soldiers burned their homes": the soldiers')."""
    for cur in governors(tok):
        subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _a_share(subject) and cur.lemma_.lower() not in REPORTING_LEMMAS
    return False


def _words_added(tok: Token, event: Event) -> bool:
    """A relative clause in which a body that has just spoken says more ("was criticised by the
    European Union, which called for his release", "condemned by the UN mission, which urged the
    Taliban to end ..."): the same reaction's next demand, in the simple past, not who the body
    is ("Hamas, which has called for", "the EU, which had urged", "Iran, which backed the
    Houthis")."""
    head = tok.head
    named = any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in (head, *head.children) if t.i <= head.i)
    if event.plover not in WORDS_ADDED or tok.tag_ != "VBD" or not (named or party_word(head)) \
            or any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in tok.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "of") and head.head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head.head  # "the UN mission in Afghanistan, which urged"
    if head.dep_ != "pobj":
        return False
    by = head.head  # ("condemned by X, which", "a rebuke from X, which", "drew a rebuke from X, which")
    return (by.lower_ == "by" and by.dep_ == "agent") or (by.lower_ == "from" and (
        event_noun(by.head) or any(event_noun(o) for o in by.head.children if o.dep_ == "dobj")))


def _own_day(tok: Token, event: Event) -> bool:
    """Whether the event's date is a day stated on its own clause ("will likely meet Xi on
    Friday"), not on a clause that reports it ("..., analysts said on Monday")."""
    when = event.date
    if when is None or when.precision != "day" or when.span is None:
        return False
    return any(c.dep_ in ("npadvmod", "prep") and c.idx <= when.span.start < c.right_edge.idx + len(c.right_edge)
               for c in clause_verb(tok).children)


def sports_story(record: Record) -> bool:
    """A match report or sports news: enough of the game's own common nouns ("the striker",
    "the referee", "the league") that "beat" and "crushed" may be the game's
    (:func:`game_sense`). Names are not counted ("the Arab League", "Awami League")."""
    doc = record.doc
    if doc is None:
        return False
    sport = words("sport_words")
    found = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in sport}
    return len(found) >= MIN_SPORT_WORDS


SCORE = re.compile(r"(?<![\d-])\d{1,2} ?- ?\d{1,2}(?![\d-])")  # "3-0", "2-1": a score (not "2019-2020")


def game_sentence(tok: Token) -> str | None:
    """How the trigger's sentence names the game: "sport" (a word only sport uses), "score" (a
    score alone), or None."""
    sport = words("sport_words")
    lemmas = {t.lemma_.lower() for t in tok.sent}
    if lemmas & sport:
        return "sport"
    if lemmas & words("tallied_decisions"):  # "ruled 5-4": a vote's tally
        return None
    sent = tok.sent
    for m in SCORE.finditer(sent.text):  # a score, not a count ("killing 10-15 people")
        after = sent.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        nxt = sent.doc[after[-1].i + 1] if after is not None and len(after) and after[-1].i + 1 < len(sent.doc) \
            else None
        if nxt is None or nxt.pos_ != "NOUN":
            return "score"
    return None


def game_sense(record: Record, tok: Token, event: Event, spare_states: bool = False) -> bool:
    """In a sports story, an attack told by a verb the game uses ("beat", "crushed",
    "bombarded the line") with no armed, state or crowd party in it is the game's; any other
    attack is news ("fired missiles at a stadium", "Taliban fighters beat women's football
    players", "police beat fans")."""
    if event.plover != "ASSAULT" or not in_words(tok, "game_verbs"):
        return False
    for role in (event.actor, event.target):
        root = role_root(record.doc, role)
        if root is not None and (in_words(root, "order_parties") or in_words(root, "irregular_doers")
                                 or word_class(root, "forces") or in_words(root, "sport_crowds")
                                 or (spare_states and role is event.actor and root.ent_type_ in ("GPE", "NORP"))):
            return False  # (not "fans attacked the team"; with only a score to say it is a game, not
            # "Russia attacked Kharkiv after the 2-0 match")
    return True


def named_by_it(tok: Token) -> bool:
    """ "Two of the wounded died", "doctors treated the injured": a participle standing for
    the people it was done to names them, and tells no act of its own."""
    return tok.tag_ in ("VBN", "JJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "agent", "dobj") for c in tok.children)


def ranked_one(tok: Token) -> bool:
    """ "Trump, the third president to be impeached", "the first woman to be elected": a "to"
    clause on one ranked among others (an ordinal, a superlative, "only", "last") says who
    they are, however the parser hangs it (on the noun, or as a clause the noun is the
    subject of), and tells no act of its own."""
    if not to_infinitive(tok):
        return False
    ranked = [tok.head] if tok.dep_ in ("acl", "relcl") else [
        c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    ranked = [n for n in ranked if not (n.dep_ == "attr" and n.head.lemma_.lower() in ("be", "become"))]
    # ("Poland was the first country to close its border": Poland did it)
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_ in RANKING_WORDS)
               for noun in ranked if noun.pos_ in ("NOUN", "PROPN") for c in noun.children)


def not_an_event(record: Record, tok: Token, event: Event, lead: bool,
                 resolve: Callable[[Role | None], Role | None] | None = None,
                 headline: bool = False) -> str | None:
    """Why a trigger reports no specific happening, or None when it does; ``lead``: the
    trigger is in the headline or the first sentence; ``headline``: in the headline."""
    if question(tok) or embedded_question(tok):
        return QUESTION
    if conditional(tok, event.plover):
        return CONDITIONAL
    if hypothetical(tok) and event.plover != "REQUEST":
        return HYPOTHETICAL
    if habitual(tok) or repeated(tok, event):
        return HABITUAL
    if generic_present(tok, event.plover, lead):
        return GENERIC
    if forecast(tok, event.status, dated=_own_day(tok, event)) or warns_of_a_risk(tok, event.plover):
        return FORECAST
    if own_duty(tok) or standing_state(tok) or breached_accord(tok) or backed_by(tok) \
            or procedure_under_rule(tok) or (not lead and event.plover not in RULINGS_VOICED and rule_says(tok)):
        return GENERIC  # (not "the resolution condemns the coup": a statement the rule makes)
    if aggregate(tok, event):
        return AGGREGATE
    if _a_share(role_root(record.doc, event.actor)) or _polled(tok):
        return GENERIC  # "55 percent of Americans support sending aid": a poll's share, no one who acts
    if purpose(tok) and not gathered_for(tok, event.plover) and not force_used_for(tok, event.cameo) \
            and not protested_by(tok, event.plover) and not (event.plover == "REQUEST" and wished_of_others(tok)):
        # (not "the opposition wants the minister to resign": the wish is a demand made)
        return PURPOSE
    if ((event.plover == "ASSAULT" or not is_party(record, event.actor)) and accident(tok)) \
            or (event.plover in SPEECH_TYPES and a_hazard(role_root(record.doc, event.actor))) \
            or hazard_notice(tok):  # "police detained them when their car crashed"; a storm
        # says nothing ("Tropical Cyclone Jude slammed into southern Africa"), though a government
        # may appeal "after the floods"
        return ACCIDENT
    if event.plover in ("ASSAULT", "COERCE") and recorded(tok):
        return NOT_POLITICAL  # (not "a video released by al-Shabaab threatened new attacks": a message)
    if event.plover not in VIOLENT_TYPES and (not political(record, tok, event, resolve) or (
            thing_acts(tok) and not (tok.dep_ == "conj" and is_party(record, event.actor))
            and not _named_party(record, tok, resolve(event.actor) if resolve is not None else event.actor))):
        # (a thing the parse made the subject of a joined act that has a doer: "said the
        # sentence was cruel and urged")
        if headline and event.actor is None and event.target is None:
            return NO_PARTY  # "“2429 surrender”… Russia occupies": a headline's part names no one
        return NOT_POLITICAL
    if event.plover in ARMED_TYPES and (not political_violence(record, tok, event, resolve) or domestic(record, event)):
        return NOT_POLITICAL
    if generic_relative(tok):
        return GENERIC  # "anyone who blocks the roads", "those who attack our soldiers": whoever may do it
    describing = tok.dep_ == "relcl" and not _scene_clause(tok) and not _told_apart(tok, event) \
        and not _words_added(tok, event)
    if (describing or _reduced_relative(tok)) and (
            party_word(tok.head) or (tok.dep_ == "acl" and in_words(tok, "labelling_participles"))):
        # (also "companies accused of shipping crude")
        return PARTICIPANT  # told to say who someone is: a mention of a happening, not its report
    if named_by_it(tok) or _charged_with(tok) or ranked_one(tok):
        return PARTICIPANT
    if not has_party(record, tok, event) or (event.plover == "CONSULT" and not is_party(record, event.target)
                                              and one_sided(tok)):
        return NO_PARTY  # may still be a happening's second mention, or dated and specific
    return None
