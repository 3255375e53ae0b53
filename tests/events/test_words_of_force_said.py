"""Verbs of force a politician uses in words: "hit back at his critics", "fired back at the White
House", "took aim at the EU", "tore into", "rounded on" are criticisms (CAMEO 111), not attacks;
the same verbs stay force when a state, an armed group or soldiers act ("Israel hit back at Iran";
only a person or an office holder speaks so); "took aim at" by troops is no row.

Sentences written for these tests; each checks a row of ``data/events/lexicon.psv`` through the
whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_words_and_days import rows  # (published on a Friday, 2024-06-14)


@pytest.mark.parametrize("text, trigger, target", [
    ("Prime Minister Imran Khan hit back on Thursday at opposition leaders who have demanded his resignation, "
     "calling them thieves.", "hit back", "opposition leaders"),
    ("Turkish President Recep Tayyip Erdogan hit back at critics of his military operation on Wednesday, "
     "saying the offensive would continue.", "hit back", "critics"),
    ("Senator Lindsey Graham fired back at the White House on Tuesday, calling its plan a surrender.",
     "fired back", "White House"),
    ("Prime Minister Boris Johnson took aim at the European Union on Friday, saying Brussels wanted to punish "
     "Britain.", "took aim", "European Union"),
    ("Ethiopia's prime minister rounded on Egypt on Monday, saying Cairo wanted to keep Ethiopians in darkness.",
     "rounded on", "Egypt"),
])
def test_force_in_words_is_a_criticism(noclean_pipeline, text, trigger, target):
    found = rows(noclean_pipeline, text)
    said = [e for e in found if e.trigger.text == trigger]
    assert [(e.plover, e.cameo) for e in said] == [("ACCUSE", "111")], \
        [(e.plover, e.cameo, e.trigger.text) for e in found]
    assert said[0].target is not None and target in said[0].target.span.text
    assert not any(e.plover == "ASSAULT" for e in found), [(e.plover, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, trigger", [
    ("Israeli soldiers fired back at gunmen who opened fire on a patrol near the fence on Tuesday.", "fired back"),
    ("The gunmen fired back at police from a rooftop on Monday, wounding two officers.", "fired back"),
    ("North Korea hit back at the United States on Tuesday, firing two ballistic missiles into the sea.",
     "hit back"),
    ("Israel hit back at Iran early Friday, with explosions reported near a military base in Isfahan.", "hit back"),
    ("Al-Shabaab fighters hit back at African Union troops on Monday, killing four soldiers.", "hit back"),
    ("Hamas fired back at Israeli troops near the fence on Tuesday.", "fired back"),
])
def test_force_done_by_armed_men_or_with_weapons_stays_force(noclean_pipeline, text, trigger):
    found = rows(noclean_pipeline, text)
    assert any(e.plover == "ASSAULT" for e in found), [(e.plover, e.trigger.text) for e in found]
    assert not any(e.plover == "ACCUSE" for e in found), [(e.plover, e.trigger.text) for e in found]
