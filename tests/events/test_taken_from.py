"""Ground and goods taken from a party: the act is aimed at the party, not at what was taken.

Sentences written for these tests; each checks :func:`eventwire.events.verbroles._recipient`'s
reading of a taking verb's "from" phrase through the whole pipeline, with guards that people
taken stay the target and that a town or a depot things were taken from is no party.
"""

from __future__ import annotations

import pytest

from tests.events.test_aimed_at import target_words
from tests.events.test_retellings import one


@pytest.mark.parametrize("text, plover, aimed", [
    ("Somali forces recaptured the town of Adale from al-Shabaab on Tuesday.", "ASSAULT", "al-Shabaab"),
    ("The rebels seized the border post of Bunagana from the Congolese army on Monday.", "ASSAULT",
     "the Congolese army"),
    ("Turkish forces captured the village of Tel Abyad from Kurdish fighters on Sunday.", "ASSAULT",
     "Kurdish fighters"),
    ("Police confiscated 40 rifles from the militia in Jos on Friday.", "COERCE", "the militia"),
])
def test_what_is_taken_from_a_party_is_aimed_at_the_party(noclean_pipeline, text, plover, aimed):
    assert target_words(noclean_pipeline, text, plover) == aimed


@pytest.mark.parametrize("text, plover, aimed", [
    # (gunmen who seize people abduct them, CAMEO 181: ASSAULT since the sixty-second session)
    ("Gunmen seized two journalists from a hotel in Mogadishu on Monday.", "ASSAULT", "two journalists"),
    ("Troops seized weapons from a depot in Gao on Monday.", "COERCE", "weapons"),
])
def test_people_taken_and_places_taken_from_are_not_the_party(noclean_pipeline, text, plover, aimed):
    assert target_words(noclean_pipeline, text, plover) == aimed


def test_goods_from_a_country_came_from_it(noclean_pipeline):
    text = "Customs officers seized 200 kilograms of heroin from Afghanistan on Monday."
    assert target_words(noclean_pipeline, text, "COERCE") == "200 kilograms of heroin"


def test_ground_taken_from_a_state_is_where_and_the_state_whom(noclean_pipeline):
    row = one(noclean_pipeline, "Russia seized Crimea from Ukraine in 2014.", "ASSAULT", published="2024-06-14")
    assert (row.target.span.text, row.location.span.text if row.location else None) == ("Ukraine", "Crimea")
