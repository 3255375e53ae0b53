"""The seed article through the whole pipeline: every entity EXPECTED.md lists."""

from __future__ import annotations

import pytest

from tests.conftest import run_text


@pytest.fixture(scope="module")
def seed(pipeline, seed_text):
    return run_text(pipeline, seed_text)


def entity(record, name):
    found = [e for e in record.entities if e.name == name]
    assert len(found) == 1, f"{name!r}: {[(e.name, e.type) for e in record.entities]}"
    return found[0]


def mention_texts(ent) -> list[str]:
    return [m.text for m in ent.mentions]


def covers(ent, words: str) -> bool:
    """Some mention of the entity contains ``words`` (or is contained in them)."""
    return any(words in m.text or m.text in words for m in ent.mentions)


def test_every_span_points_into_the_text(seed):
    text = seed.document.text
    for ent in seed.entities:
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text


def test_no_two_entities_share_a_character(seed):
    spans = sorted((m.start, m.end) for e in seed.entities for m in e.mentions)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start


def test_azovstal_is_one_facility_with_all_its_mistranslations(seed):
    plant = entity(seed, "Azovstal Iron and Steel Works")
    assert plant.type == "FACILITY" and plant.kb_id == "azovstal" and plant.country == "UA"
    for words in ("Azoustal Works", "Azoustal factory", "underground steelworks"):
        assert covers(plant, words), mention_texts(plant)
    assert "Azoustal" in mention_texts(plant)


@pytest.mark.parametrize(
    ("name", "etype", "country"),
    [
        ("Mariupol", "GPE", "UA"),
        ("Ukraine", "GPE", "UA"),
        ("Russia", "GPE", "RU"),
        ("Donetsk Oblast", "GPE", "UA"),
        ("Donbas", "LOC", "UA"),
        ("Crimea", "LOC", "UA"),
    ],
)
def test_places_have_canonical_names_types_and_countries(seed, name, etype, country):
    ent = entity(seed, name)
    assert (ent.type, ent.country) == (etype, country)


def test_mariupol_tagged_org_by_spacy_is_still_one_place(seed):
    assert len(entity(seed, "Mariupol").mentions) == 4


def test_krum_is_crimea_through_the_parenthesis(seed):
    crimea = entity(seed, "Crimea")
    assert covers(crimea, "Crimean (Krum) peninsula")
    start = seed.document.text.index("Krum")
    assert seed.entity_at(start, start + 4) is crimea


def test_the_ministry_under_three_names(seed):
    mod = entity(seed, "Ministry of Defence of the Russian Federation")
    assert mod.type == "ORG" and mod.kb_id == "ru-mod"
    assert set(mention_texts(mod)) >= {
        "Russia’s defense ministry", "Russian Defense Ministry", "Russian Ministry of Defense",
    }


@pytest.mark.parametrize(
    ("name", "etype", "kb_id", "words"),
    [
        ("Igor Konashenkov", "PERSON", "konashenkov", "Konashenko"),
        ("Azov Regiment", "MILITARY_UNIT", "azov", "Azou Regiment"),
        ("Volodymyr Zelensky", "PERSON", "zelensky", "Volodymyr Zelensky"),
        ("Associated Press", "ORG", "ap", "Associated Press"),
        ("BBC", "ORG", "bbc", "BBC"),
        ("Russian Armed Forces", "ORG", "ru-mil", "Russian army"),
    ],
)
def test_named_actors(seed, name, etype, kb_id, words):
    ent = entity(seed, name)
    assert (ent.type, ent.kb_id) == (etype, kb_id)
    assert covers(ent, words), mention_texts(ent)


def test_russian_army_mentions_are_grouped(seed):
    assert len(entity(seed, "Russian Armed Forces").mentions) == 3


def test_ukrainian_defenders_from_four_descriptions(seed):
    defenders = entity(seed, "Ukrainian defenders")
    assert defenders.kb_id == "ua-defenders" and defenders.country == "UA"
    for words in ("last defenders", "resistance forces", "Ukrainian garrison",
                  "Azoustal soldiers"):
        assert covers(defenders, words), mention_texts(defenders)


def test_nothing_from_the_spam_line(seed):
    names = {e.name for e in seed.entities}
    texts = {m.text for e in seed.entities for m in e.mentions}
    for spam in ("OEM", "China", "Metal Wall Art", "Colorado"):
        assert spam not in names and not any(spam in t for t in texts)
