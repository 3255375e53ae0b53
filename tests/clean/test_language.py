"""Language: detected from the text; a non-English document is stored, marked, not read."""

from __future__ import annotations

import pytest

from eventwire.clean import Cleaner
from eventwire.clean.language import detect_language
from eventwire.ingest import RawDocument
from eventwire.options import Options

from ..conftest import run_text

GERMAN = (
    "Hochwasser in Kessel\n\n"
    "Nach tagelangen Regenfällen ist der Fluss in der Nacht zum Montag über die Ufer "
    "getreten. Mehr als vierhundert Bewohner mussten ihre Häuser verlassen, teilte die "
    "Feuerwehr mit. Die Reparatur des beschädigten Damms soll mindestens sechs Wochen dauern.\n"
)
ENGLISH = (
    "Flooding in Kessel\n\n"
    "After days of rain the river burst its banks overnight into Monday. More than four "
    "hundred residents had to leave their homes, the fire service said.\n"
)


@pytest.mark.parametrize(("text", "code"), [
    (ENGLISH, "en"),
    (GERMAN, "de"),
    ("Le gouvernement a annoncé lundi de nouvelles aides pour les villages inondés.", "fr"),
    ("El gobierno anunció el lunes nuevas ayudas para los pueblos inundados.", "es"),
    ("Ok.", "und"),
    ("", "und"),
    ("12 34 56 78 !!", "und"),
])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_german_document_is_stored_and_marked_not_extracted(pipeline) -> None:
    record = run_text(pipeline, GERMAN, id="de-flood")
    assert record.document.language == "de"
    assert record.skipped is not None and "'de'" in record.skipped
    assert record.doc is None and record.entities == [] and record.events == []
    # Stored as it is: the text and the record are all there.
    data = record.to_dict()
    assert data["document"]["text"].startswith("Hochwasser in Kessel")


def test_an_english_document_is_read(pipeline) -> None:
    record = run_text(pipeline, ENGLISH)
    assert record.document.language == "en" and record.skipped is None
    assert record.doc is not None


def test_the_text_decides_over_the_page_declaration() -> None:
    body = "".join(f"<p>{p}</p>" for p in GERMAN.split("\n\n"))
    page = f"<html lang='en'><head><title>Hochwasser</title></head><body>{body}</body></html>"
    record = Cleaner(Options())(RawDocument(origin="<test>", html=page))
    assert record.document.language == "de" and record.skipped is not None


def test_the_page_declaration_fills_in_when_the_text_is_too_short() -> None:
    page = "<html lang='fr'><body><article><p>Oui.</p></article></body></html>"
    record = Cleaner(Options())(RawDocument(origin="<test>", html=page))
    assert record.document.language in ("fr", "und")


def test_a_short_english_brief_is_not_taken_for_a_neighbouring_language() -> None:
    from eventwire.clean.language import detect_language

    brief = "Police arrested 3 men in Lagos on Monday."
    assert detect_language(brief, prefer="en") == "en"
    german = "Der Präsident hat heute in Berlin gesprochen und die Regierung kritisiert."
    assert detect_language(german, prefer="en") == "de"


@pytest.mark.parametrize("headline", [
    "Police in Lagos arrest ten men",  # Nigerian Pidgin to the detector, and rejected before
    "Gunmen kill pastor in Enugu",
    "Minister resigns over bribery scandal",
    "Coup in Niger",  # too few letters to tell
])
def test_a_short_english_text_is_read_and_the_fallback_noted(pipeline, headline: str) -> None:
    record = run_text(pipeline, headline)
    assert record.document.language == "en" and record.skipped is None, record.notes
    assert any(n.startswith("language: short text") and "read as 'en'" in n for n in record.to_dict()["notes"])


def test_a_short_foreign_headline_is_still_foreign(pipeline) -> None:
    record = run_text(pipeline, "Polizei nimmt Verdächtige fest")
    assert record.document.language == "de" and record.skipped is not None
    assert not any(n.startswith("language:") for n in record.notes)


def test_a_sure_english_text_needs_no_note(pipeline) -> None:
    record = run_text(pipeline, ENGLISH)
    assert not any(n.startswith("language:") for n in record.notes)
