"""Small hand-made records for tests that need a filled store without running the pipeline."""

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
    Removal,
    Role,
    make_span,
)

TEXT = "Rebels shelled Goma on Monday, the army said. Police arrested 30 protesters in Kinshasa."


def make_record(doc_id: str = "d1", text: str = TEXT, party: bool | None = True) -> Record:
    sp = lambda s, e: make_span(text, s, e)  # noqa: E731
    rec = Record(id=doc_id, document=DocumentInfo(text=text, title="Goma", published="2023-03-07",
                                                  language="en", removed=[Removal(0, 4, "markup")]))
    rec.entities = [Entity("e1", "M23", "MILITARY_UNIT", [sp(0, 6)]),
                    Entity("e2", "Goma", "GPE", [sp(15, 19)], country="CD"),
                    Entity("e3", "Armed Forces of the DRC", "ORG", [sp(35, 43)])]
    rec.places = [Place("p1", "Goma", -1.68, 29.22, "city", entity="e2", country="CD",
                        admin1="North Kivu", geonameid=217831, mentions=[sp(15, 19)])]
    rec.claims = [Claim("c1", content=sp(0, 30), source=Role(sp(35, 43), "Armed Forces of the DRC", "e3"),
                        cue=sp(40, 44), party_to_conflict=party)]
    rec.events = [
        Event("v1", "ASSAULT", trigger=sp(7, 14), sentence=sp(0, 45), mode="shelling", cameo="195",
              acled={"event_type": "Explosions/Remote violence",
                     "sub_event_type": "Shelling/artillery/missile attack"},
              actor=Role(sp(0, 6), "M23", "e1"), location=Location(sp(15, 19), "p1"),
              date=EventDate("2023-03-06", "2023-03-06", "day", sp(20, 29)), claim="c1", confidence=0.9),
        Event("v2", "COERCE", trigger=sp(53, 61), sentence=sp(46, len(text)), mode="arrest", cameo="173",
              quantities=[Quantity(30, "detained", sp(62, 64))], status="asserted", confidence=0.6),
    ]
    return rec
