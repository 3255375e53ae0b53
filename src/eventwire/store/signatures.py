"""The MinHash an original document is stored with, so copies are found across runs."""

from __future__ import annotations

import numpy as np

from ..clean.duplicates import MIN_WORDS, NUM_PERM, WORD_RE, DuplicateFinder

HASH_DTYPE = np.uint64


def text_signature(text: str) -> bytes | None:
    """The MinHash of a text as bytes, or None for a text too short to call copies of."""
    if len(WORD_RE.findall(text)) < MIN_WORDS:
        return None
    return DuplicateFinder().signature(text).hashvalues.astype(HASH_DTYPE).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    values = np.frombuffer(blob, dtype=HASH_DTYPE)
    if len(values) != NUM_PERM:
        raise ValueError(f"stored MinHash has {len(values)} values, not {NUM_PERM}")
    return values
