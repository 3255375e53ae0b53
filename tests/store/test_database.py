"""The store: round trip, in-place update, idempotence, filters, migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from eventwire.record import Quantity
from eventwire.store import EventFilter, Store, WriteResult
from eventwire.store.migrations import SCHEMA_VERSION

from ..factories import make_record


@pytest.fixture
def store(store_target):
    with Store(store_target) as s:
        yield s


def test_round_trip_is_exact(store: Store) -> None:
    rec = make_record()
    assert store.write(rec) is WriteResult.INSERTED
    assert store.get("d1") == rec.to_dict()
    assert store.stats() == {"documents": 1, "entities": 3, "places": 1, "events": 2, "claims": 1}


def test_reingest_is_idempotent_and_updates_in_place(store: Store) -> None:
    store.write(make_record())
    assert store.write(make_record()) is WriteResult.UNCHANGED
    changed = make_record()
    changed.events = changed.events[:1]
    assert store.write(changed) is WriteResult.UPDATED
    assert store.stats()["documents"] == 1 and store.stats()["events"] == 1
    assert len(store.documents()) == 1


def test_event_filters(store: Store) -> None:
    store.write(make_record())
    store.write(make_record("d2", party=False))
    assert {r["id"] for r in store.events(EventFilter(plover="assault"))} == {"v1"}
    assert len(store.events(EventFilter(place="goma"))) == 2
    assert len(store.events(EventFilter(place="North Kivu"))) == 2
    assert len(store.events(EventFilter(country="cd"))) == 2 and not store.events(EventFilter(country="DE"))
    assert len(store.events(EventFilter(actor="m23"))) == 2
    assert len(store.events(EventFilter(since="2023-03-07"))) == 0
    assert len(store.events(EventFilter(until="2023-03-06"))) == 2
    assert [r["document_id"] for r in store.events(EventFilter(party_only=True))] == ["d1"]
    assert len(store.events(EventFilter(acled="Shelling/artillery/missile attack"))) == 2
    assert len(store.events(EventFilter(document="d2"))) == 2
    assert store.events(EventFilter(actor="%")) == []  # LIKE wildcards are escaped


def test_events_of_a_republished_copy_are_counted_once(store: Store) -> None:
    store.write(make_record("orig"))
    copy = make_record("farm")
    copy.document.duplicate_of = "orig"
    store.write(copy)
    assert {r["document_id"] for r in store.events(EventFilter())} == {"orig"}
    assert {r["document_id"] for r in store.events(EventFilter(copies=True))} == {"orig", "farm"}
    assert len(store.events(EventFilter(document="farm"))) == 2  # asked for by name: shown
    assert store.get("farm")["events"] == copy.to_dict()["events"]
    orphan = make_record("farm2")
    orphan.document.duplicate_of = "never-stored"  # its original failed: the copy stands in
    store.write(orphan)
    assert {r["document_id"] for r in store.events(EventFilter())} == {"orig", "farm2"}


def test_migrations_recorded_once(tmp_path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as again:
        assert again.migrations_ran == []
    rows = sqlite3.connect(path).execute("select version from schema_migrations").fetchall()
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_a_v1_database_gains_event_mentions_and_keeps_its_rows(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.write(make_record())
    db = sqlite3.connect(path)  # make it what a first-release eventwire left behind
    db.execute("ALTER TABLE events DROP COLUMN mentions")
    db.execute("DELETE FROM schema_migrations WHERE version > 1")
    db.commit()
    db.close()
    with Store(path) as s:
        assert s.migrations_ran == [2, 3, 4, 5]
        assert {r["mentions"] for r in s.events(EventFilter())} == {1}
        assert s.stats()["events"] == 2


def test_an_older_store_gains_input_hashes_as_its_documents_are_written_again(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.write(make_record())
    db = sqlite3.connect(path)  # as eventwire left it before --dask reruns compared inputs
    db.execute("ALTER TABLE documents DROP COLUMN input_hash")
    db.execute("DELETE FROM schema_migrations WHERE version >= 5")
    db.commit()
    db.close()
    with Store(path) as s:
        assert s.migrations_ran == [5]
        assert s.input_hashes() == {}  # settings unknown: a --dask rerun reads it again
        assert s.write(make_record(), "h1") == WriteResult.UNCHANGED
        assert s.input_hashes() == {make_record().id: "h1"}  # the same record, now known how


def test_an_input_hash_is_kept_and_replaced_with_its_record(store: Store) -> None:
    rec = make_record()
    assert store.write(rec, "h1") == WriteResult.INSERTED
    assert store.write(rec) == WriteResult.UNCHANGED and store.input_hashes() == {rec.id: "h1"}
    rec.document.title = "A new headline"
    assert store.write(rec, "h2") == WriteResult.UPDATED and store.input_hashes() == {rec.id: "h2"}
    rec.document.title = "Another headline"
    assert store.write(rec) == WriteResult.UPDATED and store.input_hashes() == {}  # written without one


def test_stored_events_count_their_mentions(store: Store) -> None:
    from eventwire.record import EventMention

    rec = make_record()
    first = rec.events[0]
    first.mentions = [EventMention(first.trigger, first.sentence), EventMention(first.trigger, first.sentence)]
    store.write(rec)
    by_id = {r["id"]: r["mentions"] for r in store.events(EventFilter())}
    assert by_id[first.id] == 2


def test_refuses_a_newer_schema(tmp_path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("insert into schema_migrations values (999, 'future', '2099-01-01')")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(path)


def test_failed_write_leaves_previous_version(store: Store) -> None:
    store.write(make_record())
    broken = make_record()
    broken.document.title = "changed"
    broken.events[0].plover = None  # type: ignore[assignment]  # NOT NULL fails mid-transaction
    with pytest.raises(IntegrityError):
        store.write(broken)
    assert store.get("d1") == make_record().to_dict()


def test_acled_csv_carries_fatalities_and_place(store: Store) -> None:
    from eventwire.store.export import ACLED_COLUMNS, acled_rows, to_csv

    rec = make_record()
    rec.events[0].quantities.append(Quantity(4, "killed", rec.events[0].trigger))
    store.write(rec)
    rows = {r["event_id_cnty"]: r for r in acled_rows(store.events())}
    assert rows["d1:v1"]["fatalities"] == 4 and rows["d1:v2"]["fatalities"] == ""
    assert rows["d1:v1"]["location"] == "Goma" and rows["d1:v1"]["admin1"] == "North Kivu"
    assert rows["d1:v1"]["time_precision"] == 1 and rows["d1:v1"]["year"] == "2023"
    assert to_csv(rows.values(), ACLED_COLUMNS).splitlines()[0].startswith("event_id_cnty,event_date,year")


def test_csv_cells_that_a_spreadsheet_would_run_are_made_inert() -> None:
    from eventwire.store.export import to_csv

    out = to_csv([{"notes": "=HYPERLINK(\"http://x\")", "actor1": "@cmd", "fatalities": 3}],
                 ["notes", "actor1", "fatalities"])
    line = out.splitlines()[1]
    assert line.startswith("\"'=HYPERLINK") and ",'@cmd," in line and line.endswith(",3")


def _open_store(path: str) -> str:
    try:
        with Store(path):
            return "ok"
    except Exception as exc:  # the test reports what a process met
        return f"{type(exc).__name__}: {exc}"


def test_processes_creating_one_store_at_once_take_turns(tmp_path) -> None:
    """The migration runs in one BEGIN IMMEDIATE transaction: none fails with 'already exists'."""
    import multiprocessing

    path = str(tmp_path / "shared.db")
    with multiprocessing.get_context("spawn").Pool(8) as pool:
        results = pool.map(_open_store, [path] * 16)
    assert results == ["ok"] * 16
    rows = sqlite3.connect(path).execute("select version from schema_migrations").fetchall()
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def _write_batch(args: tuple[str, list[str]]) -> list[str]:
    """Write the factory record under each id; the results, as strings."""
    target, ids = args
    with Store(target) as s:
        return [s.write(make_record(doc_id)).value for doc_id in ids]


def test_writers_in_several_processes_lose_and_duplicate_nothing(store_target) -> None:
    """Four processes open one new store at once and write overlapping documents: each
    document is stored once, whole, and linked once."""
    import multiprocessing

    shared = [f"shared-{i}" for i in range(6)]
    batches = [(store_target, shared + [f"own-{w}-{i}" for i in range(4)]) for w in range(4)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.map(_write_batch, batches)
    firsts = sum(r.count("inserted") for r in results)
    assert firsts == 6 + 16  # each shared id inserted by exactly one writer, the rest unchanged
    with Store(store_target) as s:
        assert sorted(s.ids()) == sorted(shared + [f"own-{w}-{i}" for w in range(4) for i in range(4)])
        assert s.stats()["events"] == 2 * 22
        [shelling] = s.clusters(EventFilter(plover="ASSAULT"))
        assert shelling["documents"] == 22  # one happening, every report linked once


def test_a_map_s_limit_counts_located_events_only(store: Store) -> None:
    store.write(make_record())  # v1 is placed in Goma, v2 has no place
    located = store.events(EventFilter(located=True, limit=1))
    assert len(located) == 1 and located[0]["id"] == "v1" and located[0]["lat"] is not None
    assert {r["id"] for r in store.events(EventFilter(located=True))} == {"v1"}


def test_the_filter_model_refuses_bad_values() -> None:
    for bad in ({"plover": "FOO"}, {"status": "maybe"}, {"since": "yesterday"}, {"until": "2024-02-30"},
                {"actor": "a\x00b"}, {"acled": "Riot"}, {"place": "x" * 500}):
        with pytest.raises(ValueError):
            EventFilter(**bad)
    assert EventFilter(plover="assault", acled="Attack", since="2024-01-01").plover == "assault"


def test_a_place_filter_finds_what_lies_in_the_place(store: Store) -> None:
    """Goma's events by the town's name, by its province, by its country's code."""
    store.write(make_record())
    for place in ("Goma", "North Kivu", "CD"):
        assert {r["id"] for r in store.events(EventFilter(place=place))} >= {"v1"}, place
    assert store.events(EventFilter(place="Kharkiv")) == []


def test_show_finds_a_file_s_document_by_its_folder_or_name(tmp_path) -> None:
    rec = make_record("a1b2c3")
    rec.document.source = "/data/examples/seed/article.txt"
    with Store(tmp_path / "s.db") as s:
        s.write(rec)
        assert s.find_ids("seed") == ["a1b2c3"] and s.find_ids("article") == ["a1b2c3"]
        assert s.find_ids("a1b") == ["a1b2c3"] and s.find_ids("nothing") == []


def test_a_nul_character_is_stored_on_every_engine_offsets_kept(store_target) -> None:
    """PostgreSQL text refuses U+0000; a record made without a reader (which replaces it) is
    stored with U+FFFD in its place, one character for one."""
    rec = make_record("nul")
    rec.document.text = rec.document.text.replace(" the army", "\x00the army")
    with Store(store_target) as s:
        s.write(rec)
        text = s.get("nul")["document"]["text"]
        assert len(text) == len(rec.document.text)
        assert ("\x00" in text) is not s.server  # SQLite keeps it as it came


def test_opening_a_store_waits_out_a_lock_sqlite_refuses_at_once(tmp_path, monkeypatch) -> None:
    """SQLite may answer a new WAL file's first reader "database is locked" without using the
    busy timeout; opening tries again rather than failing the process."""
    from sqlalchemy.exc import OperationalError

    from eventwire.store import database

    real = database.Store._migrate
    calls = []

    def refuse_once(self):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("database is locked"))
        return real(self)

    monkeypatch.setattr(database.Store, "_migrate", refuse_once)
    monkeypatch.setattr(database, "OPEN_BACKOFF_S", 0.01)
    with Store(str(tmp_path / "s.db")) as s:
        assert s.migrations_ran and len(calls) == 2


def test_opening_a_store_does_not_retry_other_errors(tmp_path, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from eventwire.store import database

    def broken(self):
        raise OperationalError("SELECT 1", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(database.Store, "_migrate", broken)
    with pytest.raises(OperationalError, match="disk I/O"):
        Store(str(tmp_path / "s.db"))
