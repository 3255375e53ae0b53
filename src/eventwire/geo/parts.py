"""Compass parts of a country or province: "northern Syria", "north-east Nigeria".

Conflict reports place most events this way, and the country's own point is the wrong
answer for them: the centre of Syria lies about 270 km from the north-east where a
"north-eastern Syria" offensive happens. A compass word directly before a resolved country
or first-level division makes a second place, a ``region`` with its own mention (the
compass word and the name), put where the gazetteer puts that part
(``sources.compass_parts``: the centre of the division's cities that lie in the matching
third or ninth of its extent).

The division's own place keeps its mention ("Syria"), so toponym scorers that code the
country in "northern Syria" still find it. Since the fifty-fifth session a part is also
named after its division ("Mali's north", "Pakistan's restive northwest") or by "the north
of Mali". What this does not do: "the north of the country" (no name), "50 km north of Kabul"
(outside the place, not a part of it), parts of cities ("north London": the gazetteer holds
no city extents), and parts a box of cities misdraws (a country's "north" that is empty
desert is put among its northern towns).
"""

from __future__ import annotations

import re

from ..record import Place, make_span
from .gazetteer import Gazetteer

PART_FEATURES = frozenset({"country", "admin1"})  # features the gazetteer holds parts of
COMPASS = re.compile(
    r"(?<![\w-])(?P<word>(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?"
    r"|central) $")
LOOK_BACK = 20  # characters before a mention searched for the compass word
LOOK_AHEAD = 30  # characters after a mention searched for a possessive compass noun
COMPASS_NOUN = r"(?P<word>(?:north|south)(?:[- ]?(?:east|west))?|east|west)"
# "Mali's north", "Pakistan's restive northwest" (one word of kind between); not "Mali's northern
# border" (an adjective, a thing of the country's)
OWNED_PART = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+)?" + COMPASS_NOUN + r"(?![\w-])")
# "the north of Mali" (not "north of Kabul": a bearing outside the place)
PART_OF = re.compile(r"(?<![\w-])the\s+" + COMPASS_NOUN + r"\s+of\s+$")


def part_key(word: str) -> str:
    """ "north-eastern" -> "northeast", "central" -> "central": the gazetteer's part names."""
    key = re.sub(r"[- ]", "", word.lower())
    return key if key == "central" else key.removesuffix("ern")


def compass_part(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, compass word) of the part the mention at ``start:end`` names with a compass
    word: a lower-case one directly before it ("northern Mali"), a possessive compass noun after
    it ("Mali's north") or "the north of" before it. A capital makes it part of a name of its own
    ("South Sudan", "West Wales", "South Florida"), which toponym gold standards put at the named
    division's own point; where a named region lies is the gazetteer's to say, not a box's."""
    m = COMPASS.search(text, max(0, start - LOOK_BACK), start)
    if m is not None and m.end() == start:
        return m.start(), end, m.group("word")
    m = PART_OF.search(text, max(0, start - LOOK_BACK), start)
    if m is not None:
        return m.start(), end, m.group("word")
    m = OWNED_PART.match(text, end, min(len(text), end + LOOK_AHEAD))
    if m is not None:
        return start, m.end(), m.group("word")
    return None


def parts_of(text: str, place: Place, entry_id: int, gazetteer: Gazetteer) -> list[Place]:
    """The compass parts of ``place`` its mentions name, one place per distinct part."""
    if place.feature not in PART_FEATURES:
        return []
    found: dict[str, Place] = {}
    for mention in place.mentions:
        hit = compass_part(text, mention.start, mention.end)
        if hit is None:
            continue
        start, end, word = hit
        key = part_key(word)
        part = found.get(key)
        if part is None:
            point = gazetteer.part(entry_id, key)
            if point is None:
                continue
            part = Place(
                id="", name=f"{word.lower()} {place.name}", lat=point[0], lon=point[1],
                feature="region", country=place.country,
                admin1=place.admin1 if place.feature == "admin1" else None,
                provenance=f"derived: the {key} part of {place.name} (its cities there)",
            )
            found[key] = part
        part.mentions.append(make_span(text, start, end))
    return list(found.values())
