"""The offline gazetteer: built once into the cache folder, opened fast, ambiguity settled by context."""

import sqlite3
import time

import pytest

from flashpoint.extract.gazetteer import Gazetteer, index_path


@pytest.fixture(scope="module")
def gazetteer(pipeline):
    return pipeline.gazetteer


def test_gazetteer_is_built_once_then_opens_fast(pipeline, tmp_path, monkeypatch):
    monkeypatch.setenv("FLASHPOINT_CACHE_DIR", str(tmp_path))
    Gazetteer(pipeline.knowledge)  # builds the index (seconds)
    built = index_path()
    assert built.parent == tmp_path and built.exists()
    assert not list(tmp_path.glob("*.tmp"))  # written through a temporary file
    with sqlite3.connect(built) as con:
        assert con.execute("SELECT count(*) FROM places").fetchone()[0] > 200_000
    modified = built.stat().st_mtime_ns
    start = time.perf_counter()
    reopened = Gazetteer(pipeline.knowledge)
    assert time.perf_counter() - start < 1.0
    assert built.stat().st_mtime_ns == modified  # not rebuilt
    assert reopened.lookup("Baghdad").country == "IRQ"


@pytest.mark.parametrize(("name", "countries", "admin1", "expected"), [
    ("Baghdad", set(), None, ("Baghdad", "IRQ")),
    # a town of under a thousand people (cities500)
    ("Cameron", {"USA"}, "WV", ("Cameron", "USA")),
    # the dateline's state settles a common town name
    ("Springfield", {"USA"}, "IL", ("Springfield", "USA")),
    # the country the article talks about, when the other place is not a thousand times bigger
    ("Paris", {"USA"}, None, ("Paris", "USA")),
    ("Paris", set(), None, ("Paris", "FRA")),
    # ... but London, Ohio does not outweigh London
    ("London", {"USA"}, None, ("London", "GBR")),
    # a country's name is the country unless a US state is in context
    ("Georgia", set(), None, ("Georgia", "GEO")),
    ("Georgia", {"USA"}, "GA", ("Georgia", "USA")),
    # named regions
    ("the Gaza Strip", set(), None, ("Gaza Strip", "PSE")),
    ("West Bank", set(), None, ("West Bank", "PSE")),
    ("South Waziristan", set(), None, ("South Waziristan", "PAK")),
    ("Kurdistan", set(), None, ("Kurdistan", "IRQ")),
    ("the Middle East", set(), None, ("Middle East", None)),
    ("the Sahel", set(), None, ("Sahel", None)),
    # parts of a city, not other places: 'North Korea' stays a country
    ("Southwest Philadelphia", {"USA"}, None, ("Philadelphia", "USA")),
    ("North Korea", set(), None, ("North Korea", "PRK")),
    # accents folded
    ("Kirkūk", set(), None, ("Kirkuk", "IRQ")),
    # a town's own name over a bigger town's alternate name ('Maysville' is not Kaysville, Utah), but an
    # alternate name of a far bigger city still wins ('Bombay')
    ("Maysville", {"USA"}, None, ("Maysville", "USA")),
    ("Bombay", set(), None, ("Mumbai", "IND")),
])
def test_gazetteer_ambiguity(gazetteer, name, countries, admin1, expected):
    place = gazetteer.lookup(name, countries, admin1)
    assert place is not None and (place.name, place.country) == expected
    if admin1:
        assert place.admin1 == admin1


def test_gazetteer_prefers_places_near_the_articles_anchors(gazetteer):
    assert gazetteer.lookup("Springfield", {"USA"}).admin1 == "MO"  # the most populous
    # near Decatur, Illinois (an anchor of the article), Springfield is the Illinois capital
    assert gazetteer.lookup("Springfield", {"USA"}, None, frozenset(), ((39.84, -88.95),)).admin1 == "IL"


def test_gazetteer_unknown_name(gazetteer):
    assert gazetteer.lookup("Pinebrook Hollow") is None


def test_gazetteer_read_only_cache_folder_falls_back_to_temp(pipeline, tmp_path, monkeypatch):
    import tempfile

    from flashpoint.extract import gazetteer as module

    real_build = module.build_index
    locked = tmp_path / "locked"

    def build(path):
        if path.is_relative_to(locked):  # as a read-only home would (root may write anywhere)
            raise PermissionError(13, "Permission denied", str(path))
        return real_build(path)

    monkeypatch.setattr(module, "build_index", build)
    monkeypatch.setenv("FLASHPOINT_CACHE_DIR", str(locked))
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    gaz = Gazetteer(pipeline.knowledge)
    assert gaz.path.is_relative_to(tmp_path / "tmp") and gaz.path.exists()
    assert gaz.lookup("Baghdad").country == "IRQ"
