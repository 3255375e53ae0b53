"""training/diff_runs.py shows what changed on open records and never prints a frozen one."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

TRAINING = Path(__file__).resolve().parents[2] / "training"


def _load(name: str):
    sys.path.insert(0, str(TRAINING))
    spec = importlib.util.spec_from_file_location(name, TRAINING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, records: dict[str, list[tuple[str, str]]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for rid, events in records.items():
            fh.write(json.dumps({"id": rid, "document": {"text": f"text of {rid}"},
                                 "events": [{"plover": p, "trigger": {"text": t}} for p, t in events]}) + "\n")
    return path


def test_a_changed_frozen_record_is_counted_not_shown(tmp_path):
    splits = _load("splits")
    diff_runs = _load("diff_runs")
    ids = [f"R-{i}" for i in range(40)]
    frozen_id = next(i for i in ids if splits.frozen(i))
    open_id = next(i for i in ids if not splits.frozen(i))
    same_id = next(i for i in ids if not splits.frozen(i) and i != open_id)
    before = _write(tmp_path / "a.jsonl", {frozen_id: [("ASSAULT", "shot")], open_id: [("AGREE", "agreed")],
                                            same_id: [("CONSULT", "met")]})
    after = _write(tmp_path / "b.jsonl", {frozen_id: [("COERCE", "shot")], open_id: [],
                                           same_id: [("CONSULT", "met")]})
    shown, hidden = diff_runs.changes(before, after)
    assert hidden == 1
    assert len(shown) == 1 and shown[0].startswith(open_id) and frozen_id not in shown[0]
