"""Who a source is, and which outlets a claim passed through.

"it said" and "he added" name nobody: they continue the nearest earlier source that
fits (a person for he/she; an organisation, and not the wire service relaying it, for
"it"). The reporting chain (``via``) is the outlets a claim came through: "According to
the Associated Press, spokeswoman X said ..." gives X via the Associated Press; a claim
inside what an outlet reported ("Reuters reported that X said ...") gives X via Reuters;
a continuation ("he added") keeps its antecedent's chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Claim, Entity, Record, Role, make_span
from .lexicon import MEDIA_WORDS, PERSON_NOUNS
from .speech import Attribution

PERSON_PRONOUNS = frozenset({"he", "she"})
THING_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they"})
PERSON_ENTITY_TYPES = frozenset({"PERSON"})
GROUP_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "MILITARY_UNIT", "FACILITY", "LOC"})
MEDIA_KINDS = frozenset({"media", "news_agency", "wire", "outlet", "broadcaster"})
WORD = re.compile(r"[\w-]+")


@dataclass(slots=True)
class Draft:
    """A claim being built, with what the later steps need to know about its source."""

    attr: Attribution
    claim: Claim
    person: bool = False
    media: bool = False
    source_entities: list[Entity] = field(default_factory=list)
    antecedent: Draft | None = None

    @property
    def anchor(self) -> int:
        """Where the claim is anchored in the text (its cue, else its content)."""
        return (self.attr.cue or self.attr.content)[0]

    def all_source_entities(self) -> list[Entity]:
        """The entities the source names, through a resolved pronoun too."""
        if self.antecedent is not None:
            return self.source_entities + self.antecedent.all_source_entities()
        return self.source_entities


def entity_over(record: Record, start: int, end: int) -> list[Entity]:
    """Entities with a mention inside ``[start, end)``, longest mention first."""
    hits: list[tuple[int, Entity]] = []
    for ent in record.entities:
        for m in ent.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > 0:
                hits.append((overlap, ent))
                break
    return [e for _, e in sorted(hits, key=lambda h: -h[0])]


def is_media(record: Record, role: Role | None, entities: list[Entity], kb: object | None) -> bool:
    """An outlet or agency: by the knowledge base when it knows, else by its words."""
    if role is None:
        return False
    for ent in entities:
        entry = _kb_entry(kb, ent.kb_id)
        if entry is not None:
            return getattr(entry, "kind", None) in MEDIA_KINDS
    words = {w.lower() for w in WORD.findall(role.span.text)}
    return bool(words & MEDIA_WORDS)


def _kb_entry(kb: object | None, kb_id: str | None) -> object | None:
    if kb is None or kb_id is None:
        return None
    try:
        return kb.get(kb_id)  # type: ignore[attr-defined]
    except Exception:  # a KB that does not know the id is a KB that does not know
        return None


def build_draft(record: Record, attr: Attribution, claim_id: str, kb: object | None) -> Draft:
    """A draft claim with its source role named after the entity it mentions."""
    text = record.document.text
    source: Role | None = None
    head_entities: list[Entity] = []
    span_entities: list[Entity] = []
    if attr.source is not None:
        span = make_span(text, *attr.source)
        head = attr.source_head or attr.source
        head_entities = entity_over(record, *head)
        span_entities = entity_over(record, *attr.source)
        named = head_entities[0] if head_entities else None
        source = Role(span=span, name=named.name if named else span.text,
                      entity=named.id if named else None)
    claim = Claim(
        id=claim_id,
        content=make_span(text, *attr.content),
        source=source,
        cue=make_span(text, *attr.cue) if attr.cue else None,
        hedged=attr.hedged,
    )
    entities = head_entities + [e for e in span_entities if e not in head_entities]
    draft = Draft(attr=attr, claim=claim, source_entities=entities)
    if source is not None and attr.pronoun is None:
        head_text = text[slice(*(attr.source_head or attr.source or (0, 0)))].lower()
        draft.person = bool(
            (head_entities and head_entities[0].type in PERSON_ENTITY_TYPES)
            or head_text in PERSON_NOUNS
        )
        draft.media = is_media(record, source, entities, kb)
    return draft


def _fits(pronoun: str, candidate: Draft) -> bool:
    if candidate.claim.source is None:
        return False
    if pronoun in PERSON_PRONOUNS:
        return candidate.person
    if pronoun in THING_PRONOUNS:
        return not candidate.person
    return pronoun in GROUP_PRONOUNS and not candidate.person


def resolve_pronouns(record: Record, drafts: list[Draft]) -> None:
    """Point "it said"/"he added" at the nearest earlier source that fits.

    A relaying outlet is passed over when a non-media source also fits: "it said" after
    "According to the AP, the ministry said ..." is the ministry, not the AP.
    """
    ordered = sorted(drafts, key=lambda d: d.anchor)
    for index, draft in enumerate(ordered):
        pronoun = draft.attr.pronoun
        if pronoun is None or draft.claim.source is None:
            continue
        earlier = [d for d in reversed(ordered[:index]) if d.attr.pronoun is None or d.antecedent]
        fitting = [d for d in earlier if _fits(pronoun, _root(d))]
        best = next((d for d in fitting if not _root(d).media), fitting[0] if fitting else None)
        if best is None:
            _resolve_to_entity(record, draft, pronoun)
            continue
        root = _root(best)
        draft.antecedent = root
        draft.person, draft.media = root.person, root.media
        src = root.claim.source
        assert src is not None and draft.claim.source is not None
        draft.claim.source = Role(span=draft.claim.source.span, name=src.name, entity=src.entity)
        if not draft.claim.via and (best.claim.via or root.claim.via):
            draft.claim.via = list(best.claim.via or root.claim.via)


def _root(draft: Draft) -> Draft:
    return draft.antecedent or draft


def _resolve_to_entity(record: Record, draft: Draft, pronoun: str) -> None:
    """No earlier claim fits: the nearest earlier entity of a fitting type names the source."""
    assert draft.claim.source is not None
    at = draft.claim.source.span.start
    wanted = PERSON_ENTITY_TYPES if pronoun in PERSON_PRONOUNS else GROUP_ENTITY_TYPES
    best: tuple[int, Entity] | None = None
    for ent in record.entities:
        if ent.type not in wanted:
            continue
        for m in ent.mentions:
            if m.end <= at and (best is None or m.start > best[0]):
                best = (m.start, ent)
    if best is not None:
        ent = best[1]
        draft.claim.source = Role(span=draft.claim.source.span, name=ent.name, entity=ent.id)
        draft.source_entities = [ent]
        draft.person = ent.type in PERSON_ENTITY_TYPES


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def assign_via(record: Record, drafts: list[Draft]) -> None:
    """Fill ``via``: "according to" an outlet, or nested in what an outlet reported."""
    sentences = [(s.start_char, s.end_char) for s in record.doc.sents] if record.doc else []

    def sentence_of(offset: int) -> tuple[int, int] | None:
        return next((s for s in sentences if s[0] <= offset < s[1]), None)

    for draft in sorted(drafts, key=lambda d: d.anchor):
        if draft.attr.cue is None or draft.claim.source is None:
            continue
        chain: list[Role] = []
        for outer in sorted(drafts, key=lambda d: -d.anchor):
            if outer is draft or outer.claim.source is None or not outer.media:
                continue
            if outer.claim.source.span.start <= draft.claim.source.span.start <= outer.claim.source.span.end:
                continue
            same_sentence = (
                outer.attr.kind == "according"
                and sentence_of(outer.anchor) == sentence_of(draft.anchor)
            )
            if same_sentence or _inside(draft.attr.cue, outer.attr.content):
                if outer.claim.source.name not in {r.name for r in chain}:
                    chain.append(outer.claim.source)
        if chain and not draft.media:
            draft.claim.via = chain
