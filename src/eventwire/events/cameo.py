"""The CAMEO -> PLOVER table (PLOVER manual draft 0.8, 2021), read from package data.

Every ``cameo`` code an event carries must be listed in this table, and its PLOVER type
and mode are read from it, so the lexicon only names CAMEO codes and cannot drift from
the published mapping.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

TABLE_NAME = "CAMEO2PLOVER-2021.txt"
GUILT_CODE = "116"  # find guilty or liable: a verdict, whose sentence is the row
PROPERTY_CODE = "171"  # seize or damage property (looting, torching): what attackers take or burn
VERBAL_DEFENCE_CODE = "052"  # defend verbally ("found the strike justified"), PLOVER SUPPORT
LEGAL_ACTION_CODE = "173"  # arrest, detain, charge (PLOVER's manual reads a charge as ACCUSE 'allege')
RULING_CODES = frozenset({GUILT_CODE, LEGAL_ACTION_CODE})  # find guilty; arrest, detain, charge, sentence


@dataclass(frozen=True, slots=True)
class CameoEntry:
    code: str
    plover: str
    mode: str | None
    context: str | None
    description: str


def _parse_line(line: str) -> CameoEntry | None:
    line = line.strip()
    if not line or line.startswith(("#", "~")) or ":" not in line:
        return None
    code, _, rest = line.partition(":")
    code = code.strip()
    if not code.isdigit():
        return None
    rest, _, description = rest.partition("#")
    parts = [p.strip() for p in rest.split(",")]
    if len(parts) < 2:
        return None  # a category header such as "03: AGREE"
    plover = parts[0].upper()
    mode = parts[1].strip() or None
    context = parts[2].strip() if len(parts) > 2 and parts[2].strip() else None
    return CameoEntry(code, plover, mode, context, description.strip())


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoEntry]:
    """code -> entry; the first row wins when a code is listed twice."""
    text = resources.files("eventwire").joinpath("data", "events", TABLE_NAME).read_text("utf-8")
    table: dict[str, CameoEntry] = {}
    for line in text.splitlines():
        entry = _parse_line(line)
        if entry is not None and entry.code not in table:
            table[entry.code] = entry
    return table


def lookup(code: str) -> CameoEntry:
    """The table row for ``code``; KeyError names codes the lexicon must not use."""
    return cameo_table()[code]


MANUAL_NAME = "plover_manual.jsonl"


@functools.lru_cache(maxsize=1)
def manual_readings() -> dict[str, list[dict]]:
    """cameo code -> readings the PLOVER manual gives where the conversion table lumps
    several acts under one code (``data/events/plover_manual.jsonl``, each with its reason)."""
    text = resources.files("eventwire").joinpath("data", "events", MANUAL_NAME).read_text("utf-8")
    out: dict[str, list[dict]] = {}
    for line in text.splitlines():
        if line.strip():
            row = json.loads(line)
            out.setdefault(row["cameo"], []).append(row)
    return out


def manual_reading(code: str, words: set[str], status: str = "asserted") -> tuple[str, str] | None:
    """(PLOVER type, mode) the manual gives a code when the act is named by one of its words
    (and its status is not one the row excludes: an announced resignation stays CONCEDE)."""
    for row in manual_readings().get(code, ()):
        if words & set(row["words"]) and status not in row.get("not_when", ()):
            return row["plover"], row["mode"]
    return None


def default_code(plover: str) -> str:
    """The most general CAMEO code for a PLOVER type (used when only the type is known)."""
    return DEFAULT_CODES[plover]


DEFAULT_CODES: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "084", "ACCUSE": "111", "REQUEST": "100", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "141", "MOBILIZE": "154", "SANCTION": "160",
    "COERCE": "170", "ASSAULT": "190",
}
