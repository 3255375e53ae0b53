"""Acts of office and of law the lexicon missed: premises searched, an office holder impeached or
removed from office, lawmakers walking out; what is carried out rather than killed; a state the
tagger read as an organisation. Sentences written for these tests, each with a guard that the
same word in another sense makes no such row.
"""

from __future__ import annotations

import pytest

from tests.events.test_missed_acts import one, rows


@pytest.mark.parametrize("text, trigger, code, actor, target", [
    ("Police searched the home of opposition leader Kizza Besigye in Kampala on Tuesday.", "searched", "171",
     "Police", "the home of opposition leader Kizza Besigye"),
    ("FBI agents searched the offices of the charity in Dallas on Monday.", "searched", "171", "FBI agents",
     "the offices of the charity"),
    ("The National Assembly impeached President Pedro Castillo on Wednesday.", "impeached", "112",
     "The National Assembly", "President Pedro Castillo"),
    ("Opposition lawmakers walked out of parliament in Harare on Tuesday.", "walked", "143",
     "Opposition lawmakers", "parliament"),
])
def test_acts_of_office_and_law_are_rows(noclean_pipeline, text, trigger, code, actor, target):
    row = one(noclean_pipeline, text, trigger)
    assert (row.cameo, row.actor.span.text if row.actor else None,
            row.target.span.text if row.target else None) == (code, actor, target)


def test_an_impeachment_is_an_accusation_and_no_arrest(noclean_pipeline):
    row = one(noclean_pipeline, "The National Assembly impeached President Pedro Castillo on Wednesday.", "impeached")
    assert row.plover == "ACCUSE" and row.acled is None


@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble for survivors in Antakya on Tuesday.",
    "Workers removed the debris from the road on Thursday.",
    "FBI agents executed a search warrant at the home of a senator on Monday.",
    "The army executed the plan to relocate the base on Monday.",
])
def test_the_same_words_in_other_senses_are_no_rows(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


def test_people_executed_are_still_killed(noclean_pipeline):
    row = one(noclean_pipeline, "Iran executed two men convicted of spying for Israel on Saturday.", "executed")
    assert (row.plover, row.cameo) == ("ASSAULT", "1823")


def test_a_country_the_tagger_read_as_an_organisation_acts_as_a_state(noclean_pipeline):
    row = one(noclean_pipeline, "Armenia closed its embassy in Kabul on Monday.", "closed")
    assert (row.plover, row.actor.span.text) == ("SANCTION", "Armenia")


@pytest.mark.parametrize("text", [
    "The House voted on Tuesday. Under the Constitution, the House impeaches the official and the Senate holds "
    "the trial.",
    "In the history of the country, only two presidents have been impeached.",
    "The House has only impeached two other presidents.",
])
def test_a_procedure_a_rule_lays_down_or_a_count_over_history_is_no_impeachment(noclean_pipeline, text):
    assert [r for r in rows(noclean_pipeline, text) if r.trigger.text.startswith("impeach")] == []


@pytest.mark.parametrize("text, trigger", [
    ("Under the new law, police arrested 30 protesters in Hong Kong on Monday.", "arrested"),
    ("Police have only arrested two suspects so far, the police chief said on Monday.", "arrested"),
])
def test_an_act_done_under_a_rule_or_counted_in_an_inquiry_is_still_done(noclean_pipeline, text, trigger):
    assert one(noclean_pipeline, text, trigger).plover == "COERCE"
