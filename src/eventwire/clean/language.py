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
SHORT_TEXT_CHARS = 300  # a brief this short is told apart from its neighbours poorly ...
SHORT_RUNNER_UP = 0.2  # ... so the reading language wins when it comes this close second
SHORT_SURE = 0.9  # ... unless the first guess is this sure


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, prefer: str | None = None) -> str:
    """ISO 639-1 code, or ``und`` when the text is too short or the guess too weak.

    A short brief ("Police arrested 3 men in Lagos on Monday.") reads to the identifier as
    Nigerian Pidgin as much as English; when ``prefer`` (the language the extractors read)
    is a close second on a short text and the first guess is not sure, ``prefer`` wins.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "und"
    ranked = _identifier().rank(sample)
    lang, prob = ranked[0]
    if prefer is not None and lang != prefer and len(sample.strip()) < SHORT_TEXT_CHARS \
            and prob < SHORT_SURE and any(code == prefer and p >= SHORT_RUNNER_UP for code, p in ranked[:2]):
        return prefer
    return str(lang) if prob >= MIN_CONFIDENCE else "und"
