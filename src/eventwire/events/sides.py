"""Whether two readings' doers and whom they acted on are one party: the sides of a join.

Read by the joins (:mod:`.joins`), which inherit :class:`Sides`. Two mentions name one party
when their entities agree, or when the words differ but name one side: a crowd and its count,
a court and its judges, a state and its organ, "the two sides" and the pair told before, a
firm and its workers, a victim's own "my husband" and the report's count. The readings here
look only at the roles; whether the acts themselves are one is the joins' question.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS
from ..record import Event, Record, Role
from . import clauses, mood
from . import eventhood as eh
from .accounts import Accounts
from .agreement import agree, counted_head, counts_differ, site_in_town, some_of_a_pronoun, speakers_state
from .clausewords import prep_objects, word_class
from .lexicon import event_noun
from .people import People
from .placing import TALK_TYPES
from .rolewords import FORCE_TYPES, SYMMETRIC_TYPES

APART_ADJECTIVES = frozenset({"separate", "unrelated", "another", "different", "second"})  # "In a separate
# attack", "a second strike hit a nearby house"
CROWD_NOUNS = frozenset({"protester", "demonstrator", "marcher", "crowd", "rioter", "mob", "people", "youth",
                         "man", "men"})  # a street crowd by what it does or by no name at all
COURT_WORDS = frozenset({"court", "tribunal"})  # a court, and the judges who sit on it
BENCH_WORDS = frozenset({"judge", "bench", "panel", "magistrate"})
PASSPORT_NOUNS = frozenset({"national", "citizen"})  # someone described by the state whose passport they hold
DEFINITE_WORDS = frozenset({"the", "these", "those", "this", "that", "their", "his", "her", "its"})


def _band_members(tok: Token) -> bool:
    """ "Gang members", "members of the militia": the men of an armed band of no state."""
    if tok.lemma_.lower() != "member":
        return False
    band = [c for c in tok.children if c.dep_ in ("compound", "amod")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(clauses.common_noun_in(w, "irregular_doers") or clauses.common_noun_in(w, "armed_bands") for w in band)


class Sides(Accounts):
    """The party readings of :class:`.joins.JoinRules`, over the record's entities, their sides
    and nations, and the people its pronouns stand for."""

    record: Record
    people: People
    side: dict[str, str]
    nation: dict[str, str]

    def _unnamed_doers(self, role: Role | None) -> bool:
        """The doers are named by no entity, only as armed men of no state or by what they did
        ("gunmen", "a suicide bomber", "the attackers")."""
        named = self.people.antecedent(role)
        root = eh.role_root(self.record.doc, named)
        # (a common noun the recognizer labelled, "Jihadists" after a dateline, names no group)
        return named is not None and root is not None and (named.entity is None or root.pos_ == "NOUN") \
            and (clauses.common_noun_in(root, "irregular_doers") or clauses.common_noun_in(root, "doer_nouns"))

    def _own_side_taken(self, e: Event, he: Event) -> bool:
        """ "Troops launched an operation ... Ten soldiers were captured": forces taken after an
        operation by forces were taken by the other side, not in the operation."""
        taken, doers = (eh.role_root(self.record.doc, r) for r in (e.target, he.actor))
        return taken is not None and doers is not None and word_class(taken, "forces") and word_class(doers, "forces")

    def _parties(self, e: Event, he: Event) -> tuple[bool | None, bool | None, bool]:
        """Whether two readings' actors and targets agree (None: one names none), and whether
        one's actor is the other's target."""
        doc = self.record.doc
        # "he would resign" is the person the pronoun stands for, not anyone's resignation
        a1, a2, t1, t2 = (self.people.antecedent(r) for r in (e.actor, he.actor, e.target, he.target))
        mine, theirs = (r if eh.is_party(self.record, r) and not self._act_as_doer(r) else None for r in (a1, a2))
        if e.plover == he.plover == "PROTEST":  # "burned tyres", "blocked roads": how a crowd
            # protested, not whom against ("marched to demand that the government ...")
            t1, t2 = (r if eh.is_party(self.record, r) else None for r in (t1, t2))
        actors, targets = agree(mine, theirs, doc, self.side), agree(t1, t2, doc, self.side)
        if actors is False and e.plover == he.plover == "PROTEST" and (
                all(self._crowd(r) for r in (a1, a2)) or (self._crowd(a1) and self._counted(a2))
                or (self._crowd(a2) and self._counted(a1))):
            actors = None  # "Hundreds of people demonstrated in Nairobi ... Some protesters burned
            # tyres", "Thousands of students marched ... protesters attacked the station": one crowd
            # named two ways (not two named groups, nor "counter-protesters")
        if actors is False and e.plover == he.plover == "PROTEST" \
                and (self._workforce_of(a1, a2) or self._workforce_of(a2, a1)):
            actors = None  # "Workers at Toyota plants walked off the job ... The Toyota strike": the
            # company's strike is its workers'
        if actors is False and any(some_of_a_pronoun(eh.role_root(doc, r)) for r in (mine, theirs)):
            actors = None  # "Traders shut their shops in protest ... Dozens of them blocked the
            # highway": some of whom "them" names, as unknown as "they" (doers only: "Dozens of
            # them were killed" may be the attackers, not whom the attack hit)
        if actors is False and any(self._first_person(r) for r in (a1, a2)):
            actors = None  # '"Our naval forces targeted the ship," spokesman Yahya Saree said': the
            # speaker's own side, whoever the quote's teller names it for
        if actors is None and e.plover == he.plover and e.plover in mood.SPEECH_TYPES \
                and (self._speaks_for(a1, a2) or self._speaks_for(a2, a1)):
            actors = True  # "New Delhi rejected the accusation ... '"We strongly reject the baseless
            # allegations," the Indian foreign ministry spokesman said': one rejection, in its
            # speaker's own words (what it is about, "the accusation", is no party to disagree)
            t1, t2 = (r if eh.is_party(self.record, r) else None for r in (t1, t2))
            targets = agree(t1, t2, doc, self.side)
        if actors is False and (self._own_account(e) or self._own_account(he)) and self._one_state(mine, theirs) \
                and not counts_differ(e, he):
            actors = True  # (not "said its troops had killed 20 militants over the past day" after
            # an airstrike that killed five: a tally of its own)
        elif actors is True and mine is not None and theirs is not None \
                and (mine.entity in self.nation or theirs.entity in self.nation) \
                and self._people_of_a_nation(mine) != self._people_of_a_nation(theirs):
            actors = False  # "an Israeli strike" is the state's act; "Israeli settlers" are people
        if actors is False and targets is True and e.plover == he.plover == "COERCE" \
                and self._state_agents(mine, theirs) and any(r is not None and r.entity is not None for r in (t1, t2)):
            actors = None  # "Police arrested Ali Hassan ... Hassan was detained by plainclothes
            # officers": one named person, his arresters named two ways (not two bodies' acts
            # on a crowd, which no name ties)
        if actors is False and e.plover == he.plover and targets is not False and (
                (e.plover in FORCE_TYPES and self._state_agents(mine, theirs) and self._one_count(e, he))
                or self._bench_and_court(mine, theirs)):
            actors = None  # "Police arrested 30 protesters ... Officers detained the 30 protesters";
            # "A court convicted 14 activists ... The three judges found the activists guilty": the
            # same arm of the state named two ways, acting on the same people
        if actors is False and targets is True and e.plover == he.plover and (
                self._organ_of(mine, theirs) or self._organ_of(theirs, mine)):
            actors = None  # "Mali expelled the French ambassador ... The foreign ministry ordered
            # the ambassador to leave": a state and its organ, named bare, on one target
        if targets is False and site_in_town(self.record, t1, t2):
            targets = None  # the plant and the town it lies in
        if targets is False and e.plover == he.plover and e.plover in FORCE_TYPES \
                and any(self._victims_own_words(r) for r in (t1, t2)):
            targets = None  # '"They killed my husband and my two sons," said a woman': a victim's
            # own words for whom the act hit, whoever the report names
        if e.plover == he.plover and e.plover in SYMMETRIC_TYPES and actors is not True and (
                self._pair_of(e, he) or self._pair_of(he, e)):
            actors, targets = True, None  # "Fidan met his Greek counterpart Gerapetritis ... The two
            # ministers discussed migration": both sides of the meeting, named back as a pair
        if targets is False and actors is True and e.plover == he.plover == "CONSULT" \
                and any(self._visited(r) for r in (t1, t2)):
            targets = None  # "Modi visited Bhutan on Friday. Modi met King Wangchuck in Thimphu":
            # the country visited and whom the visitor met there (the places must still agree)
        crossed = agree(a1, t2, doc, named_on_head=True) is True \
            or agree(t1, a2, doc, named_on_head=True) is True  # by entity, not side:
        # "the LNA accused the GNA" told twice is one act, though both are Libyan
        if crossed and self.from_each_side(e, he):
            return True, None, False
        return actors, targets, crossed

    def _act_as_doer(self, role: Role | None) -> bool:
        """ "The Tanta blast killed 27 worshippers": an act noun as the verb's subject, named by the
        town it hit, is no party, however its town reads as whose it is."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and role is not None and role.entity is None and event_noun(root) \
            and not any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ == "NORP" for c in root.children)

    def from_each_side(self, e: Event, he: Event) -> bool:
        """ "Sisi received King Abdullah in Cairo ... King Abdullah held talks with Sisi": one
        meeting, told once from each side, the one's doer the other's guest by name (not "met
        officers X and Y ... officers traveled to Canada": a word for people) and each other side the
        same or untold (not "X praised Y ... Y praised X": two acts; nor "Modi visited Mauritius to
        meet Ramgoolam ... Mauritius conferred its highest honour on Modi": another act of the visit)."""
        if not (e.plover == he.plover and e.plover in TALK_TYPES):
            return False
        doc = self.record.doc
        a1, a2, t1, t2 = (self.people.antecedent(r) for r in (e.actor, he.actor, e.target, he.target))
        pairs = ((a1, t2), (t1, a2))
        return any(x is not None and y is not None and x.entity is not None and x.entity == y.entity
                   for x, y in pairs) \
            and all(x is None or y is None or agree(x, y, doc, named_on_head=True) is True for x, y in pairs)

    def _pair_of(self, pair: Event, told: Event) -> bool:
        """``pair``'s doers are the two sides of ``told`` named back ("the two ministers", "both
        sides"): ``told`` names two parties, a doer and whom it acted with, or doers joined by
        "and" ("Israeli and Hamas negotiators")."""
        if not self._paired(pair.actor) or pair.trigger.start < told.trigger.start or any(
                c.dep_ == "advmod" and c.lower_ in ("also", "again") for c in self._clause_of(pair).children):
            return False  # (not "Both sides also agreed to resume flights": another act of theirs)
        doers = eh.role_root(self.record.doc, told.actor)
        if doers is None or not eh.is_party(self.record, told.actor):
            return False
        return eh.is_party(self.record, told.target) or clauses.two_sides(doers)

    def _clause_of(self, e: Event) -> Token:
        """The verb of the clause an event's trigger is told in."""
        span = self.record.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        return clauses.clause_verb(span.root)

    def _paired(self, role: Role | None) -> bool:
        """The role names two sides back ("the two sides"): the row names them where they were told."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and clauses.paired_parties(root)

    def _visited(self, role: Role | None) -> bool:
        """Whom a meeting was with is a country or a town (a visit's destination), not a party met."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and root.ent_type_ in ("GPE", "LOC")

    def _counted(self, role: Role | None) -> bool:
        """A crowd told by its count ("Thousands of students"), whom a bare "protesters" names back."""
        root = eh.role_root(self.record.doc, role)
        head = counted_head(root)
        return head is not None and root is not None and head.i != root.i and head.tag_ in PLURAL_TAGS

    def _another_also_done_to(self, later: Role | None, first: Role | None, force: bool) -> bool:
        """What an act told with "also" was done to is another party than the first act's: other
        words, and not named back ("the diplomats"); of force, people on both sides."""
        a, b = (eh.role_root(self.record.doc, r) for r in (later, first))
        if a is None or b is None or later is None or first is None \
                or any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in a.children):
            return False
        if later.entity is not None or first.entity is not None:  # a name and a description may be one
            return later.entity is not None and first.entity is not None and later.entity != first.entity
            # ("urged the president ... He also urged Farmajo")
        if force and not all(word_class(t, "person") or t.ent_type_ == "PERSON" for t in (a, b)):
            return False  # ("the militants also detonated a car bomb at the gate": the attack's next step)

        def said(t: Token) -> set[str]:
            return {w.lemma_.lower() for w in t.subtree if w.pos_ in ("NOUN", "PROPN", "ADJ") and w.i <= t.i}
        return said(a) != said(b)

    def _one_text_named_back(self, later: Role | None, first: Role | None) -> bool:
        """The later role names back, with the article, a text of the kind the first one names
        ("The accord" after "an agreement": accord, agreement, deal, pact, treaty)."""
        a, b = (eh.role_root(self.record.doc, r) for r in (later, first))
        return a is not None and b is not None and word_class(a, "agreement") and word_class(b, "agreement") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in a.children)

    def _workforce_of(self, staff: Role | None, firm: Role | None) -> bool:
        """``staff`` is the people of the body ``firm`` names ("workers at Toyota plants", "Toyota
        workers" and "Toyota")."""
        root = eh.role_root(self.record.doc, staff)
        if root is None or firm is None or firm.entity is None or not (
                root.lemma_.lower() in CROWD_NOUNS or word_class(root, "workers")):
            return False
        names = {w for w in firm.span.text.split() if w[:1].isupper() and w.lower() not in ("the", "a", "an")}
        return any(((e := self.record.entity_at(t.idx, t.idx + len(t.text))) is not None and e.id == firm.entity)
                   or (t.pos_ == "PROPN" and t.text in names)  # ("Samsung Electronics" and "Samsung")
                   for t in root.subtree if t.i != root.i)

    def _crowd(self, role: Role | None) -> bool:
        """A crowd named by no name: "protesters", "hundreds of people", "some demonstrators"
        (not "opposition supporters", "Kenyan teachers", "counter-protesters", "Likud activists")."""
        root = eh.role_root(self.record.doc, role)
        if root is None:
            return False
        head = counted_head(root) or root
        if head.lemma_.lower() not in CROWD_NOUNS or "counter" in head.lower_:
            return False
        return not any(t.ent_type_ or t.pos_ == "PROPN" for t in head.subtree if t.i != head.i)

    def _victims_own_words(self, role: Role | None) -> bool:
        """ "us", "my husband", "our village": whom an act hit, named by one of them (not "our
        positions", "our soldiers": a side's own, named by its spokesman)."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and not (word_class(root, "forces") or word_class(root, "base")) and (
            root.lower_ in ("us", "me") or any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in root.children))

    def _first_person(self, role: Role | None) -> bool:
        """ "we", "our forces": a side named by its own speaker."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and (root.lower_ in ("we", "us") or any(
            c.dep_ == "poss" and c.lower_ == "our" for c in root.children))

    def _speaks_for(self, we: Role | None, other: Role | None) -> bool:
        """``we`` is a quote's "we" whose speaker's state is the state ``other`` names."""
        root = eh.role_root(self.record.doc, we)
        if root is None or other is None or other.entity is None or root.lower_ not in ("we", "us"):
            return False
        state = speakers_state(self.record, root, self.side, self.nation)
        theirs = self.nation.get(other.entity) or self.side.get(other.entity, other.entity)
        return state is not None and state == theirs

    @staticmethod
    def _one_count(e: Event, he: Event, kind: str | None = None, least: float = 0) -> bool:
        """Both acts count whom they were done to, with one figure ("30 protesters", "the 30"),
        of ``kind`` (any) and at least ``least``."""
        return any(q.kind == o.kind and q.value == o.value and q.value >= least and kind in (None, q.kind)
                   for q in e.quantities for o in he.quantities)

    def _bench_and_court(self, a: Role | None, b: Role | None) -> bool:
        """One doer is a court, the other its judges ("the three judges", "a two-judge bench")."""
        kinds = [root.lemma_.lower() if (root := eh.role_root(self.record.doc, r)) is not None else ""
                 for r in (a, b)]
        return any(x in COURT_WORDS and y in BENCH_WORDS for x, y in (kinds, kinds[::-1]))

    def _state_agents(self, a: Role | None, b: Role | None) -> bool:
        """Both doers are named only as a state's agents ("police", "plainclothes officers",
        "security forces"), no state or unit named apart."""
        roots = [counted_head(eh.role_root(self.record.doc, r)) for r in (a, b)]
        return all(r is not None and clauses.common_noun_in(r, "state_agents") and r.ent_type_ == "" for r in roots)

    def _organ_of(self, organ: Role | None, state: Role | None) -> bool:
        """ "The foreign ministry", "the government": a state's organ named bare (no nation's
        word, no name), beside a doer the text names as a state; or a body's organ named as its
        own ("the AU's Peace and Security Council"), beside the body."""
        root = eh.role_root(self.record.doc, organ)
        if organ is None or state is None or state.span.start > organ.span.start:
            return False  # the state named first, its organ after ("France recalled its ambassador"
            # after "the foreign ministry ordered the ambassador to leave": another state's act)
        if root is not None and state.entity and any(
                c.dep_ == "poss" and (owner := self.record.entity_at(c.idx, c.idx + len(c.text))) is not None
                and owner.id == state.entity for c in root.children):
            return True  # "the AU's Peace and Security Council" beside "the African Union"
        if root is None or not clauses.common_noun_in(root, "state_bodies") \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
                       for c in root.children) or prep_objects(root, ("of",)):
            return False
        named = self.record.entity_by_id(state.entity) if state.entity else None
        return named is not None and (named.type == "GPE" or self.side.get(named.id, named.id) != named.id)

    def _one_kind_of_doer(self, a: Role | None, b: Role | None) -> bool:
        """Both doers are named only by words any one side's men are ("police" and "security
        forces", "gunmen" and "the militants"): no two names to tell them apart by."""
        return self._state_agents(a, b) or self._irregulars(a, b)

    def _irregulars(self, a: Role | None, b: Role | None) -> bool:
        """Both doers are named only as armed men of no state ("suspected jihadists",
        "gunmen", "Boko Haram insurgents", "the militants", "dozens of fighters"): two words for
        one band, where a soldier and a militant are two sides."""
        roots = [counted_head(eh.role_root(self.record.doc, r)) for r in (a, b)]
        return all(r is not None and (clauses.common_noun_in(r, "irregular_doers") or _band_members(r)) for r in roots)

    def _two_sites(self, a: Role | None, b: Role | None) -> bool:
        """Two places an act hit, of two kinds ("a police checkpoint", "a girls' school"); not a
        site named back by a word any site is ("overran a district headquarters ... attacked
        the compound", "the building")."""
        ra, rb = eh.role_root(self.record.doc, a), eh.role_root(self.record.doc, b)
        if ra is None or rb is None or any(clauses.in_words(r, "generic_sites") and clauses.named_back(r)
                                           for r in (ra, rb)):
            return False
        return eh.is_site(ra) and eh.is_site(rb) and ra.lemma_.lower() != rb.lemma_.lower()

    def _one_of_many(self, one: Role | None, many: Role | None) -> bool:
        """``one`` names a person ("Mansoor Tima-Weeyne") and ``many`` a count of people ("at least
        50 militants"), who may be among them."""
        ro, rm = eh.role_root(self.record.doc, one), eh.role_root(self.record.doc, many)
        if ro is None or rm is None or ro.ent_type_ != "PERSON":
            return False
        counted = counted_head(rm)
        return (counted is not None and counted is not rm) or (rm.tag_ == "NNS" and any(
            c.dep_ == "nummod" for c in rm.children))

    def _described_back(self, role: Role | None) -> bool:
        """ "the veteran politician", "the BBC reporter": someone named back by a definite
        description (no name, no count, not "the other" one)."""
        root = eh.role_root(self.record.doc, role)
        return root is not None and root.pos_ == "NOUN" and not root.ent_type_ \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) \
            and not any(c.dep_ == "nummod" or c.lower_ in APART_ADJECTIVES | {"other"} for c in root.children)

    def _named_after(self, described: Role | None, named: Role | None, passport: bool = False) -> bool:
        """ "an opposition lawmaker", then "Job Sikhala": one person an earlier telling describes
        and a later one names (not "two journalists", "another lawmaker", nor two names); with
        ``passport``, also someone described only by the passport they hold."""
        d, n = eh.role_root(self.record.doc, described), eh.role_root(self.record.doc, named)
        if d is None or n is None or n.ent_type_ != "PERSON" or d.ent_type_ \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.children):
            return False
        if passport and d.lower_ in PASSPORT_NOUNS:  # (a ruling's halves only: "sentenced a U.S. citizen
            # ... Marc Fogel was detained at a Moscow airport" is the arrest before it)
            # "a U.S.-Russian dual national" (which the tagger may read as an
            # adjective), then "Ksenia Karelina, a 33-year-old amateur ballerina": a passport goes with
            # any trade (not "Toomaj Salehi's father", nor "Cecile Kohler, a British teacher" after "a
            # French national")
            passports = " ".join(c.text for c in d.children if c.ent_type_ == "NORP")
            return not (n.dep_ == "poss" or any(c.dep_ in ("case", "poss") for c in n.children) or any(
                g.ent_type_ == "NORP" and g.text not in passports
                for c in n.children if c.dep_ == "appos" for g in c.children))
        if d.pos_ != "NOUN" or d.tag_ != "NN" or not (clauses.in_words(d, "person_nouns") or word_class(d, "person")):
            return False
        return not self.told_otherwise(d, n)

    @staticmethod
    def told_otherwise(described: Token, name: Token) -> bool:
        """The name comes with a description of its own other than ``described``'s word
        ("Mahmoud Hussein, a journalist" after "an activist"; "councillor Maria Lopez" after
        "a journalist"), or is the possessor of the one acted on ("Toomaj Salehi's father")."""
        told = [c for c in name.children if c.dep_ in ("appos", "compound")
                and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.text.islower()))]  # ("a parish priest",
        # which the tagger may read as a name)
        if name.dep_ == "appos" and name.head.pos_ == "NOUN":
            told.append(name.head)  # "killed councillor Ana Reyes": the name hung on its description
        return any(c.lemma_.lower() != described.lemma_.lower() for c in told) \
            or any(c.dep_ in ("case", "poss") for c in name.children) or name.dep_ == "poss"

    def _facets(self, a: Role | None, b: Role | None) -> bool:
        """One target is a site and the other a party: where and whom one act of one actor hit
        ("the airstrike at Baghdad airport" told back; not "also hit rebel fighters")."""
        ra, rb = eh.role_root(self.record.doc, a), eh.role_root(self.record.doc, b)
        if ra is None or rb is None:
            return False
        site = [eh.is_site(r) for r in (ra, rb)]
        return site[0] != site[1]
