"""The web page in a real headless Chromium (Debian's), against a real server and store."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
import uvicorn

from eventwire.api import create_app
from eventwire.store import Store

from ..factories import make_record

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("web") / "web.db")
    store.write(make_record("d1"))
    store.write(make_record("d2", party=False))
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        # the page's own scripts run under its CSP; only the test's string predicates
        # (Playwright evaluates them) need the policy bypassed
        tab = browser.new_page(viewport={"width": 1200, "height": 900}, bypass_csp=True)
        yield tab
        browser.close()


def test_page_shows_events_on_map_timeline_and_table(page, server, tmp_path) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 4
    assert page.inner_text("#summary") == "4 events, 2 with coordinates"
    assert page.locator("#map circle.point").count() == 1  # both located events are in Goma
    assert page.locator("#timeline rect.bar").count() == 1
    page.screenshot(path=str(tmp_path / "page.png"))


def test_map_draws_country_outlines_under_the_points(page, server) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#map path.land")
    assert page.locator("#map path.land").count() > 200
    # Goma (-1.68, 29.22) must fall inside the outline of the DR Congo, not in the sea.
    inside = page.evaluate("""() => {
        const dot = document.querySelector('#map circle.point');
        const drc = [...document.querySelectorAll('#map path.land')]
            .find((p) => p.querySelector('title').textContent.includes('Congo')
                         && p.querySelector('title').textContent.includes('Dem'));
        const box = drc.getBBox(), x = +dot.getAttribute('cx'), y = +dot.getAttribute('cy');
        return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
    }""")
    assert inside


def test_clicking_an_event_marks_its_evidence(page, server) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#events tbody tr")
    page.locator("#events tbody tr", has_text="ASSAULT").first.click()
    page.wait_for_selector("#document-panel:not([hidden]) mark.trigger")
    assert page.inner_text("mark.trigger") == "shelled"
    assert page.inner_text("mark.actor") == "Rebels"
    assert page.inner_text("mark.place") == "Goma"


def test_filter_by_type(page, server) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#events tbody tr")
    page.select_option("select[name=plover]", "COERCE")
    page.click("button[type=submit]")
    page.wait_for_function("document.querySelector('#summary').textContent.startsWith('2 events')")
    assert page.locator("#events tbody tr").count() == 2


def test_the_page_runs_under_its_content_security_policy(page, server) -> None:
    """With the policy enforced (no bypass), the page still draws its events: nothing in it
    needs inline script or eval."""
    strict = page.context.browser.new_page(viewport={"width": 1200, "height": 900})
    violations: list[str] = []
    strict.on("console", lambda msg: violations.append(msg.text)
              if "Content Security Policy" in msg.text else None)
    strict.goto(server + "/")
    strict.locator("#events tbody tr").first.wait_for(timeout=20_000)
    assert strict.locator("#events tbody tr").count() >= 1
    strict.close()
    assert violations == []
