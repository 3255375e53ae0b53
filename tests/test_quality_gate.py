"""The quality gate reads run_dev's summary lines and flags every figure under its floor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("quality_gate", Path(__file__).parents[1] / "bench" / "quality_gate.py")
quality_gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quality_gate)

SUMMARY = """== summary (EVENTWIRE=eventwire; files in /tmp/x, removed)
gsr: gsr macro_f1=0.680 acc=0.699 any_acc=0.764 n=322 secs=11 validate=ok
clean: clean f1=0.950 p=0.97 r=0.93 promo_share=0.033 n=61 secs=35 validate=INVALID(3)
"""


def test_parse_and_check() -> None:
    results = quality_gate.parse_summary(SUMMARY)
    assert results["gsr"]["macro_f1"] == 0.68 and results["gsr"]["validate"] == "ok"
    problems = quality_gate.check(results, {"gsr": {"macro_f1": 0.67}, "clean": {"f1": 0.96},
                                            "geo": {"acc161": 0.9}})
    assert any(p.startswith("clean: f1=0.95 below") for p in problems)
    assert any("violate the contract" in p for p in problems)
    assert any("promo_share" in p for p in problems)
    assert any(p.startswith("geo: did not run") for p in problems)
    assert not any(p.startswith("gsr") for p in problems)
