"""Acts voiced only by what a statement says will come, is needed or is justified; words for
support, meetings, cooperation, concessions and readiness; two threats in one saying; support
thanked for; the parts of a counted whole; one refusal told again.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.speechacts`,
:mod:`eventwire.events.stage`, :mod:`eventwire.events.eventhood`,
:mod:`eventwire.events.sentencefolds`, :mod:`eventwire.events.wholes`,
:mod:`eventwire.events.joins`, :mod:`eventwire.events.acled` or a row of
``data/events/lexicon.psv`` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, plover, cameo", [
    ("The foreign minister said on Monday that Britain stands with the people of Moldova.", "SUPPORT", "051"),
    ("Poland's president saluted Ukraine's soldiers in a speech in Warsaw on Monday.", "SUPPORT", "051"),
    ("Macron got off the phone with Putin on Tuesday.", "CONSULT", "041"),
    ("Germany licensed its tank technology to India on Monday.", "COOPERATE", "061"),
    ("Pakistan handed over intelligence on the attackers to Iran on Monday.", "COOPERATE", "064"),
    ("The government dropped the controversial media bill on Tuesday after weeks of protests.", "CONCEDE", "0832"),
    ("Russia pulled its forces back from the border on Monday.", "RETREAT", "0872"),
    ("Armenia raised the alert level of its armed forces on Monday.", "MOBILIZE", "152"),
    ("Soldiers mounted a checkpoint on the road to Goma on Monday.", "MOBILIZE", "153"),
])
def test_words_for_support_meetings_and_readiness(noclean_pipeline, text, plover, cameo):
    found = rows(noclean_pipeline, text)
    assert [(e.plover, e.cameo) for e in found] == [(plover, cameo)], [(e.plover, e.cameo) for e in found]


@pytest.mark.parametrize("text", [
    "Microsoft said it will stand with its customers during the outage.",
    "The coach lauded the striker after the match on Sunday.",
    "Prime Minister Harutyunyan convened his security council in Yerevan on Wednesday.",
    "Chancellor Adenauer (centre) stands with French (left) and Italian (right) delegates at the signing in Paris.",
    "The minister said the results should not be packaged as good news.",
    "Pope Francis sat down with CNN for an interview on Monday.",
    "Neighbours pooled resources to fix the village well.",
    "The Senate dropped the bill from its agenda on Tuesday due to lack of time.",
    "Police pulled the crowd back from the barrier on Monday.",
    "The museum mounted an exhibition of war photographs on Monday.",
])
def test_look_alikes_of_those_words_make_no_row(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert not found, [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, plover, cameo, actor", [
    ('"Ankara will pay dearly for this," a PKK spokesman said on Monday.', "THREATEN", "130", "PKK"),
    ('"There will be consequences," the Iranian foreign minister said on Monday.', "THREATEN", "130", "minister"),
    ("Iran's army chief said on Monday that any attack on its soil would be met with a decisive military "
     "response.", "THREATEN", "138", "chief"),
    ('"We will not hesitate to use nuclear weapons," the Russian defence minister said on Monday.',
     "THREATEN", "138", "minister"),
    ('"A firm international response is urgently needed," the Jordanian foreign minister said on Monday.',
     "REQUEST", "100", "minister"),
    ('"We need a ceasefire now," Jordan\'s foreign minister Ayman Safadi said on Monday.', "REQUEST", "100", "Safadi"),
    ("The Egyptian president said on Monday that it is essential that the elections in Libya be held on "
     "schedule.", "REQUEST", "100", "president"),
    ("The interior minister said on Monday he would send the army into the prisons if the riots continued.",
     "THREATEN", "138", "minister"),
])
def test_what_a_party_says_will_come_or_is_needed(noclean_pipeline, text, plover, cameo, actor):
    found = rows(noclean_pipeline, text)
    assert [(e.plover, e.cameo, e.status) for e in found] == [(plover, cameo, "asserted")], \
        [(e.plover, e.cameo, e.status, e.trigger.text) for e in found]
    assert found[0].actor is not None and actor in found[0].actor.span.text


@pytest.mark.parametrize("text", [
    # a price that is no party's, a forecast, words of no party, a need past or the speaker's own,
    # a measure defended, a newspaper's comment, another party's move forecast
    '"Customers will pay a higher price for coffee this winter," the Starbucks chief executive said on Monday.',
    '"There will be consequences for the economy," the central bank governor said on Monday.',
    '"There will be consequences," the headteacher said on Monday.',
    '"We needed those reinforcements," the Ukrainian commander said on Monday.',
    '"We need more time," the coach said on Monday.',
    "Greek daily Kathimerini said on Monday that Greece and Cyprus had to speed up.",
    "Analysts said on Monday that Russia will pay a heavy price for the war.",
    '"If you don\'t vote, you will pay the price," the candidate told supporters on Monday.',
    "The ECB said on Monday it will not hesitate to act.",
    "The minister said the troops had to stand their ground during the war.",
    "Armenia's prime minister said on Monday that Azerbaijan would mobilise reserves if Armenian forces "
    "refused to withdraw.",
])
def test_no_threat_or_demand_where_none_was_made(noclean_pipeline, text):
    found = [e for e in rows(noclean_pipeline, text) if e.plover in ("THREATEN", "REQUEST")]
    assert not found, [(e.plover, e.trigger.text) for e in found]


def test_a_measure_said_to_be_needed_is_no_demand(noclean_pipeline):
    found = rows(noclean_pipeline, "Security Minister Komlan Abalo said on Monday the ban was needed to keep order.")
    assert "REQUEST" not in [e.plover for e in found]


def test_a_strike_found_justified_is_verbal_support_with_no_acled_type(noclean_pipeline):
    found = rows(noclean_pipeline, "In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike "
                                   "justified.")
    [support] = [e for e in found if e.plover == "SUPPORT"]
    assert support.cameo == "052" and support.acled is None


def test_whoever_may_block_the_roads_makes_no_protest(noclean_pipeline):
    found = rows(noclean_pipeline, "The interior minister said on Monday he would use the full force of the law "
                                   "against anyone who blocks the roads.")
    assert "PROTEST" not in [e.plover for e in found]


def test_two_threats_in_one_saying_are_one_row(noclean_pipeline):
    found = rows(noclean_pipeline, 'Houthi military spokesman Yahya Saree said on Monday that the U.S. and Britain '
                                   '"will pay a heavy price" and that the group would continue to target ships.')
    [threat] = [e for e in found if e.plover == "THREATEN"]
    assert threat.actor is not None and "Saree" in threat.actor.span.text
    assert threat.target is not None and "Britain" in threat.target.span.text


def test_two_demands_on_two_parties_are_two_rows(noclean_pipeline):
    found = rows(noclean_pipeline, "The United Nations said on Monday that Israel must allow aid into Gaza and that "
                                   "Hamas must release all hostages.")
    assert sorted(e.target.span.text for e in found if e.plover == "REQUEST" and e.target) == ["Hamas", "Israel"]


def test_support_thanked_for_is_the_thanks(noclean_pipeline):
    found = rows(noclean_pipeline, "The junta's spokesman thanked China on Thursday for supporting Myanmar against "
                                   "interference and for standing with Myanmar.")
    assert [e.trigger.text for e in found] == ["thanked"], [(e.plover, e.trigger.text) for e in found]


def test_money_thanked_for_stays_its_own_act(noclean_pipeline):
    found = rows(noclean_pipeline, "Lebanon's prime minister thanked Qatar on Monday for backing the Lebanese army "
                                   "with $20 million in fuel.")
    assert sorted(e.trigger.text for e in found) == ["backing", "thanked"], [(e.plover, e.trigger.text) for e in found]


def test_the_parts_of_a_counted_attack_are_one_row(noclean_pipeline):
    found = rows(noclean_pipeline, "A pair of suicide attacks hit an army base in Mogadishu on Monday. The first "
                                   "attacker drove a truck full of explosives into the gate. Minutes later, a second "
                                   "bomber blew himself up among soldiers at the gate.")
    assert [e.plover for e in found] == ["ASSAULT"], [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text", [
    # an attack ranked after missiles counted, and one ranked past the count on another day
    "Russia fired six missiles at Kyiv on Sunday, killing three people. A second missile attack hit a power "
    "plant in the west of the country.",
    "Two bombs exploded at a market in Maiduguri on Sunday, killing 12 people. A third bomb went off at a "
    "checkpoint in Konduga on Monday.",
])
def test_another_attack_is_no_part_of_the_count(noclean_pipeline, text):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == 2


def test_a_refusal_told_again_is_one_row(noclean_pipeline):
    found = rows(noclean_pipeline, "Russia rejected the ruling of the international tribunal on Monday. Moscow does "
                                   "not recognize the tribunal and will not comply with its decisions, the foreign "
                                   "ministry said.")
    assert [e.plover for e in found] == ["REJECT"], [(e.plover, e.trigger.text) for e in found]


def test_another_thing_refused_is_another_row(noclean_pipeline):
    found = rows(noclean_pipeline, "Russia rejected the ruling of the international tribunal on Monday. Moscow also "
                                   "rejected a UN resolution on Ukraine's grain exports.")
    assert [e.plover for e in found] == ["REJECT", "REJECT"]


@pytest.mark.parametrize("text", [
    "The president has blamed Democratic leadership for the stalemate throughout 2020.",
    "Since 2019, Baku has accused Yerevan of planting mines along the border.",
    "For years, rights groups called for the closure of the detention centre.",
    "The army said militants have killed and injured 1,000 people in the past week.",
    "The sanctions Washington has imposed on Caracas in recent years have crippled the oil industry.",
])
def test_acts_summed_over_a_period_make_no_row(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert not found, [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, plover", [
    # one act told with its span, its sides, its day or its own one object
    ("Rebels have besieged the town since May.", "COERCE"),
    ("In the past week, the foreign minister has met Putin in Moscow.", "CONSULT"),
    ("In recent months, police have arrested the opposition leader Ousmane Sonko.", "COERCE"),
    ("Gunmen killed 12 people in Zamfara over the weekend.", "ASSAULT"),
    ("Over the past year, Saudi Arabia and Iran have restored diplomatic relations.", "SUPPORT"),
    ("In recent months, the army has deployed troops to the border with Rwanda.", "MOBILIZE"),
    ("Over the past year, Iran has released two French prisoners.", "RETREAT"),
    ("Talks between Kyiv and Moscow over grain exports have been under way over the past months.", "CONSULT"),
])
def test_one_act_told_with_a_period_keeps_its_row(noclean_pipeline, text, plover):
    assert plover in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text, target", [
    # whom a threat read off a statement names: the one it says will pay, not the speaker's own
    # side; a need voiced names no one asked
    ('"Ankara will pay dearly for this," a PKK spokesman said on Monday.', "Ankara"),
    ('"The army will respond decisively to any provocation," the defence minister said on Monday.', None),
    ("The agency said on Monday that Bangladesh needed $300 million to house the refugees.", None),
])
def test_whom_a_voiced_threat_or_need_names(noclean_pipeline, text, target):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover in ("THREATEN", "REQUEST")]
    assert (row.target.span.text if row.target else None) == target
