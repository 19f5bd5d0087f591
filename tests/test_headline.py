"""The headline fills what the text leaves out, and only that: a report is not two events."""

import pytest

from flashpoint.models import Document
from flashpoint.nlp import headline_for_parsing


def run(pipeline, text: str, title: str):
    doc = Document(id="h", text=text, published="2024-05-06", title=title)
    article = next(pipeline.extract_documents([doc]))
    assert article.error is None, article.error
    return article


def test_headline_gives_the_events_of_an_empty_page(pipeline):
    article = run(pipeline, "Sign in to read more. Already have an account? Click here to continue.",
                  "Two teens wounded in shooting outside Tulsa mall")
    e = next(e for e in article.events if e.section == "title")
    assert e.injured == 2 and e.provenance.rule.startswith("title:")
    assert article.events and all(e.section == "title" for e in article.events)
    # offsets are into the title
    assert "Two teens wounded in shooting outside Tulsa mall"[e.trigger.start:e.trigger.end] == e.trigger.text


def test_headline_adds_a_count_the_text_lacks(pipeline):
    article = run(pipeline, "Police in Dayton are investigating a shooting on Main Street on Saturday night.",
                  "Two men killed in Dayton shooting")
    assert any(e.section == "title" and e.fatalities == 2 for e in article.events)


def test_headline_that_restates_the_text_adds_nothing(pipeline):
    article = run(pipeline, "Two men were shot and killed on Main Street in Dayton on Saturday night, police said.",
                  "Two men killed in Dayton shooting")
    assert all(e.section == "text" for e in article.events)
    assert sum(1 for e in article.events if e.fatalities) == 1


def test_headline_in_title_case_is_read_in_sentence_case(pipeline):
    # a Title Case headline parses as a string of names; the body tells which words are names
    article = run(pipeline, "Police in Dayton are investigating an incident on Main Street on Saturday night.",
                  "Man Killed In Dayton Shooting")
    e = next(e for e in article.events if e.section == "title")
    assert e.fatalities == 1 and e.location is not None and e.location.name.startswith("Dayton")


def test_headline_tally_and_reduced_passive(pipeline):
    tally = run(pipeline, "Police are looking for a suspect after an incident on Elm Street.",
                "2 Dead, 3 Hurt In Overnight Shooting")
    assert any(e.section == "title" and (e.fatalities, e.injured) == (2, 3) for e in tally.events)
    shot = run(pipeline, "Officers are on the scene on Elm Street.", "Five people shot in Wilmington, police say")
    assert any(e.section == "title" and e.injured == 5 for e in shot.events)


def test_headline_shooting_in_a_story_of_a_death_is_that_death(pipeline):
    article = run(pipeline, "A 6-year-old boy has died after he shot himself with his father's gun, police said.",
                  "Ohio boy, 6, dies after accidentally shooting himself")
    assert not any(e.injured for e in article.events)



@pytest.mark.parametrize(("title", "cased"), [
    ("Teen Critically Hurt In Dayton Shooting", "Teen critically hurt in Dayton shooting"),
    ("MAN KILLED IN DAYTON SHOOTING", "Man killed in Dayton shooting"),
    ("FBI Agents Shot In Dayton", "FBI agents shot in Dayton"),
    ("Man killed in Dayton shooting", "Man killed in Dayton shooting"),  # already in sentence case
])
def test_headline_case_follows_the_body(title, cased):
    body = "Police said a teenager was critically hurt in a shooting in Dayton. The Dayton police and the FBI said."
    out = headline_for_parsing(title, body)
    assert out == cased and len(out) == len(title)


@pytest.mark.parametrize(("title", "place"), [
    ("Teen Accidentally Shoots Mom In Evansville Parking Lot - Tri-State News", "Evansville"),
    ("Girl shot while getting ready for prom - Action News 5 - Memphis, Tennessee", "Memphis"),
])
def test_headline_places_an_event_the_text_leaves_unplaced(pipeline, title, place):
    article = run(pipeline, "A woman is in critical condition after police said she was shot inside her home.", title)
    body = [e for e in article.events if e.section == "text"]
    assert body and all(e.location is not None and e.location.name == place for e in body)


@pytest.mark.parametrize(("title", "injured"), [
    ("5 shot on the west side, suspects still at large - Channel 9 News", 5),  # '5 shot' tagged as a noun
    ("Nine-Year-Old Struck By Gunshots In Dallas", 1),  # the victim hung on the verb
    ("Police investigating shooting that left 5 men injured", 5),  # 'injured' parsed as the main verb
    ("2 dead, 2 injured in north side neighborhood after dispute", 2),  # 'injured' parsed on its number
])
def test_headline_tally_of_a_page_without_a_story(pipeline, title, injured):
    article = run(pipeline, "How to clean and store luggage: a few tips to keep it looking as good as new.", title)
    assert any(e.section == "title" and e.injured == injured for e in article.events)


def test_headline_count_of_the_hit_holds_the_texts_dead(pipeline):
    article = run(pipeline, "Two teenagers were shot and killed in the park on Elm Street on Tuesday night, police "
                  "said.", "4 teens shot in park")
    title = next(e for e in article.events if e.section == "title")
    assert (title.fatalities, title.injured) == (2, 2)


def test_headline_count_of_the_hit_keeps_another_days_death_apart(pipeline):
    article = run(pipeline, "Four men were shot near the park on Tuesday night. A man was shot and killed on the same "
                  "block on Saturday, May 1.", "Four men shot near park")
    assert max(e.injured or 0 for e in article.events) == 4


def test_headline_split_of_dead_and_hurt_is_the_latest(pipeline):
    # the headline, written last, tells of a victim who died since the text's count
    article = run(pipeline, "Four men were shot, one fatally, outside a bar on Elm Street on Sunday, police said.",
                  "2 dead, 2 injured in shooting outside bar")
    assert max(e.fatalities or 0 for e in article.events) == 2
    assert max(e.injured or 0 for e in article.events) == 2
