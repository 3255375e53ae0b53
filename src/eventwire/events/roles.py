"""Actor, target and location of a trigger, read from the dependency parse.

Roles come only from the trigger's own clause or the clauses that govern it (a subject
shared across "and", the controller of "agreed to ...", the antecedent of "who" or
of "he"/"it" in a reported clause), never from an unrelated clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase
from ..geo.gazetteer import shared_gazetteer
from ..nlp.syntax import FINITE_TAGS, PLURAL_TAGS, in_dateline, is_passive, misparsed_main_verb, subject_child
from ..record import Location, Record, Role
from .cameo import lookup
from .clauses import claiming_verb, in_words, party_word, words
from .clausewords import (
    FORCE_CARRIERS,
    MEASURES,
    PLACE_ENTS,
    REPORTING_LEMMAS,
    TIME_ENTS,
    light_verb,
    marked_clauses,
    needed,
    prep_objects,
    verb_in,
    word_class,
)
from .doers import misread_doer, misread_modifier
from .eventhood import DAMAGE_VERBS, in_office, is_site, said_of
from .instruments import aimed_at, doers_named_on, projectile, wielder
from .lexicon import event_noun, lexicon
from .mood import SPEECH_TYPES, purpose
from .naming import make_role, phrase_bounds
from .placing import TALK_TYPES, bearing_place, mention_location
from .pronouns import (
    MAX_CLIMB,
    OBJECT_CONTROL,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    resolve,
)
from .sites import at_dateline, make_location, names_place, names_town, struck_ground, takes_ground, told_as_a_spot
from .speechacts import displeased, felt_at
from .triggers import RIOT_CODE, Candidate

# Verbs light only for some nouns: "issued an ultimatum", "reached an agreement" is agreeing
SETTLEMENTS = frozenset("agreement accord deal settlement compromise ceasefire truce".split())
LIGHT_FOR = {"issue": frozenset("ultimatum demand warning".split()), "reach": SETTLEMENTS,
             # "gave Sudan's army a 72-hour ultimatum", "delivered an ultimatum to Kyiv"
             "give": frozenset("ultimatum warning".split()), "deliver": frozenset("ultimatum warning".split()),
             # "would not attend the talks": who stays away refuses them
             "attend": frozenset("talk talks meeting summit conference session negotiation".split()),
             # "had a phone conversation with Erdogan", "had talks with the rebels"
             "have": frozenset("conversation talk meeting call discussion negotiation consultation".split())}
ADDRESSED = frozenset({"warning"})  # a threat only when issued to a party ("a travel warning": a notice)
NOUN_TARGET_PREPS = ("on", "against", "of", "at")
MEASURE_TARGET_PREPS = ("on", "against")  # who a measure in the passive is laid on
MEMBER_PREPS = frozenset({"including"})  # one of the acts a phrase counts ("attacks ... including the attack on")
LIGHT_TARGET_PREPS = frozenset({"on", "against"})  # an act noun's target phrase hung on its light verb
AIMED_AT_SITES = ("sites", "generic_sites", "held_sites", "moving_sites")  # things an act can be aimed at
RECIPIENT_PREPS = ("to", "with", "for", "against", "on", "toward", "towards")
CHARGE_NOUNS = frozenset("charge accusation allegation claim".split())  # "..., a charge it denies"
ACCUSING_VERBS = frozenset("accuse blame charge allege".split())
CHARGED_OF_VERBS = frozenset("accuse convict suspect acquit absolve".split())  # "X of" the charge
TIME_ZONES = frozenset("gmt utc est edt cet cest eat wat msk ist".split())  # a live report's stamp: "1040 GMT:"
MAX_CHARGE_DEPTH = 4  # words between the charge noun and the verb of accusing
OWNER_ENTS = frozenset({"ORG", "PERSON"})  # names that own the thing they modify (a people's
# name says what it is about: "the Rohingya crisis")
ARRIVING_VERBS = frozenset("come pour flood arrive".split())  # "criticism came from X": X voiced it
# Nouns that count acts ("a series of attacks", "dozens of arrests"): the act is the counted one.
SERIES = frozenset("series wave spate string spree campaign round number "
                   "dozen hundred thousand score handful couple".split())  # ("made dozens of arrests")
# Nouns that only say an act was put in place ("Washington's imposition of sanctions"): their
# possessor or "by" phrase does the act named in their "of" phrase, as a light verb's subject does.
LIGHT_NOUNS = frozenset(
    "imposition launch launching conduct staging waging introduction enforcement "
    "perpetration commission".split())  # not "announcement", "declaration": telling of an
# act is not doing it ("the party's announcement of the arrest of its leader")
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE"})  # whose "that" clause names the target
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts whose object undergoes them
# Acts of force: they land on things as well as parties ("shelled the hospital", "seized the
# weapons"), and where one "came from" names no one who did it ("the attacks came from Yemen").
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(slots=True)
class Roles:
    actor: Role | None = None
    target: Role | None = None
    location: Location | None = None


def _had_done(noun: Token) -> bool:
    """ "had talks planned", "had a meeting postponed": "have" says what was done to the act
    (a participle on the noun or after it, or a clause of its own), it does not carry it."""
    have = noun.head
    return any(c.dep_ in ("acl", "amod", "oprd") and c.tag_ == "VBN" for c in noun.children) \
        or any(c.dep_ in ("ccomp", "xcomp") for c in have.children) \
        or (have.dep_ == "ccomp" and have.head.tag_ in ("VBN", "VBD") and have.head.i > noun.i)
    # ("had a meeting with them postponed": the parser makes "postponed" the main verb)


def carried_by_verb(noun: Token) -> bool:
    """The act noun is the object of a verb that only carries it: a light verb ("launched an
    attack") or one light for that noun ("issued an ultimatum", "attend the talks"; not "had
    talks planned", what was done to them)."""
    head = noun.head
    return noun.dep_ in ("dobj", "obj") and (light_verb(head) or (
        noun.lemma_.lower() in LIGHT_FOR.get(head.lemma_.lower(), ())
        and not (head.lemma_.lower() == "have" and _had_done(noun))))


def _in_a_role(tok: Token) -> bool:
    """ "with Turkey as mediator", "with journalists present": a third party in a role of its
    own (an "as" phrase or a predicate right after it), not the other side."""
    if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in tok.children):
        return True  # "with Turkey hosting"
    nxt = tok.right_edge.i + 1
    if nxt >= len(tok.doc):
        return False
    after = tok.doc[nxt]
    return after.lower_ == "as" or (after.tag_ in ("JJ", "VBG", "VBN") and after.head.i != tok.i
                                     and after.dep_ not in ("amod", "compound"))


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _speech_verb(verb: Token) -> bool:
    """A verb the lexicon reads as a statement act (urge, accuse, reject, threaten ...)."""
    return any(lookup(e.code).plover in SPEECH_TYPES for e in lexicon().get(verb.lemma_.lower(), ()))


def _teller(verb: Token, head: Token) -> Token | None:
    """ "Amnesty said the sentence was cruel and urged Beijing to free him": the parser joins
    the act to the told judgement, whose subject is a thing that cannot act; the act is the
    teller's ("the police were brutal and arrested them" keeps its own subject)."""
    if is_passive(verb) or verb.lemma_ == "be" or head.lemma_ != "be" or head.dep_ != "ccomp" \
            or head.head.lemma_.lower() not in REPORTING_LEMMAS or not _speech_verb(verb):
        return None  # (a deed keeps the judged thing: "said the blast was huge and destroyed")
    judged = _children(head, ("nsubj",))
    if not judged or judged[0].pos_ == "PRON" or _is_party_or_person(judged[0]):
        return None
    return subject_child(head.head)


SUSPECTED_VERBS = frozenset({"believe", "think", "suspect", "say", "report", "allege", "understand"})  # "X believed
# to be ...", a reduced relative the parser may read as the sentence's verb


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """Who does ``verb``: its subject, or the subject it shares with a governing verb."""
    own = subject_child(verb)
    if own is not None:
        return own
    misread = misread_doer(verb)  # "A court convicted journalist Alsu Kurmasheva", "Aid agencies in
    if misread is not None:       # Gaza delivered ..."
        return misread
    for mark in _children(verb, ("mark",)):  # "after Theresa May stepped down": the parser
        named = _children(mark, ("pobj",))    # hangs the subject on the conjunction
        if named and named[0].i < verb.i:
            return named[0]
    if depth >= MAX_CLIMB or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if is_passive(head) and not is_passive(verb):
            return None
        return _teller(verb, head) or _subject(head, depth + 1)
    if verb.dep_ == "xcomp":
        if verb_in(head, OBJECT_CONTROL):
            obj = _children(head, ("dobj", "obj"))
            if obj:
                return obj[0]
        if head.pos_ == "VERB" and is_passive(head) and verb.tag_ == "VB" and subject_child(head) is None:
            return subject_child(head, ("nsubjpass",))  # "the two leaders are scheduled to meet",
            # "troops were ordered to withdraw": the passive's subject does it
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            return _subject(head if head.pos_ != "ADJ" else head.head, depth + 1)
    if verb.dep_ in ("acomp", "oprd") and verb.pos_ == "ADJ" and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth + 1)  # "Norway is willing to ...": the copula's subject
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG":
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "after meeting Putin, Trump said"
            if not _shares_subject(head, verb):
                return None
            head = head.head
        elif not any(c.dep_ == "mark" and c.lower_ in words("subject_preps") for c in verb.children):
            if came_under(head):
                return None  # "the convoy came under attack, killing nine soldiers": the attack's
                # unnamed doers killed them, not the convoy
            return _subject(head, depth + 1)  # "when announcing": the parser's guess at a verb
        # a passive's subject does what its gerund says: "was arrested after attacking a
        # guard", "the convoy was attacked while delivering food"
        return _subject(head, depth + 1) or subject_child(head, ("nsubjpass",))
    if purpose(verb) and head.pos_ == "VERB" and not is_passive(head):
        return _subject(head, depth + 1)  # "ministers gathered to discuss": they discuss
    if verb.dep_ in ("relcl", "acl") and not is_passive(verb) and (
            verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") or misparsed_main_verb(verb)):
        return head
    if verb.dep_ == "oprd" and head.dep_ in ("acl", "relcl"):
        return head.head  # "the people left surrendered": the noun the clause hangs on
    if verb.dep_ == "ccomp" and verb.tag_ == "VBD" and head.lemma_.lower() in SUSPECTED_VERBS \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in head.children):
        return subject_child(head)  # "Gunmen believed to be members of IS attacked a checkpoint":
        # the parser made "believed" the verb; the gunmen attacked
    return None


INDEFINITE_ARTICLES = frozenset({"a", "an"})
VISIT_PREPS = frozenset({"during", "on"})  # "said during a visit", "on a trip to": told on the visit
ALERTED_UNITS = frozenset({"unit"})  # "put its front-line units on high alert": forces, by another word
PUTTING_VERBS = frozenset({"put", "place"})  # "placed its forces on alert": who placed them is the actor
MANNER_PREPS = frozenset({"by", "through", "besides"})  # how the subject itself did it, even after
# an object ("dispersed the crowd by firing"); after an object, other phrases may tell the
# object's act ("congratulated Zelensky on signing", "detained the president upon returning")
LEADING_PREPS = frozenset({"on", "upon"})  # only before the verb: after it they mostly give a topic
# ("briefed reporters on sanctioning", "insisted on meeting")
PASSIVE_SCENE_PREPS = frozenset({"by", "in"})  # on a passive, the act's cause or scene: "displaced by
# fighting", "killed in shelling"


def _marked_clause(verb: Token) -> bool:
    """A clause of its own opened by a conjunction ("after an Israeli strike killed one of its
    commanders"), no misparsed subject of the word it hangs on."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def _shares_subject(prep: Token, gerund: Token) -> bool:
    """A preposition whose gerund is done by the clause's own subject ("after meeting Putin,
    Trump said", "was arrested after attacking a guard"), hung on that clause's verb; not one
    whose gerund may be the object's ("arrested him for attacking", "accused them of lying",
    "helped police in arresting", "jailed him despite apologizing"), a passive's cause or
    scene, nor a gerund used as a noun ("after the shelling", "after shelling by government
    forces")."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.lower_ not in words("subject_preps"):
        return False
    if is_passive(verb) and prep.lower_ in PASSIVE_SCENE_PREPS:
        return False
    if prep.lower_ in LEADING_PREPS and prep.i > verb.i:
        return False
    if any(c.dep_ in ("det", "poss") or (c.tag_ in FINITE_TAGS and not _marked_clause(c))
           or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in gerund.children):
        return False  # a noun ("the shelling", "shelling of the city") or a misparsed subject
    people = PERSON_PRONOUNS | PLURAL_PRONOUNS
    return prep.lower_ in MANNER_PREPS or not any(
        c.dep_ in ("dobj", "obj", "dative") and c.i < prep.i and (_is_party(c) or c.lower_ in people)
        for c in verb.children)


def _is_party(tok: Token) -> bool:
    """A name or a group of people: someone an act can be done to or for."""
    return (tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC") or word_class(tok, "person")
            or tok.lemma_.lower() in words("institutions"))


def _is_party_or_person(tok: Token) -> bool:
    """A party, or a common noun for people the lexicon's person class lacks ("the mayor")."""
    return _is_party(tok) or tok.lemma_.lower() in words("person_nouns")


def _laid_on(tok: Token) -> bool:
    """Who a measure is laid on: a party or person, never a place or site named by "on"
    ("torched on Lagos Island")."""
    return _is_party_or_person(tok) and tok.ent_type_ != "LOC" and not is_site(tok)


def _recipient(verb: Token, done_to: bool = False) -> Token | None:
    """Whom the act is done to or for: a named object, else the dative, else a named
    "to/with/for/against" complement, else the plain object ("provide aid to refugees").
    ``done_to``: an act done to its object (an arrest, an expulsion), whose object is the
    one it is done to when it is a person ("detained the French envoy to Mali", however the
    parser hangs "to Mali")."""
    objs = _children(verb, ("dobj", "obj"))
    if not objs and misread_modifier(verb):  # "sentenced journalist Evan Gershkovich", parsed as a
        named = verb.head  # modifier of the name: the whole name is the object
        while named.dep_ == "compound" and named.head.i != named.i:
            named = named.head
        objs = [named]
    if not objs and not is_passive(verb):  # "called Chinese President Xi Jinping": the parser
        # reads the one called as what an unseen object is called
        objs = [c for c in _children(verb, ("oprd",)) if c.ent_type_ in ("PERSON", "ORG", "GPE")] or [
            s for c in _children(verb, ("ccomp", "xcomp")) if c.pos_ == "ADJ" for s in _children(c, ("nsubj",))
            if s.pos_ == "PRON" or _is_party_or_person(s)]
        # ("found him guilty": the parser makes him the subject of "guilty"; not "make the region
        # climate neutral")
    own = bool(objs) and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in objs[0].children)
    if objs and (_is_party(objs[0]) or (done_to and not own and _is_party_or_person(objs[0]))):
        return objs[0]  # not "recalled its ambassador to Turkey": a move against Turkey
    dative = _children(verb, ("dative",))
    for d in dative:
        if d.pos_ in ("NOUN", "PROPN", "PRON"):
            return d
        pobj = [g for g in d.children if g.dep_ == "pobj"]
        if pobj:
            return pobj[0]
    for named in prep_objects(verb, RECIPIENT_PREPS):
        if _is_party_or_person(named):
            return named
    if objs and word_class(objs[0], "displeasure"):
        return _felt_party(verb)
    if objs and event_noun(objs[0]) and prep_objects(objs[0], ("of",)):
        return objs[0]  # "demanded the withdrawal of X": the nested event names the target
    if objs:
        # "confiscated weapons from armed groups", "aid for Romania": the party the thing
        # is taken from or meant for is the target; the thing itself only when no one is named.
        # A person is acted on themself ("expelled the Libyan ambassador to Greece").
        return objs[0] if _is_party_or_person(objs[0]) and not own else \
            _party_behind(objs[0], owners=not done_to) or objs[0]
    return None


def _felt_party(verb: Token) -> Token | None:
    """ "expressed disappointment at the court's ruling", "was angered by Moscow's decision":
    the feeling is no party; whoever did what it is felt at is."""
    return next((p for felt in felt_at(verb)
                 for p in (felt if _is_party(felt) else _party_behind(felt),) if p is not None), None)


def _an_act_of_force(noun: Token) -> bool:
    """The noun may name an act of force or coercion (any of its lexicon readings: "strike",
    "raid", "crackdown"; not "consultations", "decision")."""
    return any(e.pos == "N" and any(lookup(c).plover in FORCE_TYPES for c in (
        e.code, *(code for _, code in e.obj_codes + e.subj_codes + e.ctx_codes + e.prep_codes)))
        for e in lexicon().get(noun.lemma_.lower(), []))


def _party_behind(thing: Token, owners: bool = True) -> Token | None:
    """A party named in a to/for/from/against/by phrase of an object noun (or its "of" noun:
    "alleged fraud by the governor");
    else the party whose thing it is ("condemned the brutality of the military", "discussed
    China's role"), though not the one an act noun is done to ("condemned Mhlanga's arrest"
    charges whoever arrested him), nor the name of a place ("the village of Kalikot"); with
    ``owners`` off (an act done to its object), only the phrases."""
    if owners and _an_act_of_force(thing):
        mods = [c for c in thing.children if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "ORG") or (
            c.ent_type_ == "GPE" and any(p.feature == "country" for p in shared_gazetteer().lookup(c.text))))]
        weapons = [c for c in thing.children if c.dep_ == "compound"
                   and (in_words(c, "projectiles") or word_class(c, "air"))]
        mods += [g for c in weapons for g in c.children
                 if g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE", "ORG")]
        if mods:  # "condemned the Russian missile strike on a hospital", "the Israel strike on
            # Rafah": whose act of force it was, by a nation's or group's word on the act or on its
            # weapon (not a town's or a site's: "the Moscow concert hall attack", "the Kenyan
            # embassy bombing" name whom or where it hit; not "WTO consultations": a forum)
            return mods[0]
    heads = [thing] + prep_objects(thing, ("of",))
    # "by" beside a thing hit is no owner: "a shop by the embassy"
    preps = (*RECIPIENT_PREPS, "from", "by") if owners else (*RECIPIENT_PREPS, "from")
    for head in heads:
        for pobj in prep_objects(head, preps):
            if _is_party_or_person(pobj):
                return pobj
    if not owners or event_noun(thing) or word_class(thing, "territory") or is_site(thing) \
            or thing.ent_type_ in ("CARDINAL", "QUANTITY") or thing.lower_ in words("quantifiers"):
        return None  # nor what a blow lands on ("burned the flags of Israel", "killed three sons of
        # X"), nor a count ("hundreds of people")
    # "the UN proposal", "the Trump plan": a name before the thing is whose it is (not a place's
    # or a people's: "the Gaza plan", "the Rohingya crisis" are about them)
    authored = thing.lemma_.lower() in words("authored")  # not "the Assange ruling", "the Brexit deal"
    whose = [c for c in thing.children
             if c.dep_ == "poss" or (authored and c.dep_ == "compound" and c.ent_type_ in OWNER_ENTS)]
    if word_class(thing, "conduct"):
        whose += prep_objects(thing, ("of",))  # "the brutality of the army" (not "the reform of the police")
    return next((o for o in whose if _is_party(o)), None)


def _charge_laid(verb: Token, target: Token) -> int | None:
    """ "Accused the army of violations", "convicted the former minister of corruption": the
    parser may hang the charge on whom it is laid. The "of" token the party's words stop
    short of, or None (not "the leader of the opposition": a party is no charge; nor when the
    verb holds its own "of" phrase)."""
    if verb.lemma_.lower() not in CHARGED_OF_VERBS or target.dep_ not in ("dobj", "obj") \
            or target.head.i != verb.i or any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    ofs = [t for t in target.subtree if t.dep_ == "prep" and t.lower_ == "of" and t.i > target.i]
    charge = next((g for g in ofs[-1].children if g.dep_ in ("pobj", "pcomp")), None) if ofs else None
    if charge is None or party_word(charge) or charge.ent_type_:
        return None
    return ofs[-1].i


def _charge_denied(verb: Token) -> tuple[Token, Token | None] | None:
    """ "The US accused Iran of arming the Houthis, a charge Tehran denies": a denial told in
    a relative clause on a charge set beside an accusation answers it: the accused denies it
    ("a charge it denies": "it" is the accused), to the accuser."""
    charge = verb.head
    if verb.dep_ != "relcl" or charge.lemma_.lower() not in CHARGE_NOUNS:
        return None
    accusing = charge.head
    for _ in range(MAX_CHARGE_DEPTH):  # up from "the Houthis" through "arming", "of" to "accused"
        if accusing.lemma_.lower() in ACCUSING_VERBS or accusing.head.i == accusing.i:
            break
        accusing = accusing.head
    if accusing.lemma_.lower() not in ACCUSING_VERBS:
        return None
    accused = next((c for c in accusing.children if c.dep_ in ("dobj", "obj")), None)
    accuser = subject_child(accusing, ("nsubj",))
    return (accused, accuser) if accused is not None else None


def _asked_party(verb: Token) -> Token | None:
    """ "demanded that Hamas renounce ...", "called for NATO members to increase ...": the
    one a demand or accusation is about (the parser hangs "for X to Y" as an adverbial clause)."""
    for clause in _children(verb, ("ccomp",)) + marked_clauses(verb, ("for",)):
        subj = _children(clause, ("nsubj", "nsubjpass"))
        if subj and _is_party(subj[0]):
            return subj[0]
    return None


def _undergoer(verb: Token) -> Token | None:
    """Who a subjectless passive participle clause happens to: the subject of the clause it
    hangs on ("died on Tuesday after being shot", "released from prison a week ago")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("advcl", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subj = _children(cur, ("nsubj", "nsubjpass"))
            return subj[0] if subj else None
    return None


def _verb_roles(record: Record, cand: Candidate) -> tuple[Token | None, Token | None]:
    verb = cand.token
    entry = cand.entry
    plover = lookup(cand.code).plover
    actor: Token | None = None
    target: Token | None = None
    if cand.entry.obligation:
        # "the minister said the laws must change", "Russia needs to pull out": the speaker
        # demands, of the one who must act
        clause = verb.head if needed(verb) else verb
        subj = _children(clause, ("nsubj", "nsubjpass"))
        return _subject(clause.head), (subj[0] if subj and _is_party(subj[0]) else None)
    if displeased(verb):
        # "the U.S. was disappointed by the parliament's decision": the one who feels it, at
        # whoever did what it is felt at (not the passive's subject and agent)
        clause = verb.head if verb.dep_ == "acomp" else verb
        subj = _children(clause, ("nsubj", "nsubjpass"))
        return (subj[0] if subj else None), _felt_party(verb)
    if is_passive(verb):
        agents = prep_objects(verb, ("by",))
        actor = agents[0] if agents else None
        if plover in FORCE_TYPES:
            actor = wielder(actor, record)  # "killed by police gunfire", "hit by an Israeli airstrike"
        own = subject_child(verb, ("nsubjpass",))
        if own is not None:
            target = own
            if not _is_party_or_person(own) and plover != "ASSAULT":
                # "sanctions were imposed on Belarus": the measure is not its target (what an
                # attack hit is: "a checkpoint was attacked on Mount Sinjar")
                target = next((t for t in prep_objects(verb, MEASURE_TARGET_PREPS)
                               if _laid_on(t)), target)
        elif verb.dep_ in ("relcl", "acl"):
            target = verb.head
        elif verb.dep_ == "conj":
            # "she was arrested and charged"; "Mugabe co-founded ZANU but was arrested"
            shared = _children(verb.head, ("nsubjpass", "nsubj"))
            target = shared[0] if shared else None
        else:
            target = _undergoer(verb)
    else:
        actor = _subject(verb)
        if plover in FORCE_TYPES:
            actor = wielder(actor, record)
        target = _recipient(verb, plover in DONE_TO_TYPES)
        own_word = target is not None and any(target.i == x.i for x in cand.extra_tokens)
        if own_word:
            target = None  # the entry's own word ("set fire to", "took control of") acts on no one
        elif plover == "SUPPORT" and target is not None and word_class(target, "backing"):
            # "pledged full support for the plan": what is backed, not the backing
            backed = prep_objects(target, ("for", "to", "with")) or prep_objects(verb, ("for",))
            target = backed[0] if backed else None
        elif plover == "AID" and target is not None and not _is_party_or_person(target) \
                and not word_class(target, "territory"):
            given = prep_objects(verb, ("to",))  # "delivered chlorine tablets to 30,000 families":
            target = given[0] if given else target  # the goods are no party, whom they went to is

        if target is None and not own_word:  # "investigate and punish X": the object is shared
            # across "and" (not by a verb whose object is its own word: "declared a state of
            # emergency and deployed the national guard")
            for conj in verb.conjuncts:
                if conj.i > verb.i and not is_passive(conj) \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                    target = _recipient(conj)  # (not a clause with doers of its own: "Teachers
                    break  # rallied in Lima and police arrested ten nurses in Cusco")
        if target is None and entry.xcomp:
            # "agreed to provide aid to Romania": the one the promised act is for
            for child in verb.children:
                if child.dep_ in ("xcomp", "prep"):
                    inner = child if child.dep_ == "xcomp" else next(
                        (g for g in child.children if g.dep_ == "pobj"), None)
                    if inner is not None and inner.pos_ in ("VERB", "NOUN"):
                        target = _recipient(inner)
                        if target is not None:
                            break
        if plover in ("REQUEST", "THREATEN") and target is not None and target.dep_ in ("dobj", "obj") \
                and target.pos_ == "NOUN" and not _is_party_or_person(target) and not event_noun(target) \
                and not word_class(target, "territory") \
                and not any(t.ent_type_ or t.pos_ == "PROPN" for t in target.subtree) \
                and not (target.head.i == verb.i and _children(verb, ("xcomp", "ccomp"))):
            # ("asked his countrymen to stay home": whom it asks; "threatened to use force": what)
            target = None  # "urged restraint", "demanded compensation": what is asked for or
            # threatened is no party (not "demanded the removal of President X": a party named in it)
    if target is None and plover in CLAUSE_TARGET_TYPES:
        target = _asked_party(verb)
    if actor is None and entry.actor_preps:
        found = prep_objects(verb, entry.actor_preps)
        actor = found[0] if found else None
    if target is None and entry.target_preps:
        found = prep_objects(verb, entry.target_preps)
        target = found[0] if found else None
    sides = _between(verb, record)
    if actor is None and sides is not None and _is_party(sides[0]) and (plover in SYMMETRIC_TYPES or (
            plover in FORCE_TYPES and sides[1] is not None
            and (in_words(verb, "mutual_acts") or in_words(verb, "fights")))):
        # "a deal was signed between the rebels and the government": the sides, not the deal;
        # "fighting between the army and the RSF" (not "five were killed between two towns")
        actor, target = sides[0], sides[1] or target
    mutual = plover in FORCE_TYPES and in_words(verb, "mutual_acts")
    if (plover in FORCE_TYPES or cand.code == RIOT_CODE) and (target is None or projectile(target)):
        aimed = aimed_at(verb)  # "fired rockets at Israel", "shot at protesters"
        if aimed is not None:
            target = aimed
        elif target is not None and projectile(target) and (mutual or in_words(verb, "aiming_verbs")) \
                and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):  # "shot down drones"
            # what was fired is no party: "exchanged fire with X", "opened fire", "fired rockets"
            target = next(iter(prep_objects(verb, ("with",))), None)
    if target is None and actor is not None and mutual:
        target = _other_side(actor)  # "the two armies clashed" (a meeting: :func:`find_roles`)
    ordered = next((x for x in cand.extra_tokens if x.pos_ == "VERB" and x.dep_ == "xcomp"), None)
    done_to = _children(ordered, ("dobj",)) if ordered is not None else []
    if done_to and lookup(cand.code).plover == "COERCE":
        target = done_to[0]  # "ordered his officers to disperse the protesters": whom the order is aimed at
    if target is None and cand.extra_tokens:
        # "come under the control of X": X acts; "take control of X": X is the target.
        for extra in cand.extra_tokens:
            found = [f for f in prep_objects(extra, ("of",))  # not "a state of emergency"
                     if not any(f.i == x.i for x in cand.extra_tokens)]
            if found:
                if verb.lemma_.lower() == "come":
                    subj = _children(verb, ("nsubj",))
                    actor, target = found[0], subj[0] if subj else None
                else:
                    target = found[0]
                break
    return actor, target


def _other_side(actor: Token) -> Token | None:
    """The second side of an act done between the subject's conjuncts: "Putin and Macron met"
    (not for every mutual type: "Australia and Canada offered to resettle them" are two
    offers, "Hawkins and La Riva agreed" agree with a third)."""
    return next((c for c in actor.conjuncts if c.i > actor.i and _is_party(c)), None)


def _issuer(actor: Token) -> Token:
    """ "The Turkish statement called for ...": a statement speaks for whoever issued it,
    named by its possessor or a modifier that is a state, people, body or institution."""
    if actor.pos_ != "NOUN" or actor.lemma_.lower() not in words("statements"):
        return actor
    for child in actor.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in actor.children:
        if child.dep_ in ("amod", "compound") and (  # not a place: "the Gaza resolution" is about it
                child.ent_type_ in ("NORP", "ORG") or child.lemma_.lower() in words("institutions")):
            return child
    return actor


def _past_dateline(tok: Token | None) -> Token | None:
    """ "MOSCOW (AP) - Vladimir Kara-Murza was placed under house arrest": the parser may make
    the dateline's town a subject beside the lead's own; a dateline names where, never who, so
    the lead's word of the same part is the party, or none."""
    if tok is None or not in_dateline(tok):
        return tok
    return next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i != tok.i and not in_dateline(c)), None)


def _past_timestamp(tok: Token | None) -> Token | None:
    """ "1040 GMT: Opposition leader Nika Melia was beaten by police": a live report's time
    stamp the parser made a party names when, never who; the party is the name it was hung on
    as an apposition, or none."""
    if tok is None or not (tok.lower_ in TIME_ZONES or (tok.ent_type_ in ("TIME", "DATE") and tok.pos_ != "PROPN")):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and party_word(c)), None)


def _between(tok: Token, record: Record | None = None) -> tuple[Token, Token | None] | None:
    """The two sides a "between" phrase names ("talks between Russia and Ukraine"); with the
    record, never two towns or two days, which say where or when ("killed between Bunia and
    Mahagi", "broke out between Monday and Tuesday")."""
    found = prep_objects(tok, ("between",))
    if not found:
        return None
    conj = list(found[0].conjuncts)
    sides = found[0], (conj[0] if conj else None)
    if record is not None and any(side is not None and _where_or_when(record, side) for side in sides):
        return None
    return sides


def _where_or_when(record: Record, tok: Token) -> bool:
    """A day, or a place that is no country (a country may be a side: "war between Russia and
    Ukraine")."""
    place = record.place_at(tok.idx, tok.idx + len(tok.text))
    return tok.ent_type_ in TIME_ENTS or (place is not None and place.feature != "country")


BACKING_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})  # acts for someone, against a common foe
BLAST_CODE = "183"  # CAMEO: bombings (suicide, car, roadside ...)
BLAST_PREPS = ("among", "at", "near", "outside", "on")  # whom a blast was set off among
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})  # done between two sides
STATE_VERBS = frozenset("remain stay be die languish sit spend serve".split())  # who is in the state
# undergoes it ("remain in custody", "spent a year in detention")


def _collective(record: Record, tok: Token) -> bool:
    """A state, people or organisation (which acts: "Russia's killings"), not a person (who
    undergoes: "Navalny's arrest"); the article's entity speaks over the tagger's reading of
    this one mention, which often takes a lone surname before "'s" for a country or a body."""
    entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
    if entity is not None and entity.type == "PERSON":
        return False
    return tok.ent_type_ in ("GPE", "NORP", "ORG")


def _doers_named(verb: Token) -> bool:
    """The verb's subject names the act's doers by their act ("the attacker", "two of the
    assailants") or armed men ("Russian troops suffered heavy losses in the assault": the losing side
    of a fight may have made it)."""
    subj = _subject(verb)
    return subj is not None and any(in_words(w, "doer_nouns") or in_words(w, "act_doers")
                                    or word_class(w, "fighting_men") for w in (subj, *prep_objects(subj, ("of",))))


def _teller_on_a_visit(record: Record, noun: Token) -> Token | None:
    """The person, named and in office, whose clause a "during" or "on" phrase of the visit noun
    hangs on: the visitor (not "police arrested two activists during his visit": whoever "his" is)."""
    told_anew = any((c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES)
                    or (c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS) for c in noun.children)
    # (not "Trump told Starmer during the visit": one told before, maybe the guest's)
    if noun.dep_ != "pobj" or noun.head.lower_ not in VISIT_PREPS or noun.head.head.pos_ not in ("VERB", "AUX") \
            or not told_anew:
        return None
    subj = _subject(noun.head.head)
    if subj is None:
        return None
    entity = record.entity_at(subj.idx, subj.idx + len(subj.text))
    return subj if entity is not None and entity.type == "PERSON" and (
        entity.kb_id is not None or in_office(record, entity)) else None  # (one the text or the knowledge
    # base makes a political actor: a visit by anyone else is left without one, as before)


def came_under(verb: Token) -> bool:
    """ "the convoy came under attack": what came under an act underwent it."""
    return verb.lemma_.lower() in ARRIVING_VERBS and any(event_noun(o) for o in prep_objects(verb, ("under",)))


def _put_on(noun: Token) -> bool:
    """ "placed its nuclear forces on alert": forces or a party put on the state the noun
    names (not "putting less emphasis on talks")."""
    verb = noun.head.head
    return noun.head.lower_ == "on" and verb.lemma_.lower() in PUTTING_VERBS and any(
        _is_party_or_person(o) or word_class(o, "forces") or o.lemma_.lower() in ALERTED_UNITS
        for o in _children(verb, ("dobj",)))


def _noun_roles(record: Record, cand: Candidate) -> tuple[Token | None, Token | None]:
    noun = cand.token
    actor: Token | None = None
    target: Token | None = None
    poss = [p for p in _children(noun, ("poss",)) if p.ent_type_ not in TIME_ENTS]  # not "Monday's"
    many = noun.tag_ == "NNS" and poss and poss[0].tag_ not in PLURAL_TAGS  # "Duterte's killings"
    if poss and cand.entry.poss_target and not prep_objects(noun, ("of",)) and not many \
            and not _collective(record, poss[0]):
        target = poss[0]  # "Tarrant's arrest": he was arrested; "Russia's killings": Russia killed
    elif poss:
        actor = poss[0]
    by = doers_named_on(noun)
    if by:
        actor = by[0]
    if actor is None and cand.entry.actor_preps:  # "the resignation of the governor"
        actor = next((t for t in prep_objects(noun, cand.entry.actor_preps)
                      if _is_party_or_person(t)), None)
    if actor is None:
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG") \
                    and not names_town(record, child, plover=lookup(cand.code).plover) \
                    and not (child.pos_ == "PROPN" and record.place_at(child.idx, child.idx + len(child.text)) is None
                             and told_as_a_spot(child)):  # "U.S. strikes", not
                # "a Kandahar bombing", nor "the Tassia attack" after "near the village of Tassia"
                actor = child
                break
    sides = _between(noun, record)
    if sides is None and noun.dep_ == "nsubj" and in_words(noun.head, "onset_verbs"):
        sides = _between(noun.head, record)  # "Fighting erupted between the army and the RSF"
        sides = sides if sides is not None and sides[1] is not None else None  # (not "between the
        # two sides": whoever they are, told before)
    if sides is not None:
        actor, target = sides
    preps = cand.entry.target_preps or NOUN_TARGET_PREPS
    if lookup(cand.code).plover in BACKING_TYPES:
        preps = tuple(p for p in preps if p != "against")  # "Kenya's support against al-Shabaab":
        # the foe backed against, not whom the support is for
    found = [t for t in prep_objects(noun, preps) if t.ent_type_ not in TIME_ENTS and t is not actor
             and not (t.head.lower_ == "with" and (_in_a_role(t) or not _is_party_or_person(t)))]
    # "talks with the rebels"; not "with the backing of the AU", "with the aim of ending the war"
    if found and target is None:
        target = found[0]  # "an attack on the market", never "an attack on 13 September"
    if target is None and noun.dep_ == "pobj" and noun.head.lower_ in MEMBER_PREPS:
        # "orchestrated attacks on coalition bases ... including the attack on December 27th":
        # one of the acts the phrase counts (on the noun or on the verb whose object it is),
        # on whom they fell
        whole = noun.head.head
        if whole.pos_ == "VERB":
            whole = next((o for o in _children(whole, ("dobj",)) if event_noun(o)), whole)
        if event_noun(whole) and whole.i != noun.i:
            target = next((t for t in prep_objects(whole, preps) if t.ent_type_ not in TIME_ENTS), None)
    if target is None:  # "bombings targeted at the military"
        for clause in _children(noun, ("acl",)):
            target = aimed_at(clause)
            if target is not None:
                break
    if target is None and noun.dep_ == "dobj" and noun.tag_ == "NN" \
            and noun.head.lemma_.lower() in words("undergoing_verbs"):
        survivor = subject_child(noun.head)  # "he survived a drone attack": the attack was on him
        target = survivor if survivor is not None and survivor.i != noun.i else None
    if target is None:
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in DAMAGE_VERBS:
            objs = _children(noun.head, ("dobj",))  # "the explosion targeted a bakery"
            target = objs[0] if objs else None
        elif noun.dep_ == "pobj" and noun.head.dep_ == "agent" \
                and noun.head.head.lemma_.lower() in DAMAGE_VERBS:
            subj = _children(noun.head.head, ("nsubjpass",))  # "was shattered by an explosion"
            target = subj[0] if subj else None
    # "launched a series of attacks", "sent a shipment of arms": the light verb's object is
    # the series or the measure
    slot = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in SERIES or noun.head.head.lemma_.lower() in MEASURES
            or noun.head.head.lower_ == "one"):  # "carried out one of the biggest drone attacks"
        slot = noun.head.head
    if carried_by_verb(slot):
        given = (_children(slot.head, ("dative",)) + prep_objects(slot.head, ("to",))
                 + prep_objects(slot, ("to",)))
        if lookup(cand.code).plover in SYMMETRIC_TYPES:  # "held talks with the rebels"
            given += [t for t in prep_objects(slot.head, ("with",)) + prep_objects(slot, ("with",))
                      if not _in_a_role(t)]
        told = next((t for t in given if _is_party(t)), None)  # "issued an ultimatum to Peru"
        if told is not None or slot.lemma_.lower() not in ADDRESSED:
            carrier = _subject(slot.head)
            if carrier is not None and event_noun(carrier) and not _is_party(carrier):
                carrier = None  # "The killing of the activist renewed calls for ...": no one called
            actor = actor or carrier
            target = target or told or _laid_on_verb(slot, preps, actor)
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" \
            and in_words(noun.head.head, "response_verbs"):
        actor = _subject(noun.head.head)  # "the junta responded with air strikes": the answer is theirs
        target = target or next((t for t in prep_objects(noun.head.head, ("on", "against"))
                                 if t.ent_type_ not in TIME_ENTS), None)  # ("... on rebel positions")
    if actor is None and lookup(cand.code).plover in SPEECH_TYPES and noun.dep_ == "dobj" \
            and in_words(noun.head, "drawing_verbs"):
        # "drew condemnation from the EU", "faced condemnation from Moscow": who it came from (not
        # "approved a request from HHS", "to counter threats from Iran": what another act is on)
        actor = next((t for t in prep_objects(noun, ("from",)) + prep_objects(noun.head, ("from",))
                      if _is_party(t)), None)
    laid_on = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if laid_on is not None and laid_on.dep_ == "dobj" and in_words(laid_on.head, "measure_carriers"):
        laid_on = laid_on.head  # ("hit Iran's oil network with sanctions on Thursday": the parser
        # may hang the phrase on the object)
    if actor is None and laid_on is not None and in_words(laid_on, "measure_carriers"):
        actor = _subject(laid_on)  # "the Treasury hit Iran's oil network with sanctions": the
        target = target or next(iter(_children(laid_on, ("dobj",))), None)  # Treasury laid them on it
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
            and in_words(noun.head.head, "purpose_journeys"):
        actor = _subject(noun.head.head)  # "the president flew to Beijing for a visit": the traveller's
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in LIGHT_NOUNS:
        put = noun.head.head  # "the army's imposition of a curfew": the army imposed it
        actor = next(iter(_children(put, ("poss",)) + prep_objects(put, ("by",))), None)
    if noun.dep_ == "nsubjpass" and light_verb(noun.head):
        agents = prep_objects(noun.head, ("by",))  # "the attack was carried out by militants"
        actor = actor or (agents[0] if agents else None)
        preps = ("against",) if lookup(cand.code).plover in SYMMETRIC_TYPES else MEASURE_TARGET_PREPS
        target = target or next((t for t in prep_objects(noun.head, preps)  # "a lawsuit was filed
                                 if _laid_on(t)), None)                      # against him"; not
        # "talks were held on Syria"
    if actor is None:  # "attacks carried out by the IRA"
        for clause in _children(noun, ("acl", "relcl")):
            if light_verb(clause):
                agents = prep_objects(clause, ("by",))
                if agents:
                    actor = agents[0]
                    break
    claimer = claiming_verb(noun) if actor is None else None
    if claimer is not None and claimer.pos_ in ("VERB", "AUX"):
        actor = _subject(claimer)  # "X claimed responsibility for the bombings", "X claimed the attack"
    if noun.dep_ == "pobj" and (noun.head.lower_ in ("under", "into", "in") or _put_on(noun)):
        holder = noun.head.head
        if holder.pos_ in ("VERB", "AUX") and lookup(cand.code).plover == "ASSAULT" and in_words(holder, "case_verbs") \
                and in_words(noun, "case_acts"):
            pass  # "police arrested three suspects in the bombing": the arrest's parties are not
            # the bombing's (but "militants killed 12 in the attack", "clashed in running battles")
        elif holder.pos_ in ("VERB", "AUX"):  # "placed Mugabe under house arrest"
            held = [h for h in _children(holder, ("dobj", "nsubjpass")) if h.ent_type_ not in TIME_ENTS]
            # a span of time held is none ("spent a year in detention")
            if holder.lemma_.lower() in STATE_VERBS and not held:
                target = target or _subject(holder)  # "the accused remain in custody"
            elif noun.head.lower_ == "under" and came_under(holder):
                target = target or _subject(holder)  # "the convoy came under attack from JNIM
                actor = actor or next((t for t in prep_objects(holder, ("from",)) + prep_objects(noun, ("from",))
                                       if _is_party_or_person(t)), None)  # fighters": it was attacked
            elif noun.head.lower_ == "in" and in_words(holder, "undergoing_verbs") and not _doers_named(holder) \
                    and not prep_objects(noun, LIGHT_TARGET_PREPS):
                target = target or _subject(holder)  # "Wiranto suffered two stab wounds in the
                # attack": who suffered it was its target, not its doer (not "the attacker suffered
                # gunshot wounds in the attack": hurt in it, still its doer)
            else:
                if target is None and held:
                    target = held[0]
                if actor is None and not is_passive(holder):
                    actor = _subject(holder)
        elif holder.pos_ in ("NOUN", "PROPN") and target is None and _is_party(holder):
            target = holder  # "two suspects in custody" (not "a lull in the fighting")
    if actor is None and noun.dep_ == "pobj" and noun.head.lower_ == "on" \
            and noun.head.head.lemma_.lower() in ("go", "be", "remain", "stay"):
        actor = _subject(noun.head.head)  # "judges went on strike", "doctors remain on hunger strike"
    if actor is None and lookup(cand.code).plover not in FORCE_TYPES | {"PROTEST"}:
        actor = _came_from(noun)  # not "the attacks came from Yemen", "protests came from Paris"
    if (actor is None or actor.lower_ in POSSESSIVE_PRONOUNS) and lookup(cand.code).plover in TALK_TYPES \
            and (visitor := _teller_on_a_visit(record, noun)) is not None:
        actor = visitor  # "Sanchez said during a visit to Beijing", "During his visit to Kyiv,
        # Blinken announced aid": who tells it on the visit made it
    if actor is None and noun.dep_ in ("nsubj",) and noun.head.lemma_.lower() in ("involve",):
        objs = _children(noun.head, ("dobj",))
        actor = objs[0] if objs else None
    return actor, target


def _laid_on_verb(slot: Token, preps: tuple[str, ...], actor: Token | None) -> Token | None:
    """ "launched a brazen assault on a military base": the parser often hangs the act noun's
    "on" or "against" phrase on the light verb that carries it; it still says whom the act was
    aimed at. Only the noun's own target prepositions that name no place ("at" a place, "of"
    a kind), and only a party, a person or a site that can be struck or held: the verb's "on"
    says as often how or where ("on two fronts", "on the orders of", "on the main road")."""
    verb = slot.head
    said = tuple(p for p in preps if p in LIGHT_TARGET_PREPS and (p == "against" or verb_in(verb, FORCE_CARRIERS)))
    # ("staged a sit-in on Independence Square", "announced a curfew on CNN": where or how)
    return next((t for t in prep_objects(verb, said)
                 if t.ent_type_ not in TIME_ENTS and t is not actor and (
                     _is_party_or_person(t) or any(in_words(t, s) for s in AIMED_AT_SITES))), None)


def _came_from(noun: Token) -> Token | None:
    """ "Condemnation came from the UN", "statements of support have come from Britain": who
    voiced a statement is where it came from; not one who told of it ("a report of the threat
    came from diplomats"), a critic ("came under fire from"), or "came not from X"."""
    said = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in words("statements") - {"report"}:
        said = noun.head.head
    came = said.head
    if said.dep_ != "nsubj" or came.lemma_.lower() not in ARRIVING_VERBS or prep_objects(came, ("under",)):
        return None
    froms = [c for c in came.children if c.dep_ == "prep" and c.lower_ == "from"]
    if any(g.dep_ == "neg" for t in (came, *froms) for g in t.children):
        return None
    return next((t for t in prep_objects(came, ("from",)) if _is_party_or_person(t)), None)


def _deployed(cand: Candidate, target: Token) -> bool:
    """ "Security forces had been deployed", "reservists were mobilised": those sent are the
    ones who mobilise when no one is said to send them (PLOVER's MOBILIZE actor)."""
    return lookup(cand.code).plover == "MOBILIZE" and target.dep_ == "nsubjpass" \
        and target.head.i == cand.token.i and not _children(cand.token, ("agent",)) \
        and party_word(target)


def _headline_passive(cand: Candidate) -> bool:
    """A headline tells what was done to its subject with the bare participle ("Journalist
    stabbed to death in Mexico", "Opposition politician shot dead"); what a subject did, in the
    present ("Gunmen kill five") or with an object or a target phrase ("Police fired on
    protesters"), is no such reading."""
    verb = cand.token
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and in_words(verb, "harm_participles") \
        and lookup(cand.code).plover in DONE_TO_TYPES \
        and not _children(verb, ("dobj", "obj", "dative")) \
        and not prep_objects(verb, ("with", "on", "at", "against", "into", "upon"))


def find_roles(record: Record, cand: Candidate, kb: KnowledgeBase) -> Roles:
    """Actor, target and location for one trigger."""
    if cand.token.pos_ == "NOUN" and not any(c.dep_ == "nsubj" for c in cand.token.children):
        actor, target = _noun_roles(record, cand)
    else:  # a verb, or a word tagged a noun that the parse gives a subject ("Gunmen storm hotel")
        actor, target = _verb_roles(record, cand)
        denied = _charge_denied(cand.token)
        if denied is not None:  # "X accused Y of ..., a charge it denies": Y denies it, to X
            if actor is None or actor.pos_ == "PRON":
                actor = denied[0]
            target = target or denied[1]
    seg_range = range(cand.segment.start, cand.segment.end)
    if cand.segment.headline and target is None and actor is not None and _headline_passive(cand):
        actor, target = None, actor  # "Former Japanese PM Shinzo Abe shot dead": a headline drops "was"
    actor, target = _past_timestamp(_past_dateline(actor)), _past_timestamp(_past_dateline(target))
    if actor is not None:
        actor = _issuer(resolve(actor))
        if actor.i not in seg_range or actor.i == cand.token.i:
            actor = None
    if target is not None:
        target = resolve(target)
        if target.i not in seg_range or target.i == cand.token.i:
            target = None
    if actor is not None and target is not None and actor.i == target.i:
        target = None
    if actor is None and target is not None and _deployed(cand, target):
        actor, target = target, None
    if target is not None and lookup(cand.code).plover == "MOBILIZE" and (
            projectile(target) or word_class(target, "arms") or word_class(target, "forces")):
        # "test-fired a ballistic missile", "deployed 5,000 troops to the border": what is shown
        # or sent is the actor's own, no party it is aimed at (one named "to" a place may be)
        sent = [cand.token, *_children(cand.token, ("dobj",))]  # (the parser may hang the phrase on what is sent)
        target = next((t for h in sent for t in prep_objects(h, ("to", "toward", "towards"))
                       if t.ent_type_ in ("GPE", "NORP", "ORG")), None) \
            or next((t for h in sent for t in prep_objects(h, ("against",))), None)
    if target is not None and cand.code.startswith(BLAST_CODE) and (projectile(target) or any(
            word_class(w, "arms") for w in (target, *_children(target, ("amod", "compound"))))):
        # "detonated explosive belts among the crowd": what is set off is the means; whom it was
        # set off among, if anyone, was hit
        target = next((t for t in prep_objects(cand.token, BLAST_PREPS) if _is_party_or_person(t)), None)
    sides = False  # the target is the subject's own conjunct
    if actor is not None and lookup(cand.code).plover == "CONSULT" and (
            target is None or not _is_party_or_person(target)) and not any(
            _between(t) for t in (cand.token, *_children(cand.token, ("dobj",)))):
        # "Putin and Macron met in Paris", "Macron and Scholz held talks", "Starmer and Macron
        # discussed migration": a meeting is held with the subject's conjunct, not with its topic
        # (not "Qatar and Egypt mediated talks between Israel and Hamas": the hosts)
        other = _other_side(actor)
        sides = other is not None and other.i in seg_range
        target = other if sides else target
    roles = Roles()
    # a headline's trigger parts its roles, as does a verb the parser hung on its object ("The
    # regional bloc ECOWAS threatened military intervention": the subject's words end at it)
    clip = cand.token.i if cand.segment.headline or misread_modifier(cand.token) else None
    exclude: set[int] = set()
    if actor is not None:
        # "talks between Russia and Ukraine", "Putin and Macron met": the actor's conjunct is
        # the target, so the actor's words stop before it
        alone = target is not None and any(c.i == target.i for c in actor.conjuncts)
        roles.actor = make_role(record, actor, kb, alone, clip)
        lo, hi = phrase_bounds(actor, alone, clip)
        exclude.update(range(lo, hi + 1))
    if target is not None:
        cut = clip if clip is not None else _charge_laid(cand.token, target)  # (a misread modifier's
        # object starts after its verb: ``clip``)
        if cut is None:  # "stripped five generals of their citizenship": the phrase's own word
            cut = next((x.i for x in cand.extra_tokens if target.i < x.i and x.head.i == target.i), None)
        roles.target = make_role(record, target, kb, clip=cut)
        lo, hi = phrase_bounds(target, clip=cut)
        if not (target.ent_type_ in PLACE_ENTS or word_class(target, "territory")) or sides \
                or lookup(cand.code).plover not in words("material_types"):
            exclude.update(range(lo, hi + 1))  # a place a statement is aimed at is a party,
            # not where ("voiced anger at Moscow"); where a physical act hit may be; a side's
            # country is not where two sides met ("Britain and France discussed migration")
    roles.location = mention_location(record, cand, exclude)
    if (roles.location is None or at_dateline(record, roles.location)) and target is not None \
            and takes_ground(cand) and not said_of(cand.token) and names_place(record, target):
        # "Russia took over Mariupol", "the Crimean peninsula was annexed": the ground taken is
        # where (not "deported them to Turkey", "sanctions imposed on Moscow": a party)
        roles.location = make_location(record, target) or roles.location
    elif target is not None:
        roles.location = struck_ground(record, cand, target, roles.location)
    if roles.location is None:
        roles.location = bearing_place(record, cand, target, exclude)
    return roles
