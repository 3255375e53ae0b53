"""From trigger mentions to happenings: one row per real event, with every mention as evidence.

The trigger finder reads words; an analyst records happenings. This module folds the
mentions of one happening together and fills each field from the best mention that has it:

1. **In a sentence**, a trigger that is an argument of another ("lift sanctions", "killed in
   the attack", "Airstrikes kill"), the content of an intent ("demanded the withdrawal"), or
   a same-type consequence ("shot him, killing five") is part of that trigger's happening.
2. **Across sentences**, a mention joins the latest happening of the same type that it
   agrees with (parties, date, place, status) when it refers back to it ("the attack"),
   shares a party with it, or names no party of its own.
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

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Token

from ..entities.kb import KnowledgeBase, load_kb
from ..nlp.syntax import PLURAL_TAGS, is_passive
from ..record import Event, EventDate, EventMention, Quantity, Record, Role
from . import clauses, mood
from . import eventhood as eh
from .agreement import agree, counts_differ, nations, places_agree, sides, site_in_town, state_behind
from .cameo import lookup
from .dates import fallback_date, in_relative
from .eventness import Eventness, document_features
from .lexicon import event_noun, lexicon
from .people import People
from .quantities import KIND_BY_LEMMA
from .roles import FORCE_TYPES
from .status import announced_object
from .timex import DateMention
from .triggers import LIGHT_VERBS, PLACE_ENTS, REPORTING_LEMMAS, verb_in, word_class
from .whereabouts import Whereabouts, points_back

ARTICLE_SENTENCES = 5  # shorter texts are not judged by the learned row check
MAX_LOOKBACK = 60  # happenings a new mention is compared with: keeps long texts linear
NOT_REPORTS = frozenset({eh.QUESTION, eh.CONDITIONAL, eh.HYPOTHETICAL, eh.HABITUAL, eh.GENERIC,
                         eh.FORECAST, eh.AGGREGATE, eh.PURPOSE, eh.ACCIDENT, eh.NOT_POLITICAL})
CURRENT_NEWS_DAYS = 7  # an undated current event lies in the week before publication
STORY_SENTENCES = 2  # how far back a past-tense report looks for the story it continues
CURRENT_WINDOW_DAYS = 31  # an event ending this close to publication is the report's news
MAX_FOLD_HOPS = 3  # how far up the parse a trigger may sit below the one it belongs to
TOLL_KINDS = frozenset({"killed", "injured"})  # a toll told in its own sentence, no one named as doer
ABDUCTION_CODE = "181"  # CAMEO: abduct, hijack, take hostage: another act than a killing
RECENT_SEGMENTS = 3  # a same-type mention this close, agreeing in everything, is the same happening
PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}
TOPIC_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})  # not a count: "freed three"
TOPIC_PRONOUNS = frozenset({"it", "this", "that", "what", "which", "much"})  # not "those" (who voted)
# types that say what is asked, threatened, refused or allowed: the act they govern is their content
CONTENT_HOLDERS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE", "CONCEDE"})
STOPPING_TYPES = frozenset({"SANCTION", "CONCEDE", "REJECT", "RETREAT"})  # acts that stop, ease or refuse another
OPERATION_TYPES = frozenset({"COERCE"})  # a raid or a crackdown a killing can be done in
FOLD_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "compound", "prep", "agent",
                       "attr", "amod", "poss", "npadvmod", "nmod", "appos"})
OFFENCE_PREPS = frozenset({"with", "of"})  # "charged with", "convicted of" (not "for": "detained
# students for protests outside parliament" tells of protests that happened)
SEQUENCE_MARKS = frozenset({"after", "before"})  # not "until": "refused until they cut it" is a condition
CONTRAST_MARKS = frozenset({"while", "whereas"})  # "protested in Lahore, while others rallied in Islamabad"
CONSEQUENCE_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "dep"})
# Confidence of a row: its best mention's, raised by the evidence the happening gathered.
NO, BY_ANAPHOR, YES = 0, 1, 2  # how a unit fits a happening (Assembler._joins)
CONF_PER_MENTION = 0.04
CONF_MAX_MENTIONS = 4
CONF_TEXT_DATE = 0.05
CONF_PLACE = 0.04
CONF_NO_DATE_WORDS = -0.04
RULES_CONFIDENCE_SHARE = 0.5  # of a judged row's confidence; the rest is the row check's P(event).
# How well confidence ranks usable rows (AUROC, rows on a gold event with every field right;
# sixteenth session): dev rows 0.669 -> 0.731, rows2 part a 0.680 -> 0.680, part b 0.614 -> 0.684


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
    why_not: str | None = None  # eventhood.not_an_event's reason, None for an event
    background: bool = False  # told in the past perfect ("had attacked")
    narrative: EventDate | None = None  # the last date stated in the sentences just before


@dataclass(slots=True)
class Happening:
    members: list[int] = field(default_factory=list)
    closed: bool = False  # begun by what is no report (a habit, a forecast): nothing joins it


def _another_doing(clause: Token) -> bool:
    """A clause of sequence ("after ...", "before ...") told of another doer than its main
    clause's subject, or a time away from it ("a day after"): another happening."""
    if any(c.dep_ == "npadvmod" for c in clause.children):
        return True
    mine = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    main = clause.head
    while not any(c.dep_ == "nsubj" for c in main.children) and main.dep_ in ("advcl", "xcomp", "conj"):
        main = main.head  # "opened fire, killing three before police shot him": the gunman's
    theirs = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if mine is None or theirs is None:
        return False
    if mine.pos_ == "PRON":  # "they" for "militants", "he" for "the police" is someone else
        return (mine.tag_ in PLURAL_TAGS or mine.lower_ in ("they", "we")) != (theirs.tag_ in PLURAL_TAGS)
    if any(c.dep_ == "det" and c.lower_ in clauses.words("anaphoric_determiners") for c in mine.children):
        return False  # "after the militants ambushed": the doers named back
    if word_class(mine, "forces") and word_class(theirs, "forces"):
        return False  # "the army killed 12 after soldiers stormed": one side
    return mine.lemma_.lower() != theirs.lemma_.lower()


def _dates_agree(a: Mention, b: Mention) -> bool:
    if not (a.date_from_text and b.date_from_text) or a.borrowed_date or b.borrowed_date:
        return True
    da, db = a.event.date, b.event.date
    if da is None or db is None or not da.start or not db.start:
        return True
    return da.start <= (db.end or db.start) and db.start <= (da.end or da.start)


def _told_back(subject: Token | None) -> bool:
    """A subject that names what was already told of: a pronoun, some "of them", or the act
    named back ("the blast")."""
    if subject is None:
        return False
    if subject.pos_ == "PRON" or (event_noun(subject) and any(  # "and the blast also killed two"
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PRON" for g in c.children)
               for c in subject.children)


def _elsewhere(a: Event, b: Event) -> bool:
    """Both acts are placed, at two places."""
    return a.location is not None and b.location is not None and a.location.place != b.location.place


def _time_away(tok: Token) -> bool:
    """The act is told a span of time from the one before ("Hours later, gunmen attacked",
    "A day earlier, an ambush ..."): another act, whatever its words share."""
    return any(c.dep_ == "advmod" and c.lower_ in ("later", "earlier")
               and any(g.dep_ == "npadvmod" for g in c.children) for c in tok.children)


def _names_statement(m: Mention) -> bool:
    """The trigger is a noun that itself names the statement act ("threat", "demand"), not
    an act read as threatened ("would tighten the blockade")."""
    if m.token.pos_ != "NOUN":
        return False
    return any(entry.pos == "N" and lookup(entry.code).plover == m.event.plover
               for entry in lexicon().get(m.token.lemma_.lower(), ()))


def _names_offence(tok: Token, owner: Event) -> bool:
    """An event noun that names the offence of a legal act: bare ("charged with murder"),
    not a happening referred to ("charged with the attack", "convicted of his killing")."""
    code = owner.cameo or ""
    if not any(code.startswith(p) for p in clauses.words("offence_holders")):
        return False
    return not any(c.dep_ in ("det", "poss") for c in tok.children)


def _planned(e: Event) -> bool:
    return e.status == "planned"


class Assembler:
    """Folds one record's mentions into happenings and builds their rows."""

    def __init__(self, record: Record, mentions: list[Mention], anchor: date | None,
                 doc_dates: list[DateMention], people: People | None = None,
                 kb: KnowledgeBase | None = None) -> None:
        self.record = record
        self.mentions = mentions
        self.anchor = anchor
        self.doc_dates = doc_dates
        # built once per record: every lookup below must stay linear in the document
        self.trigger_tokens = {m.token.i for m in mentions}
        self.by_segment: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_segment.setdefault(m.segment, []).append(m)
        self.people = people if people is not None else People(record)
        self.places = Whereabouts(record, self.trigger_tokens, anchor)
        kb = kb if kb is not None else load_kb()
        self.side = sides(record, kb)
        self.nation = nations(record, kb)

    # ---------------------------------------------------------------- in one sentence
    def _sentence_owner(self, i: int, same: list[int]) -> int | None:
        """The mention in the same sentence whose happening mention ``i`` belongs to."""
        m = self.mentions[i]
        if m.nested_in is not None:
            return m.nested_in
        tok = m.token
        by_token = {self.mentions[j].token.i: j for j in same if j != i}
        sibling = self._attached_beside(tok, m, by_token) or self._relative_on_its_act(tok, m, by_token)
        if sibling is not None:
            return sibling
        cur = tok
        for _ in range(MAX_FOLD_HOPS):
            if cur.head.i == cur.i:
                return None
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in cur.children) \
                    and _another_doing(cur):
                return None  # "arrested him a day after he led a rally", "killed three before
                # police shot him": a clause placed before or after is another happening (not
                # "killed nine soldiers after they ambushed a patrol": the killers' ambush)
            if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cur.children) \
                    and any(c.dep_ == "nsubj" and not _told_back(c) for c in cur.children) and not is_passive(cur):
                return None  # "protested in Lahore, while government supporters held a rally":
                # a clause set against the other, with doers of its own, is another happening
                # (not "four soldiers were injured while one civilian was killed": the victims)
            dep = cur.dep_
            cur = cur.head
            j = by_token.get(cur.i)
            if j is None and dep == "advcl" and tok.head.i == cur.i and tok.tag_ == "VBG" \
                    and not any(c.dep_.startswith("nsubj") for c in tok.children) and verb_in(cur, LIGHT_VERBS):
                # "carried out strikes on Gaza, killing 12": the act is the light verb's noun (not
                # what it prompted, "launched an attack, prompting French airstrikes")
                j = next((by_token[c.i] for c in cur.children if c.dep_ == "dobj" and c.i in by_token), None)
            if j is None:
                if tok.pos_ == "NOUN" and cur.pos_ == "VERB" and dep in ("nsubj", "nsubjpass") and cur.dep_ == "advcl":
                    return None  # "killed 300 since the protests began": the protests are the
                    # subject of their own side clause, no argument of the killing (not "will not
                    # allow attacks on our soldiers to go unanswered")
                continue
            other = self.mentions[j]
            if other.event.status == "negated":
                return None  # "no one was killed in the attack": the attack still happened
            if other.event.plover in CONTENT_HOLDERS and dep in ("ccomp", "xcomp") and tok.pos_ == "VERB":
                m.nested_in = j  # content, never the row's own reading
                return j  # "demanded that Israel withdraw": what was demanded is the demand's
            if other.event.plover == "REQUEST" and other.token.pos_ == "NOUN" and tok.dep_ == "pobj" \
                    and tok.head.lower_ == "for" and tok.head.head.i == other.token.i:
                m.nested_in = j  # "calls for a ceasefire": what is called for is the call's
                return j
            if tok.pos_ == "NOUN" and tok.dep_ in FOLD_DEPS and self._folds_as_argument(tok, m, other):
                return j  # "lift sanctions", "killed in the attack", "stormed ..., triggering a siege"
            same_act = other.event.plover == m.event.plover or (
                # "raided a hideout, killing three": the killing is the raid's
                dep == "advcl" and tok.tag_ == "VBG" and m.event.plover == "ASSAULT"
                and other.event.plover in OPERATION_TYPES)
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if dep == "conj" and tok.pos_ == "VERB" and not _told_back(subject) and (
                    counts_differ(m.event, other.event) or (subject is not None and _elsewhere(m.event, other.event))):
                return None  # "Gunmen killed three in Bokkos and bandits killed five in Mangu": a
                # joined clause with a toll of its own, or doers and a place, is another act (not
                # "shot dead two militants, and four of them blew themselves up")
            if dep in CONSEQUENCE_DEPS and same_act and not mood.since_clause(tok) \
                    and _planned(other.event) == _planned(m.event) and _dates_agree(m, other) \
                    and places_agree(self.record, m.event, other.event):
                return j  # "shot him dead, killing five" (not "attacked Kidal on Monday and Gao on
                # Wednesday", nor the start of a span: "has detained 15 ministers since it seized power")
            return None
        return None

    def _attached_beside(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "followed the killing of X in an airstrike": the parser hangs the phrase on the
        verb above the event noun; a same-kind act in it is still that event's means."""
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        verb = tok.head.head
        if verb.i in by_token:
            return None  # the verb is itself a trigger: the walk up the parse decides
        for c in verb.children:
            j = by_token.get(c.i)
            if j is not None and c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN" \
                    and self.mentions[j].event.status != "negated" \
                    and self._folds_as_argument(tok, m, self.mentions[j]):
                target = m.event.target
                if target is not None and target.span.start <= c.idx < target.span.end:
                    m.event.target = None  # the parser read the act it serves as its target
                return j
        return None

    def _relative_on_its_act(self, tok: Token, m: Mention, by_token: dict[int, int]) -> int | None:
        """ "a suicide bombing at a mosque in Peshawar that killed 14": the parser hangs the
        toll's relative clause on the last noun, a site or a place; it tells the act whose
        phrase that noun is in (not "the militia that killed five": a party's own act)."""
        if tok.dep_ != "relcl" or KIND_BY_LEMMA.get(tok.lemma_.lower()) not in TOLL_KINDS \
                or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
            return None
        cur = tok.head
        if clauses.party_word(cur) and cur.ent_type_ not in PLACE_ENTS:
            return None
        for _ in range(MAX_FOLD_HOPS):
            if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
                return None
            cur = cur.head
            j = by_token.get(cur.i)
            if j is not None:
                owner = self.mentions[j]
                return j if owner.token.pos_ == "NOUN" and owner.event.plover == m.event.plover else None
        return None

    @staticmethod
    def _folds_as_argument(tok: Token, m: Mention, owner: Mention) -> bool:
        """An event noun is part of the act it is an argument of ("lift sanctions", "Airstrikes
        kill"); one in a phrase of reason or time ("arrested over the attack") is another act,
        unless it is the same kind ("killed in the attack") or an operation the killing was done
        in: "killed three men during a raid" is one raid, not a killing and a raid."""
        if tok.dep_ != "pobj":
            return True
        prep = tok.head.lower_
        if prep in OFFENCE_PREPS and _names_offence(tok, owner.event):
            return True  # "charged with murder": the offence is the charge's, not a second act
        if prep == "of" and tok.head.head.i == owner.token.i and owner.token.pos_ == "NOUN" \
                and owner.event.plover in STOPPING_TYPES:
            return True  # "the suspension of aid": what is stopped, as "suspended aid" (not "the
            # shelling of a rally": the rally was held)
        if prep in ("in", "during") and m.event.plover in OPERATION_TYPES and owner.event.plover == "ASSAULT":
            return True  # the killing is the raid's (not "arrested two men during an attack")
        return prep in ("in", "during", "with", "by", "of") and m.event.plover == owner.event.plover

    def _fold_sentences(self) -> list[Happening]:
        by_seg: dict[int, list[int]] = {}
        for i, m in enumerate(self.mentions):
            by_seg.setdefault(m.segment, []).append(i)
        owner = list(range(len(self.mentions)))
        for same in by_seg.values():
            for i in same:
                j = self._sentence_owner(i, same)
                if j is not None and self.mentions[i].event.status != "negated":
                    owner[i] = j
        for i in range(len(owner)):  # follow chains to the top, never round a cycle
            seen = {i}
            while owner[owner[i]] != owner[i] and owner[owner[i]] not in seen:
                seen.add(owner[i])
                owner[i] = owner[owner[i]]
        units: dict[int, Happening] = {}
        for i in range(len(self.mentions)):
            units.setdefault(owner[i], Happening()).members.append(i)
        for root, unit in units.items():  # the governing mention first
            unit.members.sort(key=lambda k: (k != root, k))
        return sorted(units.values(), key=lambda u: self.mentions[u.members[0]].token.i)

    # ---------------------------------------------------------------- across sentences
    def _anaphoric(self, m: Mention) -> bool:
        tok = m.token
        if tok.pos_ != "NOUN":
            return False
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
        return bool(dets & clauses.words("anaphoric_determiners"))

    def _joins(self, unit: Happening, hap: Happening) -> int:
        """How a sentence's unit fits a happening: YES, NO, or BY_ANAPHOR (only as an anaphor
        reaching back to a dated background act, taken when no happening fits outright)."""
        if hap.closed:
            return NO  # "the Taliban, which often attacks checkpoints, claimed the attack"
        m = self.mentions[self._representative(unit)]  # what the unit's row would say
        h = self.mentions[self._representative(hap)]
        # "The attack killed four soldiers": the unit refers back through its act noun, though
        # the verb speaks for it
        refers_back = self._refers_back(unit, hap, m.event.plover)
        if not self._agrees(m, h, hap, refers_back, self._told_inside(unit, hap)) or (
                any(self._clash(self.mentions[k].event, h.event) for k in unit.members)
                and not self._fights_back(m, h, hap)):
            return NO  # "The army's attack on the village killed ten": the army's, not the
            # assassin's of the sentence before, though "killed" names no one who did it
        return min(self._told_apart(m, h), self._told_apart(h, m))

    def _refers_back(self, unit: Happening, hap: Happening, plover: str) -> bool:
        """Whether the unit names the happening's act with an anaphor of its type: a general
        noun ("the attack", "the assault"), or the very word the happening was told with ("the
        airstrikes" after "airstrikes hit the camps"; not after the hotel attack)."""
        anaphors = [a for a in (self.mentions[k] for k in unit.members)
                    if a.event.plover == plover and self._anaphoric(a)]
        if any(clauses.in_words(a.token, "general_acts") for a in anaphors):
            return True
        if not anaphors:
            return False
        told = self._told_words(hap)
        return any(a.token.lemma_.lower() in told for a in anaphors)

    def _told_words(self, hap: Happening) -> set[str]:
        """The happening's words for its act, and an act noun as a verb's subject
        ("Government airstrikes hit the camps": hit, airstrike)."""
        told = set()
        for k in hap.members:
            tok = self.mentions[k].token
            told.add(tok.lemma_.lower())
            told.update(c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj" and event_noun(c))
        return told

    def _told_inside(self, unit: Happening, hap: Happening) -> bool:
        """The unit's act is told as done in the happening's act, named back ("During the
        raid, officers detained the editor"; "A police officer was wounded in the raid"):
        part of it, whoever is named as doing it."""
        if len(unit.members) < 2 or not any(self.mentions[k].event.plover in FORCE_TYPES for k in hap.members) \
                or min(self.mentions[k].segment for k in unit.members) \
                <= max(self.mentions[k].segment for k in hap.members):
            return False  # an act besides the one named back, told after the happening (not "were
            # arrested ... during the arrest of a lawmaker", one sentence)
        told = self._told_words(hap)
        kinds = {self.mentions[k].event.plover for k in hap.members}
        acts = {self.mentions[k].token.i for k in unit.members}
        for k in unit.members:
            tok = self.mentions[k].token
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and self._anaphoric(self.mentions[k]) \
                    and tok.head.head.i in acts - {tok.i} and (tok.lemma_.lower() in told or (
                        clauses.in_words(tok, "general_acts") and self.mentions[k].event.plover in kinds)):
                return True  # (not "Forest's role in the Rolando attack" after a charge)
        return False

    def _agrees(self, m: Mention, h: Mention, hap: Happening, refers_back: bool, inside: bool = False) -> bool:
        """Whether the unit's best mention ``m`` and the happening's ``h`` can be one act
        (``refers_back``: the unit names its act with an anaphor, "the attack"; ``inside``:
        it is told as done in the happening's act, "wounded in the raid")."""
        e, he = m.event, h.event
        if e.status == "negated" or he.status == "negated" or _planned(e) != _planned(he):
            return False
        forces = e.plover in FORCE_TYPES and he.plover in FORCE_TYPES
        if e.plover != he.plover and self._strike_named_back(m, hap):
            forces = inside = True  # "An Israeli airstrike killed nine ... the toll from the strike"
        if (e.plover != he.plover and not (forces and (inside or (
                e.plover in OPERATION_TYPES and self._operation(hap) and self._told_on(m, h, hap, None))))) \
                or (m.segment != h.segment and _time_away(m.token)):
            return False  # "Hours later, a drone attack on Odesa wounded five": another act;
            # an arrest may tell on a raid that killed ("Two other suspects were arrested")
        if not _dates_agree(m, h) or not places_agree(self.record, e, he):
            return False
        if inside and forces:
            return True
        if self._fights_back(m, h, hap):
            return True
        actors, targets, crossed = self._parties(e, he)
        anaphor = self._anaphoric(m) or self._anaphoric(h)
        if self._told_on(m, h, hap, actors):
            # "Gunmen attacked a hotel ... The attackers fired at guests / burned a house";
            # "Al-Shabaab militants stormed a base ... The militants detonated a car bomb at
            # the gate": the doers named again tell the act on, whatever part of it they hit
            actors = None if actors is False else actors
            targets = None if targets is False else targets
        if targets is False and ((((actors and anaphor) or (actors is None and refers_back))
                                  and self._facets(e.target, he.target))
                                 or self._clause_victim(m) or self._clause_victim(h)):
            targets = None  # "killed Soleimani" / "the airstrike at Baghdad airport"; "was also
            # killed in the airstrike": whom or where one act hit, told from another side
        if (actors is True or (actors is False and self._irregulars(e.actor, he.actor))) \
                and not crossed and e.plover in FORCE_TYPES and m.segment > h.segment \
                and self._continues(m, h, hap) and not self._clash(e, he) and self._adds_nothing(e, he):
            # "Suspected jihadists killed 15 soldiers in an ambush ... Gunmen on motorcycles
            # opened fire on the convoy": the next sentence tells the same act of force by the
            # same doers in other words, with no time, count or named doer of its own; whom it
            # hit is told from another side ("the convoy", "15 soldiers")
            actors = True
            if targets is False and not (e.target and he.target and e.target.entity and he.target.entity) \
                    and not any(self._two_sites(self.people.antecedent(e.target), self.mentions[k].event.target)
                                for k in hap.members) \
                    and not any(c.dep_ == "advmod" and c.lower_ == "also" for c in m.token.children):
                targets = None  # not two named targets ("seized Mariupol ... the Port of Odesa"),
                # nor two sites ("a police checkpoint ... a girls' school"), nor one it "also" hit
        if m.why_not == eh.PARTICIPANT:  # "personnel who surrendered": the same surrender,
            # though the relative clause names them otherwise; "a gunman who killed five" is
            # not the troops' killing of two: the counts differ
            return not crossed and not counts_differ(e, he)
        if actors is False or targets is False or crossed:
            return False
        if actors or targets or self._anaphoric(m) or refers_back or m.why_not == eh.NO_PARTY:
            return True
        if e.plover not in clauses.words("material_types"):
            return False  # two statements are two acts unless they share a party
        if counts_differ(e, he):
            return False  # "killed 10 at a market ... a roadside bomb killed two": two attacks
        last = max(self.mentions[k].segment for k in hap.members)
        return m.segment - last <= RECENT_SEGMENTS

    def _strike_named_back(self, m: Mention, hap: Happening) -> bool:
        """ "the strike" named back after an airstrike or a drone strike is that attack, not a
        stoppage of work (read so when nothing in its own sentence says which)."""
        tok = m.token
        if tok.lemma_.lower() != "strike" or not self._anaphoric(m) or m.event.plover != "PROTEST" \
                or any(c.dep_ in ("compound", "amod") for c in tok.children) \
                or m.segment - max(self.mentions[k].segment for k in hap.members) > RECENT_SEGMENTS:
            return False
        return any(self.mentions[k].event.plover == "ASSAULT"
                   and self.mentions[k].token.lemma_.lower().endswith("strike") for k in hap.members)

    def _own_side_taken(self, e: Event, he: Event) -> bool:
        """ "Troops launched an operation ... Ten soldiers were captured": forces taken after an
        operation by forces were taken by the other side, not in the operation."""
        taken, doers = (eh.role_root(self.record.doc, r) for r in (e.target, he.actor))
        return taken is not None and doers is not None and word_class(taken, "forces") and word_class(doers, "forces")

    def _operation(self, hap: Happening) -> bool:
        """The happening is an operation of force arrests may be made in (a raid, a
        crackdown), however it is typed once it killed."""
        return any(self.mentions[k].event.plover in OPERATION_TYPES
                   or clauses.in_words(self.mentions[k].token, "operation_words") for k in hap.members)

    def _parties(self, e: Event, he: Event) -> tuple[bool | None, bool | None, bool]:
        """Whether two readings' actors and targets agree (None: one names none), and whether
        one's actor is the other's target."""
        doc = self.record.doc
        # "he would resign" is the person the pronoun stands for, not anyone's resignation
        a1, a2, t1, t2 = (self.people.antecedent(r) for r in (e.actor, he.actor, e.target, he.target))
        mine, theirs = (r if eh.is_party(self.record, r) else None for r in (a1, a2))
        actors, targets = agree(mine, theirs, doc, self.side), agree(t1, t2, doc, self.side)
        if actors is False and (self._own_account(e) or self._own_account(he)) and self._one_state(mine, theirs) \
                and not counts_differ(e, he):
            actors = True  # (not "said its troops had killed 20 militants over the past day" after
            # an airstrike that killed five: a tally of its own)
        elif actors is True and mine is not None and theirs is not None \
                and (mine.entity in self.nation or theirs.entity in self.nation) \
                and self._people_of_a_nation(mine) != self._people_of_a_nation(theirs):
            actors = False  # "an Israeli strike" is the state's act; "Israeli settlers" are people
        if targets is False and site_in_town(self.record, t1, t2):
            targets = None  # the plant and the town it lies in
        crossed = agree(a1, t2, doc) is True or agree(t1, a2, doc) is True  # by entity, not side:
        # "the LNA accused the GNA" told twice is one act, though both are Libyan
        return actors, targets, crossed

    def _told_on(self, m: Mention, h: Mention, hap: Happening, actors: bool | None) -> bool:
        """The unit tells the happening's act on with no time of its own, a few sentences on,
        its doers named back with "the": by the act ("the attackers", whoever the lead
        said did it) or by the lead's own noun ("the militants" after "al-Shabaab
        militants")."""
        e = m.event
        if not self._continues(m, h, hap):
            return False
        kind = KIND_BY_LEMMA.get(m.token.lemma_.lower())
        if e.actor is None and e.plover in FORCE_TYPES and 0 < m.segment - h.segment <= STORY_SENTENCES \
                and m.token.pos_ == "VERB" and (kind in TOLL_KINDS or (
                    kind == "detained" and self._operation(hap) and not self._own_side_taken(e, h.event) and not any(
                        c.dep_ == "prep" and c.lower_ in ("for", "over") for c in m.token.children))) \
                and e.location is None and len(self.by_segment.get(m.segment, ())) == 1:
            return True  # "... stormed a base near Kismayo. Five soldiers were killed." (not
            # "Two soldiers were killed in fighting in Rafah": an act and a place of its own);
            # "raided a hideout and killed three ... Two other suspects were arrested"
        root = eh.role_root(self.record.doc, e.actor)
        if root is None or root.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return False
        return actors is True or (actors is False and clauses.in_words(root, "doer_nouns"))

    @staticmethod
    def _adds_nothing(e: Event, he: Event) -> bool:
        """The later act names no place, count or kind of act of its own: not "Bandits
        abducted 40 passengers on the Kaduna-Abuja highway" after the mosque attack in
        Katsina, a roundup's next happening."""
        if e.location is not None and (he.location is None or e.location.place != he.location.place):
            return False
        told = {q.value for q in he.quantities}
        if any(q.value not in told for q in e.quantities):
            return False
        return (e.cameo == ABDUCTION_CODE) == (he.cameo == ABDUCTION_CODE)

    def _irregulars(self, a: Role | None, b: Role | None) -> bool:
        """Both doers are named only as armed men of no state ("suspected jihadists",
        "gunmen", "Boko Haram insurgents", "the militants"): two words for one band, where a
        soldier and a militant are two sides."""
        roots = [eh.role_root(self.record.doc, r) for r in (a, b)]
        return all(r is not None and r.pos_ == "NOUN" and clauses.in_words(r, "irregular_doers")
                   for r in roots)

    def _continues(self, m: Mention, h: Mention, hap: Happening, counted: bool = True) -> bool:
        """The unit may tell the happening's act on: a few sentences on, with no time of its
        own, no word that marks another act, no count that differs (``counted``), and no other
        act of force told in between (whose doers and victims would then be unclear)."""
        if (m.date_from_text and not m.borrowed_date) or abs(m.segment - h.segment) > RECENT_SEGMENTS \
                or (counted and counts_differ(m.event, h.event)) or _time_away(m.token) \
                or any(clauses.in_words(t, "other_markers") for t in m.token.sent):
            return False
        last = max(self.mentions[k].segment for k in hap.members)
        told = {id(self.mentions[k]) for k in hap.members}
        return not any(o.event.plover in FORCE_TYPES | OPERATION_TYPES and id(o) not in told
                       for seg in range(last + 1, m.segment) for o in self.by_segment.get(seg, ()))

    def _fights_back(self, m: Mention, h: Mention, hap: Happening) -> bool:
        """The unit's act of force hits the happening's doers, named back ("Militants attacked
        a post ... The army said it had killed 30 of the attackers"; "the militants" after
        "Militants stormed"): the same fight, told from the side that fought back, whoever
        did it and however many it killed; with no time of its own, a few sentences on."""
        e, he = m.event, h.event
        if e.plover not in FORCE_TYPES or he.plover not in FORCE_TYPES or m.segment <= h.segment \
                or not self._continues(m, h, hap, counted=False):
            return False
        root = eh.role_root(self.record.doc, e.target)
        if root is not None and root.pos_ != "NOUN":  # "30 of the attackers", "all of them"
            root = next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), root)
        if root is None or root.pos_ != "NOUN" or not any(
                c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in root.children):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in clauses.words("sequel_adverbs")
               for t in (m.token, m.token.head) for c in t.children) \
                or (e.actor is not None and e.actor.entity is not None):
            return False  # "then launched an operation and killed 12 of the militants"; "U.S. Africa
            # Command said it had struck the militants": a named third side's own act
        if clauses.in_words(root, "doer_nouns"):
            return True
        doers = eh.role_root(self.record.doc, self.people.antecedent(he.actor))
        return doers is not None and doers.pos_ == "NOUN" and doers.lemma_.lower() == root.lemma_.lower() \
            and clauses.in_words(root, "irregular_doers")  # not "Police opened fire on the protesters"

    def _two_sites(self, a: Role | None, b: Role | None) -> bool:
        """Two places an act hit, of two kinds ("a police checkpoint", "a girls' school")."""
        ra, rb = eh.role_root(self.record.doc, a), eh.role_root(self.record.doc, b)
        return ra is not None and rb is not None and eh.is_site(ra) and eh.is_site(rb) \
            and ra.lemma_.lower() != rb.lemma_.lower()

    def _facets(self, a: Role | None, b: Role | None) -> bool:
        """One target is a site and the other a party: where and whom one act of one actor hit
        ("the airstrike at Baghdad airport" told back; not "also hit rebel fighters")."""
        ra, rb = eh.role_root(self.record.doc, a), eh.role_root(self.record.doc, b)
        if ra is None or rb is None:
            return False
        site = [eh.is_site(r) for r in (ra, rb)]
        return site[0] != site[1]

    def _clause_victim(self, m: Mention) -> bool:
        """An anaphoric act noun ("the airstrike") whose target the clause around it gave
        ("al-Muhandis was also killed in the airstrike"), not its own phrase."""
        tok = m.token
        if not self._anaphoric(m) or m.event.target is None or any(c.dep_ == "poss" for c in tok.children):
            return False  # "his release": the possessor is its own target, however resolved
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        return not (lo <= m.event.target.span.start and m.event.target.span.end <= hi)

    def _clash(self, e: Event, he: Event) -> bool:
        """A mention of the unit that names another known doer than the happening's: two
        entities, since "the army" and "the military" may be one ("the Kenyan army's attack
        on the village" after al-Shabaab's assassination of a judge); whom an act hits varies
        with the facet told ("the hotel", "five people")."""
        if e.plover != he.plover or e.actor is None or he.actor is None:
            return False
        mine, theirs = self._named_in(e.actor), self._named_in(he.actor)
        return bool(mine) and bool(theirs) and not mine & theirs and not (
            (self._own_account(e) or self._own_account(he)) and self._one_state(e.actor, he.actor))

    def _own_account(self, e: Event) -> bool:
        """The act is told under a reporting verb ("the Israeli military said it had killed
        a Hezbollah operative"): a side's own account of an act, which may be one told before
        from the victims' side."""
        span = self.record.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        verb = span.root
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS

    def _people_of_a_nation(self, role: Role) -> bool:
        """ "Israeli settlers", "Palestinian farmers": people a nationality describes, not its
        state (not "Israeli jets", "Israeli troops")."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and root.pos_ == "NOUN" and root.lemma_.lower() in clauses.words("person_nouns") \
            and not word_class(root, "forces")

    def _one_state(self, a: Role | None, b: Role | None) -> bool:
        """ "An Israeli drone strike killed two ... the Israeli military said it had killed": a
        nation's adjective or weapon and its state's arm are one side."""
        if a is None or b is None:
            return False
        states = [state_behind(self.record, r, self.side, self.nation, self.record.doc)
                  or (self.side.get(r.entity, r.entity) if r.entity else None) for r in (a, b)]
        return states[0] is not None and states[0] == states[1]

    def _named_in(self, role: Role) -> frozenset[str]:
        """The entities a role's words name ("Al-Shabaab militants": Al-Shabaab)."""
        start, end = role.span.start, role.span.end
        return frozenset(self.side.get(ent.id, ent.id)
                         for ent, m in self.record.entity_mentions_between(start, end) if m.end <= end)

    def _told_apart(self, undated: Mention, dated: Mention) -> int:
        """An act the report tells as its news, with no date of its own, is not one it dates
        to its background ("assailants attacked him ... In 2019 he survived a drone attack"):
        NO; an anaphor ("the attack", "Mhlanga's arrest") may reach back to it: BY_ANAPHOR; a
        report just after the dated one carries its story on: YES."""
        if self.anchor is None or undated.date_from_text or not dated.date_from_text \
                or dated.event.date is None or not dated.event.date.end:
            return YES  # with no publication date, news and background cannot be told apart
        if undated.background or self._current(dated.event.date):
            return YES
        if 0 < undated.segment - dated.segment <= STORY_SENTENCES:
            return YES  # "Last year, soldiers detained him. He was detained at a checkpoint": told on
        if undated.narrative is not None and not self._current(undated.narrative):
            return YES  # the story it carries on is itself in the past
        owned = undated.token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in undated.token.children)
        return BY_ANAPHOR if owned or self._anaphoric(undated) else NO

    def _link(self, units: list[Happening]) -> list[Happening]:
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
            if target is None:
                rep = self.mentions[self._representative(unit)]
                haps.append(Happening(list(unit.members), closed=rep.why_not in NOT_REPORTS))
            else:
                target.members.extend(unit.members)
        return haps

    # ---------------------------------------------------------------- the row
    def _standalone(self, i: int) -> bool:
        """Whether a mention can head a row: it reports a happening and is not the content
        of another; one that names no party must be a physical act and say when or where ("a
        drone attack in 2019")."""
        m = self.mentions[i]
        if m.nested_in is not None:
            return False
        if m.why_not == eh.NO_PARTY:  # a statement act (threat, demand, offer ...) is someone's
            return m.event.plover not in mood.SPEECH_TYPES and (m.date_from_text or m.event.location is not None)
        return m.why_not is None

    def _representative(self, hap: Happening) -> int:
        kinds = {self.mentions[k].event.plover for k in hap.members}
        deadly = len(kinds) == 2 and bool(kinds & OPERATION_TYPES) and any(  # a raid that killed
            KIND_BY_LEMMA.get(self.mentions[k].token.lemma_.lower()) in TOLL_KINDS for k in hap.members
            if self.mentions[k].event.plover == "ASSAULT")

        def key(i: int) -> tuple:
            m = self.mentions[i]
            e = m.event
            return (self._standalone(i), deadly and e.plover == "ASSAULT", not m.headline,
                    (e.actor is not None) + (e.target is not None),
                    m.date_from_text, e.location is not None, e.confidence)
        return max(hap.members, key=key)

    def _row(self, hap: Happening) -> Event | None:
        rep_i = self._representative(hap)
        rep = self.mentions[rep_i]
        if not self._standalone(rep_i) or self._sums_up_many(rep_i, hap):
            return None  # questions, habits, forecasts, no party: nothing happened to record
        members = sorted(hap.members, key=lambda k: self.mentions[k].token.i)
        others = sorted((self.mentions[k] for k in members if k != rep_i),
                        key=lambda m: (m.headline, m.token.i))  # headlines parse worst: last
        event = rep.event
        # the content of a demand or threat is acted by someone else ("demanded that Kyiv
        # withdraw": Kyiv does not demand), so its actor never stands in for the row's
        actors = [o.event.actor for o in others if o.nested_in is None]
        # resolved first: "it" is a party only once it is found to stand for a state or a body
        event.actor = self._fill_role(self.people.antecedent(event.actor), actors, party_only=True)
        event.target = self.people.antecedent(self._fill_role(event.target, [o.event.target for o in others]))
        retold = [o for o in others if o.nested_in is None and o.segment != rep.segment
                  and o.token.lemma_ == rep.token.lemma_]
        event.actor = self._specific(event.actor, [(o.event.actor, o.event.target) for o in retold])
        event.target = self._specific(event.target, [(o.event.target, o.event.actor) for o in retold])
        if event.plover in mood.SPEECH_TYPES and event.actor is None and (
                event.target is None or (_names_statement(rep) and event.plover != "ACCUSE")):
            return None  # "a new threat emerged": a statement act (threat, demand, accusation,
            # rejection, offer, praise) is someone's; told by a noun with no one voicing it,
            # it is a risk or an idea ("the threat of new measures", "the demand for reform").
            # An investigation or allegation is reported without its accuser, and stays
        event.date = self._date(rep, others)
        event.location = self.places.location(rep, others, self._current(event.date))
        event.quantities = self._quantities([rep, *others])
        event.mentions = [EventMention(event.trigger, event.sentence)] + [
            EventMention(o.event.trigger, o.event.sentence) for o in others]
        event.confidence = self._confidence(rep, len(members))
        return event

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
                    and clauses.clause_verb(m.token) == rep.token:
                return True  # not "agreed to a truce, but reports said clashes went on"
        return False

    def _fill_role(self, own: Role | None, others: list[Role | None], party_only: bool = False
                   ) -> Role | None:
        """The role as the best mention has it; a pronoun or a gap filled by a name that agrees.
        An actor must be a party ("the second attack", "Tuesday's" act on no one); a target
        may be a thing (a hotel, a convoy)."""
        named = [r for r in others if r is not None and eh.is_party(self.record, r)
                 and r.span.text.lower() not in clauses.PRONOUNS]
        if own is None or not eh.is_party(self.record, own):
            return named[0] if named else (None if party_only else own)
        if own.span.text.lower() in clauses.PRONOUNS and named:
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

    def _date(self, rep: Mention, others: list[Mention]) -> EventDate | None:
        """The representative's own date, else the most precise other mention's; a date
        borrowed from another verb's clause only when no mention has its own."""
        for borrowed in (False, True):
            if rep.date_from_text and rep.borrowed_date == borrowed and rep.event.date is not None:
                return rep.event.date
            dated = [m.event.date for m in others if m.date_from_text and m.borrowed_date == borrowed
                     and m.event.date is not None]
            if dated:
                return min(dated, key=lambda d: PRECISION_RANK.get(d.precision, 9))
        if _planned(rep.event) and not announced_object(rep.token):
            return None  # "said he intended to sue": no day said, and not the week before either
            # ("announced the expulsion of two diplomats" is read as planned, but often done)
        told = self._story_date(rep)
        if told is not None:
            return told  # "In 2018, officials offered to pay her relatives. The relatives refused."
        if rep.background:
            return None
        if self.anchor is not None:
            lo = self.anchor - timedelta(days=CURRENT_NEWS_DAYS)
            return EventDate(lo.isoformat(), self.anchor.isoformat(), "range", None)
        return fallback_date(None, self.doc_dates)

    def _current(self, when: EventDate | None, window: int = CURRENT_WINDOW_DAYS) -> bool:
        """Whether a date ends within ``window`` days before publication: the days the
        report covers (not background), or with CURRENT_NEWS_DAYS the week an undated
        current report is given anyway."""
        if self.anchor is None or when is None or not when.end:
            return False
        try:
            end = date.fromisoformat(when.end)
        except ValueError:
            return False
        return (self.anchor - end).days <= window

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
        haps = self._link(self._fold_sentences())
        out = [row for hap in haps if (row := self._row(hap)) is not None]
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


def _an_article(record: Record) -> bool:
    """The row check reads the whole article (how many rows, how violent): it was trained on
    articles and does not judge a sentence or a short brief."""
    doc = record.doc
    return doc is not None and sum(1 for _ in doc.sents) >= ARTICLE_SENTENCES


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
        if p >= eventness.threshold:
            kept.add(id(row))
    return [row for row in rows if row.status == "negated" or id(row) in kept]
