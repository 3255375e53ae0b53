"""HTML pages: trafilatura for the article body and metadata, then the promo filter."""

from __future__ import annotations

from ..options import Options
from ..record import DocumentInfo, Removal
from .promo import is_promo_line
from .text import split_title_suffix


def extract_html(page: str, url: str | None, options: Options) -> DocumentInfo:
    """Article text and metadata of an HTML page; boilerplate and promo lines dropped."""
    import trafilatura

    result = trafilatura.bare_extraction(
        page,
        url=url,
        favor_precision=options.favor_precision,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        as_dict=True,
    )
    if not result or not (result.get("text") or "").strip():
        return DocumentInfo(text="", removed=[Removal(0, len(page), "boilerplate")])
    body = result.get("text") or ""
    kept, removed = [], []
    for line in body.split("\n"):
        if is_promo_line(line):
            at = page.find(line.strip()[:40])
            if at >= 0:
                removed.append(Removal(at, at + len(line.strip()[:40]), "promo", line))
            continue
        kept.append(line)
    text = "\n".join(kept).strip()
    title = result.get("title")
    publisher = result.get("sitename")
    if title:
        head, suffix = split_title_suffix(title)
        title, publisher = head, publisher or suffix
    return DocumentInfo(
        text=text,
        removed=removed,
        title=title,
        publisher=publisher,
        url=result.get("url") or url,
        published=(result.get("date") or None),
        author=result.get("author"),
        language=result.get("language") or "und",
    )
