"""The input side of a record: what arrived, before any cleaning."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_SPACE_RE = re.compile(r"\s+")
NUL_STAND_IN = "\ufffd"


@dataclass(slots=True)
class RawDocument:
    """One document as it arrived. Exactly one of ``text``/``html`` is set."""

    origin: str  # "path", "path:line" or "path#record", for error messages and provenance
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        """U+0000 means nothing in news text and no database text type holds it (PostgreSQL
        refuses it): it arrives as U+FFFD, one character for one, so no offset moves."""
        for name in ("text", "html", "id", "title", "url", "publisher", "author"):
            value = getattr(self, name)
            if value and "\x00" in value:
                setattr(self, name, value.replace("\x00", NUL_STAND_IN))

    @property
    def body(self) -> str:
        return self.text if self.text is not None else (self.html or "")


def normalized_hash(text: str) -> str:
    """A stable id from text: NFKC, case-folded, whitespace folded, SHA-1, 16 hex digits."""
    norm = _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
