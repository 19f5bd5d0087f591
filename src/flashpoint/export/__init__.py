"""Exports: the store's events in the shapes other tools read — GDELT 2.0 and ACLED tables, the contract's
JSON Lines, flat CSV and Parquet. A registry maps each format name to its writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import EventQuery, Store


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    binary: bool
    write: Callable[[Store, EventQuery, IO], int]  # returns the number of records written
    help: str


EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str, suffix: str, help: str, binary: bool = False):
    def register(func: Callable[[Store, EventQuery, IO], int]):
        EXPORTERS[name] = Exporter(name, suffix, binary, func, help)
        return func
    return register


def _load_all() -> None:
    from . import acled, gdelt, tables  # noqa: F401  (register the exporters)


_load_all()
