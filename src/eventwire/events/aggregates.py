"""Sums of many happenings and tolls kept over a period, which tell no one act (asked by
:mod:`.eventhood`, beside :mod:`.mood`'s readings).

"Over 500 attacks", "dozens of raids", "has killed hundreds since 2009", "months of
protests" tell many acts or a campaign; a row is one happening the report tells. "Twelve
arrests on Sunday" is one day's operation, and stays one.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS, doc_text, is_passive
from ..record import Event, EventDate, Span
from .clauses import auxiliaries, clause_verb, coded, in_words, ranked, words
from .lexicon import event_noun
from .mood import LONG_STRETCHES, PERFECT_AUX, PRESENT_PERFECT, SPEECH_TYPES, present_perfect
from .quantities import number_value

MAX_SPECIFIC_COUNT = 4  # "two bomb attacks on Friday" are one report's happenings; "over 500" are not
CAMPAIGN_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # not "have been negotiating since"
SINCE_WORDS = ("since", "from")  # a perfect "since" a date sums up the span
SPAN_PREPS = frozenset({"in", "over", "during", "within", "throughout"})  # "in the last 15 months"
SPAN_UNITS = frozenset({"month", "year", "decade"})  # spans long enough to hold many acts
MEASURE_ENTS = frozenset({"PERCENT", "MONEY", "QUANTITY"})  # a share or an amount, not many acts
PERIOD_PREPS = frozenset({"in", "during", "throughout", "since"})  # a toll laid on a time of violence
HOLDING_CODES = ("191", "192")  # CAMEO's blockade and occupation: a state held, not acts repeated
HOLDING_DAYS = 366  # held longer than a year, it is a standing state, not news of one happening
CAMPAIGN_DAYS = 31  # "has been attacking ... since" over more than a month is a campaign, not one act
MANY_IN_DAYS = 100  # victims laid on a few days ("in the past week") that no one act of a report counts
SUMMED_STATEMENTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # statements a period sums
# (not an accord signed or ties restored "over the past year": one act)
SIDED_TYPES = frozenset({"CONSULT", "AGREE"})  # acts of two sides, plural by nature ("the two presidents have met")
STRUCK_MANY_TYPES = frozenset({"ASSAULT", "AID"})  # a bare plural struck or given over a period is many acts


def counted(noun: Token) -> bool:
    """Many happenings counted or quantified ("over 500 attacks", "dozens of raids")."""
    quantifiers = words("quantifiers")
    for c in noun.children:
        if c.dep_ not in ("nummod", "quantmod", "amod", "det"):
            continue
        if c.lower_ in quantifiers:
            return True
        if c.like_num and c.ent_type_ != "ORDINAL" and c.tag_ != "JJ":  # ("a second explosion": one)
            value = number_value(c)
            if value is None or value > MAX_SPECIFIC_COUNT or any(
                    g.dep_ in ("quantmod", "advmod") for g in c.children):
                return True
    return False


def aggregate(tok: Token, event: Event) -> bool:
    """Many happenings under one word: a counted or bare plural event noun ("over 500
    attacks", "suicide attacks and car bombs" with no one, no time, no place in them)."""
    day_dated = event.date is not None and event.date.precision == "day"
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        if counted(tok) and not day_dated:  # "12 arrests on Sunday" is one day's operation
            return True
        if event.plover in CAMPAIGN_TYPES and not day_dated and tok.dep_ == "pobj" \
                and tok.head.lower_ == "of" and in_words(tok.head.head, "series"):
            return True  # "a wave of kidnappings"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ == "NNS" \
                and tok.head.head.lemma_.lower() in PERIOD_NOUNS \
                and not (day_dated and tok.head.head.dep_ in ("nsubj", "nsubjpass")) \
                and not any(c.dep_ == "nummod" for c in tok.head.head.children):
            return True  # "after months of protests", "weeks of clashes": a time of many acts (not
            # "three days of clashes in Goma": one episode, told with its length; nor "weeks of
            # protests turned deadly on Tuesday": that day's protest)
        dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod")]
        if not dets and tok.dep_ != "ROOT" and event.actor is None and event.target is None \
                and event.date is None and event.location is None:
            return True  # a bare plural with no one, no time, no place: attacks in general
    head = tok.head if tok.dep_ == "pobj" else None
    if head is not None and head.lower_ == "in" and counted(tok) and not day_dated:
        return True
    if head is not None and head.lower_ == "of" and head.head.lower_ == "one" and tok.tag_ == "NNS" \
            and any(c.tag_ == "JJS" or c.lower_ == "most" for c in tok.subtree) \
            and head.head.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return True  # "it was one of the deadliest air raids since April": the class it is compared
        # in (not "carried out one of the attacks on Tuesday": one act of several; nor "carried
        # out one of the biggest drone attacks of the war on Kyiv": the act, told by its rank)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "attr" and ranked(tok.head) \
            and any(t.lower_ == "since" for t in tok.subtree) and not day_dated \
            and not any(c.dep_ == "agent" for c in tok.children):
        return True  # "Abdallah was the most senior Hezbollah figure killed since fighting began":
        # a rank among the acts of a time, told of one named before (not "the most senior officer
        # captured by Ukrainian forces on Monday": the act, dated, by its doers)
    verb = clause_verb(tok)
    told_on = day_dated and event.date is not None and event.date.span is not None \
        and verb.left_edge.idx <= event.date.span.start < verb.right_edge.idx + len(verb.right_edge.text)
    if _since_past(verb) and _begins_a_period(verb) and not told_on and (tok.i == verb.i or (
            tok.dep_ == "nsubj" and tok.head.i == verb.i)):
        return True  # "since fighting erupted last April": the start of a time of many acts
        # (not "since the attacks began Tuesday": the days of the act reported; a day of
        # another clause, "said on Tuesday", is not the period's)
    return _summed_since(tok, event) or _tolled_over_time(tok, event) or _summed_over_a_period(tok, event) or (
        not day_dated and event.plover not in CAMPAIGN_TYPES and (_many_met(tok) or _counted_history(tok)))
    # ("have arrested several suspects": one sweep)


def _counted_history(tok: Token) -> bool:
    """ "Only two presidents have been impeached", "the House has only impeached two other
    presidents in its history": a present perfect that counts its parties with "only" or over a
    history sums up acts of many times, none of them this one."""
    verb = clause_verb(tok)
    if tok.pos_ != "VERB" or not present_perfect(verb):
        return False
    parts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    counted_parts = [p for p in parts if any(c.dep_ == "nummod" for c in p.children)]
    marked = any(t.lower_ == "only" for t in (*verb.children, *(c for p in counted_parts for c in p.subtree))) \
        or any(t.lower_ == "history" for t in verb.subtree)
    return bool(counted_parts) and marked


def _many_met(tok: Token) -> bool:
    """ "Thunberg has met with multiple world leaders": a present perfect whose object is
    quantified as many sums up many acts."""
    verb = clause_verb(tok)
    if tok.pos_ != "VERB" or not present_perfect(verb):
        return False
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    parts += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    quantifiers = words("quantifiers")  # words, not figures: "arrested 12 people on Monday" is one raid
    return any(c.dep_ in ("amod", "det") and c.lower_ in quantifiers for p in parts for c in p.children)


def _days(when: EventDate) -> int:
    """How many days a date range spans (0 when either end is unknown)."""
    try:
        return (date.fromisoformat(when.end or "") - date.fromisoformat(when.start or "")).days
    except ValueError:
        return 0


def _summed_since(tok: Token, event: Event) -> bool:
    """ "Hundreds have been killed since 2009", "have arrested 2,400 people since February":
    a perfect over a span of time with a plural participant adds up many happenings (one
    place "locked down since the 16th" is one state, not a sum)."""
    verb = clause_verb(tok)
    chain = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    told = {a for v in chain for a in auxiliaries(v)}
    if event.plover in SPEECH_TYPES or not PERFECT_AUX & told:
        return False  # (a statement is one act, whatever it sums up: "has condemned 37 arrests so far")
    date = event.date
    if date is None or date.span is None or not opens_span(doc_text(tok.doc), date.span):
        # a span a clause tells ("have occupied at least 36 hospitals since the war began") is
        # of no known length: it sums up only what it counts (not "has arrested the leader
        # since he returned"; not a bombing's toll, "30 people have been killed since the bomb
        # exploded"; not a share, "has occupied about 18 percent of Ukraine")
        recent = any(_recent_span(c) for v in chain for c in v.children)
        if tok.i == verb.i and recent and any(
                _many(p) for v in chain for p in v.children if p.dep_ in ("dobj", "nsubjpass")):
            return True  # "in the last 15 months, 1,250 militants have been killed"
        if recent and tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.i == verb.i:
            return True  # "insurgents have stepped up attacks in recent months": a trend of acts
        since = [c for v in chain for c in v.children if _since_past(c)]
        # what was done to many (or, after a period began, many to whom it was done: "30
        # candidates have been killed since campaigning began", "2,000 people have been arrested
        # since the election"; not "30 people have been killed since the bomb exploded", one
        # blast's toll)
        opened = any(_begins_a_period(c) for c in since) or (
            (date is None or date.precision in PERIOD_PRECISIONS) and any(_since_a_start(v) for v in chain))
        # (not "since the start of the demonstrations on Monday": a start with a day of its own)
        sufferers = ("dobj", "nsubjpass") if opened else ("dobj",)
        return bool(since or opened) and any(_many(p) for v in chain for p in v.children if p.dep_ in sufferers)
    if not PRESENT_PERFECT & told:
        return False  # a past perfect sums up only what it counts since a time it names ("had
        # registered 177 arrests since the protests began"); "had been attacking since February"
        # is one campaign of the story's past
    if any(v.tag_ == "VBG" and "been" in auxiliaries(v) for v in chain):
        # "has been attacking Kenyan troops since 2011": a campaign, not one act; "have been
        # shelling Kharkiv since Monday morning": one act going on
        return event.plover in CAMPAIGN_TYPES and _days(date) > CAMPAIGN_DAYS
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    if (event.cameo or "").startswith(HOLDING_CODES) and _days(date) <= HOLDING_DAYS:  # "RSF fighters
        # have besieged El Fasher since May": one siege kept up, unless it counts what is held
        # ("have occupied 36 hospitals since the war began"); held for years ("have occupied
        # Crimea since 2014") it is a standing state, read as before
        return any(counted(p) for p in parts)
    if _days(date) <= CAMPAIGN_DAYS and date.precision in PERIOD_PRECISIONS:
        # "Since April 2023, at least 23 aid workers have been killed": the month names where
        # the time begins, not how long it lasts (it runs to now); many done to sum up many acts
        return any(_many(p) for v in chain for p in v.children if p.dep_ in ("dobj", "nsubjpass"))
    if _days(date) <= CAMPAIGN_DAYS:  # "protesters have occupied the parliament since Tuesday":
        return any(counted(p) for p in parts)  # one act, unless it counts its many victims
    subjects = [c for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # the nearest subject is the clause's own (a garbled parse may give two)
        parts.append(min(subjects, key=lambda c: abs(verb.i - c.i)))
    return any(p.tag_ in PLURAL_TAGS or counted(p) or p.lower_ in words("quantifiers")
               for p in parts)


def _summed_over_a_period(tok: Token, event: Event) -> bool:
    """An act whose own clause lays it over a period with no day of its own ("has blamed the
    leadership throughout 2020", "the sanctions Washington has imposed in recent years", "have
    demanded since 2019 an end to military rule", "for years, rights groups called for") tells
    many acts summed, of any type, a statement too; and a toll of very many laid over the past
    days ("have killed and injured 1,000 people in the past week"). Not one act told with its
    span ("have besieged the town since May", "in the past week, the minister has met Putin",
    "in recent months, police have arrested the opposition leader"), nor one with a day of its
    own ("in recent days, troops shelled the town on Tuesday")."""
    verb = clause_verb(tok)
    when = event.date
    day_dated = when is not None and when.precision == "day"
    if (event.cameo or "").startswith(HOLDING_CODES) or (day_dated and when is not None and (when.span is None or (
            verb.left_edge.idx <= when.span.start < verb.right_edge.idx + len(verb.right_edge.text)))):
        return False  # a siege or an occupation is one state kept up; a day told is one day's act
    if tok.pos_ == "NOUN":  # "the sanctions Washington has imposed on Caracas in recent years": acts
        # a plural noun sums over its own clause's period (the noun's verb tells of other things)
        own_clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        return tok.tag_ in PLURAL_TAGS and any(
            (_recent_span(p) or _throughout(p)) for c in own_clauses for p in c.children if p.dep_ == "prep") \
            and not any(_has_day(c) for c in own_clauses)
    chain = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    if any(_has_day(v) for v in chain):
        return False  # "on Tuesday" the parse dates on the clause, whatever date the row took
    own = [*chain, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    # ("have killed and injured 1,000 people in the past week": the joined verb's words are shared)
    preps = [p for v in own for p in v.children if p.dep_ == "prep"]
    speech = event.plover in SUMMED_STATEMENTS
    if any(_for_years(p) for p in preps):
        return True  # "for years, rights groups called for its closure" (not "jailed for five years")
    many_doers = event.plover not in SIDED_TYPES and any(
        d.dep_ == "nsubj" and d.i != tok.i and d.tag_ in PLURAL_TAGS and not any(
            c.dep_ in ("conj", "nummod") for c in d.children) for v in chain for d in v.children)
    # (not "Chad and Sudan have reopened", "the two presidents have met", "talks have been under way":
    # sides told by name or count, or the act itself)
    if speech and present_perfect(verb) and any(_long_since(p, when, many_doers) for p in preps):
        return True  # "since 2019, Baku has accused Yerevan", "since then, protesters have demanded"
    done = [c for v in own for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i]
    told_of = not done and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN"
    if told_of:
        done = [verb.head]  # "the sanctions Washington has imposed": what the clause tells of
    if any(_recent_span(p) or _throughout(p) for p in preps):
        going_on = any((v.tag_ == "VBG" and "been" in auxiliaries(v)) or (
            v.lemma_ == "be" and "been" in {v.lower_, *auxiliaries(v)}) for v in chain)  # ("have been
        # under way over the past months")
        if speech or (going_on and event.plover in CAMPAIGN_TYPES):
            return True  # "has accused Kyiv in recent months", "have been attacking villages in recent months"
        if going_on:
            return False  # "have been negotiating over the past months": one process going on
        if told_of and done[0].tag_ in PLURAL_TAGS and event_noun(done[0]):
            return True  # "the sanctions Washington has imposed in recent years": acts the clause sums
        if done:
            struck_many = event.plover in STRUCK_MANY_TYPES or coded(event.cameo, "measure_codes")
            return any(_many(p) or ((struck_many or (p.tag_ in PLURAL_TAGS and event_noun(p)))
                                    and not (p.pos_ in ("PROPN", "PRON") or any(
                                        c.dep_ in ("det", "poss", "nummod") for c in p.children))) for p in done)
            # many done to ("have detained thousands"), a bare plural or mass struck, given or
            # imposed ("struck refineries", "sent food aid", "imposed onerous controls"), or acts
            # a bare plural counts ("the sanctions it has imposed"); not "deployed troops to the
            # border", "released two prisoners", "seized a cargo ship and its crew": one operation
            # told with its span
        return many_doers
        # done by many to no one ("officials have met to discuss trade over the past two
        # years", "farmers have protested in recent months"; not "the minister has travelled to
        # Beijing in recent months")
    if any(_recent_span(p, words("short_spans")) for p in preps):
        return any(_toll_of_many(p) for p in done)  # (not "killed 40 in the past 24 hours")
    return False


def _has_day(verb: Token) -> bool:
    """A time phrase of a day on the verb itself ("on Tuesday", "Monday", "on May 5")."""
    for c in verb.children:
        phrase = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else \
            [c] if c.dep_ == "npadvmod" else []
        if any(t.ent_type_ in ("DATE", "TIME") and t.lemma_.lower() not in words("time_units")
               for g in phrase if not in_words(g, "time_units") for t in g.subtree):
            return True  # (not "this year", "last week": a stretch, not a day)
    return False


def _for_years(prep: Token) -> bool:
    """ "for years", "for decades", "for many years": a stretch too long for one act, told with
    no count of its length ("jailed for five years" is a sentence's term)."""
    return prep.lower_ == "for" and any(
        g.dep_ == "pobj" and g.tag_ in PLURAL_TAGS and g.lemma_.lower() in LONG_STRETCHES
        and not any(c.dep_ == "nummod" for c in g.children) for g in prep.children)


def _throughout(prep: Token) -> bool:
    """ "throughout 2020", "throughout the summer", "throughout the war": over all of a time
    (not "throughout the country": over places)."""
    return prep.lower_ == "throughout" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or in_words(g, "time_units") or in_words(g, "periods"))
        for g in prep.children)


def _long_since(prep: Token, when: EventDate | None, many_doers: bool) -> bool:
    """ "since 2019", "since last year": a "since" phrase that opens a time longer than one
    act's days (not "since Monday"); "since then" of unknown length, when many are told doing
    it ("since then, protesters have demanded"; not "since then, a Republican has voiced
    support": one statement)."""
    if prep.lower_ != "since":
        return False
    if any(g.lower_ == "then" for g in prep.children):
        return many_doers
    return when is not None and _days(when) > CAMPAIGN_DAYS and any(
        g.dep_ == "pobj" and any(t.ent_type_ == "DATE" for t in g.subtree) for g in prep.children)


def _toll_of_many(part: Token) -> bool:
    """A count of victims too large for one act of a few days ("1,000 people", "hundreds of
    civilians"; not "12 people"): at least ``MANY_IN_DAYS``, or a word of ``many_in_days``."""
    if in_words(part, "many_in_days"):
        return True
    figures = [part] if part.like_num else []
    figures += [c for c in part.children if c.dep_ == "nummod" and c.like_num]
    return any((v := number_value(c)) is not None and v >= MANY_IN_DAYS for c in figures)


def _many(part: Token) -> bool:
    """A participant counted as many ("over 500 people", "tens of thousands"), not a share."""
    return (counted(part) or part.lower_ in words("quantifiers")) and part.ent_type_ not in MEASURE_ENTS


PERIOD_NOUNS = frozenset({"day", "week", "month", "year", "decade"})  # "months of protests"
PERIOD_PRECISIONS = frozenset({"month", "year"})  # a start this broad opens a toll kept up to now


def _tolled_over_time(tok: Token, event: Event) -> bool:
    """ "The war has killed tens of thousands", "the conflict killed 300,000 people in 2019":
    many victims laid on a war sum up many happenings (not "the fighting has killed 12 since
    Sunday"; and not a count over a year alone: "In 2014, militants seized 276 schoolgirls in
    Chibok" is one act, and "in 1995 and 1996, they seized hundreds of hostages" two)."""
    if event.plover not in CAMPAIGN_TYPES or tok.pos_ != "VERB":
        return False
    verb = clause_verb(tok)
    when = event.date
    perfect = present_perfect(verb)
    if perfect and is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children) \
            and ((when is not None and _days(when) > CAMPAIGN_DAYS)
                 or ((when is None or when.span is None) and _over_a_period(verb))):
        # "More than 3,600 people have been killed in Haiti in the first half of this year":
        # a toll kept over months, laid on no one, sums up many acts (not "276 schoolgirls
        # were seized in Chibok in 2014", one act told by its year)
        return any(_many(p) for p in verb.children if p.dep_ == "nsubjpass")
    told_of = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    # ("Sudan's war began in April 2023 and has killed more than 14,000": the first verb's subject)
    if not any(c.dep_ == "nsubj" and in_words(c, "periods")
               and (in_words(c, "wars") or not any(g.dep_ == "prep" for g in c.children))
               for c in told_of.children):
        return False  # not "violence at Kamiti prison killed six", "violence in Maputo": one place's
        # (but "the war in Ukraine has killed more than 10,000": a war wherever it is)
    war = any(c.dep_ == "nsubj" and in_words(c, "wars") for c in told_of.children)
    return any(_many(p) for p in verb.children if p.dep_ in ("dobj", "nsubjpass")) and (
        (perfect and (when is None or war or when.precision in PERIOD_PRECISIONS))
        or (when is not None and _days(when) > CAMPAIGN_DAYS))  # a war's toll kept up to now
    # ("began in April 2023 and has killed more than 14,000", "the war began on Oct. 7 and has
    # killed 34,000": a war's toll whenever it began; not "violence broke out on Saturday and has
    # killed at least 20": days of one outbreak)


def _over_a_period(verb: Token) -> bool:
    """ "have been killed in the war", "since the invasion": a toll laid on a war, not on one
    act, told with no date words (not "since Sunday", "since the start of the protests on
    Monday"; not "in the violence that erupted on Thursday", "in the siege of the hotel": an
    episode may be one happening)."""
    return any(p.dep_ == "prep" and p.lower_ in PERIOD_PREPS and any(
        g.dep_ == "pobj" and (in_words(g, "wars") or (p.lower_ == "since" and in_words(g, "period_starts")
                                                     and not _dated_start(g)))
        for g in p.children) for p in verb.children)


def _since_a_start(verb: Token) -> bool:
    """ "since the invasion", "since the coup", "since the election": a "since" phrase naming
    what opened a time (the time a toll is kept over), not one act's own start."""
    return any(p.dep_ == "prep" and p.lower_ == "since" and any(
        g.dep_ == "pobj" and (in_words(g, "period_starts") or in_words(g, "wars")) and not _dated_start(g)
        for g in p.children) for p in verb.children)


def _dated_start(noun: Token) -> bool:
    """The start has a day of its own, not only a year ("since Sunday's election", "since the
    May 5 election", "since the takeover of the town last week"; not "since the 2021 coup")."""
    return any(t.ent_type_ in ("DATE", "TIME") and not (t.like_num and len(t.text) == 4) for t in noun.subtree)


def _recent_span(prep: Token, units: frozenset[str] | set[str] = SPAN_UNITS) -> bool:
    """ "in the last 15 months", "over the past year" (or, with short ``units``, "in the past
    week"): a span of time up to now."""
    return prep.dep_ == "prep" and prep.lower_ in SPAN_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in units
        and any(c.lower_ in ("last", "past", "recent") for c in g.children) for g in prep.children)


def opens_span(text: str, when: Span) -> bool:
    """The date phrase starts a span: "since" in its own words or just before them ("since
    February 1"; not "a ceasefire to take effect from Sunday")."""
    before = text[max(0, when.start - 12):when.start].lower().split()
    return when.text.lower().startswith(SINCE_WORDS) or bool(before and before[-1] == "since") \
        or before[-2:] in (["so", "far"], ["thus", "far"])  # "so far this year": since it began


def since_clause(clause: Token) -> bool:
    """An adverbial clause opened by "since" ("since it seized power")."""
    return clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in clause.children)


def _begins_a_period(clause: Token) -> bool:
    """ "since the war began", "since campaigning started": the start of a time, not one
    happening ("since the bomb exploded")."""
    return clause.lemma_.lower() in ("begin", "start", "erupt") or any(
        c.dep_ == "nsubj" and in_words(c, "periods") for c in clause.children)


def _since_past(clause: Token) -> bool:
    """A "since" clause of time: told in the active simple past ("since the war began"), not
    one of reason ("since rebels have refused to negotiate", "since they were accused")."""
    return since_clause(clause) and clause.tag_ == "VBD" and not present_perfect(clause)
