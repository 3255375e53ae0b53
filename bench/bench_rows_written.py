"""Event rows scored on reports written and coded for this project (``bench/rows_written/``):
part a was read for errors, part b never was.

    .venv/bin/python bench/bench_rows_written.py [--set rows3|...|rows9] [--part a|b|all] [--outdir DIR]

``rows3``: the thirty-fourth session's 24 reports (mostly violence); ``rows4``: the
thirty-fifth session's 20 (mostly politics: statements, courts, protests, diplomacy);
``rows5``: the sixty-fourth session's 20 (both, written to be hard on joins, places and dates).
``rows6``: the sixty-fifth session's 20 (both, settings the earlier sets lacked).
``rows7``: the sixty-sixth session's 16 (both, longer reports, each happening told many times).
``rows8``: the sixty-seventh session's 20 (both, in the style of online news: Wikinews and VOA).
``rows9``: the sixty-eighth session's 20 (the same styles, set in twenty other countries).

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
WRITTEN = ROOT / "bench" / "rows_written"
# set -> (its reports, how many of the first were read: part a; the rest never: part b)
SETS = {"rows3": (WRITTEN / "reports.jsonl", 12), "rows4": (WRITTEN / "reports_h35.jsonl", 10),
        "rows5": (WRITTEN / "reports_h64.jsonl", 10), "rows6": (WRITTEN / "reports_h65.jsonl", 10),
        "rows7": (WRITTEN / "reports_h66.jsonl", 8), "rows8": (WRITTEN / "reports_h67.jsonl", 10),
        "rows9": (WRITTEN / "reports_h68.jsonl", 10)}


def reports(part: str, name: str = "rows3") -> list[dict]:
    path, part_a = SETS[name]
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs[:part_a] if part == "a" else docs[part_a:] if part == "b" else docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=tuple(SETS), default="rows3", dest="name")
    ap.add_argument("--part", choices=("a", "b", "all"), default="all")
    ap.add_argument("--outdir", type=Path, help="keep the run's files here")
    args = ap.parse_args(argv)
    return score_rows_set(args.name, reports(args.part, args.name), args.outdir, table=False)


if __name__ == "__main__":
    sys.exit(main())
