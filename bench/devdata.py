"""Dev texts for the benchmarks, read in place from ../shared (never copied)."""

from __future__ import annotations

import json
from pathlib import Path

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev"


def read_dev_texts(path: Path, limit: int, stand_in: str) -> list[str]:
    """The first ``limit`` ``text`` fields of a dev JSONL file, or a written stand-in when absent."""
    if not path.exists():
        return [stand_in] * limit
    texts: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts
