"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

import functools

MIN_CHARS = 20  # shorter texts cannot be told reliably: "und"
SAMPLE_CHARS = 5000  # the first few thousand characters are enough, and cheap
MIN_CONFIDENCE = 0.5


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code, or ``und`` when the text is too short or the guess too weak."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return "und"
    lang, prob = _identifier().classify(sample)
    return lang if prob >= MIN_CONFIDENCE else "und"
