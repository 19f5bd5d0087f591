"""The store on SQLite and on a real PostgreSQL server: lossless writes, idempotence, versions, queries."""

from __future__ import annotations

import pytest
from conftest_data import BORDER, EXAMPLE, docs
from sqlalchemy import inspect, text

from flashpoint.ingest.readers import Extracted
from flashpoint.ingest.run import ingest
from flashpoint.store import EventQuery, Store
from flashpoint.store.engine import alembic_config
from flashpoint.store.records import article_key
from flashpoint.store.schema import metadata


def test_store_migrations_build_exactly_the_schema(store):
    """The migrations and schema.py agree: Alembic finds nothing to autogenerate."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == [], diff
        assert set(inspect(conn).get_table_names()) >= {t.name for t in metadata.sorted_tables}
    assert alembic_config().get_main_option("script_location").endswith("migrations")


def test_store_an_older_database_is_migrated_with_its_data(db_url, pipeline):
    """A database at the first schema revision, opened by this version, is upgraded and keeps its rows.
    (The rows are written at the current revision and the schema taken back to the first: today's writer
    knows only today's columns.)"""
    from alembic import command
    from alembic.script import ScriptDirectory

    from flashpoint.store.engine import schema_revision

    old = Store(db_url)
    ingest(docs(("harbour.txt", EXAMPLE)), old, pipeline=lambda: pipeline)
    before = old.counts()
    with old.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    assert schema_revision(old.engine) == "0001"
    with old.engine.connect() as conn:
        assert "section" not in {c["name"] for c in inspect(conn).get_columns("events")}
    old.close()
    upgraded = Store(db_url)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert schema_revision(upgraded.engine) == head != "0001" and upgraded.counts() == before
    with upgraded.engine.connect() as conn:
        assert "ix_articles_superseded" in {i["name"] for i in inspect(conn).get_indexes("articles")}
    assert {e.section for e in upgraded.events(limit=None)} == {"text"}  # the old rows read as told in the text
    upgraded.close()


def test_store_sqlite_uses_wal_so_readers_work_during_ingest(tmp_path):
    s = Store(str(tmp_path / "w.db"))
    with s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_store_round_trip_is_lossless(filled, pipeline):
    article = pipeline.extract(EXAMPLE, published="2024-03-12", doc_id=article_key(EXAMPLE))
    stored = filled.article(article_key(EXAMPLE))
    assert stored is not None and stored.text == EXAMPLE and stored.name == "harbour.txt"
    got = stored.article
    assert [e.model_dump() for e in got.events] == [e.model_dump() for e in article.events]
    assert got.quotes == article.quotes and got.statements == article.statements
    assert got.sources == article.sources and got.links == article.links


def test_store_second_ingest_adds_nothing(filled, pipeline):
    before = filled.counts()
    summary = ingest(docs(("harbour-copy.txt", EXAMPLE.replace("\n\n", "\n \n"))), filled,
                     pipeline=lambda: pipeline)
    assert summary.already == 1 and summary.stored == 0
    assert filled.counts() == before


def test_store_an_edited_text_is_a_new_version_of_its_url(store, pipeline):
    url = "https://example.org/harbour"
    ingest(docs(("v1", EXAMPLE), url=url), store, pipeline=lambda: pipeline)
    edited = EXAMPLE.replace("Two protesters were killed", "Three protesters were killed")
    summary = ingest(docs(("v2", edited), url=url), store, pipeline=lambda: pipeline)
    assert summary.stored == 1 and summary.superseded == 1
    new = store.article(article_key(edited)).article
    assert store.count_events(EventQuery()) == len(new.events)  # the old version's events are hidden
    assert store.count_events(EventQuery(include_superseded=True)) > len(new.events)
    assert 3 in {e.fatalities for e in store.events(EventQuery(min_fatalities=1))}


def test_store_rejects_are_recorded_once(store, pipeline):
    bad = docs(("empty.txt", "   "))
    ingest(bad, store, pipeline=lambda: pipeline)
    summary = ingest(bad, store, pipeline=lambda: pipeline)
    assert summary.rejected == {"E001": 1}
    assert store.rejects() == [("empty.txt", "[E001] document is empty")]


def test_store_pre_extracted_articles_are_stored_as_they_are(filled, tmp_path):
    other = Store(str(tmp_path / "copy.db"))
    stored = list(filled.iter_articles())
    items = [Extracted(s.article.model_copy(update={"text": s.text}), s.article.id) for s in stored]
    summary = ingest(items, other, pipeline=lambda: pytest.fail("nothing should be extracted"))
    assert summary.stored == 2
    assert [s.article for s in other.iter_articles()] == [s.article for s in stored]


def test_store_queries_filter_as_documented(filled):
    everything = filled.events(EventQuery(), limit=None)
    assert all(a.date >= b.date for a, b in zip(everything, everything[1:], strict=False) if a.date and b.date)

    def ids(**kw) -> set[str]:
        return {e.id for e in filled.events(EventQuery(**kw), limit=None)}

    def expect(predicate) -> set[str]:
        return {e.id for e in everything if predicate(e)}

    assert ids(root="19") == expect(lambda e: e.root == "19") != set()
    assert ids(code="19") == ids(root="19")
    assert ids(actor="KEN") == expect(lambda e: any(
        a and ((a.code or "").startswith("KEN") or a.country == "KEN") for a in (e.source, e.target))) != set()
    assert ids(actor="police") == expect(lambda e: any(
        a and "police" in ((a.name or "") + a.text).lower() for a in (e.source, e.target)))
    assert ids(source="KENCOP", target="KEN") == expect(lambda e: e.source and e.target and (
        e.source.code or "").startswith("KENCOP") and (e.target.code or "").startswith("KEN")) != set()
    assert ids(source_country="SDN") == expect(lambda e: e.source and e.source.country == "SDN") != set()
    assert ids(place="KEN") == expect(lambda e: e.location and e.location.country == "KEN") != set()
    assert ids(place="mombasa") == expect(lambda e: e.location and e.location.name == "Mombasa") != set()
    assert ids(min_fatalities=10) == expect(lambda e: (e.fatalities or 0) >= 10) != set()
    assert ids(text="tear gas") == expect(lambda e: "tear gas" in e.sentence.text) != set()
    assert ids(since="2024-03-11", until="2024-03-11") == expect(lambda e: e.date == "2024-03-11") != set()
    assert ids(until="2024-03") == expect(lambda e: e.date and e.date <= "2024-03-31")
    event = everything[0]
    assert filled.event(event.id) == event
    numbered = next(iter(filled.iter_event_rows(EventQuery(article=event.id.split(":")[0]))))
    assert filled.event(str(numbered["pk"])).id == numbered["id"]


def test_store_worker_processes_store_what_one_process_stores(tmp_path, pipeline):
    corpus = docs(("harbour.txt", EXAMPLE), ("border.txt", BORDER), ("empty.txt", ""),
                  ("again.txt", EXAMPLE), ("short.txt", "Police arrested two men in Lagos on Friday."))
    one, two = Store(str(tmp_path / "one.db")), Store(str(tmp_path / "two.db"))
    first = ingest(corpus, one, batch_size=2, pipeline=lambda: pipeline)
    second = ingest(corpus, two, batch_size=2, workers=2)
    assert first == second and first.stored == 3 and first.already == 1
    assert [s.article for s in one.iter_articles()] == [s.article for s in two.iter_articles()]


def test_store_place_filter_finds_the_parts_of_a_city(store, pipeline):
    """'--place Chicago' finds events named as its districts ('Gage Park (Chicago area)', 'X, Chicago')."""
    text = ("A man was shot in the leg in Gage Park on Friday night, Chicago police said. "
            "Later a woman was wounded downtown, police said.")
    ingest(docs(("gage.txt", text)), store, pipeline=lambda: pipeline)
    everything = store.events(EventQuery(), limit=None)
    district = {e.id for e in everything if e.location and e.location.name.endswith("(Chicago area)")}
    found = {e.id for e in store.events(EventQuery(place="chicago"), limit=None)}
    assert district and district <= found
