"""Who did it and to whom when a sentence's grammar hides it, what kind of act a diplomatic
verb tells, and a meeting or a march told twice.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.roles`,
:mod:`eventwire.events.joins`, :mod:`eventwire.events.sides`, :mod:`eventwire.events.placing`
or the lexicon through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_retellings import of_type, one, rows


def role_text(role) -> str | None:
    return role.span.text if role is not None else None


def place_text(row) -> str | None:
    return row.location.span.text if row.location is not None else None


# -- parties a clause's grammar hides -----------------------------------------------------------
def test_who_put_units_on_alert_did_it_and_another_state_s_act_is_its_own(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "North Korea put its front-line units on high alert on Monday. "
        "Russia massed troops near the border with Finland.")), "MOBILIZE")
    assert sorted(role_text(e.actor) or "" for e in found) == ["North Korea", "Russia"]


def test_who_suffered_wounds_in_the_attack_was_its_target(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Two attackers stabbed Security Minister Wiranto in Pandeglang on Thursday. "
        "Wiranto suffered two stab wounds in the attack, police said."), "ASSAULT")
    assert role_text(row.actor) == "Two attackers"


@pytest.mark.parametrize("text, actor, target", [
    ("The convoy came under heavy shelling from RSF fighters near El Fasher on Monday.", "RSF fighters", "The convoy"),
    ("A Malian army convoy came under attack near Gao on Thursday.", None, "A Malian army convoy"),
])
def test_what_came_under_attack_was_its_target(noclean_pipeline, text, actor, target):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert (role_text(row.actor), role_text(row.target)) == (actor, target)


def test_an_attacker_hurt_in_the_attack_is_still_its_doer(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "A man stabbed six people at a shopping centre in Bondi Junction on Saturday. "
        "The attacker suffered gunshot wounds in the attack, police said.")), "ASSAULT")
    assert all(role_text(e.target) != "The attacker" for e in found)


def test_armed_men_who_suffered_losses_in_their_assault_still_made_it(noclean_pipeline):
    row = one(noclean_pipeline, "Russian troops suffered heavy losses in the assault on Avdiivka.", "ASSAULT")
    assert role_text(row.actor) == "Russian troops"


def test_a_toll_of_an_attack_a_convoy_came_under_is_the_attack_s(noclean_pipeline):
    row = one(noclean_pipeline,
              "The convoy came under attack from JNIM fighters near Boulkessi, killing nine soldiers.", "ASSAULT")
    assert role_text(row.actor) == "JNIM fighters" and len(row.mentions) == 2


def test_who_launched_an_attack_still_did_it(noclean_pipeline):
    row = one(noclean_pipeline, "Insurgents launched an attack on the convoy near Gao on Thursday.", "ASSAULT")
    assert role_text(row.actor) == "Insurgents"


# -- what a diplomatic verb tells ---------------------------------------------------------------
@pytest.mark.parametrize("text, plover", [
    ("Japan protested to China on Tuesday over the detention of a Japanese businessman.", "ACCUSE"),
    ("Germany's foreign ministry protested to Moscow on Friday over the jamming of GPS signals.", "ACCUSE"),
    ("Thousands of people protested in Nairobi on Tuesday against the finance bill.", "PROTEST"),
    ("Lebanese politicians rallied to the defence of the army commander on Monday.", "SUPPORT"),
    ("The U.S. and Britain rallied support for a new U.N. resolution on Monday.", "SUPPORT"),
    ("Thousands rallied in Tbilisi on Sunday against the foreign agents law.", "PROTEST"),
    ("Ramaphosa clashed with opposition leader John Steenhuisen over the coalition deal on Monday.", "ACCUSE"),
    ("Herders clashed with farmers over grazing land in Benue state on Monday, killing 12.", "ASSAULT"),
    ("Pope Francis sent an envoy to Kyiv on Monday.", "CONSULT"),
    ("Russia sent 2,000 troops to the border on Monday.", "MOBILIZE"),
    ("Chancellor Olaf Scholz welcomed French President Emmanuel Macron at the chancellery in Berlin on Monday.",
     "CONSULT"),
    ("The European Union welcomed the ceasefire agreement on Monday.", "SUPPORT"),
    # look-alikes: a city's crowd, a government's staff, a street rally, an armed clash, a medical team
    ("Hong Kong protested for a second straight weekend on Sunday against the extradition bill.", "PROTEST"),
    ("Government employees protested outside the ministry in Tbilisi on Wednesday.", "PROTEST"),
    ("About 2,000 protesters rallied behind the parliament building in Bangkok on Sunday.", "PROTEST"),
    ("Pakistan clashed with the Afghan Taliban at the Torkham border crossing on Sunday over a new "
     "checkpoint, leaving two soldiers dead.", "ASSAULT"),
    ("The World Health Organization sent a delegation of doctors to eastern Congo on Sunday.", "AID"),
])
def test_a_diplomatic_verb_tells_its_kind_of_act(noclean_pipeline, text, plover):
    assert [e.plover for e in rows(noclean_pipeline, text)] == [plover]


# -- a meeting told from each side, a march and what was done during it ---------------------------
@pytest.mark.parametrize("text, town", [
    ("Erdogan met Putin on the sidelines of the summit in Astana on Wednesday.", "Astana"),
    ("Russian and Ukrainian officials held talks on a grain corridor in Istanbul on Thursday.", "Istanbul"),
])
def test_where_talks_on_the_sidelines_or_on_a_thing_were_held_stays(noclean_pipeline, text, town):
    row = one(noclean_pipeline, text, "CONSULT")
    assert place_text(row) == town


def test_a_meeting_told_from_each_side_is_one_row(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah in Cairo on Sunday. "
        "King Abdullah held talks with Sisi on the war in Gaza, the royal court said."), "CONSULT")
    assert place_text(row) == "Cairo"
    assert len(row.mentions) == 2


@pytest.mark.parametrize("text, plover", [
    ("Blinken met Sisi in Cairo on Monday. Sisi also met Qatar's emir on Monday.", "CONSULT"),
    ("Macron praised Scholz on Monday. Scholz praised Macron on Tuesday.", "SUPPORT"),
])
def test_a_meeting_with_another_guest_or_praise_returned_is_another_act(noclean_pipeline, text, plover):
    assert len(of_type(rows(noclean_pipeline, text), plover)) == 2


def test_clashes_during_the_march_are_the_march_s(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Thousands of students marched in Dhaka on Tuesday. "
        "Protesters clashed with police near the university during the march."), "PROTEST")
    assert row.acled is not None and row.acled["sub_event_type"] == "Violent demonstration"


def test_police_shooting_a_protester_during_the_protest_is_a_row_of_its_own(noclean_pipeline):
    found = rows(noclean_pipeline, (
        "Thousands protested in Kampala on Tuesday against corruption. "
        "Police shot dead a protester during the protest."))
    assert sorted(e.plover for e in found) == ["ASSAULT", "PROTEST"]
    assert role_text(of_type(found, "PROTEST")[0].actor) == "Thousands"


def test_a_crowd_s_attack_on_others_during_the_march_is_a_row_of_its_own(noclean_pipeline):
    found = rows(noclean_pipeline, (
        "Thousands of people marched in Nairobi on Tuesday. Protesters attacked a journalist during the march."))
    assert len(found) == 2


def test_clashes_during_a_second_march_another_day_are_their_own(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "Thousands of students marched in Dhaka on Tuesday. "
        "On Wednesday, protesters clashed with police during a second march.")), "PROTEST")
    assert len(found) >= 2


# -- the town whose part a place phrase names ------------------------------------------------------
@pytest.mark.parametrize("text, plover, town", [
    ("Police clashed with students in Dhaka's Shahbag area on Tuesday.", "ASSAULT", "Dhaka"),
    ("Police in Kenya fired tear gas at protesters in Nairobi's central business district on Tuesday.",
     "ASSAULT", "Nairobi"),
    ("Israeli jets struck Beirut's southern suburbs on Tuesday.", "ASSAULT", "Beirut"),
])
def test_a_part_of_a_town_told_as_its_own_is_in_that_town(noclean_pipeline, text, plover, town):
    row = one(noclean_pipeline, text, plover)
    assert place_text(row) == town


@pytest.mark.parametrize("text, plover", [
    ("Police clashed with protesters in Johannesburg's Soweto township on Monday.", "ASSAULT"),
    ("Protesters gathered in Johannesburg's Soweto township on Monday.", "PROTEST"),
])
def test_a_township_that_is_a_town_of_its_own_stays(noclean_pipeline, text, plover):
    row = one(noclean_pipeline, text, plover)
    assert place_text(row) == "Soweto"


def test_a_state_s_embassy_is_no_part_of_that_state(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen attacked Israel's embassy in Baku on Monday.", "ASSAULT")
    assert place_text(row) == "Baku"


# -- background told with no time ----------------------------------------------------------------
@pytest.mark.parametrize("text, plover", [
    ("Philippine President Rodrigo Duterte threatened the network's franchise renewal before, after the network "
     "didn't carry some of his campaign commercials.", "THREATEN"),
    ("Flynn gave his first public speech since he was pardoned by Trump.", "CONCEDE"),  # (a pardon: PLOVER
    # manual 3.3.2)
])
def test_an_act_told_as_before_or_since_with_no_time_has_no_date(noclean_pipeline, text, plover):
    assert one(noclean_pipeline, text, plover).date is None


@pytest.mark.parametrize("text, plover", [
    ("Since the opposition boycotted the vote, the ruling party won every seat in Dhaka.", "PROTEST"),
    ("Opposition supporters planned a rally in Lagos on Tuesday. Police arrested its organiser hours before.",
     "COERCE"),
])
def test_a_causal_since_and_a_time_before_leave_the_date(noclean_pipeline, text, plover):
    assert one(noclean_pipeline, text, plover).date is not None


def test_a_span_since_a_dated_act_keeps_its_date(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Protesters marched in Dhaka on Tuesday. "
        "It was the largest protest since police killed two students last month."), "ASSAULT")
    assert row.date is not None and row.date.precision == "month"


# -- force by its words ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The toll from the Nuseirat strike rose to 14 on Tuesday, health officials said.",
    "The army launched a counterattack on RSF positions in Omdurman on Tuesday.",
])
def test_a_strike_with_a_toll_and_a_counterattack_are_force(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["ASSAULT"]


@pytest.mark.parametrize("text, plover", [
    ("Dockworkers in Antwerp began a 24-hour strike on Monday.", "PROTEST"),
    ("The Harris campaign launched a counterattack on Tuesday against Donald Trump's claims about her record.", None),
    ("The navy intercepted a shipment of weapons bound for Yemen on Tuesday.", None),
])
def test_a_walkout_a_verbal_counterattack_and_a_shipment_seized_are_no_attack(noclean_pipeline, text, plover):
    assert [e.plover for e in rows(noclean_pipeline, text)] == ([plover] if plover else [])


# -- who made a visit told in passing ----------------------------------------------------------------
@pytest.mark.parametrize("text, visitor", [
    ("Spanish Prime Minister Pedro Sanchez said during a visit to Beijing on Friday that Europe should not "
     "start a trade war with China.", "Spanish Prime Minister Pedro Sanchez"),
    ("During his visit to Kyiv on Monday, Secretary of State Antony Blinken announced new aid.",
     "Secretary of State Antony Blinken"),
    ("Modi made the remarks during a visit to Moscow on Tuesday.", "Modi"),
])
def test_who_speaks_during_a_visit_made_it(noclean_pipeline, text, visitor):
    assert role_text(one(noclean_pipeline, text, "CONSULT").actor) == visitor


def test_whoever_acts_during_someone_s_visit_did_not_make_it(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "Police arrested two activists during his visit to Harare on Monday."),
                    "CONSULT")
    assert all(role_text(e.actor) != "Police" for e in found)


def test_a_visit_named_back_during_which_the_host_spoke_is_not_the_host_s(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "British Prime Minister Keir Starmer visited the White House on Thursday. "
        "\"I think we'll be inclined to go along with your country,\" President Donald Trump told Starmer "
        "during the visit.")), "CONSULT")
    assert all(role_text(e.actor) != "President Donald Trump" for e in found)


def test_an_honour_conferred_during_a_visit_is_praise_not_the_visit(noclean_pipeline):
    found = rows(noclean_pipeline, (
        "The announcement came during a two-day visit by Indian Prime Minister Narendra Modi to Mauritius to "
        "meet Mauritius Prime Minister Navinchandra Ramgoolam. Mauritius conferred the country's highest "
        "civilian honor on Modi."))
    assert any(role_text(e.actor) == "Indian Prime Minister Narendra Modi" for e in of_type(found, "CONSULT"))
    assert [role_text(e.actor) for e in of_type(found, "SUPPORT")] == ["Mauritius"]


def test_conferring_with_advisers_is_still_consulting(noclean_pipeline):
    assert [e.plover for e in rows(noclean_pipeline, "The president conferred with his advisers on Monday.")] \
        == ["CONSULT"]
