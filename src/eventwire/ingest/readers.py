"""Readers for every input form. Each yields RawDocuments or InputErrors, never raises.

A bad file (binary, empty, too big, undecodable) or a bad JSONL line becomes an
:class:`~eventwire.errors.InputError` naming it; the rest of the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from .raw import RawDocument

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.10  # share of control bytes above which a file is binary
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
WARC_CHECK_LIMIT = 1 << 31  # inflated bytes read to check that a WARC.gz runs to its end
GZIP_SUFFIXES = {".html.gz", ".htm.gz", ".txt.gz", ".jsonl.gz", ".xml.gz", ".rss.gz"}

Item = RawDocument | InputError


STDIN = "-"


def input_files(paths: Iterable[str]) -> Iterator[Path | InputError | str]:
    """The files ``paths`` name, in order: a folder's input files (recursively, sorted), a
    file, ``"-"`` for stdin as it is, or an error naming what names nothing."""
    for name in paths:
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_input_name(p))
            if not files:
                yield InputError(str(path), "folder holds no input files (.html .txt .jsonl .rss .warc ...)")
            yield from files
        elif path.exists():
            yield path
        else:
            yield InputError(name, "no such file or folder")


def read_inputs(paths: Iterable[str], max_bytes: int) -> Iterator[Item]:
    """Every document in ``paths`` (files, folders, or ``-`` for stdin), in order."""
    for item in input_files(paths):
        if isinstance(item, InputError):
            yield item
        elif isinstance(item, Path):
            yield from _guarded(read_file(item, max_bytes), str(item))
        else:
            yield from _guarded(
                _read_stream(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes), "<stdin>")


def _guarded(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """A reader that fails in a way no rule foresaw (a parser library's own bug) costs the
    rest of that one file, with an error naming it, never the batch."""
    try:
        yield from items
    except Exception as exc:
        yield InputError(origin, f"unreadable: {type(exc).__name__}: {exc}"[:300])


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (*WARC_SUFFIXES, *GZIP_SUFFIXES):
        if "." in double[1:] and name.endswith(double):
            return double
    return path.suffix.lower()


def _is_input_name(path: Path) -> bool:
    """In a folder, only files named like inputs are read (a README or script is not news)."""
    if path.name.startswith("."):
        return False
    known = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES | GZIP_SUFFIXES
    return _suffix(path) in known


def read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            yield InputError(origin, "empty file")
            return
        if size > max_bytes:
            yield InputError(origin, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from read_warc(data, origin, max_bytes)
        return
    if suffix.endswith(".gz"):
        try:
            inflated = gunzip_bounded(data, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(origin, f"broken gzip: {exc}")
            return
        if inflated is None:
            yield InputError(origin, f"decompressed size is over the {max_bytes:,}-byte limit")
            return
        data = inflated
        suffix = _suffix(path.with_suffix(""))
    yield from _dispatch(data, origin, suffix, max_bytes)


GZIP_CHUNK = 1 << 16  # compressed bytes fed to the inflater at a time


def _inflate(data: bytes, room: int = GZIP_CHUNK * 16) -> Iterator[bytes]:
    """The inflated pieces of a (multi-member) gzip stream, produced as they are read, at most
    ``room`` bytes a piece; EOFError when the stream stops before its end."""
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        pending = rest
        rest = b""
        while True:
            feed, later = pending[:GZIP_CHUNK], pending[GZIP_CHUNK:]
            yield inflater.decompress(feed, room)
            if inflater.eof:
                rest = (inflater.unused_data + later).lstrip(b"\x00")  # the next member, if any
                break
            pending = inflater.unconsumed_tail + later
            if not pending:
                raise EOFError("compressed file ended before the end of its stream")


def gunzip_bounded(data: bytes, max_bytes: int) -> bytes | None:
    """The gzip stream inflated, or None as soon as it would exceed ``max_bytes``: a small
    file that inflates to gigabytes (a gzip bomb) is refused without being inflated."""
    out = bytearray()
    for piece in _inflate(data):
        out += piece
        if len(out) > max_bytes:
            return None
    return bytes(out)


def gzip_intact(data: bytes, limit: int) -> bool:
    """Whether a gzip stream runs to its end (read and thrown away; past ``limit`` inflated
    bytes it is trusted rather than read on)."""
    produced = 0
    try:
        for piece in _inflate(data):
            produced += len(piece)
            if produced > limit:
                return True
    except (EOFError, zlib.error):
        return False
    return True


def _read_stream(data: bytes, origin: str, max_bytes: int) -> Iterator[Item]:
    if len(data) > max_bytes:
        yield InputError(origin, f"input is over the {max_bytes:,}-byte limit")
        return
    if not data.strip():
        yield InputError(origin, "empty input")
        return
    if data[:4] == b"WARC":
        yield from read_warc(data, origin, max_bytes)
        return
    head = data.lstrip()[:1]
    suffix = ".jsonl" if head == b"{" else ".txt"
    yield from _dispatch(data, origin, suffix, max_bytes)


def _dispatch(data: bytes, origin: str, suffix: str, max_bytes: int) -> Iterator[Item]:
    if looks_binary(data):
        yield InputError(origin, "binary file, not text")
        return
    text, note = decode(data)
    if text is None:
        yield InputError(origin, note)
        return
    if not text.strip():
        yield InputError(origin, "file holds only white space")
        return
    if suffix in JSONL_SUFFIXES or suffix == ".json":
        yield from read_jsonl(text, origin)
    elif suffix in FEED_SUFFIXES or _looks_like_feed(text):
        yield from read_feed(text, origin)
    elif suffix in HTML_SUFFIXES or _looks_like_html(text):
        yield RawDocument(origin=origin, html=text)
    else:
        yield RawDocument(origin=origin, text=text)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first block mean it is not text."""
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        # UTF-16 text has NULs too; it is accepted only with a byte-order mark.
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > BINARY_CONTROL_SHARE * max(1, len(head))


def decode(data: bytes) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1 line by line.

    Mixed files (mostly UTF-8 with a few cp1252 bytes) are decoded line by line so one
    stray byte does not turn the whole page into mojibake.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "invalid UTF-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = []
    for raw_line in data.splitlines(keepends=True):
        try:
            lines.append(raw_line.decode("utf-8"))
        except UnicodeDecodeError:
            for enc in FALLBACK_ENCODINGS:
                try:
                    lines.append(raw_line.decode(enc))
                    break
                except UnicodeDecodeError:
                    continue
    return "".join(lines), "mixed"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def _looks_like_feed(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf:rdf" in head)


_JSON_FIELDS = ("title", "url", "publisher", "published", "author")


def read_jsonl(text: str, origin: str, first_line: int = 1) -> Iterator[Item]:
    """The RECORD.md input form: one object a line with ``id`` and ``text`` or ``html``;
    ``first_line`` numbers a piece of a longer file (a shard) as the whole file would."""
    for lineno, line in enumerate(text.split("\n"), start=first_line):  # not splitlines(): U+2028 in strings
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield InputError(where, "JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        body_text, body_html = obj.get("text"), obj.get("html")
        if not isinstance(body_text, str) and not isinstance(body_html, str):
            yield InputError(where, "object has neither a 'text' nor an 'html' string")
            continue
        doc_id = obj.get("id")
        if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
            yield InputError(where, "'id' must be a string")
            continue
        meta = {k: obj[k] for k in _JSON_FIELDS if isinstance(obj.get(k), str) and obj[k]}
        if "published" in meta and not _is_iso_date(meta["published"]):
            yield InputError(where, f"'published' is not YYYY-MM-DD: {meta['published']!r}")
            continue
        yield RawDocument(
            origin=where,
            id=str(doc_id) if doc_id is not None else None,
            text=body_text if isinstance(body_text, str) else None,
            html=body_html if not isinstance(body_text, str) else None,
            **meta,
        )


def _is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return len(value) == 10


def read_feed(text: str, origin: str) -> Iterator[Item]:
    """RSS/Atom: each entry's content (or summary), title, link and date."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "") or "no entries")
        yield InputError(origin, f"feed has no entries ({reason})")
        return
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry{index}"
        body = ""
        if entry.get("content"):
            body = "\n".join(c.get("value", "") for c in entry["content"])
        body = body or entry.get("summary", "") or ""
        if not body.strip():
            yield InputError(where, "feed entry has no content or summary")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
        is_html = "<" in body and ">" in body
        yield RawDocument(
            origin=where,
            id=entry.get("id") or None,
            html=_wrap_html(entry.get("title"), body) if is_html else None,
            text=None if is_html else body,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            published=published,
            author=entry.get("author") or None,
            publisher=parsed.feed.get("title") or None,
        )


def _wrap_html(title: str | None, body: str) -> str:
    import html

    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def is_html_response(rec) -> bool:
    """A WARC response record whose payload is HTML: the only records that are read."""
    if rec.rec_type != "response" or rec.http_headers is None:
        return False
    return "html" in (rec.http_headers.get_header("Content-Type") or "").lower()


def read_warc(data: bytes, origin: str, max_bytes: int, first_record: int = 1,
              whole: bool = True) -> Iterator[Item]:
    """HTML response records of a WARC (gzip or not); other records are passed over.
    ``data`` may be a run of whole records cut from a file (a Dask shard): records are then
    numbered from ``first_record``, and only a ``whole`` file is told it holds no HTML."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for index, rec in enumerate(ArchiveIterator(io.BytesIO(data)), start=first_record):
            if not is_html_response(rec):
                continue
            where = f"{origin}#record{index}"
            body = rec.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(where, "record over the size limit")
                continue
            if looks_binary(body):
                yield InputError(where, "binary payload in an HTML record")
                continue
            text, note = decode(body)
            if not text or not text.strip():
                yield InputError(where, "empty HTML record")
                continue
            count += 1
            yield RawDocument(
                origin=where,
                html=text,
                url=rec.rec_headers.get_header("WARC-Target-URI"),
            )
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError) as exc:
        yield InputError(origin, f"unreadable WARC: {type(exc).__name__}: {exc}")
        return
    if data[:2] == b"\x1f\x8b" and not gzip_intact(data, WARC_CHECK_LIMIT):
        yield InputError(origin, f"truncated or corrupt WARC: the records after the {count} read were lost")
        return
    if count == 0 and whole:
        yield InputError(origin, "WARC holds no HTML response records")

