"""Event places: attached places, datelines with US state abbreviations, the article's place."""

import pytest


def test_where_attached_place(extract):
    article = extract("Gunmen attacked a police station in Kandahar on Monday.", published="2021-03-01")
    assert article.events[0].location.name == "Kandahar" and article.events[0].location.country == "AFG"


def test_where_place_as_modifier(extract):
    article = extract("Two people were injured after a shooting at a Denver bar on Saturday.", published="2019-06-02")
    assert any(e.location and e.location.name == "Denver" for e in article.events)


def test_where_dateline_with_state_abbreviation(extract):
    text = "PUEBLO, Colo. (KOAA) - A 15-year-old boy was shot and killed Monday night, police said."
    article = extract(text, published="2015-06-02")
    loc = article.events[0].location
    assert (loc.name, loc.country, loc.admin1) == ("Pueblo", "USA", "CO")


def test_where_small_dateline_town_is_geocoded(extract):
    # Cameron, West Virginia has under a thousand people: in GeoNames' cities500, with its coordinates
    text = "CAMERON, W.Va. (AP) - A man was shot and killed outside a store on Sunday, police say."
    loc = extract(text, published="2015-06-02").events[0].location
    assert (loc.name, loc.country, loc.admin1) == ("Cameron", "USA", "WV") and 39 < loc.lat < 41


def test_where_unknown_dateline_town_is_named_not_geocoded(extract):
    text = "PINEBROOK HOLLOW, W.Va. (AP) - A man was shot and killed outside a store on Sunday, police say."
    loc = extract(text, published="2015-06-02").events[0].location
    assert (loc.name, loc.country, loc.admin1, loc.lat) == ("Pinebrook Hollow", "USA", "WV", None)


def test_where_a_month_is_not_a_place(extract):
    article = extract("A gunman killed two people at a store in March, police said.", published="2016-07-04")
    assert article.events and all(e.location is None for e in article.events)


def test_where_article_context_place(extract):
    text = "Dayton police are investigating a weekend shooting. A man was shot twice near a bar on Sunday."
    assert any(e.location and e.location.name == "Dayton" for e in extract(text, published="2016-05-02").events)


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # a dateline below a scraped page's timestamp
    ("November 21, 2014 6:40 AM\n\nPITTSBURGH (KDKA) – A man was shot in the leg on Thursday night, police said.",
     "Pittsburgh", "PA"),
    # a part of the dateline city is named as such
    ("CHICAGO — A man was shot and killed in Rogers Park on Tuesday, police said.", "Rogers Park, Chicago", "IL"),
    # the police force's city, over several words, not 'Police' (a town in Poland)
    ("A man was shot outside a store on Friday, said a Las Vegas Metropolitan Police Department spokesman.",
     "Las Vegas", "NV"),
    # the dateline's state settles an ambiguous town name
    ("SPRINGFIELD, Ill. (AP) — Two men were shot in Springfield on Monday.", "Springfield", "IL"),
    # a state named elsewhere in the article settles an ambiguous town ('Anderson', Indiana or South Carolina)
    ("A man was shot and killed in Anderson on Saturday night, deputies said. The sheriff's office said the "
     "shooting happened near Pelzer, S.C., around 10 p.m.", "Anderson", "SC"),
    # a town of a few hundred people (GeoNames cities500)
    ("WHITE SULPHUR SPRINGS, W.Va. (AP) - A man was shot in the arm on Monday, police said.",
     "White Sulphur Springs", "WV"),
    # a county sheriff tells the county; the town the story names is where it happened
    ("The Allegheny County Police said a man was shot in the leg on Friday. The shooting happened in "
     "Pittsburgh's Hill District.", "Pittsburgh", "PA"),
    # a US state named anywhere puts ambiguous towns in the United States
    ("Deputies said a woman was shot in Chatham on Friday. The sheriff of Chatham County, Ga., said she "
     "is expected to survive.", "Chatham", None),
    # a part of a city is located as the city, under the article's name for it
    ("One person is dead and four more are stable after a shooting on Sunday night in Southwest Philadelphia.",
     "Southwest Philadelphia", "PA"),
    # a station's call sign before the city's police, parsed oddly
    ("(WMC) – Memphis police arrested a man on Monday. A 50-year-old man was shot and killed outside a store.",
     "Memphis", "TN"),
    # a neighbourhood the gazetteer does not know is not a small town abroad: the story's city stands
    ("A man was shot in Whitehaven on Sunday, Memphis police said.", "Memphis", "TN"),
    # a town the model did not tag, after 'in'
    ("A little girl in Yonkers was shot in the face shortly after 11 p.m. Monday.", "Yonkers", "NY"),
])
def test_where_local_news_places(extract, text, name, admin1):
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and located[0].name == name
    if admin1 is None:  # only the country is settled
        assert located[0].country == "USA"
    else:
        assert located[0].admin1 == admin1


def test_where_admin_context_in_the_text(extract):
    # 'Springfield, Illinois' in the text, not the dateline: the state settles the town
    text = "A man was shot in Springfield, Illinois, on Monday night, police said."
    located = [e.location for e in extract(text, published="2016-03-02").events if e.location]
    assert located and located[0].admin1 == "IL"


def test_where_dateline_below_a_pages_captions(extract):
    # a scraped page: a photo caption, then the story's dateline without a news agency
    text = ("A patrol car outside the building. (Staff photo)\n\nTACOMA — A woman was shot and wounded outside "
            "a bar early Sunday, police said.")
    located = [e.location for e in extract(text, published="2017-05-14").events if e.location]
    assert located and located[0].name == "Tacoma" and located[0].admin1 == "WA"


def test_where_a_caps_heading_is_no_dateline():
    from flashpoint.pipeline import find_dateline
    assert find_dateline("Gallery\n\nUPDATE: Police have released the names.") is None
    assert find_dateline("Gallery\n\nWATCH - the video from the scene") is None


def test_where_a_town_that_names_a_street_is_not_the_place(extract):
    # 'South Orange Blossom Trail' is a street in Florida, not South Orange, New Jersey
    text = ("A man was wounded by gunfire on South Orange Blossom Trail late Friday, according to the Orange "
            "County Sheriff's Office.")
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert all(p.name != "South Orange" for p in located)


def test_where_a_small_town_far_from_the_story_is_a_misreading(extract):
    # a Miami story: the victim's home town is not where he was shot, and not the Oregon Hermiston
    text = "The shooting happened near Coral Way in Miami on Friday. A man from Hermiston was wounded."
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and all(p.admin1 == "FL" for p in located)


def test_where_a_county_in_the_state_of_the_storys_city(extract):
    # no state named: Las Vegas makes 'Clark County' the Nevada one
    text = "A man was shot and killed in Clark County on Tuesday, Las Vegas police said."
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and located[0].name == "Clark County" and located[0].admin1 == "NV"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # a town the model did not tag, before an area or a home
    ("A boy was wounded after he was shot with a rifle in the Conroe area on Monday.", "Conroe", "TX"),
    ("A man shot his brother inside their North Las Vegas home on Sunday, police said.", "North Las Vegas", "NV"),
    # the incident's place told by a later 'it happened in' clause
    ("Charlotte police are investigating. A man was shot on Friday. The shooting happened outside a store in "
     "Huntersville.",
     "Huntersville", "NC"),
    # a county only one state has settles the town; a town the gazetteer lacks in that state keeps its name
    ("Pitt County deputies said a boy shot his cousin by accident on Saturday. The shooting occurred at a farm "
     "in Stokes.", "Stokes", "NC"),
    # a town before a venue; a police force named with words before its town
    ("Police say four people were injured in a shooting in a Chillicothe bar on Sunday morning.", "Chillicothe",
     "OH"),
    ("A 16-year-old was shot in the leg. Preliminary Baton Rouge Police Department reports say he was playing "
     "with a gun.", "Baton Rouge", "LA"),
    # a story that names only its people's town and a county is placed in the town
    ("A Roseburg man was shot and wounded on Friday, Douglas County deputies said.", "Roseburg", "OR"),
])
def test_where_more_ways_a_story_gives_its_place(extract, text, name, admin1):
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and (located[0].name, located[0].admin1) == (name, admin1)


def test_where_a_street_or_another_incident_is_not_the_place(extract):
    text = ("A teenager was shot in the back in Concord on Tuesday. The first call came from a store on North "
            "Union Street. Another shooting occurred near Elm and Oak last month.")
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and all(p.name == "Concord" for p in located)


def test_where_a_police_town_before_a_residents_town(extract):
    text = "A Dayton man was arrested by Xenia police on Friday after a 4-year-old girl was shot with a BB gun."
    located = [e.location for e in extract(text, published="2016-07-04").events if e.location]
    assert located and all(p.name == "Xenia" for p in located)


@pytest.mark.parametrize(("text", "name"), [
    # a station's call sign with a digit in the dateline's brackets
    ("TUCSON (KGUN 9) - A man was shot in the arm outside a store on Friday night, police said.", "Tucson"),
    # a scraped page that repeats its dateline
    ("TUCSON (KGUN) - TUCSON (KGUN) - A man was shot in the arm on Friday night, police said.", "Tucson"),
    # a town, its county and its state
    ("GREENCASTLE, FRANKLIN COUNTY, Pa. -- A teenager was shot and killed on Saturday night, state police said.",
     "Greencastle"),
])
def test_where_datelines_of_broadcasters(extract, text, name):
    events = extract(text, published="2016-05-02").events
    assert events and all(e.location and e.location.name == name for e in events)


def test_where_a_district_of_a_big_city_the_story_names(extract):
    # no dateline: the city is named only inside another name ('Chicago police'); the district is in its reach
    text = "A man was shot in the leg in Gage Park on Friday night, Chicago police said."
    events = extract(text, published="2016-05-02").events
    assert any(e.location and e.location.name == "Gage Park (Chicago area)" and e.location.admin1 == "IL"
               for e in events)


def test_where_a_town_far_from_the_city_is_not_its_district(extract):
    text = "A man was shot in the leg in Joliet on Friday night, police said. Chicago police were not involved."
    events = extract(text, published="2016-05-02").events
    assert any(e.location and e.location.name == "Joliet" for e in events)


def test_where_the_incident_named_with_its_place(extract):
    # the county's deputies tell the county; 'the shooting in <town>' tells the town
    text = ("Marlow County deputies are investigating the shooting of a teenager on Thursday evening. "
            "The sheriff's office received the call about the shooting in Dunmore at 5 p.m.")
    events = extract(text, published="2017-03-24").events
    assert any(e.location and e.location.name == "Dunmore" for e in events)


def test_where_a_town_before_someones_home(extract):
    text = "Police said a man shot and killed his neighbour at Miller's Hazleton apartment on Saturday."
    events = extract(text, published="2017-03-24").events
    assert any(e.location and e.location.name == "Hazleton" for e in events)


def test_where_a_dateline_behind_an_invisible_character(extract):
    text = "WKTV (Photo: WKTV)\n\n\u200bUTICA -- Police are investigating a shooting that left one man dead."
    events = extract(text, published="2016-05-02").events
    assert events and all(e.location and e.location.name == "Utica" for e in events)


@pytest.mark.parametrize(("text", "country"), [
    # the country the text names settles a name another country's big city also has ('Dili', once Delhi's)
    ("Prisoners rioted at a jail in East Timor's capital Dili on Monday.", "TLS"),
    # a seat of power named by the same word is no evidence for placing it ('Tripoli' of a Lebanese port)
    ("Militias clashed in Tripoli as shells fell on the north Lebanese port.", "LBN"),
    ("Militias clashed in Tripoli on Monday, the Libyan government said.", "LBY"),
])
def test_where_names_two_countries_share(extract, text, country):
    events = extract(text, published="2016-05-02").events
    assert events and all(e.location and e.location.country == country for e in events)


def test_where_a_district_dateline_of_a_city_named_in_other_names(extract):
    # a hyperlocal site's dateline names the district; only 'Chicago Police' and a hospital name the city
    text = ("WOODLAWN — A man was shot in the arm on Sunday, said a Chicago Police spokeswoman. He was taken "
            "to the University of Chicago Hospital.")
    events = extract(text, published="2016-06-20").events
    assert events and all(e.location and e.location.admin1 == "IL" for e in events)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Gunmen attacked a hotel in Somalia's capital on Friday.", "Mogadishu", "SOM"),
    ("Thousands of students marched in the Kenyan capital on Monday.", "Nairobi", "KEN"),
])
def test_where_the_capital_of_a_named_country(extract, text, city, country):
    e = extract(text).events[0]
    assert e.location is not None and e.location.name == city and e.location.country == country


def test_where_a_claim_is_placed_at_the_deed_claimed(extract):
    article = extract("Islamic State claimed responsibility for a bombing targeting pilgrims at a shrine in Karbala.")
    claim = next(e for e in article.events if e.code == "015")
    assert claim.location is not None and claim.location.name == "Karbala"


def test_where_a_persons_last_name_and_a_street_address_are_no_places(extract):
    text = ("Police charged 15-year-old Marcus Harvey with manslaughter in Tallahassee on Friday. Harvey told "
            "investigators he was playing with a pistol when it went off, striking his cousin.")
    places = {e.location.name for e in extract(text, published="2016-08-01").events if e.location}
    assert places == {"Tallahassee"}
    text = "Officers found the man in the 2700 block of Westhaven, where he had shot a woman, police said."
    assert not any(e.location for e in extract(text, published="2016-08-01").events)


def test_where_a_police_town_the_tagger_took_for_a_noun(extract):
    text = "Chattanooga police are investigating a shooting Friday evening that sent a juvenile to the hospital."
    assert any(e.location and e.location.name == "Chattanooga" for e in extract(text, published="2016-08-01").events)


def test_where_a_town_the_model_ran_into_a_date(extract):
    text = "A teenager was found shot at a home in Laveen Friday night, the Maricopa County Sheriff's Office said."
    assert any(e.location and e.location.name == "Laveen" for e in extract(text, published="2017-02-26").events)


def test_where_headline_town_over_a_county(pipeline):
    from flashpoint.models import Document
    doc = Document(id="t", title="Toddler shoots mom in arm - KXYZ News | Tucson, Arizona", published="2017-01-02",
                   text="A mother was shot in the arm by her child on Monday, according to Pima County deputies.")
    article = next(pipeline.extract_documents([doc]))
    assert any(e.location and e.location.name == "Tucson" for e in article.events)


def test_where_a_names_own_word_is_no_town(extract):
    text = "Four men were shot near Kingsessing Park on Tuesday night, police said."
    assert not any(e.location for e in extract(text, published="2013-08-14").events)


def test_where_a_police_town_the_parser_took_for_an_adjective(extract):
    text = "Portland police are investigating a road rage shooting on the interstate that wounded a girl on Tuesday."
    events = extract(text, published="2016-08-01").events
    assert events and all(e.location and e.location.name == "Portland" for e in events)


@pytest.mark.parametrize(("text", "town"), [
    # a gun maker's name
    ("A woman was shot while her neighbor was cleaning a Springfield .40-caliber pistol in his apartment, "
     "Appleton police said.", "Appleton"),
    # a street word ('Street' is a town in England)
    ("A 15-year-old was shot in a hunting accident on Sunday. The incident happened around 3 p.m. near "
     "134th Court and 99th Street in Fellsmere.", "Fellsmere"),
    # two streets named together
    ("Toledo police are investigating an early morning fight that injured three people at Junction and "
     "Belmont avenues.", "Toledo"),
])
def test_where_words_that_name_no_town(extract, text, town):
    places = {e.location.name for e in extract(text, published="2016-08-01").events if e.location}
    assert places == {town}


@pytest.mark.parametrize(("text", "town"), [
    # a town before a venue that is itself a compound
    ("Four people were wounded in a shooting at a Pomona restaurant drive-through on Sunday.", "Pomona"),
    # a town before a gathering
    ("Two men and two women were injured in a shooting at a Wilmington party early Monday, officials said.",
     "Wilmington"),
    # the clause of the moment it happened
    ("A man was wounded when a fight broke out at a Chillicothe bar early Friday.", "Chillicothe"),
    # a town before the incident the event acts on
    ("Police are investigating a Passaic shooting.", "Passaic"),
])
def test_where_towns_the_events_own_phrase_names(extract, text, town):
    events = extract(text, published="2016-08-01").events
    assert any(e.location and e.location.name == town and e.location.source == "event" for e in events)


def test_where_a_town_named_with_a_number_word(extract):
    text = "Tulare County deputies arrested two people in connection with a double homicide in Three Rivers."
    events = extract(text, published="2016-08-01").events
    assert any(e.location and e.location.name == "Three Rivers" and e.location.admin1 == "CA" for e in events)


def test_where_a_place_hung_on_the_instrument(extract):
    text = ("A 2-year-old boy shot himself with his father's gun inside a Waldorf area apartment, a Charles County "
            "sheriff's office spokeswoman said Wednesday.")
    shot = [e for e in extract(text, published="2016-08-01").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Waldorf"


def test_where_a_township_is_named_in_the_articles_state(extract):
    text = ("Police are investigating a shooting at a birthday party in Hamilton Township, New Jersey that left one "
            "teenager dead and four others wounded.")
    located = [e.location for e in extract(text, published="2016-08-01").events if e.location]
    assert located and all(loc.name == "Hamilton Township" and loc.admin1 == "NJ" and loc.lat is None
                           for loc in located)


def test_where_a_state_police_names_the_state(extract):
    text = "A man was shot in Springfield on Friday, the Illinois State Police said."
    located = [e.location for e in extract(text, published="2016-08-01").events if e.location]
    assert located and all(loc.name == "Springfield" and loc.admin1 == "IL" for loc in located)


def test_where_a_postal_code_is_a_state_not_a_town(extract):
    text = "St. Louis, MO (KMOX) A 2-year-old boy was shot this afternoon when his mother accidentally fired a handgun."
    located = [e.location for e in extract(text, published="2016-08-01").events if e.location]
    assert located and all(loc.name == "St. Louis" and loc.admin1 == "MO" for loc in located)


def test_where_an_incident_placed_by_a_relative_clause(extract):
    text = ("A teenager was shot in the leg late Monday. Police are investigating a shooting that occurred in "
            "Oshkosh shortly before midnight.")
    shot = [e for e in extract(text, published="2016-08-01").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Oshkosh" and \
        shot[0].location.source == "occurrence"


@pytest.mark.parametrize(("text", "town"), [
    # where the troopers were sent
    ("A toddler was shot in the foot on Saturday. Troopers were dispatched to a trailer on Bayberry Lane in "
     "Ocean View shortly after 9 p.m.", "Ocean View"),
    # the call the police answered
    ("A boy, 12, was struck by a bullet from a rifle. The Kentucky State Police responded to a shooting call "
     "in Elkton around noon.", "Elkton"),
    # what the deputies were called to do
    ("A woman was shot by a toddler on Friday. Deputies were called to investigate a shooting in Cedar Grove, "
     "West Virginia.", "Cedar Grove"),
])
def test_where_responders_were_sent(extract, text, town):
    shot = [e for e in extract(text, published="2016-08-01").events if e.trigger.text in ("shot", "struck")]
    assert shot and shot[0].location and shot[0].location.name.startswith(town) and \
        shot[0].location.source == "occurrence"


def test_where_a_responders_home_is_not_where_they_were_sent(extract):
    # a place hung on the officers themselves, not on where they went
    text = "A man was shot on Friday. Officers from Denver responded to the scene."
    shot = [e for e in extract(text, published="2016-08-01").events if e.trigger.text == "shot"]
    assert shot and (shot[0].location is None or shot[0].location.source != "occurrence")


def test_where_a_town_the_parser_ran_into_the_time_of_day(extract):
    text = "A young man was wounded in a shooting that occurred in Frontenac Monday night, police said."
    located = [e.location for e in extract(text, published="2017-05-02").events if e.location]
    assert located and located[0].name == "Frontenac" and located[0].admin1 == "MO"


@pytest.mark.parametrize(("text", "town"), [
    # the town's police, in a story filed from the station's city
    ("NASHVILLE, Tenn. (WKRN) - A 16-year-old was shot Wednesday afternoon during a robbery. Springfield police "
     "said two men were arrested.", "Springfield"),
    # a city's and county's joint force is the city's
    ("A man was wounded by gunfire on Sunday morning, Charlotte-Mecklenburg Police said.", "Charlotte"),
])
def test_where_the_local_police_town(extract, text, town):
    located = [e.location for e in extract(text, published="2016-08-01").events if e.location]
    assert located and all(loc.name == town for loc in located)


@pytest.mark.parametrize("text", [
    # a person's past employer
    "WINTER HAVEN - A homeowner shot an intruder on Friday, said Mark Bell, a retired Tampa police captain.",
    # the county's police under the county's short name
    "DEKALB COUNTY, Ga. - One person died in a shooting near a park on Sunday, DeKalb police said.",
])
def test_where_police_that_do_not_place_the_story(extract, text):
    located = [e.location for e in extract(text, published="2016-08-01").events if e.location]
    assert located and all(loc.name != "Tampa" and loc.name != "DeKalb" for loc in located)


@pytest.mark.parametrize(("text", "state"), [
    # alone, Maywood is the bigger Californian town; with Melrose Park beside it, the Illinois one
    ("A man was shot in Maywood on Sunday night, police said.", "CA"),
    ("A man was shot in Maywood on Sunday night. He was taken to a hospital in Melrose Park, police said.", "IL"),
])
def test_where_the_state_the_articles_names_share(extract, text, state):
    shot = [e for e in extract(text, published="2016-05-02").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Maywood" and shot[0].location.admin1 == state


@pytest.mark.parametrize(("text", "town"), [
    # the people's town in the event's own sentence, over the broadcaster's dateline
    ("FARMINGTON, N.M. (AP) - A 6-year-old Bloomfield girl accidentally shot her sister with a rifle, deputies "
     "said.", "Bloomfield"),
    # the town parsed as an adjective of the man
    ("PORTLAND, Ore. (KOIN) - A Sandy man claims he accidentally shot his wife in the shoulder on Tuesday night.",
     "Sandy"),
    # a town's police in the sentence over the arrested man's town
    ("A Dayton man was arrested by Xenia police on Friday following the shooting of a 4-year-old.", "Xenia"),
])
def test_where_the_town_of_the_people_or_the_police_in_the_sentence(extract, text, town):
    events = extract(text, published="2016-05-02").events
    assert events and events[0].location and events[0].location.name.startswith(town)


def test_where_the_incidents_own_place_over_its_peoples_town(extract):
    text = ("A Kanawha County woman was hospitalized after being shot by a toddler. Deputies were called to "
            "investigate a shooting in Cedar Grove, West Virginia.")
    shot = [e for e in extract(text, published="2016-05-02").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name.startswith("Cedar Grove")


@pytest.mark.parametrize(("text", "town", "source"), [
    # a person's town, told with 'of' after the name and age
    ("Liesel Casto, 12, of Traer, died after being struck by a bullet.", "Traer", "sentence"),
    # a settlement noun naming its town with 'of', not the city before the noun
    ("A boy was killed in a shooting in the west Houston suburb of Katy last November.", "Katy", "event"),
    ("A man was shot at a home in the Town of Wallkill.", "Wallkill", "event"),
    ("A teenager was shot. The shooting happened at a farm west of the town of Traer.", "Traer", "occurrence"),
    # the town a direction is taken from
    ("A boy was shot on Saturday. It happened in the Cossatot River area northwest of Lockesburg around noon.",
     "Lockesburg", "occurrence"),
])
def test_where_towns_named_with_of(extract, text, town, source):
    events = extract(text, published="2016-05-02").events
    assert events and events[0].location and events[0].location.name == town and \
        events[0].location.source == source


def test_where_of_after_an_organisation_is_no_persons_town(extract):
    text = "A student at the University of Dayton was shot in Columbus on Friday."
    shot = [e for e in extract(text, published="2016-05-02").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Columbus"


def test_where_a_headline_event_takes_the_texts_place(pipeline):
    from flashpoint.models import Document
    # the text tells no event of its own (a paywalled page), only where 'the incident' happened
    doc = Document(id="t", title="Boy, 9, shot in hunting accident", published="2016-11-14",
                   text="Deputies said the incident happened about 10 a.m. Sunday at a home in the 3000 block of "
                        "Gradyville Road in McComb. Watch the report.")
    article = next(pipeline.extract_documents([doc]))
    titled = [e for e in article.events if e.section == "title"]
    assert titled and titled[0].location and titled[0].location.name == "McComb" and \
        titled[0].location.source == "occurrence"


def test_where_the_town_of_an_addresss_street(extract):
    text = "A woman was shot at a home in the 400 block of Mill Creek Road in Picayune on Sunday."
    shot = [e for e in extract(text, published="2016-05-02").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Picayune"


def test_where_a_neighbouring_town_is_not_part_of_a_small_dateline_city(extract):
    text = ("DE QUEEN, Ark. - A 16-year-old was shot by his brother while hunting. It happened in the Cossatot River "
            "area northwest of Lockesburg on Saturday.")
    shot = [e for e in extract(text, published="2016-11-14").events if e.trigger.text == "shot"]
    assert shot and shot[0].location and shot[0].location.name == "Lockesburg"


@pytest.mark.parametrize(("text", "town"), [
    # a small town in the dateline's state, before a dwelling
    ("HERKIMER, N.Y. (AP) - A man was shot inside his Mohawk apartment on Sunday, police said.", "Mohawk"),
    # a small town too small elsewhere, in no state the text names: not taken
    ("A man was shot inside his Mohawk apartment on Sunday, police said.", None),
])
def test_where_a_small_town_in_the_articles_state(extract, text, town):
    shot = [e for e in extract(text, published="2016-11-14").events if e.trigger.text == "shot"]
    name = shot[0].location.name if shot and shot[0].location else None
    assert shot and (name is not None and name.startswith(town) if town else name != "Mohawk")
