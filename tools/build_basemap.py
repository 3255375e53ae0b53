"""Build the web page's base map: country outlines as SVG paths, from Natural Earth.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python tools/build_basemap.py package/countries-50m.json

Reads world-atlas's TopoJSON (Natural Earth 1:50m admin-0 countries, public domain;
world-atlas is ISC-licensed) and writes ``src/eventwire/api/static/basemap.json``: one SVG
path per country in the map's own coordinates (x = longitude, y = -latitude, degrees,
rounded to ROUND_DIGITS), so the page draws it with no projection code and no network.
Deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "eventwire" / "api" / "static" / "basemap.json"
ROUND_DIGITS = 1  # 0.1 degree (about 10 km): enough for a page map, a third of the bytes of 0.01
SOURCE = "Natural Earth 1:50m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc (TopoJSON stores them quantized and delta-coded)."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring's points from its arc indexes (~i means arc i reversed); shared ends kept once."""
    out: list[tuple[float, float]] = []
    for index in ring:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        out.extend(points if not out else points[1:])
    return out


def ring_path(points: list[tuple[float, float]]) -> str:
    coords = []
    last = None
    for lon, lat in points:
        xy = (round(lon, ROUND_DIGITS), round(-lat, ROUND_DIGITS))
        if xy != last:
            coords.append(xy)
            last = xy
    if len(coords) < 3:
        return ""
    head = f"M{coords[0][0]:g} {coords[0][1]:g}"
    return head + "".join(f"L{x:g} {y:g}" for x, y in coords[1:]) + "Z"


def country_paths(topo: dict) -> list[dict[str, str]]:
    arcs = decode_arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geom.get("arcs", [])],
                    "MultiPolygon": geom.get("arcs", [])}.get(geom.get("type"), [])
        d = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if d:
            out.append({"name": geom.get("properties", {}).get("name", ""), "d": d})
    out.sort(key=lambda c: c["name"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-50m.json (or -110m)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    countries = country_paths(topo)
    payload = {"source": SOURCE, "coordinates": "x = longitude, y = -latitude (degrees)",
               "countries": countries}
    args.out.write_text(json.dumps(payload, separators=(",", ":"), ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({len(countries)} countries, {args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
