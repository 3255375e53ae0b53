"""The HTTP API against a real in-memory store and the real pipeline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Store

DOC = {"id": "a1", "published": "2024-02-20",
       "text": "Police arrested 40 protesters in Dakar on Monday, the interior ministry said."}


@pytest.fixture(scope="module")
def client():
    with Store(":memory:") as store:
        yield TestClient(create_app(store=store))


def test_extract_does_not_store(client: TestClient) -> None:
    resp = client.post("/extract", json={"documents": [DOC]})
    assert resp.status_code == 200
    [record] = resp.json()["records"]
    assert record["schema"] == "eventwire.record/1" and record["id"] == "a1"
    assert client.get("/stats").json()["documents"] == 0


def test_ingest_then_read(client: TestClient) -> None:
    resp = client.post("/ingest", json={"documents": [DOC, {"id": "bad"}]})
    body = resp.json()
    assert len(body["records"]) == 1 and len(body["errors"]) == 1 and "request:2" in body["errors"][0]
    assert [d["id"] for d in client.get("/documents").json()] == ["a1"]
    assert client.get("/documents/a1").json()["document"]["published"] == "2024-02-20"
    assert client.get("/documents/zz").status_code == 404
    assert isinstance(client.get("/events", params={"since": "2024-01-01"}).json(), list)
    assert client.get("/events.geojson").json()["type"] == "FeatureCollection"
    assert client.get("/events.csv").text.startswith("event_id_cnty,")


def test_rejects_bad_dates_and_big_batches(client: TestClient) -> None:
    assert client.post("/extract", json={"documents": [{**DOC, "published": "May 5"}]}).status_code == 422
    assert client.post("/extract", json={"documents": [DOC] * 101}).status_code == 422
