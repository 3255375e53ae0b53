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

from ..record import Entity, Record
from .chain import MEDIA_KINDS, Draft

log = logging.getLogger(__name__)

MIN_PARTIES_NAMED = 2  # a conflict is "reported" when this many of its sides are named
STATE_KINDS = frozenset({"state", "country"})
# Source heads that speak for the country named beside them: "Ukrainian President X".
OFFICIAL_HEADS = frozenset("""
president premier minister ministry government army military forces troops commander
spokesman spokeswoman spokesperson official officials general navy command defence defense
kremlin parliament leader prime
""".split())


def load_knowledge_base() -> object | None:
    """The shared knowledge base, or None when it is not there (yet)."""
    try:
        from ..entities.kb import load_kb  # type: ignore[import-not-found]

        return load_kb()
    except Exception as exc:  # no KB: party_to_conflict stays unknown
        log.debug("knowledge base unavailable: %s", exc)
        return None


class PartyJudge:
    """Decides ``party_to_conflict`` for the claims of one record."""

    def __init__(self, kb: object | None) -> None:
        self.kb = kb

    def _entry(self, kb_id: str | None) -> object | None:
        if self.kb is None or not kb_id:
            return None
        try:
            return self.kb.get(kb_id)  # type: ignore[attr-defined]
        except Exception:
            return None

    def _chain(self, kb_id: str) -> list[str]:
        """The id and everything it belongs to, nearest first."""
        try:
            ancestors = list(self.kb.ancestors(kb_id))  # type: ignore[union-attr]
        except Exception:
            ancestors = []
        ids = [kb_id]
        for anc in ancestors:
            anc_id = anc if isinstance(anc, str) else getattr(anc, "id", None)
            if anc_id and anc_id not in ids:
                ids.append(anc_id)
        return ids

    def _country_state(self, country: str | None) -> str | None:
        """The KB id of the state whose alpha-2 code is ``country``."""
        if not country or self.kb is None:
            return None
        states = getattr(self, "_states", None)
        if states is None:
            states = {}
            for entry in self._entries():
                if getattr(entry, "kind", None) in STATE_KINDS and getattr(entry, "country", None):
                    states.setdefault(entry.country, entry.id)
            self._states = states
        return states.get(country)

    def _entries(self) -> Iterable[object]:
        for attr in ("entries", "all", "values"):
            found = getattr(self.kb, attr, None)
            if found is None:
                continue
            try:
                items = found() if callable(found) else found
                items = items.values() if isinstance(items, dict) else items
                return list(items)
            except Exception:
                continue
        return []

    def _sides(self, entity: Entity) -> set[str]:
        """Every KB id the entity stands for or belongs to, with its country's state."""
        ids: set[str] = set()
        entry = self._entry(entity.kb_id)
        if entry is not None and entity.kb_id:
            ids.update(self._chain(entity.kb_id))
            state = self._country_state(getattr(entry, "country", None))
            kind = getattr(entry, "kind", None)
            if state and kind not in MEDIA_KINDS and kind not in ("person",):
                ids.add(state)
        elif entity.type in ("GPE", "NORP") and entity.country:
            state = self._country_state(entity.country)
            if state:
                ids.add(state)
        return ids

    def reported_conflicts(self, record: Record) -> list[set[str]]:
        """The party sets of KB conflicts the document names enough sides of."""
        conflicts = getattr(self.kb, "conflicts", None) if self.kb is not None else None
        if not conflicts:
            return []
        named: set[str] = set()
        for ent in record.entities:
            named |= self._sides(ent)
        for place in record.places:
            state = self._country_state(place.country)
            if state:
                named.add(state)
        out: list[set[str]] = []
        for conflict in conflicts:
            parties = conflict.get("parties") if isinstance(conflict, dict) else getattr(conflict, "parties", None)
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
        entities = self._source_entities(record, draft)
        known = False
        for ent in entities:
            entry = self._entry(ent.kb_id)
            if entry is not None and getattr(entry, "kind", None) in MEDIA_KINDS:
                return False
            sides = self._sides(ent)
            if sides:
                known = True
            if any(sides & parties for parties in conflicts):
                return True
        if draft.media:
            return False
        return False if known else None

    def _source_entities(self, record: Record, draft: Draft) -> list[Entity]:
        """The source's own entity first; a country beside an official head ("Ukrainian
        President") too; never a country merely mentioned in a long source phrase."""
        root = draft.antecedent or draft
        ents = list(root.source_entities[:1])
        source = root.claim.source
        if source is None:
            return ents
        head = (root.attr.source_head or root.attr.source or (0, 0))
        head_text = record.document.text[head[0]:head[1]].lower()
        head_ents = root.source_entities[:1]
        is_official = head_text in OFFICIAL_HEADS or any(
            w in OFFICIAL_HEADS for w in source.span.text.lower().split()
        )
        if is_official or not head_ents:
            ents += [e for e in root.source_entities[1:] if e not in ents]
        return ents
