"""Event dates, resolved against the article's publication date.

The date expression attached to the event's clause wins, then one elsewhere in the sentence, then the
last day named earlier in the paragraph. Weekday
names mean the most recent such day on or before publication ('on Tuesday' in a Tuesday paper is that
day). Without a publication date, relative expressions stay unresolved. A violent event with no date of its
own takes the day of the article's incident (incident_day); any other event with no date expression takes
the publication date at week precision (the news reports something recent).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..knowledge import HERE as KNOWLEDGE_DIR
from ..knowledge import read_table
from ..nlp import registry
from .state import DocState, EventDraft

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9


@dataclass(frozen=True)
class Resolved:
    date: dt.date
    precision: str  # day, week, month, year
    end: dt.date | None = None


def _year_for(month: int, day: int, published: dt.date) -> int:
    """A day and month without a year: the most recent one not after publication (allowing a week ahead)."""
    year = published.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    return year - 1 if candidate > published + dt.timedelta(days=7) else year


def _make(year: int | None, month: int, day: int) -> Resolved | None:
    if year is None:
        return None
    try:
        return Resolved(dt.date(year, month, day), "day")
    except ValueError:
        return None


def _two_digit_year(y: int) -> int:
    return 1900 + y if y >= 30 else 2000 + y


@dataclass(frozen=True)
class Holiday:
    """One row of knowledge/holidays.tsv: a fixed day, or the nth weekday of a month."""

    month: int
    day: int | None
    weekday: int | None
    nth: int | None

    def in_year(self, year: int) -> dt.date:
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        first = dt.date(year, self.month, 1)
        if self.nth is not None and self.nth > 0:
            return first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        last = dt.date(year + self.month // 12, self.month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - self.weekday) % 7)


def _load_holidays() -> dict[str, Holiday]:
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    out = {}
    for _, r in read_table(KNOWLEDGE_DIR / "holidays.tsv", ("name", "month", "reason")):
        out[r["name"]] = Holiday(int(r["month"]), int(r["day"]) if r["day"] else None,
                                 weekdays.index(r["weekday"]) if r["weekday"] else None,
                                 int(r["nth"]) if r["nth"] else None)
    return out


HOLIDAYS = _load_holidays()
HOLIDAY_PARTS = re.compile(r"^(?:on )?(?:the )?(.+?)(?: (?:night|morning|evening|afternoon|weekend))?$")


def holiday(s: str, published: dt.date | None) -> Resolved | None:
    """'Thanksgiving Day', 'Christmas night', 'the Fourth of July': the most recent one on or before
    publication (or within the week after it, for a story written ahead)."""
    m = HOLIDAY_PARTS.match(s)
    h = HOLIDAYS.get(m.group(1)) if m else None
    if h is None or published is None:
        return None
    for year in (published.year + 1, published.year, published.year - 1):
        day = h.in_year(year)
        if day <= published + dt.timedelta(days=7):
            return Resolved(day, "day")
    return None


def is_holiday(text: str) -> bool:
    m = HOLIDAY_PARTS.match(" ".join(text.lower().replace(".", " ").replace("’", "'").split()))
    return m is not None and m.group(1) in HOLIDAYS


def resolve_expression(text: str, published: dt.date | None, future: bool = False) -> Resolved | None:
    """A date expression resolved against the publication date; `future` for planned events
    ('will strike on Friday' is the coming Friday)."""
    s = " ".join(text.lower().replace(",", " ").replace(".", " ").replace("’", "'").split())
    if not s:
        return None
    found = holiday(s, published)
    if found is not None:
        return found
    # absolute dates: '3 December 2004', '3 JAN 90', 'December 3 2004', 'Dec 3'
    for m in re.finditer(r"\b(\d{1,2}) ([a-z]+)(?: (\d{4}|\d{2}))?\b", s):
        if m.group(2) in MONTHS:
            month, day = MONTHS[m.group(2)], int(m.group(1))
            if m.group(3):
                year = int(m.group(3)) if len(m.group(3)) == 4 else _two_digit_year(int(m.group(3)))
            else:
                year = _year_for(month, day, published) if published else None
            found = _make(year, month, day)
            if found:
                return found
    for m in re.finditer(r"\b([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?\b", s):
        if m.group(1) in MONTHS:
            month, day = MONTHS[m.group(1)], int(m.group(2))
            year = int(m.group(3)) if m.group(3) else (_year_for(month, day, published) if published else None)
            found = _make(year, month, day)
            if found:
                return found
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        try:
            return Resolved(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            return None
    m = re.search(r"\b(?:in|during|since)? ?([a-z]+) (\d{4})\b", s)
    if m and m.group(1) in MONTHS:
        return Resolved(dt.date(int(m.group(2)), MONTHS[m.group(1)], 1), "month")
    m = re.fullmatch(r"(?:in |the year )?(\d{4})", s)
    if m and 1900 < int(m.group(1)) < 2100:
        return Resolved(dt.date(int(m.group(1)), 1, 1), "year")
    if published is None:
        return None
    return _relative(s, published, future)


def _relative(s: str, p: dt.date, future: bool = False) -> Resolved | None:
    if "yesterday" in s or "last night" in s:
        return Resolved(p - dt.timedelta(days=1), "day")
    if "overnight" in s:  # the night before a morning's report: it began the day before publication
        return Resolved(p - dt.timedelta(days=1), "day", p)
    if s in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        return Resolved(p, "day")
    if "tomorrow" in s:
        return Resolved(p + dt.timedelta(days=1), "day")
    for i, name in enumerate(WEEKDAYS):
        if name in s:
            if future or "next" in s.split():
                ahead = (i - p.weekday()) % 7 or 7
                return Resolved(p + dt.timedelta(days=ahead), "day")
            back = (p.weekday() - i) % 7
            if "last" in s.split() and back == 0:
                back = 7
            return Resolved(p - dt.timedelta(days=back), "day")
    m = re.search(r"(\w+) (days?|weeks?) ago", s)
    if m:
        from .howmany import parse_number

        n = 1 if m.group(1) in ("a", "one") else parse_number(m.group(1))
        if n is not None and m.group(2).startswith("day"):
            return Resolved(p - dt.timedelta(days=n), "day")
        if n is not None:
            return Resolved(p - dt.timedelta(days=7 * n), "week", p - dt.timedelta(days=7 * n - 6))
    if "weekend" in s:  # before the weeks: 'last weekend' is not 'last week'
        if future or "next" in s.split():  # 'will rally this weekend': the coming Saturday and Sunday
            saturday = p + dt.timedelta(days=(5 - p.weekday()) % 7)
        else:  # the latest Saturday on or before publication; 'last weekend' in a weekend paper, the one before
            saturday = p - dt.timedelta(days=(p.weekday() - 5) % 7)
            if "last" in s.split() and p.weekday() >= 5:
                saturday -= dt.timedelta(days=7)
        return Resolved(saturday, "week", saturday + dt.timedelta(days=1))
    if "next week" in s:
        start = p + dt.timedelta(days=7 - (p.weekday() + 1) % 7)
        return Resolved(start, "week", start + dt.timedelta(days=6))
    if "last week" in s or "past week" in s:
        # the previous Sunday-to-Saturday week
        start = p - dt.timedelta(days=(p.weekday() + 1) % 7 + 7)
        return Resolved(start, "week", start + dt.timedelta(days=6))
    if "this week" in s or "earlier this week" in s:
        start = p - dt.timedelta(days=(p.weekday() + 1) % 7)
        return Resolved(start, "week", p)
    if "last month" in s:
        first = (p.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return Resolved(first, "month")
    if "this month" in s:
        return Resolved(p.replace(day=1), "month")
    if "next month" in s:
        return Resolved((p.replace(day=28) + dt.timedelta(days=4)).replace(day=1), "month")
    if "last year" in s:
        return Resolved(dt.date(p.year - 1, 1, 1), "year")
    if "this year" in s:
        return Resolved(dt.date(p.year, 1, 1), "year")
    for name, month in MONTHS.items():
        if len(name) > 3 and re.search(rf"\b{name}\b", s):
            year = p.year if month <= p.month else p.year - 1
            return Resolved(dt.date(year, month, 1), "month")
    return None


SPEECH_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "tweet", "write"}


def date_spans(sent: Span, trigger: Token) -> list[Span]:
    """Date expressions of the sentence, less those that date a statement about the event
    ('..., the Red Cross said on Tuesday')."""
    out = []
    for e in sent.ents:
        if e.label_ not in ("DATE", "TIME") and not (e.label_ == "EVENT" and is_holiday(e.text)):
            continue
        head = e.root
        while head.dep_ in ("pobj", "prep", "npadvmod", "compound") and head.head.i != head.i:
            head = head.head
        if head.lemma_.lower() in SPEECH_LEMMAS and head.i != trigger.i and head.pos_ == "VERB":
            continue
        out.append(e)
    return out


def _attached(ent: Span, trigger: Token) -> bool:
    """True when the date expression hangs off the trigger's clause rather than another clause."""
    head = ent.root
    while head.dep_ in ("pobj", "prep", "npadvmod", "compound", "amod", "nummod") and head.head.i != head.i:
        head = head.head
        if head.i == trigger.i:
            return True
    return head.i == trigger.i or (trigger.pos_ in ("NOUN", "PROPN") and head.i == trigger.head.i)


def choose_date(draft: EventDraft, published: dt.date | None, sentences: list[Span] | None = None) -> Resolved | None:
    sent = draft.trigger.sent
    ents = date_spans(sent, draft.trigger)
    attached = [e for e in ents if _attached(e, draft.trigger)]
    future = draft.modality == "planned" or draft.code.startswith(("03", "13"))
    for group in (attached, sorted(ents, key=lambda e: abs(e.start - draft.trigger.i))):
        for ent in group:
            r = resolve_expression(ent.text, published, future=future and ent in attached)
            if r is not None:
                return r
    return paragraph_date(draft, published, sentences)


def paragraph_date(draft: EventDraft, published: dt.date | None,
                   sentences: list[Span] | None = None) -> Resolved | None:
    """The last date said earlier in the event's paragraph ('Police were called on Sunday night. They found
    a man shot in the chest.'), not across a paragraph break."""
    sent = draft.trigger.sent
    doc = sent.doc
    previous = [s for s in (sentences if sentences is not None else doc.sents) if s.end <= sent.start]
    for before in reversed(previous[-3:]):
        if "\n" in doc[before.end - 1:sent.start].text or "\n" in before.text.strip():
            return None  # a paragraph break between them
        for ent in sorted(date_spans(before, before.root), key=lambda e: -e.start):
            r = resolve_expression(ent.text, published)
            if r is not None and r.precision == "day":
                return r
    return None


VIOLENT = ("18", "19", "20")
LEAD_SENTENCES = 4  # where a news story tells when its incident happened
LEAD_MIN_WORDS = 6


def incident_day(drafts: list[EventDraft], own: list[Resolved | None], sentences: list[Span],
                 published: dt.date | None) -> Resolved | None:
    """The day of the article's incident: the first violent event dated to a day, else the first day the
    story's lead names. A re-telling of the shooting with no date of its own ('Police say the boy was
    playing with the gun when it went off') happened then."""
    dated = [(d.trigger.i, r) for d, r in zip(drafts, own, strict=True)
             if r is not None and r.precision == "day" and d.code[:2] in VIOLENT]
    if dated:
        return min(dated, key=lambda x: x[0])[1]
    # (a scraped page's 'Advertisement' or 'Please enable Javascript' line, a sentence of its own after a blank
    # line, is no part of the lead)
    lead = [s for s in sentences if sum(t.is_alpha for t in s) >= LEAD_MIN_WORDS][:LEAD_SENTENCES]
    for sent in lead:
        for ent in date_spans(sent, sent.root):
            r = resolve_expression(ent.text, published)
            if r is not None and r.precision == "day" and (
                    published is None or dt.timedelta(0) <= published - r.date <= dt.timedelta(days=7)):
                return r
    return None


@registry.stage("flashpoint.when.v1", requires=("drafts",), assigns=("dates",))
def assign_dates(state: DocState) -> None:
    sentences = list(state.doc.sents)
    own = [choose_date(d, state.published, sentences) for d in state.drafts]
    incident = incident_day(state.drafts, own, sentences, state.published)
    for d, r in zip(state.drafts, own, strict=True):
        if r is None and incident is not None and d.code[:2] in VIOLENT:
            r = incident
        if r is None and state.published is not None:
            r = Resolved(state.published, "week")
        if r is None and state.dateline_date is not None:
            r = Resolved(state.dateline_date, "week")
        if r is not None:
            d.date, d.date_precision = r.date.isoformat(), r.precision
            d.date_end = r.end.isoformat() if r.end else None
