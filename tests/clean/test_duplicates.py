"""Republished copies: caught across a new headline, boilerplate and edited words; a
different report of the same events is not a copy; the first one seen is the original."""

from __future__ import annotations

import pytest

from eventwire.clean.duplicates import DuplicateFinder, similarity
from eventwire.ingest import RawDocument
from eventwire.options import DEFAULT_DUPLICATE_THRESHOLD, Options

from .dup_texts import ORIGINAL, REPUBLISHED, SAME_TOPIC

# How far the measured similarities must stay from the threshold, so that the threshold
# is a choice with room on both sides, not a value fitted to one pair of texts.
MARGIN = 0.15


def test_the_threshold_separates_copies_from_same_topic_reports() -> None:
    copy = similarity(ORIGINAL, REPUBLISHED)
    topic = similarity(ORIGINAL, SAME_TOPIC)
    assert copy >= DEFAULT_DUPLICATE_THRESHOLD + MARGIN
    assert topic <= DEFAULT_DUPLICATE_THRESHOLD - MARGIN


def test_copy_is_found_and_same_topic_is_not() -> None:
    finder = DuplicateFinder()
    assert finder.check("original", ORIGINAL) is None
    assert finder.check("other-outlet", SAME_TOPIC) is None
    assert finder.check("farm", REPUBLISHED) == "original"
    assert finder.found == 1 and finder.copies == {"farm": "original"}


def test_the_first_seen_is_the_original_whatever_the_ids() -> None:
    finder = DuplicateFinder()
    assert finder.check("zz-first", REPUBLISHED) is None
    assert finder.check("aa-second", ORIGINAL) == "zz-first"
    third = ORIGINAL.replace("Tuesday morning", "Tuesday")
    assert finder.check("mm-third", third) == "zz-first"
    assert finder.found == 2


def test_seeing_the_same_id_again_is_not_a_copy() -> None:
    finder = DuplicateFinder()
    assert finder.check("a", ORIGINAL) is None
    assert finder.check("a", ORIGINAL) is None
    assert finder.found == 0


def test_short_texts_are_never_copies() -> None:
    finder = DuplicateFinder()
    assert finder.check("a", "Storm closes pass.") is None
    assert finder.check("b", "Storm closes pass.") is None


@pytest.fixture(scope="module")
def dedup_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(Options(detect_duplicates=True))


def test_a_copy_is_marked_as_a_copy_and_still_extracted(dedup_pipeline) -> None:
    raws = [
        RawDocument(origin="<test>", text=ORIGINAL, id="original"),
        RawDocument(origin="<test>", text=SAME_TOPIC, id="other-outlet"),
        RawDocument(origin="<test>", text=REPUBLISHED, id="farm"),
    ]
    records = {r.id: r for r in dedup_pipeline.run(raws)}
    farm = records["farm"]
    assert farm.document.duplicate_of == "original"
    assert farm.skipped is None and farm.doc is not None
    assert farm.to_dict()["document"]["duplicate_of"] == "original"
    for doc_id in ("original", "other-outlet"):
        assert records[doc_id].document.duplicate_of is None
        assert records[doc_id].doc is not None
    assert dedup_pipeline.duplicates.found == 1
