"""Baseline entity grouping: spaCy's mentions grouped by surface form.

The knowledge-base linker replaces this grouping (see the entities issue)."""

from __future__ import annotations

from typing import ClassVar

from ..options import Options
from ..record import Entity, Record, make_span

SPACY_TO_TYPE = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FACILITY",
    "NORP": "NORP",
}


class EntityStage:
    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, record: Record) -> Record:
        text = record.document.text
        by_key: dict[tuple[str, str], Entity] = {}
        for ent in record.doc.ents:
            etype = SPACY_TO_TYPE.get(ent.label_)
            if etype is None:
                continue
            key = (etype, ent.text.casefold())
            entity = by_key.get(key)
            if entity is None:
                entity = Entity(id=f"e{len(by_key) + 1}", name=ent.text, type=etype)
                by_key[key] = entity
            entity.mentions.append(make_span(text, ent.start_char, ent.end_char))
        record.entities = list(by_key.values())
        return record
