"""Statements about a claim's truth, attached to the claim they speak of.

"The BBC could not confirm the authenticity of the video" says nothing new about the
world; it says the ministry's video claim is unconfirmed, and who says so. Patterns:
a verification verb (confirm, verify, ...) negated or not, and a dispute verb (deny,
dispute, ...) whose object is a claim-like noun or that is passive with "by". The claim
spoken of is the nearest earlier claim sharing a content word with the object ("the
video"); a bare "the report"/"this" takes the nearest earlier claim by someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Record, Role, Verification, make_span
from .chain import Draft, entity_over
from .speech import PRONOUNS, SUBJECT_DEPS, _np_span

CONFIRM_VERBS = frozenset("confirm verify corroborate authenticate substantiate".split())
DISPUTE_VERBS = frozenset("dispute deny contest refute contradict debunk reject".split())
NEGATORS = frozenset("not n't never no unable cannot".split())
INABILITY_HEADS = frozenset("unable impossible".split())
# Nouns that stand for a claim: "denied the report", "could not verify the figures".
CLAIM_NOUNS = frozenset("""
claim claims report reports statement account accounts allegation allegations figure
figures footage video videos image images photo photos picture pictures authenticity
veracity accuracy information assertion number numbers toll casualties death deaths
this that it these those
""".split())
GENERIC_NOUNS = frozenset("claim report statement account allegation information assertion this that it".split())
STOP_LEMMAS = frozenset("the a an of this that it these those authenticity veracity accuracy".split())
MAX_LOOKBACK_CLAIMS = 6  # how many earlier claims a verification may reach back over
STATUS_CONFIRMED, STATUS_UNCONFIRMED, STATUS_DISPUTED = "confirmed", "unconfirmed", "disputed"


def _negated(tok: Token) -> bool:
    """ "could not confirm", "unable to verify", "has not been verified"."""
    if any(c.lower_ in NEGATORS for c in tok.children if c.dep_ in ("neg", "aux", "advmod", "det")):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head is not tok:
        if head.lower_ in INABILITY_HEADS or head.lemma_.lower() in INABILITY_HEADS:
            return True
        if any(c.dep_ == "neg" for c in head.children):
            return True
    return False


def _object(tok: Token) -> Token | None:
    for dep in ("dobj", "nsubjpass"):
        obj = next((c for c in tok.children if c.dep_ == dep), None)
        if obj is not None:
            return obj
    return None


def _by(tok: Token) -> Token | None:
    """Who makes the statement: the agent of a passive, else the subject (through a
    pronoun to the speaker of the verb governing it: "The BBC reported that it ...")."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.lower_ not in PRONOUNS:
            return subj
        if cur.head is cur:
            return subj
        cur = cur.head
    return None


def _target_words(obj: Token) -> set[str]:
    return {t.lemma_.lower() for t in obj.subtree if t.is_alpha and t.lemma_.lower() not in STOP_LEMMAS
            and not t.is_stop}


def _region(draft: Draft) -> tuple[int, int]:
    spans = [draft.attr.content] + ([draft.attr.cue] if draft.attr.cue else [])
    return min(s[0] for s in spans), max(s[1] for s in spans)


def attach_verifications(record: Record, drafts: list[Draft]) -> None:
    """Find verification statements in ``record.doc`` and set ``claim.verification``."""
    doc = record.doc
    if doc is None or not drafts:
        return
    text = record.document.text
    ordered = sorted(drafts, key=lambda d: _region(d)[0])
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in CONFIRM_VERBS | DISPUTE_VERBS:
            continue
        obj = _object(tok)
        if obj is None or (obj.lower_ not in CLAIM_NOUNS and obj.lemma_.lower() not in CLAIM_NOUNS):
            continue
        if lemma in CONFIRM_VERBS:
            status = STATUS_UNCONFIRMED if _negated(tok) else STATUS_CONFIRMED
        else:
            status = STATUS_CONFIRMED if _negated(tok) else STATUS_DISPUTED
        by_tok = _by(tok)
        target = _target(ordered, tok, obj)
        if target is None:
            continue
        start = min([tok.idx] + [c.idx for c in tok.children if c.dep_ in ("aux", "neg", "auxpass")])
        end = max(t.idx + len(t) for t in obj.subtree) if obj.i > tok.i else tok.idx + len(tok)
        by_role = None
        if by_tok is not None:
            span = make_span(text, *_np_span(by_tok))
            ents = entity_over(record, by_tok.idx, by_tok.idx + len(by_tok)) or entity_over(
                record, span.start, span.end
            )
            by_role = Role(span=span, name=ents[0].name if ents else span.text,
                           entity=ents[0].id if ents else None)
        found = Verification(status=status, span=make_span(text, start, end), by=by_role)
        current = target.claim.verification
        if current is None or (current.status == STATUS_CONFIRMED and status != STATUS_CONFIRMED):
            target.claim.verification = found


def _target(ordered: list[Draft], tok: Token, obj: Token) -> Draft | None:
    """The claim a verification speaks of: the nearest earlier one sharing an object word."""
    at = tok.idx
    earlier = [
        d for d in ordered
        if _region(d)[0] < at and not (d.attr.content[0] <= at < d.attr.content[1])
        and not (d.attr.cue and d.attr.cue[0] <= at < d.attr.cue[1])
    ][-MAX_LOOKBACK_CLAIMS:]
    if not earlier:
        return None
    words = _target_words(obj)
    doc = tok.doc
    for draft in reversed(earlier):
        start, end = _region(draft)
        region = doc.char_span(start, end, alignment_mode="expand")
        if region is None:
            continue
        if words and words & {t.lemma_.lower() for t in region}:
            return draft
    if words and obj.lemma_.lower() not in GENERIC_NOUNS:
        return None
    return earlier[-1]
