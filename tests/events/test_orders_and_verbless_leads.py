"""A lead whose verb the parser hung as a modifier on the noun after it, in a clause it left
with a noun for head ("A court ... jailed opposition activist X ..., her lawyer said"); troops
ordered somewhere; a person handcuffed; a statement made "from" a town, in a statement issued
there, or told again by its speaker "speaking in" it.

Sentences written for these tests; each checks :func:`eventwire.events.doers.misread_modifier`
or a row of ``data/events/lexicon.psv`` through the whole pipeline; where a statement was
made (:meth:`eventwire.events.whereabouts.Whereabouts._said_where`, ``_spoken_next``).
"""

from __future__ import annotations

import pytest

from tests.events.test_told_places import row_place
from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, plover, trigger, actor", [
    ("A court in Almaty on Tuesday jailed opposition activist Dana Sultanbekova for 15 days for taking part "
     "in an unsanctioned rally, her lawyer said.", "COERCE", "jailed", "court"),
    ("A military court in Mandalay on Friday sentenced journalist Min Thu to three years in prison for "
     "reporting on the protests, his lawyer said.", "COERCE", "sentenced", "court"),
])
def test_a_verb_read_as_a_modifier_in_a_clause_with_no_verb_is_the_clauses(noclean_pipeline, text, plover,
                                                                          trigger, actor):
    found = [e for e in rows(noclean_pipeline, text) if e.trigger.text == trigger]
    assert [e.plover for e in found] == [plover], [(e.plover, e.trigger.text) for e in rows(noclean_pipeline, text)]
    assert found[0].actor is not None and actor in found[0].actor.span.text


@pytest.mark.parametrize("text", [
    "Police on Monday released detained activist Omar Hassan after two weeks, his family said.",
    "The banned party said it would appeal against the ruling.",
    "The families of executed protesters in Tehran on Sunday, according to rights groups.",  # a caption
    "An appeal for the release of kidnapped hostages in Gaza, relatives said.",
])
def test_a_modifier_in_a_clause_with_its_own_verb_or_a_phrase_stays_one(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert not any(e.trigger.text in ("detained", "banned", "executed", "kidnapped") for e in found), \
        [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, plover, cameo", [
    ("He ordered 500 additional troops to the border region on Tuesday.", "MOBILIZE", "154"),
    ("The defense minister ordered two warships to the Gulf on Monday.", "MOBILIZE", "154"),
    ("Police handcuffed two journalists covering the vote in Harare on Friday, their union said.", "COERCE", "173"),
])
def test_troops_ordered_somewhere_and_people_handcuffed(noclean_pipeline, text, plover, cameo):
    found = [e for e in rows(noclean_pipeline, text) if e.trigger.text in ("ordered", "handcuffed")]
    assert [(e.plover, e.cameo) for e in found] == [(plover, cameo)], \
        [(e.plover, e.cameo, e.trigger.text) for e in rows(noclean_pipeline, text)]


@pytest.mark.parametrize("text", [
    "A military court in Kampala ordered the soldiers to prison for killing three civilians.",
    "The president ordered troops to the negotiating table on Monday.",
    "Activists handcuffed themselves to the gates of the parliament in London on Monday.",
    "The central bank was handcuffed by the new rules, economists said.",
    "The president ordered troops to withdraw from the border on Tuesday.",  # the withdrawal is the act
    "The court ordered the army to pay compensation to the families.",
    "Putin ordered his forces to stand down on Monday.",
    "The company ordered 40 new jets from Airbus on Monday.",
])
def test_an_order_to_do_something_or_a_bond_by_rules_is_no_deployment_or_arrest(noclean_pipeline, text):
    found = rows(noclean_pipeline, text)
    assert not any(e.trigger.text in ("ordered", "handcuffed") for e in found), \
        [(e.plover, e.trigger.text) for e in found]


# -- where a statement was made -------------------------------------------------------------------
@pytest.mark.parametrize("text, plover, town", [
    ("Speaking from Geneva on Monday, the opposition leader urged the army to release the detained students.",
     "REQUEST", "Geneva"),
    ("The foreign ministry condemned the killing of the journalist in a statement issued in Tehran on Monday.",
     "ACCUSE", "Tehran"),
    ("The prime minister warned on Monday that the country would retaliate against any attack. Speaking at a "
     "rally in Lahore, he said the army was ready.", "THREATEN", "Lahore"),
    # where the body that made it sits, where an envoy summoned serves, where an accord was signed,
    # at a gathering on the verb (the cases that are not: tests/events/test_seats_and_agents.py)
    ("The U.S. Embassy in Dhaka on Monday called on all sides to avoid violence.", "REQUEST", "Dhaka"),
    ("The U.N. human rights office in Geneva on Wednesday urged Thailand to amend the law.", "REQUEST",
     "Geneva"),
    ("The European Union's delegation in Nairobi condemned the arrests of the three journalists.", "ACCUSE",
     "Nairobi"),
    ("On Wednesday the Foreign Ministry in Tripoli ordered two Chadian diplomats to leave the country within "
     "72 hours.", "SANCTION", "Tripoli"),
    ("Chad's government summoned Libya's charge d'affaires in N'Djamena on Thursday to protest against the "
     "expulsions.", "ACCUSE", "N'Djamena"),
    ("The two sides signed a permanent cease-fire in Geneva in October 2020.", "SUPPORT", "Geneva"),
    ("Bishop Francis Ndi Chia appealed for the release of the hostages during a Mass in Kumbo on Wednesday.",
     "REQUEST", "Kumbo"),
    ("The U.N. special envoy for Libya praised the deal as a real breakthrough at a news conference in Geneva "
     "on Friday.", "SUPPORT", "Geneva"),
])
def test_a_statement_is_placed_where_it_was_made(noclean_pipeline, text, plover, town):
    assert row_place(noclean_pipeline, text, plover) == town


@pytest.mark.parametrize("text, plover", [
    ("Speaking about the bombing in Kandahar, the minister condemned the attack on Monday.", "ACCUSE"),
    ("The minister warned on Monday that the country would retaliate. Speaking later, the spokesman said "
     "talks in Doha were over.", "THREATEN"),
    ("The minister warned on Monday that the country would retaliate. Speaking at a rally in Lahore, the "
     "opposition leader said the army was not ready.", "THREATEN"),  # another speaker, named
    ("Polish Prime Minister Donald Tusk accused Belarus of orchestrating the migrant crossings on Monday. "
     "Speaking in Warsaw on Wednesday, he said the border would stay closed.", "ACCUSE"),  # another day
    ("The foreign ministry condemned the strike in a statement published in the Tehran Times on Monday.", "ACCUSE"),
    ("The army condemned the ambush in a statement issued in the wake of the attack in North Waziristan on "
     "Monday.", "ACCUSE"),
    ("Speaking from the perspective of Ukraine, the minister urged the allies to send more air defence on "
     "Monday.", "REQUEST"),
])
def test_a_place_a_statement_is_about_or_another_speakers_is_not_its_own(noclean_pipeline, text, plover):
    assert row_place(noclean_pipeline, text, plover) is None
