"""Exports: GDELT 2.0 and ACLED shapes, flat CSV and Parquet, and JSON Lines that re-ingest losslessly."""

from __future__ import annotations

import csv
import io

import pytest

from flashpoint.export import EXPORTERS
from flashpoint.export.acled import COLUMNS as ACLED_COLUMNS
from flashpoint.export.gdelt import COLUMNS as GDELT_COLUMNS
from flashpoint.ingest.readers import read_records
from flashpoint.ingest.run import ingest
from flashpoint.store import EventQuery, Store


def export(store: Store, name: str, query: EventQuery | None = None) -> str:
    out = io.StringIO()
    EXPORTERS[name].write(store, query or EventQuery(), out)
    return out.getvalue()


def test_export_gdelt_has_the_61_columns_in_order(filled):
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    assert GDELT_COLUMNS[25:28] == ["IsRootEvent", "EventCode", "EventBaseCode"]
    rows = [line.split("\t") for line in export(filled, "gdelt").splitlines()]
    events = {e.id: e for e in filled.events(EventQuery(), limit=None)}
    assert len(rows) == len(events) and all(len(r) == 61 for r in rows)
    by_id = {int(r[0]): dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows}
    for raw in filled.iter_event_rows():
        row, event = by_id[raw["pk"]], events[raw["id"]]
        assert row["EventCode"] == event.code and row["EventRootCode"] == event.root
        assert row["EventBaseCode"] == event.code[:3] and row["QuadClass"] == str(event.quad_class)
        assert row["SQLDATE"] == (event.date or raw["article_published"]).replace("-", "")
        assert row["Actor1Code"] == (event.source.code or "" if event.source else "")
        if event.location and event.location.country == "KEN":
            # GDELT geography is FIPS 10-4: Kenya is KE; a world city is type 4
            assert row["ActionGeo_CountryCode"] == "KE"
            assert row["ActionGeo_Type"] == ("1" if event.location.feature == "country" else "4")
            assert float(row["ActionGeo_Lat"]) == event.location.lat


def test_export_acled_keeps_only_acled_typed_events_with_acled_codings(filled):
    rows = list(csv.DictReader(io.StringIO(export(filled, "acled"))))
    typed = [e for e in filled.events(EventQuery(), limit=None) if e.acled]
    assert rows and len(rows) == len(typed)
    assert list(rows[0]) == ACLED_COLUMNS
    for row in rows:
        assert row["event_type"] in {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                     "Protests", "Riots", "Strategic developments"}
        assert row["time_precision"] in {"1", "2", "3"}
        assert row["fatalities"].isdigit()
        if row["inter1"] and row["inter2"]:
            assert row["interaction"] == "".join(sorted(row["inter1"] + row["inter2"]))
    kenya = [r for r in rows if r["country"] == "Kenya"]
    assert kenya and all(r["iso"] == "404" for r in kenya)
    police = [r for r in rows if r["actor1"] == "Police Forces of Kenya"]
    assert police and all(r["inter1"] == "1" for r in police)


def test_export_csv_and_parquet_hold_every_event(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    rows = list(csv.DictReader(io.StringIO(export(filled, "csv"))))
    n = filled.count_events()
    assert len(rows) == n and {"id", "code", "source_code", "sentence", "location_lat"} <= set(rows[0])
    path = tmp_path / "events.parquet"
    with path.open("wb") as f:
        EXPORTERS["parquet"].write(filled, EventQuery(), f)
    table = pq.read_table(path)
    assert table.num_rows == n and str(table.schema.field("fatalities").type) == "int64"
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in rows)


def test_export_filters_apply(filled):
    rows = list(csv.DictReader(io.StringIO(export(filled, "csv", EventQuery(root="19")))))
    assert rows and {r["root"] for r in rows} == {"19"}


def test_export_jsonl_reingests_to_identical_events(filled, tmp_path):
    """JSONL export -> ingest into a fresh database -> the same articles, events, quotes, sources, links
    (from SQLite and from PostgreSQL into a new SQLite file)."""
    text = export(filled, "jsonl")
    fresh = Store(str(tmp_path / "again.db"))
    summary = ingest(read_records(text.splitlines(), "export.jsonl", None), fresh,
                     pipeline=lambda: pytest.fail("an export is stored without extraction"))
    assert summary.stored == 2 and summary.rejected == {}
    assert [s.article for s in fresh.iter_articles()] == [s.article for s in filled.iter_articles()]
    assert [s.text for s in fresh.iter_articles()] == [s.text for s in filled.iter_articles()]
    assert fresh.counts() == filled.counts()
