"""An act told in a "where" clause on a place a verb's phrase names is news done there ("came on
Friday in Zahedan, where security forces shot dead 40 worshippers"), not a description of the
place; a toll the parser hung on a verb of accusing is the accused's deed ("accused rebels of
shelling the town, killing two children"); a place a statement is aimed at is no place of the act
it is voiced with ("rallied ..., urging Jakarta to withdraw").

Sentences written for these tests; each checks :func:`eventwire.events.eventhood._scene_clause`,
:func:`eventwire.events.placing._where_told`, :func:`eventwire.events.verbroles._accused_doer` and
:func:`eventwire.events.sites.addressed_in_words` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_folds import place_name
from tests.events.test_reasons_and_grounds import told_place

PUBLISHED = "2022-10-12"


def test_an_act_in_a_where_clause_on_a_place_of_the_story_is_news_done_there(noclean_pipeline):
    text = ("Security forces killed two protesters in Mahabad on Saturday. The worst violence came on Friday in "
            "Zahedan, where security forces shot dead 40 worshippers after prayers.")
    assert told_place(noclean_pipeline, text, "shot", published=PUBLISHED) == "Zahedan"


def test_a_where_clause_on_a_place_named_for_itself_still_describes_it(noclean_pipeline):
    text = "Serbia, where 24 people were killed in riots in 2004, has long opposed the move."
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    assert not any(e.trigger.text == "killed" for e in record.events)


@pytest.mark.parametrize("text, doer", [
    ("Syrian state media accused terrorist groups of shelling the Christian town of Suqaylabiyah on Sunday, "
     "wounding three people.", "terrorist groups"),
    ("The army accused rebels of shelling a market in Idlib on Sunday, killing two children.", "rebels"),
])
def test_a_toll_hung_on_an_accusation_is_the_accused_s_deed(noclean_pipeline, text, doer):
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [toll] = [e for e in record.events if e.trigger.text in ("wounding", "killing")]
    assert toll.actor is not None and toll.actor.span.text == doer


def test_a_toll_of_an_act_done_by_the_accuser_stays_the_accuser_s(noclean_pipeline):
    text = "The army blamed rebels for the attack on Monday, killing two of them in a raid."
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [toll] = [e for e in record.events if e.trigger.text == "killing"]
    assert toll.actor is not None and toll.actor.span.text == "The army"


@pytest.mark.parametrize("voiced", ["accusing Jakarta of abuses", "urging Jakarta to withdraw its troops"])
def test_a_place_a_statement_is_aimed_at_is_no_place_of_the_act(noclean_pipeline, voiced):
    text = f"About 200 protesters rallied outside Parliament House in Canberra on Wednesday, {voiced}."
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [rally] = [e for e in record.events if e.plover == "PROTEST"]
    assert place_name(record, rally) != "Jakarta"


def test_a_where_clause_on_a_place_inside_a_party_s_words_is_no_scene(noclean_pipeline):
    record = run_text(noclean_pipeline, "Residents of Bakhmut, where fighting has raged for months, were told to "
                                        "leave.", published="2024-03-13")
    assert not any(e.trigger.text == "fighting" for e in record.events)


def test_an_act_in_a_where_clause_on_another_day_stays_a_row_of_its_own(noclean_pipeline):
    text = "Gunmen killed eight people on Sunday in Zamfara state, where bandits abducted 20 students on Friday."
    record = run_text(noclean_pipeline, text, published="2024-03-13")
    assert {e.trigger.text for e in record.events if e.status != "negated"} >= {"killed", "abducted"}


@pytest.mark.parametrize("text, plover, capital", [
    ("Hundreds of fishermen rallied on Friday, accusing Beijing of harassing their boats.", "PROTEST", "Beijing"),
    ("Sudan's army bombed RSF positions on Monday, urging Abu Dhabi to stop arming the militia.", "ASSAULT",
     "Abu Dhabi"),
])
def test_a_capital_a_statement_is_aimed_at_is_not_the_report_s_place(noclean_pipeline, text, plover, capital):
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [row] = [e for e in record.events if e.plover == plover]
    assert place_name(record, row) != capital


@pytest.mark.parametrize("text", [
    "He grew up in Mosul, where Islamic State fighters executed hundreds of people between 2014 and 2017.",
    "The deaths occurred on Tuesday in Zahedan, where security forces fired on crowds leaving Friday prayers "
    "last year.",
])
def test_a_where_clause_with_a_time_of_its_own_is_the_place_s_story(noclean_pipeline, text):
    record = run_text(noclean_pipeline, text, published="2024-05-10")
    assert not any(e.trigger.text in ("executed", "fired") and e.date is not None
                   and e.date.start.startswith("2024") for e in record.events)


def test_a_charge_of_riot_police_is_their_own_force(noclean_pipeline):
    text = "Riot police charged demonstrators for defying the ban on gatherings in Dakar, injuring at least 20 people."
    record = run_text(noclean_pipeline, text, published="2024-05-10")
    [toll] = [e for e in record.events if e.trigger.text == "injuring"]
    assert toll.actor is not None and toll.actor.span.text == "Riot police"
