"""Dates of acts still to come: a bare weekday, month or days of a month that the words alone
read as past but that an act told from now puts ahead ("talks will be held on Thursday", "will
meet again in July", "will hold a summit on July 16").

Split from :mod:`.dates`; the event stage reads every date through :func:`scheduled`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..nlp.syntax import doc_text
from ..record import EventDate
from .datepatterns import DAY_RE, MONTH_RE
from .tellingtime import (
    BARE_WEEKDAY,
    clause_head,
    told_ahead,
    would_from_now,
    would_from_this_week,
)
from .timex import iso_day, month_range

BARE_MONTH = re.compile(r"(?:(?i:in|for|by)\s+)?" + MONTH_RE)  # "in July", with no year
LATE_COPY_DAYS = 31  # a day still to come told this many days before the report is this year's (a late copy)
# "July 16", "3 September", "from July 22 to July 26", "July 22-26": days of a month, with no year
DAY_OF_MONTH = r"(?:" + MONTH_RE + r"\s+" + DAY_RE + r"|" + DAY_RE + r"\s+(?:of\s+)?" + MONTH_RE + r")"
BARE_MONTH_DAYS = re.compile(r"(?:(?i:between|from)\s+)?(?:the\s+)?" + DAY_OF_MONTH + r"(?:\s*(?:-|\u2013|(?i:to|and|"
                             r"through|until))\s*(?:the\s+)?(?:" + DAY_OF_MONTH + r"|" + DAY_RE + r"))?")
FOR_WEEKDAY = re.compile(r"\bfor\s+$", re.I)
POSSESSIVE = re.compile(r"['\u2019]s\b")
FROM_WEEKDAY = re.compile(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", re.I)  # "a strike from Wednesday"


def scheduled(doc: Doc, trigger: Token, when: EventDate | None, anchor: date | None,
              planned: bool) -> EventDate | None:
    """ "Talks will be held on Thursday", "declared a strike for Thursday", "called a strike
    from Wednesday": a bare weekday in the clause of an act still to come, or one it is set
    for, is the coming one (read as the past one when the words alone are seen); not "said
    on Tuesday it would resume aid", the day of saying. So is a bare month ("will meet again
    in July", read in May: this July, not last), and days of a month ("will hold a summit on
    July 16", read in June: this July's)."""
    if when is None or when.span is None or anchor is None or not when.start or not when.end:
        return when
    if when.precision == "month" and BARE_MONTH.fullmatch(when.span.text):
        return _coming_month(doc, trigger, when, anchor) if planned else _past_month(when, anchor)
    if when.precision in ("day", "range") and planned and BARE_MONTH_DAYS.fullmatch(when.span.text):
        return _coming_days(doc, trigger, when, anchor)
    if when.precision != "day" or not BARE_WEEKDAY.fullmatch(when.span.text):
        return when
    span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand")
    if span is None or not len(span) or clause_head(span.root).i != clause_head(trigger).i:
        return when
    text = doc_text(doc)
    before = text[max(0, when.span.start - 12):when.span.start]
    # "claimed responsibility for Sunday's bombing": a day an act was on, not one set for it
    # (but "will deploy officers for Sunday's rally": told from now, the coming one)
    set_for = FOR_WEEKDAY.search(before) and (not POSSESSIVE.match(text, when.span.end) or told_ahead(trigger))
    # "called a 48-hour strike from Wednesday": counted from the report's day when the sentence
    # names no other day (not "said on Monday it had called a strike from Wednesday")
    set_from = planned and FROM_WEEKDAY.search(before) and not any(
        t.ent_type_ == "DATE" and BARE_WEEKDAY.search(t.text) and not span.start <= t.i < span.end
        for t in trigger.sent)
    planned = planned and (told_ahead(trigger) or would_from_now(trigger))
    if not (planned or set_from or set_for):
        return when
    day = date.fromisoformat(when.start)
    if day >= anchor:
        return when
    ahead = (day + timedelta(days=7)).isoformat()
    return EventDate(ahead, ahead, "day", when.span)


def _past_month(when: EventDate, anchor: date) -> EventDate:
    """A bare month on an act told as done that lies after the report ("attacked a bus in June",
    read in May; the words alone take a month just ahead as the coming one): last year's."""
    if not when.start or not when.end or when.start <= anchor.isoformat():
        return when
    start = date.fromisoformat(when.start)
    lo, hi = month_range(start.year - 1, start.month)
    return EventDate(iso_day(lo), iso_day(hi), "month", when.span)


def _coming_month(doc: Doc, trigger: Token, when: EventDate, anchor: date) -> EventDate:
    """A bare month on the verb of an act told as still to come: the next such month when it
    is told from now ("will meet in July"); the nearer of last and next when told by an undated
    "said it would" ("said they would meet again in July", read in May: this July; "said it
    would release them in March": this March). Not a month on a noun of the clause ("will
    retaliate for the attack in April")."""
    ahead = _still_to_come(doc, trigger, when, anchor)
    if ahead is None or not when.start or not when.end:
        return when
    start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
    lo, hi = month_range(start.year + 1, start.month)
    if end.year != start.year or (not ahead and (lo - anchor).days > (anchor - end).days):
        return when
    return EventDate(iso_day(lo), iso_day(hi), "month", when.span)


def _coming_days(doc: Doc, trigger: Token, when: EventDate, anchor: date) -> EventDate:
    """Days of a month with no year on the verb of an act still to come that lie over
    ``LATE_COPY_DAYS`` before the report (the words alone take a yearless day up to
    ``NEAR_FUTURE_DAYS`` ahead as a coming one): next year's when the act is told from now ("will
    hold a summit on July 16", read in June); the nearer of last year's and next year's when told
    by an undated "said it would"."""
    ahead = _still_to_come(doc, trigger, when, anchor)
    if ahead is None or not when.start or not when.end:
        return when
    start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
    if (anchor - end).days <= LATE_COPY_DAYS:
        return when  # "will hold talks on March 9", read on March 10: a copy filed late, not next year's
    try:
        lo, hi = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    except ValueError:  # the 29th of February has no next year
        return when
    if not ahead and (lo - anchor).days > (anchor - end).days:
        return when
    return EventDate(iso_day(lo), iso_day(hi), when.precision, when.span)


def _still_to_come(doc: Doc, trigger: Token, when: EventDate, anchor: date) -> bool | None:
    """For a yearless date on the act's own verb that lies before the report: True when the act
    is told from now ("will meet", "is due to", "said on Tuesday it would"), False when only by
    an undated "said it would"; None when neither, or the date is not the verb's (a date on a
    noun of the clause: "will retaliate for the attack in April")."""
    span = doc.char_span(when.span.start, when.span.end, alignment_mode="expand") if when.span else None
    if span is None or not len(span) or not when.end or when.end >= anchor.isoformat():
        return None
    root = span.root
    on = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if on.i != clause_head(trigger).i:
        return None
    if told_ahead(trigger) or would_from_this_week(trigger):
        return True
    return False if would_from_now(trigger) else None
