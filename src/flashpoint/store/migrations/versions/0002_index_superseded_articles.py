"""Index articles.superseded: every events query leaves the events of superseded versions out.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:18:03
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_superseded', ['superseded'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_superseded')
