"""Who did an act the parse hides (a perfect participle's doer, a projectile's launcher, the state's
agents named before an act noun), and a protest over a deed done before it, which is no force at
the protest.

Sentences written for these tests; each checks one rule of :mod:`eventwire.events.rolewords`,
:mod:`eventwire.events.nounroles` or :mod:`eventwire.events.acled` through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_text

PUBLISHED = "2020-06-15"  # a Monday


def rows(pipeline, text: str):
    return [e for e in run_text(pipeline, text, published=PUBLISHED).events if e.status != "negated"]


def one(pipeline, text: str, plover: str):
    [row] = [e for e in rows(pipeline, text) if e.plover == plover]
    return row


@pytest.mark.parametrize("text, plover, doer", [
    ("The army moved on Friday, having first arrested the president.", "COERCE", "The army"),
    ("The army moved on Friday, having first placed the president under house arrest.", "COERCE", "The army"),
    ("Iran fired missiles targeting U.S. troops in Iraq on Wednesday.", "ASSAULT", "Iran"),
    ("Russia launched drones targeting Kyiv overnight.", "ASSAULT", "Russia"),
    ("Protests erupted after the police killing of a teenager in Atlanta on Friday.", "ASSAULT", "police"),
    ("A police raid on the newspaper's offices in Lagos on Friday drew condemnation.", "COERCE", "police"),
    ("Saudi air defences intercepted a Houthi missile targeting Jazan.", "ASSAULT", "Houthi"),  # its user
    ("The soldier kidnapping in Cauca was carried out by FARC dissidents.", "ASSAULT", "FARC dissidents"),
])
def test_the_doer_the_parse_hides(noclean_pipeline, text, plover, doer):
    row = one(noclean_pipeline, text, plover)
    assert row.actor is not None and row.actor.span.text == doer


@pytest.mark.parametrize("text, plover, not_doer", [
    ("Police found rockets targeting the airport on Tuesday.", "ASSAULT", "Police"),  # found, not fired
    ("Gunmen attacked a police station in Lagos on Friday.", "ASSAULT", "police"),  # whose station
    ("An army embargo on Somalia took effect on Monday.", "COERCE", "army"),  # what it bars
    ("The police bombing in Peshawar was claimed by the Pakistani Taliban.", "ASSAULT", "police"),  # hit
])
def test_no_doer_from_a_word_that_did_not_act(noclean_pipeline, text, plover, not_doer):
    row = one(noclean_pipeline, text, plover)
    assert row.actor is None or row.actor.span.text != not_doer


@pytest.mark.parametrize("text", [
    "Protests erupted after police killed a teenager in Atlanta on Friday.",
    "Protests erupted after the police killing of a teenager in Atlanta on Friday.",
])
def test_a_protest_over_a_deed_is_no_force_at_it(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    [protest] = [e for e in found if e.plover == "PROTEST"]
    [killing] = [e for e in found if e.plover == "ASSAULT"]
    assert protest.acled is not None and protest.acled["sub_event_type"] == "Peaceful protest"
    assert killing.acled is not None and killing.acled["sub_event_type"] == "Attack"


@pytest.mark.parametrize("text", [
    "Police killed two people during protests over fuel prices in Lagos on Friday.",
    "Police killed two people during protests over the arrest of an opposition leader.",  # force at it
    "Soldiers shot dead four people at protests sparked by the killing of a local chief.",
    "Police shot dead two protesters at a rally against the killing of a student in Khartoum on Friday.",
])
def test_force_at_a_protest_stays_force_against_protesters(noclean_pipeline, text):
    killing = next(e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT")
    assert killing.acled is not None and killing.acled["sub_event_type"] == "Excessive force against protesters"
