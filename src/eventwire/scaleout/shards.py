"""Inputs cut into shards a worker can read on its own, without the driver reading them whole.

A JSON Lines file is cut into ranges of lines: the driver streams through it once, counting
newlines and noting the byte offset every SHARD_LINES lines, so a shard is (path, first line,
byte range) and its documents keep their ``path:line`` names. Other files (HTML, text, feeds,
WARC) are shards of up to SHARD_FILES whole files each: a file is read by one worker, as the
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
    Item,
    _suffix,
    decode,
    input_files,
    looks_binary,
    read_file,
    read_jsonl,
)

SHARD_LINES = 64  # JSON Lines per shard: a few seconds of work, small enough to lose on a kill
SHARD_FILES = 16  # whole files per shard
SCAN_CHUNK = 1 << 20  # bytes read at a time while counting lines
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 (and UTF-32 LE, which starts the same)


@dataclass(frozen=True, slots=True)
class Shard:
    """A piece of the input one worker reads: whole files, or a line range of one file."""

    files: tuple[str, ...] = ()
    path: str = ""
    first_line: int = 1
    byte_start: int = 0
    byte_end: int = 0

    @property
    def name(self) -> str:
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
                files_per_shard: int = SHARD_FILES) -> Iterator[Shard | InputError]:
    """Shards of every input, in input order; errors for inputs that name nothing readable."""
    group: list[str] = []
    for item in _files(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        if _suffix(item) in JSONL_SUFFIXES and _splittable(item):
            if group:
                yield Shard(files=tuple(group))
                group = []
            yield from line_shards(item, lines_per_shard)
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
        yield InputError(f"{shard.path}:{shard.first_line}", f"{size:,} bytes of lines, over the "
                                                               f"{max_bytes:,}-byte limit")
        return
    try:
        with open(shard.path, "rb") as fh:
            fh.seek(shard.byte_start)
            data = fh.read(size)
    except OSError as exc:
        yield InputError(shard.path, f"cannot read: {exc.strerror or exc}")
        return
    text, note = decode(data)
    if text is None:
        yield InputError(f"{shard.path}:{shard.first_line}", note)
        return
    yield from read_jsonl(text.removesuffix("\n"), shard.path, first_line=shard.first_line)
