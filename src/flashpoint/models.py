"""Typed records that cross stage boundaries; they serialise to the output contract.

The contract (docs/output-contract.md) fixes the field names the reference scorer reads; the extra
fields here (provenance, actor kind, quote cue ...) are additions the contract welcomes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal["asserted", "planned", "threatened", "hypothetical", "negated", "claimed"]
DatePrecision = Literal["day", "week", "month", "year"]
ActorKind = Literal["state", "non-state", "IGO", "person", "unknown"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A stretch of the input text, by character offsets."""

    text: str
    start: int
    end: int


class SentenceRef(Span):
    index: int


class Actor(Record):
    """Who acts or is acted upon, resolved to a CAMEO actor code where the text gives evidence."""

    text: str
    name: str | None = None
    code: str | None = Field(None, description="CAMEO composite code, e.g. USAGOV, IRQREB, IGOUNO")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3, 'IGO', or null when unknown")
    agent: str | None = Field(None, description="CAMEO sector code: GOV, MIL, COP, REB, CVL ...")
    kind: ActorKind = "unknown"
    start: int | None = None
    end: int | None = None
    evidence: str | None = Field(None, description="what fixed the country: demonym, name, title, coreference ...")


class Location(Record):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = Field(None, description="country, region, admin1 (a US state), city")
    source: str | None = Field(None, description="how the place was found: event (a phrase of the event's own), "
                               "sentence, occurrence ('the shooting happened in ...', 'deputies were sent to a "
                               "home in ...'), police (the town of the local police handling it, when the "
                               "dateline is another city), dateline, context (the article's place around the "
                               "event), headline")


class Quantity(Record):
    value: int
    unit: str | None = None
    role: str | None = Field(None, description="killed, injured, arrested, deployed, displaced, people")
    text: str | None = None


class AcledType(Record):
    event_type: str
    sub_event_type: str


class Provenance(Record):
    """Why the event exists: the rule and lexicon entry that fired."""

    rule: str
    lexicon_entry: str | None = None
    lexicon: str | None = None
    pipeline_version: str


class Event(Record):
    id: str
    code: str
    root: str
    name: str
    plover: str | None = None
    acled: AcledType | None = None
    quad_class: int
    goldstein: float
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_end: str | None = None
    location: Location | None = None
    fatalities: int | None = None
    injured: int | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    modality: Modality = "asserted"
    claimed_by: str | None = None
    sourcing: Literal["named", "anonymous", "party"] | None = Field(
        None, description="who the event rests on: named sources, only anonymous ones, or only a party to it")
    section: Literal["text", "title"] = Field(
        "text", description="where the event is told: the text, or the headline (offsets are then into the title)")
    sentence: SentenceRef
    trigger: Span
    confidence: float
    provenance: Provenance


class Quote(Record):
    """A direct quote. One statement interrupted by its attribution ('"A," he said. "B."') is one quote:
    `text` joins the quoted parts, `start`/`end` span them, `parts` gives each part's offsets."""

    text: str
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None
    kind: Literal["direct", "indirect"] = "direct"
    parts: list[Span] = Field(default_factory=list)


class Statement(Record):
    """An indirect quote ('X said that ...'): what a speaker said, in the article's words. Direct quotes
    (the speaker's own words) are in `quotes`."""

    text: str
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None
    kind: Literal["indirect"] = "indirect"
    events: list[str] = Field(default_factory=list)


class Source(Record):
    """Who reported an event or a quote: named or anonymous, and through whom ('via')."""

    id: str
    text: str = Field(description="the source as the article describes it: 'a U.S. official', 'police'")
    name: str | None = None
    code: str | None = None
    anonymous: bool = False
    via: str | None = Field(None, description="who passed it on: 'Associated Press' in '... told AP'")
    cue: str | None = None
    start: int
    end: int
    events: list[str] = Field(default_factory=list, description="ids of the events it reports")
    quotes: list[int] = Field(default_factory=list, description="positions of the quotes it gives")


class Link(Record):
    cause: str
    effect: str
    relation: Literal["response", "retaliation", "cause"]
    evidence: str
    start: int | None = None
    end: int | None = None


class Document(Record):
    """One input document, as the contract's input form describes it."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


class Article(Record):
    """One document's extraction; `error` is set (and the lists are empty) when the document was unusable."""

    id: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    error: str | None = None
    name: str | None = Field(None, description="the input's own id, when `id` is the store's article key")
    text: str | None = Field(None, description="the article text (store exports carry it so they re-ingest)")

    def to_contract(self) -> dict:
        """The JSON object the output contract describes (nulls kept, unset optional metadata dropped)."""
        data = self.model_dump(mode="json")
        for key in ("title", "url", "source", "error", "name", "text"):
            if data.get(key) is None:
                data.pop(key, None)
        return data
