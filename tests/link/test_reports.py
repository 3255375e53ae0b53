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


def test_the_seed_headline_figure_disagrees_with_the_ministry_s(pipeline, seed_text: str) -> None:
    """The founding article's headline says 2429; its body never gives the ministry's own
    figure, which the wire reports (written here) carry. They arrive first, the content farm's
    page a day later: its reports of the surrender join theirs, and the figures disagree, each
    with its span and source. The body's "last 531 people" is not flagged against either."""
    wire = ("Russia's defence ministry said on Friday that the last Ukrainian fighters at the Azovstal steel "
            "works in Mariupol had surrendered, bringing the total since May 16 to 2,439.")
    courier = ("More than 2,400 Ukrainian soldiers surrendered at the Azovstal plant in Mariupol this week, "
               "the Russian military said on Friday.")
    with Store(":memory:") as store:
        raws = [RawDocument(origin="wire", id="wire", published="2022-05-21", publisher="A Wire", text=wire),
                RawDocument(origin="courier", id="courier", published="2022-05-21", publisher="A Courier",
                            text=courier),
                RawDocument(origin="seed", id="seed", published="2022-05-22", text=seed_text)]
        for record in pipeline.run(raws):
            store.write(record)
        clashes = [x for c in store.clusters(min_documents=2) for x in store.cluster(c["id"])["contradictions"]]
        assert len(clashes) == 1, clashes
        [clash] = clashes
        by_doc = {clash["a"]["document_id"]: clash["a"], clash["b"]["document_id"]: clash["b"]}
        assert (by_doc["seed"]["text"], by_doc["wire"]["text"]) == ("2429", "2,439")
        for doc_id, side in by_doc.items():
            assert store.get(doc_id)["document"]["text"][side["start"]:side["end"]] == side["text"]
        assert "Konashenkov" in by_doc["seed"]["source"] and "Defence" in by_doc["wire"]["source"]
