"""When people who gather are protesting though no word calls them protesters.

"Thousands of protesters gathered" is a protest by its subject (the lexicon's ``needsubj``).
Residents, supporters or relatives who gather are one too when the text says what for ("to
demand his release", "demanding compensation", "in solidarity with") or where: before a seat of
power ("outside the courthouse", "in front of the governor's office") with no other purpose or
occasion told ("waiting for news", "as the verdict was read", "at a public hearing"). Organs of
state and armed men who gather are no crowd ("ministers gathered in Cairo", "Members of the
militia"), those whose work takes them to a seat of power are there for it ("Lawyers gathered
outside the Supreme Court"), and a hospital, a morgue or a prison says nothing of why.
(A crowd that chants as it gathers is read in ``triggers``.)
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import in_words
from .clausewords import in_protest, word_class
from .doers import doers
from .lexicon import words

CALLING_VERBS = frozenset({"call", "press", "push"})  # a cause with "for": "to call for his release"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})  # ("gathered ..., demanding": advcl)
BEFORE_PREPS = frozenset({"outside", "before"})  # ("in front of", "at the gates of": read apart)
NUMBER_HEADS = frozenset("hundred thousand dozen score".split())  # "Hundreds gathered"
MEETINGS = (words("gatherings") | words("speaking_occasions")) - {"rally"}
STATE_OR_ARMED = ("security", "fighting_men", "rulers")  # word classes of the lexicon


def _counted(doer: Token) -> list[Token]:
    """The doer and whom it counts ("Dozens of journalists", "about two dozen of his supporters",
    whose "of" the parser hangs on "dozen")."""
    return [doer, *(g for p in doer.subtree if p.dep_ == "prep" and p.lower_ == "of"
                    and doer in (p.head, p.head.head) for g in p.children if g.dep_ == "pobj")]


def _people(doer: Token) -> bool:
    """A doer who may be a crowd: a plural of people who are not organs of state or armed men
    ("residents", "hundreds of students", "about two dozen of his supporters", "Thousands of Sri
    Lankans"), or a bare number of them ("Hundreds gathered")."""
    counted = _counted(doer)
    if in_words(doer, "kin"):
        counted = [doer]  # "Families of soldiers": whose kin they are, not what they are
    said = [t for w in counted for t in (w, *(c for c in w.children if c.dep_ in ("compound", "amod")), *(
        g for p in w.children if p.dep_ == "prep" and p.lower_ in ("in", "from") for g in p.subtree))]
    if any(_of_the_state_or_armed(t) for t in said):
        return False  # "Members of the militia", "Members of the cabinet", "Men in military uniform"
    for word in counted:
        lemma = word.lemma_.lower()
        plural = word.tag_ in ("NNS", "NNPS") or (word.ent_type_ == "NORP" and word.lower_.endswith("s"))
        if plural and (lemma in words("crowd_people") or word.ent_type_ == "NORP"):
            return True
    return doer.lemma_.lower() in NUMBER_HEADS and len(counted) == 1


def _of_the_state_or_armed(word: Token) -> bool:
    """A word that makes people an organ of state or armed men ("the militia", "the cabinet",
    "the security council", "military uniform")."""
    return any(word_class(word, cls) for cls in STATE_OR_ARMED) or word.lemma_.lower() in words("armed_bands") \
        or word.lemma_.lower() in words("state_bodies")


def _cause_verb(verb: Token) -> bool:
    """A verb that says what a crowd wants or is against ("to demand", "denouncing", "to call
    for"; word set ``crowd_causes``; not "seeking news", "to await the verdict")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # another's ("as the mayor urged them to go home")
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(o.lemma_.lower() in words("tidings") for o in objs) or (lemma == "demonstrate" and objs):
        return False  # "demanding information about their relatives" seeks news; "to demonstrate new
        # irrigation methods" shows something
    if lemma in CALLING_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return lemma in words("crowd_causes")


def _for_a_cause(verb: Token) -> bool:
    """The gathering says what it is for: a purpose or a participle of demand or protest ("to
    demand his release", "demanding compensation"), or "in protest", "in solidarity with", "in
    support of"."""
    for c in verb.children:
        if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB" and c.i > verb.i and _cause_verb(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                in_protest(g) or word_class(g, "backing") for g in c.children):
            return True
    return False


def _seat_of_power(place: Token) -> bool:
    """A building where power sits ("the courthouse", "parliament", "the embassy"), or one a
    state organ or office holder owns ("the governor's office", "the GKNB building")."""
    lemma = place.lemma_.lower()
    if lemma in words("seats_of_power"):
        return True
    return lemma in words("premises") and any(
        t.i != place.i and (word_class(t, "rulers") or t.lemma_.lower() in words("political_words")
                            or t.ent_type_ == "ORG")
        for t in place.subtree)


def _before_power(verb: Token) -> bool:
    """Gathered outside, before or in front of a seat of power."""
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        places = [g for g in p.children if g.dep_ == "pobj"]
        if p.lower_ == "in" and any(g.lower_ == "front" for g in places):  # "in front of"
            places = [h for g in places for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                      for h in q.children if h.dep_ == "pobj"]
        elif p.lower_ not in BEFORE_PREPS:
            continue
        if any(_seat_of_power(g) for g in places):
            return True
    return False


def _for_something_else(verb: Token) -> bool:
    """The gathering says it was for or at something that is no cause ("to cover the vote",
    "waiting for news", "as the verdict was read", "for a news conference", "at a town hall
    meeting"): the seat of power it was before says nothing more."""
    if any(t.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ == "where" for a in t.children)
           for t in verb.subtree):
        return True  # "outside the High Court in Nairobi, where the trial was under way": attending it
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return True  # "for a news conference", "for the funeral": an occasion, no protest
        if c.dep_ in PURPOSE_DEPS and c.pos_ in ("VERB", "AUX") and not _cause_verb(c) \
                and c.lemma_.lower() not in words("crowd_displays"):
            return True  # "to cover the vote", "waiting for news", "hoping for information", "as the
            # verdict was read", "after their building was evacuated" (not "holding photographs")
    return False


def _at_a_meeting(verb: Token) -> bool:
    """ "gathered at a town hall meeting to reject the project", "at a public hearing": a meeting,
    which may vote or speak, no demonstration (word sets ``gatherings`` and ``speaking_occasions``,
    not a rally)."""
    return any(c.dep_ == "prep" and any(g.lemma_.lower() in MEETINGS for g in c.children) for c in verb.children)


def protest_gathering(verb: Token) -> bool:
    """People who are no organ of state gathered, not at a meeting, for a cause, or before a seat
    of power with no other purpose told (not those whose work takes them there: "Lawyers gathered
    outside the Supreme Court", "Journalists gathered outside the ministry")."""
    crowd = [d for d in doers(verb) if _people(d)]
    return bool(crowd) and not _at_a_meeting(verb) and (_for_a_cause(verb) or (
        _before_power(verb) and not _for_something_else(verb)
        and not any(w.lemma_.lower() in words("attendants") for d in crowd for w in _counted(d))))
