"""Mutation fuzzing of the readers, the cleaner and the whole pipeline (issue 11).

    .venv/bin/python bench/fuzz.py readers --n 100000 [--seed 1]
    .venv/bin/python bench/fuzz.py pipeline --n 10000 [--seed 1]

Inputs are the bundled examples (``examples/``) and a few shapes written here (JSONL lines,
HTML, RSS, WARC, gzip), mutated at random: bytes flipped, inserted, deleted, duplicated,
truncated, nesting deepened, encodings mixed. A crash is any exception that escapes a
reader, the cleaner or ``Pipeline.run``, a record whose spans do not point into its text, or
a stage that recorded a failure. Prints the count of inputs and of crashes (with the first
few), and exits 1 when any crash was seen. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".txt", ".html", ".jsonl", ".rss", ".warc", ".warc.gz", ".txt.gz", ".jsonl.gz")
MAX_BYTES = 2 * 2**20
SHOW = 5


def seeds() -> list[tuple[str, bytes]]:
    """Valid inputs of every form to mutate: the bundled examples and written shapes."""
    out: list[tuple[str, bytes]] = []
    for path in sorted((ROOT / "examples").rglob("*")):
        if path.is_file() and path.suffix in (".html", ".txt", ".jsonl", ".rss", ".xml", ".gz", ".warc"):
            out.append(("".join(path.suffixes[-2:]) if path.name.endswith(".gz") else path.suffix,
                        path.read_bytes()[:200_000]))
    story = "Rebels attacked Goma on Monday, killing five soldiers, the army said.\n\n"
    out.append((".jsonl", (json.dumps({"id": "s1", "text": story * 3, "published": "2024-03-08"}) + "\n").encode()))
    out.append((".html", f"<html><head><title>T</title></head><body><article><p>{story}</p></article></body></html>"
                .encode()))
    out.append((".rss", f"<?xml version='1.0'?><rss><channel><title>F</title><item><title>T</title>"
                        f"<description>{story}</description></item></channel></rss>".encode()))
    out.append((".txt.gz", gzip.compress(story.encode())))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(8)
        pos = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op == 1:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and b:
            del b[pos : pos + rng.randint(1, 64)]
        elif op == 3:
            b = b[: rng.randrange(len(b) + 1)]  # truncation
        elif op == 4 and b:
            chunk = b[pos : pos + rng.randint(1, 200)]
            b[pos:pos] = chunk * rng.randint(1, 20)
        elif op == 5:
            b[pos:pos] = rng.choice([b"<div>" * 300, b"[" * 2000, b"{" * 500, b"\xff\xfe", b"\x00",
                                     "\u2028\u202e".encode(), b"\r\n\r\n", b"WARC/1.0\r\n\r\n"])
        elif op == 6:
            b = bytearray(gzip.compress(bytes(b))) if rng.random() < 0.5 else b
        else:
            b[pos:pos] = rng.choice(["é", "—", "中文", "\U0001f600", "&amp;", "<script>x</script>"]).encode()
    return bytes(b)


def fuzz_readers(n: int, rng: random.Random) -> list[str]:
    from eventwire.clean.cleaner import Cleaner
    from eventwire.ingest.raw import RawDocument
    from eventwire.ingest.readers import _dispatch, gunzip_bounded, read_warc
    from eventwire.options import Options

    cleaner = Cleaner(Options())
    crashes: list[str] = []
    pool = seeds()
    for i in range(n):
        suffix, base = rng.choice(pool)
        data = mutate(base, rng)
        try:
            if suffix.startswith(".warc"):
                items = list(read_warc(data, f"fuzz{i}", MAX_BYTES))
            else:
                if suffix.endswith(".gz"):
                    try:
                        data = gunzip_bounded(data, MAX_BYTES) or b""
                    except (OSError, EOFError, ValueError, __import__("zlib").error):
                        continue
                    suffix = suffix[:-3]
                items = list(_dispatch(data, f"fuzz{i}", suffix, MAX_BYTES))
            for item in items:
                if isinstance(item, RawDocument):
                    record = cleaner(item)
                    _check_spans(record)
        except Exception:
            crashes.append(f"input {i} ({suffix}): {traceback.format_exc(limit=3)}")
    return crashes


def _check_spans(record) -> None:
    text = record.document.text
    def walk(obj):
        if isinstance(obj, dict):
            if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and "text" in obj:
                assert text[obj["start"]:obj["end"]] == obj["text"], obj
            for k, v in obj.items():
                if k != "removed":
                    walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)
    walk(record.to_dict())


def fuzz_pipeline(n: int, rng: random.Random) -> list[str]:
    from eventwire.errors import InputError
    from eventwire.ingest.readers import _dispatch
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline(Options())
    pool = [s for s in seeds() if not s[0].endswith((".gz", ".warc"))]
    crashes: list[str] = []
    batch: list = []
    done = 0
    while done < n:
        suffix, base = rng.choice(pool)
        try:
            items = list(_dispatch(mutate(base, rng), f"fuzz{done}", suffix, MAX_BYTES))
        except Exception:
            crashes.append(f"reader, input {done}: {traceback.format_exc(limit=3)}")
            items = []
        batch += items[:3]
        done += 1
        if len(batch) >= 16 or done >= n:
            try:
                for out in pipeline.run(batch):
                    if isinstance(out, InputError):
                        continue
                    failed = [note for note in out.notes if "failed" in note]
                    if failed:
                        crashes.append(f"{out.document.source}: {failed}")
                    _check_spans(out)
            except Exception:
                crashes.append(f"pipeline batch ending at input {done}: {traceback.format_exc(limit=4)}")
            batch = []
    return crashes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("target", choices=("readers", "pipeline"))
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    crashes = (fuzz_readers if args.target == "readers" else fuzz_pipeline)(args.n, rng)
    print(f"fuzz {args.target}: {args.n} inputs, seed {args.seed}, {time.perf_counter() - t0:.0f} s, "
          f"{len(crashes)} crashes")
    for c in crashes[:SHOW]:
        print(c)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
