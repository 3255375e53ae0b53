"""Finding mentions in a parsed document: NER spans, KB aliases, parentheses, nominals.

Everything here works on one spaCy ``Doc`` and returns :class:`Mention` candidates with
character offsets into the document text; :mod:`.stage` links and groups them. The
alias matcher is a ``PhraseMatcher`` built once per knowledge base and vocabulary and
run on the Doc; the shared ``nlp`` object is never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .kb import KBEntry, KnowledgeBase, normalize

# spaCy label -> eventwire entity type; labels not listed are not entities here.
SPACY_TO_TYPE = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FACILITY",
    "NORP": "NORP",
}
LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Words spaCy sometimes drags into the end of a name ("the Associated Press on").
TRAILING_WORDS = frozenset({"on", "in", "at", "of", "for", "to", "and", "said", "says"})
POSSESSIVE = re.compile(r"['’]s?$")
# "Crimean (Krum) peninsula": a name, a parenthesized variant, then the name's head.
PAREN_COMPOUND = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\(\s*([A-Z][\w'’ .-]{0,40}?)\s*\)\s*([A-Za-z]+)"
)
# "the Islamic State (ISIS)", "Crimea (Krym)": the parenthesis renames what precedes it.
PAREN_ALIAS = re.compile(r"\s*\(\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\)")
MAX_NOMINAL_WORDS = 3


@dataclass(slots=True)
class Mention:
    """A stretch of text that may name something, and what it was linked to."""

    start: int
    end: int
    text: str
    label: str  # type hint: an ENTITY_TYPES value
    origin: str  # ner | kb | paren | nominal | anaphor | surname
    lookup: str = ""  # the words to look up, when they differ from ``text``
    entry: KBEntry | None = None
    score: float = 0.0
    priority: int = 0
    same_as: Mention | None = None  # grouped with this mention (parentheses, coreference)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return normalize(self.lookup or self.text)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Mention) -> bool:
        return self.start <= other.start and other.end <= self.end


def trim_tokens(span: Span) -> tuple[int, int] | None:
    """Token bounds of a name without leading articles, possessives or stray words."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].lower_ in TRAILING_WORDS
        or doc[end - 1].is_punct
        or doc[end - 1].is_space  # the recognizer may sweep in a headline's blank line ("In Mali")
        or POSSESSIVE.fullmatch(doc[end - 1].text)
    ):
        end -= 1
    return (start, end) if start < end else None


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``[start, end)``."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def ner_mentions(doc: Doc, text: str) -> list[Mention]:
    """spaCy's named entities of the kinds we keep, trimmed (``text`` is ``doc.text``)."""
    out = []
    for ent in doc.ents:
        label = SPACY_TO_TYPE.get(ent.label_)
        if label is None:
            continue
        bounds = trim_tokens(ent)
        if bounds is None:
            continue
        start, end = char_bounds(doc, *bounds)
        if not any(c.isupper() for c in text[start:end]):
            continue  # "china plates": spaCy's guess on a lowercase word
        out.append(Mention(start, end, text[start:end], label, "ner"))
    return out


class AliasMatcher:
    """A case-insensitive PhraseMatcher over every KB alias, with case rules after."""

    def __init__(self, kb: KnowledgeBase, nlp_vocab) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        patterns: set[str] = set()
        for entry in kb:  # every spelling, not one per normalized key: "Myanmar's junta"
            for alias in (*entry.all_names, *entry.weak_aliases):
                patterns.update({alias.lower(), alias.replace("'", "’").lower()})
        self._patterns = sorted(patterns)

    def build(self, make_doc) -> None:
        """Tokenize the patterns once (needs the pipeline's tokenizer)."""
        docs = []
        for text in self._patterns:
            docs.append(make_doc(text))
        for i in range(0, len(docs), 1000):
            chunk = docs[i:i + 1000]
            self.matcher.add("KB", chunk)

    def __call__(self, doc: Doc, doc_text: str) -> list[Mention]:
        spans = [doc[s:e] for _, s, e in self.matcher(doc)]
        out = []
        for span in filter_spans(spans):
            bounds = trim_tokens(span)
            if bounds is None:
                continue
            start, end = char_bounds(doc, *bounds)
            text = doc_text[start:end]
            if not self._case_ok(doc, span, text):
                continue
            out.append(Mention(start, end, text, "OTHER", "kb"))
        return out

    @staticmethod
    def _case_ok(doc: Doc, span: Span, text: str) -> bool:
        """Proper-name case: a lowercase 'china' or 'chad' is a word, not a country."""
        first = next((c for c in text if c.isalpha()), "")
        if not first:
            return False
        letters = [c for c in text if c.isalpha()]
        if len(span) == 1 and len(letters) <= 6 and text.isupper():
            return True
        if not first.isupper():
            return False
        if len(span) == 1 and not text[0].isupper():
            return False
        return True


def paren_compounds(text: str, kb: KnowledgeBase) -> list[Mention]:
    """``Crimean (Krum) peninsula`` -> one mention of Crimea that covers the variant."""
    out = []
    for m in PAREN_COMPOUND.finditer(text):
        outer = f"{m.group(1)} {m.group(3)}"
        entry = kb.exact(outer)
        if entry is None:
            continue
        out.append(Mention(m.start(1), m.end(3), text[m.start(1):m.end(3)], entry.type,
                           "paren", lookup=outer, entry=entry, score=100.0, priority=6))
    return out


def paren_alias_after(text: str, mention: Mention) -> tuple[int, int] | None:
    """Offsets of a parenthesized name right after ``mention`` ("ISIS" in "(ISIS)")."""
    m = PAREN_ALIAS.match(text, mention.end)
    if m is None:
        return None
    return m.start(1), m.end(1)


def nominal_phrases(
    doc: Doc, kb: KnowledgeBase, chunks: list[Span]
) -> list[tuple[Span, str, Span]]:
    """Noun chunks ending in a KB nominal head: (chunk, head phrase key, modifier span).

    ``the last defenders`` -> head ``defenders``, modifier ``last``; ``the Russian army``
    -> head ``army``, modifier ``Russian``.
    """
    heads = kb.nominal_index.keys() | kb.nominal_bare_index.keys()
    last_words = {h.split()[-1] for h in heads}
    out = []
    for chunk in chunks:
        if chunk[-1].lower_ not in last_words and chunk[-1].lemma_.lower() not in last_words:
            continue  # cheap test first: most noun chunks end in no KB head noun
        start = chunk.start
        while start < chunk.end - 1 and doc[start].lower_ in LEADING_WORDS:
            start += 1
        words = [t.lower_ for t in doc[start:chunk.end]]
        lemma_last = chunk[-1].lemma_.lower()
        for size in range(min(MAX_NOMINAL_WORDS, len(words)), 0, -1):
            phrase = normalize(" ".join(words[-size:]))
            if phrase not in heads:
                phrase = normalize(" ".join([*words[-size:-1], lemma_last]))
            if phrase in heads:
                out.append((doc[start:chunk.end], phrase, doc[start:chunk.end - size]))
                break
    return out
