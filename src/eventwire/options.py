"""One options object instead of the same keyword arguments on every function."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # inputs over 20 MB are refused, not read
DEFAULT_BATCH_SIZE = 32  # nlp.pipe batch size (see bench/bench_pipeline.py)
DEFAULT_DOC_SECONDS = 300.0  # extraction stages of one document; past this it is a named error
DEFAULT_DUPLICATE_THRESHOLD = 0.5  # MinHash Jaccard; measured: clean/duplicates.py docstring


SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_url(target: str | Path) -> bool:
    """A database server's URL (PostgreSQL), not a SQLite file path."""
    return str(target).startswith(SERVER_SCHEMES)


def default_db_path() -> Path | str:
    """Where the store lives unless ``--db`` says otherwise: a SQLite file, or a PostgreSQL
    URL (kept a string: a URL is no path)."""
    env = os.environ.get("EVENTWIRE_DB")
    if env:
        return env if is_server_url(env) else Path(env)
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "eventwire" / "eventwire.db"


@dataclass(slots=True)
class Options:
    """Everything a run can be told; each stage reads the fields it needs."""

    clean: bool = True  # False: ``text`` is already clean and kept byte for byte
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE
    favor_precision: bool = True  # trafilatura's precision mode for HTML pages
    detect_duplicates: bool = True
    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD  # Jaccard at which a page is a copy
    language: str = "en"  # the language the extractors read
    model: str | None = None  # spaCy model name; None = prefer en_core_web_sm
    kb_paths: list[Path] = field(default_factory=list)  # user knowledge-base files
    stages: tuple[str, ...] = ("entities", "geo", "events", "claims")
    workers: int = 1  # processes for parsing + extraction (cleaning stays in the main one)
    dask: str | None = None  # "local:N" or "tcp://host:port": extraction on a Dask cluster
    doc_seconds: float | None = DEFAULT_DOC_SECONDS  # None: no time budget
    # True: rows the learned check (events/eventness.py) judges no event are dropped: fewer
    # non-events on broad news, a few real events too (docs/events.md has the figures);
    # False keeps every row the rules make
    strict_rows: bool = True

    def extraction_key(self) -> str:
        """What besides a document's cleaned text decides its record: eventwire's version, the
        model, the language, the stages, the row check and the knowledge-base files (by size
        and time of change). Stored with each record, so a --dask rerun skips a document only
        when neither it nor these changed (one process re-extracts and compares records)."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            release = version("eventwire")
        except PackageNotFoundError:  # run from a source tree that is not installed
            release = "source"
        kbs = []
        for path in self.kb_paths:
            try:
                st = Path(path).stat()
                kbs.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                kbs.append(f"{path}:missing")
        return "\x1f".join([release, str(self.model), self.language, ",".join(self.stages),
                            str(self.strict_rows), *kbs])
