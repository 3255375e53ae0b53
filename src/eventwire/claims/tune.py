"""Derive the cue lexicon from an attribution corpus (development tool, not run by the pipeline).

    python -m eventwire.claims.tune stats /work/shared/data/dev/polnear/train.jsonl [--limit N]
    python -m eventwire.claims.tune train /work/shared/data/dev/polnear/train.jsonl \
        [--limit N] [--docbin PARSED.spacy] [--c C] [--threshold T]

For every word lemma it counts how often the word is the head of a gold cue, overall and
when the parse gives it a clausal complement; the lemmas whose precision clears a bar are
what ``lexicon.py`` lists. Reads the corpus where it lies; copies no text from it.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

MIN_COUNT = 3  # a lemma seen fewer times as a cue is noise
CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis"})
MIN_WEIGHT = 1e-3  # weights smaller than this are dropped from the shipped table
DEFAULT_C = 0.5  # inverse L1 strength: fewer, larger weights


def _parsed(args: argparse.Namespace) -> tuple[list[dict], list]:
    """The corpus rows and their parses (from a DocBin cache when given and present)."""
    from spacy.tokens import DocBin

    from ..nlp.model import load_model

    docs = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    docs = docs[args.offset :]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_model()
    if args.docbin and Path(args.docbin).exists():
        parsed = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        parsed = list(nlp.pipe(d["text"] for d in docs))
        if args.docbin:
            bin_ = DocBin(store_user_data=False)
            for doc in parsed:
                bin_.add(doc)
            bin_.to_disk(args.docbin)
    return docs, parsed


def train(args: argparse.Namespace) -> None:
    """Fit the cue classifier and write its weights next to the package data."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from .cuemodel import CueModel, candidate_features
    from .quotes import find_quotes

    docs, parsed = _parsed(args)
    for extra in args.extra:  # "OFFSET:LIMIT:PARSED.spacy": more of the corpus, parsed apart
        more = argparse.Namespace(**vars(args))
        more.offset, more.limit, more.docbin = extra.split(":", 2)
        more.offset, more.limit = int(more.offset), int(more.limit)
        extra_docs, extra_parsed = _parsed(more)
        docs, parsed = docs + extra_docs, parsed + extra_parsed
    rows: list[dict[str, int]] = []
    labels: list[int] = []
    for gold, doc in zip(docs, parsed, strict=True):
        cue_chars: set[int] = set()
        for att in gold["attributions"]:
            for s, e in att["cue"]:
                cue_chars.update(range(s, e))
        for i, feats in candidate_features(doc, find_quotes(doc.text)).items():
            rows.append(dict.fromkeys(feats, 1))
            labels.append(int(doc[i].idx in cue_chars))
    vec = DictVectorizer()
    x = vec.fit_transform(rows).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    x.indptr = x.indptr.astype("int32")
    model = LogisticRegression(penalty="l1", C=args.c, solver="liblinear", max_iter=300)
    model.fit(x, labels)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) > MIN_WEIGHT
    }
    weights["b"] = round(weights.get("b", 0.0) + float(model.intercept_[0]), 4)
    meta = {"docs": len(docs), "examples": len(labels), "positives": sum(labels), "C": args.c,
            "corpus": "PolNeAR train (Newell, Margolin & Ruths, LREC 2018)"}
    CueModel(weights, args.threshold).save(meta=meta)
    print(json.dumps(meta), len(weights), "weights")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=("stats", "train", "errors"))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("pred", type=Path, nargs="?", help="errors: eventwire output JSONL")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--docbin", default="")
    parser.add_argument("--extra", action="append", default=[])
    parser.add_argument("--c", type=float, default=DEFAULT_C)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    if args.command == "train":
        train(args)
    elif args.command == "errors":
        errors(args)
    else:
        stats(args)


def stats(args: argparse.Namespace) -> None:
    """Print per-lemma cue counts and precisions as JSON lines, best-supported first."""
    docs, parsed = _parsed(args)
    seen: Counter[tuple[str, str]] = Counter()
    cue: Counter[tuple[str, str]] = Counter()
    seen_c: Counter[tuple[str, str]] = Counter()
    cue_c: Counter[tuple[str, str]] = Counter()
    for gold, doc in zip(docs, parsed, strict=True):
        cue_chars: set[int] = set()
        for att in gold["attributions"]:
            for s, e in att["cue"]:
                cue_chars.update(range(s, e))
        for tok in doc:
            key = (tok.lemma_.lower(), tok.pos_)
            clausal = any(c.dep_ in CLAUSAL for c in tok.children)
            seen[key] += 1
            seen_c[key] += clausal
            if tok.idx in cue_chars:
                cue[key] += 1
                cue_c[key] += clausal
    rows: list[dict[str, Any]] = []
    for key, n in cue.items():
        if n < MIN_COUNT:
            continue
        rows.append({
            "lemma": key[0], "pos": key[1], "cue": n, "seen": seen[key],
            "p": round(n / seen[key], 3),
            "cue_clausal": cue_c[key], "seen_clausal": seen_c[key],
            "p_clausal": round(cue_c[key] / seen_c[key], 3) if seen_c[key] else 0.0,
        })
    for row in sorted(rows, key=lambda r: -r["cue"]):
        print(json.dumps(row))


WORD = re.compile(r"\w+")
CUE_KEY_SKIP = frozenset("has have had also was is were are will would be been not never the a an s to".split())
TABLE_ROWS = 20  # cues shown in the error table


def _words(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {m.start() for m in WORD.finditer(text) for s, e in spans if m.start() < e and s < m.end()}


def errors(args: argparse.Namespace) -> None:
    """Per-cue error table: for each gold cue word, how often a claim found it (cue and
    content overlap), and for each predicted cue word, how often it matched nothing."""
    gold = {}
    for line in args.corpus.open(encoding="utf-8"):
        row = json.loads(line)
        gold[row["id"]] = row
    found: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    for line in args.pred.open(encoding="utf-8"):
        rec = json.loads(line)
        g = gold.get(rec["id"])
        if g is None:
            continue
        text = g["text"]
        claims = []
        for c in rec["claims"]:
            cue = [(c["cue"]["start"], c["cue"]["end"])] if c["cue"] else []
            claims.append((c, _words(text, cue), _words(text, [(c["content"]["start"], c["content"]["end"])])))
        golds = [(_words(text, [tuple(x) for x in a["cue"]]), _words(text, [tuple(x) for x in a["content"]]), a)
                 for a in g["attributions"]]
        for gq, gt, a in golds:
            key = _cue_key(" ".join(text[s:e] for s, e in a["cue"]))
            hit = any(pq & gq and pt & gt for _, pq, pt in claims)
            (found if hit else missed)[key] += 1
        for c, pq, pt in claims:
            key = _cue_key(c["cue"]["text"] if c["cue"] else "(none)")
            predicted[key] += 1
            if not any(pq & gq or pt & gt for gq, gt, _ in golds):
                spurious[key] += 1
    keys = sorted(set(found) | set(missed), key=lambda k: -(found[k] + missed[k]))[:TABLE_ROWS]
    print("| gold cue | gold | found | missed | recall | predicted | spurious |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for key in keys:
        n = found[key] + missed[key]
        print(f"| {key} | {n} | {found[key]} | {missed[key]} | {found[key] / n:.2f} | "
              f"{predicted[key]} | {spurious[key]} |")
    rest_f = sum(found[k] for k in found if k not in keys)
    rest_m = sum(missed[k] for k in missed if k not in keys)
    rest_p = sum(predicted[k] for k in predicted if k not in keys)
    rest_s = sum(spurious[k] for k in spurious if k not in keys)
    n = rest_f + rest_m
    print(f"| (all other cues) | {n} | {rest_f} | {rest_m} | {rest_f / max(n, 1):.2f} | "
          f"{rest_p} | {rest_s} |")


def _cue_key(cue: str) -> str:
    """A cue's main word, lower-cased ("has also said" -> "said", "according to" whole)."""
    low = cue.lower().strip(" :,")
    if low.startswith("according"):
        return "according to"
    words = [w for w in WORD.findall(low) if w not in CUE_KEY_SKIP]
    return words[0] if words else low or ":"


if __name__ == "__main__":
    main()
