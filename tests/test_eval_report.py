"""The evaluation report quotes each scorer's log in its section and leaves the rest alone."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("eval_report", Path(__file__).parents[1] / "bench" / "eval_report.py")
eval_report = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_report)

DOC = "# Evaluation\n\nhand-written table\n\n## gsr\n\n```\nold gsr\n```\n\n## geo\n\n```\nold geo\n```\n"


def test_sections_with_a_log_are_replaced(tmp_path) -> None:
    (tmp_path / "gsr.score.log").write_text("class F1\nA 0.9\npredictions: records=3 missing=0\n"
                                            "gsr macro_f1=0.9\n\n", encoding="utf-8")
    text, done = eval_report.refresh(DOC, tmp_path)
    assert done == ["gsr"]
    assert "```\nclass F1\nA 0.9\ngsr macro_f1=0.9\n```" in text
    assert "old geo" in text and "hand-written table" in text and "old gsr" not in text
