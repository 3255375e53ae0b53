"""An act at a town the gazetteer lacks is in the report's own country, not in the country of a
dateline filed from abroad ("DAKAR, Senegal - Security forces in Guinea arrested ... blocked
roads in Hamdallaye": in Guinea), unless the body names the dateline's country too ("Kenyan
police arrested two suspects in Kibera"); a mission stands in the town its phrase names ("the
embassy of France in Bamako"); and a noun act whose verb tells its own course ("The assault,
in the Cukurca district, began before midnight and lasted two hours") was where that verb's
phrase says.

Sentences written for these tests; each checks
:meth:`eventwire.events.whereabouts.Whereabouts._report_country` or
:func:`eventwire.events.eventhood.said_of` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_folds import place_name

PUBLISHED = "2025-09-17"


def told_place(pipeline, text: str, trigger: str) -> str | None:
    record = run_text(pipeline, text, published=PUBLISHED)
    [row] = [e for e in record.events if e.trigger.text == trigger]
    return place_name(record, row)


ABROAD = ("DAKAR, Senegal — Security forces in Guinea arrested a senior opposition figure at his home in "
          "Conakry on Saturday, relatives said.\n\n")


@pytest.mark.parametrize("told, trigger", [
    ("On Monday, hundreds of young people blocked roads with burning tires in Hamdallaye and Bambeto, "
     "demanding his release.", "blocked"),
    ("On Sunday, gunmen attacked a police post in Kouroussabou, killing two officers.", "attacked"),
])
def test_a_town_the_gazetteer_lacks_is_in_the_report_s_country_not_the_dateline_s(noclean_pipeline, told,
                                                                                    trigger):
    assert told_place(noclean_pipeline, ABROAD + told, trigger) == "Guinea"


def test_a_dateline_s_country_named_in_the_body_keeps_its_acts(noclean_pipeline):
    text = ("NAIROBI, Kenya (AP) — Sudan's paramilitary forces attacked the town of Tawila in North Darfur on "
            "Tuesday. Separately, Kenyan police arrested two suspects in Kibera.")
    assert told_place(noclean_pipeline, text, "arrested") == "Kenya"


@pytest.mark.parametrize("text, trigger, place", [
    ("Hundreds of opposition supporters gathered in front of the embassy of France in Bamako on Friday to demand "
     "the withdrawal of French troops.", "gathered", "Bamako"),
    ("Dozens of Afghans protested in front of the consulate of Iran in Herat on Sunday.", "protested", "Herāt"),
])
def test_a_mission_of_one_country_stands_in_the_town_named(noclean_pipeline, text, trigger, place):
    assert told_place(noclean_pipeline, text, trigger) == place


def test_a_dateline_at_home_still_gives_its_country(noclean_pipeline):
    text = ("BAMAKO, Mali — Jihadists attacked an army post in Kouroussabou on Sunday, killing 12 soldiers, "
            "officials in Mali said.")
    assert told_place(noclean_pipeline, text, "attacked") == "Mali"


@pytest.mark.parametrize("text, trigger, place", [
    ("ISTANBUL — Kurdish militants attacked a Turkish army outpost in the mountainous southeast of the country "
     "on Sunday, killing three soldiers, the Defense Ministry said.\n\nThe assault on the outpost, in the "
     "Çukurca district of Hakkari province near the border with Iraq, began shortly before midnight and lasted "
     "about two hours, according to the ministry.", "attacked", "Çukurca"),
    ("The attack on the convoy, near the town of Bama, lasted two hours on Sunday.", "attack", "Bama"),
])
def test_a_verb_telling_an_act_s_course_places_it(noclean_pipeline, text, trigger, place):
    assert told_place(noclean_pipeline, text, trigger) == place


def test_a_predicate_about_an_act_still_does_not_place_it(noclean_pipeline):
    text = "The journalist's murder on Sunday is a blow to press freedom in Yemen, the group said."
    assert told_place(noclean_pipeline, text, "murder") != "Yemen"
