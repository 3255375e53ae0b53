"""Error analysis for the geo stage: worst resolution misses and undetected toponyms.

    python bench/geo_errors.py GOLD.jsonl OUT.jsonl [--worst 20] [--missed 30] [--false 30]

Pairs predictions with gold as ``score_geo.py`` does (largest character overlap first) and
prints Markdown tables, so the figures in docs/geo.md can be regenerated.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.009 * math.asin(min(1.0, math.sqrt(h)))


def pairs(gold: dict, rec: dict) -> tuple[list, list, list]:
    preds = []
    for place in rec.get("places", []):
        for m in place["mentions"]:
            preds.append((m["start"], m["end"], m["text"], place))
    cands = []
    for i, t in enumerate(gold["toponyms"]):
        for j, (s, e, _, _) in enumerate(preds):
            ov = min(t["end"], e) - max(t["start"], s)
            if ov > 0:
                cands.append((ov, i, j))
    used_g, used_p, matched = set(), set(), []
    for _, i, j in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        matched.append((gold["toponyms"][i], preds[j]))
    missed = [t for i, t in enumerate(gold["toponyms"]) if i not in used_g]
    unres = [tuple(u) for u in gold.get("unresolved", [])]
    false = [p for j, p in enumerate(preds) if j not in used_p
             and not any(min(p[1], u[1]) - max(p[0], u[0]) > 0 for u in unres)]
    return matched, missed, false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--worst", type=int, default=20)
    ap.add_argument("--missed", type=int, default=30)
    ap.add_argument("--false", type=int, default=30)
    args = ap.parse_args()
    out = {}
    with open(args.out, encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            out[rec["id"]] = rec
    errors, missed, false = [], Counter(), Counter()
    with open(args.gold, encoding="utf-8") as handle:
        for line in handle:
            gold = json.loads(line)
            if gold["id"] not in out:
                continue
            matched, miss, fp = pairs(gold, out[gold["id"]])
            for t, (_, _, text, place) in matched:
                km = great_circle_km(t["lat"], t["lon"], place["lat"], place["lon"])
                errors.append((km, gold["id"], t, text, place))
            for t in miss:
                missed[(t["text"], t["type"])] += 1
            for _, _, text, place in fp:
                false[(text, place["name"], place["feature"])] += 1
    errors.sort(key=lambda e: -e[0])
    print("| km | doc | gold toponym (type) | gold lat, lon | predicted place (feature, country) "
          "| predicted lat, lon |\n|---:|---|---|---|---|---|")
    for km, doc, t, _text, place in errors[: args.worst]:
        print(f"| {km:,.0f} | {doc} | {t['text']} ({t['type']}) | {t['lat']:.2f}, {t['lon']:.2f} "
              f"| {place['name']} ({place['feature']}, {place['country']}) "
              f"| {place['lat']:.2f}, {place['lon']:.2f} |")
    print("\nmissed (undetected) toponyms, most frequent:")
    for (text, kind), n in missed.most_common(args.missed):
        print(f"  {n:3d}  {text!r} {kind}")
    print("\nunpaired predictions (false positives), most frequent:")
    for (text, name, feature), n in false.most_common(args.false):
        print(f"  {n:3d}  {text!r} -> {name} ({feature})")


if __name__ == "__main__":
    main()
