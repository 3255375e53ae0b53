"""The store: round trip, in-place update, idempotence, filters, migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from eventwire.record import (
    Claim,
    DocumentInfo,
    Entity,
    Event,
    EventDate,
    Location,
    Place,
    Quantity,
    Record,
    Removal,
    Role,
    make_span,
)
from eventwire.store import EventFilter, Store, WriteResult
from eventwire.store.migrations import SCHEMA_VERSION

TEXT = "Rebels shelled Goma on Monday, the army said. Police arrested 30 protesters in Kinshasa."


def _record(doc_id: str = "d1", text: str = TEXT, party: bool | None = True) -> Record:
    sp = lambda s, e: make_span(text, s, e)  # noqa: E731
    rec = Record(id=doc_id, document=DocumentInfo(text=text, title="Goma", published="2023-03-07",
                                                  language="en", removed=[Removal(0, 4, "markup")]))
    rec.entities = [Entity("e1", "M23", "MILITARY_UNIT", [sp(0, 6)]),
                    Entity("e2", "Goma", "GPE", [sp(15, 19)], country="CD"),
                    Entity("e3", "Armed Forces of the DRC", "ORG", [sp(35, 43)])]
    rec.places = [Place("p1", "Goma", -1.68, 29.22, "city", entity="e2", country="CD",
                        admin1="North Kivu", geonameid=217831, mentions=[sp(15, 19)])]
    rec.claims = [Claim("c1", content=sp(0, 30), source=Role(sp(35, 43), "Armed Forces of the DRC", "e3"),
                        cue=sp(40, 44), party_to_conflict=party)]
    rec.events = [
        Event("v1", "ASSAULT", trigger=sp(7, 14), sentence=sp(0, 45), mode="shelling", cameo="195",
              acled={"event_type": "Explosions/Remote violence",
                     "sub_event_type": "Shelling/artillery/missile attack"},
              actor=Role(sp(0, 6), "M23", "e1"), location=Location(sp(15, 19), "p1"),
              date=EventDate("2023-03-06", "2023-03-06", "day", sp(20, 29)), claim="c1", confidence=0.9),
        Event("v2", "COERCE", trigger=sp(53, 61), sentence=sp(46, len(text)), mode="arrest", cameo="173",
              quantities=[Quantity(30, "detained", sp(62, 64))], status="asserted", confidence=0.6),
    ]
    return rec


@pytest.fixture
def store():
    with Store(":memory:") as s:
        yield s


def test_round_trip_is_exact(store: Store) -> None:
    rec = _record()
    assert store.write(rec) is WriteResult.INSERTED
    assert store.get("d1") == rec.to_dict()
    assert store.stats() == {"documents": 1, "entities": 3, "places": 1, "events": 2, "claims": 1}


def test_reingest_is_idempotent_and_updates_in_place(store: Store) -> None:
    store.write(_record())
    assert store.write(_record()) is WriteResult.UNCHANGED
    changed = _record()
    changed.events = changed.events[:1]
    assert store.write(changed) is WriteResult.UPDATED
    assert store.stats()["documents"] == 1 and store.stats()["events"] == 1
    assert len(store.documents()) == 1


def test_event_filters(store: Store) -> None:
    store.write(_record())
    store.write(_record("d2", party=False))
    assert {r["id"] for r in store.events(EventFilter(plover="assault"))} == {"v1"}
    assert len(store.events(EventFilter(place="goma"))) == 2
    assert len(store.events(EventFilter(place="North Kivu"))) == 2
    assert len(store.events(EventFilter(actor="m23"))) == 2
    assert len(store.events(EventFilter(since="2023-03-07"))) == 0
    assert len(store.events(EventFilter(until="2023-03-06"))) == 2
    assert [r["document_id"] for r in store.events(EventFilter(party_only=True))] == ["d1"]
    assert len(store.events(EventFilter(acled="Shelling/artillery/missile attack"))) == 2
    assert len(store.events(EventFilter(document="d2"))) == 2
    assert store.events(EventFilter(actor="%")) == []  # LIKE wildcards are escaped


def test_migrations_recorded_once(tmp_path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as again:
        assert again.migrations_ran == []
    rows = sqlite3.connect(path).execute("select version from schema_migrations").fetchall()
    assert rows == [(SCHEMA_VERSION,)]


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
    store.write(_record())
    broken = _record()
    broken.document.title = "changed"
    broken.events[0].plover = None  # type: ignore[assignment]  # NOT NULL fails mid-transaction
    with pytest.raises(IntegrityError):
        store.write(broken)
    assert store.get("d1") == _record().to_dict()
