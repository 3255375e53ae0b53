"""Clusters in the store: reports of one happening from different documents, kept as each
document arrives; corroboration by independent source; figures that disagree."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from eventwire.record import Claim, EventDate, Quantity, Role, make_span
from eventwire.store import EventFilter, Store

from ..factories import make_record


@pytest.fixture
def store(store_target):
    with Store(store_target) as s:
        yield s


def report(doc_id: str, publisher: str, killed: int | None = None, published: str = "2023-03-07",
           source: str = "Armed Forces of the DRC", lat: float = -1.68, actor: str = "M23"):
    """The factory's Goma shelling as another outlet tells it."""
    rec = make_record(doc_id)
    rec.document.publisher = publisher
    rec.document.published = published
    rec.places[0].lat = lat
    rec.claims[0].source = Role(rec.claims[0].source.span, source, "e3")  # type: ignore[union-attr]
    rec.entities[0].name = actor
    rec.events[0].actor = Role(rec.events[0].actor.span, actor, "e1")  # type: ignore[union-attr]
    if killed is not None:
        text = rec.document.text
        rec.events[0].quantities = [Quantity(killed, "killed", make_span(text, 62, 64))]
    return rec


def shelling_cluster(store: Store) -> dict:
    [found] = [c for c in store.clusters(EventFilter(plover="ASSAULT"), min_documents=1)]
    return found


def test_reports_of_one_shelling_form_one_cluster(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("b", "Outlet B"))
    multi = store.clusters(min_documents=2)
    # the shelling links; the arrests do not: no date, place or party beyond the type
    assert [c["plover"] for c in multi] == ["ASSAULT"]
    shelling = shelling_cluster(store)
    assert shelling["documents"] == 2 and shelling["place"] == "Goma"
    detail = store.cluster(shelling["id"])
    assert detail is not None
    assert [r["document_id"] for r in detail["reports"]] == ["a", "b"]
    for r in detail["reports"]:  # each report points at its own sentence
        assert store.get(r["document_id"])["document"]["text"][r["sentence"]["start"]:r["sentence"]["end"]] \
            == r["sentence"]["text"]


def test_a_third_report_joins_without_renaming_the_cluster(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("b", "Outlet B"))
    before = shelling_cluster(store)["id"]
    store.write(report("c", "Outlet C"))
    after = shelling_cluster(store)
    assert after["id"] == before and after["documents"] == 3


def test_far_apart_places_days_or_parties_stay_apart(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("far", "Outlet B", lat=-4.3))  # 290 km south: another town
    later = report("later", "Outlet C", published="2023-04-20")  # another shelling, weeks on
    later.events[0].date = EventDate("2023-04-18", "2023-04-18", "day", later.events[0].date.span)  # type: ignore[union-attr]
    store.write(later)
    other = report("other", "Outlet D", actor="ADF")  # other named party
    store.write(other)
    ids = {r["document_id"]: c["id"] for c in store.clusters(EventFilter(plover="ASSAULT"))
           for r in store.cluster(c["id"])["reports"]}
    assert len({ids["a"], ids["far"], ids["later"], ids["other"]}) == 4


def test_a_wire_chain_counts_its_source_once(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("b", "Outlet B"))  # another outlet, the same army statement
    store.write(report("c", "Outlet C", source="Médecins Sans Frontières"))
    detail = store.cluster(shelling_cluster(store)["id"])
    corr = detail["corroboration"]
    assert corr["independent_sources"] == 2
    army = next(s for s in corr["sources"] if s["name"] == "Armed Forces of the DRC")
    assert army["publishers"] == ["Outlet A", "Outlet B"] and army["side"] == "party"


def test_figures_that_disagree_are_stored_with_both_spans(store: Store) -> None:
    store.write(report("a", "Outlet A", killed=12))
    store.write(report("b", "Outlet B", killed=19))
    detail = store.cluster(shelling_cluster(store)["id"])
    [clash] = detail["contradictions"]
    assert {clash["a"]["value"], clash["b"]["value"]} == {12, 19}
    for side in (clash["a"], clash["b"]):
        text = store.get(side["document_id"])["document"]["text"]
        assert text[side["start"]:side["end"]] == side["text"]
    exported = {r["id"]: r for r in store.iter_records(linked=True)}
    assert exported["a"]["contradictions"] and exported["b"]["contradictions"]
    assert exported["a"]["clusters"]["v1"] == shelling_cluster(store)["id"]


def test_a_rising_toll_is_a_timeline_not_a_contradiction(store: Store) -> None:
    store.write(report("a", "Outlet A", killed=12, published="2023-03-07"))
    store.write(report("b", "Outlet B", killed=19, published="2023-03-08"))
    detail = store.cluster(shelling_cluster(store)["id"])
    assert detail["contradictions"] == [] and len(detail["timeline"]) == 1


def test_a_rewritten_report_leaves_its_cluster_and_the_rest_is_relinked(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("b", "Outlet B"))
    store.write(report("c", "Outlet C"))
    moved = report("a", "Outlet A", lat=-4.3)  # corrected: it was another town
    store.write(moved)
    sizes = sorted(c["documents"] for c in store.clusters(EventFilter(plover="ASSAULT")))
    assert sizes == [1, 2]
    store.write(report("b", "Outlet B", lat=-4.3))
    store.write(report("c", "Outlet C", lat=-4.3))
    assert sorted(c["documents"] for c in store.clusters(EventFilter(plover="ASSAULT"))) == [3]


def test_copies_and_negated_events_are_not_reports(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    copy = report("farm", "Content Farm")
    copy.document.duplicate_of = "a"
    store.write(copy)
    denied = report("d", "Outlet D")
    denied.events[0].status = "negated"
    store.write(denied)
    assert shelling_cluster(store)["documents"] == 1


def test_cluster_filters_are_the_event_filters(store: Store) -> None:
    store.write(report("a", "Outlet A"))
    store.write(report("b", "Outlet B"))
    assert store.count_clusters(EventFilter(place="Goma"), min_documents=2) == 1
    assert store.count_clusters(EventFilter(place="Kinshasa"), min_documents=2) == 0
    assert store.count_clusters(EventFilter(since="2023-04-01")) == 0
    assert store.count_clusters(EventFilter(plover="ASSAULT", limit=1)) == 1


def test_an_older_store_gains_the_tables_and_is_linked_by_link(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.write(report("a", "Outlet A"))
        s.write(report("b", "Outlet B"))
    db = sqlite3.connect(path)  # as eventwire left it before linking existed
    for table in ("cluster_members", "contradictions", "clusters"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM schema_migrations WHERE version >= 4")
    db.commit()
    db.close()
    with Store(path) as s:
        assert s.migrations_ran == [4, 5]
        assert s.clusters() == []  # opening links nothing: a long job is no side effect of a read
        assert s.link_pending() == 2
        assert shelling_cluster(s)["documents"] == 2


def test_link_counts_only_documents_with_events_to_link(store_target) -> None:
    with Store(store_target, link=False) as s:
        empty = report("e", "Outlet E")
        empty.events = []
        s.write(empty)
        s.write(report("a", "Outlet A"))
        assert s.link_pending() == 1
        assert s.link_pending() == 0


def test_a_claim_that_could_not_be_confirmed_is_listed(store: Store) -> None:
    from eventwire.record import Verification

    rec = report("a", "Outlet A")
    text = rec.document.text
    rec.claims[0].verification = Verification("unconfirmed", make_span(text, 35, 45),
                                              by=Role(make_span(text, 35, 43), "Outlet A reporters"))
    store.write(rec)
    store.write(report("b", "Outlet B"))
    corr = store.cluster(shelling_cluster(store)["id"])["corroboration"]
    assert [c["by"] for c in corr["could_not_confirm"]] == ["Outlet A reporters"]
    assert isinstance(rec.claims[0], Claim)


def test_documents_stored_without_linking_are_linked_later(store_target) -> None:
    with Store(store_target, link=False) as s:
        s.write(report("a", "Outlet A"))
        s.write(report("b", "Outlet B"))
        assert s.clusters() == []
        assert s.link_pending() == 2
        assert shelling_cluster(s)["documents"] == 2
        assert s.link_pending() == 0  # nothing left
        first = shelling_cluster(s)["id"]
        assert s.link_pending(everything=True) == 2 and shelling_cluster(s)["id"] == first  # same ids again


def test_look_alike_reports_weeks_apart_do_not_chain_into_one_cluster(store: Store) -> None:
    """Repeated strikes on one town, each report undated and like the last, published a
    fortnight apart: each joins its neighbour's window, but a cluster keeps to one time."""
    for n in range(8):
        rec = report(f"s{n}", f"Outlet {n}", published=(dt.date(2024, 1, 1) + dt.timedelta(days=14 * n)).isoformat())
        rec.events[0].date = None  # no words date it
        store.write(rec)
    spans = []
    for c in store.clusters(EventFilter(plover="ASSAULT")):
        dates = [r["published"] for r in store.cluster(c["id"])["reports"]]
        spans.append((dt.date.fromisoformat(max(dates)) - dt.date.fromisoformat(min(dates))).days)
    assert len(spans) > 1 and max(spans) <= 62
