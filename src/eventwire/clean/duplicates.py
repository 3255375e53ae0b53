"""Republished copies: MinHash LSH over word shingles (datasketch).

A page whose word 5-gram set overlaps an earlier page's with a Jaccard similarity of at
least the threshold is a copy of it: it is stored with ``duplicate_of`` naming the FIRST
such page seen in the run. It is still extracted (its record stands alone as evidence), but
event queries and exports count only the original's events. LSH proposes candidates; each is
confirmed with its MinHash estimate, so a chance band collision does not make a copy.

The threshold (``options.DEFAULT_DUPLICATE_THRESHOLD``) was measured on
``tests/clean/dup_texts.py``: a republished copy with a new headline, a byline, a share bar,
a footer and four words changed scores 0.70; a different report of the same flood (same
names, figures and quotation) scores 0.04.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..options import DEFAULT_DUPLICATE_THRESHOLD
from ..record import Record

SHINGLE_WORDS = 5
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are read back with it
NUM_PERM = 128  # estimate's standard error at J=0.5 is about 0.045
MIN_WORDS = 20  # texts shorter than this are too short to call copies
WORD_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word ``size``-grams (one shorter shingle for a shorter text)."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def similarity(a: str, b: str) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (for tests and tuning)."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


class DuplicateFinder:
    """Remembers every text it has seen in this run and names the original of a copy."""

    def __init__(self, threshold: float = DEFAULT_DUPLICATE_THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._order: dict[str, int] = {}  # id -> when it was first seen
        self._hashes: dict[str, np.ndarray] = {}
        self.copies: dict[str, str] = {}  # copy id -> original id

    @property
    def found(self) -> int:
        """How many copies were found so far."""
        return len(self.copies)

    def signature(self, text: str) -> MinHash:
        mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        mh.update_batch([s.encode("utf-8") for s in shingles(text)])
        return mh

    def check(self, doc_id: str, text: str) -> str | None:
        """The id of the first earlier near-identical document, or None.

        A document that is not a copy is remembered under ``doc_id``; seeing the same id
        again (a re-ingest) never makes it a copy of itself.
        """
        if len(WORD_RE.findall(text)) < MIN_WORDS:
            return None
        mh = self.signature(text)
        candidates = [c for c in self.lsh.query(mh) if c != doc_id]
        confirmed = [c for c in candidates if self._estimate(mh, c) >= self.threshold]
        if confirmed:
            original = min(confirmed, key=self._order.__getitem__)
            self.copies[doc_id] = original
            return original
        if doc_id not in self._order:
            self._order[doc_id] = len(self._order)
            self._hashes[doc_id] = mh.hashvalues
            self.lsh.insert(doc_id, mh)
        return None

    def mark_copy(self, record: Record) -> None:
        """Name the original of an extractable record that copies an earlier one. A copy is
        still extracted, so its record is whole and auditable on its own; event queries and
        exports count only originals (store.EventFilter.copies)."""
        if record.skipped is None and not record.document.duplicate_of:
            record.document.duplicate_of = self.check(record.id, record.document.text)

    def preload(self, known: Iterable[tuple[str, np.ndarray]]) -> None:
        """Documents from earlier runs (their MinHash values), oldest first: a copy of one of
        them is a copy, whichever run it arrives in."""
        for doc_id, values in known:
            if doc_id in self._order:
                continue
            mh = MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)
            self._order[doc_id] = len(self._order)
            self._hashes[doc_id] = mh.hashvalues
            self.lsh.insert(doc_id, mh)

    def _estimate(self, mh: MinHash, other_id: str) -> float:
        return float(np.mean(mh.hashvalues == self._hashes[other_id]))
