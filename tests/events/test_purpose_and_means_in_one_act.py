"""One act told with a phrase that says what it was done in or for: "took full control of the
region in a one-day offensive" (the offensive took the ground), "carried out an air strike ...
in support of Somali forces" (whose side the strike was on, no act of support, and Somali
forces no target of it); and a court that "sent him to jail" jails him (no aid sent).

Sentences written for these tests, run through the whole pipeline
(:meth:`eventwire.events.sentencefolds.SentenceFolds._side_taken`,
``_folds_as_argument``; ``data/events/lexicon.psv``).
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text", [
    "In September 2023, Azerbaijan took full control of the region in a one-day offensive.",
    "The militia took control of the district in an offensive that began on Monday, residents said.",
])
def test_ground_taken_in_an_offensive_is_one_act(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert len(found) == 1, [(e.plover, e.trigger.text) for e in found]


def test_an_arrest_during_an_attack_stays_two_acts(noclean_pipeline):
    found = rows(noclean_pipeline, "Police arrested two men during an attack on a bank in Lagos on Monday.")
    assert {e.plover for e in found} == {"COERCE", "ASSAULT"}, [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, trigger, target", [
    ("The U.S. Africa Command said it carried out an air strike on Sunday against al-Shabab fighters near "
     "Jilib, in support of Somali forces.", "strike", "al-Shabab"),
    ("Russian jets struck rebel positions in Idlib on Monday in support of Syrian government troops.", "struck",
     "rebel positions"),
    ("Thousands of workers marched in Lagos on Monday in solidarity with the striking doctors.", "marched", None),
])
def test_whose_side_an_act_was_done_on_is_no_act_of_its_own(noclean_pipeline, text, trigger, target):
    found = rows(noclean_pipeline, text)
    assert [e.trigger.text for e in found] == [trigger], [(e.plover, e.trigger.text) for e in found]
    assert "SUPPORT" not in {e.plover for e in found}
    if target is not None:
        assert found[0].target is not None and target in found[0].target.span.text, found[0].target


def test_support_voiced_is_still_a_row(noclean_pipeline):
    found = rows(noclean_pipeline, "The United States voiced support for the Somali government on Monday.")
    assert [e.plover for e in found] == ["SUPPORT"]


@pytest.mark.parametrize("text, target", [
    ("A Dhaka court sent him to jail pending trial after rejecting the bail petition on Monday.", "him"),
    ("The judge sent the two activists to jail for six months on Tuesday.", "activists"),
    ("He was sent back to prison in March after his parole was revoked.", "He"),
])
def test_sent_to_jail_is_jailed(noclean_pipeline, text, target):
    """(Not "sent riot police to the prison", "sent food parcels to the prison": a journey, aid.)"""
    found = rows(noclean_pipeline, text)
    assert [(e.plover, e.cameo) for e in found] == [("COERCE", "173")], [(e.plover, e.trigger.text) for e in found]
    assert found[0].target is not None and target in found[0].target.span.text


@pytest.mark.parametrize("text, plover", [
    ("The government sent riot police to the prison after the riot on Monday.", "MOBILIZE"),
    ("The charity sent food parcels to the prison on Friday.", "AID"),
])
def test_sent_to_a_prison_is_no_jailing(noclean_pipeline, text, plover):
    found = rows(noclean_pipeline, text)
    assert "COERCE" not in {e.plover for e in found}, [(e.plover, e.trigger.text) for e in found]
