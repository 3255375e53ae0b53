"""A unit that tells a happening on: its toll told after it, a side's own tally, what ensued and
fire returned, one refusal told again, those counted back ("the two diplomats"); and the words
that tell a unit apart from it or tie it to it ("Separately, ...", "another airstrike", "the
Mansila attack", "in the second attack", "seized the convoy").

Readings :class:`.joins.JoinRules` (which inherits :class:`TellingOn`) asks when it decides
whether a unit agrees with a happening told before; an operation's parts and the toll of one
act are the same happening, a count that differs or "more" makes another.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Event, Role
from . import clauses
from . import eventhood as eh
from .aggregates import SPAN_PREPS
from .agreement import counts_differ
from .clausewords import REPORTING_LEMMAS, prep_objects, word_class
from .lexicon import event_noun
from .mentions import Happening, Mention, told_also
from .quantities import KIND_BY_LEMMA, number_value
from .rolewords import FORCE_TYPES
from .sides import APART_ADJECTIVES
from .sites import told_as_a_spot
from .standing import OPERATION_TYPES, STORY_SENTENCES, TOLL_KINDS
from .tellings import time_away
from .tellingtime import day_of_telling
from .wholes import Wholes

ABDUCTION_CODE = "181"  # CAMEO: abduct, hijack, take hostage: another act than a killing
ANOTHER_TOO = frozenset({"also", "either", "too", "separately", "meanwhile"})  # one more of its kind
MORE_WORDS = frozenset({"more", "other", "additional", "further"})  # "five more militants": a toll besides
SHARED_TOLL_MIN = 2  # a toll this large, told by each side, names one act (one death may be any)
THING_PRONOUNS = frozenset({"it", "this", "that", "them"})  # what was refused, named back
PEOPLE_KINDS = frozenset({*KIND_BY_LEMMA.values(), "people"})  # counts of people, not of sides or waves
HIT_PREPS = frozenset({"at", "in", "inside", "outside", "near"})  # "fired on worshippers at a mosque": where
MANNER_APART = frozenset({"separately"})  # after its verb, how a meeting was held, not another meeting
RECENT_SEGMENTS = 3  # a same-type mention this close, agreeing in everything, is the same happening
APART_ADVERBS = frozenset({"separately", "meanwhile", "elsewhere", "additionally"})  # "Separately, ..." (not
# "later": "several thousand protesters later blocked the avenue" tells the march on)
DEICTIC_WORDS = frozenset({"such", "this", "that", "these"})  # "such measures", "this decision": one told


class TellingOn(Wholes):
    """Whether a unit tells a happening on, over the assembler's mentions."""

    by_segment: dict[int, list[Mention]]  # the mentions of each sentence (the assembler's)

    def _stance_told_again(self, m: Mention, h: Mention, hap: Happening) -> bool:
        """A refusal told just after one by the same party, with no time of its own and no "also",
        "either" or "separately": the refusal told before, when what it refuses is named back ("rejected
        it outright", "will not accept such demands"), or when it is a stance ("will not comply with",
        "does not recognize") toward the body whose act was refused ("the tribunal" after "the ruling
        of the tribunal")."""
        e, he = m.event, h.event
        if e.plover != "REJECT" or he.plover != "REJECT" or m.segment <= h.segment or told_also(m) \
                or not self._continues(m, h, hap, counted=False):
            return False
        chain = [m.token, *m.token.ancestors]
        if any(c.dep_ in ("advmod", "preconj", "cc") and c.lower_ in ANOTHER_TOO for t in chain for c in t.children):
            return False  # "Hamas also said it would not accept ...", "will not approve Finland's bid either"
        doc = self.record.doc
        root = eh.role_root(doc, e.target)
        negated = any(c.dep_ == "neg" for c in (*m.token.children, *m.token.head.children)) \
            or any(c.lower_ == "no" and c.dep_ == "det" for o in m.token.children if o.dep_ == "dobj"
                   for c in o.children)
        said = next((c for c in m.token.children if c.dep_ in ("dobj", "obj")), None)  # "would never accept
        # them": the pronoun as written, whatever the role's name resolved it to
        generic = (said is not None and said.lower_ in THING_PRONOUNS) or (root is not None and (
            root.lower_ in THING_PRONOUNS or any(c.dep_ in ("det", "amod") and c.lower_ in DEICTIC_WORDS
                                                 for c in root.children)))
        if not (negated or generic):
            return False
        told = eh.role_root(doc, he.target)
        if root is None or told is None:
            return False
        if generic:
            return True  # "rejected it outright", "will not accept such demands": what was refused, named
            # back (not "will not accept any U.S. troops": "any" names anything, maybe another matter)
        # "the tribunal('s jurisdiction)" inside "the ruling of the tribunal": the body whose act was
        # refused (not "Finland's bid" after "Sweden's NATO bid": the same word, another one; nor
        # "the council's commissioner" after "the Council of Europe's resolution")
        words = {t.lemma_.lower() for t in told.subtree if t.pos_ in ("NOUN", "PROPN")}
        return root.lemma_.lower() != told.lemma_.lower() and root.lemma_.lower() in words

    def _operation(self, hap: Happening) -> bool:
        """The happening is an operation of force arrests may be made in (a raid, a
        crackdown), however it is typed once it killed."""
        return any(self.mentions[k].event.plover in OPERATION_TYPES
                   or clauses.in_words(self.mentions[k].token, "operation_words") for k in hap.members)

    def _told_on(self, m: Mention, h: Mention, hap: Happening, actors: bool | None) -> bool:
        """The unit tells the happening's act on with no time of its own, a few sentences on,
        its doers named back with "the": by the act ("the attackers", whoever the lead
        said did it) or by the lead's own noun ("the militants" after "al-Shabaab
        militants")."""
        e = m.event
        if not self._continues(m, h, hap):
            return False
        kind = KIND_BY_LEMMA.get(m.token.lemma_.lower())
        # a few sentences after the happening was last told ("A drone strike hit a convoy ...
        # The strike hit three trucks ... Two were destroyed. Six militants were killed")
        last = max((self.mentions[k].segment for k in hap.members if self.mentions[k].segment < m.segment),
                   default=h.segment)
        if e.actor is None and e.plover in FORCE_TYPES and 0 < m.segment - last <= STORY_SENTENCES \
                and m.token.pos_ == "VERB" and (kind in TOLL_KINDS or (
                    kind == "detained" and self._operation(hap) and not self._own_side_taken(e, h.event) and not any(
                        c.dep_ == "prep" and c.lower_ in ("for", "over") for c in m.token.children))) \
                and e.location is None \
                and all(self._bare_toll(o) for o in self.by_segment.get(m.segment, ()) if o is not m):
            return True  # "... stormed a base near Kismayo. Five soldiers were killed." (not
            # "Two soldiers were killed in fighting in Rafah": an act and a place of its own);
            # "raided a hideout and killed three ... Two other suspects were arrested"; "Four
            # soldiers were killed and one was wounded": one toll, whoever is counted
        root = eh.role_root(self.record.doc, e.actor)
        if root is None or root.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return False
        return actors is True or (actors is False and clauses.in_words(root, "doer_nouns"))

    @staticmethod
    def _bare_toll(m: Mention) -> bool:
        """A count of dead or wounded told with no doer, no place and no act named ("and one
        was wounded"): more of the toll its sentence tells, no act of its own."""
        return m.event.actor is None and m.event.location is None and m.event.plover in FORCE_TYPES \
            and m.token.pos_ == "VERB" and KIND_BY_LEMMA.get(m.token.lemma_.lower()) in TOLL_KINDS

    def _adds_nothing(self, e: Event, he: Event, within: bool = False) -> bool:
        """The later act names no place, count of people or kind of act of its own: not
        "Bandits abducted 40 passengers on the Kaduna-Abuja highway" after the mosque attack
        in Katsina, a roundup's next happening ("stormed the camp from two sides" counts no
        one). The country or province the earlier place lies in, given to an act told with no place
        of its own (the report's country), is none of its own; told on the day told before
        (``within``), a town in the earlier place says where in it ("killed seven soldiers in
        North Kivu on Monday ... ambushed the patrol near Beni on Monday afternoon")."""
        if e.location is not None and (he.location is None or (
                e.location.place != he.location.place and not (
                    self._wider_place(e.location, he.location)
                    and not e.sentence.start <= e.location.span.start < e.sentence.end)
                and not (within and self._inside(he.location, e.location)))):
            return False  # (a country told in the act's own words is its own: "shot a pastor in Nigeria")
        told = {q.value for q in he.quantities}
        if any(q.value not in told and q.kind in PEOPLE_KINDS for q in e.quantities):
            return False
        return (e.cameo == ABDUCTION_CODE) == (he.cameo == ABDUCTION_CODE)

    def _each_side_s_toll(self, m: Mention, h: Mention, actors: bool | None) -> bool:
        """Two attacks told in adjacent sentences with one toll ("killing four Palestinians" and
        "troops killed four militants"), one of them a side's own account: one act, each side
        naming its doers and its dead in its own words. Not doers named apart ("Hamas said its
        fighters killed four soldiers" after an Israeli raid that killed four): both must be a
        state's agents or armed men of no state when their words differ."""
        e, he = m.event, h.event
        if e.plover != "ASSAULT" or he.plover != "ASSAULT" or abs(m.segment - h.segment) > 1 \
                or not (self._own_account(e) or self._own_account(he)):
            return False
        if actors is False and not self._one_kind_of_doer(e.actor, he.actor):
            return False
        if self._placed_anew(max((m, h), key=lambda x: x.segment).event):
            return False  # "Gunmen killed 12 worshippers at a mosque in Gusau": a place of its own
            # (not "in the camp": the one told before)
        return self._one_count(e, he, "killed", SHARED_TOLL_MIN)


        # (a state, or one of its arms the knowledge base knows: "Mali's government")

    def _own_tally(self, m: Mention, h: Mention, hap: Happening) -> bool:
        """ "Israeli forces killed five Palestinians during a raid on the Nur Shams camp, the
        health ministry said. The Israeli military said its troops had killed four armed
        militants": the doers' own count of the killing told just before, by the forces the
        teller calls its own, of the state that did it, its dead named as armed men, with no
        time, place or "more" of its own. Not "Hamas said its fighters killed four
        soldiers" (the other side), "said it had killed 20 militants over the past day", "killed
        three militants in Jenin", "killed five more militants"."""
        e, he = m.event, h.event
        said = self._said_by_its_doers(m)
        if e.plover != "ASSAULT" or he.plover != "ASSAULT" or not 0 < m.segment - h.segment <= STORY_SENTENCES \
                or said is None or not self._one_state(e.actor, he.actor) or told_also(m) \
                or self._placed_anew(e) or not self._continues(m, h, hap, counted=False):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in APART_ADVERBS for c in said.children) \
                or any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in prep_objects(said, ("in", "at", "near"))):
            return False  # "Separately, the military said ...", "In Gaza, the military said ...": another
        if not any(q.kind == "killed" for q in e.quantities) or not any(q.kind == "killed" for q in he.quantities) \
                or any(self._span_to_now(p) for p in prep_objects(m.token, tuple(SPAN_PREPS))):
            return False  # ("over the past day", "in the last 24 hours": a tally over a time of its own)
        dead, told = (eh.role_root(self.record.doc, r) for r in (e.target, he.target))
        return dead is not None and told is not None and dead.lemma_.lower() != told.lemma_.lower() \
            and clauses.common_noun_in(dead, "irregular_doers") \
            and not any(c.lower_ in MORE_WORDS for t in (dead, *dead.children) for c in t.children)
        # (its dead named as armed men, as a side names those it killed: "militants", "gunmen";
        # not "two Hezbollah commanders", who may be another strike's; nor "five more militants")

    def _continues(self, m: Mention, h: Mention, hap: Happening, counted: bool = True) -> bool:
        """The unit may tell the happening's act on: a few sentences on, with no time of its
        own, no word that marks another act, no count that differs (``counted``), and no other
        act of force told in between (whose doers and victims would then be unclear)."""
        last = max(self.mentions[k].segment for k in hap.members)
        away = min(abs(m.segment - h.segment), abs(m.segment - last))  # from its latest telling
        own_time = m.date_from_text and not m.borrowed_date and not self._same_day(m, hap) \
            and not self._told_by_then(m, hap)
        if own_time or away > RECENT_SEGMENTS \
                or (counted and counts_differ(m.event, h.event)) or time_away(m.token) \
                or any(clauses.in_words(t, "other_markers") for t in m.token.sent):
            return False
        told = {id(self.mentions[k]) for k in hap.members}
        return not any(o.event.plover in FORCE_TYPES | OPERATION_TYPES and id(o) not in told
                       for seg in range(last + 1, m.segment) for o in self.by_segment.get(seg, ()))

    def _told_by_then(self, m: Mention, hap: Happening) -> bool:
        """The unit is a toll whose only time is the day it was told ("At least 85 civilians were
        killed, the agency said on Tuesday": done by then), and every day the happening was told
        on lies in it: no time of its own."""
        d = m.event.date
        if m.event.actor is not None or KIND_BY_LEMMA.get(m.token.lemma_.lower()) not in TOLL_KINDS:
            return False  # (a toll only: not "Ukraine's air force said on Monday that Russian drones
            # had struck an energy facility in Kharkiv", another strike told by the victims' side)
        if d is None or d.span is None or d.precision != "range" or not d.start or not d.end \
                or not day_of_telling(self.record.doc, d.span.start, d.span.end, m.token):
            return False
        if any(counts_differ(m.event, self.mentions[k].event) for k in hap.members):
            return False  # "Seven more soldiers were killed, the army said on Tuesday": another toll
        told = [self.mentions[k].event.date for k in hap.members
                if self.mentions[k].date_from_text and not self.mentions[k].borrowed_date]
        return any(told) and all(t is not None and t.start is not None and d.start <= t.start
                                 and (t.end or t.start) <= d.end for t in told)

    def _ensues(self, m: Mention, h: Mention, hap: Happening) -> bool:
        """ "Fighters attacked an army position ... the army 'neutralized' about 30 of them in the
        ensuing fighting": force named as what followed from the act told before is part of it."""
        return m.event.plover in FORCE_TYPES and h.event.plover in FORCE_TYPES and m.segment >= h.segment \
            and m.token.pos_ == "NOUN" and any(c.dep_ == "amod" and clauses.in_words(c, "ensuing_marks")
                                              for c in m.token.children) \
            and self._continues(m, h, hap, counted=False)

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
        if root is None or root.pos_ != "NOUN" or not (any(
                c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in root.children)
                or clauses.in_words(root, "act_doers")):
            return False  # (a noun for the act's doers names them back bare: "killed about 10
            # assailants"; "killed 10 militants" may be another band)
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

    def _same_ones_counted_back(self, role: Role | None, hap: Happening) -> bool:
        """ "the two diplomats" after "two Russian diplomats": a target named back by "the", the
        count the happening gave and the same noun (:meth:`_counted_back`)."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and self._counted_back(role, hap) and any(
            (t := eh.role_root(self.record.doc, self.mentions[k].event.target)) is not None
            and t.i != root.i and t.lemma_.lower() == root.lemma_.lower() for k in hap.members)

    def _counted_back(self, role: Role | None, hap: Happening) -> bool:
        """A target told with "the" and a count the happening already gave of people ("The two
        officers" after "killing two policemen"): those people named back."""
        root = eh.role_root(self.record.doc, role)
        if root is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return False
        counts = {number_value(c) for c in root.children if c.dep_ == "nummod"} - {None}
        told = {q.value for k in hap.members for q in self.mentions[k].event.quantities if q.kind in PEOPLE_KINDS}
        return bool(counts) and counts <= told

    def _object_named_back(self, m: Mention, hap: Happening) -> bool:
        """The act's object, named back with a definite word ("the convoy"), is what the
        happening's act was done to ("ambushed a supply convoy")."""
        hit = self._hit_words(hap)
        return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN" and clauses.named_back(c)
                   and c.lemma_.lower() in hit for c in m.token.children)

    def _hit_words(self, hap: Happening) -> set[str]:
        """The head words of what the happening's acts were done to and where ("stormed a
        beachfront hotel", "opened fire on worshippers at a mosque")."""
        hit = [eh.role_root(self.record.doc, self.mentions[k].event.target) for k in hap.members]
        heads = [t for t in (*hit, *(self.mentions[k].token for k in hap.members)) if t is not None]
        hit += [g for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ in HIT_PREPS
                for g in c.children if g.dep_ == "pobj"]
        return {r.lemma_.lower() for r in hit if r is not None and r.pos_ in ("NOUN", "PROPN")}

    def _ranked_in_telling(self, m: Mention, hap: Happening) -> bool:
        """ "A car bomb exploded ..., killing two officers, authorities said, in the second attack
        blamed on rebels this week": an act noun its callers found ranked in a series ("second"),
        told in the very sentence of the act, under "in" or "as" on its verb or on the verb that
        reports it: the act told, counted among others (not "a second bomb exploded", told as a
        subject)."""
        tok = m.token
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "as"):
            return False
        verb = tok.head.head
        acts = {self.mentions[k].token.i for k in hap.members if self.mentions[k].segment == m.segment}
        if not acts:
            return False
        heads = {verb.i} | {c.i for c in verb.children if c.dep_ == "ccomp"} \
            if verb.lemma_.lower() in REPORTING_LEMMAS else {verb.i}
        return bool(heads & acts)

    def _told_apart_by_word(self, m: Mention) -> bool:
        """The sentence says its act is another: "Separately, ...", "In a separate attack, ...",
        "In an unrelated incident, ...", "Meanwhile, ...", "In addition, ...", "Another airstrike
        ..." on the act's clause."""
        verb = clauses.clause_verb(m.token)
        for head in {verb, m.token}:
            for c in head.children:
                manner = c.i > head.i and c.lower_ in MANNER_APART \
                    and m.event.plover not in FORCE_TYPES | OPERATION_TYPES
                if c.dep_ == "advmod" and c.lower_ in APART_ADVERBS and not manner:
                    return True  # (not "were meeting separately with the mediators": how they met; but
                    # "Two civilians were killed separately", "A journalist was killed elsewhere")
                if c.dep_ == "prep" and any(g.dep_ == "pobj" and (any(
                        a.dep_ == "amod" and a.lower_ in APART_ADJECTIVES for a in g.children)
                        or (c.lower_ == "in" and g.lower_ == "addition" and not list(g.children)))
                        for g in c.children):
                    return True  # ("In addition, Trump demanded that Ottawa drop its tariff": another demand)
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and self._another_of_its_kind(c):
                    return True  # "Another airstrike killed five people at a school in Gaza City", "A
                    # second bomb exploded at the railway station", "attacked another village" (an act, a
                    # weapon or a site, not "another man, who was arrested on the day of the theft")
        return False

    @staticmethod
    def _another_of_its_kind(noun: Token) -> bool:
        """ "another village", "a second bomb", "another airstrike": an act, a weapon or a site
        told as one more of its kind (not "the second bomb": one of a pair told before)."""
        return (event_noun(noun) or word_class(noun, "arms") or eh.is_site(noun)) \
            and any(a.dep_ in ("det", "amod") and a.lower_ in APART_ADJECTIVES for a in noun.children) \
            and not any(a.dep_ == "det" and a.lower_ == "the" for a in noun.children)

    def _told_there(self, m: Mention, unit: Happening) -> bool:
        """The act is named by a town before it where the report tells another act ("The
        Mayadin raid targeted ..." after "drones hit a command post near Mayadin"), though
        the sentence's head is another word: it refers back to that one."""
        if self._town_before(m) is None or m.event.location is None:
            return False
        return any(o.event.plover in FORCE_TYPES and o.event.location is not None
                   and o.event.location.place == m.event.location.place
                   for i, o in enumerate(self.mentions) if i not in unit.members and o.segment < m.segment)

    def _named_elsewhere(self, m: Mention, hap: Happening) -> bool:
        """The act noun names back an act by the name of a spot the report told another act at
        ("the Mansila attack" after "stormed a post in Mansila"), a name the gazetteer lacks:
        not a happening none of whose sentences uses it, while another act's sentence does."""
        if not self._anaphoric(m):
            return False
        names = {c.text for c in m.token.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"
                 and self.record.place_at(c.idx, c.idx + len(c.text)) is None}  # a town is read as
        # where the act was (``_town_before``): the happening may name only its district
        if not names:
            return False  # (asked of every unit against every recent happening: most stop here)
        spots = {c.text for c in m.token.children if c.text in names and told_as_a_spot(c)}
        if not spots:
            return False
        told = {k for k, o in enumerate(self.mentions)
                if o.segment < m.segment and any(name in o.event.sentence.text for name in spots)}
        return bool(told) and not told & set(hap.members)

    @staticmethod
    def _town_before(m: Mention) -> Token | None:
        """The town before the act noun that names it, where its place was read ("the Bouake
        attack", "the Argelia ambush")."""
        loc = m.event.location
        if loc is None or m.token.pos_ != "NOUN":
            return None
        return next((c for c in m.token.children if c.dep_ == "compound" and c.idx == loc.span.start), None)
