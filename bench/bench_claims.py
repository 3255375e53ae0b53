"""The claim stage's share of total pipeline time (goal: at most 10%).

    .venv/bin/python bench/bench_claims.py [--docs N] [--rounds R] [--json PATH]

Texts: the first N articles of ``../shared/data/dev/polnear/dev.jsonl``, read where they
live (nothing is copied), run as ``--no-clean`` input exactly as the evaluation runs them.
Each stage is timed around its own call, per record; "total" is cleaning + spaCy parse +
every extraction stage. The best of ``--rounds`` rounds is kept for each part, because the
machine is shared and a slow round says more about the neighbours than about the code.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from devdata import DEV, read_dev_texts

DEV_FILE = DEV / "polnear" / "dev.jsonl"
GOAL_SHARE = 0.10
DEFAULT_DOCS = 30


def read_texts(limit: int) -> list[str]:
    """The first ``limit`` PolNeAR dev texts (or a written stand-in when absent)."""
    return read_dev_texts(DEV_FILE, limit, "The ministry said the bridge was destroyed. “It is gone,” he added.")


def one_round(pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds spent per part over all texts."""
    from eventwire.ingest import RawDocument

    spent: dict[str, float] = defaultdict(float)
    for i, text in enumerate(texts):
        t0 = time.perf_counter()
        record = pipeline.clean(RawDocument(origin=f"bench:{i}", text=text))
        t1 = time.perf_counter()
        [record] = list(pipeline.nlp.pipe([record]))
        t2 = time.perf_counter()
        spent["clean"] += t1 - t0
        spent["nlp"] += t2 - t1
        if record.skipped is not None:
            continue
        for stage in pipeline.stages:
            s0 = time.perf_counter()
            record = stage(record)
            spent[stage.name] += time.perf_counter() - s0
    return dict(spent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(Options(clean=False, detect_duplicates=False))
    texts = read_texts(args.docs)
    one_round(pipeline, texts[:2])  # warm-up: lazy loads are not per-document cost
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for part, secs in one_round(pipeline, texts).items():
            best[part] = min(secs, best.get(part, secs))
    total = sum(best.values())
    claims = best.get("claims", 0.0)
    share = claims / total if total else 0.0
    print(f"{len(texts)} documents, {sum(len(t) for t in texts)} characters, best of {args.rounds}")
    for part, secs in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {part:10s} {secs:8.3f} s  {secs / total:6.1%}")
    verdict = "ok" if share <= GOAL_SHARE else "OVER GOAL"
    print(f"claims share={share:.3f} goal<={GOAL_SHARE} ms_per_doc={1000 * claims / len(texts):.1f} "
          f"{verdict}")
    if args.json:
        args.json.write_text(json.dumps({"seconds": best, "share": share, "docs": len(texts)}))
    return 0 if share <= GOAL_SHARE else 1


if __name__ == "__main__":
    sys.exit(main())
