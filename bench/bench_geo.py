"""The gazetteer's goals: loads in < 1 s (after the build), resolves a toponym in < 100 µs,
uses < 300 MB.

    .venv/bin/python bench/bench_geo.py [--rounds R] [--json PATH] [--rebuild]

Each measurement runs in a fresh child process, so the load time and the memory are those
of a process that has nothing else loaded. The toponyms are the gold toponym strings of
``../shared/data/dev/geowebnews.jsonl`` (read where they live; nothing is copied), or a
small built-in list when that file is absent. Timings take the best of ``--rounds`` rounds,
because the machine is shared and a slow round says more about the neighbours than about
the code. Reported:

- build: seconds and peak memory to compile the gazetteer from its sources, once per
  source version (only with ``--rebuild``);
- load: seconds from ``Gazetteer(path)`` to the first answered lookup;
- resolve (cold): µs per toponym for lookup + scoring with an empty lookup cache, in CPU
  time of the process (``time.process_time``), so that neighbours taking the shared cores
  do not count as ours;
- resolve (warm): the same with the per-process lookup cache filled;
- memory: peak resident set of the child process (MB), and its growth over the bare
  interpreter with the package imported;
- size: the SQLite file on disk (MB).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "dev" / "geowebnews.jsonl"
FALLBACK = ["Kyiv", "Kiev", "Kharkov", "Paris", "Georgia", "Lima", "Washington", "Mariupol",
            "Donbas", "Crimea", "Russian", "Donetsk Oblast", "New York", "London", "Gaza Strip"]
GOAL_LOAD_S = 1.0
GOAL_RESOLVE_US = 100.0
GOAL_MB = 300.0

CHILD = r"""
import json, resource, sys, time
def rss_kb(field):
    # VmHWM/VmRSS of this process; ru_maxrss would carry over the parent's peak across exec.
    try:
        for line in open("/proc/self/status"):
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
names = json.loads(sys.stdin.read())
import eventwire.geo.gazetteer as gz
from eventwire.geo.resolve import choose
base_kb = rss_kb("VmRSS")
path = sys.argv[1]
t0 = time.perf_counter()
g = gz.Gazetteer(path)
g.lookup("London")
load = time.perf_counter() - t0
g._lookup.cache_clear()
t0 = time.process_time()
for n in names:
    choose(g.lookup(n))
cold = time.process_time() - t0
t0 = time.process_time()
for n in names:
    choose(g.lookup(n))
warm = time.process_time() - t0
peak_kb = rss_kb("VmHWM")
print(json.dumps({"load_s": load, "cold_us": cold / len(names) * 1e6,
                  "warm_us": warm / len(names) * 1e6, "peak_mb": peak_kb / 1024,
                  "growth_mb": (peak_kb - base_kb) / 1024}))
"""


BUILD_CHILD = r"""
import json, sys, time
from pathlib import Path
from eventwire.geo.gazetteer import build
t0 = time.perf_counter()
build(Path(sys.argv[1]))
seconds = time.perf_counter() - t0
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(json.dumps({"build_s": seconds, "peak_mb": peak / 1024}))
"""


def toponyms() -> list[str]:
    if not GOLD.exists():
        return FALLBACK
    names = []
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            names += [t["text"] for t in json.loads(line)["toponyms"]]
    return names


def child(path: Path, names: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], input=json.dumps(names), text=True,
        capture_output=True, check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--rebuild", action="store_true", help="also time a build into a temp dir")
    args = ap.parse_args()
    from eventwire.geo.gazetteer import default_path, shared_gazetteer


    result: dict = {"python": platform.python_version(), "machine": platform.machine()}
    path = default_path()
    if args.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run(
                [sys.executable, "-c", BUILD_CHILD, str(Path(tmp) / "gazetteer.sqlite")],
                text=True, capture_output=True, check=True,
            )
            built = json.loads(done.stdout)
            result["build_s"], result["build_peak_mb"] = built["build_s"], built["peak_mb"]
    if not path.exists():
        t0 = time.perf_counter()
        shared_gazetteer(path)  # builds it once
        result["first_build_s"] = time.perf_counter() - t0
    names = toponyms()
    rounds = [child(path, names) for _ in range(args.rounds)]
    result.update({
        "toponyms": len(names),
        "distinct_toponyms": len(set(names)),
        "load_s": min(r["load_s"] for r in rounds),
        "resolve_cold_us": min(r["cold_us"] for r in rounds),
        "resolve_warm_us": min(r["warm_us"] for r in rounds),
        "peak_rss_mb": min(r["peak_mb"] for r in rounds),
        "rss_growth_mb": min(r["growth_mb"] for r in rounds),
        "file_mb": path.stat().st_size / 2**20,
    })
    rows = [
        ("build, once (s)", result.get("build_s"), None),
        ("build, peak RSS (MB)", result.get("build_peak_mb"), None),
        ("load (s)", result["load_s"], GOAL_LOAD_S),
        ("resolve, cold cache (µs/toponym)", result["resolve_cold_us"], GOAL_RESOLVE_US),
        ("resolve, warm cache (µs/toponym)", result["resolve_warm_us"], GOAL_RESOLVE_US),
        ("peak RSS of the process (MB)", result["peak_rss_mb"], GOAL_MB),
        ("RSS growth for the gazetteer (MB)", result["rss_growth_mb"], None),
        ("SQLite file (MB)", result["file_mb"], None),
    ]
    print(f"gazetteer {path} ({len(names)} toponyms, {len(set(names))} distinct, "
          f"best of {args.rounds})")
    for label, value, goal in rows:
        if value is None:
            continue
        verdict = "" if goal is None else ("  ok" if value < goal else f"  OVER goal {goal}")
        print(f"  {label:<36} {value:10.3f}{verdict}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
