"""How sure: modality cues around a trigger, and what reaches the events."""

import pytest

from flashpoint.extract.modality import clause_modality, cues, doubt


@pytest.fixture(scope="module")
def parse(pipeline):
    return pipeline.nlp


def token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "trigger", "modality"), [
    ("The army did not attack the village.", "attack", "negated"),
    ("The rebels never attacked the village.", "attacked", "negated"),
    ("The government will send troops to the border.", "send", "planned"),
    ("Officials said the army would strike if necessary.", "strike", "planned"),
    ("The army will strike the camp if the rebels refuse.", "strike", "planned"),
    ("The army strikes the camp if the rebels refuse.", "strikes", "hypothetical"),
    ("Police arrested three men on Monday.", "arrested", "asserted"),
])
def test_clause_modality_from_grammar(parse, sentence, trigger, modality):
    doc = parse(sentence)
    assert clause_modality(token(doc, trigger)) == modality


@pytest.mark.parametrize(("sentence", "trigger", "modality", "cue"), [
    ("The group reportedly attacked a checkpoint.", "attacked", "claimed", "adverb:reportedly"),
    ("Soldiers allegedly beat the prisoners.", "beat", "claimed", "adverb:allegedly"),
    ("The alleged attack drew condemnation.", "attack", "claimed", "modifier:alleged"),
    ("The planned deployment was delayed.", "deployment", "planned", "modifier:planned"),
    ("A possible attack worried the town.", "attack", "hypothetical", "modifier:possible"),
    ("Militants are said to have killed four soldiers.", "killed", "claimed", "raising:say"),
    ("Taliban fighters are believed to have killed four soldiers.", "killed", "claimed", "raising:believe"),
    ("Police are suspected of beating protesters.", "beating", "claimed", "raising:suspect"),
    ("The rebels threatened to seize the town.", "seize", "threatened", "governor:threaten"),
    ("The government plans to deploy 500 troops.", "deploy", "planned", "governor:plan"),
    ("Russia is preparing to deploy troops.", "deploy", "planned", "governor:prepare"),
    ("The army may strike the camp.", "strike", "hypothetical", "aux:may"),
    ("The opposition claimed that troops had fired on marchers.", "fired", "claimed", "governor:claim"),
    ("Chile gave Peru permission to help Bolivia.", "help", "hypothetical", "noun:permission"),
    ("The court upheld the right to protest against the law.", "protest", "hypothetical", "noun:right"),
])
def test_modality_cues(parse, pipeline, sentence, trigger, modality, cue):
    doc = parse(sentence)
    assert (modality, cue) in cues(token(doc, trigger), pipeline.knowledge.modality_cues)


def test_claiming_an_attack_is_not_a_hedge(parse, pipeline):
    doc = parse("Hamas claimed the attack on Monday.")
    assert not cues(token(doc, "attack"), pipeline.knowledge.modality_cues)


@pytest.mark.parametrize(("text", "code", "modality"), [
    ("The group reportedly attacked a checkpoint in Kandahar on Sunday.", "180", "claimed"),
    ("Taliban fighters are believed to have killed four soldiers on Monday.", "190", "claimed"),
    ("Russia is preparing to deploy troops to the border.", "154", "planned"),
    ("Police arrested three protesters in Lagos on Monday.", "173", "asserted"),
])
def test_events_carry_modality(extract, text, code, modality):
    events = [e for e in extract(text, published="2021-03-02").events if e.code.startswith(code[:2])]
    assert events and events[0].modality == modality
    if modality != "asserted":
        assert "+modality:" in events[0].provenance.rule  # the cue word is in the provenance


def test_a_threat_is_asserted_when_made(extract):
    # 'will pay a price' is coded as a threat (13x); the threat itself happened
    article = extract('Trump said on Tuesday: "They will pay a very big price."', published="2019-12-31")
    threats = [e for e in article.events if e.root == "13"]
    assert threats and threats[0].modality == "asserted" and threats[0].claimed_by


def test_events_in_a_quote_are_claimed_by_the_speaker(extract):
    text = '"The militia killed an American contractor," Defense Secretary Mark Esper said on Tuesday.'
    killed = [e for e in extract(text, published="2019-12-31").events if e.root in ("18", "19")]
    assert killed and killed[0].claimed_by == "Mark Esper"


def test_confidence_reflects_doubt(extract):
    sure = extract("Taliban fighters killed four soldiers on Monday.", published="2021-03-02").events[0]
    hedged = extract("Taliban fighters are believed to have killed four soldiers on Monday.",
                     published="2021-03-02").events[0]
    assert hedged.confidence < sure.confidence
    assert doubt("hypothetical", None) > doubt("planned", None) > doubt("asserted", None) == 0
    assert doubt("asserted", "Mark Esper") > 0


def test_modality_an_infinitive_of_a_permission_noun_is_not_asserted(extract):
    article = extract("Chile gave Peru permission to help Bolivia.", published="2020-01-01")
    assert any(e.code == "086" for e in article.events)  # the permission is the event
    assert not any(e.root == "07" and e.modality == "asserted" for e in article.events)  # the help is not
