"""The headline fills what the text leaves out, and only that: a report is not two events."""

from flashpoint.models import Document


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
