"""Linking behaviours on short texts written for these tests (real spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.options import Options
from tests.conftest import run_text


def by_name(record, name):
    found = [e for e in record.entities if e.name == name]
    assert found, [(e.name, [m.text for m in e.mentions]) for e in record.entities]
    return found[0]


def texts(entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_the_ministry_refers_back_to_the_named_ministry(pipeline):
    record = run_text(pipeline, "Ukraine's defence ministry said on Tuesday that two bridges "
                                "were damaged. The ministry added that repairs would take weeks.")
    mod = by_name(record, "Ministry of Defence of Ukraine")
    assert texts(mod) == ["Ukraine's defence ministry", "ministry"]
    assert mod.country == "UA"


def test_acronym_in_parentheses_joins_an_unknown_organization(pipeline):
    record = run_text(pipeline, "The Coastal Fishermen Union (CFU) called a strike in Lagos on "
                                "Monday. CFU leaders said talks had failed.")
    union = by_name(record, "Coastal Fishermen Union")
    assert texts(union).count("CFU") == 2 and union.kb_id is None


def test_surname_joins_the_full_name(pipeline):
    record = run_text(pipeline, "Maria Kovalenko, a nurse in Kharkiv, said the shelling lasted "
                                "all night. Kovalenko said she had stayed in the basement.")
    nurse = by_name(record, "Maria Kovalenko")
    assert texts(nurse) == ["Maria Kovalenko", "Kovalenko"] and nurse.type == "PERSON"
    assert by_name(record, "Kharkiv").kb_id == "kharkiv"


def test_possessive_and_demonym_name_the_same_army(pipeline):
    record = run_text(pipeline, "Israel's army said it struck targets in Gaza. Hamas fighters "
                                "fired rockets at Israeli towns, and Israeli troops moved in.")
    idf = by_name(record, "Israel Defense Forces")
    assert texts(idf) == ["Israel's army", "Israeli troops"]
    assert texts(by_name(record, "Hamas")) == ["Hamas"]  # "Hamas fighters" stay Hamas
    assert by_name(record, "Gaza Strip").type == "LOC"


def test_defenders_outside_a_war_are_nobody_in_the_kb(pipeline):
    record = run_text(pipeline, "The defenders of the old castle held out for a week, the museum "
                                "guide said. Its defenders were later honored.")
    assert all(e.kb_id is None for e in record.entities)


def test_defenders_in_a_war_report_are_the_defending_side(pipeline):
    record = run_text(pipeline, "Russian troops shelled the city of Kharkiv in Ukraine on Sunday. "
                                "The last defenders refused to surrender.")
    assert by_name(record, "Ukrainian defenders").kb_id == "ua-defenders"
    assert texts(by_name(record, "Russian Armed Forces")) == ["Russian troops"]


def test_officials_with_a_demonym_speak_for_that_government(pipeline):
    record = run_text(pipeline, "Russian officials in Moscow denied the report, while Ukrainian "
                                "officials in Kyiv confirmed it.")
    assert texts(by_name(record, "Government of Russia")) == ["Russian officials"]
    assert texts(by_name(record, "Government of Ukraine")) == ["Ukrainian officials"]


def test_lowercase_words_are_not_countries(pipeline):
    record = run_text(pipeline, "She bought a set of china plates and a turkey for dinner in "
                      "New Jersey.")
    names = {e.name for e in record.entities}
    assert "China" not in names and "Turkey" not in names and "Jersey" not in names
    assert not any(m.text.islower() for e in record.entities for m in e.mentions)


def test_weak_aliases_link_only_in_context(pipeline):
    american = run_text(pipeline, "Hillary Clinton campaigned in Ohio. Lawmakers in Congress "
                                  "voted on Friday, and Clinton said she would win.")
    assert by_name(american, "United States Congress").kb_id == "us-congress"
    assert texts(by_name(american, "Hillary Clinton")) == ["Hillary Clinton", "Clinton"]
    nigerian = run_text(pipeline, "Delegates of the All Progressives Congress met in Abuja "
                                  "on Friday.")
    assert all(e.kb_id != "us-congress" for e in nigerian.entities)


def test_a_misspelling_links_only_when_the_document_is_about_its_country(pipeline):
    war = run_text(pipeline, "Russian Defense Ministry spokesman Konashenko said Ukraine had "
                             "lost two tanks near Kharkiv.")
    assert by_name(war, "Igor Konashenkov").kb_id == "konashenkov"
    elsewhere = run_text(pipeline, "Coach Konashenko said Brazil had played well in Rio.")
    assert all(e.kb_id != "konashenkov" for e in elsewhere.entities)


def test_spans_are_offsets_into_the_clean_text(pipeline):
    record = run_text(pipeline, "According to the Associated Press on Monday, the Taliban said "
                                "Afghan forces withdrew from Kandahar.")
    text = record.document.text
    for entity in record.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    assert texts(by_name(record, "Associated Press")) == ["Associated Press"]
    assert by_name(record, "Taliban").type == "ORG"
    assert texts(by_name(record, "Afghan National Army")) == ["Afghan forces"]


def _user_kb_pipeline(folder: Path, **row):
    """A pipeline with one user KB file holding ``row`` (a test's own entry)."""
    from eventwire.pipeline import Pipeline

    path = folder / f"{row['id']}.jsonl"
    entry = {"affiliation": None, "description": "written for a test", "source": "test", **row}
    path.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    return Pipeline(Options(detect_duplicates=False, kb_paths=[path]))


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory):
    return _user_kb_pipeline(tmp_path_factory.mktemp("kb"), id="valley-guard", name="Northern Valley Guard",
                             type="MILITARY_UNIT", kind="armed_group", country="NP",
                             aliases=["Valley Guard", "NVG"])


def test_user_kb_file_is_used_by_the_stage(user_pipeline):
    record = run_text(user_pipeline, "Fighters of the Valley Guard attacked a post in Nepal. "
                                     "The NVG said two of its members died.")
    guard = by_name(record, "Northern Valley Guard")
    assert guard.kb_id == "valley-guard" and texts(guard) == ["Valley Guard", "NVG"]


def test_other_conflicts_armies_groups_and_the_coalition(pipeline):
    record = run_text(pipeline, "Houthi rebels fired a missile at Saudi Arabia on Sunday, the "
                                "Saudi-led coalition said. The coalition said it intercepted it.")
    assert texts(by_name(record, "Houthis")) == ["Houthi rebels"]
    assert texts(by_name(record, "Saudi-led coalition")) == ["Saudi-led coalition", "coalition"]
    border = run_text(pipeline, "Indian troops exchanged fire with Pakistani soldiers along the "
                                "Line of Control, India's defence ministry said. Pakistan's "
                                "military denied it.")
    assert texts(by_name(border, "Pakistan Armed Forces")) == ["Pakistani soldiers",
                                                               "Pakistan's military"]
    assert by_name(border, "Indian Armed Forces").country == "IN"
    assert by_name(border, "Ministry of Defence of India").kb_id == "in-mod"


def test_possessive_alias_spelling_is_matched(pipeline):
    record = run_text(pipeline, "Myanmar's junta said its forces seized a village in Rakhine "
                                "State. The junta later denied it.")
    junta = by_name(record, "State Administration Council")
    assert texts(junta) == ["Myanmar's junta", "junta"]


def test_a_generic_ministry_name_is_the_documents_ministry(pipeline):
    record = run_text(pipeline, "British troops arrived in Estonia on Monday, the Ministry of "
                                "Defence said.")
    assert by_name(record, "Ministry of Defence of the United Kingdom").kb_id == "gb-mod"
    alone = run_text(pipeline, "The Ministry of Defence said nothing about the report.")
    assert all(e.kb_id is None for e in alone.entities)


def test_the_army_is_a_states_army_not_a_group_named_army(pipeline):
    record = run_text(pipeline, "Balochistan Liberation Army fighters attacked a train near "
                                "Quetta. Pakistan's military said the army killed 33 attackers.")
    assert texts(by_name(record, "Pakistan Armed Forces")) == ["Pakistan's military", "army"]
    assert texts(by_name(record, "Balochistan Liberation Army")) == ["Balochistan Liberation Army"]


def test_quotes_and_articles_stay_outside_names(pipeline):
    record = run_text(pipeline, 'France has been on alert since the "Islamic State" group '
                                "launched attacks.")
    assert texts(by_name(record, "Islamic State")) == ["Islamic State"]


@pytest.fixture(scope="module")
def brigade_pipeline(tmp_path_factory):
    return _user_kb_pipeline(tmp_path_factory.mktemp("kb"), id="zorya-brigade", name="Zorya Brigade",
                             type="MILITARY_UNIT", kind="military", country="UA", affiliation="ua-mil",
                             aliases=["Zorya"])


def test_a_user_kb_entry_is_a_party_to_the_conflict_in_the_claims_too(brigade_pipeline):
    """The claims stage reads the same KB as the entity stage, the user's file included."""
    record = run_text(brigade_pipeline, "Russian forces shelled Kharkiv in Ukraine on Monday, "
                                        "the Zorya Brigade said.")
    claims = [c for c in record.claims if c.source is not None and "Zorya" in c.source.span.text]
    assert claims and claims[0].party_to_conflict is True


@pytest.mark.parametrize("text, full, short", [
    ("Ahmed Salem al-Harbi, a reporter from Yemen, was shot in Taiz on Monday. Two gunmen "
     "attacked al-Harbi outside his home.", "Ahmed Salem al-Harbi", "al-Harbi"),  # hyphenated
    ("Samir Hadi al-Sharif, a journalist from Iraq, was detained in Basra on Monday. Guards "
     "beat al-Sharif in his cell.", "Samir Hadi al-Sharif", "al-Sharif"),  # tagged an organisation
    ("The journalist Jamal Khashoggi was killed in Istanbul in 2018. Many believe the crown prince "
     "ordered Khashoggi's killing.", "Jamal Khashoggi", "Khashoggi"),  # tagged a place
])
def test_a_hyphenated_surname_or_one_tagged_an_organisation_joins_the_full_name(pipeline, text, full, short):
    person = by_name(run_text(pipeline, text), full)
    assert texts(person) == [full, short] and person.type == "PERSON"


def test_a_longer_name_ending_like_another_is_another_person(pipeline):
    record = run_text(pipeline, "Police arrested Ahmed Salem al-Harbi in Jeddah on Monday. His father, "
                                "Salem al-Harbi, condemned the arrest.")
    assert texts(by_name(record, "Ahmed Salem al-Harbi")) == ["Ahmed Salem al-Harbi"]


def test_a_given_name_alone_after_the_full_name_is_that_person(pipeline):
    record = run_text(pipeline, "Gunmen shot dead journalist Karim Adel al-Masri in Aden on Tuesday. "
                                "\"Karim was a brave reporter,\" his editor said.")
    person = by_name(record, "Karim Adel al-Masri")
    assert "Karim" in texts(person) and person.type == "PERSON"


def test_a_given_name_two_people_share_stays_apart(pipeline):
    record = run_text(pipeline, "Police detained Omar Haddad on Monday. His colleague Omar Khalil "
                                "was detained on Tuesday. Omar was later released.")
    for full in ("Omar Haddad", "Omar Khalil"):
        assert texts(by_name(record, full)) == [full]


def test_lone_names_the_tagger_calls_organisations_do_not_outvote_the_full_name(pipeline):
    """Two lone "al-Sharif"s tagged organisations and one full name tagged a person: a person."""
    record = run_text(pipeline, "Samir Hadi al-Sharif, a journalist from Iraq, was detained in Basra "
                                "on Monday. Guards beat al-Sharif in his cell. Lawyers for al-Sharif "
                                "said he was denied food.")
    assert by_name(record, "Samir Hadi al-Sharif").type == "PERSON"


def test_a_given_name_the_tagger_calls_an_organisation_is_not_the_person(pipeline):
    record = run_text(pipeline, "Chase Elliott won the race in Atlanta on Sunday. Chase said on "
                                "Monday it would raise interest rates.")
    assert texts(by_name(record, "Chase Elliott")) == ["Chase Elliott"]


def test_names_after_one_country_with_different_heads_stay_apart(pipeline):
    entities = run_text(pipeline, "The U.S. Embassy and the U.S. Army issued a joint statement on "
                                  "Tuesday.").entities
    assert [e for e in entities if "U.S. Embassy" in texts(e)] == [e for e in entities if e.name == "U.S. Embassy"]


def test_a_title_with_an_article_is_not_a_surname(pipeline):
    record = run_text(pipeline, "Senator Angus King criticized the Pentagon on Monday. The King met "
                                "Prime Minister Rishi Sunak in London on Tuesday.")
    assert texts(by_name(record, "Angus King")) == ["Angus King"]


@pytest.mark.parametrize("text, name, mentions", [
    # two spellings of one known country before the same words
    ("Protesters attacked the United States Embassy in Baghdad on Tuesday. The attack on the U.S. "
     "Embassy was condemned.", "United States Embassy", ["United States Embassy", "U.S. Embassy"]),
    # a bare surname the tagger missed is the person named before
    ("Greek prime minister Kyriakos Mitsotakis flew to Washington on Monday. On Tuesday Mitsotakis met "
     "with the treasury secretary.", "Kyriakos Mitsotakis", ["Kyriakos Mitsotakis", "Mitsotakis"]),
])
def test_one_entity_under_two_names(pipeline, text, name, mentions):
    assert texts(by_name(run_text(pipeline, text), name)) == mentions


def test_a_surname_that_stands_where_a_place_does_stays_the_town(pipeline):
    record = run_text(pipeline, "Police arrested Ahmed Kano on Friday. Gunmen later attacked a market in Kano, "
                                "killing five.")
    assert texts(by_name(record, "Ahmed Kano")) == ["Ahmed Kano"]
    assert any(p.name == "Kano" for p in record.places)


@pytest.mark.parametrize(("text", "name", "kb_id"), [
    ("Oxfam called for a ceasefire on Monday.", "Oxfam", "oxfam"),
    ("The Norwegian Refugee Council said aid was blocked.", "Norwegian Refugee Council", "nrc"),
    ("The IOM said 200 migrants were rescued off Libya.", "International Organization for Migration", "iom"),
])
def test_aid_agencies_and_rights_groups_are_known_actors(pipeline, text, name, kb_id):
    assert by_name(run_text(pipeline, text), name).kb_id == kb_id
