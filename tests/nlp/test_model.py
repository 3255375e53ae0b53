"""The spaCy loader: the real model, batching, and a clear error when a model is missing."""

from __future__ import annotations

import pytest

from eventwire.errors import ModelMissingError
from eventwire.nlp import NlpStage, load_model
from eventwire.record import DocumentInfo, Record


def test_loads_a_real_english_pipeline() -> None:
    nlp = load_model()
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert nlp.meta["lang"] == "en"


def test_missing_model_names_the_install_command() -> None:
    load_model.cache_clear()
    with pytest.raises(ModelMissingError, match="not found"):
        load_model("no_such_model_xyz")


def test_pipe_parses_in_batches_and_passes_skipped_records() -> None:
    stage = NlpStage(batch_size=2)
    texts = ["Troops entered Kherson.", "Talks resumed in Geneva.", "Ein Satz.", "Rebels fled."]
    records = [Record(id=str(i), document=DocumentInfo(text=t)) for i, t in enumerate(texts)]
    records[2].skipped = "language is 'de'"
    out = list(stage.pipe(records))
    assert [r.id for r in out] == ["0", "1", "2", "3"]
    assert out[2].doc is None
    assert [r.doc.text for r in out if r.doc is not None] == [texts[0], texts[1], texts[3]]
    assert any(ent.text == "Kherson" for ent in out[0].doc.ents)
