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
    # a small approximate count keeps an absolute give: ±10% of 10 is less than one person
    (fig("about 10 killed"), fig("12 killed"), "consistent"),
    (fig("about 10 killed"), fig("15 killed"), "contradiction"),
    (fig("nearly 20 injured", "injured"), fig("18 injured", "injured"), "consistent"),
    (fig("killed 10"), fig("killed 12"), "contradiction"),  # two exact small counts still disagree
    (fig("about 4 killed"), fig("about 8 killed"), "contradiction"),  # the give is at most a quarter
    (fig("about 3 killed"), fig("5 killed"), "contradiction"),
]


def test_nearly_a_count_is_never_below_zero() -> None:
    assert fig("nearly 1 killed").interval()[0] >= 0.0


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

    def scope(text: str, number: str) -> str | None:
        at = text.index(number)
        return scope_around(text, at, at + len(number))

    # the "since" belongs to the other clause: 531 says nothing of its scope
    assert scope("The last 531 people left today surrendered, so the plant has been locked down since the 16th.",
                 "531") is None
    assert scope("In all, 2,439 fighters have surrendered since May 16.", "2,439") == "total"
    assert scope("Another 40 fighters surrendered on Friday.", "40") == "part"
    assert scope("A car bomb killed 25 people in New Delhi today, police said.", "25") is None  # no "new" part
    assert scope("“2429 surrender”… Russia Occupies Mariupol | JTBC News", "2429") is None
    day = Figure(40, "surrendered", scope="part")
    assert compare(day, Figure(2439, "surrendered", scope="total")).kind == "incomparable"
    assert compare(day, Figure(2439, "surrendered")).kind == "incomparable"
    assert compare(day, Figure(70, "surrendered", scope="part")).kind == "contradiction"
    # a running total against one report's count, unless near (then they are one count)
    assert compare(Figure(300, "killed", scope="total"), Figure(12, "killed")).kind == "incomparable"
    assert compare(Figure(2439, "surrendered", scope="total"), Figure(2429, "surrendered")).kind == "contradiction"


@pytest.mark.parametrize(("phrase", "bound"), [
    ("no more than 45", "upper"), ("not more than 45", "upper"), ("no less than 45", "lower"),
    ("no fewer than 45", "lower"), ("more than 45", "lower"), ("fewer than 45", "upper"),
])
def test_negated_bounds(phrase: str, bound: str) -> None:
    assert bound_before(phrase, phrase.index("45")) == bound


def test_a_narrower_count_is_not_the_whole() -> None:
    people, children = Figure(25, "killed", "people"), Figure(8, "killed", "child")
    assert compare(people, children).kind == "incomparable"
    assert compare(Figure(30, "killed", "people"), Figure(12, "killed", "officer")).kind == "incomparable"
    assert compare(Figure(2429, "surrendered"), Figure(2439, "surrendered", "fighter")).kind == "contradiction"


def test_ranges_are_one_figure() -> None:
    from eventwire.link.figures import join_ranges

    text = "Between 10 and 20 people were killed; later the toll rose from 98 to 104."
    a, b = text.index("10"), text.index("20")
    c, d = text.index("98"), text.index("104")
    figs = [Figure(10, "killed", start=a, end=a + 2), Figure(20, "killed", start=b, end=b + 2),
            Figure(98, "killed", start=c, end=c + 2), Figure(104, "killed", start=d, end=d + 3)]
    joined = join_ranges(figs, text)
    assert [(f.value, f.high, f.bound) for f in joined] == [(10, 20, "range"), (98, 104, "range")]
    assert text[joined[0].start:joined[0].end] == joined[0].text == "10 and 20"
    assert compare(joined[0], Figure(15, "killed")).kind == "consistent"
    assert compare(joined[0], Figure(40, "killed")).kind == "contradiction"
