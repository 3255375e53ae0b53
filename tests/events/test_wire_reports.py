"""Wire reports as analysts read them every day (forty-first session): a bombing told in four
sentences, protests in several towns, days named by the week or by a possessive, ground taken
by groups whose names say "Army"."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.acled import acled_for
from eventwire.events.eventness import document_features
from eventwire.events.timex import find_dates
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from tests.conftest import run_text

FRIDAY = "2024-05-10"


@pytest.fixture(scope="module")
def strict_pipeline():
    return Pipeline(Options(clean=False, strict_rows=True))


def rows(pipeline, text: str, published: str = FRIDAY):
    return [e for e in run_text(pipeline, text, published=published).events if e.status != "negated"]


def place_name(record, row) -> str | None:
    place = record.place_by_id(row.location.place) if row.location else None
    return place.name if place else None


@pytest.mark.parametrize(("text", "expected"), [
    ("a rally on Thursday last week", ("2024-05-02", "on Thursday last week")),
    ("talks on Monday next week", ("2024-05-13", "on Monday next week")),
    ("a vote on Tuesday of this week", ("2024-05-07", "on Tuesday of this week")),
    ("a rally on Thursday", ("2024-05-09", "on Thursday")),  # the week unsaid: the last one
])
def test_a_weekday_with_its_week_is_that_week_s_day(text, expected):
    found = find_dates(text, 0, len(text), date(2024, 5, 10))
    assert (found[0].value.start, found[0].value.span.text) == expected
    assert found[0].value.end == found[0].value.start


def test_a_day_named_by_a_possessive_is_the_day_the_act_was_on(noclean_pipeline):
    """'for Sunday's bombing' is no act set for a coming Sunday ('called a strike for Sunday')."""
    [bombing] = rows(noclean_pipeline, "Islamic State claimed responsibility for Sunday's bombing "
                                       "of a mosque in Herat.")
    assert (bombing.date.start, bombing.date.end) == ("2024-05-05", "2024-05-05")
    [strike] = rows(noclean_pipeline, "The union will hold a strike for Sunday, its leader said.")
    assert strike.date.start == "2024-05-12"  # (guard: a day an act is set for is the coming one)


def test_a_day_inside_the_reported_subject_is_the_act_s_own(noclean_pipeline):
    """'said Monday's ambush killed seven': Monday is the ambush's day, not the day of saying
    (which an act may precede by two days)."""
    [row] = rows(noclean_pipeline, "Police said Monday's ambush near Gao killed seven soldiers.")
    assert (row.date.start, row.date.end) == ("2024-05-06", "2024-05-06")
    [told] = rows(noclean_pipeline, "Police said on Monday gunmen killed seven soldiers near Gao.")
    assert (told.date.start, told.date.end) == ("2024-05-04", "2024-05-06")  # (guard)


def test_protests_in_two_towns_named_apart_are_two_rows(noclean_pipeline):
    """Two towns 35 km apart: a protest with no day of its own does not join the march by
    being near it."""
    text = ("Thousands of people marched through Amsterdam on Saturday against the new housing law. "
            "The protesters blocked the central railway station for several hours. Smaller protests "
            "took place in Utrecht.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    places = sorted(place_name(record, e) for e in record.events if e.plover == "PROTEST" and e.status != "negated")
    assert places == ["Amsterdam", "Utrecht"]


def test_one_act_in_several_towns_is_a_row_in_each(noclean_pipeline):
    text = "Supporters of the opposition rallied in Lahore, Karachi and Peshawar on Sunday."
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    protests = [e for e in record.events if e.plover == "PROTEST"]
    assert sorted(place_name(record, e) for e in protests) == ["Karachi", "Lahore", "Peshawar"]
    assert {e.trigger.text for e in protests} == {"rallied"}
    assert {e.date.start for e in protests} == {"2024-05-05"}
    for e in protests:  # each row's place is evidence in the text
        assert text[e.location.span.start:e.location.span.end] == e.location.span.text


@pytest.mark.parametrize("text", [
    "Talks were held in Doha and Cairo on Monday.",  # a meeting is coded where it sat
    # towns named by another clause are not the act's ("... primaries in Ohio and Florida")
    "Police arrested the suspect on Monday, days before primaries in Ohio and Florida.",
])
def test_only_physical_acts_in_their_own_place_phrase_split_by_town(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert found and len({e.trigger.start for e in found}) == len(found)


def test_ground_taken_by_an_armed_group_called_an_army_is_no_government_s(noclean_pipeline):
    """The knowledge base knows the Kachin Independence Army as an armed group: its words
    ('Army') do not make it the government's."""
    [row] = rows(noclean_pipeline, "The Kachin Independence Army seized the town of Bhamo on Monday.")
    assert row.acled["sub_event_type"] == "Non-state actor overtakes territory"
    [back] = rows(noclean_pipeline, "The Sudanese army recaptured the town of Wad Madani on Monday.")
    assert back.acled["sub_event_type"] == "Government regains territory"  # (guard)


def test_taking_back_a_town_is_force_and_ground_regained(noclean_pipeline):
    [row] = rows(noclean_pipeline, "The army took back the town of Kidal on Tuesday.")
    assert row.plover == "ASSAULT" and row.acled["sub_event_type"] == "Government regains territory"
    assert not rows(noclean_pipeline, "The company took back its offer on Monday.")  # (guard)


def test_storming_a_building_and_killing_is_an_attack_not_ground_taken():
    sub = acled_for("ASSAULT", "190", "Militants stormed a hotel in Mogadishu on Friday night, killing "
                    "at least nine people.", actor="Militants")["sub_event_type"]
    assert sub == "Attack"
    taken = acled_for("ASSAULT", "190", "Militants captured the town after heavy fighting.", actor="Militants")
    assert taken["sub_event_type"] == "Non-state actor overtakes territory"  # (guard)


BOMBING = ("BAGHDAD (AP) - A roadside bomb exploded in Kirkuk on Monday, killing four soldiers, officials "
           "said. The explosion struck their armoured vehicle on the main road. No group claimed the "
           "bombing. Officials said the blast was the deadliest in the province this year. The army "
           "sent reinforcements to the area.")


def test_a_wire_brief_that_tells_one_bombing_in_several_sentences_keeps_its_row(strict_pipeline):
    """The learned row check reads how many sentences of an article tell an act, not how many
    rows they fold into: one bombing told four times is as much news as four acts told once."""
    found = [e for e in rows(strict_pipeline, BOMBING) if e.plover == "ASSAULT"]
    assert len(found) == 1 and found[0].location is not None


def test_the_article_size_the_check_reads_counts_told_sentences(noclean_pipeline):
    record = run_text(noclean_pipeline, BOMBING, published=FRIDAY)
    told = [e for e in record.events if e.status != "negated"]
    assert len(told) <= 2 < len({m.sentence.start for e in told for m in e.mentions})
    assert "doc_told=3-6" in document_features(told)


def test_a_town_around_which_positions_lie_is_a_place(noclean_pipeline):
    """The tagger often calls a lesser-known town a person; 'positions around Goma' puts it
    where places go ('rallied around Hassan' does not: around a deed, not a thing)."""
    record = run_text(noclean_pipeline, "The army shelled rebel positions around Goma on Tuesday.", published=FRIDAY)
    assert "Goma" in {p.name for p in record.places}
    record = run_text(noclean_pipeline, "Supporters rallied around Hassan outside the court on Monday.",
                      published=FRIDAY)
    assert "Hassan" not in {p.name for p in record.places}


AMBUSH = ("ISLAMABAD (Reuters) - Militants ambushed a police convoy in northwest Pakistan on Wednesday, "
          "killing six policemen, officials said. The attack took place in the Lakki Marwat district as the "
          "officers were escorting a vaccination team. The Pakistani Taliban claimed the assault.")


def test_a_retelling_in_a_district_of_the_region_named_is_the_same_ambush(noclean_pipeline):
    """'northwest Pakistan' holds the district the next sentence names; the claim names the
    armed men the lead left unnamed (after a dateline the tagger reads 'Militants' as a name)."""
    record = run_text(noclean_pipeline, AMBUSH, published=FRIDAY)
    found = [e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]
    assert len(found) == 1
    assert {m.trigger.text for m in found[0].mentions} >= {"ambushed", "attack", "assault"}
    assert found[0].actor is not None and "Taliban" in found[0].actor.span.text


def test_a_named_actor_is_not_replaced_by_a_claimant(noclean_pipeline):
    text = ("Soldiers shot dead three men at a checkpoint in Kidal on Monday. The Islamic State group "
            "claimed an attack on a police post in Gao on Tuesday.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    shot = next(e for e in record.events if e.trigger.text == "shot")
    assert shot.actor is not None and shot.actor.span.text == "Soldiers"


def test_a_place_describing_the_subject_is_not_where_the_claim_was_made(noclean_pipeline):
    text = ("Suspected jihadists killed 14 soldiers in an ambush near the town of Boni in central Mali on "
            "Tuesday. JNIM, al Qaeda's affiliate in the Sahel, claimed responsibility for the ambush on "
            "Wednesday.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    found = [e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]
    assert len(found) == 1 and place_name(record, found[0]) != "Sahel"
    assert "Sahel" in {p.name for p in record.places}  # (still a place of the text)


def test_a_protester_in_a_town_is_there(noclean_pipeline):
    record = run_text(noclean_pipeline, "Protesters in Nairobi clashed with police on Tuesday.", published=FRIDAY)
    [row] = [e for e in record.events if e.status != "negated"]
    assert place_name(record, row) == "Nairobi"  # (guard: the subject's own place phrase)


def test_an_attack_told_on_another_day_lends_no_weapon(noclean_pipeline):
    text = ("Gunmen killed five soldiers in Mali on Tuesday. Mali's army said it killed 20 militants in "
            "air strikes on Thursday.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    gunmen = next(e for e in record.events if e.actor is not None and e.actor.span.text == "Gunmen")
    assert gunmen.acled["sub_event_type"] != "Air/drone strike"
    army = next(e for e in record.events if e.actor is not None and "army" in e.actor.span.text)
    assert army.acled["sub_event_type"] == "Air/drone strike"


NIGER = ("NIAMEY, Niger (AP) - Islamic State fighters attacked an army position in the Tillaberi region on "
         "Wednesday, killing 20 soldiers, the defense ministry said. The ministry said the army neutralized "
         "about 30 of the assailants' comrades in the ensuing fighting. It was the deadliest attack on the "
         "army since a raid in December that killed 17 soldiers near the border with Mali.")


def test_force_that_ensued_and_the_superlative_retelling_are_the_attack(noclean_pipeline):
    """'in the ensuing fighting' is what followed from the attack; 'the deadliest attack on the
    army' names back the attack on an army position (a party and its site)."""
    record = run_text(noclean_pipeline, NIGER, published=FRIDAY)
    found = [e for e in record.events if e.status != "negated" and e.plover in ("ASSAULT", "COERCE")]
    current = [e for e in found if e.date is not None and e.date.start == "2024-05-08"]
    assert len(current) == 1
    assert {m.trigger.text for m in current[0].mentions} >= {"attacked", "fighting", "attack"}
    december = [e for e in found if e.date is not None and e.date.start.startswith("2023-12")]
    assert len(december) == 1  # the raid that killed 17 is one act
    assert {m.trigger.text for m in december[0].mentions} == {"raid", "killed"}


def test_fighting_that_is_not_said_to_ensue_stays_apart(noclean_pipeline):
    text = ("Islamic State fighters attacked an army position in the Tillaberi region on Wednesday, killing "
            "20 soldiers. Separately, the army said it killed 30 bandits in fighting in Zamfara.")
    found = [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]
    assert len(found) == 2


def test_a_region_the_lead_names_beats_the_dateline_though_the_tagger_calls_it_a_verb(noclean_pipeline):
    """'Sagaing region' (tagged a verb for its '-ing') is where the airstrike was, not Yangon."""
    text = ("YANGON, Myanmar (AP) -- Myanmar's military carried out an airstrike on a village in the "
            "northwestern Sagaing region on Tuesday, killing at least 17 people, according to local media.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [row] = [e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]
    place = record.place_by_id(row.location.place)
    assert place.feature == "admin1" and place.country == "MM"


def test_a_verdict_and_the_sentence_told_next_are_one_ruling(noclean_pipeline):
    text = ("A court in Algiers found journalist Ihsane El Kadi guilty of receiving foreign funds on Sunday. "
            "He was jailed for five years.")
    found = rows(noclean_pipeline, text)
    assert len(found) == 1 and found[0].plover == "COERCE"
    assert {m.trigger.text.split()[0] for m in found[0].mentions} == {"jailed", "found"}


def test_what_is_not_a_ruling_s_sentence_stays_apart(noclean_pipeline):
    # an arrest or a charge comes before the trial
    text = "Police arrested the editor in March. A court convicted him of treason on Monday."
    assert len(rows(noclean_pipeline, text)) == 2
    # an acquittal is no half of a sentence, nor a finding of guilt (since the fifty-sixth session it is
    # an acquittal's row, as "acquitted" is)
    found = rows(noclean_pipeline, "A court found one defendant not guilty on Monday. Nine other men were "
                                   "jailed for 20 years.")
    assert [(e.plover, e.cameo) for e in found] == [("CONCEDE", "081"), ("COERCE", "173")]
    assert len(found[1].mentions) == 1


@pytest.mark.parametrize("text", [
    "The court found him not guilty on Monday.",
    "The tribunal found no one guilty of the killings.",
    "A court found the company's chief executive not liable on Monday.",
])
def test_no_one_found_guilty_is_no_verdict_of_guilt(noclean_pipeline, text):
    assert not [e for e in rows(noclean_pipeline, text) if e.plover == "ACCUSE"]


def test_a_ruling_is_where_the_court_sat_not_where_the_offence_was(noclean_pipeline):
    text = ("LUSAKA, Zambia (AP) - A Zambian court on Thursday convicted opposition leader Mwila Chanda of "
            "sedition and sentenced him to 18 months in prison. Chanda was found guilty over a speech at a "
            "rally in Kitwe last October.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [ruling] = [e for e in record.events if e.plover == "COERCE" and e.status != "negated"]
    assert place_name(record, ruling) != "Kitwe"


def test_the_violence_a_ruling_punishes_is_not_the_ruling_s(noclean_pipeline):
    text = "A Tbilisi court convicted opposition leader Nika Melia of organising riots on Monday and sentenced him."
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "COERCE"]
    assert row.acled is None or row.acled["sub_event_type"] not in (
        "Violent demonstration", "Peaceful protest", "Mob violence")


def test_what_was_said_during_a_meeting_was_said_on_its_day_where_it_was_held(noclean_pipeline):
    text = ("Chinese President Xi Jinping met Indonesian President Prabowo Subianto in Beijing on Monday. "
            "During the meeting, Xi pledged to expand investment in Indonesia.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [pledge] = [e for e in record.events if e.trigger.text == "pledged"]
    assert (pledge.date.start, pledge.date.end) == ("2024-05-06", "2024-05-06")
    assert place_name(record, pledge) == "Beijing"


def test_a_meeting_not_named_back_lends_no_day(noclean_pipeline):
    text = ("Chinese President Xi Jinping met Indonesian President Prabowo Subianto in Beijing on Monday. "
            "Xi also pledged to expand investment in Indonesia, state media said.")
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [pledge] = [e for e in record.events if e.trigger.text == "pledged"]
    assert pledge.date.start != "2024-05-06" or pledge.date.end != "2024-05-06"


@pytest.mark.parametrize(("text", "count"), [
    # a town told as near or outside another, or named back by an anaphor, may be the same act
    ("Jihadists ambushed a convoy near Kati on Monday. The ambush outside Bamako killed four soldiers.", 1),
    ("NAIROBI (Reuters) - Kenyan police killed three protesters in Kitengela on Tuesday. The shootings "
     "near Nairobi drew condemnation from rights groups.", 1),
    # a part of a country holds only the places that lie that way from its centre
    ("Militants attacked a police post in northwest Pakistan on Monday. Militants also attacked a police "
     "post in Karachi.", 2),
])
def test_towns_apart_and_parts_of_a_country_fold_only_what_they_hold(noclean_pipeline, text, count):
    assert len([e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]) == count


@pytest.mark.parametrize(("text", "day"), [
    ("Ukraine's president will attend Tuesday's summit in Brussels, his office said.", "2024-05-14"),
    ("Police will deploy 5,000 officers for Sunday's opposition rally.", "2024-05-12"),
])
def test_a_possessive_day_of_an_act_to_come_is_the_coming_one(noclean_pipeline, text, day):
    found = [e for e in rows(noclean_pipeline, text) if e.plover in ("CONSULT", "PROTEST")]
    assert found and found[-1].date is not None and found[-1].date.start == day


def test_last_week_s_is_a_week_not_a_weekday():
    text = "said on Thursday last week's talks had failed"
    found = find_dates(text, 0, len(text), date(2024, 5, 10))
    assert [d.value.span.text for d in found][0] == "on Thursday"


def test_a_state_taking_ground_abroad_is_no_government_regaining_it(noclean_pipeline):
    [row] = rows(noclean_pipeline, "Ukrainian forces seized the Russian village of Sudzha on Tuesday.")
    assert row.acled["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_spokesman_who_claims_an_attack_is_not_its_doer(noclean_pipeline):
    text = ("Militants attacked an army camp near Kidal on Monday. Rebel spokesman Mohamed Ramadane "
            "claimed the attack.")
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]
    assert row.actor is not None and row.actor.span.text == "Militants"


def test_a_court_that_convicted_two_and_jailed_a_third_gave_two_rulings(noclean_pipeline):
    text = ("A court in Lahore found two men guilty of blasphemy on Tuesday. A third defendant was jailed "
            "for five years.")
    assert len(rows(noclean_pipeline, text)) == 2


@pytest.mark.parametrize("text", [
    # a town the text tells on is not copied again
    "Thousands of supporters rallied in Lahore and Karachi on Sunday. In Karachi, police fired tear gas at the rally.",
    # the towns a march came from are not where it was
    "Thousands of supporters marched from Lahore and Gujranwala to Islamabad on Sunday.",
])
def test_no_town_copy_for_a_town_told_on_or_left(noclean_pipeline, text):
    found = [e for e in rows(noclean_pipeline, text)
             if e.plover == "PROTEST" and e.trigger.text in ("rallied", "marched")]
    assert len(found) == 1


def test_a_crowd_s_deed_done_to_protest_is_the_protest(noclean_pipeline):
    [row] = rows(noclean_pipeline, "Hundreds of traders in Karachi shut their shops on Tuesday to protest "
                                   "against higher electricity bills.")
    assert row.plover == "PROTEST" and row.date.start == "2024-05-07"
    [strike] = rows(noclean_pipeline, "Hundreds of prisoners began a hunger strike on Monday to protest "
                                      "against their transfer.")
    assert strike.trigger.text == "hunger strike"  # (guard: a deed with a trigger of its own is the row)
    assert not rows(noclean_pipeline, "The minister flew to Paris on Monday to protest the decision.")
    [walkout] = rows(noclean_pipeline, "Garment workers in Gazipur walked out on Monday demanding higher wages.")
    assert walkout.plover == "PROTEST"


def test_a_ratification_is_an_act_and_its_news_day_does_not_go_to_the_background(noclean_pipeline):
    """CAMEO 057 signs or ratifies a formal agreement; with the lead's act read, the background
    year the next sentence gives does not date what follows ('NATO welcomed the vote')."""
    text = ("Turkey's parliament ratified Sweden's NATO membership on Tuesday. Sweden applied to join in "
            "May 2022. NATO welcomed the vote.")
    found = {e.trigger.text: e for e in rows(noclean_pipeline, text)}
    assert found["ratified"].date.start == "2024-05-07"
    assert not found["welcomed"].date.start.startswith("2022")
    assert not rows(noclean_pipeline, "Parliament ratified the budget on Monday.")  # (guard: a law)


def test_a_court_named_by_its_town_sits_there_though_the_tagger_calls_the_town_a_nationality(noclean_pipeline):
    text = "A Tbilisi court convicted opposition leader Nika Melia of organising riots on Monday and sentenced him."
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [row] = [e for e in record.events if e.plover == "COERCE" and e.status != "negated"]
    assert place_name(record, row) == "Tbilisi"
    record = run_text(noclean_pipeline, "A Russian court sentenced the journalist to 16 years on Friday.",
                      published=FRIDAY)
    [row] = [e for e in record.events if e.plover == "COERCE"]
    assert row.location is None or record.place_by_id(row.location.place).feature == "country"  # (guard)


@pytest.mark.parametrize("text, town, named", [
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs burned a police station in Gressier, 25 kilometers south of "
     "Port-au-Prince, on Tuesday. In the capital, gunmen opened fire near the national palace on Wednesday.",
     "Port-au-Prince", True),
    ("NAIROBI, Kenya (AP) — Al-Shabaab militants attacked a base in Kismayo, Somalia, on Tuesday. In the "
     "Somali capital Mogadishu, a bomb killed three people on Wednesday.", "Mogadishu", True),
    ("MOGADISHU, Somalia (Reuters) - Al-Shabaab fighters attacked an army base in Baidoa on Tuesday. In the "
     "capital, a car bomb killed three people on Wednesday.", "Mogadishu", True),
    # a report filed from another capital, or one that names a state capital: which capital is unsaid
    ("KYIV, Ukraine (AP) — Ukrainian drones attacked an oil depot in Bryansk overnight, Moscow said. Kremlin "
     "spokesman Dmitry Peskov said Moscow would respond. In the capital, Ukrainian President Volodymyr Zelensky "
     "met the Dutch prime minister on Wednesday.", "Moscow", False),
    ("Gunmen attacked the town of Gwoza in Borno state on Tuesday. Maiduguri, the state capital, was spared. In "
     "the capital, police arrested 20 suspects on Wednesday, officials in Abuja said.", "Abuja", False),
    ("NAIROBI, Kenya (AP) — Somali troops clashed with al-Shabaab near Jowhar on Tuesday. A bomb exploded in "
     "the capital on Wednesday, killing two, Somali police said.", "Nairobi", False),
])
def test_a_bare_capital_is_the_story_s_country_s_capital_when_it_is_plain(noclean_pipeline, text, town, named):
    record = run_text(noclean_pipeline, text, published=FRIDAY)
    [row] = [e for e in record.events if e.date is not None and e.date.start == "2024-05-08"]
    assert (place_name(record, row) == town) is named


@pytest.mark.parametrize("text, published, trigger, day", [
    ("Ukraine has fought since Russia launched its full-scale invasion on February 24, 2022. Russian forces "
     "captured the town of Avdiivka on February 17, Ukraine's army said.", "2024-02-26", "captured", "2024-02-17"),
    ("Sudan's war began in April 2023. The RSF shelled a camp near El Fasher on June 12, killing 14 people.",
     "2025-06-20", "shelled", "2025-06-12"),
])
def test_a_yearless_day_just_before_publication_is_the_report_s_news(noclean_pipeline, text, published, trigger,
                                                                       day):
    [row] = [e for e in rows(noclean_pipeline, text, published) if e.trigger.text == trigger]
    assert row.date is not None and row.date.start == day


def test_a_yearless_day_just_after_the_day_told_before_keeps_its_year(noclean_pipeline):
    text = ("Troops entered Beijing on the night of June 3, 1989. On June 4, soldiers opened fire on protesters "
            "near Tiananmen Square.")
    [row] = [e for e in rows(noclean_pipeline, text, "2024-06-05") if e.trigger.text == "opened fire"]
    assert row.date is not None and row.date.start == "1989-06-04"


def test_a_yearless_day_long_before_publication_keeps_the_narrative_s_year(noclean_pipeline):
    text = ("Sudan's war began in April 2023. The RSF shelled a camp near El Fasher on June 12, killing 14 people.")
    [row] = [e for e in rows(noclean_pipeline, text, "2025-11-20") if e.trigger.text == "shelled"]
    assert row.date is not None and row.date.start == "2023-06-12"


@pytest.mark.parametrize(("text", "expected"), [
    ("arrested 100 students this afternoon", ("2024-05-10", "2024-05-10")),
    ("clashed with police this evening", ("2024-05-10", "2024-05-10")),
    ("detained 40 demonstrators at the end of April", ("2024-04-21", "2024-04-30")),
    ("detained 40 demonstrators towards the end of April", ("2024-04-21", "2024-04-30")),
    ("detained 40 demonstrators at the beginning of May", ("2024-05-01", "2024-05-10")),
    ("detained 40 demonstrators in late April", ("2024-04-21", "2024-04-30")),  # (as before)
])
def test_parts_of_the_day_and_of_the_month_wire_copy_names(text, expected):
    found = find_dates(text, 0, len(text), date(2024, 5, 10))
    assert (found[0].value.start, found[0].value.end) == expected


def test_the_next_moment_of_a_dated_act_is_its_day(noclean_pipeline):
    text = ("A gunman opened fire at a rally in Butler on Wednesday evening. A Secret Service sniper killed the "
            "gunman seconds later.")
    [row] = [e for e in rows(noclean_pipeline, text) if e.trigger.text == "killed"]
    assert (row.date.start, row.date.end) == ("2024-05-08", "2024-05-08")


def test_the_end_of_a_meeting_is_no_date():
    text = "The government announced at the end of the meeting that it would impose a curfew."
    assert find_dates(text, 0, len(text), date(2024, 5, 10)) == []


def test_what_a_call_is_about_is_no_place_it_was_held(noclean_pipeline):
    record = run_text(noclean_pipeline, "Egyptian President Abdel Fattah al-Sisi spoke by phone on Wednesday with U.S. "
                      "President Joe Biden about the war in Sudan.", published=FRIDAY)
    [row] = [e for e in record.events if e.plover == "CONSULT"]
    assert place_name(record, row) != "Sudan"
    # guard: where a meeting was held stays its place
    record = run_text(noclean_pipeline, "The two ministers met in Cairo on Wednesday to talk about the crisis in "
                      "Haiti.", published=FRIDAY)
    [row] = [e for e in record.events if e.plover == "CONSULT"]
    assert place_name(record, row) == "Cairo"
