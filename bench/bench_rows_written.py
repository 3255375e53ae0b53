"""Event rows scored on reports written and coded for this project (``bench/rows_written/``):
part a was read for errors, part b never was.

    .venv/bin/python bench/bench_rows_written.py [--part a|b|all] [--outdir DIR]

The reports are in the eventrows format already; ``../shared/eval/run_dev.sh`` extracts and
scores them with the shared ``score_rows.py``, as for ``run_dev.sh rows``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN_DEV = ROOT.parent / "shared" / "eval" / "run_dev.sh"
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
    with tempfile.TemporaryDirectory(prefix="eventwire-rows3-") as tmp:
        gold = Path(tmp) / f"{SET}.jsonl"
        gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in reports(args.part)),
                        encoding="utf-8")
        env = {**os.environ, "DATA": tmp, "SPEC": f"{SET}:score_rows.py:{gold.name}:noclean",
               "EVENTWIRE": os.environ.get("EVENTWIRE", str(ROOT / ".venv" / "bin" / "eventwire"))}
        if args.outdir:
            env["OUTDIR"] = str(args.outdir)
            args.outdir.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["bash", str(RUN_DEV), SET], env=env, capture_output=True, text=True,
                              check=False)
    summary = [line for line in proc.stdout.splitlines() if line.startswith(f"{SET}: ")]
    print(summary[-1] if summary else proc.stdout[-2000:] + proc.stderr[-2000:])
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
