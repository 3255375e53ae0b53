"""Force told in the ways wire copy tells it, and what only looks like force: fire a convoy came
under, warning shots, a coup, a warning of what armed men may do, and whose the thing a crowd
marched against was.

Sentences written for these tests; each checks one rule of the lexicon, :mod:`eventwire.events.senses`,
:mod:`eventwire.events.mood`, :mod:`eventwire.events.verbroles` or :mod:`eventwire.events.roles`
through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_retellings import of_type, one, rows
from tests.events.test_sides_told import role_text


def no_row_of(pipeline, text: str, plover: str) -> bool:
    """The text makes no row of the type."""
    return not of_type(rows(pipeline, text), plover)


# -- fire a party came under ---------------------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("A French military convoy came under fire near Tera in western Niger on Saturday.", "A French military convoy"),
    ("The town of Kupiansk came under rocket fire overnight, officials said on Sunday.", "The town of Kupiansk"),
    ("Israeli troops came under heavy fire in Jenin on Tuesday, the army said.", "Israeli troops"),
])
def test_fire_a_party_came_under_is_an_attack_on_it(noclean_pipeline, text, target):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert role_text(row.target) == target and row.actor is None


def test_fire_a_minister_came_under_from_lawmakers_is_their_criticism(noclean_pipeline):
    found = rows(noclean_pipeline, "The minister came under fire from lawmakers over his remarks on Monday.")
    assert not of_type(found, "ASSAULT")
    [row] = of_type(found, "ACCUSE")
    assert (role_text(row.actor), role_text(row.target)) == ("lawmakers", "The minister")


def test_fire_a_policy_came_under_from_rights_groups_is_their_criticism(noclean_pipeline):
    found = rows(noclean_pipeline, "The policy has come under fire from rights groups.")
    assert not of_type(found, "ASSAULT")
    [row] = of_type(found, "ACCUSE")
    assert role_text(row.actor) == "rights groups"


@pytest.mark.parametrize("text", [
    "The journalist came under fire for his tweets about the war.",
    "The British ambassador came under fire after remarks about Pakistan's elections on Monday.",
    "The minister came under fire in parliament on Wednesday for failing to stop fuel smuggling.",
])
def test_fire_a_person_s_words_or_failings_drew_is_no_attack(noclean_pipeline, text):
    assert no_row_of(noclean_pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text, actor, target", [
    ("Nigerian troops came under fire from Boko Haram in Gwoza on Sunday.", "Boko Haram", "Nigerian troops"),
    ("A police post came under fire from armed men in Zamfara on Monday.", "armed men", "A police post"),
    ("Israeli troops came under fire from Gaza on Tuesday, the army said.", None, "Israeli troops"),
])
def test_fire_from_armed_men_or_from_a_place_is_an_attack(noclean_pipeline, text, actor, target):
    found = rows(noclean_pipeline, text)
    assert not of_type(found, "ACCUSE")
    [row] = of_type(found, "ASSAULT")
    assert role_text(row.target) == target
    assert actor is None or role_text(row.actor) == actor


@pytest.mark.parametrize("text", [
    "A fire broke out at a market in Lagos on Monday, killing three people.",
    "Firefighters put out a fire at a warehouse in Lagos on Monday.",
])
def test_a_blaze_is_no_fire_anyone_came_under(noclean_pipeline, text):
    assert all(m.trigger.text != "fire" for e in rows(noclean_pipeline, text) for m in e.mentions)


# -- warning shots -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("Taiwan's army fired warning shots at a Chinese drone on Tuesday.", "Taiwan's army"),
    ("South Korean troops fired warning shots at North Korean soldiers on Tuesday.", "South Korean troops"),
])
def test_warning_shots_are_a_show_of_force_not_an_attack(noclean_pipeline, text, actor):
    found = rows(noclean_pipeline, text)
    assert not of_type(found, "ASSAULT")
    [row] = of_type(found, "MOBILIZE")
    assert role_text(row.actor) == actor and row.target is not None
    assert row.acled is None or row.acled["event_type"] == "Strategic developments"  # no violence


def test_warning_shots_over_a_crowd_intervene_in_its_protest(noclean_pipeline):
    row = one(noclean_pipeline, "Police fired warning shots at protesters in Dhaka on Monday.", "MOBILIZE")
    assert role_text(row.target) == "protesters"
    assert row.acled is not None and row.acled["sub_event_type"] == "Protest with intervention"


def test_shots_fired_at_protesters_are_still_an_attack(noclean_pipeline):
    row = one(noclean_pipeline, "Soldiers fired shots at protesters in Dhaka on Monday.", "ASSAULT")
    assert role_text(row.target) == "protesters"


# -- a coup ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, actor, target", [
    ("Soldiers deposed President Mohamed Bazoum of Niger on Wednesday.", "Soldiers",
     "President Mohamed Bazoum of Niger"),
    ("The army overthrew President Omar al-Bashir in April 2019 after months of protests.", "The army",
     "President Omar al-Bashir"),
    ("The military seized power in Niger on Wednesday.", "The military", None),
])
def test_armed_men_who_remove_a_ruler_coerce(noclean_pipeline, text, actor, target):
    row = one(noclean_pipeline, text, "COERCE")
    assert (role_text(row.actor), role_text(row.target)) == (actor, target)


def test_a_coup_named_by_its_noun_is_a_row_with_its_day_and_place(noclean_pipeline):
    row = one(noclean_pipeline, "A coup in Gabon on Wednesday ended the Bongo family's 56-year rule.", "COERCE")
    assert row.location is not None and row.location.span.text == "Gabon"
    assert row.date is not None and row.date.start == "2024-03-06"


@pytest.mark.parametrize("text", [
    "Lawmakers ousted House Speaker Kevin McCarthy on Tuesday.",
    "Voters ousted the ruling party in Sunday's election.",
    "The board ousted the company's chief executive on Monday.",
    "Protesters toppled a statue of the former king in the capital on Saturday.",
])
def test_a_ruler_removed_by_a_vote_or_a_statue_pulled_down_is_no_coup(noclean_pipeline, text):
    assert no_row_of(noclean_pipeline, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The deal was seen as a diplomatic coup for Saudi Arabia's crown prince.",
    "In a boardroom coup, investors replaced the company's founder on Monday.",
])
def test_a_coup_of_skill_or_of_a_boardroom_is_no_coup(noclean_pipeline, text):
    assert no_row_of(noclean_pipeline, text, "COERCE")


def test_a_power_plant_seized_is_a_seizure_not_a_coup(noclean_pipeline):
    row = one(noclean_pipeline, "Russian forces seized the Zaporizhzhia nuclear power plant on Friday.", "COERCE")
    assert row.cameo == "171" and row.target is not None


def test_who_took_power_in_a_coup_took_it_from_no_one_named(noclean_pipeline):
    row = one(noclean_pipeline, "President Ibrahim Traore, who took power in a coup in 2022, visited Moscow on Friday.",
              "COERCE")
    assert role_text(row.actor) == "President Ibrahim Traore" and row.target is None


def test_authorities_called_on_are_still_whom_a_call_is_made_to(noclean_pipeline):
    row = one(noclean_pipeline, "Amnesty International called on the authorities on Monday to free the journalists.",
              "REQUEST")
    assert role_text(row.target) == "the authorities"


# -- a warning of what armed men may do --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Militants could attack polling stations during the vote on Sunday, Pakistan's interior ministry warned on "
    "Thursday.",
    "The army warned on Monday that militants may try to infiltrate the city.",
])
def test_a_warning_that_armed_men_may_strike_is_a_forecast_not_a_threat(noclean_pipeline, text):
    assert no_row_of(noclean_pipeline, text, "THREATEN")


@pytest.mark.parametrize("text, actor", [
    ("Hamas warned on Monday that its fighters could kill the hostages.", "Hamas"),
    ("Police warned on Monday that gunmen could be arrested on sight.", "Police"),
    ("Ethiopia's army warned on Monday that Fano rebels could face annihilation.", "Ethiopia's army"),
    ("Hamas warned on Monday that hostages could die if Israel continued its strikes.", "Hamas"),
    ("Iran warned on Monday that Iranian missiles could hit Israeli cities.", "Iran"),
])
def test_a_warning_of_one_s_own_fighters_or_of_arrests_is_a_threat(noclean_pipeline, text, actor):
    row = one(noclean_pipeline, text, "THREATEN")
    assert role_text(row.actor) == actor


# -- whose thing a crowd marched against -------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Students protested in Dhaka on Monday against the government's quota system.", "the government"),
    ("Farmers demonstrated in Paris on Tuesday against President Emmanuel Macron's pension reform.",
     "President Emmanuel Macron"),
])
def test_a_protest_against_a_party_s_measure_is_against_the_party(noclean_pipeline, text, target):
    row = one(noclean_pipeline, text, "PROTEST")
    assert role_text(row.target) == target


def test_a_protest_against_a_party_s_visit_is_against_the_visitor(noclean_pipeline):
    row = one(noclean_pipeline, "Hundreds protested against Donald Trump's visit to Scotland in Aberdeen on Friday.",
              "PROTEST")
    assert role_text(row.target) == "Donald Trump"


def test_a_protest_with_a_party_s_banners_is_not_against_it(noclean_pipeline):
    row = one(noclean_pipeline, "Teachers marched with their union's banners in Nairobi on Monday.", "PROTEST")
    assert row.target is None


def test_a_protest_against_a_measure_of_no_one_named_has_no_target(noclean_pipeline):
    row = one(noclean_pipeline, "Farmers demonstrated in Paris on Tuesday against the pension reform.", "PROTEST")
    assert row.target is None


# -- a state told back -------------------------------------------------------------------------
@pytest.mark.parametrize("text, plover, state", [
    ("Saudi Arabia hosted talks on Monday. The kingdom later expelled a Russian diplomat.", "SANCTION", "Saudi Arabia"),
    ("Burundi closed its border on Thursday. The country accused Rwanda of backing rebels.", "ACCUSE", "Burundi"),
])
def test_a_state_told_back_as_the_kingdom_or_the_country_is_the_state(noclean_pipeline, text, plover, state):
    row = one(noclean_pipeline, text, plover)
    assert row.actor is not None and row.actor.name == state


def test_the_country_a_thing_happened_in_is_not_told_back_as_a_doer(noclean_pipeline):
    row = one(noclean_pipeline, "Police arrested 12 activists in Burundi on Monday. The country's opposition "
              "condemned the arrests.", "ACCUSE")
    assert role_text(row.actor) == "The country's opposition" and row.actor.name != "Burundi"


def test_the_country_after_a_sentence_of_two_states_is_left_unnamed(noclean_pipeline):
    found = rows(noclean_pipeline, "The United States imposed new sanctions on Iran on Tuesday. The country "
                 "accused Washington of economic terrorism.")
    assert all(e.actor is None or e.actor.name != "United States" for e in of_type(found, "ACCUSE"))


def test_gendarmes_who_made_an_arrest_are_its_doers(noclean_pipeline):
    row = one(noclean_pipeline, "Two opposition activists were arrested by gendarmes in Conakry on Monday.", "COERCE")
    assert role_text(row.actor) == "gendarmes"


def test_the_name_right_after_a_title_is_the_doer(noclean_pipeline):
    row = one(noclean_pipeline, "Sudan's army chief Abdel Fattah al-Burhan visited Port Sudan on Tuesday.", "CONSULT")
    assert role_text(row.actor) == "Abdel Fattah al-Burhan"


def test_a_group_named_before_its_fighters_is_still_the_doer(noclean_pipeline):
    row = one(noclean_pipeline, "HAMAS militants fired rockets at Ashkelon on Monday.", "ASSAULT")
    assert row.actor is not None and row.actor.name == "Hamas"


def test_a_base_set_up_keeps_its_acled_type(noclean_pipeline):
    row = one(noclean_pipeline, "Russian troops set up a military base near Kidal on Monday.", "MOBILIZE")
    assert row.acled is not None and row.acled["sub_event_type"] == "Headquarters or base established"
