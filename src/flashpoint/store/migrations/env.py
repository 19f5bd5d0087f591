"""Alembic environment: migrations run on the connection the store hands over (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from flashpoint.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` run from the command line: open the URL given with -x url=...
    from sqlalchemy import create_engine

    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///flashpoint.db")
    with create_engine(url).begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    # render_as_batch: SQLite alters tables by copying them; Alembic's batch mode does that for us
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
