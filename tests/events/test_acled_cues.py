"""ACLED sub-event types read from the row's own act, not from a word that only looks like a cue.

Drones and missiles shot down are an interception (ACLED's disrupted weapons use), not the
air strike or the shelling their names suggest; an accord is ACLED's agreement only between
the sides of a conflict (a truce, a peace deal, an accord an armed party signs), not a trade
deal; a destroyer on a port visit destroys nothing. Sentences written for these tests, with
guards that the same cue words keep their reading where they tell the act.
"""

from __future__ import annotations

import pytest

from tests.events.test_missed_acts import one, rows


def sub_type(row) -> str | None:
    return (row.acled or {}).get("sub_event_type")


@pytest.mark.parametrize("text, trigger", [
    ("Russian air defences shot down 57 Ukrainian drones over the Belgorod region overnight, the Defence "
     "Ministry said on Sunday.", "shot"),
    ("A US destroyer shot down two Houthi missiles over the Red Sea on Monday.", "shot"),
])
def test_projectiles_shot_down_are_an_interception(noclean_pipeline, text, trigger):
    assert sub_type(one(noclean_pipeline, text, trigger)) == "Disrupted weapons use"


@pytest.mark.parametrize("text, trigger, kept", [
    ("A Russian drone struck an apartment block in Kharkiv on Monday.", "struck", "Air/drone strike"),
    ("Rebels shot dead two soldiers near Goma on Monday.", "shot", None),
])
def test_drones_that_strike_and_people_shot_keep_their_type(noclean_pipeline, text, trigger, kept):
    found = sub_type(one(noclean_pipeline, text, trigger))
    assert found != "Disrupted weapons use" and (kept is None or found == kept)


def test_an_aircraft_downed_is_a_row(noclean_pipeline):
    row = one(noclean_pipeline, "Ukrainian forces downed a Russian Ka-52 helicopter near Bakhmut on Tuesday.", "downed")
    assert (row.plover, row.target.span.text) == ("ASSAULT", "a Russian Ka-52 helicopter")


def test_tools_downed_are_a_strike_not_an_attack(noclean_pipeline):
    row = one(noclean_pipeline, "Dock workers downed tools in Durban on Monday over unpaid wages.", "downed")
    assert row.plover == "PROTEST"


@pytest.mark.parametrize("text, trigger", [
    ("India and Bangladesh signed an electricity trade deal in Dhaka on Tuesday.", "signed"),
    ("Kenya and the World Bank signed a $750 million loan agreement in Nairobi on Monday.", "signed"),
])
def test_an_accord_of_no_conflict_is_no_acled_agreement(noclean_pipeline, text, trigger):
    assert one(noclean_pipeline, text, trigger).acled is None


@pytest.mark.parametrize("text, trigger", [
    ("The government and the rebels signed a ceasefire agreement in Doha on Friday.", "signed"),
    ("The army and the M23 rebels agreed to exchange prisoners in Luanda on Friday.", "agreed"),
])
def test_an_accord_between_the_sides_of_a_conflict_is_acled_s_agreement(noclean_pipeline, text, trigger):
    assert sub_type(one(noclean_pipeline, text, trigger)) == "Agreement"


def test_a_destroyer_on_a_port_visit_destroys_nothing(noclean_pipeline):
    row = one(noclean_pipeline, "The Indian Navy destroyer INS Delhi arrived in Manila on Monday for a port visit.",
              "arrived")
    assert row.acled is None


def test_an_arrest_ahead_of_a_rally_to_come_breaks_up_no_protest(noclean_pipeline):
    row = one(noclean_pipeline, "Police arrested 15 opposition activists in Harare on Friday ahead of a planned rally.",
              "arrested")
    assert sub_type(row) == "Arrests"


def test_an_arrest_at_a_rally_held_is_still_an_intervention(noclean_pipeline):
    row = one(noclean_pipeline, "Police arrested 15 opposition activists at a rally in Harare on Friday.", "arrested")
    assert sub_type(row) == "Protest with intervention"


def test_an_accord_with_an_armed_group_is_acled_s_agreement(noclean_pipeline):
    row = one(noclean_pipeline, "Syria's transitional authorities signed agreements with an armed group in Latakia "
              "on Friday.", "signed")
    assert sub_type(row) == "Agreement"


@pytest.mark.parametrize("text, killed", [
    ("An air strike hit the town on Monday.", None),
    ("The village was hit by an air strike on Monday, killing five people.", 5.0),
])
def test_an_air_strike_is_political_violence_though_no_party_is_named(noclean_pipeline, text, killed):
    row = one(noclean_pipeline, text, "strike")
    counts = {q.kind: q.value for q in row.quantities}
    assert (sub_type(row), counts.get("killed")) == ("Air/drone strike", killed)


def test_a_strike_of_workers_named_by_no_party_is_still_no_violence(noclean_pipeline):
    assert all(r.plover != "ASSAULT" for r in rows(noclean_pipeline, "A strike hit the port on Monday."))


def test_an_attack_told_beside_an_interception_keeps_its_weapon(noclean_pipeline):
    text = ("Russian forces launched a missile attack on Kharkiv on Monday, killing four people, while air defences "
            "shot down 20 drones.")
    assert sub_type(one(noclean_pipeline, text, "attack")) != "Disrupted weapons use"


def test_an_arrest_at_a_rally_called_planned_is_an_intervention(noclean_pipeline):
    row = one(noclean_pipeline, "Police arrested 30 people at a planned rally in Kampala on Monday.", "arrested")
    assert sub_type(row) == "Protest with intervention"


def test_an_accord_to_stop_fighting_is_acled_s_agreement(noclean_pipeline):
    row = one(noclean_pipeline, "Israel and Hezbollah agreed on Tuesday to stop fighting along the border.", "agreed")
    assert sub_type(row) == "Agreement"
