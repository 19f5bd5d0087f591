"""Targets the clause names beyond the verb's object: conditions, aims, deeds complained of, purposes,
places, hosts, recipients of things given, and the authors of events acted on."""

import pytest


def event(article, root):
    found = [e for e in article.events if e.root == root]
    assert found, [(e.code, e.trigger.text) for e in article.events]
    return found[0]


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # the party a threat's condition is put to
    ("Turkey threatened to suspend the talks if Greece sends warships to the island.", "13", "TUR", "GRC"),
    # a force's aim, named inside the purpose it is mobilised for
    ("Algeria mobilized reservists for a possible war against Morocco.", "15", "DZA", "MAR"),
    # the author of the deed complained of, not the body complained to
    ("Ghana complained to the African Union over Togolese border raids.", "11", "GHA", "TGO"),
    # whom a protest's purpose is aimed at
    ("Students blocked a bridge to show their opposition to Uganda's new fees.", "14", None, "UGA"),
    # a protest with only a thing as its object is aimed at the place it happens in
    ("Angry farmers blocked the main road in Dakar on Monday.", "14", None, "SEN"),
    # a visit's host is the country visited
    ("The Chilean president arrived in Lima on a two-day visit.", "04", "CHL", "PER"),
    # the place a deed is done to
    ("Ethiopia launched its invasion of Somalia in December.", "19", "ETH", "SOM"),
    # a show of force abroad is aimed at the country it is made in
    ("Chinese troops held exercises in Laos last week.", "15", "CHN", "LAO"),
    # things given beside one another, and a share of a programme, still name the act
    ("Japan is providing maps and intelligence to the Philippines.", "06", "JPN", "PHL"),
    ("Canada suspended part of its aid programme for Haiti.", "16", "CAN", "HTI"),
    # the aim of fire named on the fire itself
    ("Azerbaijani forces launched artillery and rocket fire against Armenian positions.", "19", "AZE", "ARM"),
    # the one whose gathering the police broke up
    ("Kenyan police broke up a demonstration staged by opposition supporters in Kisumu.", "17", "KEN", "KEN"),
    # a demand noun's clause names whom it is put to
    ("The African Union renewed its demand that Sudan release the detained ministers.", "10", "IGO", "SDN"),
    # a border closed against a neighbour
    ("Niger closed its border with Benin on Sunday.", "19", "NER", "BEN"),
    # the giver of what was received
    ("Lebanese officials received assurances from the French government.", "03", "FRA", "LBN"),
])
def test_targets_named_by_the_clause(extract, text, root, source, target):
    e = event(extract(text), root)
    if source is not None:
        assert e.source is not None and e.source.country == source
    assert e.target is not None and e.target.country == target


def test_targets_conditional_offer_stays_an_intent(extract):
    # 'if' on a cooperative act is a condition of an offer, not a threat
    e = event(extract("The rebels said they would meet the Norwegian mediator if he guaranteed their safety."), "03")
    assert e.plover == "AGREE"


def test_targets_ultimatum_is_a_threat(extract):
    article = extract("Chad will withdraw its troops from Niger unless the junta releases the president.")
    assert any(e.root == "13" for e in article.events)


def test_targets_participation_verbs_lend_their_subject(extract):
    e = event(extract("Sudanese troops took part in the offensive against the rebels in Darfur."), "19")
    assert e.source.country == "SDN" and e.trigger.text == "offensive"


def test_targets_combatants_killed_are_armed_conflict(extract):
    e = event(extract("Five Malian soldiers were killed near Gao on Monday."), "19")
    assert e.target.country == "MLI" and e.fatalities == 5


def test_targets_people_killed_in_a_gunbattle_are_fighting(extract):
    e = event(extract("Police killed two smugglers in a gunbattle near the Afghan border on Friday."), "19")
    assert e.plover == "FIGHT"


def test_targets_accused_act_is_only_claimed(extract):
    article = extract("The ministry accused Ugandan soldiers of looting a village near Bunia.")
    accusation = event(article, "11")
    assert accusation.target.country == "UGA"
    assert all(e.modality == "claimed" for e in article.events if e.root != "11")


def test_targets_new_force_posture_and_refuge_lexicon(extract):
    assert event(extract("Some 20,000 Sudanese refugees sought refuge in Chad last month."), "02").code == "023"
    assert event(extract("The two navies began joint exercises in the Red Sea."), "06").code == "062"


@pytest.mark.parametrize(("text", "code"), [
    ("Government troops captured part of a rebel stronghold near the Congolese border.", "192"),
    ("Eritrea expelled monitors of the African Union from the border zone.", "1662"),
    ("Norwegian volunteers handed over two tonnes of medicine to the Red Cross in Aleppo.", "073"),
    ("Peru lodged a formal protest with Chile over the fishing dispute.", "114"),
])
def test_targets_lexicon_patterns_through_objects(extract, text, code):
    assert any(e.code == code for e in extract(text).events)


def test_targets_lodged_protest_is_with_its_addressee(extract):
    e = event(extract("Peru lodged a formal protest with Chile over the fishing dispute."), "11")
    assert e.target.country == "CHL"


def test_targets_announced_boycott_of_another_is_a_threat(extract):
    e = event(extract("Tamil leaders said they would boycott all contacts with India."), "13")
    assert e.target.country == "IND" and e.source.country is None  # a people the text does not place


def test_targets_conjunct_of_a_passive_takes_its_subject(extract):
    e = next(e for e in extract("The minister was summoned by the parliament and will resign next week.").events
             if e.trigger.text == "resign")
    assert e.source.text == "minister"


def test_targets_name_on_a_weapon_is_the_attacker(extract):
    e = event(extract("Recent Kenyan drone strikes have killed at least six militant commanders since May."), "19")
    assert e.source.country == "KEN"


def test_targets_a_protest_with_no_target_and_no_place_is_addressed_to_the_government(extract):
    e = event(extract("Egyptian demonstrators rioted after a rally calling for the removal of the cabinet."), "14")
    assert e.target.country == "EGY" and e.target.agent == "GOV"


def test_targets_an_office_holders_administration_names_his_country(extract):
    # no publication date to pick a role: 'the Reagan administration' still names the United States
    article = extract("The Reagan administration declared that Libya must release the detained sailors.",
                      published=None)
    demand = event(article, "10")
    assert demand.source.country == "USA" and demand.target.country == "LBY"


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # the one summoned is the one complained to
    ("The Ghanaian foreign minister summoned Togo's ambassador to complain about the raids.", "11", "GHA", "TGO"),
    # a refusal despite someone's pressure is a refusal to them
    ("The Kenyan minister declined to resign despite pressure by the Kenyan anti-corruption commission.", "12",
     "KEN", "KEN"),
    # a town acted on is its country's
    ("U.N. helicopters evacuated the wounded from the besieged town of Gorazde on Friday.", "07", "IGO", "BIH"),
    # an embassy opened in a capital establishes relations with its country
    ("Sri Lanka has opened an embassy in Tehran, the foreign ministry said.", "05", "LKA", "IRN"),
])
def test_targets_more_addressees(extract, text, root, source, target):
    e = event(extract(text), root)
    assert e.source.country == source and e.target is not None and e.target.country == target


def test_targets_a_broken_condition_names_no_target(extract):
    # a condition the parser could not read is no source of a target
    article = extract("The union may halt the talks if cooperation by all parties founders, Dutch Foreign "
                      "Minister Jan de Vries said.")
    assert all(e.target is None or e.target.country != "NLD" for e in article.events if e.root == "13")


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    # a demand told as the object of a verb, its clause hung on the verb
    ("The African Union repeated its demand on Monday that Sudan free the detained ministers.", "10", "IGO", "SDN"),
    # a protest in defiance of someone is aimed at them
    ("Thousands of people blocked streets in Taipei in defiance of Chinese authorities.", "14", "TWN", "CHN"),
])
def test_targets_demands_and_defiance(extract, text, root, source, target):
    e = event(extract(text), root)
    assert e.source.country == source and e.target.country == target


def test_targets_the_state_speeding_a_withdrawal_is_its_actor(extract):
    # not the forces 'from Panama' it withdraws
    e = event(extract("The United States speeded up the withdrawal of some invasion forces from Panama."), "08")
    assert e.source.country == "USA"


def test_targets_a_participle_misparsed_as_the_main_verb(extract):
    # 'imprisoned' parsed as the main verb, 'were released' coordinated with it: the civilians were released
    article = extract("The activists imprisoned for protesting against Moscow were released on Monday by Putin.")
    release = next(e for e in article.events if e.code.startswith("084"))
    assert release.source.country == "RUS" and release.target is not None and "activists" in release.target.text
