"""The store: every ingested article and its events in one database — SQLite by default, PostgreSQL by URL.

Writes happen a batch per transaction: a batch is either all there or not there at all, so a killed ingest
loses at most its current batch, and a rerun (which skips stored articles by their text hash) completes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, func, insert, select, update

from ..models import Article, Event, Location
from . import records
from .engine import database_url, make_engine, migrate
from .query import EventQuery
from .schema import actors, articles, events, links, locations, metadata, quotes, rejects, sources

ALL = EventQuery()  # no filter

__all__ = ["Store", "EventQuery", "StoredArticle", "database_url", "metadata"]


@dataclass
class StoredArticle:
    """What the store keeps of one article: the extraction plus the article's text and metadata."""

    article: Article
    text: str
    name: str | None = None


@dataclass
class WriteResult:
    articles: int = 0
    events: int = 0
    rejects: int = 0
    duplicates: int = 0
    superseded: list[str] = field(default_factory=list)


class Store:
    """A Flashpoint database. `Store(None)` opens ./flashpoint.db (or $FLASHPOINT_DB), creating and
    migrating it as needed."""

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        self.url = database_url(db)
        self.engine: Engine = make_engine(self.url)
        if create:
            migrate(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------
    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of these article keys are stored already."""
        keys = list(set(keys))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                found.update(conn.scalars(select(articles.c.id).where(articles.c.id.in_(chunk))))
        return found

    def write(self, stored: list[StoredArticle], rejected: list[tuple[str, str]] = ()) -> WriteResult:
        """Add articles (with everything extracted from them) and rejected inputs in one transaction.
        Rows go in with one multi-row statement per table, whatever the number of articles."""
        result = WriteResult()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            ids = [s.article.id for s in stored]
            present = set(conn.scalars(select(articles.c.id).where(articles.c.id.in_(ids)))) if ids else set()
            fresh: list[StoredArticle] = []
            for s in stored:
                if s.article.id in present:
                    result.duplicates += 1
                else:
                    present.add(s.article.id)
                    fresh.append(s)
            if fresh:
                self._write_articles(conn, fresh, now, result)
            for input_name, error in rejected:
                self._write_reject(conn, input_name, error, now)
                result.rejects += 1
        return result

    def _write_articles(self, conn: Connection, batch: list[StoredArticle], now: str, result: WriteResult) -> None:
        # an article whose url is stored with another text is that url's next version
        urls = {s.article.url for s in batch if s.article.url}
        latest: dict[str, tuple[str, int]] = {}
        if urls:
            for row in conn.execute(select(articles.c.url, articles.c.id, articles.c.version).where(
                    articles.c.url.in_(urls), articles.c.superseded == False)):  # noqa: E712 (SQL)
                latest[row.url] = (row.id, row.version)
        article_rows, rows = [], {t.name: [] for t in (events, quotes, sources, links)}
        actor_rows: dict[str, dict] = {}
        place_rows: dict[str, dict] = {}
        for s in batch:
            a = s.article
            version, supersedes = 1, None
            if a.url in latest:
                supersedes, previous_version = latest[a.url]
                version = previous_version + 1
                result.superseded.append(supersedes)
            if a.url:
                latest[a.url] = (a.id, version)
            article_rows.append({
                "id": a.id, "name": s.name, "url": a.url, "title": a.title, "source": a.source,
                "published": a.published, "text": s.text, "ingested_at": now,
                "pipeline_version": a.events[0].provenance.pipeline_version if a.events else None,
                "version": version, "supersedes": supersedes, "superseded": False, "n_events": len(a.events)})
            for e in a.events:
                for actor in (e.source, e.target):
                    if actor is not None:
                        row = records.actor_row(actor)
                        actor_rows[row["id"]] = row
                if e.location is not None:
                    row = records.location_row(e.location)
                    place_rows[row["id"]] = row
            rows["events"] += [records.event_row(e, a.id, n) for n, e in enumerate(a.events)]
            rows["quotes"] += records.quote_rows(a)
            rows["sources"] += records.source_rows(a)
            rows["links"] += records.link_rows(a)
            result.articles += 1
            result.events += len(a.events)
        conn.execute(insert(articles), article_rows)
        if result.superseded:  # after the insert: a version can be superseded within its own batch
            conn.execute(update(articles).where(articles.c.id.in_(result.superseded)).values(superseded=True))
        self._insert_missing(conn, actors, actor_rows)
        self._insert_missing(conn, locations, place_rows)
        for table in (events, quotes, sources, links):
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])

    @staticmethod
    def _insert_missing(conn: Connection, table, rows: dict[str, dict]) -> None:
        """Shared dimension rows (actors, places): insert the ones not stored yet."""
        if not rows:
            return
        keys = list(rows)
        have: set[str] = set()
        for i in range(0, len(keys), 500):
            have.update(conn.scalars(select(table.c.id).where(table.c.id.in_(keys[i:i + 500]))))
        new = [r for k, r in rows.items() if k not in have]
        if new:
            conn.execute(insert(table), new)

    def _write_reject(self, conn: Connection, input_name: str, error: str, now: str) -> None:
        key = hashlib.sha256(f"{input_name}\x1f{error}".encode()).hexdigest()[:24]
        if conn.scalar(select(rejects.c.id).where(rejects.c.id == key)) is None:
            code = error[1:5] if error.startswith("[E") else None
            conn.execute(insert(rejects).values(id=key, input=input_name, error=error, code=code, at=now))

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.scalar(select(func.count()).select_from(t))
                    for t in (articles, events, actors, locations, quotes, sources, links, rejects)}

    def events(self, query: EventQuery = ALL, limit: int | None = 100, offset: int = 0,
               newest_first: bool = True) -> list[Event]:
        """Events matching `query`, newest event date first (or in storage order)."""
        with self.engine.connect() as conn:
            stmt = query.where(select(events, *_location_columns()).outerjoin(
                locations, locations.c.id == events.c.location_id), query.lookup(conn))
            order = (events.c.date.desc(), events.c.pk) if newest_first else (events.c.pk,)
            stmt = stmt.order_by(*order).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [_event(r._mapping) for r in conn.execute(stmt)]

    def iter_event_rows(self, query: EventQuery = ALL, chunk: int = 5000) -> Iterator[dict]:
        """Every matching event as a flat row joined with its article's metadata, in storage order —
        what the table-shaped exports read. Paged by primary key, so memory stays flat."""
        last = 0
        cols = [events, *_location_columns(), articles.c.url.label("article_url"),
                articles.c.title.label("article_title"), articles.c.source.label("article_source"),
                articles.c.published.label("article_published"), articles.c.ingested_at.label("article_ingested_at")]
        with self.engine.connect() as conn:
            found = query.lookup(conn)
            while True:
                stmt = query.where(select(*cols).join(articles, articles.c.id == events.c.article_id)
                                   .outerjoin(locations, locations.c.id == events.c.location_id), found)
                rows = conn.execute(stmt.where(events.c.pk > last).order_by(events.c.pk).limit(chunk)).all()
                if not rows:
                    return
                for r in rows:
                    yield dict(r._mapping)
                last = rows[-1].pk

    def count_events(self, query: EventQuery = ALL) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(query.where(select(func.count()).select_from(events), query.lookup(conn)))

    def event(self, event_id: str) -> Event | None:
        """One event by its id ('ARTICLE:e3') or its number (the `pk` shown as GLOBALEVENTID)."""
        key = events.c.pk == int(event_id) if event_id.isdigit() else events.c.id == event_id
        stmt = select(events, *_location_columns()).outerjoin(
            locations, locations.c.id == events.c.location_id).where(key)
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        return _event(row._mapping) if row else None

    def article(self, article_id: str) -> StoredArticle | None:
        """The whole stored article: metadata, text, events, quotes, statements, sources and links."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
            if row is None:
                return None
            return self._assemble(conn, [row])[0]

    def iter_articles(self, query: EventQuery | None = None, chunk: int = 200) -> Iterator[StoredArticle]:
        """Every stored article (or those with an event matching `query`), in ingest order."""
        last = ""
        with self.engine.connect() as conn:
            found = query.lookup(conn) if query is not None else None
            while True:
                stmt = select(articles).where(articles.c.id > last).order_by(articles.c.id).limit(chunk)
                if query is not None:
                    stmt = stmt.where(articles.c.id.in_(query.where(select(events.c.article_id), found)))
                rows = conn.execute(stmt).all()
                if not rows:
                    return
                yield from self._assemble(conn, rows)
                last = rows[-1].id

    def _assemble(self, conn: Connection, rows) -> list[StoredArticle]:
        ids = [r.id for r in rows]
        by_article: dict[str, dict[str, list]] = {i: {"events": [], "quotes": [], "sources": [], "links": []}
                                                  for i in ids}
        ev = select(events, *_location_columns()).outerjoin(locations, locations.c.id == events.c.location_id)
        for r in conn.execute(ev.where(events.c.article_id.in_(ids)).order_by(events.c.pk)):
            by_article[r.article_id]["events"].append(_event(r._mapping))
        for table, name in ((quotes, "quotes"), (sources, "sources"), (links, "links")):
            for r in conn.execute(select(table).where(table.c.article_id.in_(ids)).order_by(table.c.seq)):
                by_article[r.article_id][name].append(r._mapping)
        out = []
        for r in rows:
            parts = by_article[r.id]
            quote_list, statements = records.quotes_from_rows(parts["quotes"])
            article = Article(id=r.id, published=r.published, title=r.title, url=r.url, source=r.source,
                              events=parts["events"], quotes=quote_list, statements=statements,
                              sources=[records.source_from_row(s) for s in parts["sources"]],
                              links=[records.link_from_row(link) for link in parts["links"]], name=r.name)
            out.append(StoredArticle(article=article, text=r.text, name=r.name))
        return out

    def links_of(self, event_id: str) -> list[tuple[str, str, str, str]]:
        """(direction, other event id, relation, evidence) for every link the event takes part in."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(links).where((links.c.cause == event_id) | (links.c.effect == event_id)))
            return [("caused" if r.cause == event_id else "in response to",
                     r.effect if r.cause == event_id else r.cause, r.relation, r.evidence) for r in rows]

    def rejects(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.input, r.error) for r in conn.execute(select(rejects).order_by(rejects.c.at))]


def _location_columns():
    return (locations.c.admin1.label("loc_admin1"), locations.c.lat.label("loc_lat"),
            locations.c.lon.label("loc_lon"), locations.c.geonameid.label("loc_geonameid"),
            locations.c.feature.label("loc_feature"))


def _event(row) -> Event:
    location = None
    if row["location_name"] is not None:
        location = Location(name=row["location_name"], country=row["location_country"], admin1=row["loc_admin1"],
                            lat=row["loc_lat"], lon=row["loc_lon"], geonameid=row["loc_geonameid"],
                            feature=row["loc_feature"], source=row["location_source"])
    return records.event_from_row(row, location)
