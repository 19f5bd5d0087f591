"""The SQLite file is the product: it opens as it is in Datasette and DuckDB, offline."""

from __future__ import annotations

import asyncio

import pytest
from conftest_data import BORDER, EXAMPLE, docs

from flashpoint.ingest.run import ingest
from flashpoint.store import Store


@pytest.fixture
def filled(tmp_path, pipeline) -> Store:
    """A SQLite store (these tools open SQLite files) holding two extracted articles."""
    store = Store(str(tmp_path / "tools.db"))
    ingest(docs(("harbour.txt", EXAMPLE), ("border.txt", BORDER)), store, pipeline=lambda: pipeline)
    return store


def test_tools_datasette_serves_the_store(filled):
    from datasette.app import Datasette

    path = filled.url.split("///", 1)[1]
    ds = Datasette(files=[path])

    async def fetch():
        await ds.invoke_startup()
        name = next(iter(ds.databases.keys() - {"_internal", "_memory"}))
        return await ds.client.get(f"/{name}/events.json?_shape=array&root=19")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    rows = response.json()
    assert rows and {r["root"] for r in rows} == {"19"}
    assert {r["id"] for r in rows} == {e.id for e in filled.events(limit=None) if e.root == "19"}


def test_tools_duckdb_reads_the_store_with_its_sqlite_extension(filled):
    import duckdb
    from duckdb_extensions import import_extension

    import_extension("sqlite_scanner")  # the extension from PyPI: nothing is downloaded
    con = duckdb.connect()
    con.sql("LOAD sqlite_scanner")
    path = filled.url.split("///", 1)[1]
    rows = con.sql(f"SELECT root, count(*) FROM sqlite_scan('{path}', 'events') GROUP BY root").fetchall()
    expected: dict[str, int] = {}
    for e in filled.events(limit=None):
        expected[e.root] = expected.get(e.root, 0) + 1
    assert dict(rows) == expected
