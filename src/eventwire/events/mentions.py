"""The mentions and happenings the assembler folds, and the tests of two mentions any join reads.

A :class:`Mention` is one trigger's reading before it is folded; a :class:`Happening` is the
mentions found to tell one act. Kept apart from the join rules (:mod:`.joins`) so that the
readings of sides (:mod:`.accounts`, :mod:`.sides`) can name them without importing upward.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..record import Event, EventDate
from . import clauses
from .timex import parse_iso_day


@dataclass(slots=True)
class Mention:
    """One trigger's reading, before it is folded into a happening."""

    event: Event
    token: Token
    segment: int  # index of its sentence
    headline: bool = False
    date_from_text: bool = False
    borrowed_date: bool = False  # the text's date is another verb's ("claimed the bombing on Saturday")
    nested_in: int | None = None  # index of the mention whose content this one is
    in_content: bool = False  # hangs on another's content ("saying troops carried out the ambush"): heads no row
    term: bool = False  # a term of an accord told before ("Under the deal, Hamas will free ..."): no row, no party
    deed: bool = False  # a dated act of force an accusation or a protest is about: its own row
    why_not: str | None = None  # eventhood.not_an_event's reason, None for an event
    background: bool = False  # told in the past perfect ("had attacked")
    narrative: EventDate | None = None  # the last date stated in the sentences just before


@dataclass(slots=True)
class Happening:
    members: list[int] = field(default_factory=list)
    closed: bool = False  # begun by what is no report (a habit, a forecast): nothing joins it


def measure(event: Event) -> bool:
    """A restriction a government imposes (a ban, a curfew, an emergency), not a deed done
    to someone (CAMEO codes of ``measure_codes``): a measure and a deed are one act only when
    done to the same party (one ruling that jails and bans a man)."""
    return clauses.coded(event.cameo, "measure_codes")


def dates_agree(a: Mention, b: Mention, grace: int = 0) -> bool:
    """Two mentions dated from their own words name overlapping days, or days at most
    ``grace`` apart (a date borrowed from another verb, or none, agrees with any)."""
    if not (a.date_from_text and b.date_from_text) or a.borrowed_date or b.borrowed_date:
        return True
    da, db = a.event.date, b.event.date
    if da is None or db is None or not da.start or not db.start:
        return True
    if grace:
        a0, a1, b0, b1 = (parse_iso_day(x) for x in (da.start, da.end or da.start, db.start, db.end or db.start))
        if a0 is not None and a1 is not None and b0 is not None and b1 is not None:
            return max((a0 - b1).days, (b0 - a1).days) <= grace  # (overlapping days: a gap <= 0)
    return da.start <= (db.end or db.start) and db.start <= (da.end or da.start)



def told_also(m: Mention) -> bool:
    """The act is told with "also" ("Russia also expelled a Latvian diplomat"): as often another
    act of the kind as the one told before."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.token.children)


def planned(e: Event) -> bool:
    """The act lies ahead: it joins only acts that lie ahead."""
    return e.status == "planned"

