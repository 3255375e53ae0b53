"""How a name is folded for matching: one rule for the gazetteer and the knowledge base.

"Kharkiv", "KHARKIV" and "Khar'kiv", "Russia's" and "Russia’s", "U.S." and "US" must meet
whichever table they are looked up in; each table adds only its own policy on top (the
gazetteer's Latin-only keys, the knowledge base's spelling variants and articles).
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'"})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_DOTTED = re.compile(r"\b(?:\w\.){2,}")  # "u.s.", "u.n."
_NON_WORD = re.compile(r"[^\w]+")


def fold_words(text: str) -> list[str]:
    """The words of a name with case, accents, apostrophes, possessives and abbreviation
    dots folded: "Russia’s Defence Ministry" -> ["russia", "defence", "ministry"],
    "U.S." -> ["us"], "Khar'kiv" -> ["kharkiv"], "al-Qaeda" -> ["al", "qaeda"]."""
    text = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("'", "")
    return _NON_WORD.sub(" ", text).replace("_", " ").split()
