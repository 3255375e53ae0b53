"""A participle told of a verb of causing's object is done to that object by that verb's doer:
"a court ordered the editor jailed", "the judge ordered him released", "the president had two
ministers arrested". The parser hangs the participle on the object, on a noun inside the
object's phrase or on the verb; whichever, the row's target is the object and its actor the one
who caused it (:func:`eventwire.events.verbroles._made_to_undergo`).

Sentences written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("A Turkish court has ordered the editor of an independent news website jailed pending trial on terrorism "
     "charges.", "jailed", "court", "editor"),
    ("A court in Cairo ordered the leader of the opposition party detained for 15 days on Sunday.",
     "detained", "court", "leader"),
    ("The president had the two ministers arrested on Friday.", "arrested", "president", "ministers"),
    ("The army kept the journalists detained for three days in Goma.", "detained", "army", "journalists"),
    ("Police in Lagos got the suspects arrested after a tip-off on Monday.", "arrested", "Police", "suspects"),
    ("The judge ordered him released on bail on Monday.", "released", "judge", "him"),
    # the tagger's past tense with the undergoer as its subject: a small clause, not a clause of its own
    ("The court ordered the journalist detained for 15 days on Monday.", "detained", "court", "journalist"),
    ("A court ordered the opposition leader jailed pending trial on Monday.", "jailed", "court", "leader"),
    # an order read as a clause of its own, with "to be": the order, no threat
    ("The court ordered the journalist to be detained for 15 days on Monday.", "detained", "court", "journalist"),
])
def test_what_a_verb_of_causing_makes_its_object_undergo(noclean_pipeline, text, trigger, actor, target):
    found = [e for e in rows(noclean_pipeline, text) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.plover, e.trigger.text) for e in rows(noclean_pipeline, text)]
    row = found[0]
    assert row.actor is not None and actor in row.actor.span.text, row.actor
    assert row.target is not None and target in row.target.span.text, row.target


@pytest.mark.parametrize("text, trigger", [
    ("Residents had their homes destroyed by soldiers on Tuesday.", "destroyed"),  # undergone, not caused
    ("Villagers had their cattle seized by gunmen on Monday.", "seized"),
    ("Several journalists had equipment seized at the border on Monday.", "seized"),
])
def test_a_thing_of_the_subjects_own_undergoes_it_by_another(noclean_pipeline, text, trigger):
    found = rows(noclean_pipeline, text)
    assert not any(e.actor is not None and e.actor.span.text in ("Residents", "Villagers", "Several journalists")
                   for e in found), \
        [(e.plover, e.trigger.text, e.actor) for e in found]


@pytest.mark.parametrize("text, trigger, actor", [
    ("The general ordered that soldiers detained anyone who resisted.", "detained", "soldiers"),
])
def test_a_clause_of_its_own_under_an_order_keeps_its_doer(noclean_pipeline, text, trigger, actor):
    [row] = [e for e in rows(noclean_pipeline, text) if e.trigger.text == trigger]
    assert row.actor is not None and row.actor.span.text == actor


def test_an_ordered_detention_is_a_coercion_not_a_threat(noclean_pipeline):
    found = rows(noclean_pipeline, "The court ordered the journalist to be detained for 15 days on Monday.")
    assert [(e.plover, e.trigger.text) for e in found] == [("COERCE", "detained")]
