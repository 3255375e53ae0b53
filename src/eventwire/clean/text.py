"""Repair scraped text: strip leftover markup (curly quotes and all), promo and spam
lines, and split a title's site suffix into ``publisher``.

Cleaning only ever deletes (and, for HTML entities, replaces) stretches of the input,
each recorded as a :class:`~eventwire.record.Removal` with offsets into the input.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..record import Removal
from .promo import is_promo_line, is_unrelated_line

# A tag: "<" + a known HTML tag name, then anything but angle brackets, then ">".
# Attribute quotes may be straight or curly, balanced or not ("<img alt="” src=””/>").
_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|button|caption|center|cite|code|dd|div|dl|dt|em|"
    "embed|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|input|label|li|"
    "link|main|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|section|select|small|"
    "source|span|strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|tr|"
    "u|ul|video|wbr|script|html|head|body|title"
)
TAG_RE = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*?/?>", re.IGNORECASE)
BLOCK_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# "Headline | Site", "Headline - Site", "Headline — Site" (the suffix is short and has no verb).
TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||–|—|-|::|·|»)\s+([^|–—:·»]{2,40})\s*$")
MAX_TITLE_CHARS = 300
MAX_PUBLISHER_WORDS = 5


@dataclass(slots=True)
class CleanedText:
    text: str
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    publisher: str | None = None


@dataclass(slots=True)
class _Edit:
    start: int
    end: int
    reason: str
    replacement: str = ""


def clean_text(raw: str) -> CleanedText:
    """The article text of a scraped page, with every removal listed."""
    edits = _markup_edits(raw)
    edits += _line_edits(raw, edits)
    text, removed = _apply(raw, edits)
    title, publisher = split_title(text)
    return CleanedText(text=text, removed=removed, title=title, publisher=publisher)


def _markup_edits(raw: str) -> list[_Edit]:
    edits: list[_Edit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for rx in (BLOCK_RE, COMMENT_RE, TAG_RE):
        for m in rx.finditer(raw):
            if not free(m.start(), m.end()):
                continue
            start, end = _widen_to_line(raw, m.start(), m.end())
            taken.append((start, end))
            edits.append(_Edit(start, end, "markup"))
    for m in ENTITY_RE.finditer(raw):
        if free(m.start(), m.end()):
            decoded = html.unescape(m.group())
            if decoded != m.group():
                edits.append(_Edit(m.start(), m.end(), "entity", decoded))
    return edits


def _widen_to_line(raw: str, start: int, end: int) -> tuple[int, int]:
    """A tag alone on its line takes the line and the blank lines after it along."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    if raw[line_start:start].strip() or raw[end:line_end].strip():
        return start, end
    return line_start, _skip_blank_lines(raw, line_end)


def _skip_blank_lines(raw: str, pos: int) -> int:
    """From a line end, past the newline(s) of following blank lines."""
    while pos < len(raw):
        nxt = raw.find("\n", pos + 1)
        nxt = len(raw) if nxt < 0 else nxt
        if raw[pos + 1:nxt].strip() or pos + 1 > len(raw):
            return pos + 1
        pos = nxt
    return len(raw)


def _line_edits(raw: str, markup: list[_Edit]) -> list[_Edit]:
    """Promo/related-link lines and lines sharing no content with the article."""
    lines = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        lines.append((pos, pos + len(line), line))
        pos += len(line)
    covered = [(e.start, e.end) for e in markup if e.reason == "markup"]

    def inside_markup(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in covered)

    body_lines = [ln for s, e, ln in lines if ln.strip() and not inside_markup(s, e)]
    edits: list[_Edit] = []
    for index, (s, e, line) in enumerate(lines):
        if not line.strip() or inside_markup(s, e):
            continue
        visible = TAG_RE.sub(" ", line)
        reason = None
        if is_promo_line(visible):
            reason = "promo"
        elif index > 0 and is_unrelated_line(visible, body_lines):
            reason = "spam"
        if reason:
            start = s
            end = _skip_blank_lines(raw, e - 1) if line.endswith("\n") else e
            # A removed last line takes the blank lines before it instead.
            if end >= len(raw):
                while start > 0 and raw[start - 1] in "\r\n \t":
                    start -= 1
            edits.append(_Edit(start, end, reason))
    return edits


def _apply(raw: str, edits: list[_Edit]) -> tuple[str, list[Removal]]:
    """Apply non-overlapping edits left to right; the longer of two overlapping wins."""
    edits.sort(key=lambda ed: (ed.start, -(ed.end - ed.start)))
    out: list[str] = []
    removed: list[Removal] = []
    pos = 0
    for ed in edits:
        if ed.start < pos:
            continue
        out.append(raw[pos:ed.start])
        out.append(ed.replacement)
        removed.append(Removal(ed.start, ed.end, ed.reason, raw[ed.start:ed.end]))
        pos = ed.end
    out.append(raw[pos:])
    return "".join(out), removed


def split_title(text: str) -> tuple[str | None, str | None]:
    """The first line as title when it looks like one, and its site suffix as publisher."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or len(first) > MAX_TITLE_CHARS or not rest.strip():
        return None, None
    if first.endswith((".", "?", "!")) and len(first.split()) > 20:
        return None, None
    return split_title_suffix(first)


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """``"Headline | JTBC News"`` -> (``"Headline"``, ``"JTBC News"``)."""
    m = TITLE_SUFFIX_RE.search(title)
    if not m:
        return title, None
    publisher = m.group(1).strip()
    head = title[: m.start()].strip()
    if not head or len(publisher.split()) > MAX_PUBLISHER_WORDS or len(head) < len(publisher):
        return title, None
    return head, publisher
