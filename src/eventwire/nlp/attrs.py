"""Token POS, morphology and lemma exactly as the model's attribute ruler and rule
lemmatizer set them, computed once per distinct token key instead of once per token.

Why: profiled on the corpus, these two components cost about a quarter of the spaCy
parse although they do no statistics: the ruler runs a Matcher of ~180 patterns (with IN
and REGEX predicates evaluated in Python) over every token, the lemmatizer sets every
lemma through Python. Both outputs are functions of a few token features (the ruler:
tag, lower form, dependency, is-space of the token and, for its few two-token patterns,
of a neighbour; the lemmatizer: orth, POS, morphology), so each distinct key is worked
out once and the results are written back as arrays. The real components stay loaded:
the lemmatizer computes every new lemma, and a model whose patterns this module cannot
read (operators, other attributes) keeps its own components (:func:`install`).
Byte-identical annotation is checked on real text by the tests and ``bench/check_attrs.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

NAME = "eventwire_token_attrs"
RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
MATCH_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH}
ARRAY_ATTRS = (POS, MORPH, LEMMA)  # what the ruler sets that is written back as arrays
MAX_MEMO = 300_000  # distinct keys kept per table; emptied when full (a vocabulary bound)

Predicate = Callable[[int], bool]


class Unsupported(ValueError):
    """A pattern this module cannot evaluate: the model's own components run instead."""


def _literal(attr: str, spec: Any) -> int | None:
    """The value a condition requires exactly (for indexing the patterns), else None."""
    if isinstance(spec, str) and attr != "IS_SPACE":
        return get_string_id(spec)
    return None


def _predicate(attr: str, spec: Any, strings: Any) -> Predicate:
    """One token-pattern condition as a test of the attribute's integer value."""
    def value_id(v: Any) -> int:
        if attr == "IS_SPACE":
            return int(bool(v))
        if not isinstance(v, str):
            raise Unsupported(f"{attr} value {v!r}")
        return get_string_id(v)

    if not isinstance(spec, dict):
        want = value_id(spec)
        return lambda x: x == want
    if len(spec) != 1:
        raise Unsupported(f"{attr} predicate {spec!r}")
    op, arg = next(iter(spec.items()))
    if op == "IN":
        inside = frozenset(value_id(v) for v in arg)
        return lambda x: x in inside
    if op == "NOT_IN":
        outside = frozenset(value_id(v) for v in arg)
        return lambda x: x not in outside
    if op == "REGEX" and attr != "IS_SPACE":
        rx = re.compile(arg)
        return lambda x: bool(rx.search(strings[x]))
    raise Unsupported(f"{attr} operator {op!r}")


class TokenAttributes:
    """Replaces the attribute ruler and rule lemmatizer of a loaded pipeline (both kept,
    disabled, as the source of patterns and lemmas)."""

    def __init__(self, nlp: Language) -> None:
        ruler = cast(Any, nlp.get_pipe(RULER))
        self.lemmatizer = cast(Any, nlp.get_pipe(LEMMATIZER))
        if getattr(self.lemmatizer, "mode", None) != "rule" or self.lemmatizer.overwrite:
            raise Unsupported("lemmatizer is not a non-overwriting rule lemmatizer")
        strings = nlp.vocab.strings
        used: list[str] = []
        # (group, index, [[(column, predicate), ...] per pattern token])
        self.singles: list[tuple[int, list[tuple[str, Predicate]]]] = []
        literals: list[dict[str, int]] = []  # per single pattern: exactly required values
        self.multis: list[tuple[int, int, list[list[tuple[str, Predicate]]]]] = []
        for group, entry in enumerate(ruler.patterns):
            attrs = ruler.attrs[group]
            if any(a == "_" for a in attrs):
                raise Unsupported("extension attributes")
            for pattern in entry["patterns"]:
                tokens = []
                for tok in pattern:
                    conds = []
                    for key, spec in tok.items():
                        if key not in MATCH_ATTRS:
                            raise Unsupported(f"pattern attribute {key}")
                        if key not in used:
                            used.append(key)
                        conds.append((key, _predicate(key, spec, strings)))
                    tokens.append(conds)
                if len(tokens) == 1:
                    self.singles.append((group, tokens[0]))
                    literals.append({k: v for k, spec in pattern[0].items()
                                     if (v := _literal(k, spec)) is not None})
                elif tokens:
                    self.multis.append((group, entry["index"], tokens))
        self.columns = used
        self.col = {k: i for i, k in enumerate(used)}
        # A single pattern is tried only on tokens that have its exact LOWER (else TAG)
        # value; the rest (regular expressions, sets) are tried on every new key.
        self.by_value: dict[tuple[int, int], list[int]] = {}
        self.anywhere: list[int] = []
        for k, lits in enumerate(literals):
            key = next((c for c in ("LOWER", "ORTH", "TAG") if c in lits), None)
            if key is None:
                self.anywhere.append(k)
            else:
                self.by_value.setdefault((self.col[key], lits[key]), []).append(k)
        self.attrs: list[dict[int, int]] = list(ruler.attrs)
        self.simple = [set(a) <= set(ARRAY_ATTRS) for a in self.attrs]
        # Last, once every pattern is read (so a declined model is left as it was): the
        # rule lemmatizer tests "form in index" against a list of up to 57,000 words per
        # POS, a linear scan that is most of its cost on a new word; a set answers the same.
        index = self.lemmatizer.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()) if hasattr(index, "keys") else ():
            words = index[pos]
            if isinstance(words, list):
                index[pos] = frozenset(words)
        self.feature_memo: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.merged_memo: dict[tuple[int, ...], dict[int, int]] = {}
        self.lemma_memo: dict[tuple[int, int, int], int] = {}

    def _test(self, conds: list[tuple[str, Predicate]], feats: tuple[int, ...]) -> bool:
        return all(pred(feats[self.col[key]]) for key, pred in conds)

    def _features(self, feats: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(single-token groups matching, multi-token patterns whose first token matches)."""
        hit = self.feature_memo.get(feats)
        if hit is None:
            if len(self.feature_memo) >= MAX_MEMO:
                self.feature_memo.clear()
                self.merged_memo.clear()
            tried = list(self.anywhere)
            for c, v in enumerate(feats):
                tried += self.by_value.get((c, v), ())
            hit = (tuple(sorted(self.singles[k][0] for k in tried
                                if self._test(self.singles[k][1], feats))),
                   tuple(k for k, (_, _, toks) in enumerate(self.multis)
                         if self._test(toks[0], feats)))
            self.feature_memo[feats] = hit
        return hit

    def _merged(self, feats: tuple[int, ...], groups: tuple[int, ...]) -> dict[int, int]:
        merged = self.merged_memo.get(feats)
        if merged is None:
            merged = {}
            for g in groups:  # ascending group order: later rules win, as in the ruler
                merged.update(self.attrs[g])
            self.merged_memo[feats] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        feats = [tuple(row) for row in
                 doc.to_array([MATCH_ATTRS[c] for c in self.columns]).tolist()]
        per_token = [self._features(f) for f in feats]
        # Multi-token matches (rare): the groups that land on each token, for a full merge.
        extra: dict[int, list[tuple[int, int]]] = {}
        for start, (_, firsts) in enumerate(per_token):
            for k in firsts:
                group, index, toks = self.multis[k]
                end = start + len(toks)
                if end > n or not all(self._test(toks[j], feats[start + j])
                                      for j in range(1, len(toks))):
                    continue
                target = range(start, end)[index]
                extra.setdefault(target, []).append((group, start))
        values: Any = doc.to_array(list(ARRAY_ATTRS))
        python_set: list[tuple[int, list[int]]] = []
        for i, (singles, _) in enumerate(per_token):
            if i in extra:
                groups = sorted([(g, i) for g in singles] + extra[i])
                order = [g for g, _ in groups]
                if all(self.simple[g] for g in order):
                    merged: dict[int, int] = {}
                    for g in order:
                        merged.update(self.attrs[g])
                else:
                    python_set.append((i, order))
                    continue
            elif not singles:
                continue
            elif all(self.simple[g] for g in singles):
                merged = self._merged(feats[i], singles)
            else:
                python_set.append((i, list(singles)))
                continue
            for j, attr in enumerate(ARRAY_ATTRS):
                if attr in merged:
                    values[i, j] = merged[attr]
        doc.from_array(list(ARRAY_ATTRS), values)
        for i, order in python_set:  # the ruler's own setter, in the ruler's order
            for g in order:
                set_token_attrs(doc[i], self.attrs[g])
        self._lemmatize(doc)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        """The rule lemmatizer on every token without a lemma, memoised on its cache key."""
        table: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = table[:, :3].tolist()
        lemmas = table[:, 3]
        memo, strings = self.lemma_memo, doc.vocab.strings
        for i, lemma in enumerate(lemmas.tolist()):
            if lemma:
                continue
            key = tuple(keys[i])
            hit = memo.get(key)  # type: ignore[call-overload]
            if hit is None:
                if len(memo) >= MAX_MEMO:
                    memo.clear()
                hit = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                memo[key] = hit  # type: ignore[index]
            lemmas[i] = hit
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))


@Language.factory(NAME, assigns=["token.pos", "token.morph", "token.lemma"],
                  requires=["token.tag", "token.dep"])
def make_token_attrs(nlp: Language, name: str) -> TokenAttributes:
    return TokenAttributes(nlp)


def install(nlp: Language) -> bool:
    """Put the memoised component in place of the ruler and lemmatizer; False (and the
    pipeline untouched) when the model lacks them or has patterns this module cannot read."""
    if RULER not in nlp.pipe_names or LEMMATIZER not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe(NAME, after=LEMMATIZER)
    except Unsupported:
        return False
    nlp.disable_pipe(RULER)
    nlp.disable_pipe(LEMMATIZER)
    return True
