"""The learned row check (`--strict-rows`): shipped, read the same way it was trained, opt-in."""

from __future__ import annotations

import pytest

from eventwire.events.eventness import load_eventness, row_features
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from tests.conftest import run_text

ATTACK = "Russian forces shelled the city of Kharkiv on Tuesday, killing three civilians."
STANCE = "Analysts said Beijing has increased cooperation with Moscow in recent years."


@pytest.fixture(scope="module")
def strict_pipeline():
    return Pipeline(Options(clean=False, strict_rows=True))


def test_the_shipped_model_loads_with_a_threshold():
    model = load_eventness()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "type=ASSAULT" in model.model.extra  # the indicators it was trained with


def test_a_row_is_read_as_it_was_trained(noclean_pipeline):
    [row] = [e for e in run_text(noclean_pipeline, ATTACK, published="2024-03-08").events
             if e.plover == "ASSAULT"]
    text, flags = row_features(row)
    assert text == row.sentence.text
    assert {"type=ASSAULT", "actor=True", "place=True"} <= set(flags)


def test_strict_rows_drop_a_stance_and_keep_an_attack(noclean_pipeline, strict_pipeline):
    assert run_text(noclean_pipeline, STANCE, published="2024-03-08").events  # the rules keep it
    assert not run_text(strict_pipeline, STANCE, published="2024-03-08").events
    assert [e.plover for e in run_text(strict_pipeline, ATTACK, published="2024-03-08").events] == ["ASSAULT"]


def test_rows_are_not_judged_unless_asked(noclean_pipeline):
    stage = next(s for s in noclean_pipeline.stages if s.name == "events")
    assert stage.eventness is None
