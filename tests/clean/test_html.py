"""HTML pages: trafilatura's text and metadata, the shared line filter, located removals,
and malformed pages that must never raise."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import Cleaner
from eventwire.clean.html import VOID_TAGS, extract_html, locate_line, nesting_depth
from eventwire.ingest import RawDocument
from eventwire.options import Options

PARAGRAPHS = [
    "Engineers from the regional water board began work on Monday to repair the Kessel "
    "dam, whose spillway was damaged during a week of storms that flooded three villages "
    "downstream and forced the evacuation of more than four hundred residents.",
    "The board's chief engineer, Tomas Reyes, said the repairs would take at least six "
    "weeks and that the reservoir would be kept at half its usual level until the work "
    "was finished, to reduce the pressure on the damaged concrete.",
    "Farmers who depend on the reservoir for irrigation said the lower level would cost "
    "them part of the spring harvest, and asked the provincial government to compensate "
    "them for the losses they expect over the coming months.",
    "The provincial government said it would review the request once the board had "
    "published its assessment of the storm damage, which is due at the end of the month.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kessel dam repairs begin after storms | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Lena Hart">
<meta property="article:published_time" content="2024-03-11T08:30:00Z">
<link rel="canonical" href="https://courier.example.org/news/kessel-dam">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Kessel dam repairs begin after storms</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p><strong>Read more:</strong> <a href="/news/storm-toll">Storm toll rises as
villages count the cost</a></p>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council election results</a></li>
<li><a href="/b">New bakery opens on Main Street</a></li></ul></aside>
<footer><p>Copyright 2024 Valley Courier. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


@pytest.fixture(scope="module")
def info():
    return extract_html(PAGE, url=None, options=Options())


def test_article_text_is_kept_and_furniture_goes(info) -> None:
    for paragraph in PARAGRAPHS:
        assert paragraph in info.text
    for furniture in ("Home", "Sport", "Council election", "bakery", "Privacy", "Copyright"):
        assert furniture not in info.text


def test_promo_line_goes_and_is_located_in_the_html(info) -> None:
    assert "Read more" not in info.text and "Storm toll" not in info.text
    promo = [r for r in info.removed if r.reason == "promo"]
    assert len(promo) == 1
    located = PAGE[promo[0].start:promo[0].end]
    assert located == promo[0].text
    assert located.startswith("Read more") and located.endswith("count the cost")


def test_metadata_comes_from_the_page(info) -> None:
    assert info.title == "Kessel dam repairs begin after storms"
    assert info.publisher == "Valley Courier"
    assert info.author == "Lena Hart"
    assert info.published == "2024-03-11"
    assert info.url == "https://courier.example.org/news/kessel-dam"


def test_every_removal_lies_in_the_input(info) -> None:
    for r in info.removed:
        assert 0 <= r.start <= r.end <= len(PAGE)
        assert PAGE[r.start:r.end] == r.text


def test_locate_line_skips_tags_and_entities_between_words() -> None:
    page = "<p>x</p><p><b>Read</b> more&nbsp;: <a href='/y'>Storm&#8217;s toll</a></p>"
    start, end = locate_line(page, "Read more : Storm’s toll")
    assert page[start:end] == "Read</b> more&nbsp;: <a href='/y'>Storm&#8217;s toll"
    assert locate_line(page, "not in the page") is None


@pytest.mark.parametrize("page", [
    "",
    "<",
    "<html><body><p>unclosed <b>tags <i>everywhere",
    "<<<>>><!-- <p> -->></html></html>",
    "\x00\x01\x02<html>\xff\xfe binary junk",
    "<div>" * 3000 + "deep" + "</div>" * 10,
    "<html><head><title>Only a title</title></head></html>",
    "<p>" + "word " * 50 + "</p>" * 2 + "<script>unterminated",
])
def test_malformed_html_never_raises(page: str) -> None:
    record = Cleaner(Options())(RawDocument(origin="<test>", html=page))
    assert isinstance(record.document.text, str)
    for r in record.document.removed:
        assert 0 <= r.start <= r.end <= len(page)


def test_a_page_without_article_text_is_one_boilerplate_removal(pipeline) -> None:
    page = "<html><head><title>Gallery</title></head><body><script>var a = 1;</script></body></html>"
    record = pipeline.clean(RawDocument(origin="<test>", html=page))
    assert record.document.text == ""
    assert [(r.start, r.end, r.reason) for r in record.document.removed] == [
        (0, len(page), "boilerplate")
    ]
    assert record.skipped == "no article text found"


def test_html_page_through_the_whole_pipeline(pipeline) -> None:
    [record] = list(pipeline.run([RawDocument(origin="<test>", html=PAGE, id="dam")]))
    assert record.skipped is None and record.document.language == "en"
    assert record.doc is not None and "Tomas Reyes" in record.document.text
    data = record.to_dict()
    assert data["document"]["publisher"] == "Valley Courier"


def test_a_page_nested_past_what_the_parser_reads_keeps_its_article() -> None:
    from eventwire.clean.html import extract_html
    from eventwire.options import Options

    story = "<p>Rebels attacked the town of Goma on Monday, killing five soldiers, the army said.</p>"
    page = ("<html><head><title>T</title></head><body>" + "<div>" * 600 + "<article>" + story * 3
            + "</article>" + "</div>" * 600 + "</body></html>")
    info = extract_html(page, None, Options())
    assert "Rebels attacked the town of Goma" in info.text


def _depth_by_lazy_pattern(page: str) -> int:
    """The nesting depth as first written (a lazy pattern): the reference for the fast one."""
    depth = deepest = 0
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>", page):
        if m.group(3) or m.group(2).lower() in VOID_TAGS:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p class='a/b'>", "<br/>", "<br / >", "<x/y>",
                                 "<a_b>", "<", ">", "/", "</p>", "<img src=x>", "<span/>", "text",
                                 "<DIV\n id=1>", "< div>", "<p/ >"]), max_size=40))
def test_nesting_depth_reads_tags_as_the_lazy_pattern_did(parts: list[str]) -> None:
    page = "".join(parts)
    assert nesting_depth(page) == _depth_by_lazy_pattern(page)
