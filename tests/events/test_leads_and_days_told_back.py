"""A lead after a wire dateline is read as the sentence it is ("BISHKEK, Kyrgyzstan (AP) —
Police in Bishkek on Friday detained ..."), with the dateline still read with it (a town in
it keeps an attack's sentence political); "On the same day" opening a paragraph after one of
background names back the last day the text told; and what an order made someone undergo was
done where the order was given ("On the same day in Minsk, a district court ordered two
journalists to be jailed").

Sentences written for these tests; each checks :func:`eventwire.nlp.headline.dateline_starts`,
:func:`eventwire.nlp.syntax.sentence_with_dateline`, the ``last_day`` of
:func:`eventwire.events.timex.find_dates` and the clause :func:`eventwire.events.placing._clause_place`
reads, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_folds import place_name
from tests.events.test_reasons_and_grounds import told_place, told_row
from tests.events.test_told_places import row_place


def rows(pipeline, text: str, published: str = "2022-06-10") -> list:
    record = run_text(pipeline, text, published=published)
    return [e for e in record.events if e.status != "negated"]


def test_the_lead_after_a_dateline_keeps_its_doer(noclean_pipeline):
    text = ("TASHKENT, Uzbekistan (Reuters) — Police in Tashkent on Friday detained activist Dilnoza Rahimova at "
            "her home for organising a protest, her husband said, as authorities widened a crackdown on critics.")
    [detained] = [e for e in rows(noclean_pipeline, text) if e.trigger.text == "detained"]
    assert detained.actor is not None and detained.actor.span.text == "Police"


def test_an_attack_in_a_lead_after_a_town_s_dateline_is_still_news(noclean_pipeline):
    text = "KANO - Simultaneous attacks were launched at five villages on Friday night, according to residents."
    assert any(e.plover == "ASSAULT" for e in rows(noclean_pipeline, text, published="2023-03-05"))


def test_the_same_day_after_a_paragraph_of_background_is_the_lead_s_day(noclean_pipeline):
    text = ("A court in the Belarusian city of Vitebsk on Tuesday sentenced blogger Ihar Losik to five years in "
            "prison, his wife said.\n\nLosik ran a popular channel on Telegram. He had been held since his arrest "
            "at his flat in Vitebsk in December.\n\nOn the same day in Minsk, a district court ordered two "
            "journalists to be jailed for 15 days each.")
    record, jailed = told_row(noclean_pipeline, text, "jailed", published="2021-06-09")
    assert jailed.date is not None and jailed.date.start == jailed.date.end == "2021-06-08"
    assert place_name(record, jailed) == "Minsk"


def test_what_an_order_made_someone_undergo_is_placed_where_the_order_was_given(noclean_pipeline):
    text = ("A court in the Belarusian city of Vitebsk on Tuesday sentenced blogger Ihar Losik to five years in "
            "prison, his wife said. On the same day in Minsk, a district court ordered two journalists to be "
            "jailed for 15 days each.")
    assert told_place(noclean_pipeline, text, "jailed", published="2021-06-09") == "Minsk"


def test_an_order_to_act_elsewhere_keeps_the_act_s_own_place(noclean_pipeline):
    assert told_place(noclean_pipeline, "A court in Lahore ordered police to arrest the former minister in "
                                        "Islamabad.", "arrest", published="2024-03-13") == "Islamabad"


@pytest.mark.parametrize("text, place", [
    ("The governor of Kano, speaking in Abuja, ordered the protesters to be arrested.", "Kano"),
    ("The governor, who was in Lagos, ordered that the rioters in Kano be detained.", "Kano"),
])
def test_an_order_given_by_no_court_keeps_the_act_s_place(noclean_pipeline, text, place):
    assert row_place(noclean_pipeline, text, "COERCE", published="2024-03-13") == place


def test_the_same_day_inside_a_paragraph_counts_only_from_the_days_just_told(noclean_pipeline):
    text = ("Russian forces shelled Kherson on 10 October, killing two people. Ukraine said it had downed 20 "
            "drones. Officials in Kyiv said power had been restored. Separately, prosecutors opened an "
            "investigation. A day earlier, a missile struck Zaporizhzhia. The same day, a drone hit an apartment "
            "in Odesa.")
    _, hit = told_row(noclean_pipeline, text, "hit", published="2023-10-15")
    assert hit.date is None or hit.date.start != "2023-10-10"


def test_the_same_day_names_the_news_not_a_date_of_background(noclean_pipeline):
    text = ("Thousands marched in Washington on Saturday.\n\nThe march marked the anniversary of the January 6, "
            "2021 attack on the Capitol.\n\nThe same day, counter-protesters clashed with police in Portland.")
    _, clash = told_row(noclean_pipeline, text, "clashed", published="2024-05-10")
    assert clash.date is not None and clash.date.start == "2024-05-04"
    text = ("Gunmen killed 11 people in Plateau state on Sunday.\n\nPlateau has seen repeated attacks since 2001."
            "\n\nThe same day last year, gunmen killed 20 people in a nearby village.")
    record = run_text(noclean_pipeline, text, published="2024-05-10")
    assert len([e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]) == 2


def test_a_court_s_order_to_release_someone_held_elsewhere_is_placed_where_they_are(noclean_pipeline):
    assert told_place(noclean_pipeline, "A judge in Washington on Friday ordered federal agents to release a "
                                        "Georgetown scholar held in a detention centre in Louisiana.", "release",
                      published="2024-05-10") == "Louisiana"


@pytest.mark.parametrize("text", [
    "GAZA CITY, Gaza Strip (AP) — Israeli airstrikes killed at least 20 people overnight, Palestinian health "
    "officials said.",
    "Israeli airstrikes killed at least 20 people overnight, Palestinian health officials said.",
])
def test_a_lead_the_parser_made_a_second_subject_of_its_teller_keeps_whom_it_hit(noclean_pipeline, text):
    [row] = [e for e in rows(noclean_pipeline, text, published="2024-05-10") if e.plover == "ASSAULT"]
    assert row.target is not None and row.target.span.text == "at least 20 people"
