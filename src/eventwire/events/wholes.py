"""A part of a counted whole: "Twin bombings struck the cathedral ... The first bomb went off
inside; a second bomber blew himself up among soldiers" tells one attack, its parts named by
rank after the lead counted them.

A reading :class:`.joins.JoinRules` asks before its other readings of a unit (which inherits
:class:`Wholes`); a part ranked past the count ("a third bomb" after "two bombs"), told on
another day or with a town of its own is left to them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import PLURAL_TAGS
from . import clauses
from . import eventhood as eh
from .agreement import places_agree
from .clausewords import prep_objects, word_class
from .lexicon import event_noun
from .mentions import Happening, dates_agree, planned
from .quantities import number_value
from .retellings import Retellings
from .standing import YES

# a whole told by its count of parts ("twin bombings", "a pair of suicide attacks", "three car
# bombs", "a series of coordinated blasts"), and the words that tell one of its parts ("the first
# bomb", "a second bomber", "one of the blasts", "the other rocket")
MANY_PARTS = 99  # a whole of many parts ("a series of blasts"): any rank is one of them
WHOLE_ADJECTIVES = {"twin": 2, "double": 2, "dual": 2, "triple": 3,
                    **dict.fromkeys(("coordinated", "simultaneous", "multiple", "several"), MANY_PARTS)}
WHOLE_NOUNS = {"pair": 2, **dict.fromkeys(("series", "string", "wave", "spate", "volley", "barrage", "salvo"),
                                          MANY_PARTS)}
PART_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "other": 2, "last": 1}
# ("the other rocket" is the second of two; "the last bomb" is ranked 1 so that it passes any count)
PART_SEGMENTS = 3  # a part is told within this many sentences of the whole's last telling
MAX_PARTS = 10  # "three car bombs": a count of parts (not "27 worshippers")


def _act_nouns(tok: Token) -> list[Token]:
    """The trigger and the nouns that tell its act, weapon or doer as its subject or object."""
    return [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]


class Wholes(Retellings):
    """The parts of counted wholes, over the assembler's mentions."""

    def _whole_count(self, hap: Happening, acts_only: bool) -> int:
        """How many parts the happening's lead counts its act in ("twin bombings": 2, "three car
        bombs exploded": 3, "a series of blasts": many); 0 when it tells no counted whole. With
        ``acts_only``, only a count of acts ("twin attacks"), not of weapons ("fired six missiles"):
        "a second attack" after six missiles is another attack."""
        best = 0
        for k in hap.members:
            tok = self.mentions[k].token
            for n in _act_nouns(tok):
                if not (event_noun(n) or (not acts_only and (word_class(n, "arms") or n.i == tok.i))):
                    continue
                for c in n.children:
                    if c.dep_ in ("amod", "compound") and c.lower_ in WHOLE_ADJECTIVES:
                        best = max(best, WHOLE_ADJECTIVES[c.lower_])
                    elif c.dep_ == "nummod" and (v := number_value(c)) is not None and 2 <= v <= MAX_PARTS:
                        best = max(best, int(v))
                if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in WHOLE_NOUNS:
                    best = max(best, WHOLE_NOUNS[n.head.head.lemma_.lower()])
        return best

    def _part_told(self, unit: Happening) -> tuple[int, bool]:
        """The rank of the part of a counted whole the unit tells its act by: "the first bomb",
        "a second bomber blew himself up", "in the first attack", "one of the blasts", "the other
        rocket" (1 for "one of"; 0 when it names none), and whether an act noun ranks it. A noun
        for the act, its weapon or its doer."""
        for k in unit.members:
            tok = self.mentions[k].token
            nouns = [*_act_nouns(tok), *prep_objects(tok, ("in", "by"))]
            doer = eh.role_root(self.record.doc, self.mentions[k].event.actor)
            if doer is not None:
                nouns.append(doer)  # "a second explosion went off outside, killing two reporters"
            for n in nouns:
                if n.lower_ == "one" and n.dep_ in ("nsubj", "nsubjpass"):
                    whole = next((g for g in prep_objects(n, ("of",)) if g.tag_ in PLURAL_TAGS
                                  and any(c.dep_ == "det" and c.lower_ == "the" for c in g.children)), None)
                    if whole is not None and (event_noun(whole) or word_class(whole, "arms")):
                        return 1, event_noun(whole)  # "One of the bombs targeted a police van"
                    continue
                if not (event_noun(n) or word_class(n, "arms") or clauses.in_words(n, "doer_nouns")):
                    continue
                ranks = [PART_ORDINALS[c.lower_] for c in n.children
                         if c.dep_ in ("amod", "det") and c.lower_ in PART_ORDINALS]
                if ranks and not (ranks == [2] and any(c.lower_ == "other" for c in n.children)
                                  and not any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)):
                    return max(ranks), event_noun(n)  # (not "other attacks": "the other rocket" only)
        return 0, False

    def _part_of_whole(self, unit: Happening, hap: Happening) -> int | None:
        """YES when the unit tells one of the parts the happening counted its act in ("Twin
        bombings struck St. Joseph's Cathedral ... The first bomb went off inside; a second
        bomber blew himself up among soldiers"), on its day and in its place, at most
        ``PART_SEGMENTS`` sentences on; None to read the unit otherwise (ranked past the count:
        "Two bombs exploded ... A third bomb"; another day or a town of its own)."""
        m, h = self.mentions[self._representative(unit)], self.mentions[self._representative(hap)]
        if m.event.plover != "ASSAULT" or h.event.plover != "ASSAULT" or m.segment <= h.segment:
            return None
        rank, act_ranked = self._part_told(unit)
        if not rank:
            return None
        count = self._whole_count(hap, act_ranked)
        if not count:
            return None
        last = max(self.mentions[k].segment for k in hap.members)
        if rank > count or m.segment - last > PART_SEGMENTS:
            return None
        mine, theirs = self._placed(unit, m).event, self._placed(hap, h).event
        if "negated" in (m.event.status, h.event.status) or planned(m.event) != planned(h.event) \
                or not dates_agree(m, h) or not places_agree(self.record, mine, theirs, True):
            return None  # (its own day or town: "a second attack hit Zamboanga on Monday")
        own, told = mine.location, theirs.location
        if own is not None and (told is None or own.place != told.place) \
                and mine.sentence.start <= own.span.start < mine.sentence.end:
            return None  # "Gunmen carried out two attacks in Mali ... The first killed 12 soldiers in
            # Boulkessi": a part with a town of its own is left to the other readings
        return YES
