"""Initial schema: articles, events, actors, locations, quotes, sources, links, rejects.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 03:53:05.672823
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('agent', sa.String(length=8), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index('ix_actors_code', ['code'], unique=False)
        batch_op.create_index('ix_actors_country', ['country'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.String(length=32), nullable=False, comment='sha256 of the whitespace-normalised text, 24 hex digits'),
    sa.Column('name', sa.Text(), nullable=True, comment="the input's own id: file name, JSON id, feed entry id"),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True, comment='publisher or feed'),
    sa.Column('published', sa.String(length=10), nullable=True, comment='YYYY-MM-DD'),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False, comment='UTC ISO timestamp'),
    sa.Column('pipeline_version', sa.String(length=32), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False, comment='1 + earlier texts stored for this url'),
    sa.Column('supersedes', sa.String(length=32), nullable=True, comment='the previous version of this url, if any'),
    sa.Column('superseded', sa.Boolean(), nullable=False, comment='a newer version of this url exists'),
    sa.Column('n_events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_published', ['published'], unique=False)
        batch_op.create_index('ix_articles_url', ['url'], unique=False)

    op.create_table('locations',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.String(length=16), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geonameid', sa.Integer(), nullable=True),
    sa.Column('feature', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index('ix_locations_name', ['name'], unique=False)

    op.create_table('rejects',
    sa.Column('id', sa.String(length=32), nullable=False, comment='hash of input and reason: a rerun adds no copy'),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=True),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('events',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False, comment='a compact number (GDELT GLOBALEVENTID)'),
    sa.Column('id', sa.String(length=48), nullable=False, comment='ARTICLE:eN'),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False, comment='position in the article'),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('root', sa.String(length=2), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('plover', sa.String(length=32), nullable=True),
    sa.Column('acled_event_type', sa.String(length=48), nullable=True),
    sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('quad_class', sa.Integer(), nullable=False),
    sa.Column('goldstein', sa.Float(), nullable=False),
    sa.Column('source_actor_id', sa.String(length=16), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('source_name', sa.Text(), nullable=True),
    sa.Column('source_code', sa.String(length=32), nullable=True),
    sa.Column('source_country', sa.String(length=8), nullable=True),
    sa.Column('source_agent', sa.String(length=8), nullable=True),
    sa.Column('source_kind', sa.String(length=16), nullable=True),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('source_evidence', sa.Text(), nullable=True),
    sa.Column('target_actor_id', sa.String(length=16), nullable=True),
    sa.Column('target_text', sa.Text(), nullable=True),
    sa.Column('target_name', sa.Text(), nullable=True),
    sa.Column('target_code', sa.String(length=32), nullable=True),
    sa.Column('target_country', sa.String(length=8), nullable=True),
    sa.Column('target_agent', sa.String(length=8), nullable=True),
    sa.Column('target_kind', sa.String(length=16), nullable=True),
    sa.Column('target_start', sa.Integer(), nullable=True),
    sa.Column('target_end', sa.Integer(), nullable=True),
    sa.Column('target_evidence', sa.Text(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('location_id', sa.String(length=16), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=True),
    sa.Column('location_country', sa.String(length=8), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('injured', sa.Integer(), nullable=True),
    sa.Column('quantities', sa.JSON(), nullable=True, comment='[{value, unit, role, text}]'),
    sa.Column('modality', sa.String(length=16), nullable=False),
    sa.Column('claimed_by', sa.Text(), nullable=True),
    sa.Column('sourcing', sa.String(length=16), nullable=True),
    sa.Column('sentence_index', sa.Integer(), nullable=False),
    sa.Column('sentence_start', sa.Integer(), nullable=False),
    sa.Column('sentence_end', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('trigger', sa.Text(), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('lexicon_entry', sa.Text(), nullable=True),
    sa.Column('lexicon', sa.String(length=32), nullable=True),
    sa.Column('pipeline_version', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], ),
    sa.ForeignKeyConstraint(['source_actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['target_actor_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_article', ['article_id'], unique=False)
        batch_op.create_index('ix_events_code', ['code'], unique=False)
        batch_op.create_index('ix_events_date', ['date'], unique=False)
        batch_op.create_index('ix_events_dyad_date', ['source_code', 'target_code', 'date'], unique=False)
        batch_op.create_index('ix_events_fatalities', ['fatalities'], unique=False)
        batch_op.create_index('ix_events_location_country_date', ['location_country', 'date'], unique=False)
        batch_op.create_index('ix_events_location_date', ['location_id', 'date'], unique=False)
        batch_op.create_index('ix_events_root_date', ['root', 'date'], unique=False)
        batch_op.create_index('ix_events_source_country_date', ['source_country', 'date'], unique=False)
        batch_op.create_index('ix_events_target_code_date', ['target_code', 'date'], unique=False)
        batch_op.create_index('ix_events_target_country_date', ['target_country', 'date'], unique=False)

    op.create_table('links',
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('cause', sa.String(length=48), nullable=False),
    sa.Column('effect', sa.String(length=48), nullable=False),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'seq')
    )
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.create_index('ix_links_cause', ['cause'], unique=False)
        batch_op.create_index('ix_links_effect', ['effect'], unique=False)

    op.create_table('quotes',
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False, comment="position in the article's quotes"),
    sa.Column('kind', sa.String(length=16), nullable=False, comment='direct (verbatim) or indirect (a statement)'),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.JSON(), nullable=True, comment='the speaker as an actor record'),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_code', sa.String(length=32), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('parts', sa.JSON(), nullable=True),
    sa.Column('events', sa.JSON(), nullable=True, comment='ids of the events an indirect statement reports'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'seq')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_speaker_name', ['speaker_name'], unique=False)

    op.create_table('sources',
    sa.Column('id', sa.String(length=48), nullable=False, comment='ARTICLE:sN'),
    sa.Column('article_id', sa.String(length=32), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('via', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('events', sa.JSON(), nullable=True),
    sa.Column('quotes', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index('ix_sources_article', ['article_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index('ix_sources_article')

    op.drop_table('sources')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_speaker_name')

    op.drop_table('quotes')
    with op.batch_alter_table('links', schema=None) as batch_op:
        batch_op.drop_index('ix_links_effect')
        batch_op.drop_index('ix_links_cause')

    op.drop_table('links')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_target_country_date')
        batch_op.drop_index('ix_events_target_code_date')
        batch_op.drop_index('ix_events_source_country_date')
        batch_op.drop_index('ix_events_root_date')
        batch_op.drop_index('ix_events_location_date')
        batch_op.drop_index('ix_events_location_country_date')
        batch_op.drop_index('ix_events_fatalities')
        batch_op.drop_index('ix_events_dyad_date')
        batch_op.drop_index('ix_events_date')
        batch_op.drop_index('ix_events_code')
        batch_op.drop_index('ix_events_article')

    op.drop_table('events')
    op.drop_table('rejects')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index('ix_locations_name')

    op.drop_table('locations')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_url')
        batch_op.drop_index('ix_articles_published')

    op.drop_table('articles')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index('ix_actors_country')
        batch_op.drop_index('ix_actors_code')

    op.drop_table('actors')
