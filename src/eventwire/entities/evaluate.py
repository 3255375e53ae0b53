"""Measure KB linking on the dev sets: coverage, every fuzzy link, and the stage's cost.

``python -m eventwire.entities.evaluate [--limit N] [--show-links N] [--sets ...]`` reads
``../shared/data/dev/polnear/dev.jsonl`` (US politics),
``../shared/data/dev/geowebnews.jsonl`` (world news), WikiEvents dev (attacks) and the
VOA corpus (conflict news), parses them with the project's
spaCy model and runs the entity stage. It prints, per set, how many spaCy mentions
were linked to the KB and how (exact, weak alias in context, fuzzy), every fuzzy link
(these are what the ``FUZZY_*`` thresholds in :mod:`.kb` were tuned on), a random sample
of exact links to spot-check, and the stage's cost per document without spaCy.

Measured 2026-11-28 (KB 2026.11.1, 867 entries): share of the stage's mentions linked
to the KB: PolNeAR dev 50.2% (2,501 of 4,985), GeoWebNews 23.2% (1,302 of 5,609; most
of the rest are places, the gazetteer's job), WikiEvents dev 30.0%, VOA 50.3%. Fuzzy
links that fired: "America's military" -> United States Armed Forces and "Pakistan
military" -> Pakistan Armed Forces (both right). Random samples of 180 links (50
PolNeAR, 50 GeoWebNews, 40 VOA, 40 WikiEvents) read by hand: 2 wrong ("Let" ->
Lashkar-e-Taiba, "Hill" -> The Hill), both fixed since. The threshold sweep is quoted
above the ``FUZZY_*`` constants in :mod:`.kb`.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..options import Options
from . import kb as kb_module
from .kb import LinkContext, load_kb
from .stage import EntityStage

DEV = Path(__file__).resolve().parents[4] / "shared" / "data" / "dev"
SETS = {
    "polnear": DEV / "polnear" / "dev.jsonl",
    "geowebnews": DEV / "geowebnews.jsonl",
    "wikievents": DEV / "wikievents_dev.jsonl",
    "voa": DEV.parent / "corpus" / "voa_2019_2025.jsonl",
}
SAMPLE_SEED = 13
UNLINKED: list[tuple[str, str, LinkContext]] = []  # filled by measure(), read by sweep()
# Misspellings and transliteration variants of KB names (written for this check; none
# is an alias in the KB): what fuzzy matching is for.
VARIANTS = [
    ("Azou Regiment", "azov"), ("Konashenko", "konashenkov"), ("Azoustal", "azovstal"),
    ("Prigozhyn", "prigozhin"), ("Peskow", "peskov"), ("Lavrow", "lavrov"),
    ("Zaluzhniy", "zaluzhnyi"), ("Kadyrow", "kadyrov"), ("Budanow", "budanov"),
    ("Khamenai", "khamenei"), ("Erdogen", "erdogan"), ("Haniye", "haniyeh"),
    ("Stoltenburg", "stoltenberg"), ("Guterrez", "guterres"), ("Boko Harem", "boko-haram"),
    ("Hezbullah", "hezbollah"), ("Bakhmout", "bakhmut"), ("Zaporizhzhya", "zaporizhzhia"),
    ("Kramatorks", "kramatorsk"), ("Mariupul", "mariupol"),
]
# Capitalized ordinary words and names that must never link (the negative check).
ORDINARY = [
    "Monday", "Regiment", "Ministry", "Senator", "President", "Americas", "Syriac", "Prussia",
    "Austrian", "Brittany", "Indiana", "Police", "Parliament", "Embassy", "Colorado",
    "Crimes", "Commander", "Government", "Defender", "Garrison", "Factory", "Konstantin",
    "Georgina", "Chadwick", "Nigel", "Megyn Kelly", "Jill Biden", "Ivanka Trump", "Osama",
    "Turkey Creek", "Israelite", "Azure", "Azores", "Hamburg", "Madrid", "Baltimore",
    "Kansas", "Sudanese Pound", "Peruvian", "Lebanon County", "Jordana", "Paris Hilton",
]
# name -> constant overrides; "strict" is what kb.py ships.
SWEEP: dict[str, dict[str, Any]] = {
    "strict (shipped)": {},
    "ratio >= 80": {"FUZZY_MIN_RATIO": 80.0},
    "ratio >= 90": {"FUZZY_MIN_RATIO": 90.0},
    "ratio >= 75": {"FUZZY_MIN_RATIO": 75.0},
    "short names may gain a letter": {"FUZZY_SHORT_INSERTIONS": True},
    "2 edits for short names": {"FUZZY_MAX_EDITS_SHORT": 2},
    "names from 4 characters": {"FUZZY_MIN_CHARS": 4},
    "2 edits in one word of a longer name": {"FUZZY_TOKEN_MAX_EDITS": 2},
}


def _texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def measure(name: str, path: Path, limit: int | None, show: int) -> dict[str, object]:
    """Link every document of one set and report counts, fuzzy links and cost."""
    from ..nlp.model import load_model
    from ..record import DocumentInfo, Record

    nlp = load_model(None)
    stage = EntityStage(Options(), kb=load_kb())
    texts = _texts(path, limit)
    docs = list(nlp.pipe(texts, batch_size=16))
    stage(Record(id="warm", document=DocumentInfo(text=texts[0]), doc=docs[0]))
    how: Counter[str] = Counter()
    fuzzy: list[tuple[str, str]] = []
    other: Counter[tuple[str, str, str]] = Counter()
    unlinked: Counter[str] = Counter()
    exact: list[tuple[str, str]] = []
    ner_total = 0
    started = time.perf_counter()
    records = []
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        record = Record(id=str(i), document=DocumentInfo(text=text), doc=doc)
        records.append(stage(record))
    elapsed = time.perf_counter() - started
    kb = stage.kb
    for record in records:
        context = LinkContext(
            countries={e.country for e in record.entities if e.country and e.kb_id},
            anchored={e.kb_id for e in record.entities if e.kb_id},
        )
        UNLINKED.extend((m.text, e.type, context) for e in record.entities if e.kb_id is None
                        and e.type != "NORP" for m in e.mentions)
        ner_spans = {(e.start_char, e.end_char) for e in record.doc.ents
                     if e.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")}
        ner_total += len(ner_spans)
        for entity in record.entities:
            for span in entity.mentions:
                if entity.kb_id is None:
                    how["unlinked"] += 1
                    if entity.type in ("ORG", "PERSON", "MILITARY_UNIT"):
                        unlinked[f"{entity.type} {span.text}"] += 1
                    continue
                entry = kb.get(entity.kb_id)
                exact_entry = kb.exact(span.text)
                if exact_entry is not None and entry is not None and exact_entry.id == entity.kb_id:
                    how["exact"] += 1
                    exact.append((span.text, entry.name))
                elif entry is not None and kb.fuzzy(span.text) is not None:
                    how["fuzzy"] += 1
                    fuzzy.append((span.text, entry.name))
                elif kb.exact(span.text, context=LinkContext(anchored={entity.kb_id})):
                    how["weak alias in context"] += 1
                    other[("weak", span.text, entity.name)] += 1
                else:
                    how["nominal, anaphor or parenthesis"] += 1
                    other[("nominal", span.text, entity.name)] += 1
    random.Random(SAMPLE_SEED).shuffle(exact)
    return {
        "set": name, "documents": len(docs), "spacy_mentions": ner_total,
        "mentions_by_link": dict(how),
        "stage_ms_per_doc": round(1000 * elapsed / max(1, len(docs)), 2),
        "fuzzy_links": sorted(set(fuzzy)),
        "context_links_top": [f"{n}x {k}: {t!r} -> {e}" for (k, t, e), n in
                              other.most_common(show)],
        "exact_sample": exact[:show],
        "top_unlinked": [f"{n}x {t}" for t, n in unlinked.most_common(show)],
    }


def sweep(unlinked: list[tuple[str, str, LinkContext]]) -> list[dict[str, object]]:
    """Variants found vs dev-set mentions wrongly linked, for looser fuzzy settings."""
    kb = load_kb()
    rows = []
    for name, overrides in SWEEP.items():
        saved = {k: getattr(kb_module, k) for k in overrides}
        for key, value in overrides.items():
            setattr(kb_module, key, value)
        if "FUZZY_MIN_CHARS" in overrides:
            kb._build_indexes()
        try:
            found = [v for v, want in VARIANTS
                     if (hit := kb.lookup(v)) is not None and hit[0].id == want]
            links = sorted({f"{t} -> {hit[0].name}" for t, label, context in unlinked
                            if (hit := kb.fuzzy(t, label, context)) is not None})
            ordinary = [w for w in ORDINARY if kb.lookup(w) is not None]
            bare = sorted({f"{t} -> {hit[0].name}" for t in {t for t, _, _ in unlinked}
                           if (hit := kb.fuzzy(t)) is not None})
        finally:
            for key, value in saved.items():
                setattr(kb_module, key, value)
            if "FUZZY_MIN_CHARS" in overrides:
                kb._build_indexes()
        rows.append({"setting": name, "variants_found": f"{len(found)}/{len(VARIANTS)}",
                     "variants_missed": [v for v, _ in VARIANTS if v not in found],
                     "ordinary_words_linked": ordinary,
                     "dev_mentions_newly_linked": len(links), "links": links[:40],
                     "without_context_check": len(bare), "links_without_context": bare[:60]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per set")
    parser.add_argument("--show-links", type=int, default=40, help="exact links to print")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    args = parser.parse_args()
    for name, path in SETS.items():
        if name not in args.sets:
            continue
        if not path.exists():
            print(f"{name}: {path} not found")
            continue
        print(json.dumps(measure(name, path, args.limit, args.show_links), ensure_ascii=False,
                         indent=1))
    print(json.dumps({"fuzzy_sweep": sweep(UNLINKED)}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
