"""Cross-validated ACLED figure for the whole event stage (the honest one for case2021_dev).

    .venv/bin/python training/cv_acled.py [--folds 5] [--repeats 3] [--frozen]

No ACLED model ships: the stacked model of ``acled_stack.py`` (TF-IDF of the words around
the event + the cue rules' answer) has not beaten the rules alone here, nor has a MiniLM one
(``compare_minilm.py``). Only the three open quarters of ``case2021_dev.tsv``
(``splits.frozen``) are cross-validated. Each fold's snippets are typed by the event stage
with a model trained without them; the figure is the official one (weighted F1 over the 25
ACLED sub-event types, snippets with the unseen CASE labels left out), next to the rules
alone on the same snippets, the mean over ``--repeats`` shuffles. ``--frozen`` trains on
the open quarters and scores the frozen quarter instead: read it once, at the end of a
piece of work.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acled_stack  # noqa: E402
import splits  # noqa: E402
from train_event_models import DEFAULT_DATA, read_case  # noqa: E402

from eventwire.events.acled import SUB_TO_TYPE  # noqa: E402
from eventwire.events.typing import EventModels, load_models  # noqa: E402


def weighted(gold: list[str], guess: list[str]) -> tuple[float, float]:
    """(weighted F1, macro F1) over the snippets whose gold is an ACLED sub-event type."""
    seen = [i for i, lab in enumerate(gold) if lab in SUB_TO_TYPE]
    g, p = [gold[i] for i in seen], [guess[i] for i in seen]
    return (f1_score(g, p, average="weighted", zero_division=0),
            f1_score(g, p, average="macro", labels=sorted(set(g)), zero_division=0))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--frozen", action="store_true", help="score the frozen quarter (read it once)")
    args = ap.parse_args(argv)
    texts, labels = read_case(args.data / "case2021_dev.tsv")
    ids = splits.case_ids(args.data / "case2021_dev.tsv")
    plover = load_models().plover
    records = acled_stack.parse(texts)
    rules = acled_stack.rule_answers(records, plover)
    open_idx = [i for i in range(len(texts)) if not splits.frozen(ids[i])]
    frozen_idx = [i for i in range(len(texts)) if splits.frozen(ids[i])]

    def typed(train: list[int], test: list[int]) -> list[str]:
        model = acled_stack.fit([texts[i] for i in train], [rules[i] for i in train],
                                [labels[i] for i in train])
        return acled_stack.run_stage([records[i] for i in test], EventModels(plover, model))

    if args.frozen:
        part = frozen_idx
        gold = [labels[i] for i in part]
        results = {"rules alone": weighted(gold, [rules[i] for i in part]),
                   "rules + model (trained on the open quarters)": weighted(gold, typed(open_idx, part))}
        name = "frozen quarter"
    else:
        part = open_idx
        gold = [labels[i] for i in part]
        strata = [lab if gold.count(lab) >= args.folds else "rare" for lab in gold]
        runs = []
        for seed in range(acled_stack.SEED, acled_stack.SEED + args.repeats):
            preds = ["NONE"] * len(part)
            cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=seed)
            for train_pos, test_pos in cv.split(part, strata):
                answers = typed([part[k] for k in train_pos], [part[k] for k in test_pos])
                for k, answer in zip(test_pos, answers, strict=True):
                    preds[k] = answer
            runs.append(weighted(gold, preds))
        results = {"rules alone": weighted(gold, [rules[i] for i in part]),
                   f"rules + model, {args.folds}-fold CV x{args.repeats}":
                       (statistics.mean(r[0] for r in runs), statistics.mean(r[1] for r in runs))}
        name = "open quarters"
    n = sum(lab in SUB_TO_TYPE for lab in gold)
    for label, (w, m) in results.items():
        print(f"{name}: {label:46s} weighted_f1={w:.3f} macro_f1={m:.3f} n={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
