"""What a change did to a set's readings, shown for the open records only (issue 10's protocol).

    .venv/bin/python training/diff_runs.py BEFORE/gsr.out.jsonl AFTER/gsr.out.jsonl

Prints each record whose events (type and trigger) differ between two ``run_dev.sh`` outputs,
with the start of its text, unless :func:`splits.frozen` puts it in the frozen quarter: those
are only counted, so that comparing two runs never reads a frozen record. Works for any set
whose records carry the gold set's ids (GSR, CASE).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import frozen  # noqa: E402

SHOWN_CHARS = 200  # of each changed record's text


def readings(path: Path) -> dict[str, tuple[list[tuple[str, str]], str]]:
    """record id -> ([(type, trigger), ...], text)."""
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            events = [(e["plover"], e["trigger"]["text"]) for e in rec.get("events") or []]
            out[rec["id"]] = (events, rec["document"]["text"])
    return out


def changes(before: Path, after: Path) -> tuple[list[str], int]:
    """Lines describing the open records that changed, and how many frozen ones changed."""
    old, new = readings(before), readings(after)
    shown, hidden = [], 0
    for rid, (events, text) in old.items():
        now = new.get(rid, ([], text))[0]
        if now == events:
            continue
        if frozen(rid):
            hidden += 1
            continue
        shown.append(f"{rid} {events} -> {now} | {text[:SHOWN_CHARS].replace(chr(10), ' ')}")
    return shown, hidden


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    shown, hidden = changes(args.before, args.after)
    for line in shown:
        print(line)
    print(f"frozen records changed (not shown): {hidden}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
