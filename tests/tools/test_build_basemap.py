"""The base-map builder decodes TopoJSON arcs (quantized, delta-coded, reversed) correctly."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_basemap", ROOT / "tools" / "build_basemap.py")
build_basemap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_basemap)

# A unit square cut into two arcs, quantized with scale 1 and translate (10, 20).
TOPO = {
    "type": "Topology",
    "transform": {"scale": [1, 1], "translate": [10, 20]},
    "arcs": [[[0, 0], [1, 0], [0, 1]],   # (10,20) -> (11,20) -> (11,21)
             [[0, 0], [1, 1]]],          # (10,20) -> (11,21); used reversed
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, ~1]], "properties": {"name": "Square"}},
        {"type": "Polygon", "arcs": [[1]], "properties": {"name": "Sliver"}},
    ]}},
}


def test_arcs_are_undeltaed_and_translated():
    arcs = build_basemap.decode_arcs(TOPO)
    assert arcs[0] == [(10, 20), (11, 20), (11, 21)]
    assert arcs[1] == [(10, 20), (11, 21)]


def test_ring_joins_arcs_and_reverses_negative_indexes():
    arcs = build_basemap.decode_arcs(TOPO)
    assert build_basemap.ring_points([0, ~1], arcs) == [(10, 20), (11, 20), (11, 21), (10, 20)]


def test_paths_flip_latitude_and_drop_degenerate_rings():
    paths = build_basemap.country_paths(TOPO)
    assert paths == [{"name": "Square", "d": "M10 -20L11 -20L11 -21L10 -20Z"}]
