"""Cause and response links between events, on texts written for these tests."""

import pytest


def linked(article):
    by_id = {e.id: e for e in article.events}
    return [(by_id[link.cause].trigger.text, by_id[link.effect].trigger.text, link.relation, link.evidence)
            for link in article.links]


@pytest.mark.parametrize(("text", "cause", "effect", "relation"), [
    ("In response to the Turkish shelling of Kurdish villages, Syrian Kurdish fighters attacked a Turkish "
     "border post on Monday.", "shelling", "attacked", "response"),
    ("Israeli jets struck Gaza on Tuesday in retaliation for a Hamas rocket attack on Sderot.",
     "attack", "struck", "retaliation"),
    ("The Indian army shelled Pakistani posts in reprisal for a Pakistani attack on an Indian patrol.",
     "attack", "shelled", "retaliation"),
    ("The Kenyan government imposed a curfew in Nairobi because of the riots by Kenyan students.",
     "riots", "imposed", "cause"),
    ("The killing of a Colombian student by police prompted protests by Colombian students in Bogota.",
     "killing", "protests", "cause"),
])
def test_links_cues(extract, text, cause, effect, relation):
    links = linked(extract(text))
    assert any(c == cause and e == effect and r == relation for c, e, r, _ in links), links


def test_links_anaphoric_cause(extract):
    text = "Nigerian police arrested 30 protesters on Friday. The arrests sparked a riot by students in Lagos."
    links = linked(extract(text))
    assert any(c == "arrested" and e == "riot" for c, e, _, _ in links), links


def test_links_definite_description_refers_back(extract):
    text = ("Rebels of the Congolese M23 militia attacked a Rwandan army base on Sunday. "
            "The Rwandan army launched airstrikes against the militia on Monday. "
            "The airstrikes were a retaliation for the attack by the militia.")
    article = extract(text, published="2024-06-04")
    links = linked(article)
    assert ("attacked", "airstrikes", "retaliation", "retaliation for") in links or any(
        c == "attacked" and e == "airstrikes" for c, e, _, _ in links), links


def test_links_need_a_cue(extract):
    article = extract("Iraqi police arrested ten men on Sunday. Gunmen attacked a checkpoint in Mosul on Monday.")
    assert article.links == []


def test_links_evidence_offsets(extract):
    text = "In response to the bombing of the Swedish embassy, Sweden expelled two Iraqi diplomats."
    article = extract(text)
    for link in article.links:
        assert text[link.start:link.end] == link.evidence


def test_links_sentence_initial_in_response(extract):
    text = ("Venezuelan troops seized a Guyanese fishing boat on Monday. "
            "In response, Guyana recalled its ambassador from Caracas.")
    links = linked(extract(text, published="2024-02-06"))
    assert any(c == "seized" and e == "recalled" and r == "response" for c, e, r, _ in links), links
