"""Event rows scored on reports written and coded for this project (``bench/rows_written/``):
part a was read for errors, part b never was.

    .venv/bin/python bench/bench_rows_written.py [--part a|b|all] [--outdir DIR]

The reports are in the eventrows format already; ``../shared/eval/run_dev.sh`` extracts and
scores them with the shared ``score_rows.py``, as for ``run_dev.sh rows``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench_rows_second import score_rows_set

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "bench" / "rows_written" / "reports.jsonl"
PART_A = 12  # the first twelve reports were read; the rest never
SET = "rows3"


def reports(part: str) -> list[dict]:
    docs = [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs[:PART_A] if part == "a" else docs[PART_A:] if part == "b" else docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("a", "b", "all"), default="all")
    ap.add_argument("--outdir", type=Path, help="keep the run's files here")
    args = ap.parse_args(argv)
    return score_rows_set(SET, reports(args.part), args.outdir, table=False)


if __name__ == "__main__":
    sys.exit(main())
