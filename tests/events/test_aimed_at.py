"""Whom a protest, a demand or a threat is aimed at, and a crowd's act the parser hung on its
own noun.

Sentences written for these tests; each checks one reading of :mod:`eventwire.nlp.syntax`
(a bare past form after a noun that is the sentence's verb), :mod:`eventwire.events.verbroles`
(a threat's target inside what it threatens, a protest "over" someone's measure),
:mod:`eventwire.events.roles` (the one a demanded removal would befall) or
:mod:`eventwire.events.nesting` (a threat's condition names no weapon of it), through the
whole pipeline, with a guard that the reading stays where it belongs.
"""

from __future__ import annotations

import pytest

from eventwire.nlp.model import load_model
from eventwire.nlp.syntax import misparsed_main_verb, misread_spot
from tests.conftest import run_text
from tests.events.test_retellings import of_type, one, rows


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def parties(row) -> tuple[str | None, str | None]:
    return (row.actor.span.text if row.actor else None, row.target.span.text if row.target else None)


def target_words(pipeline, text: str, plover: str) -> str | None:
    """The words of the target of the one row of that type the text makes."""
    return parties(one(pipeline, text, plover, published="2024-06-14"))[1]


def actor_words(pipeline, text: str, plover: str) -> str | None:
    """The words of the actor of the one row of that type the text makes."""
    return parties(one(pipeline, text, plover, published="2024-06-14"))[0]


# -- a crowd's act the parser hung on the crowd ------------------------------------------------------
@pytest.mark.parametrize("text, crowd", [
    ("Hundreds of workers protested outside the Ministry of Labour in Nairobi on Tuesday.", "Hundreds of workers"),
    ("A group of students protested outside the Chinese Embassy in Manila on Thursday.", "A group of students"),
])
def test_a_crowd_s_act_hung_on_the_crowd_is_done_by_it(noclean_pipeline, text, crowd):
    row = one(noclean_pipeline, text, "PROTEST")
    assert parties(row) == (crowd, None)


def test_a_bare_past_form_is_the_sentence_s_verb_only_for_acts_done_to_no_one(nlp):
    [protested] = [t for t in nlp("Hundreds of workers protested outside the Ministry of Labour on Tuesday.")
                   if t.text == "protested"]
    assert protested.dep_ == "acl" and misparsed_main_verb(protested)  # (the parse this reading mends)
    headline = [t for t in nlp("Hundreds of workers protested outside the Ministry of Labour") if t.text == "protested"]
    assert not any(misparsed_main_verb(t) for t in headline if t.dep_ == "acl")  # no full sentence
    killed = [t for t in nlp("Five people killed in the attack on the market on Tuesday.") if t.text == "killed"]
    assert not any(misparsed_main_verb(t) for t in killed if t.dep_ == "acl")  # done to someone


def test_a_place_phrase_read_as_an_object_is_no_target(noclean_pipeline, nlp):
    row = one(noclean_pipeline, "Hundreds of workers protested outside parliament in Accra on Tuesday.", "PROTEST")
    assert parties(row) == ("Hundreds of workers", None)
    blamed = one(noclean_pipeline, "Police blamed outside agitators for the violence in Minneapolis on Monday.",
                 "ACCUSE", published="2024-06-14")
    assert parties(blamed) == ("Police", "outside agitators")  # a real adjective on a real object
    [parliament] = [t for t in nlp("Workers protested outside parliament on Tuesday.") if t.text == "parliament"]
    assert misread_spot(parliament) or parliament.dep_ == "pobj"
    [house] = [t for t in nlp("Rebels attacked the outer house on Tuesday.") if t.text == "house"]
    assert not misread_spot(house)


# -- the one a demand or a protest would have removed ------------------------------------------------
@pytest.mark.parametrize("text, plover", [
    ("Opposition supporters rallied in Harare on Friday, calling for the removal of President Emmerson "
     "Mnangagwa.", "PROTEST"),
    ("Opposition supporters rallied in Harare on Friday to demand the ouster of President Emmerson "
     "Mnangagwa.", "PROTEST"),
    ("The opposition called on Friday for the removal of President Emmerson Mnangagwa.", "REQUEST"),
])
def test_a_demanded_removal_aims_at_the_one_removed(noclean_pipeline, text, plover):
    assert target_words(noclean_pipeline, text, plover) == "President Emmerson Mnangagwa"


def test_an_accusation_of_a_removal_is_not_aimed_at_the_one_removed(noclean_pipeline):
    assert target_words(noclean_pipeline, "Rights groups condemned the removal of the chief justice by the "
                        "president in Harare on Monday.", "ACCUSE") != "the chief justice"


def test_a_demanded_arrest_with_its_doer_named_is_not_turned_to_the_one_arrested(noclean_pipeline):
    record = run_text(noclean_pipeline, "Farmers in Punjab protested the arrest of their leaders by state police "
                      "on Monday.", published="2024-06-14")
    assert not any(e.target is not None and e.target.span.text == "their leaders" and e.trigger.text == "protested"
                   for e in record.events)


# -- a protest over someone's measure ---------------------------------------------------------------
def test_a_protest_over_a_measure_is_aimed_at_whose_it_is(noclean_pipeline):
    row = one(noclean_pipeline, "Hundreds of nurses protested in Nairobi on Monday over the health ministry's "
              "decision to cut their allowances.", "PROTEST", published="2024-06-14")
    assert parties(row) == ("Hundreds of nurses", "the health ministry")
    assert target_words(noclean_pipeline, "Hundreds of nurses protested in Nairobi on Monday over unpaid wages.",
                        "PROTEST") is None
    cuts = one(noclean_pipeline, "Residents of Karachi protested over the country's worsening power cuts on Monday.",
               "PROTEST", published="2024-06-14")
    assert cuts.target is None  # a place's, no party's


# -- whom a threat is aimed at -----------------------------------------------------------------------
@pytest.mark.parametrize("text, aimed", [
    ("The rebels warned on Thursday that they would attack government forces in Goma.", "government forces"),
    ("Russia threatened on Monday to halt the arms talks if the United States deploys new missiles in Europe.",
     "the United States"),
    ("The rebels threatened on Monday to attack the town unless the army withdrew.", "the army"),
    ("Iran threatened on Tuesday to cut off gas supplies to Turkey over unpaid bills.", "Turkey"),
    ("The president warned on Monday that he would use force against protesters who block roads.", "protesters"),
    ("Israel warned on Monday it would evacuate residents of northern towns if Hezbollah keeps firing rockets.",
     "Hezbollah"),
])
def test_a_threat_is_aimed_at_whom_it_would_befall_or_whose_deed_would_set_it_off(noclean_pipeline, text, aimed):
    assert target_words(noclean_pipeline, text, "THREATEN") == aimed


@pytest.mark.parametrize("text", [
    "Vucic warned on Monday that Serbia would protect Kosovo Serbs if they are attacked.",
    "The union threatened on Monday to strike if its members do not receive back pay.",
    "The bloc warned on Monday that it would withdraw its peacekeepers if the fighting continued.",
])
def test_a_threat_is_not_aimed_at_whom_it_would_shield_or_what_would_befall_its_own(noclean_pipeline, text):
    assert target_words(noclean_pipeline, text, "THREATEN") not in ("Kosovo Serbs", "its members", "its peacekeepers")


def test_a_consequence_foretold_is_no_threat_aimed_at_what_it_would_hit(noclean_pipeline):
    assert target_words(noclean_pipeline, "The European Union warned on Monday that the Somali government's actions "
                        "would divide the country.", "THREATEN") != "the country"


def test_a_threat_s_condition_names_no_weapon_of_the_threat(noclean_pipeline):
    row = one(noclean_pipeline, "Russia threatened on Monday to halt the arms talks if the United States "
              "deploys new missiles in Europe.", "THREATEN", published="2024-06-14")
    assert row.acled is None
    shells = one(noclean_pipeline, "The militia threatened on Monday to shell the town with mortars.", "THREATEN",
                 published="2024-06-14")
    assert shells.acled is not None  # the threat's own words may still be violent


# -- what a series of blasts is ----------------------------------------------------------------------
def test_a_series_of_bombs_set_off_is_a_bombing_whose_bombs_are_no_target(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "Militants set off a series of bombs near the port in Kismayo on Sunday.",
                         published="2024-06-14"), "ASSAULT")
    assert [(r.trigger.text, r.target) for r in found] == [("set off", None)]


# -- a stance held, and an act taken part in ---------------------------------------------------------
def test_a_stance_told_as_a_state_is_held_by_its_subject(noclean_pipeline):
    row = one(noclean_pipeline, "Israel is opposed to French mediation in the talks with Syria, an aide to the "
              "prime minister said on Wednesday.", "REJECT", published="2024-06-14")
    assert parties(row) == ("Israel", "French")
    assert actor_words(noclean_pipeline, "The peace plan was opposed by the army, officials said on Wednesday.",
                       "REJECT") == "the army"


@pytest.mark.parametrize("text, doer", [
    ("Government forces were engaged in ethnic cleansing against the Rohingya population, the report said on "
     "Monday.", "Government forces"),
    ("The militia was involved in the killing of 30 villagers in Ituri last month, the report said on Monday.",
     "The militia"),
])
def test_who_took_part_in_an_act_did_it(noclean_pipeline, text, doer):
    found = parties(one(noclean_pipeline, text, "ASSAULT", published="2024-06-14"))
    assert found[0] == doer and found[1] != doer


# -- whose a thing is, who made it, whom a complaint is lodged with ---------------------------------
@pytest.mark.parametrize("text, plover, aimed", [
    ("Rebels shot down a helicopter belonging to the Malian army near Kidal on Tuesday.", "ASSAULT", "the Malian army"),
    ("Rioters looted shops belonging to Chinese traders in Honiara on Wednesday.", "PROTEST", "Chinese traders"),
    ("The opposition rejected the budget proposed by Finance Minister Enoch Godongwana on Tuesday.", "REJECT",
     "Finance Minister Enoch Godongwana"),
    ("Finland lodged a formal complaint with Moscow on Monday.", "ACCUSE", "Moscow"),
    ("Kenya expressed support for Ukraine on Tuesday.", "SUPPORT", "Ukraine"),
    ("The World Bank approved a $500 million loan to Ethiopia on Thursday.", "AID", "Ethiopia"),
])
def test_the_party_behind_a_thing_or_a_noun_act_is_its_target(noclean_pipeline, text, plover, aimed):
    assert target_words(noclean_pipeline, text, plover) == aimed


def test_support_of_a_party_is_for_it(noclean_pipeline):
    row = one(noclean_pipeline, "Niger and Chadian troops, working in support of Nigerian forces, recaptured the town "
              "on Tuesday.", "SUPPORT", published="2024-06-14")
    assert row.target is not None and row.target.span.text == "Nigerian forces"


def test_a_thing_hit_stays_the_target_when_no_party_holds_it(noclean_pipeline):
    row = one(noclean_pipeline, "Rebels shot down a helicopter near Kidal on Tuesday.", "ASSAULT",
              published="2024-06-14")
    assert row.target is not None and row.target.span.text == "a helicopter"
    damaged = one(noclean_pipeline, "Militants attacked a school damaged by shelling in Kidal on Tuesday.", "ASSAULT",
                  published="2024-06-14")
    assert damaged.target is None or damaged.target.span.text != "shelling"  # what hit it is no owner


def test_a_diplomatic_protest_is_no_crowd_an_arrest_breaks_up(noclean_pipeline):
    text = "Cambodia filed a protest with Thailand on Monday over the arrest of its workers."
    [arrest] = [e for e in rows(noclean_pipeline, text, published="2024-06-14") if e.trigger.text == "arrest"]
    assert arrest.acled is not None and arrest.acled["sub_event_type"] == "Arrests"
    crowd = "Police arrested 40 people at a protest in Phnom Penh on Monday."
    [held] = [e for e in rows(noclean_pipeline, crowd, published="2024-06-14") if e.trigger.text == "arrested"]
    assert held.acled is not None and held.acled["sub_event_type"] == "Protest with intervention"


# -- doers the parse hides ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, plover, doer", [
    ("According to local officials, gunmen loyal to a local warlord killed six villagers in Ituri on Sunday.",
     "ASSAULT", "gunmen"),
    ("Arsonists set fire to a mosque in Malmo on Sunday.", "ASSAULT", "Arsonists"),
    ("Iranian drones and missiles were fired at Israel on Saturday night.", "ASSAULT", "Iranian"),
])
def test_a_doer_the_parse_hides_is_still_the_actor(noclean_pipeline, text, plover, doer):
    assert actor_words(noclean_pipeline, text, plover) == doer


def test_helpers_sent_are_not_whom_aid_helps(noclean_pipeline):
    row = one(noclean_pipeline, "China sent a team of medical experts to Pakistan on Monday.", "AID",
              published="2024-06-14")
    assert row.target is not None and row.target.span.text == "Pakistan"


def test_an_object_pronoun_of_the_subject_s_own_clause_is_whom_the_main_act_hit(noclean_pipeline):
    text = "Russia named two British diplomats on Monday, accusing them of spying."  # (an expulsion's reason
    # folds into it: tests/events/test_reasons_and_grounds.py)
    [accused] = [e for e in rows(noclean_pipeline, text, published="2024-06-14") if e.plover == "ACCUSE"]
    assert accused.target is not None and accused.target.name == "two British diplomats"
    ours = "Police took our phones at the border on Monday and hit us with sticks, a migrant said."
    [hit] = [e for e in rows(noclean_pipeline, ours, published="2024-06-14") if e.trigger.text == "hit"]
    assert hit.target is None or hit.target.span.text != "our phones"
    told = "The minister met the rebels on Monday and urged them to disarm."
    [urged] = [e for e in rows(noclean_pipeline, told, published="2024-06-14") if e.trigger.text == "urged"]
    assert urged.target is not None and urged.target.name != "The minister"


# -- whom a protest is held against, told in what it is held for -------------------------------------
@pytest.mark.parametrize("text, aimed", [
    ("Islamic fundamentalists continued their hunger strike in Algiers on Monday to demand the resignation of "
     "President Ahmed Ben Bella.", "President Ahmed Ben Bella"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence from Iraq.", "Iraq"),
    ("Nurses staged a strike in Nairobi on Monday to demand higher wages from the health ministry.",
     "the health ministry"),
])
def test_a_protest_is_aimed_at_whom_its_demand_is_made_of(noclean_pipeline, text, aimed):
    assert target_words(noclean_pipeline, text, "PROTEST") == aimed


def test_a_protest_s_demand_with_no_party_names_no_target(noclean_pipeline):
    row = one(noclean_pipeline, "Nurses staged a strike in Nairobi on Monday to demand higher wages.", "PROTEST",
              published="2024-06-14")
    assert row.target is None


# -- the second review's look-alikes -----------------------------------------------------------------
@pytest.mark.parametrize("text, plover, kept", [
    ("Militants blew up a gas pipeline running from Egypt to Jordan in northern Sinai on Monday.", "ASSAULT",
     "a gas pipeline"),  # where it runs, not whose it is
    ("Rights groups condemned the violence suffered by Rohingya refugees on Monday.", "ACCUSE", "the violence"),
    ("Ukraine filed a complaint with the International Court of Justice against Russia on Monday.", "ACCUSE",
     "Russia"),  # the accused, not the forum
    ("The Red Cross evacuated 300 civilians to Zaporizhzhia on Monday.", "AID", "300 civilians"),
])
def test_what_the_new_readings_leave_alone(noclean_pipeline, text, plover, kept):
    assert target_words(noclean_pipeline, text, plover) == kept


@pytest.mark.parametrize("text", [
    "The opposition rejected a ceasefire plan criticised by its European allies on Monday.",
    "The government secured a loan for the construction of a dam on Monday.",
])
def test_who_judged_a_thing_or_what_aid_is_for_is_no_target(noclean_pipeline, text):
    [row] = rows(noclean_pipeline, text, published="2024-06-14")
    assert row.target is None or row.target.span.text not in ("its European allies", "the construction of a dam")


def test_filming_a_protest_is_no_diplomatic_protest(noclean_pipeline):
    text = "Police detained two journalists filming a protest outside parliament in Nairobi on Monday."
    [held] = [e for e in rows(noclean_pipeline, text, published="2024-06-14") if e.trigger.text == "detained"]
    assert held.acled is not None and held.acled["sub_event_type"] == "Protest with intervention"
