"""Dependency-parse tests every stage shares: one helper for each idea.

The event and claim stages both ask whether a verb is passive and who its subject is; they
ask it here, so a fix to either question reaches both.
"""

from __future__ import annotations

from spacy.tokens import Token

PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass", "csubjpass"})
ACTIVE_SUBJECTS = ("nsubj", "csubj")


def marked_passive(tok: Token) -> bool:
    """The verb carries a passive auxiliary or a passive subject ("was arrested")."""
    return any(c.dep_ in PASSIVE_MARKS for c in tok.children)


def is_passive(tok: Token) -> bool:
    """Passive as an event reads it: marked, shared across "and" ("she was arrested and
    charged"), or a bare participle that modifies a noun ("the men detained on Monday")."""
    if marked_passive(tok):
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i \
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children) \
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(
        c.dep_ == "aux" for c in tok.children
    )


def subject_child(tok: Token, deps: tuple[str, ...] | frozenset[str] = ACTIVE_SUBJECTS) -> Token | None:
    """The verb's own subject (the first child with one of ``deps``), or None."""
    return next((c for c in tok.children if c.dep_ in deps), None)
