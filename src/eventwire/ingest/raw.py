"""The input side of a record: what arrived, before any cleaning."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_SPACE_RE = re.compile(r"\s+")


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

    @property
    def body(self) -> str:
        return self.text if self.text is not None else (self.html or "")


def normalized_hash(text: str) -> str:
    """A stable id from text: NFKC, case-folded, whitespace folded, SHA-1, 16 hex digits."""
    norm = _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
