"""The seed article (examples/seed/article.txt) as EXPECTED.md describes its document."""

from __future__ import annotations

import re

import pytest

from ..conftest import run_text

TITLE = "“2429 surrender”… Russia Occupies Mariupol"


def sentences_of(text: str) -> list[str]:
    """The report's sentences: every line that is not markup or the spam line."""
    return [
        line.strip() for line in text.splitlines()
        if line.strip() and not line.startswith("<img") and not line.startswith("Read also")
    ]


@pytest.fixture(scope="module")
def seed_record(pipeline, seed_text):
    return run_text(pipeline, seed_text, id="seed")


def test_title_and_publisher(seed_record) -> None:
    assert seed_record.document.title == TITLE
    assert seed_record.document.publisher == "JTBC News"


def test_every_sentence_is_kept_and_the_damage_is_gone(seed_record, seed_text) -> None:
    text = seed_record.document.text
    for line in sentences_of(seed_text):
        assert line in text
    assert "<img" not in text and "src=" not in text
    assert "Read also" not in text
    assert not re.search(r"OEM|Metal Wall Art|Colorado", text)
    # The headline stays in the text, so the headline figure can be a span.
    assert text.startswith(TITLE) and "2429" in text


def test_four_removals_with_reasons_and_input_offsets(seed_record, seed_text) -> None:
    removed = seed_record.document.removed
    assert sorted(r.reason for r in removed) == ["markup", "markup", "markup", "promo"]
    for r in removed:
        assert seed_text[r.start:r.end] == r.text
    markup = [r.text.strip() for r in removed if r.reason == "markup"]
    assert markup == ['<img alt="” src=””/>'] * 3
    [promo] = [r for r in removed if r.reason == "promo"]
    assert promo.text.startswith("Read also") and "OEM/ODM Quotes" in promo.text


def test_the_seed_is_english_and_read(seed_record) -> None:
    assert seed_record.document.language == "en"
    assert seed_record.skipped is None and seed_record.doc is not None


def test_the_spam_line_goes_without_its_read_also_prefix(pipeline, seed_text) -> None:
    text = seed_text.replace("Read also\xa0 ", "")
    assert "\nOEM China Metal Wall Art" in text
    record = run_text(pipeline, text)
    assert "OEM" not in record.document.text
    assert sorted(r.reason for r in record.document.removed) == [
        "markup", "markup", "markup", "spam"
    ]


def test_caller_metadata_wins(pipeline, seed_text) -> None:
    record = run_text(pipeline, seed_text, published="2022-05-21", publisher="JTBC")
    assert record.document.published == "2022-05-21"
    assert record.document.publisher == "JTBC"
    assert record.document.title == TITLE
