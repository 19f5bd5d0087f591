"""Stores to test against: a SQLite file, and a real PostgreSQL server (started here from Debian's
binaries, or the one FLASHPOINT_TEST_POSTGRES names). Without PostgreSQL the PostgreSQL half skips, with a
reason; with CI=true it must run."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from conftest_data import BORDER, EXAMPLE, docs
from pgserver import PostgresServer, find_bindir, new_postgres_db

from flashpoint.ingest.run import ingest
from flashpoint.store import Store


@pytest.fixture(scope="session")
def postgres_url():
    """The admin URL of a PostgreSQL server for this test session."""
    given = os.environ.get("FLASHPOINT_TEST_POSTGRES")
    if given:
        yield given
        return
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but no PostgreSQL server binaries (pg_ctl) are installed; .ci/run installs them")
        pytest.skip("PostgreSQL is not installed (apt install postgresql, or set FLASHPOINT_TEST_POSTGRES)")
    server = PostgresServer(bindir, Path(tempfile.mkdtemp(prefix="flashpoint-pg-")))
    try:
        url = server.start()
    except Exception as e:  # a server that will not start is a failure in CI, a skip on a laptop
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"could not start PostgreSQL: {e}")
    yield url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """The URL of an empty database, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "flashpoint.db")
    return new_postgres_db(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def filled(store, pipeline) -> Store:
    """A store holding two extracted articles."""
    summary = ingest(docs(("harbour.txt", EXAMPLE), ("border.txt", BORDER)), store, pipeline=lambda: pipeline)
    assert summary.stored == 2 and summary.events > 5
    return store
