"""Repair scraped text: strip leftover markup (curly quotes and all), promo and spam
lines, and split a title's site suffix into ``publisher``.

Cleaning only ever deletes (and, for HTML entities, replaces) stretches of the input,
each recorded as a :class:`~eventwire.record.Removal` with offsets into the input.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

from ..record import Removal
from .promo import line_reasons, unrelated_lines

# A tag: "<" + a known HTML tag name, then anything but angle brackets, then ">".
# Attribute quotes may be straight or curly, balanced or not ("<img alt="” src=””/>").
_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|button|caption|center|cite|code|dd|div|dl|dt|em|"
    "embed|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|iframe|img|input|label|li|"
    "link|main|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|section|select|small|"
    "source|span|strong|style|sub|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|tr|"
    "u|ul|video|wbr|script|html|head|body|title|address|area|audio|base|big|canvas|col|"
    "colgroup|del|details|dfn|fieldset|frame|iframe|ins|kbd|legend|map|mark|menu|param|"
    "strike|summary|template|track|tt|"
    r"[a-z][a-z0-9]*-[a-z0-9-]+"  # custom elements: <amp-img>, <fb-like>
)
TAG_RE = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*?/?>", re.IGNORECASE)
# A tag cut off before its ">" at the end of a line: "<img src=“x.jpg" (needs an attribute,
# so "<b and c" in prose stays).
OPEN_TAG_RE = re.compile(
    rf"<(?:{_TAG_NAMES})\s+[\w:-]+\s*=[^<>\n]*$", re.IGNORECASE | re.MULTILINE
)
BLOCK_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
LINE_RE = re.compile(r"[^\n]*\n?")
ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# "Headline | Site", "Headline - Site", "Headline — Site" (the suffix is short and has no verb).
TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||–|—|-|::|·|»)\s+([^|–—:·»]{2,40})\s*$")
MAX_TITLE_CHARS = 300
MAX_TITLE_WORDS = 30
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
    """Tags (whole script/style blocks and comments first) and HTML entities."""
    edits: list[_Edit] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(taken, (s, len(raw) + 1))
        if i > 0 and taken[i - 1][1] > s:
            return False
        return i >= len(taken) or taken[i][0] >= e

    if "<" in raw:
        for rx in (BLOCK_RE, COMMENT_RE, TAG_RE, OPEN_TAG_RE):
            for m in rx.finditer(raw):
                if not free(m.start(), m.end()):
                    continue
                start, end = _widen_to_line(raw, m.start(), m.end())
                if not free(start, end):
                    start, end = m.start(), m.end()
                bisect.insort(taken, (start, end))
                edits.append(_Edit(start, end, "markup"))
    if "&" in raw:
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
    """From a line end (a "\\n" or the end of the text), past following blank lines."""
    while pos < len(raw):
        nxt = raw.find("\n", pos + 1)
        nxt = len(raw) if nxt < 0 else nxt
        if raw[pos + 1:nxt].strip():
            return pos + 1
        pos = nxt
    return len(raw)


def _line_edits(raw: str, markup: list[_Edit]) -> list[_Edit]:
    """Promo/related-link, boilerplate and spam lines (:mod:`.promo` decides)."""
    covered = sorted((e.start, e.end) for e in markup if e.reason == "markup")
    starts = [a for a, _ in covered]

    def inside_markup(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        return i >= 0 and covered[i][1] >= e

    lines: list[tuple[int, int, str]] = []
    for m in LINE_RE.finditer(raw):
        s, e = m.start(), m.end()
        if s == e or not m.group().strip() or inside_markup(s, e):
            continue
        lines.append((s, e, TAG_RE.sub(" ", m.group()) if "<" in m.group() else m.group()))
    visible = [v for _, _, v in lines]
    reasons = line_reasons(visible)
    spam = unrelated_lines(visible)
    edits: list[_Edit] = []
    for (s, e, _), reason, is_spam in zip(lines, reasons, spam, strict=True):
        reason = reason or ("spam" if is_spam else None)
        if reason is None:
            continue
        start = s
        end = _skip_blank_lines(raw, e - 1) if raw[e - 1] == "\n" else e
        if end >= len(raw):  # a removed last line takes the blank lines before it instead
            while start > 0 and raw[start - 1] in "\r\n \t":
                start -= 1
        edits.append(_Edit(start, end, reason))
    return edits


def _apply(raw: str, edits: list[_Edit]) -> tuple[str, list[Removal]]:
    """Apply edits left to right; an edit that overlaps the one before it is trimmed.

    A replacement (an HTML entity) that overlaps anything is dropped rather than trimmed.
    """
    edits.sort(key=lambda ed: (ed.start, -(ed.end - ed.start)))
    out: list[str] = []
    removed: list[Removal] = []
    pos = 0
    for ed in edits:
        start = ed.start
        if start < pos:
            if ed.end <= pos or ed.replacement:
                continue
            start = pos
        out.append(raw[pos:start])
        out.append(ed.replacement)
        removed.append(Removal(start, ed.end, ed.reason, raw[start:ed.end], ed.replacement))
        pos = ed.end
    out.append(raw[pos:])
    return "".join(out), removed


def split_title(text: str) -> tuple[str | None, str | None]:
    """The first line as title when it looks like one, and its site suffix as publisher."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or len(first) > MAX_TITLE_CHARS or not rest.strip():
        return None, None
    if first.endswith(".") or len(first.split()) > MAX_TITLE_WORDS:
        return None, None  # a sentence, not a headline
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
