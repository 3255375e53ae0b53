"""A lead told again in the sentence after it, on the same day or naming whom it described, is one
row; a trailing "..., officials said Tuesday" dates the telling, however the parser hangs it.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.joins`,
:mod:`eventwire.events.sides` or :mod:`eventwire.events.tellingtime` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-05-22"  # a Wednesday


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


def of_type(events, plover: str):
    return [e for e in events if e.plover == plover]


@pytest.mark.parametrize("text, words", [
    ("Gunmen killed 12 villagers in central Mali on Sunday, local officials said. The attackers stormed "
     "the village of Djiguibombo in the Mopti region on Sunday evening and opened fire on residents.",
     {"killed", "stormed"}),
    ("Suspected insurgents killed seven soldiers in Borno state on Monday, the army said. The fighters "
     "ambushed the patrol near the town of Gwoza on Monday afternoon.", {"killed", "ambushed"}),
])
def test_the_same_day_told_again_is_no_time_of_its_own(noclean_pipeline, text, words):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert {m.trigger.text for m in row.mentions} >= words


def test_a_town_in_the_leads_province_told_the_same_day_places_the_act(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "Suspected insurgents killed seven soldiers in Borno state on Monday, the army said. The fighters "
        "ambushed the patrol near the town of Gwoza on Monday afternoon.")), "ASSAULT")
    assert row.location is not None and row.location.span.text == "Gwoza"


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers in central Mali on Sunday, local officials said. The attackers stormed "
    "the village of Djiguibombo in the Mopti region on Monday evening and opened fire on residents.",
    "Suspected insurgents killed seven soldiers in Borno state on Monday, the army said. The fighters "
    "ambushed the patrol near the town of Gwoza on Tuesday afternoon.",
])
def test_another_day_is_another_act(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


@pytest.mark.parametrize("text", [
    "Zimbabwean police arrested an opposition lawmaker on Monday, his party said. Officers detained "
    "Job Sikhala at his home in Harare's Highfield suburb on Monday morning, the party said.",
    "Taliban agents detained a prominent campaigner for girls' education in Kabul on Monday, his family "
    "said. Nasrullah Wardak was seized after leaving a mosque following evening prayers.",
])
def test_the_leads_someone_named_after_is_one_arrest(noclean_pipeline, text):
    [row] = of_type(rows(noclean_pipeline, text), "COERCE")
    assert len(row.mentions) == 2


@pytest.mark.parametrize("text", [
    "Zimbabwean police arrested an opposition lawmaker on Monday, his party said. Officers also detained "
    "Job Sikhala, a journalist, on Monday.",  # another person, "also"
    "Zimbabwean police arrested an opposition lawmaker on Monday, his party said. On Tuesday, officers "
    "detained Job Sikhala in Harare.",  # another day
    "Zimbabwean police arrested two opposition lawmakers on Monday, his party said. The opposition "
    "accused the government of Emmerson Mnangagwa of persecution. Officers detained Job Sikhala "
    "at his home in Harare on Monday morning.",  # not one person described
])
def test_a_named_arrest_apart_from_the_lead_stays_apart(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "COERCE")) == 2


@pytest.mark.parametrize("text, plover", [
    # the name told as someone else than the lead's someone
    ("Police in Nicaragua arrested a Catholic bishop on Friday. Police detained Father Pedro Ruiz, a parish "
     "priest, in Managua on Friday, the church said.", "COERCE"),
    ("Gunmen kidnapped a doctor in Port Harcourt on Sunday. Gunmen abducted Chidi Okeke, a businessman, in "
     "Port Harcourt on Sunday, police said.", "ASSAULT"),
    ("Gunmen shot dead a journalist in Tegucigalpa on Sunday. Gunmen killed councillor Ana Reyes outside her "
     "home on Sunday night, police said.", "ASSAULT"),
    ("Security forces arrested a rapper in Isfahan on Saturday. Security forces detained the rapper's father, "
     "Karim Tavakoli, in Isfahan on Saturday.", "COERCE"),
    # another town the gazetteer lacks, another thing hit, the same day
    ("Jihadists killed dozens of soldiers in Djibo on Saturday. Jihadists attacked a convoy near Dori on "
     "Saturday, security sources said.", "ASSAULT"),
    ("Houthi rebels attacked a cargo ship in the Red Sea on Monday. Houthi forces fired a missile at a tanker "
     "off Yemen's coast on Monday, the British military said.", "ASSAULT"),
])
def test_the_same_day_names_another_one(noclean_pipeline, text, plover):
    assert len(of_type(rows(noclean_pipeline, text), plover)) == 2


def test_a_sentence_passed_last_week_is_not_the_one_passed_on_wednesday(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "A former aide to the governor was sentenced in federal court on Tuesday. Pavel Drummond was sentenced "
        "by Judge Ellen Park to six years in prison. The judge said her sentence was not connected to the one "
        "Drummond received in a separate case for which he was sentenced last week.")), "COERCE")
    assert len(found) == 2


def test_a_siege_told_across_midnight_is_one(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "Al-Shabaab militants stormed a hotel in Mogadishu, killing 20 people. The attack began on Monday "
        "evening. The attack ended on Tuesday morning, police said.")), "ASSAULT")
    assert len(row.mentions) >= 2


@pytest.mark.parametrize("text", [
    "Suspected jihadi fighters killed at least 20 soldiers in an ambush in western Niger near the border "
    "with Burkina Faso, the country's military junta said late Tuesday.",  # "said" read as a second verb
    "NIAMEY, Niger (AP) — Suspected jihadi fighters killed at least 20 soldiers in an ambush in western "
    "Niger near the border with Burkina Faso, the country's military junta said late Tuesday.",  # the
    # dateline read as the teller, the lead as a participle on it
])
def test_a_trailing_telling_dates_the_telling_not_the_act(noclean_pipeline, text):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert row.date is not None and row.date.end == "2024-05-21" and row.date.start < "2024-05-21"


def test_the_acts_own_day_beside_a_trailing_telling(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "Soldiers killed five militants in an ambush near the border with Burkina Faso on Monday, "
        "the country's military junta said late Tuesday.")), "ASSAULT")
    assert (row.date.start, row.date.end) == ("2024-05-20", "2024-05-20")


def test_a_lead_and_its_retelling_are_one_ambush_on_its_own_day(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "NIAMEY, Niger (AP) — Suspected jihadi fighters killed at least 20 soldiers in an ambush in western "
        "Niger near the border with Burkina Faso, the country's military junta said late Tuesday. The soldiers "
        "were attacked on Monday while escorting a convoy of trucks near the village of Tassia in the "
        "Tillabéri region, the defence ministry said in a statement read on state television.")), "ASSAULT")
    [row] = found
    assert (row.date.start, row.date.end) == ("2024-05-20", "2024-05-20")
