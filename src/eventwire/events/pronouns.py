"""Pronouns inside one sentence: the word sets, and what the parse says a pronoun stands for.

:func:`resolve` reads only the sentence's parse ("who" -> the noun its clause hangs on; "he"
in a reported clause -> the governing clause's subject). Across sentences, "he" and "it" are
:mod:`.people`'s job; ``clauses.PRONOUNS`` is the set of every pronoun a party word may be.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS, subject_child
from .clauses import party_word, words
from .clausewords import PERSON_PRONOUNS, verb_in, word_class

RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})  # never resolved forward to a speaker
GROUP_PRONOUNS = PLURAL_PRONOUNS | {"their", "our"}
# "its demand", "their offer": the owner is the subject of the clause that governs the noun.
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})
# Verbs whose object is the one who does what the infinitive says ("allowed X to surrender").
OBJECT_CONTROL = frozenset(
    "allow permit order urge ask force tell call compel persuade encourage invite "
    "instruct push pressure help enable authorize prompt".split()
)
MAX_CLIMB = 4  # how many governing clauses a pronoun or missing subject may look up


def resolve(head: Token) -> Token:
    """Relative and personal pronouns -> the words they stand for, when the parse shows them."""
    low = head.lower_
    if low in RELATIVE_PRONOUNS:
        verb = head.head
        if verb.dep_ in ("relcl", "acl") and verb.head.i != head.i:
            return verb.head
        return head
    if (low in PERSONAL_PRONOUNS or (low in POSSESSIVE_PRONOUNS and head.dep_ == "poss")) \
            and head.pos_ == "PRON":
        cur = head.head
        for _ in range(MAX_CLIMB):
            if cur.head.i == cur.i:
                break
            upper = cur.head
            if cur.i == head.head.i and head.dep_ in ("dobj", "obj") and cur.dep_ in ("advcl", "xcomp", "conj") \
                    and subject_child(cur, ("nsubj", "nsubjpass")) is None:
                # "expelled two diplomats, accusing them of spying": the object of a clause the
                # main subject does is not that subject; a group it stands for is the main act's
                # (a named person is named by the people reading: "sentenced him")
                done_to = [c for c in upper.children if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON"
                           and party_word(c) and agrees(low, c)] if low == "them" else []
                if done_to:
                    return done_to[0]
            if cur.dep_ == "xcomp" and verb_in(upper, OBJECT_CONTROL):
                obj = [c for c in upper.children if c.dep_ in ("dobj", "obj")]  # "urged Israel to halt its offensive"
                if obj and obj[0].pos_ != "PRON":
                    return obj[0]
            cur = upper
            subj = subject_child(cur, ("nsubj",))  # not a dateline ("CONAKRY, Guinea (AP) —
            # Guinea's military government said Thursday it was suspending")
            if subj is not None and low in PLURAL_PRONOUNS and subj.i > head.i:
                break  # "They were arrested, police said": the police are not who was arrested
            # never the phrase the pronoun sits in ("its invasion was going well")
            if subj is not None and subj.lower_ not in PERSONAL_PRONOUNS and subj.pos_ != "PRON" \
                    and not subj.left_edge.i <= head.i <= subj.right_edge.i \
                    and agrees(low, subj):
                return subj
    return head


def agrees(pronoun: str, noun: Token) -> bool:
    """Whether a pronoun can stand for the noun: "he" and "she" for no group, state or
    institution ("police arrested him after he attacked a guard": he is not the police),
    "it" for no person."""
    if pronoun in PERSON_PRONOUNS:
        return (noun.ent_type_ not in GROUP_ENTITIES and noun.tag_ not in PLURAL_TAGS
                and noun.lemma_.lower() not in words("institutions"))
    if pronoun in THING_PRONOUNS:
        return noun.ent_type_ != "PERSON" and not word_class(noun, "person")
    return True
