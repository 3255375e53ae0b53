"""Quality gate: run every dev set through ``../shared/eval/run_dev.sh`` and fail when a
headline figure falls below its pinned floor (``quality_floor.json``).

    python bench/quality_gate.py [--sets gsr acled ...] [--json OUT] [--outdir DIR]

The floors sit a little under the figures measured when they were pinned, so noise does not
trip the gate but a real regression does. Raise a floor when a change lifts a figure; lower
one only with a reason in the commit. The dev texts are read from ``../shared`` and never
copied. Exit status: 0 all at or above their floors, 1 otherwise, 2 when ``../shared`` is
missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RUN_DEV = SHARED / "eval" / "run_dev.sh"
FLOORS = Path(__file__).with_name("quality_floor.json")
CV_PLOVER = ROOT / "training" / "cv_plover.py"
PLV_CV = "plvcv"  # not a run_dev.sh set: cross-validated by training/cv_plover.py
LINKING = "linking"  # not a run_dev.sh set: bench/bench_linking.py on the cross-document gold
BENCH_LINKING = ROOT / "bench" / "bench_linking.py"
ROWS2 = "rows2"  # not a run_dev.sh set: event rows on the cross-document gold, never tuned on
BENCH_ROWS2 = ROOT / "bench" / "bench_rows_second.py"
# rows on reports written for the project: part b unread
WRITTEN_SETS = ("rows3", "rows4", "rows5", "rows6", "rows7", "rows8", "rows9")
BENCH_WRITTEN = ROOT / "bench" / "bench_rows_written.py"
SUMMARY_RE = re.compile(r"^(\w+): (\w+) (.*?) secs=(\d+) validate=(\S+)$")
PAIR_RE = re.compile(r"(\w+)=(-?[\d.]+)")


def parse_summary(output: str) -> dict[str, dict[str, float | str]]:
    """``{set: {metric: value, ..., "secs": s, "validate": "ok"}}`` from run_dev's summary lines."""
    results: dict[str, dict[str, float | str]] = {}
    for line in output.splitlines():
        m = SUMMARY_RE.match(line.strip())
        if not m:
            continue
        name, _, metrics, secs, validate = m.groups()
        values: dict[str, float | str] = {k: float(v) for k, v in PAIR_RE.findall(metrics)}
        values["secs"] = float(secs)
        values["validate"] = validate
        results[name] = values
    return results


def check(results: dict, floors: dict) -> list[str]:
    """Every way the results fall short of the floors, as lines."""
    problems = []
    for name, metrics in floors.items():
        got = results.get(name)
        if got is None:
            problems.append(f"{name}: did not run or did not score")
            continue
        if got.get("validate") != "ok":
            problems.append(f"{name}: records violate the contract ({got.get('validate')})")
        for metric, floor in metrics.items():
            value = got.get(metric)
            if not isinstance(value, float) or value < floor:
                problems.append(f"{name}: {metric}={value} below its floor {floor}")
    clean = results.get("clean", {})
    if "clean" in floors and clean.get("promo_share", 0.0) != 0.0:
        problems.append(f"clean: promo_share={clean.get('promo_share')} (a page kept a promo line)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", help="only these dev sets (default: all with floors)")
    parser.add_argument("--json", type=Path, help="write the measured figures here")
    parser.add_argument("--outdir", type=Path, help="keep run_dev's inputs/outputs/logs here")
    args = parser.parse_args(argv)
    if not RUN_DEV.exists():
        print(f"quality_gate: {RUN_DEV} not found (../shared is needed)", file=sys.stderr)
        return 2
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    sets = args.sets or list(floors)
    floors = {k: v for k, v in floors.items() if k in sets}
    eventwire = Path(sys.executable).with_name("eventwire")
    env = {**os.environ, "EVENTWIRE": str(eventwire), "PYTHON": sys.executable}
    dev_sets = [s for s in sets if s not in (PLV_CV, LINKING, ROWS2, *WRITTEN_SETS)]
    with tempfile.TemporaryDirectory() as tmp:
        env["OUTDIR"] = str(args.outdir or tmp)
        proc = subprocess.run(["bash", str(RUN_DEV), *dev_sets], capture_output=True, text=True,
                              env=env) if dev_sets else subprocess.CompletedProcess([], 0, "", "")
        if PLV_CV in sets:  # the PLOVER figure on sentences the classifier was not trained on
            cv_out = Path(env["OUTDIR"]) / PLV_CV
            cv = subprocess.run([sys.executable, str(CV_PLOVER), "--out", str(cv_out)],
                                capture_output=True, text=True, env=env)
            proc = subprocess.CompletedProcess(proc.args, proc.returncode or cv.returncode,
                                               proc.stdout + cv.stdout, proc.stderr + cv.stderr)
        if LINKING in sets:  # clusters across documents against bench/linking's gold
            lk = subprocess.run([sys.executable, str(BENCH_LINKING), "--summary"],
                                capture_output=True, text=True, env=env)
            proc = subprocess.CompletedProcess(proc.args, proc.returncode or lk.returncode,
                                               proc.stdout + lk.stdout, proc.stderr + lk.stderr)
        if ROWS2 in sets:  # the rows on 40 articles no row rule was written from
            r2 = subprocess.run([sys.executable, str(BENCH_ROWS2)], capture_output=True, text=True,
                                env=env)
            proc = subprocess.CompletedProcess(proc.args, proc.returncode or r2.returncode,
                                               proc.stdout + r2.stdout, proc.stderr + r2.stderr)
        for written in (w for w in WRITTEN_SETS if w in sets):  # rows on written reports no one read
            wr = subprocess.run([sys.executable, str(BENCH_WRITTEN), "--set", written, "--part", "b"],
                                capture_output=True, text=True, env=env)
            proc = subprocess.CompletedProcess(proc.args, proc.returncode or wr.returncode,
                                               proc.stdout + wr.stdout, proc.stderr + wr.stderr)
    results = parse_summary(proc.stdout)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, metrics in results.items():
        shown = " ".join(f"{k}={v}" for k, v in metrics.items())
        print(f"{name}: {shown}")
    problems = check(results, floors)
    for line in problems:
        print("BELOW FLOOR " + line)
    if proc.returncode != 0 and not problems:
        print(proc.stdout[-3000:], proc.stderr[-2000:], sep="\n")
        problems.append("run_dev.sh failed")
    print("quality gate: " + ("FAILED" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
