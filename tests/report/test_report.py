"""The situation report from a store filled with hand-made reports: what it selects, that it
cites each sentence exactly, that it loads nothing and lets no document text become markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from eventwire.report import build_report, model
from eventwire.report.markdown import unescape
from eventwire.report.svg import WORLD, basemap_rings, view_box
from eventwire.store import EventFilter, Store

from .records import HOSTILE, fill, shelling

GENERATED = "2023-03-10 08:00 UTC"


class Page(HTMLParser):
    """Every tag with its attributes, and the text of each cited sentence."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.cites: list[tuple[dict[str, str | None], str]] = []
        self._cite: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "blockquote" and dict(attrs).get("class") == "cite":
            self._cite, self._text = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote" and self._cite is not None:
            self.cites.append((self._cite, "".join(self._text)))
            self._cite = None

    def handle_data(self, data: str) -> None:
        if self._cite is not None:
            self._text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture
def store():
    with Store(":memory:") as s:
        fill(s)
        yield s


def cluster_ids(html: str) -> list[str]:
    return [a["data-cluster"] or "" for tag, a in parse(html).tags if tag == "article"]


def test_clusters_most_reported_first_each_sentence_cited_exactly(store: Store) -> None:
    built = build_report(store, generated=GENERATED)
    assert cluster_ids(built.html) == [c["id"] for c in store.clusters()]
    assert built.clusters == 3 and built.documents == 5
    cites = parse(built.html).cites
    assert len(cites) == 5
    for attrs, text in cites:
        doc = store.get(attrs["data-doc"] or "")
        assert doc is not None
        assert doc["document"]["text"][int(attrs["data-start"] or 0):int(attrs["data-end"] or 0)] == text
    goma = built.data.clusters[0]
    assert goma.summary["place"] == "Goma" and goma.when == "2023-03-06"
    assert "3 documents · 2 independent sources (1 party to the conflict, 1 not or not stated)" in built.html
    assert "Could not be independently confirmed" in built.html and "figures disagree" in built.html


def test_the_page_loads_nothing_and_links_only_within_itself(store: Store) -> None:
    html = build_report(store, generated=GENERATED).html
    page = parse(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    for _tag, attrs in page.tags:
        for name, value in attrs.items():
            assert "http" not in (value or ""), (name, value)
            assert not name.startswith("on"), name
            if name == "href":
                assert (value or "").startswith("#"), value
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # and the browser is told so
    assert "https://lake-wire.example/goma" in html  # a document's address is quoted as text, never a link


def test_hostile_text_stays_text(store: Store) -> None:
    built = build_report(store, EventFilter(place="Goma"), generated=GENERATED)
    assert HOSTILE not in built.html and "<img" not in built.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in built.html
    assert "onerror" not in {name for _, attrs in parse(built.html).tags for name in attrs}
    # the hostile sentence is still quoted whole, and exactly
    [hostile] = [text for attrs, text in parse(built.html).cites if attrs["data-doc"] == "goma-x"]
    assert HOSTILE in hostile
    assert HOSTILE not in built.markdown and re.search(r"(?<!\\)<", built.markdown) is None  # every < escaped
    assert r"\<script\>alert(1)\</script\>" in built.markdown


def test_figures_that_disagree_give_both_figures_sources_and_offsets(store: Store) -> None:
    built = build_report(store, EventFilter(place="Goma"), generated=GENERATED)
    [goma] = built.data.clusters
    assert goma.contradictions
    clash = goma.contradictions[0]
    assert {clash.a.value, clash.b.value} == {12, 19}
    assert {clash.a.source, clash.b.source} == {"the army", "an aid group"}
    for side in (clash.a, clash.b):
        text = store.get(side.document_id)["document"]["text"]  # type: ignore[index]
        assert text[side.start:side.end] == side.text
        assert side.sentence is not None and side.sentence["start"] <= side.start < side.end <= side.sentence["end"]
        assert f"[{side.start}:{side.end}]" in built.html and f"{side.document_id} [{side.start}:{side.end}]" in \
            unescape(built.markdown)
    assert "<mark>12</mark>" in built.html and "<mark>19</mark>" in built.html


def test_place_and_since_select_the_clusters(store: Store) -> None:
    goma = build_report(store, EventFilter(place="Goma"), generated=GENERATED)
    assert [v.summary["place"] for v in goma.data.clusters] == ["Goma"]
    recent = build_report(store, EventFilter(since="2023-03-01"), generated=GENERATED)
    assert {v.summary["place"] for v in recent.data.clusters} == {"Goma", "Bukavu"}
    window = build_report(store, EventFilter(since="2023-02-01", until="2023-02-28"), generated=GENERATED)
    assert [v.summary["place"] for v in window.data.clusters] == ["Rutshuru"]
    assert window.data.title == "Situation report — 2023-02-01 – 2023-02-28"
    assert "since: 2023-02-01; until: 2023-02-28" in window.html
    two = build_report(store, min_documents=2, generated=GENERATED)
    assert [v.summary["place"] for v in two.data.clusters] == ["Goma"]


def test_markdown_has_the_same_clusters_and_citations(store: Store) -> None:
    built = build_report(store, generated=GENERATED)
    md = built.markdown
    assert re.findall(r"· cluster (k[0-9a-f]+)", md) == cluster_ids(built.html)
    assert "Map: see the HTML report." in md and "| Date | # | Type | Place |" in md
    quotes = re.findall(r"^   > (.*)$", md, flags=re.M)
    assert len(quotes) == 5
    texts = {store.get(d)["document"]["text"] for d in ("goma-a", "goma-b", "goma-x", "bukavu-a", "rutshuru-a")}  # type: ignore[index]
    for quote in quotes:
        assert any(text.startswith(unescape(quote)) for text in texts), quote


def test_the_report_says_when_it_is_capped(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model, "MAX_CLUSTERS", 2)
    built = build_report(store, generated=GENERATED)
    assert built.clusters == 2 and built.data.total == 3 and built.data.capped
    assert "Only the 2 most reported of 3 happenings are in this report" in built.html
    assert "Only the 2 most reported of 3 happenings" in built.markdown


def test_denied_events_are_counted_and_long_clusters_cut(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    denied = shelling("goma-denied", "Kivu Post", killed=12)
    denied.events[0].status = "negated"
    store.write(denied)
    monkeypatch.setattr(model, "MAX_REPORTS_PER_CLUSTER", 1)
    built = build_report(store, EventFilter(place="Goma"), generated=GENERATED)
    assert "Denied (negated) events the filters match: 1." in built.html
    assert "Denied (negated) events the filters match: 1." in unescape(built.markdown)
    assert len(parse(built.html).cites) == 1 and "2 more reports not quoted" in built.html


def test_an_empty_selection_is_a_report_that_says_so(store: Store) -> None:
    built = build_report(store, EventFilter(place="Lima"), generated=GENERATED)
    assert built.clusters == 0 and "No happening matches these filters." in built.html
    assert "No cluster has a date." in built.html and "No happening matches these filters." in built.markdown


def test_the_map_zooms_to_its_points_and_draws_the_world_without_any() -> None:
    x, y, w, h = view_box([(29.22, -1.68)])
    assert x < 29.22 < x + w and y < 1.68 < y + h and w >= 4.0
    west, south, east, north = WORLD
    assert view_box([])[:3] == (west, -north, east - west)
    # no outline ring jumps across the map (a ring crossing 180° is continued, not wrapped)
    for ring in basemap_rings():
        if ring.country != "Antarctica":
            assert all(abs(b[0] - a[0]) <= 180 for a, b in zip(ring.points, ring.points[1:], strict=False))
