import datetime as dt

import pytest

from flashpoint.extract.when import resolve_expression

PUB = dt.date(2019, 12, 31)  # a Tuesday


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Tuesday", "2019-12-31", "day"),
    ("on Sunday", "2019-12-29", "day"),
    ("last Tuesday", "2019-12-24", "day"),
    ("yesterday", "2019-12-30", "day"),
    ("last week", "2019-12-22", "week"),
    ("December 3, 2004", "2004-12-03", "day"),
    ("Dec. 3", "2019-12-03", "day"),
    ("3 December", "2019-12-03", "day"),
    ("30 DECEMBER", "2019-12-30", "day"),
    ("3 JAN 90", "1990-01-03", "day"),
    ("in 2001", "2001-01-01", "year"),
    ("last year", "2018-01-01", "year"),
    ("earlier this month", "2019-12-01", "month"),
    ("three days ago", "2019-12-28", "day"),
    ("October 17", "2019-10-17", "day"),
    ("overnight", "2019-12-30", "day"),
    ("this weekend", "2019-12-28", "week"),
    ("last weekend", "2019-12-28", "week"),
    ("a week ago", "2019-12-24", "week"),
    ("two weeks ago", "2019-12-17", "week"),
    ("earlier this year", "2019-01-01", "year"),
    ("in December", "2019-12-01", "month"),
    ("last month", "2019-11-01", "month"),
])
def test_when_resolves(text, date, precision):
    r = resolve_expression(text, PUB)
    assert r is not None and r.date.isoformat() == date and r.precision == precision


def test_when_last_week_is_a_range():
    r = resolve_expression("last week", PUB)
    assert (r.date.isoformat(), r.end.isoformat()) == ("2019-12-22", "2019-12-28")


def test_when_weekend_ranges():
    saturday = dt.date(2019, 12, 28)
    r = resolve_expression("last weekend", saturday)  # in a Saturday paper, the weekend before
    assert (r.date.isoformat(), r.end.isoformat()) == ("2019-12-21", "2019-12-22")
    r = resolve_expression("this weekend", PUB, future=True)  # a planned rally: the coming weekend
    assert (r.date.isoformat(), r.end.isoformat()) == ("2020-01-04", "2020-01-05")


def test_when_overnight_spans_the_night():
    r = resolve_expression("overnight", PUB)
    assert (r.date.isoformat(), r.end.isoformat()) == ("2019-12-30", "2019-12-31")


def test_when_next_week_and_month_for_plans():
    r = resolve_expression("next week", PUB, future=True)
    assert (r.date.isoformat(), r.end.isoformat(), r.precision) == ("2020-01-05", "2020-01-11", "week")
    assert resolve_expression("next month", PUB, future=True).date.isoformat() == "2020-01-01"


def test_when_future_weekday_looks_ahead():
    assert resolve_expression("on Friday", PUB, future=True).date.isoformat() == "2020-01-03"


def test_when_no_publication_date_leaves_relative_dates_open():
    assert resolve_expression("yesterday", None) is None
    assert resolve_expression("December 3, 2004", None).date.isoformat() == "2004-12-03"


def test_when_event_takes_its_clause_date(extract):
    article = extract("Rebels attacked the town on Sunday, and troops arrested 20 suspects on Tuesday.",
                      published="2019-12-31")
    dates = {e.trigger.text: e.date for e in article.events}
    assert dates.get("attacked") == "2019-12-29"
    assert dates.get("arrested") == "2019-12-31"


def test_when_paragraph_date_carries_to_the_next_sentence(extract):
    text = "Police were called to a home on Maple Street on Sunday night. They found a man shot in the chest."
    shot = [e for e in extract(text, published="2016-03-02").events if e.root == "19"]
    assert shot and shot[0].date == "2016-02-28" and shot[0].date_precision == "day"


def test_when_paragraph_break_stops_the_date(extract):
    # only violence takes the incident's day: an arrest told after a paragraph break keeps the publication date
    text = "A man was shot on Maple Street on Sunday night.\n\nPolice officers arrested a neighbour, police said."
    arrests = [e for e in extract(text, published="2016-03-02").events if e.root == "17"]
    assert arrests and arrests[0].date_precision == "week"  # the publication date, not Sunday


def test_when_a_retold_shooting_takes_the_incident_day(extract):
    # the story's lead dates the shooting; a later sentence re-telling it without a date happened then
    text = ("A 15-year-old boy was wounded in a shooting on Sunday night, police said.\n\nPolice say the boy "
            "was playing with a gun when it went off, shooting him in the leg.")
    violent = [e for e in extract(text, published="2016-03-02").events if e.root in ("18", "19")]
    assert violent and all(e.date == "2016-02-28" for e in violent)


def test_when_a_story_without_a_dated_shooting_takes_its_leads_day(extract):
    text = ("Deputies were called to a home on Elm Road on Saturday afternoon.\n\nThey found a man who had "
            "been shot in the chest.")
    violent = [e for e in extract(text, published="2016-03-02").events if e.root in ("18", "19")]
    assert violent and violent[0].date == "2016-02-27"


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Thanksgiving Day", "2016-11-25", "2016-11-24"),  # the fourth Thursday of November
    ("Christmas night", "2016-12-27", "2016-12-25"),
    ("the Fourth of July", "2016-07-06", "2016-07-04"),
    ("Memorial Day", "2016-06-01", "2016-05-30"),  # the last Monday of May
    ("New Year's Eve", "2017-01-02", "2016-12-31"),  # the most recent one, last year's
])
def test_when_holidays(text, published, date):
    r = resolve_expression(text, dt.date.fromisoformat(published))
    assert r is not None and r.date.isoformat() == date and r.precision == "day"


def test_when_a_holiday_dates_the_event(extract):
    text = "A 14-year-old boy has died after a shooting on Thanksgiving Day, the coroner said."
    violent = [e for e in extract(text, published="2016-11-25").events if e.root in ("18", "19")]
    assert violent and violent[0].date == "2016-11-24"


def test_when_a_pages_short_lines_are_not_the_lead(extract):
    # a blank line ends a sentence, so a page's 'Advertisement' lines are sentences of their own; the lead
    # that dates the incident is the story's first sentences, not those lines
    text = ("Burglars broke into a store on Oak Street\n\nPolice: Clerk shoots himself during robbery\n\n"
            "Two men are in custody after a robbery in Milltown.\n\nAdvertisement\n\nPolice said the men broke into "
            "the store around 11 p.m. Saturday.\n\nDuring the robbery, the clerk accidentally shot himself.")
    article = extract(text, published="2017-01-15")
    shot = next(e for e in article.events if e.trigger.text == "shot")
    assert shot.date == "2017-01-14"
