"""Compass parts of a division ("northern Syria"): where the gazetteer puts them, which words
make one, and that an event in one is placed there rather than at the country's point."""

from __future__ import annotations

from eventwire.geo.parts import compass_part, part_key
from eventwire.geo.sources import compass_parts
from tests.conftest import run_text

from .helpers import km, place_named


def test_part_key_names_the_gazetteer_parts():
    assert part_key("north-eastern") == "northeast"
    assert part_key("south west") == "southwest"
    assert part_key("northern") == "north"
    assert part_key("central") == "central"


def at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_only_a_lower_case_compass_word_directly_before_the_name():
    text = "clashes in northern Chad, near South Sudan, 40 km north of Abeche"
    assert compass_part(text, *at(text, "Chad")) == (text.index("northern"), text.index(","), "northern")
    assert compass_part(text, *at(text, "Sudan")) is None  # a capital: a name of its own
    assert compass_part(text, *at(text, "Abeche")) is None  # north *of* it: outside it


def test_a_part_named_after_its_division_or_by_the_north_of():
    text = "attacks in Mali's north, in Pakistan's restive northwest, in the north of Niger"
    assert compass_part(text, *at(text, "Mali")) == (text.index("Mali"), text.index(", in P"), "north")
    assert compass_part(text, *at(text, "Pakistan"))[2] == "northwest"
    assert compass_part(text, *at(text, "Niger")) == (text.index("the north"), len(text), "north")
    border = "troops on Mali's northern border"
    assert compass_part(border, *at(border, "Mali")) is None  # an adjective: a thing of the country's


def test_an_l_shaped_division_keeps_its_southern_part_on_land():
    # A panhandle to the north-west and a peninsula to the south-east, like an "L": the box
    # centre of the southern third lies over water; the cities of that third do not.
    panhandle = [(30.5, -87.0 + 0.5 * i) for i in range(8)]
    peninsula = [(25.0 + 0.5 * i, -81.0 + 0.1 * (i % 3)) for i in range(10)]
    parts = compass_parts(panhandle + peninsula)
    lat, lon = parts["south"]
    assert lat < 27.0 and -81.5 < lon < -80.5
    north_lat, _ = parts["north"]
    assert north_lat > 29.5


def test_too_few_cities_give_no_parts():
    assert compass_parts([(10.0, 10.0), (11.0, 11.0)]) == {}


def test_an_offensive_in_the_north_east_is_placed_there(pipeline):
    text = ("Government troops launched an offensive in north-eastern Syria on Tuesday, "
            "officials said. Syria's foreign ministry condemned the fighting.")
    record = run_text(pipeline, text, published="2023-05-04")
    part = place_named(record, "north-eastern Syria")
    country = place_named(record, "Syria")
    assert part is not None and part.feature == "region" and part.country == "SY"
    assert country is not None and country.feature == "country"  # the name keeps its own place
    # the north-east lies hundreds of km from the country's point, near Hasakah
    assert km(part.lat, part.lon, country.lat, country.lon) > 200
    assert km(part.lat, part.lon, 36.5, 40.75) < 150
    offensive = next(e for e in record.events if e.trigger.text == "offensive")
    assert offensive.location is not None and offensive.location.place == part.id
    assert offensive.location.span.text == "north-eastern Syria"


def test_a_province_named_inside_the_part_wins(pipeline):
    text = "Gunmen attacked a village in northern Nigeria's Kaduna state on Friday, police said."
    record = run_text(pipeline, text, published="2023-05-06")
    attack = next(e for e in record.events if e.trigger.text == "attacked")
    place = record.place_by_id(attack.location.place) if attack.location else None
    assert place is not None and place.feature in ("admin1", "city") and place.name.startswith("Kaduna")
