"""Words the lexicon lacked, an officer's violence, a deed condemned with its place and whom it
struck, and an act noun placed "two days after" a dated clause.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.eventhood`,
:mod:`eventwire.events.nesting`, :mod:`eventwire.events.dates`, :mod:`eventwire.events.acled` or
a row of ``data/events/lexicon.psv`` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2024-06-14"  # a Friday


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


def typed(pipeline, text: str, plover: str):
    return [e for e in rows(pipeline, text) if e.plover == plover]


@pytest.mark.parametrize("text", [
    "The officers eventually shot him dead outside a store on Sunday.",
    "The officers shot the man dead, reportedly outside a shop.",
    "Border officers shot a migrant dead on Monday.",
])
def test_an_officer_who_shoots_acts_for_the_state(noclean_pipeline, text):
    [row] = typed(noclean_pipeline, text, "ASSAULT")
    assert row.actor is not None and row.actor.span.text.lower().endswith("officers")


@pytest.mark.parametrize("text", [
    "A man stabbed his wife to death at their home.",  # a crime at home, as before
    "The company officers attacked the plan at the meeting.",  # words, no violence
    "A bank officer shot a robber dead during a hold-up on Monday.",  # a private post
    "The airline's first officer was assaulted by a drunk passenger on the flight on Tuesday.",
    "A probation officer was beaten by a client at his office on Thursday.",
])
def test_no_officer_no_political_violence(noclean_pipeline, text):
    assert typed(noclean_pipeline, text, "ASSAULT") == []


@pytest.mark.parametrize("text, plover, struck", [
    ("The European Union condemned the killing of three aid workers in Gaza on Monday.", "ASSAULT",
     "three aid workers"),
    ("Uganda's opposition condemned the arrest of Kizza Besigye in Nairobi on Saturday.", "COERCE",
     "Kizza Besigye"),
])
def test_a_deed_condemned_with_its_place_and_whom_it_struck(noclean_pipeline, text, plover, struck):
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found].count("ACCUSE") == 1
    [deed] = [e for e in found if e.plover == plover]
    assert deed.target is not None and deed.target.span.text == struck
    assert deed.location is not None


@pytest.mark.parametrize("text", [
    "The European Union condemned the killing of civilians in Gaza on Monday.",  # many acts
    "The European Union condemned the killing of three aid workers on Monday.",  # no place
])
def test_a_deed_condemned_stays_the_content(noclean_pipeline, text):
    assert typed(noclean_pipeline, text, "ASSAULT") == []


@pytest.mark.parametrize("text, plover, cameo", [
    ("The army redeployed 2,000 troops to the northern border on Tuesday.", "MOBILIZE", "154"),
    ("Ankara announced the recall of its ambassador from Tel Aviv on Thursday.", "SANCTION", "161"),
    ("Moscow ordered the closure of the U.S. consulate in Yekaterinburg on Friday.", "SANCTION", "161"),
    ("The coast guard intercepted two boats carrying 120 migrants on Sunday.", "COERCE", "171"),
    ("Rights groups said Iran carried out the execution of four men on Tuesday.", "ASSAULT", "1823"),
    ("Israeli jets pounded Hamas targets in Rafah overnight.", "ASSAULT", "194"),
    ("Fighter jets strafed a convoy near Kidal on Wednesday.", "ASSAULT", "195"),
    ("Unknown assailants firebombed the offices of the newspaper in Dhaka on Saturday.", "ASSAULT", "183"),
    ("Russian troops crossed the border into the Kharkiv region on Friday.", "ASSAULT", "190"),
    ("Gunmen ransacked the district office in Bunia on Thursday.", "ASSAULT", "1712"),
])
def test_words_the_lexicon_lacked(noclean_pipeline, text, plover, cameo):
    [row] = typed(noclean_pipeline, text, plover)
    assert row.cameo == cameo


@pytest.mark.parametrize("text", [
    "The execution of the plan was delayed by a month.",  # carried out, no one killed
    "Fighter jets intercepted a Russian plane over the Baltic Sea on Monday.",  # escorted, not seized
    "He crossed the border into Mexico on Friday.",  # no armed men
    "Investors pounded the shares of the company on Monday.",  # no targets
    "Customs officers intercepted a shipment of cocaine at the port on Monday.",  # a customs matter
])
def test_look_alikes_of_the_new_words(noclean_pipeline, text):
    assert [e for e in rows(noclean_pipeline, text) if e.cameo in ("1823", "171", "190", "194")] == []


def test_a_boat_stopped_at_sea_is_no_weapon_stopped(noclean_pipeline):
    [row] = typed(noclean_pipeline, "The coast guard intercepted two boats carrying 120 migrants on Sunday.",
                  "COERCE")
    assert (row.acled or {}).get("sub_event_type") != "Disrupted weapons use"


@pytest.mark.parametrize("text, day", [
    ("Soldiers arrested ten men on Friday, two days after the attack on the market.", "2024-06-12"),
    ("The parliament voted on Tuesday to expel the troops, a day after a drone attack on a base.",
     "2024-06-10"),
    ("Police detained the suspects on Friday, hours after the bombing of a church.", "2024-06-14"),
    ("Police detained the suspects on Friday, two days after the bombing of a church on Tuesday.",
     "2024-06-11"),  # the act's own day
    ("Police arrested the gunman on Friday, four days after the attack in Hanau on Monday.", "2024-06-10"),
])
def test_an_act_noun_placed_days_after(noclean_pipeline, text, day):
    [row] = [e for e in rows(noclean_pipeline, text) if e.trigger.text in ("attack", "bombing")]
    assert row.date is not None and (row.date.start, row.date.end) == (day, day)


def test_an_act_noun_placed_some_days_after(noclean_pipeline):
    [row] = [e for e in rows(noclean_pipeline, "Police detained the suspects on Friday, days after the "
                             "bombing of a church.") if e.trigger.text == "bombing"]
    assert row.date is not None and row.date.precision == "range"
    assert row.date.start < "2024-06-14" and row.date.end < "2024-06-14"


def test_in_the_wake_of_is_an_occasion_not_what_is_asked(noclean_pipeline):
    found = rows(noclean_pipeline, "Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria "
                                   "in the wake of the execution of Ken Saro-Wiwa.")
    [call] = [e for e in found if e.plover == "REQUEST"]
    assert call.target is not None and call.target.span.text == "Nigeria"


def test_a_riot_after_a_killing_is_a_riot_too(noclean_pipeline):
    found = rows(noclean_pipeline, "Youths rioted in Nairobi on Monday after police shot dead a protester.")
    assert sorted(e.plover for e in found) == ["ASSAULT", "PROTEST"]


def test_a_crowd_that_kills_with_its_fire_is_still_no_riot(noclean_pipeline):
    found = rows(noclean_pipeline, "A mob torched a bus in Lagos, killing 12 passengers.")
    assert [e.plover for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text, cameo", [
    ("RSF fighters have besieged El Fasher since May.", "191"),
    ("Rebels have blockaded the highway since March.", "191"),
])
def test_a_siege_kept_up_since_a_month_is_one_happening(noclean_pipeline, text, cameo):
    [row] = rows(noclean_pipeline, text)
    assert row.cameo == cameo


@pytest.mark.parametrize("text", [
    "Police have arrested 2,400 people since February.",  # many arrests
    "Israeli forces have occupied 36 hospitals since the war began.",  # many places held
    "Rebels have occupied 36 villages since May.",  # many held, since a month
])
def test_many_acts_since_a_time_stay_a_sum(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == []


@pytest.mark.parametrize("text, plover, town", [
    ("Iranian President Ebrahim Raisi, speaking at a rally in Tehran on Monday, threatened to strike Israel.",
     "THREATEN", "Tehran"),
    ("Opposition leader Ozgur Ozel denounced the detentions in a speech in Ankara on Sunday.", "ACCUSE", "Ankara"),
    ("Jaishankar, addressing the UN General Assembly in New York, accused Pakistan of sponsoring terrorism.",
     "ACCUSE", "New York"),
])
def test_a_statement_is_where_it_was_made(noclean_pipeline, text, plover, town):
    [row] = typed(noclean_pipeline, text, plover)
    assert row.location is not None and row.location.span.text == town


def test_a_statement_is_not_where_what_it_condemns_was(noclean_pipeline):
    [row] = typed(noclean_pipeline, "The minister denounced the shelling of a hospital in Kharkiv in a statement.",
                  "ACCUSE")
    assert row.location is None


def test_a_long_occupation_since_years_stays_a_standing_state(noclean_pipeline):
    assert rows(noclean_pipeline, "Russian forces have occupied Crimea since 2014, the Ukrainian president said "
                                  "in a speech on Friday.") == []


@pytest.mark.parametrize("text, country", [
    # the place after a named division's "of" is its wider place, whatever its kind
    ("Israeli troops raided homes in the Khan Younis district of Gaza on Monday.", "PS"),  # not Mozambique's
    ("Gunmen killed five people in the state of Guerrero on Monday.", "MX"),
    # and the division is read among its namesakes there
    ("Police fired on protesters in the Mirpur district of Dhaka on Friday, killing one.", "BD"),
    ("Farmers protested in the Amritsar district of Punjab on Monday.", "IN"),  # any Punjab, not the bigger
    ("Georgian police detained 40 protesters in the Gori district of Georgia on Monday.", "GE"),
])
def test_a_named_district_lies_in_the_place_it_is_of(noclean_pipeline, text, country):
    record = run_text(noclean_pipeline, text, published=PUBLISHED)
    [row] = [e for e in record.events if e.location is not None]
    place = record.place_by_id(row.location.place)
    assert place is not None and place.country == country


def test_what_a_call_asks_for_is_no_act_of_its_own(noclean_pipeline):
    found = rows(noclean_pipeline, "\u201cWe called for Russia to reciprocate by agreeing to a ceasefire on equal "
                                   "terms,\u201d the diplomats said in a joint statement on Friday.")
    assert "AGREE" not in [e.plover for e in found] and "REQUEST" in [e.plover for e in found]


@pytest.mark.parametrize("text, absent", [
    ("G7 diplomats urged Russia on Friday to accept a ceasefire or face the possibility of additional sanctions.",
     "SANCTION"),
    ("Three candidates withdrew from the race on Monday.", "RETREAT"),
    ("Harris accepted the vice presidential nomination on Wednesday.", "AGREE"),
    ("The ministry provided the newspaper with the text of its statement on Monday.", "AID"),
])
def test_no_act_between_parties(noclean_pipeline, text, absent):
    assert absent not in [e.plover for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text, present", [
    ("The EU imposed additional sanctions on Russia on Friday.", "SANCTION"),
    ("Russian troops withdrew from Kherson on Friday.", "RETREAT"),
    ("The rebels accepted the ceasefire on Monday.", "AGREE"),
    ("The United States provided Ukraine with air defence systems on Monday.", "AID"),
])
def test_the_acts_beside_them_stand(noclean_pipeline, text, present):
    assert present in [e.plover for e in rows(noclean_pipeline, text)]


def test_one_named_person_struck_once_told_twice(noclean_pipeline):
    found = rows(noclean_pipeline,
                 "A self-described member of a Russian crime group told a court on Tuesday that he tried to kill "
                 "the journalist Masih Alinejad in 2022. \u201cMasih Alinejad was almost gunned down on the streets "
                 "of New York City by a hitman,\u201d the prosecutor said.")
    assert [e.plover for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Soldiers beat the journalist Ali Hassan in Mogadishu on Monday. On Friday, gunmen shot Ali Hassan dead "
    "in Baidoa.",
    "Police beat Ali Hassan during the march on Monday. Ali Hassan was also attacked by soldiers at the checkpoint.",
    # an attack told as one before another
    "Hamza Ali shot the judge Farida Noor in Peshawar last week. Farida Noor was shot by a gunman in Peshawar "
    "in the past, her family said.",
    "Rafael Cruz shot the activist Lina Soto in Cali in March. Earlier, Lina Soto had been shot by a gunman in Cali.",
])
def test_two_attacks_on_one_person_stay_two(noclean_pipeline, text):
    assert [e.plover for e in rows(noclean_pipeline, text)].count("ASSAULT") == 2


@pytest.mark.parametrize("text, present", [
    ("The spectre of the 2014 annexation of Crimea hangs over the talks.", "COERCE"),  # dated: done
    ("Opposition parties withdrew from the parliamentary elections in protest at the arrest of their leaders.",
     "RETREAT"),  # a boycott, not a candidate's step
])
def test_dated_acts_and_boycotts_stand(noclean_pipeline, text, present):
    assert present in [e.plover for e in rows(noclean_pipeline, text)]


def test_a_day_of_telling_is_not_shifted(noclean_pipeline):
    [row] = [e for e in rows(noclean_pipeline, "Police said on Friday that the suspects were arrested two days "
                             "after the attack on the market.") if e.trigger.text == "attack"]
    assert row.date is None or row.date.precision != "day" or row.date.start != "2024-06-12"


def test_soldiers_who_cross_in_flight_attack_no_one(noclean_pipeline):
    found = rows(noclean_pipeline, "About 200 Sudanese soldiers crossed the border into Chad on Monday, fleeing an "
                                   "RSF assault on their base.")
    assert "crossed" not in [e.trigger.text for e in found]


def test_a_boat_carrying_weapons_is_a_weapon_stopped(noclean_pipeline):
    found = rows(noclean_pipeline, "The navy intercepted a dhow carrying weapons bound for the Houthis on Monday.")
    assert any((e.acled or {}).get("sub_event_type") == "Disrupted weapons use" for e in found)
