"""The pipeline: clean -> near-duplicate check -> spaCy -> entities -> geo -> events -> claims.

One :class:`~eventwire.record.Record` passes through every stage. Cleaning is per
document; spaCy parses in batches (``nlp.pipe``); the extraction stages run per record.
A stage that fails on one record marks the record and the batch goes on.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator

from .clean import Cleaner
from .clean.duplicates import DuplicateFinder
from .errors import InputError
from .ingest import RawDocument
from .nlp import NlpStage
from .options import Options
from .record import Record

log = logging.getLogger(__name__)

# stage name -> "module:Class"; each class takes Options and is a Stage (stage.py).
STAGE_CLASSES = {
    "entities": "eventwire.entities:EntityStage",
    "geo": "eventwire.geo:GeoStage",
    "events": "eventwire.events:EventStage",
    "claims": "eventwire.claims:ClaimStage",
}


def _load_stage(name: str, options: Options):
    """Import a stage only when it is asked for, so a run that skips one never pays for it."""
    if name not in STAGE_CLASSES:
        raise ValueError(f"unknown stage {name!r} (stages: {', '.join(STAGE_CLASSES)})")
    module_name, _, cls_name = STAGE_CLASSES[name].partition(":")
    return getattr(importlib.import_module(module_name), cls_name)(options)


class Pipeline:
    """Everything between a RawDocument and a finished Record."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.cleaner = Cleaner(self.options)
        self.duplicates = DuplicateFinder(self.options.duplicate_threshold)
        self.nlp = NlpStage(self.options.model, self.options.batch_size)
        self.stages = [_load_stage(n, self.options) for n in self.options.stages]
        self._check_order()

    def _check_order(self) -> None:
        have = {"document", "document.text", "doc"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise ValueError(f"stage {stage.name!r} needs {missing} before it")
            have.update(stage.assigns)

    def clean(self, raw: RawDocument) -> Record | InputError:
        try:
            record = self.cleaner(raw)
        except Exception as exc:  # one malformed page must not stop the batch
            return InputError(raw.origin, f"cannot clean: {type(exc).__name__}: {exc}")
        if not record.document.text.strip() and (raw.text is None or self.options.clean):
            record.skipped = "no article text found"
        elif self.options.detect_duplicates and record.skipped is None:
            original = self.duplicates.check(record.id, record.document.text)
            if original is not None:
                record.document.duplicate_of = original
                record.skipped = f"near-duplicate of {original}"
        return record

    def extract(self, record: Record) -> Record:
        """Run the extraction stages on a parsed record."""
        if record.skipped is not None or record.doc is None:
            return record
        for stage in self.stages:
            try:
                record = stage(record)
            except Exception as exc:  # a bug in one stage costs that stage, not the record
                log.exception("stage %s failed on %s", stage.name, record.id)
                record.notes.append(f"stage {stage.name} failed: {type(exc).__name__}: {exc}")
        return record

    def run(self, items: Iterable[RawDocument | InputError]) -> Iterator[Record | InputError]:
        """Records (and the input errors met on the way) in input order, batch by batch."""
        batch: list[Record | InputError] = []
        for item in items:
            batch.append(item if isinstance(item, InputError) else self.clean(item))
            if len(batch) >= self.options.batch_size:
                yield from self._finish(batch)
                batch = []
        if batch:
            yield from self._finish(batch)

    def _finish(self, batch: list[Record | InputError]) -> Iterator[Record | InputError]:
        records = [r for r in batch if isinstance(r, Record)]
        parsed = iter(self.nlp.pipe(records))
        for item in batch:
            if isinstance(item, InputError):
                yield item
            else:
                yield self.extract(next(parsed))
