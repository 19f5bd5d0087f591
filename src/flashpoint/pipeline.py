"""The extraction pipeline: spaCy parse once, then Flashpoint's registered stages, then typed records."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import cache

from . import __version__, headline
from .errors import Errors
from .extract import (  # noqa: F401  (importing them registers the stages)
    actors,
    compose,
    events,
    incidents,
    links,
    modality,
    quotes,
    sources,
    when,
    where,
)
from .extract.state import DocState, EventDraft, Mention
from .ingest import Rejected, check_text
from .knowledge import Knowledge, load_knowledge
from .models import (
    AcledType,
    Actor,
    Article,
    Document,
    Event,
    Link,
    Provenance,
    Quote,
    SentenceRef,
    Source,
    Span,
    Statement,
)
from .nlp import headline_for_parsing, is_shouting, load_model, registry, text_for_parsing

DEFAULT_STAGES = ["flashpoint.mentions.v1", "flashpoint.quotes.v1", "flashpoint.events.v1",
                  "flashpoint.modality.v1", "flashpoint.when.v1", "flashpoint.where.v1", "flashpoint.incidents.v1",
                  "flashpoint.participants.v1", "flashpoint.sources.v1", "flashpoint.links.v1"]
# Stages a headline does not need: only its events are kept (its sources and links are the text's).
HEADLINE_SKIPS = {"flashpoint.sources.v1", "flashpoint.links.v1"}
CIVILIAN_AGENTS = {"CVL", "REF", "EDU", "MED", "HLH", "REL", "LAB", "BUS", "HRI", "AGR"}
STATE_FORCES = {"GOV", "MIL", "COP"}
# Nouns of an exchange of fire: people killed in one were fighting, not attacked civilians.
BATTLE_NOUNS = ("gunbattle", "battle", "clash", "firefight", "fighting", "skirmish", "shootout", "gunfight")
# ('BAGHDAD (AP) —', 'PUEBLO, Colo. —', 'GREENCASTLE, FRANKLIN COUNTY, Pa. --', 'SAN SALVADOR, 3 JAN 90 --')
DATELINE = re.compile(
    r"^[\s\u200b\ufeff]*(?P<place>[A-Z][A-Z .'\-]{2,40}?)"
    r"(?:,\s*(?P<county>[A-Z][A-Za-z .'\-]{1,30}? (?:COUNTY|County|PARISH|Parish)))?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .'\-]{1,30}?))??"
    r"(?:,\s*(?P<date>\d{1,2} [A-Z]{3}(?: \d{2,4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z0-9 .&'/\-]+)\))?\s*(?:--|—|–|-|:)\s")  # ('(CBS 8)', '(AP)')


class Pipeline:
    """Loads the model and knowledge once; extracts Articles from Documents in batches."""

    def __init__(self, knowledge: Knowledge | None = None, stages: list[str] | None = None,
                 batch_size: int = 16) -> None:
        self.knowledge = knowledge or load_knowledge()
        self.stage_names = stages or list(DEFAULT_STAGES)
        registry.check_order(self.stage_names)
        self.stages = [registry.get(n) for n in self.stage_names]
        self.nlp = load_model()
        self.batch_size = batch_size
        self.name_index = actors.NameIndex(self.nlp.vocab, self.knowledge)
        self.gazetteer = where.Gazetteer(self.knowledge)
        self.headline_words = headline.HeadlineWords(self.knowledge, self.gazetteer, self.nlp.vocab)

    # -- public API --------------------------------------------------------------------------
    def extract(self, text: str, published: str | None = None, doc_id: str = "doc") -> Article:
        return next(self.extract_documents([Document(id=doc_id, text=text, published=published)]))

    def extract_documents(self, inputs: Iterable[Document | Rejected]) -> Iterator[Article]:
        """Articles in input order; a bad document yields an Article with `error` and nothing is lost."""
        buffer: list[Document | Rejected] = []
        for item in inputs:
            buffer.append(item)
            if len(buffer) >= self.batch_size:
                yield from self._run_batch(buffer)
                buffer = []
        if buffer:
            yield from self._run_batch(buffer)

    # -- internals ---------------------------------------------------------------------------
    def _run_batch(self, batch: list[Document | Rejected]) -> Iterator[Article]:
        problems: dict[int, str] = {}
        texts: list[str] = []
        titles: list[str | None] = []  # per readable document: its headline as the parser sees it, if any
        for i, item in enumerate(batch):
            if isinstance(item, Rejected):
                problems[i] = item.error
                continue
            reason = check_text(item.text)
            if reason:
                problems[i] = reason
                continue
            try:
                text = parse_text(item.text)
                title = self._headline_text(item, text)
            except Exception as e:  # one document's failure must not lose the others
                problems[i] = Errors.E011.format(detail=f"{type(e).__name__}: {e}")
                continue
            texts.append(text)
            titles.append(title)
        parsed = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
        # the headlines parsed in a batch of their own, as the texts are
        parsed_titles = iter(self.nlp.pipe((t for t in titles if t), batch_size=self.batch_size))
        titles_left = iter(titles)
        for i, item in enumerate(batch):
            if i in problems:
                yield Article(id=item.id, published=getattr(item, "published", None), error=problems[i])
                continue
            doc = next(parsed)
            title_doc = next(parsed_titles) if next(titles_left) else None
            try:
                yield self._article(item, doc, title_doc)
            except Exception as e:  # one document's failure must not lose the others
                yield Article(id=item.id, published=item.published,
                              error=Errors.E011.format(detail=f"{type(e).__name__}: {e}"))

    def _state(self, document: Document, doc, text: str) -> DocState:
        published = dt.date.fromisoformat(document.published) if document.published else None
        return DocState(doc=doc, text=text, doc_id=document.id, published=published,
                        knowledge=self.knowledge, name_index=self.name_index, gazetteer=self.gazetteer,
                        shouting=is_shouting(text))

    def _article(self, document: Document, doc, title_doc=None) -> Article:
        state = self._state(document, doc, document.text)
        _read_dateline(state)
        for stage in self.stages:
            stage.func(state)
        title = self._headline_state(document, state, title_doc) if title_doc is not None else None
        if title is not None:
            finder = where.PlaceFinder(state, state.gazetteer)  # (the text's places, read once for both)
            headline.place_from_headline(state, title, finder)
            headline.place_from_text(title, state, finder)
            headline.hit_split_by_text(title, state)
            # 'Two 16-year-olds were shot' under 'Teen dead after double shooting': the headline splits the
            # text's count of all who were hit
            compose.take_splits(compose.standing_attacks(state, with_victim=False),
                                compose.standing_attacks(title, with_victim=False), resplit=True)
            # 'Teen dead after shooting' over a text that tells only of a teen shot: the one death
            incidents.lone_victim(state, title)
        sentence_index = {s.start: i for i, s in enumerate(doc.sents)}
        events_out = [self._event(state, d, n, sentence_index) for n, d in enumerate(state.drafts, 1)]
        ids = {id(d): e.id for d, e in zip(state.drafts, events_out, strict=True)}
        links_out = []
        for link in state.links:
            start, end = links.evidence_span(link.cue)
            links_out.append(Link(cause=ids[id(link.cause)], effect=ids[id(link.effect)], relation=link.relation,
                                  evidence=state.text[start:end], start=start, end=end))
        quotes_out = [Quote(text=q.text, start=q.start, end=q.end, speaker=_actor(q.speaker, state),
                            cue=q.cue, kind=q.kind,
                            parts=[Span(text=state.text[s:e], start=s, end=e) for s, e in q.parts])
                      for q in state.quotes]
        sources_out = self._sources(state, ids, events_out)
        statements_out = [Statement(text=state.text[st.start:st.end], start=st.start, end=st.end,
                                    speaker=_actor(st.speaker, state), cue=st.cue,
                                    events=[ids[id(d)] for d in st.events if id(d) in ids])
                          for st in state.statements]
        if title is not None:
            events_out += self._headline_events(title, state, first=len(events_out) + 1)
        return Article(id=document.id, published=document.published, title=document.title, url=document.url,
                       source=document.source, events=events_out, quotes=quotes_out, links=links_out,
                       sources=sources_out, statements=statements_out)

    def _headline_text(self, document: Document, body_text: str) -> str | None:
        """The headline as the parser should see it (in sentence case, see `nlp.headline_for_parsing`), or
        None when there is none to read."""
        title = (document.title or "").strip()
        if not title or check_text(title):
            return None
        return parse_text(headline_for_parsing(title, body_text, self.headline_words.is_place))

    def _headline_state(self, document: Document, body: DocState, title_doc) -> DocState:
        """The headline read as a text of its own, in the body's dateline context."""
        state = self._state(document, title_doc, (document.title or "").strip())
        state.dateline_place, state.dateline_region = body.dateline_place, body.dateline_region
        state.dateline_date = body.dateline_date
        state.headline = True
        for stage in self.stages:
            if stage.name not in HEADLINE_SKIPS:
                stage.func(state)
        return state

    def _headline_events(self, state: DocState, body: DocState, first: int) -> list[Event]:
        """The headline's events that add to the text (`headline.kept_drafts`), marked as the title's."""
        kept = headline.kept_drafts(state, body)
        sentence_index = {s.start: i for i, s in enumerate(state.doc.sents)}
        out = []
        for n, d in enumerate(kept, first):
            event = self._event(state, d, n, sentence_index)
            event.section = "title"
            event.provenance.rule = f"title:{event.provenance.rule}"
            out.append(event)
        return out

    def _sources(self, state: DocState, ids: dict[int, str], events_out: list[Event]) -> list[Source]:
        out = []
        quote_pos = {id(q): n for n, q in enumerate(state.quotes)}
        by_event: dict[str, list] = {}
        for n, s in enumerate(state.sources, 1):
            m = s.mention
            record = Source(id=f"{state.doc_id}:s{n}", text=s.text, name=m.name if m else None,
                            code=m.composite_code() if m else None, anonymous=s.anonymous,
                            via=(s.via.name or s.via.text) if s.via else None, cue=s.cue, start=s.start,
                            end=s.end, events=[ids[id(d)] for d in s.events if id(d) in ids],
                            quotes=[quote_pos[id(q)] for q in s.quotes if id(q) in quote_pos])
            out.append(record)
            for d in s.events:
                by_event.setdefault(ids.get(id(d), ""), []).append((s, d))
        for e in events_out:
            backing = by_event.get(e.id)
            if not backing:
                continue
            if all(s.anonymous for s, _ in backing):
                e.sourcing = "anonymous"
            elif all(_is_party(s.mention, d) for s, d in backing):
                e.sourcing = "party"
            else:
                e.sourcing = "named"
        return out

    def _event(self, state: DocState, d: EventDraft, n: int, sentence_index: dict[int, int]) -> Event:
        k = self.knowledge
        info = k.code_info(d.code)
        types = k.type_of(d.code)
        plover, acled_type, acled_sub = types.plover, types.acled_event_type, types.acled_sub_event_type
        if d.acled_sub and acled_type:
            acled_sub = d.acled_sub
            acled_type = "Explosions/Remote violence" if acled_sub in EXPLOSION_SUBTYPES else acled_type
        target_agent = d.target.agent if d.target else None
        source_agent = d.source.agent if d.source else None
        battle = any(f":{noun}" in d.rule for noun in BATTLE_NOUNS)  # 'killed three men in a gunbattle'
        if info.root in ("19",) and target_agent in CIVILIAN_AGENTS and acled_type in ("Battles", None) and \
                not battle:
            # violence by armed actors against unarmed people: ASSAULT, ACLED violence against civilians
            plover, acled_type, acled_sub = "ASSAULT", "Violence against civilians", "Attack"
        if d.code.startswith("192") and source_agent in STATE_FORCES:
            acled_sub = "Government regains territory"
        if d.code.startswith("14") and target_agent in ("COP", "MIL") and acled_type == "Protests":
            acled_sub = "Protest with intervention"
        sent = d.trigger.sent
        tok = d.trigger
        parsed = sent.text
        lead = len(parsed) - len(parsed.lstrip())  # a blanked dateline or leading spaces
        sent_start = sent.start_char + lead
        sent_text = state.text[sent_start:sent.end_char].rstrip()
        confidence = 0.5
        confidence += 0.2 if d.source is not None and d.source.country else 0.0
        confidence += 0.1 if d.target is not None and d.target.country else 0.0
        confidence += 0.1 if d.rule.startswith("verb") or "light" in d.rule else 0.0
        confidence -= modality.doubt(d.modality, d.claimed_by)
        return Event(
            id=f"{state.doc_id}:e{n}", code=d.code, root=info.root, name=info.name, plover=plover,
            acled=AcledType(event_type=acled_type, sub_event_type=acled_sub) if acled_type and acled_sub else None,
            quad_class=info.quad_class, goldstein=info.goldstein,
            source=_actor(d.source, state), target=_actor(d.target, state),
            date=d.date, date_precision=d.date_precision, date_end=d.date_end, location=d.location,
            fatalities=d.fatalities, injured=d.injured, quantities=d.quantities, modality=d.modality,
            claimed_by=d.claimed_by,
            sentence=SentenceRef(index=sentence_index[sent.start], start=sent_start,
                                 end=sent_start + len(sent_text), text=sent_text),
            trigger=Span(text=state.text[tok.idx:tok.idx + len(tok)], start=tok.idx, end=tok.idx + len(tok)),
            confidence=round(max(0.05, min(confidence, 0.99)), 2),
            provenance=Provenance(rule=d.rule, lexicon_entry=_entry_ref(d), lexicon=k.version,
                                  pipeline_version=__version__),
        )


def _is_party(m: Mention | None, d: EventDraft) -> bool:
    """A source that is itself the actor or the target of the event it reports."""
    if m is None or not m.country:
        return False
    return any(a is not None and a.country == m.country and (a.agent == m.agent or not m.agent)
               for a in (d.source, d.target))


@cache
def default_pipeline() -> Pipeline:
    return Pipeline()


EXPLOSION_SUBTYPES = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                      "Grenade", "Suicide bomb", "Chemical weapon"}


def _entry_ref(d: EventDraft) -> str | None:
    return f"events.tsv:{d.entry.line} {d.entry.pos} {d.entry.pattern}" if d.entry else None


def _actor(m: Mention | None, state: DocState) -> Actor | None:
    if m is None:
        return None
    kind = m.kind if m.kind in ("state", "non-state", "IGO", "person") else "unknown"
    if m.start < 0 or m.end <= m.start:  # implied by the text, not named in it ('the government there')
        return Actor(text=m.text, name=m.name, code=m.composite_code(), country=m.country, agent=m.agent,
                     kind=kind, evidence=m.evidence)
    start, end = state.doc[m.start].idx, state.doc[m.end - 1].idx + len(state.doc[m.end - 1])
    return Actor(text=state.text[start:end], name=m.name, code=m.composite_code(), country=m.country,
                 agent=m.agent, kind=kind, start=start, end=end, evidence=m.evidence)


def parse_text(text: str) -> str:
    """The text the parser sees: normalised (see nlp.text_for_parsing) and without the dateline, which
    is read separately and only confuses the parse of the first sentence. Offsets are unchanged."""
    out = text_for_parsing(text)
    m = DATELINE.match(out[:160]) or DATELINE.match(text[:160])
    if m:
        out = " " * m.end() + out[m.end():]
        # a scraped page may repeat it: 'MIAMI (WSVN) - MIAMI (WSVN) - ...'
        again = DATELINE.match(out[m.end():m.end() + 160])
        if again and again.group("place").strip() == m.group("place").strip():
            out = " " * (m.end() + again.end()) + out[m.end() + again.end():]
    return out


def find_dateline(text: str) -> re.Match | None:
    """The dateline at the start, or at the start of a line near the top of a scraped page
    ('November 21, 2014 6:40 AM\n\nPITTSBURGH (KDKA) – ...'): a line opening with a place in capitals and
    a news agency in brackets."""
    m = DATELINE.match(text[:120])
    if m:
        return m
    top = text[:1200]
    shouting = sum(c.isupper() for c in top) > sum(c.islower() for c in top)
    for line in re.finditer(r"(?:^|\n|\s{2,})(?=[\u200b\ufeff]*[A-Z])", top):
        m = DATELINE.match(text[line.end():line.end() + 120])
        if m is None:
            continue
        if m.group("agency") and line.start() < 600:
            return m
        # without an agency, only at a paragraph's start in a page that is not all capitals (wire copy in
        # capitals wraps its lines: 'HEADQUARTERS -- IN WHICH' is no dateline)
        paragraph = line.start() == 0 or "\n\n" in line.group(0) or line.group(0).startswith("  ")
        if paragraph and not shouting and _bare_dateline(m):
            return m
    return None


# Capitalised words that open a line of a scraped page like a dateline but name no place.
NOT_DATELINES = {"UPDATE", "UPDATED", "BREAKING", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "CLOSE", "RELATED", "NOTE",
                 "EDITOR'S NOTE", "CORRECTION", "ADVERTISEMENT", "LIVE", "NEW", "READ MORE", "MORE", "GALLERY"}


def _bare_dateline(m: re.Match) -> bool:
    """'EVERETT — Officials have identified ...' below a page's captions: a place in capitals (at most three
    words) and a dash, with no agency. A colon is not enough ('UPDATE: ...')."""
    place = m.group("place").strip()
    dash = m.group(0)[m.end("place"):].strip()
    return (place not in NOT_DATELINES and len(place.split()) <= 3 and len(place) >= 4
            and dash[-2:].strip() in ("--", "—", "–", "-") and not dash.endswith(":"))


def _read_dateline(state: DocState) -> None:
    """'SAN SALVADOR, 3 JAN 90 -- ...' or 'BAGHDAD (AP) — ...': place (and date) context for the article."""
    m = find_dateline(state.text)
    if not m:
        return
    state.dateline_place = m.group("place").strip().title() if m.group("place") else None
    state.dateline_region = m.group("region").strip() if m.group("region") else None
    if m.group("date"):
        r = when.resolve_expression(m.group("date"), state.published)
        if r is not None:
            state.dateline_date = r.date
