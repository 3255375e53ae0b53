"""People who gather are protesting when the text says what for or before which seat of power,
though no word calls them protesters ("Hundreds of residents gathered outside the governor's
office to demand ..."); troops are ordered into a place as into one; and an attack told with no
doer and no weapon in its own sentence is the conflict's when the report's other sentences tell
of armed men and their arms ("an attack on the camp killed more than 40 people"); and markets
or investors that "punish" a country use no force.

Sentences written for these tests; each checks :func:`eventwire.events.crowds.protest_gathering`,
the ``order`` and ``punish`` entries of the lexicon or
:func:`eventwire.events.conflict.armed_story` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-06-20"


def rows(pipeline, text: str) -> list:
    record = run_text(pipeline, text, published=PUBLISHED)
    return [e for e in record.events if e.status != "negated"]


def kinds(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.plover, e.trigger.text) for e in rows(pipeline, text)]


@pytest.mark.parametrize("text", [
    "Hundreds of residents gathered outside the governor's office on Monday to demand the release of the "
    "detained men.",
    "Several hundred supporters gathered outside the intelligence service's building on Tuesday evening to "
    "demand the editor's release.",
    "About two dozen of the blogger's supporters gathered outside the courthouse on Tuesday.",
    "Families of the missing gathered in front of the parliament on Tuesday, holding photographs.",
    "Hundreds gathered in the main square on Sunday demanding the mayor's resignation.",
    "Hundreds of students gathered in the square on Monday to call for the minister's resignation.",
])
def test_people_who_gather_for_a_cause_or_before_power_protest(noclean_pipeline, text):
    assert ("PROTEST", "gathered") in kinds(noclean_pipeline, text)


def test_a_demand_a_gathering_was_held_for_is_its_content(noclean_pipeline):
    found = kinds(noclean_pipeline, "Hundreds of residents gathered outside the governor's office on Monday to "
                                    "demand the release of the detained men.")
    assert not any(plover == "REQUEST" for plover, _ in found)


@pytest.mark.parametrize("text", [
    "Mourners gathered in the village on Friday for the funeral of the victims.",
    "Relatives gathered outside the prison on Monday to await the release of the prisoners.",
    "In the capital, relatives of soldiers gathered outside the military hospital on Wednesday seeking news.",
    "Dozens of journalists gathered outside the parliament on Friday to cover the vote.",
    "Police gathered outside the embassy on Monday.",
    "Hundreds of soldiers gathered outside the palace on Monday.",
    "Fans gathered outside the stadium on Sunday to celebrate the victory.",
    "Thousands of people gathered in the capital on Sunday to mourn the victims.",
])
def test_a_gathering_with_no_cause_and_no_seat_of_power_is_no_protest(noclean_pipeline, text):
    assert not any(plover == "PROTEST" for plover, _ in kinds(noclean_pipeline, text))


@pytest.mark.parametrize("text", [
    "The president ordered soldiers into the streets of the port city on Saturday.",
    "The president ordered troops onto the streets on Friday.",
    "He ordered 500 additional troops to the border region on Monday.",
])
def test_troops_ordered_into_a_place_are_mobilised(noclean_pipeline, text):
    assert any(plover == "MOBILIZE" and trig == "ordered" for plover, trig in kinds(noclean_pipeline, text))


ARMED = ("Militiamen killed 12 villagers in the province on Sunday, officials said. The gunmen used machetes "
         "and rifles, witnesses said. Soldiers later exchanged fire with the militia near the town. ")


@pytest.mark.parametrize("told", [
    "In November 2021, an attack on the Drodro camp killed more than 40 people.",
    "The single biggest attack, in 2009, killed at least 25 people.",
])
def test_an_attack_with_no_doer_in_a_report_of_armed_conflict_is_a_row(noclean_pipeline, told):
    found = rows(noclean_pipeline, ARMED + told)
    start = len(ARMED)
    assert any(e.plover == "ASSAULT" and e.trigger.start >= start for e in found)


@pytest.mark.parametrize("told", [
    "In November 2021, an attack on the Drodro camp killed more than 40 people.",
])
def test_the_same_attack_alone_or_in_a_calm_report_is_no_row(noclean_pipeline, told):
    calm = "The city council approved a new budget on Sunday. The mayor said schools would reopen. "
    for text in (told, calm + told):
        assert not any(e.plover == "ASSAULT" for e in rows(noclean_pipeline, text))


def test_an_attack_with_a_named_private_doer_stays_out_in_a_report_of_conflict(noclean_pipeline):
    found = rows(noclean_pipeline, ARMED + "A man stabbed his wife to death at their home on Saturday.")
    assert not any(e.trigger.text == "stabbed" for e in found)


@pytest.mark.parametrize("text, punished", [
    ("A year ago, international markets severely punished Turkey, plunging the country into a recession.", False),
    ("Investors punished the company's shares on Monday.", False),
    ("The junta punished the rebel villages on Monday.", True),
])
def test_markets_punish_no_one_by_force(noclean_pipeline, text, punished):
    assert (("COERCE", "punished") in kinds(noclean_pipeline, text)) is punished
