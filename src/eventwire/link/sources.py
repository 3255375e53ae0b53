"""Who asserts an event, and how many independent voices a happening has.

The asserter of one report is the claim's source (the Russian defence ministry, relayed by
AP), or the publisher when the text states the event in its own voice. Reports that relay one
source through different outlets (a shared wire chain) count that source once; republished
copies never get here (they carry no events).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_KEY_DROP = re.compile(r"^(?:the|a|an)\s+|[^\w\s]", re.I)
# Unnamed people speaking for themselves: the witnesses one outlet found are not another's.
# (Unnamed institutions, "police" or "officials", may well be one statement relayed twice.)
INDIVIDUALS = frozenset("""witness witnesses resident residents survivor survivors local locals
villager villagers relative relatives neighbour neighbours neighbor neighbors eyewitness
eyewitnesses passerby passersby bystander bystanders doctor doctors nurse nurses
student students protester protesters demonstrator demonstrators""".split())
_PHRASE_END = frozenset("of at from in for with on near".split())  # "residents of the town"


def source_key(name: str | None) -> str | None:
    """A name folded for identity: case, articles and punctuation do not make a new source."""
    if not name:
        return None
    key = " ".join(_KEY_DROP.sub("", name.lower()).split())
    return key or None


def unnamed_individuals(name: str | None, entity: str | None) -> bool:
    """ "Witnesses", "a local doctor", "residents of the town": people no name or entity ties
    together (not "a spokesman for the protesters", who speaks for a body)."""
    if not name or entity:
        return False
    words = (source_key(name) or "").split()
    cut = next((i for i, w in enumerate(words) if w in _PHRASE_END), len(words))
    return cut > 0 and words[cut - 1] in INDIVIDUALS


def speaking_for(kb_id: str | None) -> str | None:
    """The organisation a person speaks for (a spokesman's ministry), from the knowledge base:
    a ministry and its spokesman are one source, not two."""
    if not kb_id:
        return None
    from ..entities.kb import load_kb

    kb = load_kb()
    entry = kb.get(kb_id)
    if entry is None or entry.kind != "person" or not entry.affiliation:
        return None
    org = kb.get(entry.affiliation)
    return org.name if org is not None and org.kind != "state" else None


def assertions(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """For every event of a record: who asserts it, through whom, and whether anyone could
    confirm it (the event's claim, else the publisher's own voice)."""
    doc = record.get("document") or {}
    kb_ids = {e["id"]: e.get("kb_id") for e in record.get("entities") or []}
    publisher = doc.get("publisher")
    claims = {c["id"]: c for c in record.get("claims") or []}
    out = {}
    for ev in record.get("events") or []:
        claim = claims.get(ev.get("claim") or "") or {}
        said_by = claim.get("source") or {}
        source = said_by.get("name")
        ver = claim.get("verification") or {}
        out[ev["id"]] = {
            "publisher": publisher,
            "source": source or publisher,
            "unnamed_people": unnamed_individuals(source, said_by.get("entity")),
            "speaks_for": speaking_for(kb_ids.get(said_by.get("entity") or "")),
            "own_voice": source is None,
            "via": [v.get("name") or v.get("text") for v in claim.get("via") or []],
            "party": claim.get("party_to_conflict"),
            "hedged": bool(claim.get("hedged")) or ev.get("status") in ("hedged", "unverified"),
            "verification": ver.get("status"),
            "verified_by": (ver.get("by") or {}).get("name"),
            "sentence": dict(ev["sentence"]),
            "published": doc.get("published"),
            "title": doc.get("title"),
        }
    return out


def corroboration(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Independent sources of a happening, split by side, with who confirmed, disputed or
    could not confirm it. ``items`` are assertions (as :func:`assertions` makes them) with
    ``document_id`` added."""
    sources: dict[str, dict[str, Any]] = {}
    checks: dict[str, list[dict[str, Any]]] = {"confirmed": [], "disputed": [], "unconfirmed": []}
    for item in items:
        name = item.get("speaks_for") or item.get("source")
        key = source_key(name) or f"document:{item['document_id']}"
        if item.get("unnamed_people") and not item.get("speaks_for"):
            key += f"@{item.get('publisher') or item['document_id']}"  # each outlet's own witnesses
        entry = sources.setdefault(key, {
            "name": name or "(unnamed)", "side": _side(item.get("party")),
            "documents": [], "publishers": [], "via": [], "speakers": [],
        })
        if item.get("source") and item.get("source") != entry["name"] and item["source"] not in entry["speakers"]:
            entry["speakers"].append(item["source"])
        if item["document_id"] not in entry["documents"]:
            entry["documents"].append(item["document_id"])
        for name, field in ((item.get("publisher"), "publishers"),):
            if name and name not in entry[field]:
                entry[field].append(name)
        for name in item.get("via") or []:
            if name and name not in entry["via"]:
                entry["via"].append(name)
        if entry["side"] == "unknown":
            entry["side"] = _side(item.get("party"))
        status = item.get("verification")
        if status in checks:
            checks[status].append({"by": item.get("verified_by"), "document_id": item["document_id"],
                                   "source": item.get("source")})
    listed = sorted(sources.values(), key=lambda s: (-len(s["documents"]), s["name"]))
    return {
        "independent_sources": len(listed),
        "party_sources": sum(1 for s in listed if s["side"] == "party"),
        "other_sources": sum(1 for s in listed if s["side"] != "party"),
        "sources": listed,
        "confirmed_by": checks["confirmed"],
        "disputed_by": checks["disputed"],
        "could_not_confirm": checks["unconfirmed"],
    }


def _side(party: bool | None) -> str:
    return "party" if party else "not party" if party is False else "unknown"
