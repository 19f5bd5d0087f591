"""Event triggers and argument roles, on sentences written for these tests."""

import pytest

CASES = [
    # verbal, active
    ("Turkish troops shelled Kurdish positions near Kobani on Monday.", "19", "TUR", "SYR"),
    ("Pakistani police arrested 30 opposition activists in Lahore.", "17", "PAK", "PAK"),
    ("The Philippine government condemned the Chinese coast guard.", "11", "PHL", "CHN"),
    # passive with a by-agent
    ("Two Ukrainian soldiers were killed by Russian artillery near Bakhmut.", "19", "RUS", "UKR"),
    # nominal trigger with a possessor and an 'on' target
    ("Russia's missile attack on Kyiv damaged a power station.", "19", "RUS", "UKR"),
    # light verb: the subject of 'launched' is the source of the attack noun
    ("Israeli forces launched an offensive against Hamas in Gaza.", "19", "ISR", "PSE"),
    # relative clause: 'which' takes the strikes' author
    ("Saudi airstrikes, which killed 12 people, hit a market in Yemen.", "19", "SAU", None),
    # demonym and title
    ("French President Emmanuel Macron praised the German chancellor.", "05", "FRA", "DEU"),
    # metonym: a capital for its government
    ("Beijing accused Washington of interfering in its affairs.", "11", "CHN", "USA"),
    # organisation names
    ("NATO urged Serbia to withdraw its forces.", "02", "IGO", "SRB"),
    # embedded event: a threat of force
    ("North Korea threatened to attack South Korean warships.", "13", "PRK", "KOR"),
    # agreement to release is an intent
    ("Colombia agreed to release 20 FARC prisoners.", "03", "COL", "COL"),
    # a plan the article itself tells of is the act (planned); said by the actor it is an intent
    ("Japan will provide humanitarian aid to Vanuatu next year.", "07", "JPN", "VUT"),
    ("The Danish minister is scheduled to visit Ghana in March.", "04", "DNK", "GHA"),
    ("The Danish minister is scheduled to give a lecture and meet with Ghanaian students.", "04", "DNK", "GHA"),
    ("Japan said it will provide humanitarian aid to Vanuatu next year.", "03", "JPN", "VUT"),
    ("Japan wants to provide humanitarian aid to Vanuatu.", "03", "JPN", "VUT"),
    # protesters' damage and assaults are violent protest (CAMEO 145)
    ("Kenyan protesters torched two police cars in Nairobi.", "14", "KEN", None),
    # a travel warning against a country reduces relations with it
    ("Britain advised against all travel to Yemen on Monday.", "16", "GBR", "YEM"),
    # pressure faced from someone is that one's demand
    ("The Kenyan president faces pressure from Ethiopia to close the border.", "10", "ETH", "KEN"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), CASES)
def test_events_code_and_dyad(extract, text, root, source, target):
    article = extract(text)
    hits = [e for e in article.events if e.root == root]
    assert hits, [(e.code, e.trigger.text) for e in article.events]
    assert any(e.source and e.source.country == source for e in hits), [(e.source, e.code) for e in hits]
    if target is not None:
        assert any(e.target and e.target.country == target for e in hits), [(e.target, e.code) for e in hits]


def test_events_negated_event_is_not_asserted(extract):
    article = extract("The Indian army did not attack the Chinese post, officials said.")
    assert not [e for e in article.events if e.root in ("18", "19") and e.modality == "asserted"]


def test_events_statement_verbs_are_not_events(extract):
    article = extract("The Egyptian foreign minister said the talks would continue next month.")
    assert not [e for e in article.events if e.root == "01"]


def test_events_quantity_and_fatalities(extract):
    article = extract("Sudanese troops killed at least 16 villagers in an attack on Sunday.")
    violent = [e for e in article.events if e.root in ("18", "19")]
    assert any(e.fatalities == 16 for e in violent)


def test_events_deployment_quantity(extract):
    article = extract("Britain deployed 300 soldiers to Estonia on Friday.", published="2022-02-20")
    dep = [e for e in article.events if e.code.startswith("15")]
    assert dep and any(q.value == 300 for e in dep for q in e.quantities)
    assert dep[0].source.country == "GBR"


def test_events_compound_subject_gives_an_event_per_actor(extract):
    article = extract("Hungarian and Romanian officials condemned the bombing.")
    sources = {e.source.country for e in article.events if e.root == "11" and e.source}
    assert sources >= {"HUN", "ROU"} or sources >= {"HUN"}


def test_events_symmetric_meeting(extract):
    article = extract("Japan and Australia held talks in Tokyo on Tuesday.")
    pairs = {(e.source.country, e.target.country) for e in article.events if e.root == "04" and e.source and e.target}
    assert ("JPN", "AUS") in pairs and ("AUS", "JPN") in pairs


def test_events_future_threat_becomes_threaten(extract):
    article = extract("Iran said it will attack any ship that enters its waters.")
    assert any(e.root == "13" and e.source.country == "IRN" for e in article.events)


def test_events_provenance_names_the_rule(extract):
    article = extract("Chilean police detained 12 students in Santiago.")
    e = next(e for e in article.events if e.root == "17")
    assert e.provenance.rule.startswith("verb")
    assert "events.tsv:" in e.provenance.lexicon_entry
    assert e.acled.sub_event_type == "Arrests"


def test_events_claims_and_denials_of_responsibility_are_events(extract):
    # plain statements are not events; claiming an attack is (CAMEO 015), and so is denying one (016)
    article = extract("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu on Monday.")
    assert any(e.code == "015" for e in article.events)
    article = extract("The Kenyan government denied responsibility for the raid on the camp.")
    assert any(e.code == "016" for e in article.events)


@pytest.mark.parametrize(("text", "code", "source"), [
    # forces deployed or withdrawn are the actor's ('the deployment of NATO troops')
    ("The first deployment of NATO peacekeeping troops arrived in Kosovo on Friday.", "154", "IGO"),
    ("The United States speeded up the withdrawal of its forces from Panama on Wednesday.", "0874", "USA"),
    # a state light verb in the passive
    ("Government militias were engaged in ethnic cleansing in the province, according to the report.", "203", None),
    # a possessive pronoun of a light verb's object is its subject
    ("Islamist students continued their hunger strike outside the parliament in Algiers.", "142", "DZA"),
])
def test_events_actors_of_nominal_events(extract, text, code, source):
    e = next(e for e in extract(text).events if e.code == code)
    assert e.source is not None and (source is None or e.source.country == source)


def test_events_signing_an_agreement_is_plover_support(extract):
    e = next(e for e in extract("Chile and Peru signed a trade agreement in Lima on Monday.").events
             if e.code == "057")
    assert e.plover == "SUPPORT"


def test_events_a_wish_put_to_another_is_an_appeal(extract):
    # 'X wants Y to act' asks Y; 'X wants to act' is X's own plan
    article = extract("The United States wants Iran to release the sailors.")
    appeal = next(e for e in article.events if e.root == "02")
    assert appeal.source.country == "USA" and appeal.target.country == "IRN"
    assert not any(e.root == "02" for e in extract("Iran wants to release the sailors.").events)


@pytest.mark.parametrize("text", [
    "The king sent condolences to the families of the victims on Sunday.",
    "Germany offered its sympathy to the people of Chile after the earthquake.",
    "The president expressed sorrow for the victims of the flood.",
])
def test_events_condolences_are_empathy(extract, text):
    # CAMEO 018: sympathy addressed to someone is an event, unlike a plain statement
    assert any(e.code == "018" for e in extract(text, published="2020-01-01").events)


@pytest.mark.parametrize("text", [
    "Amnesty International said security forces killed 20 protesters in Tehran.",
    "The Syrian Observatory for Human Rights said six people were killed in an air strike by government forces.",
])
def test_events_a_rights_monitors_report_of_violence_accuses(extract, text):
    # the violence stays an event; the monitor's report of it accuses its author, its own country's forces too
    article = extract(text)
    assert any(e.root in ("18", "19") for e in article.events)
    accusation = next(e for e in article.events if e.root == "11")
    assert accusation.source.agent in ("AMN", "HRI") and accusation.target.agent in ("MIL", "COP")


def test_events_the_by_agent_of_a_verb_that_does_not_carry_the_event_out(extract):
    # 'forced on Qatar by Saudi Arabia': Saudi Arabia forced the agreement, it did not enter it
    article = extract("Qatar pledged to expel the leaders as one condition of an agreement forced on it by Saudi "
                      "Arabia.")
    assert not any(e.code.startswith("05") and e.source and e.source.country == "SAU" for e in article.events)
    # 'an explosive device emplaced by rebels': the rebels' bomb
    article = extract("Two soldiers were killed when an explosive device emplaced by rebels exploded near Mosul.")
    assert any(e.root == "18" and e.source and e.source.agent == "REB" for e in article.events)


def test_events_told_plan_keeps_the_act_marked_planned(extract):
    article = extract("Japan will provide humanitarian aid to Vanuatu next year.")
    aid = [e for e in article.events if e.root == "07"]
    assert aid and all(e.modality == "planned" for e in aid)
