"""The pipeline: clean -> near-duplicate check -> spaCy -> entities -> geo -> events -> claims.

One :class:`~eventwire.record.Record` passes through every stage. Cleaning is per
document; spaCy parses in batches (``nlp.pipe``); the extraction stages run per record.
A stage that fails on one record marks the record and the batch goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import logging
import multiprocessing
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import FrameType
from typing import Any

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
        elif self.options.detect_duplicates:
            self.duplicates.mark_copy(record)
        return record

    def extract(self, record: Record) -> Record:
        """Run the extraction stages on a parsed record, within the per-document time budget
        (``Options.doc_seconds``; DocumentTimeout names the stage that ran over)."""
        if record.skipped is not None or record.doc is None:
            return record
        with deadline(self.options.doc_seconds):
            for stage in self.stages:
                record = self._run_stage(stage, record)
        return record

    @staticmethod
    def _run_stage(stage: Any, record: Record) -> Record:
        try:
            try:
                return stage(record)
            except DocumentTimeout as over:
                raise DocumentTimeout(f"over the time budget in stage {stage.name}") from over
        except DocumentTimeout:
            raise
        except Exception as exc:  # a bug in one stage costs that stage, not the record
            log.warning("%s: stage %s failed: %s: %s", record.document.source or record.id, stage.name,
                        type(exc).__name__, exc)
            log.debug("traceback", exc_info=True)
            record.notes.append(f"stage {stage.name} failed: {type(exc).__name__}: {exc}")
            return record

    def run(self, items: Iterable[RawDocument | InputError], workers: int = 1
            ) -> Iterator[Record | InputError]:
        """Records (and the input errors met on the way) in input order, batch by batch.

        With ``workers > 1`` cleaning and the near-duplicate check stay in this process
        (they need to see every document in order) and parsing + extraction of each batch
        runs in a pool of forked processes; records come back without their spaCy ``Doc``.
        """
        batches = self._cleaned_batches(items)
        if workers <= 1:
            for batch in batches:
                yield from self.finish(batch)
        else:
            yield from self._run_parallel(batches, workers)

    def _cleaned_batches(self, items: Iterable[RawDocument | InputError]) -> Iterator[list[Record | InputError]]:
        batch: list[Record | InputError] = []
        for item in items:
            batch.append(item if isinstance(item, InputError) else self.clean(item))
            if len(batch) >= self.options.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def finish(self, batch: list[Record | InputError]) -> Iterator[Record | InputError]:
        """Parse and extract a batch of cleaned records (input errors pass through), in order."""
        records = [r for r in batch if isinstance(r, Record)]
        parsed = iter(self.nlp.pipe(records))
        for item in batch:
            if isinstance(item, InputError):
                yield item
                continue
            record = next(parsed)
            try:
                yield self.extract(record)
            except DocumentTimeout as over:  # costs this document, named; the batch goes on
                yield InputError(record.document.source or record.id,
                                 f"{over} ({self.options.doc_seconds:g} s per document); not extracted")

    def _run_parallel(self, batches: Iterator[list[Record | InputError]], workers: int
                      ) -> Iterator[Record | InputError]:
        global _WORKER_PIPELINE
        _WORKER_PIPELINE = self  # inherited by the forked workers: no second model load
        context = multiprocessing.get_context("fork")
        in_flight: deque[tuple[list[Record | InputError], Future]] = deque()
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for batch in batches:
                in_flight.append((batch, pool.submit(_extract_in_worker, batch)))
                if len(in_flight) >= workers * IN_FLIGHT_PER_WORKER:
                    yield from _collect(*in_flight.popleft())
            while in_flight:
                yield from _collect(*in_flight.popleft())


class DocumentTimeout(Exception):
    """A document's extraction ran past ``Options.doc_seconds``."""

    def __init__(self, message: str = "over the time budget") -> None:
        super().__init__(message)


RETRY_SECONDS = 0.05  # the timer rings again until the timeout reaches the stage


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds``: a real-time timer's signal in a
    process's main thread, elsewhere (a Dask worker's task thread, the HTTP server's) a
    watchdog thread that raises it in this one (thread_deadline). Either way the exception
    lands between two Python bytecodes of the stage, and the timer keeps ringing every
    RETRY_SECONDS. A ring that finds a garbage collection running (another library's callbacks,
    or the weakref callbacks and finalizers the collection sets off) waits for the next one:
    raised there, the exception would be swallowed as unraisable and the callback cut short.
    A weakref callback set off by a reference count falling outside a collection is not seen."""
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        with thread_deadline(seconds):
            yield
        return

    def ring(_signum: int, frame: FrameType | None) -> None:
        if not _in_gc_callback(frame):
            raise DocumentTimeout()

    with _watch_collections():
        previous = signal.signal(signal.SIGALRM, ring)
        signal.setitimer(signal.ITIMER_REAL, float(seconds), RETRY_SECONDS)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


_COLLECTING = [False]  # set from a collection's start to its stop while a deadline is on
_WATCHERS = [0]  # deadlines on, in any thread: the callbacks stay registered while one is
_WATCH_LOCK = threading.Lock()


def _collection_started(phase: str, _info: dict) -> None:
    if phase == "start":
        _COLLECTING[0] = True


def _collection_stopped(phase: str, _info: dict) -> None:
    if phase == "stop":
        _COLLECTING[0] = False


@contextlib.contextmanager
def _watch_collections() -> Iterator[None]:
    """Know when the garbage collector runs: the weakref callbacks and finalizers a collection
    sets off (another library's: SQLAlchemy's registry cleanup) swallow an exception raised
    in them. The first callback marks the start and the last the stop, so the mark holds
    through every other callback's two phases; the callbacks are registered while any
    deadline is on, and entered before a deadline's timer is armed (and left after it is
    disarmed), so no ring can skip their removal."""
    with _WATCH_LOCK:
        if _WATCHERS[0] == 0:
            gc.callbacks.insert(0, _collection_started)
            gc.callbacks.append(_collection_stopped)
        _WATCHERS[0] += 1
    try:
        yield
    finally:
        with _WATCH_LOCK:
            _WATCHERS[0] -= 1
            if _WATCHERS[0] == 0:
                for callback in (_collection_started, _collection_stopped):
                    if callback in gc.callbacks:
                        gc.callbacks.remove(callback)
                _COLLECTING[0] = False


def _in_gc_callback(frame: FrameType | None) -> bool:
    """Whether a collection is running, or ``frame`` or a caller of it is a garbage-collector
    callback's code: a timeout raised there would be swallowed as unraisable."""
    if _COLLECTING[0]:
        return True
    codes = {getattr(getattr(cb, "__func__", cb), "__code__", None) for cb in gc.callbacks}
    codes.discard(None)
    while codes and frame is not None:
        if frame.f_code in codes:
            return True
        frame = frame.f_back
    return False


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Have ``exc`` raised in that thread at its next bytecode (None: drop one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


@contextlib.contextmanager
def thread_deadline(seconds: float) -> Iterator[None]:
    """deadline() for a thread that cannot take signals: a watchdog raises DocumentTimeout in
    it after ``seconds`` (CPython's asynchronous exception, delivered as a signal handler's
    is: between bytecodes). On the way out the watchdog is stopped and joined first, then a
    ring not yet delivered is dropped, so none reaches code after the block; a ring that
    lands while stopping is absorbed (the block had finished). No ring is sent while the
    thread runs a garbage-collector callback (see deadline())."""
    target = threading.get_ident()
    stop = threading.Event()

    def watch() -> None:
        if stop.wait(seconds):
            return
        while True:
            if not _in_gc_callback(sys._current_frames().get(target)):
                _raise_in(target, DocumentTimeout)
            if stop.wait(RETRY_SECONDS):
                return

    with _watch_collections():
        watchdog = threading.Thread(target=watch, name="eventwire-deadline", daemon=True)
        watchdog.start()
        try:
            yield
        finally:
            while True:
                try:
                    stop.set()
                    watchdog.join()
                    _raise_in(target, None)
                    break
                except DocumentTimeout:
                    continue


IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, bounded memory
_WORKER_PIPELINE: Pipeline | None = None


def _extract_in_worker(batch: list[Record | InputError]) -> list[Record | InputError]:
    """Parse and extract one batch in a worker; the Doc stays behind (it is not picklable cheaply)."""
    assert _WORKER_PIPELINE is not None
    out = list(_WORKER_PIPELINE.finish(batch))
    for item in out:
        if isinstance(item, Record):
            item.doc = None
    return out


def _collect(batch: list[Record | InputError], future: Future) -> list[Record | InputError]:
    """The worker's records, or one error per document when the worker died."""
    try:
        return future.result()
    except Exception as exc:  # a crashed worker costs its batch, reported per document
        reason = f"worker failed: {type(exc).__name__}: {exc}"
        return [item if isinstance(item, InputError) else InputError(item.document.source or item.id, reason)
                for item in batch]
