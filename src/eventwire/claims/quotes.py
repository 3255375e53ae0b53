"""Direct quotations found in raw characters, before any parse.

Scraped and machine-translated news breaks quote marks in every way: curly marks used
the wrong way round (the seed closes a quote with an opening ``“``), straight and curly
marks mixed, a closing mark missing, a quote running over several paragraphs (news style
repeats the opening mark on each paragraph and closes only the last). The parser cannot
be trusted with any of it, so quotes are found here by pairing marks in order within a
paragraph, whatever their direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_QUOTES = frozenset('"“”„‟«»')
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(slots=True, frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``inner_*`` do not.

    ``closed`` is False when the closing mark was missing and the quote was cut at the
    end of its paragraph.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph (a line, or lines between blank lines)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted stretch of ``text``, in order; never raises.

    Marks pair up in order inside a paragraph. An unpaired last mark opens a quote that
    runs to the paragraph's end; when the next paragraph opens with a mark too, the
    quote is taken to continue there (news style) and the two become one.
    """
    quotes: list[Quote] = []
    carried: Quote | None = None  # an unclosed quote that may continue
    for para_start, para_end in _paragraphs(text):
        marks = [i for i in range(para_start, para_end) if text[i] in DOUBLE_QUOTES]
        if carried is not None and not (marks and text[para_start:marks[0]].strip() == ""):
            quotes.append(carried)
            carried = None
        pairs = list(zip(marks[0::2], marks[1::2], strict=False))
        for index, (open_at, close_at) in enumerate(pairs):
            inner_start, inner_end = open_at + 1, close_at
            if index == 0 and carried is not None:
                quotes.append(Quote(carried.start, close_at + 1, carried.inner_start, inner_end))
                carried = None
                continue
            if _has_word(text, inner_start, inner_end):  # "“”" is no quote
                quotes.append(Quote(open_at, close_at + 1, inner_start, inner_end))
        if len(marks) % 2:
            open_at = marks[-1]
            end = open_at + 1 + len(text[open_at + 1:para_end].rstrip())
            if carried is not None and len(marks) == 1:
                carried = Quote(carried.start, end, carried.inner_start, end, closed=False)
            else:
                if carried is not None:
                    quotes.append(carried)
                carried = (
                    Quote(open_at, end, open_at + 1, end, closed=False)
                    if _has_word(text, open_at + 1, end)
                    else None
                )
    if carried is not None:
        quotes.append(carried)
    return quotes


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The quote holding character ``offset``, if any."""
    return next((q for q in quotes if q.contains(offset)), None)
