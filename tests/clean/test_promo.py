"""Promo, related-link, boilerplate and spam lines: dropped by shape, never by name."""

from __future__ import annotations

import pytest

from eventwire.clean.promo import (
    is_boilerplate_line,
    is_promo_line,
    is_unrelated_line,
    line_reasons,
    unrelated_lines,
)
from eventwire.clean.text import clean_text

ARTICLE = (
    "Ferry service to Lind Island suspended\n\n"
    "The island's only ferry was taken out of service on Wednesday after inspectors found "
    "cracks in its hull, the harbour authority said.\n\n"
    "Residents of Lind Island will be taken to the mainland by fishing boats until a "
    "replacement ferry arrives from the northern shipyard.\n\n"
    "Hull cracks found during winter inspection\n\n"
    "The authority said the inspection was routine and that nobody had been hurt.\n"
)


@pytest.mark.parametrize("line", [
    "Read also  Ten cheap flights for the summer",
    "Read more: Storm closes mountain pass",
    "READ MORE: Storm closes mountain pass",
    "Also read: Storm closes mountain pass",
    "Related: Storm closes mountain pass",
    "Related Articles",
    "Related",
    "See also: The island's history",
    "SEE MORE: Storm closes mountain pass",
    "Recommended for you",
    "Recommended: Five islands to visit",
    "Click here to subscribe",
    "You may also like",
    "DON'T MISS",
    "- Related stories: Storm closes mountain pass",
    "Harbour chief resigns over ferry failures [VIDEO]",
    "Subscribe to our newsletter",
])
def test_promo_lines(line: str) -> None:
    assert is_promo_line(line)


@pytest.mark.parametrize("line", [
    "Related fighting broke out near the harbour on Thursday, police said.",
    "More than 200 residents signed the petition.",
    "Recommendations from the inspectors will be published next week.",
    "The ferry was built in 1987 and seen as reliable.",
    "Readers wrote to the paper about the ferry.",
])
def test_sentences_that_start_like_promo_are_kept(line: str) -> None:
    assert not is_promo_line(line)


@pytest.mark.parametrize("line", [
    "Copyright 2024 The Island Gazette",
    "© 2024 The Island Gazette. All rights reserved.",
    "https://gazette.example.org/ferry-cracks",
    "Filed under: Transport",
    "Tags: ferry, island",
])
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line) and not is_boilerplate_line("The ferry was repaired.")


def test_a_link_list_under_a_promo_header_is_promo_too() -> None:
    lines = [
        "The ferry will return in May.",
        "Related:",
        "- Harbour chief resigns",
        "- Island school closes for the week",
        "The authority apologised.",
        "- A list item in the article body, ending like a sentence.",
    ]
    assert line_reasons(lines) == [None, "promo", "promo", "promo", None, None]


def test_a_spam_line_without_any_prefix_goes() -> None:
    spam = "Wholesale Garden Gnome Factory Custom Resin Figurines Quotes"
    raw = ARTICLE.replace(
        "Hull cracks found during winter inspection\n\n",
        f"Hull cracks found during winter inspection\n\n{spam}\n\n",
    )
    cleaned = clean_text(raw)
    assert spam not in cleaned.text
    [removal] = cleaned.removed
    assert removal.reason == "spam" and raw[removal.start:removal.end].startswith(spam)
    # The subheading shares "hull", "cracks", "inspection" with the article: it stays.
    assert "Hull cracks found during winter inspection" in cleaned.text
    assert cleaned.text == ARTICLE


@pytest.mark.parametrize("line", [
    "By Maria Olsen, Harbour Correspondent",  # a byline
    "Photo: Gazette Archive Picture Desk",  # a credit
    "weather permitting boats sail daily",  # lower-case prose
    "Tickets, Timetables and Fares",  # clause punctuation
    "The Crew Thanked Everyone.",  # ends like a sentence
    "Lind Island Ferry Timetable",  # shares words with the article
])
def test_lines_that_are_not_judged_spam(line: str) -> None:
    body = [ln for ln in ARTICLE.splitlines() if ln.strip()]
    assert not is_unrelated_line(line, body)


def test_the_title_line_is_never_judged() -> None:
    lines = ["Quarterly Figures Published Today Online", "The ferry sailed at noon."]
    assert unrelated_lines(lines) == [False, False]
