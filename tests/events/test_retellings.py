"""One happening told again in other words stays one row; many happenings told at once join none.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.joins`,
:mod:`eventwire.events.agreement` or :mod:`eventwire.events.placing` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from eventwire.events.clauses import claimed, named_back
from tests.conftest import run_text

PUBLISHED = "2024-03-08"  # a Friday


def rows(pipeline, text: str, **meta):
    meta.setdefault("published", PUBLISHED)
    return [e for e in run_text(pipeline, text, **meta).events if e.status != "negated"]


def of_type(events, plover: str):
    return [e for e in events if e.plover == plover]


def one(pipeline, text: str, plover: str, **meta):
    """The one row of the type the text makes (the test fails when it makes none or two)."""
    [row] = of_type(rows(pipeline, text, **meta), plover)
    return row


def test_a_crowd_counted_in_thousands_is_the_crowd_named_back(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Thousands of nurses rallied in central Accra on Thursday to demand unpaid wages. "
        "The nurses marched from the Independence Arch to the health ministry, singing and waving banners."), "PROTEST")
    assert {m.trigger.text for m in row.mentions} >= {"rallied", "marched"}
    assert row.date is not None and row.date.start == "2024-03-07"


@pytest.mark.parametrize("text, word, back", [
    ("Sunday's rally was called by the opposition.", "rally", True),
    ("Police said last week's raid was legal.", "raid", True),
    ("The rally was called by the opposition.", "rally", True),
    ("Hamas's attack was condemned.", "attack", False),
    ("A rally was called by the opposition.", "rally", False),
])
def test_an_act_owned_by_its_day_is_named_back(noclean_pipeline, text, word, back):
    doc = run_text(noclean_pipeline, text, published=PUBLISHED).doc
    [tok] = [t for t in doc if t.text == word]
    assert named_back(tok) is back


@pytest.mark.parametrize("text", [
    "Thousands of farmers marched through Warsaw on Friday against grain imports. "
    "Wednesday's rally by truck drivers in Gdansk had drawn a smaller crowd.",
    "Hundreds of teachers protested outside parliament in Nairobi on Monday over pay. "
    "Hundreds of doctors protested outside the health ministry in Nairobi on Monday over pay.",
    "Hundreds of students rallied in support of the government in Dhaka on Monday. "
    "Thousands of students protested against the government in Dhaka on Monday.",
])
def test_two_crowds_each_counted_or_dated_stay_two_protests(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "PROTEST")) == 2


def test_a_toll_of_many_attacks_joins_no_attack(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "Gunmen stormed a hotel in Beledweyne on Tuesday, killing six people, police said. "
        "Since 2012, hundreds of people have been killed in attacks on hotels in the region."))
    [row] = [e for e in of_type(events, "ASSAULT") if e.trigger.text == "stormed"]
    assert all(m.trigger.text not in ("attacks",) for m in row.mentions)
    assert row.date is not None and row.date.start == "2024-03-05"


@pytest.mark.parametrize("text, town", [
    ("KABUL, Afghanistan (AP) — Taliban fighters detained three local journalists on Tuesday, "
     "their employer said.", "KABUL"),
    ("NAIROBI, Kenya — Police shot dead two protesters on Tuesday, witnesses said.", "NAIROBI"),
])
def test_a_dateline_town_the_parser_made_a_subject_is_still_the_place(noclean_pipeline, text, town):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover in ("COERCE", "ASSAULT")]
    assert row.location is not None and row.location.span.text == town


def test_a_dateline_gives_way_to_the_place_the_lead_names(noclean_pipeline):
    row = one(noclean_pipeline, (
        "KABUL, Afghanistan (AP) — Taliban fighters detained three local journalists in Herat "
        "on Tuesday, their employer said."), "COERCE")
    assert row.location is not None and row.location.span.text == "Herat"


def test_a_place_in_the_lead_that_stands_for_a_party_leaves_the_dateline_its_say(noclean_pipeline):
    row = one(noclean_pipeline, (
        "HARARE, Zimbabwe (Reuters) - A Zimbabwean court on Tuesday convicted the opposition activist "
        "Tendai Moyo of incitement and jailed him for two years, a ruling that drew criticism from rights "
        "groups and London. Moyo was found guilty over a speech he gave at a rally in Bulawayo in May. "
        "On Wednesday, police fired tear gas at hundreds of his supporters outside the court."), "ASSAULT")
    assert row.location is not None and row.location.span.text == "HARARE"


@pytest.mark.parametrize("voiced", ["accusing Jakarta of abuses", "urging Jakarta to withdraw its troops"])
def test_a_place_a_statement_is_voiced_at_is_no_place_of_the_act(noclean_pipeline, voiced):
    row = one(noclean_pipeline, (
        f"CANBERRA, Australia (AP) — About 200 protesters rallied outside Parliament House on Wednesday, {voiced}."),
        "PROTEST")
    assert row.location is not None and row.location.span.text == "CANBERRA"


def test_a_place_that_voiced_a_condemnation_leaves_the_dateline_its_say(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "CARACAS, Venezuela (AP) — Security forces arrested two journalists on Monday, a move criticised by "
        "Washington. They had reported from Maracaibo last month. On Tuesday, police dispersed a protest "
        "outside the prosecutor's office."))
    [dispersal] = [e for e in events if any(m.trigger.text == "dispersed" for m in e.mentions)]
    assert dispersal.location is not None and dispersal.location.span.text == "CARACAS"


@pytest.mark.parametrize("text, place", [
    ("HARARE, Zimbabwe (AP) — Police raided the offices of a rights group on Wednesday, drawing condemnation "
     "from London.", "HARARE"),
    ("CARACAS, Venezuela (AP) — The government barred the main opposition candidate from running, drawing "
     "condemnation from Washington and Brussels. Security forces detained two of her aides.", "CARACAS"),
    ("Turkish authorities detained 30 journalists on Tuesday, drawing condemnation from Brussels.", None),
])
def test_who_voiced_a_condemnation_is_no_place_of_the_act(noclean_pipeline, text, place):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "COERCE" and e.trigger.text != "barred"]
    assert (row.location.span.text if row.location else None) == place


def test_a_journey_made_for_talks_is_one_visit_held_where_it_ends(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "KYIV, Ukraine (AP) — Russian drones struck a power plant in Kharkiv on Tuesday. The U.S. envoy "
        "is scheduled to travel to Ottawa on Wednesday for meetings with G7 foreign ministers."))
    [visit] = of_type(events, "CONSULT")
    assert {m.trigger.text for m in visit.mentions} == {"travel", "meetings"}
    assert visit.location is not None and visit.location.span.text == "Ottawa"


@pytest.mark.parametrize("text", [
    "Gunmen attacked a hotel in Mogadishu on Tuesday, killing 10 people, police said. "
    "Al-Shabaab claimed responsibility for the attack.",
    "A suicide bomber drove a truck into an army base near Gao on Wednesday, killing nine soldiers. "
    "JNIM claimed responsibility for the bombing in a statement on Thursday.",
    # a common noun for armed men the recognizer labels after a dateline names no group
    "BAMAKO (AP) -- Jihadists attacked an army post near Mopti on Tuesday, killing 12 soldiers. "
    "JNIM claimed responsibility for the attack on the post.",
])
def test_a_claim_names_who_the_unnamed_doers_were(noclean_pipeline, text):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert len(row.mentions) >= 2


def test_a_claim_for_another_groups_attack_stays_apart(noclean_pipeline):
    attacks = of_type(rows(noclean_pipeline, (
        "Boko Haram fighters attacked a market in Konduga on Tuesday, killing 10 people. "
        "On Wednesday, gunmen stormed a church in Maiduguri. "
        "The Islamic State West Africa Province claimed responsibility for the church attack.")), "ASSAULT")
    assert len(attacks) == 2
    [church] = [e for e in attacks if e.trigger.text == "stormed"]
    assert "attack" in {m.trigger.text for m in church.mentions}


def test_a_denial_of_responsibility_names_no_doer(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "A car bomb exploded outside a police station in Kirkuk on Monday, killing four officers. "
        "The Kurdish party denied responsibility for the bombing."))
    assert not any(e.actor is not None and e.actor.span.text == "The Kurdish party"
                   for e in of_type(events, "ASSAULT"))


def test_a_warning_carried_by_state_media_is_the_threat_told_again(noclean_pipeline):
    row = one(noclean_pipeline, (
        "North Korea threatened on Tuesday to respond with force to joint military drills planned by "
        "South Korea and the United States. The warning, carried by the state news agency KCNA, came days "
        "before the allies begin their annual exercises."), "THREATEN")
    assert {m.trigger.text for m in row.mentions} >= {"threatened", "warning"}
    assert row.actor is not None and row.actor.span.text == "North Korea"


def test_a_day_between_the_telling_and_the_act_is_the_tellings(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Ugandan police said on Thursday they had arrested the journalist Moses Okello in Gulu."), "COERCE")
    assert row.date is not None and (row.date.start, row.date.end) == ("2024-03-05", "2024-03-07")


def test_an_act_told_by_a_participle_on_a_dated_verb_takes_the_tellings_day_as_its_latest(noclean_pipeline):
    row = one(noclean_pipeline, (
        "The ministry defended the operation on Thursday, saying officers had arrested 12 suspects in "
        "Gulu."), "COERCE")
    assert row.date is not None and (row.date.start, row.date.end) == ("2024-03-05", "2024-03-07")


@pytest.mark.parametrize("text", [
    "The negotiator demanded that the rebels restore a ceasefire that expired in January.",
    "The negotiator demanded that the rebels restore the ceasefire, saying an attack on an army post on "
    "Tuesday showed the cost of delay.",
])
def test_what_a_demand_says_does_not_date_the_demand(noclean_pipeline, text):
    row = one(noclean_pipeline, text, "REQUEST")
    assert row.date is not None and (row.date.start, row.date.end) == ("2024-03-01", "2024-03-08")


def test_a_deed_a_denial_tells_of_is_the_denial_s_content(noclean_pipeline):
    events = rows(noclean_pipeline, ("The rebels denied that they had attacked a convoy on Tuesday, saying "
                                     "government troops carried out the ambush."))
    [denial] = of_type(events, "REJECT")
    assert denial.trigger.text == "denied" and denial.actor.span.text == "The rebels"


def test_a_deed_a_rejection_tells_with_its_own_day_is_its_own_row(noclean_pipeline):
    events = rows(noclean_pipeline, ("The interior ministry rejected the criticism on Tuesday, saying the blogger "
                                     "had been detained in Alexandria on Sunday for spreading false news."))
    [rejection] = of_type(events, "REJECT")
    [detention] = of_type(events, "COERCE")
    assert rejection.location is None  # not where the detention it speaks of was
    assert detention.location is not None and detention.location.span.text == "Alexandria"
    assert detention.date is not None and detention.date.start == "2024-03-03"


def test_the_arrest_told_by_police_and_then_dated_is_one_arrest_on_its_day(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Ugandan police said on Thursday they had arrested the journalist Moses Okello in Gulu. "
        "Okello was taken into custody on Wednesday afternoon, a police spokesman said."), "COERCE")
    assert len(row.mentions) == 2
    assert row.date is not None and (row.date.start, row.date.end) == ("2024-03-06", "2024-03-06")



def test_a_sit_in_is_a_protest(noclean_pipeline):
    row = one(noclean_pipeline, (
        "Hundreds of doctors staged a sit-in outside the health ministry in Lagos on Monday."), "PROTEST")
    assert row.trigger.text == "sit-in" and row.date is not None and row.date.start == "2024-03-04"


@pytest.mark.parametrize("text", [
    "KINSHASA, Democratic Republic of Congo (Reuters) - M23 rebels seized the town of Kitchanga on Tuesday.",
    "SARAJEVO, Bosnia and Herzegovina (Reuters) - Police arrested five men in Tuzla on Tuesday.",
])
def test_a_dateline_whose_country_has_small_words_is_no_party(noclean_pipeline, text):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover in ("ASSAULT", "COERCE")]
    assert row.actor is not None and row.actor.span.text in ("M23 rebels", "Police")


def test_the_lead_subject_hung_on_a_datelines_country_is_the_actor(noclean_pipeline):
    row = one(noclean_pipeline, (
        "DHAKA, Bangladesh — The Bangladesh Students' Rights Council called on Thursday for the "
        "resignation of the university's vice chancellor."), "REQUEST")
    assert row.actor is not None and row.actor.span.text == "The Bangladesh Students' Rights Council"


@pytest.mark.parametrize("text, day", [
    ("The opposition will hold a rally in Nairobi on Saturday.", "2024-03-09"),
    ("The students' union said it would hold a sit-in outside the ministry in Dhaka on Sunday.", "2024-03-10"),
    ("The students' union said on Tuesday it would hold a sit-in in Dhaka on Thursday.", "2024-03-07"),
])
def test_a_protest_to_be_held_is_a_planned_protest_on_its_coming_day(noclean_pipeline, text, day):
    [row] = rows(noclean_pipeline, text)
    assert (row.plover, row.status) == ("PROTEST", "planned")
    assert row.date is not None and row.date.start == day


def test_an_intent_to_protest_voiced_is_a_threat(noclean_pipeline):
    [row] = rows(noclean_pipeline, "Palestinian officials said they would boycott all meetings with the envoy.")
    assert row.plover == "THREATEN"


@pytest.mark.parametrize("text, word", [
    ("Sudan's army chief met Egyptian President Abdel Fattah al-Sisi in the coastal city of El Alamein "
     "on Monday. The two leaders called for a ceasefire.", "called"),
    ("The foreign ministers of India and China held talks in Astana on Thursday. "
     "They agreed to work toward a settlement of the border dispute.", "agreed"),
])
def test_the_sides_of_a_meeting_named_back_spoke_where_they_met(noclean_pipeline, text, word):
    events = rows(noclean_pipeline, text)
    [row] = [e for e in events if e.trigger.text == word]
    [met] = of_type(events, "CONSULT")
    assert met.location is not None and row.location is not None
    assert row.location.place == met.location.place


def test_others_speaking_after_a_meeting_are_not_placed_there(noclean_pipeline):
    events = rows(noclean_pipeline, "Xi Jinping met Joe Biden in Woodside on Wednesday. "
                                    "Protesters demanded the release of political prisoners.")
    [row] = of_type(events, "REQUEST")
    assert row.location is None


@pytest.mark.parametrize("text, actor", [
    ("The students' federation called on Education Minister Nicolas Cataldo to meet them.",
     "The students' federation"),
    ("The journalists' association condemned the arrest of the editor in Kampala on Monday.",
     "The journalists' association"),
])
def test_a_federation_or_an_association_is_a_party(noclean_pipeline, text, actor):
    [row] = rows(noclean_pipeline, text)
    assert row.actor is not None and row.actor.span.text == actor


def test_a_role_does_not_run_on_from_a_headline_line_into_the_lead(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "Students occupy university building in Belgrade over rector's dismissal\n"
        "Hundreds of students occupied the main building of the University of Belgrade on Thursday, "
        "demanding the reinstatement of the dismissed rector."),
        published="2024-05-03")
    assert all("\n" not in (e.actor.span.text if e.actor else "") for e in events)
    [row] = [e for e in events if e.plover == "PROTEST"]  # students occupying a building: a sit-in
    assert row.actor is not None and row.actor.span.text in ("Students", "Hundreds of students")


def test_a_claim_joins_the_attack_its_words_name_not_the_latest(noclean_pipeline):
    attacks = of_type(rows(noclean_pipeline, (
        "Gunmen attacked a mosque in Herat on Friday, killing six worshippers. "
        "Separately, gunmen killed two policemen in Kabul on Saturday. "
        "The Islamic State claimed responsibility for the mosque attack.")), "ASSAULT")
    [kabul] = [e for e in attacks if e.trigger.text == "killed"]
    assert [m.trigger.text for m in kabul.mentions] == ["killed"]


@pytest.mark.parametrize("text, start, end", [
    ("The Nigerian army said on Thursday that on Tuesday its troops killed 20 bandits in Zamfara.",
     "2024-03-05", "2024-03-05"),
    ("Residents said on Sunday gunmen had attacked their village in Borno, killing eight people.",
     "2024-03-01", "2024-03-03"),
])
def test_the_acts_own_day_and_the_tellings_range_stay_apart(noclean_pipeline, text, start, end):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert row.date is not None and (row.date.start, row.date.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Blinken met Netanyahu in Jerusalem on Friday. The Palestinians rejected the plan.",
    "Macron met Scholz in Berlin on Monday. The unions condemned the talks.",
])
def test_others_named_after_a_meeting_did_not_speak_there(noclean_pipeline, text):
    events = rows(noclean_pipeline, text)
    assert all(e.location is None for e in events if e.plover != "CONSULT")


@pytest.mark.parametrize("text, plover", [
    ("Armed gangs stormed the civil prison in Cap-Haitien on Saturday night, freeing most of its 600 inmates.",
     "ASSAULT"),
    ("Gunmen attacked the main prison in Kogi on Sunday, killing two guards and freeing 240 inmates.", "ASSAULT"),
    ("The European Union imposed sanctions on Iran on Monday, targeting 16 people linked to the drone programme.",
     "SANCTION"),
])
def test_what_an_act_did_told_by_a_participle_is_that_act(noclean_pipeline, text, plover):
    [row] = rows(noclean_pipeline, text)
    assert row.plover == plover and len(row.mentions) >= 2


def test_a_release_granted_stays_a_release(noclean_pipeline):
    row = one(noclean_pipeline, "The junta freed 20 political prisoners on Monday.", "RETREAT")
    assert row.trigger.text == "freed"


def test_what_protesters_say_is_their_protest(noclean_pipeline):
    [row] = rows(noclean_pipeline, (
        "About 200 protesters gathered near the presidential office in Seoul on Friday to denounce the "
        "visit, accusing the prime minister of failing to apologise for wartime forced labour."))
    assert row.plover == "PROTEST" and {m.trigger.text for m in row.mentions} >= {"denounce", "accusing"}


def test_no_one_claiming_an_act_names_no_doer(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen abducted 280 pupils from a school in Kaduna state on Thursday. "
                                           "No group has claimed responsibility for the kidnapping.", "ASSAULT")
    assert row.actor is not None and row.actor.span.text == "Gunmen"


def test_an_act_named_back_as_the_subject_of_what_it_did_is_that_act(noclean_pipeline):
    row = one(noclean_pipeline, (
        "U.S. and British forces struck 36 Houthi targets across Yemen on Saturday, in a second wave of "
        "joint strikes, the Pentagon said. The strikes hit 13 locations, among them sites in Sanaa and "
        "Hodeidah, according to a joint statement."), "ASSAULT", published="2024-02-05")
    assert {m.trigger.text for m in row.mentions} >= {"struck", "strikes", "hit"}


def test_a_second_summit_is_not_the_first(noclean_pipeline):
    talks = of_type(rows(noclean_pipeline, (
        "U.S. President Donald Trump met North Korean leader Kim Jong Un in Singapore in June 2018. "
        "Their second summit was in February 2019 in Hanoi.")),
        "CONSULT")
    assert len(talks) == 2


@pytest.mark.parametrize("text", [
    "Thousands of teachers marched through Nairobi on Tuesday to demand higher pay. "
    "Around 5,000 teachers took part in the march, police said.",
    "Thousands of protesters marched in Yerevan on Thursday against the border deal. "
    "Several thousand protesters later blocked the main avenue outside the government building.",
])
def test_one_crowd_counted_twice_alike_is_one_protest(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "PROTEST")) == 1


@pytest.mark.parametrize("text, word", [
    ("Security forces arrested 12 protesters in Tehran on Monday, releasing 30 others detained last week.",
     "releasing"),
    ("Protesters rallied in Caracas on Saturday, leading the government to accuse the United States of "
     "backing a coup.", "accuse"),
])
def test_another_act_told_by_a_participle_keeps_its_row(noclean_pipeline, text, word):
    assert any(e.trigger.text == word for e in rows(noclean_pipeline, text))


def test_sides_named_with_a_party_of_their_own_are_not_the_meetings(noclean_pipeline):
    events = rows(noclean_pipeline, "Angolan President Joao Lourenco met Congolese President Felix Tshisekedi in "
                                    "Luanda on Monday. The Congolese opposition leaders denounced the talks.")
    [row] = of_type(events, "ACCUSE")
    assert row.location is None


def test_a_league_of_states_is_a_party(noclean_pipeline):
    events = rows(noclean_pipeline, "The Arab League met in Cairo on Sunday. "
                                    "The league condemned the Israeli operation in Rafah.")
    assert of_type(events, "ACCUSE")


def test_a_toll_over_the_last_months_is_no_one_attack(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "The Pakistan military said it killed 33 militants in a clearance operation near Sibi on Tuesday. "
        "In the last 15 months, 1,250 militants have been killed in Pakistan, the army spokesman said."))
    assert not any(e.trigger.text == "killed" and "1,250" in e.sentence.text for e in events)
    [row] = [e for e in of_type(events, "ASSAULT") if "33" in e.sentence.text]
    assert all("1,250" not in m.sentence.text for m in row.mentions)


def test_a_claim_for_the_mosque_attack_skips_a_killing_by_no_one_named(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, (
        "Gunmen attacked a mosque in Peshawar on Friday, killing six worshippers. On Saturday, two policemen "
        "were killed in Bannu. The Pakistani Taliban claimed responsibility for the mosque attack.")), "ASSAULT")
    [bannu] = [e for e in events if "Bannu" in e.sentence.text]
    assert [m.trigger.text for m in bannu.mentions] == ["killed"]


@pytest.mark.parametrize("text, expected", [
    # the class an act is compared in, and the start of a period, are many acts, no row
    ("Jets bombed a market in Idlib on Monday, killing 14 people, in one of the deadliest air raids "
     "on the province since the fighting began in 2011.", [("ASSAULT", "2024-03-04")]),
    ("Police have arrested dozens of activists since the protests erupted in March. On Tuesday, "
     "officers detained a student leader in Dhaka.", [("COERCE", "2024-03-05")]),
    # the start of the reported act itself, on its day, still dates it
    ("The army says the bodies of five soldiers have been found since the attacks began Tuesday. "
     "Rebels attacked ten villages this week.", [("ASSAULT", "2024-03-05")]),
])
def test_a_comparison_class_or_the_start_of_a_period_is_no_happening(noclean_pipeline, text, expected):
    assert [(e.plover, e.date and e.date.start) for e in rows(noclean_pipeline, text)] == expected


def test_a_gerund_names_back_the_act_its_verb_told(noclean_pipeline):
    text = ("Warplanes bombed the village of Tawila in North Darfur on Wednesday, killing 19 people. "
            "The bombing hit the market, witnesses said.")
    events = rows(noclean_pipeline, text)
    assert len(events) == 1 and {m.trigger.text for m in events[0].mentions} >= {"bombed", "bombing"}


@pytest.mark.parametrize("text", [
    "Soldiers shot dead three protesters in Nairobi on Tuesday. Two of the wounded died in hospital on Thursday.",
    "Soldiers shot dead three protesters in Nairobi on Tuesday. The president visited the injured in hospital "
    "on Thursday.",
])
def test_a_participle_standing_for_people_tells_no_act(noclean_pipeline, text):
    assert [e.trigger.text for e in of_type(rows(noclean_pipeline, text), "ASSAULT")] == ["shot"]


@pytest.mark.parametrize("text, start", [
    ("The opposition called a 48-hour general strike from Wednesday to protest the arrests.", "2024-03-13"),
    ("Police detained the editor from Monday until Wednesday.", "2024-03-04"),  # done, not set
])
def test_a_planned_act_set_from_a_weekday_starts_on_the_coming_one(noclean_pipeline, text, start):
    [row] = rows(noclean_pipeline, text)
    assert row.date is not None and row.date.start == start


@pytest.mark.parametrize("text, start", [
    ("Bandits carried out one of the attacks on a police station in Katsina on Tuesday, police said.",
     "2024-03-05"),  # one act of several, dated: still a row
    ("The union said on Monday it had called a strike from Wednesday.", "2024-03-06"),  # from the telling
])
def test_one_of_several_acts_and_a_start_told_on_a_named_day(noclean_pipeline, text, start):
    [row] = rows(noclean_pipeline, text)
    assert row.date is not None and row.date.start == start


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a bus station in Maroua on Wednesday, killing six people, officials "
    "said. On Thursday, the militant group said in a statement that one of its members had carried out the "
    "attack on the station.",
    # the bomber's own "herself" is no target another telling could disagree with
    "A suicide bomber blew herself up at a crowded market in Konduga on Thursday, killing five people, officials "
    "said. On Friday, the militant group said in a statement that one of its fighters had carried out the "
    "attack on \"a gathering of unbelievers\" in Konduga.",
])
def test_a_group_saying_its_member_carried_out_the_attack_names_the_unnamed_bomber(noclean_pipeline, text):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert "attack" in {m.trigger.text for m in row.mentions}


def test_an_attack_carried_out_by_another_named_side_stays_its_own(noclean_pipeline):
    text = ("Gunmen killed four farmers near Jos on Wednesday. On Thursday, the army said its soldiers had "
            "carried out an attack on a rebel camp in the hills.")
    events = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert [e.trigger.text for e in events] == ["killed", "attack"]


def test_an_attack_said_to_have_been_carried_out_is_dated_by_the_telling(noclean_pipeline):
    [row] = rows(noclean_pipeline, "On Friday, the group said in a statement that its fighters had carried out the "
                                   "attack on the barracks in Gao.")
    assert row.date is not None and (row.date.precision, row.date.end) == ("range", "2024-03-08")


@pytest.mark.parametrize("text, words", [
    ("Government warplanes bombed a village in South Kordofan on Tuesday, killing 12 people. The raid hit "
     "Tabanya, a farming village, around noon, residents said.", {"bombed", "raid"}),
    ("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing 20 people. The explosion that "
     "followed destroyed the roof.", {"opened fire", "explosion"}),
])
def test_a_raid_or_an_explosion_as_subject_names_back_the_attack(noclean_pipeline, text, words):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert {m.trigger.text for m in row.mentions} >= words


@pytest.mark.parametrize("text", [
    "Warplanes bombed a market in Idlib on Tuesday, killing nine people. The blast at a bakery in Aleppo on "
    "Wednesday killed two more.",  # a day of its own
    "Gunmen ambushed a bus in Zamfara on Monday, killing nine passengers. Two of the gunmen were later killed "
    "by soldiers.",  # the doers hit back
])
def test_a_blast_on_another_day_and_the_doers_killed_stay_apart(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_a_toll_after_the_strike_s_details_is_the_strike_s(noclean_pipeline):
    """Some of the vehicles named back ("one of the trucks") are part of the convoy struck, and the
    toll a sentence later counts from the strike's last telling."""
    [row] = of_type(rows(noclean_pipeline, (
        "A drone strike hit a convoy of trucks in Paktika province on Sunday, killing at least five people, "
        "officials said. The strike hit two pickup trucks on a dirt road outside the village of Urgun. One of the "
        "trucks was destroyed. Officials said five militants were killed.")), "ASSAULT")
    assert {m.trigger.text for m in row.mentions} >= {"destroyed", "killed"}


def test_a_district_named_with_a_modifier_between_is_the_place(noclean_pipeline):
    [row] = rows(noclean_pipeline, "A bomb exploded at a market in Pakistan's Bajaur tribal district on Sunday, "
                                   "killing four people, police said.")
    assert row.location is not None and row.location.span.text == "Bajaur"


@pytest.mark.parametrize("text, actor, place", [
    ("Police arrested three suspects in connection with the Nairobi attack on Thursday.", None, "Nairobi"),
    ("The Damascus assault on Idlib killed 40 people on Tuesday.", "Damascus", "Idlib"),  # aimed elsewhere
])
def test_a_capital_naming_an_attack_is_where_unless_it_is_aimed_elsewhere(noclean_pipeline, text, actor, place):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert (row.actor and row.actor.span.text) == actor
    assert row.location is not None and row.location.span.text == place


def test_an_attack_named_for_an_arrest_late_on_a_day_is_the_attack_told(noclean_pipeline):
    """ "late on Wednesday" is the arrest's day, whatever the parser hangs it on."""
    events = of_type(rows(noclean_pipeline, (
        "A gunman opened fire at a hotel in Mogadishu on Tuesday, killing three guards. Security forces arrested "
        "two suspects in connection with the attack late on Wednesday, police said. In October 2022, twin car "
        "bombs at the education ministry killed 121 people.")), "ASSAULT")
    assert [e.trigger.text for e in events] == ["opened fire", "killed"]
    assert "attack" in {m.trigger.text for m in events[0].mentions}


def test_where_people_came_from_is_not_where_an_act_around_them_was(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "Warplanes bombed a camp for displaced people in Darfur on Monday, killing nine. The bombing hit the "
        "poorest part of the camp, where families from Nyala had been living in tents, witnesses said.")), "ASSAULT")
    assert row.location is not None and row.location.span.text == "Darfur"
    # "Their abduction recalled the 2014 abduction": two acts; the one of 2014 took them from Chibok
    [row] = [e for e in of_type(rows(noclean_pipeline, "Their abduction recalled the 2014 abduction of 276 "
                                                       "schoolgirls from Chibok in Borno State."), "ASSAULT")
             if e.date is not None and e.date.start == "2014-01-01"]
    assert row.location is not None and row.location.span.text == "Chibok"


@pytest.mark.parametrize("text, place", [
    ("Government warplanes bombed a market in Sudan on Monday, killing nine people. The raid hit a farming "
     "village in North Darfur province around noon, residents said.", "North Darfur"),
    ("Militants attacked an army post in Nigeria on Monday, killing six soldiers. The attack took place in a "
     "remote part of Borno State near the border with Niger.", "Borno State"),
])
def test_a_province_told_later_narrows_the_country_of_the_lead(noclean_pipeline, text, place):
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert row.location is not None and row.location.span.text == place


def test_a_toll_counts_from_the_strike_s_latest_telling(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "A drone strike hit a car carrying militants in Pakistan's Kurram district on Thursday, officials said. "
        "The missiles struck near the village of Sadda around midnight. The car was destroyed. Sadda lies 30 "
        "kilometers from the border. Officials said four militants were killed.")), "ASSAULT")
    assert "killed" in {m.trigger.text for m in row.mentions}


def test_air_raids_named_back_are_the_bombing_not_the_suicide_bombing_told_with_them(noclean_pipeline):
    """ "the Pakistani Taliban" in a phrase after "hideouts" is not the jets' own name, so the
    "Pakistani air raids" are not the target's; "the strikes" they tell are no stoppage."""
    events = rows(noclean_pipeline, (
        "Pakistani jets bombed hideouts of the Pakistani Taliban in Afghanistan's Khost province on Monday, "
        "killing eight people, Afghan officials said. Pakistan's foreign ministry did not comment on the strikes. "
        "The Pakistani air raids came two days after a suicide bombing on an army post in North Waziristan killed "
        "seven soldiers."))
    assert not of_type(events, "PROTEST")
    bombed, bombing = of_type(events, "ASSAULT")
    assert {"strikes", "raids"} <= {m.trigger.text for m in bombed.mentions}
    assert bombing.actor is None and "raids" not in {m.trigger.text for m in bombing.mentions}


def test_an_act_named_by_a_town_where_an_attack_was_told_is_not_the_latest_unplaced_one(noclean_pipeline):
    """The second "Mayadin" is tagged a person and not placed by the geocoder; the report placed
    the name as a town before, and a name is one place throughout a report."""
    events = of_type(rows(noclean_pipeline, (
        "U.S. warplanes struck a weapons depot near al-Qaim in western Iraq on Thursday. Hours later, American "
        "drones hit a command post near Mayadin in eastern Syria. Washington blames the militia for a drone "
        "attack on Tuesday that wounded four U.S. soldiers at the Ain al-Asad air base. The Mayadin raid "
        "targeted the Nujaba movement, a U.S. official said.")), "ASSAULT")
    [wounded] = [e for e in events if e.trigger.text == "wounded"]
    assert "raid" not in {m.trigger.text for m in wounded.mentions}
    [raid] = [e for e in events if "raid" in {m.trigger.text for m in e.mentions}]
    assert raid.location is not None and raid.location.span.text == "Mayadin"


def test_a_group_saying_its_fighters_did_the_act_names_the_unnamed_gunmen(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, (
        "Gunmen ambushed an army convoy near Tillaberi on Tuesday, killing 12 soldiers, officials said. On "
        "Wednesday, the Islamic State in the Sahel said in a statement that its fighters had attacked the convoy "
        "and seized weapons.")), "ASSAULT")
    assert "attacked" in {m.trigger.text for m in row.mentions}


def test_an_army_saying_its_soldiers_attacked_elsewhere_tells_another_act(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, (
        "Gunmen ambushed an army convoy near Tillaberi on Tuesday, killing 12 soldiers, officials said. On "
        "Wednesday, the army said its soldiers had attacked a militant camp near Menaka, killing 20 fighters.")),
        "ASSAULT")
    assert [e.trigger.text for e in events] == ["ambushed", "attacked"]


@pytest.mark.parametrize("text", [
    "Israeli jets struck a house in Rafah on Monday, killing five people, health officials said. The Israeli "
    "military said its aircraft had struck a Hamas command centre in Khan Younis on Monday.",  # two towns
    "Russian troops shelled Kherson on Monday, killing four civilians. Ukraine's military said the army had "
    "struck a Russian depot near Melitopol on Monday.",  # the other side
])
def test_a_side_s_account_of_another_strike_stays_its_own(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30 worshippers. The Pakistani "
    "Taliban said its fighters had attacked a police checkpoint in Bannu.",  # a new target: another act
    "A suicide bomber blew herself up at a market in Konduga on Saturday, killing nine people. A suicide bomber "
    "also blew himself up near a checkpoint in Maiduguri, killing two soldiers, police said.",  # two bombers
])
def test_a_claim_of_another_target_and_two_bombers_stay_two_attacks(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_workers_strikes_told_after_a_bombing_are_a_stoppage_of_work(noclean_pipeline):
    events = rows(noclean_pipeline, (
        "Turkish drones bombed Kurdish militia positions near Qamishli on Monday. Oil workers in Qamishli have "
        "been on strike since February, and union leaders said the strikes would spread."))
    [bombing] = of_type(events, "ASSAULT")
    assert "strikes" not in {m.trigger.text for m in bombing.mentions}


def test_a_capital_s_act_in_another_place_is_the_government_s(noclean_pipeline):
    [row] = [e for e in rows(noclean_pipeline, "The Beijing crackdown in Xinjiang intensified on Monday as police "
                                               "detained dozens of Uyghur men in Kashgar, activists said.")
             if e.trigger.text == "crackdown"]
    assert row.actor is not None and row.actor.span.text == "Beijing"


@pytest.mark.parametrize("text", [
    "An Israeli airstrike hit an aid convoy in Deir al-Balah on Monday. Seven aid workers were killed in the "
    "strike.",
    "A Russian missile strike hit a grain terminal in Odesa on Tuesday. Two students were among the dead in the "
    "strike.",
])
def test_workers_among_a_strike_s_victims_make_no_stoppage(noclean_pipeline, text):
    events = rows(noclean_pipeline, text)
    assert not of_type(events, "PROTEST") and len(of_type(events, "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    "A drone strike hit a car near Kismayo on Sunday. The driver and two passengers were killed in the strike, "
    "officials said.",
    "An Israeli airstrike hit an aid convoy in Deir al-Balah on Monday. Seven aid workers were killed in the "
    "strike.",
])
def test_people_killed_in_the_strike_are_the_strike_s_toll(noclean_pipeline, text):
    """Killed in a strike: an attack, and "the strike" names back the airstrike it ends."""
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert "killed" in {m.trigger.text for m in row.mentions}


@pytest.mark.parametrize("text", [
    "Police raided a hideout in Kano on Monday and killed three suspected kidnappers, a spokesman said.",
    "Troops launched a raid on a militant camp near Gao on Saturday and killed 20 fighters, the army said.",
])
def test_a_killing_joined_to_a_raid_is_the_raid_s(noclean_pipeline, text):
    """ "Raided a hideout and killed three": the killing told by a joined verb with no subject
    of its own is done in the raid, as "raided a hideout, killing three" is."""
    [row] = rows(noclean_pipeline, text)
    assert {"killed"} < {m.trigger.text for m in row.mentions}


def test_an_arrest_the_parser_joins_to_a_stabbing_stays_apart(noclean_pipeline):
    events = rows(noclean_pipeline, "An individual has been arrested after Pawel Adamowicz, mayor of the city of "
                                    "Gdansk, was stabbed last night whilst on stage at a fundraising event.")
    assert len(of_type(events, "COERCE")) == 1 and len(of_type(events, "ASSAULT")) == 1


def test_the_raid_names_back_an_airstrike_read_as_an_attack(noclean_pipeline):
    """ "The raid", read alone as a police raid, names back the strike told before it."""
    row = one(noclean_pipeline, "Israeli aircraft struck a house in Rafah overnight, killing six members of one "
                                "family, medics said. The raid also wounded four neighbours.", "ASSAULT")
    assert {"raid", "wounded"} <= {m.trigger.text for m in row.mentions}
    assert not of_type(rows(noclean_pipeline, "Israeli aircraft struck a house in Rafah overnight, killing six "
                                              "members of one family. The raid also wounded four neighbours."),
                       "COERCE")


def test_the_raid_names_back_a_raid_before_a_later_attack(noclean_pipeline):
    """A raid told before the attack is what "the raid" names back, not the attack told last."""
    events = rows(noclean_pipeline, "Police raided a house in the Nairobi suburb of Eastleigh on Monday and arrested "
                                    "five suspects. Separately, militants attacked a police post in Mandera on "
                                    "Monday, killing two officers. The raid was part of a crackdown on smuggling, "
                                    "police said.")
    [raid] = of_type(events, "COERCE")
    assert "raid" in {m.trigger.text for m in raid.mentions}
    [attack] = of_type(events, "ASSAULT")
    assert "raid" not in {m.trigger.text for m in attack.mentions}


def test_a_state_s_own_account_of_the_day_s_strike_is_that_strike(noclean_pipeline):
    """The doer's version names the target its own way; the row keeps the other's."""
    row = one(noclean_pipeline, "Two Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, "
                                "killing at least 16 people, officials said. Russia's Defense Ministry said its "
                                "forces had struck a temporary deployment point of Ukrainian formations in Kharkiv "
                                "on Saturday.", "ASSAULT")
    assert [m.trigger.text for m in row.mentions].count("struck") == 2
    assert "deployment" not in row.target.span.text


@pytest.mark.parametrize("text", [
    # another town: two strikes of one day
    "Israeli aircraft struck a house in Rafah on Monday, killing six people. Israel's military said its jets "
    "struck a command centre in Khan Younis on Monday.",
    # the victims' side tells of another strike
    "Russian drones hit an apartment building in Kharkiv on Monday, killing three people. Ukraine's air force "
    "said on Monday that Russian drones had struck an energy facility in Kharkiv.",
    # "also": one more strike
    "Russian missiles struck a school in Kharkiv on Monday, killing two. Russia's Defense Ministry said its "
    "forces had also struck a fuel depot in Kharkiv on Monday.",
])
def test_a_strike_told_by_another_or_elsewhere_stays_its_own(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


MANSILA = ("Gunmen stormed a military post in Mansila in northern Burkina Faso on Tuesday, killing 12 soldiers. "
           "Separately, militants ambushed a convoy near Dori in Seno province on Wednesday. "
           "The Mansila attack recalled the June 2022 massacre in Seytenga, also in Seno province, where gunmen "
           "killed at least 86 civilians in a single night.")


def test_an_act_set_beside_another_is_not_it(noclean_pipeline):
    """ "The Mansila attack recalled the 2022 massacre": subject and object of one verb are two
    acts; the massacre keeps its date and place, the attack names back the storming."""
    events = rows(noclean_pipeline, MANSILA)
    [massacre] = [e for e in events if "massacre" in {m.trigger.text for m in e.mentions}]
    assert "attack" not in {m.trigger.text for m in massacre.mentions}
    assert massacre.date is not None and massacre.date.start == "2022-06-01"
    [stormed] = [e for e in events if "stormed" in {m.trigger.text for m in e.mentions}]
    assert "attack" in {m.trigger.text for m in stormed.mentions}


def test_a_closing_participle_past_a_party_s_description_is_the_act_s(noclean_pipeline):
    text = ("Separately, gunmen on Wednesday ambushed a convoy of supply trucks escorted by a civilian militia "
            "that fights alongside the army, near Dori in Seno province, killing at least six militiamen.")
    [row] = of_type(rows(noclean_pipeline, text), "ASSAULT")
    assert "killing" in {m.trigger.text for m in row.mentions}


def test_a_weapon_that_slammed_into_a_place_struck_it(noclean_pipeline):
    """ "Slammed" is criticism from a speaker, a strike from a missile or a drone."""
    [row] = rows(noclean_pipeline, "A Russian drone slammed into an apartment block in Odesa on Monday, killing "
                                   "two people.")
    assert row.plover == "ASSAULT" and "slammed" in {m.trigger.text for m in row.mentions}
    [row] = rows(noclean_pipeline, "The opposition leader slammed the government over the budget on Monday.")
    assert row.plover == "ACCUSE"


def test_the_town_that_names_what_was_raided_is_where(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, "Israeli troops raided the Jenin refugee camp in the occupied West Bank "
                                           "on Tuesday, killing three Palestinians."), "ASSAULT")
    assert row.location is not None and row.location.span.text == "Jenin"


def test_an_act_noun_names_back_the_act_told_with_its_word(noclean_pipeline):
    """ "The strike" is the bombs' strike, not the offensive told after it in the lead; the
    missile "hours later" is another strike."""
    events = rows(noclean_pipeline, (
        "Two Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing at least 16 "
        "people, officials said, as Moscow pressed its offensive in the northeast.\n\n"
        "The strike set off a huge fire at the store, the regional governor said.\n\n"
        "Hours later, a Russian missile slammed into a residential neighborhood in central Kharkiv, wounding 25 "
        "people."))
    [struck] = [e for e in events if e.trigger.text == "struck"]
    assert "strike" in {m.trigger.text for m in struck.mentions}
    assert not {"slammed", "wounding"} & {m.trigger.text for m in struck.mentions}


@pytest.mark.parametrize("named", ["The attack on the hotel", "The hotel attack"])
def test_an_act_named_back_by_what_it_struck_joins_the_act_that_struck_it(noclean_pipeline, named):
    """ "The attack on the hotel" names back the storming of the hotel, not the forces'
    killing of the attackers told after it."""
    found = rows(noclean_pipeline, "Gunmen stormed a hotel in Mogadishu late on Thursday, setting off a siege "
                                   "that lasted until security forces killed the last of the attackers on "
                                   f"Friday morning, police said. {named} began when a bomber blew up a car at "
                                   "the gate.", published="2023-09-23")
    [stormed] = [e for e in found if e.trigger.text == "stormed"]
    assert "attack" in [m.trigger.text for m in stormed.mentions]


def test_an_act_named_back_by_another_target_stays_with_the_latest(noclean_pipeline):
    """What the act noun struck is no hotel the story told: the usual latest act takes it."""
    found = rows(noclean_pipeline, "Gunmen stormed a hotel in Mogadishu late on Thursday. Hours later, militants "
                                   "shelled an army base near Afgoye. The attack on the base killed four soldiers.",
                 published="2023-09-23")
    [shelled] = [e for e in found if e.trigger.text == "shelled"]
    assert "attack" in [m.trigger.text for m in shelled.mentions]


def test_a_claimed_attack_is_the_claimants_not_the_latest_killing(noclean_pipeline):
    """ "Al-Shabab claimed the assault": the claimant owns the act it names back, so it is
    the gunmen's storming, not the forces' killing of the gunmen told after it."""
    found = rows(noclean_pipeline, "Gunmen stormed a hotel in Mogadishu on Thursday, and security forces killed "
                                   "the last of the attackers on Friday morning. Al-Shabab claimed the assault "
                                   "in a statement on its radio station.", published="2023-09-23")
    [stormed] = [e for e in found if e.trigger.text == "stormed"]
    assert "assault" in [m.trigger.text for m in stormed.mentions]


@pytest.mark.parametrize("text", ["The rebels claimed victory in the north.", "The rebels claimed the town."])
def test_a_claim_to_no_act_owns_nothing(noclean_pipeline, text):
    doc = run_text(noclean_pipeline, text, published=PUBLISHED).doc
    assert not any(claimed(t) for t in doc)


@pytest.mark.parametrize("after", [
    "The assault was the deadliest in the capital since August 2022.",
    "It was the deadliest attack in the capital since August 2022, when gunmen besieged another hotel.",
])
def test_a_since_date_on_a_superlative_is_a_yardstick_not_the_acts_time(noclean_pipeline, after):
    """ "the deadliest since August 2022": the attack named back is Thursday's, not one of
    August 2022; the act of a "when" clause on that date is August's own."""
    found = rows(noclean_pipeline, f"Gunmen stormed a hotel in Mogadishu on Thursday, killing nine people. {after}",
                 published="2023-09-23")
    [stormed] = [e for e in found if e.trigger.text == "stormed"]
    assert len(stormed.mentions) == 3 and stormed.date.start == "2023-09-21"
    assert all(e.date is None or e.date.start.startswith("2022-08") for e in found if e is not stormed)


def test_a_since_date_on_a_verb_still_dates_the_span(noclean_pipeline):
    [row] = rows(noclean_pipeline, "Police have detained the editor since August 2022.", published="2023-09-23")
    assert row.date is not None and row.date.start.startswith("2022-08")


@pytest.mark.parametrize("text", [
    "About 200 fishermen rallied outside the embassy in Jakarta on Wednesday, demanding the crews' release.",
    "About 200 fishermen rallied outside the embassy in Jakarta on Wednesday, holding banners and demanding "
    "the crews' release.",
])
def test_a_demand_in_a_protests_series_of_participles_is_its_message(noclean_pipeline, text):
    """ "rallied, holding banners and demanding their release": the demand is what the rally
    is held for, however many participles it follows."""
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found] == ["PROTEST"]
    assert "demanding" in [m.trigger.text for m in found[0].mentions]


def test_a_demand_with_its_own_speaker_after_a_protest_is_another_act(noclean_pipeline):
    found = rows(noclean_pipeline, "About 200 fishermen rallied outside the embassy in Jakarta on Wednesday, "
                                   "and the union's leader later demanded the crews' release.")
    assert {e.plover for e in found} == {"PROTEST", "REQUEST"}


@pytest.mark.parametrize("text", [
    "Insurgents attacked a police post near Mopti on Sunday, killing six officers. Dozens of gunmen on "
    "motorcycles overran the post from three directions.",
    "Rebels attacked an army base outside Goma on Friday, killing nine soldiers. Hundreds of fighters "
    "stormed the base in two waves.",
])
def test_a_band_counted_in_dozens_that_tells_the_attack_on_is_its_doers(noclean_pipeline, text):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == 1


def test_a_band_s_act_told_as_later_is_another_attack(noclean_pipeline):
    text = ("Insurgents attacked a police post near Mopti on Sunday, killing six officers. Dozens of gunmen "
            "later blew up two bridges.")
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == 2


def test_a_count_of_the_dead_of_its_own_is_another_attack(noclean_pipeline):
    text = ("Insurgents attacked a police post near Mopti on Sunday, killing six officers. Dozens of gunmen "
            "killed 14 villagers in two hamlets.")
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == 2


@pytest.mark.parametrize(("text", "n"), [
    ("Gunmen attacked a police post near Mopti on Tuesday, killing six officers. The army said it had "
     "killed about 15 assailants.", 1),  # the act's doers, named back by what they did
    ("Gunmen attacked a police post near Mopti on Tuesday, killing six officers. The army said it had "
     "killed 15 militants near Gao.", 2),  # armed men of another place: another fight
])
def test_the_side_that_fought_back_killed_the_attack_s_doers(noclean_pipeline, text, n):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == n


@pytest.mark.parametrize("text", [
    "Houthi rebels attacked a cargo ship in the Red Sea on Monday. The Houthis claimed the attack, "
    "saying they had fired two missiles at the vessel.",
    "Gunmen attacked a hotel in Mogadishu on Friday. Al-Shabaab claimed responsibility for the attack, "
    "saying its fighters had killed 20 government officials.",
])
def test_the_act_a_claims_own_words_tell_is_the_act_claimed(noclean_pipeline, text):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert len(row.mentions) == 3


def test_an_act_a_claim_tells_with_a_day_and_place_of_its_own_stays_apart(noclean_pipeline):
    attacks = of_type(rows(noclean_pipeline, (
        "Gunmen attacked a hotel in Mogadishu on Friday. Al-Shabaab claimed the attack, saying its "
        "fighters had also abducted two aid workers in Baidoa on Thursday.")), "ASSAULT")
    assert {e.trigger.text for e in attacks} == {"attacked", "abducted"}


@pytest.mark.parametrize("text", [
    # the side's account gives no day of its own and names the province of the town
    "Russian missiles hit the city of Kharkiv on Monday, killing four people. Russia's defence "
    "ministry said its forces had struck Ukrainian military targets in the Kharkiv region.",
    # the act noun of the account's clause is the account's ("killed ... in the strike")
    "Israeli aircraft struck a building in Beirut on Tuesday. The Israeli military said it had "
    "killed a senior Hamas official in the strike.",
])
def test_a_sides_own_account_of_the_day_s_strike_is_that_strike(noclean_pipeline, text):
    one(noclean_pipeline, text, "ASSAULT")


def test_a_sides_account_of_another_town_or_a_later_telling_stays_apart(noclean_pipeline):
    attacks = of_type(rows(noclean_pipeline, (
        "Russian missiles hit the city of Kharkiv on Monday, killing four people. Russia's defence "
        "ministry said its forces had struck Ukrainian military targets in the Odesa region.")), "ASSAULT")
    assert len(attacks) == 2


@pytest.mark.parametrize("text", [
    "Hamas claimed the attack, saying Israeli forces had shelled its positions.",  # the other side's
    "An Israeli airstrike killed three people in Deir al-Balah on Monday. The Israeli military said it "
    "had killed a senior Hamas commander in a strike in Khan Younis.",  # a strike told anew elsewhere
])
def test_the_other_sides_act_or_a_strike_told_anew_stays_apart(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_a_claims_own_telling_gives_the_act_its_target(noclean_pipeline):
    row = one(noclean_pipeline, "The Houthis claimed the attack, saying they had fired missiles at the "
                                "MSC Orion.", "ASSAULT")
    assert row.target is not None and "Orion" in row.target.span.text


def test_a_claim_with_a_day_before_its_for_phrase_names_the_doer(noclean_pipeline):
    row = one(noclean_pipeline, "JNIM claimed responsibility on Wednesday for an attack on a gendarmerie post "
                                "in Niger's Tillaberi region.", "ASSAULT")
    assert row.actor is not None and row.actor.span.text == "JNIM"
    events = rows(noclean_pipeline, "The army denied responsibility on Monday for the attack on the market.")
    assert not [e for e in events if e.plover == "ASSAULT" and e.actor is not None
                and e.actor.span.text == "The army"]


@pytest.mark.parametrize("text, words", [
    ("Turkish Foreign Minister Hakan Fidan met his Greek counterpart Giorgos Gerapetritis in Athens on "
     "Thursday. The two ministers discussed migration and maritime borders.", {"met", "discussed"}),
    ("Israeli and Hamas negotiators held talks in Doha on Thursday. The two sides discussed a hostage exchange.",
     {"talks", "discussed"}),
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Thursday. "
     "Both leaders discussed trade barriers.", {"met", "discussed"}),
    # a visit to a country and the meeting held there
    ("Indian Prime Minister Narendra Modi visited Bhutan on Thursday. Modi met King Jigme Khesar Namgyel "
     "Wangchuck in Thimphu.", {"visited", "met"}),
])
def test_a_meeting_told_again_by_its_pair_or_its_host_is_one_row(noclean_pipeline, text, words):
    row = one(noclean_pipeline, text, "CONSULT")
    assert {m.trigger.text for m in row.mentions} >= words
    assert row.actor is not None and not row.actor.span.text.lower().startswith(("the two", "both"))


@pytest.mark.parametrize("text", [
    # another day, another country, or a pair counted bare: other meetings
    "Turkish Foreign Minister Hakan Fidan met his Greek counterpart Giorgos Gerapetritis in Athens on "
    "Monday. The two ministers held talks again in Ankara on Thursday.",
    "Indian Prime Minister Narendra Modi visited Bhutan on Thursday. Modi met Chinese President Xi Jinping "
    "in Beijing on Friday.",
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Thursday. "
    "Two ministers from Uganda discussed the pipeline with Chinese investors in Kampala.",
    # another act of the pair, told with "also"
    "India and China held talks on patrolling arrangements on Thursday. Both sides also discussed resuming "
    "direct flights in Beijing on Friday.",
])
def test_a_pair_or_a_host_elsewhere_tells_another_meeting(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "CONSULT")) == 2


@pytest.mark.parametrize("text", [
    # one toll told by each side in its own words
    "Israeli forces raided a refugee camp near Tulkarm on Thursday, killing four Palestinians, the health "
    "ministry said. The Israeli military said troops killed four militants during an exchange of fire in the camp.",
])
def test_a_toll_told_by_each_side_is_one_attack(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    # doers named apart, another toll, or another town: two attacks
    "Israeli forces killed four Palestinians in Jenin on Thursday. Hamas said its fighters killed four Israeli "
    "soldiers in Jenin.",
    "Israeli forces raided a refugee camp near Tulkarm on Thursday, killing four Palestinians. The military said "
    "troops killed two militants in the camp.",
    "Gunmen killed nine villagers in Plateau state on Thursday. Police said gunmen killed nine traders in Kano "
    "state.",
    "Bandits killed 12 villagers in Tsafe on Thursday, police said. Gunmen killed 12 worshippers at a mosque in "
    "Gusau, residents said.",
])
def test_tolls_of_other_doers_or_places_are_other_attacks(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


@pytest.mark.parametrize("text", [
    "Protesters marched in Yerevan on Thursday. The protests were led by Archbishop Bagrat Galstanyan.",
    "Hundreds of students marched in Dhaka on Thursday. The demonstration was organised by the student union.",
])
def test_a_protest_named_back_with_who_led_it_is_the_protest(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "PROTEST")) == 1


def test_another_crowd_s_protest_elsewhere_is_another_protest(noclean_pipeline):
    text = "Teachers rallied in Nairobi on Wednesday. Nurses held a separate protest in Mombasa on Thursday."
    assert len(of_type(rows(noclean_pipeline, text), "PROTEST")) == 2


@pytest.mark.parametrize("text, plover", [
    ("Police in Kabul detained journalist Ahmad Wardak on Tuesday. Wardak's arrest sparked protests in Herat on "
     "Thursday.", "COERCE"),
    ("Gunmen killed a councillor in Mosul on Tuesday. The killing sparked protests in Baghdad on Thursday.",
     "ASSAULT"),
    ("Gunmen killed a councillor in Mosul on Tuesday. The killing drew condemnation from the UN on Wednesday.",
     "ASSAULT"),
])
def test_an_act_that_set_off_another_is_told_on_its_own_day(noclean_pipeline, text, plover):
    [row] = of_type(rows(noclean_pipeline, text), plover)
    assert row.date is not None and row.date.start == "2024-03-05"


def test_an_act_that_did_the_deed_keeps_the_sentence_s_day(noclean_pipeline):
    [row] = of_type(rows(noclean_pipeline, "The attack killed 12 soldiers near Gao on Wednesday."), "ASSAULT")
    assert row.date is not None and row.date.start == "2024-03-06"


def test_a_siege_of_a_hotel_is_the_attack_on_it(noclean_pipeline):
    text = ("Gunmen stormed a hotel in Beledweyne on Tuesday, killing five people. Security forces said on Wednesday "
            "they had killed all six attackers. The hotel siege ended early Wednesday.")
    assert of_type(rows(noclean_pipeline, text), "COERCE") == []
    # guards: a town besieged is a blockade; a building students hold, no attack
    [row] = of_type(rows(noclean_pipeline, "The siege of El Fasher by the RSF has lasted more than a year."), "COERCE")
    assert row.trigger.text == "siege"
    assert of_type(rows(noclean_pipeline, "Students ended their week-long siege of the university's administration "
                                          "building on Monday."), "ASSAULT") == []


def test_one_of_the_dead_named_by_the_act_named_back_is_the_same_attack(noclean_pipeline):
    text = ("Airstrikes by the Somali army in the Middle Shabelle region killed at least 50 al-Shabab militants on "
            "Wednesday, the agency said. The agency said the airstrikes targeted the Damasha area and killed Mansoor "
            "Tima-Weeyne, a senior al-Shabab leader.")
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 1


def test_a_named_victim_of_an_act_not_named_back_is_another_attack(noclean_pipeline):
    text = ("Gunmen killed 12 villagers in Zamfara state on Wednesday. Troops killed bandit leader Ado Aleru in a "
            "raid in Katsina state on Thursday.")
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_a_statement_quoted_in_its_speaker_s_we_is_the_statement(noclean_pipeline):
    text = ("Pakistani officials accused India of backing the militants on Wednesday. India rejected the accusation "
            "on Thursday. \"We strongly reject the baseless allegations made by Pakistan,\" Indian foreign ministry "
            "spokesperson Randhir Jaiswal said.")
    [row] = of_type(rows(noclean_pipeline, text), "REJECT")
    assert row.actor is not None and row.actor.span.text == "India"
    # guard: another state's spokesman saying "we" speaks for that state
    text = ("Russia rejected the accusation on Thursday. \"We strongly reject these claims,\" Ukrainian foreign "
            "ministry spokesman Heorhii Tykhyi said.")
    assert len(of_type(rows(noclean_pipeline, text), "REJECT")) == 2


@pytest.mark.parametrize("text, plover", [
    ("Police arrested 30 protesters in Lagos on Tuesday. Officers detained the 30 protesters outside the governor's "
     "office.", "COERCE"),
    ("A court in Hong Kong on Thursday convicted 14 activists of subversion. The three judges found the activists "
     "guilty of conspiracy.", "ACCUSE"),
])
def test_one_arm_of_the_state_named_two_ways_is_one_act(noclean_pipeline, text, plover):
    assert len(of_type(rows(noclean_pipeline, text), plover)) == 1


def test_other_people_detained_elsewhere_are_another_arrest(noclean_pipeline):
    text = "Police arrested 30 protesters in Lagos on Tuesday. Officers detained 30 traders in Ibadan on Wednesday."
    assert len(of_type(rows(noclean_pipeline, text), "COERCE")) == 2


def test_a_visit_for_talks_is_one_visit(noclean_pipeline):
    text = ("Turkish President Recep Tayyip Erdogan visited Baghdad on Thursday for talks with Iraqi Prime Minister "
            "Mohammed Shia al-Sudani.")
    assert len(of_type(rows(noclean_pipeline, text), "CONSULT")) == 1


@pytest.mark.parametrize("text, rows_told", [
    ("A Houthi missile killed four civilians in Marib on Wednesday, officials said. The missile struck a residential "
     "neighbourhood near a camp for displaced people.", 1),
    ("A Turkish drone killed two SDF fighters near Qamishli on Wednesday. The drone hit a vehicle on the road to "
     "Amuda.", 1),
    # guard: a weapon not named back, on another day, is another attack
    ("A Houthi missile killed four civilians in Marib on Wednesday. On Thursday, a missile struck a school in "
     "Taiz.", 2),
])
def test_the_weapon_named_back_tells_the_attack_on(noclean_pipeline, text, rows_told):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == rows_told


def test_the_strike_named_back_after_a_drone_s_killing_is_that_attack(noclean_pipeline):
    """ "A U.S. drone killed": an act by a thing flown, which "the strike" names back (with the
    day and town it gives), not a stoppage of work."""
    events = rows(noclean_pipeline, (
        "A U.S. drone killed two al-Shabab commanders in southern Somalia, the U.S. Africa Command said on "
        "Thursday. The strike took place on Tuesday near the town of Jilib, it said."))
    assert not of_type(events, "PROTEST")
    [row] = of_type(events, "ASSAULT")
    assert "strike" in {m.trigger.text for m in row.mentions}


@pytest.mark.parametrize("text", [
    "Kharkiv was also hit on Sunday, when a missile struck a residential building, wounding 11 people.",
    "The village was shelled on Monday when artillery rounds struck the market, killing four people.",
])
def test_a_when_clause_that_tells_how_an_act_was_done_is_that_act(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 1


@pytest.mark.parametrize("text, plover", [
    ("Mali expelled the French ambassador on Tuesday. The foreign ministry ordered the ambassador to leave the "
     "country within 72 hours.", "SANCTION"),
    ("The African Union on Wednesday suspended Gabon after the military seized power. The AU's Peace and Security "
     "Council suspended Gabon \"with immediate effect.\"", "SANCTION"),
])
def test_a_state_or_a_body_and_its_organ_acting_on_one_target_are_one_act(noclean_pipeline, text, plover):
    assert len(of_type(rows(noclean_pipeline, text), plover)) == 1


@pytest.mark.parametrize("text", [
    # the organ of another state, named by its nation's word
    "Russia expelled two British diplomats on Tuesday. The British foreign ministry expelled two Russian "
    "diplomats on Thursday.",
    "Mali expelled the French ambassador on Tuesday. The government of Niger expelled the French ambassador "
    "on Friday.",
])
def test_another_state_s_organ_is_another_doer(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "SANCTION")) == 2


@pytest.mark.parametrize("text", [
    "A market in El Fasher was shelled on Monday, when RSF fighters clashed with the army near the airport.",
    "A school in Gaza City was hit on Monday, when Israeli forces also stormed a hospital in Khan Younis.",
])
def test_a_when_clause_that_tells_what_else_happened_is_another_act(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_an_act_named_back_with_its_person_described_is_that_act(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "Police arrested opposition leader Amos Ndlovu in Harare on Tuesday. The "
                                            "arrest of the veteran politician drew criticism from rights groups."),
                     "COERCE")
    assert len(events) == 1


def test_the_other_one_named_back_is_another_person(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "Police arrested opposition leader Amos Ndlovu in Harare on Tuesday. The "
                                            "arrest of the other politician, a former mayor, drew criticism."),
                     "COERCE")
    assert len(events) == 2


def test_a_quote_in_a_ministry_s_we_is_the_state_s_statement_told_before(noclean_pipeline):
    text = ("Singapore urged restraint on Wednesday. \"We call on both sides to resolve the matter calmly,\" the "
            "Singaporean Foreign Ministry said.")
    events = of_type(rows(noclean_pipeline, text), "REQUEST")
    assert len(events) == 1


def test_a_resignation_accepted_is_the_resignation(noclean_pipeline):
    events = rows(noclean_pipeline, "Malawi's energy minister, Gift Kamwendo, resigned on Wednesday. President Joseph "
                                    "Banda accepted the resignation the same evening.")
    assert [e.plover for e in events] == ["RETREAT"]


def test_an_act_a_week_before_the_one_named_back_is_another_act(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "The RSF shelled the Abu Shouk camp on Tuesday, killing 12 people. The "
                                            "shelling came a week after the RSF attacked Zamzam camp."), "ASSAULT")
    assert len(events) == 2


def test_the_place_of_an_act_a_day_before_is_not_the_act_named_back(noclean_pipeline):
    record = run_text(noclean_pipeline, "Police arrested 40 protesters in Algiers on Friday. The arrests came a day "
                                        "after demonstrations in Oran.", published=PUBLISHED)
    [arrests] = [e for e in record.events if e.plover == "COERCE"]
    assert arrests.location is not None and record.place_by_id(arrests.location.place).name == "Algiers"
    assert "arrests" in {m.trigger.text for m in arrests.mentions}


def test_the_act_an_arrest_came_minutes_after_may_be_the_act_told_before(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "A gunman opened fire at a mosque in Christchurch on Friday, killing 50 "
                                            "people. Police arrested the man 36 minutes after the mass shooting."),
                     "ASSAULT")
    assert len(events) == 1 and "shooting" in {m.trigger.text for m in events[0].mentions}



def test_another_state_s_act_after_an_organ_s_is_its_own(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "Mali's government expelled the French ambassador on Monday. The foreign "
                                            "ministry ordered the ambassador to leave within 72 hours. France "
                                            "recalled its ambassador in protest at the decision."), "SANCTION")
    assert len(events) == 2


def test_an_act_also_done_in_another_town_is_another_act(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "Israeli air strikes killed 12 people in Rafah on Tuesday. An Israeli "
                                            "strike also killed five people in Khan Younis on Tuesday."), "ASSAULT")
    assert len(events) == 2


def test_the_strike_told_as_mediators_met_is_the_air_strike(noclean_pipeline):
    events = rows(noclean_pipeline, "An Israeli air strike killed 33 people in Nuseirat on Thursday. The strike came "
                                    "as mediators met in Doha.")
    assert not of_type(events, "PROTEST") and len(of_type(events, "ASSAULT")) == 1



def test_the_strike_named_back_also_hitting_more_is_the_strike(noclean_pipeline):
    events = of_type(rows(noclean_pipeline, "An Israeli strike killed five people in Rafah on Monday. The strike also "
                                            "wounded 10 people in Gaza."), "ASSAULT")
    assert len(events) == 1


@pytest.mark.parametrize("said", [
    "On Sunday, the health ministry said 20 people had been killed and 45 wounded.",
    "The health ministry said on Sunday that 20 people had been killed and 45 wounded.",
])
def test_a_toll_told_on_a_later_day_is_the_attacks(noclean_pipeline, said):
    """Every act a telling's words hold ("said 20 had been killed and 45 wounded") was done by
    the day it was told, not on it: the toll joins the bombing of the day before."""
    text = "A car bomb exploded at a market in Mosul on Saturday, killing 12 people, police said. " + said
    [row] = rows(noclean_pipeline, text, published="2024-11-04")
    assert row.date is not None and row.date.start == "2024-11-02"


def test_a_claim_in_a_dated_video_does_not_date_the_act(noclean_pipeline):
    text = ("In a video released on Tuesday, JNIM said that it had carried out the assault on an army "
            "post in Barsalogho.")
    [row] = rows(noclean_pipeline, text, published="2024-08-28")
    assert row.date is not None and row.date.start < row.date.end == "2024-08-27"


def test_the_wounded_who_died_later_are_people_and_the_claim_is_the_bombings(noclean_pipeline):
    """ "after several of the wounded died": a participle with an article names people, no act;
    the toll's later day does not carry a second bombing to the claim told after it."""
    text = ("A suicide bomber blew himself up at a crowded railway station in Quetta on Saturday, killing at "
            "least 26 people, police said. The death toll rose to 32 on Sunday after several of the wounded "
            "died in hospital, a provincial spokesman said. The Baloch Liberation Army claimed responsibility "
            "for the bombing, saying in a statement that it targeted army personnel.")
    [row] = rows(noclean_pipeline, text, published="2024-11-08")
    assert row.date is not None and row.date.start == "2024-11-02"
    assert not any(m.trigger.text == "wounded" for m in row.mentions)


def test_a_victims_own_words_for_whom_the_attack_hit_tell_the_attack_again(noclean_pipeline):
    text = ("PORT-AU-PRINCE, Haiti (AP) — Members of the Gran Grif gang stormed the town of Pont-Sondé in "
            "central Haiti early Thursday, shooting residents and setting homes on fire, officials said. "
            "\"They killed my husband and my two sons in front of me,\" said a woman who walked to Saint-Marc.")
    [row] = of_type(rows(noclean_pipeline, text, published="2024-10-04"), "ASSAULT")
    assert any("my husband" in m.sentence.text for m in row.mentions)


def test_a_separate_attack_told_by_a_witness_stays_apart(noclean_pipeline):
    text = ("Gunmen killed 12 soldiers at an army post in Kidal on Wednesday. In a separate attack, gunmen "
            "killed my brother and two other traders in Gao, a witness said.")
    assert len(of_type(rows(noclean_pipeline, text, published="2024-10-12"), "ASSAULT")) == 2


def test_a_victims_own_words_do_not_name_the_rows_target(noclean_pipeline):
    text = ("Gunmen stormed a village in Plateau state on Sunday night. \"They killed my husband and my two "
            "sons,\" said a woman in Bokkos.")
    [row] = of_type(rows(noclean_pipeline, text, published="2024-06-14"), "ASSAULT")
    assert row.target is not None and row.target.span.text == "a village"


def test_two_verbs_of_one_clause_told_with_one_day_are_one_act_that_day(noclean_pipeline):
    text = ("The Syrian Observatory said on Thursday that Turkish drones struck and destroyed a Kurdish checkpoint "
            "near Qamishli on Monday.")
    [row] = of_type(rows(noclean_pipeline, text, published="2024-06-14"), "ASSAULT")
    assert row.date is not None and row.date.start == row.date.end == "2024-06-10"
    assert row.trigger.text == "struck"


def test_a_band_s_members_in_the_report_s_country_tell_its_attack_on(noclean_pipeline):
    """The next sentence's "Gang members" are the gunmen told before, and the country an act told
    with no place is given is no place of its own."""
    text = ("CAP-HAITIEN, Haiti (AP) — Gunmen from the Village de Dieu gang attacked the town of Mirebalais in "
            "Haiti's Centre department overnight into Wednesday, killing at least 30 people, officials said. "
            "Gang members armed with rifles opened fire on residents and set fire to dozens of homes, "
            "according to a police statement.")
    [row] = of_type(rows(noclean_pipeline, text, published="2024-06-14"), "ASSAULT")
    assert {"attacked", "opened fire"} <= {m.trigger.text for m in row.mentions}


def test_a_second_band_s_attack_on_another_town_stays_apart(noclean_pipeline):
    text = ("Gunmen from the Village de Dieu gang attacked the town of Mirebalais in Haiti's Centre department "
            "on Wednesday, killing at least 30 people, officials said. On Thursday, members of a rival gang "
            "attacked Saint-Marc, killing six.")
    assert len(of_type(rows(noclean_pipeline, text, published="2024-06-14"), "ASSAULT")) == 2


def test_the_attack_called_the_deadliest_since_a_date_is_the_one_told_before(noclean_pipeline):
    """The "since" date on "was the deadliest" is the yardstick's, and the town the act noun is
    named by was told as a spot the gazetteer lacks, no party."""
    text = ("Jihadists ambushed an army convoy near the village of Tassia in western Niger on Monday, killing 20 "
            "soldiers, the army said. The Tassia attack was the deadliest on the army since July 2023, when "
            "militants killed 29 soldiers near Tabatol.")
    found = of_type(rows(noclean_pipeline, text, published="2024-06-14"), "ASSAULT")
    assert len(found) == 2
    [lead] = [e for e in found if e.date is not None and e.date.start == "2024-06-10"]
    assert "attack" in {m.trigger.text for m in lead.mentions}
    assert all(e.actor is None or e.actor.span.text != "Tassia" for e in found)


def test_a_firm_s_workers_and_the_firm_s_strike_are_one_walkout(noclean_pipeline):
    text = ("Workers at Samsung Electronics walked off the job in Hwaseong on Monday. The Samsung strike halted "
            "two chip lines.")
    assert len(of_type(rows(noclean_pipeline, text, published="2024-06-14"), "PROTEST")) == 1


def test_arrests_made_as_a_crowd_sat_in_stay_one_row(noclean_pipeline):
    text = ("Police arrested 20 people as opposition supporters staged a sit-in outside the electoral commission "
            "in Dakar on Monday.")
    assert len(rows(noclean_pipeline, text, published="2024-06-14")) == 1


def test_they_that_goes_on_the_sentence_before_s_subject_is_that_subject(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "Police arrested opposition leader Ousmane Sonko in Dakar on Monday. "
                                           "They also detained two of his aides on Tuesday.",
                         published="2024-06-14"), "COERCE")
    [aides] = [e for e in found if e.trigger.text == "detained"]
    assert aides.actor is not None and aides.actor.name == "Police"


def test_she_after_a_man_s_wife_is_not_the_man(noclean_pipeline):
    found = rows(noclean_pipeline, "Pakistani police detained the wife of jailed former Prime Minister Imran Khan on "
                                   "Tuesday. She was later released.", published="2024-06-14")
    assert not any(r is not None and r.name == "Imran Khan" for e in found for r in (e.actor, e.target)
                   if e.trigger.text == "released")


def test_a_state_named_by_its_capital_tells_its_act_again(noclean_pipeline):
    text = ("Russia expelled two Estonian diplomats on Tuesday. Moscow expelled the two diplomats over what it "
            "called hostile actions.")
    assert len(of_type(rows(noclean_pipeline, text, published="2024-06-14"), "SANCTION")) == 1


def test_talks_hosted_by_someone_are_the_meeting_told(noclean_pipeline):
    [row] = rows(noclean_pipeline, "European leaders met in Brussels on Monday for talks hosted by European Council "
                                   "President Charles Michel.", published="2024-06-14")
    assert row.plover == "CONSULT" and row.actor.span.text == "European leaders"


@pytest.mark.parametrize("text", [
    "Moscow expelled two Estonian diplomats on Thursday. Russia also expelled a Latvian diplomat on Thursday.",
    "Tehran executed a protester on Monday. Iran also executed a man convicted of spying for Israel on Monday.",
])
def test_an_act_also_done_to_others_is_another_act(noclean_pipeline, text):
    kinds = [e.plover for e in rows(noclean_pipeline, text, published="2024-06-14") if e.trigger.text == "expelled"
             or e.trigger.text == "executed"]
    assert len(kinds) == 2


def test_they_after_an_act_on_a_crowd_names_no_one_of_them(noclean_pipeline):
    found = rows(noclean_pipeline, "Police arrested 40 protesters in Lagos on Monday. They accused the officers of "
                                   "beating them.", published="2024-06-14")
    assert not any(e.actor is not None and e.actor.name == "Police" for e in found if e.trigger.text == "accused")


def test_he_who_acts_after_a_man_s_lawyer_keeps_a_row(noclean_pipeline):
    """An active "he" after "Navalny's lawyer" keeps the name it had (the side's words, a row
    with a party); only whom an act was done to is left unnamed ("She was later released")."""
    found = rows(noclean_pipeline, "Alexei Navalny's lawyer said on Monday that prison guards had beaten the "
                                   "opposition leader. He demanded an investigation.", published="2024-06-14")
    assert [e.plover for e in found if e.trigger.text == "demanded"] == ["REQUEST"]


def test_in_addition_tells_another_act(noclean_pipeline):
    text = ("Trump demanded that Canada drop its dairy tariff on Tuesday. In addition, Trump demanded that Canada "
            "curb the flow of fentanyl across the border.")
    assert len(of_type(rows(noclean_pipeline, text, published="2025-03-12"), "REQUEST")) == 2


def test_a_person_named_and_described_is_one_in_an_also_act(noclean_pipeline):
    text = ("Senator Ilyas Ali Hassan urged the president on Thursday to avoid decisions that threaten the "
            "country's stability. He also urged Farmajo to return to talks.")
    assert len(of_type(rows(noclean_pipeline, text, published="2020-09-18"), "REQUEST")) == 1
