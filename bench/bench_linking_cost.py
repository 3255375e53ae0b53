"""Does linking a new document cost more as the store grows? Time to store (and link) the same
new documents into stores of 1,000 and 10,000 documents.

    .venv/bin/python bench/bench_linking_cost.py [--sizes 1000 10000] [--new 100] [--json PATH]

The corpus (``../shared/data/corpus/``, read in place) is extracted once. A store of N documents
is made by resampling those records: copy k of an article gets a new id and every date in it
(publication, event dates) moved by a whole number of weeks drawn at random over a span that
grows with N, so that every store holds DOCS_PER_WEEK documents a week: a feed that kept
coming for longer, not more reports of the same weeks (the cost per new document depends on
how many reports of its kind a few weeks hold, which a feed's rate sets, not the store's
size). The texts and places repeat, so each week holds more look-alike reports than a real
feed would. The copies are written with linking on, as a real ingest would. Then the same
NEW held-out records (dates moved into the middle of the span) are written, linking on, and
the time per document is reported beside the time with linking off on the same store: the
extraction itself (spaCy) is the same for both and is not in these figures.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
DOCS_PER_WEEK = 20  # the stores' density: a modest feed
BASE = dt.date(2020, 1, 6)  # a Monday: week 0 of every resampled store
SEED = 7


class Stored:
    """What Store.write reads of a record: its id, whether it was skipped, its dict."""

    def __init__(self, data: dict[str, Any], skipped: str | None) -> None:
        self.id, self.skipped, self._data = data["id"], skipped, data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def extract_corpus() -> list[tuple[dict[str, Any], str | None]]:
    from eventwire.errors import InputError
    from eventwire.ingest.readers import read_inputs
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline

    options = Options(detect_duplicates=False)
    pipeline = Pipeline(options)
    raws = [r for r in read_inputs([str(CORPUS)], options.max_bytes) if not isinstance(r, InputError)]
    return [(rec.to_dict(), rec.skipped) for rec in pipeline.run(raws) if not isinstance(rec, InputError)]


def _shift(value: str | None, weeks: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        return (dt.date.fromisoformat(value[:10]) + dt.timedelta(weeks=weeks)).isoformat() + value[10:]
    except ValueError:
        return value


def resample(data: dict[str, Any], copy_no: int, weeks: int) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out["id"] = f"{data['id']}~{copy_no}"
    out["document"]["published"] = _shift(out["document"].get("published"), weeks)
    for ev in out["events"]:
        if ev.get("date"):
            ev["date"]["start"] = _shift(ev["date"].get("start"), weeks)
            ev["date"]["end"] = _shift(ev["date"].get("end"), weeks)
    return out


def weeks_to(data: dict[str, Any], week: int) -> int:
    """Whole weeks that move a record's publication date into week ``week`` after BASE."""
    published = data["document"].get("published")
    own = dt.date.fromisoformat(published[:10]) if published else BASE
    return week - (own - BASE).days // 7


def fill(store: Any, records: list[tuple[dict[str, Any], str | None]], n: int, rng: random.Random) -> float:
    span = max(1, n // DOCS_PER_WEEK)  # weeks the store covers: DOCS_PER_WEEK a week
    t0 = time.perf_counter()
    for i in range(n):
        data, skipped = records[i % len(records)]
        store.write(Stored(resample(data, i, weeks_to(data, rng.randrange(span))), skipped))
    return time.perf_counter() - t0


def time_new(store: Any, new: list[tuple[dict[str, Any], str | None]], link: bool, tag: str,
             span: int) -> float:
    store.link = link
    t0 = time.perf_counter()
    for i, (data, skipped) in enumerate(new):  # into the middle of the store's span
        moved = resample(data, 10**6 + i, weeks_to(data, span // 2 + i % 4))
        store.write(Stored(moved | {"id": f"{data['id']}#{tag}"}, skipped))
    return (time.perf_counter() - t0) / max(1, len(new))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    from eventwire.store import Store

    records = extract_corpus()
    rng = random.Random(SEED)
    rng.shuffle(records)
    held, pool = records[: args.new], records[args.new:]
    out: dict[str, Any] = {"corpus_records": len(records), "new_documents": len(held), "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            store = Store(Path(tmp) / f"s{size}.db")
            fill_s = fill(store, pool, size, random.Random(SEED))
            rounds = []
            for r in range(3):  # link on / off interleaved, on the same store
                on = time_new(store, held, True, f"on{r}", size // DOCS_PER_WEEK)
                off = time_new(store, held, False, f"off{r}", size // DOCS_PER_WEEK)
                rounds.append((on, off))
            on = min(x for x, _ in rounds)
            off = min(y for _, y in rounds)
            members = store.engine.connect().exec_driver_sql("select count(*) from cluster_members").scalar()
            out["sizes"][size] = {
                "fill_seconds": round(fill_s, 1), "members": members,
                "ms_per_new_document_linked": round(on * 1000, 2),
                "ms_per_new_document_unlinked": round(off * 1000, 2),
                "linking_ms_per_document": round((on - off) * 1000, 2),
            }
            store.close()
            print(size, out["sizes"][size], flush=True)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
