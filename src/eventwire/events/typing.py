"""Sentence classifiers that back up the lexicon: PLOVER type and ACLED sub-event type.

Both are TF-IDF + logistic regression models trained by ``training/train_event_models.py``
and stored as plain arrays (``.npz``, no pickle) under ``eventwire/data/events``. They are
applied here with numpy only, so importing eventwire never imports scikit-learn.

The lexicon names the trigger and a reading; the classifier says what the whole sentence
is about. :func:`fuse` lets a confident classifier overrule a weak lexicon reading and
gives the confidence of the result.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_FILE = "event_models.npz"
MODEL_ENV = "EVENTWIRE_EVENT_MODEL"  # another model file (cross-validation folds use this)
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(slots=True)
class LinearTextModel:
    """TF-IDF (sublinear tf, l2 norm, word n-grams) followed by multinomial logistic regression."""

    vocab: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray
    classes: tuple[str, ...]
    ngram_max: int
    extra: tuple[str, ...] = ()  # names of non-text features, appended after the n-grams
    extra_weight: float = 1.0

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero TF-IDF entries (indexes, l2-normed values): a sentence has a few dozen."""
        words = _TOKEN.findall(text.lower())
        counts: dict[int, int] = {}
        for n in range(1, self.ngram_max + 1):
            for i in range(len(words) - n + 1):
                idx = self.vocab.get(" ".join(words[i : i + n]))
                if idx is not None:
                    counts[idx] = counts.get(idx, 0) + 1
        idxs = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = np.array([1.0 + math.log(c) for c in counts.values()]) * self.idf[idxs]
        norm = np.linalg.norm(values)
        return idxs, (values / norm if norm > 0 else values)

    def predict_proba(self, text: str, extra: dict[str, float] | None = None,
                      offset: np.ndarray | None = None) -> dict[str, float]:
        """Class probabilities; ``offset`` adds to each class's score what another part of
        the model gives (the row check's sentence embedding)."""
        idxs, values = self.features(text)
        scores = self.coef[:, idxs] @ values + self.intercept
        if self.extra:
            given = extra or {}
            more = np.array([given.get(name, 0.0) for name in self.extra]) * self.extra_weight
            scores = scores + self.coef[:, len(self.idf):len(self.idf) + len(self.extra)] @ more
        if offset is not None:
            scores = scores + offset
        scores = scores - scores.max()
        probs = np.exp(scores)
        probs /= probs.sum()
        return {c: float(p) for c, p in zip(self.classes, probs, strict=True)}


def load_linear(data: np.lib.npyio.NpzFile, prefix: str) -> LinearTextModel:
    vocab_terms = [str(t) for t in data[f"{prefix}_vocab"]]
    return LinearTextModel(
        vocab={t: i for i, t in enumerate(vocab_terms)},
        idf=data[f"{prefix}_idf"].astype(np.float64),
        coef=data[f"{prefix}_coef"].astype(np.float64),
        intercept=data[f"{prefix}_intercept"].astype(np.float64),
        classes=tuple(str(c) for c in data[f"{prefix}_classes"]),
        ngram_max=int(data[f"{prefix}_ngram_max"]),
        extra=tuple(str(n) for n in data[f"{prefix}_extra"]) if f"{prefix}_extra" in data else (),
        extra_weight=float(data[f"{prefix}_extra_weight"]) if f"{prefix}_extra_weight" in data
        else 1.0,
    )


@dataclass(slots=True)
class EventModels:
    plover: LinearTextModel | None
    acled: LinearTextModel | None


def model_path() -> Path | None:
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    path = resources.files("eventwire").joinpath("data", "events", MODEL_FILE)
    return Path(str(path)) if path.is_file() else None


@functools.lru_cache(maxsize=4)
def load_models(path: Path | None = None) -> EventModels:
    """The shipped models; missing ones are None and the lexicon works alone."""
    path = path or model_path()
    if path is None or not Path(path).is_file():
        return EventModels(None, None)
    with np.load(path, allow_pickle=False) as data:
        names = set(data.files)
        plover = load_linear(data, "plover") if "plover_coef" in names else None
        acled = load_linear(data, "acled") if "acled_coef" in names else None
    return EventModels(plover, acled)


# --- fusing lexicon and classifier -----------------------------------------------------
LEX_BONUS = 0.7  # added to the classifier's probability of the lexicon's reading
OVERRIDE_MIN_PROB = 0.55  # the classifier must be at least this sure to overrule the lexicon
YIELD = "YIELD"  # the training data's merged CONCEDE/RETREAT class


def class_prob(probs: dict[str, float], plover: str) -> float:
    if plover in probs:
        return probs[plover]
    if plover in ("CONCEDE", "RETREAT"):
        return probs.get(YIELD, 0.0)
    return 0.0


def fuse(lex_type: str, lex_weight: float, probs: dict[str, float] | None,
         explained: frozenset[str] = frozenset()) -> tuple[str, float]:
    """(PLOVER type, evidence score in [0, 1]) for a trigger given the sentence's class
    probabilities. A class another trigger of the sentence reads by its own words
    (``explained``) is that trigger's: it overrules no other ("Protesters marched in Lagos,
    before police arrested their leaders": the arrest is the coercion, not the march)."""
    if not probs:
        return lex_type, lex_weight
    p_lex = class_prob(probs, lex_type)
    best, p_best = max(probs.items(), key=lambda kv: kv[1])
    if best == YIELD:
        best = lex_type if lex_type in ("CONCEDE", "RETREAT") else "RETREAT"
    if best != lex_type and best not in explained and p_best >= OVERRIDE_MIN_PROB \
            and p_best > p_lex + LEX_BONUS * lex_weight:
        return best, p_best
    return lex_type, min(1.0, p_lex + LEX_BONUS * lex_weight)
