"""Score a run_dev.sh output folder on the frozen quarter and on the rest (issue 10's protocol).

    ../shared/eval/run_dev.sh gsr acled   (with OUTDIR=DIR)
    .venv/bin/python training/frozen_report.py DIR

Each set's predictions are split by :func:`splits.frozen` and scored by the shared scorer
with ``--subset``: one line per set and part. Read the frozen lines once, at the end of a piece
of work, and report them beside the cross-validated figures (``docs/evaluation.md``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import DEV, frozen  # noqa: E402

EVAL = DEV.parent.parent / "eval"
SETS = {  # run_dev.sh set -> (scorer, gold)
    "gsr": ("score_gsr.py", DEV / "plover_gsr" / "PLOVER_GSR_CAMEO.json"),
    "acled": ("score_acled.py", DEV / "case2021_dev.tsv"),
}
COPY_SUFFIX = re.compile(r"\.\d+$")  # run_dev gives repeated texts ids like "X.2"


def score_part(name: str, lines: list[str], want: bool) -> str:
    scorer, gold = SETS[name]
    keep = [line for line in lines
            if frozen(COPY_SUFFIX.sub("", json.loads(line)["id"])) == want]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.writelines(keep)
    proc = subprocess.run([sys.executable, str(EVAL / scorer), "score", str(gold), fh.name, "--subset"],
                          capture_output=True, text=True, check=False)
    Path(fh.name).unlink()
    last = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    return f"{name} {'frozen' if want else 'rest'} records={len(keep)} {last}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path, help="run_dev.sh's OUTDIR (holds <set>.out.jsonl)")
    args = ap.parse_args(argv)
    for name in SETS:
        out = args.outdir / f"{name}.out.jsonl"
        if not out.exists():
            continue
        lines = [line for line in out.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
        for want in (False, True):
            print(score_part(name, lines, want))
    return 0


if __name__ == "__main__":
    sys.exit(main())
