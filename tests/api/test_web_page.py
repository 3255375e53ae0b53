"""The web page in a real headless Chromium (Debian's), against a real server whose store the real
pipeline filled from the small articles below (written for these tests)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest
import uvicorn
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from eventwire.api import create_app
from eventwire.ingest.readers import read_jsonl
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.service import ingest_documents
from eventwire.store import Store

# Three months apart, three countries: a shelling told through a chain (military via a wire
# service), a protest and arrests in Kenya, a clash in Peru.
ARTICLES = [
    {"id": "kharkiv", "published": "2024-03-12", "title": "Shelling in Kharkiv",
     "text": "Russian forces shelled Kharkiv on Monday, killing three civilians, the Ukrainian military said, "
             "according to Reuters. The claim could not be independently verified. Russia denied it."},
    {"id": "kenya", "published": "2024-06-03", "title": "Fuel protest",
     "text": "Hundreds of students protested in Nairobi on Saturday against rising fuel prices, local police "
             "said. Police arrested 12 students in Mombasa on Sunday."},
    {"id": "lima", "published": "2024-09-20", "title": "Clash in Lima",
     "text": "Soldiers clashed with armed smugglers in Lima on Thursday, killing five people, a witness told "
             "the BBC. The army confirmed the clash."},
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(path, articles: list[dict]):
    """A real server over a store the real pipeline filled from ``articles``."""
    store = Store(path)
    lines = "\n".join(json.dumps(a) for a in articles)
    summary = ingest_documents(read_jsonl(lines, "test"), store, Pipeline(Options()))
    assert summary.documents == len(articles) and not summary.errors
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("web") / "web.db", ARTICLES) as url:
        yield url


@pytest.fixture
def page(browser, server):
    """A fresh tab on the page, its first selection drawn. The page's own scripts run under its
    CSP; only the test's string predicates (Playwright evaluates them) need it bypassed."""
    context = browser.new_context(viewport={"width": 1200, "height": 800}, bypass_csp=True, accept_downloads=True)
    tab = context.new_page()
    tab.goto(server + "/")
    tab.wait_for_selector("body[data-ready]")
    yield tab
    context.close()


def api(server: str, path: str, **params: str) -> list[dict]:
    with urllib.request.urlopen(f"{server}{path}?{urllib.parse.urlencode({'limit': 5000, **params})}") as resp:
        return json.load(resp)


def click_until_card(page, selector: str, want: str, tries: int = 3) -> None:
    """Click until the card shows: a resize makes the map redraw its points, and a click that
    lands while a point is redrawn is lost (a real user clicks again too)."""
    from playwright.sync_api import TimeoutError as NotShown

    for attempt in range(tries):
        page.click(selector)
        try:
            page.wait_for_selector(f"#card[data-key='{want}']", timeout=5000)
            return
        except NotShown:
            if attempt == tries - 1:
                raise


def key(ev: dict) -> str:
    return f"{ev['document_id']}#{ev['id']}"


def shown_keys(page) -> list[str]:
    return page.eval_on_selector_all("#events tbody tr", "rows => rows.map((r) => r.dataset.key)")


def wait_drawn(page, query: str) -> None:
    """The page has drawn the selection of exactly this API query."""
    page.wait_for_function("q => document.body.dataset.ready === q", arg=query)


def test_map_timeline_list_legend_and_counts_show_the_store(page, server) -> None:
    events = api(server, "/events")
    located = [ev for ev in events if ev["lat"] is not None]
    assert len(events) >= 4 and len(located) >= 3
    assert shown_keys(page) == [key(ev) for ev in events]
    killed = int(sum(ev["fatalities"] or 0 for ev in events))
    assert killed >= 8  # three in Kharkiv, five in Lima
    summary = page.inner_text("#summary")
    assert summary.startswith(f"{len(events)} events · {len(located)} on the map") and f"{killed} killed" in summary
    assert page.locator(".leaflet-overlay-pane path.land").count() > 200  # outlines as vector GeoJSON
    assert page.locator(".leaflet-tile").count() == 0  # and no tiles
    # every located event is on the map: a point of its own or counted in a cluster
    page.wait_for_function(f"document.querySelectorAll('path.point[data-key]').length + [...document"
                           f".querySelectorAll('.cluster-ring span')].reduce((n, s) => n + +s.textContent, 0)"
                           f" === {len(located)}")
    legend = {row.get_attribute("data-type"): row.inner_text() for row in page.locator(".legend-row").all()}
    by_type: dict[str, int] = {}
    for ev in located:
        by_type[ev["plover"]] = by_type.get(ev["plover"], 0) + 1
    assert legend == {t: f"{t} {n}" for t, n in by_type.items()}
    dated = {ev["date_start"][:10] for ev in events if ev["date_start"]}
    assert page.locator("#timeline rect.bar").count() >= 3 and len(dated) >= 3


def test_a_point_sits_inside_its_country_outline(page, server) -> None:
    [kharkiv] = [ev for ev in api(server, "/events") if ev["place"] == "Kharkiv"]
    point = f"path.point[data-key='{key(kharkiv)}']"
    page.wait_for_selector(point)
    where = """(sel) => {
        const box = document.querySelector(sel).getBBox();
        const at = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
        const land = (name) => document.querySelector(`path.land[data-country="${name}"]`).isPointInFill(at);
        return [land('Ukraine'), land('Russia')];
    }"""
    # the map fits its bounds with an animated zoom: points and outlines are redrawn at its end,
    # so the test waits for the drawing to settle (a wrong position still fails after the wait)
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"sel => {{ const [ua, ru] = ({where})(sel); return ua && !ru; }}", arg=point,
                               timeout=5000)
    assert page.evaluate(where, point) == [True, False]


def test_clicking_a_point_brings_its_card_with_the_claim_chain_into_view(page, server) -> None:
    [ev] = [e for e in api(server, "/events") if e["place"] == "Kharkiv"]
    record = json.load(urllib.request.urlopen(f"{server}/documents/{ev['document_id']}"))
    event = next(e for e in record["events"] if e["id"] == ev["id"])
    claim = next(c for c in record["claims"] if c["id"] == event["claim"])
    assert claim["via"] and claim["party_to_conflict"] is True  # the chain the card must show
    page.set_viewport_size({"width": 1200, "height": 600})  # the list and card start below the fold
    page.evaluate("window.scrollTo(0, 0)")
    assert not page.locator("#card").is_visible()
    assert page.locator("#card-panel").bounding_box()["y"] > 600
    click_until_card(page, f"path.point[data-key='{key(ev)}']", key(ev))
    box, height = page.locator("#card").bounding_box(), page.evaluate("innerHeight")
    assert box and 0 <= box["y"] < height - 100  # scrolled into view, beside the list
    assert abs(box["y"] - page.locator("#list").bounding_box()["y"]) < height
    assert page.get_attribute("#events tr.selected", "data-key") == key(ev)
    card = page.inner_text("#card")
    assert f"source: {claim['source']['name']}" in card
    assert f"via {claim['via'][0]['name']}" in card and "party to the conflict" in card
    assert "Explosions/Remote violence › Shelling/artillery/missile attack" in card
    assert event["date"]["span"]["text"] in card and "(day)" in card
    assert "Kharkiv — city" in card and "3 killed" in card
    marked = page.eval_on_selector_all("#card mark.trigger, #card mark.mention",
                                       "ms => ms.map((m) => m.textContent).sort()")
    assert marked == sorted(m["trigger"]["text"] for m in event["mentions"])


def test_clicking_a_row_or_a_timeline_bar_picks_that_event(page, server) -> None:
    events = api(server, "/events")
    last, first = events[-1], events[0]
    page.click(f"#events tr[data-key='{key(last)}']")
    page.wait_for_selector(f"#card[data-key='{key(last)}']")
    assert page.locator("#events tr.selected").count() == 1
    assert page.get_attribute("#events tr.selected", "data-key") == key(last)
    page.click(f"#timeline rect.bar[data-key='{key(first)}']")
    page.wait_for_selector(f"#card[data-key='{key(first)}']")
    assert page.get_attribute("#events tr.selected", "data-key") == key(first)
    assert first["plover"] in page.inner_text("#card h2")


def test_dragging_the_time_window_changes_what_is_counted_and_listed(page, server) -> None:
    everything = api(server, "/events")
    bars = page.locator("#timeline rect.bar")
    boxes = sorted((b.bounding_box() for b in bars.all()), key=lambda b: b["x"])
    # from before the first bar to just past the middle of the timeline
    svg = page.locator("#timeline").bounding_box()
    x0, x1, y = boxes[0]["x"] - 3, svg["x"] + svg["width"] * 0.6, svg["y"] + svg["height"] / 2
    page.mouse.move(x0, y)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y, steps=4)
    page.mouse.move(x1, y, steps=4)
    page.mouse.up()
    page.wait_for_function("document.querySelector('input[name=since]').value !== ''")
    since, until = page.input_value("input[name=since]"), page.input_value("input[name=until]")
    wait_drawn(page, urllib.parse.urlencode({"since": since, "until": until}))
    inside = api(server, "/events", since=since, until=until)
    assert 0 < len(inside) < len(everything)
    assert shown_keys(page) == [key(ev) for ev in inside]
    assert page.inner_text("#summary").startswith(f"{len(inside)} events")
    assert all(since <= ev["date_start"] <= until for ev in inside)
    assert page.locator("#timeline rect.bar.out").count() >= 1  # the rest stays drawn, faded
    page.click("#clear-window")
    wait_drawn(page, "")
    assert len(shown_keys(page)) == len(everything)


def test_filters_are_the_api_filters(page, server) -> None:
    page.select_option("select[name=country]", "KE")
    wait_drawn(page, "country=KE")
    kenya = api(server, "/events", country="KE")
    assert kenya and shown_keys(page) == [key(ev) for ev in kenya]
    page.select_option("select[name=plover]", kenya[0]["plover"])
    wait_drawn(page, f"plover={kenya[0]['plover']}&country=KE")
    assert shown_keys(page) == [key(ev) for ev in api(server, "/events", country="KE", plover=kenya[0]["plover"])]
    page.click("button[type=reset]")
    wait_drawn(page, "")
    page.check("input[name=party_only]")
    wait_drawn(page, "party_only=true")
    party = api(server, "/events", party_only="true")
    assert party and shown_keys(page) == [key(ev) for ev in party]
    assert len(party) < len(api(server, "/events"))


def test_downloads_hold_the_current_selection(page, server) -> None:
    page.select_option("select[name=country]", "KE")
    wait_drawn(page, "country=KE")
    chosen = {key(ev).replace("#", ":") for ev in api(server, "/events", country="KE")}
    assert chosen and chosen != {key(ev).replace("#", ":") for ev in api(server, "/events")}

    def download(selector: str) -> str:
        with page.expect_download() as info:
            page.click(selector)
        path = info.value.path()
        assert path is not None
        with open(path, encoding="utf-8") as fh:
            return fh.read()

    rows = list(csv.DictReader(io.StringIO(download("#dl-csv"))))
    assert {r["event_id_cnty"] for r in rows} == chosen and {r["country"] for r in rows} == {"KE"}
    features = json.loads(download("#dl-geojson"))["features"]
    assert {f"{f['properties']['document_id']}:{f['properties']['id']}" for f in features} == chosen
    lines = [json.loads(line) for line in download("#dl-jsonl").splitlines()]
    assert {key(r).replace("#", ":") for r in lines} == chosen and {r["country"] for r in lines} == {"KE"}


@pytest.fixture
def offline(browser, server):
    """A tab with its policy enforced (no bypass) and every request off this server refused:
    yields (tab, requests refused, console errors and page errors)."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    elsewhere: list[str] = []
    problems: list[str] = []

    def only_here(route) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_here)
    tab = context.new_page()
    tab.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: problems.append(str(exc)))
    yield tab, elsewhere, problems
    context.close()


def test_the_page_works_offline_under_its_content_security_policy(offline, server) -> None:
    """The page draws its map, outlines and events: nothing in it needs inline script, eval or
    the network."""
    strict, elsewhere, problems = offline
    response = strict.goto(server + "/")
    assert response is not None and "script-src 'self';" in response.headers["content-security-policy"]
    strict.wait_for_selector("body[data-ready]")
    strict.wait_for_selector(".leaflet-overlay-pane path.land")
    assert strict.locator("#events tbody tr").count() >= 4
    assert strict.locator(".leaflet-marker-icon.cluster, path.point").count() >= 1
    assert elsewhere == [] and problems == []


def test_the_api_docs_are_served_from_here_under_the_same_policy(offline, server) -> None:
    """Swagger UI at /docs comes from a package, not a CDN: under the app's policy (no inline
    script) and offline, it lists the operations."""
    tab, elsewhere, problems = offline
    response = tab.goto(server + "/docs")
    assert response is not None and response.status == 200
    assert "script-src 'self';" in response.headers["content-security-policy"]
    tab.wait_for_selector("#swagger-ui .opblock-summary-path[data-path='/events.csv']")
    paths = tab.eval_on_selector_all(".opblock-summary-path", "els => els.map((e) => e.dataset.path)")
    assert {"/events", "/events.csv", "/events.geojson", "/documents", "/documents/{doc_id}", "/stats",
            "/extract", "/ingest"} <= set(paths)
    tab.click(".opblock-summary-path[data-path='/events']")  # opened: its filters are listed
    tab.wait_for_selector(".opblock.is-open .parameters tr[data-param-name='plover']")
    tab.wait_for_timeout(300)  # a late error (a worker, a font, a badge) is caught too
    assert elsewhere == [] and problems == []


# Two outlets report one shelling; their death tolls disagree on the same day.
REPORTS = [
    {"id": "wire-one", "published": "2024-03-12", "publisher": "First Wire", "title": "Shelling in Kharkiv",
     "text": "Russian forces shelled Kharkiv on Monday, killing three civilians, the Ukrainian military said. "
             "The claim could not be independently verified."},
    {"id": "wire-two", "published": "2024-03-12", "publisher": "Second Courier", "title": "Kharkiv hit",
     "text": "Russian troops shelled the city of Kharkiv on Monday and killed seven civilians, the regional "
             "governor said."},
]


def test_a_card_shows_the_happening_in_other_reports(browser, tmp_path) -> None:
    with serving(tmp_path / "two.db", REPORTS) as url:
        events = [e for e in api(url, "/events") if e["plover"] == "ASSAULT"]
        assert {e["document_id"] for e in events} == {"wire-one", "wire-two"}
        assert len({e["cluster_id"] for e in events}) == 1 and events[0]["cluster_documents"] == 2
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.goto(url + "/")
        tab.wait_for_selector("body[data-ready]")
        one, two = (next(e for e in events if e["document_id"] == d) for d in ("wire-one", "wire-two"))
        tab.click(f"#events tr[data-key='{key(one)}']")
        tab.wait_for_selector("#card .happening")
        text = tab.inner_text("#card .happening")
        assert "2 documents" in text and "2 independent sources" in text
        assert "First Wire" in text and "Second Courier" in text
        assert "three" in text and "seven" in text  # the two tolls, quoted with their sources
        assert tab.locator("#card .happening .contradictions li").count() == 1
        tab.click(f"#card .happening li[data-key='{key(two)}']")  # the other report's event
        tab.wait_for_selector(f"#card[data-key='{key(two)}']")
        assert tab.get_attribute("#events tr.selected", "data-key") == key(two)
        assert errors == []
        context.close()
