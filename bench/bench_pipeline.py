"""Throughput of cleaning and of the whole pipeline on the dev pages, next to bare
trafilatura and bare spaCy on the same inputs, measured in one run.

    .venv/bin/python bench/bench_pipeline.py [--limit N] [--rounds R] [--json PATH]

Reads the pages where they live (``../shared/data/dev/clean/html/*.html.gz``, or
``--pages DIR``); nothing is copied. Each timed phase runs ``--rounds`` times and the best
round counts, because the machine is shared and a slow round says more about the
neighbours than about the code. Prints:

- pages/s for bare ``trafilatura.bare_extraction`` (the settings eventwire uses) and for
  eventwire's :class:`~eventwire.clean.Cleaner`, and the cleaning overhead (goal <= 10%);
- documents/s for bare spaCy ``nlp.pipe`` on the cleaned texts, at several batch sizes;
- documents/s for the whole :class:`~eventwire.pipeline.Pipeline` from HTML to finished
  records, and its ratio to bare spaCy (goal >= 0.8x); and the same pipeline on the
  already-cleaned texts (``clean=False``), which isolates what the stages after spaCy cost;
- the process's peak resident memory once the pipeline has run (goal < 1 GiB), and then
  for each batch size tried (the sweep runs last, so its larger batches do not count
  against the pipeline); the best batch size is the smallest within 5% of the fastest.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT.parent / "shared" / "data" / "dev" / "clean" / "html"
BATCH_SIZES = (8, 16, 32, 64, 128)
GOAL_CLEAN_OVERHEAD = 0.10  # cleaning may cost at most 10% over bare trafilatura
GOAL_END_TO_END_RATIO = 0.8  # the pipeline keeps at least 0.8x bare spaCy's throughput
GOAL_PEAK_RSS_MIB = 1024
BATCH_TIE = 0.05  # batch sizes this close to the fastest count as equally fast


def load_pages(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    """(id, html) for each gzip-compressed page, in name order."""
    paths = sorted(folder.glob("*.html.gz"))[: limit or None]
    if not paths:
        sys.exit(f"no *.html.gz pages in {folder}")
    return [
        (p.name.split(".")[0], gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
        for p in paths
    ]


class Timings:
    """Best wall-clock and best CPU time per phase over the rounds.

    The machine is shared: wall-clock time also counts the minutes other processes held
    the CPU, while this process's CPU time (``time.process_time``, all its threads) does
    not. Both are reported; the goals and the batch-size choice use CPU time.
    """

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def run(self, phase: str, fn: Callable[[], Any]) -> Any:
        wall0, cpu0 = time.perf_counter(), time.process_time()
        out = fn()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        self.wall[phase] = min(self.wall.get(phase, float("inf")), wall)
        self.cpu[phase] = min(self.cpu.get(phase, float("inf")), cpu)
        return out


def peak_rss_mib() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def high_water_mib() -> float:
    """This process's own peak RSS (VmHWM): ru_maxrss would still hold the peak of the
    process that started it, which Linux keeps across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return peak_rss_mib()


def pipeline_peak(pages_dir: Path, limit: int | None) -> dict[str, Any]:
    """The pipeline alone, from HTML, in this process: its peak RSS (the goal's figure)."""
    from eventwire.ingest import RawDocument
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline

    raws = [RawDocument(origin=pid, html=html, id=pid) for pid, html in
            load_pages(pages_dir, limit)]
    sum(1 for _ in Pipeline(Options()).run(raws))
    out = {"peak_rss_mib": high_water_mib()}
    print(json.dumps(out))
    return out


def peak_in_own_process(pages_dir: Path, limit: int | None) -> float:
    """Peak RSS of the pipeline run in a fresh process: the timing process also holds the
    plain spaCy model that bare spaCy is timed with, which a user's process never loads."""
    cmd = [sys.executable, __file__, "--peak-only", "--pages", str(pages_dir)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return float(json.loads(out.strip().splitlines()[-1])["peak_rss_mib"])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--rounds", type=int, default=2, help="timed runs per phase (best counts)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--peak-only", action="store_true",
                        help="run the pipeline once and print only its peak RSS (MiB)")
    args = parser.parse_args(argv)
    if args.peak_only:
        return pipeline_peak(args.pages, args.limit)

    import trafilatura

    from eventwire.clean import Cleaner
    from eventwire.clean.html import run_trafilatura
    from eventwire.ingest import RawDocument
    from eventwire.nlp.model import load_model
    from eventwire.options import DEFAULT_BATCH_SIZE, Options
    from eventwire.pipeline import Pipeline

    pages = load_pages(args.pages, args.limit)
    n_pages = len(pages)
    options = Options()
    raws = [RawDocument(origin=pid, html=html, id=pid) for pid, html in pages]

    # Warm-up: imports, lxml, langid model and spaCy model are loaded outside the timings.
    trafilatura.bare_extraction(pages[0][1], favor_precision=True)
    cleaner = Cleaner(options)
    cleaner(raws[0])
    # Bare spaCy is the model exactly as spacy.load gives it; the pipeline loads its own
    # copy, whose attribute ruler and lemmatizer are memoised (eventwire.nlp.attrs).
    nlp = load_model(options.model, plain=True)
    nlp("Warm-up sentence for the parser.")
    load_model(options.model)("Warm-up sentence for the parser.")
    rss_loaded = peak_rss_mib()

    # Phases compared with each other alternate round by round, so that a busy minute on
    # the shared machine slows both sides rather than one.
    # Trafilatura and the cleaner alternate page by page (each page's best round counts),
    # so both sides of the overhead are timed within milliseconds of each other.
    timings = Timings()
    per_page = {name: [Timings() for _ in pages] for name in ("trafilatura", "clean")}
    records: list[Any] = [None] * n_pages
    for _ in range(args.rounds):
        for i, ((_, html), raw) in enumerate(zip(pages, raws, strict=True)):
            per_page["trafilatura"][i].run(
                "p", lambda html=html: run_trafilatura(html, None, options.favor_precision)
            )
            records[i] = per_page["clean"][i].run("p", lambda raw=raw: cleaner(raw))
    for name, page_timings in per_page.items():
        timings.wall[name] = sum(t.wall["p"] for t in page_timings)
        timings.cpu[name] = sum(t.cpu["p"] for t in page_timings)
    rss = {"models_loaded": rss_loaded, "after_cleaning": peak_rss_mib()}

    # Bare spaCy and the pipeline read the same documents: the English pages with text.
    readable = [r for r in records if r.skipped is None and r.document.text.strip()]
    texts = [r.document.text for r in readable]
    readable_ids = {r.id for r in readable}
    readable_raws = [raw for raw in raws if raw.id in readable_ids]
    text_raws = [RawDocument(origin=r.id, text=r.document.text, id=r.id) for r in readable]
    n_docs = len(texts)
    n_words = sum(len(t.split()) for t in texts)

    def bare_spacy(size: int) -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=size))

    def end_to_end() -> int:
        pipeline = Pipeline(Options())  # a fresh duplicate memory each round
        return sum(1 for _ in pipeline.run(readable_raws))

    def on_texts() -> int:
        """The pipeline without HTML cleaning: what the stages after spaCy cost."""
        pipeline = Pipeline(Options(clean=False))
        return sum(1 for _ in pipeline.run(text_raws))

    Pipeline(Options())  # stage set-up (gazetteers, knowledge bases) outside the timing
    for _ in range(args.rounds):
        timings.run("spacy", lambda: bare_spacy(options.batch_size))
        timings.run("end_to_end", end_to_end)
        timings.run("texts", on_texts)
    # Everything the pipeline needs has run by now: this is its peak, before the sweep
    # below tries batch sizes larger than the one in use.
    rss["after_end_to_end"] = peak_rss_mib()

    rss_by_batch: dict[str, float] = {}
    for _ in range(args.rounds):
        for size in BATCH_SIZES:  # ascending: the peak after each size is its own
            timings.run(f"batch_{size}", lambda size=size: bare_spacy(size))
            rss_by_batch.setdefault(str(size), peak_rss_mib())
    batch_cpu = {size: timings.cpu[f"batch_{size}"] for size in BATCH_SIZES}
    fastest = min(batch_cpu.values())
    # Memory grows with the batch: the smallest batch within BATCH_TIE of the fastest wins.
    best_size = min(s for s, t in batch_cpu.items() if t <= fastest * (1 + BATCH_TIE))

    wall, cpu = timings.wall, timings.cpu
    figures: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "pages": n_pages,
        "documents": n_docs,
        "words": n_words,
        "rounds": args.rounds,
        "wall_s": wall,
        "cpu_s": cpu,
        "trafilatura_pages_per_s": n_pages / wall["trafilatura"],
        "clean_pages_per_s": n_pages / wall["clean"],
        "trafilatura_pages_per_cpu_s": n_pages / cpu["trafilatura"],
        "clean_pages_per_cpu_s": n_pages / cpu["clean"],
        "clean_overhead_cpu": cpu["clean"] / cpu["trafilatura"] - 1,
        "clean_overhead_wall": wall["clean"] / wall["trafilatura"] - 1,
        "spacy_docs_per_s": n_docs / wall["spacy"],
        "spacy_docs_per_cpu_s": n_docs / cpu["spacy"],
        "end_to_end_docs_per_s": n_docs / wall["end_to_end"],
        "end_to_end_docs_per_cpu_s": n_docs / cpu["end_to_end"],
        "end_to_end_vs_spacy_cpu": cpu["spacy"] / cpu["end_to_end"],
        "end_to_end_vs_spacy_wall": wall["spacy"] / wall["end_to_end"],
        "texts_docs_per_cpu_s": n_docs / cpu["texts"],
        "texts_vs_spacy_cpu": cpu["spacy"] / cpu["texts"],
        "spacy_docs_per_cpu_s_by_batch": {str(k): n_docs / v for k, v in batch_cpu.items()},
        "spacy_docs_per_s_by_batch": {
            str(k): n_docs / wall[f"batch_{k}"] for k in BATCH_SIZES
        },
        "spacy_best_batch_size": best_size,
        "batch_size_in_use": options.batch_size,
        "peak_rss_mib": peak_in_own_process(args.pages, args.limit),
        "peak_rss_mib_bench_process": rss["after_end_to_end"],
        "peak_rss_mib_by_phase": rss,
        "peak_rss_mib_after_batch_size": rss_by_batch,
        "default_batch_size": DEFAULT_BATCH_SIZE,
    }
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


def report(f: dict[str, Any]) -> None:
    def goal(ok: bool) -> str:
        return "meets goal" if ok else "MISSES goal"

    print(f"{f['date']} · {f['machine']}")
    print(f"{f['pages']} pages, {f['documents']} English documents with text, "
          f"{f['words']} words; best of {f['rounds']} rounds; rates per wall-clock second "
          "and per CPU second of this process")
    print(f"bare trafilatura        {f['trafilatura_pages_per_s']:8.2f} pages/s  "
          f"{f['trafilatura_pages_per_cpu_s']:8.2f} pages/cpu-s")
    print(f"eventwire cleaning      {f['clean_pages_per_s']:8.2f} pages/s  "
          f"{f['clean_pages_per_cpu_s']:8.2f} pages/cpu-s")
    print(f"  cleaning overhead     {f['clean_overhead_cpu']:+8.1%} CPU ({f['clean_overhead_wall']:+.1%}"
          f" wall)  {goal(f['clean_overhead_cpu'] <= GOAL_CLEAN_OVERHEAD)} "
          f"<= {GOAL_CLEAN_OVERHEAD:.0%}")
    print(f"bare spaCy nlp.pipe     {f['spacy_docs_per_s']:8.2f} docs/s   "
          f"{f['spacy_docs_per_cpu_s']:8.2f} docs/cpu-s  (batch size {f['batch_size_in_use']})")
    print(f"eventwire end to end    {f['end_to_end_docs_per_s']:8.2f} docs/s   "
          f"{f['end_to_end_docs_per_cpu_s']:8.2f} docs/cpu-s")
    print(f"  end to end vs spaCy   {f['end_to_end_vs_spacy_cpu']:8.2f}x CPU "
          f"({f['end_to_end_vs_spacy_wall']:.2f}x wall)  "
          f"{goal(f['end_to_end_vs_spacy_cpu'] >= GOAL_END_TO_END_RATIO)} >= {GOAL_END_TO_END_RATIO}x")
    print(f"eventwire on the texts  {f['texts_docs_per_cpu_s']:8.2f} docs/cpu-s "
          f"{f['texts_vs_spacy_cpu']:.2f}x bare spaCy (no HTML cleaning: the stages' cost)")
    print(f"peak RSS                {f['peak_rss_mib']:8.0f} MiB "
          f"({goal(f['peak_rss_mib'] < GOAL_PEAK_RSS_MIB)} < {GOAL_PEAK_RSS_MIB} MiB; "
          "the pipeline in a process of its own)")
    print("  this process, with the plain model for bare spaCy too: " + ", ".join(
        f"{phase.replace('_', ' ')} {mib:.0f}" for phase, mib in f["peak_rss_mib_by_phase"].items()
    ))
    print(f"nlp.pipe batch sizes (best of {f['rounds']}; peak RSS after each, ascending):")
    for size, rate in f["spacy_docs_per_cpu_s_by_batch"].items():
        mark = " <- best" if int(size) == f["spacy_best_batch_size"] else ""
        mark += " (in use)" if int(size) == f["batch_size_in_use"] else ""
        print(f"  b={size:>3} {rate:8.2f} docs/cpu-s {f['spacy_docs_per_s_by_batch'][size]:8.2f} "
              f"docs/s {f['peak_rss_mib_after_batch_size'][size]:6.0f} MiB{mark}")


if __name__ == "__main__":
    main()
