"""Turn a RawDocument into a Record: HTML extraction or scraped-text repair, metadata,
language. Every deletion is recorded in ``document.removed`` with input offsets."""

from __future__ import annotations

from ..ingest.raw import RawDocument, normalized_hash
from ..options import Options
from ..record import DocumentInfo, Record
from .html import extract_html
from .language import guess_language
from .text import clean_text

META_FIELDS = ("title", "url", "publisher", "published", "author")


class Cleaner:
    """The first stage: what the extractors read, and what was taken out to get it."""

    name = "clean"
    requires: tuple[str, ...] = ()
    assigns = ("document",)

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, raw: RawDocument) -> Record:
        if raw.text is not None:
            if self.options.clean:
                cleaned = clean_text(raw.text)
                info = DocumentInfo(text=cleaned.text, removed=cleaned.removed,
                                    title=cleaned.title, publisher=cleaned.publisher)
            else:
                info = DocumentInfo(text=raw.text)
            input_text = raw.text
        else:
            input_text = raw.html or ""
            info = extract_html(input_text, url=raw.url, options=self.options)
        # Caller-given metadata wins over what was guessed.
        for key in META_FIELDS:
            value = getattr(raw, key)
            if value:
                setattr(info, key, value)
        info.source = raw.origin
        # The text decides; a page's declared language only fills in when the text is too
        # short to tell (declarations are often a site-wide default).
        detected, note = guess_language(info.text, prefer=self.options.language, declared=info.language)
        info.language = detected if detected != "und" else (info.language or "und")
        doc_id = raw.id or normalized_hash(info.text or input_text)
        record = Record(id=doc_id, document=info, input_text=input_text)
        if note:
            record.notes.append(note)
        if info.language not in (self.options.language, "und"):
            record.skipped = (
                f"language is {info.language!r}, the extractors read {self.options.language!r}"
            )
        return record
