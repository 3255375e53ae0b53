"""Happenings that share a sentence, a verb or a story, each with a row of its own; and where each was.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.whereabouts`,
:mod:`eventwire.events.joins`, :mod:`eventwire.events.triggers` or
:mod:`eventwire.events.placing` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text
from tests.events.test_retellings import of_type, one, rows


def places(pipeline, text: str, plover: str) -> list[str | None]:
    return sorted((e.location.span.text if e.location else "") for e in of_type(rows(pipeline, text), plover))


# -- one verb, two towns ------------------------------------------------------------------
@pytest.mark.parametrize("text, plover, towns, whom", [
    ("Israeli strikes killed 10 people in Rafah and five in Khan Younis on Tuesday, health officials said.",
     "ASSAULT", ["Khan Younis", "Rafah"], "five"),
    ("Police arrested 30 protesters in Kampala and 12 in Jinja on Tuesday.", "COERCE", ["Jinja", "Kampala"], "12"),
])
def test_a_count_told_town_by_town_with_the_verb_left_out_is_a_row_in_each_town(noclean_pipeline, text, plover,
                                                                                towns, whom):
    found = of_type(rows(noclean_pipeline, text), plover)
    assert sorted(e.location.span.text for e in found if e.location) == towns
    assert any(e.target is not None and e.target.span.text == whom for e in found), [e.target for e in found]


def test_two_towns_shelled_are_a_row_in_each(noclean_pipeline):
    assert places(noclean_pipeline, "Russian forces shelled Kharkiv and Sumy on Tuesday, killing three people.",
                  "ASSAULT") == ["Kharkiv", "Sumy"]


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in Bokkos and wounded seven in Mangu on Sunday.",  # a second verb: its own reading
    "Russian drones attacked Odesa and its port on Tuesday.",  # a town and a site in it
])
def test_a_second_verb_or_a_site_in_the_town_makes_no_copy(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 1


# -- one more of its kind, the next step -----------------------------------------------------
@pytest.mark.parametrize("text", [
    ("A suicide bomber blew himself up at a police checkpoint in Quetta on Monday, killing three officers. "
     "A second bomb exploded at Quetta railway station, wounding 12 passengers."),
    ("Gunmen attacked a village in Zamfara state on Sunday, killing 12 people. "
     "Five more people were killed when gunmen attacked another village nearby."),
])
def test_one_more_weapon_or_site_of_its_kind_is_another_act(noclean_pipeline, text):
    assert len(of_type(rows(noclean_pipeline, text), "ASSAULT")) == 2


def test_the_second_of_a_pair_told_before_is_not_another_act(noclean_pipeline):
    assert len(of_type(rows(noclean_pipeline, (
        "Two bombs exploded at a market in Quetta on Monday, killing six people. "
        "The second bomb went off as rescuers arrived.")), "ASSAULT")) == 1


@pytest.mark.parametrize("text, later", [
    ("Belarusian security forces arrested journalist Andrei Kuznechyk in Minsk on Monday. "
     "He was later sentenced to six years in prison.", "sentenced"),
    ("Police arrested opposition lawmaker Ahmed Tantawy in Cairo on Monday. He was later charged with forging "
     "documents.", "charged"),
])
def test_a_measure_told_later_with_another_verb_is_the_next_step(noclean_pipeline, text, later):
    found = [e for e in rows(noclean_pipeline, text) if e.cameo == "173"]  # (a charge is PLOVER's ACCUSE)
    assert sorted(e.trigger.text for e in found) == sorted(["arrested", later])


def test_an_arrest_told_again_later_with_its_own_verb_stays_one(noclean_pipeline):
    assert len(of_type(rows(noclean_pipeline, (
        "Police arrested opposition lawmaker Ahmed Tantawy in Cairo on Monday. "
        "Tantawy was arrested at his home, his lawyer said later.")), "COERCE")) == 1


# -- words that lost their rows, rows that were no acts -------------------------------------
def test_a_riot_that_left_a_toll_is_a_riot(noclean_pipeline):
    row = one(noclean_pipeline, "Protesters rioted in Nairobi on Tuesday, leaving five dead.", "PROTEST")
    assert row.trigger.text == "rioted"


def test_a_riot_that_burned_a_man_is_still_no_riot(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "A mob burned a man to death in Sialkot on Friday."), "PROTEST")


def test_a_state_of_emergency_of_some_length_is_declared(noclean_pipeline):
    row = one(noclean_pipeline, "Ethiopia declared a six-month state of emergency on Friday.", "COERCE")
    assert row.cameo == "1724"


@pytest.mark.parametrize("text", [
    "Nearly 25 million people in Sudan need humanitarian assistance, OCHA said on Tuesday.",
    "Aid workers in Rafah said conditions were deteriorating on Tuesday.",
])
def test_aid_needed_or_aid_workers_speaking_is_no_aid_given(noclean_pipeline, text):
    assert not of_type(rows(noclean_pipeline, text), "AID")


def test_relief_goods_distributed_are_aid(noclean_pipeline):
    row = one(noclean_pipeline, "WFP distributed sorghum and tarpaulins to displaced families in Marib on Monday.",
              "AID")
    assert row.actor is not None and "WFP" in row.actor.span.text


# -- places --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Students in London marched on Tuesday to protest Israel's bombardment of Rafah.", "London"),
    ("Ukrainians in Warsaw rallied outside the Russian embassy on Sunday to protest the bombing of a hospital "
     "in Kyiv.", "Warsaw"),
    ("Opposition supporters in Islamabad marched on Friday to demand the release of Imran Khan from a jail in "
     "Rawalpindi.", "Islamabad"),
])
def test_a_protest_is_where_its_crowd_was_not_where_what_it_protests_was(noclean_pipeline, text, town):
    assert places(noclean_pipeline, text, "PROTEST") == [town]


def test_a_protest_held_in_a_town_its_purpose_clause_names_is_there(noclean_pipeline):
    assert places(noclean_pipeline, "Hundreds of people gathered on Friday to protest in Rawalpindi against the "
                  "arrest.", "PROTEST") == ["Rawalpindi"]


@pytest.mark.parametrize("text, sea", [
    ("The Pentagon said U.S. forces shot down two Houthi drones over the Gulf of Aden on Tuesday.", "Gulf of Aden"),
    ("Downing Street said British jets shot down Houthi drones over the Red Sea on Tuesday.", "Red Sea"),
    ("Russia's Defence Ministry said its air defences destroyed 20 Ukrainian drones over the Kursk region "
     "on Tuesday.", "Kursk"),
])
def test_drones_downed_over_a_sea_or_a_region_were_downed_there(noclean_pipeline, text, sea):
    row = one(noclean_pipeline, text, "ASSAULT")
    assert row.location is not None and sea in row.location.span.text


def test_a_government_named_by_its_building_is_no_place_of_what_it_tells(noclean_pipeline):
    row = one(noclean_pipeline, "The Pentagon said U.S. forces shot down two Houthi drones on Tuesday.", "ASSAULT")
    assert row.location is None


def test_a_dispute_over_a_region_is_not_placed_over_it(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "India and Pakistan traded accusations over Kashmir on Tuesday."),
                    "ACCUSE")
    assert all(e.location is None or e.location.span.text != "Kashmir" for e in found)


def test_a_province_the_tagger_read_into_the_date_after_it_is_still_the_place(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen killed three soldiers in Amhara on Monday.", "ASSAULT")
    assert row.location is not None and row.location.span.text == "Amhara"


def test_a_month_after_in_is_no_place(noclean_pipeline):
    row = one(noclean_pipeline, "Gunmen killed three soldiers in May, the army said on Monday.", "ASSAULT")
    assert row.location is None


@pytest.mark.parametrize("text, town, province", [
    ("Gunmen killed five people in Victoria, Tamaulipas state, on Sunday.", "Ciudad Victoria", "Tamaulipas"),
    ("Gunmen killed five people in Santa Rosa, Cauca, on Sunday.", "Santa Rosa", "Cauca"),
])
def test_a_town_is_looked_for_in_the_province_its_qualifier_names(noclean_pipeline, text, town, province):
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    [row] = [e for e in record.events if e.plover == "ASSAULT"]
    place = record.place_by_id(row.location.place)
    assert (place.name, place.admin1) == (town, province)


# -- more words the codebooks name, and look-alikes -----------------------------------------
@pytest.mark.parametrize("text", [
    "A prisoner exchange between Russia and Ukraine took place on Wednesday near the Belarusian border.",
    "The swap of 90 prisoners, mediated by Qatar, was completed at Doha airport on Monday.",
])
def test_a_prisoner_exchange_told_by_its_noun_is_a_release(noclean_pipeline, text):
    assert [e.cameo for e in rows(noclean_pipeline, text) if e.trigger.text in ("exchange", "swap")] == ["0841"]


def test_an_exchange_of_views_is_no_release(noclean_pipeline):
    assert not [e for e in rows(noclean_pipeline, "The two ministers held an exchange of views in Geneva on Monday.")
                if e.cameo == "0841"]


@pytest.mark.parametrize("text", [
    "Russian troops crossed into the Sumy region of Ukraine on Tuesday, the regional governor said.",
    "Ukrainian forces pushed into Russia's Kursk region on Tuesday.",
    "Israeli troops launched a ground incursion into Jenin refugee camp on Monday.",
])
def test_forces_crossing_or_pushing_into_ground_use_force(noclean_pipeline, text):
    assert of_type(rows(noclean_pipeline, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Chad on Tuesday.",
    "The company pushed into new markets in Kenya on Tuesday.",
    "Shares advanced in Tokyo on Tuesday.",
])
def test_people_or_firms_crossing_or_pushing_into_use_no_force(noclean_pipeline, text):
    assert not of_type(rows(noclean_pipeline, text), "ASSAULT")


def test_a_second_explosion_is_one_act_not_many(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, (
        "A car bomb exploded in Mogadishu on Sunday, killing five. "
        "Three people were killed in a second explosion near a bus station in the city.")), "ASSAULT")
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "The film bombed at the box office in Berlin on Friday.",
    "Sales exploded after the product launch in Berlin on Friday.",
])
def test_a_film_that_bombed_or_sales_that_exploded_are_no_attack(noclean_pipeline, text):
    assert not of_type(rows(noclean_pipeline, text), "ASSAULT")


@pytest.mark.parametrize("text, plover", [
    ("A UNHCR convoy carrying tents and blankets arrived in Kadugli on Tuesday.", "AID"),
    ("A convoy carrying troops arrived in Kadugli on Tuesday.", "MOBILIZE"),
])
def test_what_an_arriving_convoy_carries_says_what_arrived(noclean_pipeline, text, plover):
    assert [e.plover for e in rows(noclean_pipeline, text)] == [plover]


# -- the look-alikes the reviews found ------------------------------------------------------
def test_states_attacked_side_by_side_are_parties_not_towns(noclean_pipeline):
    assert len(of_type(rows(noclean_pipeline, "Iran attacked Israel and Jordan on Saturday night, Israeli officials "
                            "said."), "ASSAULT")) == 1


def test_a_count_told_in_another_town_on_another_day_makes_no_copy_dated_the_first_day(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "Israeli strikes killed 10 people in Rafah on Sunday and five in Khan "
                         "Younis on Monday, officials said."), "ASSAULT")
    assert not [e for e in found if e.location and e.location.span.text == "Khan Younis"
                and e.date and e.date.start == "2024-03-03"]


def test_custody_told_again_later_is_the_arrest(noclean_pipeline):
    assert len(of_type(rows(noclean_pipeline, (
        "Police arrested an opposition activist in Harare on Monday. "
        "He was later detained at Harare Central police station, his lawyer said.")), "COERCE")) == 1


def test_goods_traders_brought_are_no_aid(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "Traders brought maize to the market in Lilongwe on Monday."), "AID")


def test_aid_convoys_entering_a_town_are_aid(noclean_pipeline):
    assert of_type(rows(noclean_pipeline, "Aid convoys entered northern Gaza on Thursday, the Israeli military said."),
                   "AID")


def test_a_release_families_await_is_still_told(noclean_pipeline):
    assert [e for e in rows(noclean_pipeline, (
        "Families in Tel Aviv await the release of 33 hostages under the ceasefire deal agreed in Doha on "
        "Wednesday, officials said.")) if e.trigger.text == "release"]


def test_missiles_fired_over_a_sea_at_a_town_are_placed_where_they_hit(noclean_pipeline):
    row = one(noclean_pipeline, "Israeli jets fired missiles over the Mediterranean at targets near Homs "
                         "on Sunday, Syrian state media said.", "ASSAULT")
    assert row.location is not None and row.location.span.text == "Homs"


def test_a_protest_over_a_sea_is_not_placed_in_it(noclean_pipeline):
    found = rows(noclean_pipeline, "China protested to Manila over the South China Sea on Monday.")
    assert found  # (a complaint to Manila since the fifty-fourth session, no longer a PROTEST row)
    assert all(e.location is None or "Sea" not in e.location.span.text for e in found)


def test_a_local_protest_against_a_local_project_keeps_its_place(noclean_pipeline):
    row = one(noclean_pipeline, "Residents protested the construction of a dam in the village of Kajbar "
                         "in northern Sudan on Monday.", "PROTEST")
    assert row.location is not None


def test_provinces_listed_are_no_town_in_the_next(noclean_pipeline):
    record = run_text(noclean_pipeline, "Gunmen attacked villages in Morelos, Michoacan and Guerrero on Sunday.",
                      published="2024-03-08")
    assert not [p for p in record.places if p.name == "Morelos" and p.admin1 == "Michoacan"]


# -- from a hand check of corpus rows --------------------------------------------------------
def test_a_persons_campaign_speaks_for_them(noclean_pipeline):
    row = one(noclean_pipeline, "The Biden campaign criticized the move on Friday.", "ACCUSE")
    assert row.actor is not None and row.actor.span.text == "The Biden campaign"


def test_a_bombing_campaign_is_no_party(noclean_pipeline):
    found = of_type(rows(noclean_pipeline, "The bombing campaign killed 300 civilians in Aleppo last year."),
                    "ASSAULT")
    assert all(e.actor is None or "campaign" not in e.actor.span.text for e in found)


def test_pictures_captured_are_no_capture(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "Tourists captured pictures of the parade in Taipei on Monday."),
                       "COERCE")


# -- the look-alikes the second review found ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dozens of Afghan soldiers crossed into Tajikistan on Monday to escape the Taliban advance.",
    "A Russian soldier crossed into Ukraine on Tuesday and surrendered to border guards.",
    "Market forces pushed the economy into recession last quarter.",
])
def test_armed_men_fleeing_or_surrendering_across_a_border_use_no_force(noclean_pipeline, text):
    assert not [e for e in rows(noclean_pipeline, text) if e.trigger.text in ("crossed", "pushed")]


def test_a_student_exchange_frees_no_one(noclean_pipeline):
    assert not [e for e in rows(noclean_pipeline, "The University of Nairobi launched a student exchange with "
                                "Makerere University on Tuesday.") if e.cameo == "0841"]


@pytest.mark.parametrize("text, plover", [
    ("Rebels captured an army post near Kidal on Sunday, the Malian army said.", "COERCE"),
    ("The World Food Programme gave maize to 20,000 people in Tigray on Monday.", "AID"),
])
def test_words_the_narrowed_classes_left_out_still_read(noclean_pipeline, text, plover):
    assert of_type(rows(noclean_pipeline, text), plover)


def test_an_ammunition_stock_that_exploded_is_a_blast(noclean_pipeline):
    assert [e for e in rows(noclean_pipeline, "An ammunition stock exploded at a Russian base in Crimea on Tuesday "
                            "after a Ukrainian drone attack.") if e.trigger.text == "exploded"]


def test_a_film_that_bombed_told_with_a_participle_after_is_no_attack(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "The film bombed at the box office on its opening weekend, earning "
                            "just $4 million."), "ASSAULT")


def test_setting_oneself_on_fire_is_a_protest(noclean_pipeline):
    found = rows(noclean_pipeline, "A street vendor set himself on fire outside the governor's office in Sidi Bouzid "
                 "on Friday in protest.")
    assert [e.plover for e in found if e.trigger.text.startswith("set")] == ["PROTEST"]


def test_the_wounded_taken_to_hospital_are_not_detained(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "The wounded were transported to a hospital in Gaza City on Monday."),
                       "COERCE")


def test_a_name_read_as_a_modifier_of_the_name_after_its_verb_is_the_doer(noclean_pipeline):
    row = one(noclean_pipeline, "Trump hosted Erdogan in the White House on Wednesday.", "CONSULT")
    assert row.actor is not None and row.actor.span.text == "Trump"


@pytest.mark.parametrize("text", [
    "The Saudi-led coalition struck Sanaa on Monday.",
    "Police detained banned opposition leader Ali Musa in Kampala on Monday.",
])
def test_a_participle_that_modifies_stays_a_modifier(noclean_pipeline, text):
    assert all(e.trigger.text not in ("led", "banned") for e in rows(noclean_pipeline, text))


def test_a_plan_met_with_criticism_is_no_meeting(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "The proposal was met with criticism in Parliament on Monday."),
                       "CONSULT")


def test_a_minister_who_met_with_the_opposition_met_it(noclean_pipeline):
    assert of_type(rows(noclean_pipeline, "Blinken met with the opposition in Caracas on Monday."), "CONSULT")


def test_a_pause_in_aid_is_no_aid_given(noclean_pipeline):
    assert not of_type(rows(noclean_pipeline, "The United States hopes to resolve the pause in aid to Ukraine during "
                            "talks with Ukrainian officials in Jeddah."), "AID")


def test_aid_resumed_is_aid(noclean_pipeline):
    assert of_type(rows(noclean_pipeline, "The United States resumed aid to Ukraine on Tuesday."), "AID")
