"""Reports written here, through the real pipeline into a store: what links and what stays apart."""

from __future__ import annotations

import pytest

from eventwire.ingest import RawDocument
from eventwire.store import Store

CASES = {
    # one shelling, told by two outlets with two tolls: one happening, one contradiction
    "same": (True, [("2024-03-05", "Russian forces shelled Kharkiv on Monday, killing three civilians, "
                                   "the Ukrainian military said."),
                    ("2024-03-05", "Russian troops shelled the city of Kharkiv on Monday and killed seven "
                                   "civilians, the regional governor said.")]),
    # each side's shelling of the other, same town, same day: two happenings
    "sides": (False, [("2024-03-05", "Russian forces shelled Ukrainian positions near Bakhmut on Monday, "
                                     "killing 12 soldiers, Kyiv said."),
                      ("2024-03-05", "Ukrainian forces shelled Russian positions near Bakhmut on Monday, "
                                     "killing 40 soldiers, Moscow said.")]),
    # two undated protests in one city by different people: two happenings
    "protests": (False, [("2024-03-05", "Thousands of farmers protested in Paris against fuel taxes."),
                         ("2024-03-08", "Hundreds of taxi drivers protested in Paris against ride-hailing apps.")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_what_links(pipeline, name: str) -> None:
    linked, docs = CASES[name]
    with Store(":memory:") as store:
        raws = [RawDocument(origin=f"{name}{i}", id=f"{name}{i}", published=p, text=t) for i, (p, t) in enumerate(docs)]
        for record in pipeline.run(raws):
            assert not [n for n in record.notes if "failed" in n]
            store.write(record)
        multi = store.clusters(min_documents=2)
        assert bool(multi) is linked
        if name == "same":
            assert multi[0]["contradictions"] == 1
