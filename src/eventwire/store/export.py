"""Exports: JSON Lines (the record), CSV in ACLED's columns, GeoJSON of located events."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

# ACLED's public export columns (the ones eventwire can fill; the rest stay empty).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities",
    # eventwire's own: what makes a row auditable
    "plover", "cameo", "status", "claim_source", "claim_via", "confidence", "mentions", "document_id",
    "url",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell
# ACLED time_precision: 1 = day, 2 = week/around, 3 = month or coarser.
TIME_PRECISION = {"day": 1, "range": 2, "month": 3, "year": 3, "unknown": 3}


def acled_rows(events: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Event rows (Store.events) as dicts keyed by ACLED_COLUMNS."""
    for ev in events:
        date = ev.get("date_start")
        yield {
            "event_id_cnty": f"{ev['document_id']}:{ev['id']}",
            "event_date": date or "",
            "year": date[:4] if date else "",
            "time_precision": TIME_PRECISION.get(ev.get("date_precision") or "unknown", 3),
            "event_type": ev.get("acled_event_type") or "",
            "sub_event_type": ev.get("acled_sub_event_type") or "",
            "actor1": ev.get("actor_name") or "",
            "actor2": ev.get("target_name") or "",
            "country": ev.get("country") or "",
            "admin1": ev.get("admin1") or "",
            "location": ev.get("place") or ev.get("location_text") or "",
            "latitude": "" if ev.get("lat") is None else ev["lat"],
            "longitude": "" if ev.get("lon") is None else ev["lon"],
            "geo_precision": "" if ev.get("lat") is None else 2,
            "source": ev.get("publisher") or "",
            "source_scale": "",
            "notes": ev.get("trigger") or "",
            "fatalities": "" if ev.get("fatalities") is None else int(ev["fatalities"]),
            "plover": ev.get("plover") or "",
            "cameo": ev.get("cameo") or "",
            "status": ev.get("status") or "",
            "claim_source": ev.get("claim_source") or "",
            "claim_via": ev.get("claim_via") or "",
            "confidence": ev.get("confidence"),
            "mentions": ev.get("mentions") or 1,
            "document_id": ev["document_id"],
            "url": ev.get("url") or "",
        }


def to_csv(rows: Iterable[dict[str, Any]], columns: Iterable[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _inert(v) for k, v in row.items()})
    return buf.getvalue()


def _inert(value: Any) -> Any:
    """Text from the news that a spreadsheet would read as a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_geojson(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection of the rows (events or clusters) that have coordinates."""
    features = []
    for ev in events:
        if ev.get("lat") is None or ev.get("lon") is None:
            continue
        props = {k: v for k, v in ev.items() if k not in ("lat", "lon")}
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
