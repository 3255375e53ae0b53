"""Cross-validated ACLED figure for the whole event stage (the honest one for case2021_dev).

    .venv/bin/python training/cv_acled.py [--folds 5]

The shipped ACLED model is trained on ``case2021_dev.tsv``, the file the dev scorer reads,
so the scorer's figure is optimistic. Here each fold's snippets are typed by the event
stage with a model trained without them; the figure is the official one (weighted F1
over the 25 ACLED sub-event types, snippets with the five unseen CASE labels left out),
next to the rules alone on the same snippets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acled_stack  # noqa: E402
from train_event_models import DEFAULT_DATA, read_case  # noqa: E402

from eventwire.events.acled import SUB_TO_TYPE  # noqa: E402
from eventwire.events.typing import EventModels, load_models  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    texts, labels = read_case(args.data / "case2021_dev.tsv")
    plover = load_models().plover
    records = acled_stack.parse(texts)
    rules = acled_stack.rule_answers(records, plover)
    preds = ["NONE"] * len(texts)
    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=acled_stack.SEED)
    strata = [lab if labels.count(lab) >= args.folds else "rare" for lab in labels]
    for train_idx, test_idx in cv.split(texts, strata):
        model = acled_stack.fit([texts[i] for i in train_idx], [rules[i] for i in train_idx],
                                [labels[i] for i in train_idx])
        answers = acled_stack.run_stage([records[i] for i in test_idx], EventModels(plover, model))
        for i, answer in zip(test_idx, answers, strict=True):
            preds[i] = answer
    seen = [i for i, lab in enumerate(labels) if lab in SUB_TO_TYPE]
    gold = [labels[i] for i in seen]
    for name, guess in (("rules alone", rules), (f"rules + model, {args.folds}-fold CV", preds)):
        picked = [guess[i] for i in seen]
        print(f"{name:32s} weighted_f1={f1_score(gold, picked, average='weighted', zero_division=0):.3f}"
              f" macro_f1={f1_score(gold, picked, average='macro', labels=sorted(set(gold)), zero_division=0):.3f}"
              f" n={len(gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
