"""Shared fixtures: the real spaCy model, loaded once; small texts written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.options import Options

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_PATH = ROOT / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(Options(detect_duplicates=False))


@pytest.fixture(scope="session")
def noclean_pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline(Options(clean=False, detect_duplicates=False))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def run_text(pipeline, text: str, **meta):
    """One record from one text through the whole pipeline."""
    from eventwire.ingest import RawDocument

    raw = RawDocument(origin="<test>", text=text, **meta)
    [record] = list(pipeline.run([raw]))
    failed = [n for n in getattr(record, "notes", []) if "failed" in n]
    assert not failed, f"a stage raised: {failed}"  # a crash must not pass for "no event"
    return record
