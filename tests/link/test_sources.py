"""How many independent voices a happening has: one wire chain counts once, each outlet's own
unnamed witnesses count apart. Names written for these tests."""

from __future__ import annotations

from typing import Any

from eventwire.link.sources import corroboration, unnamed_individuals


def said(doc: str, source: str, publisher: str, entity: str | None = None) -> dict[str, Any]:
    return {"document_id": doc, "source": source, "publisher": publisher, "speaks_for": None,
            "unnamed_people": unnamed_individuals(source, entity), "via": [], "party": None,
            "verification": None}


def test_each_outlets_witnesses_are_their_own_source():
    corr = corroboration([said("a", "witnesses", "Outlet A"), said("b", "witnesses", "Outlet B")])
    assert corr["independent_sources"] == 2
    updated = corroboration([said("a", "witnesses", "Outlet A"), said("a2", "witnesses", "Outlet A")])
    assert updated["independent_sources"] == 1  # one outlet's story and its update


def test_one_institution_relayed_twice_is_one_source():
    corr = corroboration([said("a", "police", "Outlet A"), said("b", "police", "Outlet B")])
    assert corr["independent_sources"] == 1
    named = corroboration([said("a", "Amina Diallo", "Outlet A", "e1"),
                           said("b", "Amina Diallo", "Outlet B", "e1")])
    assert named["independent_sources"] == 1


def test_who_counts_as_unnamed_people():
    assert unnamed_individuals("local residents", None)
    assert unnamed_individuals("a witness", None)
    assert unnamed_individuals("Witnesses", None)  # at the head of a sentence
    assert unnamed_individuals("residents of the town", None)
    assert not unnamed_individuals("a spokesman for the protesters", None)  # speaks for a body
    assert not unnamed_individuals("police", None)
    assert not unnamed_individuals("Residents' Association", None)  # a body with a name
    assert not unnamed_individuals("witnesses", "e7")  # linked to an entity: one voice
