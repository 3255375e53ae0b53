"""Ingest at scale on Dask: documents/s through 1 and 2 workers, into SQLite and PostgreSQL.

    .venv/bin/python bench/bench_scale.py [--docs 10000] [--workers 1 2] [--pg postgresql://...]
                                          [--json PATH]

Input: ``--docs`` documents made by resampling the corpus (``../shared/data/corpus/*.jsonl``,
read in place, written to a temporary JSON Lines file that is deleted afterwards): article i
of the run is corpus article ``i mod 382`` with the id ``<id>~<i // 382>``; the text is
unchanged, so copies after the first round are found as republished copies (still extracted,
as every copy is; linked only once). For each store and worker count, a fresh store, one
``ingest --dask local:W`` in this process (LocalCluster startup included), wall time, documents
per second, and each worker's peak resident memory (its own getrusage, read at the end).
The projection to 100,000 documents a day divides that load by the measured rate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus"
GDELT_DAY = 100_000


def resample(n: int, out: Path) -> int:
    articles = [json.loads(line) for f in sorted(CORPUS.glob("*.jsonl")) for line in f.open(encoding="utf-8")]
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            art = dict(articles[i % len(articles)])
            art["id"] = f"{art['id']}~{i // len(articles)}"
            fh.write(json.dumps(art) + "\n")
    return len(articles)


def peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_run(src: Path, target: str, workers: int) -> dict[str, Any]:
    import distributed

    from eventwire.options import Options
    from eventwire.scaleout import dask_ingest
    from eventwire.service import ingest
    from eventwire.store import Store

    peaks: dict[str, float] = {}
    real_connect = dask_ingest.connect

    def connect(spec: str):  # keep the client so the workers' peaks can be read before it closes
        client, cluster = real_connect(spec)
        real_close = client.close

        def close(*args: Any, **kw: Any) -> Any:
            if not peaks:  # once: the client's own __del__ closes it again later
                peaks.update(client.run(peak_rss_mib))
                return real_close(*args, **kw)
            return None

        client.close = close
        return client, cluster

    dask_ingest.connect = connect
    try:
        store = Store(target)
        t0 = time.perf_counter()
        summary = ingest([str(src)], store, Options(dask=f"local:{workers}"))
        wall = time.perf_counter() - t0
        store.close()
    finally:
        dask_ingest.connect = real_connect
    return {"workers": workers, "documents": summary.documents, "errors": len(summary.errors),
            "wall_s": round(wall, 1), "docs_per_s": round(summary.documents / wall, 2),
            "peak_mib_per_worker": round(max(peaks.values()), 0) if peaks else None,
            "distributed": distributed.__version__}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--pg", help="a PostgreSQL server URL (its database 'postgres'); a fresh database is made")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    out: dict[str, Any] = {"docs": args.docs, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "resampled.jsonl"
        out["corpus_articles"] = resample(args.docs, src)
        for engine in ["sqlite"] + (["postgresql"] if args.pg else []):
            for workers in args.workers:
                if engine == "sqlite":
                    target = str(Path(tmp) / f"s{workers}.db")
                else:
                    target = _fresh_pg(args.pg, f"ew_scale_{workers}")
                run = {"store": engine, **one_run(src, target, workers)}
                out["runs"].append(run)
                print(run, flush=True)
    base = {r["store"]: r["docs_per_s"] for r in out["runs"] if r["workers"] == min(args.workers)}
    for r in out["runs"]:
        r["speedup"] = round(r["docs_per_s"] / base[r["store"]], 2)
        per_day = r["docs_per_s"] * 86_400
        r["docs_per_day"] = round(per_day)
        r["runs_like_this_for_100k_a_day"] = round(GDELT_DAY / per_day, 2)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


def _fresh_pg(server: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from eventwire.store.database import engine_url

    url = make_url(engine_url(server))
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False).replace(
        "postgresql+psycopg://", "postgresql://", 1)


if __name__ == "__main__":
    sys.exit(main())
