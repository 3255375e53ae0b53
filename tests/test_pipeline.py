"""The pipeline as a whole: contract invariants on awkward inputs."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.ingest import RawDocument
from eventwire.options import Options
from eventwire.pipeline import Pipeline


def _all_spans(obj, found):
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and "text" in obj:
            found.append(obj)
        for key, value in obj.items():
            if key != "removed":
                _all_spans(value, found)
    elif isinstance(obj, list):
        for value in obj:
            _all_spans(value, found)
    return found


def test_every_span_points_into_the_text(pipeline) -> None:
    raw = RawDocument(origin="t", text="Heavy fighting broke out in Bakhmut on Monday, Ukraine's army said.\n\n"
                                        "<p>Russian forces shelled Kharkiv; three civilians were killed.</p>")
    [record] = list(pipeline.run([raw]))
    data = record.to_dict()
    text = data["document"]["text"]
    for span in _all_spans(data, []):
        if span is data["document"]:
            continue
        assert text[span["start"]:span["end"]] == span["text"]


def test_malformed_html_is_one_error_or_a_record(pipeline) -> None:
    pages = ["<html><body><p>Unclosed <b>tags <div><table><tr><td>Rebels seized Goma.",
             "<<<>>> <p <p <p>>",
             "<html>" + "<div>" * 5000 + "Deep nesting: protesters marched." + "</div>" * 10]
    out = list(pipeline.run([RawDocument(origin=f"p{i}", html=h) for i, h in enumerate(pages)]))
    assert len(out) == 3
    for item in out:
        assert isinstance(item, InputError) or item.to_dict()["schema"] == "eventwire.record/1"


def test_non_english_is_stored_and_marked_not_extracted(pipeline) -> None:
    raw = RawDocument(origin="de", text="Russische Truppen haben am Montag die Stadt Charkiw beschossen, "
                                        "teilte das ukrainische Militär mit. Drei Zivilisten wurden getötet.")
    [record] = list(pipeline.run([raw]))
    assert record.document.language == "de"
    assert record.skipped and "de" in record.skipped
    assert record.events == [] and record.doc is None


def test_republished_copy_is_marked_and_still_extracted() -> None:
    body = ("Government troops recaptured the town of Ras Kamboni from militants on Saturday after two days "
            "of fighting, a military spokesman said, adding that eleven fighters had been killed and four "
            "soldiers wounded. Residents said many families had fled towards the coast before the assault.")
    pipe = Pipeline(Options())
    first, copy = pipe.run([RawDocument(origin="a", text=body, id="orig"),
                            RawDocument(origin="b", text=body + "\n\nShare this story", id="copy")])
    assert first.document.duplicate_of is None
    assert copy.document.duplicate_of == "orig" and copy.skipped is None
    assert [e.plover for e in copy.events] == [e.plover for e in first.events] != []


def test_workers_give_the_same_records_in_the_same_order() -> None:
    texts = [f"Troops shelled the village of Kamianka on Monday, killing {n} civilians, officials said. "
             f"Report {n}." for n in range(1, 9)]
    raws = [RawDocument(origin=f"r{i}", text=t, id=f"r{i}") for i, t in enumerate(texts)]
    raws.insert(3, InputError("bad.jsonl:4", "invalid JSON"))
    options = Options(batch_size=2, detect_duplicates=False)
    serial = [i if isinstance(i, InputError) else i.to_dict() for i in Pipeline(options).run(raws)]
    parallel = [i if isinstance(i, InputError) else i.to_dict() for i in Pipeline(options).run(raws, workers=2)]
    assert parallel == serial
    assert isinstance(parallel[3], InputError) and len(parallel) == 9


def test_stages_declare_what_they_read_and_the_order_check_holds_them_to_it() -> None:
    """Events read entities and places; claims read events: a wrong order is refused."""
    with pytest.raises(ValueError, match="needs"):
        Pipeline(Options(stages=("entities", "geo", "claims", "events")))
    with pytest.raises(ValueError, match="needs"):
        Pipeline(Options(stages=("entities", "events")))


def test_a_bounded_fuzz_run_finds_no_crash() -> None:
    """bench/fuzz.py in CI: a few hundred mutated inputs through the readers, the cleaner and
    the pipeline (the long runs are in docs/reliability.md)."""
    import importlib.util
    import random
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parents[1] / "bench" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    assert fuzz.fuzz_readers(400, random.Random(3)) == []
    assert fuzz.fuzz_pipeline(40, random.Random(3)) == []


def test_a_document_over_the_time_budget_is_a_named_error_and_the_batch_goes_on() -> None:
    story = ("Rebels attacked the town of Goma on Monday, killing five soldiers, the army said. "
             "Police arrested twelve protesters in Kinshasa on Tuesday. ")
    pipeline = Pipeline(Options(clean=False, detect_duplicates=False, doc_seconds=0.15))
    list(pipeline.run([RawDocument(origin="warm", text=story)]))  # models and gazetteer loaded
    long = RawDocument(origin="long.txt", text=(story + "\n\n") * 250)  # ~35,000 characters: ~0.6 s
    short = RawDocument(origin="short.txt", text=story)
    out = list(pipeline.run([long, short]))
    assert isinstance(out[0], InputError) and out[0].origin == "long.txt"
    assert "time budget" in out[0].reason and "not extracted" in out[0].reason
    assert not isinstance(out[1], InputError) and out[1].events


def test_the_time_budget_holds_in_a_thread_that_cannot_take_signals() -> None:
    """A Dask worker (or the HTTP server) runs extraction outside the main thread."""
    import threading

    story = ("Militia fighters burned a clinic in Beni on Sunday, killing two nurses, aid workers "
             "said. Soldiers arrested six suspects in Butembo on Monday. ")
    pipeline = Pipeline(Options(clean=False, detect_duplicates=False, doc_seconds=0.15))
    list(pipeline.run([RawDocument(origin="warm", text=story)]))
    out: list = []
    runner = threading.Thread(target=lambda: out.extend(pipeline.run([
        RawDocument(origin="long.txt", text=(story + "\n\n") * 250), RawDocument(origin="short.txt", text=story)])))
    runner.start()
    runner.join(60)
    assert isinstance(out[0], InputError) and out[0].origin == "long.txt" and "time budget" in out[0].reason
    assert not isinstance(out[1], InputError) and out[1].events  # nothing leaks past the block


def _budget_over_a_slow_gc_callback(run_in_thread: bool, kind: str) -> tuple[list, bool]:
    """Run a block under a 0.1 s deadline whose garbage collection sets off another library's
    callback that takes 0.3 s (a gc callback at a collection's start or stop, or a weakref
    callback on a collected cycle);
    return what the unraisable hook saw and whether the timeout reached the block."""
    import gc
    import sys
    import threading
    import time
    import weakref

    from eventwire.pipeline import DocumentTimeout, deadline

    unraisable: list = []
    reached = []

    def slow_callback(phase: str, _info: dict) -> None:
        if phase == ("stop" if kind == "gc-stop" else "start"):
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                pass

    class Node:
        pass

    def slow_weakref_callback(_ref: object) -> None:
        slow_callback("start", {})

    def block() -> None:
        try:
            with deadline(0.1):
                watchers = []  # kept alive, so the callback fires when the cycle is collected
                if kind == "weakref":
                    cycle = Node()
                    cycle.me = cycle  # type: ignore[attr-defined]
                    watchers.append(weakref.ref(cycle, slow_weakref_callback))
                    del cycle
                gc.collect()
                assert all(w() is None for w in watchers)
                end = time.monotonic() + 5
                while time.monotonic() < end:
                    pass
        except DocumentTimeout:
            reached.append(True)

    hook, sys.unraisablehook = sys.unraisablehook, unraisable.append
    if kind.startswith("gc"):
        gc.callbacks.append(slow_callback)
    try:
        if run_in_thread:
            runner = threading.Thread(target=block)
            runner.start()
            runner.join(10)
        else:
            block()
    finally:
        if kind.startswith("gc"):
            gc.callbacks.remove(slow_callback)
        sys.unraisablehook = hook
    return unraisable, bool(reached)


@pytest.mark.parametrize("kind", ["gc", "gc-stop", "weakref"])
@pytest.mark.parametrize("run_in_thread", [False, True])
def test_the_time_budget_waits_out_another_librarys_gc_callback(run_in_thread: bool, kind: str) -> None:
    """Raised inside a gc or weakref callback the timeout would be swallowed as unraisable and
    cut the callback short; the ring waits and lands in the block's own code."""
    unraisable, reached = _budget_over_a_slow_gc_callback(run_in_thread, kind)
    assert unraisable == []
    assert reached
