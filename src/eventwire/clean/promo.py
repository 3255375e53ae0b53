"""Promo, related-link and spam lines: the lines no reader of the article wants."""

from __future__ import annotations

import re

PROMO_RE = re.compile(
    r"^\s*(?:[-•*>»|]\s*)?(?:read\s+also|read\s+more|also\s+read|related(?:\s+(?:articles?|stories|news|posts?|content))?\s*:?|"
    r"see\s+also|recommended(?:\s+for\s+you)?|click\s+here|more\s+on\s+this|you\s+may\s+also\s+like|"
    r"also\s+see|further\s+reading|sign\s+up\s+for|subscribe\s+(?:to|now)|advertisement\b|"
    r"share\s+this\s+(?:article|story)|follow\s+us\s+on)\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
SPAM_MAX_WORDS = 14  # only short lines can be judged unrelated by word overlap
SPAM_MIN_WORDS = 3
STOPWORDS = frozenset(
    "the and for with that this from have has had was were are not but his her its their "
    "they them you your our who what when where which will would can could said says".split()
)


def is_promo_line(line: str) -> bool:
    """A line that starts like a related-link or promo block."""
    return bool(PROMO_RE.match(line))


def content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(text)} - STOPWORDS


def is_unrelated_line(line: str, body_lines: list[str]) -> bool:
    """A short line with no sentence punctuation that shares no content word with the rest.

    That is what injected spam looks like ("OEM China Metal Wall Art Colorado Quotes"):
    a real subheading or caption repeats some word of its article.
    """
    stripped = line.strip()
    words = content_words(stripped)
    n_words = len(stripped.split())
    if not (SPAM_MIN_WORDS <= n_words <= SPAM_MAX_WORDS) or stripped.endswith((".", "?", "!", ":", "”", '"')):
        return False
    rest: set[str] = set()
    for other in body_lines:
        if other.strip() != stripped:
            rest |= content_words(other)
    return bool(words) and not (words & rest)
