"""Is a claim's source a side of a conflict the document reports?

A ministry's figures about its own war are not a neutral account. The knowledge base
says who belongs to whom (``affiliation``/``ancestors``: spokeswoman -> ministry ->
government -> state) and which conflicts exist and between whom (``conflicts``). A
conflict counts as reported when the document names at least two of its parties (or
their countries); a source is a party when it, or what it belongs to, is one of them.
A wire service or a third country is not. Without a knowledge base, or for a source it
cannot place, the answer is ``None``: unknown, not "no".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from ..entities.kb import STATE_ARMS, KnowledgeBase, load_kb
from ..record import Entity, Record
from .chain import MEDIA_KINDS, Draft

log = logging.getLogger(__name__)

MIN_PARTIES_NAMED = 2  # a conflict is "reported" when this many of its sides are named
# Source heads that speak for the country named beside them: "Ukrainian President X".
OFFICIAL_HEADS = frozenset("""
president premier minister ministry government army military forces troops commander
spokesman spokeswoman spokesperson official officials general navy command defence defense
kremlin parliament leader prime
""".split())


def load_knowledge_base(extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base the entity stage uses (bundled plus the user's files; cached)."""
    return load_kb(extra_paths)


class PartyJudge:
    """Decides ``party_to_conflict`` for the claims of one record."""

    def __init__(self, kb: object | None) -> None:
        self.kb = kb

    def _entry_for(self, entity: Entity) -> object | None:
        """The KB entry of an entity: its link, else an exact or close name match."""
        kb = self.kb
        if kb is None:
            return None
        try:
            if entity.kb_id:
                return kb.get(entity.kb_id)  # type: ignore[attr-defined]
            found = kb.lookup(entity.name, entity.type)  # type: ignore[attr-defined]
        except Exception:  # a KB without these methods knows nothing here
            return None
        return found[0] if found else None

    def _state_id(self, country: str | None) -> str | None:
        try:
            state = self.kb.state_for(country) if country else None  # type: ignore[union-attr]
        except Exception:
            return None
        return getattr(state, "id", None)

    def _sides(self, entry: object) -> set[str]:
        """The entry's id, everything it belongs to, and its country's state when the
        entry is an arm of that state (a ministry, an army, the state itself)."""
        entry_id = getattr(entry, "id", None)
        if not entry_id:
            return set()
        ids = {entry_id}
        try:
            ids |= {getattr(a, "id", a) for a in self.kb.ancestors(entry_id)}  # type: ignore[union-attr]
        except Exception:
            pass
        if getattr(entry, "kind", None) in STATE_ARMS:  # any organ of the country's state,
            state = self._state_id(getattr(entry, "country", None))  # a congress too: wider
            if state:  # than the one side of an act (KnowledgeBase.state_acted_for)
                ids.add(state)
        return ids

    def reported_conflicts(self, record: Record) -> list[set[str]]:
        """The party sets of KB conflicts the document names enough sides of."""
        conflicts = getattr(self.kb, "conflicts", None) if self.kb is not None else None
        if not conflicts:
            return []
        named: set[str] = set()
        for ent in record.entities:
            entry = self._entry_for(ent)
            if entry is not None:
                named |= self._sides(entry)
        for place in record.places:
            state = self._state_id(place.country)
            if state:
                named.add(state)
        out: list[set[str]] = []
        for conflict in conflicts:
            parties = conflict.get("parties") if isinstance(conflict, dict) else getattr(
                conflict, "parties", None
            )
            parties = set(parties or [])
            if len(parties & named) >= MIN_PARTIES_NAMED:
                out.append(parties)
        return out

    def judge(self, record: Record, drafts: list[Draft]) -> None:
        """Set ``party_to_conflict`` on every draft's claim (None when unknown)."""
        if self.kb is None:
            return
        conflicts = self.reported_conflicts(record)
        for draft in drafts:
            draft.claim.party_to_conflict = self._judge_one(record, draft, conflicts)

    def _judge_one(self, record: Record, draft: Draft, conflicts: list[set[str]]) -> bool | None:
        if draft.claim.source is None or not conflicts:
            return None
        root = draft.antecedent or draft
        known = False
        for entry in self._source_entries(record, root):
            if getattr(entry, "kind", None) in MEDIA_KINDS:
                return False
            sides = self._sides(entry)
            known = True
            if any(sides & parties for parties in conflicts):
                return True
        for state in self._demonym_states(record, root):
            known = True
            if any(state in parties for parties in conflicts):
                return True
        if draft.media or root.media:
            return False
        return False if known else None

    def _source_entries(self, record: Record, root: Draft) -> list[object]:
        """KB entries the source names: its head entity first, the others in its words,
        and the whole source phrase ("Russia's defense ministry")."""
        entries: list[object] = []
        source = root.claim.source
        for ent in root.source_entities:
            entry = self._entry_for(ent)
            if entry is not None and entry not in entries:
                entries.append(entry)
        if source is not None and self.kb is not None:
            try:
                found = self.kb.lookup(source.span.text)  # type: ignore[attr-defined]
            except Exception:
                found = None
            if found and found[0] not in entries:
                entries.append(found[0])
        return entries

    def _demonym_states(self, record: Record, root: Draft) -> list[str]:
        """ "Ukrainian President X", "Russian army": the state an official head speaks for."""
        source = root.claim.source
        if source is None or self.kb is None:
            return []
        words = source.span.text.replace("’", "'").split()
        if not any(w.lower().strip(",.") in OFFICIAL_HEADS for w in words):
            return []
        states: list[str] = []
        for word in words:
            word = word.removesuffix("'s")
            try:
                country = self.kb.country_of_demonym(word)  # type: ignore[attr-defined]
            except Exception:
                country = None
            if country is None:
                try:
                    found = self.kb.exact(word, "GPE")  # type: ignore[attr-defined]
                except Exception:
                    found = None
                if found is not None and getattr(found, "kind", None) == "state":
                    country = getattr(found, "country", None)
            state = self._state_id(country)
            if state and state not in states:
                states.append(state)
        return states
