"""One happening told again in other words: force done again to what an attack was done to
("ambushed a fuel convoy ... then seized the convoy"), a release told as what a fight did
("freed nine hostages after a gunfight"), a day's possessive that names no party ("in
Tuesday's explosion"), a refusal told again by a pronoun ("would never accept them"); and
captives marched into a forest, who march in no protest; "their arrests" after an arrest of many
and one of one person, the many's.

Sentences written for these tests; each checks a rule of :mod:`eventwire.events.joins`,
:mod:`eventwire.events.tellingon`, :mod:`eventwire.events.sentencefolds`,
:mod:`eventwire.events.standing` or a word class of :mod:`eventwire.events.lexicon` through the
whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, plover", [
    ("Militants ambushed a fuel convoy on the road to Mopti on Sunday, killing four drivers. Fighters on "
     "motorcycles then seized the convoy and drove it away.", "ASSAULT"),
    ("Soldiers freed nine hostages after a gunfight with the kidnappers in Zamfara state on Monday, the army "
     "said.", "ASSAULT"),
    ("A bomb exploded outside a police station in Quetta on Tuesday, killing two officers. A nearby school "
     "lost its windows in Tuesday's explosion.", "ASSAULT"),
    ("Venezuela rejected the new U.S. sanctions on Friday. The foreign minister said Caracas would never "
     "accept them.", "REJECT"),
])
def test_one_happening_told_again_in_other_words_is_one_row(noclean_pipeline, text, plover):
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found] == [plover], [(e.plover, e.trigger.text) for e in found]
    assert len(found[0].mentions) >= 2


def test_captives_marched_into_a_forest_march_in_no_protest(noclean_pipeline):
    found = rows(noclean_pipeline, "Kidnappers took 14 farmers from their fields in Katsina on Monday. They "
                                   "marched the captives into the forest, a survivor said.")
    assert "PROTEST" not in [e.plover for e in found], [(e.plover, e.trigger.text) for e in found]


def test_the_act_owned_by_their_is_the_one_on_many_told_just_before(noclean_pipeline):
    record = run_text(noclean_pipeline, "Police arrested two activists in Algiers on Monday. Police also detained a "
                                        "blogger in Oran. Their arrests sparked protests.", published="2024-06-14")
    found = [e for e in record.events if e.status != "negated"]
    told = {e.trigger.text: [m.trigger.text for m in e.mentions] for e in found}
    assert "arrests" in told.get("arrested", []), told


@pytest.mark.parametrize("text, n", [
    ("A car bomb exploded outside a police station in Saravena on Tuesday, killing two officers. In a separate "
     "attack, gunmen killed a soldier in Arauca on Wednesday.", 2),
    ("A roadside bomb killed three soldiers near Kidal on Monday. The army blamed the attack on separatist "
     "rebels.", 2),  # the army's accusation is its own act
    ("Rebels attacked the town of Goma on Monday. On Thursday, rebels captured the airport after days of "
     "fighting.", 2),
    ("Soldiers freed nine hostages in Zamfara state on Monday. On Tuesday, gunmen abducted 20 pupils in Kebbi.", 2),
    ("Soldiers freed 190 passengers on Wednesday, a day after an attack on a train in Balochistan.", 2),
    ("Police freed two hostages after an attack on their captors' hideout by villagers on Monday.", 2),
    ("The government released 200 prisoners after the battle for Kidal.", 2),  # a release of its own
    ("Kidnappers freed 10 hostages after a gunfight with police.", 2),  # the captors' release
    ("Police arrested two activists in Algiers on Monday. Police also detained a blogger in Oran. Their arrests "
     "sparked protests.", 2),
    ("Venezuela rejected the new U.S. sanctions on Friday. On Sunday, Cuba rejected the U.S. demands too.", 2),
])
def test_acts_told_apart_stay_apart(noclean_pipeline, text, n):
    found = rows(noclean_pipeline, text)
    assert len(found) == n, [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, plover", [
    ("A car bomb exploded outside a police station in Cucuta on Tuesday, killing two officers, authorities said, "
     "in the second attack blamed on leftist rebels this week.", "ASSAULT"),  # ranked, blamed with no accuser
    ("Islamist militants laid siege to the city of Marawi in 2017, a five-month battle that left the city in "
     "ruins.", "COERCE"),  # the act described by a second noun
    ("A crowd tried to storm the governor's residence on Monday, setting fire to a bus.", "ASSAULT"),
    ("The union announced a nationwide strike on Monday to press for the government's resignation.", "PROTEST"),
])
def test_one_act_told_twice_in_one_sentence_is_one_row(noclean_pipeline, text, plover):
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found] == [plover], [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text", [
    "The army said soldiers killed a militant in Kidal on Monday. In a separate attack, gunmen blamed on JNIM "
    "killed two traders in Gao.",
    "Rebels laid siege to the town in 2017, and a battle for the airport followed in 2018.",
])
def test_two_acts_in_one_or_two_sentences_stay_two(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert len(found) == 2, [(e.plover, e.trigger.text) for e in found]

