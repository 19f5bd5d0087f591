"""A GDELT 2.0 event table (the 61 tab-separated columns of the GDELT 2.0 Event codebook, in its order).

Filled: ids, dates, both actors' code/name/country/type, the CAMEO codes, QuadClass, Goldstein, IsRootEvent,
the action's geography (type, full name, FIPS country and ADM1, lat/lon, feature id = GeoNames id),
DATEADDED and SOURCEURL. Left empty, because Flashpoint does not produce them: the ethnic and religion codes,
Type2/Type3, AvgTone, ADM2 codes, and the per-actor geography (Flashpoint places events, not actors).
NumMentions/NumSources/NumArticles are 1: each row is one article's report of the event.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import IO

from ..store import EventQuery, Store
from . import exporter
from .geo import country

GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
COLUMNS = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
           + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
           + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
           + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
           + [f"ActionGeo_{f}" for f in GEO_FIELDS] + ["DATEADDED", "SOURCEURL"])


def gdelt_row(r: dict) -> dict[str, object]:
    date = r["date"] or r["article_published"]
    row: dict[str, object] = dict.fromkeys(COLUMNS, "")
    row["GLOBALEVENTID"] = r["pk"]
    if date:
        day = dt.date.fromisoformat(date)
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}")
    for n, role in ((1, "source"), (2, "target")):
        if r[f"{role}_text"] is None:
            continue
        code = r[f"{role}_code"] or ""
        row[f"Actor{n}Code"] = code
        row[f"Actor{n}Name"] = (r[f"{role}_name"] or r[f"{role}_text"]).upper()
        row[f"Actor{n}CountryCode"] = r[f"{role}_country"] if r[f"{role}_country"] not in (None, "IGO") else ""
        row[f"Actor{n}KnownGroupCode"] = code[3:6] if code.startswith(("IGO", "NGO")) else ""
        row[f"Actor{n}Type1Code"] = r[f"{role}_agent"] or ""
    row.update(IsRootEvent=1 if r["sentence_index"] == 0 else 0, EventCode=r["code"], EventBaseCode=r["code"][:3],
               EventRootCode=r["root"], QuadClass=r["quad_class"], GoldsteinScale=r["goldstein"],
               NumMentions=1, NumSources=1, NumArticles=1)
    if r["location_name"] is not None:
        row.update({f"ActionGeo_{k}": v for k, v in action_geo(r).items()})
    added = r["article_ingested_at"] or ""
    row["DATEADDED"] = "".join(ch for ch in added[:19] if ch.isdigit())
    row["SOURCEURL"] = r["article_url"] or r["article_source"] or ""
    return row


def action_geo(r: dict) -> dict[str, object]:
    facts = country(r["location_country"])
    feature, admin1 = r["loc_feature"], r["loc_admin1"]
    in_us = r["location_country"] == "USA"
    # GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
    geo_type = {"country": 1, "region": 2 if in_us else 5}.get(feature or "", 3 if in_us else 4)
    full = r["location_name"] if geo_type == 1 or facts is None else f"{r['location_name']}, {facts.name}"
    fips = facts.fips if facts else ""
    return {"Type": geo_type, "FullName": full, "CountryCode": fips,
            "ADM1Code": f"{fips}{admin1}" if fips and admin1 and geo_type != 1 else "",
            "Lat": "" if r["loc_lat"] is None else r["loc_lat"], "Long": "" if r["loc_lon"] is None else r["loc_lon"],
            "FeatureID": r["loc_geonameid"] or ""}


@exporter("gdelt", ".tsv", "GDELT 2.0 event table (61 tab-separated columns, no header, as GDELT ships it)")
def write_gdelt(store: Store, query: EventQuery, out: IO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_NONE, escapechar="\\")
    n = 0
    for r in store.iter_event_rows(query):
        writer.writerow(gdelt_row(r))
        n += 1
    return n
