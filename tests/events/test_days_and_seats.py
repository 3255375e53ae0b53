"""When and where, told the ways wire copy tells them: days of a month still to come, a span of
weekdays "last week", "the following week", a day that belongs to the reason for an act, and the
places that are a teller's or a body's, not the act's.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.dates`,
:mod:`eventwire.events.timex`, :mod:`eventwire.events.sites` or
:mod:`eventwire.events.whereabouts` through the whole pipeline.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import run_text
from tests.events.test_retellings import of_type, one, rows
from tests.events.test_sides_told import place_text


def days(row) -> tuple[str | None, str | None]:
    return (row.date.start, row.date.end) if row.date is not None else (None, None)


# -- days of a month still to come ---------------------------------------------------------------
@pytest.mark.parametrize("text, published, plover, day", [
    ("Ukraine and its allies will hold a peace summit in Switzerland on July 16.", "2024-06-14", "CONSULT",
     "2024-07-16"),
    ("Iraq's prime minister will visit Washington on February 10.", "2024-11-20", "AGREE", "2025-02-10"),
    ("The two leaders are due to meet in Geneva on Aug. 3.", "2024-06-14", "CONSULT", "2024-08-03"),
])
def test_days_of_a_month_an_act_is_still_to_come_on_lie_ahead(noclean_pipeline, text, published, plover, day):
    row = one(noclean_pipeline, text, plover, published=published)
    assert days(row) == (day, day)


@pytest.mark.parametrize("text, published, plover, day", [
    ("Negotiators will hold talks in Doha on March 9, Qatar's foreign ministry said.", "2026-03-10", "CONSULT",
     "2026-03-09"),
    ("The opposition said it would hold a rally on February 10.", "2024-11-20", "PROTEST", "2025-02-10"),
    ("The opposition said it would hold a rally on February 10.", "2024-03-20", "PROTEST", "2024-02-10"),
])
def test_days_of_a_month_just_past_or_told_by_an_undated_telling_take_the_nearer_year(
        noclean_pipeline, text, published, plover, day):
    [row] = [e for e in rows(noclean_pipeline, text, published=published) if e.plover in (plover, "THREATEN", "AGREE")]
    assert days(row) == (day, day)


def test_days_of_a_month_an_act_was_done_on_lie_behind(noclean_pipeline):
    row = one(noclean_pipeline, "Police arrested 12 protesters in Lagos on July 16.", "COERCE", published="2024-06-14")
    assert days(row) == ("2023-07-16", "2023-07-16")


# -- a span of weekdays with its week --------------------------------------------------------------
@pytest.mark.parametrize("text, published, span", [
    ("Teachers in Nairobi staged a strike from Tuesday to Thursday last week over unpaid wages.", "2024-04-12",
     ("2024-04-02", "2024-04-04")),
    ("Protesters occupied the main square in Belgrade between Monday and Wednesday last week.", "2024-04-09",
     ("2024-04-01", "2024-04-03")),
    ("Teachers in Nairobi staged a strike from Tuesday to Thursday over unpaid wages.", "2024-04-12",
     ("2024-04-09", "2024-04-11")),
])
def test_a_span_of_weekdays_lies_in_the_week_its_last_day_names(noclean_pipeline, text, published, span):
    [row] = [e for e in rows(noclean_pipeline, text, published=published) if e.plover in ("PROTEST", "COERCE")]
    assert days(row) == span


# -- the week after or before a told day -------------------------------------------------------------
@pytest.mark.parametrize("text, plover, span", [
    ("Tunisian police arrested a prominent lawyer on March 12. The following week, they detained two "
     "journalists in Tunis.", "COERCE", ("2024-03-18", "2024-03-24")),
    ("The army recaptured the town on March 20. The previous week, RSF drones had struck an army base "
     "near the town.", "ASSAULT", ("2024-03-11", "2024-03-17")),
])
def test_the_following_or_previous_week_is_counted_from_the_day_told_before(noclean_pipeline, text, plover, span):
    found = of_type(rows(noclean_pipeline, text, published="2024-04-02"), plover)
    [row] = [e for e in found if e.trigger.text in ("detained", "struck")]
    assert days(row) == span


def test_the_same_week_is_the_week_of_the_day_told_before(noclean_pipeline):
    found = rows(noclean_pipeline, "Police arrested a lawyer on March 12. The same week, they detained two journalists "
                 "in Tunis.", published="2024-04-02")
    [row] = [e for e in found if e.trigger.text == "detained"]
    assert days(row) == ("2024-03-11", "2024-03-17")


@pytest.mark.parametrize("text", [
    "The rebels announced on Friday they would free the hostages the next week.",
    "Talks will be held in the next week, the ministry said.",
])
def test_the_next_week_is_the_week_to_come(noclean_pipeline, text):
    [row] = rows(noclean_pipeline, text, published="2024-03-08")
    assert row.date is not None and row.date.start >= "2024-03-09"


# -- a day that belongs to the reason for an act -----------------------------------------------------
@pytest.mark.parametrize("text, published", [
    ("Egypt expelled the journalist over an article he published in December.", "2024-01-10"),
    ("Afghan intelligence arrested two men over an attack that killed 10 people in Kabul last year.", "2024-04-10"),
])
def test_the_day_of_what_an_act_was_over_is_not_the_act_s(noclean_pipeline, text, published):
    row = one(noclean_pipeline, text, "COERCE", published=published)
    week_before = (date.fromisoformat(published) - timedelta(days=7)).isoformat()
    assert days(row) == (week_before, published)  # current news with no day of its own


@pytest.mark.parametrize("text, day", [
    ("Police arrested 20 people during a march that was held in Nairobi on Monday.", "2024-04-08"),
    ("Police arrested the organisers after a rally that ended in violence on Monday.", "2024-04-08"),
])
def test_the_day_of_what_an_act_was_done_during_or_after_still_dates_it(noclean_pipeline, text, day):
    row = one(noclean_pipeline, text, "COERCE", published="2024-04-10")
    assert days(row) == (day, day)


# -- places that are a teller's or a body's -----------------------------------------------------------
@pytest.mark.parametrize("text, plover", [
    ("Militants attacked an army post on Saturday, killing nine soldiers, the Doha-based Al Jazeera network "
     "reported.", "ASSAULT"),
    ("Government forces shelled rebel positions on Friday, killing 12 fighters, a monitoring group based in "
     "London said.", "ASSAULT"),
])
def test_where_a_reporting_body_sits_or_its_teller_spoke_is_not_the_act_s_place(noclean_pipeline, text, plover):
    row = one(noclean_pipeline, text, plover)
    assert row.location is None


def test_a_statement_issued_in_a_town_is_told_there(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Three Israeli soldiers were killed in fighting on Monday, the military said in a statement issued in "
        "Tel Aviv."), "ASSAULT")
    assert place_text(row) == "Israeli"  # the teller's country, not his town


@pytest.mark.parametrize("text, plover, place", [
    ("Police raided the offices of the Moscow-based newspaper Novaya Gazeta on Tuesday.", "COERCE", "Moscow"),
    ("Militants attacked French troops based in Gao on Monday.", "ASSAULT", "Gao"),
    ("Police arrested a prominent opposition leader on Tuesday, his lawyer told reporters in Harare.", "COERCE",
     "Harare"),
])
def test_a_body_s_seat_or_a_teller_s_town_that_is_the_act_s_stays_its_place(noclean_pipeline, text, plover, place):
    row = one(noclean_pipeline, text, plover)
    assert place_text(row) == place


@pytest.mark.parametrize("text, place", [
    ("Police fired tear gas at protesters in Nairobi on Tuesday, the interior ministry said.", "Nairobi"),
    ("Militants attacked an army post near Kidal on Saturday, the London-based monitor said.", "Kidal"),
])
def test_the_act_s_own_place_stands_beside_a_teller_s(noclean_pipeline, text, place):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]
    assert place_text(row) == place


def test_a_town_set_beside_where_a_teller_is_based_is_no_place_of_the_act(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen killed five villagers on Monday, a rights group based in Bamenda, Cameroon, "
              "said.", "ASSAULT")
    assert place_text(row) not in ("Bamenda", "Cameroon")


# -- a capital named by its country -------------------------------------------------------------
@pytest.mark.parametrize("text, plover, capital", [
    ("Russia launched a massive missile attack on the Ukrainian capital early on Monday.", "ASSAULT", "Kyiv"),
    ("Heavy fighting erupted in Sudan's capital on Saturday.", "ASSAULT", "Khartoum"),
    ("Thousands of people protested in the Georgian capital on Sunday.", "PROTEST", "Tbilisi"),
])
def test_a_capital_named_by_its_country_is_that_city(noclean_pipeline, text, plover, capital):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.plover == plover]
    assert row.location is not None and row.location.span.text.endswith("capital")
    assert record.place_by_id(row.location.place).name == capital


@pytest.mark.parametrize("text, city", [
    ("Police fired tear gas at protesters in Georgia's capital, Atlanta, on Monday.", "Atlanta"),
    ("Police fired tear gas at protesters in the Congolese capital Brazzaville on Monday.", "Brazzaville"),
])
def test_a_capital_named_beside_its_country_is_the_city_named(noclean_pipeline, text, city):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "ASSAULT"]
    assert row.location is not None and record.place_by_id(row.location.place).name == city


def test_a_country_s_other_capital_is_not_its_seat_of_government(noclean_pipeline):
    record = run_text(noclean_pipeline, "Gunmen attacked a bank in Nigeria's commercial capital on Monday.",
                      published="2024-03-08")
    assert all(p.name != "Abuja" for p in record.places)


# -- an act told as the first turn of a story ---------------------------------------------------
def test_an_act_told_as_done_initially_is_background_with_no_date(noclean_pipeline):
    row = one(noclean_pipeline, "Saudi Arabia initially denied all claims that the journalist was slain, but a UN "
              "report later concluded he was murdered by Saudi agents.", "REJECT")
    assert row.date is None


def test_an_act_told_initially_on_a_day_keeps_its_day(noclean_pipeline):
    row = one(noclean_pipeline, "Police initially arrested two suspects on Monday, a spokesman said.", "COERCE")
    assert days(row) == ("2024-03-04", "2024-03-04")


# -- a part of a country named after it, and a town described after its name --------------------
@pytest.mark.parametrize("text, plover, part", [
    ("Al-Shabaab militants attacked a military base in Somalia's south on Monday.", "ASSAULT", "south Somalia"),
    ("Militants attacked a police checkpoint in Pakistan's restive northwest on Monday.", "ASSAULT",
     "northwest Pakistan"),
    ("Jihadists killed 20 soldiers in the north of Mali on Sunday.", "ASSAULT", "north Mali"),
])
def test_a_country_s_part_named_after_it_is_that_part(noclean_pipeline, text, plover, part):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.plover == plover]
    place = record.place_by_id(row.location.place) if row.location is not None else None
    assert place is not None and place.name == part and place.feature == "region"


@pytest.mark.parametrize("text", [
    "Troops were deployed to Mali's northern border on Sunday.",
    "Gunmen killed five people 50 km north of Kaduna on Sunday.",
])
def test_a_country_s_border_or_a_bearing_outside_a_town_is_no_part(noclean_pipeline, text):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    assert all(p.feature != "region" for p in record.places)


def test_ground_taken_is_the_town_named_not_the_region_it_is_described_in(noclean_pipeline):
    record = run_text(noclean_pipeline, "Russian forces took control of Bakhmut, a city in eastern Ukraine, on "
                      "Saturday.", published="2024-03-08")
    [row] = [e for e in record.events if e.plover in ("ASSAULT", "COERCE")]
    assert row.location is not None and record.place_by_id(row.location.place).name == "Bakhmut"


def test_a_town_described_after_its_name_is_a_place(noclean_pipeline):
    record = run_text(noclean_pipeline, "M23 rebels seized Sake, a town in eastern Congo, on Wednesday.",
                      published="2024-03-08")
    assert any(p.name == "Sake" for p in record.places)


def test_a_region_described_after_its_name_stays_the_region(noclean_pipeline):
    record = run_text(noclean_pipeline, "Gunmen killed eight people in Tillaberi, a region in western Niger, on "
                      "Sunday.", published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "ASSAULT"]
    assert row.location is not None and record.place_by_id(row.location.place).feature == "admin1"
