"""Words of conflict in their everyday senses, and deaths no one caused (issue 9: only events).

"A cardiac arrest", "stocks rallied", "demonstrated its robot", "sent condolences", "battled
a blaze", "a film shot in Morocco" and deaths in a landslide, a gas blast or an overturned bus
are no rows; the same words used of parties still are. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-06-14"


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


@pytest.mark.parametrize("text", [
    "A 58-year-old cyclist suffered a cardiac arrest during the race in Leeds on Sunday.",
    "The actor died of a heart attack in Los Angeles on Wednesday.",
    "The singer was taken to hospital after a panic attack on stage in Madrid on Friday.",
])
def test_an_illness_named_like_an_act_is_no_row(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


@pytest.mark.parametrize("text, plover", [
    ("Police arrested the opposition leader in Dakar on Sunday.", "COERCE"),
    ("Gunmen carried out an attack on a police station in Kano on Sunday.", "ASSAULT"),
])
def test_the_acts_those_words_name_stay(noclean_pipeline, text, plover):
    assert plover in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "Stocks rallied in Tokyo on Tuesday after the central bank held rates.",
    "The dollar rallied against the yen in London on Monday.",
])
def test_a_market_that_rallies_is_no_crowd(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


def test_supporters_who_rally_still_protest(noclean_pipeline):
    events = rows(noclean_pipeline, "Thousands of opposition supporters rallied in Tbilisi on Sunday.")
    assert [e.plover for e in events] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The company demonstrated its new humanoid robot at a trade fair in Hanover on Monday.",
    "In so ruling, the court demonstrated a shocking ignorance of the technology.",
])
def test_demonstrating_a_thing_is_showing_it(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


def test_demonstrating_against_a_law_is_a_protest(noclean_pipeline):
    events = rows(noclean_pipeline, "Students demonstrated against the new law in Belgrade on Monday.")
    assert [e.plover for e in events] == ["PROTEST"]


def test_condolences_sent_are_no_aid(noclean_pipeline):
    text = "The president sent condolences to the families of the victims on Monday."
    assert "AID" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_aid_sent_is_aid(noclean_pipeline):
    text = "Japan sent food and medicine to the flood victims in Pakistan on Monday."
    assert "AID" in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_blaze_battled_is_no_combat(noclean_pipeline):
    events = rows(noclean_pipeline, "Soldiers battled a blaze at an ammunition depot in Lyon on Monday.")
    assert "ASSAULT" not in [e.plover for e in events]


@pytest.mark.parametrize("text", [
    "The film was shot in Morocco last year.",
    "The director shot a video of the parade in Rabat on Sunday.",
])
def test_a_film_shot_is_no_shooting(noclean_pipeline, text):
    assert "ASSAULT" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_person_shot_is(noclean_pipeline):
    events = rows(noclean_pipeline, "Police shot a protester in Rabat on Sunday.")
    assert "ASSAULT" in [e.plover for e in events]


def test_demand_in_a_market_is_no_request(noclean_pipeline):
    text = "Egypt's government met soaring demand for bread with imports from Russia on Monday."
    assert "REQUEST" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_party_s_demand_is_still_a_request(noclean_pipeline):
    text = "The opposition's demand for early elections angered the president on Monday."
    assert "REQUEST" in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "Inflation hit 9 percent in Argentina in May.",
    "Weak consumer demand hit exports from China in May.",
])
def test_what_hits_in_the_economic_pages_is_no_strike(noclean_pipeline, text):
    assert "ASSAULT" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_missile_that_hits_strikes(noclean_pipeline):
    assert "ASSAULT" in [e.plover for e in rows(noclean_pipeline, "A missile hit a school in Kharkiv on Monday.")]


@pytest.mark.parametrize("text", [
    "A gas explosion tore through a restaurant in Nairobi on Thursday, killing six people.",
    "Three people were killed when a bus overturned on a mountain road in Peru's Cusco region on Monday.",
    "Heavy rain triggered landslides in Kerala's Wayanad district on Tuesday, killing at least 150 people.",
])
def test_deaths_in_a_mishap_or_a_disaster_are_no_attack(noclean_pipeline, text):
    assert "ASSAULT" not in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "A bomb explosion tore through a market in Maiduguri on Thursday, killing six people.",
    "Three soldiers were killed when militants ambushed their convoy near Gao on Monday.",
])
def test_deaths_in_an_attack_told_the_same_way_stay(noclean_pipeline, text):
    assert "ASSAULT" in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "Reporters pelted the press secretary with questions on Monday.",
    "Burglars ransacked a house in Leeds on Monday.",
    "German prosecutors issued a search warrant for the offices of the party on Monday.",
    "Firefighters used water cannon to douse a blaze at a warehouse in Lyon on Monday.",
    "Ukrainian Foreign Minister Dmytro Kuleba spoke with Sky News on Wednesday.",
    "EU foreign ministers spoke with one voice on Monday.",
])
def test_the_new_acts_words_in_other_senses_are_no_row(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)] == []


@pytest.mark.parametrize("text, plover", [
    ("Thousands demonstrated their anger in Tunis on Saturday.", "PROTEST"),
    ("Protesters in Juba repeated their strong demand for the release of detained journalists on Monday.",
     "REQUEST"),
    ("An army post was shot at by jihadists near Menaka on Monday.", "ASSAULT"),
    ("Al-Shabab militants killed six soldiers in an ambush after heavy rains in Middle Shabelle on Monday.",
     "ASSAULT"),
    ("Three people were killed when a building toppled after a Russian missile strike in Kharkiv on Monday.",
     "ASSAULT"),
])
def test_acts_beside_those_words_stay(noclean_pipeline, text, plover):
    assert plover in [e.plover for e in rows(noclean_pipeline, text)]


def test_water_cannon_at_a_ship_is_no_protest(noclean_pipeline):
    text = "A Chinese coast guard ship fired water cannon at a Philippine supply vessel near Second Thomas Shoal."
    assert all(e.acled is None or "rotest" not in e.acled["sub_event_type"] for e in rows(noclean_pipeline, text))


@pytest.mark.parametrize("text", [
    # a vehicle's mishap and its toll, parsed as the vehicle's two clauses
    "A bus overturned near Cusco on Tuesday, killing 22 people.",
    # an act someone is labelled with planning, told to say who they are
    "Indonesian police arrested three men suspected of planning attacks on churches in Makassar on Thursday.",
])
def test_a_mishap_s_toll_or_a_planned_act_someone_is_suspected_of_is_no_attack(noclean_pipeline, text):
    assert [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "A car packed with explosives overturned at a checkpoint in Mogadishu on Tuesday, killing four.",
    "Police arrested a man accused of killing a teacher in Karachi on Monday.",
    "Gunmen killed a man accused of blasphemy in Punjab on Sunday.",
])
# (a strike that hits a house is an attack: "Minutes later, a second strike hit a nearby house" is
# no stoppage of work; see test_a_strike_that_hits_a_house_is_no_walkout)
def test_a_bomb_s_vehicle_or_a_killing_someone_is_accused_of_stays_an_attack(noclean_pipeline, text):
    assert [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"] != []


def test_a_strike_that_hits_a_house_is_no_walkout(noclean_pipeline):
    text = ("An Israeli airstrike hit a school in Nuseirat on Tuesday. Minutes later, a second strike hit a nearby "
            "house, killing four people.")
    assert [e for e in rows(noclean_pipeline, text) if e.plover == "PROTEST"] == []
    # guard: a walkout that hits schools stays a walkout
    assert [e.plover for e in rows(noclean_pipeline, "The teachers' strike hit schools across the country on "
                                   "Monday.")] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "The Israeli strike on the hospital drew condemnation from Jordan.",
    "The U.S. strike on a warehouse in Syria was the third this month.",
    "The Russian strike on Odesa's port damaged grain warehouses on Wednesday, officials said.",
])
def test_a_state_s_strike_on_a_thing_is_an_attack(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text == "strike"] == ["ASSAULT"]


def test_a_nation_s_workers_strike_over_a_grievance_stays_a_stoppage(noclean_pipeline):
    assert [e.plover for e in rows(noclean_pipeline, "The French strike over pensions disrupted trains on "
                                                     "Thursday.") if e.trigger.text == "strike"] == ["PROTEST"]


@pytest.mark.parametrize("text, sub", [
    # a mine dug for ore, a car driven off: no remote explosive
    ("M23 rebels seized the town of Rubaya, home to a major coltan mine, on Tuesday.",
     "Non-state actor overtakes territory"),
    ("Armed men invaded an artisanal gold mine near Kidal on Tuesday and killed six miners.", "Attack"),
    ("Armed robbers attacked a businessman in Enugu on Saturday and snatched his car.", "Attack"),
    # a mine that blew up
    ("A soldier was killed when he stepped on a mine in Arauca on Monday.", "Remote explosive/landmine/IED"),
    ("An army truck struck a mine near Djibo on Monday, killing three soldiers.", "Remote explosive/landmine/IED"),
    ("A car bomb attack killed four people in Mogadishu on Monday.", "Remote explosive/landmine/IED"),
])
def test_a_mine_or_a_car_makes_a_remote_explosive_only_when_it_blew_up(noclean_pipeline, text, sub):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]
    assert row.acled is not None and row.acled["sub_event_type"] == sub


@pytest.mark.parametrize("text, attacks", [
    ("KABUL (AP) — Flash floods killed at least 50 people in Baghlan province on Friday.", 0),  # under a dateline
    ("KABUL (AP) — Gunmen killed at least 50 people in Baghlan province on Friday.", 1),
])
def test_a_disaster_under_a_dateline_is_no_attack(noclean_pipeline, text, attacks):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == attacks


@pytest.mark.parametrize("text, plover, target", [
    ("Zelensky renewed his call on Western allies to send more air defence systems.", "REQUEST", "Western allies"),
    ("Macron held a call on Monday with Scholz.", "CONSULT", "Scholz"),  # a call's day is no one called on
    ("In a call on Monday, Putin told Erdogan that Russia would retaliate.", "CONSULT", "Erdogan"),
    ("Macron and Scholz held a call on the sidelines of the G7 summit.", "CONSULT", "Scholz"),  # no one asked
])
def test_a_call_on_someone_asks_a_call_with_someone_talks(noclean_pipeline, text, plover, target):
    [row] = [e for e in rows(noclean_pipeline, text) if e.trigger.text == "call"]
    assert row.plover == plover and row.target is not None and row.target.span.text == target


@pytest.mark.parametrize("text, rows_n", [
    ("About 50 Uyghurs remain in Thailand's custody.", 0),  # a condition they are in
    ("The two journalists are still in detention in Tehran.", 0),
    ("The two journalists were placed in detention on Monday.", 1),  # the act that put them there
    ("Police took the suspect into custody on Monday.", 1),
])
def test_being_held_is_no_arrest(noclean_pipeline, text, rows_n):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "COERCE"]) == rows_n


@pytest.mark.parametrize("text, plover, n", [
    ("Iran said it reserves the right to retaliate against the sanctions.", "THREATEN", 1),  # a veiled threat
    ("The company reserves the right to change its prices.", "THREATEN", 0),  # no political party
    ("Moscow said it would respond forcefully to any NATO deployment in Finland.", "MOBILIZE", 0),  # whichever
    ("NATO completed the deployment of 300 troops in Finland on Monday.", "MOBILIZE", 1),
])
def test_a_reserved_right_threatens_and_any_act_is_none_yet(noclean_pipeline, text, plover, n):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == plover]) == n
