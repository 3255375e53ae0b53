"""Counts in a sentence and what they count ("531 people ... surrendered", "killing six").

A number is a count unless it sits inside a date, time, money or percentage, or the
date reader took it as a year; "2429 surrender" in a headline stays a count because no
date word or preposition makes it a year (see :mod:`.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..record import Quantity, make_span
from .clauses import party_word
from .clausewords import word_class

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
# Lemma of the word a count hangs on -> the kind of count.
KIND_BY_LEMMA = {
    "surrender": "surrendered", "kill": "killed", "dead": "killed", "die": "killed",
    "death": "killed", "killing": "killed", "murder": "killed", "execute": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "injured": "injured",
    "wounded": "injured", "injury": "injured",
    "arrest": "detained", "detain": "detained", "capture": "detained", "jail": "detained",
    "imprison": "detained", "prisoner": "detained", "detainee": "detained",
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "displaced": "displaced",
    "refugee": "displaced",
    "abduct": "abducted", "kidnap": "abducted", "hostage": "abducted",
    "release": "released", "free": "released", "missing": "missing",
    "protest": "protesters", "protester": "protesters", "demonstrator": "protesters",
    "march": "protesters", "rally": "protesters",
    "troop": "troops", "soldier": "troops", "deploy": "troops",
}
# When a count sits on no event word, the kind follows the event type.
KIND_BY_TYPE = {"RETREAT": "surrendered", "ASSAULT": "killed", "COERCE": "detained",
                "PROTEST": "protesters", "MOBILIZE": "troops"}
MAX_HOPS = 4  # how far up the parse a count may look for the word it counts
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})  # the noun is what the verb did or underwent
# Verbs whose active subject is what the count counts ("2,400 soldiers surrendered"); the
# active subject of "kill" or "arrest" is the one who did it.
UNDERGOING_VERBS = frozenset({"surrender", "die", "flee", "protest", "march", "rally", "disappear", "drown"})


@dataclass(slots=True)
class CountMention:
    token: Token
    value: float
    start: int
    end: int
    noun: Token | None


def number_value(tok: Token) -> float | None:
    """The value of a number token: digits ("2,439", "1.5"), words ("three", "dozen")."""
    text = tok.text.lower().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in NUMBER_WORDS:
        value = float(NUMBER_WORDS[text])
    elif "-" in text and all(p in NUMBER_WORDS for p in text.split("-")):
        value = float(sum(NUMBER_WORDS[p] for p in text.split("-")))
    else:
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in MULTIPLIERS:
        value *= MULTIPLIERS[nxt.lower_]
    return value


def find_counts(sent: Span, years: list[tuple[int, int]]) -> list[CountMention]:
    """Numbers in the sentence that count something (not dates, money, years)."""
    out: list[CountMention] = []
    for tok in sent:
        if not (tok.like_num or tok.lower_ in NUMBER_WORDS) or tok.pos_ not in ("NUM", "NOUN", "PROPN", "ADJ", "X"):
            continue
        if tok.lower_ in MULTIPLIERS and tok.i > sent.start and tok.nbor(-1).like_num:
            continue
        if tok.ent_type_ in SKIP_ENTS and tok.ent_type_ != "DATE":
            continue
        if any(s <= tok.idx < e for s, e in years):
            continue
        if tok.ent_type_ == "DATE" and not re.fullmatch(r"[\d,]+", tok.text):
            continue  # "three" in "three months"
        if tok.ent_type_ == "DATE" and any(
            t.lower_ in ("day", "days", "week", "weeks", "month", "months", "year", "years")
            for t in tok.head.subtree
        ) and tok.head.i != tok.i:
            continue
        value = number_value(tok)
        if value is None:
            continue
        noun = tok.head if tok.dep_ in ("nummod", "quantmod", "compound", "amod") else None
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"):
            noun = tok
        out.append(CountMention(tok, value, tok.idx, tok.idx + len(tok.text), noun))
    return out


def clause_words(noun: Token) -> list[Token]:
    """The noun and the words of the clauses hanging on it ("people left ... surrendered")."""
    out = [noun]
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "relcl"):
            out.append(child)
            out += [g for g in child.children if g.dep_ in ("oprd", "xcomp", "conj", "acomp")]
    return out


def count_kind(count: CountMention, plover: str | None, trigger_lemma: str | None) -> tuple[str, str | None]:
    """(kind, unit) for a count: the event word it hangs on, else its noun, else the event type."""
    noun = count.noun or count.token
    unit = noun.lemma_.lower() if noun is not count.token else None
    if unit is not None and unit in KIND_BY_LEMMA and trigger_lemma == unit:
        unit = None  # "2429 surrender": the noun is the event itself
    # What happened to them outranks who they are, when the noun is that verb's own
    # argument: "2,400 soldiers surrendered" counts the surrendered, "five soldiers were
    # killed" the dead; "an explosion near a camp housing 2,000 refugees killed 9" does not
    # make the refugees dead (the camp, not the refugees, hangs on "killed").
    if noun is not count.token and noun.dep_ in ARGUMENT_DEPS:
        verb = noun.head
        verb_kind = KIND_BY_LEMMA.get(verb.lemma_.lower())
        undergoes = noun.dep_ != "nsubj" or (verb.lemma_.lower() in UNDERGOING_VERBS
                                             and not any(c.dep_ in ("dobj", "obj") for c in verb.children))
        if verb_kind and verb.pos_ in ("VERB", "AUX") and undergoes:
            return verb_kind, unit
        if verb_kind is None and verb.pos_ == "VERB" and unit is not None and unit not in KIND_BY_LEMMA \
                and not party_word(noun):  # (not "leaving 12 dead", "caused 40 deaths")
            return unit, None  # "burned 20 houses": houses, not the dead of the killing beside it
    tok = noun
    for _ in range(MAX_HOPS):
        for cand in clause_words(tok):
            kind = KIND_BY_LEMMA.get(cand.lemma_.lower()) or KIND_BY_LEMMA.get(cand.lower_)
            if kind and cand is not count.token:
                if unit == kind or (kind == "troops" and unit in ("troop", "soldier")):
                    unit = None if unit in ("troop", "soldier") else unit
                return kind, unit
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if trigger_lemma and trigger_lemma in KIND_BY_LEMMA:
        return KIND_BY_LEMMA[trigger_lemma], unit
    if word_class(noun, "person"):
        return "people", unit
    if plover in KIND_BY_TYPE and noun is count.token:
        return KIND_BY_TYPE[plover], unit
    return (unit or "count"), None


def to_quantity(text: str, count: CountMention, plover: str | None, trigger_lemma: str | None) -> Quantity:
    kind, unit = count_kind(count, plover, trigger_lemma)
    return Quantity(value=count.value, kind=kind, unit=unit,
                    span=make_span(text, count.start, count.end))


def governing_trigger(count: CountMention, trigger_ids: set[int]) -> int | None:
    """The index of the nearest trigger token above the count in the parse, if any."""
    if count.noun is not None:
        for word in clause_words(count.noun):
            if word.i in trigger_ids:
                return word.i
    tok = count.token
    for _ in range(MAX_HOPS + 2):
        if tok.i in trigger_ids and tok is not count.token:
            return tok.i
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i in trigger_ids:
            return tok.i
    return None
