"""One happening told in parts (issue 9: one happening, one row).

A crowd that marched and then burned tyres; a march the police broke up with tear gas or
blocked (ACLED's protest with intervention); two colonels detained and "the officers" detained in
Kyiv; "a man" hanged and the man executed, named (not a man in "a separate attack"); a
strike condemned with its place and its dead, told nowhere else. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-06-14"


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


def place_name(record, event) -> str | None:
    if event.location is None:
        return None
    place = record.place_by_id(event.location.place)
    return place.name if place else None


def test_a_crowd_told_again_by_what_it_did_is_one_protest(noclean_pipeline):
    text = ("Hundreds of people demonstrated in Nairobi on Tuesday against the finance bill. "
            "Some protesters burned tyres on the road to the airport.")
    [row] = rows(noclean_pipeline, text)
    assert row.plover == "PROTEST" and len(row.mentions) == 2


def test_a_crowd_counted_then_told_again_as_protesters_is_one_protest(noclean_pipeline):
    text = ("Thousands of students marched through Rangpur on Friday demanding justice. "
            "Protesters later set fire to two police vehicles near the station.")
    [row] = rows(noclean_pipeline, text)
    assert row.plover == "PROTEST" and {m.trigger.text for m in row.mentions} >= {"marched", "set fire"}


def test_two_named_crowds_stay_two_protests(noclean_pipeline):
    text = ("Striking teachers rallied in Nairobi on Tuesday over pay. "
            "Hundreds of nurses marched in Nairobi on Tuesday against the health bill.")
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["PROTEST", "PROTEST"]


def test_a_march_broken_up_is_one_protest_with_intervention(noclean_pipeline):
    text = ("Hundreds of Chanda's supporters marched through central Lusaka on Tuesday. "
            "Police fired tear gas to disperse the marchers.")
    [row] = rows(noclean_pipeline, text)
    assert row.plover == "PROTEST"
    assert row.acled is not None and row.acled["sub_event_type"] == "Protest with intervention"
    assert row.actor is not None and "supporters" in row.actor.span.text  # not the police


@pytest.mark.parametrize("text", [
    "Protesters marched through central Tbilisi on Sunday and were blocked by police near parliament.",
    "Thousands of opposition supporters rallied in Dhaka on Sunday. "
    "Police blocked the protesters from reaching the presidential palace.",
    "Thousands of teachers rallied in Lima on Thursday and were blocked by police near Congress.",
])
def test_a_march_the_police_blocked_is_one_protest_with_intervention(noclean_pipeline, text):
    [row] = rows(noclean_pipeline, text)
    assert row.plover == "PROTEST"
    assert row.acled is not None and row.acled["sub_event_type"] == "Protest with intervention"
    assert row.actor is not None and "police" not in row.actor.span.text.lower()


def test_a_crowd_that_blocked_a_road_is_no_crowd_blocked(noclean_pipeline):
    text = "Thousands of farmers rallied in Lahore on Thursday and blocked the main highway."
    [row] = rows(noclean_pipeline, text)
    assert row.acled is not None and row.acled["sub_event_type"] == "Peaceful protest"


def test_a_road_the_police_blocked_beside_another_crowd_is_its_own_row(noclean_pipeline):
    text = ("Police blocked the main highway into Dhaka on Sunday. "
            "Separately, thousands of garment workers rallied in Gazipur.")
    assert sorted(e.plover for e in rows(noclean_pipeline, text)) == ["COERCE", "PROTEST"]


def test_force_on_another_crowd_elsewhere_is_its_own_row(noclean_pipeline):
    text = ("Israeli security forces fired tear gas at Palestinian demonstrators in Jerusalem on Monday. "
            "Also on Monday, hundreds of people protested in front of Israel's consulate in Istanbul.")
    events = rows(noclean_pipeline, text)
    assert sorted(e.plover for e in events) == ["ASSAULT", "PROTEST"]
    [protest] = [e for e in events if e.plover == "PROTEST"]
    assert protest.actor is None or "Israeli" not in protest.actor.span.text



def test_people_counted_then_named_back_by_a_plural_are_one_arrest(noclean_pipeline):
    text = ("Ukraine's SBU security service said on Tuesday it had detained two colonels suspected of "
            "plotting to assassinate the president. The officers were detained in Kyiv, the SBU said.")
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["COERCE"]







def test_a_strike_condemned_with_its_place_and_its_dead_is_a_row(noclean_pipeline):
    text = ("Ukraine condemned the Russian missile strike on a children's hospital in Kyiv on Monday "
            "that killed two people.")
    assert sorted(e.plover for e in rows(noclean_pipeline, text)) == ["ACCUSE", "ASSAULT"]


def test_an_accusation_of_acts_in_general_is_one_row(noclean_pipeline):
    text = "Rights groups accused Russia of attacking civilians in Kharkiv."
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["ACCUSE"]


def test_what_was_supposed_to_be_signed_was_not(noclean_pipeline):
    text = "The United States and Ukraine were supposed to sign a minerals deal on Friday."
    assert all(e.status != "asserted" for e in rows(noclean_pipeline, text) if e.trigger.text == "sign")


def test_force_aimed_at_crowds_in_three_towns_is_three_rows(noclean_pipeline):
    text = "Police fired tear gas at protesters in Lagos, Abuja and Port Harcourt on Monday."
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    assert sorted(place_name(record, e) or "" for e in record.events if e.status != "negated") == [
        "Abuja", "Lagos", "Port Harcourt"]


def test_doers_in_two_towns_are_two_rows(noclean_pipeline):
    record = run_text(noclean_pipeline, "Students in Dhaka and Chittagong clashed with police on Monday.",
                      published=PUBLISHED)
    assert len([e for e in record.events if e.status != "negated"]) == 2




def test_a_court_acts_where_it_sits(noclean_pipeline):
    record = run_text(noclean_pipeline, "A court in Bucharest on Monday convicted former minister Liviu Dragnea "
                                        "of bribery.", published=PUBLISHED)
    [row] = [e for e in record.events if e.status != "negated"]
    assert place_name(record, row) == "Bucharest"



def test_drones_shot_down_are_the_attack_s(noclean_pipeline):
    text = ("Russia launched 31 drones at Ukraine overnight, and air defenses shot down 27 of them over "
            "the Kyiv and Poltava regions.")
    [row] = rows(noclean_pipeline, text)
    assert row.trigger.text == "launched"



def test_a_leader_named_in_the_by_phrase_arrested_on_a_day_is_a_row(noclean_pipeline):
    text = "The coup was led by General Juan Zuniga, who was arrested in La Paz on Wednesday."
    assert "COERCE" in [e.plover for e in rows(noclean_pipeline, text)]


def test_fire_traded_almost_daily_is_no_one_act(noclean_pipeline):
    text = "Hezbollah and Israel have traded fire almost daily since the Gaza war began in October."
    assert rows(noclean_pipeline, text) == []


def test_a_house_arrest_revoked_is_no_arrest(noclean_pipeline):
    text = "Another court in November revoked Zamora's house arrest, but his lawyers appealed."
    assert "COERCE" not in [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text == "arrest"]


def test_another_man_arrested_is_told_on(noclean_pipeline):
    text = ("Police said on Monday they had arrested a second man in connection with the theft of a gold "
            "toilet from Blenheim Palace. Another man, who was arrested on the day of the theft, was released "
            "on bail.")
    assert "ASSAULT" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_province_named_by_of_is_where_not_whose(noclean_pipeline):
    text = ("YANGON (Reuters) - Myanmar's military carried out airstrikes on a village in the western state of "
            "Rakhine on Wednesday.")
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [row] = [e for e in record.events if e.status != "negated"]
    assert place_name(record, row) == "Rakhine"


def test_unrest_named_is_no_riot_of_the_protest(noclean_pipeline):
    text = ("Hundreds of people protested in front of the Israeli consulate in Istanbul on Monday. "
            "The unrest coincides with the holy month of Ramadan.")
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "PROTEST"]
    assert row.acled is not None and row.acled["sub_event_type"] != "Violent demonstration"


@pytest.mark.parametrize("text, n", [
    pytest.param("Hundreds of supporters marched through central Lusaka on Thursday. "
                 "On Friday, police fired tear gas to disperse several hundred protesters in Lusaka.",
                 2, id="a_protest_broken_up_another_day_is_two_rows"),
    pytest.param("Iran hanged a man in Karaj on Wednesday for killing a member of the Basij militia, the "
                 "judiciary said. Mohammad Ghobadlou was executed at Ghezel Hesar prison, the judiciary's news "
                 "agency reported.",
                 1, id="a_man_named_later_is_the_same_man"),
    pytest.param("Gunmen shot dead a man in Karachi on Tuesday. In a separate attack, gunmen killed Ali Raza, a "
                 "local politician, in Karachi on Tuesday.",
                 2, id="a_man_in_a_separate_attack_is_another_man"),
    pytest.param("KYIV, Ukraine (AP) - A Russian drone attack killed two people on Monday, officials said. "
                 "In Odesa, a Russian missile strike killed three people on Monday.",
                 2, id="a_dateline_town_and_a_town_the_text_names_are_two_places"),
    pytest.param("ISLAMABAD - Police fired tear gas at supporters of Imran Khan in Islamabad on Sunday. "
                 "Hundreds of lawyers rallied in Islamabad on Sunday.",
                 2, id="force_on_a_crowd_named_as_another_is_not_the_protest_s"),
    pytest.param("Thousands of protesters marched in Buenos Aires on Wednesday. Police fired rubber bullets and "
                 "tear gas at the protesters, injuring 20 people.",
                 2, id="force_that_wounds_is_its_own_row"),
    pytest.param("Officials in Kyiv and Washington condemned the attack on Monday.",
                 1, id="speakers_in_two_capitals_are_one_statement"),
    pytest.param("An Israeli airstrike on a house in the Nuseirat refugee camp killed eight people on Wednesday. "
                 "Another airstrike killed five people at a school in Gaza City.",
                 2, id="another_strike_is_another_row"),
    pytest.param("JNIM claimed responsibility for an ambush on an army convoy near Bandiagara on Tuesday, "
                 "saying it killed 12 soldiers.",
                 1, id="the_toll_a_claimant_tells_is_the_claimed_attack_s"),
    pytest.param("Police detained 50 students over protests outside parliament in Accra on Monday.",
                 2, id="protests_someone_is_held_over_happened"),
    pytest.param("Egypt welcomed the release of 12 Egyptian fishermen by Libyan authorities in Benghazi on Monday.",
                 2, id="a_release_welcomed_told_with_its_doers_is_a_row_of_its_own"),
    pytest.param("The UN condemned the killing of three aid workers by gunmen in Darfur on Monday.",
                 2, id="a_killing_condemned_told_with_its_doers_and_place_is_a_row_of_its_own"),
    pytest.param("Australia welcomed the release of journalist Cheng Lei on Monday.",
                 1, id="a_release_welcomed_with_no_doer_is_the_welcome_s"),
    pytest.param("Ukrainian forces shot down a Russian Su-34 jet over Donetsk on Monday. "
                 "Russia fired 40 missiles at Kyiv on Monday.",
                 2, id="a_jet_shot_down_is_its_own_act"),
])
def test_one_happening_one_row_two_happenings_two(noclean_pipeline, text, n):
    assert len(rows(noclean_pipeline, text)) == n


@pytest.mark.parametrize("text", [
    "Gunmen attacked a World Food Programme convoy near Nyala on Tuesday, killing two truck drivers and looting "
    "12 of the 16 trucks, the U.N. agency said on Thursday.",
    "Gunmen stormed the clinic in Bunia on Monday, opening fire inside and looting an ambulance.",
])
def test_what_attackers_loot_on_the_way_is_the_attack(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["ASSAULT"]


def test_looting_by_other_hands_elsewhere_is_its_own_row(noclean_pipeline):
    text = "Gunmen attacked a village in Zamfara on Tuesday, and bandits looted shops in Gusau."
    assert sorted(e.plover for e in rows(noclean_pipeline, text)) == ["ASSAULT", "COERCE"]
