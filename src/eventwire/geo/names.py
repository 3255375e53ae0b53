"""Name normalization shared by the gazetteer build and lookups.

Both sides must fold a name the same way, or "Kharkiv", "KHARKIV" and "Khar'kiv" would
miss each other; this is the one place that decides how.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.names import fold_words

_NON_LATIN_KEY = re.compile(r"[^0-9a-z]+")  # keys are plain Latin, as the gazetteer's names are
_LEADING_ARTICLE = re.compile(r"^the ")
# Unicode ranges that hold Latin letters (Basic Latin .. Latin Extended-B, plus Extended Additional).
_LATIN_MAX = 0x024F
_LATIN_EXT_ADDITIONAL = range(0x1E00, 0x1F00)


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The shared fold (:func:`~eventwire.nlp.names.fold_words`: case, diacritics,
    apostrophes, possessives, dots) as a plain-Latin key without a leading "the"."""
    folded = _NON_LATIN_KEY.sub(" ", " ".join(fold_words(name))).strip()
    return _LEADING_ARTICLE.sub("", folded)


def is_latin(name: str) -> bool:
    """True when every letter is Latin: other scripts are not read by the English extractor."""
    for char in name:
        code = ord(char)
        if code > _LATIN_MAX and code not in _LATIN_EXT_ADDITIONAL:
            return False
    return True


def useful_alternate(name: str) -> bool:
    """Keep alternate names an English text could use; drop codes and machine romanizations.

    GeoNames alternate names carry IATA codes ("PAR", "IEV") and lower-case automatic
    transliterations ("hua sheng dun"); both would only ever produce false matches.
    """
    if len(name) < 3 or not is_latin(name) or not any(c.isupper() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters):
        return False
    return not any(c.isdigit() for c in name)
