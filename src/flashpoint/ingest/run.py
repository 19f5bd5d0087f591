"""`flashpoint ingest`: read inputs, skip what the store has, extract the rest, write a batch per transaction."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from ..models import Article, Document
from ..store import StoredArticle
from ..store.records import article_key
from . import Rejected
from .readers import Extracted, Item

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..store import Store


@dataclass
class IngestSummary:
    documents: int = 0  # inputs read: documents, pre-extracted articles and rejected inputs
    stored: int = 0  # new articles written
    already: int = 0  # articles the store had (same text): nothing written
    events: int = 0
    rejected: Counter[str] = field(default_factory=Counter)  # error code -> count
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> its first (input, error)
    superseded: int = 0  # older versions of an article's url replaced by an edited text

    def add_reject(self, name: str, error: str) -> None:
        code = error[1:5] if error.startswith("[") else "other"
        self.rejected[code] += 1
        self.examples.setdefault(code, (name, error))


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@dataclass
class Planned:
    """One batch after the store was asked what it has: what to reject, extract, or store as it is."""

    size: int
    rejects: list[tuple[str, str]]
    docs: list[Document]  # ids replaced by article keys; `names` keeps the inputs' own ids
    names: list[str]
    extracted: list[Extracted]


class LocalExtractor:
    """Extraction in this process (one model)."""

    depth = 0  # batches in flight before their results are written

    def __init__(self, make: Callable[[], Pipeline]) -> None:
        self.make = make
        self.pipeline: Pipeline | None = None

    def submit(self, docs: list[Document]) -> Callable[[], list[Article]]:
        def run() -> list[Article]:
            if not docs:
                return []
            if self.pipeline is None:
                self.pipeline = self.make()
            return list(self.pipeline.extract_documents(docs))
        return run

    def close(self) -> None:
        pass


_worker_pipeline: Pipeline | None = None


def _worker_init(batch_size: int) -> None:
    global _worker_pipeline
    from ..pipeline import Pipeline

    _worker_pipeline = Pipeline(batch_size=batch_size)


def _worker_extract(docs: list[Document]) -> list[Article]:
    assert _worker_pipeline is not None
    return list(_worker_pipeline.extract_documents(docs))


class PoolExtractor:
    """Extraction in worker processes, one model each; results come back in submission order."""

    def __init__(self, workers: int, batch_size: int) -> None:
        import multiprocessing

        # spawn: a clean interpreter per worker (no forked database connections or threads)
        self.pool = multiprocessing.get_context("spawn").Pool(workers, _worker_init, (batch_size,))
        self.depth = workers * 2

    def submit(self, docs: list[Document]) -> Callable[[], list[Article]]:
        if not docs:
            return list
        return self.pool.apply_async(_worker_extract, (docs,)).get

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def ingest(items: Iterable[Item], store: Store, *, batch_size: int = 32, workers: int = 1,
           pipeline: Callable[[], Pipeline] | None = None,
           on_batch: Callable[[int, IngestSummary], None] | None = None) -> IngestSummary:
    """Store every item; return what happened. Models are loaded only when something needs extracting, so
    re-ingesting a stored corpus costs a hash per document. Each batch is written in one transaction, in
    input order, whatever the number of workers."""
    summary = IngestSummary()
    if workers > 1:
        extractor: LocalExtractor | PoolExtractor = PoolExtractor(workers, batch_size)
    else:
        extractor = LocalExtractor(pipeline or _default_pipeline(batch_size))
    seen: set[str] = set()
    pending: deque[tuple[Planned, Callable[[], list[Article]]]] = deque()
    try:
        for batch in batches(items, batch_size):
            plan = _plan(batch, store, seen, summary)
            pending.append((plan, extractor.submit(plan.docs)))
            while len(pending) > extractor.depth:
                _finish(*pending.popleft(), store, summary, on_batch)
        while pending:
            _finish(*pending.popleft(), store, summary, on_batch)
    finally:
        extractor.close()
    return summary


def _default_pipeline(batch_size: int) -> Callable[[], Pipeline]:
    def make() -> Pipeline:
        from ..pipeline import Pipeline

        return Pipeline(batch_size=batch_size)
    return make


def _plan(batch: list[Item], store: Store, seen: set[str], summary: IngestSummary) -> Planned:
    summary.documents += len(batch)
    keyed: dict[str, Document | Extracted] = {}
    rejects: list[tuple[str, str]] = []
    for item in batch:
        if isinstance(item, Rejected):
            rejects.append((item.id, item.error))
            continue
        key = item.article.id if isinstance(item, Extracted) else article_key(item.text)
        if key in seen or key in keyed:
            summary.already += 1
            continue
        keyed[key] = item
    known = store.known(keyed)
    summary.already += len(known)
    seen.update(keyed)
    docs = [(k, v) for k, v in keyed.items() if k not in known and isinstance(v, Document)]
    extracted = [v for k, v in keyed.items() if k not in known and isinstance(v, Extracted)]
    return Planned(len(batch), rejects, [d.model_copy(update={"id": k}) for k, d in docs],
                   [d.id for _, d in docs], extracted)


def _finish(plan: Planned, result: Callable[[], list[Article]], store: Store, summary: IngestSummary,
            on_batch: Callable[[int, IngestSummary], None] | None) -> None:
    rejects = list(plan.rejects)
    stored: list[StoredArticle] = []
    for doc, name, article in zip(plan.docs, plan.names, result(), strict=True):
        if article.error:
            rejects.append((name, article.error))
        else:
            stored.append(StoredArticle(article=article, text=doc.text, name=name))
    for item in plan.extracted:
        a = item.article
        stored.append(StoredArticle(article=a.model_copy(update={"text": None}), text=a.text or "", name=a.name))
    written = store.write(stored, rejects)
    summary.stored += written.articles
    summary.events += written.events
    summary.already += written.duplicates
    summary.superseded += len(written.superseded)
    for name, error in rejects:
        summary.add_reject(name, error)
    if on_batch:
        on_batch(plan.size, summary)
