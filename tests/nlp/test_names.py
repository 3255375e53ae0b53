"""One name fold for the gazetteer and the knowledge base (issue 11: one idea, one helper)."""

from __future__ import annotations

import pytest

from eventwire.entities.kb import normalize as kb_key
from eventwire.geo.names import normalize as place_key
from eventwire.nlp.names import fold_words


@pytest.mark.parametrize(("variants", "words"), [
    (["Kharkiv", "KHARKIV", "Khar'kiv", "Khar’kiv"], ["kharkiv"]),
    (["Russia's", "Russia’s", "russia"], ["russia"]),
    (["U.S.", "US", "u.s."], ["us"]),
    (["al-Qaeda", "Al Qaeda"], ["al", "qaeda"]),
    (["São Paulo", "Sao Paulo"], ["sao", "paulo"]),
])
def test_variants_of_a_name_fold_to_the_same_words(variants, words):
    assert {tuple(fold_words(v)) for v in variants} == {tuple(words)}


@pytest.mark.parametrize("name", ["Russia’s Defence Ministry", "U.S.", "Khar'kiv", "al-Qaeda"])
def test_both_tables_read_a_name_through_the_one_fold(name):
    folded = " ".join(fold_words(name))
    assert place_key(name) == folded
    assert kb_key(name) == folded.replace("defence", "defense")  # the KB's own spelling policy
