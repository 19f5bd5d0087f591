"""The working state of one document while the extraction stages run over it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..knowledge import Knowledge, TriggerEntry
from ..models import Location, Quantity


@dataclass
class NameHit:
    """A known name found in the text: a country, a seat of power, or a named organisation."""

    start: int  # token index
    end: int
    text: str
    country: str | None
    agent: str | None
    kind: str  # name, demonym, metonym, org
    name: str
    code: str | None = None
    org_kind: str | None = None


@dataclass
class Mention:
    """An actor mention resolved as far as the text allows."""

    head: int
    start: int
    end: int
    text: str
    country: str | None = None
    agent: str | None = None
    name: str | None = None
    code: str | None = None
    kind: str = "unknown"
    evidence: str | None = None
    person: bool = False
    plural: bool = False
    refers_to: int | None = None  # token index of the antecedent's head, for pronouns

    @property
    def informative(self) -> bool:
        return bool(self.country or self.agent or self.code)

    def composite_code(self) -> str | None:
        if self.code:
            return self.code
        if not self.country and not self.agent:
            return None
        country = self.country or "---"
        if country == "IGO":
            return "IGO" + (self.agent or "")
        return country + (self.agent or "")


@dataclass
class QuoteSpan:
    start: int  # character offsets of the quoted words
    end: int
    text: str
    speaker: Mention | None = None
    cue: str | None = None
    kind: str = "direct"
    parts: list[tuple[int, int]] = field(default_factory=list)  # quoted stretches of one statement


@dataclass
class EventDraft:
    trigger: Token
    entry: TriggerEntry | None
    code: str
    rule: str
    source: Mention | None = None
    target: Mention | None = None
    source_tok: Token | None = None
    target_tok: Token | None = None
    modality: str = "asserted"
    claimed_by: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    fatalities: int | None = None
    injured: int | None = None
    # both counts come from one summary clause ('left two dead and three wounded'): later re-tellings of a
    # victim's death are already in them
    tally: bool = False
    added: bool = False  # its counts include victims told of after it (extract/incidents.py)
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    confidence: float = 0.7
    acled_sub: str | None = None
    suppressed: bool = False
    merged_into: EventDraft | None = None

    @property
    def sentence(self) -> Span:
        return self.trigger.sent


@dataclass
class DocState:
    doc: Doc
    text: str
    doc_id: str
    published: dt.date | None
    knowledge: Knowledge
    name_index: Any = None  # actors.NameIndex, built once per pipeline
    gazetteer: Any = None  # where.Gazetteer, built once per pipeline
    shouting: bool = False
    name_hits: list[NameHit] = field(default_factory=list)
    mentions: dict[int, Mention] = field(default_factory=dict)
    dominant_country: str | None = None
    quotes: list[QuoteSpan] = field(default_factory=list)
    drafts: list[EventDraft] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)  # links.LinkDraft
    aliases: dict[int, EventDraft] = field(default_factory=dict)  # merged trigger -> the event it joined
    mentioned: list[EventDraft] = field(default_factory=list)  # every event mention, kept or not
    sources: list[Any] = field(default_factory=list)  # sources.SourceDraft
    statements: list[Any] = field(default_factory=list)  # sources.StatementDraft
    dateline_place: str | None = None
    dateline_region: str | None = None
    dateline_date: dt.date | None = None
    headline: bool = False  # the state of a headline, whose grammar is telegraphic ('Man killed in shooting')

    def hit_at(self, i: int) -> NameHit | None:
        for h in self.name_hits:
            if h.start <= i < h.end:
                return h
        return None

    def quote_at(self, char: int) -> QuoteSpan | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None
