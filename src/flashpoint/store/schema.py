"""The store's tables, one SQLAlchemy Core schema for SQLite and PostgreSQL.

Events are stored flat (one column per contract field) so that the file reads well in Datasette, DuckDB or
psql; the actor and place columns that people filter on are kept on the event row and indexed, and the
`actors` and `locations` tables list each distinct actor and place once, for browsing and joins.
Changing a table here needs a migration in `store/migrations/versions/` (a test compares the two).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# One row per distinct article text. `id` is the hash of the normalised text, so the same article ingested
# twice is one row, and an edited text is a new row (a new version of the same url).
articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True, comment="sha256 of the whitespace-normalised text, 24 hex digits"),
    Column("name", Text, comment="the input's own id: file name, JSON id, feed entry id"),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text, comment="publisher or feed"),
    Column("published", String(10), comment="YYYY-MM-DD"),
    Column("text", Text),
    Column("ingested_at", String(32), nullable=False, comment="UTC ISO timestamp"),
    Column("pipeline_version", String(32)),
    Column("version", Integer, nullable=False, default=1, comment="1 + earlier texts stored for this url"),
    Column("supersedes", String(32), comment="the previous version of this url, if any"),
    Column("superseded", Boolean, nullable=False, default=False, comment="a newer version of this url exists"),
    Column("n_events", Integer, nullable=False, default=0),
)
Index("ix_articles_url", articles.c.url)
Index("ix_articles_published", articles.c.published)
Index("ix_articles_superseded", articles.c.superseded)  # every events query leaves superseded versions out

# Distinct actors and places, keyed by a hash of their identifying fields.
actors = Table(
    "actors", metadata,
    Column("id", String(16), primary_key=True),
    Column("code", String(32)),
    Column("name", Text),
    Column("country", String(8)),
    Column("agent", String(8)),
    Column("kind", String(16)),
)
Index("ix_actors_code", actors.c.code)
Index("ix_actors_country", actors.c.country)

locations = Table(
    "locations", metadata,
    Column("id", String(16), primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("admin1", String(16)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("feature", String(16)),
)
Index("ix_locations_name", locations.c.name)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True, comment="a compact number (GDELT GLOBALEVENTID)"),
    Column("id", String(48), nullable=False, unique=True, comment="ARTICLE:eN"),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False, comment="position in the article"),
    Column("code", String(8), nullable=False),
    Column("root", String(2), nullable=False),
    Column("name", Text, nullable=False),
    Column("plover", String(32)),
    Column("acled_event_type", String(48)),
    Column("acled_sub_event_type", String(64)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    *(col for role in ("source", "target") for col in (
        Column(f"{role}_actor_id", String(16), ForeignKey("actors.id")),
        Column(f"{role}_text", Text),
        Column(f"{role}_name", Text),
        Column(f"{role}_code", String(32)),
        Column(f"{role}_country", String(8)),
        Column(f"{role}_agent", String(8)),
        Column(f"{role}_kind", String(16)),
        Column(f"{role}_start", Integer),
        Column(f"{role}_end", Integer),
        Column(f"{role}_evidence", Text),
    )),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("date_end", String(10)),
    Column("location_id", String(16), ForeignKey("locations.id")),
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("location_source", String(16), comment="how the place was found (Location.source)"),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("quantities", JSON, comment="[{value, unit, role, text}]"),
    Column("modality", String(16), nullable=False),
    Column("claimed_by", Text),
    Column("sourcing", String(16)),
    Column("section", String(8), nullable=False, server_default="text", comment="text or title (the headline)"),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("rule", Text, nullable=False),
    Column("lexicon_entry", Text),
    Column("lexicon", String(32)),
    Column("pipeline_version", String(32)),
)
# the common questions: a dyad over a period, a root in a country, what happened in a place
Index("ix_events_article", events.c.article_id)
Index("ix_events_date", events.c.date)
Index("ix_events_root_date", events.c.root, events.c.date)
Index("ix_events_code", events.c.code)
Index("ix_events_source_country_date", events.c.source_country, events.c.date)
Index("ix_events_target_country_date", events.c.target_country, events.c.date)
Index("ix_events_dyad_date", events.c.source_code, events.c.target_code, events.c.date)
Index("ix_events_target_code_date", events.c.target_code, events.c.date)
Index("ix_events_location_country_date", events.c.location_country, events.c.date)
Index("ix_events_location_date", events.c.location_id, events.c.date)
Index("ix_events_fatalities", events.c.fatalities)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, comment="position in the article's quotes"),
    Column("kind", String(16), nullable=False, comment="direct (verbatim) or indirect (a statement)"),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker", JSON, comment="the speaker as an actor record"),
    Column("speaker_name", Text),
    Column("speaker_code", String(32)),
    Column("cue", Text),
    Column("parts", JSON),
    Column("events", JSON, comment="ids of the events an indirect statement reports"),
)
Index("ix_quotes_speaker_name", quotes.c.speaker_name)

sources = Table(
    "sources", metadata,
    Column("id", String(48), primary_key=True, comment="ARTICLE:sN"),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("code", String(32)),
    Column("anonymous", Boolean, nullable=False),
    Column("via", Text),
    Column("cue", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("events", JSON),
    Column("quotes", JSON),
)
Index("ix_sources_article", sources.c.article_id)

links = Table(
    "links", metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("cause", String(48), nullable=False),
    Column("effect", String(48), nullable=False),
    Column("relation", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
)
Index("ix_links_cause", links.c.cause)
Index("ix_links_effect", links.c.effect)

# Inputs that could not become articles: kept so that a run's summary and later audits can list them.
rejects = Table(
    "rejects", metadata,
    Column("id", String(32), primary_key=True, comment="hash of input and reason: a rerun adds no copy"),
    Column("input", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("code", String(8)),
    Column("at", String(32), nullable=False),
)
