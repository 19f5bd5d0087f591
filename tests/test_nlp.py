"""The spaCy pipeline as Flashpoint loads it."""

from flashpoint.nlp import PARAGRAPHS, load_model


def test_a_blank_line_ends_a_sentence():
    nlp = load_model()
    assert PARAGRAPHS in nlp.pipe_names
    doc = nlp("Please enable Javascript to watch this video\n\nA man was shot on Elm Street on Friday.")
    starts = [s.text.strip() for s in doc.sents]
    assert "A man was shot on Elm Street on Friday." in starts


def test_a_single_line_break_does_not():
    # wire copy wraps its lines
    doc = load_model()("THE TERRORISTS ATTACKED THE\nPOWER STATION ON FRIDAY.")
    assert len(list(doc.sents)) == 1
