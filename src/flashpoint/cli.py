"""The `flashpoint` command."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from .errors import Errors, FlashpointError
from .ingest import check_date, read_inputs
from .models import Article

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False)
err = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.callback()
def main() -> None:
    """Flashpoint: who did what to whom, where, when, how many, who says so — from news text."""


def _published_option(value: str | None) -> str | None:
    try:
        return check_date(value)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None


@app.command()
def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="Text files, one document each; '-' reads stdin.")] = None,
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSON Lines: {id, text, published?}.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for text files.",
                                                  callback=_published_option)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table, json or jsonl.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents parsed per batch.")] = 16,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Actor dictionary: Flashpoint YAML or PETRARCH/TABARI .txt (repeatable).")] = None,
) -> None:
    """Extract events, actors, dates, places, counts and quotes from news articles.

    Example: flashpoint extract examples/harbour-clash.txt --published 2024-03-12
    """
    paths = paths or []
    if not paths and input is None:
        raise typer.BadParameter("give text files, '-' for stdin, or --input FILE.jsonl")
    stdin_text = sys.stdin.read() if "-" in paths else None
    from .knowledge import load_knowledge
    from .knowledge.dictionaries import with_dictionaries
    from .pipeline import Pipeline

    knowledge = with_dictionaries(load_knowledge(), actors) if actors else None
    pipeline = Pipeline(knowledge=knowledge, batch_size=batch_size)
    docs = read_inputs(paths, jsonl=str(input) if input else None, published=published, stdin_text=stdin_text)
    out = output.open("w", encoding="utf-8") if output else None
    try:
        articles = []
        for article in pipeline.extract_documents(docs):
            if article.error:
                print(f"{article.id}: {article.error}", file=sys.stderr, flush=True)
            if format is Format.jsonl:
                line = json.dumps(article.to_contract(), ensure_ascii=False)
                (out.write(line + "\n") if out else print(line, flush=False))
            else:
                articles.append(article)
        if format is Format.json:
            data = [a.to_contract() for a in articles]
            text = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
            (out.write(text + "\n") if out else print(text))
        elif format is Format.table:
            # a pipe or a file gets a wide table; a terminal its own width
            console = Console(file=out, width=160) if out else Console(width=None if sys.stdout.isatty() else 160)
            for a in articles:
                console.print(event_table(a))
    finally:
        if out:
            out.close()


def event_table(article: Article) -> Table:
    """A rich table of one article's events: when, who, what, to whom, where, how many, and the words."""
    title = f"{article.id}" + (f" — published {article.published}" if article.published else "")
    table = Table(title=title, show_lines=True, expand=False)
    table.add_column("#", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", max_width=16)
    table.add_column("event", max_width=30)
    table.add_column("target", max_width=16)
    table.add_column("place", max_width=14)
    table.add_column("killed", justify="right")
    table.add_column("evidence", max_width=48)
    table.add_column("links", no_wrap=True)
    if article.error:
        table.caption = article.error
    arrows = link_arrows(article)
    for e in article.events:
        table.add_row(
            short_id(e.id),
            e.date or "",
            actor_label(e.source),
            f"{e.code} {e.name}" + ("" if e.modality == "asserted" else f" [{e.modality}]"),
            actor_label(e.target),
            escape(e.location.name) if e.location else "",
            "" if e.fatalities is None else str(e.fatalities),
            snippet(e.sentence.text, e.trigger.start - e.sentence.start, e.trigger.end - e.sentence.start),
            "\n".join(arrows.get(e.id, [])),
        )
    return table


def short_id(event_id: str) -> str:
    return event_id.rsplit(":", 1)[-1]


def link_arrows(article: Article) -> dict[str, list[str]]:
    """'← e1 response' on the effect, '→ e3' on the cause."""
    out: dict[str, list[str]] = {}
    for link in article.links:
        out.setdefault(link.effect, []).append(f"← {short_id(link.cause)} {link.relation}")
        out.setdefault(link.cause, []).append(f"→ {short_id(link.effect)}")
    return out


def actor_label(actor) -> str:
    if actor is None:
        return ""
    return escape(f"{actor.code}\n{actor.text}" if actor.code else actor.text)


def snippet(sentence: str, start: int, end: int, width: int = 90) -> str:
    """The sentence around the trigger, the trigger in brackets."""
    text = " ".join(sentence[:start].split()[-8:]) + " [" + sentence[start:end] + "] " + \
        " ".join(sentence[end:].split()[:8])
    return escape(text if len(text) <= width else text[:width - 1] + "…")


from . import store_cli  # noqa: E402,F401  (registers ingest, events, show, export)


def run() -> None:  # pragma: no cover - console entry point
    """Run the CLI; known errors end in one line on stderr, never a traceback."""
    try:
        app(standalone_mode=True)
    except FlashpointError as e:
        print(f"flashpoint: {e}", file=sys.stderr)
        sys.exit(1)
    except SQLAlchemyError as e:
        detail = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        print(f"flashpoint: {Errors.E018.format(detail=detail)}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


__all__ = ["app", "Errors"]
