"""A stored document's text with the words its events rest on marked, for ``eventwire show``.

Every extracted value points at its words (``text[start:end]``); reading them in place is how
a reader checks an event. Marks are brackets with a label, ``[shelled](v1 ASSAULT)``, so they
survive a pipe or a copy; a terminal also colours them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text

STYLES = {"trigger": "bold red", "actor": "bold cyan", "target": "bold magenta",
          "place": "green", "date": "yellow", "count": "blue"}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of STYLES
    label: str  # what the bracket says: the kind, or the event for a trigger


def _span_mark(span: dict[str, Any] | None, kind: str, label: str | None = None) -> list[Mark]:
    if not span or span.get("start") is None or span.get("end") is None:
        return []
    return [Mark(span["start"], span["end"], kind, label or kind)]


def evidence_marks(rec: dict[str, Any]) -> list[Mark]:
    """Each event's triggers, roles, place, date and counts, then every place mention; in that
    order of precedence, since marks cannot overlap."""
    marks: list[Mark] = []
    for e in rec.get("events", []):
        event = f"{e['id']} {e['plover']}"
        marks += _span_mark(e.get("trigger"), "trigger", event)
        for mention in e.get("mentions", []):
            marks += _span_mark(mention.get("trigger"), "trigger", event)
        marks += _span_mark(e.get("actor"), "actor") + _span_mark(e.get("target"), "target")
        marks += _span_mark(e.get("location"), "place") + _span_mark((e.get("date") or {}).get("span"), "date")
        for q in e.get("quantities", []):
            marks += _span_mark(q, "count")
    for place in rec.get("places", []):
        for mention in place.get("mentions", []):
            marks += _span_mark(mention, "place")
    return marks


def _without_overlaps(marks: list[Mark]) -> list[Mark]:
    """The first mark to claim a character keeps it; a repeat of a kept span is dropped."""
    kept: list[Mark] = []
    for m in marks:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def marked_text(rec: dict[str, Any]) -> Text:
    """The document text with every mark as ``[words](label)``, styled by kind."""
    text = rec["document"]["text"]
    out = Text()
    at = 0
    for m in _without_overlaps(evidence_marks(rec)):
        out.append(text[at:m.start])
        out.append("[", style="dim")
        out.append(text[m.start:m.end], style=STYLES[m.kind])
        out.append(f"]({m.label})", style="dim")
        at = m.end
    out.append(text[at:])
    return out


def legend() -> Text:
    """Which colour is which kind, for the line above the text."""
    return Text.assemble(*((f"{kind} ", style) for kind, style in STYLES.items()))
