"""`flashpoint ingest`: read inputs, skip what the store has, extract the rest, write a batch per transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from ..models import Document
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
    examples: list[tuple[str, str]] = field(default_factory=list)  # (input, error), the first few
    superseded: int = 0  # older versions of an article's url replaced by an edited text

    def add_reject(self, name: str, error: str) -> None:
        self.rejected[error[1:5] if error.startswith("[") else "other"] += 1
        if len(self.examples) < 20:
            self.examples.append((name, error))


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest(items: Iterable[Item], store: Store, *, batch_size: int = 32,
           pipeline: Callable[[], Pipeline] | None = None,
           on_batch: Callable[[int, IngestSummary], None] | None = None) -> IngestSummary:
    """Store every item; return what happened. The model is loaded only when something needs extracting,
    so re-ingesting a stored corpus costs a hash per document."""
    summary = IngestSummary()
    loaded: list[Pipeline] = []

    def get_pipeline() -> Pipeline:
        if not loaded:
            if pipeline is not None:
                loaded.append(pipeline())
            else:
                from ..pipeline import Pipeline

                loaded.append(Pipeline(batch_size=batch_size))
        return loaded[0]

    seen: set[str] = set()
    for batch in batches(items, batch_size):
        summary.documents += len(batch)
        keyed: dict[str, Item] = {}
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
        todo = {k: v for k, v in keyed.items() if k not in known}
        stored: list[StoredArticle] = []
        docs = [(k, v) for k, v in todo.items() if isinstance(v, Document)]
        if docs:
            keyed_docs = [d.model_copy(update={"id": k}) for k, d in docs]
            for (_, doc), article in zip(docs, get_pipeline().extract_documents(keyed_docs), strict=True):
                if article.error:
                    rejects.append((doc.id, article.error))
                else:
                    stored.append(StoredArticle(article=article, text=doc.text, name=doc.id))
        for _, item in todo.items():
            if isinstance(item, Extracted):
                a = item.article
                stored.append(StoredArticle(article=a.model_copy(update={"text": None}), text=a.text or "",
                                            name=a.name))
        result = store.write(stored, rejects)
        summary.stored += result.articles
        summary.events += result.events
        summary.already += result.duplicates
        summary.superseded += len(result.superseded)
        for name, error in rejects:
            summary.add_reject(name, error)
        if on_batch:
            on_batch(len(batch), summary)
    return summary
