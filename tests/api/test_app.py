"""The HTTP API against a real in-memory store and the real pipeline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Store

from ..conftest import ENGINES, fresh_store_target

DOC = {"id": "a1", "published": "2024-02-20",
       "text": "Police arrested 40 protesters in Dakar on Monday, the interior ministry said."}
TOKEN = "s3cret-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module", params=ENGINES)
def client(request, tmp_path_factory):
    with fresh_store_target(request.param, tmp_path_factory.mktemp("api")) as target, Store(target) as store:
        yield TestClient(create_app(store=store, ingest_token=TOKEN, max_body=200_000))


def test_extract_does_not_store(client: TestClient) -> None:
    resp = client.post("/extract", json={"documents": [DOC]})
    assert resp.status_code == 200
    [record] = resp.json()["records"]
    assert record["schema"] == "eventwire.record/1" and record["id"] == "a1"
    assert client.get("/stats").json()["documents"] == 0


def test_ingest_then_read(client: TestClient) -> None:
    resp = client.post("/ingest", json={"documents": [DOC, {"id": "bad"}]}, headers=AUTH)
    body = resp.json()
    assert len(body["records"]) == 1 and len(body["errors"]) == 1 and "request:2" in body["errors"][0]
    assert body["stored"] == 1
    [record] = body["records"]
    assert any(e["plover"] == "COERCE" and e["mentions"] for e in record["events"])
    assert [d["id"] for d in client.get("/documents").json()] == ["a1"]
    assert client.get("/documents/a1").json()["document"]["published"] == "2024-02-20"
    assert client.get("/documents/zz").status_code == 404
    assert isinstance(client.get("/events", params={"since": "2024-01-01"}).json(), list)
    assert client.get("/events.geojson").json()["type"] == "FeatureCollection"
    assert client.get("/events.csv").text.startswith("event_id_cnty,")


def test_rejects_bad_dates_and_big_batches(client: TestClient) -> None:
    assert client.post("/extract", json={"documents": [{**DOC, "published": "May 5"}]}).status_code == 422
    assert client.post("/extract", json={"documents": [DOC] * 101}).status_code == 422


def test_storing_over_http_needs_the_token_and_is_off_without_one() -> None:
    with Store(":memory:") as store:
        closed = TestClient(create_app(store=store))
        assert closed.post("/ingest", json={"documents": [DOC]}).status_code == 403
        opened = TestClient(create_app(store=store, ingest_token=TOKEN))
        assert opened.post("/ingest", json={"documents": [DOC]}).status_code == 401
        wrong = {"Authorization": "Bearer not-it"}
        assert opened.post("/ingest", json={"documents": [DOC]}, headers=wrong).status_code == 401
        assert store.stats()["documents"] == 0


def test_a_foreign_host_a_huge_body_and_bad_filters_are_refused(client: TestClient) -> None:
    assert client.get("/stats", headers={"Host": "evil.example"}).status_code == 400
    huge = {"documents": [{**DOC, "text": "x" * 300_000}]}
    assert client.post("/extract", json=huge).status_code == 413
    for params in ({"since": "' OR '1'='1"}, {"actor": "a\x00b"}, {"actor": "x" * 50_000},
                   {"until": "2024-13-40"}, {"status": "maybe"}, {"country": "Ukraine"}, {"plover": "FOO"}):
        [name] = params
        for path in ("/events", "/events.csv", "/events.geojson"):
            resp = client.get(path, params=params)
            assert resp.status_code == 422, (path, params)
            [error] = resp.json()["detail"]  # FastAPI's own shape, as for limit=abc
            assert error["loc"] == ["query", name] and error["msg"], (path, params)
            assert len(error.get("input", "")) <= 100  # a huge value is not echoed back whole
    assert client.get("/events", params={"limit": "abc"}).status_code == 422


def test_an_unknown_query_parameter_is_refused_naming_it_and_the_known_ones(client: TestClient) -> None:
    """'type' is the CLI's word; the API's parameter is 'plover'. Ignoring it returned everything."""
    for path in ("/events", "/events.csv", "/events.geojson"):
        resp = client.get(path, params={"type": "PROTEST", "plover": "PROTEST"})
        assert resp.status_code == 422, path
        [error] = resp.json()["detail"]
        assert error["loc"] == ["query", "type"], path
        assert "unknown query parameter 'type'" in error["msg"]
        known = error["msg"].split("known: ")[1].split(", ")
        assert {"plover", "acled", "since", "until", "country", "party_only", "unverified", "limit",
                "offset"} <= set(known), error["msg"]
    resp = client.get("/documents", params={"limt": 5, "sort": "x"})
    assert resp.status_code == 422
    assert [e["loc"] for e in resp.json()["detail"]] == [["query", "limt"], ["query", "sort"]]
    assert "known: limit" in resp.json()["detail"][0]["msg"]
    assert client.get("/documents/zz", params={"format": "csv"}).status_code == 422
    assert client.get("/stats", params={"x": "1"}).status_code == 422
    assert "known: none" in client.get("/stats", params={"x": "1"}).json()["detail"][0]["msg"]
    assert client.get("/events", params={"plover": "PROTEST", "limit": 5}).status_code == 200
    assert client.get("/", params={"from": "a-link"}).status_code == 200  # the page is not an API call


def test_responses_carry_security_headers_and_the_basemap_is_served_compressed(client: TestClient) -> None:
    resp = client.get("/static/basemap.json", headers={"Accept-Encoding": "gzip"})
    assert resp.status_code == 200 and resp.headers["content-encoding"] == "gzip"
    assert resp.json()["countries"]
    page = client.get("/")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff" and page.headers["x-frame-options"] == "DENY"


def test_a_document_id_with_slashes_is_found(client: TestClient) -> None:
    doc = {**DOC, "id": "https://example.org/news/2024/02/story"}
    client.post("/ingest", json={"documents": [doc]}, headers=AUTH)
    resp = client.get("/documents/https://example.org/news/2024/02/story")
    assert resp.status_code == 200 and resp.json()["id"] == doc["id"]


@pytest.fixture
def two_documents():
    """A store with two made-up documents, two events each (tests/factories.py)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from factories import make_record

    with Store(":memory:") as store:
        store.write(make_record("d1"))
        store.write(make_record("d2", party=False))
        yield TestClient(create_app(store=store))


def test_every_events_endpoint_takes_the_same_filters_and_pages(two_documents: TestClient) -> None:
    client = two_documents
    first = client.get("/events", params={"limit": 1, "offset": 0})
    second = client.get("/events", params={"limit": 1, "offset": 1})
    assert first.headers["x-total-count"] == "4" and len(first.json()) == 1
    assert first.json()[0] != second.json()[0]
    csv = client.get("/events.csv", params={"actor": "M23", "party_only": True})
    assert csv.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in csv.headers["content-disposition"]
    assert csv.headers["x-total-count"] == "1" and len(csv.text.strip().splitlines()) == 2
    geo = client.get("/events.geojson", params={"limit": 1})
    assert geo.headers["content-type"].startswith("application/geo+json")
    assert len(geo.json()["features"]) == 1
    assert client.get("/events", params={"country": "cd"}).headers["x-total-count"] == "2"  # Goma, twice
    assert client.get("/events.geojson", params={"country": "UA"}).json()["features"] == []
    assert client.get("/events.csv", params={"plover": "FOO"}).status_code == 422
    assert client.get("/docs").status_code == 200 and "cdn" not in client.get("/docs").text.lower()
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/redoc").status_code == 404  # ReDoc would need inline styles and its CDN
    assert client.get("/openapi.json").status_code == 200


def test_documents_page_with_a_total_and_every_answer_says_what_it_is(two_documents: TestClient) -> None:
    client = two_documents
    first = client.get("/documents", params={"limit": 1})
    second = client.get("/documents", params={"limit": 1, "offset": 1})
    assert first.headers["x-total-count"] == "2" and len(first.json()) == 1 and len(second.json()) == 1
    assert {first.json()[0]["id"], second.json()[0]["id"]} == {"d1", "d2"}
    assert client.get("/documents", params={"offset": 2}).json() == []
    assert client.get("/documents", params={"offset": -1}).status_code == 422
    for path in ("/events", "/documents", "/documents/d1", "/stats"):
        resp = client.get(path)
        assert resp.headers["content-type"] == "application/json", path
        assert "content-disposition" not in resp.headers, path  # shown, not saved
    downloads = {"/events.csv": ("text/csv; charset=utf-8", "events.csv"),
                 "/events.geojson": ("application/geo+json", "events.geojson")}
    for path, (kind, name) in downloads.items():
        resp = client.get(path)
        assert resp.headers["content-type"] == kind, path
        assert resp.headers["content-disposition"] == f'attachment; filename="{name}"', path
    assert client.get("/events.csv").headers["x-total-count"] == "4"
    geo = client.get("/events.geojson")
    assert geo.headers["x-total-count"] == str(len(geo.json()["features"]))  # located events only


def test_clusters_and_one_cluster_over_http(store_target) -> None:
    from ..store.test_clusters import report

    with Store(store_target) as store:
        store.write(report("a", "Outlet A", killed=12))
        store.write(report("b", "Outlet B", killed=19))
        client = TestClient(create_app(store=store))
        listed = client.get("/clusters", params={"place": "Goma"})
        assert listed.status_code == 200 and listed.headers["X-Total-Count"] == "1"
        [row] = listed.json()
        assert row["documents"] == 2 and row["contradictions"] == 1
        assert client.get("/clusters", params={"since": "2024-01-01"}).json() == []
        assert client.get("/clusters", params={"since": "not a date"}).status_code == 422
        assert client.get("/clusters", params={"type": "ASSAULT"}).status_code == 422  # the API says plover
        detail = client.get(f"/clusters/{row['id']}").json()
        assert [r["publisher"] for r in detail["reports"]] == ["Outlet A", "Outlet B"]
        assert detail["contradictions"][0]["why"] in ("12 against 19", "19 against 12")
        assert client.get("/clusters/knothere").status_code == 404
