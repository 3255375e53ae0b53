"""What linking reads of one stored event: its type, a date window, a point, its parties.

A key is built from the record dict alone, so a document's keys are the same whether it
was just extracted or read back from the store years later.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..events.timex import parse_published
from ..geo.resolve import great_circle_km

DAY_SLACK = 1  # a "Sunday" in one time zone is a "Monday" in another report
# An event the text gives no date for happened some time before publication: recent news
# or background. Linking reads it as the month before and asks more of its other fields.
UNDATED_WINDOW_DAYS = 30
PRECISE_WINDOW_DAYS = 3  # a window this short or shorter pins the day
# Words that name no party by themselves: titles, function words, the commonest generic
# heads. "President Trump" and "President Erdogan" must not share a party through "president".
NOT_PARTY_WORDS = frozenset("""
a an the of and or for in on at to by with from 's mr mrs ms dr sir
president prime minister ministry secretary spokesman spokeswoman spokesperson official officials
leader leaders chief head government governments state states national federal republic
united new people group groups member members office department council committee
former acting deputy vice general senior top local regional country countries
more than least some about over nearly almost around dozens hundreds thousands several many few
his her hers their theirs its our he she they them it who whom that this those these
forces force armed army military police policemen troops soldiers soldier security defence defense
democratic islamic liberation front movement alliance union coalition
protesters protester demonstrators gunmen gunman militants militant rebels rebel fighters fighter
defenders suspects attackers assailants men women people civilians residents villagers
airstrike airstrikes strike strikes attack attacks authorities court judge
positions position targets areas area building buildings
last remaining final first other several unidentified unknown suspected alleged
""".split())
# Words that say nothing about which happening a sentence reports.
NOT_CONTENT_WORDS = NOT_PARTY_WORDS | frozenset("""
is was were be been being has have had having do does did will would could should may might
it its this that these those there here their them they he she his her him who whom which what
when where while after before during since until into onto over under about also not but than
then so as if because said says say told according reported reports report added statement
one two three four five six seven eight nine ten first second last year years month week day
monday tuesday wednesday thursday friday saturday sunday today yesterday
""".split())
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class LinkKey:
    """One event as linking sees it. Windows are ISO dates, inclusive."""

    document_id: str
    event_id: str
    plover: str
    win_start: str | None
    win_end: str | None
    precise: bool  # the window pins the day (within PRECISE_WINDOW_DAYS)
    dated: bool  # the window comes from the text, not from the publication date
    lat: float | None
    lon: float | None
    feature: str | None
    country: str | None
    admin1: str | None
    actors: frozenset[str]
    targets: frozenset[str]
    publisher: str | None
    words: frozenset[str] = frozenset()  # content words of the reporting sentence
    named: bool = False  # the actor is a named entity ("M23"), not a description ("the last defenders")

    @property
    def days(self) -> int:
        return _span_days(self.win_start, self.win_end) + 1 if self.win_start and self.win_end else 0


def party_words(*names: str | None) -> frozenset[str]:
    """The content words of a party's names, lower-cased: what two reports of one party share."""
    words: set[str] = set()
    for name in names:
        for w in WORD.findall((name or "").lower()):
            w = w.removesuffix("'s").removesuffix("’s")
            if len(w) > 1 and not w.isdigit() and w not in NOT_PARTY_WORDS:
                words.add(w)
    return frozenset(words)


def content_words(text: str) -> frozenset[str]:
    """A sentence's content words, lower-cased, plural -s folded: what two reports of one
    happening tend to share ("emergency", "schools", "vaccination")."""
    out = set()
    for w in WORD.findall(text.lower()):
        if len(w) > 2 and not w.isdigit() and w not in NOT_CONTENT_WORDS:
            out.add(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


def _span_days(start: str | None, end: str | None) -> int:
    """Days from ``start`` to ``end`` (ISO dates of a window the keys made themselves)."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days if start and end else 0


def date_window(date: dict[str, Any] | None, published: str | None) -> tuple[str | None, str | None, bool]:
    """(start, end, dated): the event's own range (a day widened by DAY_SLACK), or, when no
    words of the text date it (no date, or the stage's guess from the publication date, which
    has no span), the UNDATED_WINDOW_DAYS before publication, marked undated."""
    start = parse_published((date or {}).get("start"))
    end = parse_published((date or {}).get("end")) or start
    if (date or {}).get("span") is None:  # a date no words give: the publication's guess
        start = end = None
    if start is not None and end is not None:
        if (date or {}).get("precision") == "day" or start == end:
            start, end = start - dt.timedelta(days=DAY_SLACK), end + dt.timedelta(days=DAY_SLACK)
        return start.isoformat(), max(start, end).isoformat(), True
    pub = parse_published(published)
    if pub is None:
        return None, None, False
    return (pub - dt.timedelta(days=UNDATED_WINDOW_DAYS)).isoformat(), pub.isoformat(), False


def _role_words(role: dict[str, Any] | None, entities: dict[str, dict[str, Any]]) -> frozenset[str]:
    if not role:
        return frozenset()
    entity = entities.get(role.get("entity") or "")
    words = party_words(role.get("name"), (entity or {}).get("name"))
    kb = (entity or {}).get("kb_id")
    return words | kb_chain(kb) if kb else words


def kb_chain(kb_id: str) -> frozenset[str]:
    """``kb:`` keys of a known entity and of what it belongs to (a spokesman's ministry, its
    state): Trump and "the United States" are one party for linking, Russia's and Ukraine's
    armed forces two."""
    from ..entities.kb import load_kb

    return frozenset([f"kb:{kb_id}"] + [f"kb:{e.id}" for e in load_kb().ancestors(kb_id)])


def link_keys(record: dict[str, Any]) -> list[LinkKey]:
    """A key for every event of a record that could be one report of a happening: not
    negated, not from a republished copy or a skipped document."""
    doc = record.get("document") or {}
    if doc.get("duplicate_of"):
        return []
    entities = {e["id"]: e for e in record.get("entities") or []}
    places = {p["id"]: p for p in record.get("places") or []}
    keys = []
    for ev in record.get("events") or []:
        if ev.get("status") == "negated":
            continue
        start, end, dated = date_window(ev.get("date"), doc.get("published"))
        place = places.get(((ev.get("location") or {}).get("place")) or "")
        keys.append(LinkKey(
            document_id=record["id"], event_id=ev["id"], plover=ev["plover"],
            win_start=start, win_end=end, dated=dated,
            precise=dated and _span_days(start, end) < PRECISE_WINDOW_DAYS,
            lat=(place or {}).get("lat"), lon=(place or {}).get("lon"),
            feature=(place or {}).get("feature"), country=(place or {}).get("country"),
            admin1=(place or {}).get("admin1"),
            actors=_role_words(ev.get("actor"), entities),
            targets=_role_words(ev.get("target"), entities),
            publisher=doc.get("publisher"),
            words=content_words((ev.get("sentence") or {}).get("text") or ""),
            named=bool((ev.get("actor") or {}).get("entity")),
        ))
    return keys


def distance_km(a: LinkKey, b: LinkKey) -> float | None:
    """Great-circle distance between two keys' points, None when either has none."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)
