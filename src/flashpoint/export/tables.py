"""JSON Lines in the output contract (whole articles, with their text, so that an export re-ingests), and the
flat event table as CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO

from ..store import EventQuery, Store
from ..store.schema import events
from . import exporter

# the flat table: every events column (JSON ones as JSON text), then the place and the article it came from
FLAT_COLUMNS = [c.name for c in events.columns] + [
    "location_admin1", "location_lat", "location_lon", "location_geonameid", "location_feature",
    "article_url", "article_title", "article_source", "article_published"]
RENAMED = {"loc_admin1": "location_admin1", "loc_lat": "location_lat", "loc_lon": "location_lon",
           "loc_geonameid": "location_geonameid", "loc_feature": "location_feature"}


def flat_rows(store: Store, query: EventQuery) -> Iterator[dict]:
    for row in store.iter_event_rows(query):
        out = {RENAMED.get(k, k): v for k, v in row.items() if k != "article_ingested_at"}
        out["quantities"] = json.dumps(out["quantities"] or [], ensure_ascii=False)
        yield out


@exporter("jsonl", ".jsonl", "articles in the output contract, one per line, with their text (re-ingestable)")
def write_jsonl(store: Store, query: EventQuery, out: IO) -> int:
    n = 0
    has_filter = query != EventQuery()
    for stored in store.iter_articles(query if has_filter else None):
        record = stored.article.model_copy(update={"text": stored.text}).to_contract()
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


@exporter("csv", ".csv", "one row per event, every field a column")
def write_csv(store: Store, query: EventQuery, out: IO) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in flat_rows(store, query):
        writer.writerow(row)
        n += 1
    return n


@exporter("parquet", ".parquet", "the CSV table as Parquet (typed columns), for pandas, polars, DuckDB", binary=True)
def write_parquet(store: Store, query: EventQuery, out: IO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, _arrow_type(name)) for name in FLAT_COLUMNS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        chunk: list[dict] = []
        for row in flat_rows(store, query):
            chunk.append(row)
            if len(chunk) == 10_000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def _arrow_type(name: str):
    import pyarrow as pa

    if name in events.c:
        python_type = events.c[name].type.python_type if name != "quantities" else str
    else:
        python_type = {"location_lat": float, "location_lon": float, "location_geonameid": int}.get(name, str)
    return {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(python_type, pa.string())
