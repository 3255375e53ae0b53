"""Small helpers the geo tests share."""

from __future__ import annotations

from eventwire.geo.resolve import great_circle_km


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return great_circle_km(lat1, lon1, lat2, lon2)


def place_named(record, words: str):
    """The place one of whose mentions reads exactly ``words``."""
    for place in record.places:
        if any(m.text == words for m in place.mentions):
            return place
    return None
