"""The report's two drawings, as inline SVG strings: a map and a timeline.

Both are drawn here rather than by a script so the report opens offline, prints, and shows
the same thing in any browser or mail client. The map is an equirectangular plot (x =
longitude, y = -latitude, the coordinates ``api/static/basemap.json`` already stores), zoomed to
the points; the country outlines are cut to the view and re-rounded to its scale, so a report
on one town does not carry the whole world's coastlines.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from ..events.timex import parse_published

BASEMAP = Path(__file__).resolve().parents[1] / "api" / "static" / "basemap.json"
# The page's colours (api/static/js/types.js), so a type looks the same in both.
PLOVER_COLOURS = {
    "AGREE": "#1b9e77", "CONSULT": "#66c2a5", "SUPPORT": "#a6d854", "COOPERATE": "#4daf4a",
    "AID": "#2b8cbe", "CONCEDE": "#80b1d3", "RETREAT": "#8da0cb", "ACCUSE": "#e78ac3",
    "REQUEST": "#bc80bd", "REJECT": "#984ea3", "THREATEN": "#fdb462", "PROTEST": "#e6c229",
    "MOBILIZE": "#a65628", "SANCTION": "#fc8d62", "COERCE": "#e34a33", "ASSAULT": "#99000d",
}
OTHER_COLOUR = "#777777"

MAP_MARGIN_FRACTION = 0.15  # room around the points, as a share of their extent
MAP_MIN_SPAN_DEG = 4.0  # a single town still shows its surroundings (about 400 km across)
MAP_ASPECT_RANGE = (1.6, 2.4)  # width / height: the view is widened or heightened into this
MAP_DETAIL = 600  # outline points kept per view width: coarser when zoomed out
COUNTRY_LABEL_MIN_SHARE = 0.12  # a country is named when it spans this share of the view's width
MAP_LABELS = 25  # clusters numbered on the map (the most reported); the rest are dots
MAP_PLACE_NAMES = 10  # of those, the most reported also get their place's name
MAP_LABELS_AT_ONE_PLACE = 4  # numbers written beside one place; more are an ellipsis
LABEL_GRID = 7  # candidate spots per side for a country's name
WORLD = (-180.0, -85.0, 180.0, 85.0)  # lon/lat box drawn when nothing has coordinates

TIMELINE_W, TIMELINE_H = 1000, 190  # user units of the timeline's viewBox
TIMELINE_PAD = (40, 10, 10, 34)  # left, top, right, bottom
DAY_BUCKET_MAX_DAYS = 92  # a span up to this is drawn by day, up to WEEK_BUCKET_MAX_DAYS by week,
WEEK_BUCKET_MAX_DAYS = 2 * 365  # longer by month
TIMELINE_TICKS = 6
TIMELINE_MIN_DAYS = 14  # the shortest span drawn

_RING = re.compile(r"M([^MZ]+)Z")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def colour(plover: str | None) -> str:
    return PLOVER_COLOURS.get(plover or "", OTHER_COLOUR)


# -- map ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Ring:
    country: str
    points: tuple[tuple[float, float], ...]  # (x, y) = (lon, -lat)
    box: tuple[float, float, float, float]  # min x, min y, max x, max y

    @property
    def area(self) -> float:
        return (self.box[2] - self.box[0]) * (self.box[3] - self.box[1])


@lru_cache(maxsize=1)
def basemap_rings(path: Path = BASEMAP) -> tuple[Ring, ...]:
    """Every outline ring of the base map, parsed once per process."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    rings = []
    for country in data["countries"]:
        for body in _RING.findall(country["d"]):
            nums = [float(n) for n in _NUMBER.findall(body)]
            points = _unwrap(tuple(zip(nums[0::2], nums[1::2], strict=False)))
            if len(points) >= 3:
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                rings.append(Ring(country["name"], points, (min(xs), min(ys), max(xs), max(ys))))
    return tuple(rings)


def _unwrap(points: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
    """A ring that crosses the antimeridian (Chukotka, Fiji) continued past 180° instead of
    jumping back across the whole map, which would draw a line around the world. Antarctica,
    which runs round the whole world, stays as it is (unwrapping would not narrow it)."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(points, points[1:], strict=False)):
        return points
    moved = tuple((x + 360 if x < 0 else x, y) for x, y in points)
    span = max(x for x, _ in points) - min(x for x, _ in points)
    return moved if max(x for x, _ in moved) - min(x for x, _ in moved) < span else points


def view_box(points: Sequence[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(x, y, width, height) in map units around (lon, lat) points: their bounding box with a
    margin, at least MAP_MIN_SPAN_DEG wide, shaped within MAP_ASPECT_RANGE; the world when
    there are none."""
    if not points:
        west, south, east, north = WORLD
    else:
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        margin = max(east - west, north - south) * MAP_MARGIN_FRACTION
        west, east, south, north = west - margin, east + margin, south - margin, north + margin
    low, high = MAP_ASPECT_RANGE
    width, height = max(east - west, MAP_MIN_SPAN_DEG), north - south
    width, height = max(width, height * low), max(height, width / high)
    cx, cy = (west + east) / 2, -(south + north) / 2
    return cx - width / 2, cy - height / 2, width, height


def _outline_paths(box: tuple[float, float, float, float]) -> tuple[str, list[Ring]]:
    """The base map's rings that meet the view, rounded to its scale, as one path's data;
    and the rings drawn."""
    x0, y0, w, h = box
    x1, y1 = x0 + w, y0 + h
    step = max(0.1, w / MAP_DETAIL)
    digits = 1 if step < 1 else 0
    out, drawn = [], []
    for ring in basemap_rings():
        bx0, by0, bx1, by1 = ring.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        if bx1 - bx0 < step and by1 - by0 < step:
            continue  # an islet smaller than one step at this scale
        coords: list[tuple[float, float]] = []
        for x, y in ring.points:
            xy = (round(round(x / step) * step, digits), round(round(y / step) * step, digits))
            if not coords or xy != coords[-1]:
                coords.append(xy)
        if len(coords) >= 3:
            out.append("M" + "L".join(f"{x:g} {y:g}" for x, y in coords) + "Z")
            drawn.append(ring)
    return "".join(out), drawn


def _inside(x: float, y: float, points: Sequence[tuple[float, float]]) -> bool:
    """Whether (x, y) lies inside the ring (even-odd ray casting)."""
    inside = False
    for (ax, ay), (bx, by) in zip(points, [*points[1:], points[0]], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def _country_labels(box: tuple[float, float, float, float], rings: list[Ring], unit: float,
                    points: Sequence[tuple[float, float]]) -> str:
    """Names of the countries that take a fair part of the view, so a reader knows where the
    map is: each at the spot of a coarse grid inside the country that lies farthest from the
    event points and the edges."""
    x0, y0, w, h = box
    largest: dict[str, Ring] = {}
    for ring in rings:
        if ring.country not in largest or ring.area > largest[ring.country].area:
            largest[ring.country] = ring
    out = []
    for name, ring in sorted(largest.items()):
        bx0, bx1 = max(ring.box[0], x0), min(ring.box[2], x0 + w)
        by0, by1 = max(ring.box[1], y0), min(ring.box[3], y0 + h)
        if bx1 - bx0 < w * COUNTRY_LABEL_MIN_SHARE:
            continue
        grid = [(bx0 + (bx1 - bx0) * (i + 0.5) / LABEL_GRID, by0 + (by1 - by0) * (j + 0.5) / LABEL_GRID)
                for i in range(LABEL_GRID) for j in range(LABEL_GRID)]
        spots = [(x, y) for x, y in grid if _inside(x, y, ring.points)]
        if not spots:
            continue

        def room(spot: tuple[float, float]) -> float:
            x, y = spot
            edge = min(x - x0, x0 + w - x, y - y0, y0 + h - y) * 2
            return min([edge, *(math.hypot(x - px, y + py) for px, py in points)])

        x, y = max(spots, key=room)
        out.append(f'<text class="country" x="{x:.3f}" y="{y:.3f}" font-size="{unit * 1.6:.4f}"'
                   f' text-anchor="middle">{escape(name)}</text>')
    return "".join(out)


def map_svg(clusters: Sequence[dict[str, Any]]) -> str:
    """The located clusters as numbered points over country outlines. ``clusters`` are
    summaries in report order, each with ``n`` (its number in the report) and ``anchor``.
    Clusters at one place share a label ("1, 3")."""
    located = [c for c in clusters if c.get("lat") is not None and c.get("lon") is not None]
    points = [(c["lon"], c["lat"]) for c in located]
    box = view_box(points)
    x0, y0, w, h = box
    unit = w / 100  # one hundredth of the view's width: sizes that keep their look at any zoom
    outlines, drawn = _outline_paths(box)
    parts = [
        f'<svg class="map" role="img" aria-label="Map of the happenings" viewBox="{x0:.3f} {y0:.3f} {w:.3f}'
        f' {h:.3f}" preserveAspectRatio="xMidYMid meet">',
        # the sea reaches past the view, in case a viewer letterboxes it
        f'<rect class="sea" x="{x0 - w:.3f}" y="{y0 - h:.3f}" width="{3 * w:.3f}" height="{3 * h:.3f}"/>',
        f'<path class="land" d="{outlines}"/>',
        _country_labels(box, drawn, unit, points),
    ]
    most = max((c.get("documents") or 1 for c in located), default=1)
    radius = {c["n"]: unit * (0.6 + math.sqrt((c.get("documents") or 1) / most)) for c in located}
    for c in sorted(located, key=lambda c: (-radius[c["n"]], -c["n"])):  # small on top of large
        title = escape(f"{c['n']}. {c.get('plover') or ''} {c.get('place') or ''} {c.get('date_start') or ''}"
                       f" · {c.get('documents')} documents, {c.get('sources')} independent sources")
        parts.append(
            f'<a href="#{escape(c["anchor"])}"><circle class="point" data-cluster="{escape(c["id"])}"'
            f' cx="{c["lon"]:.4f}" cy="{-c["lat"]:.4f}" r="{radius[c["n"]]:.4f}" fill="{colour(c.get("plover"))}">'
            f"<title>{title}</title></circle></a>")
    places: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for c in located:
        places.setdefault((round(c["lon"], 2), round(c["lat"], 2)), []).append(c)
    for group in places.values():
        numbers = [c["n"] for c in group if c["n"] <= MAP_LABELS]
        if not numbers:
            continue
        text = ", ".join(map(str, numbers[:MAP_LABELS_AT_ONE_PLACE])) + ("…" if len(numbers) > MAP_LABELS_AT_ONE_PLACE
                                                                          else "")
        first, r = group[0], radius[group[0]["n"]]
        name = first.get("place") if numbers[0] <= MAP_PLACE_NAMES else None
        name_span = f'<tspan class="place" font-size="{unit * 1.6:.4f}"> {escape(name)}</tspan>' if name else ""
        parts.append(f'<text class="label" x="{first["lon"] + r * 1.1:.4f}" y="{-first["lat"] - r * 0.6:.4f}"'
                     f' font-size="{unit * 2.2:.4f}" stroke-width="{unit * 0.5:.4f}">{text}{name_span}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- timeline ----------------------------------------------------------------------------
def _bucket(day: dt.date, size: str) -> dt.date:
    if size == "day":
        return day
    if size == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(start: dt.date, size: str) -> dt.date:
    if size == "day":
        return start + dt.timedelta(days=1)
    if size == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _span(clusters: Sequence[dict[str, Any]], since: str | None, until: str | None,
          ) -> tuple[dt.date, dt.date, str] | None:
    """First and last day and the bar size: the clusters' dates, widened to the filter's."""
    days = [d for c in clusters if (d := parse_published(c.get("date_start"))) is not None]
    if not days:
        return None
    days += [d for d in (parse_published(since), parse_published(until)) if d is not None]
    first, last = min(days), max(days)
    if (last - first).days < TIMELINE_MIN_DAYS:  # a few days are drawn inside a fortnight, not as one wall
        first -= dt.timedelta(days=(TIMELINE_MIN_DAYS - (last - first).days) // 2)
        last = first + dt.timedelta(days=TIMELINE_MIN_DAYS)
    span = (last - first).days + 1
    return first, last, "day" if span <= DAY_BUCKET_MAX_DAYS else "week" if span <= WEEK_BUCKET_MAX_DAYS else "month"


def bucket_name(clusters: Sequence[dict[str, Any]], since: str | None = None, until: str | None = None) -> str:
    """'day', 'week' or 'month': what one timeline bar counts."""
    found = _span(clusters, since, until)
    return found[2] if found else "day"


def timeline_svg(clusters: Sequence[dict[str, Any]], since: str | None = None, until: str | None = None) -> str:
    """Clusters per day, week or month (by how long the span runs) on a true time scale,
    stacked by type; each counted at its start date. The span is the clusters' dates,
    widened to the filter's."""
    found = _span(clusters, since, until)
    if found is None:
        return '<p class="empty">No cluster has a date.</p>'
    first, last, size = found
    dated = [(d, c) for c in clusters if (d := parse_published(c.get("date_start"))) is not None]
    start, end = _bucket(first, size), _next(_bucket(last, size), size)
    counts: dict[dt.date, Counter[str]] = {}
    for d, c in dated:
        counts.setdefault(_bucket(d, size), Counter())[c.get("plover") or ""] += 1
    left, top, right, bottom = TIMELINE_PAD
    plot_w, plot_h = TIMELINE_W - left - right, TIMELINE_H - top - bottom
    total_days = (end - start).days
    peak = max(sum(v.values()) for v in counts.values())

    def x(day: dt.date) -> float:
        return left + plot_w * (day - start).days / total_days

    parts = [f'<svg class="timeline" role="img" aria-label="Clusters by {size}" viewBox="0 0 {TIMELINE_W} '
             f'{TIMELINE_H}">',
             f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>',
             f'<text class="tick" x="{left - 6}" y="{top + 8}" text-anchor="end">{peak}</text>',
             f'<text class="tick" x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>']
    for bucket, by_type in sorted(counts.items()):
        bx, bw = x(bucket), max(1.5, x(_next(bucket, size)) - x(bucket) - 1)
        y = float(top + plot_h)
        label = ", ".join(f"{n} {t or 'untyped'}" for t, n in sorted(by_type.items()))
        parts.append(f"<g><title>{escape(f'{size} of {bucket}: {label}')}</title>")
        for plover, n in sorted(by_type.items()):
            bh = plot_h * n / peak
            y -= bh
            parts.append(f'<rect class="bar" x="{bx:.2f}" y="{y:.2f}" width="{bw:.2f}" height="{bh:.2f}"'
                         f' fill="{colour(plover)}"/>')
        parts.append("</g>")
    ticks: set[dt.date] = set()
    for i in range(TIMELINE_TICKS + 1):
        day = start + dt.timedelta(days=round(total_days * i / TIMELINE_TICKS))
        if size == "month":
            day = _bucket(day, size) if i < TIMELINE_TICKS else end
        if day in ticks:
            continue
        ticks.add(day)
        anchor = "start" if i == 0 else "end" if i == TIMELINE_TICKS else "middle"
        parts.append(f'<line class="grid" x1="{x(day):.2f}" y1="{top + plot_h}" x2="{x(day):.2f}"'
                     f' y2="{top + plot_h + 4}"/><text class="tick" x="{x(day):.2f}" y="{top + plot_h + 18}"'
                     f' text-anchor="{anchor}">{day.isoformat()}</text>')
    parts.append("</svg>")
    return "".join(parts)

