"""Days and places wire copy tells without the plain words: a weekday with its date, "a
fortnight ago", "the capital" and "the country's north" in a report on one country, a site
named after its town ("Goma airport"), and protests by self-immolation and lynchings told
with a noun.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.timex`,
:mod:`eventwire.geo.unnamed`, :mod:`eventwire.geo.wording`, :mod:`eventwire.events.sites`
or the lexicon through the whole pipeline (or the date finder alone).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.timex import find_dates
from tests.conftest import run_text
from tests.events.test_days_and_seats import days
from tests.events.test_folds import place_name
from tests.events.test_retellings import of_type, one, rows
from tests.events.test_sides_told import place_text


def row_place(pipeline, text: str, plover: str, **meta) -> str | None:
    """The gazetteer name of the place of the one row of that type."""
    meta.setdefault("published", "2024-06-14")
    record = run_text(pipeline, text, **meta)
    [row] = [e for e in record.events if e.plover == plover and e.status != "negated"]
    return place_name(record, row)


# -- a weekday with the date that names it --------------------------------------------------------
@pytest.mark.parametrize("text, day", [
    ("Security forces arrested two opposition leaders in Caracas on Friday, August 16, officials said.",
     "2024-08-16"),
    ("Security forces arrested two opposition leaders in Caracas on Friday 16 August, officials said.",
     "2024-08-16"),
    ("Police detained 40 protesters in Harare on Thursday (August 15), their lawyers said.", "2024-08-15"),
    ("On Friday, August 16, security forces arrested two opposition leaders in Caracas.", "2024-08-16"),
])
def test_a_weekday_told_with_its_date_is_that_date(noclean_pipeline, text, day):
    row = one(noclean_pipeline, text, "COERCE", published="2024-08-30")
    assert days(row) == (day, day)


def test_a_weekday_and_its_date_are_one_mention_and_a_weekday_alone_is_still_read():
    text = "Police detained 40 protesters in Harare on Friday, August 16."
    [told] = find_dates(text, 0, len(text), date(2024, 8, 30))
    assert text[told.start:told.end] == "on Friday, August 16" and told.value.start == "2024-08-16"
    alone = "Police detained 40 protesters in Harare on Friday."
    [friday] = find_dates(alone, 0, len(alone), date(2024, 8, 28))
    assert friday.value.start == "2024-08-23"
    apart = "Police detained 40 protesters on Friday and released them on August 26."
    assert [m.kind for m in find_dates(apart, 0, len(apart), date(2024, 8, 28))] == ["weekday", "md"]


def test_a_weekday_mistyped_keeps_its_date_s_year_and_an_ordinal_after_a_weekday_counts():
    said = "Gunmen attacked a church on Saturday, June 10, police said."
    [told] = find_dates(said, 0, len(said), date(2024, 6, 17))  # (June 10, 2024 was a Monday)
    assert told.value.start == "2024-06-10"
    said = "On Sunday, the 10th attack this month hit Kano."
    assert [m.kind for m in find_dates(said, 0, len(said), date(2024, 6, 17))][:2] == ["weekday", "the_day"]


@pytest.mark.parametrize("said, ago", [
    ("A fortnight ago, the RSF attacked the town of Sennar.", 14),
    ("Police arrested two journalists in Harare a couple of days ago.", 2),
    ("Two weeks ago, gunmen killed five villagers in Zamfara state.", 14),
])
def test_days_ago_told_in_words(said, ago):
    published = date(2024, 11, 29)
    [told] = find_dates(said, 0, len(said), published)
    assert told.value.start == (published.fromordinal(published.toordinal() - ago)).isoformat()


# -- "the capital", "the country's north" in a report on one country ------------------------------
@pytest.mark.parametrize("text, plover, name", [
    ("Haiti's transitional council was sworn in last month. On Tuesday, gangs attacked a police station in "
     "the capital, killing two officers.", "ASSAULT", "Port-au-Prince"),
    ("Mali's junta has ruled the country since 2020. On Monday, security forces detained 11 opposition "
     "figures at a meeting in the capital.", "COERCE", "Bamako"),
    ("Nigeria's army said on Tuesday it killed 30 bandits in the country's northwest.", "ASSAULT",
     "northwest Nigeria"),
    ("Burkina Faso's army said gunmen attacked a police post in the north of the country on Sunday, killing "
     "four officers.", "ASSAULT", "north Burkina Faso"),
])
def test_the_capital_and_the_country_s_parts_are_the_report_s_country_s(noclean_pipeline, text, plover, name):
    assert row_place(noclean_pipeline, text, plover) == name


@pytest.mark.parametrize("text, plover", [
    ("Armenian protesters rallied in the capital on Monday against the border deal with Azerbaijan.", "PROTEST"),
    ("Texas lawmakers passed the bill on Monday. Protesters marched in the capital on Tuesday against the new "
     "law.", "PROTEST"),
])
def test_the_capital_of_a_people_or_of_a_division_is_not_guessed(noclean_pipeline, text, plover):
    assert row_place(noclean_pipeline, text, plover) is None


@pytest.mark.parametrize("text, trigger, name", [
    ("Rockets landed near the U.S. embassy in Baghdad on Sunday. Iraqi police said a third rocket hit a house "
     "in the capital on Monday, wounding a child.", "hit", "Baghdad"),
    ("Russian missiles hit a shopping centre in Kharkiv on Saturday. Russia's defence ministry in Moscow said air "
     "defences shot down eight Ukrainian drones over the capital on Sunday.", "shot", "Moscow"),
])
def test_the_capital_named_back_is_the_one_the_report_names_whoever_else_it_names(noclean_pipeline, text, trigger,
                                                                                   name):
    record = run_text(noclean_pipeline, text, published="2024-06-14")
    [row] = [e for e in record.events if e.trigger.text.startswith(trigger) and e.status != "negated"]
    assert place_name(record, row) == name


def test_the_capital_of_a_report_on_two_countries_or_a_named_one_is_not_guessed(noclean_pipeline):
    assert row_place(noclean_pipeline, "Ukraine said Russia struck the capital overnight, killing two people.",
                      "ASSAULT") is None
    assert row_place(noclean_pipeline, "Mali's junta said troops detained 11 opposition figures in the capital, "
                      "Bamako, on Monday.", "COERCE") == "Bamako"
    record = run_text(noclean_pipeline, "Kenya's government raised capital from investors in London.",
                      published="2024-06-14")
    assert not any(m.text == "capital" for p in record.places for m in p.mentions)


# -- a site named after its town ------------------------------------------------------------------
@pytest.mark.parametrize("text, plover, name", [
    ("M23 rebels, who control large parts of North Kivu, shelled Goma airport on Tuesday.", "ASSAULT", "Goma"),
    ("Gunmen attacked Kuje prison near Abuja on Tuesday night, the police said.", "ASSAULT", "Kuje"),
    ("Houthi drones targeted Eilat port on Sunday, the Israeli military said.", "ASSAULT", "Eilat"),
])
def test_a_site_named_after_its_town_is_in_that_town(noclean_pipeline, text, plover, name):
    assert row_place(noclean_pipeline, text, plover) == name


@pytest.mark.parametrize("text, plover, name", [
    ("Police arrested two men at Logan airport in Boston on Monday.", "COERCE", "Boston"),  # a person's name
    ("Gunmen attacked the UN camp near Bentiu on Tuesday, the mission said.", "ASSAULT", "Bentiu"),  # a body's
    ("Soldiers detained 30 suspects at Giwa barracks in Maiduguri on Friday, Amnesty said.", "COERCE",
     "Maiduguri"),  # named after another town than the one it is in
    ("Police arrested a man at LaGuardia Airport on Monday.", "COERCE", None),  # a name of its own
    ("Police arrested two men at Kennedy airport in New York on Monday.", "COERCE", "New York City"),  # a
    # person's name: a town abroad (Bogota's Kennedy) only beside the report's places
    ("Soldiers killed 12 traders at Gamboru market in Maiduguri on Friday, Amnesty said.", "ASSAULT",
     "Maiduguri"),  # a town 125 km off
])
def test_a_site_named_after_no_town_of_its_own_keeps_the_place_told(noclean_pipeline, text, plover, name):
    assert row_place(noclean_pipeline, text, plover) == name


def test_a_place_a_site_lies_near_stays_the_place_without_a_town_of_the_site(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen attacked an army base near Abuja on Tuesday.", "ASSAULT")
    assert place_text(row) == "Abuja"


# -- protests by self-immolation, lynchings told with a noun --------------------------------------
@pytest.mark.parametrize("text", [
    "A man set himself ablaze outside the parliament on Monday to protest against unemployment.",
    "A farmer burned himself in front of the governor's office in Kasserine on Tuesday, witnesses said.",
])
def test_setting_oneself_on_fire_is_a_protest_of_no_violence_to_others(noclean_pipeline, text):
    row = one(noclean_pipeline, text, "PROTEST")
    assert row.acled is not None and row.acled["sub_event_type"] == "Peaceful protest"


def test_others_set_ablaze_and_things_burned_are_not_a_self_immolation(noclean_pipeline):
    row = one(noclean_pipeline, "Rioters set a police station ablaze in Dhaka on Friday.", "PROTEST")
    assert row.acled is not None and row.acled["sub_event_type"] == "Violent demonstration"
    assert not of_type(rows(noclean_pipeline, "The fans burned flags outside the stadium on Friday."), "PROTEST")


@pytest.mark.parametrize("text", [
    "The senator called the impeachment inquiry a political lynching.",
    "Critics said the trial amounted to a lynching of his reputation.",
    "The coach said he had burned himself out after the season.",
    "His resignation was an act of political self-immolation, analysts said.",
])
def test_lynchings_and_self_immolations_as_figures_of_speech_are_no_rows(noclean_pipeline, text):
    assert not [(r.plover, r.trigger.text) for r in rows(noclean_pipeline, text)]


def test_a_lynching_told_with_its_noun_is_a_killing_of_whom_it_names(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "Police arrested 12 people over the lynching of two men accused of "
                         "theft in Kano on Sunday."), "ASSAULT")
    assert [(r.cameo, r.target.span.text if r.target else None) for r in found] == [("1823", "two men")]


# -- verdicts: an acquittal, and the offence a verdict names ---------------------------------------
@pytest.mark.parametrize("text", [
    "A tenth defendant was found not-guilty by the court in Bradford on Friday.",
    "A jury in Leeds found the former councillor not guilty of murder on Friday.",
])
def test_found_not_guilty_is_an_acquittal_and_its_offence_no_act(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert [(r.plover, r.cameo) for r in found] == [("CONCEDE", "081")]


def test_the_offence_a_guilty_verdict_names_is_no_act_of_its_own(noclean_pipeline):
    found = rows(noclean_pipeline, "A jury in Leeds found the man guilty of murder on Friday.")
    assert [(r.plover, r.cameo) for r in found] == [("ACCUSE", "116")]


def test_what_an_act_set_off_is_placed_where_it_happened_not_the_act(noclean_pipeline):
    text = ("NAIROBI, Kenya (AP) — Police arrested the opposition leader on Monday, a move that sparked two days "
            "of protests in Kisumu.")
    assert row_place(noclean_pipeline, text, "COERCE") == "Nairobi"
    # (a centre "set up" in a town is no outcome: the agreement is placed there)
    assert row_place(noclean_pipeline, "Leaders of the bloc agreed on Monday to set up a research center in "
                      "Tokyo.", "AGREE") == "Tokyo"


def test_the_capital_told_with_its_name_is_that_town(noclean_pipeline):
    text = "Police shot dead a protester in the capital, Luanda, on Saturday, Angolan police said."
    assert row_place(noclean_pipeline, text, "ASSAULT") == "Luanda"


def test_who_self_immolated_is_the_protest_s_doer(noclean_pipeline):
    row = one(noclean_pipeline, "The self-immolation of a Tibetan monk on Wednesday was reported by rights groups.",
              "PROTEST")
    assert row.actor is not None and row.actor.span.text == "a Tibetan monk" and row.target is None


@pytest.mark.parametrize("text, plover, town", [
    ("Police opened fire on opposition supporters in the Chagoua neighbourhood of N'Djamena on Thursday.",
     "ASSAULT", "N'Djamena"),  # a town the tagger reads as a person, after a quarter's "of"
    ("Police opened fire on opposition supporters who had gathered in the Chagoua neighbourhood of "
     "N'Djamena on Thursday.", "ASSAULT", "N'Djamena"),
])
def test_the_town_a_quarter_belongs_to(noclean_pipeline, text, plover, town):
    assert row_place(noclean_pipeline, text, plover) == town


# -- a clause set at another time is another act's: its place is not the act's --------------------
@pytest.mark.parametrize("text, plover, place", [
    ("Prime Minister Ariel Henry, who has been stranded in Puerto Rico since gangs seized control of the "
     "capital's main airport, has not said whether he will take part.", "ASSAULT", None),
    ("Speaking in Geneva after the talks ended, the envoy condemned the attack.", "ACCUSE", "Geneva"),
])
def test_a_place_above_a_clause_set_at_another_time(noclean_pipeline, text, plover, place):
    assert row_place(noclean_pipeline, text, plover) == place


# -- a town the gazetteer lacks, told in a later sentence of a lead placed only by its dateline -----
def test_a_lead_placed_only_by_its_dateline_yields_to_an_unknown_town_told_after(noclean_pipeline):
    text = ("OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters attacked a convoy carrying food to the "
            "besieged town of Djibo on Monday, killing 11 soldiers, the government said.\n\n"
            "The convoy was hit near the village of Gaskinde, in Soum province, as it traveled from the town of "
            "Kaya under military escort, a government spokesman said.")
    assert row_place(noclean_pipeline, text, "ASSAULT", published="2022-09-28") == "Burkina Faso"


def test_a_lead_in_the_capital_stays_there_beside_an_unknown_village(noclean_pipeline):
    text = ("KABUL, Afghanistan (AP) — Gunmen attacked a wedding party in the capital on Friday, killing six "
            "people, police said.\n\nThe attackers struck near the village of Qargha as guests arrived, a police "
            "spokesman said.")
    assert row_place(noclean_pipeline, text, "ASSAULT") == "Kabul"


@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked a bus travelling from Kaya on Monday, killing four.", None),
    ("Gunmen attacked a bus in the town of Kaya on Monday, killing four.", "Kaya"),
])
def test_where_a_journey_began_told_as_a_town_of(noclean_pipeline, text, place):
    assert row_place(noclean_pipeline, text, "ASSAULT") == place


# -- two verbs of one clause, one placed only by the dateline: one act, at the other's place -------
@pytest.mark.parametrize("text, place", [
    ("MAPUTO, Mozambique (AP) — Islamic State-linked insurgents beheaded at least seven villagers and set fire to "
     "dozens of homes in northern Mozambique's Cabo Delgado province over the weekend, local officials said "
     "Monday.", "Cabo Delgado"),
])
def test_a_joined_verb_placed_only_by_the_dateline_is_one_act(noclean_pipeline, text, place):
    record = run_text(noclean_pipeline, text, published="2020-06-29")
    rows = [e for e in record.events if e.status != "negated" and e.plover == "ASSAULT"]
    assert len(rows) == 1, [(e.trigger.text, place_name(record, e)) for e in rows]
    assert place_name(record, rows[0]) == place


def test_two_clauses_with_doers_of_their_own_stay_apart_beside_a_dateline(noclean_pipeline):
    text = ("KYIV, Ukraine (AP) — Russian drones struck an apartment block in Kharkiv on Monday, and missiles hit "
            "a port in Odesa, officials said.")
    record = run_text(noclean_pipeline, text, published="2024-06-14")
    assert len([e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]) == 2
