"""An event's date: which of the date words near its trigger govern its clause.

:mod:`.timex` finds and normalizes the date words; this module reads the parse to choose the
one that dates the act (the clause's own, not another act's or a person's description), the
day it was told for an act told as done, and the fallback when no words date it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import takewhile

from spacy.tokens import Doc, Token

from ..nlp.syntax import in_content_of
from ..record import EventDate, Span
from .clauses import in_words, named_back, party_word, placed_against, ranked, side_by_side, tells_who
from .clausewords import LIGHT_VERBS, REPORTING_LEMMAS
from .datepatterns import RANK
from .lexicon import event_noun, words
from .quantities import number_value
from .status import UNREALISED_AUX
from .tellingtime import (
    clause_chain,
    clause_head,
    day_of_telling,
    frames_the_sentence,
    quoted,
    said_at,
    said_verb,
    told_ahead,
)
from .timex import (
    ATTRIBUTIVE,
    DAY_RELS,
    DateMention,
    day_of,
    find_dates,
    iso_day,
    month_range,
)

WITHIN_PREPS = frozenset({"in", "during", "at", "on"})  # "an attack in which", "a rally at which"
TOLD_WINDOW_DAYS = 2  # an act told as done on a day came on it or in the two days before
UNTIL_REACH = 4  # words climbed from a date to an "until" it sits under
UNTIL = re.compile(r"(?:\b(?:until|till)\s+$|^(?:until|till)\b)", re.I)
DEICTIC = frozenset({"rel", "weekday", "ago", "night_weekend"})
REREAD_KINDS = frozenset({"rel", "night_weekend"})  # read again from the day a report names ("struck
# overnight, officials said on Thursday": the night before Thursday), not taken as that day
UNRELATED_RANK = 100  # a date in a clause that does not govern the trigger ranks after all others
FINER = {"year": ("month", "day"), "month": ("day",), "range": ("day",)}  # precisions inside a wider time
# "claimed responsibility for", "condemned ... over", "arrested in connection with"
CLAIM_PREPS = frozenset({"for", "over", "about", "with"})
SPAN_KINDS = frozenset({"since_day", "since_mon"})  # "since November": a span, not a time
MAX_PHRASE_HOPS = 3  # nouns between a date and the act noun whose phrase it is in
CONTAINING_PREPS = frozenset({"during", "in", "at", "amid", "on", "throughout"})
REASON_PREPS = frozenset({"over", "about"})  # why an act was done ("arrested over an attack"; not "for",
# also what a crowd turned out for: "turned out for a rally that was held on Monday")
DOING_VERBS = frozenset("file lodge launch carry conduct stage hold mount wage perpetrate commit "
                        "organize organise lead make impose level bring".split())  # do an act noun's act
OWNED_DATE_DEPS = frozenset({"poss", "nmod", "compound"})  # "Sunday's", "a July 25 meeting"
WEEK_NAMED = re.compile(r"\bweek\b", re.I)
DAY_JOINERS = re.compile(r"^\s*(?:and|to|through|till|until|-|–)\s*$", re.I)  # "Saturday and Sunday"
SEQUENCE_UNITS = {"day": 1, "week": 7}  # "a day after", "two weeks before"
UNCOUNTED_SPANS = {"day": (2, 6), "week": (14, 42)}  # "days after": two to six days; "weeks": two to six
POINT_KINDS = frozenset({"the_day", "that_day", "md", "dm", "mdy", "dmy", "iso", "weekday", "md_rel_year"})


def _shares_the_clause(verb: Token, own: Token) -> bool:
    """``verb`` is joined to the act's own verb with no subject of its own ("drones struck and
    destroyed a checkpoint on Monday"): one clause of two verbs, told with one time."""
    return verb.pos_ == "VERB" and own.pos_ == "VERB" and verb.i > own.i and verb.dep_ == "conj" \
        and verb.head.i == own.i and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _reanchor(point: DateMention) -> EventDate:
    """ "today" in a reported quote is the day the report names ("on the 20th")."""
    v = point.value
    return EventDate(v.start, v.end, v.precision, v.span)


def _until(doc: Doc, text: str, m: DateMention, trigger: Token) -> bool:
    """ "until October 14" is when a state ends ("suspended until October 14", "envoy until
    December", "in custody until his next court appearance on April 5"), not when an act
    happened; under a negated act it is when the act at last happened ("did not endorse
    him until July")."""
    if any(c.dep_ == "neg" for c in trigger.children) and not any(
            c.dep_ == "aux" and c.lower_ in UNREALISED_AUX for c in trigger.children):
        return False
    if UNTIL.search(text[max(0, m.start - 8):m.start]) is not None \
            or UNTIL.search(text[m.start:m.end]) is not None:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    cur = span.root if span is not None and len(span) else None
    for _ in range(UNTIL_REACH):
        if cur is None or cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if cur.i == trigger.i:
            return False  # "free until her arrest on March 2": the date is the arrest's own
        if cur.dep_ == "prep" and cur.lower_ in ("until", "till"):
            return True
    return False


def _baseline(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """ "the deadliest in the capital since August 2022", "the first visit since 2015", "the
    seventh such round since the government relaunched talks in November 2022": a "since"
    date or clause on a superlative or an ordinal names the last time the like happened, a
    yardstick, not the time of the act it is said of (the clause's own act keeps it)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    prep = span.root.head if span.root.dep_ == "pobj" else span.root
    for _ in range(MAX_PHRASE_HOPS):  # "since the Bali summit in November 2022"
        if prep.lower_ == "since" or prep.dep_ != "prep" or prep.head.dep_ != "pobj":
            break
        prep = prep.head.head
    if prep.lower_ == "since" and prep.dep_ == "prep":
        if trigger in prep.subtree:
            return False  # the act the yardstick names keeps its own time ("since the Bali summit")
        held = prep.head
    else:
        clause = clause_head(span.root)
        if not any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children) \
                or trigger in clause.subtree or clause.head.i == clause.i:
            return False
        held = clause.head
    # ("The Dnipro strike was the deadliest in the city since January 2023": the parser may hang
    # the phrase on the copula, not on what it says the act was; for the copula's subject only)
    said = [held, *(c for c in held.children if c.dep_ in ("attr", "acomp"))] \
        if held.lemma_ == "be" and trigger.head.i == held.i and trigger.dep_ in ("nsubj", "nsubjpass") \
        else [held]
    return any(ranked(h) for h in said)


def _when_on(clause: Token, m: DateMention) -> bool:
    """The clause is a "when" relative on the date ("since 2011, when ...")."""
    return clause.dep_ == "relcl" and m.start <= clause.head.idx < m.end and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)


def _point(m: DateMention) -> EventDate:
    """The moment a "since" date names, not the span from it to the report."""
    v = m.value
    if v.precision != "range" or not v.start:
        return EventDate(v.start, v.end, v.precision, v.span)
    start = date.fromisoformat(v.start)
    if m.kind == "year":
        return EventDate(f"{start.year}-01-01", f"{start.year}-12-31", "year", v.span)
    if m.kind == "since_mon":
        lo, hi = month_range(start.year, start.month)
        return EventDate(iso_day(lo), iso_day(hi), "month", v.span)
    return EventDate(v.start, v.start, "day", v.span)


def finer_inside(inner: EventDate, outer: EventDate) -> bool:
    """``inner`` is a more precise time inside ``outer`` (a day of the year the noun names)."""
    return inner.precision in FINER.get(outer.precision, ()) and bool(
        inner.start and inner.end and outer.start and outer.end
        and outer.start <= inner.start and inner.end <= outer.end)


def _dates_noun(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """ "a deadly January attack": the month dates the attack, not "the June deadline" or
    "the 2016 election" in another act's sentence, nor "the 2000 militants" (a count); and
    what was done within it ("a 2019 attack in which gunmen killed 20 soldiers")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.root.head.i == trigger.i or _told_within(trigger, span.root.head)


def _in_anothers_relative(doc: Doc, m: DateMention, trigger: Token, statement: bool = False) -> bool:
    """ "took over Mariupol, which it had been attacking since February", "called on him to
    cut ties with Berisha, who has retreated since 2013": a date in a relative clause that
    says who a person, group or place is dates that story, not an act outside it; so does one
    on a thing an act was done over ("over protests that took place in 2022"). One on a
    thing may date the act's object ("helped negotiate the deal that was signed in 2015"), but
    not a ``statement`` about it ("demanded that they restore the truce that expired in May")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.i == trigger.i:
            return False  # the trigger's own clause or below it
        if tok.dep_ == "relcl":
            noun = tok.head
            if noun.i == trigger.i or trigger in tok.subtree:
                return False
            if party_word(noun):  # a person, group, place or name
                return True
            if noun.dep_ == "pobj" and noun.head.lower_ in REASON_PREPS:
                return True  # "sentenced him over protests that took place in May 2022", "arrested
                # over an attack that killed ten last year": the reason's own story (not "arrested
                # during the march that was held on Monday", "clashed with a march that set off on
                # Monday": a time or a party of the act)
            if statement and in_content_of(noun, trigger):
                return True  # "demanded that the ELN restore a ceasefire that expired in
                # February": the thing a demand or accord is about has its own story
            # a clause on a thing ("the group that attacked Kano in 2019") may sit inside
            # one on a person ("Musa, who led the group ..."): look further up
    return False


def _told_of(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """The date lies in a clause a statement governs as what it says ("demanded that ...",
    "saying an attack on Tuesday showed ..."), not on the statement's own words ("telling
    journalists on Wednesday that ...") nor in a clause that sets its time ("offered aid after
    the plane vanished in December 2014")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and in_content_of(span.root, trigger)


def _owned_by_another(doc: Doc, m: DateMention, trigger: Token, chain: list[int]) -> bool:
    """ "ahead of Wednesday's hearing, he said the arrest ...", "via a July 25 meeting ... and
    sent Pompeo": a date in the possessive or naming a noun's day dates that noun, not the
    act; unless the act is done to that noun or within it ("stormed Sunday's sit-in",
    "arrested during Saturday's march"), by the trigger's clause or one that governs it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.head.pos_ not in ("NOUN", "PROPN") \
            or span.root.head.ent_type_ in ("DATE", "TIME"):
        return False  # "Wednesday night" is a time, not a noun the date belongs to
    if span.root.dep_ not in OWNED_DATE_DEPS and not (span.root.dep_ == "npadvmod" and event_noun(span.root.head)):
        return False  # "the killing of an activist last June" (not "Also Monday, hundreds of people")
    owned = span.root.head
    if owned.i == trigger.i or _told_within(trigger, owned):
        return False
    if side_by_side(trigger, owned):
        return True  # "The Mansila attack recalled the June 2022 massacre": the massacre's
    acts = {*chain, trigger.i}
    if owned.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and owned.head.i in acts:
        return False  # "stormed the March 3 rally"; "the March 3 election was marred by clashes"
    prep = owned.head
    return not (owned.dep_ == "pobj" and prep.lower_ in CONTAINING_PREPS and prep.head.i in acts)


def _a_phase_told_of(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """ "The ban, which takes effect in August", "the sanctions, which will come into force on
    Monday": a relative clause on the act noun that gives when it is to take hold dates a phase
    still to come, not the act."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or trigger.pos_ != "NOUN":
        return False
    head = clause_head(span.root)
    return head.dep_ in ("relcl", "acl") and head.head.i == trigger.i and head.tag_ != "VBD" and any(
        in_words(t, "taking_hold") and t.dep_ in ("dobj", "pobj") for t in head.subtree)
    # (not "the ceasefire, which took effect on Sunday": a truce is the day it took hold)


def _told_within(trigger: Token, noun: Token) -> bool:
    """ "a 2019 attack in which gunmen killed 20 soldiers", "a rally last October at which he
    accused ...": the act's clause tells what happened in or at the happening the noun
    names, so the noun's day is the act's."""
    clause = clause_head(trigger)
    return clause.dep_ == "relcl" and clause.head.i == noun.i and event_noun(noun) and any(
        (c.dep_ == "prep" and c.lower_ in WITHIN_PREPS and any(g.lower_ == "which" for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ in ("where", "when")) for c in clause.children)


def _in_own_phrase(m: DateMention, trigger: Token) -> bool:
    """A date inside an act noun's own phrase ("the killing of two women in 2015") is its (not
    "an overnight raid", a kind of raid)."""
    return trigger.pos_ == "NOUN" and m.explicit and trigger.left_edge.idx <= m.start \
        and m.end <= trigger.right_edge.idx + len(trigger.right_edge.text)


def _in_act_phrase(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """ "sentenced three soldiers on Thursday for the killing of two women in 2015": a date
    in the phrase of another act's noun ("the killing ... in 2015") dates that act; the
    trigger's own time words outrank it, though with none it may still be the act's ("seized
    during the raid on Monday")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.root.dep_ in OWNED_DATE_DEPS:  # "Monday's attack", "a July 25 meeting"
        return span.root.head.i != trigger.i and event_noun(span.root.head)
    prep = span.root if span.root.dep_ == "prep" else span.root.head  # "in 2015" or "2015"
    if prep.dep_ != "prep" or (prep.i != span.root.i and span.root.dep_ != "pobj"):
        return False
    noun = prep.head
    for _ in range(MAX_PHRASE_HOPS):  # "the bombing of a church in March": up the noun phrase
        if event_noun(noun) or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" \
                or noun.head.dep_ != "prep":
            break
        noun = noun.head.head
    return noun.i != trigger.i and noun.pos_ == "NOUN" and event_noun(noun)


def _day_hung_on(noun: Token, when: Span) -> bool:
    """ "claimed responsibility for the attack on Monday": a day the parser hangs on a bare
    noun named back, as all that follows it, is the governing verb's as often as not; a
    writer dates the act itself in its own words ("Monday's attack", "the attack on the
    hotel on Monday")."""
    if not (noun.dep_ in ("dobj", "obj") or (noun.dep_ == "pobj" and noun.head.lower_ in CLAIM_PREPS)):
        return False  # "After his arrest on Friday": a phrase of time dates its own noun
    extra = []
    for c in noun.children:  # "late on Wednesday": the day, however the parser hangs "late"
        if c.dep_ == "advmod" and c.lower_ in ("late", "early"):
            extra += [g for g in c.children if g.dep_ == "prep"]
        elif c.dep_ not in ("det", "poss"):
            extra.append(c)
    return len(extra) == 1 and extra[0].dep_ == "prep" and extra[0].lower_ == "on" \
        and extra[0].idx <= when.start <= extra[0].idx + len("on ") \
        and when.end <= noun.right_edge.idx + len(noun.right_edge.text)  # (the phrase ends the noun's
    # words: "on Sunday morning", read as "on Sunday")


def _verb_between(noun: Token, when: Span) -> bool:
    """The date inside the noun's phrase hangs on a verb of a clause of its own there ("claimed
    responsibility for the attack in a statement posted on its website on Monday"): the posting's
    day, not the attack's."""
    words = noun.doc.char_span(when.start, when.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and any(
        t.pos_ in ("VERB", "AUX") for t in takewhile(lambda t: t.i != noun.i, words.root.ancestors))


def borrowed_date(trigger: Token, when: EventDate | None) -> bool:
    """The date was read off another verb's clause for an act noun that points back ("the
    attack", "this bombing") as that verb's object ("claimed the bombing on Saturday", "the
    toll from the attack rose on Wednesday"): the other verb's time, which the act named back
    need not share; not the subject that did the deed ("the attack killed 12 on Tuesday"), the
    object of a verb of doing or occurring ("carried out the attack on Tuesday", "the raid
    took place on Friday"), or a date inside the noun's own phrase."""
    if when is None or when.span is None:
        return False
    if not (named_back(trigger) or (trigger.dep_ == "nsubj" and in_words(trigger.head, "setting_off_verbs")
                                    and any(c.dep_ == "poss" for c in trigger.children))):
        return False  # (also "Wardak's arrest sparked protests": the act owned by whom it was done to)
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge.text)
    if lo <= when.span.start and when.span.end <= hi and not _day_hung_on(trigger, when.span) \
            and not _verb_between(trigger, when.span):
        return False
    verb = trigger.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if trigger.dep_ == "nsubj" and trigger.head.i == verb.i and in_words(verb, "sequence_verbs") and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not party_word(c) for c in verb.children):
        return True  # "The expulsions followed a speech on Wednesday": the day of what came before
    if lemma in LIGHT_VERBS or lemma in words("occurring_verbs"):
        return False
    return not (trigger.dep_ == "nsubj" and trigger.head.i == verb.i and not in_words(verb, "setting_off_verbs"))


def date_for(
    doc: Doc,
    text: str,
    seg_start: int,
    seg_end: int,
    trigger: Token,
    anchor: date | None,
    cache: dict[tuple[int, int], list[DateMention]],
    statement: bool = False,
) -> EventDate | None:
    """The date of the event whose trigger is ``trigger``, from its sentence, or None.

    A date in the trigger's own clause wins, then one in a clause that governs it, then
    any other in the sentence; a deictic date ("today") inside a report that names its own
    day ("on the 20th ... said") is read against that day. A ``statement`` (a demand, a
    charge) takes no date from a clause below it: that is what it is about.
    """
    key = (seg_start, seg_end)
    if key not in cache:
        cache[key] = find_dates(text, seg_start, seg_end, anchor)
    mentions = cache[key]
    if not mentions:
        return None
    chain = clause_chain(trigger)
    mentions = [m for m in mentions if (m.kind not in ATTRIBUTIVE or _dates_noun(doc, m, trigger))
                and not _owned_by_another(doc, m, trigger, chain)]
    mentions = [m for m in mentions if not _in_anothers_relative(doc, m, trigger, statement)
                and not _a_phase_told_of(doc, m, trigger)]
    mentions = [m for m in mentions if not (_until(doc, text, m, trigger) or _baseline(doc, m, trigger))
                or any(_when_on(doc[i], m) for i in chain)]  # "until Sunday, when rebels attacked",
    # "the deadliest since 2022, when gunmen besieged a hotel" (the besieging's own time)
    if not mentions:
        return None

    def depth(m: DateMention) -> int:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return UNRELATED_RANK
        if span.root.dep_ == "poss" and span.root.head.i == trigger.i:
            return -1  # "the toll from last week's attack rose on Thursday": the act noun's own time
        head = clause_head(span.root)
        if head.dep_ in ("relcl", "acl") and head.head.i == trigger.i and head.lemma_.lower() in DOING_VERBS:
            return -1  # "a lawsuit filed on Sunday": the clause that does the act dates it (not
            # "the raid, reported on Tuesday", "the strike, called on Monday", "talks suspended")
        if head.dep_ == "relcl" and head.head.i == trigger.i and trigger.pos_ == "NOUN" and head.tag_ == "VBD" \
                and head.lemma_.lower() not in REPORTING_LEMMAS and not in_words(head, "phase_verbs") \
                and m.kind not in SPAN_KINDS \
                and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children):
            return -1  # "the riots that swept Kazakhstan in January 2022": what the act itself
            # did, told in its own clause, is when it was (not "the raid, which was reported",
            # "the protests that have rocked Serbia since November", "the strike that began in
            # January": a span, or a phase of an act that goes on)
        if head.i not in chain and _shares_the_clause(head, doc[chain[0]]):
            return 0  # "struck and destroyed a checkpoint on Monday": the day told once for both
        return chain.index(head.i) if head.i in chain else UNRELATED_RANK

    reach = _relative_reach(doc, chain)  # a relative clause tells its own time: "the girls
    # kidnapped in Zamfara were freed on Tuesday" does not date the kidnapping
    unsaid = not quoted(text, seg_start, trigger.idx) and not said_verb(trigger)  # the act is no one's words
    own = [m for m in mentions if not reach < depth(m) < UNRELATED_RANK
           and not (unsaid and depth(m) == UNRELATED_RANK and quoted(text, seg_start, m.start) and said_at(doc, m))
           and not (statement and depth(m) == UNRELATED_RANK and _told_of(doc, m, trigger))]
    # ("demanded that the ELN restore the truce, saying an attack on Tuesday showed ...": the
    # attack's day, not the demand's)
    # ('"We must leave by October 31," he said in a statement released during a visit': a day
    # the words said name, in no clause of the act, is the speaker's, not the act's; not "in
    # what the mayor called 'the worst Saturday'", nor an act said in the same words, "adding
    # that they had destroyed two tanks")
    if not own:
        return None
    # "The strike came two days after an attack on Dnipro killed four on Saturday": a day in a
    # clause placed so many days before or after the act is the other act's; the act is that
    # many days off (with no count, "hours after", "after", the other act's day stands)
    placed = [(m, below) for m in own if (below := _sequence_below(doc, m, chain)) is not None]
    shifted = [(m, shift) for m, below in placed if m.value.precision == "day" and m.value.start
               and (shift := -_sequence_offset(doc, [below.i]))]
    if shifted and len(placed) == len(own):  # (the count itself, "two days", lies there too)
        m, shift = min(shifted, key=lambda pair: abs(pair[0].start - trigger.idx))
        day = date.fromisoformat(m.value.start or "") + timedelta(days=shift)
        return EventDate(day.isoformat(), day.isoformat(), "day", m.value.span)

    if any(m.value.precision == "month" and _in_clause_of(doc, m, trigger) for m in own):
        own = [m for m in own if not _weekly(doc, m)] or own  # (not "a camp set up in March")
    # a weekday names the act's day as outright as a month does ("on Monday arrested two men
    # ... in March": the parser may hang both on the verb); "today" in a quote does not
    ranked = sorted(own, key=lambda m: (depth(m), not _in_own_phrase(m, trigger), _in_act_phrase(doc, m, trigger),
                                        not (m.explicit or m.kind == "weekday"),
                                        abs(m.start - trigger.idx), RANK[m.kind]))
    best = ranked[0]
    if best.kind in ATTRIBUTIVE:  # "joined the 2024 May Day marches on Wednesday": the day, inside
        # the year the noun names (not "sentenced on Monday over the 2015 bombing": another year)
        best = next((m for m in ranked[1:] if finer_inside(m.value, best.value)), best)
    if any(_when_on(doc[i], best) for i in chain):
        return _point(best)  # "since 2011, when the government sent soldiers": in 2011
    if best.kind in DEICTIC:
        # "today" is the day of telling, whatever clause it is in; "last week" and "earlier
        # this month" are read from the day of telling, and keep their own reach
        d_best = depth(best)
        points = [m for m in mentions if (m.explicit or (m.kind == "weekday" and best.kind in REREAD_KINDS))
                  and m.value.precision in ("day", "unknown") and m.kind in POINT_KINDS
                  and d_best < depth(m) < UNRELATED_RANK]
        if points and (best.kind not in REREAD_KINDS or text[best.start:best.end].lower() in DAY_RELS):
            return _reanchor(points[0])
        if points and points[0].value.start:
            told = date.fromisoformat(points[0].value.start)
            reread = [m for m in find_dates(text, best.start, best.end, told) if m.kind == best.kind]
            if reread and reread[0].value.start:
                return EventDate(reread[0].value.start, reread[0].value.end, reread[0].value.precision, best.value.span)
        if best.kind == "rel" and quoted(text, seg_start, best.start):
            return None  # "said: 'Today, I am asking ...'": the day of the speech, not of the report
    v = best.value
    best_span = doc.char_span(best.start, best.end, alignment_mode="expand")
    placed_noun = trigger if trigger.pos_ == "NOUN" and best_span is not None and len(best_span) \
        and depth(best) == 0 and best.end <= trigger.head.idx else None  # the day of the noun's own
    # clause, told before the mark ("two days after the attack in Hanau on Monday": the attack's
    # own day, wherever the parser hangs it; not "police said on Friday that ... two days after the
    # attack": the day of telling). By the order of the words: a day told before a fronted phrase
    # ("Two days after the attack, police on Friday arrested") is not read so
    shift = _sequence_offset(doc, chain[:depth(best)], placed_noun)
    if shift and v.precision == "day" and v.start:
        day = date.fromisoformat(v.start) + timedelta(days=shift)  # "on Thursday, a day after he
        return EventDate(day.isoformat(), day.isoformat(), "day", v.span)  # led a rally": Wednesday
    some = _some_days_off(doc, chain[:depth(best)], placed_noun) if v.precision == "day" and v.start else None
    if some is not None:  # "clashed with rebels on Sunday, days after the rebels attacked an army
        # post": some days before that Sunday, not on it
        dated_day = date.fromisoformat(v.start or "")
        early, late = sorted((dated_day + timedelta(days=some[0]), dated_day + timedelta(days=some[1])))
        return EventDate(early.isoformat(), late.isoformat(), "range", v.span)
    if v.precision == "day" and v.start and day_of_telling(doc, best.start, best.end, trigger):
        told = date.fromisoformat(v.start)  # "police said on Monday that gunmen killed five":
        return EventDate((told - timedelta(days=TOLD_WINDOW_DAYS)).isoformat(), v.start,  # done
                         "range", v.span)                                                # by then
    joined = _joined_day(text, best, mentions) if v.precision == "day" and v.start else None
    if joined is not None and joined.value.start:  # "on Saturday and Sunday", "from Tuesday to
        # Thursday", "between Saturday and Monday": the act ran over both days and those between,
        # the second named the first such day after the first ("from Tuesday to Thursday")
        first, second = sorted((best, joined), key=lambda m: m.start)
        start, end = date.fromisoformat(first.value.start or ""), date.fromisoformat(second.value.start or "")
        if _names_its_week(second) and not _names_its_week(first):  # "from Tuesday to Thursday last
            start = end - timedelta(days=(end - start).days % 7)  # week": the week the last day names
        else:
            end = start + timedelta(days=(end - start).days % 7)
        return EventDate(start.isoformat(), end.isoformat(), "range", v.span)
    if best.kind == "weekday" and v.precision == "day" and v.start and trigger.tag_ in ("VBD", "VBN") \
            and not told_ahead(trigger):
        telling_days = [d for m in mentions if m is not best and frames_the_sentence(doc, m, trigger)
                        and (d := day_of(m)) is not None]
        if telling_days and date.fromisoformat(v.start) > max(telling_days):
            day = date.fromisoformat(v.start) - timedelta(days=7)  # "arrested a lawmaker on Friday, his
            # party said on Tuesday" (in a Friday's paper): the Friday before the telling, not the paper's day
            return EventDate(day.isoformat(), day.isoformat(), "day", v.span)
    return EventDate(v.start, v.end, v.precision, v.span)


def _joined_day(text: str, best: DateMention, mentions: list[DateMention]) -> DateMention | None:
    """Another weekday joined to the act's by "and", "to" or "through" right beside it (a week's
    days at most: two weekdays)."""
    for m in mentions:
        if m is best or m.value.precision != "day" or not m.value.start or m.kind != best.kind:
            continue
        lo, hi = (best, m) if best.end <= m.start else (m, best)
        if not DAY_JOINERS.match(text[lo.end:hi.start]):
            continue
        if m.value.start != best.value.start:
            return m
    return None


def _names_its_week(m: DateMention) -> bool:
    """A weekday told with its week ("Thursday last week", "Monday next week")."""
    return m.value.span is not None and WEEK_NAMED.search(m.value.span.text) is not None


def _in_clause_of(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """The date's words are in the trigger's own clause or one that governs it (not in a
    clause on one of its nouns: "a camp set up in March")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and clause_head(span.root).i in clause_chain(trigger)


def _weekly(doc: Doc, m: DateMention) -> bool:
    """ "In March, a bomb killed six worshippers during Friday prayers": a weekday that names
    a kind of thing held every week says no more than which day of the month's weeks (not "a
    Tuesday raid", an act's own day)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return m.kind == "weekday" and span is not None and len(span) > 0 and span.root.dep_ == "compound" \
        and span.root.head.pos_ == "NOUN" and not event_noun(span.root.head)


def _placings(doc: Doc, below: list[int], noun: Token | None = None) -> list[tuple[Token, list[Token]]]:
    """The "after" or "before" marks that place an act against the date of a clause above it
    (:func:`.clauses.placed_against`): a clause's between the two ("a day after rebels
    attacked"), or the phrase an act ``noun`` closes ("two days after the attack")."""
    found = [p for i in below if doc[i].dep_ == "advcl" and (p := placed_against(doc[i])) is not None]
    if noun is not None and noun.dep_ == "pobj" and (p := placed_against(noun)) is not None:
        found.append(p)
    return found


def _sequence_offset(doc: Doc, below: list[int], noun: Token | None = None) -> int:
    """Days from the date of a clause above to the act in a clause placed "N days after" or
    "a week before" it, between the two (0 when none says so: "hours after" is the same day)."""
    for marker, near in _placings(doc, below, noun):
        mark = marker.lower_
        for unit in (c for c in near if c.dep_ == "npadvmod" and c.lemma_.lower() in SEQUENCE_UNITS):
            count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
            if unit.tag_ == "NNS" and (count is None or count.dep_ == "det"):
                return 0  # "days after", "a few days before": some days, no count
            n = 1 if count is None or count.lower_ in ("a", "one") else number_value(count)
            if n is None or n != int(n):
                return 0
            days = int(n) * SEQUENCE_UNITS[unit.lemma_.lower()]
            return -days if mark == "after" else days
    return 0


def _some_days_off(doc: Doc, below: list[int], noun: Token | None = None) -> tuple[int, int] | None:
    """The days from the date of a clause above to an act placed "days after" or "weeks before"
    it, with no count: a span of days (``UNCOUNTED_SPANS``), signed by the mark; or None."""
    for marker, near in _placings(doc, below, noun):
        for unit in (c for c in near if c.dep_ == "npadvmod"):
            lemma = unit.lemma_.lower()
            if lemma in UNCOUNTED_SPANS and unit.tag_ == "NNS" and not any(
                    c.dep_ in ("nummod", "det") for c in unit.children):
                near_days, far = UNCOUNTED_SPANS[lemma]
                return (-far, -near_days) if marker.lower_ == "after" else (near_days, far)
    return None


def _sequence_below(doc: Doc, m: DateMention, chain: list[int]) -> Token | None:
    """The clause placed "after" or "before" the act that the date lies in, hanging on one of
    the act's clauses but not one of them itself."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    node = span.root
    while node.head.i != node.i and node.head.i not in chain and node.i not in chain:
        node = node.head
    if node.i in chain or node.head.i not in chain or node.dep_ != "advcl":
        return None
    return node if placed_against(node) is not None else None


def _relative_reach(doc: Doc, chain: list[int]) -> int:
    """How far up the clause chain a date may come from: to a relative clause that says who
    someone is (:func:`clauses.tells_who`) and no further, since the clause it hangs on tells
    another time; any other clause takes its time from the clause above."""
    return next((k for k, i in enumerate(chain) if tells_who(doc[i])), len(chain))


def in_relative(tok: Token) -> bool:
    """The trigger's clause is a relative clause on a noun, or lies inside one: the dates
    of the clauses above it are not its own."""
    chain = clause_chain(tok)
    return _relative_reach(tok.doc, chain) < len(chain)


def fallback_date(anchor: date | None, doc_mentions: list[DateMention]) -> EventDate | None:
    """No date in the sentence: the publication date, else the first day the text names,
    else None: nothing is known, and an empty date with no evidence would claim otherwise."""
    if anchor is not None:
        return EventDate(anchor.isoformat(), anchor.isoformat(), "day", None)
    for m in doc_mentions:
        if m.kind in POINT_KINDS:
            return EventDate(m.value.start, m.value.end, m.value.precision, m.value.span)
    return None
