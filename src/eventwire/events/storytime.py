"""When a row's act happened when its own words do not say: the date another mention gives,
the story the sentences just before tell, or the week before publication.

The dates of one row, read by :class:`.happenings.Assembler` (which inherits :class:`StoryTime`)
once its mentions are folded.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..record import EventDate
from . import clauses
from . import eventhood as eh
from .agreement import agree
from .clausewords import REPORTING_LEMMAS
from .dates import fallback_date, finer_inside, in_relative
from .joins import JoinRules
from .mentions import Mention, planned
from .standing import STORY_SENTENCES
from .status import announced_object
from .timex import DateMention
from .whereabouts import points_back

CURRENT_NEWS_DAYS = 7  # an undated current event lies in the week before publication
STORY_SEQUENCE = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "eventually"})
NARRATIVE_PERIOD_DAYS = 6  # a stated range this long sets a narrative's time, not one act's day
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}


def _period(when: EventDate) -> bool:
    """A month, a year, or a stretch of a week or more ("in late February"): a time a
    narrative is set in, not the day of one act."""
    if when.precision in ("month", "year"):
        return True
    if when.precision != "range" or not when.start or not when.end:
        return False
    return (date.fromisoformat(when.end) - date.fromisoformat(when.start)).days >= NARRATIVE_PERIOD_DAYS


class StoryTime(JoinRules):
    """The date rules of the row assembly (needs the assembler's ``doc_dates``)."""

    doc_dates: list[DateMention]

    def _date(self, rep: Mention, others: list[Mention]) -> EventDate | None:
        """The representative's own date, else the most precise other mention's; a date
        borrowed from another verb's clause only when no mention has its own. A date the act
        noun itself carries ("the 2004 bombing ... that killed ten", "Tuesday's attack") is the
        act's before any other (not the day the trial over it opened)."""
        named = next((m.event.date for m in (rep, *others) if m.date_from_text and m.event.date is not None
                      and self._on_its_noun(m) and self._tells(m, rep)), None)
        if named is not None:  # (a more precise time inside it stays: "the 1968 assassination" of
            # a man "killed in June 1968")
            inside = [m.event.date for m in (rep, *others) if m.date_from_text and m.event.date is not None
                      and finer_inside(m.event.date, named)]
            return min(inside, key=lambda d: PRECISION_RANK.get(d.precision, 9), default=named)
        for borrowed in (False, True):
            dated = [m.event.date for m in others if m.date_from_text and m.borrowed_date == borrowed
                     and m.event.date is not None]
            if rep.date_from_text and rep.borrowed_date == borrowed and rep.event.date is not None:
                own = rep.event.date
                if own.precision != "range" or not own.start or not own.end \
                        or (date.fromisoformat(own.end) - date.fromisoformat(own.start)).days > CURRENT_NEWS_DAYS:
                    return own  # (not a day inside "since 2020")
                # "said on Thursday they had arrested him ... taken into custody on Wednesday":
                # the day another mention gives, inside the range the telling allows
                inside = [d for d in dated if d.precision == "day" and d.start and own.start <= d.start <= own.end
                          and (d.span is None or own.span is None or d.span.start != own.span.start)]
                # (a day read off the very words that gave the range is no more precise)
                return inside[0] if inside else own
            if dated:
                return min(dated, key=lambda d: PRECISION_RANK.get(d.precision, 9))
        if planned(rep.event) and not announced_object(rep.token):
            return None  # "said he intended to sue": no day said, and not the week before either
            # ("announced the expulsion of two diplomats" is read as planned, but often done)
        told = self._story_date(rep)
        if told is not None:
            return told  # "In 2018, officials offered to pay her relatives. The relatives refused."
        if rep.narrative is not None and not self._current(rep.narrative, CURRENT_NEWS_DAYS) and not any(
                o.date_from_text and self._current(o.event.date, CURRENT_NEWS_DAYS)
                for seg in range(rep.segment - STORY_SENTENCES, rep.segment) for o in self.by_segment.get(seg, ())) \
                and self._goes_on_with(rep):
            # "In February, at the summit in Hanoi, Kim asked ... Trump denied the request": a
            # month or a year stated just before frames the past-tense sentences that go on with
            # its story; a past day dates one act only ("signed a deal on November 27 ... Athens
            # expelled the ambassador over it": some day after), so the act is undated background
            # (not when the sentences just before tell this week's news: "Canada on Tuesday
            # accused India of the killing last June. India rejected the allegation")
            return rep.narrative if _period(rep.narrative) else None
        if rep.background:
            return None
        if self.anchor is not None:
            lo = self.anchor - timedelta(days=CURRENT_NEWS_DAYS)
            return EventDate(lo.isoformat(), self.anchor.isoformat(), "range", None)
        return fallback_date(None, self.doc_dates)

    @staticmethod
    def _tells(noun: Mention, rep: Mention) -> bool:
        """The representative is the act noun itself or a relative clause inside its phrase ("the
        2004 bombing of a base that killed ten"; not "killed the leader who planned the 2021
        bombing", another act whose words name it)."""
        return rep.token.i == noun.token.i or (rep.token.dep_ == "relcl" and rep.token in noun.token.subtree)

    def _on_its_noun(self, m: Mention) -> bool:
        """The mention's date words stand before its act noun and modify it ("the 2004 bombing")."""
        span = m.event.date.span if m.event.date is not None else None
        if m.token.pos_ != "NOUN" or span is None or span.end > m.token.idx:
            return False
        words = self.record.doc.char_span(span.start, span.end, alignment_mode="expand")
        return words is not None and len(words) > 0 and words.root.head.i == m.token.i

    def _goes_on_with(self, rep: Mention) -> bool:
        """The act goes on with the story its dated sentence told: it is told with no source, or
        a pronoun takes up its people ("They never reached their destination"), a word of
        sequence ("later", "then"), or a head word of the act's parties is in that sentence
        ("Kim asked Trump for relief ... Trump denied the request"; not "Israel's war began in
        October. Israeli tanks shelled a school, residents said": a background aside, and
        today's news)."""
        told = rep.narrative.span if rep.narrative is not None else None
        span = self.record.doc.char_span(told.start, told.end, alignment_mode="expand") if told else None
        if span is None:
            return False
        verb = clauses.clause_verb(rep.token)
        sourced = any(t.lemma_.lower() in REPORTING_LEMMAS or (t.lower_ == "according" and t.i + 1 < len(t.doc)
                                                               and t.nbor().lower_ == "to") for t in rep.token.sent)
        if not sourced or any(c.dep_ == "advmod" and c.lower_ in STORY_SEQUENCE for c in verb.children):
            return True  # a story's next step is told without a source ("The relatives refused");
            # today's news names one ("Rebels attacked an army post ..., the army said")
        heads = [eh.role_root(self.record.doc, r) for r in (rep.event.actor, rep.event.target)]
        said = {t.lemma_.lower() for t in span.sent if t.pos_ in ("NOUN", "PROPN")}
        return any(h is not None and (h.lower_ in clauses.PRONOUNS or h.lemma_.lower() in said) for h in heads)

    def _story_date(self, rep: Mention) -> EventDate | None:
        """The past date of the story a past-tense report carries on: the sentences just
        before dated it, and one of their events shares a party with this one: one the text
        dated, or one in a relative clause on a dated one ("vaccines donated by China arrived
        on March 29. Duterte welcomed the vaccines")."""
        told = rep.narrative
        if told is None or self._current(told, CURRENT_NEWS_DAYS):
            return None
        if points_back(rep.token):
            return told  # "... the summit held in February. There, Kim asked ..."
        roles = (rep.event.actor, rep.event.target)
        shared = [m for seg in range(rep.segment - STORY_SENTENCES, rep.segment) for m in self.by_segment.get(seg, ())
                  if (m.date_from_text or in_relative(m.token))
                  and any(agree(a, b, self.record.doc) for a in roles for b in (m.event.actor, m.event.target))]
        if not shared:
            return None
        # the story has got as far as the latest of the dates stated and of the days of those
        # events told last ("imprisoned until 1974. After his release": 1974; "accused India on
        # Tuesday of the killing last June. India rejected it": Tuesday, current news, not June;
        # "arrested him on Monday. He was first detained in 2019. Guards tortured him": 2019)
        last = max(m.segment for m in shared)
        latest = max([told, *(m.event.date for m in shared if m.segment == last and m.date_from_text
                              and m.event.date is not None)], key=lambda d: d.start or "")
        return None if self._current(latest, CURRENT_NEWS_DAYS) else latest
