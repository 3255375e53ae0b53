"""Static sentence embeddings distilled from all-MiniLM-L6-v2, loaded once per process.

A sentence is the unit-length sum of its WordPiece tokens' vectors. Each token's vector is
what the transformer makes of that token alone, reduced to its principal components
(``training/build_static_embeddings.py``; the table and the model's tokenizer ship in
``data/nlp``). So there is no transformer at run time, only a lookup. The row check
(:mod:`..events.eventness`) reads a row's sentence through it: on three sets of judged rows
it was never trained on, the embedding tells events from non-events where the sentence's
words alone do not (``training/train_eventness.py``).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

TABLE_FILE = "static_embeddings.npz"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 254  # as the transformer reads a sentence (256 with its two special tokens): a longer one is cut
_LOAD_LOCK = threading.Lock()  # threads that ask at once share one table


class SentenceEncoder:
    """Unit-length embeddings of sentences, one row per sentence."""

    def __init__(self, tokenizer: Any, vectors: np.ndarray) -> None:
        self._tokenizer = tokenizer
        self.vectors = vectors

    @property
    def dimensions(self) -> int:
        return int(self.vectors.shape[1])

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(sentences), self.dimensions))
        for row, encoding in enumerate(self._tokenizer.encode_batch(list(sentences), add_special_tokens=False)):
            ids = encoding.ids[:MAX_TOKENS]
            if ids:
                total = self.vectors[ids].sum(axis=0, dtype=np.float64)
                norm = float(np.linalg.norm(total))
                out[row] = total / norm if norm > 0 else total
        return out


def load_encoder() -> SentenceEncoder:
    """The encoder, built once per process from the shipped files (nothing is downloaded)."""
    with _LOAD_LOCK:
        return _load()


@functools.lru_cache(maxsize=1)
def _load() -> SentenceEncoder:
    from tokenizers import Tokenizer

    folder = resources.files("eventwire").joinpath("data", "nlp")
    tokenizer = Tokenizer.from_str(folder.joinpath(TOKENIZER_FILE).read_text("utf-8"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    with folder.joinpath(TABLE_FILE).open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        vectors = data["vectors"].astype(np.float32)  # 16 MB, shared by forked workers
    return SentenceEncoder(tokenizer, vectors)
