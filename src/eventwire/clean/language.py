"""Language identification with py3langid (its model ships inside the package).

The extractors read English only; a document in another language is stored and marked
(``record.skipped``), so its language must be told reliably, and cheaply per page.
"""

from __future__ import annotations

import functools
from typing import Any

MIN_LETTERS = 20  # fewer letters than this cannot be told reliably: "und"
SAMPLE_CHARS = 1000  # enough to tell a language; the cost grows with the sample
MIN_CONFIDENCE = 0.5  # below this normalized probability the guess is "und"


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code, or ``und`` when the text is too short or the guess too weak."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "und"
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= MIN_CONFIDENCE else "und"
