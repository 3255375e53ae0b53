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


# Nouns that name a person by office or role: a claim's source "he/she" may stand for, a party
# "the resignation of the minister" names (the event and claim stages share it).
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official minister president premier chancellor king
commander general colonel officer soldier analyst expert reporter correspondent journalist
editor source witness resident leader head chief director governor mayor senator
secretary ambassador envoy adviser advisor aide lawyer attorney man woman father mother
candidate prosecutor judge doctor professor researcher activist diplomat lawmaker
""".split())
