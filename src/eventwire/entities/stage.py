"""The entity stage: mentions of one document grouped into linked entities."""

from __future__ import annotations

from typing import ClassVar

from ..options import Options
from ..record import Record
from .kb import KnowledgeBase, load_kb
from .linker import DocumentLinker
from .mentions import AliasMatcher, ner_mentions, paren_compounds


class EntityStage:
    """Fills ``record.entities`` from ``record.doc`` and the knowledge base.

    The KB and its alias matcher are built once per stage (the KB once per process),
    so a document costs one PhraseMatcher pass and a few dictionary lookups per mention.
    """

    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, options: Options, kb: KnowledgeBase | None = None) -> None:
        self.options = options
        self.kb = kb if kb is not None else load_kb(options.kb_paths)
        self._matchers: dict[int, AliasMatcher] = {}

    def _matcher(self, vocab) -> AliasMatcher:
        matcher = self._matchers.get(id(vocab))
        if matcher is None:
            from ..nlp.model import load_model

            matcher = AliasMatcher(self.kb, vocab)
            matcher.build(load_model(self.options.model).make_doc)
            self._matchers[id(vocab)] = matcher
        return matcher

    def __call__(self, record: Record) -> Record:
        doc, text = record.doc, record.document.text
        if doc.text != text:  # a Doc of some other text: offsets would not point into ours
            raise ValueError("record.doc does not match document.text")
        linker = DocumentLinker(self.kb, doc, text)
        record.entities = linker.run(
            ner_mentions(doc, text), self._matcher(doc.vocab)(doc, text),
            paren_compounds(text, self.kb),
        )
        return record
