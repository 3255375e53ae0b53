"""Acts of crowds, states and courts the lexicon missed, told as wire copy tells them
(issue 9: recall; issue 10: types from the codebooks' categories).

Stones thrown at a building, shops ransacked, water cannon, a call
"spoken with" a counterpart, diplomats declared persona non grata, a seat stripped, a
licence revoked, an arrest warrant issued, a group designated extremist; a meeting still to
come is the meeting, planned; "would not hold talks" is a refusal; "X is expected to visit"
is X's visit. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-06-14"


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


def one(pipeline, text: str, trigger: str):
    [row] = [e for e in rows(pipeline, text) if e.trigger.text.startswith(trigger)]
    return row


@pytest.mark.parametrize("text, trigger, code, target", [
    ("Protesters threw eggs and plastic bottles at the parliament building in Tbilisi on Tuesday.",
     "threw", "145", None),
    ("In Beirut, protesters hurled stones at the US embassy on Wednesday.", "hurled", "145", None),
    ("Rioters ransacked shops in the city centre on Saturday.", "ransacked", "145", None),
    ("Militants threw a grenade at a police post in Srinagar on Monday.", "threw", "190", "a police post"),
    ("Police used water cannon against demonstrators in Belgrade on Monday.", "used", "175", None),
    ("Bulgaria declared two Russian diplomats persona non grata on Wednesday.", "declared", "166", None),
    ("Parliament stripped the opposition lawmaker of his seat on Tuesday.", "stripped", "172", None),
    ("The regulator revoked the broadcast licence of the opposition channel on Friday.", "revoked", "172", None),
    # a warrant is legal action on a person (CAMEO 173: arrest, detain or charge)
    ("A Moscow court issued an arrest warrant for the exiled journalist on Tuesday.", "issued", "173", None),
    ("The justice ministry designated the foundation an extremist organisation on Friday.",
     "designated", "160", None),
    ("Turkey's foreign minister spoke with U.S. Secretary of State Antony Blinken on Wednesday.",
     "spoke", "040", "U.S. Secretary of State Antony Blinken"),
])
def test_an_act_the_codebooks_name_is_a_row(noclean_pipeline, text, trigger, code, target):
    row = one(noclean_pipeline, text, trigger)
    assert row.cameo == code
    if target is not None:
        assert row.target is not None and row.target.span.text == target


@pytest.mark.parametrize("text", [
    "Protesters threw eggs and plastic bottles at the parliament building in Tbilisi on Tuesday.",
    "Youths hurled stones at police officers in Nablus on Wednesday.",
])
def test_what_is_thrown_is_no_party(noclean_pipeline, text):
    [row] = rows(noclean_pipeline, text)
    assert row.target is None or not any(w in row.target.span.text for w in ("eggs", "stones"))


@pytest.mark.parametrize("text", [
    "Some of the migrants were beaten and stripped of their shoes.",  # an assault's detail
    "The minister spoke with reporters in Brussels on Monday.",  # a briefing, no consultation
    "The children threw a party at the school in Tbilisi on Tuesday.",  # nothing thrown at anyone
    "The fans threw their scarves into the air in Lisbon on Sunday.",
])
def test_the_same_words_of_no_such_act_are_none(noclean_pipeline, text):
    assert [e.cameo for e in rows(noclean_pipeline, text)
            if e.cameo in ("172", "040", "145")] == []


@pytest.mark.parametrize("text, trigger, plover", [
    # "will meet": an intent to meet (CAMEO 036); "is scheduled to": the meeting, arranged
    ("Indonesian President Joko Widodo will meet Chinese President Xi Jinping in Beijing on Sunday.", "meet",
     "AGREE"),
    ("The two sides said they would meet again in Havana in July.", "meet", "AGREE"),
    ("The two leaders are scheduled to meet in Geneva on Friday.", "meet", "CONSULT"),
])
def test_a_meeting_still_to_come_is_planned(noclean_pipeline, text, trigger, plover):
    row = one(noclean_pipeline, text, trigger)
    assert (row.plover, row.status) == (plover, "planned")


def test_aid_promised_is_still_an_intent(noclean_pipeline):
    row = one(noclean_pipeline, "Japan will provide $10 million in aid to Sudan, the ministry said.", "provide")
    assert row.plover == "AGREE"


@pytest.mark.parametrize("text, actor", [
    ("The two leaders are scheduled to meet in Geneva on Friday.", "The two leaders"),
    ("Blinken is due to visit Cairo on Monday.", "Blinken"),
    ("Troops were ordered to withdraw from the border town on Monday.", "Troops"),
])
def test_the_subject_of_a_passive_does_what_it_is_set_to_do(noclean_pipeline, text, actor):
    [row] = rows(noclean_pipeline, text)
    assert row.actor is not None and row.actor.span.text == actor


def test_a_passive_participle_under_a_passive_keeps_its_own_sides(noclean_pipeline):
    events = rows(noclean_pipeline, "The governor said on Monday that twenty people have been confirmed killed.")
    assert all(e.actor is None or "twenty" not in e.actor.span.text for e in events)


def test_talks_refused_with_a_will_are_a_rejection(noclean_pipeline):
    text = "Pakistan said it would not hold talks with the Taliban until it stops sheltering militants."
    row = one(noclean_pipeline, text, "talks")
    assert (row.plover, row.status) == ("REJECT", "asserted")


def test_talks_that_did_not_take_place_are_no_row(noclean_pipeline):
    assert rows(noclean_pipeline, "Pakistan did not hold talks with the Taliban last week.") == []


def test_talks_ruled_out_are_a_rejection_and_no_meeting(noclean_pipeline):
    events = rows(noclean_pipeline, "The Houthis ruled out talks with the Yemeni government on Monday.")
    assert [(e.plover, e.cameo) for e in events] == [("REJECT", "125")]


@pytest.mark.parametrize("text", [
    "The EU postponed its summit with China, originally set for Friday in Brussels.",
    "The government called off the talks with the rebels on Monday.",
])
def test_a_meeting_put_off_or_called_off_is_no_meeting(noclean_pipeline, text):
    assert "CONSULT" not in [e.plover for e in rows(noclean_pipeline, text)]


def test_talks_called_off_halt_negotiations(noclean_pipeline):
    row = one(noclean_pipeline, "The government called off the talks with the rebels on Monday.", "called")
    assert (row.plover, row.cameo) == ("SANCTION", "164")


def test_a_strike_called_off_is_still_a_concession(noclean_pipeline):
    row = one(noclean_pipeline, "The unions called off the strike on Monday.", "called")
    assert row.plover == "CONCEDE"


def test_a_cause_ruled_out_is_no_rejection(noclean_pipeline):
    text = "Investigators ruled out foul play in the death of the minister on Monday."
    assert "REJECT" not in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text, trigger, plover, code", [
    ("Hamas vowed retaliation after the strike on Beirut on Tuesday.", "vowed", "THREATEN", "130"),
    ("Pope Francis asked for forgiveness from Canada's Indigenous peoples on Monday.", "asked", "SUPPORT", "055"),
    ("Hungary blocked the EU's 50 billion euro aid package for Ukraine on Thursday.", "blocked", "REJECT", "120"),
    ("Chad announced on Thursday that it was ending its defence cooperation agreement with France.", "ending",
     "SANCTION", "160"),
    ("Taxi drivers blockaded the ring road in Toulouse on Monday.", "blockaded", "PROTEST", "144"),
    ("The navy blockaded the port of Hodeidah on Monday.", "blockaded", "COERCE", "191"),
    ("The unions suspended the strike on Tuesday.", "suspended", "CONCEDE", "082"),
    ("The donors suspended aid to Niger on Tuesday.", "suspended", "SANCTION", "162"),
])
def test_idioms_of_diplomacy_take_the_codebooks_type(noclean_pipeline, text, trigger, plover, code):
    row = one(noclean_pipeline, text, trigger)
    assert (row.plover, row.cameo) == (plover, code)


def test_an_ultimatum_given_is_the_giver_s_threat(noclean_pipeline):
    text = "The United States gave Sudan's army a 72-hour ultimatum to return to talks in Jeddah."
    row = one(noclean_pipeline, text, "ultimatum")
    assert row.plover == "THREATEN" and row.actor is not None and row.actor.span.text == "The United States"


def test_a_decree_signed_is_no_accord(noclean_pipeline):
    text = "Zelenskiy signed a decree on Friday imposing sanctions on 20 Russian companies."
    assert "SUPPORT" not in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text, plover", [
    ("Police blocked an aid convoy at the checkpoint near Gaza City on Monday.", "COERCE"),
    ("The president vowed to rebuild the port of Derna with Egypt's help on Monday.", "AGREE"),
])
def test_the_same_verbs_of_other_acts_keep_their_type(noclean_pipeline, text, plover):
    assert plover in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text, trigger, code", [
    ("Russia and Ukraine swapped 90 prisoners of war each on Saturday.", "swapped", "0841"),
    ("Libyan coast guard forces intercepted 85 migrants off Sabratha on Tuesday.", "intercepted", "173"),
    ("The U.S. military airdropped 40,000 meals over northern Gaza on Tuesday.", "airdropped", "070"),
    # an order to leave one's home is displacement by force, not an evacuation given as aid
    ("The army ordered thousands of Palestinians to evacuate parts of Khan Younis on Monday.", "ordered", "174"),
    ("The government evacuated 3,000 people from the flooded district of Sylhet on Monday.", "evacuated", "073"),
    ("The UN emergency fund released $10 million to scale up the cholera response in Zambia on Monday.", "released",
     "070"),
])
def test_acts_of_sitreps_and_politics_the_lexicon_missed(noclean_pipeline, text, trigger, code):
    assert one(noclean_pipeline, text, trigger).cameo == code


def test_talks_refused_by_staying_away_are_a_rejection(noclean_pipeline):
    row = one(noclean_pipeline, "Sudan's army said on Sunday it would not attend ceasefire talks in Geneva.", "talks")
    assert row.plover == "REJECT" and row.actor is not None


def test_a_patient_airlifted_is_no_act(noclean_pipeline):
    # ("intercepted the boats" was here too: dropped in the forty-seventh session for two
    # duplicates of a custody row, that row gone since the fifty-ninth, it is a seizure since
    # the sixtieth: tests/events/test_words_and_days.py)
    assert rows(noclean_pipeline, "The minister was airlifted to a hospital in Banska Bystrica on Wednesday.") == []


@pytest.mark.parametrize("text, trigger, code", [
    # people ordered out of their homes or off the streets
    ("The Israeli military ordered residents of northern Gaza to move south on Friday.", "ordered", "174"),
    ("Israeli forces ordered the evacuation of neighbourhoods in Khan Younis on Monday.", "ordered", "174"),
    ("Kenyan police ordered protesters to disperse in Nairobi on Tuesday.", "ordered", "170"),
    # jets sent up against an intruder; a warship sent to a sea
    ("Japan scrambled fighter jets on Monday after Chinese aircraft entered its airspace.", "scrambled", "152"),
    ("The United States sent an aircraft carrier to the eastern Mediterranean on Sunday.", "sent", "154"),
    # rockets fired towards a place
    ("Hamas fired rockets towards southern Israel on Wednesday.", "fired", "193"),
    # the internet, a website, talks: what is blocked, cut or boycotted
    ("Authorities blocked access to the internet in Manipur on Monday.", "blocked", "1721"),
    ("The government blocked mobile internet in the Amhara region on Tuesday.", "blocked", "1721"),
    ("The government cut mobile internet access in Dakar on Friday.", "cut", "1721"),
    ("The Sudanese army boycotted U.S.-brokered peace talks in Geneva on Wednesday.", "boycotted", "125"),
    ("Egypt's government boycotted the summit in Riyadh on Monday.", "boycotted", "125"),
])
def test_orders_alerts_blocks_and_boycotts_the_codebooks_name(noclean_pipeline, text, trigger, code):
    assert one(noclean_pipeline, text, trigger).cameo == code


@pytest.mark.parametrize("text, trigger, plover", [
    ("The army ordered its troops to move to the border on Monday.", "ordered", None),  # troops moved
    ("Protesters blocked access to the parliament building on Monday.", "blocked", "PROTEST"),
    ("The opposition boycotted the election on Sunday.", "boycotted", "PROTEST"),
    ("Students boycotted classes in Dhaka on Monday.", "boycotted", "PROTEST"),
    ("Palestinian leaders said they would boycott all official contact with the United States.", "boycott",
     "THREATEN"),  # a boycott voiced as an intent is a threat
])
def test_the_same_words_for_crowds_troops_and_intents_keep_their_reading(noclean_pipeline, text, trigger, plover):
    found = [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]
    assert found == ([plover] if plover else [])


@pytest.mark.parametrize("text, trigger, plover", [
    # support pledged as a stance (CAMEO 051) ...
    ("The prime minister pledged his country's full backing for the peace plan on Monday.", "pledged", "SUPPORT"),
    ("Kenya pledged its support for the African Union mission in Somalia on Tuesday.", "pledged", "SUPPORT"),
    ("The foreign minister promised Japan's support for the reform agenda on Monday.", "promised", "SUPPORT"),
    ("The bloc pledged solidarity with the people of Lebanon on Monday.", "pledged", "SUPPORT"),
    # ... and as aid promised (CAMEO 033)
    ("Germany pledged military support to Ukraine on Monday.", "pledged", "AGREE"),
    ("The World Bank pledged financial support for the reconstruction of Gaza.", "pledged", "AGREE"),
    ("The EU pledged 50 million euros in aid to Sudan on Monday.", "pledged", "AGREE"),
])
def test_support_pledged_is_a_stance_unless_its_word_says_aid(noclean_pipeline, text, trigger, plover):
    assert one(noclean_pipeline, text, trigger).plover == plover


def test_what_support_is_pledged_for_is_its_target(noclean_pipeline):
    row = one(noclean_pipeline, "Hungarian Prime Minister Viktor Orban on Thursday pledged his full support for an "
                                "Italian-Polish initiative.", "pledged")
    assert row.target is not None and row.target.span.text == "an Italian-Polish initiative"


@pytest.mark.parametrize("text, trigger, plover", [
    ("Two rockets landed near Baghdad airport on Tuesday night.", "landed", "ASSAULT"),
    ("A Chinese coast guard ship rammed a Philippine navy boat near Second Thomas Shoal on Monday.", "rammed",
     "ASSAULT"),
    ("Troops engaged ISWAP terrorists in a gun duel at Malam Fatori on Monday.", "gun duel", "ASSAULT"),
])
def test_fire_that_lands_a_ship_rammed_and_a_gun_duel_are_attacks(noclean_pipeline, text, trigger, plover):
    assert one(noclean_pipeline, text, trigger).plover == plover


@pytest.mark.parametrize("text", [
    "The plane landed in Kabul on Monday.",
    "The ruling party rammed the bill through parliament on Monday.",
])
def test_a_plane_that_lands_and_a_bill_rammed_through_are_no_attacks(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"] == []


def test_who_travels_for_a_visit_is_the_visitor(noclean_pipeline):
    row = one(noclean_pipeline, "The president flew to Beijing on Monday for a three-day visit.", "visit")
    assert row.actor is not None and row.actor.span.text == "The president"


@pytest.mark.parametrize("text, trigger, plover", [
    # an evacuation ordered by no armed force (ahead of a storm, of one's own staff) drives no one
    # out; a warplane given to another state is aid
    ("Authorities ordered the evacuation of 300,000 people in Bangladesh ahead of Cyclone Remal on Sunday.",
     "ordered", None),
    ("The State Department ordered the evacuation of non-emergency staff from the embassy in Niamey.", "ordered",
     None),
    ("Russia cancelled a planned summit with Ukraine on Wednesday.", "cancelled", "SANCTION"),
    ("The Netherlands sent F-16 warplanes to Ukraine on Monday.", "sent", "AID"),
    # a crowd that stays away from a visit protests; support worth a sum is aid promised
    ("Residents of Srinagar boycotted the prime minister's visit on Tuesday, keeping shops shuttered.", "boycotted",
     "PROTEST"),
    ("Saudi Arabia promised support worth $1 billion for Yemen's central bank.", "promised", "AGREE"),
    # a labour strike named by its nation, on a matter or by its strikers, is a stoppage
    ("The Nigerian strike on fuel prices, called by the Nigeria Labour Congress, shut banks in Lagos on Monday.",
     "strike", "PROTEST"),
    ("A Kenyan strike on public hospitals by doctors entered its third week on Monday.", "strike", "PROTEST"),
])
def test_look_alikes_of_the_codebook_acts_keep_their_reading(noclean_pipeline, text, trigger, plover):
    found = [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]
    assert found == ([plover] if plover else [])


@pytest.mark.parametrize("text, status", [
    ("France called an emergency meeting of the Security Council late on Friday.", "planned"),
    ("Teachers' unions called an indefinite strike nationwide starting Monday.", "planned"),
])
def test_an_adverb_after_what_is_called_is_no_naming(noclean_pipeline, text, status):
    assert [e.status for e in rows(noclean_pipeline, text)] == [status]


def test_an_order_to_disperse_someone_is_aimed_at_them(noclean_pipeline):
    row = one(noclean_pipeline, "The police chief ordered his officers to disperse the protesters on Monday.",
              "ordered")
    assert row.target is not None and row.target.span.text == "the protesters"


def test_who_is_prompted_to_act_acts(noclean_pipeline):
    row = one(noclean_pipeline, "Russian bombers flew near the border on Monday, prompting NATO to scramble jets.",
              "scramble")
    assert row.actor is not None and row.actor.span.text == "NATO"


@pytest.mark.parametrize("text, target", [
    ("The UN urged restraint on Monday.", None),  # what is asked for
    ("The Indian Prime Minister asked his countrymen to stay at home.", "his countrymen"),  # who is asked
])
def test_what_a_request_asks_for_is_no_target_but_whom_it_asks_is(noclean_pipeline, text, target):
    row = one(noclean_pipeline, text, "urged" if "urged" in text else "asked")
    assert (row.target.span.text if row.target is not None else None) == target


@pytest.mark.parametrize("text, trigger, plover", [
    ("The prime minister defended the border agreement in parliament on Wednesday.", "defended", "SUPPORT"),
    ("The court ruled on Tuesday that the minister had accepted bribes.", "accepted", None),
    ("Somalia ordered Ethiopia's envoy to leave Mogadishu, in protest at a deal with Somaliland.", "protest", None),
])
def test_words_of_defence_graft_and_grievance_are_no_attack_accord_or_protest(noclean_pipeline, text, trigger, plover):
    found = [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]
    assert found == ([plover] if plover else [])


@pytest.mark.parametrize("text", [
    "Traders kept their shops shut in Quetta on Tuesday in protest over a lack of security.",
    "Thousands of Chileans gathered in Santiago on Sunday in protest at pension reforms.",
])
def test_a_crowd_acting_in_protest_protests(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["PROTEST"]


def test_a_place_threatened_stays_the_target(noclean_pipeline):
    row = one(noclean_pipeline, "The rebels threatened the provincial capital on Wednesday.", "threatened")
    assert row.target is not None and row.target.span.text == "the provincial capital"


@pytest.mark.parametrize("text, trigger, plover", [
    ("Teachers in Chicago voted to strike on Monday.", "strike", "PROTEST"),  # the voters strike: no attack
    ("The Sri Lankan navy sank three Tamil Tiger boats off the northeast coast on Monday.", "sank", "ASSAULT"),
])
def test_a_strike_voted_and_boats_sunk(noclean_pipeline, text, trigger, plover):
    assert one(noclean_pipeline, text, trigger).plover == plover


def test_a_ship_that_sank_in_a_storm_is_no_attack(noclean_pipeline):
    assert [e for e in rows(noclean_pipeline, "A cargo ship sank in a storm off the coast of Taiwan on Monday.")
            if e.plover == "ASSAULT"] == []


@pytest.mark.parametrize("text, actor", [
    ("Traders observed a shutdown in Srinagar on Monday.", "Traders"),
    ("Fishermen protested in Mombasa on Monday.", "Fishermen"),
])
def test_stoppages_vigils_and_their_crowds_the_lexicon_missed(noclean_pipeline, text, actor):
    [row] = rows(noclean_pipeline, text)
    assert row.plover == "PROTEST" and row.actor is not None and row.actor.span.text == actor


def test_a_government_shutdown_is_no_stoppage(noclean_pipeline):
    assert rows(noclean_pipeline, "The government shutdown entered its third week on Monday.") == []


@pytest.mark.parametrize("text, trigger, plover", [
    ("EU leaders ended their summit on Friday without agreeing on a budget.", "summit", "CONSULT"),  # it ended
    ("The Kremlin called off a summit with Turkey on Monday.", "called", "SANCTION"),  # it was called off
])
def test_a_summit_ended_is_held_and_one_called_off_halts_talks(noclean_pipeline, text, trigger, plover):
    assert one(noclean_pipeline, text, trigger).plover == plover


@pytest.mark.parametrize("text, trigger, plover", [
    ("Israel ordered the evacuation of parts of Khan Younis on Monday.", "ordered", "COERCE"),  # a state drives out
    ("Police ordered the evacuation of coastal neighbourhoods ahead of Hurricane Milton on Monday.", "ordered",
     "AID"),  # ahead of a hazard: relief
    ("Zelenskiy ruled out a summit with Putin on Monday.", "ruled", "REJECT"),
    ("Spain's defence minister cancelled a news conference on Monday because of a scheduling conflict.", "cancelled",
     None),  # no negotiations
    ("Catholics held an Easter vigil at the cathedral in Lagos on Saturday.", "vigil", None),  # worship
    ("Consumers in Nairobi complained about rising bread prices on Monday.", "complained", None),
])
def test_who_orders_an_evacuation_and_what_is_a_summit_or_a_vigil(noclean_pipeline, text, trigger, plover):
    found = [e.plover for e in rows(noclean_pipeline, text) if e.trigger.text.startswith(trigger)]
    assert found == ([plover] if plover else [])


@pytest.mark.parametrize("text, trigger, plover", [
    ("The closure of the Rafah crossing by Egypt on Sunday stranded thousands.", "closure", "COERCE"),
    ("The storming of the parliament by protesters on Tuesday was broadcast live.", "storming", "PROTEST"),
    ("Sunday's stabbing of a priest at a church in Sydney shocked the country.", "stabbing", "ASSAULT"),
    ("Police in Mombasa picked up 14 people on Wednesday.", "picked up", "COERCE"),
    ("The World Bank disbursed $500 million to Ukraine on Tuesday.", "disbursed", "AID"),
    ("Hamas and Fatah reached a deal in Beijing on Tuesday to end their rivalry.", "deal", "SUPPORT"),  # 057
])
def test_acts_the_codebooks_name_by_these_words(noclean_pipeline, text, trigger, plover):
    """Event nouns of verbs already read (closure, storming, stabbing), an arrest told as picking
    people up (by police), aid paid out, a deal reached
    (an agreement concluded, CAMEO 057, as "reached an agreement")."""
    assert one(noclean_pipeline, text, trigger).plover == plover


@pytest.mark.parametrize("text", [
    "She picked up the phone on Monday.",
    "The closure of the factory left 300 workers jobless.",
    "The minister spent a great deal of time in Brussels on Monday.",
    "Rebel fighters left the town of Kidal of their own accord on Sunday, residents said.",
])
def test_look_alikes_of_those_words_are_no_acts(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Talks on a Gaza ceasefire were held in Cairo on Sunday.",
    "The two sides held talks on the withdrawal of troops in Geneva on Friday.",
])
def test_what_talks_are_about_is_no_act_of_its_own(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)] == ["CONSULT"]


@pytest.mark.parametrize("text, acts", [
    ("Police found the bodies of five farmers who were abducted by gunmen near Katsina on Saturday.", ["abducted"]),
    ("Troops freed 20 hostages who were abducted by gunmen in Zamfara on Saturday.", ["abducted", "freed"]),
    ("Troops killed 12 militants who attacked a base on Monday.", ["killed"]),  # what the main act hit
])
def test_an_act_with_doers_and_a_day_of_its_own_told_of_a_participant_is_a_row(noclean_pipeline, text, acts):
    assert sorted(e.trigger.text for e in rows(noclean_pipeline, text)) == acts


def test_an_attack_talked_about_was_done_and_is_its_own_row(noclean_pipeline):
    text = ("The UN Security Council held emergency talks on the Israeli strike on the Iranian consulate in "
            "Damascus, which killed seven officers on Monday.")
    assert sorted(e.plover for e in rows(noclean_pipeline, text)) == ["ASSAULT", "CONSULT"]


def test_an_accord_told_by_its_signing_keeps_its_row(noclean_pipeline):
    events = rows(noclean_pipeline, "The accord signed in Juba in 2020 is fragile, analysts said.")
    assert [e.trigger.text for e in events] == ["signed"]


def test_texts_signed_at_once_are_one_signing(noclean_pipeline):
    text = "The prime ministers signed eight pacts in Port Louis on Tuesday to boost cooperation in maritime security."
    assert [e.trigger.text for e in rows(noclean_pipeline, text) if e.plover == "SUPPORT"] == ["signed"]
