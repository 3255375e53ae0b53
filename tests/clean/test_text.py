"""Scraped-text repair: markup (curly quotes and all), entities, title suffix, and the
guarantee every caller relies on: removals are exact, disjoint, and explain the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean.text import clean_text, split_title, split_title_suffix
from eventwire.record import Removal


def replay(raw: str, removed: list[Removal]) -> str:
    """Apply the listed removals to the input: must give ``document.text`` back."""
    out, pos = [], 0
    for r in sorted(removed, key=lambda r: r.start):
        out.append(raw[pos:r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(raw[pos:])
    return "".join(out)


def check_removals(raw: str, removed: list[Removal]) -> None:
    previous_end = 0
    for r in sorted(removed, key=lambda r: r.start):
        assert 0 <= r.start <= r.end <= len(raw)
        assert r.start >= previous_end, "removals overlap"
        assert raw[r.start:r.end] == r.text
        previous_end = r.end


PAGE = (
    "Dam repairs begin after week of storms - Valley Courier\n\n"
    "<img alt=\"” src=””/>\n\n"
    "Engineers began repairing the Kessel dam on Monday, the water board said.\n\n"
    "Crews worked through the night <span class=“note”>to reinforce</span> the spillway.\n\n"
    "The board thanked AT&amp;T for lending emergency radios.\n"
)


def test_markup_with_curly_quotes_goes_and_every_removal_is_exact() -> None:
    cleaned = clean_text(PAGE)
    assert "<" not in cleaned.text and "”/>" not in cleaned.text
    assert "Engineers began repairing the Kessel dam on Monday" in cleaned.text
    assert "Crews worked through the night to reinforce the spillway." in cleaned.text
    check_removals(PAGE, cleaned.removed)
    assert replay(PAGE, cleaned.removed) == cleaned.text
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("markup") == 3  # the image line, and the span's two tags


def test_entity_is_decoded_and_the_replacement_is_recorded() -> None:
    cleaned = clean_text(PAGE)
    assert "AT&T" in cleaned.text and "&amp;" not in cleaned.text
    [entity] = [r for r in cleaned.removed if r.reason == "entity"]
    assert (entity.text, entity.replacement) == ("&amp;", "&")


def test_script_blocks_comments_and_cut_off_tags_go() -> None:
    raw = (
        "Council approves budget\n\n"
        "<script>var ad = '<b>buy</b>';</script>\n"
        "The council approved the budget on Friday. <!-- tracking pixel -->\n"
        "<img src=“/photos/council.jpg\n"
        "Spending on roads rises by a tenth.\n"
    )
    cleaned = clean_text(raw)
    assert "script" not in cleaned.text and "tracking" not in cleaned.text
    assert "council.jpg" not in cleaned.text
    assert "The council approved the budget on Friday." in cleaned.text
    assert "Spending on roads rises by a tenth." in cleaned.text
    check_removals(raw, cleaned.removed)
    assert replay(raw, cleaned.removed) == cleaned.text


def test_angle_brackets_in_prose_are_not_markup() -> None:
    raw = "Turnout was < 40% in the north and > 60% in the south, officials said.\n"
    cleaned = clean_text(raw)
    assert cleaned.text == raw and cleaned.removed == []


def test_clean_prose_is_left_alone() -> None:
    raw = "Harbour reopens\n\nThe harbour reopened on Sunday after the storm passed.\n"
    cleaned = clean_text(raw)
    assert cleaned.text == raw and cleaned.removed == []
    assert cleaned.title == "Harbour reopens" and cleaned.publisher is None


def test_title_suffix_becomes_publisher() -> None:
    assert split_title_suffix("Dam repairs begin | Valley Courier") == (
        "Dam repairs begin", "Valley Courier"
    )
    assert split_title_suffix("Dam repairs begin after storms - BBC News") == (
        "Dam repairs begin after storms", "BBC News"
    )
    assert split_title_suffix("Dam repairs begin") == ("Dam repairs begin", None)
    cleaned = clean_text(PAGE)
    assert (cleaned.title, cleaned.publisher) == (
        "Dam repairs begin after week of storms", "Valley Courier"
    )


def test_a_first_line_that_is_a_sentence_is_not_a_title() -> None:
    assert split_title("The board met on Monday and approved the plan.\nMore text.") == (
        None, None
    )


# Lines built from pieces that exercise every rule: tags (straight/curly/cut off),
# entities, promo and boilerplate openers, spam-like capitalised runs, blank lines.
_PIECES = st.sampled_from([
    "<img alt=\"” src=””/>", "<p>", "</div>", "<a href='x'>", "<img src=“a.jpg", "&amp;",
    "&nbsp;", "&bogus;", "Read also ", "Related: ", "See also", "Copyright 2024 ",
    "http://example.org/x", "OEM China Metal Wall Art", "Quotes", "The river rose.",
    "Officials said", " ", "\n", "\n\n", "\r\n", "<", ">", "”", "- ", "[VIDEO]", "<!--", "-->",
    "<script>", "</script>", "é", "\u2028", "\t",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map("".join)))
def test_removals_are_disjoint_inside_the_input_and_reproduce_the_text(raw: str) -> None:
    cleaned = clean_text(raw)
    check_removals(raw, cleaned.removed)
    assert replay(raw, cleaned.removed) == cleaned.text
