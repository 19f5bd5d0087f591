"""An ACLED-shaped CSV: ACLED's column names and codings, for the events that have an ACLED type.

ACLED records political violence, demonstrations and strategic developments; Flashpoint events outside those
(statements, consultations, aid ...) have no ACLED type and are not exported here. Filled: event_id_cnty,
event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1/actor2 (ACLED-style names
for unnamed actors), inter1/inter2/interaction, civilian_targeting, iso, region (the continent: ACLED's own
regions are not in the offline data), country, admin1 (the GeoNames code), location, latitude, longitude,
geo_precision, source, notes (the sentence), fatalities, timestamp. Empty: assoc_actor_1/2, admin2, admin3,
source_scale, tags.
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import cache
from typing import IO

from ..knowledge import HERE, read_table
from ..store import EventQuery, Store
from . import exporter
from .geo import country

COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
           "tags", "timestamp"]
DISORDER = {"Protests": "Demonstrations", "Riots": "Political violence; Demonstrations",
            "Strategic developments": "Strategic developments"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"city": 1, "region": 2, "country": 3}
STATE_FORCES, EXTERNAL, RIOTERS, PROTESTERS = 1, 8, 5, 6


@cache
def actor_categories() -> dict[str, tuple[int, str]]:
    return {row["agent"]: (int(row["inter"]), row["name"])
            for _, row in read_table(HERE / "acled_actors.tsv", ("agent", "inter", "name", "reason"))}


def acled_actor(r: dict, role: str, event_country: str | None) -> tuple[str, int | None]:
    """ACLED's actor name and inter code for the event's source or target."""
    if r[f"{role}_text"] is None:
        return "", None
    agent, actor_country = r[f"{role}_agent"], r[f"{role}_country"]
    inter, template = actor_categories().get(agent or "", (None, ""))
    if role == "source" and r["acled_event_type"] in ("Protests", "Riots") and inter in (6, 7, None):
        inter = PROTESTERS if r["acled_event_type"] == "Protests" else RIOTERS
        template = "Protesters ({country})" if inter == PROTESTERS else "Rioters ({country})"
    if inter == STATE_FORCES and actor_country and event_country and actor_country != event_country:
        inter = EXTERNAL  # a state's forces acting abroad
    facts = country(actor_country)
    named = r[f"{role}_name"]
    if named and r[f"{role}_kind"] not in ("state", "unknown"):
        return named, inter
    if template and facts:
        return template.format(country=facts.name), inter
    return named or r[f"{role}_text"], inter


def acled_row(r: dict) -> dict[str, object]:
    loc_country = r["location_country"]
    facts = country(loc_country)
    date = r["date"] or r["article_published"]
    actor1, inter1 = acled_actor(r, "source", loc_country)
    actor2, inter2 = acled_actor(r, "target", loc_country)
    pair = sorted(x for x in (inter1, inter2) if x is not None)
    interaction = "" if not pair else (pair[0] * 10 + (pair[1] if len(pair) > 1 else 0))
    civilian = r["acled_event_type"] == "Violence against civilians" or (
        r["acled_event_type"] in ("Battles", "Explosions/Remote violence") and inter2 == 7)
    added = r["article_ingested_at"]
    return {
        "event_id_cnty": f"{loc_country or 'XXX'}{r['pk']}",
        "event_date": date or "", "year": date[:4] if date else "",
        "time_precision": TIME_PRECISION.get(r["date_precision"] or "", 3 if date else ""),
        "disorder_type": DISORDER.get(r["acled_event_type"], "Political violence"),
        "event_type": r["acled_event_type"], "sub_event_type": r["acled_sub_event_type"],
        "actor1": actor1, "assoc_actor_1": "", "inter1": inter1 or "",
        "actor2": actor2, "assoc_actor_2": "", "inter2": inter2 or "", "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": (facts.numeric or "") if facts else "", "region": facts.continent if facts else "",
        "country": facts.name if facts else "", "admin1": r["loc_admin1"] or "", "admin2": "", "admin3": "",
        "location": r["location_name"] or "",
        "latitude": "" if r["loc_lat"] is None else r["loc_lat"],
        "longitude": "" if r["loc_lon"] is None else r["loc_lon"],
        "geo_precision": GEO_PRECISION.get(r["loc_feature"] or "", "") if r["location_name"] else "",
        "source": r["article_source"] or r["article_url"] or "", "source_scale": "",
        "notes": " ".join(r["sentence"].split()), "fatalities": r["fatalities"] or 0, "tags": "",
        "timestamp": int(dt.datetime.fromisoformat(added).timestamp()) if added else "",
    }


@exporter("acled", ".csv", "ACLED-shaped CSV (ACLED's columns and codings) of the events that have an ACLED type")
def write_acled(store: Store, query: EventQuery, out: IO) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for r in store.iter_event_rows(query):
        if not r["acled_event_type"]:
            continue
        writer.writerow(acled_row(r))
        n += 1
    return n
