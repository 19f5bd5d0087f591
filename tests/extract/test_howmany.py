import pytest

from flashpoint.extract.howmany import parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("750", 750), ("3,000", 3000), ("twenty-five", 25), ("one hundred and twelve", 112),
    ("1.5 million", 1_500_000), ("dozens", 12), ("hundreds", 100), ("six", 6), ("a few", 2),
])
def test_howmany_parse_number(text, value):
    assert parse_number(text) == value


def test_howmany_not_a_number():
    assert parse_number("several dozen men") is None


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed some 25 villagers in northern Mali.", 25),
    ("An airstrike killed at least six civilians in Idlib.", 6),
    ("Militants killed a Nigerian soldier on Monday.", 1),
])
def test_howmany_fatalities_tied_to_event(extract, text, killed):
    article = extract(text)
    assert any(e.fatalities == killed for e in article.events)
