"""The knowledge base: bundled data, lookups, fuzzy rules, user files, validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.entities.kb import (
    LinkContext,
    bundled_kb_dir,
    load_kb,
    normalize,
    read_kb_files,
)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_bundled_kb_is_versioned_valid_and_cached(kb):
    assert kb.validate() == []
    assert set(kb.versions) == {"actors.jsonl", "conflicts.jsonl"}
    assert load_kb() is kb
    header = json.loads((bundled_kb_dir() / "actors.jsonl").open().readline())
    assert header["version"] == kb.versions["actors.jsonl"]


def test_every_entry_has_provenance_and_schema_fields(kb):
    for entry in kb:
        row = entry.to_dict()
        assert {"id", "name", "type", "kind", "country", "affiliation", "aliases",
                "description", "source"} <= row.keys()
        assert entry.source


def test_conflict_parties_cover_the_dev_set_wars(kb):
    ids = {c.id for c in kb.conflicts}
    assert {"russia-ukraine", "syria", "afghanistan", "israel-palestine", "india-pakistan",
            "nigeria-insurgency", "somalia", "yemen", "myanmar", "colombia"} <= ids
    war = next(c for c in kb.conflicts if c.id == "russia-ukraine")
    assert {"ru", "ua"} <= set(war.parties) and war.since == "2014"


def test_normalize_folds_spelling_case_apostrophes_and_possessives():
    assert normalize("Russia’s Defence Ministry") == normalize("russia's defense ministry")
    assert normalize("U.S.") == "us"
    assert normalize("al-Qaeda") == "al qaeda"
    assert normalize("The Associated Press") == "associated press"
    assert normalize("The Hill") == "the hill"  # not every Hill


@pytest.mark.parametrize(
    ("mention", "hint", "kb_id"),
    [
        ("Azou Regiment", "ORG", "azov"),
        ("Konashenko", "PERSON", "konashenkov"),
        ("Azoustal", "ORG", "azovstal"),
        ("Azoustal", "GPE", "azovstal"),
        ("Kiev", "GPE", "kyiv"),
        ("Kharkov", None, "kharkiv"),
        ("Zelenskyy", "PERSON", "zelensky"),
        ("Daesh", "ORG", "isis"),
        ("Russian Defense Ministry", "ORG", "ru-mod"),
        ("U.S.", "GPE", "us"),
        ("Hizballah", "ORG", "hezbollah"),
    ],
)
def test_lookup_finds_variants(kb, mention, hint, kb_id):
    found = kb.lookup(mention, hint)
    assert found is not None and found[0].id == kb_id


def test_azovstal_is_a_facility(kb):
    entry, score = kb.lookup("Azoustal")
    assert entry.type == "FACILITY" and entry.name == "Azovstal Iron and Steel Works"
    assert 80 < score < 100  # fuzzy, not exact


ORDINARY = [
    "Monday", "Regiment", "Ministry", "Army", "Senator", "President", "Americas",
    "Syriac", "Prussia", "Austrian", "Brittany", "Indiana", "Reuter's Law", "Police",
    "Parliament", "Embassy", "Colorado", "Metal", "Wall", "Art", "Amazon", "Apple",
    "Crime", "Crimes", "Commander", "Government", "Defender", "Garrison", "Factory",
    "Kazan", "Konstantin", "Washing", "Jordana", "Georgina", "Chadwick", "Nigel",
    "Nigerians", "Ukrainians", "Russians", "Megyn Kelly", "Jill Biden", "Ivanka Trump",
    "Osama", "Obama Care", "Turkey Creek", "Iranian", "Pakistani", "Israelite",
    "Azure", "Azores", "Konami", "Somalis", "Hamburg", "Afghans", "Syrians", "Let", "Hill",
    "Hindu", "Independent", "Irrawaddy",
]


@pytest.mark.parametrize("word", ORDINARY)
def test_ordinary_words_and_names_never_match(kb, word):
    assert kb.lookup(word) is None, kb.lookup(word)


def test_lowercase_words_are_not_acronyms_or_countries(kb):
    assert kb.lookup("us") is None and kb.lookup("who") is None
    assert kb.lookup("US") is not None and kb.lookup("WHO")[0].id == "who"


def test_weak_aliases_need_context(kb):
    assert kb.lookup("Congress") is None
    found = kb.lookup("Congress", context=LinkContext(countries={"US"}))
    assert found is not None and found[0].id == "us-congress"
    assert kb.lookup("Clinton", context=LinkContext(anchored={"hillary-clinton"}))[0].id == (
        "hillary-clinton"
    )


def test_fuzzy_links_only_inside_the_documents_countries(kb):
    assert kb.lookup("Konashenko", "PERSON", LinkContext(countries={"US"})) is None
    assert kb.lookup("Konashenko", "PERSON", LinkContext(countries={"RU"}))[0].id == (
        "konashenkov"
    )


def test_fuzzy_respects_the_type_hint(kb):
    assert kb.lookup("Konashenko", "GPE") is None


def test_ancestors_stop_at_a_loop(tmp_path):
    loop = write_jsonl(tmp_path / "loop.jsonl", [
        {"id": "x1", "name": "Xylo One", "type": "ORG", "kind": "other", "affiliation": "x2",
         "aliases": [], "source": "t"},
        {"id": "x2", "name": "Xylo Two", "type": "ORG", "kind": "other", "affiliation": "x1",
         "aliases": [], "source": "t"},
    ])
    assert [e.id for e in read_kb_files([loop]).ancestors("x1")] == ["x2"]


def test_ancestors_and_conflicts(kb):
    chain = [e.id for e in kb.ancestors("konashenkov")]
    assert chain == ["ru-mod", "ru-gov", "ru"]
    assert "russia-ukraine" in {c.id for c in kb.conflicts_for("azov")}
    assert kb.country_of_demonym("Ukrainian") == "UA"


def test_search_ranks_aliases_and_misspellings(kb):
    assert kb.search("Azov")[0][0].id == "azov"
    assert "konashenkov" in {e.id for e, _ in kb.search("Konashenko")}
    assert kb.search("ru-mod")[0][0].id == "ru-mod"


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_user_file_adds_and_overrides_entries(tmp_path):
    user = write_jsonl(tmp_path / "mine.jsonl", [
        {"version": "0.1"},
        {"id": "gdf", "name": "Grand Duchy Fusiliers", "type": "MILITARY_UNIT",
         "kind": "military", "country": "LU", "affiliation": "lu", "aliases": ["GDF"],
         "description": "test unit", "source": "test"},
        {"id": "bbc", "name": "British Broadcasting Corporation", "type": "ORG",
         "kind": "media", "country": "GB", "affiliation": None, "aliases": ["BBC"],
         "description": "renamed", "source": "test"},
    ])
    kb = load_kb([user])
    assert kb.lookup("Grand Duchy Fusiliers")[0].id == "gdf"
    assert kb.lookup("GDF")[0].country == "LU"
    assert kb.get("bbc").name == "British Broadcasting Corporation"
    assert kb.versions["mine.jsonl"] == "0.1"
    assert kb.validate() == []
    assert load_kb().get("gdf") is None  # the bundled KB is untouched


def test_validate_reports_each_kind_of_problem(tmp_path):
    bad = write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "Bad Id", "name": "X", "type": "THING", "kind": "planet", "country": "ukr",
         "affiliation": "nowhere", "aliases": [], "description": "", "source": ""},
        {"id": "a1", "name": "Alpha Front", "type": "ORG", "kind": "armed_group",
         "country": None, "affiliation": None, "aliases": ["Beta"], "description": "",
         "source": "t"},
        {"id": "b1", "name": "Beta", "type": "ORG", "kind": "armed_group", "country": None,
         "affiliation": None, "aliases": [], "description": "", "source": "t"},
        {"id": "war", "name": "War", "parties": ["a1", "ghost"], "since": "2020"},
        {"id": "c1", "name": "Circle One", "type": "ORG", "kind": "other", "affiliation": "c2",
         "aliases": [], "source": "t"},
        {"id": "c2", "name": "Circle Two", "type": "ORG", "kind": "other", "affiliation": "c1",
         "aliases": [], "source": "t"},
    ])
    (tmp_path / "broken.jsonl").write_text('{"id": \n', encoding="utf-8")
    problems = "\n".join(read_kb_files([bad, tmp_path / "broken.jsonl"]).validate())
    for needle in ("id should be", "type 'THING'", "kind 'planet'", "'ukr' is not ISO",
                   "affiliation 'nowhere'", "no source", "alias 'beta' names several",
                   "party 'ghost'", "not JSON", "c1 (bad.jsonl): affiliation chain loops"):
        assert needle in problems, needle


def test_an_arm_of_a_state_acts_for_that_state_and_a_person_does_not(kb):
    assert kb.state_acted_for("ru-mil") == "ru"  # the army, by its country
    assert kb.state_acted_for("ru") == "ru"  # the state itself
    assert kb.state_acted_for("gerasimov") is None  # a general is a person, not the state
    assert kb.state_acted_for("no-such-entry") is None
