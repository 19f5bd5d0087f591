import pytest

from flashpoint import pipeline  # noqa: F401  (registers the stages)
from flashpoint.nlp import registry
from flashpoint.pipeline import DEFAULT_STAGES

# The registered stage names are part of the public interface: renaming one is a breaking change.
SNAPSHOT = [
    "flashpoint.events.v1",
    "flashpoint.incidents.v1",
    "flashpoint.links.v1",
    "flashpoint.mentions.v1",
    "flashpoint.modality.v1",
    "flashpoint.participants.v1",
    "flashpoint.quotes.v1",
    "flashpoint.sources.v1",
    "flashpoint.when.v1",
    "flashpoint.where.v1",
]


def test_registry_matches_snapshot():
    assert registry.names() == SNAPSHOT


def test_registry_default_order_is_valid():
    registry.check_order(DEFAULT_STAGES)


def test_registry_rejects_wrong_order():
    with pytest.raises(ValueError, match="requires"):
        registry.check_order(["flashpoint.events.v1", "flashpoint.mentions.v1"])
