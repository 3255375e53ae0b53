"""Whether an article tells of armed conflict, so that an attack it tells with no doer is one.

"In November 2021, an attack on the Drodro camp killed more than 40 people" names no weapon and
no armed group: alone, it could be a crime. In a report whose other sentences tell of militias,
gunmen and bombs, it is the same conflict's violence, as a coder reads it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .clauses import in_words

CONFLICT_KEY = "eventwire.armed_sentences"  # Doc.user_data: the sentences that name arms, found once
ARMED_SENTENCES = 2  # other sentences naming weapons or armed men that make a report one of conflict


def _armed_sentences(doc: Doc) -> frozenset[int]:
    found = doc.user_data.get(CONFLICT_KEY)
    if found is None:
        found = doc.user_data[CONFLICT_KEY] = frozenset(
            s.start for s in doc.sents
            if any(in_words(t, "weapon_words") or in_words(t, "irregular_doers") for t in s))
    return found


def armed_story(tok: Token) -> bool:
    """Sentences other than the trigger's own name weapons or armed men of no state: the report
    tells of armed conflict."""
    return len(_armed_sentences(tok.doc) - {tok.sent.start}) >= ARMED_SENTENCES
