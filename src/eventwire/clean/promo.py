"""Promo, related-link, boilerplate and spam lines: the lines no reader of the article wants.

Shared by scraped-text repair (:mod:`.text`) and HTML extraction (:mod:`.html`), so both
paths drop the same lines. Every rule is generic (a shape of line), never a named site or
a named spam phrase: injected spam is caught because it shares no word with the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

# Phrases that open a related-link or promo line whatever follows them.
_STRONG = (
    r"read\s+also|read\s+more|also\s+read|see\s+also|see\s+more|click\s+here|more\s+on\s+this|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested)|don['’]?t\s+miss|"
    r"further\s+reading|also\s+on\s+\w+|"
    r"related\s+(?:articles?|stories|story|news|posts?|content|topics|links?|coverage|reading|"
    r"videos?|items?|reports?)|"
    r"recommended\s+(?:for\s+you|stories|articles|reading|videos?|news)|"
    r"sign\s+up\s+(?:for|to)|subscribe\s+(?:to|now|for|here)|share\s+this\s+(?:article|story|post)|"
    r"follow\s+us\s+on|most\s+(?:read|popular|viewed)|trending\s+now"
)
# Words that open a promo line only when a separator (or nothing) follows: "Related:" is a
# promo header, "Related fighting broke out" is a sentence.
_WEAK = r"related|recommended|more|trending|popular|watch|listen|advertisement|sponsored"
_BULLET = r"(?:[-•*>»|·–—]\s*)?"
STRONG_PROMO_RE = re.compile(rf"^\s*{_BULLET}(?:{_STRONG})\b", re.IGNORECASE)
WEAK_PROMO_RE = re.compile(rf"^\s*{_BULLET}(?:{_WEAK})\s*(?:[:|»–—]|-\s|$)", re.IGNORECASE)
# A related link labelled the tabloid way: "Headline here [VIDEO]" / "… [INSIGHT]|".
TAGGED_LINK_RE = re.compile(r"\[\s*[A-Z][A-Z ]{1,20}\]\s*\|?\s*$")
BOILERPLATE_RE = re.compile(
    r"^\s*(?:copyright\b|©|\(c\)\s*\d{4}|all\s+rights\s+reserved|filed\s+under\s*:|"
    r"tags?\s*:|advertisement\s*$|print\s+(?:article|this\s+page)\s*$|order\s+reprints\s*$|"
    r"text\s+size\s*$|share\s+(?:on\s+\w+|this)\s*$|this\s+copy\s+is\s+for\s+your\s+personal)",
    re.IGNORECASE,
)
URL_LINE_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
LIST_ITEM_RE = re.compile(r"^\s*[-•*·»]\s+\S")
MAX_PROMO_WORDS = 40  # a longer line is a paragraph, whatever it starts with
SENTENCE_END = (".", "?", "!", "”", '"', "’", "'")

WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
SPAM_MAX_WORDS = 14  # only short lines can be judged unrelated by word overlap
SPAM_MIN_WORDS = 3
# Injected spam is a run of capitalised keywords ("OEM China Metal Wall Art Colorado"):
# lines with clause punctuation, or mostly lower-case words, read as prose and are kept.
SPAM_MIN_CAPITALIZED = 0.6
SPAM_NEVER_CHARS = ",;:()|"
TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
STEM_CHARS = 5  # words compared by their first letters: "Ukraine" ~ "Ukrainian"
STOPWORDS = frozenset(
    "the and for with that this from have has had was were are not but his her its their "
    "they them you your our who what when where which will would can could said says".split()
)
BYLINE_RE = re.compile(r"^\s*(?:by|photo|photos|image|video|source|credit)\b", re.IGNORECASE)


def is_promo_line(line: str) -> bool:
    """A line that starts like a related-link or promo block (or is labelled as one)."""
    if len(line.split()) > MAX_PROMO_WORDS:
        return False
    return bool(
        STRONG_PROMO_RE.match(line) or WEAK_PROMO_RE.match(line) or TAGGED_LINK_RE.search(line)
    )


def is_boilerplate_line(line: str) -> bool:
    """Site furniture that trafilatura or a scraper let through: copyright, tags, bare URLs."""
    if len(line.split()) > MAX_PROMO_WORDS:
        return False
    return bool(BOILERPLATE_RE.match(line) or URL_LINE_RE.match(line))


def line_reasons(lines: Sequence[str]) -> list[str | None]:
    """Per line: ``"promo"``, ``"boilerplate"`` or None (keep).

    A list of links right under a promo header ("Related:" then "- Headline") is promo too.
    """
    reasons: list[str | None] = []
    in_promo_block = False
    for line in lines:
        reason = None
        if not line.strip():
            reasons.append(None)
            continue
        if is_promo_line(line):
            reason = "promo"
        elif is_boilerplate_line(line):
            reason = "boilerplate"
        elif (
            in_promo_block
            and LIST_ITEM_RE.match(line)
            and not line.rstrip().endswith(SENTENCE_END)
        ):
            reason = "promo"
        in_promo_block = reason == "promo"
        reasons.append(reason)
    return reasons


def _stems(words: Iterable[str]) -> set[str]:
    return {w.lower()[:STEM_CHARS] for w in words} - STOPWORDS


def content_words(text: str) -> set[str]:
    """Content-word stems: lowercased, first :data:`STEM_CHARS` letters, no stopwords."""
    return _stems(WORD_RE.findall(text))


def unrelated_lines(lines: Sequence[str], skip_first: bool = True) -> list[bool]:
    """Per line: True for a short line that shares no content word with any other line.

    That is what injected spam looks like ("OEM China Metal Wall Art Colorado Quotes"):
    a real subheading or caption repeats some word of its article. Only short runs of
    mostly capitalised words are judged; lines ending like a sentence, holding clause
    punctuation, bylines/credits and (with ``skip_first``) the title line never are.
    """
    flags = [False] * len(lines)
    candidates: list[int] = []
    first_seen = not skip_first
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if not first_seen:
            first_seen = True
            continue
        if _spam_shaped(stripped):
            candidates.append(index)
    if not candidates:
        return flags  # the common case: no need to look at the article's words
    per_line = [Counter(content_words(line)) for line in lines]
    total: Counter[str] = Counter()
    for counts in per_line:
        total.update(counts)
    for index in candidates:
        own = per_line[index]
        if len(own) >= SPAM_MIN_WORDS - 1 and all(total[w] == own[w] for w in own):
            flags[index] = True
    return flags


def _spam_shaped(stripped: str) -> bool:
    """Short, mostly capitalised, no sentence end or clause punctuation, not a byline."""
    tokens = TOKEN_RE.findall(stripped)
    return (
        SPAM_MIN_WORDS <= len(tokens) <= SPAM_MAX_WORDS
        and sum(t[0].isupper() for t in tokens) >= SPAM_MIN_CAPITALIZED * len(tokens)
        and not stripped.endswith((*SENTENCE_END, ":"))
        and not any(ch in stripped for ch in SPAM_NEVER_CHARS)
        and not BYLINE_RE.match(stripped)
    )


def is_unrelated_line(line: str, body_lines: Sequence[str]) -> bool:
    """``line`` judged against ``body_lines`` (which may or may not contain it)."""
    others = [b for b in body_lines if b.strip() != line.strip()]
    return unrelated_lines(["", *others, line], skip_first=False)[-1]
