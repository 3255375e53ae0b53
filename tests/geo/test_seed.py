"""The seed article's places, as ../shared/examples/seed/EXPECTED.md lists them."""

from __future__ import annotations

import pytest

from tests.conftest import run_text

from .helpers import km

WITHIN_KM = 25
EXPECTED = {  # name -> (feature, country, lat, lon); lat None: no point given, feature checked
    "Azovstal Iron and Steel Works": ("facility", "UA", 47.10, 37.61),
    "Mariupol": ("city", "UA", 47.10, 37.55),
    "Donetsk Oblast": ("admin1", "UA", None, None),
    "Donbas": ("region", "UA", None, None),
    "Crimea": ("region", "UA", 45.3, 34.4),
    "Ukraine": ("country", "UA", None, None),
    "Russia": ("country", "RU", None, None),
}


@pytest.fixture(scope="module")
def seed_record(pipeline, seed_text):
    return run_text(pipeline, seed_text)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_place(seed_record, name):
    feature, country, lat, lon = EXPECTED[name]
    place = next((p for p in seed_record.places if p.name == name), None)
    assert place is not None, [p.name for p in seed_record.places]
    assert place.feature == feature and place.country == country
    if lat is not None:
        assert km(place.lat, place.lon, lat, lon) < WITHIN_KM


def test_seed_facility_and_city_sit_in_donetsk_oblast(seed_record):
    for name in ("Azovstal Iron and Steel Works", "Mariupol"):
        place = next(p for p in seed_record.places if p.name == name)
        assert place.admin1 == "Donetsk Oblast"


def test_krum_is_crimea_not_the_russian_village(seed_record):
    crimea = next(p for p in seed_record.places if p.name == "Crimea")
    assert any("Krum" in m.text or "Crimean" in m.text for m in crimea.mentions)
    assert not any(p.name == "Krym" or (p.country == "RU" and p.feature == "locality")
                   for p in seed_record.places)


def test_nothing_from_the_spam_line(seed_record):
    names = {p.name for p in seed_record.places}
    assert not names & {"China", "Colorado"}
    text = seed_record.document.text
    for place in seed_record.places:
        for m in place.mentions:
            assert "OEM" not in text[max(0, m.start - 40): m.end + 40]


def test_demonym_stays_an_entity_not_a_place_name(seed_record):
    assert not any(p.name in ("Ukrainian", "Russian") for p in seed_record.places)
    norp = [e for e in seed_record.entities if e.name in ("Ukrainian", "Russian")]
    assert all(e.type == "NORP" for e in norp)
