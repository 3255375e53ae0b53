"""A row told in several towns at once: one row on each town's map point ("rallied in Lahore,
Karachi and Peshawar", "killed 10 people in Rafah and five in Khan Younis").

Split from :mod:`.whereabouts` (sixty-fourth session), which places one row.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..record import Event, Location, Record, Role, make_span
from . import clauses
from .clausewords import TIME_ENTS
from .instruments import AIMED_PREPS
from .whereabouts import BROAD

TOWN_BY_TOWN = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE"})  # acts a coder rows town by town
TOWN_BY_TOWN_PREPS = frozenset({"in", "at", "across"})  # where they were (not "marched from Lahore and Gujranwala")

def each_town(record: Record, row: Event) -> list[Event]:
    """A physical act told in several towns at once ("rallied in Lahore, Karachi and
    Peshawar", "arrested dozens in Dakar and Ziguinchor", "shelled Kharkiv and Sumy") is one
    event in each: a coder puts one row on each town's map point. The first town keeps the row
    as it is; each other town the place phrase or the place acted on joins to it of the same
    kind gets a copy with no counts (the sentence's toll is not told town by town). A count
    told town by town with the verb left out ("killed 10 people in Rafah and five in Khan
    Younis", "arrested 30 protesters in Kampala and 12 in Jinja") is the copy's target."""
    if row.location is None or row.plover not in TOWN_BY_TOWN or row.status == "negated" or record.doc is None:
        return [row]
    place = record.place_by_id(row.location.place)
    span = record.doc.char_span(row.location.span.start, row.location.span.end, alignment_mode="expand")
    trigger = record.doc.char_span(row.trigger.start, row.trigger.end, alignment_mode="expand")
    if place is None or span is None or not len(span) or trigger is None or not len(trigger):
        return [row]
    verb = clauses.clause_verb(trigger.root)
    acts = {trigger.root.i, verb.i}
    acted_on = [c for c in (trigger.root, verb) for c in c.children if c.dep_ == "dobj"]
    towns: list[tuple[Token, Role | None]]
    if span.root.dep_ == "dobj" and span.root.head.i in acts:
        if place.feature in BROAD:
            return [row]  # ("attacked Israel and Jordan": states, the parties it was done to)
        towns = [(other, _own_words(record, other)) for other in span.root.conjuncts]  # "shelled Kharkiv
        # and Sumy": each town is what was shelled there
    elif span.root.dep_ == "pobj" and span.root.head.lower_ in TOWN_BY_TOWN_PREPS:
        sides = {c.i for c in (trigger.root, verb) for c in c.children if c.dep_ in ("nsubj", "nsubjpass")} \
            | {g.i for c in (trigger.root, verb) for c in c.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
               for g in c.children if g.dep_ == "pobj"}
        if span.root.head.head.i not in acts | {o.i for o in acted_on} | sides:
            return [row]  # only the towns the act's own place phrase names, or the phrase of what it
            # acted on ("attacked police stations in Makhachkala and Derbent"), of who did it
            # ("students in Dhaka and Chittagong clashed with police") or whom it was aimed at
            # ("fired tear gas at protesters in Lagos, Abuja and Port Harcourt")
        towns = [(other, None) for other in span.root.conjuncts] + _gapped_towns(record, row, acts, acted_on)
    else:
        return [row]
    out, seen = [row], {place.id}
    for other, whom in towns:
        end = other.idx + len(other.text)
        named = [(p, s) for p, s in record.place_mentions_between(other.left_edge.idx, end)
                 if s.end == end and p.feature == place.feature and p.id not in seen]
        if not named:
            continue
        town, words = named[0]
        seen.add(town.id)
        out.append(replace(row, location=Location(words, town.id), quantities=[],
                           target=row.target if whom is None else whom, mentions=list(row.mentions)))
    return out


def _own_words(record: Record, tok: Token) -> Role:
    """A conjunct's own words as a role ("Sumy" of "Kharkiv and Sumy")."""
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    words = record.document.text[lo:hi]
    return Role(span=make_span(record.document.text, lo, hi), name=words)


def _two_days(head: Token, conj: Token) -> bool:
    """The clause gives a time before the conjunct and another after it ("killed 10 in Rafah on
    Sunday and five in Khan Younis on Monday"): each town its own day."""
    times = [t.i for t in clauses.clause_verb(head).subtree if t.ent_type_ in TIME_ENTS]
    return any(i < conj.i for i in times) and any(i > conj.i for i in times)


def _gapped_towns(record: Record, row: Event, acts: set[int], acted_on: list[Token]) -> list[tuple[Token, Role | None]]:
    """ "killed 10 people in Rafah and five in Khan Younis": a conjunct with no verb of its own,
    joined to the act or to what it acted on, that tells a count in another town: the town
    and whom the count names there (the verb is left out, not the act)."""
    doc = record.doc
    out: list[tuple[Token, Role | None]] = []
    for head in [doc[i] for i in sorted(acts)] + acted_on:
        for conj in head.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("NUM", "NOUN") or not (
                    conj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in conj.children)) \
                    or any(t.ent_type_ in TIME_ENTS for t in conj.subtree) or _two_days(head, conj):
                continue  # (a second verb tells its own act; "and five in Khan Younis" tells this one's;
                # "and five in Khan Younis on Monday", another day, is left unread: the copy keeps the first's)
            for prep in conj.children:
                if prep.dep_ == "prep" and prep.lower_ in TOWN_BY_TOWN_PREPS:
                    for town in prep.children:
                        if town.dep_ == "pobj":
                            lo, hi = conj.left_edge.idx, prep.idx
                            words = record.document.text[lo:hi].rstrip()
                            whom = Role(span=make_span(record.document.text, lo, lo + len(words)), name=words) \
                                if row.target is not None and words else None
                            out.append((town, whom))
    return out
