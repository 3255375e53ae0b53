"""The claim stage: attribution, chain, verification and party, then events meet claims.

It runs last so that it sees the entities (to name sources), the places (to tell which
countries a conflict involves) and the events (to point each at the claim it sits in).
"""

from __future__ import annotations

from typing import ClassVar

from ..options import Options
from ..record import Claim, Event, Record, Role
from .chain import Draft, assign_via, build_draft, resolve_pronouns
from .cuemodel import load_cue_model
from .party import PartyJudge, load_knowledge_base
from .quotes import find_quotes
from .speech import find_attributions
from .verification import attach_verifications

UNSETTLED = frozenset({"unconfirmed", "disputed"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})  # in a quote: the speaker (or the speaker's side)
VOICED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts done by saying them
SPOKES_WORDS = ("spokesman", "spokeswoman", "spokesperson")  # who speaks for a body, by title
TITLE_CHARS = 40  # how far before a name its title is looked for
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
PLURAL_FIRST = frozenset({"we", "us"})  # a body's voice: not a spokesperson's own name


class ClaimStage:
    """Fills ``record.claims`` and sets ``event.claim`` (and ``unverified``) on events."""

    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ("doc", "entities", "places", "events")
    assigns: ClassVar[tuple[str, ...]] = ("claims",)

    def __init__(
        self, options: Options | None = None, kb: object | None = None, use_model: bool = True
    ) -> None:
        self.options = options or Options()
        # the same KB the entity stage links with, the user's --kb files included (built once
        # per set of paths and shared), so a user's actor is a party to the conflict here too
        self.kb = kb if kb is not None else load_knowledge_base(self.options.kb_paths)
        self.party = PartyJudge(self.kb)
        self.cue_model = load_cue_model() if use_model else None

    def __call__(self, record: Record) -> Record:
        if record.doc is None:
            return record
        drafts = self.drafts(record)
        record.claims = [d.claim for d in drafts]
        link_events(record, spoken_by_one={d.claim.id for d in drafts if d.person})
        return record

    def drafts(self, record: Record) -> list[Draft]:
        """Every claim of the record, with the working state behind it."""
        quotes = find_quotes(record.document.text)
        attributions = find_attributions(record.doc, quotes, self.cue_model)
        drafts = [
            build_draft(record, attr, f"c{i}", self.kb)
            for i, attr in enumerate(attributions, start=1)
        ]
        assign_via(record, drafts)
        resolve_pronouns(record, drafts)
        attach_verifications(record, drafts)
        self.party.judge(record, drafts)
        return drafts


def _innermost(claims: list[Claim], start: int, end: int) -> Claim | None:
    """The claim with the shortest content holding ``[start, end)``."""
    holding = [c for c in claims if c.content.start <= start and end <= c.content.end]
    return min(holding, key=lambda c: c.content.end - c.content.start, default=None)


def _speaker(claim: Claim, role: Role | None, by_one: bool, voiced: bool = False) -> Role | None:
    """ "We strongly reject the allegations," the ministry said: a first-person pronoun in a
    claim's content is its source ("we" only when the source is a body, not ``by_one`` person
    speaking for one, unless the act is ``voiced``: the speaking itself, "'We reject this
    ruling,' Chamisa said"). The evidence stays the pronoun; the name is the source's."""
    source = claim.source
    if role is None or source is None or role.entity is not None \
            or role.span.text.lower() not in FIRST_PERSON \
            or not claim.content.start <= role.span.start < claim.content.end:
        return role
    if role.span.text.lower() in PLURAL_FIRST and by_one and not voiced:
        return role  # "'We arrested 15,' police spokeswoman Nyongesa said": we are the police
    return Role(span=role.span, name=source.name or source.span.text, entity=source.entity)


def _for_a_body(record: Record, claim: Claim) -> bool:
    """The one who speaks is titled a spokesperson ("army spokesman Colonel Ali said"): "we"
    is the body, whichever act it voices."""
    if claim.source is None:
        return False
    span = claim.source.span
    titled = record.document.text[max(0, span.start - TITLE_CHARS):span.end].lower()
    return any(word in titled for word in SPOKES_WORDS)


def _voiced_now(record: Record, event: Event) -> bool:
    """The act is the speaking itself, told in the present ("We reject this ruling", "we
    demand"): not a deal or a deed the body did ("we signed", "we agreed", "we rejected the
    offer in March"), nor one it will do ("we will strike back")."""
    if event.plover not in VOICED_TYPES:
        return False
    span = record.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.tag_ in PRESENT_TAGS


def link_events(record: Record, spoken_by_one: set[str] | None = None) -> None:
    """Point every event at the claim whose content holds its trigger, else one of its
    other mentions (a happening the ministry reported and the lead summed up); a "we" or "I"
    of the claim is its source (``spoken_by_one``: the claims whose source is one person).

    An event whose only support is an unconfirmed or disputed claim becomes
    ``unverified``; one inside a sourceless hedge ("It is said that") becomes ``hedged``.
    """
    for event in record.events:
        claim = None
        for said in [event.trigger, *(m.trigger for m in event.mentions)]:  # its own report first
            claim = _innermost(record.claims, said.start, said.end)
            if claim is not None:
                break
        if claim is None:
            continue
        event.claim = claim.id
        if said is event.trigger:
            by_one = claim.id in (spoken_by_one or ())
            voiced = _voiced_now(record, event) and not _for_a_body(record, claim)
            event.actor = _speaker(claim, event.actor, by_one, voiced)
            event.target = _speaker(claim, event.target, by_one)
        if event.status != "asserted":
            continue
        if claim.verification is not None and claim.verification.status in UNSETTLED:
            event.status = "unverified"
        elif claim.hedged and claim.source is None:
            event.status = "hedged"
