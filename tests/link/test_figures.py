"""Figures two reports give: disagreements, bounds, rounding, rising tolls, other counts.

Each case is two short phrases written for this test, read the way figures_of reads a
record: the number, the words just before it (its qualifier), the count's kind and unit,
and the report's date.
"""

from __future__ import annotations

import re

import pytest

from eventwire.link.figures import Figure, bound_before, compare, within_document


def fig(phrase: str, kind: str = "killed", unit: str | None = None, as_of: str = "2024-03-02") -> Figure:
    match = re.search(r"\d[\d,.]*(?:\s+million)?", phrase)
    assert match is not None
    number = match.group(0)
    value = float(number.replace(",", "").replace(" million", "")) * (1e6 if "million" in number else 1)
    return Figure(value=value, kind=kind, unit=unit, bound=bound_before(phrase, match.start()), as_of=as_of,
                  text=number, start=match.start(), end=match.end())


CASES = [
    # (report a, report b, verdict) -- same day unless dated
    (fig("killed 23 people"), fig("killed 23 people"), "agree"),
    (fig("2429 surrendered", "surrendered"), fig("2,439 fighters surrendered", "surrendered", "fighter"),
     "contradiction"),
    (fig("killed 12"), fig("killed 19"), "contradiction"),
    (fig("more than 2,000 surrendered", "surrendered"), fig("2,439 surrendered", "surrendered"), "consistent"),
    (fig("at least 40 dead"), fig("43 dead"), "consistent"),
    (fig("at least 40 dead"), fig("31 dead"), "contradiction"),
    (fig("up to 300 detained", "detained"), fig("250 detained", "detained"), "consistent"),
    (fig("fewer than 10 injured", "injured"), fig("14 injured", "injured"), "contradiction"),
    (fig("about 2,400 surrendered", "surrendered"), fig("2,439 surrendered", "surrendered"), "consistent"),
    (fig("some 500 displaced", "displaced"), fig("530 displaced", "displaced"), "consistent"),
    (fig("nearly 100 killed"), fig("97 killed"), "consistent"),
    (fig("nearly 100 killed"), fig("104 killed"), "contradiction"),
    (fig("2,400 surrendered", "surrendered"), fig("2,439 surrendered", "surrendered"), "consistent"),
    (fig("2,000 surrendered", "surrendered"), fig("2,439 surrendered", "surrendered"), "contradiction"),
    (fig("1.5 million displaced", "displaced"), fig("1,500,000 displaced", "displaced"), "agree"),
    (fig("killed 12", as_of="2024-03-01"), fig("killed 19", as_of="2024-03-03"), "timeline"),
    (fig("a toll of 40", as_of="2024-03-05"), fig("a toll of 31", as_of="2024-03-01"), "timeline"),
    (fig("killed 19", as_of="2024-03-01"), fig("killed 12", as_of="2024-03-03"), "contradiction"),
    (fig("12 soldiers killed", unit="soldier"), fig("30 civilians killed", unit="civilian"), "incomparable"),
    (fig("12 soldiers killed", unit="soldier"), fig("15 fighters killed", unit="fighter"), "contradiction"),
    (fig("12 killed"), fig("40 injured", "injured"), "incomparable"),
    (fig("500 troops deployed", "troops", as_of="2024-03-01"),
     fig("800 troops deployed", "troops", as_of="2024-03-04"), "contradiction"),
    (fig("over 10,000 protesters", "protesters"), fig("about 9,500 protesters", "protesters"), "consistent"),
    (fig("at least 5 killed"), fig("more than 3 killed"), "consistent"),
]


@pytest.mark.parametrize(("a", "b", "verdict"), CASES)
def test_pairs(a: Figure, b: Figure, verdict: str) -> None:
    assert compare(a, b).kind == verdict
    assert compare(b, a).kind == verdict  # the order of the reports does not matter


def test_qualifiers_read_from_the_words_before() -> None:
    assert bound_before("more than 2,000", 10) == "lower"
    assert bound_before("killed at least 40", 16) == "lower"
    assert bound_before("up to 300", 6) == "upper"
    assert bound_before("some 500", 5) == "approx"
    assert bound_before("nearly 100", 7) == "nearly"
    assert bound_before("the 531 who", 4) == "exact"
    assert bound_before("handsome 500", 9) == "exact"  # "some" inside a word is no qualifier


def test_within_one_text_only_near_equal_counts_disagree() -> None:
    headline, body = fig("2429 surrender", "surrendered"), fig("2,439 surrendered", "surrendered")
    assert within_document(headline, body).kind == "contradiction"
    day, total = fig("the last 531 surrendered", "surrendered"), fig("2429 surrendered", "surrendered")
    assert within_document(day, total).kind == "incomparable"  # a day's count and a total


def test_a_part_is_not_compared_with_a_total() -> None:
    from eventwire.link.figures import scope_around

    text = "The last 531 people left today surrendered, so the plant has been locked down since the 16th."
    at = text.index("531")
    assert scope_around(text, at, at + 3) == "part"  # "today" is nearer than "since"
    total_text = "In all, 2,439 fighters have surrendered since May 16."
    at2 = total_text.index("2,439")
    assert scope_around(total_text, at2, at2 + 5) == "total"
    headline = "“2429 surrender”… Russia Occupies Mariupol | JTBC News"
    assert scope_around(headline, 1, 5) is None  # "News" is no "new", however the window falls
    day = Figure(531, "surrendered", scope="part")
    assert compare(day, Figure(2439, "surrendered", scope="total")).kind == "incomparable"
    assert compare(day, Figure(2439, "surrendered")).kind == "incomparable"
    assert compare(day, Figure(700, "surrendered", scope="part")).kind == "contradiction"
