"""Words of military posture, aid moved and suspects handed over; intents denied; acts told
again by a general noun, an agentless passive or a surname written first.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.status`,
:mod:`eventwire.events.joins`, :mod:`eventwire.events.aggregates`, :mod:`eventwire.events.triggers`,
:mod:`eventwire.entities.linker` or a row of ``data/events/lexicon.psv`` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows, typed  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, plover, cameo", [
    ("China stationed J-20 fighter jets at an airbase in Tibet on Monday.", "MOBILIZE", "154"),
    ("The paramilitary forces amassed fighters on the outskirts of El Fasher.", "MOBILIZE", "154"),
    ("India has beefed up security along the Line of Control.", "MOBILIZE", "153"),
    ("Britain rushed 800 extra soldiers to Estonia on Tuesday.", "MOBILIZE", "154"),
    ("Wagner mercenaries were flown into Bangui on Sunday.", "MOBILIZE", "154"),
    ("UNICEF trucked clean water into flood-hit districts of Sindh on Monday.", "AID", "070"),
    ("Iran armed Houthi rebels with drones and ballistic missiles.", "AID", "070"),
    ("Emirati planes dropped food parcels over northern Gaza on Wednesday.", "AID", "070"),
    ("Russia handed over 3,000 tonnes of wheat to Lebanon.", "AID", "070"),
    ("Greek customs officers impounded a tanker carrying Iranian oil.", "COERCE", "1711"),
    ("Cuban police locked up dozens of protesters on Sunday.", "COERCE", "173"),
    ("Chinese authorities censored news reports about the strike.", "COERCE", "1721"),
    ("Police sealed off the area around the parliament on Tuesday.", "COERCE", "191"),
    ("Spain surrendered a terrorism suspect to the French authorities on Monday.", "COOPERATE", "063"),
    ("Turkey repatriated three suspects to Germany on Thursday.", "COOPERATE", "063"),
    ("Indonesia and Australia exchanged intelligence on militant movements.", "COOPERATE", "064"),
    ("Israel and Bahrain normalized relations on Tuesday.", "SUPPORT", "054"),
    ("U.S. troops vacated the base on Monday.", "RETREAT", "0872"),
    ("The EU adopted a new sanctions package against Russia on Friday.", "SANCTION", "163"),
])
def test_words_the_lexicon_lacked(noclean_pipeline, text, plover, cameo):
    found = typed(noclean_pipeline, text, plover)
    assert [e.cameo for e in found] == [cameo], [(e.plover, e.cameo) for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "The store stationed a guard at the door.",  # a shop's guard, no state's forces
    "The company recruited 200 workers for the new plant.",
    "Sales increased by 5 percent last year.",
    "Shares dropped sharply on Monday.",
    "She stepped up her campaign in the final week.",
    "Ministers stressed the urgency of boosting Europe's defence.",
    "The prime minister was the first to share word of the successful counterterrorism strike.",
    "Retailers beefed up security at their stores before Black Friday.",  # a firm's own guard
    "The gym recruited three young fighters for its martial arts academy.",
    "The league strengthened its presence in Asia with a new office.",
])
def test_look_alikes_of_the_new_words(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert not [e for e in found if e.plover in ("MOBILIZE", "AID", "COOPERATE", "PROTEST")], \
        [(e.plover, e.trigger.text) for e in found]


def test_gunmen_armed_with_rifles_are_given_nothing(noclean_pipeline):
    found = rows(noclean_pipeline, "Gunmen armed with rifles stormed the bank on Monday.")
    assert [e.plover for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The radical groups do not want to normalize relations with Israel.",
    "Rebels do not want to attack the city, their commander said.",
    "The army does not plan to withdraw from the town before the elections.",
])
def test_an_intent_denied_is_no_plan(noclean_pipeline, text):
    assert rows(noclean_pipeline, text) == [] or all(
        e.status != "planned" and e.plover not in ("ASSAULT", "THREATEN", "SUPPORT", "RETREAT")
        for e in rows(noclean_pipeline, text))


def test_an_intent_stays_a_plan(noclean_pipeline):
    [row] = typed(noclean_pipeline, "The army plans to withdraw from the town before the elections.", "RETREAT")
    assert row.status == "planned"


def test_what_a_deal_is_to_do_is_not_done(noclean_pipeline):
    found = rows(noclean_pipeline,
                 "The two rebel groups reached an agreement to withdraw their fighters from the city.")
    assert all(e.status == "planned" for e in found if e.plover == "RETREAT")
    assert [e.plover for e in found if e.status != "planned"] == ["SUPPORT"]


def test_a_particle_before_a_number_keeps_its_phrase(noclean_pipeline):
    [row] = typed(noclean_pipeline, "Russia handed over 3,000 tonnes of wheat to Lebanon.", "AID")
    assert row.trigger.text == "handed over"


def test_a_number_after_a_particle_keeps_its_count(noclean_pipeline):
    [row] = typed(noclean_pipeline, "Gunmen killed over 30 people in the village.", "ASSAULT")
    assert row.target is not None and row.target.span.text == "over 30 people"


def test_a_rank_by_a_hyphened_adjective_is_no_act(noclean_pipeline):
    found = rows(noclean_pipeline, "An Israeli drone strike killed Hezbollah commander Taleb Abdallah in the village "
                 "of Jouaiya on Tuesday. Abdallah was the highest-ranking Hezbollah figure killed since fighting "
                 "began in October.")
    assert len(found) == 1


def test_a_rank_among_many_acts_is_no_act(noclean_pipeline):
    found = rows(noclean_pipeline, "An Israeli drone strike killed Hezbollah commander Taleb Abdallah in the village "
                 "of Jouaiya on Tuesday. Abdallah was the most senior Hezbollah figure killed since fighting "
                 "began in October.")
    [row] = found
    assert row.date is not None and str(row.date.start) == "2024-06-11"


@pytest.mark.parametrize("text, plover", [
    ("Chinese coast guard ships fired water cannon at a Philippine boat near the Second Thomas Shoal on "
     "Saturday. The incident injured four Filipino crew members.", "ASSAULT"),
    ("An Israeli air strike hit a building in Damascus on Wednesday, killing two Iranian officers. Iran's "
     "foreign ministry said the Damascus attack violated Syrian sovereignty.", "ASSAULT"),
    ("Gunmen in Haiti freed 12 missionaries on Thursday. The hostages were released unharmed near the town "
     "of Croix-des-Bouquets.", "RETREAT"),
    ("Hong Kong police detained activist Chow Hang-tung at her home on Wednesday. Chow's detention drew "
     "criticism from the United Nations.", "COERCE"),
])
def test_an_act_told_again_is_one_row(noclean_pipeline, text, plover):
    found = typed(noclean_pipeline, text, plover)
    assert len(found) == 1, [(e.trigger.text, e.actor and e.actor.span.text) for e in found]
    assert len(found[0].mentions) >= 2


def test_a_count_from_the_act_named_back(noclean_pipeline):
    [row] = typed(noclean_pipeline, "Chinese coast guard ships fired water cannon at a Philippine boat near the "
                  "Second Thomas Shoal on Saturday. The incident injured four Filipino crew members.", "ASSAULT")
    assert any(q.value == 4 for q in row.quantities)


@pytest.mark.parametrize("text, plover, n", [
    ("Rebels abducted 20 pupils from a school in Kaduna state on Friday. Five other pupils were abducted "
     "from a nearby village.", "ASSAULT", 2),  # others, told apart
    ("Police arrested five protesters in Lagos on Monday. The protesters were released on bail on "
     "Tuesday.", "RETREAT", 1),  # the next step, an act of its own
    ("Gunmen in Haiti freed 12 missionaries on Thursday. The leader of the group, who had been held since May, "
     "was released near the town of Croix-des-Bouquets.", "RETREAT", 2),  # someone told anew, no bare description
])
def test_acts_told_apart_stay_apart(noclean_pipeline, text, plover, n):
    assert len(typed(noclean_pipeline, text, plover)) == n


def test_a_term_of_an_accord_told_before_is_no_row(noclean_pipeline):
    found = rows(noclean_pipeline, "Israel and Hamas agreed on Wednesday to a four-day truce in Gaza. Under the deal, "
                 "Hamas will free 50 hostages and Israel will release 150 Palestinian prisoners.")
    [row] = found
    assert row.trigger.text == "agreed" and row.target is None and row.quantities == []


def test_a_term_to_be_done_is_no_row(noclean_pipeline):
    found = rows(noclean_pipeline, "Israel and Hamas agreed on Wednesday to a four-day truce in Gaza. Under the deal, "
                 "Hamas is to free 50 hostages.")
    assert [e.trigger.text for e in found] == ["agreed"]


def test_a_term_alone_is_still_read(noclean_pipeline):
    assert rows(noclean_pipeline, "Under the deal, Hamas will free 50 hostages.") != []


def test_a_fight_during_the_operation_is_the_operation_s(noclean_pipeline):
    found = typed(noclean_pipeline, "Israeli forces raided the Jenin refugee camp on Wednesday, killing three "
                  "Palestinians. The army said troops exchanged fire with gunmen during the operation.", "ASSAULT")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Fans clashed with police outside the stadium in Cairo on Monday. Officers arrested 40 people during the "
    "incident.",  # another kind of act
    "Troops attacked an al-Shabaab base near Jilib on Monday. During the operation, militants ambushed a convoy "
    "near Kismayo.",  # the other side's act, elsewhere
])
def test_an_act_of_another_kind_or_side_during_it_is_its_own(noclean_pipeline, text):
    assert len(rows(noclean_pipeline, text)) == 2


def test_a_fight_during_another_operation_is_its_own(noclean_pipeline):
    found = typed(noclean_pipeline, "Israeli forces raided the Jenin refugee camp on Wednesday, killing three "
                  "Palestinians. On Friday, troops exchanged fire with gunmen in Nablus during another operation.",
                  "ASSAULT")
    assert len(found) == 2


def test_what_a_brokered_deal_is_to_do_is_not_done(noclean_pipeline):
    found = typed(noclean_pipeline, "The White House announced a deal it brokered to normalize relations between "
                  "Sudan and Israel.", "SUPPORT")
    assert all(e.status == "planned" for e in found)


def test_when_a_measure_takes_effect_does_not_date_it(noclean_pipeline):
    found = typed(noclean_pipeline, "The United States on Thursday banned imports of Russian uranium. The ban, "
                  "which takes effect in August, prohibits utilities from buying Russian fuel.", "COERCE")
    assert [str(e.date.start) for e in found if e.date is not None] == ["2024-06-13"]


def test_an_act_ranked_since_a_time_is_the_one_told(noclean_pipeline):
    [row] = typed(noclean_pipeline, "Argentina's CGT union staged a general strike on Thursday. It was the second "
                  "general strike since President Javier Milei took office in December.", "PROTEST")
    assert len(row.mentions) == 2 and str(row.date.start) == "2024-06-13"


def test_a_second_act_told_apart_stays_apart(noclean_pipeline):
    found = typed(noclean_pipeline, "Argentina's CGT union staged a general strike on Thursday. A second general "
                  "strike was held in Cordoba on Friday.", "PROTEST")
    assert len(found) == 2


@pytest.mark.parametrize("text, plover", [
    ("Yuri Petrov was the most senior Russian officer captured by Ukrainian forces in Kursk on Monday.", "COERCE"),
    ("Jimmy Cherizier was the most powerful figure sanctioned by the UN on Friday.", "SANCTION"),
    ("Jimmy Cherizier was the most powerful figure sanctioned by the UN since 2020.", "SANCTION"),  # its doers
])
def test_a_rank_told_with_its_doers_and_day_is_the_act(noclean_pipeline, text, plover):
    assert typed(noclean_pipeline, text, plover) != []


@pytest.mark.parametrize("text, plover", [
    ("Israel and Hamas agreed to a truce on Wednesday. Under the deal, Hamas freed 24 hostages on Friday and "
     "Israel released 39 prisoners.", "RETREAT"),  # done, not still to do
    ("Iran and the United States agreed to hold talks on Monday. Under the 2015 nuclear deal, Washington lifted "
     "sanctions on Iranian oil in 2016.", "RETREAT"),  # another accord
    ("Israel and Hamas agreed to a truce on Wednesday. Under the deal, Hamas freed 24 hostages.", "RETREAT"),
    # done, with no day of its own
])
def test_acts_done_under_an_accord_are_rows(noclean_pipeline, text, plover):
    assert typed(noclean_pipeline, text, plover) != []


def test_an_act_in_a_clause_beyond_the_intent_denied_keeps_its_reading(noclean_pipeline):
    found = rows(noclean_pipeline, "Israel does not want to stop the war until Hamas is destroyed.")
    assert [e.trigger.text for e in found] == ["destroyed"]  # (read as before: the denial does not reach it)


@pytest.mark.parametrize("text", [
    "Sudan's RSF attacked El Fasher on Friday. The UN said the assault violated the Jeddah truce.",
    "The ambush on a UN convoy in Ituri on Sunday violated the ceasefire, Congolese officials said.",
])
def test_an_accord_breached_is_no_act_of_the_day(noclean_pipeline, text):
    assert typed(noclean_pipeline, text, "RETREAT") == []


def test_a_truce_dated_by_when_it_took_effect(noclean_pipeline):
    [row] = typed(noclean_pipeline, "The ceasefire, which took effect on Sunday, is expected to last 42 days, "
                  "Qatar said.", "RETREAT")
    assert str(row.date.start) == "2024-06-09"


@pytest.mark.parametrize("text, plover, cameo", [
    ("Rebels handed in their weapons at a camp near Goma on Monday.", "RETREAT", "0873"),
    ("Ukrainian units abandoned the village of Krasnohorivka under heavy fire.", "RETREAT", "0874"),
    ("The Philippine navy ferried troops to the island on Monday.", "MOBILIZE", "154"),
    ("Authorities placed the town under curfew on Sunday.", "COERCE", "1723"),
])
def test_more_words_the_lexicon_lacked(noclean_pipeline, text, plover, cameo):
    assert [e.cameo for e in typed(noclean_pipeline, text, plover)] == [cameo]


@pytest.mark.parametrize("text", [
    "Soldiers left for the front on Monday.",  # a departure, not a withdrawal
    "The soldiers left the hospital after treatment.",
    "Residents left the village after the floods.",
    "The United States provided intelligence to Ukraine on Russian troop movements.",  # aid (GSR), not
    # intelligence shared between two services
])
def test_look_alikes_of_the_further_words(noclean_pipeline, text):
    assert not [e for e in rows(noclean_pipeline, text) if e.plover in ("RETREAT", "COOPERATE")]


def test_a_bare_verb_that_shares_the_to_is_asked_too(noclean_pipeline):
    found = rows(noclean_pipeline, 'The defence secretary urged locals to assist authorities and "deny terrorism '
                 'any victory".')
    assert [e.plover for e in found] == ["REQUEST"] and len(found[0].mentions) == 2



def test_a_term_of_another_accord_is_a_row(noclean_pipeline):
    found = rows(noclean_pipeline, "Iran and the United States agreed to hold talks on Monday. Under the 2015 nuclear "
                 "deal, Washington will lift sanctions on Iranian oil.")
    assert "lift" in [e.trigger.text for e in found]


@pytest.mark.parametrize("text, plover, actor", [
    ("Police urged residents to stay indoors and arrested 12 protesters.", "COERCE", "Police"),
    ("The UN asked Israel to allow aid into Gaza and condemned the strikes.", "ACCUSE", "The UN"),
])
def test_a_verb_of_its_own_tense_joined_to_an_infinitive_is_the_governor_s_sibling(noclean_pipeline, text, plover,
                                                                                   actor):
    [row] = typed(noclean_pipeline, text, plover)
    assert row.actor is not None and row.actor.span.text == actor
    assert [e.plover for e in rows(noclean_pipeline, text)].count("REQUEST") == 1


def test_a_bare_form_joined_to_an_infinitive_may_be_asked_too(noclean_pipeline):
    found = typed(noclean_pipeline, "The commander ordered his men to cut the supply lines and hit the fuel depot "
                  "near Avdiivka.", "ASSAULT")
    assert all(e.actor is None or e.actor.span.text != "The commander" for e in found)


@pytest.mark.parametrize("text, cameo", [
    ("Kenyan and Ugandan police jointly investigated the murder of a cattle trader on the border.", "063"),
    ("Somali and Kenyan troops conducted a joint operation in Lower Juba on Tuesday.", "062"),
])
def test_acts_done_jointly_are_cooperation(noclean_pipeline, text, cameo):
    assert [e.cameo for e in typed(noclean_pipeline, text, "COOPERATE")] == [cameo]


@pytest.mark.parametrize("text, plover", [
    ("Police are investigating the attack, a joint statement by the two ministries said.", "ACCUSE"),  # not how
    # they investigate
    ("Chad and Niger have launched a joint military operation against Boko Haram.", "ASSAULT"),  # against a foe
    ("Russia and China jointly vetoed the resolution on Tuesday.", "REJECT"),
])
def test_what_is_done_jointly_against_others_keeps_its_type(noclean_pipeline, text, plover):
    assert [e.plover for e in rows(noclean_pipeline, text)] == [plover]


def test_a_second_round_is_not_the_talks_told_before(noclean_pipeline):
    found = typed(noclean_pipeline, "Armenian and Azerbaijani negotiators met in Washington in April. Those talks were "
                  "hosted by Antony Blinken. A second round of negotiations was held in Almaty on Monday.", "CONSULT")
    assert all(e.location is None or "Almaty" not in e.location.span.text for e in found
               if e.date is not None and str(e.date.start).startswith("2024-04"))
    assert all(not str(e.date.start).startswith("2024-06") or e.trigger.text != "hosted" for e in found
               if e.date is not None)


def test_another_part_of_the_march_is_the_march(noclean_pipeline):
    found = typed(noclean_pipeline, "Thousands of protesters marched from Hyde Park to Parliament on Saturday. Another "
                  "part of the march went to Trafalgar Square.", "PROTEST")
    assert len(found) == 1
