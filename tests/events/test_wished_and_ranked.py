"""What one wants of others is asked of them; one ranked among others is described, not reported.

"Opposition leaders want the minister to resign or be arrested": the arrest is wished (a "to"
clause the parser hangs as a clause of its own, with its own subject), a demand of the
wishers, not a deed; "Trump, the third president to be impeached" says who Trump is. Sentences
written for these tests, with guards: an act one wants to do oneself is still intended, and an
act told of someone with no rank is still reported.
"""

from __future__ import annotations

import pytest

from eventwire.events.eventhood import ranked_one
from eventwire.events.status import event_status
from eventwire.nlp.model import load_model
from tests.events.test_aimed_at import parties
from tests.events.test_missed_acts import one, rows


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_a_to_clause_with_its_own_subject_under_a_wish_is_not_done(nlp):
    doc = nlp("Opposition leaders want the minister to resign or be arrested, a spokesman said on Monday.")
    resign, arrested = (t for t in doc if t.text in ("resign", "arrested"))
    assert resign.dep_ == "ccomp"  # (the parse this reading mends)
    assert event_status(resign) == event_status(arrested) == "planned"


@pytest.mark.parametrize("text, trigger, parts", [
    ("Opposition leaders want the minister to resign or be arrested, a spokesman said on Monday.", "arrested",
     ("Opposition leaders", "the minister")),
    ("Protesters want the police officers to be prosecuted, their lawyer said.", "prosecuted",
     ("Protesters", "the police officers")),
])
def test_an_act_wished_of_others_is_the_wishers_demand(noclean_pipeline, text, trigger, parts):
    row = one(noclean_pipeline, text, trigger)
    assert (row.plover, parties(row)) == ("REQUEST", parts)


def test_an_act_one_wants_to_do_oneself_is_still_threatened(noclean_pipeline):
    row = one(noclean_pipeline, "Russia wants to seize Kyiv within weeks, Western officials said on Monday.", "seize")
    assert (row.plover, parties(row)) == ("THREATEN", ("Russia", "Kyiv"))


@pytest.mark.parametrize("text", [
    "Trump, the third president to be impeached by the House, faces trial in the Senate.",
    "Besigye, the only opposition leader to be arrested by the army, appeared in court on Monday.",
])
def test_one_ranked_among_others_is_described_not_reported(noclean_pipeline, nlp, text):
    [verb] = [t for t in nlp(text) if t.text in ("impeached", "arrested")]
    assert ranked_one(verb)
    assert [r for r in rows(noclean_pipeline, text) if r.trigger.text in ("impeached", "arrested")] == []


def test_an_act_told_of_someone_unranked_is_still_reported(noclean_pipeline, nlp):
    text = "The army arrested the opposition leader to silence him, his lawyer said on Monday."
    [verb] = [t for t in nlp(text) if t.text == "arrested"]
    assert not ranked_one(verb)
    assert one(noclean_pipeline, text, "arrested").plover == "COERCE"


@pytest.mark.parametrize("text, trigger, parts", [
    ("Kosovo told Serbia to withdraw its troops from the border within 48 hours or face consequences.", "withdraw",
     ("Kosovo", "Serbia")),
    ("Azerbaijan gave Armenian separatists 24 hours to lay down their arms or face military action.", "lay",
     ("Azerbaijan", "Armenian separatists")),
])
def test_an_act_demanded_on_pain_of_what_refusing_brings_is_an_ultimatum(noclean_pipeline, text, trigger, parts):
    row = one(noclean_pipeline, text, trigger)
    assert (row.plover, row.cameo, parties(row), row.acled) == ("THREATEN", "139", parts, None)


def test_an_act_someone_is_told_to_do_is_not_done(nlp):
    doc = nlp("Kosovo told Serbia to withdraw its troops from the border.")
    assert event_status(next(t for t in doc if t.text == "withdraw")) == "planned"


def test_aid_given_is_still_given(noclean_pipeline):
    row = one(noclean_pipeline, "Japan gave $10 million in aid to Sudan on Monday.", "gave")
    assert row.status == "asserted"


def test_those_told_a_report_are_not_whom_its_demand_obliges(noclean_pipeline):
    text = ('"They need to either destroy or return the S-400," a senior State Department official told reporters '
            'at a briefing Wednesday.')
    row = one(noclean_pipeline, text, "destroy")
    assert (row.plover, parties(row)) == ("REQUEST", ("a senior State Department official", "They"))


@pytest.mark.parametrize("text, trigger", [
    ("Police told demonstrators to disperse on Sunday before firing tear gas.", "firing"),
    ("The Israeli military told residents to leave the building before striking it.", "striking"),
])
def test_an_act_told_inside_what_someone_is_told_to_do_was_done(noclean_pipeline, text, trigger):
    assert one(noclean_pipeline, text, trigger).status == "asserted"


def test_an_order_given_is_the_giver_s_demand_of_the_one_told(noclean_pipeline):
    row = one(noclean_pipeline, "The prime minister told the police to arrest the leaders of the riot.", "arrest")
    assert (row.plover, parties(row)) == ("REQUEST", ("The prime minister", "the police"))


def test_a_resignation_wished_for_is_a_demand(noclean_pipeline):
    row = one(noclean_pipeline, "The opposition wants the interior minister to resign over the killings of "
              "protesters.", "resign")
    assert (row.plover, parties(row)) == ("REQUEST", ("The opposition", "the interior minister"))


def test_one_who_was_the_first_to_act_acted(noclean_pipeline):
    text = "Poland was the first NATO member to close its border with Belarus on Friday."
    assert one(noclean_pipeline, text, "close").plover == "COERCE"


def test_the_one_a_wish_names_as_its_subject_is_whom_it_obliges(noclean_pipeline):
    text = "President Trump spoke on Monday. His White House staff want him to resign or be impeached, an aide said."
    row = one(noclean_pipeline, text, "resign")
    assert (row.plover, parties(row)) == ("REQUEST", ("His White House staff", "him"))


def test_what_one_wants_for_oneself_is_no_demand(noclean_pipeline):
    text = "Many of the girls wear it as an identity: they want to be recognised as Muslims."
    assert [r for r in rows(noclean_pipeline, text) if r.plover == "REQUEST"] == []


def test_a_deed_told_as_a_demand_s_occasion_keeps_its_row(noclean_pipeline):
    text = ("The opposition wants the interior minister to resign after the killing of three protesters in Lagos "
            "on Friday.")
    row = one(noclean_pipeline, text, "killing")
    assert (row.plover, row.status) == ("ASSAULT", "asserted")


def test_a_dateline_the_parser_made_the_lead_s_subject_is_not_who_wants(noclean_pipeline):
    text = ("KABUL, Afghanistan (AP) — The Taliban want the United States to release frozen Afghan assets, a "
            "spokesman said on Monday.")
    assert parties(one(noclean_pipeline, text, "release")) == ("The Taliban", "the United States")
