"""The shared parse helpers, on the real model: the noun phrase events and claims both read."""

from __future__ import annotations

import pytest

from eventwire.nlp import load_model
from eventwire.nlp.syntax import doc_text, in_dateline, noun_phrase

ROLE = (frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis"}), frozenset({"of"}))


def phrase(sentence: str, head: str, drop=ROLE[0], keep=ROLE[1]) -> str:
    doc = load_model()(sentence)
    tok = next(t for t in doc if t.text == head)
    lo, hi = noun_phrase(tok, drop, keep)
    return doc[lo: hi + 1].text


@pytest.mark.parametrize(("sentence", "head", "expected"), [
    ("The leaders of the Azadliq (Freedom) coalition protested.", "leaders",
     "The leaders of the Azadliq (Freedom) coalition"),
    ("US-backed and Kurdish-led militias advanced.", "militias", "US-backed and Kurdish-led militias"),
    ("Gunmen killed men, women and children in the village.", "men", "men, women and children"),
    ("The minister, who arrived on Monday, met the envoy.", "minister", "The minister"),
    ("Police in Kano arrested the man.", "Police", "Police"),
])
def test_a_noun_phrase_keeps_its_modifiers_and_drops_clauses(sentence, head, expected):
    assert phrase(sentence, head) == expected


@pytest.mark.parametrize("text", [
    "ANKARA (Reuters) — Kurdish politician Selin Aksoy was jailed on Thursday.",
    "NAIROBI, Kenya (AP) — Police fired tear gas on Monday.",
    "PORT-AU-PRINCE (AP) - Gang members attacked a police station on Monday.",
    "ABUJA, May 6 (Reuters) - Gunmen abducted 20 students on Monday.",
])
def test_a_dateline_with_an_agency_in_brackets_is_a_dateline(text):
    doc = load_model()(text)
    assert in_dateline(doc[0]) and not in_dateline(doc[len(doc) - 2])


def test_a_capitalised_opening_with_a_bracketed_name_and_no_dash_is_no_dateline():
    doc = load_model()("NATO (Brussels) officials met on Monday.")
    assert not in_dateline(doc[0])


@pytest.mark.parametrize("text", [
    "US-LED forces - which arrived on Monday - attacked the town.",
    "NATO 2024 - the summit year - opened on Monday.",
])
def test_a_hyphenated_or_numbered_opening_with_a_second_dash_is_no_dateline(text):
    doc = load_model()(text)
    assert not in_dateline(doc[0])


def test_the_text_is_joined_once_and_is_the_doc_s_own():
    doc = load_model()("Rebels attacked the town on Monday, killing three soldiers, police said.")
    first = doc_text(doc)
    assert first == doc.text and doc_text(doc) is first  # the same string, not joined again
