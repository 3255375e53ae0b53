"""Toponym resolution through the real pipeline, on small texts written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import run_text

from .helpers import km, place_named

PARIS_TEXAS = (
    "Storms hit Paris, Texas, on Monday. The town, north-east of Dallas, lost power, and "
    "officials in Paris said repairs would take days."
)
PARIS_FRANCE = (
    "Thousands marched in Paris on Saturday. France's interior ministry said the protest "
    "in the French capital was peaceful, as were smaller ones in Lyon and Marseille."
)
GEORGIA_STATE = (
    "Voters in Atlanta and Savannah lined up for hours. Georgia's secretary of state said "
    "turnout across Georgia beat every record, with Alabama and Florida close behind."
)
GEORGIA_COUNTRY = (
    "Protesters filled the streets of Tbilisi. Georgia, which borders Russia and Armenia, "
    "has applied to join the European Union."
)
LIMA_PERU = "Peru's president spoke in Lima on Tuesday, as protests spread south to Arequipa."
LIMA_OHIO = "A factory in Lima, Ohio, will close next year, officials in Columbus said."
KIEV_KHARKOV = (
    "Explosions were heard in Kiev on Thursday, while shelling hit Kharkov in the north-east "
    "of Ukraine."
)
UNKNOWN_PLACE = (
    "Officials in Qwertzovograd said the dam near Zlorbinsk held. The town lies far from "
    "any road."
)


def test_paris_texas_vs_france(pipeline):
    texas = place_named(run_text(pipeline, PARIS_TEXAS), "Paris")
    assert texas is not None and texas.country == "US" and texas.admin1 == "Texas"
    france = place_named(run_text(pipeline, PARIS_FRANCE), "Paris")
    assert france is not None and france.country == "FR"
    assert km(france.lat, france.lon, 48.86, 2.35) < 25


def test_repeated_name_keeps_its_qualified_reading(pipeline):
    record = run_text(pipeline, PARIS_TEXAS)
    paris = [p for p in record.places if p.name == "Paris"]
    assert len(paris) == 1 and len(paris[0].mentions) == 2


def test_georgia_state_vs_country(pipeline):
    state = place_named(run_text(pipeline, GEORGIA_STATE), "Georgia")
    assert state is not None and state.country == "US" and state.feature == "admin1"
    country = place_named(run_text(pipeline, GEORGIA_COUNTRY), "Georgia")
    assert country is not None and country.country == "GE" and country.feature == "country"


def test_lima_peru_vs_ohio(pipeline):
    peru = place_named(run_text(pipeline, LIMA_PERU), "Lima")
    assert peru is not None and peru.country == "PE"
    assert km(peru.lat, peru.lon, -12.05, -77.04) < 25
    ohio = place_named(run_text(pipeline, LIMA_OHIO), "Lima")
    assert ohio is not None and ohio.country == "US" and ohio.admin1 == "Ohio"


def test_transliteration_variants_resolve(pipeline):
    record = run_text(pipeline, KIEV_KHARKOV)
    kiev, kharkov = place_named(record, "Kiev"), place_named(record, "Kharkov")
    assert kiev is not None and km(kiev.lat, kiev.lon, 50.45, 30.52) < 25
    assert kharkov is not None and km(kharkov.lat, kharkov.lon, 49.99, 36.23) < 25
    assert kiev.geonameid is not None and kiev.feature == "city"


def test_unknown_names_get_no_coordinates(pipeline):
    record = run_text(pipeline, UNKNOWN_PLACE)
    for words in ("Qwertzovograd", "Zlorbinsk"):
        assert place_named(record, words) is None


def test_places_are_well_formed(pipeline):
    record = run_text(pipeline, GEORGIA_STATE + " " + KIEV_KHARKOV)
    text = record.document.text
    ids = {e.id for e in record.entities}
    for place in record.places:
        assert place.mentions, place
        assert place.entity is None or place.entity in ids
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
        for m in place.mentions:
            assert text[m.start:m.end] == m.text
    covered = [(m.start, m.end) for p in record.places for m in p.mentions]
    assert len(covered) == len(set(covered))


def test_a_name_the_text_calls_a_city_is_a_place_whatever_the_tagger_says(pipeline):
    # the tagger reads the city's name as a person's here; the apposition says it is a city
    record = run_text(pipeline, "The mayor spoke to reporters in the northern city, Banja Luka, "
                                "on Friday. He later met Paul Kagame in the capital.")
    banja_luka = place_named(record, "Banja Luka")
    assert banja_luka is not None and banja_luka.feature == "city"
    assert km(banja_luka.lat, banja_luka.lon, 44.78, 17.19) < 25
    assert place_named(record, "Paul Kagame") is None


def test_a_small_town_the_text_calls_a_city_is_kept_without_other_support(pipeline):
    record = run_text(pipeline, "Fighters attacked a market in the Somali city of Beledweyne "
                                "on Monday.")
    town = place_named(record, "Beledweyne")
    assert town is not None and town.feature == "city"
    [event] = [e for e in record.events if e.plover == "ASSAULT"]
    assert event.location is not None and event.location.place == town.id


def test_a_big_city_in_a_facility_s_name_is_where_it_stands(pipeline):
    record = run_text(pipeline, "Leaders met at the Hanoi Summit last year.")
    hanoi = place_named(record, "Hanoi")
    assert hanoi is not None and km(hanoi.lat, hanoi.lon, 21.03, 105.85) < 25


def test_a_word_that_opens_a_longer_name_is_no_town(pipeline):
    record = run_text(pipeline, "Secretary of State Marco Rubio met the ministers in Washington "
                                "on Thursday.")
    assert place_named(record, "Secretary") is None
    assert place_named(record, "Washington") is not None


def test_a_surname_the_tagger_left_out_of_a_person_is_no_town(pipeline):
    record = run_text(pipeline, "The lobbyist was sentenced by Judge Amy Berman Jackson to 73 months "
                                "in federal prison on Wednesday.")
    assert place_named(record, "Jackson") is None
    town = run_text(pipeline, "The governor flew to Jackson, Mississippi, on Monday.")
    assert place_named(town, "Jackson") is not None


def test_a_qualifier_outside_a_list_is_the_state_it_names(pipeline):
    record = run_text(pipeline, "Ministers met in Charlevoix, Quebec, on Thursday, officials in "
                                "Washington said.")
    quebec = place_named(record, "Quebec")
    assert quebec is not None and (quebec.feature, quebec.country) == ("admin1", "CA")
    listed = run_text(pipeline, "Shelling hit Kyiv, Kharkiv and Odesa on Monday.")
    assert all(place_named(listed, n).feature == "city" for n in ("Kyiv", "Kharkiv", "Odesa"))


def test_two_cities_joined_by_a_comma_stay_cities_and_a_memorial_is_no_town(pipeline):
    record = run_text(pipeline, "Moscow, Washington trade barbs over Syria")
    assert place_named(record, "Washington").feature == "city"
    memorial = run_text(pipeline, "Protesters gathered at the Lincoln Memorial on Saturday.")
    assert place_named(memorial, "Lincoln") is None


def test_a_town_a_preposition_places_is_a_place_whatever_the_tagger_says(pipeline):
    # the tagger reads these towns as a person's name; "in", "near", "the outskirts of" say
    # they are places, and the gazetteer knows a big town of the name
    record = run_text(pipeline, "Rebels shot dead a shopkeeper in Goma on Monday, a local "
                                "official said.")
    goma = place_named(record, "Goma")
    assert goma is not None and km(goma.lat, goma.lon, -1.68, 29.22) < 25
    record = run_text(pipeline, "Shells fell on the southern outskirts of Taiz on Sunday.")
    taiz = place_named(record, "Taiz")
    assert taiz is not None and taiz.country == "YE"


def test_a_big_town_a_side_took_or_struck_is_a_place_whatever_the_tagger_says(pipeline):
    # tagged a person; the object of "seized", "captured" is ground, and a big town has the name
    goma = place_named(run_text(pipeline, "M23 rebels seized Goma on Monday."), "Goma")
    assert goma is not None and goma.country == "CD"
    bukavu = place_named(run_text(pipeline, "Rebels captured Bukavu on Sunday."), "Bukavu")
    assert bukavu is not None and bukavu.country == "CD"
    # a person seized, and a small place of the name, stay no town
    assert place_named(run_text(pipeline, "Police seized Ahmed on Monday."), "Ahmed") is None


@pytest.mark.parametrize("text, alone, town, country", [
    # tagged an organisation and too small to trust alone
    ("Militants attacked an army post in Djibo, in northern Burkina Faso, on Saturday.",
     "Militants attacked an army post in Djibo on Saturday.", "Djibo", "BF"),
    # tagged a product, so found only by the gazetteer scan
    ("Gunmen killed three people in Manbij on Monday, a war monitor said. The attack was the latest in a "
     "string of killings in northern Syria.", "Gunmen killed three people in Manbij on Monday.", "Manbij", "SY"),
])
def test_a_small_town_a_preposition_places_stands_in_the_country_the_text_names(pipeline, text, alone, town,
                                                                                country):
    # "in" and the country told with it say it is the town, whatever the tagger read it as
    found = place_named(run_text(pipeline, text), town)
    assert found is not None and found.country == country
    assert place_named(run_text(pipeline, alone), town) is None


def test_a_person_a_preposition_governs_is_no_town_without_one_of_the_name(pipeline):
    record = run_text(pipeline, "The senator said she had full confidence in Marshall.")
    assert place_named(record, "Marshall") is None
    # "at" someone is a person; a group's name is no other spelling of a small town
    record = run_text(pipeline, "A journalist threw his shoes at Bush during a news conference. "
                                "Infighting in Hamas broke out after the vote.")
    assert place_named(record, "Bush") is None and place_named(record, "Hamas") is None


def test_a_big_town_s_other_spelling_tagged_an_organisation_is_the_town(pipeline):
    """ "a court in Duhok" (GeoNames: Dihok), tagged an organisation the knowledge base does not
    know: a place preposition and a big town of that spelling say it is the town."""
    town = place_named(run_text(pipeline, "In May 2022, a court in Duhok sentenced a local reporter to two "
                                          "years in prison."), "Duhok")
    assert town is not None and town.country == "IQ"


@pytest.mark.parametrize("text, words", [
    ("A drone hit a bus in the Sumy region on Wednesday.", "Sumy region"),  # tagged an organisation
    ("Gunmen attacked Dissa village in the Kayes region on Monday.", "Kayes region"),  # untagged
])
def test_a_division_word_after_a_name_the_tagger_missed_makes_it_the_division(pipeline, text, words):
    region = place_named(run_text(pipeline, text), words)
    assert region is not None and region.feature == "admin1"


@pytest.mark.parametrize("text, words", [
    ("Troops burned homes in the country's central Sagaing region on Tuesday.", "Sagaing"),
    ("A drone strike hit a compound in Khost province on Sunday.", "Khost province"),
])
def test_a_name_called_a_division_is_the_division_the_gazetteer_knows_by_another_spelling(
        pipeline, text, words):
    # the gazetteer knows the town by the name and the division by an alternate spelling
    division = place_named(run_text(pipeline, text), words)
    assert division is not None and division.feature == "admin1"


@pytest.mark.parametrize("text, words, feature", [
    ("Staff at Latakia District Hospital said three people died.", "Latakia", "city"),  # a longer name
    ("Drought has hit Africa's Sahel region hardest.", "Sahel region", "region"),  # no province
    ("A bomb exploded in Khost on Monday.", "Khost", "city"),  # not called a division
    ("Gunmen attacked a Kano district on Monday, killing five people.", "Kano", "city"),  # a quarter
])
def test_a_division_word_inside_a_name_or_on_a_region_keeps_the_reading(pipeline, text, words, feature):
    place = place_named(run_text(pipeline, text), words)
    assert place is not None and place.feature == feature


def test_a_division_word_after_a_name_makes_it_the_division(pipeline):
    province = place_named(run_text(pipeline, "Gunmen killed three people in Latakia province on Monday."),
                           "Latakia province")
    assert province is not None and province.feature == "admin1"
    city = place_named(run_text(pipeline, "Gunmen killed three people in Latakia on Monday."), "Latakia")
    assert city is not None and city.feature == "city"


@pytest.mark.parametrize("text, words, country", [
    # the tagger cuts each name short; joiners ("-i-", "da", "del") and the word before it
    # make one gazetteer name
    ("A bomb exploded near a mosque in Mazar-i-Sharif on Friday, killing three worshippers.",
     "Mazar-i-Sharif", "AF"),
    ("Insurgents attacked the town of Mocimboa da Praia on Monday, burning houses.",
     "Mocimboa da Praia", "MZ"),
    ("Gunmen killed four policemen at a checkpoint in Dera Ismail Khan on Tuesday, officials said.",
     "Dera Ismail Khan", "PK"),
    ("Soldiers clashed with rebels in Surigao del Sur on Tuesday.", "Surigao del Sur", "PH"),
])
def test_a_name_cut_short_by_the_tagger_is_read_whole(pipeline, text, words, country):
    record = run_text(pipeline, text)
    place = place_named(record, words)
    assert place is not None and place.country == country
    assert [p.country for p in record.places] == [country]  # not "Praia", Cape Verde


def test_a_joiner_inside_a_persons_name_makes_no_place(pipeline):
    record = run_text(pipeline, "Mayor Bill de Blasio met members of Tren de Aragua's victims' "
                                "families in New York on Tuesday.")
    assert {p.name for p in record.places} <= {"New York City", "New York"}


@pytest.mark.parametrize("text,words,name", [
    ("Sudan's army said its warplanes struck RSF positions in the town of Kabkabiya on Monday.",
     "Kabkabiya", "Kabkābīyah"),
    ("Police with dogs searched a second apartment block in Magnitigorsk, in Russia's Chelyabinsk region.",
     "Magnitigorsk", "Magnitogorsk"),
])
def test_another_spelling_of_a_town_in_the_report_s_country(pipeline, text, words, name):
    place = place_named(run_text(pipeline, text), words)
    assert place is not None and place.name == name


@pytest.mark.parametrize("text,words", [
    ("Its warplanes struck positions in the town of Kabkabiya on Monday.", "Kabkabiya"),  # no country
    ("Residents of Sudan gathered in the Kabkabiya market.", "Kabkabiya"),  # not said to be a place
    ("Small businesses in the Valley of California contribute most jobs.", "Valley"),
    # a village near Kupiansk is not Synivka, a village of another name 250 km away
    ("Russian drones struck a warehouse in Synkivka, near Kupiansk in Ukraine's Kharkiv region.", "Synkivka"),
])
def test_a_spelling_is_matched_only_where_a_place_is_told_and_its_country_named(pipeline, text, words):
    assert place_named(run_text(pipeline, text), words) is None


def test_spelled_like_needs_the_country_and_a_long_enough_name(gazetteer):
    assert [c.name for c in gazetteer.spelled_like("Kabkabiya", frozenset({"SD"}))][:1] == ["Kabkābīyah"]
    assert gazetteer.spelled_like("Kabkabiya", frozenset({"FR"})) == ()
    assert gazetteer.spelled_like("Kabkabiya", frozenset()) == ()
    assert gazetteer.spelled_like("Mirati", frozenset({"IN"})) == ()  # six letters: too short to trust


@pytest.mark.parametrize(("text", "words", "feature"), [
    # the tagger reads a dateline's capitals as a person, an organisation or a common noun
    ("SRINAGAR (Reuters) - Police arrested two men on Tuesday.", "SRINAGAR", "city"),
    ("JUBA (Reuters) - Soldiers looted shops in the market on Tuesday.", "JUBA", "city"),
    ("BANGUI (AFP) - Police arrested two men on Tuesday.", "BANGUI", "city"),
    # a name a division noun introduces is the division; a town the text calls a town stays one
    ("Gunmen killed a journalist in the state of Guerrero on Wednesday.", "Guerrero", "admin1"),
    ("Gunmen killed five people in the region of Tillaberi on Wednesday.", "Tillaberi", "admin1"),
    ("Gunmen killed five people in the city of Tillaberi on Wednesday.", "Tillaberi", "city"),
])
def test_a_place_the_tagger_or_a_namesake_hid_is_found(pipeline, text, words, feature):
    place = place_named(run_text(pipeline, text), words)
    assert place is not None and place.feature == feature


def test_a_name_in_capitals_outside_a_dateline_is_no_town_for_that(pipeline):
    record = run_text(pipeline, "Police said JUBA, a rapper, was arrested on Tuesday.")
    assert place_named(record, "JUBA") is None


@pytest.mark.parametrize("text, words, country", [
    # a later name joined to one "in" governs, tagged a person
    ("Militants attacked army positions in Aleppo and Homs on Monday, the army said.", "Homs", "SY"),
    # the name of a division "in" governs, read as an adjective or a person's name
    ("Rebels killed 18 people in the Beni territory of North Kivu province on Tuesday.", "Beni", "CD"),
    ("Gunmen attacked a police checkpoint in the Dera Ismail Khan district of Khyber Pakhtunkhwa "
     "province on Monday.", "Dera Ismail Khan", "PK"),
])
def test_a_name_joined_to_a_placed_one_or_naming_a_division_is_a_place(pipeline, text, words, country):
    place = place_named(run_text(pipeline, text), words)
    assert place is not None and place.country == country


def test_a_person_joined_to_a_person_or_before_a_non_division_is_no_place(pipeline):
    record = run_text(pipeline, "The minister met with Biden and Marshall in Paris on Monday.")
    assert place_named(record, "Marshall") is None
    record = run_text(pipeline, "Protesters gathered in the Marshall building on Monday.")
    assert place_named(record, "Marshall") is None


def test_a_curated_port_is_no_small_namesake_beside_another_country_s_places(pipeline):
    # the curated entry has no population; "U.S." and "the Pentagon" lie in one other country
    record = run_text(pipeline, "U.S. aircraft struck Houthi targets in Hodeidah on Tuesday, the "
                                "Pentagon said.")
    port = place_named(record, "Hodeidah")
    assert port is not None and port.country == "YE"


def test_one_other_place_does_not_move_a_capital_to_its_namesake(pipeline):
    moscow = place_named(run_text(pipeline, "Dmitry Kim, a U.S. citizen, was arrested in Moscow in January."),
                         "Moscow")
    assert moscow is not None and moscow.country == "RU"


def test_a_namesake_the_text_places_in_its_state_is_kept(pipeline):
    text = "Police in Moscow, Idaho, arrested a man on Monday."
    moscow = place_named(run_text(pipeline, text), "Moscow")
    assert moscow is not None and moscow.country == "US"
