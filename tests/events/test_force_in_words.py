"""Words of force in other senses, and acts the PLOVER manual types apart from the conversion table.

"stormed out of talks" is a walkout, not an assault; "came under attack from his allies over the
deal" is criticism; a walkout of lawmakers is no
demonstration ACLED codes; a pardon or an amnesty is a concession (PLOVER manual 3.3.2), the
release itself a retreat; a site named by its town ("the Ndola offices") was acted on there.
Sentences written for these tests, each with a guard for the word's own sense.
"""

from __future__ import annotations

import pytest

from tests.events.test_missed_acts import one
from tests.events.test_missed_acts import rows as rows_of


@pytest.mark.parametrize("text, trigger, plover, code", [
    ("Opposition senators stormed out of the chamber in Manila on Tuesday to protest the vote.", "stormed",
     "PROTEST", "143"),
    ("The Venezuelan government delegation stormed out of talks with the opposition in Mexico City on Saturday.",
     "stormed", "SANCTION", "164"),
    ("The finance minister came under attack from his own allies over the budget deal on Monday.", "attack",
     "ACCUSE", "111"),
])
def test_words_of_force_in_other_senses_are_no_assault(noclean_pipeline, text, trigger, plover, code):
    row = one(noclean_pipeline, text, trigger)
    assert (row.plover, row.cameo) == (plover, code)



@pytest.mark.parametrize("text, trigger", [
    ("Troops stormed the hotel in Mogadishu on Sunday, killing four gunmen.", "stormed"),
    ("A convoy came under attack from gunmen near Gao on Monday.", "attack"),
])
def test_the_words_own_sense_is_still_force(noclean_pipeline, text, trigger):
    assert one(noclean_pipeline, text, trigger).plover == "ASSAULT"


def test_a_walkout_of_lawmakers_is_no_acled_protest(noclean_pipeline):
    row = one(noclean_pipeline, "Opposition senators stormed out of the chamber in Manila on Tuesday.", "stormed")
    assert row.plover == "PROTEST" and row.acled is None


def test_a_walkout_of_workers_is_still_a_peaceful_protest(noclean_pipeline):
    row = one(noclean_pipeline, "Hundreds of workers walked out of the Ford plant in Chennai on Monday over pay.",
              "walked")
    assert (row.acled or {}).get("sub_event_type") == "Peaceful protest"


@pytest.mark.parametrize("text, trigger", [
    ("President Mirziyoyev pardoned 200 prisoners on Monday to mark Independence Day.", "pardoned"),
    ("The junta granted amnesty to 3,000 prisoners in Yangon on Friday.", "granted"),
])
def test_a_pardon_or_an_amnesty_is_a_concession(noclean_pipeline, text, trigger):
    assert one(noclean_pipeline, text, trigger).plover == "CONCEDE"


def test_a_release_of_prisoners_is_still_a_retreat(noclean_pipeline):
    row = one(noclean_pipeline, "Authorities released 40 protesters in Tbilisi on Monday.", "released")
    assert row.plover == "RETREAT"


@pytest.mark.parametrize("text, trigger, town", [
    ("LUSAKA, Zambia (AP) — Police searched the Ndola offices of the opposition party on Tuesday.", "searched",
     "Ndola"),
    ("LUSAKA, Zambia (AP) — Gunmen attacked a Ndola hotel on Monday.", "attacked", "Ndola"),
])
def test_a_site_named_by_its_town_was_acted_on_there(noclean_pipeline, text, trigger, town):
    row = one(noclean_pipeline, text, trigger)
    assert row.location is not None and row.location.span.text == town


def test_a_site_named_by_a_country_is_not_placed_in_it(noclean_pipeline):
    row = one(noclean_pipeline, "LUSAKA, Zambia (AP) — Gunmen attacked the US embassy on Monday.", "attacked")
    assert row.location is None or row.location.span.text != "US"


def test_fishermen_who_blockade_a_port_protest(noclean_pipeline):
    row = one(noclean_pipeline, "French fishermen blockaded the port of Calais on Monday over new fishing quotas.",
              "blockaded")
    assert (row.plover, row.cameo) == ("PROTEST", "144")


def test_a_navy_that_blockades_a_port_coerces(noclean_pipeline):
    row = one(noclean_pipeline, "The navy blockaded the port of Hodeidah on Monday.", "blockaded")
    assert (row.plover, row.cameo) == ("COERCE", "191")


def test_a_pardon_the_parser_hung_on_the_one_pardoned_is_still_the_object(noclean_pipeline):
    row = one(noclean_pipeline, "Trump granted Angela Ronae Stanton a full and unconditional pardon.", "granted")
    assert (row.plover, row.target.span.text) == ("CONCEDE", "Angela Ronae Stanton")


def test_a_politician_walking_out_of_prison_protests_nothing(noclean_pipeline):
    assert [r for r in rows_of(noclean_pipeline, "The former prime minister walked out of prison on Monday.")
            if r.plover == "PROTEST"] == []


def test_a_walkout_told_with_the_march_it_led_keeps_the_march_s_type(noclean_pipeline):
    text = ("Opposition lawmakers walked out of parliament and marched with thousands of supporters to the "
            "presidential palace.")
    assert (one(noclean_pipeline, text, "walked").acled or {}).get("sub_event_type") == "Peaceful protest"


def test_a_walkout_from_a_summit_in_protest_is_still_no_acled_protest(noclean_pipeline):
    row = one(noclean_pipeline, "The foreign minister walked out of the summit in protest on Tuesday.", "walked")
    assert row.plover == "PROTEST" and row.acled is None
