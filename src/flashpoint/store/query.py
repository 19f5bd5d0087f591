"""Event filters, as the `events` and `export` commands and the API take them, turned into SQL."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select

from .schema import articles, events, locations


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
    location_ids: tuple[str, ...] | None = None  # `place` looked up in the locations table (Store does it)

    def where(self, stmt: Select) -> Select:
        c = events.c
        conds = []
        if self.actor:
            a = self.actor.strip()
            if a.isupper() and a.isalpha():  # a code: country (IRQ), composite (USAGOV) or a prefix of one
                conds.append(or_(prefix(c.source_code, a), prefix(c.target_code, a),
                                 c.source_country == a, c.target_country == a))
            else:
                pattern = f"%{a.lower()}%"
                conds.append(or_(func.lower(c.source_name).like(pattern), func.lower(c.target_name).like(pattern),
                                 func.lower(c.source_text).like(pattern), func.lower(c.target_text).like(pattern)))
        if self.source:
            conds.append(prefix(c.source_code, self.source.strip().upper()))
        if self.target:
            conds.append(prefix(c.target_code, self.target.strip().upper()))
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
            elif self.location_ids is not None:
                # one place: the (location_id, date) index gives the newest events first, with no sort
                ids = self.location_ids
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


def prefix(column, value: str):
    """`column` starts with `value`, as a range that a B-tree index serves on SQLite and PostgreSQL alike
    (LIKE 'X%' is not index-served by SQLite's default case-insensitive LIKE)."""
    upper = value[:-1] + chr(ord(value[-1]) + 1)
    return and_(column >= value, column < upper)


def place_ids(name: str) -> Select:
    """The ids of the places with this name (any case), from the small locations table."""
    return select(locations.c.id).where(func.lower(locations.c.name) == name.lower())
