"""A day inside an act noun's phrase that hangs on a verb of a clause of its own there is that
verb's ("claimed responsibility for the attack in a statement posted on its website on Monday":
the posting's day), so the claim names back the attack told before, of Sunday
(:func:`eventwire.events.dates._verb_between`). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import run_text

PUBLISHED = "2019-08-14"
LEAD = ("ISTANBUL — Kurdish militants attacked a Turkish army outpost in the mountainous southeast of the country "
        "on Sunday, killing three soldiers and wounding four, the Defense Ministry said.\n\n")


def attacks(pipeline, text: str) -> list:
    record = run_text(pipeline, text, published=PUBLISHED)
    return [e for e in record.events if e.plover == "ASSAULT" and e.status != "negated"]


def test_a_claim_posted_on_a_later_day_names_back_the_attack(noclean_pipeline):
    found = attacks(noclean_pipeline, LEAD + "The HPG claimed responsibility for the attack in a statement posted "
                                             "on its website on Monday.")
    assert len(found) == 1
    assert found[0].date.start == "2019-08-11" and "HPG" in found[0].actor.span.text


def test_a_day_in_the_noun_s_own_phrase_is_still_its_own(noclean_pipeline):
    found = attacks(noclean_pipeline, LEAD + "The HPG also claimed responsibility for an attack on a police "
                                             "station on Monday.")
    assert any(e.date is not None and e.date.start == "2019-08-12" for e in found)
