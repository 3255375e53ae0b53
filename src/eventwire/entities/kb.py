"""The knowledge base of conflict actors: curated JSONL in ``eventwire/data/kb/``.

Entries name states, armed forces, ministries, spokespeople, leaders, armed groups,
international organizations, outlets and a few key places and facilities, each with
aliases and transliteration variants. Users add their own files (``--kb PATH``); an
entry in a later file replaces the bundled entry with the same id.

Lookup is exact on a normalized alias first, then fuzzy (rapidfuzz) under strict,
measured rules so that a mistranslated "Azou Regiment" finds the Azov Regiment while
ordinary words never match anything (see the ``FUZZY_*`` constants).
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ..nlp.names import fold_words
from ..record import ENTITY_TYPES

KB_PACKAGE_DIR = ("data", "kb")
# Kinds whose country's state they act for (a ministry, an army, the state itself); a person
# or a newspaper does not.
STATE_ARMS = frozenset({"state", "government", "ministry", "military"})
ACTORS_FILE = "actors.jsonl"
CONFLICTS_FILE = "conflicts.jsonl"
ENTRY_KINDS = (
    "state", "government", "ministry", "military", "armed_group", "political_party",
    "person", "io", "media", "ngo", "facility", "region", "other",
)
REQUIRED_FIELDS = ("id", "name", "type", "kind", "aliases", "source")

# --- Fuzzy matching thresholds -------------------------------------------------------
# Measured with ``python -m eventwire.entities.evaluate`` (2026-11-28, KB 2026.11.1):
# 20 misspellings/transliterations of KB names written for the check (evaluate.VARIANTS)
# against the 7,000+ mentions the stage left unlinked in PolNeAR dev, GeoWebNews,
# WikiEvents dev and the VOA corpus (US politics and world news: a fuzzy link there is
# almost always wrong), plus tests/entities/test_kb.py's list of ordinary words.
#   shipped rules: 17/20 variants; 0 dev links with the context check, 1 without it
#                  (MINUSCA -> MINUSMA, two different UN missions: the context check
#                  is what keeps it out; MINUSCA is now in the KB)
#   ratio >= 80 (or 75): +Peskow, +Lavrow and no dev-set link, but one changed letter in
#                  a 6-letter word passes: Crimes -> Crimea (ordinary list), so 85 stays
#   short names gaining a letter: +Bakhmout, but Georgina -> Georgia (ordinary list)
#   2 edits in short names: Somaila -> Somalia, and 2 edits let Georgina-type words in
#   names from 4 characters: Chin -> China, FATA -> Fatah, State -> United States
#   2 edits in one word of a longer name: 3 right dev links (Sergey Shoyu, Mevlut
#                  Cavusolgu, "High Commission for Refugees") but James Cole -> James Comey
#                  without the context check: a wrong person is worse than a missed one
FUZZY_MIN_CHARS = 6  # shorter names are too dense: Obama/Osama, Mali/Malia, Iran/Iraq
FUZZY_MIN_RATIO = 85.0  # rapidfuzz ``fuzz.ratio`` on normalized strings
FUZZY_MAX_EDITS_SHORT = 1  # Levenshtein edits allowed for names of up to 8 characters
FUZZY_MAX_EDITS_LONG = 2  # ... and for longer single-token names
FUZZY_LONG_CHARS = 9
FUZZY_SHORT_INSERTIONS = False  # a short name may not gain a letter (Georgina -> Georgia)
FUZZY_TOKEN_MAX_EDITS = 1  # in a multi-word name, one word may differ by one edit
FUZZY_PREFIX_CHARS = 2  # transliteration errors keep the first letters (Azou/Azov)
FUZZY_CANDIDATES = 5  # best candidates examined per query
EXACT_SCORE = 100.0
NORMALIZE_CACHE = 1 << 16  # names repeat across documents: normalize each once

# spaCy-type hints that are compatible with a KB type when matching fuzzily.
_NAMED_THING = frozenset({"ORG", "MILITARY_UNIT", "FACILITY", "GPE", "LOC"})
TYPE_COMPAT: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "NORP": frozenset(),
    "OTHER": frozenset(ENTITY_TYPES),
    **{t: _NAMED_THING for t in _NAMED_THING},
}

_SPELLING = {"defence": "defense", "programme": "program", "organisation": "organization"}


@functools.lru_cache(maxsize=NORMALIZE_CACHE)
def normalize(text: str) -> str:
    """The matching key of a name: the shared fold (:func:`~eventwire.nlp.names.fold_words`:
    ``Russia’s`` is ``russia``, ``U.S.`` is ``us``, ``al-Qaeda`` is ``al qaeda``) with
    British spellings read as American and a leading "the" dropped from long names."""
    words = [_SPELLING.get(w, w) for w in fold_words(text)]
    if len(words) > 2 and words[0] == "the":
        words = words[1:]  # "the Gaza Strip"; but "The Hill" and "The Hindu" keep theirs
    return " ".join(words)


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return 1 < len(letters) <= 6 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One actor, place or organization."""

    id: str
    name: str
    type: str
    kind: str
    country: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    description: str
    source: str
    weak_aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    nominal: tuple[str, ...] = ()
    nominal_bare: tuple[str, ...] = ()
    origin: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str = "") -> KBEntry:
        def strings(key: str) -> tuple[str, ...]:
            return tuple(str(v) for v in data.get(key) or ())

        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=str(data.get("type") or "OTHER"),
            kind=str(data.get("kind") or "other"),
            country=data.get("country") or None,
            affiliation=data.get("affiliation") or None,
            aliases=strings("aliases"),
            description=str(data.get("description") or ""),
            source=str(data.get("source") or ""),
            weak_aliases=strings("weak_aliases"),
            demonyms=strings("demonyms"),
            nominal=strings("nominal"),
            nominal_bare=strings("nominal_bare"),
            origin=origin,
        )

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "name": self.name, "type": self.type, "kind": self.kind,
            "country": self.country, "affiliation": self.affiliation,
            "aliases": list(self.aliases), "description": self.description,
            "source": self.source,
        }
        for key in ("weak_aliases", "demonyms", "nominal", "nominal_bare"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        return out


@dataclass(frozen=True, slots=True)
class Conflict:
    """An armed conflict and the KB ids of its parties."""

    id: str
    name: str
    parties: tuple[str, ...]
    since: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""


@dataclass(slots=True)
class LinkContext:
    """What a document has already said: lets weak aliases and fuzzy names link.

    ``countries`` are ISO codes of states (and their actors) named with confidence;
    ``anchored`` are KB ids already mentioned by a strong alias.
    """

    countries: set[str] = field(default_factory=set)
    anchored: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class _AliasRef:
    entry_id: str
    alias: str
    weak: bool
    acronym: bool
    mixed_case: bool = False  # one word with inner capitals: matched case-sensitively


class KnowledgeBase:
    """Entries, conflicts and the indexes that make lookups cheap (built once)."""

    def __init__(
        self,
        entries: Iterable[KBEntry],
        conflicts: Iterable[Conflict] = (),
        versions: dict[str, str] | None = None,
        load_problems: Sequence[str] = (),
    ) -> None:
        self.entries: dict[str, KBEntry] = {}
        self._duplicates: list[str] = []
        for entry in entries:
            if entry.id in self.entries and entry.origin == self.entries[entry.id].origin:
                self._duplicates.append(entry.id)
            self.entries[entry.id] = entry  # later files override earlier ones
        self.conflicts: list[Conflict] = list(conflicts)
        self.versions = dict(versions or {})
        self._load_problems = list(load_problems)
        self._build_indexes()

    # --- indexes ----------------------------------------------------------------------
    def _build_indexes(self) -> None:
        self.alias_index: dict[str, list[_AliasRef]] = defaultdict(list)
        self.demonym_index: dict[str, str] = {}
        self.state_of_country: dict[str, str] = {}
        fuzzy_keys: dict[str, None] = {}
        for entry in self.entries.values():
            weak = {normalize(a) for a in entry.weak_aliases}
            for alias in (*entry.all_names, *entry.weak_aliases):
                key = normalize(alias)
                if not key:
                    continue
                refs = self.alias_index[key]
                mixed = " " not in alias.strip() and any(c.isupper() for c in alias[1:]) and (
                    any(c.islower() for c in alias)
                )
                mine = [i for i, r in enumerate(refs) if r.entry_id == entry.id]
                if mine:
                    if refs[mine[0]].mixed_case and not mixed:  # "Wikileaks" beside "WikiLeaks"
                        refs[mine[0]] = _AliasRef(entry.id, alias, refs[mine[0]].weak,
                                                  _is_acronym(alias))
                    continue
                is_weak = key in weak and key != normalize(entry.name)
                refs.append(_AliasRef(entry.id, alias, is_weak, _is_acronym(alias), mixed))
                if not is_weak and not _is_acronym(alias) and len(key.replace(" ", "")) >= (
                    FUZZY_MIN_CHARS
                ):
                    fuzzy_keys[key] = None
            if entry.kind == "state" and entry.country:
                self.state_of_country.setdefault(entry.country, entry.id)
                for demonym in entry.demonyms:
                    self.demonym_index.setdefault(normalize(demonym), entry.country)
        # Fuzzy candidates are blocked by (word count, first letters): no full scan.
        self._fuzzy_blocks: dict[tuple[int, str], list[str]] = defaultdict(list)
        for key in fuzzy_keys:
            self._fuzzy_blocks[(len(key.split()), key[:FUZZY_PREFIX_CHARS])].append(key)
        self.nominal_index: dict[str, list[str]] = defaultdict(list)
        self.nominal_bare_index: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries.values():
            for phrases, index in ((entry.nominal, self.nominal_index),
                                   (entry.nominal_bare, self.nominal_bare_index)):
                for key in dict.fromkeys(normalize(p) for p in phrases):
                    index[key].append(entry.id)
        self._conflict_countries: list[set[str]] = []
        for conflict in self.conflicts:
            countries = {self.country_of(p) for p in conflict.parties}
            self._conflict_countries.append({c for c in countries if c})

    # --- access ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries.values())

    def get(self, entry_id: str | None) -> KBEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def country_of(self, entry_id: str | None) -> str | None:
        """The entry's country, or the first country up its affiliation chain."""
        for entry in self._chain(entry_id):
            if entry.country:
                return entry.country
        return None

    def ancestors(self, entry_id: str) -> list[KBEntry]:
        """The affiliation chain above an entry, nearest first (cycle-safe)."""
        return list(self._chain(entry_id))[1:]

    def _chain(self, entry_id: str | None) -> Iterable[KBEntry]:
        seen: set[str] = set()
        while entry_id and entry_id not in seen:
            seen.add(entry_id)
            entry = self.entries.get(entry_id)
            if entry is None:
                return
            yield entry
            entry_id = entry.affiliation

    def _loops(self, entry_id: str) -> bool:
        seen: set[str] = set()
        current: str | None = entry_id
        while current is not None and current in self.entries:
            if current in seen:
                return True
            seen.add(current)
            current = self.entries[current].affiliation
        return False

    def country_of_demonym(self, text: str) -> str | None:
        """``Ukrainian`` -> ``UA`` (also plural and ``pro-`` forms are not included)."""
        return self.demonym_index.get(normalize(text))

    def state_for(self, country: str | None) -> KBEntry | None:
        return self.get(self.state_of_country.get(country or ""))

    def state_acted_for(self, entry_id: str | None) -> str | None:
        """The id of the state an entry acts for when it is an arm of one, by its chain of
        affiliation (the Russian army, the Russian defence ministry, the Russian government,
        Russia): "the Russian army" and "Russia" are one side. A body outside the chain is
        not, though of the same country (a rival government, an opposition army, a congress)."""
        for entry in self._chain(entry_id):
            if entry.kind not in STATE_ARMS:
                return None
            if entry.kind == "state":
                return entry.id
        return None

    def conflicts_for(self, entry_id: str) -> list[Conflict]:
        """Conflicts the entry (or its country's state) is a party to."""
        ids = {e.id for e in self._chain(entry_id)}
        country = self.country_of(entry_id)
        if country and country in self.state_of_country:
            ids.add(self.state_of_country[country])
        return [c for c in self.conflicts if ids.intersection(c.parties)]

    def active_conflict_countries(self, countries: set[str]) -> set[str]:
        """Countries of ``countries`` that meet a conflict partner among ``countries``."""
        active: set[str] = set()
        for conflict_countries in self._conflict_countries:
            present = conflict_countries & countries
            if len(present) >= 2:
                active |= present
        return active

    # --- lookup ----------------------------------------------------------------------
    def exact(
        self, mention_text: str, type_hint: str | None = None,
        context: LinkContext | None = None,
    ) -> KBEntry | None:
        """The entry an alias names exactly (case rules for acronyms, weak aliases)."""
        refs = self.alias_index.get(normalize(mention_text))
        if not refs:
            return None
        letters = [c for c in mention_text if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        options = []
        for ref in refs:
            if ref.acronym and not upper:
                continue  # "us", "Who" and "Aa" are words, not acronyms
            if ref.mixed_case and mention_text.strip() != ref.alias:
                continue  # "LeT" is Lashkar-e-Taiba; "Let" is a word
            entry = self.entries[ref.entry_id]
            if ref.weak and not self._in_context(entry, context):
                continue
            options.append(entry)
        if not options:
            return None
        return max(options, key=lambda e: self._preference(e, type_hint, context))

    def _in_context(self, entry: KBEntry, context: LinkContext | None) -> bool:
        if context is None:
            return False
        if entry.id in context.anchored:
            return True
        country = self.country_of(entry.id)
        return country is not None and country in context.countries

    def _preference(
        self, entry: KBEntry, type_hint: str | None, context: LinkContext | None
    ) -> tuple[int, int]:
        typed = int(type_hint is not None and entry.type in TYPE_COMPAT.get(type_hint, ()))
        return (typed + int(self._in_context(entry, context)), 0)

    def fuzzy(
        self, mention_text: str, type_hint: str | None = None,
        context: LinkContext | None = None,
    ) -> tuple[KBEntry, float] | None:
        """A misspelled or mistransliterated name: strict rules, see ``FUZZY_*``."""
        query = normalize(mention_text)
        if len(query.replace(" ", "")) < FUZZY_MIN_CHARS or query in self.alias_index:
            return None
        if query in self.demonym_index or not mention_text[:1].isupper():
            return None
        words = query.split()
        choices = self._fuzzy_blocks.get((len(words), query[:FUZZY_PREFIX_CHARS]))
        if not choices:
            return None
        allowed = TYPE_COMPAT.get(type_hint) if type_hint else None
        found = process.extract(
            query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO,
            limit=FUZZY_CANDIDATES,
        )
        for key, score, _ in found:
            if not _close_enough(query, key):
                continue
            for ref in self.alias_index[key]:
                if ref.weak or ref.acronym:
                    continue
                entry = self.entries[ref.entry_id]
                if allowed is not None and entry.type not in allowed:
                    continue
                if context is not None and not self._in_context(entry, context):
                    continue
                return entry, float(score)
        return None

    def lookup(
        self, mention_text: str, type_hint: str | None = None,
        context: LinkContext | None = None,
    ) -> tuple[KBEntry, float] | None:
        """``(entry, score)`` for a mention, exact (score 100) or fuzzy; else None.

        ``type_hint`` is the mention's entity type (spaCy's, mapped); ``context`` lets
        weak aliases link and restricts fuzzy links to the document's countries.
        """
        entry = self.exact(mention_text, type_hint, context)
        if entry is not None:
            return entry, EXACT_SCORE
        return self.fuzzy(mention_text, type_hint, context)

    def search(self, text: str, limit: int = 10) -> list[tuple[KBEntry, float]]:
        """Entries whose id, name or an alias resembles ``text``, best first (for people)."""
        query = normalize(text)
        if not query:
            return []
        scores: dict[str, float] = {}
        if text.strip().lower() in self.entries:
            scores[text.strip().lower()] = EXACT_SCORE + 1
        for key, refs in self.alias_index.items():
            if key == query:
                score = EXACT_SCORE
            elif query in key.split() or key.startswith(query):
                score = 95.0
            elif len(query) >= 3 and query in key:
                score = 90.0
            else:
                continue
            for ref in refs:
                scores[ref.entry_id] = max(scores.get(ref.entry_id, 0.0), score)
        if len(scores) < limit:
            for key, score, _ in process.extract(
                query, list(self.alias_index), scorer=fuzz.WRatio, limit=limit * 3,
                score_cutoff=80,
            ):
                for ref in self.alias_index[key]:
                    scores.setdefault(ref.entry_id, float(score) * 0.9)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.entries[i], round(s, 1)) for i, s in ranked[:limit]]

    # --- validation --------------------------------------------------------------------
    def validate(self) -> list[str]:
        """Problems a curator should fix: bad fields, dangling ids, alias clashes."""
        problems = list(self._load_problems)
        problems += [f"{i}: duplicate id in one file" for i in self._duplicates]
        for entry in self.entries.values():
            where = f"{entry.id} ({entry.origin})" if entry.origin else entry.id
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", entry.id):
                problems.append(f"{where}: id should be lowercase letters, digits, '-'")
            if entry.type not in ENTITY_TYPES:
                problems.append(f"{where}: type {entry.type!r} is not one of {ENTITY_TYPES}")
            if entry.kind not in ENTRY_KINDS:
                problems.append(f"{where}: kind {entry.kind!r} is not one of {ENTRY_KINDS}")
            if entry.country is not None and not re.fullmatch(r"[A-Z]{2}", entry.country):
                problems.append(f"{where}: country {entry.country!r} is not ISO alpha-2")
            if entry.affiliation and entry.affiliation not in self.entries:
                problems.append(f"{where}: affiliation {entry.affiliation!r} is not an id")
            if entry.affiliation and self._loops(entry.id):
                problems.append(f"{where}: affiliation chain loops")
            if not entry.source:
                problems.append(f"{where}: no source (provenance)")
            if not entry.name.strip():
                problems.append(f"{where}: empty name")
        for key, refs in self.alias_index.items():
            strong = {r.entry_id for r in refs if not r.weak}
            if len(strong) > 1:
                problems.append(f"alias {key!r} names several entries: {sorted(strong)}")
        for conflict in self.conflicts:
            for party in conflict.parties:
                if party not in self.entries:
                    problems.append(f"conflict {conflict.id}: party {party!r} is not an id")
        return problems


def _close_enough(query: str, key: str) -> bool:
    """The structural checks a fuzzy candidate must pass besides its ratio."""
    if len(query) > len(key) and query.startswith(key):
        return False  # a derived word (Syriac, Americas), not a misspelling
    q_words, k_words = query.split(), key.split()
    if len(q_words) == 1:
        if len(query) >= FUZZY_LONG_CHARS:
            return Levenshtein.distance(query, key) <= FUZZY_MAX_EDITS_LONG
        # Short names: a changed letter (Azoustal) or a dropped last letter; an inserted
        # letter makes another word too often (Georgina -> Georgia).
        if len(query) == len(key) or FUZZY_SHORT_INSERTIONS:
            return Levenshtein.distance(query, key) <= FUZZY_MAX_EDITS_SHORT
        return len(query) + 1 == len(key) and key.startswith(query)
    differing = [(q, k) for q, k in zip(q_words, k_words, strict=True) if q != k]
    if len(differing) != 1:
        return False
    q, k = differing[0]
    if len(q) < 4 or q[:FUZZY_PREFIX_CHARS] != k[:FUZZY_PREFIX_CHARS]:
        return False
    if len(q) > len(k) and q.startswith(k):
        return False
    return Levenshtein.distance(q, k) <= FUZZY_TOKEN_MAX_EDITS


# --- loading -------------------------------------------------------------------------
def bundled_kb_dir() -> Path:
    """The folder of the KB files shipped with the package."""
    return Path(str(resources.files("eventwire").joinpath(*KB_PACKAGE_DIR)))


def _read_jsonl(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None, list[str]]:
    """Rows of a KB file, its header (a row without ``id``) and read problems."""
    rows: list[dict[str, Any]] = []
    header: dict[str, Any] | None = None
    problems: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{number}: not JSON: {exc.msg}")
                continue
            if not isinstance(row, dict):
                problems.append(f"{path}:{number}: not an object")
            elif "id" not in row:
                header = header or row
            else:
                rows.append(row)
    return rows, header, problems


def read_kb_files(paths: Sequence[Path]) -> KnowledgeBase:
    """A knowledge base from explicit files (entries and conflicts may share a file)."""
    entries: list[KBEntry] = []
    conflicts: list[Conflict] = []
    versions: dict[str, str] = {}
    problems: list[str] = []
    for path in paths:
        path = Path(path)
        rows, header, read_problems = _read_jsonl(path)
        problems += read_problems
        if header and "version" in header:
            versions[path.name] = str(header["version"])
        for row in rows:
            if "parties" in row:
                conflicts.append(Conflict(
                    id=str(row["id"]), name=str(row.get("name") or row["id"]),
                    parties=tuple(row.get("parties") or ()), since=row.get("since"),
                    aliases=tuple(row.get("aliases") or ()), source=str(row.get("source") or ""),
                ))
                continue
            missing = [f for f in REQUIRED_FIELDS if f not in row]
            if missing:
                problems.append(f"{path}: entry {row.get('id')!r} lacks {missing}")
                if "name" not in row:
                    continue
            entries.append(KBEntry.from_dict(row, origin=path.name))
    return KnowledgeBase(entries, conflicts, versions, problems)


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> KnowledgeBase:
    base = bundled_kb_dir()
    paths = [base / ACTORS_FILE, base / CONFLICTS_FILE, *(Path(p) for p in extra)]
    return read_kb_files(paths)


def load_kb(extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The bundled KB plus the user's files, built once per set of paths."""
    return _load_cached(tuple(str(Path(p).resolve()) for p in extra_paths))
