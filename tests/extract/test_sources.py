"""Sourcing: who reported what, named or anonymous, and through whom."""


def test_sources_anonymous_official_via_agency(extract):
    text = ("Iraqi forces retook the town of Tal Afar on Sunday, a Kurdish commander said. "
            "A senior U.S. official, speaking on condition of anonymity, told Reuters that American jets "
            "bombed militant positions near the town.")
    article = extract(text, published="2017-08-28")
    anon = [s for s in article.sources if s.anonymous]
    assert anon, article.sources
    assert anon[0].via == "Reuters"
    bombed = [e for e in article.events if e.id in anon[0].events]
    assert bombed and all(e.sourcing == "anonymous" for e in bombed)


def test_sources_according_to(extract):
    named = extract("Militants killed four soldiers in an ambush near Gao, according to the Malian army.",
                    published="2020-02-11")
    src = [s for s in named.sources if s.cue == "according to"]
    assert src and src[0].events and not src[0].anonymous
    # unnamed individuals are anonymous sources, even when their institution is named
    unnamed = extract("Militants killed four soldiers in an ambush near Gao, according to Malian army officials.",
                      published="2020-02-11")
    assert [s.anonymous for s in unnamed.sources] == [True]


def test_sources_party_to_the_event(extract):
    text = "The Israeli army said its aircraft struck a Hamas weapons depot in Gaza on Monday."
    article = extract(text, published="2021-05-17")
    struck = [e for e in article.events if e.trigger.text == "struck"]
    assert struck and struck[0].sourcing == "party"


def test_sources_quote_is_attached(extract):
    text = ("\u201cWe will not allow any more ships through the strait,\u201d the Yemeni defence ministry "
            "said in a statement on Sunday.")
    article = extract(text, published="2024-01-14")
    assert article.quotes and any(0 in s.quotes for s in article.sources)


def test_sources_indirect_quote_is_a_statement(extract):
    text = "The Egyptian foreign minister said that Cairo would host a new round of talks in October."
    article = extract(text, published="2023-09-01")
    assert article.statements
    st = article.statements[0]
    assert st.kind == "indirect" and st.text.startswith("Cairo would host")
    assert st.speaker.country == "EGY" and text[st.start:st.end] == st.text
    assert not article.quotes  # indirect speech is not a direct quote


def test_sources_trailing_unnamed_official(extract):
    text = "Uganda granted asylum to 18 Rwandan rebels on Monday, a senior Ugandan official said."
    article = extract(text, published="2001-03-05")
    assert [s.anonymous for s in article.sources] == [True]
    assert article.events and article.events[0].sourcing == "anonymous"
