"""Attributions read off the dependency parse: who said what, with which words.

One cue word yields at most one :class:`Attribution`. A cue is a reporting verb
(``lexicon.SPEECH_VERBS``, or ``CLAUSAL_VERBS`` with a clausal complement), "according
to", a sourceless hedge ("It is said that", "X is reported to", "reportedly") or "X
released a video/statement showing/saying". Content is, in order of preference: the
direct quote next to the cue (both halves of a quote split by "he said"), the clausal
complement (widened to a quote it runs into), the object, the prepositional object
("warned of"), or the rest of the sentence around a parenthetical "it said".
Everything is character offsets into the text the Doc was parsed from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.syntax import marked_passive, noun_phrase, subject_child
from ..record import trim_offsets
from .cuemodel import CueModel, candidate_features
from .lexicon import (
    ADDRESSEE_VERBS,
    CLAUSAL_VERBS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVES,
    MEDIA_OBJECTS,
    NOUN_CUES,
    RELEASE_VERBS,
    SPEECH_VERBS,
)
from .quotes import Quote

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSAL_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "dative"})
CONTENT_PREPS = frozenset({"about", "of", "for", "on", "against", "over", "to"})
# Children left out of a source noun phrase: "the AP on the 20th", "X, who ...".
SOURCE_DROP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advmod", "cc", "conj"})
SOURCE_KEEP_PREPS = frozenset({"of", "for", "at", "from", "with", "in"})
INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp"})
LOOSE_SUBJECT_DEPS = frozenset({"npadvmod", "dep", "nmod", "appos"})
MAX_INHERIT_STEPS = 4  # how far up "saying"/"adding" looks for its speaker
MAX_QUOTE_GAP = 60  # characters between a cue and the quote it introduces
QUOTE_GAP = re.compile(r"^[^\"“”„‟«».!?]{0," + str(MAX_QUOTE_GAP) + "}$")
PUNCT_GAP = re.compile(r"^[\s,;:\-–—]*$")
EDGE_CHARS = " \t\r\n,;:-–—"
QUOTE_MARKS = frozenset('"“”„‟«»')
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
MAX_COLON_SOURCE = 4  # "Sen. Ted Cruz:" at most; a longer lead-in is not a speaker
MIN_COLON_CONTENT = 3
COLON_SKIP = frozenset({"update", "note", "editor", "photo", "video", "watch", "read", "q", "a"})
SIGNOFF = re.compile(r"[—―–]\s*([A-Z][^\n()—―–<>]{1,60}?)\s*\((@\w+)\)")
DASHES = "—―–"
# A quote ending a line and signed with a dash and a name: "“...” ― Sonya Herridge".
BYLINE_QUOTE = re.compile(
    r"(?<=[”\".!?])[ \t]*[—―][ \t]*([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4})[ \t]*(?:,[^\n]{0,80})?$",
    re.MULTILINE,
)
MIN_SIGNOFF_CONTENT = 8  # characters of post text before the sign-off
SEEM_VERBS = frozenset({"seem", "appear"})
UNSURE_VERBS = frozenset({"confirm", "verify", "corroborate", "authenticate"})


@dataclass(slots=True)
class Attribution:
    """One attribution as offsets; the stage turns it into a record ``Claim``."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None = None
    source_head: tuple[int, int] | None = None  # the head word: who the source names
    hedged: bool = False
    kind: str = "speech"  # speech | quote | according | hedge | release
    cue_token: int | None = None
    pronoun: str | None = None  # "he", "it", ...: to be resolved to an earlier source
    via_tokens: list[int] = field(default_factory=list)  # cue tokens of "according to X"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without edge spaces and connective punctuation (quote marks stay)."""
    return trim_offsets(text, start, end, EDGE_CHARS)


def _tokens_span(tokens: list[Token]) -> tuple[int, int]:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _subtree_span(tok: Token, stop_at: Token | None = None) -> tuple[int, int]:
    """The characters of ``tok``'s subtree, cut before ``stop_at`` when it lies inside."""
    toks = [t for t in tok.subtree if stop_at is None or t.i < stop_at.i]
    return _tokens_span(toks or [tok])


def _np_span(tok: Token) -> tuple[int, int]:
    """A source noun phrase: the head with its modifiers, without clauses and asides."""
    left, right = noun_phrase(tok, SOURCE_DROP_DEPS, SOURCE_KEEP_PREPS)
    doc = tok.doc
    sent = tok.sent
    left, right = max(left, sent.start), min(right, sent.end - 1)
    while left < tok.i and ("\n" in doc[left].text or "\n" in doc[left].whitespace_
                            or doc[left].text in QUOTE_MARKS):
        left += 1
    span = doc[left : right + 1]
    for i in range(tok.i - 1, left - 1, -1):  # nothing before a line break or a quote mark
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or doc[i].text in QUOTE_MARKS:
            span = doc[i + 1 : right + 1]
            break
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span.start_char, span.end_char


def _subject(tok: Token) -> Token | None:
    return subject_child(tok, SUBJECT_DEPS)


def _agent(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _inherited_subject(tok: Token) -> Token | None:
    """The speaker of "..., saying" / "and added" / "by telling": the subject of a
    governing verb (or the noun a relative clause hangs on)."""
    cur = tok
    for _ in range(MAX_INHERIT_STEPS):
        if cur.dep_ == "relcl":  # "Smith, who said ..."
            return cur.head
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in MEDIA_OBJECTS:
            owner = cur.head.head  # "released a statement saying ..."
            subj = _subject(owner) if owner.pos_ in ("VERB", "AUX") else None
            return subj or cur.head
        if cur.dep_ not in INHERIT_DEPS or cur.head is cur:
            return None
        cur = cur.head
        if cur.dep_ == "prep" and cur.head is not cur:  # "by telling": through the preposition
            cur = cur.head
        subj = _subject(cur)
        if subj is not None:
            return subj
    return None


def _left_noun(tok: Token) -> Token | None:
    """A misparsed subject: a noun on the verb's left the parser hung on it otherwise."""
    for child in tok.children:
        if child.i < tok.i and child.dep_ in LOOSE_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN"):
            return child
    return None


class QuoteBook:
    """The document's quotes and which of them a cue has already taken."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self.taken: set[int] = set()
        self.home: int | None = None  # start of the quote the current cue stands in

    def at_cue(self, offset: int) -> None:
        """A cue inside a quote ("I would say this") never takes its own quote."""
        self.home = next((q.start for q in self.quotes if q.start < offset < q.end), None)

    def _free(self, q: Quote) -> bool:
        return q.start not in self.taken and q.start != self.home

    def after(self, pos: int, limit: int) -> Quote | None:
        """A free quote opening soon after ``pos`` (": “...", ", “...", "in a statement, “")."""
        for q in self.quotes:
            if q.start < pos or not self._free(q):
                continue
            if q.start > limit:
                return None
            gap = self.text[pos : q.start]
            return q if QUOTE_GAP.match(gap) and "\n\n" not in gap else None
        return None

    def before(self, pos: int) -> Quote | None:
        """A free quote closing right before ``pos`` with only punctuation between."""
        for q in reversed(self.quotes):
            if q.end > pos:
                continue
            if not self._free(q):
                return None
            return q if PUNCT_GAP.match(self.text[q.end : pos]) else None
        return None

    def overlapping(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if q.start < end and start < q.end and self._free(q)]

    def take(self, q: Quote) -> None:
        self.taken.add(q.start)


class SpeechFinder:
    """Finds every attribution in one parsed document."""

    def __init__(self, doc: Doc, quotes: list[Quote], model: CueModel | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.book = QuoteBook(self.text, quotes)
        self.used_tokens: set[int] = set()
        self.model = model
        self.features = candidate_features(doc, quotes) if model is not None else {}

    def _is_cue(self, tok: Token, lemma: str, words: frozenset[str]) -> bool:
        """The classifier's call when it is loaded, else the word list's."""
        if self.model is None:
            return lemma in words
        feats = self.features.get(tok.i)
        return feats is not None and self.model.is_cue(feats)

    def find(self) -> list[Attribution]:
        found: list[Attribution] = []
        for sent in self.doc.sents:
            headline = self._colon(sent)
            if headline is not None:
                found.append(headline)
            for tok in sent:
                if tok.i in self.used_tokens:
                    continue
                self.book.at_cue(tok.idx)
                attr = self._at(tok, sent)
                if attr is not None:
                    found.append(attr)
        found.extend(self._signoffs())
        return found

    def _signoffs(self) -> list[Attribution]:
        """Embedded posts signed "... — Name (@handle) date": the post is Name's."""
        out: list[Attribution] = []
        matches = list(SIGNOFF.finditer(self.text)) + list(BYLINE_QUOTE.finditer(self.text))
        seen: set[int] = set()
        for match in sorted(matches, key=lambda m: m.start()):
            dash = match.start() + match.group(0).index(next(c for c in match.group(0) if c in DASHES))
            if dash in seen:
                continue
            seen.add(dash)
            line_start = max(self.text.rfind("\n", 0, dash), self.text.rfind(">", 0, dash)) + 1
            content = _trim(self.text, line_start, dash)
            if content[1] - content[0] < MIN_SIGNOFF_CONTENT:
                continue
            name_start, name_end = match.span(1)
            source_end = match.end(2) + 1 if match.re is SIGNOFF else name_end
            out.append(Attribution(
                content=content, cue=(dash, dash + 1), source=(name_start, source_end),
                source_head=(name_start, name_end), kind="signoff",
            ))
        return out

    # -- dispatch -------------------------------------------------------------------
    def _at(self, tok: Token, sent: Span) -> Attribution | None:
        lower = tok.lower_
        if lower == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return self._according(tok, sent)
        if lower in HEDGE_ADVERBS and tok.dep_ == "advmod":
            return self._hedge_adverb(tok)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and self._is_cue(tok, lemma, NOUN_CUES):
            return self._noun(tok)
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod":
            return None
        if lemma in RELEASE_VERBS:
            found = self._release(tok)
            if found is not None:
                return found
        hedge = lemma in SEEM_VERBS or (lemma in HEDGE_PASSIVES and marked_passive(tok))
        # "According to the AP, spokeswoman X said ...": annotated corpora mark only the
        # outer cue, but the speaker is X and the AP a link of the chain; keep both.
        relayed = lemma in SPEECH_VERBS and any(c.lower_ == "according" for c in tok.children)
        if hedge or relayed or self._is_cue(tok, lemma, SPEECH_VERBS | CLAUSAL_VERBS):
            return self._verb(tok, lemma, sent)
        return None

    # -- cue kinds ------------------------------------------------------------------
    def _colon(self, sent: Span) -> Attribution | None:
        """ "Clinton: I support statehood." / "Bush: “...”": a name, a colon, the words."""
        words = [t for t in sent if not t.is_space]
        colon = next((t for t in words[: MAX_COLON_SOURCE + 1] if t.text == ":"), None)
        if colon is None or colon.i == words[0].i:
            return None
        before = [t for t in words if t.i < colon.i]
        after = [t for t in words if t.i > colon.i and not t.is_punct]
        if len(after) < MIN_COLON_CONTENT or not before[0].text[:1].isupper():
            return None
        if not all(t.pos_ in ("PROPN", "NOUN") or t.text in ("’s", "'s", ".") for t in before):
            return None
        if len(before[-1].text) < 2 or before[-1].lower_ in COLON_SKIP:
            return None
        end = max(t.idx + len(t) for t in words)
        content = self._strip_final_stop(*_trim(self.text, colon.idx + 1, end))
        if content[1] <= content[0]:
            return None
        source = _tokens_span(before)
        head = before[-1]
        return Attribution(
            content=self._widen_to_quotes(*content), cue=(colon.idx, colon.idx + 1),
            source=source, source_head=(head.idx, head.idx + len(head)), kind="colon",
            cue_token=colon.i,
        )

    def _according(self, tok: Token, sent: Span) -> Attribution | None:
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        phrase_start, phrase_end = _tokens_span(list(tok.subtree) + list(to.subtree))
        s_start, s_end = sent.start_char, sent.end_char
        if phrase_start - s_start <= s_end - phrase_end:
            content = _trim(self.text, phrase_end, s_end)
        else:
            content = _trim(self.text, s_start, phrase_start)
        content = self._strip_final_stop(*content)
        while content[0] < content[1] and self.text[content[0]] in ")]" + EDGE_CHARS:
            content = (content[0] + 1, content[1])
        if content[1] <= content[0]:
            return None
        content = self._widen_to_quotes(*content, take=False)
        return Attribution(
            content=content,
            cue=(tok.idx, to.idx + len(to)),
            source=_np_span(pobj),
            source_head=(pobj.idx, pobj.idx + len(pobj)),
            kind="according",
            cue_token=tok.i,
            pronoun=pobj.lower_ if pobj.lower_ in PRONOUNS else None,
        )

    def _noun(self, tok: Token) -> Attribution | None:
        """ "his warning that ...", "a call for ...": content is the clause or the object."""
        comp = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                     and any(m.dep_ == "mark" for m in c.children)), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
                     and c.lower_ in CONTENT_PREPS), None)
        if comp is not None:
            content = _subtree_span(comp)
            cue = (tok.idx, tok.idx + len(tok))
        elif prep is not None:
            pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                return None
            content = _subtree_span(pobj)
            cue = (tok.idx, prep.idx + len(prep))
        else:
            return None
        content = self._strip_final_stop(*_trim(self.text, *content))
        if content[1] <= content[0]:
            return None
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if source is None and tok.dep_ in ("dobj", "pobj"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            source = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        attr = Attribution(content=self._widen_to_quotes(*content), cue=cue, kind="noun",
                           cue_token=tok.i)
        return self._with_source(attr, source)

    def _hedge_adverb(self, tok: Token) -> Attribution | None:
        head = tok.head
        start, end = _trim(self.text, *_subtree_span(head))
        start, end = self._strip_final_stop(start, end)
        if end <= start:
            return None
        return Attribution(
            content=(start, end), cue=(tok.idx, tok.idx + len(tok)),
            hedged=True, kind="hedge", cue_token=tok.i,
        )

    def _release(self, tok: Token) -> Attribution | None:
        obj = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MEDIA_OBJECTS),
            None,
        )
        if obj is None:
            return None
        subj = _subject(tok) if not marked_passive(tok) else _agent(tok)
        acl = next(
            (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in SPEECH_VERBS), None
        )
        if acl is not None:
            self.used_tokens.add(acl.i)
            cue = (tok.idx, acl.idx + len(acl))
            parts = [t for c in acl.children if c.dep_ not in ("punct", "advmod") for t in c.subtree]
            content = _tokens_span(parts) if parts else _subtree_span(obj)
        else:
            cue = (tok.idx, tok.idx + len(tok))
            content = _subtree_span(obj)
        content = self._widen_to_quotes(*_trim(self.text, *content))
        return self._with_source(
            Attribution(content=content, cue=cue, kind="release", cue_token=tok.i), subj
        )

    def _verb(self, tok: Token, lemma: str, sent: Span) -> Attribution | None:
        clausal = [c for c in tok.children if c.dep_ in CLAUSAL_DEPS]
        subj = _subject(tok)
        passive = marked_passive(tok)
        if passive and lemma in HEDGE_PASSIVES:
            hedge = self._hedge_passive(tok, subj, clausal)
            if hedge is not None:
                return hedge
        if lemma in SEEM_VERBS:
            return self._seem(tok, subj, clausal)
        if lemma in UNSURE_VERBS and any(c.dep_ == "neg" for c in tok.children):
            return None  # "could not confirm ...": a verification, not a claim
        source_tok = _agent(tok) if passive else subj
        if source_tok is None and subj is None:
            source_tok = _inherited_subject(tok) or _left_noun(tok)
        if passive and source_tok is None:
            return None  # "was told", "was asked": the speaker is elsewhere
        cue = self._cue_span(tok)
        content = self._content(tok, lemma, clausal, subj, sent)
        if content is None:
            return None
        attr = Attribution(content=content, cue=cue, kind="speech", cue_token=tok.i)
        return self._with_source(attr, source_tok)

    def _hedge_passive(
        self, tok: Token, subj: Token | None, clausal: list[Token]
    ) -> Attribution | None:
        """ "It is said that X" and "X is said to have ...": no source, hedged."""
        if subj is not None and subj.lower_ == "it" and clausal:
            comp = clausal[0]
            mark = next((c for c in comp.children if c.dep_ == "mark" and c.i < comp.i), None)
            cue_end_tok = mark if mark is not None and mark.i > tok.i else tok
            content = _trim(self.text, *_subtree_span(comp))
            if mark is not None:
                content = _trim(self.text, mark.idx + len(mark), content[1])
            content = self._strip_final_stop(*content)
            return Attribution(
                content=self._widen_to_quotes(*content, take=False),
                cue=(subj.idx, cue_end_tok.idx + len(cue_end_tok)),
                hedged=True, kind="hedge", cue_token=tok.i,
            )
        xcomp = next((c for c in clausal if c.dep_ == "xcomp"), None)
        if subj is not None and xcomp is not None and _agent(tok) is None:
            start = _subtree_span(subj)[0]
            end = _subtree_span(xcomp)[1]
            return Attribution(
                content=self._strip_final_stop(*_trim(self.text, start, end)),
                cue=self._cue_span(tok), hedged=True, kind="hedge", cue_token=tok.i,
            )
        return None

    def _seem(self, tok: Token, subj: Token | None, clausal: list[Token]) -> Attribution | None:
        """ "X seems to ...": an attribution without a source (the writer's impression)."""
        if subj is None or not clausal:
            return None
        start = _subtree_span(subj)[0]
        end = max(_subtree_span(c)[1] for c in clausal)
        return Attribution(
            content=self._strip_final_stop(*_trim(self.text, start, end)),
            cue=self._cue_span(tok), hedged=True, kind="hedge", cue_token=tok.i,
        )

    # -- pieces ---------------------------------------------------------------------
    def _cue_span(self, tok: Token) -> tuple[int, int]:
        """The verb with its particle or content preposition ("pointed out", "called for")."""
        end_tok = tok
        for child in tok.children:
            if child.i == end_tok.i + 1 and (
                child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in CONTENT_PREPS)
            ):
                end_tok = child
        return tok.idx, end_tok.idx + len(end_tok)

    def _content(
        self, tok: Token, lemma: str, clausal: list[Token], subj: Token | None, sent: Span
    ) -> tuple[int, int] | None:
        clause_start = min(tok.idx, subj.left_edge.idx if subj is not None else tok.idx)
        cue_end = self._cue_span(tok)[1]
        after = self.book.after(cue_end, cue_end + MAX_QUOTE_GAP)
        before = self.book.before(clause_start)
        outer_clausal = [
            c for c in clausal
            if not any(q.start <= c.idx < q.end for q in self.book.overlapping(*_subtree_span(c)))
        ]
        if after is not None and not (outer_clausal and outer_clausal[0].i < after.start):
            self.book.take(after)
            start = after.start
            if before is not None and self.text[before.start : before.end].rstrip("\"“”„‟«» ")[-1:] in ",—-":
                self.book.take(before)
                start = before.start
            return start, after.end
        if before is not None and not outer_clausal:
            self.book.take(before)
            return before.start, before.end
        if clausal:
            comp = clausal[0] if len(clausal) == 1 else min(clausal, key=lambda c: c.i)
            end_comp = max(clausal, key=lambda c: c.i)
            start = _subtree_span(comp)[0]
            end = _subtree_span(end_comp, stop_at=self._nested_cue(end_comp))[1]
            if start < tok.idx < end:  # a parenthetical cue inside its own content
                start, end = _subtree_span(comp)
            span = self._strip_final_stop(*_trim(self.text, start, end))
            return self._widen_to_quotes(*span) if span[1] > span[0] else None
        objects = [
            c for c in tok.children
            if c.dep_ in OBJECT_DEPS and not (c.dep_ == "dobj" and lemma in ADDRESSEE_VERBS)
        ]
        if objects:
            start = min(_subtree_span(c)[0] for c in objects)
            end = max(_subtree_span(c)[1] for c in objects)
            return self._widen_to_quotes(*self._strip_final_stop(*_trim(self.text, start, end)))
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.i > tok.i),
            None,
        )
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
        if pobj is not None and lemma not in ADDRESSEE_VERBS:
            span = _trim(self.text, *_subtree_span(pobj))
            return self._widen_to_quotes(*self._strip_final_stop(*span))
        return self._parenthetical(tok, subj, sent)

    def _parenthetical(self, tok: Token, subj: Token | None, sent: Span) -> tuple[int, int] | None:
        """ "The plant fell, it said." / "The plant, it said, fell.": the rest of the sentence."""
        if subj is None:
            return None
        left = min(subj.left_edge.i, tok.i)
        if left <= sent.start or not self.doc[left - 1].is_punct:
            return None
        span = _trim(self.text, sent.start_char, self.doc[left - 1].idx)
        if span[1] - span[0] < 2:
            return None
        quote = self.book.overlapping(*span)
        if quote:
            self.book.take(quote[0])
        return span

    def _nested_cue(self, comp: Token) -> Token | None:
        """A reporting "saying"/"adding" clause hanging off the content: content stops there."""
        for desc in comp.subtree:
            if (
                desc.dep_ == "advcl" and desc.i > comp.i and desc.head.i >= comp.i
                and desc.lemma_.lower() in SPEECH_VERBS and desc.tag_ == "VBG"
            ):
                left = desc.left_edge
                while left.i > comp.i and self.doc[left.i - 1].is_punct:
                    left = self.doc[left.i - 1]
                return left
        return None

    def _strip_final_stop(self, start: int, end: int) -> tuple[int, int]:
        while end > start and self.text[end - 1] in ".!?" + EDGE_CHARS:
            end -= 1
        return start, end

    def _widen_to_quotes(self, start: int, end: int, take: bool = True) -> tuple[int, int]:
        """Content that runs into a quote takes the whole quote (it may run on).

        Only a speaker's own cue ``take``s the quote; "according to" and hedges leave it
        for the "said" that introduces it.
        """
        for q in self.book.overlapping(start, end):
            if take:
                self.book.take(q)
            start, end = min(start, q.start), max(end, q.end)
        return start, end

    def _with_source(self, attr: Attribution, source_tok: Token | None) -> Attribution | None:
        if source_tok is None:
            return attr
        attr.source = _np_span(source_tok)
        attr.source_head = (source_tok.idx, source_tok.idx + len(source_tok))
        if source_tok.lower_ in PRONOUNS:
            attr.pronoun = source_tok.lower_
        return attr


def find_attributions(
    doc: Doc, quotes: list[Quote], model: CueModel | None = None
) -> list[Attribution]:
    """Every attribution in ``doc``, in text order of the cue."""
    found = SpeechFinder(doc, quotes, model).find()
    return sorted(found, key=lambda a: (a.cue or a.content)[0])
