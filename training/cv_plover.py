"""Cross-validated PLOVER figure for the whole event stage on PLV (the honest one for plv).

    .venv/bin/python training/cv_plover.py [--folds 5] [--out DIR]

The shipped PLOVER sentence classifier is trained on ``plv_train.tsv``, the file
``run_dev.sh plv`` scores, so that figure is the model's own training data. Here each fold's
sentences are typed by the event stage (lexicon and classifier fused, as shipped) with a
classifier trained without them, and scored by the shared scorer
(``../shared/eval/score_plover.py``) after the contract check (``validate.py``). The last
line is run_dev.sh's summary form, ``plvcv: plover macro_f1=... secs=... validate=ok``, for
``bench/quality_gate.py``.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acled_stack  # noqa: E402
from train_event_models import (  # noqa: E402
    CV_FOLDS,
    DEFAULT_DATA,
    PLOVER_C,
    SEED,
    export,
    make_model,
)

from eventwire.events import EventStage  # noqa: E402
from eventwire.events.typing import EventModels, load_models  # noqa: E402
from eventwire.options import Options  # noqa: E402

EVAL = DEFAULT_DATA.parent.parent / "eval"
SCORER = EVAL / "score_plover.py"
VALIDATOR = EVAL / "validate.py"


def read_sentences(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Distinct sentences as the scorer reads them, their ids and their first gold root."""
    sys.path.insert(0, str(EVAL))
    sys.dont_write_bytecode = True  # keep __pycache__ out of the shared folder
    import score_plover  # the scorer's own ids, so its alignment of the marks holds

    rows = score_plover.read_rows(str(path))
    ids = score_plover.doc_ids(rows)
    first: dict[str, str] = {}
    for row in rows:
        first.setdefault(row["sentence"], row["gold_root"].strip())
    texts = list(ids)
    return texts, [ids[t] for t in texts], [first[t] for t in texts]


def fold_model(texts: list[str], labels: list[str], workdir: Path, k: int) -> EventModels:
    """Train the shipped recipe on one fold's training part, load it as the stage does."""
    import numpy as np

    path = workdir / f"fold{k}.npz"
    np.savez_compressed(path, **export("plover", make_model(PLOVER_C).fit(texts, labels)))
    return EventModels(load_models(path).plover, None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=CV_FOLDS)
    ap.add_argument("--out", type=Path, help="keep the fold models and predictions here")
    args = ap.parse_args(argv)
    started = time.monotonic()
    texts, ids, labels = read_sentences(args.data / "plv_train.tsv")
    records = acled_stack.parse(texts)  # parsed once: entities and places do not depend on the fold
    workdir = args.out or Path(tempfile.mkdtemp(prefix="eventwire-plvcv-"))
    workdir.mkdir(parents=True, exist_ok=True)
    predictions = workdir / "plvcv.out.jsonl"
    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=SEED)
    rows: dict[int, dict] = {}
    for k, (train_idx, test_idx) in enumerate(cv.split(texts, labels)):
        models = fold_model([texts[i] for i in train_idx], [labels[i] for i in train_idx], workdir, k)
        stage = EventStage(Options(), models=models)
        for i in test_idx:
            record = records[i]
            done = stage(copy.copy(record)) if record.skipped is None else record
            row = done.to_dict()
            row["id"] = ids[i]
            rows[i] = row
    inputs = workdir / "plvcv.in.jsonl"
    with predictions.open("w", encoding="utf-8") as fh, inputs.open("w", encoding="utf-8") as fin:
        for i in sorted(rows):
            fh.write(json.dumps(rows[i], ensure_ascii=False) + "\n")
            fin.write(json.dumps({"id": ids[i], "text": texts[i]}, ensure_ascii=False) + "\n")
    valid = subprocess.run([sys.executable, str(VALIDATOR), str(predictions), "--input", str(inputs),
                            "--no-clean"], capture_output=True, text=True, check=False)
    proc = subprocess.run([sys.executable, str(SCORER), "score", str(args.data / "plv_train.tsv"),
                           str(predictions)], capture_output=True, text=True, check=False)
    last = (proc.stdout.strip().splitlines() or [""])[-1]
    if proc.returncode != 0 or "macro_f1=" not in last:
        print(f"plvcv: scorer failed: {proc.stderr.strip()[-400:]}", file=sys.stderr)
        return 1
    print(proc.stdout.strip())
    # the summary line in run_dev.sh's form, for bench/quality_gate.py
    status = "ok" if valid.returncode == 0 else "INVALID"
    print(f"plvcv: {last} secs={round(time.monotonic() - started)} validate={status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
