"""Which sense of a lexicon row its clause tells (:func:`refine_code`): force or a walkout,
words or arms, a test or a strike, a complaint or a protest.

Split from :mod:`.triggers`, which refines every candidate's code with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..geo.gazetteer import shared_gazetteer
from ..nlp.syntax import to_infinitive
from .cameo import lookup as cameo_entry
from .clauses import in_words
from .clausewords import (
    CONVENTIONAL_ATTACK_CODE,
    FIRING_TYPES,
    FORCE_CARRIERS,
    GRIEVANCE_PREPS,
    HARM_LEMMAS,
    HEAD_ONLY_CLASSES,
    HIT_SITES,
    HITTING_VERBS,
    NAMED_BY_MODIFIER,
    ON_STRIKE_VERBS,
    PLACE_ENTS,
    REPORTING_LEMMAS,
    SHOW_OF_FORCE_CODE,
    TIME_ENTS,
    WALKOUT_CODE,
    WALKOUT_KINDS,
    WALKOUT_TYPES,
    light_verb,
    modifiers,
    objects,
    prep_objects,
    says_when,
    subjects,
    tested,
    verb_in,
    word_class,
)
from .doers import (
    carries,
    carrying,
    doers,
)
from .lexicon import WORD_CLASSES, LexEntry, lexicon
from .lexicon import words as word_set

OCCASION_PREPS = ("in",)  # what an act was told in ("attacked X in a speech"; not "during an
# interview", where a man may be attacked)


STRUCK_CLASSES = ("territory", "base", "forces", "vehicles")
ARMED_CLASSES = ("forces", "troops", "armed", "arms")  # who or what bears arms (with ``weapon_words``)
CRITICISED_CLASSES = ("policy", "conduct")  # what only words come on ("the policy came under fire")
SAID_CLASSES = ("remarks", "comment", "policy")  # what one is criticised after ("after his comments")


WOUNDING_VERBS = frozenset("kill wound injure".split())  # what only force does to people


HARM_NOUNS = frozenset("killing death wounding injury casualty toll".split())  # the same, told as a noun


DAMAGE_VERBS = frozenset("target hit strike damage destroy shatter rock wreck flatten tear injure "
                         "kill wound".split())  # what a thing can do to someone ("the blast killed")


def _struck(tok: Token) -> bool:
    """What a "strike on" falls on when it is force: a named place, ground, forces or their
    vehicles ("strikes on Kyiv", "on a convoy", "on the Crimean Bridge"; not a workplace or a
    company, "a strike on the metro", "on Uber", "on the platinum mines", nor "on Monday")."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    if tok.ent_type_ in TIME_ENTS:
        return not says_when(tok)  # a town the tagger swept into a time: "Kyiv overnight"
    if (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") or tok.pos_ == "NOUN" and tok.ent_type_ != "ORG"
            and (tok.lemma_.lower() in word_set("sites") or word_class(tok, "buildings"))) \
            and tok.head.dep_ == "prep" and not _a_walkout(tok.head.head) and not prep_objects(tok.head.head, ("by",)) \
            and any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.head.head.children):
        return True  # "Israeli strikes on Rafah", "Russian strikes on Kharkiv", the town untagged or
        # read as a person: a state's strikes on a name; "the Israeli strike on the hospital", "the
        # U.S. strike on a warehouse": a state's strikes on a thing
    return tok.ent_type_ not in ("ORG", "PERSON") and any(word_class(tok, c) for c in STRUCK_CLASSES)


def _wreaks(noun: Token) -> bool:
    """A strike that hits people, forces or their bases and vehicles, or kills, is force ("the
    strike hit a crowd", "the strike killed 11", "were killed in the strike"; not "the strike hit
    production", nor "a general strike hit the city": a walkout hits a town or a country too)."""
    verb = noun.head
    harmed = verb.head.lemma_.lower() in WOUNDING_VERBS | HARM_NOUNS
    if noun.dep_ == "pobj" and harmed and (verb.lower_ in ("in", "during")
                                           or (verb.lower_ == "from" and verb.head.pos_ == "NOUN")):
        return True  # "two passengers were killed in the strike": people are killed in an attack;
        # "condemned the killing of a journalist in an Israeli strike", "the toll from the strike"
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in DAMAGE_VERBS:
        return False
    wounding = verb.lemma_.lower() in WOUNDING_VERBS
    return any(word_class(o, "person") or word_class(o, "protesters")
               or any(word_class(o, c) for c in STRUCK_CLASSES if c != "territory")
               or (wounding and (o.like_num or o.ent_type_ == "CARDINAL")) for o in objects(verb)
               if o.ent_type_ not in PLACE_ENTS)


def _strikes_a_site(noun: Token) -> bool:
    """The noun is the subject of a verb of hitting whose object is a place, a building or
    people ("a second strike hit a nearby house"), not the economy or production ("the strike
    hit exports")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in HITTING_VERBS or any(
            c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.lower_ in WALKOUT_KINDS) for c in noun.children):
        return False  # (not "the teachers' strike hit schools", "a general strike hit the capital")
    hit = objects(noun.head)
    return bool(hit) and not any(word_class(o, "economy") for o in hit) and any(
        o.ent_type_ in PLACE_ENTS or word_class(o, "person") or any(word_class(o, c) for c in STRUCK_CLASSES)
        or o.lemma_.lower() in HIT_SITES for o in hit)


def _a_town_misread(tok: Token) -> bool:
    """A name the tagger read as a body that the gazetteer knows as a place ("withdrew from
    Bunia"): ground left, not a body left."""
    return tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and bool(shared_gazetteer().lookup(tok.text))


def refine_code(token: Token, entry: LexEntry, sentence: Span) -> str:
    """The entry's code, made specific by its object or the sentence's words."""
    if token.pos_ == "VERB" and cameo_entry(entry.code).plover in FIRING_TYPES and tested(token):
        return SHOW_OF_FORCE_CODE  # "test-fired a ballistic missile": a show of force, not an attack
    if entry.said_code and token.pos_ == "NOUN" and _come_in_words(token):
        return entry.said_code  # "came under fire over his remarks": criticism, not shooting
    objs = objects(token)
    if token.pos_ == "NOUN" and cameo_entry(entry.code).plover in WALKOUT_TYPES and _strikes_a_site(token):
        return CONVENTIONAL_ATTACK_CODE  # "Minutes later, a second strike hit a nearby house": a
        # strike that hits a place or people is an attack, not a stoppage of work
    for cls, code in entry.obj_codes:
        if any(word_class(o, cls) for o in objs):
            return code
    # ("pulled out of the talks": the "of" phrase the parser may hang on the particle)
    whence = [token, *(c for c in token.children
                       if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "away"))]
    for cls, code in entry.whence_codes:  # "expelled from the ruling party", "pulled out of the talks"
        if any(word_class(o, cls) and not _a_town_misread(o)
               for h in whence for o in prep_objects(h, ("from", "of"))):
            return code
    kinds = [m for o in objs for m in modifiers(o)]
    for cls, code in entry.obj_codes:  # "peacekeeping troops", "an aid convoy": the kind
        if cls not in HEAD_ONLY_CLASSES and any(word_class(m, cls) for m in kinds):  # when the head is of no
            return code  # class (what is attacked in words is the thing itself: not "attacked
            # the investigation team", "an impeachment rally")
    for cls, code in entry.occasion_codes:  # "attacked the United States in a televised address"
        if any(o.lemma_.lower() in word_set(cls) for o in prep_objects(token, OCCASION_PREPS)):
            return code
    for cls, code in entry.reason_codes:  # "attacked Trump for the 'losers' comment"
        if any(word_class(o, cls) or (o.pos_ == "VERB" and o.lemma_.lower() in REPORTING_LEMMAS)
               for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
               for o in c.children if o.dep_ in ("pobj", "pcomp")) and _in_words_between_sides(token):
            return code
    if token.dep_ in ("dobj", "obj", "nsubjpass"):  # "reached an agreement"
        for cls, code in entry.gov_codes:
            if word_class(token.head, cls):
                return code
    own = modifiers(token) if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ == "advmod"]
    for cls, code in entry.kind_codes:  # "a scathing attack": the noun's own word of kind; "jointly
        if any(word_class(m, cls) for m in own):  # investigated": the verb's own adverb
            return code
    if entry.code == WALKOUT_CODE and token.pos_ == "NOUN" and _a_walkout(token):
        return entry.code  # "Air traffic controllers went on strike": a walkout by its own
        # words, whatever else the sentence names (not an air strike for "air")
    found = doers(token) if token.pos_ == "VERB" else subjects(token)
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj") and light_verb(token.head) \
            and verb_in(token.head, FORCE_CARRIERS) and not _a_walkout(token):
        found += subjects(token.head)  # "Russia carried out strikes": who carries the act out
        # (not "France held strikes over the reform": a walkout is held, staged or called)
    for cls, code in entry.subj_codes:
        if any(word_class(s, cls) or (carries(s, cls) if cls in NAMED_BY_MODIFIER else carrying(s, cls))
               for s in found) \
                and not (
                cameo_entry(entry.code).plover == "PROTEST" and _a_protest_by_its_doers(token, found)):
            return code
    for prep, code in entry.prep_codes:
        if any(_struck(o) for o in prep_objects(token, (prep,))) or _wreaks(token):
            return code
    if not entry.ctx_codes:
        return entry.code  # (the sentence's words are read only when an entry asks for them)
    lemmas = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    for cls, code in entry.ctx_codes:
        if lemmas & WORD_CLASSES[cls]:
            return code
    return entry.code


def _armed(tok: Token) -> bool:
    """Force's own words: a weapon, an armed body or a fighter ("rocket fire", "from Houthi
    rebels", "from government troops")."""
    return in_words(tok, "weapon_words") or any(word_class(tok, cls) for cls in ARMED_CLASSES)


def _critic(tok: Token) -> bool:
    """Who voices criticism (word set ``critics``: "lawmakers", "rights groups", "the opposition"),
    not who may shoot ("from the Taliban", "from armed men", "from Gaza")."""
    return not _armed(tok) and any(in_words(t, "critics") for t in (tok, *modifiers(tok)))


def _come_in_words(noun: Token) -> bool:
    """What came "under" a noun was criticism when the clause says so: a reason given ("came under
    fire over his remarks", "for failing to stop smuggling", "after his comments"), a critic ("from
    lawmakers"), or a policy or a conduct under it ("the policy has come under fire"). Never for
    what only force lands on (a force, a vehicle, a post, a town), nor with a weapon's word or an
    armed doer ("came under rocket fire", "from rebels")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    came = noun.head.head
    hit = subjects(came)
    if any(t.ent_type_ in PLACE_ENTS or any(word_class(t, cls) for cls in STRUCK_CLASSES + ARMED_CLASSES)
           for t in hit):
        return False
    sources = prep_objects(came, ("from",)) + prep_objects(noun, ("from",))  # wherever the parser hangs it
    if any(_armed(t) for t in (*modifiers(noun), *sources)):
        return False
    reasons = [g for c in came.children if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS
               for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in PLACE_ENTS | TIME_ENTS]
    told_after = [o for o in prep_objects(came, ("after",)) if any(word_class(o, cls) for cls in SAID_CLASSES)]
    return bool(reasons or told_after) or any(_critic(t) for t in sources) \
        or any(word_class(t, cls) for t in hit for cls in CRITICISED_CLASSES)


def voices_grievance(clause: Token) -> bool:
    """A clause set beside a march that says why it was held ("marched to protest unpaid salaries",
    "marched demanding pensions"; word set ``grievance_purposes``)."""
    return clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in word_set("grievance_purposes") \
        and (clause.tag_ == "VBG" or to_infinitive(clause))


def _a_protest_by_its_doers(token: Token, doers: list[Token]) -> bool:
    """Armed men who march or strike to voice a grievance still protest ("Soldiers marched to
    the palace to protest unpaid salaries", "Retired soldiers marched demanding pensions",
    "Troops and protesters marched together"): the doers' class retypes only a movement of force."""
    if any(voices_grievance(c) for c in token.children) or _over_a_grievance(token):  # not "before the
        return True  # mutiny was called off"
    return any(c.dep_ == "amod" and c.lower_ in word_set("former_marks") for d in doers for c in d.children) \
        or any(word_class(c, "protesters") for d in doers for c in d.conjuncts)


def _a_walkout(noun: Token) -> bool:
    """A stoppage by its own words: a "general", "nationwide" or "one-day" strike, one gone on
    ("went on strike"), or one held over a grievance ("launched a strike over unpaid wages"),
    whoever carries it out ("Argentina launched its first general strike")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in ON_STRIKE_VERBS:
        return True  # "went on strike", "doctors are on strike"
    return any(word_class(c, "walkout_marks") for c in noun.children if c.dep_ in ("amod", "compound", "nmod")) \
        or _over_a_grievance(noun) or _over_a_grievance(verb)


def _over_a_grievance(tok: Token) -> bool:
    """ "over unpaid wages", "for higher pay", "against the pension reform": what people stop
    work or march over (not "for three days", "against government forces")."""
    return any(o.lemma_.lower() in word_set("grievances") or o.lower_ in word_set("grievances")
               for o in prep_objects(tok, GRIEVANCE_PREPS))


def _in_words_between_sides(token: Token) -> bool:
    """A politician or a state acting on a person or a body ("Biden attacked Trump", "the
    opposition leader attacked the government"): the kind of attack made in words. Not a mob,
    gunmen, villagers or "a man", nor a building ("attacked the parliament building over the
    law")."""
    subj, objs = subjects(token), objects(token)
    with_whom = not objs  # "clashed with the opposition leader over the deal": whom a dispute was
    # with; a person's or an office's only, told with no harm ("Pakistan clashed with the Taliban
    # over a checkpoint, leaving two soldiers dead": a fight)
    if with_whom:
        objs = prep_objects(token, ("with",))
        if any(t.lemma_.lower() in HARM_LEMMAS | HARM_NOUNS for t in token.sent):
            return False
    if not subj or not objs:
        return False
    doer, done = subj[0], objs[0]
    speaking = word_set("offices") | word_set("speaking_bodies")
    speaker = doer.ent_type_ in (("PERSON",) if with_whom else ("PERSON", "GPE")) \
        or (doer.pos_ == "NOUN" and doer.lemma_.lower() in speaking)
    party = done.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or (
        done.pos_ == "NOUN" and done.lemma_.lower() in speaking)
    return speaker and party and done.lemma_.lower() not in word_set("sites")


def _row_codes(entry: LexEntry) -> list[str]:
    """Every code a lexicon row can give: its own, then those its options read."""
    options = (entry.obj_codes, entry.whence_codes, entry.occasion_codes, entry.reason_codes, entry.gov_codes,
               entry.kind_codes, entry.subj_codes, entry.prep_codes, entry.ctx_codes)
    return [entry.code, *(code for pairs in options for _, code in pairs),
            *([entry.said_code] if entry.said_code else [])]


def sense_of_type(noun: Token, plover: str, told: str | None = None) -> str | None:
    """The code of one of the noun's senses (its noun rows, and the codes their options give) that
    reads as ``plover``: ``told``, the code of the act it retells, when the word has it ("It was a
    deliberate strike on civilians" after a missile struck a shopping centre: an attack, 190, not
    a walkout); None when no sense of it does, or its own words fix its sense (a walkout by its own
    words, "a general strike called by the CGT"; a kind its row reads, "the joint exercises")."""
    rows = [e for e in lexicon().get(noun.lemma_.lower(), ()) if e.pos == "N"]
    own = modifiers(noun)
    if _a_walkout(noun) or any(word_class(m, cls) for e in rows for cls, _ in (*e.kind_codes, *e.ctx_codes)
                               for m in own):
        return None
    codes = [c for e in rows for c in _row_codes(e) if cameo_entry(c).plover == plover]
    return told if told in codes else next(iter(codes), None)
