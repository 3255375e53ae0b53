"""The ACLED model: TF-IDF of the words around an event + the cue rules' features (stacking).

Shared by ``train_event_models.py`` (the shipped model) and ``cv_acled.py`` (the honest,
cross-validated figure). The rules' answer for a snippet comes from running the event
stage without an ACLED model, so the model learns where the rules go wrong.
"""

from __future__ import annotations

import copy

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from eventwire.events import EventStage
from eventwire.events.acled import stack_feature_names, stack_features
from eventwire.events.typing import EventModels, LinearTextModel
from eventwire.ingest import RawDocument
from eventwire.options import Options
from eventwire.pipeline import Pipeline

SEED = 13
NGRAM_MAX = 2
MIN_DF = 2
STACK_C = 16.0
EXTRA_WEIGHT = 1.0  # scale of the rule/cue indicators against the l2-normed n-grams


def parse(texts: list[str]) -> list:
    """Records parsed and run through entities and geo (what the event stage reads)."""
    options = Options(clean=False, detect_duplicates=False, stages=("entities", "geo"))
    pipeline = Pipeline(options)
    raws = [RawDocument(origin=f"case:{i}", text=t) for i, t in enumerate(texts)]
    return list(pipeline.run(raws))


def top_acled(record) -> str:
    """What the scorer reads: the sub-type of the most confident event that has one."""
    events = sorted((e for e in record.events if e.acled), key=lambda e: -e.confidence)
    return events[0].acled["sub_event_type"] if events else "NONE"


def run_stage(records: list, models: EventModels) -> list[str]:
    stage = EventStage(Options(), models=models)
    return [top_acled(stage(copy.copy(r))) if r.skipped is None else "NONE" for r in records]


def rule_answers(records: list, plover: LinearTextModel | None) -> list[str]:
    return run_stage(records, EventModels(plover, None))


def fit(texts: list[str], rules: list[str], labels: list[str]) -> LinearTextModel:
    """Train the stacked model and return it in the form the event stage applies."""
    names = stack_feature_names()
    vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, NGRAM_MAX), min_df=MIN_DF)
    words = vec.fit_transform(texts)
    extra = np.array([[stack_features(t, r if r != "NONE" else None).get(n, 0.0) for n in names]
                      for t, r in zip(texts, rules, strict=True)]) * EXTRA_WEIGHT
    clf = LogisticRegression(C=STACK_C, max_iter=5000, random_state=SEED)
    clf.fit(hstack([words, csr_matrix(extra)]).tocsr(), labels)
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return LinearTextModel(
        vocab={t: i for i, t in enumerate(terms)}, idf=vec.idf_.astype(np.float64),
        coef=clf.coef_.astype(np.float64), intercept=clf.intercept_.astype(np.float64),
        classes=tuple(str(c) for c in clf.classes_), ngram_max=NGRAM_MAX,
        extra=names, extra_weight=EXTRA_WEIGHT,
    )


def export(prefix: str, model: LinearTextModel) -> dict[str, np.ndarray]:
    terms = sorted(model.vocab, key=model.vocab.get)
    arrays = {
        f"{prefix}_vocab": np.array(terms, dtype=np.str_),
        f"{prefix}_idf": model.idf.astype(np.float32),
        f"{prefix}_coef": model.coef.astype(np.float32),
        f"{prefix}_intercept": model.intercept.astype(np.float32),
        f"{prefix}_classes": np.array(model.classes, dtype=np.str_),
        f"{prefix}_ngram_max": np.array(model.ngram_max),
    }
    if model.extra:
        arrays[f"{prefix}_extra"] = np.array(model.extra, dtype=np.str_)
        arrays[f"{prefix}_extra_weight"] = np.array(model.extra_weight)
    return arrays
