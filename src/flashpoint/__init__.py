"""Flashpoint: who did what to whom, where, when, how many, who says so — from news text.

    >>> from flashpoint import extract
    >>> article = extract("Protesters stormed the embassy on Tuesday.", published="2024-05-07")
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Pipeline", "__version__", "extract"]


def __getattr__(name: str):
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)


def extract(text: str, published: str | None = None, doc_id: str = "doc"):
    """Extract one article with a pipeline that is built once per process."""
    from .pipeline import default_pipeline

    return default_pipeline().extract(text, published=published, doc_id=doc_id)
