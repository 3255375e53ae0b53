"""Who does what a trigger tells: its subjects, and the doer the parser misread as a noun's
modifier, a sentence's first noun or a headline's word; and what a doer carries ("a convoy carrying
troops").

Split from :mod:`.triggers`, which fits lexicon rows by their doers with these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import in_dateline, is_passive, joined_to_an_infinitive
from .clausewords import (
    CARRYING_VERBS,
    prep_objects,
    subjects,
    with_counted,
    word_class,
)
from .lexicon import words

CHARGE_PREPS = frozenset({"of", "with", "for"})  # what one is convicted of, charged with, jailed for
BODY_ENTS = frozenset({"ORG", "GPE"})  # a state or a group that acts as a body


def carries(doer: Token, cls: str) -> bool:
    """What a doer is said to be, or to carry, is of the class ("an aid convoy reached the town",
    "a convoy carrying food reached the town")."""
    return any(word_class(c, cls) for c in doer.children if c.dep_ in ("compound", "amod")) or carrying(doer, cls) \
        or (doer.dep_ in ("dobj", "obj") and opening_noun(doer.head) and word_class(doer.head, cls))


def carrying(doer: Token, cls: str) -> bool:
    """What a doer carries is of the class ("a convoy carrying tents and blankets arrived": aid;
    "a convoy carrying troops": forces)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS and any(
        word_class(o, cls) or any(word_class(j, cls) for j in o.conjuncts)
        for o in c.children if o.dep_ in ("dobj", "obj")) for c in doer.children)


def doers(verb: Token) -> list[Token]:
    """Who does the verb's act: its subjects, the first verb's when it is joined to one with
    none of its own ("blocked roads and burned tyres") or governs it ("voted to strike"), or
    the agent of a passive ("tyres were burned by protesters")."""
    found = subjects(verb)
    if not found and verb.dep_ in ("conj", "xcomp"):
        found = subjects(joined_to_an_infinitive(verb) or verb.head)  # ("teachers voted to strike": the
        # voters strike; "urged residents to stay indoors and arrested 12 protesters": who urged)
    if not found and (misread := misread_doer(verb)) is not None:
        found = [misread]
    if is_passive(verb):
        found = with_counted(passive_agents(verb)) + [s for s in found if s.dep_ != "nsubj"]
    return found


def passive_agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, and one the parser hung on the verb's charge ("was
    convicted of corruption by a Dhaka court", "charged with spying by Iran") when it is a body
    or a named state or group (not "accused of an attack by gunmen", whose gunmen attacked); a
    step of one custody joined to another shares its agents (word set ``custody_steps``)."""
    found = prep_objects(verb, ("by",)) or [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in CHARGE_PREPS
        for o in p.children if o.dep_ == "pobj"
        for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
        for g in b.children if g.dep_ == "pobj" and (g.lemma_.lower() in words("seated") or (
            g.ent_type_ in BODY_ENTS and not any(d.dep_ in ("det", "poss") for d in o.children)))]
    # (a body or a state only under a bare charge: not "arrested for the attack by Israelis")
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head) \
            and all(v.lemma_.lower() in words("custody_steps") for v in (verb, verb.head)):
        return passive_agents(verb.head)  # "was convicted by a court and sentenced to five years"
    return found


def misread_modifier(verb: Token) -> bool:
    """A verb with a subject of its own that the parser hung as a modifier on the noun after it
    ("A Moscow court sentenced journalist Evan Gershkovich", "Orban backed Slovak leader Robert
    Fico"): a clause's verb, whose object that noun phrase is. A past participle ("the banned
    party", "released detained activist X") may be the modifier it was read as, unless its
    sentence has no verb but it ("A court convicted journalist Alsu Kurmasheva")."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or misread_subject(verb) is None:
        return False
    return verb.tag_ == "VBD" or not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent) \
        or _verbless_clause(verb) is not None


def _verbless_clause(verb: Token) -> Token | None:
    """The noun the parser made the head of a clause (the sentence's root, or what a verb of
    saying reports) with no verb before this past form hung on a noun after it: that noun is
    the clause's subject and the past form its verb ("A court in Almaty on Tuesday jailed
    opposition activist X ..., her lawyer said"). Not a modifier in a clause that has a verb
    ("released detained activist X"), nor one before its noun ("the banned party")."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN"):
        return None
    for head in verb.ancestors:
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADP" and head.lower_ != "on"):
            return None  # (only a day's "on" may stand between: "The families of executed protesters
            # in Tehran", "An appeal for the release of kidnapped hostages" have no verb)
        if head.dep_ in ("ROOT", "ccomp"):
            if head.pos_ in ("NOUN", "PROPN") and head.i < verb.i and not any(
                    t.pos_ in ("VERB", "AUX") for t in verb.doc[head.left_edge.i:verb.i]):
                return head
            return None
    return None


def misread_subject(verb: Token) -> Token | None:
    """The noun before a verb read as a modifier that the parser hung on it: its subject; or,
    in a sentence the parser left with no verb, the noun it made the root ("A court in Minsk
    sentenced journalist X": "court" the root, "sentenced" a modifier of "journalist")."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if own is not None:
        return own
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN"):  # "Trump hosted Erdogan in the White House":
        # a name just before the verb, hung on the same name after it, is the verb's subject (a past
        # tense is no modifier; a participle joined by a hyphen is one: "the Saudi-led coalition")
        before = next((c for c in verb.head.children if c.dep_ in ("nmod", "compound", "poss")
                       and c.i == verb.i - 1 and (c.pos_ == "PROPN" or (c.ent_type_ and c.text[:1].isupper()))),
                      None)  # (the tagger may read a name as a common noun: "Trump")
        if before is not None and (verb.tag_ == "VBD" or (verb.head.pos_ == "PROPN" and verb.head.i == verb.i + 1)):
            return before
    root = verb.sent.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and verb.tag_ in ("VBD", "VBN") \
            and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent):
        return root
    return _verbless_clause(verb)


def opening_noun(verb: Token) -> bool:
    """ "Aid workers in Rafah said ...": a sentence's first word read as a bare verb with the
    noun after it as its object, no subject and no auxiliary, is that noun's modifier (news
    tells no orders)."""
    return verb.tag_ == "VB" and verb.i == verb.sent.start and verb.text[:1].isupper() \
        and verb.i + 1 < len(verb.doc) and verb.nbor().dep_ in ("dobj", "obj") and verb.nbor().head.i == verb.i \
        and not any(c.dep_ in ("nsubj", "aux", "auxpass", "neg") for c in verb.children)


def misread_doer(verb: Token) -> Token | None:
    """The subject of a verb the parser read as something else: a modifier ("A Moscow court
    sentenced journalist X"), a past tense hung on the sentence's noun ("The film bombed at the box
    office, earning $4 million": a past tense is no participle), or the object of a first word read
    as a verb ("Aid convoys entered northern Gaza"). Not a participle that may be the modifier it
    was read as ("Journalist arrested in Minsk", a headline's victim)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # ("MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters killed ...")
    if misread_modifier(verb) or verb.tag_ == "VBD":
        found = misread_subject(verb)
        if found is not None and not in_dateline(found):
            return found
    return opening_subject(verb)


def opening_subject(verb: Token) -> Token | None:
    """ "Aid agencies in Gaza delivered ...": the subject the parser made the object of a first
    word it read as a verb (:func:`opening_noun`)."""
    return next((c.nbor() for c in verb.children if c.dep_ == "csubj" and opening_noun(c)), None)
