"""The memoised attribute ruler and lemmatizer give exactly spaCy's own annotation."""

from __future__ import annotations

from eventwire.nlp import attrs, load_model

TEXTS = [
    "Rebels ain't leaving: they're gonna hold the bridge, and let's be clear about it.",
    "The ministry's spokesman said 12 soldiers were killed and 40 wounded near the border.",
    "Protesters gathered outside parliament on Friday,  demanding the minister's resignation.\n\n"
    "Police used tears gas?  Officials denied it — \"we didn't,\" one said.",
    "U.S. forces withdrew; the U.N. envoy, Mr. Smith, met Houthi leaders in Muscat.",
    "Gotta say: better, best, worse, worst, children, mice, geese, was, were, been, being.",
    "",
]


def annotation(doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i) for t in doc]


def test_same_pos_morph_and_lemma_as_the_model_own_components() -> None:
    plain, fast = load_model(None, plain=True), load_model()
    assert attrs.NAME in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    assert "attribute_ruler" in plain.pipe_names
    for _ in range(2):  # the second round answers from the memo tables
        for text in TEXTS:
            assert annotation(fast(text)) == annotation(plain(text)), text


def test_a_pattern_it_cannot_read_leaves_the_model_its_own_components() -> None:
    nlp = load_model.__wrapped__(None, plain=True)  # a fresh copy, not the cached one
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert attrs.install(nlp) is False
    assert "attribute_ruler" in nlp.pipe_names and attrs.NAME not in nlp.pipe_names
