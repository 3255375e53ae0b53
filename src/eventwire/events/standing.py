"""Which mention stands for a happening, and whether it stands as the report's news.

Read by the joins (:mod:`.joins`), which inherit :class:`Standing`: a happening's row is told
by its best mention (a protest broken up is the protest, a raid that killed is the killing, a
verdict and its sentence is the sentence), placed by the first member that names a place; and
an act told as news with no date of its own is not the one the report dates to its
background ("In 2019 he survived a drone attack").
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..record import EventDate, Record, Role
from . import clauses, mood
from . import eventhood as eh
from .cameo import GUILT_CODE, PROPERTY_CODE
from .mentions import Happening, Mention
from .quantities import KIND_BY_LEMMA
from .rolewords import FORCE_TYPES
from .sides import Sides
from .triggers import done_to_people

STORY_SENTENCES = 2  # how far back a past-tense report looks for the story it continues
CURRENT_WINDOW_DAYS = 31  # an event ending this close to publication is the report's news
TOLL_KINDS = frozenset({"killed", "injured"})  # a toll told in its own sentence, no one named as doer
YIELDING = frozenset({"CONCEDE", "RETREAT"})  # acts that end a measure ("lifted the blockade")
OPERATION_TYPES = frozenset({"COERCE"})  # a raid or a crackdown a killing can be done in
NO, BY_ANAPHOR, YES = 0, 1, 2  # how a unit fits a happening (JoinRules._joins)


def interception(tok: Token) -> bool:
    """ "intercepted", "shot down" (the parser may read "down" as an adverb)."""
    return tok.lemma_.lower() == "intercept" or (
        tok.lemma_.lower() == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children))


class Standing(Sides):
    """The readings of which mention a happening's row is told by, over the record's mentions
    and its publication day."""

    record: Record
    mentions: list[Mention]
    anchor: date | None
    # a happening's row mention by its members, once the sentences are folded (mentions no
    # longer change): the joins ask it of every unit against every recent happening; a row's
    # roles filled in after the choice do not choose again
    _chosen: dict[tuple[int, ...], int] | None = None

    @staticmethod
    def _anaphoric(m: Mention) -> bool:
        """The mention names an act told before ("the attack", "this week's raid")."""
        return clauses.named_back(m.token)

    def _told_apart(self, undated: Mention, dated: Mention) -> int:
        """An act the report tells as its news, with no date of its own, is not one it dates
        to its background ("assailants attacked him ... In 2019 he survived a drone attack"):
        NO; an anaphor ("the attack", "Mhlanga's arrest") may reach back to it: BY_ANAPHOR; a
        report just after the dated one carries its story on: YES."""
        if self.anchor is None or (undated.date_from_text and not undated.borrowed_date) \
                or not dated.date_from_text or dated.borrowed_date or dated.event.date is None \
                or not dated.event.date.end:
            return YES  # with no publication date, news and background cannot be told apart (a
            # date borrowed from another verb is none of the act's own: "arrested four suspects
            # in connection with the attack late on Thursday")
        if undated.background or self._current(dated.event.date):
            return YES
        if 0 < undated.segment - dated.segment <= STORY_SENTENCES:
            return YES  # "Last year, soldiers detained him. He was detained at a checkpoint": told on
        if undated.narrative is not None and not self._current(undated.narrative):
            return YES  # the story it carries on is itself in the past
        owned = undated.token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in undated.token.children)
        return BY_ANAPHOR if owned or self._anaphoric(undated) else NO

    def _standalone(self, i: int) -> bool:
        """Whether a mention can head a row: it reports a happening and is not the content
        of another; one that names no party must be a physical act and say when or where ("a
        drone attack in 2019")."""
        m = self.mentions[i]
        if m.nested_in is not None or m.in_content:
            return False
        if m.why_not == eh.NO_PARTY:  # a statement act (threat, demand, offer ...) is someone's
            return m.event.plover not in mood.SPEECH_TYPES and (m.date_from_text or m.event.location is not None)
        return m.why_not is None

    def _from_the_clause(self, m: Mention, role: Role | None) -> bool:
        """An anaphoric act noun ("the airstrike", "the raid") whose party the clause around it
        gave, not its own phrase: its target ("al-Muhandis was also killed in the airstrike"),
        or its doer ("opened an investigation into the stabbing", "Pam, who lost two brothers in
        the raid"): not the act's own party."""
        tok = m.token
        if not self._anaphoric(m) or role is None or any(c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                                                         for c in tok.children):
            return False  # "his release", "the army's raid": the possessor is its own party (not
            # "Tuesday's explosion": a day's, no party)
        if clauses.claimed(tok):
            return False  # "Al-Shabab claimed the assault": the claimant is the act's own doer (not "A
            # labor court ordered the walkout to end": not the walkout's)
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        return not (lo <= role.span.start and role.span.end <= hi)

    def _representative(self, hap: Happening) -> int:
        """The member whose mention tells the happening's row."""
        if self._chosen is None:
            return self._choose(hap)
        members = tuple(hap.members)
        chosen = self._chosen.get(members)
        if chosen is None:
            chosen = self._chosen[members] = self._choose(hap)
        return chosen

    def _choose(self, hap: Happening) -> int:
        kinds = {self.mentions[k].event.plover for k in hap.members}
        deadly = len(kinds) == 2 and bool(kinds & OPERATION_TYPES) and any(  # a raid that killed
            KIND_BY_LEMMA.get(self.mentions[k].token.lemma_.lower()) in TOLL_KINDS for k in hap.members
            if self.mentions[k].event.plover == "ASSAULT")

        # a verdict and its sentence ("convicted him ... and sentenced him"): the sentence
        ruled = {"ACCUSE", "COERCE"} <= kinds and any(self.mentions[k].event.cameo == GUILT_CODE
                                                      for k in hap.members)

        tokens = {self.mentions[k].token.i for k in hap.members}
        own_doers = any(m.event.actor is not None and not self._from_the_clause(m, m.event.actor)
                        for m in (self.mentions[k] for k in hap.members))
        doers = any(self.mentions[k].event.actor is not None and not (
            self.mentions[k].token.dep_ == "acl" and self.mentions[k].token.tag_ == "VBN") for k in hap.members)
        one_kind = kinds == {"ASSAULT"}  # acts of force only ("struck and destroyed")
        broken = "PROTEST" in kinds  # a protest broken up: the protest is the row, the force its part
        # "Saudi Arabia lifted its blockade of Yemen": the measure a yielding act ends is what it
        # acts on; the lifting is the row
        yielding = {self.mentions[k].token.i for k in hap.members if self.mentions[k].event.plover in YIELDING}
        # "Israeli and Hamas negotiators held talks ... The two sides discussed": the sides by name
        named = any(self.mentions[k].event.actor is not None and not self._paired(self.mentions[k].event.actor)
                    for k in hap.members)
        # "Kenya pledged its support for the AU mission": the verb that tells its own noun's act,
        # read as the same act (not "mediated talks between Israel and Hamas": the talks are theirs)
        verbs = {self.mentions[k].token.i: self.mentions[k].event.cameo for k in hap.members
                 if self.mentions[k].token.pos_ == "VERB"}

        def key(i: int) -> tuple:
            m = self.mentions[i]
            e = m.event
            # "imposed sanctions on two commanders ..., freezing any assets they hold": the
            # participle tells how the act told by its verb went on; that verb is the row's
            # (not in an act of force: "stormed a hotel, killing 21" names its victims by the
            # toll; nor a meeting after a journey: "travelled to Beijing, meeting Xi")
            adjunct = (m.token.dep_ in ("advcl", "acl") and m.token.tag_ == "VBG" and m.token.head.i in tokens
                       and e.plover not in FORCE_TYPES | {"CONSULT"}) \
                or (m.token.dep_ == "acl" and m.token.tag_ == "VBN" and m.token.head.i in tokens and doers)  # ("met
            # for talks hosted by Michel": the meeting's own telling, not who hosted it; with no other
            # doer, "a summit hosted by Switzerland" is the host's)
            downed = len(hap.members) > 1 and interception(m.token)  # the attack, not its interceptions
            lifted = m.token.dep_ == "dobj" and m.token.head.i in yielding and e.plover not in YIELDING
            return (self._standalone(i), not self._side_tells(e), not (broken and e.cameo in mood.CROWD_STOPPING_CODES),
                    not lifted,
                    not downed,
                    deadly and e.plover == "ASSAULT", ruled and e.plover == "COERCE",
                    not m.headline, not self._victims_own_words(e.target),  # (the report's words
                    # for whom it hit, not a witness's "my husband")
                    not (own_doers and (self._from_the_clause(m, e.actor) or self._from_the_clause(m, e.target))),
                    # (the act named back with another's parties, when a telling names its own doers:
                    # "Police launched an investigation into the attack" after "Unknown attackers set
                    # fire to a mosque"; not "attacks on coalition bases, including the attack on
                    # December 27th", whose bases are the attack's)
                    not (one_kind and (e.cameo or "").startswith(PROPERTY_CODE) and not done_to_people(m.token)),
                    # ("struck and destroyed a checkpoint": the strike, not what it wrecked; not "set
                    # fire to a police officer", done to a person)
                    not adjunct, not (named and self._paired(e.actor)),
                    not (m.token.dep_ == "dobj" and verbs.get(m.token.head.i, "") == e.cameo),
                    (e.actor is not None) + (e.target is not None),
                    m.date_from_text, e.location is not None, e.confidence)
        return max(hap.members, key=key)

    def _placed(self, hap: Happening, rep: Mention) -> Mention:
        """The mention whose place stands for the happening's: its representative's, else its
        first member's that names one ("A bomb exploded in Quetta, wounding five": the wounding
        names no place, the blast does; a unit in Karachi is another act)."""
        if rep.event.location is not None:
            return rep
        first = min((k for k in hap.members if self.mentions[k].event.location is not None), default=None)
        return rep if first is None else self.mentions[first]

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
