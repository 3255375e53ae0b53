"""Whether a later telling of an act of force is the lead told again the same day: the day,
the town and whom it hit, read against every telling of the happening.

The readings :class:`.joins.JoinRules` asks of a unit dated from its own words: a day told
again is no time of its own when it is the day the happening was told on, in no other town
(a town inside the happening's province, or inside the part of the country a bearing names,
says where in it), and on no one or nothing told anew.
"""

from __future__ import annotations

from ..geo.resolve import in_its_province
from ..record import Location
from . import eventhood as eh
from .mentions import Happening, Mention
from .rolewords import FORCE_TYPES
from .sites import unplaced_site
from .standing import Standing


class Retold(Standing):
    """The same-day readings of a unit against a happening, over the assembler's state."""

    def _wider_place(self, wide: Location, narrow: Location) -> bool:
        """``wide`` is the country or the province ``narrow`` lies in."""
        outer, inner = self.record.place_by_id(wide.place), self.record.place_by_id(narrow.place)
        return outer is not None and inner is not None and outer.feature in ("country", "admin1") \
            and inner.feature != outer.feature and in_its_province(inner, outer)

    def _same_day(self, m: Mention, hap: Happening) -> bool:
        """An act of force whose own time names one day a telling of the happening named ("arrested a
        lawmaker on Monday ... detained Job Sikhala at his home on Monday morning"), with no
        other town than the happening's or one inside it: the day told again, no time of its own."""
        d = m.event.date
        if m.event.plover not in FORCE_TYPES or d is None or d.precision != "day" or not d.start \
                or (d.end or d.start) != d.start:
            return False  # (two statements on one day by one speaker, about two parties, are two)
        if not any(o.date_from_text and not o.borrowed_date and o.event.date is not None
                   and o.event.date.precision == "day" and o.event.date.start == d.start
                   and (o.event.date.end or d.start) == d.start
                   for o in (self.mentions[k] for k in hap.members)):
            return False  # (the day checked first: the walks below are dearer)
        if unplaced_site(self.record, m.token) is not None or self._another_one(m, hap):
            return False  # "... in Djibo on Monday ... in Dori on Monday evening", a town the gazetteer
            # lacks; "attacked a cargo ship ... struck a tanker": another place, another thing hit
        told = [self.mentions[k].event.location for k in hap.members]
        here = m.event.location
        if here is not None and any(told) and not any(
                t is not None and (t.place == here.place or self._inside(t, here)) for t in told):
            return False  # another town told the same day: "struck a house in Rafah on Monday ... had
            # struck a Hamas command centre in Khan Younis on Monday"
        return True

    def _inside(self, wide: Location, narrow: Location) -> bool:
        """``narrow`` lies in ``wide``: its country or province, or the part of its country a
        bearing names."""
        return self._wider_place(wide, narrow) or self._in_its_part(narrow, wide)

    def _in_its_part(self, inner: Location, part: Location) -> bool:
        """``part`` is a country's part named by a bearing ("central Mali", "western Niger") and
        ``inner`` a province or town of that country ("the Mopti region")."""
        outer, place = self.record.place_by_id(part.place), self.record.place_by_id(inner.place)
        return outer is not None and place is not None and outer.feature == "region" and not outer.admin1 \
            and outer.country is not None and place.country == outer.country \
            and place.feature not in ("country", "region")

    def _another_one(self, m: Mention, hap: Happening) -> bool:
        """The unit's target is a thing or someone told anew ("a tanker", "the rapper's father"),
        of another word than any the happening hit ("a cargo ship"), or a name described as
        another than the one the happening hit."""
        root = eh.role_root(self.record.doc, m.event.target)
        if root is None:
            return False
        hit = [r for k in hap.members if (r := eh.role_root(self.record.doc, self.mentions[k].event.target))]
        if root.ent_type_ == "PERSON":  # "Chinedu Okafor, a businessman" after "a doctor"
            return any(r.pos_ == "NOUN" and self.told_otherwise(r, root) for r in hit)
        if not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.pos_ != "PRON")
                   or (c.dep_ == "appos" and c.pos_ == "PROPN") for c in root.children):
            return False  # (told anew: "a tanker", "the rapper's father", "councillor Ana Reyes"
            # with the name in apposition; not "its gate")
        return not any(r.lemma_.lower() == root.lemma_.lower() for r in hit)  # ("Salehi's father")
