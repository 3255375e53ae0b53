"""An organisation named for the cause it speaks for is a political actor by its name ("The
Tunisian League for Human Rights condemned the arrests"); a person named by a pronoun is a person
for a word that needs one done to ("barred her from entering the country"); calling a court's
verdict bad criticises it ("called the conviction an outrage"); and men whom "armed",
"unidentified" or "masked" make strangers abduct the people they seize.

Sentences written for these tests; each checks :func:`eventwire.events.eventhood._political_token`,
:func:`eventwire.events.clausewords.word_class` or ``JUDGED_CLASSES`` of
:mod:`eventwire.events.speechacts` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2023-05-18"


def kinds(pipeline, text: str) -> list[tuple[str, str]]:
    record = run_text(pipeline, text, published=PUBLISHED)
    return [(e.plover, e.trigger.text) for e in record.events if e.status != "negated"]


@pytest.mark.parametrize("text, found", [
    ("The Tunisian League for Human Rights condemned the arrests on Tuesday.", ("ACCUSE", "condemned")),
    ("The Kenya Human Rights Commission called for the release of the detainees on Tuesday.",
     ("REQUEST", "called")),
])
def test_a_group_named_for_its_cause_is_a_political_actor(noclean_pipeline, text, found):
    assert found in kinds(noclean_pipeline, text)


def test_a_group_named_for_no_cause_is_none(noclean_pipeline):
    found = kinds(noclean_pipeline, "The Hockey League for Youth Development condemned the referee's decision.")
    assert not any(plover == "ACCUSE" for plover, _ in found)


@pytest.mark.parametrize("text", [
    "On Monday, the United States barred her from entering the country.",
    "On Monday, the government barred him from leaving the country.",
])
def test_a_person_by_a_pronoun_can_be_barred(noclean_pipeline, text):
    assert ("COERCE", "barred") in kinds(noclean_pipeline, text)


def test_things_by_a_pronoun_are_not_barred_as_people(noclean_pipeline):
    found = kinds(noclean_pipeline, "The new rules barred them from sale on Monday.")
    assert not any(plover == "COERCE" for plover, _ in found)


@pytest.mark.parametrize("text", [
    "Human Rights Watch on Tuesday called the conviction an outrage.",
    "Amnesty International on Tuesday called the sentence a disgrace.",
])
def test_calling_a_verdict_bad_criticises_it(noclean_pipeline, text):
    assert ("ACCUSE", "called") in kinds(noclean_pipeline, text)


def test_calling_a_verdict_good_is_no_criticism(noclean_pipeline):
    found = kinds(noclean_pipeline, "The prosecutor on Tuesday called the sentence fair.")
    assert not any(plover == "ACCUSE" for plover, _ in found)


@pytest.mark.parametrize("text", [
    "In July 2024, armed men seized two activists at a house in the capital.",
    "Unidentified men seized a journalist outside his home on Monday.",
])
def test_armed_strangers_who_seize_people_abduct_them(noclean_pipeline, text):
    assert ("ASSAULT", "seized") in kinds(noclean_pipeline, text)


@pytest.mark.parametrize("text, found", [
    ("Police seized two activists at their home on Monday.", ("COERCE", "seized")),
    ("Young men seized the microphone on Monday.", None),
])
def test_a_seizure_by_others_is_no_abduction(noclean_pipeline, text, found):
    rows = kinds(noclean_pipeline, text)
    assert not any(plover == "ASSAULT" for plover, _ in rows)
    assert found is None or found in rows
