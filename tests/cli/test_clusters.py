"""`eventwire clusters`, `show CLUSTER`, `link` and the linked export, as a user types them;
the store is filled by the real pipeline from reports written here."""

from __future__ import annotations

import json
from pathlib import Path

from .test_commands import ew

REPORTS = [
    {"id": "courier-1", "published": "2024-03-12", "publisher": "Morning Courier",
     "text": "Russian forces shelled Kharkiv on Monday, killing three civilians, the Ukrainian military said."},
    {"id": "wire-2", "published": "2024-03-12", "publisher": "Eastern Wire",
     "text": "Russian troops shelled the city of Kharkiv on Monday and killed seven civilians, the regional "
             "governor said."},
    {"id": "lima-3", "published": "2024-09-20", "publisher": "Andes Post",
     "text": "Police arrested 40 protesters in Lima on Thursday after a march against a new mining law."},
]


def test_clusters_show_link_and_export(tmp_path: Path, store_target: str) -> None:
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = store_target
    assert ew("ingest", str(src), "--db", db, "--no-link", "-q").returncode == 0
    none = ew("clusters", "--db", db, "-f", "jsonl")
    assert none.returncode == 0 and none.stdout == ""  # stored without linking: no clusters yet
    linked = ew("link", "--db", db)
    assert linked.returncode == 0 and "3 documents linked" in linked.stderr
    rows = [json.loads(line) for line in ew("clusters", "--db", db, "-f", "jsonl").stdout.splitlines()]
    assert [(r["plover"], r["documents"], r["contradictions"]) for r in rows] == [("ASSAULT", 2, 1)]
    assert ew("clusters", "--db", db, "--place", "Lima", "-f", "jsonl").stdout == ""  # one report only
    lima = ew("clusters", "--db", db, "--place", "Lima", "--min-documents", "1", "-f", "jsonl").stdout
    assert json.loads(lima.splitlines()[0])["documents"] == 1
    assert ew("clusters", "--db", db, "--since", "March").returncode == 2  # the events' filter checks
    shown = ew("show", rows[0]["id"], "--db", db)
    assert shown.returncode == 0
    for words in ("Morning Courier", "Eastern Wire", "2 documents", "Contradictions", "three", "seven"):
        assert words in shown.stdout
    detail = json.loads(ew("show", rows[0]["id"], "--db", db, "--json").stdout)
    assert len(detail["reports"]) == 2
    exported = {}
    for line in ew("export", "--db", db).stdout.splitlines():
        record = json.loads(line)
        exported[record["id"]] = record
    [clash] = exported["courier-1"]["contradictions"]
    for side in (clash["a"], clash["b"]):
        text = exported[side["document_id"]]["document"]["text"]
        assert text[side["start"]:side["end"]] == side["text"]
    assert exported["lima-3"]["contradictions"] == [] and exported["lima-3"]["clusters"]
