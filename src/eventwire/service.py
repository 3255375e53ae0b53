"""The library API the CLI and HTTP layers call: extract records, ingest them into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .ingest import RawDocument, read_inputs
from .options import Options
from .pipeline import Pipeline
from .record import Record, input_hash
from .scaleout import AlreadyStored
from .store import Store, WriteResult


def extract(inputs: Iterable[str], options: Options, pipeline: Pipeline | None = None
            ) -> Iterator[Record | InputError]:
    """Records (and input errors) for files, folders or '-' (stdin), in input order."""
    pipeline = pipeline or Pipeline(options)
    return pipeline.run(read_inputs(inputs, options.max_bytes), workers=options.workers)


@dataclass(slots=True)
class IngestSummary:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: int = 0
    events: int = 0
    entities: int = 0
    errors: list[InputError] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    already_stored: int = 0  # stored and unchanged: skipped by a --dask rerun without being parsed

    @property
    def documents(self) -> int:
        return self.inserted + self.updated + self.unchanged + self.already_stored


def ingest(
    inputs: Iterable[str],
    store: Store,
    options: Options,
    on_item: Callable[[Any], None] | None = None,
    pipeline: Pipeline | None = None,
) -> IngestSummary:
    """Extract and store every document; each one commits on its own. Copy detection starts
    from the store's originals, so a copy ingested in a later run is still a copy."""
    if options.dask:
        return ingest_on_dask(inputs, store, options, on_item)
    pipeline = pipeline or Pipeline(options)
    if options.detect_duplicates:
        pipeline.duplicates.preload(store.signatures())
    return store_items(extract(inputs, options, pipeline), store, on_item, options.extraction_key())


def ingest_on_dask(inputs: Iterable[str], store: Store, options: Options,
                   on_item: Callable[[Any], None] | None = None) -> IngestSummary:
    """Ingest with extraction on a Dask cluster (``options.dask``): this process plans the
    shards, checks for copies and writes; a document stored with the same cleaned text and
    extraction settings is skipped without being parsed (a rerun after a kill picks up where
    it stopped; an edited document is read again). See :mod:`eventwire.scaleout`."""
    from .clean.duplicates import DuplicateFinder
    from .scaleout import dask_items

    assert options.dask
    finder = DuplicateFinder(options.duplicate_threshold)
    if options.detect_duplicates:
        finder.preload(store.signatures())

    def check_copy(record: Record) -> None:
        if options.detect_duplicates:
            finder.mark_copy(record)

    key = options.extraction_key()
    items = dask_items(inputs, options, options.dask, store.input_hashes(), key, check_copy)
    return store_items(items, store, on_item, key)


def ingest_documents(raws: Iterable[RawDocument | InputError], store: Store, pipeline: Pipeline,
                     on_item: Callable[[Record | InputError], None] | None = None) -> IngestSummary:
    """Extract and store documents already read (the HTTP layer's posted batch)."""
    return store_items(pipeline.run(raws), store, on_item, pipeline.options.extraction_key())


def store_items(items: Iterable[Record | InputError | AlreadyStored], store: Store,
                on_item: Callable[[Any], None] | None = None,
                extraction_key: str | None = None) -> IngestSummary:
    """Store each record in its own transaction (with its input hash under ``extraction_key``,
    for a --dask rerun to compare); input errors, store errors and a second input with an id
    already read in this run are reported, never fatal to the batch."""
    summary = IngestSummary()
    first_seen: dict[str, str] = {}  # id -> where it came from, in this run
    for item in items:
        if isinstance(item, Record | AlreadyStored) and item.id in first_seen:
            # two inputs with one id in one run: the second would silently replace the first
            origin = item.origin if isinstance(item, AlreadyStored) else item.document.source or item.id
            item = InputError(origin, f"duplicate id {item.id!r}: already read from {first_seen[item.id]}; not stored")
        if isinstance(item, InputError):
            summary.errors.append(item)
        elif isinstance(item, AlreadyStored):
            first_seen[item.id] = item.origin
            summary.already_stored += 1
            summary.ids.append(item.id)
        else:
            first_seen[item.id] = item.document.source or item.id
            try:
                result = store.write(item, None if extraction_key is None else input_hash(item, extraction_key))
            except Exception as exc:  # a store error costs that document, not the batch
                first = str(exc).splitlines()[0] if str(exc) else ""  # not the SQL and its parameters
                item = InputError(item.document.source or item.id,
                                  f"cannot store: {type(exc).__name__}: {first}"[:300])
                summary.errors.append(item)
            else:
                setattr(summary, result.value, getattr(summary, result.value) + 1)
                summary.ids.append(item.id)
                summary.entities += len(item.entities)
                if item.document.duplicate_of:
                    summary.duplicates += 1  # its events are counted once, with its original
                else:
                    summary.events += len(item.events)
                    if item.skipped:
                        summary.skipped += 1
        if on_item:
            on_item(item)
    return summary


__all__ = ["IngestSummary", "WriteResult", "extract", "ingest", "ingest_documents", "ingest_on_dask", "store_items"]
