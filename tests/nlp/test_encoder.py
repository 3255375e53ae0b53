"""The static sentence encoder the row check reads sentences with: shipped, offline, stable."""

from __future__ import annotations

import numpy as np

from eventwire.nlp.encoder import load_encoder


def test_sentences_are_unit_vectors_and_an_empty_one_is_zero():
    vectors = load_encoder().encode(["Police arrested two men in Lagos on Monday.", ""])
    assert vectors.shape == (2, load_encoder().dimensions)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0)
    assert not vectors[1].any()


def test_a_sentence_is_encoded_alike_alone_and_in_a_batch():
    encoder = load_encoder()
    texts = ["Rebels shelled the town.", "The orchestra played Brahms.", "Rebels shelled the town."]
    batch = encoder.encode(texts)
    assert np.allclose(batch[0], encoder.encode([texts[0]])[0]) and np.allclose(batch[0], batch[2])


def test_sentences_of_one_kind_lie_nearer_each_other_than_another_kind():
    attack, strike, concert = load_encoder().encode([
        "Gunmen attacked an army convoy near the border, killing five soldiers.",
        "Militants ambushed a military patrol and killed three troops.",
        "The orchestra played a new symphony to a full concert hall."])
    assert attack @ strike > attack @ concert + 0.1


def test_the_shipped_row_check_reads_the_embedding():
    from eventwire.events.eventness import load_eventness

    model = load_eventness()
    assert model is not None and model.embedding_coef is not None
    assert model.embedding_coef.shape[1] == load_encoder().dimensions


def test_threads_that_ask_at_once_share_one_encoder():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        encoders = list(pool.map(lambda _: load_encoder(), range(16)))
    assert len({id(e) for e in encoders}) == 1


def test_odd_input_gives_unit_or_zero_vectors():
    vectors = load_encoder().encode(["\x00", "x" * 100_000, "Ünïcødé 中文 العربية", "  "])
    norms = np.linalg.norm(vectors, axis=1)
    assert np.allclose(norms[[1, 2]], 1.0) and norms[3] == 0.0
