"""Words of abduction, money moved, blame and withdrawal; refusals voiced with "will not" or
"does not"; an offence told by a gerund; a condemned deed with its place and its dead; a toll
told in its own sentence, by the day it was told; an act named back inside another's clause.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.stage`,
:mod:`eventwire.events.sentencefolds`, :mod:`eventwire.events.nesting`,
:mod:`eventwire.events.joins`, :mod:`eventwire.events.standing`, :mod:`eventwire.events.sides`,
:mod:`eventwire.events.accounts`, :mod:`eventwire.events.retellings`,
:mod:`eventwire.events.tellings`, :mod:`eventwire.events.triggers`, ``plover_manual.jsonl`` or a
row of ``data/events/lexicon.psv`` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows, typed  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, plover, cameo", [
    ("Gunmen seized 30 passengers from a bus in Zamfara state on Sunday.", "ASSAULT", "181"),
    ("Kidnappers seized 30 villagers near Kaduna on Monday.", "ASSAULT", "181"),
    ("Qatar transferred $300 million to the Lebanese central bank on Monday.", "AID", "071"),
    ("The Kremlin held Kyiv responsible for the bombing of the bridge.", "ACCUSE", "112"),
    ("The U.S. military pulled its troops out of Niger on Sunday.", "RETREAT", "0872"),
    ("Armed settlers issued threats against Bedouin families in the Jordan Valley on Tuesday.", "THREATEN", "130"),
    ("The Supreme Court threw out the opposition's appeal against the election result on Monday.", "REJECT", "120"),
    ("A roadside bomb went off near a police convoy in Kandahar on Wednesday.", "ASSAULT", "183"),
    ("The government shelved the media bill on Tuesday after weeks of protests.", "CONCEDE", "0832"),
    ("The European Union announced a new aid package for Syria on Monday.", "AID", "070"),
])
def test_words_the_lexicon_lacked(noclean_pipeline, text, plover, cameo):
    found = typed(noclean_pipeline, text, plover)
    assert [e.cameo for e in found] == [cameo], [(e.plover, e.cameo) for e in rows(noclean_pipeline, text)]


def test_rebels_who_seize_a_town_take_ground(noclean_pipeline):
    [row] = rows(noclean_pipeline, "M23 rebels seized Goma on Monday.")  # (a name the tagger may read as a person)
    assert row.acled is not None and row.acled["sub_event_type"] == "Non-state actor overtakes territory"


def test_police_who_seize_suspects_arrest_them(noclean_pipeline):
    found = rows(noclean_pipeline, "Police seized 20 suspects in a raid in Lagos on Monday.")
    assert "COERCE" in [e.plover for e in found] and "ASSAULT" not in [e.plover for e in found]


@pytest.mark.parametrize("text, not_types", [
    ("The striker transferred to Chelsea in January.", ("AID",)),
    ("Rescuers pulled survivors out of the rubble on Tuesday.", ("RETREAT",)),
    ("The fire alarm went off twice on Monday night.", ("ASSAULT",)),
    ("Shares shot up 10 percent on Monday after the results.", ("ASSAULT",)),
    ("The opposition attacked the budget as reckless.", ("ASSAULT",)),
    ("Apple shelved its plans for an electric car.", ("CONCEDE",)),
])
def test_look_alikes_of_the_new_words(noclean_pipeline, text, not_types):
    found = rows(noclean_pipeline, text)
    assert not [e for e in found if e.plover in not_types], [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text", [
    "Russia will not accept any peace plan that ignores the new territorial realities, Lavrov said.",
    "Kyiv does not accept the annexation of the four regions, the foreign ministry said.",
])
def test_a_refusal_voiced_is_a_rejection(noclean_pipeline, text):
    [row] = typed(noclean_pipeline, text, "REJECT")
    assert row.status != "negated" and not typed(noclean_pipeline, text, "AGREE")


def test_an_accord_not_reached_is_no_rejection(noclean_pipeline):
    found = rows(noclean_pipeline, "The two sides did not agree on a date for the next round of talks.")
    assert not [e for e in found if e.plover == "REJECT"], [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text", [
    "Prosecutors charged two men with attacking a synagogue in Halle.",
    "Prosecutors charged a retired army general with ordering the killings of civilians in 2002.",
])
def test_an_offence_told_by_a_gerund_is_the_charge_s(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert [(e.plover, e.cameo) for e in found] == [("ACCUSE", "173")], [(e.plover, e.trigger.text) for e in found]


def test_a_condemned_deed_with_its_place_and_dead_is_a_row(noclean_pipeline):
    text = "The killing of two aid workers in Khartoum was condemned by the United Nations."
    assert typed(noclean_pipeline, text, "ASSAULT") and typed(noclean_pipeline, text, "ACCUSE")


def test_a_condemned_deed_over_a_span_is_a_history(noclean_pipeline):
    text = "The United Nations condemned the killing of 30 civilians in Darfur since 2019."
    assert not typed(noclean_pipeline, text, "ASSAULT")


def test_a_condemned_deed_with_no_count_is_what_is_condemned(noclean_pipeline):
    text = "The United Nations condemned the killing of civilians in Gaza."
    assert not typed(noclean_pipeline, text, "ASSAULT")


def test_a_toll_of_dead_and_wounded_in_its_own_sentence_is_the_attack_s(noclean_pipeline):
    text = ("Azerbaijani forces shelled Armenian positions near the village of Sotk on Monday, the Armenian "
            "defence ministry said.\nThree Armenian soldiers were killed and two were wounded, the ministry said.")
    [row] = typed(noclean_pipeline, text, "ASSAULT")
    assert {(q.kind, q.value) for q in row.quantities} >= {("killed", 3.0), ("injured", 2.0)}


def test_a_toll_dated_by_its_telling_is_the_attack_s(noclean_pipeline):
    text = ("Nigerian military aircraft bombed a crowd of villagers in Tudun Wada, Kano state, on Sunday night.\n"
            "At least 40 civilians were killed, the state emergency agency said on Tuesday.")
    [row] = typed(noclean_pipeline, text, "ASSAULT")
    assert row.date is not None and row.date.start == "2024-06-09" and len(row.mentions) == 2


def test_a_toll_with_a_town_of_its_own_is_another_act(noclean_pipeline):
    text = ("Nigerian military aircraft bombed a crowd of villagers in Tudun Wada, Kano state, on Sunday night.\n"
            "At least 40 civilians were killed in Kano city, the state emergency agency said on Tuesday.")
    assert len(typed(noclean_pipeline, text, "ASSAULT")) == 2


def test_an_act_named_back_in_another_s_clause_keeps_its_doers(noclean_pipeline):
    text = ("Gunmen attacked the village of Kwall near Bassa in Plateau state on Tuesday night, killing at least "
            "18 people, officials said.\nA police spokesman put the death toll at 11.\n"
            "\"They came at night and shot at everyone,\" said farmer Musa Dalyop, who lost two sons in the raid.")
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found] == ["ASSAULT"], [(e.plover, e.trigger.text) for e in found]
    assert found[0].actor is not None and found[0].actor.span.text == "Gunmen"


def test_a_manner_adverb_marks_no_other_act(noclean_pipeline):
    text = ("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday.\n"
            "The two delegations were meeting separately with the Saudi and U.S. mediators, a diplomat said.")
    assert len(typed(noclean_pipeline, text, "CONSULT")) == 1



def test_an_act_of_force_told_separately_is_another(noclean_pipeline):
    text = ("Gunmen stormed a hotel in Mogadishu on Friday.\n"
            "Three soldiers were killed and two were wounded, police said.\n"
            "Two civilians were killed separately, police said.")
    [row] = [e for e in typed(noclean_pipeline, text, "ASSAULT") if e.trigger.text == "stormed"]
    assert {q.value for q in row.quantities if q.kind == "killed"} == {3.0}


def test_more_dead_told_by_the_day_of_telling_are_another_toll(noclean_pipeline):
    text = ("Militants ambushed an army convoy near Tillaberi in Niger on Sunday, killing 10 soldiers.\n"
            "Seven more soldiers were killed, the army said on Tuesday.")
    [row] = [e for e in typed(noclean_pipeline, text, "ASSAULT") if e.actor is not None]
    assert {q.value for q in row.quantities if q.kind == "killed"} == {10.0}


def test_an_act_named_back_with_another_s_parties_does_not_head_the_row(noclean_pipeline):
    text = ("Unknown attackers set fire to a mosque in the Swedish town of Orebro overnight.\n"
            "Police launched an arson investigation into the attack.")
    [row] = typed(noclean_pipeline, text, "ASSAULT")
    assert row.actor is not None and row.actor.span.text == "Unknown attackers"


@pytest.mark.parametrize("text, not_types", [
    ("Parents pulled their children out of schools in Kharkiv on Tuesday.", ("RETREAT",)),
    ("Rescuers pulled two bodies out of the river near Bihac on Monday.", ("RETREAT",)),
    ("The minister said the government would hold those responsible for the bombing to account.", ("ACCUSE",)),
    ("Stored shells went off after a fire broke out at an army depot near Bata on Sunday.", ("ASSAULT",)),
    ("Japan shelved plans to build a missile defence site on Monday, citing costs.", ("CONCEDE",)),
    ("Diplomats expect that Russia won't accept the proposal.", ("REJECT",)),
    ("The embassy does not accept visa applications on weekends.", ("REJECT",)),
    ("Rights groups demanded justice for the killing of journalist Ana Petrova in Burgas.", ("ASSAULT",)),
])
def test_the_reviewers_look_alikes_stay_out(noclean_pipeline, text, not_types):
    found = rows(noclean_pipeline, text)
    assert not [e for e in found if e.plover in not_types], [(e.plover, e.trigger.text) for e in found]


def test_a_deed_charged_with_its_own_day_stays_a_row(noclean_pipeline):
    text = "A 19-year-old was charged on Friday with stabbing three pupils at a school in Leeds on Monday."
    [deed] = typed(noclean_pipeline, text, "ASSAULT")
    assert deed.date is not None and deed.date.start == "2024-06-10"


@pytest.mark.parametrize("text, plover, cameo", [
    ("The European Commission launched legal action against Hungary on Wednesday.", "ACCUSE", "115"),
    ("Tehran held Washington responsible for the assassination of the general.", "ACCUSE", "112"),
])
def test_an_adjective_of_the_phrase_keeps_it(noclean_pipeline, text, plover, cameo):
    # (an adjective describing only the verb's object is no word of the phrase: "hold those
    # responsible to account"; one on the phrase's own noun, or the verb's complement, is)
    assert [e.cameo for e in typed(noclean_pipeline, text, plover)] == [cameo]


RAID = ("Israeli forces killed five Palestinians during a raid on the Balata refugee camp near Nablus on Tuesday, "
        "the Palestinian health ministry said.\n")


@pytest.mark.parametrize("later, n", [
    ("The Israeli military said its troops had killed four armed militants in the camp.", 1),
    ("The Israeli military said its troops had killed 20 militants across the West Bank over the past week.", 2),
    ("Hamas said its fighters had killed four soldiers.", 2),
])
def test_a_side_s_own_tally_of_its_dead_is_the_raid_s(noclean_pipeline, later, n):
    assert len(typed(noclean_pipeline, RAID + later, "ASSAULT")) == n


def test_a_ruling_s_halves_name_the_one_the_lead_described(noclean_pipeline):
    text = ("MOSCOW (Reuters) - A Russian court on Thursday sentenced a U.S.-Russian dual national to 12 years in "
            "prison for treason.\nKsenia Ivanova, a 33-year-old dancer, was found guilty after a closed-door trial "
            "in the city of Yekaterinburg.")
    assert len(rows(noclean_pipeline, text)) == 1


@pytest.mark.parametrize("later, n", [
    ("The two diplomats had been declared persona non grata, the foreign ministry said.", 1),
    ("Austria also expelled two Russian diplomats, its foreign ministry said.", 2),
])
def test_those_counted_back_are_those_it_was_done_to(noclean_pipeline, later, n):
    text = "Germany expelled two Russian diplomats on Monday.\n" + later
    assert len(typed(noclean_pipeline, text, "SANCTION")) == n


def test_a_tally_over_recent_days_is_a_toll_of_its_own(noclean_pipeline):
    text = RAID + "The Israeli military said its troops had killed four militants in recent days."
    assert len(typed(noclean_pipeline, text, "ASSAULT")) == 2


def test_an_arrest_named_after_a_sentence_is_no_half_of_the_ruling(noclean_pipeline):
    text = ("A Russian court sentenced a U.S. citizen to 14 years in prison on Tuesday.\n"
            "Paul Whitman, a 61-year-old teacher, was detained at a Moscow airport with cannabis.")
    assert len(typed(noclean_pipeline, text, "COERCE")) == 2


def test_a_retelling_takes_the_sense_of_the_act_told(noclean_pipeline):
    text = ("A Russian missile struck a shopping centre in Kharkiv on Saturday, killing six people.\n"
            "\"It was a deliberate strike on civilians,\" President Volodymyr Zelenskiy said.")
    found = rows(noclean_pipeline, text)
    assert [e.plover for e in found] == ["ASSAULT"], [(e.plover, e.trigger.text) for e in found]


def test_an_act_told_days_before_what_a_subject_names_back_is_another(noclean_pipeline):
    text = ("North Korea deployed thousands of troops along its border with China on Monday.\n"
            "The movement of forces came days after Pyongyang fired a volley of ballistic missiles into the sea.")
    assert len(rows(noclean_pipeline, text)) == 2
