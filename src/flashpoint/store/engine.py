"""Opening a store: a path or URL to an engine, SQLite tuned for one writer and many readers, migrations."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

DEFAULT_DB = "flashpoint.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(db: str | None = None) -> str:
    """`--db` (or FLASHPOINT_DB, or ./flashpoint.db) as an SQLAlchemy URL: a path means SQLite."""
    value = db or os.environ.get("FLASHPOINT_DB") or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we install; a plain URL is what people copy from their tools
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - exercised through every test
            cur = dbapi_conn.cursor()
            # WAL: readers (Datasette, `flashpoint events`) keep working while an ingest writes
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine_or_conn=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine_or_conn is not None:
        cfg.attributes["connection"] = engine_or_conn
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; a new database gets every migration, an up-to-date one none."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
