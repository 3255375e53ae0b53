"""HTML pages: trafilatura for the article body and metadata, then the shared line filter.

What ``document.removed`` lists for an HTML page (offsets into the input HTML):

- every line the line filter (:mod:`.promo`: promo, boilerplate, spam, a repeated title)
  took out of trafilatura's text, located in the HTML by its words, with the tags and
  entities between them allowed; a line that cannot be found is still dropped, not listed;
- a page where no article text is found: one ``boilerplate`` removal of the whole page.

Not listed: what trafilatura itself leaves out (navigation, menus, markup, comments,
scripts), because it does not say where in the page those were.
Malformed HTML never raises: trafilatura's parser is lenient, and anything it still
throws becomes an empty document.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..options import Options
from ..record import DocumentInfo, Removal
from .promo import line_reasons, unrelated_lines
from .text import split_title_suffix

log = logging.getLogger(__name__)

# favor_precision sometimes keeps only a reprint notice instead of the article. When the
# text left after the line filter is shorter than this, the page is read again with
# trafilatura's balanced settings, whose text wins only when several times longer (a short
# article stays as it was). On the dev pages: one page of 61 (a reprint notice, all of it
# boilerplate) is read twice; a 370-character teaser is not.
FALLBACK_MIN_CHARS = 200
FALLBACK_MIN_GAIN = 3
LOCATE_MAX_WORDS = 40  # a line longer than this is never a filtered line anyway
# Between two words of a line, the HTML may hold spaces, punctuation, tags and entities.
# The alternatives start with different characters and the repeat is possessive: linear.
GAP_RE = re.compile(r"(?:[^\w<&]|<[^>]*>|&#?\w+;|&)*+")
WORD_RE = re.compile(r"\w+")
BODY_RE = re.compile(r"<body\b", re.IGNORECASE)
# A tag to its first ">"; "/" right before it marks a self-closed tag. Written without a lazy
# quantifier (which retried the closing part at every character: twice the time on news pages)
TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>")
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
WRAPPER_RE = re.compile(r"</?(?:div|span|section|font|center)\b[^>]*>", re.IGNORECASE)
MAX_PARSE_DEPTH = 200  # libxml2 drops what lies deeper than 255; wrappers go well before that
HTML_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})\b", re.IGNORECASE)


def run_trafilatura(page: str, url: str | None, favor_precision: bool) -> dict[str, Any] | None:
    """trafilatura's reading of the page: text plus metadata (the settings the bench uses)."""
    import trafilatura

    document = trafilatura.bare_extraction(
        page,
        url=url,
        favor_precision=favor_precision,
        include_comments=False,
        with_metadata=True,
    )
    if document is None:
        return None
    return document if isinstance(document, dict) else document.as_dict()


def extract_html(page: str, url: str | None, options: Options) -> DocumentInfo:
    """Article text and metadata of an HTML page; boilerplate and promo lines dropped."""
    try:
        reading = _read(page, url, options.favor_precision)
        if options.favor_precision and len(reading[1]) < FALLBACK_MIN_CHARS:
            second = _read(page, url, False)
            if len(second[1]) >= FALLBACK_MIN_GAIN * max(len(reading[1]), 1):
                reading = second
    except Exception as exc:  # lxml/trafilatura on a hostile page: no text, not a crash
        log.debug("trafilatura failed: %s: %s", type(exc).__name__, exc)
        reading = (None, "", [], None, None)
    result, text, removed, title, publisher = reading
    if result is None or not text.strip():
        # The whole page is listed as removed; its text is not repeated in the record.
        return DocumentInfo(
            text="", removed=[Removal(0, len(page), "boilerplate", "")], url=url,
            language=_page_language(page),
        )
    return DocumentInfo(
        text=text,
        removed=removed,
        title=title,
        publisher=publisher,
        url=result.get("url") or url,
        published=result.get("date") or None,
        author=result.get("author") or None,
        language=result.get("language") or _page_language(page),
    )


def nesting_depth(page: str) -> int:
    """How deep the page's elements nest (void and self-closed tags do not count)."""
    depth = deepest = 0
    for closing, name, rest in TAG_RE.findall(page):
        if rest.endswith("/") or name.lower() in VOID_TAGS:  # "<br/>", "<span/>": closed at once
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


def flatten_wrappers(page: str) -> str:
    """The page without its layout wrappers (div, span, section, font, center): their text
    stays, so a page nested past what libxml2 parses (255 levels) keeps its article."""
    return WRAPPER_RE.sub(" ", page)


def _read(
    page: str, url: str | None, favor_precision: bool
) -> tuple[dict[str, Any] | None, str, list[Removal], str | None, str | None]:
    """trafilatura's result, the filtered text, its removals, title and publisher."""
    readable = flatten_wrappers(page) if nesting_depth(page) > MAX_PARSE_DEPTH else page
    result = run_trafilatura(readable, url, favor_precision)
    body = (result or {}).get("text") or ""
    if result is None or not body.strip():
        return result, "", [], None, None
    title = result.get("title") or None
    publisher = result.get("sitename") or None
    titles = [title] if title else []
    if title:
        head, suffix = split_title_suffix(title)
        if suffix and (publisher is None or _same_name(suffix, publisher)):
            title, publisher = head, publisher or suffix
            titles.append(head)
    text, removed = filter_lines(body, page, titles)
    return result, text, removed, title, publisher


def filter_lines(
    body: str, page: str, titles: list[str] | None = None
) -> tuple[str, list[Removal]]:
    """Drop promo/boilerplate/spam lines (and a first line repeating a title) from ``body``."""
    lines = body.split("\n")
    reasons = line_reasons(lines)
    spam = unrelated_lines(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and _norm(lines[first]) in {_norm(t) for t in titles or ()}:
        reasons[first] = "boilerplate"
    kept: list[str] = []
    removed: list[Removal] = []
    body_at = BODY_RE.search(page)
    search_from = body_at.start() if body_at else 0
    for line, reason, is_spam in zip(lines, reasons, spam, strict=True):
        reason = reason or ("spam" if is_spam else None)
        if reason is None:
            kept.append(line)
            continue
        where = locate_line(page, line, search_from) or locate_line(page, line, 0)
        if where is not None:
            removed.append(Removal(where[0], where[1], reason, page[where[0]:where[1]]))
            search_from = where[1]
    return "\n".join(kept).strip(), removed


def locate_line(page: str, line: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets in ``page`` of the words of ``line`` (tags/entities between them allowed).

    A scan from each occurrence of the first word rather than one regex per line:
    compiling a pattern per removed line cost more than the whole promo filter.
    """
    words = WORD_RE.findall(line)
    if not words or len(words) > LOCATE_MAX_WORDS:
        return None
    first, rest = words[0], words[1:]
    pos = start
    while (at := page.find(first, pos)) >= 0:
        pos = at + 1
        if at > 0 and _is_word_char(page[at - 1]):
            continue
        end = at + len(first)
        for word in rest:
            gap = GAP_RE.match(page, end)
            end = gap.end() if gap else end
            if not page.startswith(word, end):
                break
            end += len(word)
        else:
            if end >= len(page) or not _is_word_char(page[end]):
                return at, end
    return None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _page_language(page: str) -> str:
    m = HTML_LANG_RE.search(page[:5000])
    return m.group(1).lower() if m else "und"


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_name(a: str, b: str) -> bool:
    """"BBC News" ~ "bbc.com" ~ "BBC": one name's letters start the other's."""
    x = re.sub(r"\W|\b(?:com|org|net|co|uk)\b", "", a.casefold())
    y = re.sub(r"\W|\b(?:com|org|net|co|uk)\b", "", b.casefold())
    return bool(x and y) and (x.startswith(y) or y.startswith(x))
