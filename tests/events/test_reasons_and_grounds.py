"""Blame told as the reason an act was done, of those it was done to, is no accusation of its
own ("expelled two diplomats, accusing them of spying"); ground a portion of is taken where that ground lies
("seized parts of the city of Marawi"); a site named by a town through a longer name stands
in that town ("the Gwadar Port Authority complex"); and an act with no place of its own was
done where what it was done during went on ("during two days of unrest in Kampala").

Sentences written for these tests; each checks
:meth:`eventwire.events.sentencefolds.SentenceFolds._reason_given`,
:func:`eventwire.events.roles._ground_of_a_portion`, :func:`eventwire.events.placing._object_town`
and the ``DURING_PREPS`` phrases of :func:`eventwire.events.placing.mention_location` through the
whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_folds import place_name
from tests.events.test_told_places import row_place

PUBLISHED = "2024-06-20"


def rows(pipeline, text: str) -> list:
    record = run_text(pipeline, text, published=PUBLISHED)
    return [e for e in record.events if e.status != "negated"]


def told_row(pipeline, text: str, trigger: str, published: str = PUBLISHED) -> tuple:
    """The record and its one row told by ``trigger``."""
    record = run_text(pipeline, text, published=published)
    [row] = [e for e in record.events if e.trigger.text == trigger]
    return record, row


def told_place(pipeline, text: str, trigger: str, published: str = PUBLISHED) -> str | None:
    """The gazetteer name of the place of the one row told by ``trigger``."""
    return place_name(*told_row(pipeline, text, trigger, published))


@pytest.mark.parametrize("text, act", [
    ("On Wednesday the Foreign Ministry in Tripoli ordered two Chadian diplomats to leave the country within "
     "72 hours, accusing them of maintaining contacts with rebel groups.", "SANCTION"),
    ("Police arrested the editor on Monday, accusing him of spreading false news.", "COERCE"),
    ("The Treasury imposed sanctions on a former senator on Tuesday, accusing him of financing gangs.", "SANCTION"),
    ("About 200 protesters rallied outside Parliament House on Wednesday, accusing Jakarta of abuses.", "PROTEST"),
])
def test_blame_given_as_an_act_s_reason_is_no_accusation_of_its_own(noclean_pipeline, text, act):
    found = rows(noclean_pipeline, text)
    assert any(e.plover == act for e in found)
    assert not any(e.plover == "ACCUSE" and e.trigger.text in ("accusing", "blaming") for e in found)


@pytest.mark.parametrize("text", [
    "Pakistani officials blamed archrival India on Thursday, accusing it of backing the militants.",
    "The minister said on Monday that the talks had failed, accusing Kyiv of stalling.",
    "Hundreds of villagers gathered outside the governor's office on Monday and accused the army of killing "
    "three farmers.",
    "The rebels pulled out of the truce on Tuesday, accusing the army of violations.",
    "Riot police fired tear gas at the crowd on Friday, blaming protesters for the unrest.",
])
def test_blame_voiced_in_a_saying_on_its_own_or_of_a_third_party_is_still_an_accusation(noclean_pipeline, text):
    assert any(e.plover == "ACCUSE" for e in rows(noclean_pipeline, text))


def test_the_ground_a_portion_is_of_is_where_it_was_taken(noclean_pipeline):
    assert row_place(noclean_pipeline, "The worst violence came in 2017, when militants allied with the Islamic "
                                       "State group seized parts of the city of Marawi.", "ASSAULT",
                     published=PUBLISHED) == "Marawi City"
    assert row_place(noclean_pipeline, "Rebels seized a convoy of trucks near Goma on Monday.", "COERCE",
                     published=PUBLISHED) == "Goma"


def test_a_site_named_by_a_town_through_a_longer_name_is_in_that_town(noclean_pipeline):
    text = ("A roadside bomb exploded near the port city of Gwadar on Wednesday. In March, militants armed with "
            "guns stormed the Gwadar Port Authority complex.")
    assert told_place(noclean_pipeline, text, "stormed") == "Gwadar"


def test_a_company_named_after_a_town_names_no_place(noclean_pipeline):
    record = run_text(noclean_pipeline, "Workers stormed the Toyota Motor plant offices on Monday.",
                      published=PUBLISHED)
    for e in record.events:
        place = record.place_by_id(e.location.place) if e.location is not None else None
        assert place is None or place.name != "Toyota"


def test_an_act_done_during_what_went_on_in_a_town_is_placed_there(noclean_pipeline):
    text = ("In November 2020, security forces shot dead at least 54 people during two days of unrest in Kampala "
            "that broke out after the arrest of the party's candidate at a campaign event in Luuka district.")
    assert told_place(noclean_pipeline, text, "shot") == "Kampala"


def test_an_act_s_own_place_comes_before_what_it_was_done_during(noclean_pipeline):
    assert row_place(noclean_pipeline, "Police arrested 30 people in Abuja on Monday during a nationwide protest "
                                       "that began in Lagos.", "COERCE", published=PUBLISHED) == "Abuja"


def test_a_court_that_remands_a_person_holds_them(noclean_pipeline):
    found = rows(noclean_pipeline, "A court in Bishkek remanded the opposition leader in custody for two months on "
                                   "Wednesday.")
    assert any(e.plover == "COERCE" and e.trigger.text == "remanded" for e in found)
    assert not rows(noclean_pipeline, "The judge remanded the case to a lower court.")
