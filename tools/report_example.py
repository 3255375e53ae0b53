"""Make docs/report.png: a situation report over a few short articles written for it.

    .venv/bin/python tools/report_example.py            # writes docs/report.png
    .venv/bin/python tools/report_example.py --keep DIR # also keeps the store, HTML and Markdown

The articles below are invented reports of real places (written for this picture, not taken
from any outlet); the real pipeline reads them into a store, `eventwire.report` writes the
report, and Debian's Chromium photographs its top: summary, map, timeline, the first cards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "report.png"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SHOT_WIDTH = 1200
CARDS_SHOWN = 1  # the picture ends below this many happening cards

ARTICLES = [
    {"id": "wire-kharkiv-0512", "publisher": "Northern Wire", "published": "2024-05-12",
     "title": "Shelling hits Kharkiv",
     "text": "Russian forces shelled a residential district of Kharkiv on Saturday, killing three civilians, "
             "the Ukrainian military said. The claim could not be independently verified."},
    {"id": "daily-kharkiv-0512", "publisher": "Kyiv Daily", "published": "2024-05-12",
     "title": "Three killed as shells hit Kharkiv homes",
     "text": "Russian artillery shelled Kharkiv on Saturday, killing five civilians and wounding twelve, "
             "regional governor Oleh Syniehubov said. Russia's defence ministry denied targeting civilians."},
    {"id": "monitor-kharkiv-0513", "publisher": "Field Monitor", "published": "2024-05-13",
     "title": "Kharkiv toll rises",
     "text": "The shelling of Kharkiv on Saturday killed seven civilians, a United Nations monitoring mission "
             "said on Monday. Rescuers were still searching the rubble."},
    {"id": "wire-vovchansk-0503", "publisher": "Northern Wire", "published": "2024-05-03",
     "title": "Fighting near Vovchansk",
     "text": "Russian troops attacked Ukrainian positions near Vovchansk on Friday, the Ukrainian general staff said."},
    {"id": "post-vovchansk-0504", "publisher": "Border Post", "published": "2024-05-04",
     "title": "Assault on Vovchansk",
     "text": "Russian forces launched an assault on Vovchansk on Friday, Russia's defence ministry said, "
             "adding that its troops had taken two villages."},
    {"id": "daily-kupiansk-0515", "publisher": "Kyiv Daily", "published": "2024-05-15",
     "title": "Drone strike in Kupiansk",
     "text": "A Russian drone struck a market in Kupiansk on Tuesday, killing two people, police said."},
    {"id": "post-zolochiv-0507", "publisher": "Border Post", "published": "2024-05-07", "title": "Strike on Zolochiv",
     "text": "A Russian guided bomb hit a school in Zolochiv on Monday, wounding four people, the regional "
             "prosecutor's office said. Moscow did not comment."},
    {"id": "wire-kharkiv-protest-0518", "publisher": "Northern Wire", "published": "2024-05-18",
     "title": "Rally in Kharkiv",
     "text": "Hundreds of residents protested in Kharkiv on Saturday, demanding more air defence for the city, "
             "local media reported."},
]


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    from eventwire.ingest.readers import read_jsonl
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline
    from eventwire.report import build_report
    from eventwire.service import ingest_documents
    from eventwire.store import EventFilter, Store

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", type=Path, help="Keep the store, HTML and Markdown in this folder.")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    args.out = args.out.resolve()
    args.keep = args.keep.resolve() if args.keep else None
    folder = Path(tempfile.mkdtemp(prefix="eventwire-report-"))
    os.chdir(folder)  # the report names its store as it was given: "example.db", not a temporary path
    try:
        with Store("example.db") as store:
            lines = "\n".join(json.dumps(a) for a in ARTICLES)
            ingest_documents(read_jsonl(lines, "example"), store, Pipeline(Options()))
            built = build_report(store, EventFilter(place="Kharkiv", since="2024-05-01"),
                                 generated="2024-05-20 09:00 UTC")
        (folder / "report.html").write_text(built.html, encoding="utf-8")
        (folder / "report.md").write_text(built.markdown, encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                         args=CHROMIUM_FLAGS, headless=True)
            tab = browser.new_page(viewport={"width": SHOT_WIDTH, "height": 900})
            tab.goto((folder / "report.html").as_uri())
            box = tab.locator("article.cluster").nth(CARDS_SHOWN - 1).bounding_box()
            assert box is not None
            tab.screenshot(path=str(args.out), full_page=True,
                           clip={"x": 0, "y": 0, "width": SHOT_WIDTH, "height": box["y"] + box["height"] + 24})
            browser.close()
        print(f"wrote {args.out} ({built.clusters} happenings from {built.documents} documents)")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("example.db", "report.html", "report.md"):
                shutil.copy(folder / name, args.keep / name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
