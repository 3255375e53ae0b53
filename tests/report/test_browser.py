"""The written report opened from disk in Debian's headless Chromium (as the page's tests run
it): the map and the cards show, nothing is requested, nothing fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.report import build_report
from eventwire.store import Store

from .records import fill


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    with Store(":memory:") as store:
        fill(store)
        path.write_text(build_report(store, generated="2023-03-10 08:00 UTC").html, encoding="utf-8")
    return path


def test_the_report_shows_its_map_and_cards_offline(browser, written: Path, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    requested: list[str] = []
    problems: list[str] = []

    def only_the_file(route) -> None:
        if route.request.url == written.as_uri():
            route.continue_()
        else:
            requested.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_file)
    tab = context.new_page()
    tab.on("console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None)
    tab.on("pageerror", lambda exc: problems.append(str(exc)))
    tab.on("requestfailed", lambda req: problems.append(f"failed: {req.url}"))
    try:
        tab.goto(written.as_uri())
        assert tab.locator("svg.map").is_visible()
        box = tab.locator("svg.map").bounding_box()
        assert box is not None and box["width"] > 800 and box["height"] > 300
        assert tab.locator("svg.map path.land").count() == 1
        assert tab.locator("svg.map circle.point").count() == 3
        assert tab.locator("svg.timeline rect.bar").count() == 3
        cards = tab.locator("article.cluster")
        assert cards.count() == 3 and cards.first.is_visible()
        assert "Goma" in cards.first.locator("h3").inner_text()
        # a hostile title is shown as the words it is
        assert "<script>alert(1)</script>" in tab.locator("#documents").inner_text()
        # a point on the map leads to its card
        tab.locator("svg.map a").first.click()
        assert tab.evaluate("location.hash").startswith("#c")
        tab.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        tab.emulate_media(media="print")  # printed: no navigation, the cards whole
        assert not tab.locator("nav").is_visible() and cards.first.is_visible()
    finally:
        context.close()
    assert requested == [] and problems == []
