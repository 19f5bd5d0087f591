"""Verbs that embed another event: hopes, help, allegations and reports of another's violence."""

import pytest

from flashpoint.nlp import load_model


@pytest.mark.parametrize(("text", "form"), [
    ("The envoy hoped the talks would resume.", "hoped"),
    ("She is hoping for a truce.", "hoping"),
    ("Protesters staged a sit-in outside the ministry.", "staged"),
    ("The rebels waged a long war.", "waged"),
])
def test_lemma_corrections_fix_the_model_slips(text, form):
    doc = load_model()(text)
    tok = next(t for t in doc if t.lower_ == form)
    assert tok.lemma_ == {"hoped": "hope", "hoping": "hope", "staged": "stage", "waged": "wage"}[form]


def test_lemma_corrections_leave_nouns_alone():
    doc = load_model()("The rap on the door woke them.")
    assert next(t for t in doc if t.lower_ == "rap").lemma_ == "rap"


def test_hope_about_others_is_no_event(extract):
    article = extract("Accra said it hoped the Togolese officers would be put on trial.")
    assert article.events == [], [(e.code, e.trigger.text) for e in article.events]


def test_hope_for_ones_own_act_is_a_plan(extract):
    article = extract("Senegal hopes to sign a fishing accord with Mauritania.")
    e = article.events[0]
    assert e.modality == "planned" and e.root == "03" and e.source.country == "SEN"


def test_allegation_is_against_the_subject_of_what_it_alleges(extract):
    e = next(e for e in extract("Chile alleged that Bolivia was hiding the smugglers.").events if e.root == "11")
    assert e.source.country == "CHL" and e.target.country == "BOL"


def test_allegation_without_an_accuser_keeps_the_deed_as_a_claim(extract):
    article = extract("A leaked report alleged that the Peruvian army killed six farmers.")
    e = next(e for e in article.events if e.root in ("18", "19"))
    assert e.source.country == "PER" and e.modality == "claimed"


def test_help_to_do_is_taking_part_not_aid(extract):
    article = extract("Mercenaries helped to attack the garrison in Bangui.")
    assert article.events and all(e.root in ("18", "19") for e in article.events)


def test_help_with_an_object_is_aid(extract):
    article = extract("Norway helped Ghana after the floods.")
    assert any(e.root == "07" and e.target.country == "GHA" for e in article.events)


def test_state_reporting_anothers_violence_accuses_it(extract):
    article = extract("Ecuador said that Colombia had attacked its border post.")
    accusation = next(e for e in article.events if e.root == "11")
    assert accusation.source.country == "ECU" and accusation.target.country == "COL"
    assert accusation.provenance.rule.startswith("report-accuses")


def test_sources_telling_of_violence_accuse_no_one(extract):
    article = extract("Thai police sources said Cambodian troops had shelled a village near the border.")
    assert not any(e.root == "11" for e in article.events)


def test_weapon_that_blew_something_up_names_the_attack(extract):
    e = extract("A fuel depot was blown up by a rocket near Aden on Tuesday.").events[0]
    assert e.code == "194"


def test_associate_is_not_the_actor(extract):
    e = extract("Al-Qaeda-linked gunmen kidnapped three aid workers.").events[0]
    assert e.source.country is None and e.source.agent is not None


def test_complement_failure_and_pressure(extract):
    failed = extract("Negotiators from the two countries failed to reach agreement on the border on Sunday.")
    assert failed.events and all(e.root != "05" for e in failed.events)
    pressed = extract("The United Nations pressed Iran to release the detained sailors on Monday.")
    assert any(e.code.startswith("105") and e.source.code.startswith("IGOUNO") for e in pressed.events)


def test_complement_reiterated_demand(extract):
    article = extract("A senior British minister reiterated that Libya must hand over the suspects.")
    assert any(e.root == "10" and e.source.country == "GBR" and e.target.country == "LBY" for e in article.events)
