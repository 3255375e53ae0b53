"""Time expressions: find date words in text and normalize them against ``document.published``.

Relative expressions ("on the 20th", "since the 16th", "on Wednesday", "last month")
need an anchor; without ``published`` they keep what is known (a year, or nothing) and
say so with precision ``unknown``. A bare number is a year only with a date word or a
preposition before it and inside a plausible range, so "2429 surrender" stays a count.
Which of a sentence's dates is an event's is :mod:`.dates`' job (it reads the parse).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..record import EventDate, make_span
from .datepatterns import (
    COUNT_PHRASES,
    EXPLICIT,
    MONTHS,
    NUMBER_WORDS,
    PATTERNS,
    UNIT_DAYS,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_SHIFT,
    may_match,
)

MIN_YEAR = 1800
MAX_YEAR_AHEAD = 1  # a year may be at most this far after the publication year (or today)
NEAR_FUTURE_DAYS = 31  # a yearless day or month this close after publication is the coming one
TYPO_WINDOW_DAYS = 31  # a named day this close before publication is this year's, whatever its weekday
SAME_DAY = re.compile(r"^(?:on\s+)?the\s+same\s+day$")  # the news' day, however many sentences back: not
# "that day" or "the next day", which count from the day told just before them
YEARS_APART = re.compile(r"\s*,?\s*(?:(?:last|next|the\s+previous|the\s+following)\s+year\b"
                         r"|(?:a|one|\w+)\s+years?\s+(?:earlier|before|ago|later)\b)", re.I)
TOLD_WEEK = re.compile(r"^the\s+\w+\s+week$")  # "the following week", "the previous week", "the same week"
# The "rel" words that name one day, which a report's named day may re-anchor ("today" said
# on the 20th); "last week" spans its own days.
DAY_RELS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening", "yesterday",
                      "last night", "tomorrow",
                      "the day before yesterday", "the day after tomorrow"})


@dataclass(slots=True)
class DateMention:
    kind: str
    start: int
    end: int
    value: EventDate
    explicit: bool
    opens_span: bool = False  # "since it began in October 2017": the start of a span that runs to now


def _month(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0) or MONTHS.get(name.lower()[:3], 0)


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 0


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def iso_day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _year_of(anchor: date, m: int, d: int | None = None, ahead: int = 0) -> int:
    """The year that puts month ``m`` (day ``d``) on or before the anchor, unless it falls
    within ``ahead`` days after it: a report's "on July 31" written on July 28 is this
    week's, not last year's (nor, at the turn of the year, is "January 5" on December 20)."""
    for year in (anchor.year, anchor.year + 1):
        when = _safe_date(year, m, d or 1)
        if when is not None and anchor < when <= anchor + timedelta(days=ahead):
            return year
    if (m, d or 1) > (anchor.month, anchor.day):
        return anchor.year - 1
    return anchor.year


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


FILING_LAG_DAYS = 31  # a dateline's filing day this long before publication still dates the report


def filing_day(text: str, start: int, end: int, published: date | None) -> date | None:
    """The day a wire report was filed, from its dateline's words ("ABUJA, May 6 (Reuters) -"),
    when it falls on or before the publication day and not long before: its weekdays and its
    undated news are read against that day, not the day an aggregator published it."""
    if published is None:
        return None
    for m in find_dates(text, start, end, published):
        if m.value.precision == "day" and m.value.start:
            filed = date.fromisoformat(m.value.start)
            if 0 <= (published - filed).days <= FILING_LAG_DAYS:
                return filed
    return None


NAMED_WEEKDAY = re.compile(r"\b(?P<wd>" + WEEKDAY_RE + r"),?\s+(?:the\s+)?$")  # "Wednesday, July 31"
PART_BEFORE = re.compile(r"\b(?P<part>early|mid|late)[\s-]+$", re.I)  # "late last year"
PART_IN = re.compile(r"^(?:in\s+|during\s+|by\s+)?(?P<part>early|mid|late)\b"
                     r"|^(?:at|towards?)\s+the\s+(?P<edge>end|start|beginning)\s+of\b", re.I)  # "in late 2019",
# "at the end of May" (its last third), "at the start of June" (its first)
EDGE_PARTS = {"end": "late", "start": "early", "beginning": "early"}
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:last|this)\s+)?$", re.I)
# "since" earlier in the date's own clause ("has killed 1,000 people since it began in October
# 2017"): the date opens a span that runs to now, and sets no year for the story told after it
SPAN_OPENED = re.compile(r"\bsince\b[^,.;:!?\n]{0,40}$", re.I)
SPAN_LOOKBACK = 48  # characters before a date read for its "since"
WEEKDAY_DATE_GAP = re.compile(r"\s*,?\s*\(?\s*")  # between a weekday and its date: "Friday, August 16"
WEEKDAY_DATE_KINDS = frozenset({"md", "dm", "mdy", "dmy"})  # dates of one day a weekday may precede (not
# "the 10th": "on Sunday, the 10th attack this month" counts attacks)


def _normalize(kind: str, m: re.Match[str], anchor: date | None,
               ahead: int = NEAR_FUTURE_DAYS) -> EventDate | None:
    """The date an expression names; "since <a day>" ("since Monday", "since May 16") runs
    from that day to the report's date. A day or month with no year may lie up to ``ahead``
    days after the anchor (the report's upcoming days; none when the anchor is the end of a
    narrative's year)."""
    since = SINCE_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]) is not None
    value = _normalize_once(kind, m, anchor, 0 if since else ahead)
    if value is not None and value.precision == "day" and anchor is not None and value.start \
            and since and value.start <= anchor.isoformat():
        return EventDate(value.start, anchor.isoformat(), "range")
    if value is not None and anchor is not None and value.end and m.group(0).lower().startswith("earlier") \
            and value.end > anchor.isoformat():
        return EventDate(value.start, anchor.isoformat(), "range")  # "earlier this year": before now
    part = PART_BEFORE.search(m.string[max(0, m.start() - 8):m.start()]) or PART_IN.match(m.group(0))
    if value is not None and part is not None:
        edge = part.groupdict().get("edge")
        return _part(value, EDGE_PARTS[edge.lower()] if edge else part.group("part").lower())
    return value


def _part(value: EventDate, part: str) -> EventDate:
    """"late last year", "in early March": the third of the year or month the word names;
    "early this week": Monday to Wednesday (up to the day of telling)."""
    if not value.start or not value.end:
        return value
    start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
    if value.precision == "range" and start.weekday() == 0 and (end - start).days <= 6:
        first = {"early": 0, "mid": 1, "late": 3}[part]
        lo = start + timedelta(days=first)
        hi = min(end, start + timedelta(days=first + (2 if part != "late" else 3)))
        return EventDate(lo.isoformat(), max(lo, hi).isoformat(), "range")
    if value.precision not in ("year", "month"):
        return value
    if value.precision == "year":
        bounds = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        lo = date(start.year, bounds[0], 1)
        hi = date(start.year, bounds[1], calendar.monthrange(start.year, bounds[1])[1])
    else:
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        lo, hi = start.replace(day=days[0]), start.replace(day=days[1])
    return EventDate(lo.isoformat(), hi.isoformat(), "range")


def _normalize_once(kind: str, m: re.Match[str], anchor: date | None, ahead: int
                    ) -> EventDate | None:
    g = m.groupdict()
    if kind in ("that_day", "that_month"):
        return EventDate(None, None, "unknown")  # until find_dates knows the story's day
    max_year = (anchor.year if anchor else date.today().year) + MAX_YEAR_AHEAD
    y = int(g["y"]) if g.get("y") else None
    if y is not None and not (MIN_YEAR <= y <= max_year):
        return None
    if kind in ("iso", "mdy", "dmy") and y is not None:
        mon = int(g["m"]) if kind == "iso" else _month(g["mon"])
        d = _safe_date(y, mon, _day(g["d"]))
        return EventDate(iso_day(d), iso_day(d), "day") if d else None
    if kind == "day_range":
        mon = _month(g["mon"] or g["mon2"])
        first, last = _day(g["d1"] or g["e1"]), _day(g["d"] or g["e2"])
        year = g["y"] or g["y2"]
        if first >= last:
            return None  # "the 3-1 vote", "2 to 1 March": no span of days
        if year:
            y2 = int(year)
        elif anchor:
            y2 = _year_of(anchor, mon, first, ahead)
        else:
            return EventDate(None, None, "unknown")
        lo, hi = _safe_date(y2, mon, first), _safe_date(y2, mon, last)
        return EventDate(iso_day(lo), iso_day(hi), "range") if lo and hi else None
    if kind in ("md", "dm"):
        mon, day = _month(g["mon"]), _day(g["d"])
        if not anchor:
            return EventDate(None, None, "unknown")
        d = _safe_date(_year_of(anchor, mon, day, ahead), mon, day)
        named = NAMED_WEEKDAY.search(m.string[max(0, m.start() - 14):m.start()])
        weekday = WEEKDAYS[named.group("wd").lower()] if named else None
        if d is not None and weekday is not None and d.weekday() != weekday \
                and not -ahead <= (anchor - d).days <= TYPO_WINDOW_DAYS:
            # "Wednesday, July 31": of the years around the report, the one whose July 31
            # is a Wednesday (not a day of the month just past or to come: "Saturday, June 10"
            # told on June 17 is this June's, its weekday mistyped)
            fits = [x for x in (_safe_date(d.year + k, mon, day) for k in (-1, 1, -2, 2))
                    if x is not None and x.weekday() == weekday
                    and x.year <= anchor.year + MAX_YEAR_AHEAD and (x - anchor).days <= ahead]
            d = min(fits, key=lambda x: abs((x - anchor).days)) if fits else d
        return EventDate(iso_day(d), iso_day(d), "day") if d else None
    if kind == "my" and y is not None:
        lo, hi = month_range(y, _month(g["mon"]))
        return EventDate(iso_day(lo), iso_day(hi), "month")
    if kind in ("year", "year_attr"):
        prep = g["prep"].lower()
        if prep in ("since", "from"):
            end = anchor.isoformat() if anchor else None
            return EventDate(f"{y}-01-01", end, "range")
        return EventDate(f"{y}-01-01", f"{y}-12-31", "year")
    if kind == "md_rel_year" and anchor is not None:
        shift = YEAR_SHIFT[g["rel"].lower()]
        d = _safe_date(anchor.year + shift, _month(g["mon"] or g["mon2"]), _day(g["d"] or g["d2"]))
        return EventDate(iso_day(d), iso_day(d), "day") if d else None
    if kind == "mon_rel_year" and anchor is not None:
        shift = YEAR_SHIFT[g["rel"].lower()]
        lo, hi = month_range(anchor.year + shift, _month(g["mon"]))
        return EventDate(iso_day(lo), iso_day(hi), "month")
    if kind == "last_mon" and anchor is not None:
        mon = _month(g["mon"])
        this_year = g["rel"].lower() == "this"
        year = anchor.year if this_year or mon < anchor.month else anchor.year - 1
        lo, hi = month_range(year, mon)
        return EventDate(iso_day(lo), iso_day(hi), "month")
    if kind in ("mon", "since_mon", "mon_attr", "last_mon"):
        mon = _month(g["mon"])
        if not anchor or not mon:
            return EventDate(None, None, "unknown")
        lo, hi = month_range(_year_of(anchor, mon, None, ahead if kind == "mon" else 0), mon)
        if kind == "since_mon":
            return EventDate(iso_day(lo), iso_day(anchor), "range")
        return EventDate(iso_day(lo), iso_day(hi), "month")
    if kind in ("the_day", "since_day"):
        day = _day(g["d"])
        if not anchor:
            return EventDate(None, None, "unknown")
        y2, m2 = anchor.year, anchor.month
        if day > anchor.day:  # "the 28th" read on the 3rd is last month's
            m2 -= 1
            if m2 == 0:
                y2, m2 = y2 - 1, 12
        d = _safe_date(y2, m2, day)
        if d is None:
            return None
        if kind == "since_day":
            return EventDate(iso_day(d), iso_day(anchor), "range")
        return EventDate(iso_day(d), iso_day(d), "day")
    if kind == "weekday":
        if not anchor:
            return EventDate(None, None, "unknown")
        if g.get("wk"):  # "Thursday last week", "Monday next week"
            weeks = {"last": -1, "this": 0, "next": 1}[g["wk"].lower()]
            d = anchor + timedelta(days=WEEKDAYS[g["wd"].lower()] - anchor.weekday() + 7 * weeks)
            return EventDate(iso_day(d), iso_day(d), "day")
        back = (anchor.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if back <= 1 and m.group(0).lower().startswith("last"):
            back += 7  # "last Thursday" written on a Thursday or a Friday is a week before: of
            # the day before, a report says "on Thursday" or "yesterday"
        d = anchor - timedelta(days=back)
        if m.group(0).lower().startswith("next"):  # "next Wednesday": the coming one
            d = anchor + timedelta(days=(7 - back) or 7)
        return EventDate(iso_day(d), iso_day(d), "day")
    if kind == "ago":
        if not anchor:
            return EventDate(None, None, "unknown")
        n = " ".join(g["n"].lower().split())
        count = int(n) if n.isdigit() else COUNT_PHRASES.get(n, NUMBER_WORDS.get(n, 1))
        unit = g["unit"].lower()
        d = anchor - timedelta(days=count * UNIT_DAYS[unit])
        precision = {"day": "day", "week": "day", "fortnight": "day", "month": "month", "year": "year"}[unit]
        return EventDate(iso_day(d), iso_day(d), precision)
    if kind == "night_weekend":
        if not anchor:
            return EventDate(None, None, "unknown")
        rel = g["rel"].lower()
        if rel == "overnight":
            return EventDate(iso_day(anchor - timedelta(days=1)), iso_day(anchor), "range")
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the last Saturday, or today's
        if rel.startswith("this") and "past" not in rel and anchor.weekday() < 5:
            saturday += timedelta(days=7)  # "this weekend" said on a weekday: the coming one
        elif rel.startswith("last") and anchor.weekday() >= 5:
            saturday -= timedelta(days=7)  # "last weekend" said on a weekend: the one before
        return EventDate(iso_day(saturday), iso_day(saturday + timedelta(days=1)), "range")
    if kind == "rel":
        if not anchor:
            return EventDate(None, None, "unknown")
        rel = g["rel"].lower()
        if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
            return EventDate(iso_day(anchor), iso_day(anchor), "day")
        if rel in ("yesterday", "last night"):
            d = anchor - timedelta(days=1)
            return EventDate(iso_day(d), iso_day(d), "day")
        if rel in ("the day before yesterday", "the day after tomorrow"):  # two days off
            d = anchor + timedelta(days=2 if rel.endswith("tomorrow") else -2)
            return EventDate(iso_day(d), iso_day(d), "day")
        if rel == "tomorrow":
            d = anchor + timedelta(days=1)
            return EventDate(iso_day(d), iso_day(d), "day")
        if rel.startswith("next"):  # what is planned: the coming week, month or year
            if rel.endswith("week"):
                monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7)
                return EventDate(iso_day(monday), iso_day(monday + timedelta(days=6)), "range")
            if rel.endswith("month"):
                y2, m2 = (anchor.year, anchor.month + 1) if anchor.month < 12 else (anchor.year + 1, 1)
                lo, hi = month_range(y2, m2)
                return EventDate(iso_day(lo), iso_day(hi), "month")
            return EventDate(f"{anchor.year + 1}-01-01", f"{anchor.year + 1}-12-31", "year")
        if rel.startswith("later"):  # the rest of the week, month or year, after the telling
            if rel.endswith("week"):
                rest_end = anchor - timedelta(days=anchor.weekday()) + timedelta(days=6)
            elif rel.endswith("month"):
                rest_end = month_range(anchor.year, anchor.month)[1]
            else:
                rest_end = date(anchor.year, 12, 31)
            return EventDate(iso_day(min(anchor + timedelta(days=1), rest_end)), iso_day(rest_end), "range")
        if rel.endswith("week"):
            monday = anchor - timedelta(days=anchor.weekday())
            if rel == "last week":
                monday -= timedelta(days=7)
                return EventDate(iso_day(monday), iso_day(monday + timedelta(days=6)), "range")
            return EventDate(iso_day(monday), iso_day(anchor), "range")
        if rel.endswith("month"):
            y2, m2 = anchor.year, anchor.month
            if rel == "last month":
                y2, m2 = (y2, m2 - 1) if m2 > 1 else (y2 - 1, 12)
            lo, hi = month_range(y2, m2)
            return EventDate(iso_day(lo), iso_day(min(hi, anchor)), "month")
        if rel.endswith("year"):
            y2 = anchor.year - (1 if rel == "last year" else 0)
            return EventDate(f"{y2}-01-01", f"{y2}-12-31", "year")
    return None


# a dated moment whose year the next dates share
YEAR_KINDS = frozenset({"iso", "mdy", "dmy", "my", "mon_rel_year", "md_rel_year"})
# (a bare year — "annexed in 2014", "founded in 2009" — dates a fact, not the narrative's day)
YEARLESS_KINDS = frozenset({"md", "dm", "mon", "mon_attr", "day_range"})  # "on November 21", "in late February"
ATTRIBUTIVE = frozenset({"year_attr", "mon_attr"})  # dates only the noun they stand before
BACKGROUND_YEARS = 2  # a stated year this far before publication sets the year of the next dates
RECENT_NEWS_DAYS = 31  # ... unless a yearless day in another sentence falls this close before publication
NARRATIVE_FOLLOW_DAYS = 90  # (... and does not come this soon after the day the story told before)


def find_dates(text: str, start: int, end: int, anchor: date | None,
               context_year: int | None = None, story_day: date | None = None,
               last_day: date | None = None) -> list[DateMention]:
    """Date mentions in ``text[start:end]``, longest first where they overlap.

    A month or day with no year is read in the year the narrative is in: the year last
    stated (in this sentence or in ``context_year``, from the sentences just before) when
    that lies well before publication ("the army moved on November 15, 2017 ... his
    resignation on November 21"), else the latest such day on or before publication.
    "That day", "the next day" count from the last day the sentence named before them, else
    ``story_day`` (the last one the sentences just before named); "the same day", else
    ``last_day`` (the caller gives it to a paragraph's opening sentence: the last day the text
    named before it, however far back, "On the same day in Minsk" after a paragraph of
    background); with none, they are no date.
    """
    chunk = text[start:end]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = chunk.lower()
    for kind, pattern in PATTERNS:
        if not may_match(kind, pattern, chunk, lowered):
            continue
        for m in pattern.finditer(chunk):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "rel" and _in_a_name(chunk, s):
                continue  # "USA Today noted": a newspaper, not the day
            if kind in ("mon", "since_mon", "md", "dm", "my", "mon_attr", "last_mon", "mon_rel_year",
                        "day_range", "md_rel_year") and "mon" in m.groupdict():
                name = m.group("mon") or m.group("mon2")
                if name[:1].islower():
                    continue  # "may", "march" as words, not months
            value = _normalize(kind, m, anchor)
            if value is None:
                continue
            if kind in ATTRIBUTIVE:  # the evidence is the year or month, not "the" before it
                s = m.start("y") if kind == "year_attr" else m.start("mon")
            value.span = make_span(text, start + s, start + e)
            opens = kind in YEAR_KINDS and SPAN_OPENED.search(text, max(0, start + s - SPAN_LOOKBACK), start + s) \
                is not None
            found.append(DateMention(kind, start + s, start + e, value, kind in EXPLICIT, opens))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    found = _weekday_named_by_date(text, found)
    if anchor is not None:
        _read_in_narrative_year(text, found, anchor, context_year, story_day)
    return _told_days(text, found, story_day, anchor, last_day)


def _weekday_named_by_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "on Friday, August 16", "on Thursday (July 4)", "Friday 16 August": a weekday and the
    date right after it name one day, which the date says (a weekday alone is the latest
    such day before the report, which a late copy would miss): one mention, from the weekday
    to the date."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is None or prev.kind != "weekday" or m.kind not in WEEKDAY_DATE_KINDS \
                or WEEKDAY_DATE_GAP.fullmatch(text, prev.end, m.start) is None:
            out.append(m)
            continue
        end = m.end + 1 if "(" in text[prev.end:m.start] and text[m.end:m.end + 1] == ")" else m.end
        m.value.span = make_span(text, prev.start, end)
        out[-1] = DateMention(m.kind, prev.start, end, m.value, m.explicit)
    return out


def _told_days(text: str, found: list[DateMention], story_day: date | None,
               anchor: date | None, last_day: date | None = None) -> list[DateMention]:
    """Read "that day", "the next day" against the day told just before them ("since that
    day": from it to the report's date); drop them when no day was told."""
    out: list[DateMention] = []
    for m in found:
        if m.kind == "that_month":
            told_month = next((d for o in reversed(out) if o.value.start and o.value.precision in TOLD_PRECISIONS
                               and (d := parse_iso_day(o.value.start)) is not None), story_day)
            value = _month_told(m.value.span.text.lower() if m.value.span else "", told_month, anchor)
            if value is not None:
                value.span = m.value.span
                m.value = value
                out.append(m)
            continue
        if m.kind == "that_day":
            said = m.value.span.text.lower() if m.value.span else ""
            told = next((d for o in reversed(out) if (d := day_of(o)) is not None),
                        story_day or (last_day if SAME_DAY.search(said) and not _years_apart(text, m.end) else None))
            if told is None:
                continue
            if TOLD_WEEK.search(said):  # "the following week": the calendar week after the told day's
                monday = told - timedelta(days=told.weekday()) + timedelta(weeks=_told_step(said))
                last = monday + timedelta(days=UNIT_DAYS["week"] - 1)
                if anchor is not None and monday > anchor:
                    continue
                if anchor is not None:
                    last = min(last, anchor)
                m.value = EventDate(monday.isoformat(), last.isoformat(), "range", m.value.span)
                out.append(m)
                continue
            when = (told + timedelta(days=_told_step(said))).isoformat()
            if anchor is not None and when > anchor.isoformat():
                continue  # a day after the report was published: not one the story told
            since = SINCE_BEFORE.search(text[max(0, m.start - 12):m.start]) is not None
            until = anchor.isoformat() if since and anchor is not None and when <= anchor.isoformat() else None
            m.value = EventDate(when, until or when, "range" if until else "day", m.value.span)
        out.append(m)
    return out




TOLD_PRECISIONS = frozenset({"day", "month", "year"})  # dates a "the following month" counts from
COUNTED_MONTHS = re.compile(r"(\w+)\s+(?:month|year)s?\s+(later|earlier)\b")


def _month_told(said: str, told: date | None, anchor: date | None) -> EventDate | None:
    """ "In September 2020 ... the following month": October 2020; "a year later": the year
    after the one told. None with nothing told before, or a month still to come."""
    if told is None:
        return None
    counted = COUNTED_MONTHS.match(said)  # "a year later", "two months earlier"
    if counted is None:
        step = _told_step(said)  # "the following month" 1, "the previous year" -1, "the same month" 0
    else:
        word = counted.group(1)
        step = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
        step = -step if counted.group(2) == "earlier" else step
    if "year" in said:
        lo, hi = date(told.year + step, 1, 1), date(told.year + step, 12, 31)
        precision = "year"
    else:
        months = told.year * 12 + told.month - 1 + step
        lo, hi = month_range(months // 12, months % 12 + 1)
        precision = "month"
    if anchor is not None and lo > anchor:
        return None
    return EventDate(lo.isoformat(), min(hi, anchor).isoformat() if anchor else hi.isoformat(), precision)


def _told_step(said: str) -> int:
    """Days from the day told before to the one ``said`` names: "the next day" 1, "the day
    before" -1, "two days later" 2, "a week earlier" -7; "that day", "hours later" 0."""
    if re.search(r"\b(?:next|following)\b", said):
        return 1
    if re.search(r"\b(?:previous|before)\b", said):
        return -1
    counted = re.match(r"(\w+)\s+(day|week|hour)s?\s+(later|earlier|after)", said)
    if counted is None:
        return 0
    word, unit = counted.group(1), counted.group(2)
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    days = n // 24 if unit == "hour" else n * UNIT_DAYS[unit]
    return -days if counted.group(3) == "earlier" else days


def _years_apart(text: str, end: int) -> bool:
    """ "The same day last year", "the same day a year earlier": a day of another year."""
    return YEARS_APART.match(text, end) is not None


def day_of(mention: DateMention) -> date | None:
    """The one day a mention names, if it names one."""
    v = mention.value
    if v.precision != "day" or not v.start or v.end not in (None, v.start):
        return None
    return date.fromisoformat(v.start)


def _in_a_name(chunk: str, at: int) -> bool:
    """A capitalised "Today" right after a capitalised word inside a sentence ends a name
    ("USA Today", "BBC Today"), not a day."""
    if not chunk[at:at + 1].isupper():
        return False
    before = chunk[:at].rstrip()
    word = before.split()[-1] if before.split() else ""
    return bool(word) and word[:1].isupper() and word[-1:].isalnum()


def stated_year(mentions: list[DateMention]) -> int | None:
    """The year the last mention that states one names."""
    for m in reversed(mentions):
        if m.kind in YEAR_KINDS and m.value.start and not m.opens_span:
            return int(m.value.start[:4])
    return None


def _follows(m: DateMention, story_day: date | None, year: int) -> bool:
    """The yearless day, read in the narrative's year, comes a few weeks after the day the
    sentences before told ("Troops entered Beijing on the night of June 3, 1989. On June 4,
    soldiers opened fire"): the story goes on in that year, however near publication it falls."""
    day = parse_iso_day(m.value.start)
    if story_day is None or story_day.year != year or day is None:
        return False
    try:
        day = day.replace(year=year)
    except ValueError:  # February 29 in another year
        return False
    return timedelta(0) <= day - story_day <= timedelta(days=NARRATIVE_FOLLOW_DAYS)


def _news_days(start: str | None, anchor: date) -> bool:
    """The day, read in the publication's year, lies within the last weeks before publication."""
    day = parse_iso_day(start)
    return day is not None and timedelta(0) <= anchor - day <= timedelta(days=RECENT_NEWS_DAYS)


def parse_iso_day(start: str | None) -> date | None:
    """The day an ISO start names, or None for a month or a year alone."""
    try:
        return date.fromisoformat((start or "")[:10])
    except ValueError:
        return None


def _read_in_narrative_year(text: str, found: list[DateMention], anchor: date,
                            context_year: int | None, story_day: date | None = None) -> None:
    year, stated_here = context_year, False
    opened: date | None = None  # the start of a span told in this sentence ("since ... June 2012")
    for m in found:
        if m.kind in YEAR_KINDS and m.value.start:
            if m.opens_span:
                opened = parse_iso_day(m.value.start)
            else:
                year, stated_here = int(m.value.start[:4]), True
            continue
        if m.kind not in YEARLESS_KINDS:
            continue
        if opened is not None and not stated_here:
            value = _in_year(text, m, opened.year)
            start = parse_iso_day(value.start) if value is not None else None
            if value is not None and start is not None \
                    and timedelta(0) <= start - opened <= timedelta(days=NARRATIVE_FOLLOW_DAYS):
                m.value = value  # "since they captured it in June 2012, and in July they destroyed
                continue  # the shrines": the story goes on in the span's first months
        if year is None or year > anchor.year - BACKGROUND_YEARS:
            continue
        if not stated_here and _news_days(m.value.start, anchor) and not _follows(m, story_day, year):
            continue  # "since Russia launched its invasion on February 24, 2022. Russian forces
            # captured Avdiivka on February 17": a day just before publication is the report's
            # news, whatever year the sentences before stated (this sentence's own year still holds)
        value = _in_year(text, m, year)
        if value is not None:
            m.value = value


def _in_year(text: str, m: DateMention, year: int) -> EventDate | None:
    """A yearless month or day read in ``year``, with the mention's own span."""
    again = dict(PATTERNS)[m.kind].match(text, m.start, m.end)
    value = _normalize(m.kind, again, date(year, 12, 31), ahead=0) if again else None
    if value is not None:
        value.span = m.value.span
    return value
