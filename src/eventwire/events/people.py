"""Who "he" and "she" are: the person a singular pronoun names, found once per record.

Read by the eventhood judgement (is a political actor taking part?) and by the folding of
mentions into rows (do two readings name one party? whose name does the row give?). The
evidence stays the pronoun; the name and the entity are the person's.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS
from ..record import Entity, Record, Role
from .clauses import party_word
from .eventhood import SINGULAR_PRONOUNS
from .naming import phrase_bounds

PLURAL_PRONOUNS = frozenset({"they", "them"})


class People:
    """The record's named people in text order, for resolving singular pronouns."""

    def __init__(self, record: Record) -> None:
        self.record = record
        named = sorted(((pm.start, pm.end, k), e) for k, e in enumerate(record.entities)
                       if e.type == "PERSON" for pm in e.mentions)
        self.starts = [p[0][0] for p in named]
        self.people = [(p[0][0], p[0][1], p[1]) for p in named]

    def antecedent(self, role: Role | None) -> Role | None:
        """ "He was imprisoned": a singular personal pronoun names the person last named
        before it; "they", the many its sentence or the one before is about. The evidence
        stays the pronoun, the name is the person's or the group's."""
        if role is not None and role.entity is None and role.span.text.lower() in PLURAL_PRONOUNS:
            return self._group(role)
        if role is None or role.entity is not None or role.span.text.lower() not in SINGULAR_PRONOUNS:
            return role
        k = bisect.bisect_left(self.starts, role.span.start) - 1
        while k >= 0 and self.people[k][1] > role.span.start:
            k -= 1  # a name that overlaps the pronoun is not before it
        if k < 0:
            return role
        person = self._centre(role, k) or self.people[k][2]
        return Role(span=role.span, name=person.name, entity=person.id)

    def _centre(self, pronoun: Role, k: int) -> Entity | None:
        """A pronoun that is its sentence's main subject, in a sentence that names no person
        before it ("... met President Trump. He denounced the agreement"), continues the
        sentence just before's main subject when that is a person, not its last-named one
        (centering: the subject is the likeliest centre). Gender is not known: "Ana Brnabic
        met Joe Biden. He ..." names Brnabic."""
        doc = self.record.doc
        span = doc.char_span(pronoun.span.start, pronoun.span.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        sent = span.root.sent
        if span.root.head.i != sent.root.i or self.people[k][0] >= sent.start_char or sent.start == 0:
            return None  # a subordinate subject, or "Smith said he ...": named in its own sentence
        before = doc[sent.start - 1].sent
        lo = bisect.bisect_left(self.starts, before.start_char)
        for start, end, person in self.people[lo:k + 1]:
            if start >= before.end_char:
                break
            named = doc.char_span(start, end, alignment_mode="expand")
            if named is not None and len(named) and named.root.dep_ in ("nsubj", "nsubjpass") \
                    and named.root.head.i == before.root.i:
                return person
        return None

    def _group(self, pronoun: Role) -> Role:
        """ "The foreign ministers met in Cairo. They called on Turkey ...": a plural pronoun
        that is an active main subject names the plural main subject of the sentence before
        (or of its own, "The rebels said they would ..."), when no other group of people is
        named there ("Police detained dozens of students. They later attacked ..." is not said)."""
        doc = self.record.doc
        span = doc.char_span(pronoun.span.start, pronoun.span.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ != "nsubj":
            return pronoun  # "They had been abducted": the ones acted on, told back
        sent = span.root.sent
        if span.root.head.i == sent.root.i:
            if sent.start == 0:
                return pronoun
            heads = [doc[sent.start - 1].sent.root]  # the sentence before's main clause
        else:
            heads = [sent.root]  # a clause under its own sentence's main verb
        many = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < span.root.i and (c.tag_ in PLURAL_TAGS or any(g.dep_ == "conj" for g in c.children))
                     and c.lower_ not in PLURAL_PRONOUNS and _people(c)), None)
        if many is None or any(t.i != many.i and t.tag_ in PLURAL_TAGS and _people(t) and t.dep_ != "compound"
                               and not (many.i <= t.i <= many.right_edge.i)
                               for h in heads for t in h.sent if t.i < span.root.i):
            return pronoun  # "Troops rescued 30 hostages. They had ...": which many is not said
        lo, hi = phrase_bounds(many)
        entity = self.record.entity_at(many.idx, many.idx + len(many.text)) \
            if not any(g.dep_ == "conj" for g in many.children) else None  # "Egypt and Greece" are two
        return Role(span=pronoun.span, name=entity.name if entity is not None else doc[lo:hi + 1].text,
                    entity=entity.id if entity is not None else None)


def _people(head: Token) -> bool:
    """A subject that names people, itself or through its "of" ("tens of thousands of
    Sudanese"), not things ("the new rules", "the possible measures")."""
    cur: Token | None = head
    for _ in range(3):
        if cur is None:
            return False
        if party_word(cur):
            return True
        cur = next((g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    return False
