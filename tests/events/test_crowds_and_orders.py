"""People who gather are protesting when the text says what for or before which seat of power,
though no word calls them protesters ("Hundreds of residents gathered outside the governor's
office to demand ..."); troops are ordered into a place as into one (not "into retreat"); and
markets or investors that "punish" a country use no force.

Sentences written for these tests; each checks :func:`eventwire.events.crowds.protest_gathering`
or the ``order`` and ``punish`` entries of the lexicon through the whole pipeline.
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


def test_another_s_call_is_no_cause_of_the_crowd_s(noclean_pipeline):
    found = kinds(noclean_pipeline, "Residents gathered in the square in Valencia on Wednesday as the mayor urged "
                                    "them to go home.")
    assert ("REQUEST", "urged") in found and not any(plover == "PROTEST" for plover, _ in found)


def test_kin_of_soldiers_are_no_armed_men(noclean_pipeline):
    found = kinds(noclean_pipeline, "Families of soldiers gathered outside the defence ministry on Monday to demand "
                                    "the return of their sons.")
    assert ("PROTEST", "gathered") in found


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
    # found by a reviewer's texts: waiting, hoping, an occasion, another's call, state organs, armed men
    "Relatives of the victims gathered outside the courthouse in Lagos on Friday as the verdict was read.",
    "Dozens of people gathered outside the Ministry of Health in Nairobi on Monday, waiting for news of the talks.",
    "Members of the militia gathered outside the governor's office in Bukavu on Monday.",
    "Employees gathered outside the ministry of finance in Beirut on Monday after their building was evacuated.",
    "Relatives of detainees gathered in front of the military prosecutor's office in Damascus on Monday hoping "
    "for information about their loved ones.",
    "Residents gathered at a town hall meeting in Ohrid on Tuesday to reject the proposed hotel project.",
    "Members of the cabinet gathered at the presidential palace in Bamako on Monday to demand the resignation of "
    "the prime minister.",
    "Men in military uniform gathered outside the state broadcaster's building in Niamey on Wednesday night.",
    "Members of the security council gathered in New York on Monday to condemn the attack.",
    # found by a second reviewer's texts: a trial attended, news sought, a method shown, work, a hearing
    "Hundreds of people gathered outside the High Court in Nairobi on Monday, where the trial of the former "
    "minister was under way.",
    "Hundreds of people gathered at the hospital in Gaza City on Tuesday, demanding information about their "
    "missing relatives.",
    "Farmers gathered at the research station in Kano on Tuesday to demonstrate new irrigation methods.",
    "Journalists gathered outside the information ministry in Juba on Monday.",
    "Lawyers gathered outside the Supreme Court in Islamabad on Monday.",
    "Villagers gathered at a public hearing in Kisumu on Tuesday to reject the proposed dam.",
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


def test_troops_ordered_into_retreat_are_not_deployed(noclean_pipeline):
    found = kinds(noclean_pipeline, "The commander ordered his troops into retreat on Monday near Bakhmut.")
    assert ("RETREAT", "retreat") in found and not any(plover == "MOBILIZE" for plover, _ in found)


@pytest.mark.parametrize("text", [
    "The army chief ordered troops into the barracks on Monday, ending the curfew.",
    "The officer ordered the soldiers into a truck on Monday.",
    "The captain ordered the soldiers into formation before the parade on Saturday.",
])
def test_troops_ordered_to_stand_down_or_board_are_not_deployed(noclean_pipeline, text):
    assert not any(plover == "MOBILIZE" for plover, _ in kinds(noclean_pipeline, text))


@pytest.mark.parametrize("text", [
    "Police arrested two armed robbers on Monday. The robbers had pistols and a rifle. A shopkeeper was shot "
    "dead during the robbery.",
    "The gunman used a rifle. The shooter was 18. Nineteen children and two teachers were killed.",
    "Militants have been fighting the army for years. Rebel fighters control the hills. Residents said a "
    "landslide buried the village on Tuesday, and 40 people were killed.",
])
def test_guns_named_around_a_crime_or_a_disaster_make_it_no_political_violence(noclean_pipeline, text):
    # (measured and not kept: an attack with no doer counted as the conflict's when two other
    # sentences name arms; crimes and accidents in such reports became rows)
    last = text.rindex(". ", 0, len(text) - 1) + 2
    assert not any(e.plover == "ASSAULT" and e.trigger.start >= last for e in rows(noclean_pipeline, text))


@pytest.mark.parametrize("text, punished", [
    ("A year ago, international markets severely punished Turkey, plunging the country into a recession.", False),
    ("Investors punished the company's shares on Monday.", False),
    ("Voters punished the ruling party on Sunday.", False),
    ("Traders at the market punished two women accused of witchcraft on Sunday.", True),
    ("The junta punished the rebel villages on Monday.", True),
])
def test_markets_punish_no_one_by_force(noclean_pipeline, text, punished):
    assert (("COERCE", "punished") in kinds(noclean_pipeline, text)) is punished
