"""Acts wire copy tells in words or shapes the stage missed (issue 9: recall and parties;
issue 10: types from the codebooks' categories).

Codebook words (razed, evicted, lashed out, called up reservists, aid stopped, a bill
withdrawn, troops evacuated, police sent, shells that rained down), each with the doers or
objects that keep its look-alikes out; a measure laid "with" sanctions; acts counted through a
light verb ("made dozens of arrests"); a body the parser left as the sentence's root; a body
that just spoke asking more in a relative clause; condemnation "from" its speaker; words told
as an attack or an order; talks left. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.test_missed_acts import one, rows  # the rows of a text published 2024-06-14


@pytest.mark.parametrize("text, trigger, plover", [
    ("Israeli troops razed several homes in the village of Umm al-Kheir on Tuesday.", "razed", "ASSAULT"),
    ("Israeli settlers razed olive groves near the village of Turmus Ayya on Monday.", "razed", "ASSAULT"),
    ("Police evicted hundreds of migrants from a makeshift camp in Calais on Tuesday.", "evicted", "COERCE"),
    ("Maduro lashed out at the United States on Wednesday.", "lashed out", "ACCUSE"),
    ("Israel called up 10,000 reservists on Wednesday.", "called up", "MOBILIZE"),
    ("The United States stopped aid to Niger on Wednesday.", "stopped", "SANCTION"),
    # a law withdrawn is a demand acceded to (CAMEO 0832), no retreat
    ("The government withdrew the finance bill on Wednesday after deadly protests.", "withdrew", "CONCEDE"),
    # police sent are police power raised (153), troops evacuated a retreat (0874): no aid
    ("France sent 1,000 additional police officers to New Caledonia on Wednesday.", "sent", "MOBILIZE"),
    ("Russia evacuated its troops from the Kinburn peninsula on Wednesday.", "evacuated", "RETREAT"),
    ("Dockworkers walked off the job in Antwerp on Wednesday.", "walked", "PROTEST"),
    ("Artillery shells rained down on Kharkiv on Tuesday.", "rained", "ASSAULT"),
])
def test_acts_the_codebooks_name_in_these_words(noclean_pipeline, text, trigger, plover):
    assert one(noclean_pipeline, text, trigger).plover == plover


@pytest.mark.parametrize("text, trigger", [
    ("The minister stopped the car outside parliament on Wednesday.", "stopped"),
    ("The senator called up a friend in Ohio on Wednesday.", "called"),
    ("The Los Angeles Lakers called up a guard from their G League affiliate on Monday.", "called"),
    ("A plane carrying the minister landed in Mogadishu on Tuesday.", "landed"),
    ("The landlord evicted a tenant in Lagos on Monday for unpaid rent.", "evicted"),  # no one who rules
    ("Floodwaters razed the bridge in Derna on Sunday.", "razed"),
    ("Leaflets rained down on Gaza City on Saturday.", "rained"),
])
def test_look_alikes_of_those_words_are_no_acts(noclean_pipeline, text, trigger):
    assert [e for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)] == []


@pytest.mark.parametrize("text, trigger, plover", [
    ("Riot police lashed out with batons at protesters in Nairobi on Tuesday.", "lashed", "ACCUSE"),  # blows
    ("Helicopters evacuated wounded soldiers from the front line near Bakhmut on Monday.", "evacuated",
     "RETREAT"),  # the wounded carried out, no retreat
])
def test_a_physical_sense_is_no_statement_nor_retreat(noclean_pipeline, text, trigger, plover):
    assert plover not in [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]


def test_a_measure_laid_with_sanctions_is_one_sanction_by_who_laid_it(noclean_pipeline):
    [row] = rows(noclean_pipeline, "The U.S. Treasury hit Iran's oil network with fresh sanctions on Tuesday.")
    assert row.plover == "SANCTION" and row.actor.span.text == "The U.S. Treasury"
    assert row.target.span.text == "Iran's oil network"


def test_what_sanctions_target_is_no_attack(noclean_pipeline):
    found = rows(noclean_pipeline, "The European Union hit Russia with new sanctions on Monday, targeting its "
                                   "liquefied natural gas exports.")
    assert [e.plover for e in found] == ["SANCTION"]


def test_missiles_that_hit_a_town_are_still_force(noclean_pipeline):
    [row] = rows(noclean_pipeline, "Russian missiles hit Kharkiv on Tuesday, killing five people.")
    assert row.plover == "ASSAULT"


def test_drones_launched_at_a_town_swept_into_a_time_are_an_attack(noclean_pipeline):
    """ "at Kyiv overnight": the tagger reads the town as part of the time."""
    row = one(noclean_pipeline, "Russia launched 40 drones at Kyiv overnight.", "launched")
    assert row.plover == "ASSAULT" and row.actor.span.text == "Russia"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police made dozens of arrests in Dakar on Tuesday.", "arrests", "Police"),
    ("The army carried out hundreds of raids in Rakhine state on Tuesday.", "raids", "The army"),
])
def test_acts_counted_through_a_light_verb_are_its_subject_s(noclean_pipeline, text, trigger, actor):
    row = one(noclean_pipeline, text, trigger)
    assert row.actor is not None and row.actor.span.text == actor


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("A court in Minsk sentenced journalist Andrei Kuznechyk to six years in prison on Tuesday.",
     "sentenced", "A court", "journalist Andrei Kuznechyk"),
    ("The regional bloc ECOWAS threatened military intervention in Niger on Tuesday.",
     "threatened", "The regional bloc ECOWAS", None),
])
def test_a_body_the_parser_left_as_the_root_does_the_act(noclean_pipeline, text, trigger, actor, target):
    """The parser made the body the sentence's root and hung the verb on its object."""
    row = one(noclean_pipeline, text, trigger)
    assert row.actor.span.text == actor
    if target is not None:
        assert row.target.span.text == target


def test_a_judge_left_as_the_root_is_not_the_man_he_jailed(noclean_pipeline):
    row = one(noclean_pipeline, "A judge in Guatemala City jailed journalist Jose Ruben Zamora on Tuesday.", "jailed")
    assert row.actor.span.text == "A judge" and "Zamora" not in (row.actor.name or "")


@pytest.mark.parametrize("text, trigger, plover, actor", [
    ("The verdict was criticised by the European Union, which called for his immediate release.",
     "called", "REQUEST", "the European Union"),
    ("The punishments were condemned by the UN mission in Afghanistan, which urged the Taliban to end "
     "corporal punishment.", "urged", "REQUEST", "the UN mission in Afghanistan"),
])
def test_a_body_that_just_spoke_says_more_in_a_relative_clause(noclean_pipeline, text, trigger, plover, actor):
    row = one(noclean_pipeline, text, trigger)
    assert row.plover == plover and row.actor.span.text == actor


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested Ahmed Said, who criticized the president last year, in Cairo on Tuesday.", "criticized"),
    ("The strike was condemned by Hamas, which has called for Israel's destruction.", "called"),
    ("The attack was condemned by Iran, which backed the Houthi rebels throughout the war in Yemen.", "backed"),
])
def test_a_relative_clause_saying_who_someone_is_stays_no_row(noclean_pipeline, text, trigger):
    assert [e for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)] == []


@pytest.mark.parametrize("text, trigger, plover, actor", [
    ("The verdict drew condemnation from the European Union on Tuesday.", "condemnation", "ACCUSE",
     "the European Union"),
])
def test_words_drawn_from_a_body_are_its_own(noclean_pipeline, text, trigger, plover, actor):
    row = one(noclean_pipeline, text, trigger)
    assert row.plover == plover and row.actor.span.text == actor


@pytest.mark.parametrize("text, trigger, plover, target", [
    ("Maduro attacked the United States in a televised address on Tuesday.", "attacked", "ACCUSE",
     "the United States"),  # words told on an occasion of telling
    ("Egyptian mediators pushed Hamas to accept the deal on Sunday.", "pushed", "REQUEST", "Hamas"),
    ("The United States pushed Israel to allow more aid into Gaza on Monday.", "pushed", "REQUEST", "Israel"),
    ("Vietnam pressed China to release the fishermen on Tuesday.", "pressed", "REQUEST", "China"),
])
def test_words_told_as_an_attack_or_an_order(noclean_pipeline, text, trigger, plover, target):
    row = one(noclean_pipeline, text, trigger)
    assert row.plover == plover and row.target is not None and row.target.span.text == target


@pytest.mark.parametrize("text, trigger, plover", [
    ("Militants attacked an army post in Djibo on Sunday, the army said in a statement.", "attacked", "ASSAULT"),
    ("A man attacked a television presenter during a live interview at a studio in Karachi on Monday.", "attacked",
     "ASSAULT"),  # attacked during an interview, in the studio
    ("The minister told reporters in Nairobi on Monday that police had arrested 12 people.", "told", None),
    ("Soaring inflation pushed the Bank of England to raise interest rates on Thursday.", "pushed", None),
    ("Russian forces pressed their offensive to seize Pokrovsk on Monday.", "pressed", None),
])
def test_an_attack_in_a_statement_or_an_interview_and_what_is_no_request(noclean_pipeline, text, trigger,
                                                                          plover):
    found = [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]
    assert found == ([plover] if plover else [])


@pytest.mark.parametrize("text, trigger, plover", [
    ("The rebels pulled out of the Nairobi peace talks on Monday.", "pulled out", "SANCTION"),  # 164
    ("The opposition quit the talks with the government on Monday.", "quit", "SANCTION"),
])
def test_talks_left_or_stayed_away_from_are_one_act_on_them(noclean_pipeline, text, trigger, plover):
    """The talks left are what the act is on, no meeting of their own."""
    [row] = rows(noclean_pipeline, text)
    assert row.plover == plover and row.trigger.text.startswith(trigger)


def test_a_rejection_and_a_boycott_announced_beside_it_are_two_acts(noclean_pipeline):
    found = rows(noclean_pipeline, "The opposition rejected the preliminary results on Sunday and announced a "
                                   "boycott of parliament.")
    assert sorted(e.plover for e in found) == ["PROTEST", "REJECT"]


def test_a_refusal_announced_beside_a_rejection_is_the_same_rejection(noclean_pipeline):
    found = rows(noclean_pipeline, "Niger's junta rejected the ECOWAS ultimatum on Sunday and announced its refusal "
                                   "to attend the talks in Abuja.")
    assert [e.plover for e in found] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "South Africa's rand rallied on Wednesday.",  # a currency
    "A new Gallup poll shows that 55 percent of Americans support sending military aid to Ukraine.",
    "Cancer killed former Namibian president Hage Geingob in a hospital in Windhoek on Sunday.",
    "A heart attack killed the deputy mayor of Tegucigalpa on Sunday.",
])
def test_no_act_in_markets_polls_or_illness(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Some 60 percent of the country's workers went on strike on Wednesday in Athens.",  # a share that acts
    "Russian troops seized the majority of Bakhmut on Saturday.",  # ground, not a vote
])
def test_a_share_that_acts_or_is_taken_stays_a_row(noclean_pipeline, text):
    assert len(rows(noclean_pipeline, text)) == 1


@pytest.mark.parametrize("text, trigger, plover", [
    ("Hungary on Monday blocked the approval of 6.6 billion euros in military aid for Ukraine.", "blocked", "REJECT"),
    ("Demonstrators were fired on by police in Maputo on Thursday.", "fired", "ASSAULT"),
])
def test_a_state_s_block_and_a_crowd_fired_on(noclean_pipeline, text, trigger, plover):
    """A state blocks a decision (a veto; the aid blocked is no act), and a passive's stranded
    "on" says the crowd was shot at, not dismissed."""
    [row] = rows(noclean_pipeline, text)
    assert row.plover == plover and row.trigger.text.startswith(trigger)


def test_gunmen_believed_to_be_members_of_a_group_are_the_doers(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen believed to be members of the Islamic State group attacked a checkpoint "
                                "in Kirkuk on Tuesday.", "attacked")
    assert row.actor is not None and row.actor.span.text == "Gunmen"
