"""Retellings read as another type: a named-back act noun, or the complement of "It was", with
no party of its own, that takes its word's sense of the act told just before.

The reading :class:`.joins.JoinRules` makes of a record's mentions before it joins them ("A
Russian missile struck a shopping centre ... 'It was a deliberate strike on civilians,'
Zelenskiy said": the attack told again, not a walkout), and the word that marks another act
("another crackdown", "a second round"), which no retelling carries.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import base_forms
from . import clauses
from . import eventhood as eh
from .cameo import lookup
from .mentions import Happening, Mention
from .retold import Retold
from .senses import sense_of_type
from .standing import STORY_SENTENCES


class Retellings(Retold):
    """The senses retellings take, over the assembler's mentions."""

    trigger_tokens: set[int]  # the tokens every mention is told by

    def _take_told_senses(self) -> None:
        """A retelling with no party of its own (:func:`.clauses.retold`), read as a type no act told
        before it has, takes its word's sense of the type of the act told in the one or two
        sentences before, and tells that act (``retellings``: "A Russian missile struck a shopping
        centre ... 'It was a deliberate strike on civilians,' Zelenskiy said": the attack, not a
        walkout; "began two days of drills ... The exercises, dubbed Joint Sword-2024A, came ...":
        the drills, not joint exercises); when acts of that type are told in two sentences, it takes
        the sense only, and the joins decide which it tells. Read when the record's mentions are
        built, before the sentence folds (so only the stage's nesting is seen). Not one with a doer
        or a time of its own ("the exercises held in March"), nor one that is no retelling ("workers
        joined a general strike"), nor a word whose type was told before it, even as what another
        act is about: it may name that act back ("The strike by unions" in a story of walkouts; "The
        protest drew thousands" after "accused activists of blocking roads")."""
        self.retellings: dict[int, int] = {}
        for i, m in enumerate(self.mentions):
            e = m.event
            if e.actor is not None or m.nested_in is not None or m.why_not not in (None, eh.NO_PARTY) \
                    or (m.date_from_text and not m.borrowed_date) or not clauses.retold(m.token) \
                    or self._marked_another(m.token) \
                    or any(o.event.plover == e.plover and (o.segment, o.token.i) < (m.segment, m.token.i)
                           for o in self.mentions) \
                    or self._word_told_bare(m):
                continue  # (not "Police later raided a hideout ... was killed in the raid": the raid told)
            told = [k for k, o in enumerate(self.mentions) if 0 < m.segment - o.segment <= STORY_SENTENCES
                    and o.nested_in is None and o.why_not is None]
            for k in reversed(told):
                o = self.mentions[k]
                code = sense_of_type(m.token, o.event.plover, o.event.cameo)
                if code is not None:
                    e.plover, e.cameo, e.mode = lookup(code).plover, code, lookup(code).mode
                    if len({self.mentions[j].segment for j in told if self.mentions[j].event.plover == e.plover}) == 1:
                        self.retellings[i] = k  # told in one sentence: that act (not "drones hit a post near
                        # Mayadin ... a drone attack on Tuesday wounded four ... The Mayadin raid": which one?)
                    break

    def _word_told_bare(self, m: Mention) -> bool:
        """The noun's word was told in the sentences before by a word that tells no act ("Police
        fired tear gas at striking bus drivers ... The strike has left commuters stranded"): the
        noun names back what that word told, not another act told there."""
        forms = set(base_forms(m.token.lemma_))
        sents = [s.start for s in m.token.doc.sents]
        here = sents.index(m.token.sent.start)
        before = m.token.doc[sents[max(0, here - STORY_SENTENCES)]:m.token.sent.start]
        return any(t.i not in self.trigger_tokens and forms & set(base_forms(t.lemma_)) for t in before)

    def _retells(self, unit: Happening, hap: Happening) -> bool:
        """A member of the unit took its sense from an act of the happening (``_take_told_senses``):
        it tells that act again, in words of its own for whom it hit ("a deliberate strike on
        civilians" after "struck a shopping centre, killing six")."""
        return any(self.retellings.get(k) in hap.members for k in unit.members)

    @staticmethod
    def _marked_another(noun: Token) -> bool:
        """A word of its own says the noun tells another act ("another crackdown", "a second
        round")."""
        return any(c.dep_ in ("det", "amod") and clauses.in_words(c, "other_markers") for c in noun.children)
