"""Where victims came from is no place of the act ("killed seven barbers from Punjab", the
phrase hung on the verb); and a verb joined to the one before it, with no doer or place of its
own, was done where that one was ("burst into a house in Gwadar and killed seven barbers").

Sentences written for these tests; each checks :func:`eventwire.events.placing._came_from`,
:func:`eventwire.events.placing._joined_verb_place` through the whole pipeline.
"""

from __future__ import annotations

from tests.conftest import run_text
from tests.events.test_folds import place_name
from tests.events.test_told_places import row_place


def test_a_town_in_governs_is_the_act_s_place_and_the_victims_origin_is_not(noclean_pipeline):
    assert row_place(noclean_pipeline, "Militants are active across Pakistan's Balochistan province. Last month, "
                                       "gunmen burst into a house in Gwadar and killed seven barbers from Punjab as "
                                       "they slept.", "ASSAULT", published="2024-06-20") == "Gwadar"
    assert row_place(noclean_pipeline, "Gunmen killed seven barbers from Punjab on Monday.", "ASSAULT",
                     published="2024-06-20") != "Punjab"


def test_people_taken_from_a_place_or_held_elsewhere_keep_the_act_s_place(noclean_pipeline):
    assert row_place(noclean_pipeline, "Soldiers evacuated 300 civilians from Bakhmut on Sunday.", "AID",
                     published="2024-06-20") == "Bakhmut"
    assert row_place(noclean_pipeline, "Police arrested 30 protesters from Kisumu in Nairobi on Monday.", "COERCE",
                     published="2024-06-20") == "Nairobi"


def test_a_joined_verb_with_its_own_doer_keeps_its_own_place(noclean_pipeline):
    text = "Men stormed into a hotel in Kano on Monday, and soldiers later shot dead two gunmen in Abuja."
    record = run_text(noclean_pipeline, text, published="2024-06-20")
    shot = [e for e in record.events if e.trigger.text == "shot"]
    assert shot and all(place_name(record, e) != "Kano" for e in shot)


def test_forces_sent_from_a_place_and_a_way_or_a_birthplace_before_the_act(noclean_pipeline):
    # a withdrawal or a launch is done where it leaves from; a way taken, or where the doers were
    # born, is no place of the joined act
    assert row_place(noclean_pipeline, "France withdrew its troops from Niger on Friday.", "RETREAT",
                     published="2024-06-20") == "Niger"
    assert row_place(noclean_pipeline, "Fighters drove through Raqqa and attacked a base near the border.",
                     "ASSAULT", published="2024-06-20") != "Raqqa"
    born = run_text(noclean_pipeline, "The attackers were born in Morocco and bombed a train station.",
                    published="2024-06-20")
    assert all(place_name(born, e) != "Morocco" for e in born.events if e.plover == "ASSAULT")
