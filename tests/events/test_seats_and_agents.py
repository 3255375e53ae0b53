"""Where a statement or a measure is not placed though a town is named with it (a target "in"
a town, people "in" a body, a recall, a gathering it speaks of, a place it says it was made);
who does a passive act whose agent the parser hung elsewhere ("was convicted of corruption by a
Dhaka court and sentenced ...") or a joined passive shares; and office holders "from" a state
named in the role. The statements placed at their maker's seat, a summons, a split accord word
or a gathering are cases of
tests/events/test_orders_and_verbless_leads.py::test_a_statement_is_placed_where_it_was_made.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.whereabouts`,
:mod:`eventwire.events.doers` or :mod:`eventwire.events.naming` through the whole pipeline.
"""

from __future__ import annotations

from tests.events.test_retellings import of_type, one, rows
from tests.events.test_told_places import row_place


# -- a statement or measure made where its maker sits (the placed cases are in
# tests/events/test_orders_and_verbless_leads.py::test_a_statement_is_placed_where_it_was_made) --
def test_a_town_named_with_a_target_a_body_a_recall_or_a_topic_places_no_statement(noclean_pipeline):
    # whom a statement is aimed at is no speaker; a deed is placed by its own words first
    assert row_place(noclean_pipeline, "The interior minister accused the U.S. Embassy in Dhaka of meddling in "
                                       "the election.", "ACCUSE") is None
    assert row_place(noclean_pipeline, "Democrats in Congress demanded an inquiry into the shooting.",
                     "REQUEST") is None  # a body they sit in, which a town may share a name with
    assert row_place(noclean_pipeline, "The Pakistani embassy in Kabul, in a statement issued in Islamabad on "
                                       "Tuesday, accused the Taliban of sheltering militants.", "ACCUSE") == "Islamabad"
    assert row_place(noclean_pipeline, "Egypt summoned its ambassador in Khartoum back to Cairo for "
                                       "consultations.", "ACCUSE") != "Khartoum"  # a recall
    assert row_place(noclean_pipeline, "The EU demanded an investigation into the violence at a rally in "
                                       "Tbilisi.", "REQUEST") is None  # the gathering it speaks of
    assert row_place(noclean_pipeline, "The interior minister praised the police for their conduct during the "
                                       "rally in Lahore.", "SUPPORT") is None  # the one its reason is about
    assert row_place(noclean_pipeline, "Russia's ambassador in Warsaw was summoned to the Polish foreign ministry "
                                       "on Monday.", "ACCUSE") == "Warsaw"  # called to a body, not recalled
    assert row_place(noclean_pipeline, "Militants based in Mali attacked an army post in Niamey on Sunday.",
                     "ASSAULT") == "Niamey"


# -- the agent of a passive -------------------------------------------------------------------------
def test_an_agent_hung_on_the_charge_and_shared_by_a_joined_passive_does_the_act(noclean_pipeline):
    text = ("The opposition leader was convicted of corruption by a Dhaka court in 2018 and sentenced to five "
            "years in prison.")
    [row] = of_type(rows(noclean_pipeline, text, published="2023-10-31"), "COERCE")
    assert row.actor is not None and row.actor.span.text == "a Dhaka court"
    assert row_place(noclean_pipeline, text, "COERCE", published="2023-10-31") == "Dhaka"
    freed = one(noclean_pipeline, "The activist was detained by security forces on Monday and released on "
                                   "Tuesday.", "RETREAT", published="2023-10-31")
    assert freed.actor is not None and freed.actor.span.text == "security forces"


def test_a_by_phrase_on_a_charge_that_names_no_body_is_no_agent(noclean_pipeline):
    # "gunmen" attacked; who accused him is not told; "Israelis" did the attack, not the arrest
    row = one(noclean_pipeline, "He was accused of an attack by gunmen on a bus in the north.", "ACCUSE",
              published="2023-10-31")
    assert row.actor is None or "gunmen" not in row.actor.span.text
    held = one(noclean_pipeline, "The settler was arrested for the attack by Israelis on the village of Huwara.",
               "COERCE", published="2023-10-31")
    assert held.actor is None


def test_a_joined_passive_outside_one_custody_keeps_its_own_doer(noclean_pipeline):
    # the kidnappers did not rescue him
    found = rows(noclean_pipeline, "The aid worker was abducted by gunmen on Monday and rescued by soldiers on "
                                   "Friday.", published="2023-10-31")
    assert not [e for e in found if e.trigger.text == "rescued" and e.actor is not None
                and "gunmen" in e.actor.span.text]


# -- office holders "from" a state ------------------------------------------------------------------
def test_office_holders_from_a_state_carry_it_in_their_role(noclean_pipeline):
    row = one(noclean_pipeline, "Officials from Iran and the United States held talks in Oman on Monday.",
              "CONSULT", published="2021-04-07")
    assert row.actor is not None and row.actor.span.text == "Officials from Iran and the United States"
    fighters = one(noclean_pipeline, "Fighters from Syria attacked a checkpoint in Anbar on Monday.", "ASSAULT",
                   published="2021-04-07")
    assert fighters.actor is not None and fighters.actor.span.text == "Fighters"  # whose men, not told

