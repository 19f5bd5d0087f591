"""Every user-facing error and warning, numbered so that people can search for it."""

from __future__ import annotations


class ErrorCode(str):
    """A message template whose text starts with its number, e.g. '[E001] ...'."""

    def __new__(cls, code: str, template: str) -> ErrorCode:
        obj = super().__new__(cls, f"[{code}] {template}")
        obj.code = code  # type: ignore[attr-defined]
        return obj


class Errors:
    E001 = ErrorCode("E001", "document is empty")
    E002 = ErrorCode("E002", "document is not text (binary content: {detail})")
    E003 = ErrorCode("E003", "document could not be decoded as text ({detail})")
    E004 = ErrorCode("E004", "document is too large ({size} characters; the limit is {limit})")
    E005 = ErrorCode("E005", "input line {line} is not valid JSON ({detail})")
    E006 = ErrorCode("E006", "input line {line} has no usable 'text' field")
    E007 = ErrorCode("E007", "published date {value!r} is not an ISO date (YYYY-MM-DD)")
    E008 = ErrorCode("E008", "cannot read {path}: {detail}")
    E009 = ErrorCode("E009", "document does not look like English text")
    E010 = ErrorCode("E010", "lexicon {path} line {line}: {detail}")
    E011 = ErrorCode("E011", "extraction failed for this document: {detail}")
    E012 = ErrorCode("E012", "document is HTML markup, not article text (extract the article text first)")
    E013 = ErrorCode("E013", "no article text could be extracted from this HTML page ({detail})")
    E014 = ErrorCode("E014", "JSON file is not valid JSON ({detail})")
    E015 = ErrorCode("E015", "not a readable RSS/Atom feed ({detail})")
    E016 = ErrorCode("E016", "unsupported file type {suffix} (ingest reads .txt .html .json .jsonl .rss .atom .xml)")
    E017 = ErrorCode("E017", "cannot open the database {url}: {detail}")
    E018 = ErrorCode("E018", "database error ({detail}); committed batches are kept, rerun to complete")


class Warnings:
    W001 = ErrorCode("W001", "relative dates stay unresolved: document {doc} has no publication date")


class FlashpointError(Exception):
    """An error about one input, reported as one line and never as a traceback."""
