"""Who "he" and "she" are: the person a singular pronoun names, found once per record.

Read by the eventhood judgement (is a political actor taking part?) and by the folding of
mentions into rows (do two readings name one party? whose name does the row give?). The
evidence stays the pronoun; the name and the entity are the person's.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from ..nlp.syntax import doc_text, in_dateline, subject_child
from ..record import Entity, Record, Role, make_span
from .clauses import in_words
from .clausewords import REPORTING_LEMMAS, word_class
from .pronouns import PERSON_PRONOUNS

BODY_TYPES = frozenset({"GPE", "ORG", "NORP", "MILITARY_UNIT"})  # what "it" may stand for
OUTFIT_TYPES = BODY_TYPES - {"GPE"}  # what "the group" may stand for (a body, not a state)
BAND_TYPES = frozenset({"ORG"})  # what "the militants" may stand for: an armed group's name
STATE_TYPES = frozenset({"GPE"})  # what "the kingdom", "the country" may stand for


MAX_CENTRE_CHARS = 60  # the words a plural subject "they" continues are named by, at most
MAX_DESCRIBING_WORDS = 2  # "the armed group", "the paramilitary rebel group": words that describe, no name


def outfit_named(role: Role, doc: Doc) -> bool:
    """ "The group", "the movement", "the armed group": a definite word for an organisation,
    described by common words at most, which names back one told before."""
    span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    return span is not None and _described(span) and word_class(span[-1], "outfits")


def _described(span: Span) -> bool:
    """ "the militants", "the armed group", "the Islamist militants": "the", a few words that
    describe (a nationality among them) and the noun; no name ("the Boko Haram militants")."""
    return 2 <= len(span) <= 2 + MAX_DESCRIBING_WORDS and span[0].lower_ == "the" \
        and all(t.pos_ in ("ADJ", "NOUN") and t.ent_type_ in ("", "NORP") for t in span[1:-1])


def _told(root: Token) -> Token:
    """A sentence's own act: its root, or the clause a trailing attribution reports ("The
    militants freed dozens of inmates, the SDF said")."""
    if root.lemma_.lower() in REPORTING_LEMMAS:
        return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    return root


class People:
    """The record's named people in text order, for resolving singular pronouns (and a
    sentence's "they" that goes on the sentence before's plural subject)."""

    def __init__(self, record: Record) -> None:
        self.record = record
        named = sorted(((pm.start, pm.end, k), e) for k, e in enumerate(record.entities)
                       if e.type == "PERSON" for pm in e.mentions)
        self.starts = [p[0][0] for p in named]
        self.people = [(p[0][0], p[0][1], p[1]) for p in named]
        self._quotes: list[tuple[int, int]] | None = None  # (opening mark, end), read on first use
        self._chain: dict[int, Entity | None] = {}  # a sentence subject pronoun's person, once found

    def antecedent(self, role: Role | None) -> Role | None:
        """ "He was imprisoned": a singular personal pronoun names the person last named
        before it (or the kin whose name that is: "the wife of Imran Khan. She ..."); a main
        subject "they", the sentence before's plural subject; the evidence stays the pronoun,
        the name is the person's."""
        if role is None or role.entity is not None:
            return role
        if role.span.text.lower() == "it":
            return self._body(role, BODY_TYPES)
        if outfit_named(role, self.record.doc):  # "the militant group" (words that say what kind):
            # only a group of no state, never the state's forces named before
            return self._body(role, OUTFIT_TYPES, doers_only=len(role.span.text.split()) > 2)
        if self._told_back_as(role, "irregular_doers"):  # armed men of no state: a group of no state named as the doer
            return self._body(role, BAND_TYPES, doers_only=True)
        if self._told_back_as(role, "state_nouns") and self._one_state_before(role):  # "Saudi Arabia hosted the
            return self._body(role, STATE_TYPES)  # summit. The kingdom later expelled ..."
        if role.span.text.lower() == "they":
            return self._plural_centre(role) or role
        if role.span.text.lower() not in PERSON_PRONOUNS:
            return role
        k = bisect.bisect_left(self.starts, role.span.start) - 1
        while k >= 0 and self.people[k][1] > role.span.start:
            k -= 1  # a name that overlaps the pronoun is not before it
        speaker = self._speaker_region(role.span.start)
        bound = self._own_subject(role)
        while k >= 0 and (speaker[0] <= self.people[k][0] < speaker[1] or bound[0] <= self.people[k][0] < bound[1]):
            k -= 1  # 'Schumer said "we told the president ... He resisted"': not Schumer; "Scholz
            # urged him": not Scholz
        if k < 0:
            return role
        centre = self._centre(role, k)
        kin = self._whose(self.people[k][0], self.people[k][1]) if centre is None and not self._acting(role) else None
        if kin is not None:  # "detained the wife of Imran Khan. She was later released": the wife (an
            return Role(span=role.span, name=kin)  # active "He demanded" keeps the name: one side's words)
        person = centre or self.people[k][2]
        return Role(span=role.span, name=person.name, entity=person.id)

    def _plural_centre(self, pronoun: Role) -> Role | None:
        """ "Police arrested Sonko on Monday. They also detained two of his aides": a sentence's
        main subject "they" continues the sentence just before's main subject when that names
        many (a plural or a body: "police", "the rebels", "Houthi fighters"), not a pronoun."""
        doc = self.record.doc
        before = self._clause_before(pronoun)  # (not "Police arrested 12 protesters. They were later
        if before is None:  # freed": whom it was done to)
            return None
        subject = subject_child(before, ("nsubj",))  # (not a dateline's town)
        if subject is None or subject.pos_ == "PRON" or not (
                subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() in ("police", "army", "military")):
            return None
        if any(c.dep_ in ("dobj", "obj") and c.tag_ in ("NNS", "NNPS") for c in before.children):
            return None  # "Police arrested 40 protesters. They accused the officers": either may be "they"
        entity = self.record.entity_at(subject.idx, subject.idx + len(subject.text))
        words = [t for t in subject.subtree if not in_dateline(t) and t.i <= subject.i]  # its own words, no
        # dateline the parse hung on it
        if not words:
            return None
        lo, hi = words[0].idx, subject.idx + len(subject.text)
        if hi - lo > MAX_CENTRE_CHARS:
            lo = subject.idx
        return Role(span=pronoun.span, name=entity.name if entity is not None else doc_text(doc)[lo:hi],
                    entity=entity.id if entity is not None else None)

    def _root(self, role: Role) -> Token | None:
        """The head word of a role's words in the parse."""
        span = self.record.doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _clause_before(self, pronoun: Role) -> Token | None:
        """The act of the sentence before, when the pronoun is the active subject of its own
        sentence's act (which "it", "they" and "the group" may continue); else None."""
        root = self._root(pronoun)
        if root is None or root.dep_ != "nsubj" or root.head.i != _told(root.sent.root).i or root.sent.start == 0:
            return None
        return _told(self.record.doc[root.sent.start - 1].sent.root)

    def _acting(self, pronoun: Role) -> bool:
        """The pronoun is the active subject of its clause ("He demanded an investigation")."""
        root = self._root(pronoun)
        return root is not None and root.dep_ == "nsubj"

    def _whose(self, start: int, end: int) -> str | None:
        """The words of the kin or aide a name is told as whose ("the wife of Imran Khan", "Maria
        Kolesnikova's lawyer"): the person a pronoun after them stands for; None when the name
        is told as no one's."""
        doc = self.record.doc
        named = doc.char_span(start, end, alignment_mode="expand")
        if named is None or not len(named):
            return None
        root = named.root
        kin = root.head if root.dep_ == "poss" else root.head.head \
            if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if kin is None or not (in_words(kin, "kin") or in_words(kin, "aides")):
            return None
        lo, hi = kin.left_edge.idx, kin.right_edge.idx + len(kin.right_edge.text)
        return doc_text(doc)[lo:hi] if hi - lo <= MAX_CENTRE_CHARS else kin.text

    def _own_subject(self, pronoun: Role) -> tuple[int, int]:
        """Where the subject of an object pronoun's own clause is named ("Scholz urged him",
        "Meloni asked him to curb departures"): "him" is never that clause's own subject (it
        would be "himself"). (0, 0) for a subject pronoun or a clause with no subject."""
        doc = self.record.doc
        span = doc.char_span(pronoun.span.start, pronoun.span.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in ("dobj", "obj", "dative", "pobj"):
            return (0, 0)
        head = span.root.head
        verb = head.head if span.root.dep_ == "pobj" and head.dep_ == "prep" else head  # "spoke to him"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb.pos_ in ("VERB", "AUX") else None
        if subject is None:
            return (0, 0)
        return (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))

    def _told_back_as(self, role: Role, words: str) -> bool:
        """A party told back with the definite article and a word of the set ``words``, a few
        describing words at most: armed men of no state ("the militants", "the rebels":
        ``irregular_doers``), a state ("the kingdom", "the country": ``state_nouns``)."""
        span = self.record.doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
        return span is not None and _described(span) and in_words(span[-1], words)

    def _one_state_before(self, role: Role) -> bool:
        """The sentence before names one state only ("The United States imposed sanctions on Iran.
        The country vowed to retaliate": either may be "the country")."""
        before = self._clause_before(role)
        if before is None:
            return False
        sent = before.sent
        states = {e.id for e in self.record.entities if e.type in STATE_TYPES
                  for m in e.mentions if sent.start_char <= m.start < sent.end_char}
        return len(states) == 1

    def _body(self, pronoun: Role, types: frozenset[str], doers_only: bool = False) -> Role:
        """ "Moscow expelled two diplomats. It accused them of spying": "it" (or "the group",
        for an organisation) as its sentence's main subject continues the sentence before's
        main subject when that names a state or an organisation of ``types`` (not a thing:
        "the plan ... It failed" stays "it")."""
        before = self._clause_before(pronoun)
        if before is None:
            return pronoun
        subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
        if subject is None or (doers_only and (
                before.lemma_.lower() in REPORTING_LEMMAS or in_dateline(subject)
                or word_class(subject, "forces") or subject.ent_type_ in ("NORP", "GPE"))):
            return pronoun  # ("The army said M23 rebels attacked", "Somali troops attacked ...
            # The militants": a speaker, a state's forces, no band of armed men)
        body = self.record.entity_at(subject.idx, subject.idx + len(subject.text)) or next(
            (e for c in subject.children if c.dep_ in ("compound", "poss", "nmod")
             and (e := self.record.entity_at(c.idx, c.idx + len(c.text))) is not None), None)
        # ("Boko Haram fighters raided a village. The militants burned homes": the fighters' group)
        if body is None or body.type not in types:
            return pronoun
        return Role(span=pronoun.span, name=body.name, entity=body.id)

    def _speaker_region(self, at: int) -> tuple[int, int]:
        """Where the speaker of the quotation around ``at`` is named: the sentence the quotation
        opens in, up to its opening mark. A speaker calls himself "I", so "he" inside his
        quotation is someone else. (0, 0) when ``at`` is not quoted."""
        doc = self.record.doc
        if self._quotes is None:
            self._quotes = _quotations(doc_text(doc))
        k = bisect.bisect_right(self._quotes, (at, len(doc_text(doc)))) - 1
        if k < 0 or not self._quotes[k][0] < at < self._quotes[k][1]:
            return (0, 0)
        opening = self._quotes[k][0]
        mark = doc.char_span(opening, opening + 1, alignment_mode="expand")
        return (mark.sent.start_char if mark is not None and len(mark) else opening, opening)

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
        return self._carried(before)

    def _carried(self, sent: Span) -> Entity | None:
        """ "Mitsotakis spoke ... 'We seek no quarrel,' he said, recalling the EastMed
        ceremony. He also criticised ...": a sentence whose main subject is "he" or "she"
        hands on the person that pronoun names (a name later in its sentence does not break
        the chain)."""
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in PERSON_PRONOUNS:
            return None
        if subject.i not in self._chain:
            self._chain[subject.i] = None  # (no loop while it is being found)
            found = self.antecedent(Role(span=make_span(doc_text(self.record.doc), subject.idx,
                                                        subject.idx + len(subject.text)), name=subject.text))
            self._chain[subject.i] = self.record.entity_by_id(found.entity) \
                if found is not None and found.entity is not None else None
        return self._chain[subject.i]


def _quotations(text: str) -> list[tuple[int, int]]:
    """The text's quotations as (opening mark, end) in order; one left open ends with its
    paragraph."""
    out: list[tuple[int, int]] = []
    opening: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and opening is not None:
            out.append((opening, i))
            opening = None
        elif ch == "\u201c" or (ch == '"' and opening is None):
            opening = i
        elif (ch == "\u201d" or ch == '"') and opening is not None:
            out.append((opening, i))
            opening = None
    if opening is not None:
        out.append((opening, len(text)))
    return out
