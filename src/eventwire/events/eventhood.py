"""Whether a trigger reports one specific happening, read from the parse.

A row is an event an analyst could put on a map: one time, one place, parties that can be
named. A trigger fails that when its clause is a question, a condition or a possibility
("if talks fail", "you can be killed"), habitual or generic ("militias often attack",
"the group conducts bombings"), a forecast ("experts think it will increase threats"), an
aggregate of many happenings ("over 500 attacks", "has killed hundreds since 2009"), or
when no party takes part ("warm water is attacking the ice shelves"). Such a trigger is
not dropped outright: when its only lack is a party, it may still be a second mention of
a happening told elsewhere ("the attack"), which :mod:`.happenings` decides.

The word lists are data (``data/events/happenings.jsonl``), each with the reason it exists.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from ..nlp.syntax import PLURAL_TAGS
from ..record import Entity, Event, EventDate, Record, Role
from .lexicon import lexicon
from .quantities import number_value
from .status import FUTURE_AUX, HEDGE_MODALS, UNREALISED_AUX
from .triggers import PLACE_ENTS, is_passive, modifiers, objects, prep_objects, subjects, verb_in, word_class

TABLE_NAME = "happenings.jsonl"
PARTY_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP", "FAC", "LOC"})
LONG_STRETCHES = frozenset({"year", "decade", "century", "generation", "ages"})  # not months: a siege
AGENT_SUFFIXES = ("er", "or", "ist", "ian")  # nouns of people by what they do (defender, enforcer)
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "him", "her", "them", "us", "me", "his", "their",
                      "our", "my", "its"})
MAX_SPECIFIC_COUNT = 4  # "two bomb attacks on Friday" are one report's happenings; "over 500" are not
SCENE_PREPS = frozenset({"during", "in", "at", "near", "after", "outside", "inside"})  # "abducted during the raid"
SPECIFIC_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})  # a phrase that says where or when
CAMPAIGN_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # not "have been negotiating since"
INTENT_NOUNS = frozenset("effort bid order aim goal push drive".split())  # "in an effort to" (not "an
# attempt to assassinate him was thwarted": the attempt was made)
STRIVING_VERBS = frozenset("aim seek try attempt strive".split())  # ", aiming to topple"
SINCE_WORDS = ("since", "from")  # a perfect "since" a date sums up the span
CAMPAIGN_DAYS = 31  # "has been attacking ... since" over more than a month is a campaign, not one act
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl"})  # a governing clause's edge
LIGHT_VERBS = frozenset("conduct carry launch stage mount wage commit perpetrate hold".split())
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
FORECAST_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "acomp"})
MODAL_REACH = frozenset({"xcomp", "pcomp", "pobj", "prep", "conj"})  # a modal governs down these
MAX_CLIMB = 6  # governing words looked at above a trigger
TOPIC_TALK_VERBS = frozenset({"discuss"})  # consulting verbs whose object is a topic, not a side
MIN_AGGREGATE_COUNT = 2  # "two attacks" already counts more than one happening

# Reasons, as the stage reports them; NO_PARTY alone still lets a trigger join a happening.
QUESTION, CONDITIONAL, HYPOTHETICAL, HABITUAL, GENERIC, FORECAST, AGGREGATE, NO_PARTY = (
    "question", "conditional", "hypothetical", "habitual", "generic", "forecast", "aggregate",
    "no party")
PURPOSE = "purpose"  # "came to Iraq to fight ISIS": what an act was for, not a second act
PARTICIPANT = "describes a participant"
ACCIDENT = "accident or disaster"  # "a road accident killed five children"
NOT_POLITICAL = "no political actor"  # "she asked me", "the league suspended its season"
REPORTING = frozenset("say tell announce state add claim declare insist warn stress note".split())
CAUSE_PREPS = frozenset({"in", "during", "after", "from"})  # "killed in a crash", "died after a fire"
ACCIDENT_VERBS = frozenset({"crash", "collide", "derail", "drown", "collapse"})
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})
# Of those, the ones whose words serve peaceful uses too ("hit", "deploy", "warn" of a storm):
# they need a weapon or a political actor in the sentence. Arrests and protests are political
# by themselves.
ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE", "THREATEN"})
POLITICAL_ENTS = frozenset({"GPE", "NORP"})
OFFICE_DEPS = frozenset({"compound", "amod", "appos", "nmod"})  # what qualifies a name
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
FIRST_PERSON = frozenset({"i", "we"})
ORDERING_VERBS = frozenset({"tell", "order", "instruct", "warn", "urge", "command", "direct"})
STATIVE_VERBS = frozenset({"know", "understand", "remember", "realize", "realise", "recognize", "recognise",
                           "believe", "accept", "be", "have", "feel", "see", "learn"})
ANYONE = frozenset({"you", "one", "anyone", "anybody", "everyone", "everybody"})  # not "it"
# ("it must cooperate": the country just named)
GENERIC_PEOPLE = frozenset("people person man men woman women those others one group".split())
SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


@cache
def words(name: str) -> frozenset[str]:
    """One named word set of the table."""
    text = resources.files("eventwire").joinpath("data", "events", TABLE_NAME).read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            if row["set"] == name:
                return frozenset(row["words"])
    raise KeyError(f"{TABLE_NAME} has no set {name!r}")


def in_words(tok: Token, name: str) -> bool:
    """Whether the token's lemma or its own form is in the word set ``name``."""
    listed = words(name)
    return tok.lemma_.lower() in listed or tok.lower_ in listed


def governors(tok: Token) -> list[Token]:
    """The trigger and the words above it, up to the sentence root."""
    out = [tok]
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def clause_verb(tok: Token) -> Token:
    """The verb whose clause a trigger sits in ("carried out an attack": carried)."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return tok


def _marked(verb: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def conditional(tok: Token, plover: str) -> bool:
    """The trigger sits in an "if"/"unless" clause, or its clause is the result of one; a
    threat or demand with a condition ("threatened retaliation if hit") was still made."""
    chain = governors(tok)
    for k, cur in enumerate(chain):
        if cur.dep_ == "advcl" and _marked(cur, frozenset({"if", "unless", "whether"})):
            return True
        if k == 0 and plover in SPEECH_TYPES:
            continue
        if cur.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advcl" and _marked(c, frozenset({"if", "unless"})) for c in cur.children
        ):
            return True
        if cur.dep_ in ("ccomp", "parataxis") or cur.head.i == cur.i:
            break  # a report's frame ("X said ...") does not make the report conditional
    return False


def _aux(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def hypothetical(tok: Token) -> bool:
    """ "could put an end", "can be killed", "may tease the U.S. by defying it": a possibility,
    not a report ("may have" is). The modal may sit on a verb the trigger's clause hangs on."""
    verb = clause_verb(tok)
    for _ in range(MAX_CLIMB):
        aux = _aux(verb)
        if any(a in words("hypothetical_modals") for a in aux):
            return "have" not in aux
        if verb.dep_ not in MODAL_REACH or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def habitual(tok: Token) -> bool:
    """A frequency adverb on the trigger or its clause ("often attack", "nightly raids")."""
    habits = words("habitual_adverbs")
    for cur in (tok, clause_verb(tok)):
        if any(c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in habits for c in cur.children):
            return True
    verb = clause_verb(tok)  # "have said for years that priests should follow": the saying's
    return any(_for_a_long_time(v) for v in (verb, *([verb.head] if verb.dep_ == "ccomp" else [])))


def _repeated(tok: Token, event: Event) -> bool:
    """An adverb of repetition ("repeatedly", "constantly") on the act's clause or on the one
    reporting it, in a perfect ("have repeatedly called for", "has repeatedly stated that
    Britain must leave") or on an act not dated to a day ("repeatedly fired tear gas on
    Tuesday" is one day's act)."""
    verb = clause_verb(tok)
    day = event.date is not None and event.date.precision == "day"
    return any(any(c.dep_ == "advmod" and in_words(c, "repetition_adverbs") for c in v.children)
               and ({"have", "has", "had"} & set(_aux(v)) or not day)
               for v in (verb, *([verb.head] if verb.dep_ == "ccomp" else [])))


def _for_a_long_time(verb: Token) -> bool:
    """ "have abused their power for too long", "have said for years": a perfect held over
    a long stretch ("for years", "for decades", "for too long") tells a habit, not one act."""
    if not {"have", "has", "had"} & set(_aux(verb)):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and (g.lemma_.lower() in LONG_STRETCHES or (
                        g.lower_ == "long" and any(a.lower_ in ("too", "so") for a in g.children))):
                    return True
    return False


def generic_present(tok: Token, plover: str, lead: bool) -> bool:
    """A physical act in the simple present ("the group conducts bombings") is habitual,
    and so is a stance ("both sides oppose the rebels"); a headline or the lead sentence
    uses the present for news and stays an event."""
    if lead:
        return False
    if in_words(tok, "stances"):  # "both sides oppose the rebels", "the rebels are backed by Iran"
        if _standing_passive(tok):
            return True
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING and tok.head.tag_ == "VBD":
            return False  # "Putin said Thursday that Russia supports the proposal": said then
        return tok.tag_ in ("VBZ", "VBP") and not _aux(tok)
    if plover not in words("material_types"):
        return False
    if _standing_passive(tok):
        return True
    if plover in ("AGREE", "CONCEDE"):
        return False
    verb = tok
    if tok.pos_ == "NOUN":  # "conducts bombings": the light verb carries the tense
        if tok.dep_ not in ("dobj", "obj") or not verb_in(tok.head, LIGHT_VERBS):
            return False
        verb = tok.head
    return verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not _aux(verb)


def _standing_passive(tok: Token) -> bool:
    """ "The PKK is banned in Turkey", "the monarch is allowed to prorogue": a present
    passive with no other auxiliary states a standing condition, not a happening (the
    headline and the lead, which tell news in the present, never reach here)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and any(a.dep_ == "auxpass" for a in aux) and all(
        a.lower_ in ("is", "are", "am") for a in aux)


def forecast(tok: Token, status: str, dated: bool = False) -> bool:
    """ "Experts think North Korea will increase threats": a forecast of a possible act."""
    speculation = words("speculation_verbs")
    verb = clause_verb(tok)
    if not dated and any(c.dep_ == "advmod" and c.lower_ in speculation for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HEDGE_MODALS for c in verb.children):
        return True  # "Iran will likely attack": the writer's forecast, not a threat voiced (a
        # day set, "will likely meet Xi on Friday", is a schedule)
    if status not in ("planned", "hedged"):
        return False
    cur = tok
    for _ in range(MAX_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in FORECAST_DEPS:
            return False
        cur = cur.head
        if cur.lemma_.lower() in speculation and cur.pos_ in ("VERB", "ADJ"):
            return True
    return False


def own_duty(tok: Token) -> bool:
    """ "We have to support renewable energies", "people must know that ...": what the
    speaker's own side, or anyone at all, ought to do is an opinion, not a demand made of
    someone ("the United States must withdraw" is one)."""
    verb = clause_verb(tok)
    obliged = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)
    holder = verb
    if not obliged and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        obliged, holder = True, verb.head
    if not obliged:
        return False
    subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    who = subj[0] if subj else None
    if who is None:
        return False
    if who.pos_ == "PRON" and who.lower_ in FIRST_PERSON:
        return True  # "we have to support renewable energies"
    opined = holder.dep_ == "ccomp" and in_words(holder.head, "speculation_verbs") and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in holder.head.children)  # "I believe
    # people should allow the court process ..."
    ordered = any(c.lower_ in ("immediately", "now") for c in verb.children) or (
        holder.dep_ in ("ccomp", "parataxis") and holder.head.lemma_.lower() in ORDERING_VERBS)
    return (who.lower_ in ANYONE or who.lower_ in GENERIC_PEOPLE) and (
        verb.lemma_.lower() in STATIVE_VERBS or opined or not ordered)  # "people must evacuate
    # immediately", "everyone must leave, police told residents": an order


def warns_of_a_risk(tok: Token, plover: str) -> bool:
    """ "He warned that the situation could spin out of control": a warning whose content is
    what might happen, done by someone else, forecasts a risk; a threat says what the one
    warning will do ("warned that it could retaliate", "warned it would strike")."""
    if plover != "THREATEN" or tok.pos_ != "VERB":
        return False
    speaker = [c for c in tok.children if c.dep_ == "nsubj"]
    for content in (c for c in tok.children if c.dep_ == "ccomp"):
        aux = {a.lower_ for a in content.children if a.dep_ == "aux"}
        if not aux & words("hypothetical_modals"):
            continue
        subj = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON" or subj[0].ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
                or _party_word(subj[0]) or any(_party_word(t) for t in subj[0].subtree):
            continue  # "it could", "Iran could", "demonstrators could be arrested", "its troops
            # could respond": people who may act or be acted on, so a threat
        if speaker and subj[0].lower_ == speaker[0].lower_:
            continue
        if any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in content.subtree):
            continue  # "protesters could face arrest if they do not disperse": a condition set
        return True
    return False


def _counted(noun: Token) -> bool:
    """Many happenings counted or quantified ("over 500 attacks", "dozens of raids")."""
    quantifiers = words("quantifiers")
    for c in noun.children:
        if c.dep_ not in ("nummod", "quantmod", "amod", "det"):
            continue
        if c.lower_ in quantifiers:
            return True
        if c.like_num:
            value = number_value(c)
            if value is None or value > MAX_SPECIFIC_COUNT or any(
                    g.dep_ in ("quantmod", "advmod") for g in c.children):
                return True
    return False


def aggregate(tok: Token, event: Event) -> bool:
    """Many happenings under one word: a counted or bare plural event noun ("over 500
    attacks", "suicide attacks and car bombs" with no one, no time, no place in them)."""
    day_dated = event.date is not None and event.date.precision == "day"
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        if _counted(tok) and not day_dated:  # "12 arrests on Sunday" is one day's operation
            return True
        if event.plover in CAMPAIGN_TYPES and not day_dated and tok.dep_ == "pobj" \
                and tok.head.lower_ == "of" and in_words(tok.head.head, "series"):
            return True  # "a wave of kidnappings"
        dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod")]
        if not dets and tok.dep_ != "ROOT" and event.actor is None and event.target is None \
                and event.date is None and event.location is None:
            return True  # a bare plural with no one, no time, no place: attacks in general
    head = tok.head if tok.dep_ == "pobj" else None
    if head is not None and head.lower_ == "in" and _counted(tok) and not day_dated:
        return True
    return _summed_since(tok, event) or (not day_dated and event.plover not in CAMPAIGN_TYPES
                                         and _many_met(tok))  # "have arrested several suspects": one sweep


def _many_met(tok: Token) -> bool:
    """ "Thunberg has met with multiple world leaders": a present perfect whose object is
    quantified as many sums up many acts."""
    verb = clause_verb(tok)
    if tok.pos_ != "VERB" or not {"have", "has"} & set(_aux(verb)):
        return False
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    parts += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    quantifiers = words("quantifiers")  # words, not figures: "arrested 12 people on Monday" is one raid
    return any(c.dep_ in ("amod", "det") and c.lower_ in quantifiers for p in parts for c in p.children)


def _days(when: EventDate) -> int:
    """How many days a date range spans (0 when either end is unknown)."""
    try:
        return (date.fromisoformat(when.end or "") - date.fromisoformat(when.start or "")).days
    except ValueError:
        return 0


def _summed_since(tok: Token, event: Event) -> bool:
    """ "Hundreds have been killed since 2009", "have arrested 2,400 people since February":
    a perfect over a span of time with a plural participant adds up many happenings (one
    place "locked down since the 16th" is one state, not a sum)."""
    date = event.date
    if date is None or date.span is None:
        return False
    before = tok.doc.text[max(0, date.span.start - 12):date.span.start].split()
    if not date.span.text.lower().startswith(SINCE_WORDS) and not (before and before[-1].lower() == "since"):
        return False  # the date phrase's own words may leave "since" out ("since February 1"; not
        # "a ceasefire to take effect from Sunday")
    verb = clause_verb(tok)
    chain = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    if not any({"have", "has"} & set(_aux(v)) for v in chain):
        return False
    if any(v.tag_ == "VBG" and "been" in _aux(v) for v in chain):
        # "has been attacking Kenyan troops since 2011": a campaign, not one act; "have been
        # shelling Kharkiv since Monday morning": one act going on
        return event.plover in CAMPAIGN_TYPES and _days(date) > CAMPAIGN_DAYS
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    if _days(date) <= CAMPAIGN_DAYS:  # "protesters have occupied the parliament since Tuesday":
        return any(_counted(p) for p in parts)  # one act, unless it counts its many victims
    subjects = [c for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # the nearest subject is the clause's own (a garbled parse may give two)
        parts.append(min(subjects, key=lambda c: abs(verb.i - c.i)))
    return any(p.tag_ in PLURAL_TAGS or _counted(p) or p.lower_ in words("quantifiers")
               for p in parts)


def purpose(tok: Token) -> bool:
    """An infinitive of purpose hanging on another verb ("sent troops to combat the group"),
    on a noun of intent after "in" ("in an effort to pressure the U.S."; not "the push to retake
    Mosul began", "issued an order to arrest him") or on a participle of striving
    ("conducts bombings, aiming to topple the government and impose its rule")."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB":
        return False
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "VERB" and tok.head.tag_ == "VB":
        tok = tok.head  # "to topple the government and impose": the second shares the "to"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    return tok.dep_ == "advcl" or (tok.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS
                                   and head.dep_ == "pobj" and head.head.lower_ == "in") or (
        tok.dep_ == "xcomp" and head.lemma_.lower() in STRIVING_VERBS and head.tag_ == "VBG"
        and head.dep_ in ("advcl", "acl"))


def gathered_for(tok: Token, plover: str) -> bool:
    """ "Ministers gathered in Cairo to discuss the crisis": a gathering that took place (in
    the simple past: no modal, negation, frequency or "whether", not told as background in
    the past perfect) did the talking, protesting or demanding it was held for; a physical
    act it was for ("troops gathered to attack") may still not have happened, and gathering
    something ("gathered signatures to demand") is no gathering of people."""
    head = tok.head
    if not (plover in SPEECH_TYPES or plover in ("CONSULT", "PROTEST")) or head.tag_ != "VBD" \
            or not in_words(head, "gathering_verbs"):
        return False
    if any(c.dep_ in ("neg", "dobj", "obj") or (c.dep_ == "advmod" and c.lower_ == "never")
           or (c.dep_ == "aux" and (c.lower_ in UNREALISED_AUX or c.lower_ == "had"))
           for c in head.children):
        return False
    return not (habitual(head) or hypothetical(head) or embedded_question(head))


DAMAGE_VERBS = frozenset("target hit strike damage destroy shatter rock wreck flatten tear injure "
                         "kill wound".split())  # what a thing can do to someone ("the blast killed")
PLACING_VERBS = DAMAGE_VERBS | {"leave"}  # say where an act was: "the riot left five people dead in Washington"


def said_of(tok: Token) -> bool:
    """A noun act that is the subject of a predicate about it ("Nabil's murder is a blow to
    journalism in Yemen"): the predicate's places are not where the act was; a verb that
    does harm or is itself an act ("the explosion shattered windows in Kabul") is."""
    verb = tok.head
    if not (tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")):
        return False
    said = [verb, *verb.conjuncts]  # "is unacceptable and constitutes a blow ... in Yemen"
    return all(v.lemma_.lower() not in PLACING_VERBS and v.lemma_.lower() not in lexicon()
               for v in said) and any(c.dep_ in ("acomp", "attr", "dobj") for v in said for c in v.children)
    # "occurred in My Lai", "stalled outside Kharkiv", "was at a school in Uvalde": where it was


def political_violence(record: Record, tok: Token) -> bool:
    """Violence whose sentence names a weapon, an armed group or any political actor, a
    state or nationality included ("a roadside bomb killed two", "gunmen stormed", "police
    shot", "Russian shelling"): an attack needs one; "a van struck a lamp post", "shooting a
    film", "the battle" over a court case have none. A place in the sentence counts too, so
    a private assault in a named country still passes: the rule removes the clearest cases."""
    return any(in_words(t, "weapon_words") or _political_token(record, t) for t in tok.sent)


def accident(tok: Token) -> bool:
    """Death or damage whose cause is an accident, a disaster or an animal: the cause is
    the clause's subject or agent, a "killed in a crash" phrase on the act, or the act is
    joined to a crash ("struck power lines and crashed"); a cause word elsewhere in the
    sentence ("aid workers delivering food to flood victims") says nothing."""
    verb = clause_verb(tok)

    def cause(t: Token) -> bool:
        if t.lower_ in ("which", "that") and t.head.dep_ == "relcl":
            t = t.head.head  # "the fire, which also injured a man"
        if in_words(t, "accident_causes"):
            return True
        said = [m for c in t.children if c.dep_ not in ("relcl", "punct")  # not "the fire, which
                for m in c.subtree]  # injured a man": who it hurt says nothing of who lit it
        return in_words(t, "fires") and not any(  # not "Israeli fire", "fire from tanks", "set by
            m.ent_type_ in POLITICAL_ENTS or in_words(m, "weapon_words") or _party_word(m)  # militants"
            or in_words(m, "political_words") for m in said)

    if tok.dep_ == "conj" and tok.head.lemma_.lower() in ACCIDENT_VERBS and not any(
            c.dep_.startswith("nsubj") for c in tok.children) and not any(
            in_words(c, "weapon_words") for c in tok.head.children if c.dep_.startswith("nsubj")):
        return True  # "the plane crashed near the runway and struck a facility" (not a drone)
    if not any(c.dep_ == "nsubj" for c in verb.children) and any(
            t.lemma_.lower() in ACCIDENT_VERBS and t.pos_ == "VERB" and any(
                c.lower_ == "when" for c in t.children) for t in verb.subtree):
        return True  # "seven people were killed yesterday, when a bomber crashed"
    for head in {verb, tok}:
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and cause(c):
                return True
            if c.dep_ in ("agent", "prep") and c.lower_ in CAUSE_PREPS | {"by"}:
                if any(g.dep_ == "pobj" and cause(g) for g in c.children):
                    return True
            if c.dep_ in ("conj", "advcl") and c.lemma_.lower() in ACCIDENT_VERBS:
                return True
    return False


def hazard_notice(tok: Token) -> bool:
    """An act on a notice of a natural hazard: "storm warnings were lifted", "withdrew its
    hurricane watch", "was downgraded to a tropical storm": weather service business, not
    an act between political actors. The hazard must name the thing acted on (its head or
    the words that say its kind), not merely appear nearby ("lifted the curfew imposed
    after the earthquake" is still a concession)."""
    def hazard(t: Token) -> bool:
        return in_words(t, "natural_hazards")

    if any(hazard(m) for m in modifiers(tok)):
        return True  # "storm warnings", "the hurricane watch" themselves
    things = objects(tok)
    if tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        things += [c for c in tok.head.children if c.dep_.startswith("nsubj")]  # "reached
        # Category 5 but was downgraded": the hurricane, subject of both
    if any(hazard(k) for thing in things for k in (thing, *modifiers(thing))):
        return True
    # "downgraded to a tropical storm" (not "offered aid to the flood victims")
    return any(hazard(t) for t in prep_objects(tok, ("to", "into")))


def _political_token(record: Record, tok: Token) -> bool:
    if tok.ent_type_ in POLITICAL_ENTS:
        return True
    if tok.ent_type_ in ("ORG", "PERSON", "FAC"):
        entity = record.entity_at(tok.idx, tok.idx + len(tok.text))
        if entity is not None and (entity.kb_id is not None
                                   or entity.type in ("GPE", "MILITARY_UNIT")):
            return True
    return in_words(tok, "political_words")


def political(record: Record, tok: Token, event: Event,
              resolve: Callable[[Role | None], Role | None] | None = None) -> bool:
    """A political actor takes part (the guideline's events are between political actors):
    a state, a nationality, a known actor, an organ of state, armed or organised group, or a
    person the text introduces by office ("Greek prime minister Kyriakos Mitsotakis"; "he",
    when ``resolve`` names him), in a role or in the trigger's own clause."""
    doc = record.doc
    if tok.lemma_.lower() in words("state_acts"):
        return True  # "Gerald Ford pardoned Nixon": only an authority pardons
    if event.actor is not None and in_words(tok, "journeys") and all(
            o.ent_type_ in PLACE_ENTS for o in objects(tok)):  # not "returned the weapons"
        return _political_mover(record, event.actor)
    if event.actor is None and is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children) \
            and event.plover != "AID":
        return True  # "he was released", "passengers were freed": by an authority left unsaid
        # ("five crew were rescued" after a fire: by anyone at all)
    for role in (event.actor, event.target):
        if role is None:
            continue
        named = resolve(role) if resolve is not None else role
        if named is not None and named.entity is not None:
            entity = record.entity_by_id(named.entity)
            if entity is not None and (entity.kb_id is not None
                                       or entity.type in ("GPE", "NORP", "MILITARY_UNIT")
                                       or (entity.type == "PERSON" and _in_office(record, entity))):
                return True
        span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.lower_ in GROUP_PRONOUNS:
            return True  # "they", "we": most often a government or a group; "he" must be named
        if any(_political_token(record, t) for t in span):
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
        if cur.lemma_.lower() in REPORTING and any(
                c.dep_ == "nsubj" and any(_political_token(record, t) for t in c.subtree)
                for c in cur.children):
            return True
    return False


def _scene_clause(tok: Token) -> bool:
    """ "... met President Trump, where he denounced the agreement": a relative clause
    opened by "where" or "when" on a party tells what happened at the meeting, not who the
    party is; on a place ("Serbia, where 24 people were killed in riots") it says what the
    place is known for."""
    return tok.head.ent_type_ not in PLACE_ENTS and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children)


def _in_office(record: Record, person: Entity) -> bool:
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


def _political_mover(record: Record, actor: Role) -> bool:
    """A journey is a political event only when who travels is a political actor ("the
    minister visited Kyiv"); the places it links make no tourist, dentist or traveller one
    ("Chinese tourists visited Vietnam"). Only the mover's head and the entity it names
    count, not a nationality qualifying it."""
    root = role_root(record.doc, actor)
    if root is None:
        return False
    if root.lower_ in GROUP_PRONOUNS | SINGULAR_PRONOUNS or root.ent_type_ in POLITICAL_ENTS:
        return True  # a pronoun: the story's protagonist, most often the political one
    heads = [root, *root.conjuncts]
    said = [*heads, *(c for h in heads for c in h.children  # "Foreign Minister Fischer"
                      if c.dep_ in ("compound", "amod", "appos") and c.ent_type_ not in POLITICAL_ENTS)]
    said += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # "a delegation of ministers"
    return any(_political_token(record, t) for t in said)


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
    if any(_party_word(t) for t in heads):
        return True
    # "Israeli tanks", "U.N. helicopters": a force named by whose it is
    return any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               for t in heads for c in t.children)


def _party_word(tok: Token) -> bool:
    low = tok.lower_
    if low in words("indefinite_parties") or tok.ent_type_ in NUMERIC_ENTS:
        return False
    if tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or low in PRONOUNS:
        return True
    lemma = tok.lemma_.lower()
    return word_class(tok, "person") or lemma in words("institutions") \
        or lemma in words("person_nouns") or low in words("person_nouns")


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
    if root.pos_ != "NOUN" or root.ent_type_ or _party_word(root) \
            or root.lemma_.lower().endswith(AGENT_SUFFIXES):
        return False  # "the last defenders surrendered": who does something is someone
    if in_words(root, "weapon_words") or in_words(root, "statements") or word_class(root, "legislation") \
            or word_class(root, "posts") or in_words(root, "political_words") or any(
            e.pos == "N" for e in lexicon().get(root.lemma_.lower(), ())):
        return False  # "the bomb killed", "the resolution condemns", "a law recognizing", "the attack killed"
    own = {t.i for t in tok.subtree} if tok.head.i == root.i else set()  # not what a participle
    # on the thing itself takes ("documents allowing him to marry")
    return not any(_party_word(t) or t.ent_type_ in PARTY_ENTS or in_words(t, "weapon_words")
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
    return not any(w.i > tok.i for w in withs) and not any(_party_word(o) for o in objects(tok))


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
        return any(_party_word(t) and t.lower_ not in PRONOUNS for t in near)
    verb = clause_verb(tok)
    return any(_party_word(t) and t.lower_ not in PRONOUNS for t in verb.subtree)


def question(tok: Token) -> bool:
    """A question mark that closes the trigger's own clause ("Will the army withdraw?"), not
    one inside a quoted question the clause reports ("asking: 'Who will protect us?'")."""
    verb = clause_verb(tok)
    for t in tok.sent:
        if t.text != "?":
            continue
        head = t.head
        for _ in range(MAX_CLIMB):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i in (verb.i, tok.i):
            return True
    return False


OPEN_CLAUSE_AUX = FUTURE_AUX | HEDGE_MODALS | {"should", "can", "ca"}  # what will or may be done
WH_TAGS = frozenset({"WDT", "WP", "WRB"})
ASKING_VERBS = frozenset({"ask", "inquire", "enquire", "wonder"})  # with a wh-clause: a question


def embedded_question(tok: Token) -> bool:
    """A clause that asks rather than tells: "it is unclear whether the army will attack",
    "it was not clear how Washington would defend its ally", "asked whether the government
    would impose sanctions" (and the asking itself is no demand). A wh-clause in the past
    tells what happened ("explained how the troops attacked the village"): only one about
    what will or would be done asks."""
    verb = clause_verb(tok)
    asking = [verb, *(c for c in verb.children if c.dep_ == "ccomp")] if verb.i == tok.i else [verb]
    if tok.lemma_.lower() in ASKING_VERBS and any(  # "asked him how the research is linked"
            c.dep_ == "ccomp" and c.left_edge.tag_ in WH_TAGS for c in tok.children):
        return True
    for v in asking:
        marks = {c.lower_ for c in v.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and v.dep_ == "ccomp"):
            return True
        if v.dep_ in ("ccomp", "csubj", "csubjpass") and any(
                c.dep_ == "aux" and c.lower_ in OPEN_CLAUSE_AUX for c in v.children) and any(
                t.tag_ in WH_TAGS for t in v.subtree if t.i < v.i and t.head.i != t.i
                and clause_verb(t).i == v.i):
            return True
    return False


def _reduced_relative(tok: Token) -> bool:
    """ "a journalist arrested over his interviews": a passive participle on a noun that only
    says who someone is. One with its own agent, place or time ("fighters killed in Taiz",
    "a woman shot by police in December") reports the act; with no main verb in the
    sentence, the parser may have hung the main verb there."""
    if tok.dep_ != "acl" or not is_passive(tok) or tok.sent.root.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in SCENE_PREPS)
                   for c in tok.children) and not any(
        t.ent_type_ in SPECIFIC_ENTS for t in tok.subtree if t.i != tok.i)


def _own_day(tok: Token, event: Event) -> bool:
    """Whether the event's date is a day stated on its own clause ("will likely meet Xi on
    Friday"), not on a clause that reports it ("..., analysts said on Monday")."""
    when = event.date
    if when is None or when.precision != "day" or when.span is None:
        return False
    return any(c.dep_ in ("npadvmod", "prep") and c.idx <= when.span.start < c.right_edge.idx + len(c.right_edge)
               for c in clause_verb(tok).children)


def not_an_event(record: Record, tok: Token, event: Event, lead: bool,
                 resolve: Callable[[Role | None], Role | None] | None = None) -> str | None:
    """Why a trigger reports no specific happening, or None when it does; ``lead``: the
    trigger is in the headline or the first sentence."""
    if question(tok) or embedded_question(tok):
        return QUESTION
    if conditional(tok, event.plover):
        return CONDITIONAL
    if hypothetical(tok) and event.plover != "REQUEST":
        return HYPOTHETICAL
    if habitual(tok) or _repeated(tok, event):
        return HABITUAL
    if generic_present(tok, event.plover, lead):
        return GENERIC
    if forecast(tok, event.status, dated=_own_day(tok, event)) or warns_of_a_risk(tok, event.plover):
        return FORECAST
    if own_duty(tok):
        return GENERIC
    if aggregate(tok, event):
        return AGGREGATE
    if purpose(tok) and not gathered_for(tok, event.plover):
        return PURPOSE
    if ((event.plover == "ASSAULT" or (event.plover == "COERCE" and not is_party(record, event.actor)))
            and accident(tok)) or hazard_notice(tok):  # "police detained them when their car crashed"
        return ACCIDENT
    if event.plover not in VIOLENT_TYPES and (not political(record, tok, event, resolve) or thing_acts(tok)):
        return NOT_POLITICAL
    if event.plover in ARMED_TYPES and not political_violence(record, tok):
        return NOT_POLITICAL
    if ((tok.dep_ == "relcl" and not _scene_clause(tok)) or _reduced_relative(tok)) \
            and _party_word(tok.head):
        return PARTICIPANT  # told to say who someone is: a mention of a happening, not its report
    if not has_party(record, tok, event) or (event.plover == "CONSULT" and not is_party(record, event.target)
                                              and one_sided(tok)):
        return NO_PARTY  # may still be a happening's second mention, or dated and specific
    return None
