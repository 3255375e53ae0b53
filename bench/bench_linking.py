"""Linking across documents against the cross-document gold (``bench/linking/``): B³ and
pairwise F1 of clusters, two ways.

    .venv/bin/python bench/bench_linking.py [--gold a|b|all] [--json PATH] [--no-e2e]

* **linker**: the gold events themselves (type, date range, place, parties, as coded) are
  linked by :func:`eventwire.link.match.best` in publication order: the linker alone.
* **end to end**: the gold's articles are read from ``../shared/data/corpus/`` (never copied),
  run through the whole pipeline into an in-memory store in publication order (linking
  as it ingests); each gold event is matched to the system event whose trigger lies in one
  of its mentions (same PLOVER type first) and takes that event's cluster. Gold events with
  no system event are singletons (they count against recall); system events on no gold
  event are outside the measure.

B³ is averaged over gold events. With most happenings reported once, putting every event in
its own cluster already scores high; that baseline is printed beside each figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "bench" / "linking"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "wikinews_2019_2020.jsonl"
LEVEL_FEATURE = {"point": "facility", "city": "city", "admin1": "admin1", "country": "country",
                 "region": "region"}


def load_gold(which: str) -> list[dict[str, Any]]:
    names = ["a", "b"] if which == "all" else [which]
    docs = []
    for name in names:
        with (GOLD_DIR / f"gold_{name}.jsonl").open(encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return sorted(docs, key=lambda d: (d["published"], d["doc"]))


def b_cubed(gold: dict[str, str], system: dict[str, str]) -> dict[str, float]:
    """B³ precision, recall, F1 of ``system`` clusters against ``gold`` (item -> cluster)."""
    by_gold, by_sys = defaultdict(set), defaultdict(set)
    for item, g in gold.items():
        by_gold[g].add(item)
        by_sys[system[item]].add(item)
    p = r = 0.0
    for item in gold:
        g, s = by_gold[gold[item]], by_sys[system[item]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    n = len(gold) or 1
    p, r = p / n, r / n
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def pairwise(gold: dict[str, str], system: dict[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over pairs of items put together."""
    items = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            same_g, same_s = gold[a] == gold[b], system[a] == system[b]
            tp += same_g and same_s
            fp += same_s and not same_g
            fn += same_g and not same_s
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "gold_pairs": tp + fn}


def gold_key(doc: dict[str, Any], ev: dict[str, Any], text: str = "") -> Any:
    """A gold event as linking sees it (what a perfect extractor would hand the linker)."""
    from eventwire.link.keys import LinkKey, content_words, date_window, party_words

    date = ev.get("date")
    start, end, dated = date_window(  # a gold date is the coder's reading of the words: a span
        {**date, "precision": "day" if date["start"] == date["end"] else "range", "span": "gold"} if date else None,
        doc["published"])
    loc = ev.get("location") or {}
    return LinkKey(
        document_id=doc["doc"], event_id=ev["gid"], plover=ev["plover"],
        win_start=start, win_end=end, dated=dated,
        precise=bool(dated and date and (date["start"] == date["end"] or
                                         _days(date["start"], date["end"]) <= 2)),
        lat=loc.get("lat"), lon=loc.get("lon"), feature=LEVEL_FEATURE.get(loc.get("level", ""), None),
        country=None, admin1=None,
        actors=party_words(*ev.get("actor") or []), targets=party_words(*ev.get("target") or []),
        publisher="Wikinews", named=bool(ev.get("actor")),
        words=content_words(text[ev["mentions"][0][0]:ev["mentions"][0][1]] if text and ev["mentions"] else ""),
    )


def _days(a: str, b: str) -> int:
    import datetime as dt

    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def read_articles(wanted: set[str]) -> dict[str, dict[str, Any]]:
    """The gold's articles, read where they live in ../shared."""
    articles = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in wanted:
                articles[art["id"]] = art
    return articles


def link_gold_keys(docs: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """(gold, system) cluster labels when the linker gets the gold events."""
    from eventwire.link.match import best

    gold, system, placed = {}, {}, []
    texts = read_articles({d["doc"] for d in docs})
    for doc in docs:
        for ev in doc["events"]:
            item = f"{doc['doc']}/{ev['gid']}"
            key = gold_key(doc, ev, texts[doc["doc"]]["text"])
            found = best(key, placed)
            system[item] = found if found is not None else item
            placed.append((key, system[item]))
            gold[item] = ev["happening"]
    return gold, system


def end_to_end(docs: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    from eventwire.ingest import RawDocument
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

    articles = read_articles({d["doc"] for d in docs})
    pipeline = Pipeline(Options())
    store = Store(":memory:")
    raws = [RawDocument(origin=f"corpus:{d['doc']}", text=articles[d["doc"]]["text"], id=d["doc"],
                        title=articles[d["doc"]].get("title"), published=articles[d["doc"]].get("published"),
                        publisher=articles[d["doc"]].get("publisher"), url=articles[d["doc"]].get("url"))
            for d in docs]
    for record in pipeline.run(raws):
        store.write(record)
    gold, system = {}, {}
    counts = {"gold_events": 0, "matched": 0}
    for doc in docs:
        rec = store.get(doc["doc"])
        assert rec is not None, doc["doc"]
        members = {e: c for e, c in _clusters(store, doc["doc"]).items()}
        text, corpus_text = rec["document"]["text"], articles[doc["doc"]]["text"]
        for ev in doc["events"]:
            item = f"{doc['doc']}/{ev['gid']}"
            gold[item] = ev["happening"]
            counts["gold_events"] += 1
            ranges = [_find(text, corpus_text[s:e]) for s, e in ev["mentions"]]
            match = _match(rec["events"], [r for r in ranges if r], ev["plover"])
            if match is not None and match in members:
                counts["matched"] += 1
                system[item] = members[match]
            else:
                system[item] = item
    store.close()
    return gold, system, counts


def _clusters(store: Any, doc_id: str) -> dict[str, str]:
    from eventwire.store.clusters import clusters_of

    with store.engine.connect() as conn:
        return clusters_of(conn, doc_id)


def _find(text: str, mention: str) -> tuple[int, int] | None:
    at = text.find(mention.strip())
    return (at, at + len(mention.strip())) if at >= 0 else None


def _match(events: list[dict[str, Any]], ranges: list[tuple[int, int]], plover: str) -> str | None:
    """The system event whose trigger lies in a gold mention, one of the same type first
    (as ``score_rows.py`` matches rows)."""
    inside = [e for e in events if e["status"] != "negated" and any(
        s <= e["trigger"]["start"] < t for s, t in ranges)]
    inside.sort(key=lambda e: (e["plover"] != plover, e["trigger"]["start"]))
    return inside[0]["id"] if inside else None


def report(gold: dict[str, str], system: dict[str, str]) -> dict[str, Any]:
    singletons = {k: k for k in gold}
    return {"b3": b_cubed(gold, system), "pairwise": pairwise(gold, system),
            "baseline_singletons_b3": b_cubed(gold, singletons)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", choices=("a", "b", "all"), default="all")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-e2e", action="store_true", help="only the linker on gold events")
    ap.add_argument("--summary", action="store_true",
                    help="also print one summary line in run_dev.sh's form (for the quality gate)")
    args = ap.parse_args(argv)
    started = time.time()
    docs = load_gold(args.gold)
    out: dict[str, Any] = {"gold": args.gold, "documents": len(docs),
                           "events": sum(len(d["events"]) for d in docs),
                           "happenings": len({e["happening"] for d in docs for e in d["events"]})}
    out["linker"] = report(*link_gold_keys(docs))
    if not args.no_e2e:
        gold, system, counts = end_to_end(docs)
        out["end_to_end"] = {**report(gold, system), **counts}
    text = json.dumps(out, indent=2)
    print(text)
    if args.summary:
        e2e = out.get("end_to_end", {})
        pairs = {"b3_f1": out["linker"]["b3"]["f1"], "pair_f1": out["linker"]["pairwise"]["f1"],
                 "e2e_b3_f1": e2e.get("b3", {}).get("f1"), "e2e_pair_f1": e2e.get("pairwise", {}).get("f1"),
                 "singletons_b3_f1": out["linker"]["baseline_singletons_b3"]["f1"]}
        shown = " ".join(f"{k}={v}" for k, v in pairs.items() if v is not None)
        print(f"linking: linking {shown} secs={round(time.time() - started)} validate=ok")
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
