"""Inputs cut into shards a worker can read on its own, without the driver reading them whole.

A JSON Lines file is cut into ranges of lines: the driver streams through it once, counting
newlines and noting the byte offset every SHARD_LINES lines, so a shard is (path, first line,
byte range) and its documents keep their ``path:line`` names. A WARC is cut the same way into
runs of SHARD_RECORDS records (warcio gives each record's offset; a record of a .warc.gz is
its own gzip member, so a run can be read from its offset), and its documents keep their
``path#recordN`` names; a WARC larger than ``--max-bytes`` is thus read run by run, where one
process refuses it whole. Other files (HTML, text, feeds, a gzip WARC that is one stream) are
shards of up to SHARD_FILES whole files each: a file is read by one worker, as the
one-process reader reads it. Workers must see the same paths (one machine, or a shared disk).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest.readers import (
    BINARY_SNIFF_BYTES,
    JSONL_SUFFIXES,
    WARC_SUFFIXES,
    Item,
    _suffix,
    decode,
    input_files,
    is_html_response,
    looks_binary,
    read_file,
    read_jsonl,
    read_warc,
)

SHARD_LINES = 64  # JSON Lines per shard: a few seconds of work, small enough to lose on a kill
SHARD_FILES = 16  # whole files per shard
SHARD_RECORDS = 64  # WARC records (of any kind) per shard
GZIP_MAGIC = b"\x1f\x8b"
SCAN_CHUNK = 1 << 20  # bytes read at a time while counting lines
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 (and UTF-32 LE, which starts the same)


@dataclass(frozen=True, slots=True)
class Shard:
    """A piece of the input one worker reads: whole files, or a line range of one file."""

    files: tuple[str, ...] = ()
    path: str = ""
    first_line: int = 1  # for a WARC run: its first record's number
    byte_start: int = 0
    byte_end: int = 0
    warc: bool = False

    @property
    def name(self) -> str:
        if self.warc:
            return f"{self.path}#record{self.first_line}"
        if self.path:
            return f"{self.path}:{self.first_line}"
        return self.files[0] if len(self.files) == 1 else f"{self.files[0]} (+{len(self.files) - 1} files)"


def _files(inputs: Iterable[str]) -> Iterator[Path | InputError]:
    for item in input_files(inputs):
        if isinstance(item, str):
            yield InputError("<stdin>", "standard input cannot be shared out to workers; give a file")
        else:
            yield item


def line_shards(path: Path, lines_per_shard: int = SHARD_LINES) -> Iterator[Shard]:
    """Line ranges of a JSON Lines file, found by one streaming pass (never held whole)."""
    start, first, lines, offset = 0, 1, 0, 0
    with path.open("rb") as fh:
        while chunk := fh.read(SCAN_CHUNK):
            at = 0
            while (nl := chunk.find(b"\n", at)) >= 0:
                lines += 1
                at = nl + 1
                if lines == lines_per_shard:
                    yield Shard(path=str(path), first_line=first, byte_start=start, byte_end=offset + at)
                    start, first, lines = offset + at, first + lines_per_shard, 0
            offset += len(chunk)
    if offset > start:
        yield Shard(path=str(path), first_line=first, byte_start=start, byte_end=offset)


def warc_shards(path: Path, records_per_shard: int = SHARD_RECORDS) -> list[Shard]:
    """Runs of whole records of a WARC, found by one streaming pass; no runs when the file must
    be read whole (unreadable, one gzip stream, or no HTML response in it: one process's
    reader then says why, naming the file)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    starts: list[tuple[int, int]] = []  # (first record number, byte offset) of each run
    html = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for index, rec in enumerate(records, start=1):
                if (index - 1) % records_per_shard == 0:
                    starts.append((index, records.get_record_offset()))
                html += is_html_response(rec)
            fh.seek(0)
            if fh.read(2) == GZIP_MAGIC:
                for _, offset in starts:  # each run must open on a gzip member of its own
                    fh.seek(offset)
                    if fh.read(2) != GZIP_MAGIC:
                        return []
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError):
        return []
    if not html:
        return []
    ends = [offset for _, offset in starts[1:]] + [size]
    return [Shard(path=str(path), first_line=first, byte_start=start, byte_end=end, warc=True)
            for (first, start), end in zip(starts, ends, strict=True)]


def _splittable(path: Path) -> bool:
    """A JSON Lines file that can be cut at its newlines: not empty, not UTF-16/32 (a newline
    byte there may sit inside a character), not binary. Others are read whole, as one process
    reads them (and named as it names them: "empty file", "binary file")."""
    try:
        with path.open("rb") as fh:
            head = fh.read(BINARY_SNIFF_BYTES)
    except OSError:
        return False
    return bool(head) and not head.startswith(WIDE_BOMS) and not looks_binary(head)


def plan_shards(inputs: Iterable[str], lines_per_shard: int = SHARD_LINES,
                files_per_shard: int = SHARD_FILES,
                records_per_shard: int = SHARD_RECORDS) -> Iterator[Shard | InputError]:
    """Shards of every input, in input order; errors for inputs that name nothing readable."""
    group: list[str] = []
    for item in _files(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        runs = warc_shards(item, records_per_shard) if _suffix(item) in WARC_SUFFIXES else []
        if runs or (_suffix(item) in JSONL_SUFFIXES and _splittable(item)):
            if group:
                yield Shard(files=tuple(group))
                group = []
            yield from runs or line_shards(item, lines_per_shard)
            continue
        group.append(str(item))
        if len(group) >= files_per_shard:
            yield Shard(files=tuple(group))
            group = []
    if group:
        yield Shard(files=tuple(group))


def read_shard(shard: Shard, max_bytes: int) -> Iterator[Item]:
    """The documents (and input errors) of one shard, named as the one-process reader names them."""
    if not shard.path:
        for name in shard.files:
            yield from read_file(Path(name), max_bytes)
        return
    size = shard.byte_end - shard.byte_start
    if size > max_bytes:
        what = "records" if shard.warc else "lines"
        yield InputError(shard.name, f"{size:,} bytes of {what}, over the {max_bytes:,}-byte limit")
        return
    try:
        with open(shard.path, "rb") as fh:
            fh.seek(shard.byte_start)
            data = fh.read(size)
    except OSError as exc:
        yield InputError(shard.path, f"cannot read: {exc.strerror or exc}")
        return
    if shard.warc:
        yield from read_warc(data, shard.path, max_bytes, first_record=shard.first_line, whole=False)
        return
    text, note = decode(data)
    if text is None:
        yield InputError(shard.name, note)
        return
    yield from read_jsonl(text.removesuffix("\n"), shard.path, first_line=shard.first_line)
