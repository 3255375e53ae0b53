"""Refresh the per-set tables of ``docs/evaluation.md`` from a ``run_dev.sh`` output folder.

    OUTDIR=/tmp/ev EVENTWIRE=.venv/bin/eventwire ../shared/eval/run_dev.sh
    .venv/bin/python bench/eval_report.py /tmp/ev [--doc docs/evaluation.md]

Each ``## <set>`` section's code block is replaced by that set's scorer output
(``<set>.score.log``), so the document quotes the scorers verbatim; the headline table at
the top is written by hand. Sets without a log are left as they are.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOC = ROOT / "docs" / "evaluation.md"
SECTION = re.compile(r"(## (\w+)\n\n```\n)(.*?)(```)", re.S)
DROP = re.compile(r"^\s*predictions: records=\d+ missing=\d+\s*$")  # bookkeeping, not a result


def scorer_block(log: Path) -> str:
    lines = [line.rstrip() for line in log.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if not DROP.match(line)]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def refresh(doc: str, outdir: Path) -> tuple[str, list[str]]:
    done: list[str] = []

    def replace(match: re.Match[str]) -> str:
        log = outdir / f"{match.group(2)}.score.log"
        if not log.is_file():
            return match.group(0)
        done.append(match.group(2))
        return match.group(1) + scorer_block(log) + match.group(4)

    return SECTION.sub(replace, doc), done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--doc", type=Path, default=DEFAULT_DOC)
    args = ap.parse_args(argv)
    text, done = refresh(args.doc.read_text(encoding="utf-8"), args.outdir)
    args.doc.write_text(text, encoding="utf-8")
    print(f"refreshed {', '.join(done) or 'nothing'} in {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
