"""Telegraphic casualty tallies, read token by token: how reporters count the dead, the hurt and all who
were hit in a headline."""

import pytest

from flashpoint.extract import tallies
from flashpoint.nlp import headline_for_parsing


@pytest.fixture(scope="module")
def read(pipeline):
    lexicon = tallies.TallyLexicon.of(pipeline.knowledge)

    def run(title: str):
        doc = pipeline.nlp(headline_for_parsing(title, "", pipeline.headline_words.is_place))
        tally = tallies.read_tally(doc, lexicon)
        return (tally.killed, tally.hurt) if tally is not None else None

    return run


@pytest.mark.parametrize(("title", "counts"), [
    # the dead are among those hit, whichever comes first
    ("5 shot, 2 fatally, outside nightclub", (2, 3)),
    ("Three Shot, One Dead In Early Morning Shooting", (1, 2)),
    ("One killed, four shot at backyard cookout", (1, 3)),
    ("2 teens shot near school, 1 killed", (1, 1)),
    ("Jogger shot, killed on river trail", (1, 0)),
    ("Three shot dead in farmhouse", (3, 0)),
    # ... unless the hit are others, or other people
    ("12-year-old boy killed, 3 others shot at party", (1, 3)),
    ("Deputy shot, gunman killed in standoff", (1, 1)),
    # the hurt are apart from the dead
    ("2 dead, 4 hurt in shooting at car wash", (2, 4)),
    ("7 shot at park; 1 dead, 2 critical, 4 stable", (1, 6)),
    # who was hit: numbers, ages, person nouns, lists, objects, modifiers
    ("Teen struck by stray bullet while walking dog", (0, 1)),
    ("9-year-old shot by cousin, deputies say", (0, 1)),
    ("Girl, 7, grazed by bullet in drive-by", (0, 1)),
    ("Seventeen year-old girl accidentally shot by friend", (0, 1)),
    ("Toddler in critical condition after shooting", (0, 1)),
    ("Three Riverside teens shot while leaving game", (0, 3)),
    ("Mother, two sons shot to death in home", (3, 0)),
    ("3 women, 2 men wounded in bar shooting", (0, 5)),
    ("Driver accidentally shot, killed passenger", (1, 0)),
    ("Man arrested in triple shooting that killed a teenager", (1, 2)),
    ("Wounded deputy leaves hospital", (0, 1)),
    ("6 hurt as injured bouncer returns fire", (0, 6)),
    ("Grandfather of 4 fatally shot at gas station", (1, 0)),
    ("Gunfire in park leaves 2 dead, several wounded", (2, 3)),
    ("2 wounded in deadly shooting at apartment", (1, 2)),
    ("Teen dead after double shooting near mall", (1, 1)),
    # death nouns count themselves
    ("Man charged in shooting death of his neighbor", (1, 0)),
    ("Police investigate two stabbing deaths downtown", (2, 0)),
    ("Hunting accident claims life of Milltown man", (1, 0)),
])
def test_tally(read, title, counts):
    assert read(title) == counts


@pytest.mark.parametrize("title", [
    "City council approves new budget for 2017",
    "Man sentenced to death for 2012 murders",  # no count of victims
    "Police chief says shooting numbers are down",
])
def test_no_tally(read, title):
    assert read(title) is None


def test_headline_tally_splits_the_texts_count_of_all_hit(pipeline):
    from flashpoint.models import Document

    text = "Four people were shot outside a grocery store on Elm Street on Sunday night, police said."
    doc = Document(id="t", text=text, published="2024-05-06", title="Four shot, one fatally, outside grocery store")
    article = next(pipeline.extract_documents([doc]))
    assert max(e.fatalities or 0 for e in article.events) == 1
    assert max(e.injured or 0 for e in article.events) == 3
