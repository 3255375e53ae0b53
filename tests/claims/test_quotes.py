"""Quote finding on broken punctuation, and the stage on whatever text comes in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.claims.quotes import find_quotes
from eventwire.claims.stage import ClaimStage
from eventwire.nlp.model import load_model
from eventwire.record import SCHEMA, DocumentInfo, Record


def inner(text, quote):
    return text[quote.inner_start:quote.inner_end]


def test_curly_quote_closed_by_an_opening_mark():
    text = "He said, “The last group left today. “He said. Then it rained."
    [quote] = find_quotes(text)
    assert inner(text, quote) == "The last group left today. "


def test_missing_closing_mark_ends_at_the_paragraph():
    text = "She said: “We will not leave\n\nThe next paragraph is narration."
    [quote] = find_quotes(text)
    assert inner(text, quote) == "We will not leave"
    assert quote.closed is False


def test_quote_running_over_paragraphs_is_one_quote():
    text = "“The first part of it.\n\n“The second part of it,” he said."
    [quote] = find_quotes(text)
    assert quote.start == 0
    assert text[quote.start:quote.end].endswith("second part of it,”")


def test_mixed_straight_and_curly_marks_pair_in_order():
    text = 'He said "we are safe” and left. She said “no" twice.'
    quotes = find_quotes(text)
    assert [inner(text, q) for q in quotes] == ["we are safe", "no"]


def test_empty_quotes_are_not_quotes():
    assert find_quotes("The sign read “” and nothing else. \"\" again.") == []


@pytest.fixture(scope="module")
def stage():
    return ClaimStage()


@pytest.fixture(scope="module")
def nlp():
    return load_model()


PIECES = st.sampled_from([
    "“", "”", '"', "„", "«", "»", " ", "\n", "\n\n", ", he said", " said ", "It is said that ",
    "According to the ministry", "the army", "reportedly", "The ministry said", ".", ",",
    "could not confirm the video", "The BBC", "it", "added", "“”", '""', "Kyiv", "fell",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, max_size=30))
def test_any_quote_soup_gives_a_valid_record(stage, nlp, pieces):
    text = "".join(pieces)
    record = Record(id="h", document=DocumentInfo(text=text, language="en"), doc=nlp(text))
    record = stage(record)
    out = record.to_dict()
    assert out["schema"] == SCHEMA
    for claim in out["claims"]:
        for key in ("content", "cue", "source"):
            span = claim[key]
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
                assert 0 <= span["start"] <= span["end"] <= len(text)
        assert claim["verification"] is None or claim["verification"]["status"] in (
            "unconfirmed", "confirmed", "disputed")


@given(st.text(alphabet=st.sampled_from('ab “”"\n.,«»'), max_size=80))
def test_find_quotes_never_raises_and_stays_in_bounds(text):
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.inner_start <= quote.inner_end <= quote.end <= len(text)
