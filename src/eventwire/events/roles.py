"""Actor, target and location of a trigger, read from the dependency parse.

Roles come only from the trigger's own clause or the clauses that govern it (a subject
shared across "and", the controller of "agreed to ...", the antecedent of "who" or
of "he"/"it" in a reported clause), never from an unrelated clause.

A verb's roles are read in :mod:`.verbroles`, a noun's in :mod:`.nounroles`, with the tests
both share in :mod:`.rolewords`; this module picks the reading and mends what they return.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase
from ..geo.wording import DIVISION_NOUNS, TOWN_NOUNS
from ..nlp.syntax import in_dateline, subject_child
from ..record import Location, Record, Role
from .cameo import lookup
from .clauses import in_words, party_word, words
from .clausewords import (
    PLACE_ENTS,
    SHOW_OF_FORCE_CODE,
    prep_objects,
    tested,
    word_class,
)
from .doers import misread_modifier
from .eventhood import said_of
from .instruments import projectile
from .naming import make_role, phrase_bounds
from .nounroles import (
    noun_roles,
)
from .placing import bearing_place, mention_location
from .pronouns import (
    resolve,
)
from .rolewords import (
    DONE_TO_TYPES,
    between_sides,
    children_in,
    party_or_person,
)
from .sites import (
    at_dateline,
    describes_site,
    make_location,
    names_place,
    narrower_within,
    site_town,
    site_town_beside,
    struck_ground,
    takes_ground,
)
from .triggers import Candidate
from .verbroles import (
    other_side,
    protested_party,
    undergoer_named,
    verb_roles,
)

CHARGE_NOUNS = frozenset("charge accusation allegation claim".split())  # "..., a charge it denies"
ACCUSING_VERBS = frozenset("accuse blame charge allege".split())
CHARGED_OF_VERBS = frozenset("accuse convict suspect acquit absolve".split())  # "X of" the charge
TIME_ZONES = frozenset("gmt utc est edt cet cest eat wat msk ist".split())  # a live report's stamp: "1040 GMT:"
AREA_NOUNS = TOWN_NOUNS | DIVISION_NOUNS  # words for ground a portion may be of ("the city of", "the province")
MAX_PORTION_HOPS = 2  # "parts of much of the region": portions of portions
MAX_CHARGE_DEPTH = 4  # words between the charge noun and the verb of accusing
BLAST_CODE = "183"  # CAMEO: bombings (suicide, car, roadside ...)
AIMED_DEMANDS = frozenset({"PROTEST", "REQUEST", "THREATEN"})  # acts aimed at whom they would befall
BLAST_PREPS = ("among", "at", "near", "outside", "on")  # whom a blast was set off among


@dataclass(slots=True)
class Roles:
    actor: Role | None = None
    target: Role | None = None
    location: Location | None = None


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


def past_dateline(tok: Token | None) -> Token | None:
    """ "MOSCOW (AP) - Vladimir Kara-Murza was placed under house arrest": the parser may make
    the dateline's town a subject beside the lead's own, or hang the lead's own on it ("KABUL,
    Afghanistan (AP) — The Taliban want ..."); a dateline names where, never who, so the lead's
    word of the same part, or the one in apposition to the town, is the party, or none."""
    if tok is None or not in_dateline(tok):
        return tok
    return next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i != tok.i and not in_dateline(c)),
                None) or next((a for a in tok.children if a.dep_ == "appos" and not in_dateline(a)), None)


def _past_timestamp(tok: Token | None) -> Token | None:
    """ "1040 GMT: Opposition leader Nika Melia was beaten by police": a live report's time
    stamp the parser made a party names when, never who; the party is the name it was hung on
    as an apposition, or none."""
    if tok is None or not (tok.lower_ in TIME_ZONES or (tok.ent_type_ in ("TIME", "DATE") and tok.pos_ != "PROPN")):
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and party_word(c)), None)


def _deployed(cand: Candidate, target: Token) -> bool:
    """ "Security forces had been deployed", "reservists were mobilised": those sent are the
    ones who mobilise when no one is said to send them (PLOVER's MOBILIZE actor)."""
    return lookup(cand.code).plover == "MOBILIZE" and target.dep_ == "nsubjpass" \
        and target.head.i == cand.token.i and not children_in(cand.token, ("agent",)) \
        and party_word(target)


def _headline_passive(cand: Candidate) -> bool:
    """A headline tells what was done to its subject with the bare participle ("Journalist
    stabbed to death in Mexico", "Opposition politician shot dead"); what a subject did, in the
    present ("Gunmen kill five") or with an object or a target phrase ("Police fired on
    protesters"), is no such reading."""
    verb = cand.token
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and in_words(verb, "harm_participles") \
        and lookup(cand.code).plover in DONE_TO_TYPES \
        and not children_in(verb, ("dobj", "obj", "dative")) \
        and not prep_objects(verb, ("with", "on", "at", "against", "into", "upon"))


def _ground_of_a_portion(ground: Token | None) -> Token | None:
    """ "seized parts of the city of Marawi", "took control of much of the province": the ground
    a portion is of (word set ``ground_portions``), a named place or a town or division, through
    each "of" (not "seized a convoy of trucks", "control of the capital's main airport": a site,
    no portion)."""
    for _ in range(MAX_PORTION_HOPS):
        if ground is None or not in_words(ground, "ground_portions"):
            return ground
        of = [g for g in prep_objects(ground, ("of",)) if g.ent_type_ in PLACE_ENTS or g.lemma_.lower() in AREA_NOUNS]
        if not of:
            return ground  # (not "seized control of the capital's main airport": a site, taken whole)
        ground = of[0]
    return ground


def find_roles(record: Record, cand: Candidate, kb: KnowledgeBase) -> Roles:
    """Actor, target and location for one trigger."""
    if cand.token.pos_ == "NOUN" and not any(c.dep_ == "nsubj" for c in cand.token.children):
        actor, target = noun_roles(record, cand)
    else:  # a verb, or a word tagged a noun that the parse gives a subject ("Gunmen storm hotel")
        actor, target = verb_roles(record, cand)
        denied = _charge_denied(cand.token)
        if denied is not None:  # "X accused Y of ..., a charge it denies": Y denies it, to X
            if actor is None or actor.pos_ == "PRON":
                actor = denied[0]
            target = target or denied[1]
    seg_range = range(cand.segment.start, cand.segment.end)
    if cand.segment.headline and target is None and actor is not None and _headline_passive(cand):
        actor, target = None, actor  # "Former Japanese PM Shinzo Abe shot dead": a headline drops "was"
    actor, target = _past_timestamp(past_dateline(actor)), _past_timestamp(past_dateline(target))
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
    if lookup(cand.code).plover in AIMED_DEMANDS:
        if target is None:  # "called for the removal of President X": what is called for
            target = next((o for o in prep_objects(cand.token, ("for",)) if in_words(o, "undergone_nouns")), None)
        target = undergoer_named(target) if target is not None else None
        if target is None and lookup(cand.code).plover == "PROTEST":
            target = protested_party(cand.token)
    if target is not None and target.tag_ == "NN" and word_class(target, "reins"):
        target = None  # "seized power", "took power in a coup": what is held, not whom it was taken from
    if actor is None and target is not None and _deployed(cand, target):
        actor, target = target, None
    if target is not None and lookup(cand.code).plover == "MOBILIZE" and (
            projectile(target) or word_class(target, "arms") or word_class(target, "forces")):
        # "test-fired a ballistic missile", "deployed 5,000 troops to the border": what is shown
        # or sent is the actor's own, no party it is aimed at (one named "to" a place may be)
        sent = [cand.token, *children_in(cand.token, ("dobj",))]  # (the parser may hang the phrase on what is sent)
        target = next((t for h in sent for t in prep_objects(h, ("to", "toward", "towards"))
                       if t.ent_type_ in ("GPE", "NORP", "ORG")), None) \
            or next((t for h in sent for t in prep_objects(h, ("against",))), None)
        if target is None and cand.code == SHOW_OF_FORCE_CODE and not tested(cand.token):
            target = next((t for h in sent for t in prep_objects(h, ("at",))  # "fired warning shots at a
                           if t.ent_type_ not in PLACE_ENTS and not word_class(t, "territory")), None)  # boat"
    if target is not None and cand.code.startswith(BLAST_CODE) and (projectile(target) or any(
            word_class(w, "arms") for w in (target, *children_in(target, ("amod", "compound"))))):
        # "detonated explosive belts among the crowd": what is set off is the means; whom it was
        # set off among, if anyone, was hit
        target = next((t for t in prep_objects(cand.token, BLAST_PREPS) if party_or_person(t)), None)
    sides = False  # the target is the subject's own conjunct
    if actor is not None and lookup(cand.code).plover == "CONSULT" and (
            target is None or not party_or_person(target)) and not any(
            between_sides(t) for t in (cand.token, *children_in(cand.token, ("dobj",)))):
        # "Putin and Macron met in Paris", "Macron and Scholz held talks", "Starmer and Macron
        # discussed migration": a meeting is held with the subject's conjunct, not with its topic
        # (not "Qatar and Egypt mediated talks between Israel and Hamas": the hosts)
        other = other_side(actor)
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
    ground = target
    if target is not None and target.dep_ == "pobj" and target.head.lower_ == "from":
        ground = next((c for c in cand.token.children if c.dep_ == "dobj"), target)  # the ground
        # taken, not the party it was taken from ("seized Crimea from Ukraine")
    ground = _ground_of_a_portion(ground)
    taken = make_location(record, ground) if ground is not None and takes_ground(cand) \
        and not said_of(cand.token) and names_place(record, ground) else None
    if taken is not None and (roles.location is None or at_dateline(record, roles.location)
                              or narrower_within(record, taken, roles.location)):
        # "Russia took over Mariupol", "the Crimean peninsula was annexed", "took control of Bakhmut,
        # a city in eastern Ukraine": the ground taken is where (not "deported them to Turkey",
        # "sanctions imposed on Moscow": a party)
        roles.location = taken
    elif target is not None:
        roles.location = struck_ground(record, cand, target, roles.location)
    sited = site_town(record, target) if target is not None and not said_of(cand.token) \
        and lookup(cand.code).plover in words("material_types") else None
    if sited is not None and target is not None and (roles.location is None or (
            site_town_beside(record, sited, roles.location) and (
                at_dateline(record, roles.location) or narrower_within(record, sited, roles.location)
                or describes_site(record, sited, roles.location, target)))):
        roles.location = sited  # "stormed Kuje prison near Abuja": at the site's town
    if roles.location is None:
        roles.location = bearing_place(record, cand, target, exclude)
    return roles
