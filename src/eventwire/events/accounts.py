"""A side's own account of an act, and the parties a report's words name.

Read by the joins (:mod:`.joins`): two tellings of one strike may come from its two sides ("an
Israeli drone strike killed two ... the Israeli military said it had killed"), each with its own
count and its own words for the dead ("said its troops had killed four armed militants"), and
whether two doers clash depends on which entities their words name and which state those act for.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..record import Event, Record, Role
from . import clauses
from . import eventhood as eh
from .agreement import counts_differ, state_behind
from .clausewords import REPORTING_LEMMAS, word_class
from .mentions import Mention, told_also
from .people import People

TO_NOW_WORDS = frozenset({"past", "last", "previous", "recent"})  # "over the past day", "in recent weeks"
ACT_NOUN_CLIMB = 3  # noun -> preposition -> verb: how far an act noun's clause is looked for


class Accounts:
    """Readings of who tells an act and for whom, over a record's entities' sides and nations."""

    record: Record
    people: People
    side: dict[str, str]
    nation: dict[str, str]

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
        for _ in range(ACT_NOUN_CLIMB if clauses.named_back(verb) else 0):  # "said it had killed
            # an official in the strike": the act noun named back is in the account's clause (not
            # "in a strike in Khan Younis": one told anew)
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS

    def _side_s_version(self, m: Mention, h: Mention) -> bool:
        """Of two attacks told on one day in one place, one is a state's own account of its
        forces' strike ("Russia's Defense Ministry said its forces had struck ..."), with no
        count of its own: the attack the other told. Only a teller whose forces the act names
        ("its forces", "their jets"): a bare "the army" may be either side's."""
        e, he = m.event, h.event
        if e.plover != "ASSAULT" or he.plover != "ASSAULT" or counts_differ(e, he) \
                or told_also(m) or told_also(h):
            return False  # (not "Russian aircraft also hit rebel fighters": another strike)
        if not any(self._side_tells(x.event) for x in (m, h)):
            return False
        if e.location is None or he.location is None or not self._one_ground(e.location.place, he.location.place):
            return False  # "struck a house in Rafah ... said its jets struck a command centre in
            # Khan Younis": two strikes of one day
        dated = [x for x in (m, h) if x.date_from_text and not x.borrowed_date]
        days = [x.event.date for x in dated]
        if len(dated) == 1 and not self._side_tells(dated[0].event):
            # "Russian missiles hit Kharkiv on Monday ... Russia's defence ministry said its
            # forces had struck military targets in the Kharkiv region": an account with no day
            # of its own, told right after, is of the day the other side told
            return days[0] is not None and days[0].precision == "day" and abs(m.segment - h.segment) <= 1
        return len(days) == 2 and all(d is not None and d.precision == "day" for d in days) \
            and days[0].start == days[1].start  # type: ignore[union-attr]

    def _one_ground(self, a: str | None, b: str | None) -> bool:
        """One place, or a province and a town in it ("the Kharkiv region", "Kharkiv")."""
        if a == b:
            return True
        pa, pb = self.record.place_by_id(a), self.record.place_by_id(b)
        return pa is not None and pb is not None and pa.country == pb.country and bool(pa.admin1) \
            and pa.admin1 == pb.admin1 and (pa.feature == "admin1") != (pb.feature == "admin1")

    def _side_tells(self, e: Event) -> bool:
        """A state tells its forces' act ("Russia's Defense Ministry said its forces had struck
        ..."): its own version, whose target is named its way."""
        return self._own_account(e) and self._tellers_forces(e.actor)

    def _tellers_forces(self, role: Role | None) -> bool:
        """ "its forces", "their jets": the forces of the state that tells the act."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and word_class(root, "forces") \
            and any(c.dep_ == "poss" and c.lower_ in clauses.OWNER_PRONOUNS for c in root.children) \
            and state_behind(self.record, role, self.side, self.nation, self.record.doc) is not None

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
        """The entities a role's words name ("Al-Shabaab militants": Al-Shabaab); not a common
        noun for armed men the recognizer labelled ("Jihadists attacked": no group named)."""
        start, end = role.span.start, role.span.end
        doc = self.record.doc
        out = set()
        for ent, m in self.record.entity_mentions_between(start, end):
            words = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.end <= end and not (words is not None and len(words) == 1 and words[0].pos_ == "NOUN"
                                     and clauses.in_words(words[0], "irregular_doers")):
                out.add(self.side.get(ent.id, ent.id))
        return frozenset(out)

    def _placed_anew(self, e: Event) -> bool:
        """The act's place is told in its own sentence, not named back ("in Jenin", not "in
        the camp")."""
        return e.location is not None and e.sentence.start <= e.location.span.start < e.sentence.end \
            and not clauses.named_back(self.record.doc.char_span(
                e.location.span.start, e.location.span.end, alignment_mode="expand").root)

    @staticmethod
    def _span_to_now(when: Token) -> bool:
        """ "the past day", "the last 24 hours", "in recent days": a span of time up to now."""
        return (when.ent_type_ in ("DATE", "TIME") or when.lemma_.lower() in clauses.SPAN_WORDS) \
            and any(c.lower_ in TO_NOW_WORDS for c in when.children)

    def _said_by_its_doers(self, m: Mention) -> Token | None:
        """The reporting verb the act is told under, by its own verb or one it is joined to ("The
        Israeli military said its troops had come under fire ... and had killed four"), when the
        act is the teller's ("said it had killed", "Turkey's defence ministry said its jets had
        killed") or its forces' ("its troops")."""
        verb = m.token
        while verb.dep_ == "conj":
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        said = verb.head
        doers = eh.role_root(self.record.doc, self.people.antecedent(m.event.actor))
        return said if self._tellers_forces(m.event.actor) or (doers is not None and any(
            c.dep_ == "nsubj" and c.i == doers.i for c in said.children)) else None
