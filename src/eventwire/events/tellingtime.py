"""When an act was told and from when: the clause a date word governs, a verb told from now ("will
meet", "said it would"), and the day a report was told on, which dates an act told as done.

Split from :mod:`.dates`; the choice of an act's date and the days still to come use these.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ..nlp.syntax import in_dateline
from .clauses import governors
from .clausewords import REPORTING_LEMMAS, light_verb, word_class
from .datepatterns import WEEKDAY_RE
from .status import FUTURE_AUX, UNREALISED_AUX
from .timex import DateMention, day_of

# Verbs of telling whose date is the telling's: REPORTING_LEMMAS and the verbs of reporting news.
TELLING_LEMMAS = REPORTING_LEMMAS | frozenset("report confirm reveal disclose claim".split())
BARE_WEEKDAY = re.compile(r"(?:(?i:on|this)\s+)?" + WEEKDAY_RE)


def clause_head(tok: Token) -> Token:
    """The verb of the clause a token sits in ("According" heads no clause of its own)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("prep", "amod", "compound"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def clause_chain(tok: Token) -> list[int]:
    """Clause heads from the trigger's own clause up to the root."""
    chain: list[int] = []
    cur = clause_head(tok)
    for _ in range(12):
        if cur.i not in chain:
            chain.append(cur.i)
        if cur.head.i == cur.i:
            break
        cur = clause_head(cur.head)
    return chain


def told_ahead(trigger: Token) -> bool:
    """The act is told from now ("will meet", "is due to travel", "are scheduled to vote"),
    not from the past ("was to meet Monday", "would resume": a future seen from a past day)."""
    verbs = [clause_head(trigger)]
    if verbs[0].dep_ in ("xcomp", "advcl") and verbs[0].head.i != verbs[0].i:
        verbs.append(verbs[0].head)  # "is scheduled to travel", "is due to travel"
        if verbs[-1].dep_ == "acomp":
            verbs.append(verbs[-1].head)  # ("is due": the copula the adjective hangs on)
    told = [w for v in verbs for w in (v, *(c for c in v.children if c.dep_ in ("aux", "auxpass")))]
    return any(w.lower_ in FUTURE_AUX - {"would"} or w.tag_ in ("VBZ", "VBP") for w in told)


def telling_times(trigger: Token) -> list[Token] | None:
    """The times told beside the telling of a "said it would" clause ("said on Tuesday it would
    hold a rally"), or None when the act is told no such way."""
    own = clause_head(trigger)
    telling = own.head
    if own.dep_ != "ccomp" or telling.lemma_.lower() not in TELLING_LEMMAS \
            or not any(c.dep_ == "aux" and c.lower_ == "would" for c in own.children):
        return None
    inside = {t.i for t in own.subtree}
    return [t for t in telling.subtree if t.ent_type_ in ("DATE", "TIME")
            and (t.i not in inside or beside_the_telling(own, t.i, t.i + 1))]


def would_from_now(trigger: Token) -> bool:
    """ "The group said it would hold a sit-in on Sunday": a future told by an undated telling
    is told from the report's day (not "said on Tuesday it would meet on Thursday", whose
    Thursday may be past)."""
    times = telling_times(trigger)
    return times is not None and not times


def would_from_this_week(trigger: Token) -> bool:
    """ "The opposition said on Tuesday it would hold a rally in January": told this week (a
    bare weekday on the telling), a month still to come lies ahead of the report too."""
    return any(t.ent_type_ == "DATE" and BARE_WEEKDAY.fullmatch(t.text) for t in telling_times(trigger) or ())


def beside_the_telling(own: Token, start: int, end: int) -> bool:
    """The words ``start:end`` of a clause told under a verb of telling stand between that verb
    and the clause's subject ("police said on Thursday they had arrested him"): the telling's,
    wherever the parser hangs them; not after "that" ("said on Thursday that on Tuesday its
    troops killed": the act's own day)."""
    return own.dep_ == "ccomp" and own.head.lemma_.lower() in TELLING_LEMMAS and own.head.i < start \
        and any(c.dep_ == "nsubj" and end <= c.left_edge.i for c in own.children) \
        and not any(c.dep_ == "mark" and c.i < start for c in own.children)


def _telling_above(clause: Token) -> Token | None:
    """The verb of telling whose complement (through complements only) the clause is."""
    cur = clause
    while cur.dep_ in ("ccomp", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in TELLING_LEMMAS:
            return cur
    return None


def day_of_telling(doc: Doc, start: int, end: int, trigger: Token) -> bool:
    """The date at ``start:end`` is on a verb of telling outside the trigger's clause, and the
    trigger is an act told as done (a past verb with no "will", "would", "may"): the day it was
    told, which the act came on or before, not the act's own day."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and light_verb(trigger.head):
        trigger = trigger.head  # "said on Friday it had carried out the attack": the verb tells it
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" \
            and trigger.head.head.pos_ == "VERB":
        trigger = trigger.head.head  # "killed 20 soldiers in an ambush, the junta said late Tuesday"
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in UNREALISED_AUX for c in trigger.children):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head, own = clause_head(span.root), clause_head(trigger)
    if head.i == own.i and beside_the_telling(own, span.start, span.end):
        return True  # the parser hangs the day on the act ("said on Thursday they had arrested him")
    if head.i == own.i:
        return False
    head = _teller_of_words(head) or head  # "In a video released on Tuesday, JNIM said it had
    # carried out the assault": the day of the words that tell it
    if head.i == own.i:
        return False
    if head.lemma_.lower() not in TELLING_LEMMAS:
        # "rejected the criticism on Tuesday, saying Ismail had been arrested for ...": a
        # telling participle on the dated verb tells the act; the day is the telling's
        telling = _telling_above(own)
        return telling is not None and telling.tag_ == "VBG" and telling.dep_ == "advcl" \
            and telling.head.i == head.i
    # the telling governs the act ("said that gunmen killed"), or hangs beside it ("gunmen killed
    # five, police said"); not a telling that carries the act out ("rejected it, telling
    # journalists on Wednesday")
    if own.dep_ == "acl" and own.head.dep_ == "appos" and in_dateline(own.head.head) \
            and own.head.head.head.i == head.i and own.i < head.i:
        return True  # "NIAMEY, Niger (AP) — Suspected jihadi fighters killed 20 soldiers, the junta
        # said late Tuesday": the parser makes the dateline the teller, the lead a participle on it
    if (head.dep_ == "parataxis" or trailing_attribution(head)) and head.head.i == own.i:
        return True  # (the parser may join "..., the junta said late Tuesday" to the act as its
        # second verb)
    cur = own  # up through complements only: not "were reported yesterday, but X attributed"
    while cur.i != head.i:
        teller = _teller_of_words(cur)
        if teller is not None:
            cur = teller  # "said in a statement that its fighters had carried out"
            continue
        if cur.dep_ == "conj" and cur.head.i != head.i and cur.head.i != cur.i:
            cur = cur.head  # "said 20 people had been killed and 45 wounded": the second is told too
            continue  # (not "said ... and arrested two": the teller's own act)
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def trailing_attribution(telling: Token) -> bool:
    """ "Gunmen killed 20 soldiers in an ambush, the junta said late Tuesday", which the parser
    reads as a second verb joined to the act: a verb of telling after a comma, with a subject
    and nothing told of its own, and no "and" before it."""
    act = telling.head
    doc = telling.doc
    return telling.dep_ == "conj" and act.i < telling.i and telling.lemma_.lower() in TELLING_LEMMAS \
        and any(c.dep_.startswith("nsubj") for c in telling.children) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in telling.children) \
        and not any(c.dep_ in ("cc", "preconj") and act.i < c.i < telling.i for c in act.children) \
        and telling.left_edge.i > 0 and doc[telling.left_edge.i - 1].text == ","


def _teller_of_words(clause: Token) -> Token | None:
    """The verb a clause on a statement or a video tells through ("said in a statement that ...",
    "In a video released on Tuesday, JNIM said"): the phrase's verb, or None."""
    holder = clause.head
    if clause.dep_ == "acl" and holder.dep_ == "pobj" and word_class(holder, "discourse") \
            and holder.head.dep_ == "prep":
        return holder.head.head
    return None


def last_told_day(doc: Doc, mentions: list[DateMention]) -> date | None:
    """The day a sentence leaves its story at, which "the next day" or "two days later" in the
    sentences after it count from: its last day that dates what it tells, not its telling
    ("looted a warehouse on 3 May, the agency said on Thursday": 3 May); the telling's day only
    when it dates nothing else."""
    days = [(m, d) for m in mentions if (d := day_of(m)) is not None]
    told = [d for m, d in days if not _dates_a_telling(doc, m)]
    said = told or [d for _, d in days]
    return said[-1] if said else None


def frames_the_sentence(doc: Doc, m: DateMention, trigger: Token) -> bool:
    """The date is on the verb of telling that frames the sentence the act is told in ("...,
    his party said on Tuesday"; not "results announced the previous evening", a telling inside it)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or not _dates_a_telling(doc, m):
        return False
    head = clause_head(span.root)
    return (head.dep_ == "ROOT" or trailing_attribution(head)) and clause_head(trigger).i != head.i


def _dates_a_telling(doc: Doc, m: DateMention) -> bool:
    """The date hangs on a verb of telling ("the agency said on Thursday")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and clause_head(span.root).lemma_.lower() in TELLING_LEMMAS


def said_verb(tok: Token) -> bool:
    """The token lies in what a reporting verb says (its clausal complement)."""
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_LEMMAS for t in governors(tok))


def said_at(doc: Doc, m: DateMention) -> bool:
    """The date lies in what a reporting verb says."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and said_verb(span.root)


def quoted(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened in ``text[start:at]``."""
    before = text[start:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
