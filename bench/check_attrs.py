"""Check that the memoised token attributes (``eventwire.nlp.attrs``) equal spaCy's own
attribute ruler and lemmatizer on real text, and time both, side by side.

    .venv/bin/python bench/check_attrs.py [--limit N]

Reads the corpus articles where they live (``../shared/data/corpus/*.jsonl``); compares
every token's POS, morphology, lemma, tag, dependency and head; exits 1 on any difference.
The timing runs each side twice in one process (the second round is warm: spaCy's
lemmatizer and this module both keep caches) and counts CPU time of the two components.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus"


def annotation(doc) -> list[tuple]:
    return [(t.pos, t.morph.key, t.lemma, t.tag, t.dep, t.head.i) for t in doc]


def component_seconds(nlp, texts: list[str], names: set[str]) -> float:
    """CPU seconds spent in the named components, run one by one over the texts."""
    docs = [nlp.make_doc(t) for t in texts]
    spent = 0.0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        docs = [proc(d) for d in docs]
        if name in names:
            spent += time.process_time() - t0
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    from eventwire.nlp.attrs import NAME
    from eventwire.nlp.model import load_model

    texts = [json.loads(line).get("text") or "" for path in sorted(CORPUS.glob("*.jsonl"))
             for line in path.open(encoding="utf-8")]
    texts = [t for t in texts if t][: args.limit or None]
    plain, fast = load_model(None, plain=True), load_model()
    for round_ in ("cold", "warm"):
        p = component_seconds(plain, texts, {"attribute_ruler", "lemmatizer"})
        f = component_seconds(fast, texts, {NAME})
        print(f"{round_}: attribute_ruler + lemmatizer {p:.2f} s, memoised {f:.2f} s")
    differ = tokens = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        tokens += len(a)
        differ += sum(x != y for x, y in zip(annotation(a), annotation(b), strict=True))
    print(f"{len(texts)} articles, {tokens} tokens, {differ} tokens annotated differently")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
