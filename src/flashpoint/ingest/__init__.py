"""Readers that turn files, JSON Lines and standard input into documents, one clear error per bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors
from ..models import Document

MAX_CHARS = 2_000_000
ENGLISH_WORDS = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by",
                 "he", "it", "as", "at", "from", "his", "are", "have", "were", "be", "has", "an", "they",
                 "who", "not", "will", "their", "after", "been", "but", "this", "which"}


@dataclass(frozen=True)
class Rejected:
    """An input that could not become a document, with the one-line reason."""

    id: str
    error: str
    published: str | None = None


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ValueError(Errors.E003.format(detail=f"bad UTF-16: {e.reason}")) from None
    sample = data[:8192]
    if b"\x00" in sample:
        raise ValueError(Errors.E002.format(detail="NUL bytes"))
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if sample and controls / len(sample) > 0.05:
        raise ValueError(Errors.E002.format(detail="control characters"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(Errors.E003.format(detail=f"not UTF-8 at byte {e.start}")) from None


def check_text(text: str) -> str | None:
    """The reason a text cannot be processed, or None."""
    if not text or not text.strip():
        return Errors.E001
    if len(text) > MAX_CHARS:
        return Errors.E004.format(size=len(text), limit=MAX_CHARS)
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or len(re.findall(r"</?[a-z][a-z0-9]*[^>]*>", head)) > 20:
        return Errors.E012
    words = re.findall(r"[a-zA-Z]+", text[:20000].lower())
    letters = sum(c.isalpha() for c in text[:20000])
    latin = sum(c.isascii() and c.isalpha() for c in text[:20000])
    if letters and latin / letters < 0.5:
        return Errors.E009
    if len(words) >= 20 and sum(w in ENGLISH_WORDS for w in words) / len(words) < 0.08:
        return Errors.E009
    return None


def check_date(value: object) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise ValueError(Errors.E007.format(value=value)) from None


def read_jsonl_lines(lines: Iterable[str], default_published: str | None = None) -> Iterator[Document | Rejected]:
    for n, line in enumerate(lines, 1):
        if line.strip():
            yield parse_record(line, n, default_published)


def parse_record(line: str, n: int, default_published: str | None = None) -> Document | Rejected:
    """One JSON Lines record in the contract's input form ({id, text, published?, title?, url?, source?})."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejected(f"line-{n}", Errors.E005.format(line=n, detail=e.msg))
    if not isinstance(obj, dict):
        return Rejected(f"line-{n}", Errors.E005.format(line=n, detail="not an object"))
    doc_id = str(obj.get("id") or f"line-{n}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejected(doc_id, Errors.E006.format(line=n))
    try:
        published = check_date(obj.get("published", obj.get("date"))) or default_published
    except ValueError as e:
        return Rejected(doc_id, str(e))
    return Document(id=doc_id, text=text, published=published,
                    **{k: str(obj[k]) for k in ("title", "url", "source") if obj.get(k)})


def text_document(data: bytes, name: str, published: str | None) -> Document | Rejected:
    """A text file's bytes as a document, or the reason they are not text."""
    try:
        return Document(id=name, text=decode(data), published=published)
    except ValueError as e:
        return Rejected(name, str(e), published)


def read_text_file(path: Path, published: str | None) -> Document | Rejected:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Rejected(path.name, Errors.E008.format(path=path, detail=e.strerror or str(e)))
    return text_document(data, path.stem, published)


def read_inputs(paths: list[str], *, jsonl: str | None = None, published: str | None = None,
                stdin_text: str | None = None) -> Iterator[Document | Rejected]:
    """Documents in input order: the JSON Lines file first, then text files ('-' = standard input)."""
    if jsonl is not None:
        source = Path(jsonl)
        try:
            raw = source.read_bytes()
            lines = decode(raw).splitlines()
        except (OSError, ValueError) as e:
            yield Rejected(source.name, Errors.E008.format(path=source, detail=getattr(e, "strerror", None) or e))
            return
        yield from read_jsonl_lines(lines, published)
    for p in paths:
        if p == "-":
            yield Document(id="stdin", text=stdin_text or "", published=published)
        else:
            yield read_text_file(Path(p), published)
