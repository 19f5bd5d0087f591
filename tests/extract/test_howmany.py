import pytest

from flashpoint.extract.howmany import parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("750", 750), ("3,000", 3000), ("twenty-five", 25), ("one hundred and twelve", 112),
    ("1.5 million", 1_500_000), ("dozens", 12), ("hundreds", 100), ("six", 6), ("a few", 2),
])
def test_howmany_parse_number(text, value):
    assert parse_number(text) == value


def test_howmany_not_a_number():
    assert parse_number("several dozen men") is None


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed some 25 villagers in northern Mali.", 25),
    ("An airstrike killed at least six civilians in Idlib.", 6),
    ("Militants killed a Nigerian soldier on Monday.", 1),
])
def test_howmany_fatalities_tied_to_event(extract, text, killed):
    article = extract(text)
    assert any(e.fatalities == killed for e in article.events)


def counts(article) -> tuple[int, int]:
    """The largest killed and injured counts on the article's violent events."""
    violent = [e for e in article.events if e.root in ("18", "19", "20")]
    return (max((e.fatalities or 0 for e in violent), default=0), max((e.injured or 0 for e in violent), default=0))


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a person shot and not said to have died is one person hurt; a car shot at is no casualty
    ("Police said a man was shot in the leg outside a bar on Friday night.", 0, 1),
    ("Gunmen shot at the car as it drove past the checkpoint, police said.", 0, 0),
    ("A man allegedly shot himself in the hand while cleaning a rifle, deputies said.", 0, 1),
    # fatal forms of a harm verb
    ("A 19-year-old man was fatally shot in the city's north early Sunday, police said.", 1, 0),
    ("A woman was shot to death during a street festival on Sunday.", 1, 0),
    ("A gunman shot and killed two people at a petrol station on Monday.", 2, 0),
    ("Officer Dana Ruiz was killed in a shootout outside a police station on Tuesday.", 1, 0),
    # 'left X dead' counts the people left, not the subject
    ("A shooting outside a nightclub on Saturday left two men dead, police said.", 2, 0),
    # a victim who dies later in the article moves from injured to killed
    ("A man was shot in the chest on Friday night, police said. He was taken to a hospital, where he died.",
     1, 0),
    ("Two men were shot outside a bar on Friday, police said. One of the men later died at the hospital.", 1, 1),
    ("Marcus Lee was shot near a bus stop, police said. Lee was pronounced dead at the scene.", 1, 0),
    ("A teenager was shot in the arm on Tuesday. The victim is expected to survive.", 0, 1),
    # wounds said of people, attached to the attack they came from
    ("A shooting broke out at a party on Saturday night. When officers arrived, they found three people "
     "suffering from gunshot wounds.", 0, 3),
    ("Gunmen opened fire on a car on Friday. Police found a 48-year-old man and a 15-year-old with gunshot "
     "wounds.", 0, 2),
    ("Four people were found shot to death in a home on the city's south side, police said.", 4, 0),
    ("Officers found a 29-year-old man in a bedroom. He had been shot once in the head. Medics pronounced "
     "him dead at the scene.", 1, 0),
    # the same victim told of twice is one killed, not one killed and one injured
    ("Tom Reyes said he accidentally shot and killed his wife on Sunday. Police said Reyes shot his wife in "
     "the back.", 1, 0),
    ("A man was shot and killed on Main Street on Friday. Another man was shot in the leg, police said.", 1, 1),
    # a shooting known only by its casualties, or only as fatal
    ("Police said a juvenile has been taken to the hospital with a gunshot wound.", 0, 1),
    ("A felon was arrested Thursday in connection with a fatal shooting outside a nightclub.", 1, 0),
    ("A boy was shot in the head on Monday. On Tuesday police said the child had died from his injuries.", 1, 0),
    # nominal killings count their 'of' object; what is killed is living
    ("Investigators are looking into the killing of 12 judicial officials near the border.", 12, 0),
    ("A bomb hit a cargo train before dawn on Tuesday. The engineer was killed.", 1, 0),
    # several victims in one word: 'double', 'quadruple'; groups ('a couple')
    ("A quadruple shooting that left one dead on Saturday afternoon shocked the neighborhood.", 1, 3),
    ("Detectives are investigating a double homicide on the east side on Sunday.", 2, 0),
    ("A couple and their two small children were found shot to death in their home on Tuesday.", 4, 0),
    # coordinated and left-behind casualties
    ("Two people were killed and five wounded in a shooting between rival gangs on Monday.", 2, 5),
    ("Two men are dead and five people injured after gang-related shootings at a nightclub.", 2, 5),
    ("Deputies are investigating a shooting in Immokalee that left a teenager injured Tuesday afternoon.", 0, 1),
    ("Two men were gunned down at a party on Saturday. Two others were shot and injured, but survived.", 2, 2),
    # wire copy in capitals: names the tagger cannot see, known by title or apposition; headline passives
    ("DARIO ROJAS, A STREET VENDOR WALKING THROUGH THE AREA, WAS KILLED WHEN A BOMB EXPLODED IN MEDELLIN "
     "LAST NIGHT.", 1, 0),
    ("GUERRILLAS HAVE KILLED THE MAYOR OF THE SMALL TOWN OF EL PALMAR, AS WELL AS TWO PEASANTS, THE LOCAL "
     "PRESS REPORTED TODAY.", 3, 0),
    ("FOUR PEOPLE KILLED, FIVE INJURED, AND HEAVY LOSSES ARE THE RESULT OF A CAR BOMB EXPLOSION IN CALI, "
     "THE POLICE REPORTED.", 4, 5),
    ("THERE IS THE CASE OF JUSTO PASTOR ESCOBAR SILVA, WHO WAS ASSASSINATED BY A SECURITY FORCES AGENT LAST "
     "YEAR.", 1, 0),
    ("PABLO PELAEZ GONZALES, 45, A FORMER MAYOR OF MEDELLIN, WAS MURDERED TODAY BY GUNMEN.", 1, 0),
    # the people a relative clause tells of; counted killings; shooting deaths
    ("Officials released the names of the four people who were killed in a shooting at a home on Sunday.", 4, 0),
    ("Four homicides occurred in less than 36 hours in the township, police said Monday.", 4, 0),
    ("A boy is accused of playing a role in the shooting death of a teenager outside a laundromat.", 1, 0),
    ("Tanner Reed was shot in the abdomen and was pronounced dead at the hospital on Saturday.", 1, 0),
    # one death told twice: the re-mention is not a second, injured victim
    ("A 3-year-old girl has died after being shot on Wednesday evening, police said. The child was shot about "
     "8:20 p.m. in an apartment.", 1, 0),
    ("A woman was killed and a man was wounded on Friday. He was shot in the leg, police said.", 1, 1),
    # a murder-suicide's toll includes the killer
    ("A man killed his two children and then himself early Monday, police said.", 3, 0),
    ("Neighbors say Hernandez was shot and killed by her ex-boyfriend before he killed himself.", 2, 0),
    ("A 50-year-old man was shot and killed; a second man was critically injured, police said.", 1, 1),
    # some of the people shot died; the rest are hurt
    ("Five people were shot Friday night near a club, and one of those victims was killed.", 1, 4),
    # people found shot are victims, not shooters; people in hospital after a shooting are hurt
    ("When officers arrived, they found five people shot outside the bar.", 0, 5),
    ("Two men are in the hospital after a shooting at an apartment complex on Monday.", 0, 2),
    ("Three people were hospitalized after a shooting in Moreno Valley on Sunday.", 0, 3),
    # tallies over a period or an area are no incident
    ("Since early October, eight people have died and at least 10 others were injured in 12 shootings nearby.",
     0, 0),
    ("At least four children were killed statewide in accidental firearm discharges last year.", 0, 0),
    # the passive subject is the victim, not the gun the parser took for the target
    ("A 16-year-old was shot in the chest with a gun he found earlier in the day.", 0, 1),
    # 'one fatally'; deaths told by a relative clause or 'passed away'
    ("A pair of gunmen shot six people, one fatally, at a party early Saturday morning.", 1, 5),
    ("The 10-year-old girl who died of multiple gunshot wounds on Monday was identified on Tuesday.", 1, 0),
    ("The older brother was shot in the head on Monday. The boy was taken off life support on Sunday and "
     "passed away.", 1, 0),
    ("A 7-year-old boy remains in the hospital after an accidental shooting on Sunday, police said.", 0, 1),
    ("Six people were arrested over a shooting on Thursday that left a 16-year-old boy in serious condition.",
     0, 1),
    ("A man is in critical condition after a shooting on Main Street on Friday.", 0, 1),
    # found dead: the people found, tied to the attack that hurt as many
    ("Deputies investigating a report of three men shot found a father and two sons dead on Sunday.", 3, 0),
    ("Darnell Jackson was found shot multiple times in an alley on Sunday morning. Jackson was pronounced dead at "
     "the scene.", 1, 0),
    # the hurt half of 'left X dead and Y wounded', however the parser hangs it; the tally already
    # counts a man said later to have died
    ("A shooting outside a club on Friday left two men dead and three others wounded, police said.", 2, 3),
    ("Officers are looking for a gunman after a shooting that left one woman dead and a 4-year-old hurt.", 1, 1),
    ("A shooting on Elm Street left two men dead and a teenager injured on Sunday. Marcus Lee, 31, was taken "
     "to the hospital, where he later died.", 2, 1),
    # a subjectless passive after a preposition: the clause's subject is the one shot
    ("A teenager is dead after being shot near a park on Saturday, police said.", 1, 0),
    ("Two 17-year-olds were taken to the hospital after being shot on Friday night.", 0, 2),
    ("A male was found with a gunshot wound to the chest on Monday. He was later pronounced deceased at a "
     "hospital.", 1, 0),
    # 'one fatally' hung on the passive verb; 'including one who died'
    ("Three men leaving a bar were shot, one fatally, early Sunday, police said.", 1, 2),
    ("Detectives are looking for a gunman who shot three men, including one who died, on Saturday.", 1, 2),
    # a life claimed or taken by a person or a violent act; a suicide or an accident is none
    ("A stray bullet claimed the life of a 9-year-old girl on Sunday, police said.", 1, 0),
    ("Prosecutors say he took the life of his neighbour during an argument over a fence.", 1, 0),
    ("The storm claimed the lives of three people on Sunday.", 0, 0),
    ("Police say the man took his own life after the standoff.", 0, 0),
    # the gunshot death of someone
    ("Police are investigating the gunshot death of a teenager on Sunday.", 1, 0),
    # a shot that hit someone: the bullet, the gunfire or the gun as the one that struck
    ("A rifle accidentally discharged, striking a 12-year-old boy in the foot.", 0, 1),
    ("A woman was hit by stray gunfire while sitting on her porch on Sunday night.", 0, 1),
    ("He was cleaning a pistol when it discharged and struck his neighbour in the arm.", 0, 1),
    ("A 7-year-old boy who died after being hit by gunfire was identified on Monday.", 1, 0),
    ("A car hit a 5-year-old boy on Main Street.", 0, 0),
    # an address is not a count of the dead; a one-death story re-telling its victim as 'his sister'
    ("Police are at the scene of a fatal shooting at the 3600 block of Elm Road.", 1, 0),
    ("A 9-year-old girl has died after an accidental shooting on Saturday. Her brother was playing with a "
     "pistol when he pulled the trigger, shooting his sister in the head.", 1, 0),
    # a murder-suicide's toll counts the killer; a list of victims parsed as an apposition
    ("Police say a man shot and killed his wife, two young sons and his mother-in-law before killing himself.",
     5, 0),
    ("He shot and killed his neighbour before turning the gun on himself on Friday.", 2, 0),
    ("A 15-year-old was killed on Sunday after accidentally shooting himself with a rifle.", 1, 0),
    # the wounded are others than the dead
    ("One person is dead and three others are being treated for injuries after a shooting at a club.", 1, 3),
    # taken to hospital after a shooting
    ("A young boy was taken to a local hospital on Friday night after an accidental shooting.", 0, 1),
    ("Two men were rushed to the hospital after a shooting on Main Street.", 0, 2),
    # two names, the second taken by the model for an organisation
    ("Investigators said he shot Jessica Moreno and Makayla Jones at the house.", 0, 2),
    # a bare number as the object counts ('killing two'); the dead are among those hit
    ("A gunman opened fire outside a bakery on Monday, killing two and wounding three.", 2, 3),
    ("A gunman shot five people in a parking lot, killing two, police said.", 2, 3),
    ("A farmer accidentally shot a neighbour during a hunt, killing him, deputies said.", 1, 0),
    ("The gunman shot a cashier and killed two other customers before fleeing.", 2, 1),
    ("He shot his wife before killing himself, police said.", 1, 1),
    # 'one died' after 'three were shot': one of the three
    ("Three people were shot on Elm Street on Monday night; one died at the hospital.", 1, 2),
    ("When deputies arrived, four victims were found shot, and one was pronounced dead at the scene.", 1, 3),
    # the hurt are others than the dead named beside them
    ("Police say a 2-year-old is dead and a 15-month-old is injured after a shooting on Friday afternoon.", 1, 1),
    ("A man is dead and a 9-year-old boy suffered minor injuries after a shooting on Monday night.", 1, 1),
    ("An officer was shot and wounded during a gun battle on Monday that left one man dead.", 1, 1),
    ("One teen was killed and two others were left in critical condition after a shooting on Tuesday.", 1, 2),
    ("The shooting injured seven men and six women as they stood outside a church.", 0, 13),
    ("Two sheriff's deputies were critically wounded in the exchange of gunfire.", 0, 2),
    # an injury where a gun went off is a shooting's
    ("The 4-year-old suffered minor injuries after the handgun went off in the kitchen, deputies said.", 0, 1),
    # a near miss kills no one; a count of all who were hit, told again, is split as it was first told
    ("Bullets that nearly killed the store owner are still in the wall.", 0, 0),
    ("One man was killed and three others were injured in a shooting at a bar on Monday. A gunman fired "
     "through the window into the bar, striking four men.", 1, 3),
])
def test_howmany_victims_of_shootings(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-04")) == (killed, injured)


@pytest.mark.parametrize(("text", "code", "displaced"), [
    ("The fighting in the province has displaced 10,000 people, the UN said on Monday.", "190", 10000),
    ("Militants killed 12 villagers and displaced 3,000 others in Borno on Sunday.", "190", 3000),
])
def test_howmany_displaced_people_are_a_quantity_not_casualties(extract, text, code, displaced):
    events = [e for e in extract(text, published="2016-03-02").events if e.code == code]
    assert events
    assert [q.value for q in events[0].quantities if q.role == "displaced"] == [displaced]
    assert (events[0].injured or 0) == 0



@pytest.mark.parametrize("text", [
    "There were 214 homicides in the county last year, the sheriff said.",
    "The city's worst year, 1993, stands at 131 homicides.",
    "More than forty people were shot in the city last year.",
    "At least six children have been shot in the county this year, two of them fatally.",
    "Four teenagers have been killed in shootings in the neighbourhood, residents said.",
])
def test_howmany_a_tally_is_no_incident(extract, text):
    # statistics over a year or a place are context for the story, not events with casualties
    assert counts(extract(text, published="2016-07-04")) == (0, 0)


def test_howmany_a_first_time_in_a_year_is_an_incident(extract):
    text = "Rebels shelled the town for the first time in a year on Sunday, killing about 20 people."
    assert counts(extract(text, published="2016-07-04"))[0] == 20


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the shots of a firing verb hit the one named after it
    ("The gunman opened fire on a porch in Elmwood, hitting a 9-year-old girl in the arm.", 0, 1),
    ("The pistol went off, striking his brother in the knee, the sheriff said.", 0, 1),
    # people sent to hospital, 'a total of'
    ("A shooting outside a bowling alley on Saturday sent seven people to area hospitals.", 0, 7),
    ("A shooting at a block party sent a total of six people to hospitals, police said.", 0, 6),
    # one death told again and again is one death, not one death and one hurt
    ("A 6-year-old girl died Friday after she was shot in her home in Milltown. The child was shot in the "
     "chest, police said. A relative found the girl wounded in a bedroom.", 1, 0),
    # ... but a victim of the other sex is someone else
    ("A man was shot and killed outside a store in Milltown on Friday. A woman was shot in the leg.", 1, 1),
    # a victim found with a wound, who died later, with no attack verb in the story
    ("A teenager died Sunday after he was found unresponsive with a gunshot wound on a porch in Milltown.", 1, 0),
    # an attack told without its victims, and the people hurt and killed told after it
    ("A quarrel at a party in Milltown ended in a gunfight on Saturday. At least four people were taken to "
     "the hospital. Two others died.", 2, 4),
])
def test_howmany_incident_counts_across_sentences(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-04")) == (killed, injured)


def test_howmany_a_year_is_not_a_count(extract):
    assert counts(extract("Police said the number of 2015 homicides in the county rose to 31.")) == (0, 0)


@pytest.mark.parametrize("text", [
    "A violent weekend left six people dead and 19 others hurt in 14 shootings across the city, police said.",
    "At least 23 more people were wounded in other shootings across Memphis between Friday and Sunday.",
    "The mayor noted that 31 people were shot over the weekend, most of them in two neighbourhoods.",
])
def test_howmany_tallies_over_many_incidents_are_no_incident(extract, text):
    assert counts(extract(text, published="2016-07-04")) == (0, 0)


def test_howmany_a_number_word_in_a_name_is_no_count(extract):
    # 'Six Deuce' names a gang set; the murder of one of its members is one death, not six
    killed, _ = counts(extract("A man shot and killed a Six Deuce member outside a store on Monday."))
    assert killed == 1


@pytest.mark.parametrize(("text", "injured"), [
    ("Two teenagers are at Mercy Hospital with life-threatening injuries after a shooting on Saturday night.", 2),
    ("Police said a shooting happened on Elm Street. Two men were found lying in the road with gunshot wounds.",
     2),
])
def test_howmany_the_wounded_where_they_lie(extract, text, injured):
    assert counts(extract(text, published="2016-07-04")) == (0, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a victim the text adds to a small count is one more victim of the incident
    ("At least two people are dead after a shooting early Sunday in Milltown. A woman was also shot and drove "
     "herself to a hospital.", 2, 1),
    ("A man was shot and killed on Elm Street in Milltown on Friday night. Another man was wounded in the leg.", 1, 1),
    # ... but not to a count that may already hold it
    ("Three people were shot on Elm Street in Milltown on Friday. A woman was also shot in the arm.", 0, 3),
    # two victims, the second hung on the verb by the parser
    ("A man has been charged with shooting a 2-year-old and a 16-year-old on Christmas in Milltown.", 0, 2),
    # a warrant executed is no killing
    ("The second arrest warrant was executed on Dunlap Street in Milltown on Tuesday.", 0, 0),
])
def test_howmany_victims_added_to_an_incident(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-04")) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a shooting in an accident is still a shooting; a crash is no attack
    ("A woman was fatally shot in the abdomen in a hunting accident near Milltown on Sunday.", 1, 0),
    ("He was charged with manslaughter over a gun accident that killed his roommate, 20.", 1, 0),
    ("Two people were killed in a car accident on Route 9 on Sunday.", 0, 0),
    # school grades are people
    ("A Milltown eighth-grader died Friday after being accidentally shot at his home.", 1, 0),
    # ', three fatally,' hung on another word of the sentence
    ("Police are searching for a gunman after four people were shot, three fatally, inside a car.", 3, 1),
    # 'after gunfire erupted ..., leaving a girl dead', both clauses on the main verb
    ("Police were searching for suspects after gunfire erupted near a vigil, leaving a 17-year-old girl dead.",
     1, 0),
    # one who shot himself and died, told again as 'he shot himself': one death
    ("A hunter accidentally shot himself to death near Milltown, deputies said. A caller reported that a man "
     "shot himself on a trail.", 1, 0),
    # as many hit as died, with no one said to have lived: the dead told again
    ("A man shot his two young sons at their home on Friday. He is the suspect in the two fatal shootings.", 2, 0),
    # ... but 'two others were killed' are more victims
    ("Two men were shot on Monday in Milltown. Two others were killed on Tuesday.", 2, 2),
    # the dead told again are not more dead
    ("Two people died and two people were critically injured in a shooting on Monday. 'It is sad to see two "
     "people who had to lose their lives,' a neighbour said.", 2, 2),
    ("Police have a suspect in a shooting that injured one person and left another dead.", 1, 1),
    # shooting at someone is aiming, not hitting; a place after 'at' is no victim
    ("Police shot at the man as he fled down the alley.", 0, 0),
    ("Four young people were shot at Elm and Pine streets on Friday night, police said.", 0, 4),
    # an agency pair in the dateline is no victim
    ("DENVER (AP/KDVR) - Four people were shot in downtown Denver early Sunday.", 0, 4),
    # 'one is critically injured' after the dead; 'a deadly quadruple shooting' at the least
    ("He is suspected of shooting five people at a farmhouse; four are dead and one is critically injured.", 4, 1),
    ("Police arrested two men in connection with a deadly quadruple shooting on Friday.", 1, 3),
    # a crash's toll told on the coordinated verb is no attack
    ("Two people were killed and five injured in a crash on the highway on Sunday.", 0, 0),
    # a bare number shot
    ("Three teens have been charged after one was shot in the neck as they played with a pistol.", 0, 1),
    ("Two were shot on Main Street late on Friday, police said.", 0, 2),
])
def test_howmany_more_casualty_forms(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-04")) == (killed, injured)


def test_howmany_two_subjects_two_events(extract):
    # the deaths are the stabbers' deed, not the police's, who fired in the air
    article = extract("In a fresh outbreak of violence in Baroda, two persons were stabbed to death and the "
                      "police fired several rounds in the air to disperse rioters.")
    police = [e for e in article.events if e.source and e.source.agent == "COP"]
    assert police and not any(e.fatalities for e in police)
    assert any(e.fatalities == 2 for e in article.events)
    # ... but the people killed when the police fired are the police's deed
    article = extract("Police opened fire on the mob in Baroda and two persons were killed.")
    assert any(e.fatalities == 2 and e.source and e.source.agent == "COP" for e in article.events)


def test_howmany_wounded_who_later_died_are_not_hurt(extract):
    article = extract("Deputies answered a call about a shooting on Elm Street on Sunday. They found a man with a "
                      "gunshot wound. He was taken to a hospital with critical injuries, where he later died.")
    assert max((e.injured or 0) for e in article.events) == 0
    assert max((e.fatalities or 0) for e in article.events) == 1


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # one of a group hit who died is among them, told as 'one of them' or as someone new to the text
    ("Six men were shot outside a bar in Milltown on Saturday. One of them died at a hospital.", 1, 5),
    ("Police said five people were shot on Oak Street. A woman was pronounced dead at the scene.", 1, 4),
    # ... and so is one 'including' or 'one of whom' the text says died
    ("Seven people were shot at the cookout, including a teenager who was killed.", 1, 6),
    ("Deputies said he shot three people, one of whom died.", 1, 2),
    # a graze is a hit; treated at a hospital, listed in a condition: hurt
    ("A 12-year-old girl was grazed by a bullet in Milltown on Friday.", 0, 1),
    ("Two other men were treated at a hospital and released after the shooting.", 0, 2),
    ("The victim, a 40-year-old man, was listed in serious condition after the shooting.", 0, 1),
    # who has the wound: the subject of the clause an 'after suffering' phrase hangs on, the people found
    # suffering from wounds, the subject of a verb without an object ('showed up ... with a gunshot wound')
    ("The family said the boy is resting at a hospital after suffering a gunshot wound. Later, a car was shot up "
     "on the same street.", 0, 1),
    ("Deputies found Ann Lee, 35, and her sister Mary Lee, 23, in the house, suffering from gunshot wounds.", 0, 2),
    ("A 17-year-old girl showed up at a hospital emergency room on Saturday with a gunshot wound.", 0, 1),
    # the shooting of someone: the one shot
    ("Police are investigating the shooting of a 3-year-old boy on Elm Street.", 0, 1),
    # a relative clause tells of its own noun only
    ("A teenager who was shot and a man who was robbed were planning to meet a friend there.", 0, 1),
    # a killer who turned the gun on himself, told again as 'the man shot himself': his death
    ("A man shot and killed his 3-year-old daughter before turning the gun on himself on Friday. After a standoff, "
     "the man shot himself in the head.", 2, 0),
    # others taken to a hospital beside the dead are hurt; 'him or another child' is one of them
    ("A young girl and a man are dead after a shooting on Thursday night in Milltown. Two other people have been "
     "airlifted to a hospital.", 2, 2),
    ("Police are trying to find out whether the boy shot himself or another child shot him.", 0, 1),
    # 'hurt and killed' of one group counts neither; 'killed one and wounded five' both
    ("We have had two children hurt and killed by gun violence in one week, the chief said.", 0, 0),
    ("A gunman killed one person and wounded five others at a bar on Friday.", 1, 5),
    # a participle after a coordination tells of all of it (not of an apposition: 'Jo Smith, teen killed')
    ("A 3-year-old girl and 23-year-old woman wounded by gunfire on Wednesday night have been released.", 0, 2),
    # 'hurt or killed' counts neither; '20 y/o' is an age
    ("In the past two months, eight have been hurt or killed by gunfire in the city.", 0, 0),
    ("Police said a 20 y/o was killed after a shooting on Elm Street.", 1, 0),
    # a scraped page's line before a blank line is no part of the story's first sentence
    ("Page 1 of 1\n\nA teen died Saturday night after he was accidentally shot at his home.", 1, 0),
])
def test_howmany_this_sessions_casualty_forms(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-04")) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a story of one death tells it again: the one counted as hurt is the one who died
    ("A 9-year-old boy died Tuesday after he was shot at his home in Milltown. Police said a bullet struck the "
     "boy in the chest. The shooting happened at about 4 p.m.", 1, 0),
    ("A teenager was killed in a drive-by shooting on Tuesday. Witnesses said someone in a car opened fire, "
     "striking the teen several times.", 1, 0),
    # ... but not when the text tells of a second victim: of the other sex, another age, said to have lived
    ("A man was killed in a shooting on Tuesday. Police said a woman was shot in the arm.", 1, 1),
    ("A 23-year-old man was shot and killed on Tuesday. A 9-year-old boy was shot in the leg nearby.", 1, 1),
    ("A man was killed in a shooting on Tuesday. A second man was shot and is expected to survive.", 1, 1),
    # ... nor a shooting told of on another day ('last year')
    ("A girl was killed in a shooting on Tuesday. Last year, a boy was shot in the same block.", 1, 1),
    ("A little girl is recovering in the hospital after she was shot Sunday night. On Friday night, a baby was "
     "shot and killed in another part of the city.", 1, 1),
    # ... but one who died days after the shooting is its victim
    ("A woman shot at a home in Milltown last week died Sunday at a hospital. She had been in critical condition "
     "since the shooting on Thursday.", 1, 0),
])
def test_howmany_a_lone_victim_told_again(extract, text, killed, injured):
    assert counts(extract(text, published="2016-07-06")) == (killed, injured)


def test_howmany_a_headlines_death_is_the_lone_victim_of_the_text(pipeline):
    from flashpoint.models import Document

    doc = Document(id="t", title="Teen dead after shooting at apartment complex", published="2016-07-06",
                   text="A teenager was shot at an apartment complex on Elm Street on Tuesday, police said.")
    article = next(pipeline.extract_documents([doc]))
    assert max(e.injured or 0 for e in article.events) == 0
    assert max(e.fatalities or 0 for e in article.events) == 1
