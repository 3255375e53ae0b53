"""Hand-made records for the report tests: reports of a few happenings in eastern DR Congo
from different outlets, written for these tests (nothing from ../shared)."""

from __future__ import annotations

from eventwire.record import (
    Claim,
    DocumentInfo,
    Entity,
    Event,
    EventDate,
    Location,
    Place,
    Quantity,
    Record,
    Role,
    Verification,
    make_span,
)
from eventwire.store import Store

HOSTILE = "<script>alert(1)</script>"
TOWNS = {"Goma": (-1.68, 29.22), "Bukavu": (-2.51, 28.86), "Rutshuru": (-1.19, 29.45)}


def shelling(doc_id: str, publisher: str, *, town: str = "Goma", day: str = "2023-03-06",
             published: str = "2023-03-07", killed: int = 12, source: str = "the army", party: bool | None = True,
             title: str | None = None, aside: str = "", unconfirmed: bool = False, url: str | None = None) -> Record:
    """One outlet's report of a shelling: 'Rebels shelled TOWN on Monday{aside}, killing N
    civilians, SOURCE said.' with every span found in the text it builds."""
    text = f"Rebels shelled {town} on Monday{aside}, killing {killed} civilians, {source} said."
    if unconfirmed:
        text += " The claim could not be independently verified."
    first = text.index(" said.") + len(" said.")

    def span(words: str, start: int = 0):
        at = text.index(words, start)
        return make_span(text, at, at + len(words))

    rec = Record(id=doc_id, document=DocumentInfo(text=text, title=title or f"Shelling in {town}", url=url,
                                                  publisher=publisher, published=published, language="en"))
    lat, lon = TOWNS[town]
    rec.entities = [Entity("e1", "M23", "MILITARY_UNIT", [span("Rebels")]),
                    Entity("e2", town, "GPE", [span(town)], country="CD"),
                    Entity("e3", source, "ORG", [span(source)])]
    rec.places = [Place("p1", town, lat, lon, "city", entity="e2", country="CD", admin1="North Kivu",
                        mentions=[span(town)])]
    verification = (Verification("unconfirmed", span("could not be independently verified"))
                    if unconfirmed else None)
    rec.claims = [Claim("c1", content=make_span(text, 0, first), source=Role(span(source), source, "e3"),
                        cue=span("said"), party_to_conflict=party, verification=verification)]
    rec.events = [Event(
        "v1", "ASSAULT", trigger=span("shelled"), sentence=make_span(text, 0, first), mode="shelling",
        cameo="195", actor=Role(span("Rebels"), "M23", "e1"), location=Location(span(town), "p1"),
        date=EventDate(day, day, "day", span("on Monday")), claim="c1", confidence=0.9,
        quantities=[Quantity(killed, "killed", span(str(killed)))],
        status="unverified" if unconfirmed else "asserted",
    )]
    return rec


def fill(store: Store) -> None:
    """Three reports of the Goma shelling (the army's 12 killed, an aid group's 19 the same
    day, a hostile outlet), one of a shelling in Bukavu, one in Rutshuru a month earlier."""
    store.write(shelling("goma-a", "Lake Wire", killed=12, url="https://lake-wire.example/goma", unconfirmed=True))
    store.write(shelling("goma-b", "Kivu Post", killed=19, source="an aid group", party=False))
    store.write(shelling("goma-x", f"Evil {HOSTILE} Outlet", killed=12, title=f"Goma {HOSTILE}",
                         aside=f' {HOSTILE} "><img src=x onerror=alert(2)>', source="the army"))
    store.write(shelling("bukavu-a", "Lake Wire", town="Bukavu", day="2023-03-08", published="2023-03-09",
                         killed=4))
    store.write(shelling("rutshuru-a", "Kivu Post", town="Rutshuru", day="2023-02-06", published="2023-02-07",
                         killed=3))
