"""Rows of a text whose first line is a headline: read as its own sentence, in sentence case."""

from __future__ import annotations

import pytest

from eventwire.events.happenings import _an_article
from tests.conftest import run_text


def rows(pipeline, text: str):
    return run_text(pipeline, text, published="2025-03-14").events


def test_a_title_case_headline_is_read_for_its_act_not_as_a_name(noclean_pipeline):
    events = rows(noclean_pipeline, "Israeli Strike Kills 12 In Gaza Camp\n\nThe dead included children, "
                                    "medics said on Friday.")
    assert [e.plover for e in events] == ["ASSAULT"]  # a strike that kills is no walkout
    assert events[0].actor is not None and events[0].actor.span.text == "Israeli"


def test_a_headline_s_verb_is_read_as_a_verb(noclean_pipeline):
    events = rows(noclean_pipeline, "Israel Strikes Gaza\n\nIsraeli jets bombed Gaza City overnight, killing 12 "
                                    "people, medics said on Tuesday.")
    assert events and all(e.plover == "ASSAULT" for e in events)  # a strike on Gaza is no walkout
    walkout = rows(noclean_pipeline, "Nurses Strike Over Unpaid Wages\n\nNurses at state hospitals stopped "
                                     "work on Monday.")
    assert [e.plover for e in walkout if any(m.trigger.text == "Strike" for m in e.mentions)] == ["PROTEST"]


def test_a_headline_in_capitals_gives_its_act_its_doers(noclean_pipeline):
    events = rows(noclean_pipeline, "GUNMEN STORM HOTEL IN MOGADISHU\n\nThe siege of the hotel lasted six "
                                    "hours, the police said on Friday.")
    stormed = [e for e in events if any(m.trigger.text == "STORM" for m in e.mentions)]
    assert stormed and stormed[0].actor is not None and stormed[0].actor.span.text == "GUNMEN"


def test_the_lead_under_a_headline_keeps_its_own_subject(noclean_pipeline):
    events = rows(noclean_pipeline, "Bandits abduct 30 villagers in Zamfara\n\nGunmen on Sunday abducted 30 "
                                    "villagers in Zamfara state, police said.")
    [taken] = [e for e in events if e.plover == "ASSAULT"]
    assert taken.actor is not None and taken.actor.span.text == "Gunmen"  # not "Zamfara Gunmen"
    assert len(taken.mentions) == 2


def test_a_dateline_of_a_day_is_no_march(noclean_pipeline):
    events = rows(noclean_pipeline, "Sunday, March 9, 2025\n\nPolice arrested five men in Kano on Saturday.")
    assert [e.plover for e in events] == ["COERCE"]


def test_a_headline_is_no_sentence_of_the_article_the_row_check_reads(noclean_pipeline):
    body = "Gunmen abducted 30 villagers. Police said so. The army was sent. Talks began. "
    briefed = run_text(noclean_pipeline, "Bandits Abduct 30 Villagers In Zamfara\n\n" + body)
    assert not _an_article(briefed)  # a brief of four sentences under its headline
    assert _an_article(run_text(noclean_pipeline, body + "Schools closed."))


@pytest.mark.parametrize("text", [
    "Former Japanese PM Shinzo Abe shot dead\n\nFormer Japanese Prime Minister Shinzo Abe was shot dead while "
    "giving a campaign speech in the city of Nara on Friday.",
    "Journalist stabbed to death in Mexico\n\nA journalist was stabbed to death in the Mexican state of Guerrero "
    "on Monday, prosecutors said.",
])
def test_a_headline_drops_was_and_tells_who_was_harmed(noclean_pipeline, text):
    [row] = [e for e in rows(noclean_pipeline, text) if e.plover == "ASSAULT"]
    assert len(row.mentions) == 2 and row.actor is None and row.target is not None


def test_a_headline_s_active_verb_with_no_object_keeps_its_doer(noclean_pipeline):
    found = rows(noclean_pipeline, "Gunmen struck in Kano\n\nKANO, May 8 - Gunmen killed five people in Kano on "
                                   "Wednesday.")
    assert [e.plover for e in found] == ["ASSAULT"] and found[0].actor is not None
