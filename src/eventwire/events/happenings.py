"""From trigger mentions to happenings: one row per real event, with every mention as evidence.

The trigger finder reads words; an analyst records happenings. This module folds the
mentions of one happening together and fills each field from the best mention that has it:

1. **In a sentence**, a trigger that is an argument of another ("lift sanctions", "killed in
   the attack", "Airstrikes kill"), the content of an intent ("demanded the withdrawal"), or
   a same-type consequence ("shot him, killing five") is part of that trigger's happening
   (:mod:`.sentencefolds`).
2. **Across sentences**, a mention joins the latest happening of the same type that it
   agrees with (parties, date, place, status) when it refers back to it ("the attack"),
   shares a party with it, or names no party of its own (the readings are in :mod:`.joins`).
3. **Only events.** A happening whose mentions are all questions, conditions, habits,
   forecasts or aggregates (:mod:`.eventhood`) is no row; neither is one no party takes
   part in.
4. **Its own date**: the words of its mentions, most precise first; else, for current news,
   the week before publication (precision ``range``: the day is not known); background told
   in the past perfect with no time stated has none.
5. **Its own place**: the place its mentions' clauses name; for a physical act (an attack,
   an arrest, a meeting) with none, the place the report is about. A statement is not placed
   where its speaker stood.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase, load_kb
from ..nlp.headline import headline_span
from ..nlp.syntax import PLURAL_TAGS, base_forms, first_conjunct, in_content_of
from ..record import Event, EventMention, Quantity, Record, Role
from . import aggregates, clauses, mood
from . import eventhood as eh
from .agreement import agree, nations, sides, some_of_a_pronoun
from .cameo import GUILT_CODE, RULING_CODES, lookup
from .clausewords import word_class
from .eventness import Eventness, document_features
from .lexicon import event_noun, lexicon
from .mentions import Happening, Mention
from .people import People
from .rolewords import FORCE_TYPES
from .sentencefolds import CONTENT_HOLDERS, SentenceFolds
from .standing import BY_ANAPHOR, CURRENT_WINDOW_DAYS, YES
from .timex import DateMention
from .towns import each_town
from .whereabouts import Whereabouts

PLACED_APART_FROM_CONTENT = mood.SPEECH_TYPES | {"PROTEST"}  # acts not placed where what they say or
# protest happened
ARTICLE_SENTENCES = 5  # shorter texts are not judged by the learned row check
MAX_LOOKBACK = 60  # happenings a new mention is compared with: keeps long texts linear
NOT_REPORTS = frozenset({eh.QUESTION, eh.CONDITIONAL, eh.HYPOTHETICAL, eh.HABITUAL, eh.GENERIC,
                         eh.FORECAST, eh.AGGREGATE, eh.PURPOSE, eh.ACCIDENT, eh.NOT_POLITICAL})
TOPIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})  # not a count: "freed three"
TOPIC_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "much"})  # not "those" (who voted)
AIMED_PREPS = frozenset({"on", "against"})  # "the attack on the hotel": what an act noun struck
# Confidence of a row: its best mention's, raised by the evidence the happening gathered.
CONF_PER_MENTION = 0.04
CONF_MAX_MENTIONS = 4
CONF_TEXT_DATE = 0.05
CONF_PLACE = 0.04
CONF_NO_DATE_WORDS = -0.04
ROW_CONFIDENCE_FLOOR = 0.5  # a judged row below this blended confidence is dropped (not one
# told as hedged, nor background its own words date: see _under_the_floor)
RULES_CONFIDENCE_SHARE = 0.5  # of a judged row's confidence; the rest is the row check's P(event).
# How well confidence ranks usable rows (AUROC, rows on a gold event with every field right;
# sixteenth session): dev rows 0.669 -> 0.731, rows2 part a 0.680 -> 0.680, part b 0.614 -> 0.684


def _names_statement(m: Mention) -> bool:
    """The trigger is a noun that itself names the statement act ("threat", "demand"), not
    an act read as threatened ("would tighten the blockade")."""
    if m.token.pos_ != "NOUN":
        return False
    return any(entry.pos == "N" and lookup(entry.code).plover == m.event.plover
               for entry in lexicon().get(m.token.lemma_.lower(), ()))


def _aimed_words(act: Token) -> set[str]:
    """What an act noun says it struck: "the hotel attack", "the attack on the Lido Star Hotel"."""
    aimed = [c for c in act.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    aimed += [g for c in act.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return {t.lemma_.lower() for t in aimed if t.ent_type_ not in ("DATE", "TIME", "NORP")}


class Assembler(SentenceFolds):
    """Folds one record's mentions into happenings and builds their rows."""

    def __init__(self, record: Record, mentions: list[Mention], anchor: date | None,
                 doc_dates: list[DateMention], people: People | None = None,
                 kb: KnowledgeBase | None = None) -> None:
        self.record = record
        self.mentions = mentions
        self.anchor = anchor
        self.doc_dates = doc_dates
        story = eh.sports_story(record)
        for m in mentions:  # "Galatasaray beat Fenerbahce 3-0", "the forwards bombarded the
            # line": the game's (a ban or a boycott in one may be politics: kept); outside a sports
            # story, in a sentence that names the game itself ("led the attack as his side crushed
            # Bolivia 3-0", "beat India by six wickets")
            if m.why_not not in (None, eh.NO_PARTY):
                continue
            named = None if story else eh.game_sentence(m.token)
            if (story or named) and eh.game_sense(record, m.token, m.event, spare_states=named == "score"):
                m.why_not = eh.NOT_POLITICAL
        # built once per record: every lookup below must stay linear in the document
        self.trigger_tokens = {m.token.i for m in mentions}
        self.body_segment = min((m.segment for m in mentions if not m.headline), default=0)
        self._take_told_senses()  # "'It was a deliberate strike on civilians'": the attack told before
        self.by_segment: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_segment.setdefault(m.segment, []).append(m)
        self.people = people if people is not None else People(record)
        self.places = Whereabouts(record, self.trigger_tokens, anchor)
        kb = kb if kb is not None else load_kb()
        self.side = sides(record, kb)
        self.nation = nations(record, kb)

    # ---------------------------------------------------------------- across sentences
    def _link(self, units: list[Happening]) -> list[Happening]:
        """Each unit joins the latest happening that fits it (:class:`.joins.JoinRules`), else
        begins one."""
        haps: list[Happening] = []
        for unit in units:
            recent = haps[-MAX_LOOKBACK:]  # a report refers back to recent happenings, not to all
            target = None
            for h in reversed(recent):
                fit = self._joins(unit, h)
                if fit == YES:
                    target = h
                    break
                if fit == BY_ANAPHOR and target is None:
                    target = h  # kept unless a happening of the news fits outright
            if target is not None and fit == YES:
                target = self._named_back_earlier(unit, recent, target) or target
            if target is None:
                rep = self.mentions[self._representative(unit)]
                haps.append(Happening(list(unit.members), closed=rep.why_not in NOT_REPORTS))
            else:
                target.members.extend(unit.members)
        return haps

    def _named_back_earlier(self, unit: Happening, recent: list[Happening], fits: Happening) -> Happening | None:
        """ "Two Russian bombs struck a store ..., as Moscow pressed its offensive. The strike set
        off a fire": an act noun naming back by its own word ("the strike", not "the attack")
        the act told with it, or by what it struck ("the attack on the hotel") the act done to
        it or there, before the latest one it would fit."""
        named = [self.mentions[k].token for k in unit.members if self._anaphoric(self.mentions[k])]
        words = {form for tok in named if not clauses.in_words(tok, "general_acts")
                 for form in base_forms(tok.lemma_)}
        aimed = {w for tok in named for w in _aimed_words(tok)}
        earlier = list(reversed(recent[:recent.index(fits)]))
        owned_by_many = any(c.dep_ == "poss" and c.lower_ == "their" for tok in named for c in tok.children)
        if words and not words & self._told_words(fits) and not (
                owned_by_many and self._told_just_before(unit, fits) and self._done_to_many(fits)):
            # ("Gunmen seized 279 schoolgirls. Their abduction drew outrage": the act on those just
            # told, whoever's abduction was told earlier; not "detained a blogger. Their arrests")
            found = next((h for h in earlier if words & self._told_words(h) and self._joins(unit, h) == YES), None)
            if found is not None:
                return found
        if aimed and not aimed & self._hit_words(fits):
            # "Gunmen stormed a hotel ... before forces killed the last of them. The attack on
            # the Lido Star Hotel began when ...": named back by what it struck, where the
            # phrase puts it ("the attack on the police station in Sargodha" is not Lahore's)
            there = {p.id for t in named
                     for p, _ in self.record.place_mentions_between(t.left_edge.idx, t.right_edge.idx)}
            return next((h for h in earlier if aimed & self._hit_words(h) and self._joins(unit, h) == YES
                         and (not there or there & self._placed_at(h))), None)
        return None

    def _done_to_many(self, hap: Happening) -> bool:
        """The happening's acts were done to many ("279 schoolgirls", "the students and a teacher"),
        whom a "their" may name."""
        roots = [eh.role_root(self.record.doc, self.mentions[k].event.target) for k in hap.members]
        return any(r is not None and (r.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in r.children))
                   for r in roots)

    def _told_just_before(self, unit: Happening, hap: Happening) -> bool:
        """The happening was told in the sentence just before the unit's first."""
        first = min(self.mentions[k].segment for k in unit.members)
        return any(self.mentions[k].segment == first - 1 for k in hap.members)

    def _placed_at(self, hap: Happening) -> set[str]:
        """The places the happening's mentions are placed at."""
        return {loc.place for k in hap.members if (loc := self.mentions[k].event.location) and loc.place}

    # ---------------------------------------------------------------- the row
    def _row(self, hap: Happening) -> Event | None:
        rep_i = self._representative(hap)
        rep = self.mentions[rep_i]
        if not self._standalone(rep_i) or self._sums_up_many(rep_i, hap):
            return None  # questions, habits, forecasts, no party: nothing happened to record
        members = sorted(hap.members, key=lambda k: self.mentions[k].token.i)
        others = sorted((self.mentions[k] for k in members if k != rep_i),
                        key=lambda m: (m.headline, m.token.i))  # headlines parse worst: last
        event = rep.event
        # the content of a demand, offer or charge is acted by and on others ("demanded that
        # Kyiv withdraw": Kyiv does not demand; "offered to ... invite her to Turkey": the
        # offer is not made to Turkey), so its parties never stand in for the row's
        told = [o for o in others if o.nested_in is None and not o.term]  # (nor an accord's terms:
        # who frees whom under a truce is no party to it)
        # a protest broken up is the crowd's: the police who broke it up are neither its doers
        # nor whom it was against ("Police fired tear gas to disperse the marchers")
        sides = [o for o in told if not (event.plover == "PROTEST" and o.event.cameo in mood.CROWD_STOPPING_CODES)]
        # resolved first: "it" is a party only once it is found to stand for a state or a body
        crowd = event.actor if event.plover == "PROTEST" and self._counted_crowd(event.actor) else None
        event.actor = self._fill_role(self.people.antecedent(event.actor), [o.event.actor for o in sides],
                                      party_only=True) or crowd  # "Thousands protested": the crowd
        event.target = self.people.antecedent(self._fill_role(event.target, [
            o.event.target for o in sides if not self._victims_own_words(o.event.target)]))  # (not a
        # witness's "my husband" for the report's own words)
        retold = [o for o in others if o.nested_in is None and o.segment != rep.segment
                  and o.token.lemma_ == rep.token.lemma_ and not o.headline  # headlines parse worst
                  and not self._side_tells(o.event)]  # a side's version names the target its way
        event.actor = self._specific(event.actor, [(o.event.actor, o.event.target) for o in retold])
        event.target = self._specific(event.target, [(o.event.target, o.event.actor) for o in retold])
        event.actor = self._claimant(event.actor, told)
        if event.plover == "PROTEST" and event.target is not None and not eh.is_party(self.record, event.target):
            event.target = None  # "blocked a highway", "marched to demand higher pay": a protest
            # is held against someone, not against the road it blocks or the pay it asks for
        if event.plover in mood.SPEECH_TYPES and event.actor is None and (
                event.target is None or (_names_statement(rep) and event.plover != "ACCUSE")):
            return None  # "a new threat emerged": a statement act (threat, demand, accusation,
            # rejection, offer, praise) is someone's; told by a noun with no one voicing it,
            # it is a risk or an idea ("the threat of new measures", "the demand for reform").
            # An investigation or allegation is reported without its accuser, and stays
        holds = event.plover in CONTENT_HOLDERS
        # "demanded that the ELN restore a ceasefire that expired in February": what a demand
        # or an accord says keeps its own time; it dates the statement no more than its parties do
        event.date = self._date(rep, [o for o in others if o.nested_in != rep_i
                                      and not (holds and in_content_of(o.token, rep.token))])
        # a statement is not where what it says was, nor a ruling where the offence was ("found
        # guilty over a speech at a rally in Kitwe"), nor a protest where what it protests was
        # ("marched in London to protest the bombardment of Rafah")
        said = [o for o in others if o.nested_in is None and not o.in_content] \
            if event.plover in PLACED_APART_FROM_CONTENT or _rules_on(rep.event, others) else others
        event.location = self.places.location(rep, said, self._current(event.date),
                                              self.by_segment.get(rep.segment - 1, ()))
        meeting = self._meeting_told_in([rep, *others])  # "During the call, Blinken urged ...":
        # on the call's day, where it was held
        if meeting is not None and (event.date is None or event.date.span is None):
            event.date = meeting.event.date
        if meeting is not None and meeting.event.location is not None \
                and (event.location is None or event.plover in MEETING_HELD):
            event.location = meeting.event.location
        event.quantities = self._quantities([rep, *(o for o in others if not o.term)])
        event.mentions = [EventMention(event.trigger, event.sentence)] + [
            EventMention(o.event.trigger, o.event.sentence) for o in others]
        event.confidence = self._confidence(rep, len(members))
        return event

    def _counted_crowd(self, role: Role | None) -> bool:
        """ "Thousands", "Hundreds": a crowd told by its count alone."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and (root.like_num or root.ent_type_ == "CARDINAL") and root.dep_ == "nsubj"

    def _sums_up_many(self, rep_i: int, hap: Happening) -> bool:
        """ "killed 400 people in over 500 attacks": a verb whose own event noun (in its own
        clause) counts many happenings sums them up; a statement about many acts of another
        kind ("denounced 49 detentions") is one act."""
        rep = self.mentions[rep_i]
        statement = rep.event.plover in mood.SPEECH_TYPES
        for k in hap.members:
            m = self.mentions[k]
            if k != rep_i and m.segment == rep.segment and m.why_not == eh.AGGREGATE \
                    and (m.event.plover == rep.event.plover or not statement) \
                    and clauses.clause_verb(m.token) == rep.token and not self._acted_on(m, rep):
                return True  # not "agreed to a truce, but reports said clashes went on"
        return False

    @staticmethod
    def _acted_on(m: Mention, rep: Mention) -> bool:
        """ "suspended talks with the front", "banned protests in the capital": an uncounted
        plural that is the act's object is what the one act stopped, barred or held, no count
        of happenings it sums up (not "broke up 12 protests"); so are texts signed at once, counted
        or not."""
        obj = first_conjunct(m.token)
        return obj.dep_ == "dobj" and obj.head.i == rep.token.i and (
            not aggregates.counted(m.token) or word_class(m.token, "agreement"))  # ("signed eight pacts": one
        # signing of many texts)

    def _fill_role(self, own: Role | None, others: list[Role | None], party_only: bool = False
                   ) -> Role | None:
        """The role as the best mention has it; a pronoun or a gap filled by a name that agrees.
        An actor must be a party ("the second attack", "Tuesday's" act on no one); a target
        may be a thing (a hotel, a convoy)."""
        named = [r for r in others if r is not None and eh.is_party(self.record, r)
                 and r.span.text.lower() not in clauses.PRONOUNS]
        if own is None or not eh.is_party(self.record, own):
            return named[0] if named else (None if party_only else own)
        if named and (own.span.text.lower() in clauses.PRONOUNS
                      or (party_only and some_of_a_pronoun(eh.role_root(self.record.doc, own)))):
            return named[0]
        return own

    def _generic(self, role: Role) -> bool:
        """A role that names no one in particular: "people", "those", "a man"."""
        root = eh.role_root(self.record.doc, role)
        return role.entity is None and root is not None and root.lemma_.lower() in mood.GENERIC_PEOPLE

    def _specific(self, own: Role | None, retold: list[tuple[Role | None, Role | None]]) -> Role | None:
        """ "The last 531 people surrendered" after "the last defenders had surrendered": a
        role that names no one in particular ("people", "a man") takes who they were from
        the same act retold (the same verb in another sentence, as ``(same role, other
        role)``), not from another act of the happening: one whose other side is a pronoun,
        someone unnamed or the same party is done back to them ("A man shot five people.
        Police later shot him dead": not the police)."""
        if own is None or not self._generic(own):
            return own
        doc = self.record.doc
        for role, other in retold:
            if other is not None and (other.span.text.lower() in clauses.PRONOUNS or self._generic(other)
                                      or agree(other, own, doc) is True):
                continue
            if role is not None and eh.is_party(self.record, role) \
                    and role.span.text.lower() not in clauses.PRONOUNS and not self._generic(role):
                return role
        return own

    def _claimant(self, own: Role | None, told: list[Mention]) -> Role | None:
        """ "Militants ambushed a police convoy ... The Pakistani Taliban claimed the assault":
        doers told only as armed men are the group that owned the act up (ACLED's actor)."""
        if own is not None and not self._unnamed_doers(own):
            return own
        return next((o.event.actor for o in told if self._claiming_body(o.event.actor) and clauses.owned_up(o.token)),
                    own)

    def _claiming_body(self, role: Role | None) -> bool:
        """A named group, not a person ("Rebel spokesman Mohamed Ramadane claimed the attack"
        speaks for the doers; he is not one)."""
        entity = self.record.entity_by_id(role.entity) if role is not None else None
        return entity is not None and entity.type in CLAIMING_KINDS

    @staticmethod
    def _quantities(members: list[Mention]) -> list[Quantity]:
        out: list[Quantity] = []
        seen: set[tuple[float, str]] = set()
        for m in members:
            for q in m.event.quantities:
                if (q.value, q.kind) not in seen:
                    seen.add((q.value, q.kind))
                    out.append(q)
        return out

    @staticmethod
    def _confidence(rep: Mention, n: int) -> float:
        c = rep.event.confidence + CONF_PER_MENTION * min(n - 1, CONF_MAX_MENTIONS)
        c += CONF_TEXT_DATE if rep.date_from_text else CONF_NO_DATE_WORDS
        c += CONF_PLACE if rep.event.location is not None else 0.0
        return max(0.0, min(1.0, c))

    def rows(self) -> list[Event]:
        units = self._fold_sentences()
        self._chosen = {}  # the mentions are settled: a happening's row mention is read once
        haps = self._link(units)
        out, copies = [], []
        for hap in haps:
            row = self._row(hap)
            if row is not None:
                first, *more = each_town(self.record, row)
                out.append(first)
                copies += more
        out += [c for c in copies if c.location is not None and not any(  # a town the text tells on
            r.plover == c.plover and r.location is not None and r.location.place == c.location.place for r in out)]
        out.sort(key=lambda e: e.trigger.start)
        for row in out:  # once every row is read: the readings still tell two acts apart by it
            if row.plover not in FORCE_TYPES and self._topic(row.target):
                row.target = None
        return out

    def _topic(self, role: Role | None) -> bool:
        """What a statement or measure is about, which is no party to it ("denied the request",
        "discussed trade", "rejected the allegations of fraud", "denied it on Friday"): an act
        noun, a date or count, a word of the ``topics`` set or a pronoun for a thing, with no
        party in it. A common noun the word lists lack ("sued the broadcaster") stays."""
        root = eh.role_root(self.record.doc, role)
        if root is None or eh.is_party(self.record, role):
            return False
        if root.pos_ == "PROPN" or (root.text[:1].isupper() and root.i != root.sent.start):
            return False  # a name ("criticised Reform", "Power said")
        return event_noun(root) or root.ent_type_ in TOPIC_ENTS or root.lemma_.lower() in clauses.words("topics") \
            or root.lower_ in TOPIC_PRONOUNS


CLAIMING_KINDS = frozenset({"ORG", "NORP"})  # entities that claim an act as its doers
MEETING_HELD = mood.SPEECH_TYPES | {"AGREE", "CONSULT"}  # acts a meeting's place is the place of


def _rules_on(event: Event, others: list[Mention]) -> bool:
    """The row is a court's ruling: a sentence with a finding of guilt among its mentions."""
    return event.cameo in RULING_CODES and any(o.event.cameo == GUILT_CODE for o in others)


def _an_article(record: Record) -> bool:
    """The row check reads the whole article (how many rows, how violent): it was trained on
    articles and does not judge a sentence or a short brief. A headline is no sentence of it."""
    doc = record.doc
    if doc is None:
        return False
    headline = headline_span(record.document.text)
    told = sum(1 for s in doc.sents if headline is None or s.start_char >= headline[1])
    return told >= ARTICLE_SENTENCES


def assemble(record: Record, mentions: list[Mention], anchor: date | None,
             doc_dates: list[DateMention], eventness: Eventness | None = None,
             people: People | None = None, kb: KnowledgeBase | None = None) -> list[Event]:
    """The record's rows: one per happening, in text order; ``eventness``, when given, drops
    the finished rows it judges no event."""
    rows = Assembler(record, mentions, anchor, doc_dates, people, kb).rows()
    if eventness is None or not _an_article(record):
        return rows
    judged = [r for r in rows if r.status != "negated"]
    probabilities = eventness.probabilities(judged, document_features(judged), record.doc)
    kept: set[int] = set()
    for row, p in zip(judged, probabilities, strict=True):
        # what the rules are sure of, and what the check learned from coded rows: a user
        # sorting by confidence sees the rows likeliest to be usable first
        row.confidence = RULES_CONFIDENCE_SHARE * row.confidence + (1 - RULES_CONFIDENCE_SHARE) * p
        if p >= eventness.threshold and not _under_the_floor(row, anchor):
            kept.add(id(row))
    return [row for row in rows if row.status == "negated" or id(row) in kept]


def _under_the_floor(row: Event, anchor: date | None) -> bool:
    """A judged row unlikely to be usable: its blended confidence under the floor. A claim told
    as hedged ("It is said that the commander was transported") keeps its row, the hedge marked;
    so does a background act its own words date ("Crimea, annexed in 2014", "attacks since
    February"): the guideline's specific background events, whose clauses lower the rules'
    confidence."""
    if row.confidence >= ROW_CONFIDENCE_FLOOR or row.status == "hedged":
        return False
    when = row.date
    if when is None or when.span is None or not when.start:
        return True
    try:
        start = date.fromisoformat(when.start)
    except ValueError:
        return True
    return anchor is not None and (anchor - start).days <= CURRENT_WINDOW_DAYS  # (with no day of
    # publication, a date its own words fix is all that tells background)
