"""A date pattern is skipped only where it cannot match: its cue words are absent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.events.datepatterns import PATTERNS, may_match

# One phrase or more for every alternative of every pattern (written for this test).
PHRASES = [
    "on 2023-04-05 at noon", "between 1 and 7 March", "8-9 March 2024", "March 3 to 5", "from Sept. 3-4, 2021",
    "on March 3, 2022", "on 3 March 2022", "3rd of May, 2020", "on December 8 last year", "8 March this year",
    "on Nov. 21 the army", "on 21 November", "in June 2019", "Jan 2020", "three days ago", "2 Weeks Ago",
    "a year ago", "since the 16th", "since February the", "on the 20th,", "the 3rd day", "earlier that day",
    "Later That Morning", "the same evening", "the next day", "the following morning", "the previous week",
    "the same week", "the night before.", "two days later", "a week earlier", "12 days afterwards",
    "hours later", "several hours earlier", "minutes later", "a few seconds later", "moments later",
    "shortly afterwards", "soon afterward", "on Monday", "last Friday", "Thursday last week",
    "Tuesday of next week", "in April last year", "mid-June next year", "overnight", "Overnight on Sunday",
    "over the weekend", "last weekend", "this past weekend", "the day before yesterday", "Yesterday",
    "today", "tonight", "last night", "this morning", "this afternoon", "This Evening", "tomorrow",
    "next week", "next month", "next year", "last month", "this year", "earlier this week",
    "later this month", "in 2014", "since 1998", "In Early 2020", "mid-2021", "by late 2019",
    "in March", "in early May", "at the end of October", "towards the start of Dec.", "mid-August",
    "last March", "this past April", "the 2019 bombing", "Hamas's 2014 war", "a deadly January attack",
    "the late March offensive", "the following month", "The Same Year", "two years later", "a month earlier",
]
VOCAB = PHRASES + ["the", "The", "on", "in", "of", "and", ",", ".", "-", "1", "12", "2021", "1990", "21st",
                   "day", "DAY", "May", "may", "march", "Sept", "ago", "since", "week", "hours", "later"]


def _unmissed(text: str) -> None:
    lowered = text.lower()
    for kind, pattern in PATTERNS:
        if pattern.search(text) is not None:
            assert may_match(kind, pattern, text, lowered), (kind, text)


def test_every_phrase_keeps_its_pattern() -> None:
    matched = set()
    for phrase in PHRASES:
        text = f"Officials said {phrase} troops moved."
        _unmissed(text)
        matched |= {kind for kind, pattern in PATTERNS if pattern.search(text)}
    assert matched == {kind for kind, _ in PATTERNS}  # the phrases reach every pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=8))
def test_no_pattern_matches_without_its_cues(words: list[str]) -> None:
    _unmissed(" ".join(words))


def test_a_sentence_with_no_cue_runs_no_pattern() -> None:
    text = "Rebels attacked the town, the governor said."
    assert not any(may_match(kind, pattern, text, text.lower()) for kind, pattern in PATTERNS)
