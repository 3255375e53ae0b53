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
