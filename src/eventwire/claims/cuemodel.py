"""A linear cue classifier: is this word the cue of an attribution?

A word list cannot tell "think" in "I think" inside a quote (not an attribution in news
annotation) from "officials think that ..." (one), nor "support" the noun from "support"
the verb with a clausal object. A logistic regression over the parse context can. It is
trained by ``python -m eventwire.claims.tune train`` on the PolNeAR train split and ships
as a table of feature weights (``data/claims/cue_model.json``); scoring is a sum of
weights, with no machine-learning library at run time. Without the table, the stage
falls back to the word lists of ``lexicon.py``.
"""

from __future__ import annotations

import bisect
import json
import math
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "claims" / "cue_model.json"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "AUX", "ADJ"})
CHILD_DEPS = frozenset({
    "ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "prep", "prt", "agent", "auxpass",
    "neg", "mark", "advcl", "oprd", "acomp", "attr", "dative", "poss", "acl",
})
FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
THIRD_PERSON = frozenset({"he", "she", "they", "it"})
DEFAULT_THRESHOLD = 0.5


def _subject_kind(tok: Token) -> str:
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return "none"
    low = subj.lower_
    if low in FIRST_PERSON:
        return "pron1"
    if low in THIRD_PERSON:
        return "pron3"
    if subj.ent_type_:
        return "ent_" + subj.ent_type_
    return subj.pos_.lower()


def features(
    tok: Token, in_quote: bool, quote_next: bool, quote_prev: bool, quote_below: bool = False
) -> list[str]:
    """The string features of one candidate word (see the module docstring)."""
    lemma = tok.lemma_.lower()
    head = tok.head
    subj = _subject_kind(tok)
    feats = [
        "b", "l=" + lemma, "p=" + tok.pos_, "t=" + tok.tag_, "d=" + tok.dep_,
        "lp=" + lemma + "|" + tok.pos_, "lt=" + lemma + "|" + tok.tag_,
        "ld=" + lemma + "|" + tok.dep_, "hl=" + head.lemma_.lower(), "hp=" + head.pos_,
        "s=" + subj, "ls=" + lemma + "|" + subj,
        "pw=" + (tok.nbor(-1).lower_ if tok.i > 0 else "<s>"),
        "nw=" + (tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else "</s>"),
    ]
    subj_tok = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj_tok is not None:
        feats.append("so=" + subj_tok.lemma_.lower())
    feats.append("hd=" + tok.dep_ + "|" + head.dep_)
    for child in tok.children:
        if child.dep_ == "dobj":
            feats.append("ob=" + child.lemma_.lower())
        elif child.dep_ == "prep":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                feats.append("po=" + child.lower_ + "|" + pobj.lemma_.lower())
    if quote_below:
        feats.append("sq")
    deps = {c.dep_ for c in tok.children if c.dep_ in CHILD_DEPS}
    for dep in deps:
        feats.append("c=" + dep)
        feats.append("lc=" + lemma + "|" + dep)
    for child in tok.children:
        if child.dep_ in ("prep", "prt"):
            feats.append("lpr=" + lemma + "|" + child.lower_)
    if in_quote:
        feats += ["inq", "linq=" + lemma, "sinq=" + subj]
    if quote_next:
        feats += ["qn", "lqn=" + lemma]
    if quote_prev:
        feats += ["qp", "lqp=" + lemma]
    return feats


class CueModel:
    """Feature weights and a threshold; ``prob`` is the logistic of their sum."""

    def __init__(self, weights: dict[str, float], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.weights = weights
        self.threshold = threshold

    def prob(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def is_cue(self, feats: list[str]) -> bool:
        return self.prob(feats) >= self.threshold

    def save(self, path: Path = MODEL_PATH, meta: dict | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"threshold": self.threshold, "meta": meta or {}, "weights": self.weights}
        path.write_text(json.dumps(data, sort_keys=True, indent=0), encoding="utf-8")


@lru_cache(maxsize=2)
def load_cue_model(path: Path = MODEL_PATH) -> CueModel | None:
    """The shipped model, or None (the word lists then decide)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return CueModel({k: float(v) for k, v in data["weights"].items()},
                    float(data.get("threshold", DEFAULT_THRESHOLD)))


QUOTE_CHARS = frozenset('"“”„‟«»')
QUOTE_WINDOW = 3  # tokens between a cue and a quote mark that still count as "next to"


def candidate_features(doc, quotes) -> dict[int, list[str]]:
    """Features for every candidate word of ``doc``, by token index."""
    spans = sorted((q.start, q.end) for q in quotes)
    past_end = len(doc.text) + 1  # Doc.text is rebuilt on every access: read it once
    out: dict[int, list[str]] = {}
    marks = [t.text in QUOTE_CHARS for t in doc]
    seen = [0]  # seen[i]: quote marks among the first i tokens (subtrees are contiguous)
    for mark in marks:
        seen.append(seen[-1] + mark)
    for tok in doc:
        if tok.pos_ not in CANDIDATE_POS:
            continue
        at = bisect.bisect_right(spans, (tok.idx, past_end)) - 1
        in_quote = at >= 0 and spans[at][0] < tok.idx < spans[at][1]
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        quote_below = seen[hi] - seen[lo] - marks[tok.i] > 0
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        left = min(tok.i, subj.left_edge.i) if subj is not None else tok.i
        quote_next = any(marks[tok.i + 1 : tok.i + 1 + QUOTE_WINDOW])
        quote_prev = any(marks[max(0, left - QUOTE_WINDOW) : left])
        out[tok.i] = features(tok, in_quote, quote_next, quote_prev, quote_below)
    return out
