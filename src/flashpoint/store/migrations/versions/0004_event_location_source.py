"""events.location_source: how an event's place was found (a phrase of its own, its sentence, the dateline ...).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location_source', sa.String(length=16), nullable=True,
                                      comment='how the place was found (Location.source)'))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('location_source')
