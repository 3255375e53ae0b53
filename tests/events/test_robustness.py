"""Any text yields a valid record from the event stage and never raises.

Unicode noise, empty sentences, 10k-character sentences and nested quotes go through
the real spaCy model with cleaning off, so offsets are offsets into the given text.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.events.acled import SUB_TO_TYPE
from eventwire.events.cameo import cameo_table
from eventwire.record import DATE_PRECISIONS, EVENT_STATUSES, PLOVER_TYPES, Record
from tests.conftest import run_text

WORDS = ["attacked", "the", "rebels", "surrendered", "police", "arrested", "531", "2429",
         "on", "the 20th", "since", "February", "will", "not", "protest", "“", "”", '"', "'",
         "said", "killed", "three", "people", "in", "Mariupol", ".", ",", "\n\n", "It is said that"]

sentences = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
noise = st.text(min_size=0, max_size=300)
texts = st.one_of(
    noise,
    st.lists(st.one_of(sentences, noise), min_size=1, max_size=6).map(lambda p: "\n\n".join(p)),
    sentences.map(lambda s: ("“He said ‘they “attacked” the town’ ” " + s) * 3),
    st.just(""),
    st.just(". . . \n\n . \n\n"),
)


def check_record(record: Record) -> None:
    text = record.document.text
    table = cameo_table()
    data = record.to_dict()
    for ev in data["events"]:
        assert ev["plover"] in PLOVER_TYPES
        assert ev["cameo"] is None or ev["cameo"] in table
        assert ev["status"] in EVENT_STATUSES
        assert 0.0 <= ev["confidence"] <= 1.0
        if ev["acled"] is not None:
            assert SUB_TO_TYPE[ev["acled"]["sub_event_type"]] == ev["acled"]["event_type"]
        spans = [ev["trigger"], ev["sentence"], *(q for q in ev["quantities"])]
        spans += [r for r in (ev["actor"], ev["target"], ev["location"]) if r]
        if ev["date"] and ev["date"]["span"]:
            spans.append(ev["date"]["span"])
            assert ev["date"]["precision"] in DATE_PRECISIONS
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "2022-05-21", "2001-01-01"]))
def test_any_text_gives_a_valid_record(noclean_pipeline, text, published):
    record = run_text(noclean_pipeline, text, published=published)
    assert not any("stage events failed" in n for n in record.notes)
    check_record(record)


def test_a_10k_character_sentence(noclean_pipeline):
    text = "Rebels attacked " + ", ".join(["the town"] * 1200) + " on the 20th."
    assert len(text) > 10_000
    record = run_text(noclean_pipeline, text, published="2022-05-21")
    assert not any("stage events failed" in n for n in record.notes)
    check_record(record)
    assert any(e.plover == "ASSAULT" for e in record.events)


def test_a_sentence_without_punctuation_costs_no_more_than_its_share(noclean_pipeline):
    """A 30,000-character run-on 'sentence' is read only up to a budget (a note says so) and
    the sentences around it are read whole."""
    import time

    from tests.conftest import run_text

    junk = " ".join(["rebels attacked the village and soldiers fled"] * 650)
    text = "Rebels attacked Goma on Monday.\n\n" + junk + "\n\nPolice arrested the mayor of Kano on Tuesday."
    t0 = time.perf_counter()
    record = run_text(noclean_pipeline, text, published="2024-03-08")
    assert time.perf_counter() - t0 < 60
    assert any("read for events only up to" in n for n in record.notes)
    said = {e.trigger.text for e in record.events}
    assert {"attacked", "arrested"} <= said
