"""Event locations from the offline gazetteer (gazetteer.py).

The event's place is the one attached to its trigger or its target ('in', 'at', 'near', 'outside', 'to'),
else the nearest place in the sentence, else the dateline, else the article's local place. Ambiguous names
are weighed by the article's context (its countries, US states and anchor cities; see gazetteer.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp import registry
from .gazetteer import PRIMARY_WEIGHT, Gazetteer, Place, distance_km, fold
from .state import DocState, EventDraft
from .syntax import based_at, child
from .when import MONTHS, WEEKDAYS

__all__ = ["Gazetteer", "Place", "PlaceFinder", "assign_locations"]

CLAIM_CODES = {"015", "016"}  # claiming or denying responsibility for a deed
PLACE_PREPS = ("in", "at", "near", "outside", "to", "into", "inside", "across", "around", "from", "on")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Nouns whose proper-noun modifier is the place they serve ('Dayton police').
LOCAL_FORCES = {"police", "sheriff", "officer", "department", "firefighter", "authority", "official", "mayor"}
POLICE_WORDS = {"police", "officer", "officers", "metropolitan", "metro"}  # a town's own force, not its mayor
FORCE_MODIFIERS = {"metropolitan", "metro", "county", "city", "fire"}  # 'Las Vegas Metropolitan Police'
FORCE_WORDS = {"metropolitan", "metro", "fire"}  # words of a force's name that name no town ('Metro Police')
FORMER_WORDS = {"retired", "former", "ex"}  # 'a retired Tampa police captain'
COUNTY_WORDS = {"county", "parish"}
BIG_CITY = 100_000  # people: a city this big, named in the article, puts its country in the context
FAR_KM = 1500  # a small foreign town this far from every anchor of the article is a misreading
# A small US town this far from every anchor, in no state the article names, is a misreading (US only: it is
# the country whose states the article's context is read for).
LOCAL_KM = 600
MIN_TOWN = 5000  # people: a one-word 'organisation' after 'in' is read as a town only if the town is this big
SMALL_TOWN = 20_000  # people: a US town this small, in no state the article names, is another place
# Nouns for the surroundings of a named place: 'in the Conroe area'.
AREA_NOUNS = {"area", "suburb", "suburbs", "outskirts", "vicinity", "region"}
# Nouns a multi-word town name can stand before: 'their North Las Vegas home' (not 'South Fulton Street',
# 'Mount Sinai Hospital', or 'the Wyandotte neighborhood' of another city).
DWELLING_NOUNS = {"home", "house", "apartment", "residence", "trailer"}
# Places and gatherings a one-word town name stands before: 'a Chillicothe bar', 'on a Passaic street', 'at a
# Wilmington party'.
VENUE_NOUNS = {"bar", "nightclub", "club", "restaurant", "store", "mall", "motel", "hotel", "church", "school",
               "park", "gas station", "station", "lot", "garage", "bank", "market", "shop",  # ('a Dayton parking lot')
               "street", "party", "festival", "parade", "concert"}
# People named by their town: 'a Roseburg teen' (the article's local place, not the event's).
RESIDENT_NOUNS = {"man", "woman", "teen", "teenager", "boy", "girl", "resident", "couple", "family", "father",
                  "mother", "youth", "student", "child", "toddler"}
# Subjects that stand for the incident itself: 'it happened', 'the shooting occurred' (not 'the first occurred').
INCIDENT_SUBJECTS = {"it", "shooting", "incident", "attack", "stabbing", "crash", "killing", "homicide", "crime",
                     "robbery", "confrontation", "gunfire", "altercation"}
# 'Pitt County', 'St. Mary Parish', 'Prince George's County': a US county named in the text.
COUNTY_NAME = re.compile(r"\b(?:[A-Z][a-z]+\.? )?(?:[A-Z][a-z']+ ){1,2}(?:County|Parish)\b")
# Verbs of an incident's place told on its own: 'the shooting happened in ...', 'it occurred near ...'.
OCCURRENCE_VERBS = {"happen", "occur", "take", "transpire"}
# Where responders were sent is where it happened: 'troopers were dispatched to a house on Muddy Neck Road in
# Ocean View', 'State Police responded to a shooting call in Elkton'.
RESPONSE_VERBS = {"dispatch", "call", "respond", "send", "summon"}
RESPONDER_NOUNS = {"police", "officer", "deputy", "trooper", "firefighter", "authority", "crew", "medic",
                   "paramedic", "unit", "investigator", "agent", "detective", "ems"}
# Nouns that name a town with 'of': 'the suburb of Katy', 'the Town of Wallkill', 'the village of Mohawk'.
SETTLEMENT_NOUNS = {"suburb", "town", "city", "village", "community", "hamlet", "borough", "township"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# Times of day a town can run into: 'in Frontenac Monday night' (the model tags 'Monday night' alone).
DAY_PARTS = {"night", "morning", "afternoon", "evening"}
# A US state's own police: 'Kentucky State Police', 'the Ohio State Highway Patrol'.
STATE_FORCE = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+) (?:State Police|State Patrol|(?:State )?Highway Patrol)\b")
# US civil divisions named '<Name> Township': towns to the reader, absent from the gazetteer of populated places.
CIVIL_DIVISIONS = {"Township", "Borough"}
LOCAL_FEATURES = ("city", "admin2")  # what an article's local context place can be


# A place is read as a part of a big city the article names when the city has this many times its people
# and the place lies within the city's reach: the radius of a city of its population at a typical density.
PART_RATIO = 5
NAMED_CITY = 250_000  # people: a city named only inside another name ('Chicago Police') this big
CITY_DENSITY = 1500  # people per km2: US and European city proper
REACH_KM = (5.0, 25.0)  # the least and the most reach


def city_reach_km(city: Place) -> float:
    """About how far a city's own districts reach from its centre: 21 km for Chicago, 9 km for Oakland."""
    radius = math.sqrt(city.population / (math.pi * CITY_DENSITY))
    return max(REACH_KM[0], min(REACH_KM[1], radius))


# Last words of a street's or road's name: a town at the start of one ('South Orange Blossom Trail', 'Boston
# Post Road') names the street, not where it is.
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln",
                "trail", "highway", "hwy", "parkway", "pkwy", "pike", "turnpike", "court", "ct", "place", "circle",
                "terrace", "way", "expressway", "freeway"}


def place_span(tok: Token) -> Span | None:
    doc = tok.doc
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and ent.start <= tok.i < ent.end and not names_a_street(ent):
            return ent
    return None


def capitalised_before(noun: Token, part: Callable[[Token], bool], most: int = 4) -> list[Token]:
    """The capitalised words right before `noun` (at most `most`) that `part` takes as part of its name:
    'North Las Vegas' in 'their North Las Vegas home', 'Baton Rouge' in 'the Baton Rouge man'."""
    doc, words = noun.doc, []
    j = noun.i - 1
    while j >= max(0, noun.i - most) and part(doc[j]) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        words.insert(0, doc[j])
        j -= 1
    return words


def droppable(word: Token) -> bool:
    """A capitalised word before a town's name that is not part of a name: a sentence's first word or one
    the tagger does not read as a proper noun ('Preliminary Baton Rouge Police')."""
    return word.is_sent_start or word.pos_ != "PROPN"


def in_an_address(span: Span) -> bool:
    """'in the 2700 block of Westhaven': the name of a street, not of a town."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() == "block"


def names_a_street(span: Span) -> bool:
    """'South Orange' in 'South Orange Blossom Trail': capitalised words after the name that end in a street word."""
    doc = span.doc
    for i in range(span.end, min(span.end + 4, len(doc))):
        word = doc[i].text.rstrip(".")
        if word.lower() in ("streets", "avenues", "roads", "boulevards", "drives", "lanes"):
            return True  # 'at Junction and Belmont avenues': two streets' names
        if not word[:1].isupper():
            return False
        if word.lower() in STREET_WORDS:
            return True
    return False


def is_postal_code(tok: Token) -> bool:
    """'MO' in 'St. Louis, MO': two capitals after a comma, a US state's postal code (not 'Mo', Norway)."""
    return len(tok.text) == 2 and tok.text.isupper() and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def names_a_weapon(span: Span, weapons: frozenset[str]) -> bool:
    """'a Springfield .45-caliber handgun', 'a Remington shotgun': a name on a weapon is its maker."""
    head = span.root.head
    return span.root.dep_ in ("compound", "nmod", "amod") and head.i >= span.end and (
        head.lemma_.lower() in weapons or any(t.lower_ == "caliber" for t in span.doc[span.end:head.i]))


class PlaceFinder:
    def __init__(self, state: DocState, gazetteer: Gazetteer) -> None:
        self.state = state
        self.gaz = gazetteer
        self.countries = {h.country for h in state.name_hits if h.country and h.country != "IGO"}
        # the countries named only by a seat of power ('Tripoli'): not evidence for placing that very name
        others = {h.country for h in state.name_hits if h.kind != "metonym"}
        self.metonym_only = {h.text.lower(): h.country for h in state.name_hits
                             if h.kind == "metonym" and h.country not in others}
        self.mentioned: list[tuple[int, Place]] | None = None
        self._dateline: tuple[Place | None] | None = None
        self._states: frozenset[tuple[str, str]] | None = None
        self._context_countries: set[str] | None = None
        self._county_states: list[set[str]] | None = None
        self._occurrences: list[tuple[int, Place]] | None = None
        self._forces: list[tuple[int, Place]] | None = None
        self._residents: list[tuple[int, Place]] | None = None
        self._town_forces: list[tuple[int, Place]] | None = None
        self._implied: frozenset[tuple[str, str]] | None = None
        self.anchors: list[Place] = []  # the dateline and big cities the article names (with the countries)
        self._name_cities: list[Place] | None = None
        self._anchors: tuple[tuple[float, float], ...] = ()  # their coordinates
        # the last names of the article's people: 'Harvey told investigators' after 'Cartrez Harvey, 15' is
        # the boy, not Harvey, Illinois
        self.surnames = {ent[-1].text for ent in state.doc.ents if ent.label_ == "PERSON" and len(ent) > 1}

    def is_surname(self, span: Span) -> bool:
        """A one-word 'place' that is the last name of one of the article's people."""
        return len(span) == 1 and span.text in self.surnames

    def names_no_place(self, span: Span) -> bool:
        """A person's last name, a street in an address, or a weapon's maker: a name that is no place."""
        return self.is_surname(span) or in_an_address(span) or names_a_weapon(span, self.state.knowledge.weapons)

    def find(self, name: str) -> Place | None:
        countries = self.context_countries() - self.only_by(name)  # 'Tripoli' of 'the north Lebanese port'
        anchors = self._anchors
        # in a story that names no state, its anchor cities' states stand in: 'Clark County' in a Las Vegas story
        states = self.states() or self.implied_states() or \
            frozenset(("USA", a.admin1) for a in self.anchors if a.country == "USA" and a.admin1)
        place = self.gaz.lookup(name, countries, self.dateline_admin1(), states, anchors)
        if place is None and name.split()[-1] in CIVIL_DIVISIONS and len(name.split()) > 1:
            # 'Hamilton Township', a civil division the gazetteer of towns lacks: named in the article's one
            # state, not geocoded
            known = {s for _, s in self.states()} | {self.dateline_admin1()} - {None}
            return Place(name, "USA", known.pop(), None, None, None, 0, "city") if len(known) == 1 else None
        if place is not None and place.feature == "city" and place.population < BIG_CITY and anchors and \
                place.lat is not None:
            far = min(distance_km(place, a) for a in anchors)
            if place.country not in countries and far > FAR_KM:
                return None  # 'Whitehaven' in a Memphis story is not the English town: a part of town we do not know
            if place.country == "USA" and far > LOCAL_KM and \
                    (place.country, place.admin1) not in states and place.admin1 != self.dateline_admin1():
                return None  # a small town half a continent from every city the story is about, in no state it names
        if place is not None and place.feature == "city" and place.country == "USA" and \
                place.population < SMALL_TOWN and self.states() and \
                ("USA", place.admin1) not in self.states() and place.admin1 != self.dateline_admin1():
            # 'Stokes' in a story about Pitt County, N.C., is not the Oregon village but one the gazetteer
            # lacks: named in the article's one state, not geocoded
            named = self.states()
            return Place(place.name, "USA", next(iter(named))[1], None, None, None, 0, "city") if len(named) == 1 \
                else None
        return place

    def only_by(self, name: str) -> set[str]:
        """The country that only this word names, as a seat of power ('Tripoli' for Libya)."""
        country = self.metonym_only.get(name.lower())
        return {country} if country else set()

    def context_countries(self) -> set[str]:
        """The countries the article names, and the United States when it names a US state or has a US
        dateline ('Chatham' in a story that mentions Georgia's 'Ga.' is not the English town)."""
        if self._context_countries is None:
            countries = set(self.countries)
            dateline = self.dateline()
            self.anchors = [dateline] if dateline is not None else []
            if self.states() or (dateline is not None and dateline.country == "USA") or any(self.county_states()):
                countries.add("USA")
            for ent in self.state.doc.ents:  # 'Sacramento', 'Harris County': places no other country has
                if ent.label_ in ("GPE", "LOC") and not based_at(ent.doc, ent.end) and \
                        not names_a_weapon(ent, self.state.knowledge.weapons):
                    # (with the countries the text names, but not one named by this very word: 'Tripoli')
                    # (in the state its names imply, if the text names none: not 'New York' the state
                    # making Newark a village of it)
                    place = self.gaz.lookup(ent.text, self.countries - self.only_by(ent.text), None,
                                            frozenset() if self.states() else self.implied_states())
                    if place is not None and place.country and (
                            place.feature == "admin2" or (place.feature == "city" and place.population >= BIG_CITY)):
                        countries.add(place.country)
                        if place.feature == "city":
                            self.anchors.append(place)
            self._context_countries = countries
            self._anchors = tuple((a.lat, a.lon) for a in self.anchors if a.lat is not None and a.lon is not None)
        return self._context_countries

    def states(self) -> frozenset[tuple[str, str]]:
        """The US states (as (country, admin1)) the article names: 'South Carolina', 'Anderson, S.C.'."""
        if self._states is None:
            found = set()
            doc = self.state.doc
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC") and (code := self.gaz.us_state(ent.text)):
                    place = self.gaz.lookup(ent.text, self.countries)  # (the countries the text names first)
                    if place is None or place.feature != "country" or "USA" in self.countries:
                        found.add(("USA", code))  # not 'Georgia' in a story about the Caucasus
            for tok in doc[2:]:  # AP abbreviations after a town: 'Anderson, S.C.', 'Macon, Ga.'; postal codes
                # after a capitalised name: 'St. Louis, MO'
                postal = is_postal_code(tok) and doc[tok.i - 2].text[:1].isupper()
                if doc[tok.i - 1].text == "," and (tok.text.endswith(".") or postal) and (
                        code := self.gaz.us_state(tok.text)):
                    found.add(("USA", code))
            for m in STATE_FORCE.finditer(self.state.text):  # 'the Michigan State Police', 'Ohio Highway Patrol'
                words = m.group(1).split()
                code = self.gaz.us_state(" ".join(words[-2:])) or self.gaz.us_state(words[-1])
                if code:
                    found.add(("USA", code))
            for counties in self.county_states():  # 'Pitt County deputies': only North Carolina has one
                if len(counties) == 1:
                    found.add(("USA", next(iter(counties))))
            self._states = frozenset(found)
        return self._states

    def implied_states(self) -> frozenset[tuple[str, str]]:
        """In a text that names no state, the one state (or province) where more of its place names have a
        town or county than anywhere else, if two or more do: 'Billerica' and 'Burlington' are both in
        Massachusetts (Burlington, Ontario is bigger, but Billerica is only there)."""
        if self._implied is None:
            names = {fold(m.group(0)) for m in COUNTY_NAME.finditer(self.state.text)}
            names |= {fold(ent.text) for ent in self.state.doc.ents if ent.label_ in ("GPE", "LOC") and
                      not based_at(ent.doc, ent.end) and not names_a_street(ent) and not self.names_no_place(ent)}
            votes: Counter[tuple[str, str]] = Counter()  # names with a place there
            weight: Counter[tuple[str, str]] = Counter()  # and their shares of the names' people
            for name in names:
                local = [p for p in self.gaz.candidates(name) if p.feature in LOCAL_FEATURES and p.country and p.admin1]
                biggest = max((p for p in local if p.primary and p.feature == "city"), key=lambda p: p.population,
                              default=None)
                if biggest is not None and biggest.population >= BIG_CITY:
                    # a big city's own name is that city's ('Charleston' is no Arkansas village; 'Park City' is
                    # only an alternate name of Bridgeport)
                    local = [biggest]
                people: Counter[tuple[str, str]] = Counter()
                for p in local:  # (another place's alternate name counts as a place 30 times smaller)
                    n = (p.population + 1000) / (1 if p.primary else 10 ** PRIMARY_WEIGHT)
                    people[(p.country, p.admin1)] = max(people[(p.country, p.admin1)], n)
                total = sum(people.values())
                votes.update(people.keys())
                weight.update({state: n / total for state, n in people.items()})
            ranked = weight.most_common(2)
            won = ranked and votes[ranked[0][0]] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            self._implied = frozenset([ranked[0][0]]) if won else frozenset()
        return self._implied

    def county_states(self) -> list[set[str]]:
        """For each US county the text names ('Pitt County', 'St. Mary Parish'), the states that have one."""
        if self._county_states is None:
            self._county_states = [{p.admin1 for p in self.gaz.candidates(m.group(0)) if p.feature == "admin2"}
                                   for m in COUNTY_NAME.finditer(self.state.text)]
        return self._county_states

    def dateline_admin1(self) -> str | None:
        """The US state of the dateline city, which settles 'Springfield' in a local paper."""
        place = self.dateline()
        return place.admin1 if place is not None and place.country == "USA" else None

    def named(self, place: Place | None, mention: str) -> Place | None:
        """The place under the name the article uses ('Kobani', 'Kandahar'); the geonameid keeps the
        canonical entry. Countries keep their standard name."""
        mention = " ".join(mention.split())  # 'Pasco\n\n'
        if mention.lower().startswith("the "):
            mention = mention[4:]  # 'the Middle East'
        if mention.isupper() or mention.islower():
            mention = mention.title()  # wire copy in capitals is parsed lower-cased: 'CALI' -> 'Cali'
        if place is None or place.name == mention or place.feature == "country":
            return place
        return replace(place, name=mention)

    def place_of(self, tok: Token) -> Place | None:
        span = place_span(tok)
        if span is not None and self.names_no_place(span):
            return None
        hit = self.state.hit_at(tok.i)
        if span is None and hit is not None and hit.kind not in ("org", "person"):
            return self.named(self.find(hit.text), hit.text)
        if span is None:
            return None
        text = span.text
        if text.lower().endswith("'s"):
            text = text[:-2]
        return self.named(self.find(text), text)

    def capital_of(self, tok: Token) -> Place | None:
        """'in Kenya's capital', 'in the Syrian capital': the capital city of the country named or implied
        by its demonym (the country itself when the gazetteer lacks the city)."""
        if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN":
            return None
        for c in tok.children:
            hit = self.state.hit_at(c.i) if c.dep_ in ("poss", "amod", "compound") else None
            if hit is None or hit.kind not in ("name", "demonym") or not hit.country or hit.country == "IGO":
                continue
            country = self.state.knowledge.countries.get(hit.country)
            if country is None:
                return None
            capital = self.gaz.lookup(country.capital, {hit.country}) if country.capital else None
            if capital is not None and capital.country == hit.country:
                return capital
            return self.find(country.name)
        return None

    def untagged(self, tok: Token, prep: str) -> Place | None:
        """'in Yonkers' where the model tagged no entity: a proper noun after 'in'/'near' that the gazetteer
        knows as a town."""
        date_word = tok.lower_ in WEEKDAYS or tok.lower_.rstrip(".") in MONTHS  # (MONTHS has 'jan', 'sept')
        if tok.lower_.rstrip(".") in STREET_WORDS:
            return None  # 'near 99th Street': a street, not the English town of Street
        if tok.pos_ != "PROPN" or prep not in ("in", "near", "outside") or tok.ent_type_ in (
                "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "MONEY") or (tok.ent_type_ == "DATE" and (
                    date_word or tok.ent_iob_ != "B" or any(c.isdigit() for c in tok.text))):
            return None  # 'in March' is a date; 'in Laveen Friday night' is a town the model ran into the date
        hit = self.state.hit_at(tok.i)
        if tok.ent_type_ == "ORG" and (hit is not None or tok.ent_iob_ != "B" or
                                       tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
            return None  # a known organisation or a multi-word one ('in the Senate Armed Services Committee')
        if tok.ent_type_ == "PERSON" and (tok.ent_iob_ != "B" or tok.i + 1 < len(tok.doc) and
                                          tok.doc[tok.i + 1].ent_iob_ == "I" or any(
                                              c.dep_ == "case" for c in tok.children)):
            return None  # 'in Anderson' may be a town the model took for a surname; 'in John Smith's' is not
        # (with a capitalised number word: 'in Three Rivers', 'in Five Points')
        start = min([tok.i] + [c.i for c in tok.children if (c.dep_ == "compound" and c.pos_ == "PROPN") or (
            c.dep_ == "nummod" and c.is_alpha and c.text[:1].isupper() and c.i == tok.i - 1)])
        name = tok.doc[start:tok.i + 1].text
        place = self.find(name)
        if place is None or place.feature == "country" or (tok.ent_type_ == "ORG" and place.population < MIN_TOWN):
            return None  # 'in Immokalee' taken for an organisation is a town; 'in Congress' is not Congress, AZ
        return self.named(place, name)

    def name_before(self, noun: Token) -> Place | None:
        """'in the Conroe area', 'their North Las Vegas home': a capitalised name before the noun that the
        model did not tag as a place. One word counts only before an area noun ('the Jackson home' is a
        family's); the town must be a sizeable one."""
        words = capitalised_before(noun, lambda t: t.dep_ in ("compound", "amod") and
                                   noun.i in {a.i for a in t.ancestors})
        kind = noun.lemma_.lower()
        if not noun.text.islower():
            return None  # 'Douglass Park', 'Mount Sinai Hospital': the noun is part of a name
        owned = any(c.dep_ == "poss" for c in noun.children)  # 'Nelson's Greencastle apartment': not a family's name
        if not words or kind not in AREA_NOUNS | DWELLING_NOUNS | VENUE_NOUNS | INCIDENT_SUBJECTS or (
                len(words) == 1 and kind in DWELLING_NOUNS and not owned):
            return None
        return self.town_named(words)

    def settlement(self, noun: Token) -> Place | None:
        """'the west Houston suburb of Katy', 'the Town of Wallkill': the town a settlement noun names with
        'of' (not the city before the noun); 'west of the town of Traer', 'in the Cossatot River area
        northwest of Lockesburg', '3 miles east of Stamps': the town a direction is taken from."""
        for word in (noun, *(c for c in noun.children if c.dep_ in ("advmod", "amod", "npadvmod"))):
            if word.lower_ not in DIRECTION_WORDS:
                continue
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if inner is not None and inner.lower_ not in DIRECTION_WORDS:
                return self.settlement(inner) if inner.lower_ in SETTLEMENT_NOUNS else self.town_of(inner)
        if noun.lower_ not in SETTLEMENT_NOUNS:
            return None
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        town = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return self.town_of(town) if town is not None else None

    def town_of(self, town: Token) -> Place | None:
        """The town or county a capitalised name after 'of' names, of any size."""
        if town.pos_ != "PROPN" or not town.text[:1].isupper():
            return None
        words = capitalised_before(town, lambda w: w.dep_ == "compound" and w.pos_ == "PROPN") + [town]
        span = town.doc[words[0].i:town.i + 1]
        place = None if self.names_no_place(span) else self.find(span.text)
        return self.named(place, span.text) if place is not None and place.feature in LOCAL_FEATURES else None

    def address_town(self, noun: Token) -> Place | None:
        """'in the 3000 block of Gradyville Road in McComb': the town the street of an address is in."""
        if noun.lower_ != "block":
            return None
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for street in (g for g in of.children if g.dep_ == "pobj"):
                for prep in (c for c in street.children if c.dep_ == "prep" and c.lower_ in ("in", "near")):
                    for town in (g for g in prep.children if g.dep_ == "pobj"):
                        place = self.place_of(town) or self.untagged(town, prep.lower_)
                        if place is not None:
                            return place
        return None

    def town_before_time(self, noun: Token) -> Place | None:
        """'in Frontenac Monday night': the town the parser made a compound of the time of day."""
        if noun.lower_ not in DAY_PARTS:
            return None
        words = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        when = [w for w in words if w.lower_ in WEEKDAYS]
        if not when or words[-1].i != noun.i - 1:
            return None
        name = [w for w in words if w.i < when[0].i and w.pos_ == "PROPN" and w.text[:1].isupper()]
        if not name or name[-1].i != when[0].i - 1 or any(w.ent_type_ in ("PERSON", "ORG") for w in name):
            return None
        text = noun.doc[name[0].i:name[-1].i + 1].text
        place = self.find(text)
        return self.named(place, text) if place is not None and place.feature in LOCAL_FEATURES else None

    def town_named(self, words: list[Token]) -> Place | None:
        """The sizeable town the capitalised words name, dropping leading words the name does not need
        ('Preliminary Baton Rouge Police Department reports') — but not a name's own words: 'Kingsessing Park'
        is not Park, 'Kansas State University' not University."""
        for start in range(len(words)):
            if start and not droppable(words[start - 1]):
                return None
            name = " ".join(t.text for t in words[start:])
            place = self.find(name)
            # (a smaller town in the state the dateline or the text names: 'his Mohawk apartment' under a
            # Herkimer, N.Y. dateline)
            local = place is not None and place.country == "USA" and place.lat is not None and (
                place.admin1 == self.dateline_admin1() or ("USA", place.admin1) in self.states())
            if place is not None and place.feature in ("city", "admin2") and (place.population >= MIN_TOWN or local):
                return self.named(place, name)
        return None

    def residents(self) -> list[tuple[int, Place]]:
        """'A Roseburg teen', 'the Baton Rouge man': a town named for where people in the story live."""
        if self._residents is not None:
            return self._residents
        found = []
        for t in self.state.doc:
            if t.pos_ == "NOUN" and t.lemma_.lower() in RESIDENT_NOUNS:
                # ('A Sandy man' with the town parsed as an adjective)
                words = capitalised_before(t, lambda w: w.dep_ in ("compound", "amod") and w.pos_ == "PROPN")
                place = self.town_named(words) if words else None
                if place is not None:
                    found.append((words[0].i, place))
            elif t.lower_ == "of" and t.dep_ == "prep" and t.head.pos_ == "PROPN" and (
                    t.head.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.like_num for c in t.head.children)):
                # 'Liesel Casto, 12, of Traer': a person's town (any size: the phrase says it is one)
                town = next((c for c in t.children if c.dep_ == "pobj"), None)
                place = self.town_of(town) if town is not None else None
                if place is not None:
                    found.append((town.i, place))
        self._residents = found
        return found

    def occurrence(self, tok: Token, anywhere: bool = False) -> Place | None:
        """'The shooting happened in the 2600 block of Hazelwood in Stokes': the place of the article's
        'happened/occurred/took place' clause after the event, for an event with no place of its own."""
        if self._occurrences is None:
            self._occurrences = []
            for t in self.state.doc:
                subj = child(t, "nsubj")
                if subj is not None and subj.lower_ in ("that", "which") and t.dep_ == "relcl":
                    subj = t.head  # 'a shooting that occurred in Frontenac'
                if t.lemma_.lower() in OCCURRENCE_VERBS and t.pos_ == "VERB" and (
                        t.lemma_.lower() != "take" or any(c.lower_ == "place" for c in t.children)) and \
                        subj is not None and subj.lemma_.lower() in INCIDENT_SUBJECTS and (
                        subj.lower_ == "it" or t.dep_ == "relcl" or
                        any(c.lower_ in ("the", "this") for c in subj.children)):
                    place = self.attached(t)
                    if place is not None:
                        self._occurrences.append((t.i, self.in_dateline_city(place)))
                elif t.lemma_.lower() in RESPONSE_VERBS and t.pos_ == "VERB" and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RESPONDER_NOUNS for c in t.children):
                    # (or the place of what they were called to do: 'deputies were called to investigate a
                    # shooting in Cedar Grove')
                    place = self.attached(t) or next(
                        (p for c in t.children if c.dep_ in ("xcomp", "advcl") and (p := self.attached(c))), None)
                    if place is not None and place.feature in LOCAL_FEATURES:
                        self._occurrences.append((t.i, self.in_dateline_city(place)))
                elif t.pos_ == "NOUN" and t.lemma_.lower() in INCIDENT_SUBJECTS and t.lower_ != "it" and \
                        any(c.lower_ in ("the", "this") for c in t.children):
                    # 'received the call for the shooting in New Port Richey': the incident named with its place
                    place = self.attached(t)
                    if place is not None and place.feature in LOCAL_FEATURES:
                        self._occurrences.append((t.i, self.in_dateline_city(place)))
        if anywhere:  # (for an event told outside the text: its headline's)
            return self._occurrences[0][1] if self._occurrences else None
        end = tok.sent.end + 120
        return next((place for i, place in self._occurrences if tok.i < i < end), None)

    def attached(self, tok: Token, depth: int = 0) -> Place | None:
        """A place in a prepositional phrase hanging off tok (or off its object)."""
        if depth > 2:
            return None
        for prep in PLACE_PREPS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    for pobj in (g for g in c.children if g.dep_ == "pobj"):
                        place = (self.place_of(pobj) or self.settlement(pobj) or self.address_town(pobj)
                                 or self.capital_of(pobj)
                                 or self.untagged(pobj, prep)
                                 or self.attached(pobj, depth + 1)
                                 or next((p for g in pobj.children
                                          if g.dep_ == "compound" and (p := self.place_of(g))), None)
                                 or self.name_before(pobj)
                                 or self.town_before_time(pobj)
                                 # ('at Pomona restaurant drive-through': the venue a compound of the noun)
                                 or next((p for g in pobj.children
                                          if g.dep_ == "compound" and (p := self.name_before(g))), None))
                        if place is not None:  # 'in Baghdad', 'in a Denver bar'
                            return place
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "npadvmod") and depth == 0:
                # ('investigating a Passaic shooting': the town before the incident it acts on)
                place = self.attached(c, depth + 1) or (
                    self.name_before(c) if c.lemma_.lower() in INCIDENT_SUBJECTS else None)
                if place is not None:
                    return place
        for c in tok.children:  # 'shot himself with his father's gun inside a Waldorf apartment': the place
            # the parser hung on the instrument
            if c.dep_ == "prep" and c.lower_ == "with" and depth == 0:
                place = next((p for g in c.children if g.dep_ == "pobj" and (p := self.attached(g, depth + 1))),
                             None)
                if place is not None:
                    return place
        return None

    def for_event(self, draft: EventDraft) -> tuple[Place, str] | None:
        """The event's place and how it was found (Location.source)."""
        tok = draft.trigger
        place = self.attached(tok)
        if place is None and tok.head.i != tok.i and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            place = self.attached(tok.head)
        if place is None and draft.code in CLAIM_CODES:  # 'claimed responsibility for an attack at a mall in
            # Nairobi': the place of the deed claimed
            deeds = [g for o in tok.children if o.dep_ == "dobj" for prep in o.children
                     if prep.dep_ == "prep" and prep.lower_ == "for" for g in prep.children if g.dep_ == "pobj"]
            # (also through the deed's own clause: 'an attack targeting shoppers at a mall in Nairobi')
            deeds += [c for g in deeds for c in g.children if c.dep_ == "acl"]
            place = next((p for g in deeds if (p := self.attached(g)) is not None), None)
        if place is None and tok.pos_ == "VERB":  # 'was shot and killed in Anderson': the coordinated verb's
            verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                verbs.append(tok.head)
            # 'was struck when gunfire erupted during an argument on a Passaic street': the clause of the
            # moment it happened is where it happened
            verbs += [c for c in tok.children if c.dep_ == "advcl" and any(
                g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as", "while") for g in c.children)]
            place = next((p for v in verbs if (p := self.attached(v)) is not None), None)
        if place is None and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in INCIDENT_SUBJECTS:
            # 'a Passaic shooting', 'the Pelzer triple homicide': the town named before the incident
            words = capitalised_before(tok, lambda t: t.dep_ in ("compound", "amod") and t.pos_ == "PROPN")
            place = self.town_named(words) if words else None
        if place is not None:
            return self.in_dateline_city(place), "event"
        sent = tok.sent
        spans = sorted((e for e in sent.ents if e.label_ in PLACE_LABELS), key=lambda e: abs(e.start - tok.i))
        for ent in spans:
            # an actor's nationality is not a place: skip names used as actors' modifiers
            if ent.root.dep_ in ("compound", "amod", "poss", "nsubj", "dobj") or based_at(ent.doc, ent.end) or \
                    names_a_street(ent) or self.names_no_place(ent):
                continue
            place = self.find(ent.text)
            if place is not None:
                return self.in_dateline_city(place), "sentence"
        for t in sent:  # 'shot with a shotgun in the Conroe area', the area hung on the gun
            if t.lemma_.lower() in AREA_NOUNS and t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "around"):
                place = self.name_before(t)
                if place is not None:
                    return self.in_dateline_city(place), "sentence"
        return self.told_elsewhere(tok)

    def told_elsewhere(self, tok: Token, anywhere: bool = False) -> tuple[Place, str] | None:
        """The place of an event whose own words give none, and how it was found: the incident's 'happened
        in' clause, the town of the police or the people in its sentence, the local police's town, the
        dateline, the article's place around it. With `anywhere` (an event told outside the text, in its
        headline): the text's first 'happened in' clause, no sentence of its own, and its first place."""
        for source, find in (("occurrence", lambda: self.occurrence(tok, anywhere)),
                             ("sentence", lambda: None if anywhere else self.home(tok.sent)),
                             ("police", self.local_force),
                             ("dateline", self.dateline),
                             ("context", lambda: self.context(tok))):
            place = find()
            if place is not None:
                return self.in_dateline_city(place), source
        return None

    def home(self, sent: Span) -> Place | None:
        """The town of a local force in the sentence, else of the people in it: 'a 6-year-old Flora Vista girl
        accidentally shot her sister'; 'a Columbus man was arrested by Urbana police' is Urbana's."""
        return next((p for i, p in self.town_forces() + self.residents() if sent.start <= i < sent.end), None)

    def in_dateline_city(self, place: Place) -> Place:
        """'Rogers Park' in a Chicago paper is a part of Chicago: named 'Rogers Park, Chicago'. A place in the
        reach of a big city the article names (its radius, from its population) and far smaller than it is
        one of its districts or close suburbs: 'Uptown (Chicago area)' in a story about Chicago."""
        if place.feature != "city" or place.lat is None or "," in place.name or "(" in place.name:
            return place
        self.context_countries()  # (computes the anchors)
        dateline = self.dateline()
        best: tuple[float, Place] | None = None
        for city in ([dateline] if dateline is not None else []) + self.anchors + self.cities_in_names():
            if city.feature != "city" or city.lat is None or place.country != city.country or \
                    place.admin1 != city.admin1 or fold(city.name) in fold(place.name) or \
                    fold(place.name) in fold(city.name):
                continue  # (not 'New York' in 'New York City', nor 'Roanoke City' in 'Roanoke')
            d = distance_km(place, (city.lat, city.lon))
            if city is dateline and place.population <= city.population and d <= city_reach_km(city):
                # the paper's own city, within its reach (not a neighbouring town: 'Lockesburg' in a De Queen
                # paper, 15 km off, is a town of its own)
                return replace(place, name=f"{place.name}, {city.name}")
            reach = city_reach_km(city) if city.population >= PART_RATIO * max(place.population, 1) else 0.0
            if d <= reach and (best is None or city.population > best[1].population):
                best = (d, city)  # the biggest city that reaches it: 'East Hollywood' is in Los Angeles
        # a district or a close suburb: the gazetteer cannot tell which, so the name says 'area'
        return replace(place, name=f"{place.name} ({best[1].name} area)") if best is not None else place

    def cities_in_names(self) -> list[Place]:
        """Big cities the article names inside other names ('a Chicago Police spokeswoman', 'University of
        Chicago Hospital'): a neighbourhood dateline ('ROGERS PARK —') is read as a part of them."""
        if self._name_cities is None:
            found: dict[int | None, Place] = {}
            for ent in self.state.doc.ents:
                if ent.label_ not in ("ORG", "FAC"):
                    continue
                words = [t for t in ent if t.is_alpha and t.text[:1].isupper()]
                for n in (2, 1):
                    for i in range(len(words) - n + 1):
                        span = words[i:i + n]
                        if span[-1].i - span[0].i != n - 1:
                            continue
                        place = self.gaz.lookup(" ".join(t.text for t in span), {"USA"} & self.countries)
                        if place is not None and place.feature == "city" and place.population >= NAMED_CITY:
                            found.setdefault(place.geonameid, place)
            self._name_cities = list(found.values())
        return self._name_cities

    def dateline(self) -> Place | None:
        if self._dateline is None:
            self._dateline = (self._read_dateline(),)
        return self._dateline[0]

    def _read_dateline(self) -> Place | None:
        if not self.state.dateline_place:
            return None
        countries, admin1 = set(self.countries) | ({"USA"} if self.states() else set()), None
        region_text = self.state.dateline_region
        if region_text:
            admin1 = self.gaz.us_state(region_text)  # 'PUEBLO, Colo.'
            region = None if admin1 else self.gaz.lookup(region_text)
            if admin1:
                countries = {"USA"}
            elif region is not None and region.country:
                countries = {region.country}
        # (near the big cities other names give: 'WOODLAWN —' over a 'Chicago Police' spokeswoman is Chicago's)
        near = tuple((c.lat, c.lon) for c in self.cities_in_names() if c.lat is not None)
        found = self.gaz.lookup(self.state.dateline_place, countries, admin1, self.states(), near)
        if found is not None and admin1 and found.admin1 != admin1:
            found = None
        if found:
            return self.named(found, self.state.dateline_place)
        if admin1:  # a town too small for the gazetteer, in a known state: named, not geocoded
            return Place(self.state.dateline_place, "USA", admin1, None, None, None, 0, "city")
        return self.gaz.lookup(region_text, countries) if region_text else None

    def forces(self) -> list[tuple[int, Place]]:
        """The towns and counties of the local forces the article names: 'Dayton police', 'the Venice Police
        Department', 'Harris County Sheriff's Office'."""
        if self._forces is None:
            found: list[tuple[int, Place]] = []
            for t in self.state.doc:  # 'Dayton police', 'Las Vegas Metropolitan Police Department'
                # (a town's name the tagger took for a common noun: 'Chattanooga police', if a sizeable town)
                common = t.pos_ == "NOUN" and t.text[:1].isupper() and t.is_alpha
                # ('Portland police' with the town parsed as an adjective: a place, if the tagger says so)
                named = t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.ent_type_ == "GPE")
                if (named or common) and t.lower_ not in LOCAL_FORCES | FORCE_WORDS and (t.dep_ == "compound" or (
                        t.dep_ in ("nmod", "nummod", "amod") and t.head.i == t.i + 1)) and (
                        t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in LOCAL_FORCES | FORCE_MODIFIERS):
                    start = t.i
                    while start > 0 and t.doc[start - 1].pos_ == "PROPN" and t.doc[start - 1].dep_ == "compound":
                        start -= 1
                    end = t.i + 1
                    if any(w.lower_ in FORMER_WORDS for w in t.doc[max(0, start - 3):start]):
                        continue  # 'a retired Tampa police captain': a person's past, not the story's force
                    if start > 1 and t.doc[start - 1].text == "-" and t.doc[start - 2].pos_ == "PROPN":
                        # a city's and county's joint force ('Charlotte-Mecklenburg Police'): the city's name
                        end = start - 1
                        start = end - 1
                        while start > 0 and t.doc[start - 1].pos_ == "PROPN" and \
                                t.doc[start - 1].dep_ == "compound":
                            start -= 1
                    if t.doc[end].lower_ in COUNTY_WORDS:
                        end += 1  # 'Harris County Sheriff's Office' is the county's, not the town Harris's
                    name = t.doc[start:end].text
                    place = self.find(name)
                    if place is None and end - start > 1 and t.lower_ not in FORCE_MODIFIERS and \
                            droppable(t.doc[start]):
                        # 'Preliminary Baton Rouge Police Department': the town without the words before it
                        place = self.town_named(list(t.doc[start + 1:end]))
                        name = place.name if place is not None else name
                    if place is not None and place.feature in LOCAL_FEATURES and (
                            not common or place.population >= MIN_TOWN):
                        found.append((t.i, self.named(place, name)))
            self._forces = found
        return self._forces

    def town_forces(self) -> list[tuple[int, Place]]:
        """The towns whose own police the article names ('Springfield police', 'the Venice Police
        Department'), but not a county's police under the county's short name ('DeKalb police' in a story
        that names DeKalb County)."""
        if self._town_forces is None:
            doc = self.state.doc
            counties = {fold(doc[t.i - 1].text) for t in doc[1:] if t.lower_ in COUNTY_WORDS}
            first, _, last = (self.state.dateline_place or "").rpartition(" ")
            if last.lower() in COUNTY_WORDS:
                counties.add(fold(first))  # ('DEKALB COUNTY, Ga. --')
            self._town_forces = [(i, p) for i, p in self.forces() if p.feature == "city" and
                                 doc[i + 1].lower_ in POLICE_WORDS and fold(p.name) not in counties]
        return self._town_forces

    def local_force(self) -> Place | None:
        """The town whose own police handle the story, when it is not the dateline's city: 'Springfield police
        said' in a story filed from Nashville. A reporter files from the station's city; a town's police
        work in their town."""
        dateline = self.dateline()
        if dateline is None:
            return None
        towns = [p for _, p in self.town_forces() if p.geonameid != dateline.geonameid and
                 fold(p.name) != fold(dateline.name)]
        return towns[0] if towns else None

    def context(self, tok: Token) -> Place | None:
        """The article's place around the event: the last place named before it, else the first one."""
        if self.mentioned is None:
            self.mentioned = []
            for ent in self.state.doc.ents:
                if ent.label_ in ("GPE", "LOC") and ent.root.dep_ != "amod" and not names_a_street(ent) and \
                        not (len(ent) == 1 and is_postal_code(ent[0]) and self.gaz.us_state(ent.text)) and \
                        not self.names_no_place(ent):
                    place = self.find(ent.text)
                    # "Pittsburgh's Hill District" is in Pittsburgh; 'Iran's minister' is no place (not a town)
                    if place is not None and place.feature in LOCAL_FEATURES and (
                            ent.root.dep_ != "poss" or place.feature == "city"):
                        self.mentioned.append((ent.start, self.named(place, ent.text)))
            self.mentioned.extend(self.forces())
            if not any(p.feature == "city" for _, p in self.mentioned):
                # a story that names no town but its people's ('a Roseburg man') is placed there, before the county
                self.mentioned.extend(self.residents())
            self.mentioned.sort(key=lambda x: x[0])
        # a town before a county: 'Allegheny County police' tell the county, the story tells the town
        for feature in LOCAL_FEATURES:
            places = [(i, p) for i, p in self.mentioned if p.feature == feature]
            before = [p for i, p in places if i < tok.i]
            if before or places:
                return before[-1] if before else places[0][1]
        return None


@registry.stage("flashpoint.where.v1", requires=("drafts",), assigns=("locations",))
def assign_locations(state: DocState) -> None:
    finder = PlaceFinder(state, state.gazetteer)
    for d in state.drafts:
        found = finder.for_event(d)
        if found is not None:
            place, source = found
            d.location = place.location().model_copy(update={"source": source})
