"""The headline, read for what the text leaves out: which of its events to keep, the place it names, and
which of its capitalised words are names (for `nlp.headline_for_parsing`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .extract import incidents, where

if TYPE_CHECKING:
    from spacy.vocab import Vocab

    from .extract.gazetteer import Gazetteer, Place
    from .extract.state import DocState, EventDraft
    from .knowledge import Knowledge

# Endings to strip from a headline's word to find a lexicon lemma ('Shootings', 'Killed', 'Arrests'), and
# the irregular past forms of the lexicons' verbs.
INFLECTIONS = (("ings", ""), ("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"),
               ("es", ""), ("s", ""))
IRREGULAR_FORMS = ("shot", "struck", "hit", "hurt", "fled", "held", "fought", "stole", "stolen", "beat",
                   "beaten", "slain", "slew", "sought", "caught", "brought", "led", "found", "left", "met")
# The most precise place first: 'Memphis' over 'Tennessee' in 'Memphis, Tennessee'.
PLACE_RANK = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}


class HeadlineWords:
    """Which capitalised headline words are names: a country, region, state or county, or a town of some
    size, and no word of the lexicons ('Police', 'Shot' and 'Street' are towns too)."""

    def __init__(self, knowledge: Knowledge, gazetteer: Gazetteer, vocab: Vocab) -> None:
        self.gazetteer = gazetteer
        self.vocab = vocab
        lemmas = {lemma for lemma, _ in knowledge.triggers} | set(knowledge.agents) | \
            set(knowledge.person_nouns) | set(knowledge.weapons)
        # (and the places' own vocabulary: 'street', 'bar', 'home', 'area')
        self.common = frozenset(lemmas | set(IRREGULAR_FORMS) | where.STREET_WORDS | where.VENUE_NOUNS |
                                where.DWELLING_NOUNS | where.AREA_NOUNS)

    def is_place(self, word: str) -> bool:
        lower = word.lower()
        stems = {lower, *(lower[:-len(end)] + add for end, add in INFLECTIONS if lower.endswith(end))}
        if stems & self.common or self.vocab[lower].is_stop:
            return False
        place = self.gazetteer.lookup(word)
        return place is not None and (place.feature != "city" or place.population >= where.MIN_TOWN)


def kept_drafts(title: DocState, body: DocState) -> list[EventDraft]:
    """The headline's events that add to the text: all of them when the text has none (a paywall, a page
    of links), else those whose count of dead or hurt is larger than any the text gives. In a story of a
    death, a headline's 'shot' is that death ('Boy, 3, dies after shooting himself'), unless the headline
    tallies dead and hurt apart ('2 dead, 3 hurt in shooting') or counts several; a headline's count of
    several that the text tells one victim at a time ('4 shot outside a store' over four sentences of 'a man
    was shot') is the incident's total. The rest of the headline restates the text, and a report is not
    two events."""
    if not body.drafts:
        return list(title.drafts)
    killed = max((d.fatalities or 0 for d in body.drafts), default=0)
    hurt = max((d.injured or 0 for d in body.drafts), default=0)
    return [d for d in title.drafts if (d.fatalities or 0) > killed or (
        (d.injured or 0) > hurt and (not killed or d.fatalities or d.injured > 1))]


def hit_split_by_text(title: DocState, body: DocState) -> None:
    """A headline that counts only those hit ('4 Teens Shot In Oceanside') counts the dead among them: the
    text's dead ('two others were dead') leave the rest hurt."""
    counted = [d for d in body.drafts if d.fatalities or d.injured]
    for d in title.drafts:
        hit_only = d.tally and d.quantities and all(q.role == "people" for q in d.quantities if q.role in (
            "people", "killed", "injured"))
        if not hit_only or d.fatalities or not d.injured or not counted:
            continue
        # the dead of the incident the text tells with the headline's count (not 'a man killed last week')
        told = next((b for b in counted if b.injured == d.injured), counted[0])
        killed = max(b.fatalities or 0 for b in counted if incidents.same_incident(b, told, body))
        if 0 < killed < d.injured:
            d.fatalities, d.injured = killed, d.injured - killed


def place_from_headline(body: DocState, title: DocState, finder: where.PlaceFinder) -> None:
    """A text that names no place for an event leaves it to the headline: 'Teen shoots mom in Evansville
    parking lot', or the local outlet's own town after the headline ('... - WMC Action News 5 - Memphis,
    Tennessee'); a text that names only a county or state, to the headline's town in it ('Pima County
    deputies' under '... | Tucson, Arizona')."""
    own = [d.location for d in title.drafts if d.location is not None and d.location.source == "event" and
           d.location.feature == "city"]
    if own:
        # the headline's event in a town of its own ('Juvenile shot in Billerica') over the text's guess from
        # the towns around the event (a hospital's town), read in the text's context ('South Shore' of a
        # Chicago story is a part of Chicago; `finder` reads the body)
        town = finder.find(own[0].name)
        if town is not None and town.feature == "city":
            located = finder.in_dateline_city(finder.named(town, own[0].name)).location().model_copy(
                update={"source": "headline"})
            countries = finder.context_countries()
            for d in body.drafts:
                loc = d.location
                # (a town of the same state: a district of the story's city under another state's name, such
                # as 'West Side' of a Chicago story, is not taken over the text's city)
                if loc is not None and loc.source == "context" and loc.feature == "city" and (
                        (loc.country, loc.admin1) == (town.country, town.admin1) or
                        (loc.country not in countries and town.country in countries)):
                    d.location = located
    unplaced = [d for d in body.drafts if d.location is None or d.location.feature in ("admin1", "admin2")]
    if not unplaced:
        return
    found = [d.location for d in title.drafts if d.location is not None]
    # (the first place the headline names: its story's before the outlet's town after it)
    place = where.PlaceFinder(title, title.gazetteer).context(title.doc[0]) or town_and_state(title)
    if place is not None:
        found.append(place.location())
    if not found:
        return
    located = min(found, key=lambda loc: PLACE_RANK.get(loc.feature or "", len(PLACE_RANK))).model_copy(
        update={"source": "headline"})
    for d in unplaced:
        if d.location is None or (located.feature == "city" and located.country == d.location.country and
                                  located.admin1 == d.location.admin1):
            d.location = located


def place_from_text(title: DocState, body: DocState, finder: where.PlaceFinder) -> None:
    """A headline event the headline does not place ('Teen shot in hunting accident') takes the text's
    place for its incident: where the text says it happened, else the local police's town, the dateline,
    or the first town it names (`finder` reads the body)."""
    unplaced = [d for d in title.drafts if d.location is None]
    if not unplaced or not len(body.doc):
        return
    found = finder.told_elsewhere(body.doc[0], anywhere=True)
    if found is not None:
        place, source = found
        for d in unplaced:
            d.location = place.location().model_copy(update={"source": source})


def town_and_state(state: DocState) -> Place | None:
    """'Memphis, Tennessee', 'Fort Wayne, Ind.': a town named with its US state, tagged or not."""
    doc = state.doc
    for comma in (t for t in doc if t.text == ","):
        after = doc[comma.i + 1:comma.i + 3]
        admin1 = next((a for n in (2, 1) if len(after) >= n and (a := state.gazetteer.us_state(after[:n].text))),
                      None)
        if admin1 is None:
            continue
        words = []
        for t in reversed(doc[max(0, comma.i - 3):comma.i]):
            if not (t.is_alpha and t.text[:1].isupper()):
                break
            words.insert(0, t)
        for start in range(len(words)):
            town = state.gazetteer.lookup(" ".join(t.text for t in words[start:]), {"USA"}, admin1)
            if town is not None and town.admin1 == admin1 and town.feature == "city":
                return town
    return None
