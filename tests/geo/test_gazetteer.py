"""The compiled gazetteer: names, variants, provenance, and what it must not invent."""

from __future__ import annotations

from eventwire.geo.gazetteer import source_version
from eventwire.geo.names import normalize, useful_alternate
from eventwire.geo.resolve import choose
from eventwire.geo.sources import trimmed_centre

from .helpers import km


def best(gazetteer, name):
    cand, _ = choose(gazetteer.lookup(name))
    return cand


def test_normalize_folds_case_dots_diacritics():
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("Khar’kiv") == normalize("KHARKIV") == "kharkiv"
    assert normalize("the Crimea") == "crimea"
    assert normalize("Zaporizhzhia-Oblast") == "zaporizhzhia oblast"


def test_codes_and_machine_romanizations_are_not_names():
    assert not useful_alternate("IEV")  # an airport code
    assert not useful_alternate("hua sheng dun")  # an automatic transliteration
    assert not useful_alternate("Киев")  # another script
    assert useful_alternate("Kiev")


def test_transliteration_variants_meet(gazetteer):
    kyiv, kiev = best(gazetteer, "Kyiv"), best(gazetteer, "Kiev")
    assert kyiv.id == kiev.id and kyiv.feature == "city" and kyiv.country == "UA"
    kharkiv, kharkov = best(gazetteer, "Kharkiv"), best(gazetteer, "Kharkov")
    assert kharkiv.id == kharkov.id
    assert km(kharkov.lat, kharkov.lon, 49.99, 36.23) < 25


def test_admin1_names_from_every_source_meet(gazetteer):
    iso_name = best(gazetteer, "Donetska oblast")  # pycountry's ISO 3166-2 name
    english = best(gazetteer, "Donetsk Oblast")
    assert iso_name.id == english.id
    assert english.feature == "admin1" and english.country == "UA"
    assert km(english.lat, english.lon, 48.0, 37.8) < 100


def test_curated_places_have_their_points(gazetteer):
    azovstal = best(gazetteer, "Azovstal")
    assert azovstal.feature == "facility"
    assert km(azovstal.lat, azovstal.lon, 47.10, 37.61) < 5
    crimea = best(gazetteer, "Crimea")
    assert crimea.feature == "region" and crimea.country == "UA"


def test_unknown_name_has_no_candidates(gazetteer):
    assert gazetteer.lookup("Qwertzovograd") == ()
    assert gazetteer.lookup("") == ()


def test_demonym_points_at_its_country(gazetteer):
    russian = best(gazetteer, "Russian")
    assert russian.feature == "country" and russian.country == "RU"


def test_every_entry_records_its_source(gazetteer):
    missing = gazetteer.conn.execute(
        "SELECT count(*) FROM entries WHERE source IS NULL OR source = ''").fetchone()[0]
    assert missing == 0
    sources = {row[0].split(" ")[0].split(";")[0] for row in gazetteer.conn.execute(
        "SELECT DISTINCT substr(source, 1, 20) FROM entries")}
    assert {"geonames:cities500", "geonames:countries", "derived:admin1",
            "curated:places.tsv"} <= sources


def test_version_is_stable():
    assert source_version() == source_version()
    assert len(source_version()) == 12


def test_trimmed_centre_ignores_outliers_and_antimeridian():
    points = [(10.0, 20.0 + i / 10) for i in range(50)] + [(80.0, 170.0)]
    lat, lon = trimmed_centre(points)
    assert abs(lat - 10.0) < 1 and abs(lon - 22.45) < 1
    lat, lon = trimmed_centre([(52.0, 179.0), (52.0, -179.0)])
    assert abs(abs(lon) - 180.0) < 0.01


def test_cache_path_follows_environment(monkeypatch, tmp_path):
    from eventwire.geo.gazetteer import default_path

    monkeypatch.delenv("EVENTWIRE_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = default_path()
    assert path.parent == tmp_path / "eventwire"
    assert path.name == f"gazetteer-{source_version()}.sqlite"
    monkeypatch.setenv("EVENTWIRE_GAZETTEER", str(tmp_path / "mine.sqlite"))
    assert default_path() == tmp_path / "mine.sqlite"


def test_a_fork_gets_its_own_connection(gazetteer, monkeypatch):
    import eventwire.geo.gazetteer as gz

    same = gz.shared_gazetteer(gazetteer.path)
    assert same is gz.shared_gazetteer(gazetteer.path)
    monkeypatch.setattr(gz.os, "getpid", lambda: -1)
    other = gz.shared_gazetteer(gazetteer.path)
    assert other is not same and other.lookup("Mariupol")


def test_context_free_choice_and_hints(gazetteer):
    georgia = gazetteer.lookup("Georgia")
    country, _ = choose(georgia)
    assert country.feature == "country" and country.country == "GE"
    state, _ = choose(georgia, kb_country="US")  # a knowledge-base link to an American actor
    assert state.country == "US" and state.feature == "admin1"
    texas = tuple(c for c in gazetteer.lookup("Texas") if c.feature == "admin1")
    paris, _ = choose(gazetteer.lookup("Paris"), qualifier=texas)
    assert paris.country == "US" and paris.admin1 == "Texas"


def test_exonym_of_a_big_city_beats_a_small_namesake(gazetteer):
    geneva = best(gazetteer, "Geneva")
    assert geneva.country == "CH"


def test_stale_versions_are_removed_from_the_cache(tmp_path):
    from eventwire.geo.gazetteer import _remove_stale

    current, old = tmp_path / "gazetteer-new.sqlite", tmp_path / "gazetteer-old.sqlite"
    mine = tmp_path / "mine.sqlite"
    for path in (current, old, mine):
        path.write_bytes(b"")
    _remove_stale(current)
    assert current.exists() and mine.exists() and not old.exists()


def test_a_division_is_reached_by_the_names_news_gives_it(gazetteer):
    # a word-like name is reached with its division word only ("Plateau State", not "plateau")
    plateau = best(gazetteer, "Plateau State")
    assert plateau.feature == "admin1" and plateau.country in ("NG", "BJ")
    assert gazetteer.lookup("plateau") == ()
    # "Province of Maguindanao" (the source's form) is written bare or with the word after it
    for name in ("Maguindanao", "Maguindanao province"):
        province = best(gazetteer, name)
        assert province.feature == "admin2" and province.country == "PH"
    # "Muhafazat Hadramawt": the name without its division word
    hadramawt = best(gazetteer, "Hadramawt")
    assert hadramawt.feature == "admin1" and hadramawt.country == "YE"


def test_regions_and_waters_of_the_news_are_curated(gazetteer):
    mindanao = best(gazetteer, "Mindanao")
    assert mindanao.feature == "region" and mindanao.country == "PH"
    puntland = best(gazetteer, "Puntland")
    assert puntland.country == "SO" and km(puntland.lat, puntland.lon, 8.4, 48.5) < 300
    assert best(gazetteer, "Java Sea").feature == "water"
    bajaur = best(gazetteer, "Bajaur")
    assert bajaur.country == "PK" and km(bajaur.lat, bajaur.lon, 34.73, 71.52) < 50


def test_bare_congo_is_the_democratic_republic(gazetteer):
    """Wire services write "Congo" for the Democratic Republic; its neighbour is named in full."""
    assert best(gazetteer, "Congo").country == "CD"
    for name in ("Republic of Congo", "Congo Republic", "Congo-Brazzaville"):
        assert best(gazetteer, name).country == "CG"
    assert best(gazetteer, "Democratic Republic of Congo").country == "CD"
