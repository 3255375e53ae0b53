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


def test_a_text_longer_than_spacy_takes_is_parsed_in_pieces_with_offsets_intact() -> None:
    stage = NlpStage(batch_size=4, max_chars=400)
    para = "Rebels attacked the town of Goma on Monday. Soldiers fled to the north.\n\n"
    long_text = para * 20  # 1,480 characters: four pieces
    records = [Record(id="short", document=DocumentInfo(text="Talks resumed in Geneva.")),
               Record(id="long", document=DocumentInfo(text=long_text))]
    out = {r.id: r for r in stage.pipe(records)}
    doc = out["long"].doc
    assert doc is not None and doc.text == long_text
    assert [t.idx for t in doc if t.text == "Goma"][-1] == long_text.rindex("Goma")
    assert out["short"].doc is not None


def test_pieces_concatenate_back_and_respect_the_limit() -> None:
    from eventwire.nlp.model import pieces

    text = ("word " * 500) + "x" * 900
    parts = pieces(text, 300)
    assert "".join(parts) == text and all(len(p) <= 300 for p in parts)
