"""Extraction on a Dask cluster: shards out to workers, records back to one writer.

``--dask local:N`` starts a LocalCluster of N single-threaded worker processes on this
machine; ``--dask tcp://host:port`` uses a running scheduler (its workers need eventwire and
the inputs' paths). Each worker loads the model once and keeps it; ``--doc-seconds`` holds
there as in one process (pipeline.deadline times a worker thread too). The driver plans
shards lazily (never reading an input whole), keeps at most IN_FLIGHT_PER_WORKER shards per
worker out, and writes each shard's records in input order as soon as it and the shards
before it have finished, one transaction per document: a killed run leaves every stored
document whole, and a rerun skips what is stored unchanged (the store's input hashes, id ->
record.input_hash, are sent to the workers once; a document is cleaned, and parsed only when
its hash differs: an edited text, or other extraction settings). Copy detection runs in the
driver, in input order, against the store's originals, as in one process: the same copies
and clusters however many workers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..errors import InputError
from ..options import Options
from ..record import Record, input_hash
from .shards import Shard, plan_shards, read_shard

IN_FLIGHT_PER_WORKER = 4  # shards out per worker (running, queued or done and waiting for
# an earlier one): busy workers, bounded driver memory
SCHEDULER_TIMEOUT = "20s"
_WORKER_PIPELINES: dict[Any, Any] = {}  # in each worker process: one Pipeline per options


@dataclass(frozen=True, slots=True)
class AlreadyStored:
    """A document the store holds with the same input hash; not parsed again."""

    id: str
    origin: str


def worker_pipeline(options: Options) -> Any:
    """This worker's pipeline for these options, built on first use and kept."""
    from ..pipeline import Pipeline

    key = repr(options)
    if key not in _WORKER_PIPELINES:
        _WORKER_PIPELINES[key] = Pipeline(options)
    return _WORKER_PIPELINES[key]


def extract_shard(shard: Shard, options: Options, stored: dict[str, str], key: str) -> list[Any]:
    """Read, clean and extract one shard in a worker; records come back without their Doc.
    A document stored with the same input hash (under extraction key ``key``) is left out."""
    pipeline = worker_pipeline(options)
    todo: list[Record | InputError] = []
    out: list[Any] = []
    for item in read_shard(shard, options.max_bytes):
        cleaned = item if isinstance(item, InputError) else pipeline.clean(item)
        if isinstance(cleaned, Record) and stored.get(cleaned.id) == input_hash(cleaned, key):
            out.append(AlreadyStored(cleaned.id, cleaned.document.source or cleaned.id))
        else:
            todo.append(cleaned)
    for i in range(0, len(todo), options.batch_size):
        for done in pipeline.finish(todo[i:i + options.batch_size]):
            if isinstance(done, Record):
                done.doc = None
            out.append(done)
    return out


def check_spec(spec: str) -> int | None:
    """The worker count of ``local:N`` (None for a scheduler address); ValueError naming a
    spec that is neither, before anything is opened."""
    if spec.startswith("local:"):
        count = spec.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {spec!r}: local:N needs a number of workers, 1 or more")
        return int(count)
    if spec.startswith("tcp://") and len(spec) > len("tcp://"):
        return None
    raise ValueError(f"--dask {spec!r}: expected local:N or tcp://host:port")


def connect(spec: str) -> tuple[Any, Any]:
    """(client, cluster) for ``local:N`` or a scheduler address; cluster is None for an address.
    A scheduler that does not answer is a ConnectionError naming it."""
    from distributed import Client, LocalCluster

    n = check_spec(spec)
    if n is not None:
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster), cluster
    try:
        return Client(spec, timeout=SCHEDULER_TIMEOUT), None
    except OSError as exc:
        raise ConnectionError(f"--dask {spec}: no scheduler answers ({exc})") from exc


def run_shards(shards: Iterable[Shard | InputError], options: Options, client: Any,
               stored: dict[str, str], key: str, workers: int) -> Iterator[Any]:
    """Every shard's items, in input order: a shard that finishes early waits for those
    before it, so any number of workers stores the same records in the same order as one
    process (which copy is the original, which report founds a cluster). Up to
    IN_FLIGHT_PER_WORKER shards a worker are out at once, finished or not: one slow shard
    stalls the others only once that many are done behind it."""
    worker_options = replace(options, detect_duplicates=False, workers=1)
    [stored_future] = client.scatter([stored], broadcast=True)  # one object, on every worker
    window: deque[tuple[Any, str | list[InputError]]] = deque()  # (future or None, name or items)
    planned = iter(shards)

    def refill() -> None:
        while len(window) < workers * IN_FLIGHT_PER_WORKER:
            item = next(planned, None)
            if item is None:
                return
            if isinstance(item, InputError):
                window.append((None, [item]))
            else:
                window.append((client.submit(extract_shard, item, worker_options, stored_future,
                                             key, pure=False), item.name))

    refill()
    while window:
        future, what = window.popleft()
        if future is None:
            items: list[Any] = list(what)
        else:
            try:
                items = future.result()
            except Exception as exc:  # a worker lost or a shard that raised: that shard, named
                items = [InputError(str(what), f"shard failed on its worker: "
                                               f"{type(exc).__name__}: {exc}"[:300])]
        refill()  # the next shard goes out before the driver writes this one
        yield items


def dask_items(inputs: Iterable[str], options: Options, spec: str, stored: dict[str, str], key: str,
               check_copy: Callable[[Record], None]) -> Iterator[Record | InputError | AlreadyStored]:
    """Records, input errors and documents already stored unchanged (``stored``: id -> input
    hash under extraction key ``key``) from a Dask cluster, copies marked by ``check_copy`` in
    the driver."""
    client, cluster = connect(spec)
    try:
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) or 1)
        for items in run_shards(plan_shards(inputs), options, client, stored, key, workers):
            for item in items:
                if isinstance(item, Record):
                    check_copy(item)
                yield item
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
