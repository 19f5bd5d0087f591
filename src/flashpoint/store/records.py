"""Contract records to table rows and back; the round trip is lossless (a test checks it)."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from typing import Any

from ..models import (
    AcledType,
    Actor,
    Article,
    Event,
    Link,
    Location,
    Provenance,
    Quantity,
    Quote,
    SentenceRef,
    Source,
    Span,
    Statement,
)

ACTOR_FIELDS = ("text", "name", "code", "country", "agent", "kind", "start", "end", "evidence")


def article_key(text: str) -> str:
    """The article's identity: a hash of its text with Unicode and whitespace normalised, so that a
    re-encoded or re-wrapped copy is the same article and an edited one is not."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:24]


@lru_cache(maxsize=1 << 16)  # the same actors recur across a batch's events
def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def actor_id(a: Actor) -> str:
    return _digest(a.code, a.name or a.text, a.country, a.agent, a.kind)


def location_id(loc: Location) -> str:
    return f"g{loc.geonameid}" if loc.geonameid else _digest(loc.name, loc.country, loc.admin1)


def actor_row(a: Actor) -> dict[str, Any]:
    return {"id": actor_id(a), "code": a.code, "name": a.name or a.text, "country": a.country, "agent": a.agent,
            "kind": a.kind}


def location_row(loc: Location) -> dict[str, Any]:
    """The place itself, shared by its events (how an event found it is the event's: events.location_source)."""
    return {"id": location_id(loc), **loc.model_dump(exclude={"source"})}


def event_row(e: Event, article_id: str, seq: int) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": e.id, "article_id": article_id, "seq": seq, "code": e.code, "root": e.root, "name": e.name,
        "plover": e.plover, "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
        "quad_class": e.quad_class, "goldstein": e.goldstein,
        "date": e.date, "date_precision": e.date_precision, "date_end": e.date_end,
        "location_id": location_id(e.location) if e.location else None,
        "location_name": e.location.name if e.location else None,
        "location_country": e.location.country if e.location else None,
        "location_source": e.location.source if e.location else None,
        "fatalities": e.fatalities, "injured": e.injured,
        "quantities": [q.model_dump() for q in e.quantities], "modality": e.modality, "claimed_by": e.claimed_by,
        "sourcing": e.sourcing, "section": e.section, "sentence_index": e.sentence.index,
        "sentence_start": e.sentence.start, "sentence_end": e.sentence.end, "sentence": e.sentence.text,
        "trigger": e.trigger.text,
        "trigger_start": e.trigger.start, "trigger_end": e.trigger.end, "confidence": e.confidence,
        "rule": e.provenance.rule, "lexicon_entry": e.provenance.lexicon_entry, "lexicon": e.provenance.lexicon,
        "pipeline_version": e.provenance.pipeline_version,
    }
    for role, actor in (("source", e.source), ("target", e.target)):
        row[f"{role}_actor_id"] = actor_id(actor) if actor else None
        for f in ACTOR_FIELDS:
            row[f"{role}_{f}"] = getattr(actor, f) if actor else None
    return row


def event_from_row(row: Any, location: Location | None) -> Event:
    """An Event from an `events` row (a mapping) and its place (from the joined `locations` row)."""
    r = dict(row)
    actors = {}
    for role in ("source", "target"):
        fields = {f: r[f"{role}_{f}"] for f in ACTOR_FIELDS}
        actors[role] = Actor(**fields) if fields["text"] is not None else None
    return Event(
        id=r["id"], code=r["code"], root=r["root"], name=r["name"], plover=r["plover"],
        acled=AcledType(event_type=r["acled_event_type"], sub_event_type=r["acled_sub_event_type"])
        if r["acled_event_type"] else None,
        quad_class=r["quad_class"], goldstein=r["goldstein"], source=actors["source"], target=actors["target"],
        date=r["date"], date_precision=r["date_precision"], date_end=r["date_end"], location=location,
        fatalities=r["fatalities"], injured=r["injured"],
        quantities=[Quantity(**q) for q in r["quantities"] or []], modality=r["modality"],
        claimed_by=r["claimed_by"], sourcing=r["sourcing"], section=r["section"] or "text",
        sentence=SentenceRef(index=r["sentence_index"], start=r["sentence_start"], end=r["sentence_end"],
                             text=r["sentence"]),
        trigger=Span(text=r["trigger"], start=r["trigger_start"], end=r["trigger_end"]),
        confidence=r["confidence"],
        provenance=Provenance(rule=r["rule"], lexicon_entry=r["lexicon_entry"], lexicon=r["lexicon"],
                              pipeline_version=r["pipeline_version"]),
    )


def quote_rows(article: Article) -> list[dict[str, Any]]:
    rows = []
    for seq, q in enumerate(article.quotes):
        rows.append(_speech_row(article.id, seq, q, parts=[p.model_dump() for p in q.parts], events=None))
    offset = len(article.quotes)
    for n, s in enumerate(article.statements):
        rows.append(_speech_row(article.id, offset + n, s, parts=None, events=list(s.events)))
    return rows


def _speech_row(article_id: str, seq: int, q: Quote | Statement, parts, events) -> dict[str, Any]:
    sp = q.speaker
    return {"article_id": article_id, "seq": seq, "kind": q.kind, "text": q.text, "start": q.start, "end": q.end,
            "speaker": sp.model_dump() if sp else None, "speaker_name": (sp.name or sp.text) if sp else None,
            "speaker_code": sp.code if sp else None, "cue": q.cue, "parts": parts, "events": events}


def quotes_from_rows(rows) -> tuple[list[Quote], list[Statement]]:
    quotes, statements = [], []
    for r in sorted(rows, key=lambda r: r["seq"]):
        speaker = Actor(**r["speaker"]) if r["speaker"] else None
        if r["kind"] == "indirect":
            statements.append(Statement(text=r["text"], start=r["start"], end=r["end"], speaker=speaker,
                                        cue=r["cue"], events=r["events"] or []))
        else:
            quotes.append(Quote(text=r["text"], start=r["start"], end=r["end"], speaker=speaker, cue=r["cue"],
                                kind=r["kind"], parts=[Span(**p) for p in r["parts"] or []]))
    return quotes, statements


def source_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "seq": n, **s.model_dump()} for n, s in enumerate(article.sources)]


def source_from_row(r: Any) -> Source:
    return Source(**{k: r[k] for k in Source.model_fields})


def link_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "seq": n, **link.model_dump()} for n, link in enumerate(article.links)]


def link_from_row(r: Any) -> Link:
    return Link(**{k: r[k] for k in Link.model_fields})
