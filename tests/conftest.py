"""Shared fixtures: one real spaCy pipeline per test session, and the shared evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flashpoint.evaluate import shared_dir


@pytest.fixture(scope="session")
def pipeline():
    from flashpoint.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published=...) -> Article, with the session's pipeline."""

    def run(text: str, published: str | None = "2024-03-12"):
        article = pipeline.extract(text, published=published, doc_id="t")
        assert article.error is None, article.error
        return article

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared evaluation folder; a user's clone has none (skip), CI must have it (fail)."""
    path = shared_dir()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but the shared evaluation data (../shared) is missing")
        pytest.skip("no ../shared evaluation data in this clone (set FLASHPOINT_SHARED to run these tests)")
    return path


def events_by_code(article, root: str):
    return [e for e in article.events if e.root == root]
