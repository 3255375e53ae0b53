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
SHORT_TEXT_CHARS = 300  # a brief or headline this short is told apart from its neighbours poorly ...
SHORT_SURE = 0.9  # ... so unless the first guess is this sure ...
SHORT_PREFER_MIN = 0.05  # ... the reading language wins when the detector gives it this much (a
# foreign headline gives English under 0.01; "Police in Lagos arrest ten men" 0.16 behind Pidgin)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, prefer: str | None = None) -> str:
    """ISO 639-1 code, or ``und`` when the text is too short or the guess too weak."""
    return guess_language(text, prefer)[0]


def guess_language(text: str, prefer: str | None = None, declared: str | None = None
                   ) -> tuple[str, str | None]:
    """The language, and a note when it was not the detector's sure answer.

    A headline or a brief ("Police in Lagos arrest ten men") reads to the identifier as
    Nigerian Pidgin or Frisian as much as English, and rejecting it loses the story. So on a
    short text the detector is not sure of, ``prefer`` (the language the extractors read) is
    taken, and said in the note, unless the detector ranks the page's ``declared`` language
    above it or gives ``prefer`` next to nothing (a foreign headline).
    """
    sample = text[:SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    ranked = _identifier().rank(sample) if letters else []
    lang, prob = ranked[0] if letters >= MIN_LETTERS else ("und", 0.0)
    short = bool(letters) and len(sample.strip()) < SHORT_TEXT_CHARS
    if prefer is None or not short or (lang == prefer and prob >= MIN_CONFIDENCE):
        return (str(lang) if prob >= MIN_CONFIDENCE else "und"), None
    odds = dict(ranked)
    if prob >= SHORT_SURE or (prob >= MIN_CONFIDENCE and odds.get(prefer, 0.0) < SHORT_PREFER_MIN):
        return str(lang), None
    if declared and declared not in (prefer, "und") and odds.get(declared, 0.0) > odds.get(prefer, 0.0):
        return declared, None
    if letters < MIN_LETTERS:
        why = f"{letters} letters are too few to tell"
    elif lang == prefer:
        why = f"the detector gives {prefer} only {prob:.2f}"
    else:
        why = f"the detector's best guess is {lang} at {prob:.2f}, {prefer} at {odds.get(prefer, 0.0):.2f}"
    return prefer, f"language: short text ({len(sample.strip())} characters), {why}: read as {prefer!r}"
