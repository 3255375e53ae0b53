"""The "never read" quarter of the dev sets that event typing is tuned on (issue 10's protocol).

A record is frozen when the SHA-1 of its id, read as a number, is divisible by four: about a
quarter of CASE 2021 dev (ACLED) and of the PLOVER GSR, fixed by the ids alone, so no one
has to store or copy the texts. Tune and cross-validate on the other three quarters; report
on the frozen one once, at the end of a piece of work, and say so beside the figure.

    .venv/bin/python training/splits.py        # how many records each set freezes

Frozen on 2026-12-01 (third session), before any learned typing was trained. The rules that
existed then had already been read against all of both files: the frozen quarter is honest
for what is trained or tuned from now on, not for those rules.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
FOLDS = 4


def frozen(record_id: str) -> bool:
    """Whether a record belongs to the never-read quarter."""
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % FOLDS == 0


def case_ids(path: Path = DEV / "case2021_dev.tsv") -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [f"case-{row['id']}" for row in csv.DictReader(fh, delimiter="\t")]


def gsr_ids(path: Path = DEV / "plover_gsr" / "PLOVER_GSR_CAMEO.json") -> list[str]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r["id"] for r in records if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")]


def main() -> int:
    for name, ids in (("case2021_dev", case_ids()), ("plover_gsr", gsr_ids())):
        n = sum(frozen(i) for i in ids)
        print(f"{name}: {n} of {len(ids)} frozen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
