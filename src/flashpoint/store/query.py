"""Event filters, as the `events` and `export` commands take them, turned into SQL.

Code prefixes ('USA' = USA, USAGOV, USAMIL ...) and place names are first looked up in the small `actors`
and `locations` tables (`lookups`), so that the events query is a set of point lookups on its indexes —
the query planners (SQLite's above all) pick the right index for `IN (...)` where a range or a
subquery would mislead them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import Connection, Select, and_, func, or_, select

from .schema import actors, articles, events, locations


@dataclass(frozen=True)
class EventQuery:
    """Which events to read; every field left None does not filter."""

    actor: str | None = None  # either side: a CAMEO code or prefix (USAGOV, IRQ), a country code, or a name
    source: str | None = None  # the source actor's code or code prefix (a dyad is source + target)
    target: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    code: str | None = None  # CAMEO code or its prefix: '19' is every code under root 19
    root: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    place: str | None = None  # a place name or an ISO3 country code
    min_fatalities: int | None = None
    text: str | None = None  # words in the event's sentence
    article: str | None = None
    include_superseded: bool = False  # events of older versions of an edited article

    def where(self, stmt: Select, lookups: Lookups | None = None) -> Select:
        c = events.c
        found = lookups or Lookups()
        conds = []
        if self.actor:
            a = self.actor.strip()
            if is_code(a):
                conds.append(or_(found.code_match(c.source_code, a), found.code_match(c.target_code, a),
                                 c.source_country == a, c.target_country == a))
            else:
                pattern = f"%{a.lower()}%"
                conds.append(or_(func.lower(c.source_name).like(pattern), func.lower(c.target_name).like(pattern),
                                 func.lower(c.source_text).like(pattern), func.lower(c.target_text).like(pattern)))
        if self.source:
            conds.append(found.code_match(c.source_code, self.source.strip().upper()))
        if self.target:
            conds.append(found.code_match(c.target_code, self.target.strip().upper()))
        if self.source_country:
            conds.append(c.source_country == self.source_country.upper())
        if self.target_country:
            conds.append(c.target_country == self.target_country.upper())
        if self.code:
            conds.append(prefix(c.code, self.code))
        if self.root:
            conds.append(c.root == self.root.zfill(2))
        if self.since:
            conds.append(c.date >= self.since)
        if self.until:
            # '2020' or '2020-01' as an upper bound mean the whole year or month
            conds.append(c.date <= {4: self.until + "-12-31", 7: self.until + "-31"}.get(len(self.until), self.until))
        if self.place:
            p = self.place.strip()
            if len(p) == 3 and p.isupper():
                conds.append(c.location_country == p)
            elif found.places is not None:
                ids = found.places
                # one place: the (location_id, date) index gives the newest events first, with no sort
                conds.append(c.location_id == ids[0] if len(ids) == 1 else c.location_id.in_(ids))
            else:
                conds.append(c.location_id.in_(place_ids(p)))
        if self.min_fatalities is not None:
            conds.append(c.fatalities >= self.min_fatalities)
        if self.text:
            conds.append(func.lower(c.sentence).like(f"%{self.text.lower()}%"))
        if self.article:
            conds.append(c.article_id == self.article)
        if not self.include_superseded:
            old = select(articles.c.id).where(articles.c.superseded == True)  # noqa: E712 (SQL, not Python)
            conds.append(c.article_id.not_in(old))
        return stmt.where(and_(*conds)) if conds else stmt

    def code_prefixes(self) -> set[str]:
        values = [self.source, self.target] + ([self.actor] if self.actor and is_code(self.actor.strip()) else [])
        return {v.strip().upper() for v in values if v}

    def lookup(self, conn: Connection) -> Lookups:
        """Resolve code prefixes and the place name against the actors and locations tables."""
        codes = {}
        for p in self.code_prefixes():
            codes[p] = tuple(conn.scalars(select(actors.c.code).distinct().where(prefix(actors.c.code, p))))
        places = None
        name = (self.place or "").strip()
        if name and not (len(name) == 3 and name.isupper()):
            places = tuple(conn.scalars(place_ids(name)))
        return Lookups(codes, places)


FILTERS = tuple(f.name for f in fields(EventQuery))


@dataclass(frozen=True)
class Lookups:
    codes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # code prefix -> the codes stored
    places: tuple[str, ...] | None = None  # location ids for the place name

    def code_match(self, column, value: str):
        codes = self.codes.get(value)
        if codes is None:
            return prefix(column, value)
        return column.in_(codes)


def is_code(value: str) -> bool:
    return value.isupper() and value.isalpha()


def prefix(column, value: str):
    """`column` starts with `value`, as a range that a B-tree index serves on SQLite and PostgreSQL alike
    (LIKE 'X%' is not index-served by SQLite's default case-insensitive LIKE)."""
    upper = value[:-1] + chr(ord(value[-1]) + 1)
    return and_(column >= value, column < upper)


def place_ids(name: str) -> Select:
    """The ids of the places with this name (any case), from the small locations table — and of the places
    named as parts of it ('Rogers Park, Chicago', 'Uptown (Chicago area)' for 'Chicago')."""
    lowered, named = name.lower(), func.lower(locations.c.name)
    return select(locations.c.id).where(or_(named == lowered, named.like(f"%, {lowered}"),
                                            named.like(f"% ({lowered} area)")))
