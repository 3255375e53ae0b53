"""Derive the cue lexicon from an attribution corpus (development tool, not run by the pipeline).

    python -m eventwire.claims.tune /work/shared/data/dev/polnear/train.jsonl [--limit N]

For every word lemma it counts how often the word is the head of a gold cue, overall and
when the parse gives it a clausal complement; the lemmas whose precision clears a bar are
what ``lexicon.py`` lists. Reads the corpus where it lies; copies no text from it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

MIN_COUNT = 3  # a lemma seen fewer times as a cue is noise
CLAUSAL = frozenset({"ccomp", "xcomp", "parataxis"})


def main() -> None:
    """Print per-lemma cue counts and precisions as JSON lines, best-supported first."""
    from ..nlp.model import load_model

    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    docs = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_model()
    seen: Counter[tuple[str, str]] = Counter()
    cue: Counter[tuple[str, str]] = Counter()
    seen_c: Counter[tuple[str, str]] = Counter()
    cue_c: Counter[tuple[str, str]] = Counter()
    for gold, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
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
    rows = []
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


if __name__ == "__main__":
    main()
