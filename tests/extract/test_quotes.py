from flashpoint.extract.quotes import find_quote_spans


def test_quotes_spans_curly_and_straight():
    text = 'He said: \u201cWe will return.\u201d Then "the talks are over," she added.'
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans == ["We will return.", "the talks are over,"]


def test_quotes_paragraph_continuation():
    text = "\u201cFirst paragraph goes on\n\n\u201cand the second closes it,\u201d he said."
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans[0].startswith("First paragraph") and spans[-1].startswith("and the second")


def test_quotes_speaker_after_quote(extract):
    text = ("Chilean Interior Minister Ana Soto spoke on Monday. "
            "\u201cThe curfew will be lifted on Friday and the troops will return to barracks,\u201d said Soto.")
    article = extract(text)
    q = article.quotes[0]
    assert "curfew will be lifted" in q.text and "Soto" in q.speaker.name


def test_quotes_pronoun_speaker_and_organisation(extract):
    text = ("The Norwegian Foreign Ministry issued a statement on Monday. \u201cWe call on both parties to stop "
            "the fighting immediately and return to talks,\u201d the ministry said. Foreign Minister Lars Berg "
            "spoke later. \u201cNorway stands ready to host new negotiations in Oslo this month,\u201d he added.")
    article = extract(text)
    speakers = [q.speaker.text if q.speaker else None for q in article.quotes]
    assert speakers[0] and "ministry" in speakers[0].lower()
    assert article.quotes[1].speaker.name and "Berg" in article.quotes[1].speaker.name


def test_quotes_slogans_without_speaker_are_dropped(extract):
    article = extract('Crowds chanted "Down with the regime" outside the Iranian parliament on Friday.')
    assert not article.quotes


def test_quotes_colon_speaker_before_quote(extract):
    text = ('The Peruvian president wrote on Tuesday: "The state of emergency in Lima will end on Friday '
            'and the army will return to its barracks."')
    article = extract(text, published="2023-02-07")
    assert article.quotes and article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.country == "PER" and article.quotes[0].cue == "wrote"


def test_quotes_continued_statement_is_one_quote(extract):
    text = ("\u201cWe have closed the border crossings for now,\u201d said Hungarian Interior Minister Anna Kovacs. "
            "\u201cThey will reopen when the situation is calm again.\u201d")
    article = extract(text, published="2022-03-01")
    assert len(article.quotes) == 1
    q = article.quotes[0]
    assert len(q.parts) == 2 and "reopen" in q.text and "Kovacs" in q.speaker.name
    for part in q.parts:
        assert text[part.start:part.end] == part.text
