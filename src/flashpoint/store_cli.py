"""The store's commands: `flashpoint ingest`, `flashpoint events`, `flashpoint show`, `flashpoint export`."""

from __future__ import annotations

import csv
import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .cli import _published_option, actor_label, app, snippet
from .errors import Errors, FlashpointError
from .models import Event

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="FLASHPOINT_DB", help="SQLite file or postgresql://user@host/dbname (default ./flashpoint.db).")]


def open_store(db: str | None):
    from sqlalchemy.exc import SQLAlchemyError

    from .store import Store, database_url

    try:
        return Store(db)
    except (SQLAlchemyError, OSError) as e:
        detail = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        raise FlashpointError(Errors.E017.format(url=_safe_url(database_url(db)), detail=detail)) from None


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class DocsPerSecond(ProgressColumn):
    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "… docs/s", style="progress.data.speed")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders (recursive) or feed/page URLs: .txt .html .json .jsonl .rss .atom .xml")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for inputs that carry none.", callback=_published_option)] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction (a kill loses at most one).")] = 32,
    workers: Annotated[int, typer.Option(help="Extraction processes (one model each, ~0.4 GB of memory each).",
                                         min=1)] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract and store a corpus. Articles already stored (same text) are skipped; rerun after a crash.

    Example: flashpoint ingest news/ feeds/world.rss --db events.db
    """
    from .ingest.readers import expand, read_all
    from .ingest.run import ingest as run_ingest

    store = open_store(db)
    inputs = expand(paths)
    total = sum(_estimate(p) for p in inputs)
    console = Console(stderr=True, width=None if sys.stderr.isatty() else 200)
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), DocsPerSecond(),
                        TextColumn("ETA"), TimeRemainingColumn(), console=console, disable=quiet,
                        transient=False)
    started = time.monotonic()
    with progress:
        task = progress.add_task("ingest", total=total or None)

        def advance(n: int, _summary) -> None:
            progress.advance(task, n)
            t = progress.tasks[0]
            if t.total is not None and t.completed > t.total:
                progress.update(task, total=t.completed)

        summary = run_ingest(read_all(inputs, published), store, batch_size=batch_size, workers=workers,
                             on_batch=advance)
    elapsed = time.monotonic() - started
    counts = store.counts()
    console.print(f"{summary.documents} documents in {elapsed:.1f}s: {summary.stored} new articles, "
                  f"{summary.events} events; {summary.already} already stored; "
                  f"{sum(summary.rejected.values())} rejected"
                  + (f"; {summary.superseded} older versions superseded" if summary.superseded else ""))
    for code, n in sorted(summary.rejected.items()):
        name, error = summary.examples[code]
        console.print(f"  {n} × {escape(error)} (first: {escape(name)})")
    console.print(f"store {_safe_url(store.url)}: {counts['articles']} articles, {counts['events']} events")


def _estimate(item: str | Path) -> int:
    """Documents an input will give, for the progress bar: lines of a JSON Lines file, else one."""
    if isinstance(item, Path) and item.suffix.lower() in (".jsonl", ".ndjson"):
        try:
            with item.open("rb") as f:
                return sum(1 for line in f if line.strip())
        except OSError:
            return 1
    return 1


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


EVENT_COLUMNS = ["id", "date", "source_code", "source", "code", "name", "target_code", "target", "place",
                 "country", "fatalities", "modality", "sentence"]


def _query(options: dict):
    """The EventQuery that a command's filter options describe."""
    from .store import EventQuery
    from .store.query import FILTERS

    names = set(FILTERS) - {"include_superseded", "article"}
    return EventQuery(**{k: v for k, v in options.items() if k in names},
                      include_superseded=options["all_versions"])


ActorOpt = Annotated[str | None, typer.Option(help="Actor as source or target: a code (USAGOV, IRQ) or a name.")]
SourceOpt = Annotated[str | None, typer.Option(help="Source actor's code or prefix (with --target: a dyad).")]
TargetOpt = Annotated[str | None, typer.Option(help="Target actor's code or prefix.")]
SourceCountryOpt = Annotated[str | None, typer.Option(help="Source actor's country (ISO3).")]
TargetCountryOpt = Annotated[str | None, typer.Option(help="Target actor's country (ISO3).")]
CodeOpt = Annotated[str | None, typer.Option(help="CAMEO code or prefix: 19 = every 19x code.")]
RootOpt = Annotated[str | None, typer.Option(help="CAMEO root (01-20).")]
SinceOpt = Annotated[str | None, typer.Option(help="Event date from (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option(help="Event date until, inclusive.")]
PlaceOpt = Annotated[str | None, typer.Option(help="Place name (Baghdad) or the place's country (IRQ).")]
MinFatalOpt = Annotated[int | None, typer.Option(help="At least this many killed.")]
TextOpt = Annotated[str | None, typer.Option(help="Words in the event's sentence.")]
AllVersionsOpt = Annotated[bool, typer.Option(help="Include events of superseded article versions.")]


@app.command()
def events(
    db: DbOption = None,
    actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    source_country: SourceCountryOpt = None, target_country: TargetCountryOpt = None,
    code: CodeOpt = None, root: RootOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None, min_fatalities: MinFatalOpt = None, text: TextOpt = None,
    all_versions: AllVersionsOpt = False,
    limit: Annotated[int, typer.Option(help="At most this many events (0 = all).")] = 50,
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """List stored events, newest first, filtered by actor, country, code, date, place, fatalities or words.

    Example: flashpoint events --actor USA --root 19 --since 2020-01
    """
    store = open_store(db)
    query = _query(locals())
    found = store.events(query, limit=limit or None)
    if format is OutputFormat.json:
        print(json.dumps([e.model_dump(mode="json") for e in found], ensure_ascii=False, indent=2))
        return
    rows = [_event_summary(e) for e in found]
    if format is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return
    total = store.count_events(query)
    table = Table(title=f"{len(found)} of {total} events", show_lines=False)
    for col in ("id", "date", "source", "event", "target", "place", "killed", "sentence"):
        table.add_column(col, no_wrap=col in ("id", "date"), max_width={"sentence": 60, "id": 30}.get(col, 22))
    for e, r in zip(found, rows, strict=True):
        table.add_row(e.id, r["date"], actor_label(e.source), escape(f"{e.code} {e.name}"), actor_label(e.target),
                      escape(r["place"]), "" if e.fatalities is None else str(e.fatalities),
                      snippet(e.sentence.text, e.trigger.start - e.sentence.start,
                              e.trigger.end - e.sentence.start, width=120))
    Console(width=None if sys.stdout.isatty() else 200).print(table)


def _event_summary(e: Event) -> dict[str, object]:
    return {"id": e.id, "date": e.date or "", "source_code": e.source.code if e.source else "",
            "source": e.source.text if e.source else "", "code": e.code, "name": e.name,
            "target_code": e.target.code if e.target else "", "target": e.target.text if e.target else "",
            "place": e.location.name if e.location else "", "country": e.location.country if e.location else "",
            "fatalities": "" if e.fatalities is None else e.fatalities, "modality": e.modality,
            "sentence": " ".join(e.sentence.text.split())}


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id (ARTICLE:e3) or its number.")],
    db: DbOption = None,
) -> None:
    """One event in full: who, what, whom, when, where, how many, its sentence, sources, quotes and links.

    Example: flashpoint show 3f2a9c0e1b7d4e5f6a7b8c9d:e4
    """
    store = open_store(db)
    event = store.event(event_id)
    if event is None:
        raise FlashpointError(f"no event {event_id!r} in {_safe_url(store.url)}")
    stored = store.article(event.id.rsplit(":", 1)[0])
    console = Console(width=None if sys.stdout.isatty() else 120)
    a = stored.article if stored else None
    console.print(f"[bold]{escape(event.id)}[/bold]  {event.code} {escape(event.name)}"
                  f"  (root {event.root}, {event.plover or '-'}, Goldstein {event.goldstein:+}, "
                  f"modality {event.modality}, confidence {event.confidence})")
    for label, actor in (("source", event.source), ("target", event.target)):
        if actor:
            console.print(f"  {label}: {escape(actor.text)} → {actor.code or '?'}"
                          f" ({actor.kind}{'; ' + escape(actor.evidence) if actor.evidence else ''})")
    when = event.date or "?"
    if event.date_end:
        when += f" – {event.date_end}"
    console.print(f"  when: {when} ({event.date_precision or 'unknown precision'})")
    if event.location:
        loc = event.location
        console.print(f"  where: {escape(loc.name)}, {loc.country or '?'}"
                      + (f" ({loc.lat:.3f}, {loc.lon:.3f}; GeoNames {loc.geonameid})" if loc.lat is not None else ""))
    for q in event.quantities:
        console.print(f"  how many: {q.value} {q.unit or ''} {q.role or ''} — “{escape(q.text or '')}”")
    if event.acled:
        console.print(f"  ACLED: {event.acled.event_type} / {event.acled.sub_event_type}")
    s = event.sentence
    console.print("\n  " + escape(s.text[:event.trigger.start - s.start]) + "[bold reverse]"
                  + escape(event.trigger.text) + "[/]" + escape(s.text[event.trigger.end - s.start:]))
    prov = event.provenance
    console.print(f"  [dim]rule {escape(prov.rule)}; lexicon {escape(prov.lexicon_entry or '-')};"
                  f" sentence {s.index} chars {s.start}-{s.end}[/dim]")
    if a:
        console.print(f"\n  article {escape(a.id)}: {escape(a.title or stored.name or '')}"
                      f" {escape(a.url or '')} published {a.published or '?'} ({escape(a.source or '')})")
        backing = [src for src in a.sources if event.id in src.events]
        for src in backing:
            console.print(f"  source: {escape(src.text)}" + (" [anonymous]" if src.anonymous else "")
                          + (f" via {escape(src.via)}" if src.via else ""))
        quote_ids = {n for src in backing for n in src.quotes}
        names = {x.name or x.text for x in (event.source, event.target) if x}
        for n, q in enumerate(a.quotes):
            if n in quote_ids or (q.speaker and (q.speaker.name or q.speaker.text) in names):
                who = q.speaker.name or q.speaker.text if q.speaker else "?"
                console.print(f"  quote ({escape(who)}): “{escape(q.text)}”")
        for st in a.statements:
            if event.id in st.events:
                who = st.speaker.name or st.speaker.text if st.speaker else "?"
                console.print(f"  statement ({escape(who)}): {escape(st.text)}")
    for direction, other, relation, evidence in store.links_of(event.id):
        other_event = store.event(other)
        label = f"{other_event.code} {other_event.name}" if other_event else ""
        console.print(f"  {direction} {escape(other)} {escape(label)} [{relation}: “{escape(evidence)}”]")


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    acled = "acled"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="gdelt, acled, jsonl, csv or parquet.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout; "
                                                                        "parquet needs a file).")] = None,
    db: DbOption = None,
    actor: ActorOpt = None, source: SourceOpt = None, target: TargetOpt = None,
    source_country: SourceCountryOpt = None, target_country: TargetCountryOpt = None,
    code: CodeOpt = None, root: RootOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    place: PlaceOpt = None, min_fatalities: MinFatalOpt = None, text: TextOpt = None,
    all_versions: AllVersionsOpt = False,
) -> None:
    """Write stored events as a GDELT 2.0 event table, an ACLED CSV, contract JSON Lines, CSV or Parquet.

    Example: flashpoint export --format acled --since 2020-01-01 -o acled.csv
    """
    from .export import EXPORTERS

    exporter = EXPORTERS[format.value]
    if exporter.binary and output is None:
        raise typer.BadParameter(f"{format.value} is binary: give --output FILE{exporter.suffix}")
    store = open_store(db)
    query = _query(locals())
    if output is None:
        n = exporter.write(store, query, sys.stdout)
    else:
        # write beside the target and rename: a failed export never leaves half a file
        partial = output.with_name(output.name + ".partial")
        with partial.open("wb" if exporter.binary else "w", **({} if exporter.binary else
                                                                {"encoding": "utf-8", "newline": ""})) as f:
            n = exporter.write(store, query, f)
        partial.replace(output)
    unit = "articles" if format is ExportFormat.jsonl else "events"
    print(f"exported {n} {unit} as {format.value}" + (f" to {output}" if output else ""), file=sys.stderr)
