"""Readers for what analysts have on disk: folders of text and HTML files, JSON and JSON Lines in the
contract's input form, earlier Flashpoint exports, and RSS/Atom feeds (files, or URLs when there is a network).

Each reader yields `Document`s (to extract), `Extracted` articles (already extracted: re-ingested exports),
or `Rejected` inputs (one reason each); a bad file never stops the others.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import Errors
from ..models import Article, Document
from . import Rejected, check_date, decode, parse_record, text_document

FETCH_TIMEOUT = 20
MIN_PAGE_TEXT = 40  # below this a page is a menu, a paywall or an error page, not an article


@dataclass(frozen=True)
class Extracted:
    """An article that arrives already extracted (a Flashpoint JSONL export): stored as it is."""

    article: Article
    input: str


Item = Document | Extracted | Rejected
Reader = Callable[[bytes, str, str | None], Iterator[Item]]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str):
    """Register a reader for file name endings (a registry, so a new format is one function)."""
    def register(func: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = func
        return func
    return register


@reader(".txt", ".text")
def read_text(data: bytes, name: str, published: str | None) -> Iterator[Item]:
    yield text_document(data, name, published)


@reader(".html", ".htm", ".xhtml")
def read_html(data: bytes, name: str, published: str | None) -> Iterator[Item]:
    """The page's main text and its metadata (title, date, canonical url, site name) by trafilatura."""
    try:
        html = decode(data)
    except ValueError as e:
        yield Rejected(name, str(e), published)
        return
    yield html_document(html, name, published)


def html_document(html: str, name: str, published: str | None, url: str | None = None,
                  title: str | None = None, source: str | None = None) -> Document | Rejected:
    import trafilatura

    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as e:  # lxml raises a variety of errors on broken markup
        return Rejected(name, Errors.E013.format(detail=f"{type(e).__name__}: {e}"), published)
    text = (found.text or "").strip() if found is not None else ""
    if len(text) < MIN_PAGE_TEXT:
        return Rejected(name, Errors.E013.format(detail=f"{len(text)} characters of text"), published)
    title = title or found.title
    if title and text.startswith(title):
        text = text[len(title):].lstrip()  # the headline is metadata, not the first sentence
    date = published or _iso_date(found.date)
    return Document(id=name, text=text, published=date, title=title, url=url or found.url,
                    source=source or found.sitename or found.hostname)


@reader(".json")
def read_json(data: bytes, name: str, published: str | None) -> Iterator[Item]:
    """One document object, a list of them, or an extraction output (objects with `events`)."""
    try:
        obj = json.loads(decode(data))
    except ValueError as e:
        yield Rejected(name, Errors.E014.format(detail=str(e).split(":")[0]), published)
        return
    items = obj if isinstance(obj, list) else [obj]
    lines = [json.dumps(x) for x in items]
    yield from read_records(lines, name, published)


@reader(".jsonl", ".ndjson")
def read_jsonl(data: bytes, name: str, published: str | None) -> Iterator[Item]:
    try:
        lines = decode(data).splitlines()
    except ValueError as e:
        yield Rejected(name, str(e), published)
        return
    yield from read_records(lines, name, published)


def read_records(lines: list[str], name: str, published: str | None) -> Iterator[Item]:
    """JSON records: extraction outputs (with `events` and `text`) become Extracted; the rest are documents."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if '"events"' in line:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict) and isinstance(obj.get("events"), list) and "text" in obj:
                try:
                    yield Extracted(Article.model_validate(obj), f"{name}:{n}")
                except ValidationError as e:
                    yield Rejected(f"{name}:{n}", Errors.E005.format(line=n, detail=_first_error(e)))
                continue
        item = parse_record(line, n, published)
        yield Rejected(f"{name}:{n}", item.error, item.published) if isinstance(item, Rejected) else item


@reader(".rss", ".atom", ".xml", ".feed")
def read_feed(data: bytes, name: str, published: str | None) -> Iterator[Item]:
    """Each feed entry is a document: its full content (or summary) as text, with title, link and date."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield Rejected(name, Errors.E015.format(detail=reason.splitlines()[0][:120]), published)
        return
    source = feed.feed.get("title") or name
    for n, entry in enumerate(feed.entries, 1):
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        entry_name = entry.get("id") or entry.get("link") or f"{name}#{n}"
        date = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed")) or published
        title = entry.get("title")
        if "<" in body:
            item = html_document(f"<html><body><article>{body}</article></body></html>", entry_name, date,
                                 url=entry.get("link"), title=title, source=source)
        else:
            item = Document(id=entry_name, text=body, published=date, title=title, url=entry.get("link"),
                            source=source) if body.strip() else Rejected(entry_name, Errors.E001, date)
        yield item


def read_path(path: Path, published: str | None, name: str | None = None) -> Iterator[Item]:
    """One file by its ending; an unknown ending is reported, not guessed."""
    name = name or str(path)
    func = READERS.get(path.suffix.lower())
    if func is None:
        yield Rejected(name, Errors.E016.format(suffix=path.suffix or "(none)"), published)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Rejected(name, Errors.E008.format(path=path, detail=e.strerror or str(e)), published)
        return
    yield from func(data, name, published)


def read_url(url: str, published: str | None) -> Iterator[Item]:
    """A feed or a page on the web (needs a network; without one, a one-line error)."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "flashpoint-ingest"})
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read()
            kind = response.headers.get_content_type()
    except Exception as e:  # any network failure is one line about this URL
        yield Rejected(url, Errors.E008.format(path=url, detail=getattr(e, "reason", None) or e), published)
        return
    if "xml" in kind or "rss" in kind or "atom" in kind:
        yield from read_feed(data, url, published)
    else:
        try:
            yield html_document(decode(data), url, published, url=url)
        except ValueError as e:
            yield Rejected(url, str(e), published)


def iter_files(root: Path) -> Iterator[Path]:
    """The files under a folder, recursively, in a stable order, hidden ones left out."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
            yield path


def expand(inputs: list[str]) -> list[str | Path]:
    """Paths and URLs as given, folders replaced by their files."""
    out: list[str | Path] = []
    for value in inputs:
        if value.startswith(("http://", "https://")):
            out.append(value)
            continue
        path = Path(value)
        out.extend(iter_files(path) if path.is_dir() else [path])
    return out


def read_all(inputs: list[str | Path], published: str | None) -> Iterator[Item]:
    for value in inputs:
        if isinstance(value, str):
            yield from read_url(value, published)
        else:
            yield from read_path(value, published)


def _iso_date(value: str | None) -> str | None:
    try:
        return check_date(value)
    except ValueError:
        return None


def _struct_date(value: time.struct_time | None) -> str | None:
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat() if value else None


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    return f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}"
