"""How well event confidence sorts right from wrong, on two dev sets.

    OUTDIR=/tmp/ev EVENTWIRE=.venv/bin/eventwire ../shared/eval/run_dev.sh gsr wikievents
    .venv/bin/python training/calibration_report.py /tmp/ev/gsr.out.jsonl
    .venv/bin/python training/calibration_report.py --set wikievents /tmp/ev/wikievents.out.jsonl

PLOVER GSR: every event of every record is paired with the record's gold PLOVER type (old
names mapped as the scorer maps them; YIELD = CONCEDE or RETREAT): an event is "right" when
its type is the gold type. WikiEvents: an event is "right" when its trigger overlaps a gold
event's trigger (is an event at all, whatever its type). Printed: accuracy per confidence
fifth, the Brier score, and the AUROC of confidence for right against wrong (0.5 = confidence says nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev"
GOLD = DEV / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
WIKIEVENTS = DEV / "wikievents_dev.jsonl"
OLD_TO_NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
BINS = 5


def gold_types(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    seen: Counter[str] = Counter()
    for rec in json.loads(path.read_text(encoding="utf-8"))[1:]:
        rid = rec["id"]
        seen[rid] += 1
        if seen[rid] > 1:
            rid = f"{rid}.{seen[rid]}"
        name = OLD_TO_NEW.get(rec["event"], rec["event"])
        out[rid] = {"CONCEDE", "RETREAT"} if name == "YIELD" else {name}
    return out


def gsr_pairs(records: list[dict], gold_path: Path) -> list[tuple[float, bool]]:
    gold = gold_types(gold_path)
    return [(ev["confidence"], ev["plover"] in gold.get(rec["id"], set()))
            for rec in records for ev in rec["events"]]


def trigger_pairs(records: list[dict], gold_path: Path) -> list[tuple[float, bool]]:
    gold: dict[str, list[tuple[int, int]]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        gold[doc["id"]] = [(e["trigger"]["start"], e["trigger"]["end"]) for e in doc["events"]]
    pairs = []
    for rec in records:
        spans = gold.get(rec["id"], [])
        for ev in rec["events"]:
            start, end = ev["trigger"]["start"], ev["trigger"]["end"]
            pairs.append((ev["confidence"], any(start < e and s < end for s, e in spans)))
    return pairs


def auroc(pairs: list[tuple[float, bool]]) -> float:
    pos = [c for c, ok in pairs if ok]
    neg = [c for c, ok in pairs if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="eventwire extract output on the set's input")
    ap.add_argument("--set", choices=("gsr", "wikievents"), default="gsr")
    ap.add_argument("--gold", type=Path, help="gold file (default: the set's dev file)")
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in args.out.read_text(encoding="utf-8").splitlines()]
    if args.set == "gsr":
        pairs = gsr_pairs(records, args.gold or GOLD)
    else:
        pairs = trigger_pairs(records, args.gold or WIKIEVENTS)
    pairs.sort()
    size = max(1, len(pairs) // BINS)
    print(f"events={len(pairs)} right={sum(ok for _, ok in pairs)}")
    for b in range(BINS):
        chunk = pairs[b * size : (b + 1) * size if b < BINS - 1 else len(pairs)]
        if chunk:
            mean = sum(c for c, _ in chunk) / len(chunk)
            acc = sum(ok for _, ok in chunk) / len(chunk)
            print(f"  confidence {chunk[0][0]:.2f}-{chunk[-1][0]:.2f}  mean={mean:.2f}  right={acc:.2f}")
    brier = sum((c - ok) ** 2 for c, ok in pairs) / len(pairs)
    print(f"brier={brier:.3f} auroc={auroc(pairs):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
