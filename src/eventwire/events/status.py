"""Whether the text says an event happened: asserted, hedged, negated or planned.

Read from the trigger's own modifiers and the verbs that govern it ("did not attack",
"will investigate", "plans to", "it is said that", "reportedly"). ``unverified`` is set
later by the claims stage, which knows who could not confirm what.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import FINITE_TAGS, first_conjunct, to_infinitive
from .clauses import clause_verb, named_back
from .clausewords import NAMING_VERBS, light_verb, naming_complement, verb_in, word_class
from .lexicon import words

ADDING_WORDS = frozenset({"only", "just", "merely", "simply"})  # "not only angry but also ...": no denial
NEGATING_VERBS = frozenset({"deny", "fail", "refuse", "decline", "reject", "avoid", "stop", "cancel",
                            "unable", "postpone", "defer", "delay", "scrap", "shelve", "revoke"})  # "postponed its
# summit with China": not held
FOILING_VERBS = frozenset({"prevent", "avert", "thwart", "foil"})  # their own object did not happen
PREVENTING_VERBS = frozenset({"prevent", "stop", "keep", "bar", "block", "deter", "ban", "prohibit",
                              "forbid", "discourage", "dissuade", "restrain", "refrain", "preclude",
                              "hinder", "spare"})  # "to prevent ISIS from gaining ground": not done
DENYING_VERBS = frozenset({"deny", "dispute", "reject", "dismiss", "refute"})
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium"})  # a measure against what it names
NO_ONE = frozenset({"nobody", "none", "nothing", "noone"})
ANNOUNCED_DONE = frozenset({"arrest", "detention", "capture", "killing", "death", "seizure",
                            "conviction", "sentencing"})  # announced once done, unlike a withdrawal
# measures that take hold when a government announces them ("announced sanctions on four
# officials", "announced a curfew"): imposed, not threatened, once the announcement is made
ANNOUNCED_MEASURES = frozenset({"sanction", "curfew", "ban", "embargo", "lockdown", "restriction",
                                "blockade", "closure", "tariff"})
ANTECEDENT_PREPS = frozenset({"following", "since", "amid", "over", "despite"})  # name what happened
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
PLANNING_VERBS = frozenset({
    "plan", "intend", "aim", "prepare", "threaten", "promise", "vow", "pledge", "agree",
    "decide", "expect", "propose", "seek", "want", "hope", "offer", "urge", "call", "demand",
    "ask", "order", "announce", "consider", "schedule", "set", "going", "due", "willing",
    "ready", "likely", "unlikely", "suppose",
})  # not "try"/"attempt": an attempted killing happened (and CAMEO codes it as the act)
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "authority", "mandate",
                          "power", "right", "permission", "interest"})  # "no plans to", "no right to"
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "wo"})
HEDGE_ADVERBS = frozenset({
    "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly",
    "probably", "presumably", "seemingly", "perhaps", "maybe",
})
HEDGE_MODALS = frozenset({"may", "might", "could"})
WISHING_VERBS = frozenset({"want", "wish", "hope", "desire"})  # what one wants of others is asked
DIRECTING_VERBS = frozenset({"tell", "give"})  # "told Serbia to withdraw", "gave them 24 hours to leave":
# the act they direct is not done (only their "to" clause: "gave aid" is given)
WARNED_OUTCOMES = frozenset({"face", "risk"})  # "... or face consequences": what refusing would bring
UNREALISED_AUX = FUTURE_AUX | HEDGE_MODALS | {"can", "ca"}  # "will not ... until": not yet done
HEDGE_VERBS = frozenset({"say", "report", "believe", "think", "claim", "allege", "rumor",
                         "rumour", "suspect", "understand", "fear", "suggest"})
# The light verbs that carry an act out, not those that present it ("brought the proposed ban
# before parliament", "submitted the proposed sanctions": still proposed).
CARRYING_OUT = frozenset("carry launch conduct stage hold mount begin start wage undertake perpetrate "
                         "commit resume escalate".split())
MAX_CLIMB = 4  # governing verbs looked at above the trigger


def _denies(neg: Token) -> bool:
    """A negator that denies: not the "not" of "not only ... but also", which adds (though
    "will not simply hand over the territory" refuses)."""
    if neg.dep_ != "neg":
        return False
    after = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return not (after is not None and after.lower_ in ADDING_WORDS
                and any(t.lower_ == "but" for t in neg.doc[neg.i + 2: neg.sent.end]))


def _own_status(tok: Token) -> str | None:
    if any(_denies(c) for c in tok.children):  # "would not meet": the refusal counts
        if _until(tok) and not any(c.dep_ == "aux" and c.lower_ in UNREALISED_AUX for c in tok.children):
            return "asserted"  # "did not endorse her until July": she endorsed her in July (not
            # "will not withdraw until the hostages are freed")
        return "negated"
    for child in tok.children:  # "no passengers were killed", "offered no evidence",
        # "neither the EU nor the US would endorse it"
        if child.dep_ in PARTICIPANT_DEPS and (child.lower_ in NO_ONE or any(
                (g.dep_ == "det" and g.lower_ == "no") or (g.dep_ == "preconj" and g.lower_ == "neither")
                for g in child.children)):
            return "negated"
    for child in tok.children:
        low = child.lower_
        if _denies(child) or (child.dep_ == "det" and low == "no"):
            return "negated"
        if child.dep_ == "aux" and low in FUTURE_AUX:
            return "planned"
        if child.dep_ == "aux" and low in HEDGE_MODALS:
            return "hedged"
        if child.dep_ in ("advmod",) and low in HEDGE_ADVERBS:
            return "hedged"
    if tok.dep_ in ("amod",) and tok.lower_ in ("alleged", "suspected"):
        return "hedged"
    for child in tok.children:
        if child.dep_ == "amod" and child.lower_ in ("alleged", "suspected", "reported", "possible",
                                                    "planned", "proposed", "threatened"):
            if child.lower_ in ("planned", "proposed", "threatened"):
                return None if _carried_out(tok) else "planned"
            return "hedged"
    return None


def _carried_out(noun: Token) -> bool:
    """The planned act was done: the object of a verb of doing in the simple past ("mounted
    its long-threatened invasion", "launched the planned offensive"), not one still to come
    ("will launch the planned offensive", "a planned attack was foiled")."""
    head = noun.head
    return noun.dep_ in ("dobj", "obj") and head.tag_ == "VBD" and light_verb(head) \
        and verb_in(head, CARRYING_OUT) and not any(c.dep_ in ("aux", "neg") for c in head.children)


def _expletive_hedge(verb: Token) -> bool:
    """ "It is said that ...", "It was reported that ..." with no one saying it."""
    if verb.lemma_.lower() not in HEDGE_VERBS:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "expl", "nsubj")]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(s.lower_ == "it" for s in subj)


def _until(verb: Token) -> bool:
    """An "until" phrase or clause on the verb ("not until July", "not until talks began")."""
    return any((c.dep_ == "prep" and c.lower_ in ("until", "till"))
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till")
                                             for m in c.children))
               for c in verb.children)


def _yet_to(tok: Token, head: Token) -> bool:
    """ "Trump has yet to concede", "the army is yet to withdraw": not done so far."""
    return tok.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and any(
        c.lower_ == "yet" and c.dep_ == "advmod" for c in head.children)


CANCELLING_PARTICLES = {"call": "off", "put": "off", "rule": "out"}  # "called off the attack", "ruled out talks"


def _called_off(verb: Token) -> bool:
    """ "called off the attack", "put off the vote", "ruled out talks": cancelled or refused,
    not planned."""
    particle = CANCELLING_PARTICLES.get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def prevented(trigger: Token) -> bool:
    """The act was stopped by others (not refused by its own actor): the act after "from"
    ("kept the rebels from taking the town", "banned civilians from traveling", and its
    conjunct of the same form: "from marching and rallying"; not the parser's conjunct in
    another tense, "from escaping and shot two of them"), or the object of a foiling verb
    ("thwarted an attack"). Not when the stopping itself is denied ("did not stop them from
    marching", "nothing stopped them"), nor an act told beside it ("kept them from returning
    after the rebels burned their houses") or inside a foiled noun ("prevent a recurrence of
    the clashes")."""
    tok = trigger.head if trigger.dep_ == "conj" and trigger.tag_ == trigger.head.tag_ else trigger
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "from" and head.dep_ == "prep":
        stopper = head.head
        return stopper.lemma_.lower() in PREVENTING_VERBS and _own_status(stopper) != "negated"
    return trigger.dep_ == "dobj" and head.lemma_.lower() in FOILING_VERBS and _own_status(head) != "negated"


def announced_object(tok: Token, done: bool = False) -> bool:
    """The act is the object of "announce" ("announced the expulsion of two diplomats"): the
    status rules read it as planned, though what is announced has often been done; with
    ``done``, only an announcement already made ("announced", not "will announce")."""
    head = tok.head
    if tok.dep_ != "dobj" or head.lemma_.lower() != "announce":
        return False
    return not done or (head.tag_ in ("VBD", "VBN")
                        and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children))


def _set_off(verb: Token) -> bool:
    """ "a ruling that set off two days of protests": what is set off happened ("set up a
    meeting for next week" is still arranged)."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def told_to(clause: Token) -> bool:
    """ "told Serbia to withdraw", "gave them 24 hours to leave": the "to" clause of a verb that
    directs someone to act (not "gave aid", "told reporters that ...")."""
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in DIRECTING_VERBS and to_infinitive(clause)


def wished_of_others(tok: Token) -> bool:
    """ "want the minister to resign or be arrested", "told the police to arrest the leaders":
    an act wished of others (a clause with its own subject) or one they are
    told to do is asked of them, not threatened nor intended by the one who wishes or tells it."""
    clause = first_conjunct(tok)
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    if clause.head.lemma_.lower() in DIRECTING_VERBS:
        return told_to(clause)
    if clause.head.lemma_.lower() not in WISHING_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)  # (not "they want to be
    # recognised": what the wishers want for themselves)


def ultimatum(tok: Token) -> bool:
    """ "told Serbia to withdraw its troops within 48 hours or face consequences", "gave them 24
    hours to lay down their arms or face military action": an act demanded on pain of what
    refusing would bring is an ultimatum, a threat (CAMEO 139)."""
    clause = first_conjunct(tok)
    return any(c.dep_ == "conj" and c.lemma_.lower() in WARNED_OUTCOMES
               and any(g.dep_ == "cc" and g.lower_ == "or" for g in clause.children) for c in clause.children)


def event_status(trigger: Token) -> str:
    """Status of the event whose trigger is ``trigger``."""
    own = _own_status(trigger)
    if own is not None:
        return own
    if _yet_to(trigger, trigger.head):
        return "negated"  # the trigger's own clause only: "yet to arrest anyone over the attack"
    if prevented(trigger):
        return "negated"
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "without":
        return "negated"  # "took the district without a fight", "held without charge"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("on", "against") \
            and trigger.head.head.lemma_.lower() in BAN_NOUNS:
        return "negated"  # "a ban on all demonstrations": what is banned is not done
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.i != trigger.i:
        governed = _own_status(trigger.head)  # "will extend the curfew"
        if governed == "negated" and trigger.head.lemma_.lower() in FOILING_VERBS | NEGATING_VERBS:
            return "asserted"  # "did not prevent the attack", "failed to stop": it happened
        if governed is not None:
            return governed
    tok = trigger
    own_clause = first_conjunct(trigger)  # the trigger's own clause: a "to" clause under "tell",
    # or one with its own subject, is planned; not an act told in a phrase or clause inside it
    # ("told residents to leave before striking the building": the strike was made)
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            break
        dep = tok.dep_
        head = tok.head
        lemma = head.lemma_.lower()
        if dep == "conj":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                break  # "no protesters were arrested, but police detained 3 journalists"
            if tok.tag_ in FINITE_TAGS and tok.tag_ != head.tag_:
                break  # "said she would not resign and called for dialogue": a finite verb of
                # a tense other than its head's shares no modal or negation of it
            if tok.pos_ == "VERB" and head.lemma_.lower() == "be" \
                    and any(c.dep_ in ("acomp", "attr") for c in head.children):
                break  # "said the offer was not acceptable and called for a strike": a judgement
                # denied, not the act told after it
            shared = _own_status(head)
            if shared is not None:
                return shared
            tok = head
            continue
        if dep == "ccomp" and lemma in DENYING_VERBS:
            return "hedged"  # "Iran denied that it attacked the tanker": said, and denied
        if dep == "pobj" and (head.lower_ in ANTECEDENT_PREPS or (head.lower_ == "after" and named_back(tok))):
            break  # "polls scheduled following the resignation": what is past, or a cause; "called
            # on allies to send air defences after the Kharkiv attack": the attack told before
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("lack", "absence"):
            return "negated"  # "the lack of a concession from Trump"
        if dep == "acl" and tok.tag_ == "VB" and head.lemma_.lower() in INTENT_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in head.children):
            return "negated"  # "has no plans to send troops", "no authority to deport them", "is
            # not part of any broader plan to increase sanctions" (not
            # "no evidence to support the claims": what is missing is no act)
        if dep == "xcomp" and to_infinitive(tok) and head.dep_ == "relcl" and word_class(head.head, "agreement"):
            return "planned"  # "announced a deal it brokered to normalize relations": what the deal is to do
        if dep == "acl" and tok.tag_ == "VB" and (head.lemma_.lower() in words("asking_nouns")
                                                  or head.lemma_.lower() in INTENT_NOUNS
                                                  or word_class(head, "agreement")) \
                and to_infinitive(tok):
            return "planned"  # "its call to the authorities to drop all charges": asked, not done;
            # "was developing plans to attack American diplomats": intended, not done; "a deal
            # to normalize relations": agreed, not yet done
        if dep in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "advcl", "prep"):
            if dep in ("xcomp", "pcomp", "dobj") or (
                    dep == "ccomp" and to_infinitive(tok) and tok.i == own_clause.i):
                # (a "to" clause with its own subject the parser calls a ccomp: "want the
                # minister to resign")
                if lemma in NEGATING_VERBS or _called_off(head):
                    return "negated"
                if dep == "dobj" and lemma == "announce" and (tok.lemma_.lower() in ANNOUNCED_DONE or (
                        tok.lemma_.lower() in ANNOUNCED_MEASURES and announced_object(tok, done=True))):
                    return "asserted"  # "announced the arrest of a man": the arrest was made
                if dep == "dobj" and lemma in NAMING_VERBS and naming_complement(head) is not None \
                        and not word_class(tok, "agreement"):
                    break  # "called the explosion an attack": what is named happened, not called
                    # for (an accord called void is judged, as before: no act of the day)
                if lemma in PLANNING_VERBS and dep in ("xcomp", "ccomp") and tok.i == clause_verb(trigger).i \
                        and _own_status(head) == "negated":
                    return "negated"  # "the radical groups do not want to normalize relations", "has
                    # not decided to send troops": not intended, so not planned either (the act's own
                    # clause only: not "does not want to stop the war until Hamas is destroyed")
                if (lemma in PLANNING_VERBS and not _set_off(head)) or (dep == "xcomp" and lemma == "be") \
                        or (told_to(tok) and tok.i == own_clause.i):
                    return "planned"  # "the Senate was to meet Monday": arranged, not done
            if _expletive_hedge(head):
                return "hedged"
            if dep in ("xcomp",):
                inherited = _own_status(head)
                if inherited is not None:
                    return inherited
            tok = head
            continue
        break
    return "asserted"
