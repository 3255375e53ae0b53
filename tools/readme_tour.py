"""Run the README's tour and check that what it shows is what the commands print.

    .venv/bin/python tools/readme_tour.py            # check: exit 1 on a difference
    .venv/bin/python tools/readme_tour.py --print    # print what the commands print now
    .venv/bin/python tools/readme_tour.py --exit-only

The tour is the ```console blocks between ``<!-- tour -->`` and ``<!-- /tour -->``: a line
``$ command`` is run with bash in a scratch folder holding ``examples/``, at 80 columns, with
stderr after stdout; the lines under it are its output, where a line ``...`` stands for any
number of lines and a line ending in ``...`` for any line so beginning. A command ending in
``&`` runs in the background (the server) until the tour ends. A README that shows output
nobody gets misleads its first reader, so this is what keeps it honest.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOUR_RE = re.compile(r"<!-- tour -->(.*?)<!-- /tour -->", re.S)
BLOCK_RE = re.compile(r"```console\n(.*?)```", re.S)
COLUMNS = "80"
SKIP = "..."
SERVER_WAIT_S = 60


@dataclass
class Step:
    command: str
    shown: list[str] = field(default_factory=list)


def tour_steps(readme: str) -> list[Step]:
    """The tour's commands, each with the output the README shows under it."""
    match = TOUR_RE.search(readme)
    if match is None:
        raise SystemExit("README.md has no <!-- tour --> section")
    steps: list[Step] = []
    for block in BLOCK_RE.findall(match.group(1)):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append(Step(line[2:]))
            elif steps:
                steps[-1].shown.append(line.rstrip())
    return steps


def matches(shown: list[str], actual: list[str]) -> bool:
    """Shown lines in order; ``...`` skips any lines, a trailing ``...`` matches a prefix."""
    if not shown:
        return not actual
    head, rest = shown[0], shown[1:]
    if head == SKIP:
        return any(matches(rest, actual[i:]) for i in range(len(actual) + 1))
    if not actual:
        return False
    line = actual[0]
    same = line.startswith(head[: -len(SKIP)]) if head.endswith(SKIP) else line == head
    return same and matches(rest, actual[1:])


def _wait_for_port(port: int) -> None:
    deadline = time.time() + SERVER_WAIT_S
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise SystemExit(f"the server did not listen on port {port}")


def run_tour(steps: list[Step]) -> list[tuple[Step, int, list[str]]]:
    """Each step's exit status and output lines, run in a scratch folder."""
    env = {**os.environ, "COLUMNS": COLUMNS, "PATH": f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}"}
    env.pop("EVENTWIRE_DB", None)
    results = []
    background: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "examples").symlink_to(ROOT / "examples")
        try:
            for step in steps:
                if step.command.endswith("&"):
                    background.append(subprocess.Popen(["bash", "-c", f"exec {step.command[:-1]}"], cwd=scratch,
                                                       env=env, stdout=subprocess.DEVNULL,
                                                       stderr=subprocess.DEVNULL))
                    port = re.search(r"--port (\d+)", step.command)
                    _wait_for_port(int(port.group(1)) if port else 8000)
                    results.append((step, 0, []))
                    continue
                proc = subprocess.run(["bash", "-c", step.command], cwd=scratch, env=env, capture_output=True,
                                      text=True, timeout=600)
                lines = [line.rstrip() for line in (proc.stdout + proc.stderr).splitlines()]
                results.append((step, proc.returncode, lines))
        finally:
            for server in background:
                server.terminate()
                server.wait(timeout=30)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--print", action="store_true", help="print what each command prints now")
    ap.add_argument("--exit-only", action="store_true", help="check only that every command succeeds")
    args = ap.parse_args(argv)
    failed = 0
    for step, code, lines in run_tour(tour_steps(README.read_text(encoding="utf-8"))):
        if args.print:
            print("$ " + step.command, *lines, sep="\n")
        if code != 0:
            print(f"tour: `{step.command}` exited {code}", *lines[-5:], sep="\n", file=sys.stderr)
            failed += 1
        elif not args.exit_only and not args.print and not matches(step.shown, lines):
            print(f"tour: `{step.command}` printed what the README does not show:", *lines, sep="\n",
                  file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
