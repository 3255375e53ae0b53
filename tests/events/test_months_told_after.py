"""A month or a year told by the one before it ("in September 2020 ... the following month", "a
year later"), and a year that opens a span running to now ("since it began in October 2017"),
which sets no year for the yearless months told after it.

Sentences written for these tests (:func:`eventwire.events.timex.find_dates`), read through
the whole pipeline, published on Friday, 2024-06-14.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.timex import find_dates, stated_year
from tests.events.test_words_and_days import rows

PUBLISHED = date(2024, 6, 14)


def _date_of(pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    row = next(e for e in rows(pipeline, text) if e.trigger.text == trigger)
    return (row.date.start, row.date.end) if row.date is not None else (None, None)


@pytest.mark.parametrize("text, trigger, start, end", [
    ("He spoke at a rally in Bangkok in September 2020 and at a protest in Khon Kaen the following month.",
     "protest", "2020-10-01", "2020-10-31"),
    ("Soldiers seized the town in March 2015 and recaptured the airport a year later.", "recaptured",
     "2016-01-01", "2016-12-31"),
    ("Police arrested 20 students in Yangon in May 2021 and released them the same month.", "released",
     "2021-05-01", "2021-05-31"),
])
def test_a_month_or_year_told_by_the_one_before(noclean_pipeline, text, trigger, start, end):
    assert _date_of(noclean_pipeline, text, trigger) == (start, end)


def test_a_year_that_opens_a_span_sets_no_year_for_the_story():
    text = ("The violence has killed more than 1,000 people since it began in October 2017, monitors say. "
            "In April, the insurgents killed 52 men in the village of Xitaxi.")
    second = text.index("In April")
    first = find_dates(text, 0, second, PUBLISHED)
    assert [m.opens_span for m in first] == [True] and stated_year(first) is None
    told = [m for m in find_dates(text, second, len(text), PUBLISHED, stated_year(first)) if m.kind == "mon"]
    assert [(m.value.start, m.value.end) for m in told] == [("2024-04-01", "2024-04-30")]


def test_a_year_told_as_the_story_s_still_sets_its_months():
    text = "The army moved on the capital in October 2017. In April, the insurgents killed 52 men in Xitaxi."
    second = text.index("In April")
    first = find_dates(text, 0, second, PUBLISHED)
    assert stated_year(first) == 2017
    told = [m for m in find_dates(text, second, len(text), PUBLISHED, stated_year(first)) if m.kind == "mon"]
    assert [m.value.start for m in told] == ["2017-04-01"]


def test_nothing_told_before_gives_no_date():
    found = find_dates("The following month, protesters returned to the square.", 0, 55, PUBLISHED)
    assert not any(m.kind == "that_month" for m in found)


def test_a_month_told_in_a_span_s_first_months_stays_in_its_year(noclean_pipeline):
    text = ("Militants have held the town since they captured it in June 2012, and in July they destroyed "
            "ancient shrines.")
    assert _date_of(noclean_pipeline, text, "destroyed") == ("2012-07-01", "2012-07-31")


@pytest.mark.parametrize("text, kept", [
    ("Chad on Sunday expelled four Sudanese diplomats. The expulsions followed a speech on Wednesday in which "
     "a Sudanese general accused Chad of arming the rebels.", "expelled"),
    ("Police arrested 20 protesters in Nairobi on Friday. The arrests followed clashes on Thursday near the "
     "parliament.", "arrested"),
])
def test_an_act_named_back_as_following_another_takes_not_its_day(noclean_pipeline, text, kept):
    """ "The expulsions followed a speech on Wednesday": the day is the speech's; the expulsions
    named back are the act told before, one row (:func:`eventwire.events.dates.borrowed_date`)."""
    found = rows(noclean_pipeline, text)
    assert kept in [e.trigger.text for e in found]
    assert not any(e.trigger.text in ("expulsions", "arrests") for e in found), \
        [(e.plover, e.trigger.text) for e in found]
