"""Do two reported figures disagree? Counts read as intervals, then compared.

"More than 2,000" is [2000, ∞), "about 2,400" is ±10 %, a round "2,400" may be a rounded
2,439, a toll that grows between two reports' dates is a timeline, not a contradiction.
Only figures of one kind ("killed", "surrendered") and compatible units are compared.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

APPROX_SHARE = 0.10  # "about 2,400": ±10 %
APPROX_MIN = 2.0  # ... and up to ±2 on small counts ("about 10" is a guess 12 does not belie),
APPROX_MIN_SHARE = 0.25  # but never more than a quarter of it ("about 4" is no "about 8")
ROUND_MAX_SHARE = 0.05  # a round number may hide at most this much
WITHIN_DOC_NEAR = 0.10  # in one text, only near-equal figures are one count told twice
QUALIFIER_WINDOW = 24  # characters before a figure that may hold its qualifier
SCOPE_WINDOW = 100  # characters either side (within its sentence) that may say what it counts
# Counts that only grow as reports come in; a later, larger figure updates an earlier one.
CUMULATIVE = frozenset({
    "killed", "injured", "detained", "displaced", "surrendered", "abducted", "missing",
    "released", "people",
})
GENERIC_UNITS = frozenset({None, "", "people", "person", "individual", "one"})
# The whole of a count: a figure in these units against one in a narrower unit ("25 people"
# against "8 children", "12 police officers") counts a part of it, not the same thing.
WHOLE_UNITS = frozenset({"people", "person", "individual"})
TOTAL_NEAR = 0.25  # a figure said to be a total is compared with an unscoped one only this near
# "no more than" is an upper bound, "no less than" a lower one: the negated forms first.
NEGATED_UPPER = re.compile(r"\b(?:no|not) more than\s*$", re.I)
NEGATED_LOWER = re.compile(r"\b(?:no|not) (?:less|fewer) than\s*$", re.I)
LOWER = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|a minimum of)\s*$", re.I)
UPPER = re.compile(r"\b(?:up to|fewer than|less than|under|at most|a maximum of)\s*$", re.I)
CLAUSE_END = re.compile(r"[.;:\n]|,\s")
# "between 10 and 20", "10 to 20", "10-20": one figure, a range
RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$", re.I)
NEARLY = re.compile(r"\b(?:nearly|almost|close to|just under)\s*$", re.I)
# A figure that counts a part (a day's, a new batch) or the whole so far. A part and a total
# are different counts: "the last 531 ... today" does not contradict "2,439 since May 16".
# (Not "today", "new", "latest": "killed 25 today" is the day's whole toll, "New Delhi" a place.)
PART = re.compile(r"\b(?:another|a further|additional|more were|of them|among them|including)\b", re.I)
TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|so far|to date|since|cumulative|in total|"
                   r"all told|in the past)\b", re.I)
APPROX = re.compile(r"\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|"
                    r"or so|as many as)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """One count as a report gives it, with where it stands and who gives it."""

    value: float
    kind: str | None
    unit: str | None = None
    bound: str = "exact"  # exact | approx | lower | upper | nearly | range
    high: float | None = None  # a range's upper end ("between 10 and 20")
    as_of: str | None = None  # the report's date: a later report may update a toll
    document_id: str = ""
    event_id: str = ""
    text: str = ""
    start: int = 0
    end: int = 0
    source: str | None = None
    scope: str | None = None  # part | total | None (not said)

    def interval(self) -> tuple[float, float]:
        v = self.value
        if self.bound == "range" and self.high is not None:
            return v, self.high
        if self.bound == "lower":
            return v, math.inf
        if self.bound == "upper":
            return 0.0, v
        give = max(v * APPROX_SHARE, min(APPROX_MIN, v * APPROX_MIN_SHARE))
        if self.bound == "nearly":
            return max(0.0, v - give), v
        if self.bound == "approx":
            return max(0.0, v - give), v + give
        slack = rounding_slack(v)
        return v - slack, v + slack


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # agree | consistent | timeline | contradiction | incomparable
    why: str


def rounding_slack(value: float) -> float:
    """How much a round number may hide: half its last significant place, capped."""
    if value < 100 or not float(value).is_integer():
        return 0.0
    n, place = int(value), 1
    while n % 10 == 0 and n:
        n //= 10
        place *= 10
    if place < 100:
        return 0.0
    return min(place / 2, ROUND_MAX_SHARE * value)


def bound_before(text: str, start: int) -> str:
    """The qualifier right before a figure in ``text``."""
    before = text[max(0, start - QUALIFIER_WINDOW):start]
    for pattern, bound in ((NEGATED_UPPER, "upper"), (NEGATED_LOWER, "lower"), (LOWER, "lower"),
                           (UPPER, "upper"), (NEARLY, "nearly"), (APPROX, "approx")):
        if pattern.search(before):
            return bound
    return "exact"


@lru_cache(maxsize=1)
def unit_groups() -> dict[str, str]:
    """Unit word -> the group it counts in (a data file): "fighters" and "soldiers" are one
    count, "soldiers" and "civilians" two."""
    text = resources.files("eventwire").joinpath("data", "link", "unit_groups.jsonl").read_text("utf-8")
    groups: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            groups |= {unit: row["group"] for unit in row["units"]}
    return groups


def scope_around(text: str, start: int, end: int) -> str | None:
    """Whether the words of a figure's clause make it a total or a part; the marker nearest
    the figure decides. The clause ends at a full stop, a semicolon, a colon or a comma
    before a space ("2,439" keeps its comma): in "the last 531 people left today
    surrendered, so the plant has been locked down since the 16th" the "since" is not 531's."""
    lo = max([0, start - SCOPE_WINDOW] + [m.end() for m in CLAUSE_END.finditer(text, max(0, start - SCOPE_WINDOW),
                                                                                 start)])
    stop = CLAUSE_END.search(text, end, min(len(text), end + SCOPE_WINDOW))
    hi = stop.start() if stop else min(len(text), end + SCOPE_WINDOW)
    while hi < len(text) and text[hi].isalnum():  # never cut a word ("News" is not "new")
        hi += 1
    while lo > 0 and text[lo - 1].isalnum():
        lo -= 1
    found = []  # (distance from the figure, scope): the nearest marker decides
    for pattern, scope in ((TOTAL, "total"), (PART, "part")):
        found += [(start - m.end(), scope) for m in pattern.finditer(text, lo, start)]
        found += [(m.start() - end, scope) for m in pattern.finditer(text, end, hi)]
    return min(found)[1] if found else None


def _units_compatible(a: Figure, b: Figure) -> bool:
    """One count: the same unit, no unit (the event's own count: "2429 surrender"), or units
    of one group (soldiers and fighters). A whole ("people") and a narrower unit ("children")
    are not one count; two different narrow units only within a group."""
    if a.unit == b.unit or not a.unit or not b.unit:
        return True
    if (a.unit in WHOLE_UNITS) != (b.unit in WHOLE_UNITS):
        return False
    if a.unit in GENERIC_UNITS and b.unit in GENERIC_UNITS:
        return True
    groups = unit_groups()
    ga, gb = groups.get(a.unit), groups.get(b.unit)
    return ga is not None and ga == gb


def compare(a: Figure, b: Figure) -> Verdict:
    """How two figures stand to each other."""
    if a.kind != b.kind:
        return Verdict("incomparable", f"different counts ({a.kind} / {b.kind})")
    if not _units_compatible(a, b):
        return Verdict("incomparable", f"different things counted ({a.unit} / {b.unit})")
    if "part" in (a.scope, b.scope) and a.scope != b.scope:
        return Verdict("incomparable", "a part (a new batch, some of them) against a total or an unsaid scope")
    if "total" in (a.scope, b.scope) and a.scope != b.scope \
            and abs(a.value - b.value) > TOTAL_NEAR * max(a.value, b.value):
        return Verdict("incomparable", "a running total against one report's count")
    if a.value == b.value:
        return Verdict("agree", "same figure")
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    if alo <= bhi and blo <= ahi:
        bounds = {a.bound, b.bound}
        why = ("a bound the other figure meets" if bounds & {"lower", "upper", "nearly"}
               else "within an approximate figure" if "approx" in bounds else "within rounding")
        return Verdict("consistent", why)
    if a.as_of and b.as_of and a.as_of != b.as_of and a.kind in CUMULATIVE:
        early, late = (a, b) if a.as_of < b.as_of else (b, a)
        if late.value > early.value:
            return Verdict("timeline", f"rose from {_num(early.value)} ({early.as_of}) to "
                                       f"{_num(late.value)} ({late.as_of})")
    return Verdict("contradiction", f"{_num(a.value)} against {_num(b.value)}")


def within_document(a: Figure, b: Figure) -> Verdict:
    """In one text, two counts of one kind that are far apart usually count different things
    (a day and a total); only near-equal ones ("2429" in a headline, "2,439" below) disagree."""
    verdict = compare(a, b)
    if verdict.kind == "contradiction":
        gap = abs(a.value - b.value) / max(a.value, b.value)
        if gap > WITHIN_DOC_NEAR:
            return Verdict("incomparable", "far apart in one text: likely different counts")
    return verdict


def _num(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def join_ranges(figures: list[Figure], text: str) -> list[Figure]:
    """"between 10 and 20", "10 to 20", "rose from 98 to 104": two numbers of one count that
    stand a word apart are one figure, a range (the text's span runs over both)."""
    ordered = sorted(figures, key=lambda f: f.start)
    out: list[Figure] = []
    for f in ordered:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == f.kind and prev.bound != "range" and prev.end <= f.start \
                and RANGE_JOIN.match(text[prev.end:f.start]):
            lo, hi = sorted((prev.value, f.value))
            out[-1] = Figure(value=lo, high=hi, kind=f.kind, unit=prev.unit or f.unit, bound="range",
                             as_of=f.as_of, document_id=f.document_id, event_id=f.event_id,
                             text=text[prev.start:f.end], start=prev.start, end=f.end, source=f.source,
                             scope=prev.scope or f.scope)
        else:
            out.append(f)
    return out


def figures_of(record: dict[str, Any]) -> dict[str, list[Figure]]:
    """Every event's counts as Figures, with their qualifiers and sources, by event id."""
    doc = record.get("document") or {}
    text = doc.get("text") or ""
    claims = {c["id"]: c for c in record.get("claims") or []}
    out: dict[str, list[Figure]] = {}
    for ev in record.get("events") or []:
        claim = claims.get(ev.get("claim") or "")
        source = ((claim or {}).get("source") or {}).get("name") or doc.get("publisher")
        figures = [
            Figure(value=float(q["value"]), kind=q.get("kind"), unit=q.get("unit"),
                   bound=bound_before(text, q["start"]), as_of=doc.get("published"),
                   document_id=record["id"], event_id=ev["id"], text=q["text"],
                   start=q["start"], end=q["end"], source=source,
                   scope=scope_around(text, q["start"], q["end"]))
            for q in ev.get("quantities") or []
        ]
        out[ev["id"]] = join_ranges(figures, text)
    return out
