"""Habits told once for two verbs ("regularly burn classrooms and threaten teachers") and
perfects held over a long stretch ("has long complained"): no row, while an act told beside a
habit stays one.

Sentences written for these tests; each checks :func:`eventwire.events.mood.habitual` through
the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.test_retellings import of_type, rows


@pytest.mark.parametrize("text, plover", [
    ("Armed groups regularly burn classrooms and threaten teachers who defy the boycott.", "THREATEN"),
    ("Uganda's opposition has long complained that police and the military break up its gatherings.", "ACCUSE"),
    ("The government has long been accused of torture by rights groups.", "ACCUSE"),
])
def test_a_habit_told_once_for_joined_verbs_or_a_long_perfect_is_no_row(noclean_pipeline, text, plover):
    assert of_type(rows(noclean_pipeline, text, published="2019-03-14"), plover) == []


@pytest.mark.parametrize("text, plover", [
    ("Police regularly patrol the area, and on Monday officers arrested five men.", "COERCE"),
    ("Soldiers torched homes and regularly threatened villagers, residents said.", "ASSAULT"),
    ("The opposition leader complained on Monday that police had broken up a rally in the capital.", "ACCUSE"),
    ("Militants often attack convoys in the area and on Tuesday killed five soldiers near Kidal.", "ASSAULT"),
    ("Russia frequently shells Kharkiv but struck a hospital with a glide bomb, officials said.", "ASSAULT"),
    ("Police regularly beat protesters and arrested three journalists on Friday.", "COERCE"),
])
def test_an_act_told_beside_a_habit_is_still_a_row(noclean_pipeline, text, plover):
    assert len(of_type(rows(noclean_pipeline, text, published="2019-03-14"), plover)) == 1
