"""Train the event stage's PLOVER sentence classifier and write it as plain arrays.

    .venv/bin/python training/train_event_models.py [--data ../shared/data/dev] [--out PATH]

* PLOVER type: TF-IDF + logistic regression on ``plv_train.tsv`` (Zero-Shot-PLOVER,
  PLV_train). The PLOVER GSR records are never read: they are the dev test.
* ACLED: no model is shipped. ``training/cv_acled.py`` measures a stacked model (words
  around the event + the cue rules' answer) trained on ``case2021_dev.tsv`` with 5-fold
  cross-validation of the whole event stage: it scored below the cue rules alone
  (0.702 against 0.721 weighted F1), so the rules stand alone.

The output ``src/eventwire/data/events/event_models.npz`` holds the vocabulary, idf
weights, coefficients and class names as numpy arrays (no pickle); the event stage
applies them with numpy only. Deterministic: fixed seed, sorted vocabulary.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "data" / "events" / "event_models.npz"
SEED = 13
NGRAM_MAX = 2
PLOVER_C = 8.0
MIN_DF = 2
CV_FOLDS = 5

CASE_TO_ACLED = {
    "ARMED_CLASH": "Armed clash", "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon", "AIR_STRIKE": "Air/drone strike", "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED", "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence", "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration", "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement", "ARREST": "Arrests", "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use", "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
}


def read_plv(path: Path) -> tuple[list[str], list[str]]:
    """Distinct sentences and their PLOVER root (YIELD = CONCEDE or RETREAT)."""
    seen: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            seen.setdefault(row["sentence"].strip(), row["gold_root"].strip())
    return list(seen), list(seen.values())


def read_case(path: Path) -> tuple[list[str], list[str]]:
    """Snippets and labels; labels outside ACLED's 25 keep their CASE name (no ACLED type)."""
    texts, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            texts.append(row["EventSnippet"].strip())
            labels.append(CASE_TO_ACLED.get(row["SubType"].strip(), row["SubType"].strip()))
    return texts, labels


def make_model(c: float):
    return make_pipeline(
        TfidfVectorizer(sublinear_tf=True, ngram_range=(1, NGRAM_MAX), min_df=MIN_DF),
        LogisticRegression(C=c, max_iter=5000, random_state=SEED),
    )


def cross_validate(texts: list[str], labels: list[str], c: float, folds: int) -> float:
    """Macro-F1 of out-of-fold predictions (stratified, seeded)."""
    counts = {lab: labels.count(lab) for lab in set(labels)}
    folds = max(2, min(folds, min(counts.values())))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    pred = cross_val_predict(make_model(c), texts, labels, cv=cv)
    return f1_score(labels, pred, average="macro")


def export(prefix: str, model) -> dict[str, np.ndarray]:
    vec, clf = model.named_steps["tfidfvectorizer"], model.named_steps["logisticregression"]
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {
        f"{prefix}_vocab": np.array(terms, dtype=np.str_),
        f"{prefix}_idf": vec.idf_.astype(np.float32),
        f"{prefix}_coef": clf.coef_.astype(np.float32),
        f"{prefix}_intercept": clf.intercept_.astype(np.float32),
        f"{prefix}_classes": np.array([str(c) for c in clf.classes_], dtype=np.str_),
        f"{prefix}_ngram_max": np.array(NGRAM_MAX),
    }


def train(plv: tuple[list[str], list[str]], out: Path) -> None:
    arrays = export("plover", make_model(PLOVER_C).fit(*plv))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation report")
    args = ap.parse_args(argv)
    plv = read_plv(args.data / "plv_train.tsv")
    if not args.no_cv:
        print(f"plover: {len(plv[0])} sentences, {CV_FOLDS}-fold CV macro-F1 "
              f"{cross_validate(*plv, PLOVER_C, CV_FOLDS):.3f}")
    train(plv, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
