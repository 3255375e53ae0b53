"""The event stage: triggers -> type -> roles, date, quantities, status -> ``record.events``.

Runs after entities and geo, so roles can point at entities and locations at places.
Everything an event says is backed by a span of ``document.text``.
"""


import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar

from spacy.tokens import Doc, Token

from ..entities.kb import STATE_ARMS, load_kb
from ..nlp.syntax import first_dateline, to_infinitive
from ..options import Options
from ..record import Event, EventDate, Place, Record, make_span
from . import acled as acled_rules
from . import agreement, clauses, eventhood
from .aggregates import opens_span
from .cameo import default_code, lookup, manual_reading
from .clausewords import (
    OBLIGATION_WORDS,
    REPORTING_LEMMAS,
    needed,
    objects,
    walked_out_of_a_sitting,
)
from .dates import borrowed_date, date_for
from .eventness import load_eventness
from .happenings import Mention, assemble
from .instruments import brought_down
from .mood import CROWD_STOPPING_CODES, REPRESSION_CODE
from .nesting import (
    COERCIVE,
    INTENT_TYPES,
    acted_on_by,
    cause_spans,
    conditional_clause,
    dated_deed,
    demand_roles,
    has_child,
    mention_roots,
    nested_in,
    offence_spans,
    ordered_act,
    promised_spans,
    protested_spans,
    provoked_condition,
    read_deeds,
    scheduled_measure,
    target_from_content,
    vows_harm,
)
from .nounroles import carried_by_verb
from .people import People
from .placing import ground_code
from .quantities import find_counts, governing_trigger, to_quantity
from .roles import find_roles
from .rolewords import FORCE_TYPES
from .schedule import scheduled
from .speechacts import with_speech_acts
from .status import FUTURE_AUX, announced_object, event_status, prevented, ultimatum, wished_of_others
from .tellingtime import last_told_day
from .timex import DateMention, filing_day, find_dates, parse_published, stated_year
from .triggers import RIOT_CODE, Candidate, Segment, done_to_people, find_candidates, segments
from .typing import EventModels, fuse, load_models

SPAN_MARK = "since"  # the act a span of time is counted from
THREAT_CODES = {"ASSAULT": "138", "COERCE": "132", "SANCTION": "1312", "PROTEST": "133", "MOBILIZE": "138"}
CONTENT_HOLDERS = INTENT_TYPES | {"PROTEST"}  # types whose nested act is their content, not a second event
NEWS_WEEK = timedelta(days=7)  # days before publication whose news "the same day" may name back
NARRATIVE_SENTENCES = 2  # a year stated this many sentences back still sets the narrative's year
CONTEXT_TOKENS = 40  # tokens either side of a sentence searched for ACLED cue words
MAX_SEGMENT_TOKENS = 250  # a longer "sentence" is a list, a table or text without punctuation
MAX_SEGMENT_CHARS = 2000  # classifier input is cut here: long "sentences" are lists or junk
# Confidence: a logistic function of the evidence; training/calibration_report.py measures it.
CONF_BIAS = -2.2
CONF_EVIDENCE = 3.2
CONF_ACTOR = 0.5
CONF_TARGET = 0.3
CONF_NESTED = -0.9
CONF_HEADLINE = -0.4
NESTED_MARGIN = 0.05  # a nested event's confidence stays this far below its governor's
CONF_NOUN = -0.3  # an event noun is more often background than the clause's own verb
STANCE_TAGS = frozenset({"VBP", "VBZ"})  # "does not recognize", "do not accept": a stance now
PRESENT_DO = frozenset({"do", "does"})
REPORTING_VERBS = frozenset(
    "say tell announce report state add claim confirm declare quote reiterate note write "
    "explain stress affirm indicate reveal conclude believe think accord cite show".split()
)
RESIGNATION = "0831"  # CAMEO: accede to demands for change in leadership
INTENT_TO_MEET = "036"  # CAMEO: express intent to meet or negotiate
COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT", "AGREE"})
CONF_DEPTH = -0.45  # per clause between the trigger and the sentence's main (reported) clause
CONF_MODIFIER = -0.35  # an event noun that only modifies another phrase ("in protest of the arrest")


def _backshifted(verb: Token) -> bool:
    """ "The army said it had recaptured the town": a past perfect reported by a verb in the
    past is the report's own past (the tense moved back with the report), not background."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_LEMMAS \
        and head.tag_ == "VBD"


ACCEPTING = frozenset({"accept"})  # an AGREE whose present denial refuses what was offered


def _refusal(tok: Token, entry_type: str) -> bool:
    """A negated cooperative act that is itself a refusal, and so a REJECT that happened:
    one negated with a will ("would not meet the demands", "won't hand over") or a stance
    denied in the present ("does not recognize the court", "does not accept the sanctions"; not
    "do not all agree on how inquiries work": a disagreement). "Did not provide aid" says only
    what did not happen. Not a forecast ("Diplomats expect that Russia won't accept the
    proposal"), nor a standing rule ("does not accept visa applications on weekends")."""
    if tok.dep_ == "ccomp" and (clauses.in_words(tok.head, "speculation_verbs")
                                or clauses.in_words(tok.head, "forecasting_verbs")):
        return False
    if has_child(tok, ("aux",), FUTURE_AUX):
        return True
    if tok.pos_ == "NOUN" and carried_by_verb(tok) and has_child(tok.head, ("aux",), FUTURE_AUX):
        return True  # "would not hold talks with the Taliban": a refusal voiced
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "reach" \
            and tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() == "fail" \
            and any(c.dep_ == "nsubj" and clauses.two_sides(c) for c in tok.head.head.children):
        return True  # "Chile and Peru failed to reach agreement on fishing rights": talks that
        # failed, each side refusing the other's terms (not "did not reach", which tells only
        # what did not happen, nor one body's deadlock: "parliament failed to reach agreement")
    return (entry_type == "SUPPORT" or (entry_type == "AGREE" and tok.lemma_.lower() in ACCEPTING
                                        and _definite_object(tok))) \
        and (tok.tag_ in STANCE_TAGS or has_child(tok, ("aux",), PRESENT_DO))


def _definite_object(verb: Token) -> bool:
    """The verb's object is one thing offered or done ("the annexation", "Russia's terms", "it"),
    not a kind of thing a body takes or turns away as a rule ("visa applications")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and (obj.pos_ in ("PROPN", "PRON") or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in obj.children))


def _confidence(evidence: float, has_actor: bool, has_target: bool, nested: bool,
                headline: bool, depth: float = 0.0,
                noun: bool = False) -> float:
    z = (CONF_BIAS + CONF_EVIDENCE * evidence + CONF_ACTOR * has_actor + CONF_TARGET * has_target
         + CONF_NESTED * nested + CONF_HEADLINE * headline
         + CONF_DEPTH * depth + CONF_NOUN * noun)
    return 1.0 / (1.0 + math.exp(-z))


def _clause_depth(tok) -> float:
    """How far below the main (reported) clause a trigger sits; 0 for the main event."""
    depth = 0.0
    if tok.pos_ == "NOUN" and tok.dep_ in ("pobj", "poss", "nmod", "compound", "npadvmod"):
        depth += CONF_MODIFIER / CONF_DEPTH
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        dep = cur.dep_
        if dep in ("relcl", "acl") and cur.pos_ == "VERB":
            depth += 1  # a relative clause describes a participant: background
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and dep not in ("aux", "auxpass", "conj", "prep", "agent"):
            if cur.lemma_.lower() not in REPORTING_VERBS:
                depth += 1
    return depth


def _simple_past(tok) -> bool:
    """A clause told in the simple past ("The relatives refused"), which carries on a narrative;
    the present perfect ("have condemned") reports the news."""
    verb = clauses.clause_verb(tok)
    chain = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "have condemned ... and urged"
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"have", "has", "will", "would", "is", "are", "am"}:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & {"was", "were"}))


def _another_attack(record: Record, row: Event, other: Event) -> bool:
    """``other`` is another attack than ``row`` (its weapon is not this row's): both placed, in
    two places of which neither holds the other, or by other named hands (no pronoun). Two
    rows the folding left apart may still be one happening told twice ("Gunmen attacked a
    school ... They kidnapped 80 pupils", "Russia attacked Kharkiv ... Its forces launched 15
    drones", "attacked a camp near Goma ... The M23 fired shells into the camp")."""
    if other.plover not in FORCE_TYPES:
        return False
    if row.location is not None and other.location is not None \
            and _apart(record.place_by_id(row.location.place), record.place_by_id(other.location.place)):
        return True  # ("Rebels attacked an army post near Goma ... a car bomb exploded in Kinshasa")
    if _days_apart(row.date, other.date):
        return True  # ("Gunmen killed five soldiers on Tuesday ... air strikes on Thursday")
    doc = record.doc
    return row.actor is not None and other.actor is not None \
        and agreement.agree(row.actor, other.actor, doc) is False and not any(
            t.pos_ == "PRON" for role in (row.actor, other.actor)
            for t in (doc.char_span(role.span.start, role.span.end, alignment_mode="expand") or ()))
    # ("A suicide bomber attacked a market in Maiduguri ... Gunmen attacked a village in Borno")


def _days_apart(a: EventDate | None, b: EventDate | None) -> bool:
    """Two acts each dated by words of the text, at times that do not meet ("on Tuesday", "on
    Thursday"; "in December", "on Wednesday")."""
    if a is None or b is None or a.span is None or b.span is None \
            or not (a.start and a.end and b.start and b.end):
        return False
    return a.end < b.start or b.end < a.start


def _apart(a: Place | None, b: Place | None) -> bool:
    """Two places, neither inside the other ("Goma" and "Kidal"; not "Kech district" and
    "southwestern Pakistan", a province and its town)."""
    if a is None or b is None or a.id == b.id:
        return False
    for wide, narrow in ((a, b), (b, a)):
        if wide.country == narrow.country and (wide.feature in ("country", "region")
                                               or (wide.feature == "admin1" and wide.admin1 == narrow.admin1)):
            return False
    return True


def _ahead(doc: Doc, when: DateMention) -> bool:
    """A time told of what is still to come ("would hold a rally in January", "promised to hand
    over power by March 2024", "will meet on Friday"): no time a later report is told at."""
    words = doc.char_span(when.start, when.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    root = words.root
    if root.dep_ == "pobj" and root.head.lower_ in ("by", "until"):
        return True
    verb = clauses.clause_verb(root)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children) or (
        verb.dep_ == "xcomp" and to_infinitive(verb))


@dataclass(slots=True)
class Reading:
    """What the stage read of a record before rows are assembled."""

    mentions: list[Mention]
    anchor: date | None  # the publication date relative dates are read against
    doc_dates: list[DateMention]  # explicit dates anywhere in the text
    people: People  # who "he" and "she" are


class EventStage:
    """Fills ``record.events``."""

    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("doc", "entities", "places")  # roles name them
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, options: Options | None = None, models: EventModels | None = None) -> None:
        self.options = options or Options()
        self.models = models if models is not None else load_models()
        self.kb = load_kb(self.options.kb_paths)  # the entity stage's, with the user's files
        # the learned row check, only when asked for: it trades real events for fewer non-events
        self.eventness = load_eventness() if self.options.strict_rows else None

    # -----------------------------------------------------------------------------
    def __call__(self, record: Record) -> Record:
        if record.doc is None or record.skipped is not None:
            return record
        reading = self.read(record)
        events = assemble(record, reading.mentions, reading.anchor, reading.doc_dates, self.eventness,
                          reading.people, self.kb)
        protesters = {(m.event.actor.span.start, m.event.actor.span.end) for m in reading.mentions
                      if m.event.plover == "PROTEST" and m.event.actor is not None}
        broke_up = {m.event.trigger.start for m in reading.mentions  # a crowd dispersed, or blocked
                    if m.event.cameo == REPRESSION_CODE or (m.event.cameo in CROWD_STOPPING_CODES and m.event.target
                                                            and (acled_rules.crowd(m.event.target.span.text)
                                                                 or (m.event.target.span.start, m.event.target.span.end)
                                                                 in protesters))}  # (or the very
        # doers of a protest: "Thousands of teachers rallied ... and were blocked by police")
        rioted = {m.event.trigger.start for m in reading.mentions
                  if m.event.cameo == RIOT_CODE and m.token.pos_ == "VERB"}  # what a crowd did, not "the unrest"
        self._acled_of_rows(record, events, broke_up, rioted)
        for i, event in enumerate(events, 1):
            event.id = f"v{i}"
        record.events = events
        return record

    def _acled_of_rows(self, record: Record, rows: list[Event], broke_up: frozenset[int] | set[int] = frozenset(),
                       rioted: frozenset[int] | set[int] = frozenset()) -> None:
        """Each row's ACLED type, read once the happenings are known (a mention's reading has
        none; ``broke_up``: where force dispersing a crowd was told, which a protest row's
        mention there makes a protest broken up, as ``rioted``, where a crowd rioted, makes it a
        violent one): the words around it are searched for a
        weapon only where they tell no other happening ("The army carried out airstrikes near
        Goma. Rebels attacked Kidal": the rebels' attack is no air strike). The words next door
        count because a report often names the weapon in the sentence after the act; that
        sentence is the row's own mention or no row's."""
        doc = record.doc
        text = record.document.text
        owners: dict[tuple[int, int], set[int]] = {}  # a sentence -> the rows it tells
        for k, row in enumerate(rows):
            for m in row.mentions:
                owners.setdefault((m.sentence.start, m.sentence.end), set()).add(k)
        for k, row in enumerate(rows):
            lo, hi = row.sentence.start, row.sentence.end
            sent = doc.char_span(lo, hi, alignment_mode="expand")
            if sent is not None and len(sent):
                lo = doc[max(0, sent.start - CONTEXT_TOKENS)].idx
                last = doc[min(len(doc), sent.end + CONTEXT_TOKENS) - 1]
                hi = last.idx + len(last.text)
            # only the rows told next door are compared (a long report has many rows)
            others = [r for r, who in owners.items() if k not in who and r[0] < hi and r[1] > lo
                      and any(_another_attack(record, row, rows[j]) for j in who)]
            # "sentenced him for organising riots": not a riot; "threatened to expel the envoy
            # after a drone strike": no drone strike
            offences = offence_spans(record, row) + cause_spans(record, row) + promised_spans(record, row) \
                + protested_spans(record, row)
            context = acled_rules.without(text, lo, hi, others + offences)
            said = acled_rules.without(text, row.sentence.start, row.sentence.end, offences)
            row.acled = self._acled(row.plover, row.cameo, said, context,
                                    row.actor.span.text if row.actor else "",
                                    row.target.span.text if row.target else "",
                                    self._side(record, row))
            trigger = doc.char_span(row.trigger.start, row.trigger.end, alignment_mode="expand")
            head = trigger.root if trigger is not None and len(trigger) else None
            if head is not None and row.plover == "ASSAULT" and brought_down(head):
                row.acled = {"event_type": acled_rules.SUB_TO_TYPE["Disrupted weapons use"],
                             "sub_event_type": "Disrupted weapons use"}  # the row's own act intercepts
            if head is not None and row.plover == "PROTEST" and walked_out_of_a_sitting(head) and all(
                    walked_out_of_a_sitting(root) or (root.pos_ == "NOUN" and head.is_ancestor(root))
                    for root in mention_roots(record, row)):
                # (a noun under the walkout is its sitting or its cause: "walked out of the summit
                # in protest")
                row.acled = None  # "senators walked out of the chamber": no demonstration (not a
                # walkout told with the march it set off)
            if row.plover == "PROTEST" and row.acled is not None \
                    and row.acled["sub_event_type"] in ("Peaceful protest", "Protest with intervention") \
                    and any(m.trigger.start in rioted for m in row.mentions[1:]):
                row.acled = {"event_type": acled_rules.SUB_TO_TYPE["Violent demonstration"],
                             "sub_event_type": "Violent demonstration"}  # "... protesters who hurled
                # bricks at the legislature", told as part of the march: the crowd's violence
            elif row.plover == "PROTEST" and row.acled is not None \
                    and row.acled["sub_event_type"] == "Peaceful protest" \
                    and any(m.trigger.start in broke_up for m in row.mentions[1:]):
                row.acled = {"event_type": acled_rules.SUB_TO_TYPE["Protest with intervention"],
                             "sub_event_type": "Protest with intervention"}  # "Police fired tear gas
                # to disperse the marchers", told as part of the march: ACLED's protest broken up
            if row.plover == "ASSAULT" and row.acled is not None and row.actor is not None \
                    and row.acled["sub_event_type"] == "Violent demonstration" \
                    and acled_rules.crowd(row.actor.span.text) and not self._done_to_people(record, row):
                # "Protesters clashed with riot police", "stormed the embassy": a crowd's violence
                # is a violent protest (CAMEO 145, PLOVER PROTEST), as ACLED reads it
                row.plover, row.cameo = "PROTEST", RIOT_CODE
                row.mode = lookup(RIOT_CODE).mode

    @staticmethod
    def _done_to_people(record: Record, row: Event) -> bool:
        """The crowd's violence fell on people (set fire to an officer, a fire that killed):
        an attack, no riot (:func:`.triggers.done_to_people`)."""
        span = record.doc.char_span(row.trigger.start, row.trigger.end, alignment_mode="expand")
        return span is None or not len(span) or done_to_people(span.root)

    def _side(self, record: Record, row: Event) -> int | None:
        """0 when the knowledge base knows the actor's entity as a state's arm acting in its own
        country, 1 as an armed group or a state acting abroad (ACLED: a foreign state's capture
        is no government regaining ground: "Ukrainian forces seized the Russian village of
        Sudzha"), else None (the words decide)."""
        entity = record.entity_by_id(row.actor.entity) if row.actor is not None else None
        entry = self.kb.get(entity.kb_id) if entity is not None else None
        if entry is None:
            return None
        if entry.kind == "armed_group":
            return 1
        if entry.kind not in STATE_ARMS:
            return None
        place = record.place_by_id(row.location.place) if row.location is not None else None
        home = self.kb.country_of(entry.id)
        if place is None or not place.country or not home:
            return None
        return 0 if place.country == home else 1

    def read(self, record: Record) -> Reading:
        """Every trigger's reading (type, roles, date, counts, eventhood), before the
        readings of one happening are folded into its row."""
        doc: Doc = record.doc
        text = record.document.text
        segs = segments(doc, record.document.title, text)
        long_ones = [s for s in segs if s.end - s.start > MAX_SEGMENT_TOKENS]
        for seg in long_ones:  # a list or unpunctuated junk: reading all of it costs time
            seg.end = seg.start + MAX_SEGMENT_TOKENS  # quadratic in its length; its head is read
        if long_ones:
            record.notes.append(f"events: {len(long_ones)} sentence(s) over {MAX_SEGMENT_TOKENS} "
                                f"tokens read for events only up to their {MAX_SEGMENT_TOKENS}th token")
        cands = with_speech_acts(doc, segs, find_candidates(doc, segs))
        for cand in cands:  # "seized Goma", the town tagged a person: ground, read with the places found
            cand.code = ground_code(record, cand)
        anchor = parse_published(record.document.published)
        line = first_dateline(doc)
        if line is not None:  # "DAKAR, May 3 (Reuters) - ... on Friday": the Friday of May 3
            anchor = filing_day(text, doc[line[0]].idx, doc[line[1]].idx, anchor) or anchor
        with_cands = {c.segment.start for c in cands}  # only they are typed
        probs_by_seg = self._classify(doc, text, [s for s in segs if s.start in with_cands])
        trigger_ids = {c.token.i: c for c in cands}
        date_cache: dict[tuple[int, int], list[DateMention]] = {}
        seg_dates: dict[int, list[DateMention]] = {}
        recent_years: list[int | None] = []  # the year each of the last sentences stated
        recent_days: list[date | None] = []  # and the last day each named ("that day" is it)
        last_day: date | None = None  # the last day of the week's news the text named, in whichever paragraph
        prev_hi = 0
        for seg in segs:
            lo, hi = self._seg_chars(doc, seg)
            opens_paragraph = "\n\n" in text[prev_hi:lo]  # ("On the same day" opening one names the
            # story's day, however far back; inside one, the day the sentences just before told)
            if opens_paragraph:  # a new paragraph begins its own story: "In April"
                recent_years.clear()  # after a paragraph ending "in March 2019" is this year's
                recent_days.clear()
            prev_hi = hi
            context = next((y for y in reversed(recent_years[-NARRATIVE_SENTENCES:]) if y), None)
            story_day = next((d for d in reversed(recent_days[-NARRATIVE_SENTENCES:]) if d), None)
            read_from = lo  # the filing day is no act's day: the lead's dates are after its dateline
            if line is not None and lo <= doc[line[1]].idx < hi:
                read_from = doc[line[1]].idx + 1
            seg_dates[seg.start] = find_dates(text, read_from, hi, anchor, context, story_day,
                                              last_day if opens_paragraph else None)
            date_cache[(lo, hi)] = seg_dates[seg.start]
            recent_years.append(stated_year(seg_dates[seg.start]))
            recent_days.append(last_told_day(doc, seg_dates[seg.start]))
            told_day = recent_days[-1]
            if told_day is not None and anchor is not None and timedelta(0) <= anchor - told_day <= NEWS_WEEK:
                last_day = told_day  # the news' last day (kept across paragraphs; not a background
                # date, "the January 6, 2021 attack", nor one still to come, "scheduled for December 20")
        earlier = [m for seg in segs for m in seg_dates[seg.start] if m.explicit]
        by_seg: dict[int, list[Candidate]] = {}
        for cand in cands:
            by_seg.setdefault(cand.segment.start, []).append(cand)
        mentions: list[Mention] = []
        people = People(record)  # who "he" and "she" are
        deeds: list[tuple[int, int]] = []  # (deed, the accusation or protest about it)
        lead = next((k for k, s in enumerate(segs) if not s.headline), 0)  # the first body sentence
        for seg_no, seg in enumerate(segs):
            probs = probs_by_seg.get(seg.start)
            seg_cands = by_seg.get(seg.start, [])
            by_token: dict[int, int] = {}  # trigger token -> index in mentions
            for cand in seg_cands:
                event = self._event(record, cand, probs, trigger_ids, anchor, date_cache, seg_cands)
                if event is not None:
                    by_token[cand.token.i] = len(mentions)
                    mentions.append(self._mention(record, event, cand.token, seg_no, seg, lead, people))
            nests = []  # (inner, outer): an event and the intent event it is the content of
            for cand in seg_cands:
                gov = nested_in(cand, trigger_ids)
                inner, outer = by_token.get(cand.token.i), by_token.get(gov.token.i) if gov else None
                if inner is not None and outer is not None:
                    nests.append((mentions[inner].event, mentions[outer].event))
                    if dated_deed(mentions[inner], mentions[outer]):
                        deeds.append((inner, outer))
                    elif mentions[outer].event.plover in CONTENT_HOLDERS:
                        mentions[inner].nested_in = outer  # what was demanded is the demand's
            # What someone threatened, demanded or refused ranks below the threat itself.
            for inner_ev, outer_ev in nests:
                if inner_ev.confidence >= outer_ev.confidence:
                    inner_ev.confidence = max(0.0, outer_ev.confidence - NESTED_MARGIN)
            # Innermost first: "demand the resignation of X" gives the demand X, then the
            # hunger strike "to demand" it takes X too.
            for inner_ev, outer_ev in reversed(nests):
                target_from_content(outer_ev, inner_ev)
        read_deeds(mentions, deeds)
        self._attach_counts(record, mentions, segs, seg_dates)
        for m in mentions:  # the date the sentences just before, in its paragraph, put a past-tense report at
            before = [d for seg in segs[max(0, m.segment - NARRATIVE_SENTENCES):m.segment]
                      for d in seg_dates[seg.start] if d.explicit and d.value.start and not _ahead(record.doc, d)]
            if before and opens_span(text, make_span(text, before[-1].start, before[-1].end)):
                before = []  # ("Since October 2023, 250 aid workers have been killed. The UN chief
                # called for an inquiry": a span's start is no time the next report is told at)
            if before and "\n" not in text[before[-1].end:m.token.idx] and _simple_past(m.token):
                m.narrative = before[-1].value
                own = [d.value for d in seg_dates[segs[m.segment].start] if d.value.end and d.end <= m.token.idx]
                if own and (own[-1].end or "") > (m.narrative.end or ""):
                    m.narrative = own[-1]  # "Hours after ending this week's siege, the agency
                    # said forces killed 50": a later time in its own sentence ends the story
        return Reading(mentions, anchor, earlier, people)

    @staticmethod
    def _mention(record: Record, event: Event, tok, seg_no: int, seg: Segment, lead: int,
                 people: People) -> Mention:
        """A trigger's reading with what the row assembly needs to know of its clause."""
        verb = clauses.clause_verb(tok)
        return Mention(
            event=event, token=tok, segment=seg_no, headline=seg.headline,
            date_from_text=event.date is not None,
            borrowed_date=borrowed_date(tok, event.date),
            why_not=eventhood.not_an_event(record, tok, event, seg.headline or seg_no == lead,
                                           people.antecedent, seg.headline),
            background=(any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
                        and not _backshifted(verb))
            or any((c.dep_ == "advmod" and c.lower_ in clauses.words("background_adverbs") and not list(c.children))
                   for c in verb.children)  # "had attacked", "were previously convicted" (not
            # "arrested its organiser hours before": a time told)
            or _span_from(verb),
        )

    # -----------------------------------------------------------------------------
    @staticmethod
    def _seg_chars(doc: Doc, seg: Segment) -> tuple[int, int]:
        first, last = doc[seg.start], doc[seg.end - 1]
        return first.idx, last.idx + len(last.text)

    def _classify(self, doc: Doc, text: str, segs: list[Segment]) -> dict[int, dict[str, float]]:
        model = self.models.plover
        if model is None:
            return {}
        out = {}
        for seg in segs:
            lo, hi = self._seg_chars(doc, seg)
            out[seg.start] = model.predict_proba(text[lo:hi][:MAX_SEGMENT_CHARS])
        return out

    def _acled(self, plover: str, cameo: str | None, sentence: str, context: str = "", actor: str = "",
               target: str = "", actor_side: int | None = None) -> dict[str, str] | None:
        """ACLED type from the cue rules, revised by the ACLED model when one is shipped.

        The model sees the words around the event and the rules' answer (stacking), so it
        learns where the rules go wrong; a label ACLED does not code leaves the rules' answer,
        and so does political violence for a peaceful act (:func:`.acled.violent`).
        """
        rule = acled_rules.acled_for(plover, cameo, sentence, context, actor, target, actor_side)
        model = self.models.acled
        if model is None or rule is None:
            return rule
        text = context or sentence
        probs = model.predict_proba(text[:MAX_SEGMENT_CHARS],
                                    acled_rules.stack_features(text, rule["sub_event_type"]))
        best = max(probs, key=lambda label: probs[label])
        if best in acled_rules.SUB_TO_TYPE and not acled_rules.violent(plover, best, cameo):
            return {"event_type": acled_rules.SUB_TO_TYPE[best], "sub_event_type": best}
        return rule

    def _event(self, record: Record, cand: Candidate, probs: dict[str, float] | None,
               trigger_ids: dict[int, Candidate], anchor, date_cache,
               neighbours: Sequence[Candidate] = ()) -> Event | None:
        """The event a candidate reads as (``neighbours``: the other candidates of its sentence)."""
        doc = record.doc
        text = record.document.text
        entry_type = lookup(cand.code).plover
        governor = nested_in(cand, trigger_ids)
        if probs is not None and governor is None:  # the classifier is heard: which classes
            # the sentence's other acts already read
            explained = frozenset(lookup(c.code).plover for c in neighbours
                                  if c.token.i != cand.token.i and not acted_on_by(c.token, cand.token))
            plover, evidence = fuse(entry_type, cand.entry.weight, probs, explained)
        else:
            plover, evidence = fuse(entry_type, cand.entry.weight, None)
        code = cand.code if plover == entry_type else default_code(plover)
        status = told_status = event_status(cand.token)
        read_as = plover
        plover, code = self._modal_type(cand, plover, code, status, governor is not None,
                                        trigger_ids)
        obliged = (plover == "REQUEST" or code == acled_rules.ULTIMATUM_CODE) and read_as != plover  # "must resign": a
        # demand; "told Serbia to withdraw or face consequences": an ultimatum, by whoever told it
        if cand.entry.obligation and plover == "THREATEN" and status in ("planned", "negated"):
            status = "asserted"  # "'We will not hesitate to use nuclear weapons,' X wrote", "'Ankara will
            # pay dearly'": the threat read off the statement was voiced (not "should not be packaged
            # as good news": no demand made)
        if status == "planned" and code != INTENT_TO_MEET and (plover != read_as or ordered_act(cand.token, plover)):
            status = "asserted"  # the threat, demand or order was voiced: that happened (not a
            # meeting still to come: what lies ahead is the meeting)
        if status == "negated" and plover == "REJECT" and _refusal(cand.token, entry_type):
            status = "asserted"  # "would not meet the demands", "does not recognize the court"
        row = lookup(code)
        mode = row.mode
        named = {cand.token.lemma_.lower(), cand.entry.lemma} | {o.lemma_.lower() for o in objects(cand.token)}
        # (the lexicon's word too: "a sanctions package" is held by its package)
        manual = manual_reading(code, named, status) if plover == row.plover else None
        if manual is not None:  # "imposed sanctions": the manual's SANCTION, not the table's COERCE
            plover, mode = manual
        resigned = status == "planned" and plover == "CONCEDE" and code == RESIGNATION \
            and announced_object(cand.token, done=True)
        if resigned:
            status = "asserted"  # "announced his resignation": the concession was made (PLOVER
            # manual 3.7.2), though the office is left later
        roles = find_roles(record, cand, self.kb)
        if obliged:
            roles = demand_roles(record, cand.token, roles, self.kb)
        lo, hi = self._seg_chars(doc, cand.segment)
        event_date = scheduled(doc, cand.token, date_for(doc, text, lo, hi, cand.token, anchor, date_cache,
                                                         statement=plover in CONTENT_HOLDERS - {"PROTEST"}),
                               anchor, told_status == "planned")  # None: no words; "will meet
        # on Thursday", voiced as an intent, still names the coming Thursday
        if resigned and event_date is not None and anchor is not None and event_date.start \
                and event_date.start > anchor.isoformat():
            event_date = None  # "effective April 1" dates the leaving, not the announcement
        confidence = _confidence(evidence, roles.actor is not None, roles.target is not None,
                                 governor is not None, cand.segment.headline,
                                 depth=_clause_depth(cand.token), noun=cand.token.pos_ == "NOUN")
        return Event(
            id="",
            plover=plover,
            mode=mode,
            cameo=code,
            acled=None,  # read for the row it heads, once rows are assembled (_acled_of_rows)
            trigger=make_span(text, cand.start_char, cand.end_char),
            sentence=make_span(text, lo, hi),
            actor=roles.actor,
            target=roles.target,
            location=roles.location,
            date=event_date,
            quantities=[],
            status=status,
            confidence=confidence,
        )

    @staticmethod
    def _modal_type(cand: Candidate, plover: str, code: str, status: str, nested: bool,
                    trigger_ids: dict[int, Candidate]) -> tuple[str, str]:
        """What a future, required, refused or conditional event is in PLOVER's terms.

        CAMEO codes intentions, not only deeds: "will attack" is a threat, "will provide
        aid" an intent to cooperate (AGREE), "must hand over" a demand, "would not meet
        the demands" a rejection.
        """
        tok = cand.token
        if nested:
            return plover, code
        if cand.entry.xcomp and plover == "AGREE" and vows_harm(tok, trigger_ids):
            return "THREATEN", "130"
        if (has_child(tok, ("aux",), OBLIGATION_WORDS) or needed(tok)) and plover != "REQUEST":
            return "REQUEST", "100"
        if status == "negated" and plover in COOPERATIVE and (plover != "AGREE" or _refusal(tok, plover)) \
                and not prevented(tok):
            return "REJECT", "120"  # "refused to meet" (not "barred them from meeting"); "will not
            # accept any peace plan", "does not accept the sanctions" (not "did not agree on a date")
        if status == "planned" and ultimatum(tok):
            return "THREATEN", acled_rules.ULTIMATUM_CODE  # "told Serbia to withdraw ... or face consequences"
        if status == "planned" and wished_of_others(tok):
            return "REQUEST", "100"  # "want the minister to resign or be arrested": a demand
        if status == "planned" and (ordered_act(tok, plover) or scheduled_measure(tok, plover)):
            return plover, code  # "a court ordered the arrest of X": the order is the act, no
            # threat; "he is to be sentenced in June": a measure set down, threatened by no one
        if status == "planned":
            # an announced sanction ("said it would suspend aid") is the sanction itself; a
            # protest named as a thing to be held ("will hold a rally on Saturday", "a sit-in
            # planned for Sunday") is the protest, planned; "said they would boycott ..."
            # voices an intent: a threat to protest (a boycott of talks too, refused once held)
            if (plover in COERCIVE and (plover != "SANCTION" or conditional_clause(tok))) \
                    or ((plover == "PROTEST" or lookup(cand.entry.code).plover == "PROTEST")
                        and (tok.pos_ != "NOUN" or conditional_clause(tok))) \
                    or (conditional_clause(tok) and plover in COOPERATIVE) \
                    or (plover == "MOBILIZE" and provoked_condition(tok)):
                # ("said he would send the army into the prisons if the riots continued": force
                # promised on a condition, a threat)
                return "THREATEN", THREAT_CODES.get(plover, "130")
            if plover in COOPERATIVE and plover != "AGREE" and has_child(
                tok, ("aux",), FUTURE_AUX
            ):
                if code == RESIGNATION:  # PLOVER manual 3.7.2: an announced resignation is
                    return "CONCEDE", code  # a concession, not an intent to cooperate
                if plover == "CONSULT" and not any(c.dep_ == "dobj" and not clauses.party_word(c) and not c.ent_type_
                                                   for c in tok.children):
                    return "AGREE", INTENT_TO_MEET  # "will visit Albania in June": an intent to meet
                    # (CAMEO 036), the meeting still to come (not "will meet the demands": a promise)
                return "AGREE", "030"
        return plover, code

    @staticmethod
    def _attach_counts(record: Record, mentions: list[Mention], segs: list[Segment],
                       seg_dates: dict[int, list[DateMention]]) -> None:
        """Counts go to the event whose trigger governs them, else the nearest event in the sentence."""
        doc = record.doc
        text = record.document.text
        by_seg: dict[int, list[Mention]] = {}
        for m in mentions:
            by_seg.setdefault(m.segment, []).append(m)
        for seg_no, seg in enumerate(segs):
            seg_mentions = by_seg.get(seg_no)
            if not seg_mentions:
                continue
            by_token = {m.token.i: m for m in seg_mentions}
            years = [(d.start, d.end) for d in seg_dates.get(seg.start, [])]
            for count in find_counts(doc[seg.start : seg.end], years):
                gov = governing_trigger(count, set(by_token))
                m = by_token[gov] if gov is not None else min(
                    seg_mentions, key=lambda x: abs(x.token.i - count.token.i))
                m.event.quantities.append(
                    to_quantity(text, count, m.event.plover, m.token.lemma_.lower()))


def _span_from(verb: Token) -> bool:
    """ "his first speech since he was pardoned", "have refused to leave since police arrested
    their leader": the act a span of time is counted from, told with no time of its own (not a
    causal "since": "Since the opposition boycotted the vote, the ruling party won")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == SPAN_MARK for c in verb.children):
        return False
    head = verb.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) or any(
        t.tag_ == "JJS" or t.lower_ == "first" for t in head.subtree if t.i < verb.i)
