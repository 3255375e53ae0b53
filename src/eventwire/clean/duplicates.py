"""Republished copies: MinHash LSH over word shingles (datasketch).

A page whose shingles overlap an earlier page's above the threshold is stored as a
copy of it (``duplicate_of``) and not extracted twice.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 64
MIN_WORDS = 20  # texts shorter than this are too short to call copies
WORD_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = [w.lower() for w in WORD_RE.findall(text)]
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


class DuplicateFinder:
    """Remembers every text it has seen in this run and names the original of a copy."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.found = 0

    def signature(self, text: str) -> MinHash:
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([s.encode("utf-8") for s in shingles(text)])
        return mh

    def check(self, doc_id: str, text: str) -> str | None:
        """The id of an earlier near-identical document, or None (then ``doc_id`` is remembered)."""
        if len(WORD_RE.findall(text)) < MIN_WORDS:
            return None
        mh = self.signature(text)
        candidates = [c for c in self.lsh.query(mh) if c != doc_id]
        if candidates:
            self.found += 1
            return sorted(candidates)[0]
        if doc_id not in self.lsh:
            self.lsh.insert(doc_id, mh)
        return None
