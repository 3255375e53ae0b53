"""The README's tour: its six commands are there, and each one runs on the bundled examples.

Whether each prints exactly what the README shows is `tools/readme_tour.py` (run it after a
change to what the commands print); here only their success is checked, so an extraction
change elsewhere does not fail the suite for a README that only needs its output refreshed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("readme_tour", ROOT / "tools" / "readme_tour.py")
assert _spec is not None and _spec.loader is not None
readme_tour = importlib.util.module_from_spec(_spec)
sys.modules["readme_tour"] = readme_tour  # its dataclass looks its module up
_spec.loader.exec_module(readme_tour)


def test_the_tour_shows_the_six_commands_after_the_two_at_the_top() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("./run.sh") < readme.index("./test.sh") < readme.index("<!-- tour -->")
    commands = " ".join(step.command for step in readme_tour.tour_steps(readme))
    for name in ("extract", "ingest", "events", "show", "serve", "export"):
        assert f"eventwire {name} " in commands, name


def test_shown_output_matches_with_its_gaps() -> None:
    match = readme_tour.matches
    assert match(["a", "...", "d"], ["a", "b", "c", "d"])
    assert match(["a", "..."], ["a"]) and match(["{x: 1, ..."], ["{x: 1, y: 2}"])
    assert not match(["a", "d"], ["a", "b", "d"]) and not match(["a"], ["a", "b"])


def test_every_tour_command_runs() -> None:
    steps = readme_tour.tour_steps((ROOT / "README.md").read_text(encoding="utf-8"))
    failed = [(step.command, lines[-5:]) for step, code, lines in readme_tour.run_tour(steps) if code != 0]
    assert not failed
