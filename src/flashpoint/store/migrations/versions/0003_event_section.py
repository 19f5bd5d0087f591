"""events.section: whether an event is told in the text or only in the headline (offsets are then the title's).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('section', sa.String(length=8), server_default='text', nullable=False,
                                      comment='text or title (the headline)'))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('section')
