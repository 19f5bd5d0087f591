"""Incidents told in several sentences: one count of an incident's victims.

Reporters tell a shooting more than once — the headline's count, then each victim in turn. The casualty
passes of `compose.py` keep a victim re-told from being counted twice; this stage, which runs once the
events have their dates, does the converse: a victim the text adds to a small count told before it
('At least two people are dead after a shooting ... A woman was also shot') is one more victim of that
incident, so the first count becomes the incident's total. The added mention keeps its own count, and the
total's quantities list the added victims (provenance for the sum).
"""

from __future__ import annotations

from ..nlp import registry
from . import howmany
from .compose import standing_attacks
from .state import DocState

ALSO_WORDS = {"also", "too"}
ANOTHER_WORDS = {"another", "second", "third"}  # ('the other group' is the other side, not one more victim)
SMALL_INCIDENT = 1  # a first count of one victim cannot already hold the ones told of after it


@registry.stage("flashpoint.incidents.v1", requires=("drafts", "dates", "locations"), assigns=("incident_counts",))
def added_victims(state: DocState) -> None:
    """Add to the count of an incident the victims the text adds to it, on the same day."""
    attacks = [d for d in standing_attacks(state, with_victim=False) if (d.fatalities or d.injured) and not d.tally]
    people = howmany.person_words(state.knowledge)
    for d in attacks:
        victim = d.target_tok
        if victim is None:
            continue
        # 'another man', 'a second victim' (not 'the third child killed this month': a ranking)
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in victim.children)
        marked = any(c.dep_ == "advmod" and c.lower_ in ALSO_WORDS for c in d.trigger.children) or \
            any(c.lower_ == "another" or (c.lower_ in ANOTHER_WORDS and indefinite) for c in victim.children)
        count = (d.fatalities or 0) + (d.injured or 0)
        if not marked or howmany.victims(victim, people) is None or count > 2:
            continue
        if any(t.lemma_ == victim.lemma_ and t.i < victim.i for t in victim.sent):
            continue  # 'a student fired the gun and another student was struck': another than the shooter
        # the same day and the same place (an item of a list of other stories is neither)
        before = [a for a in attacks if a.trigger.i < d.trigger.sent.start and a.date == d.date and
                  (a.location is None or d.location is None or a.location.name == d.location.name)]
        if not before:
            continue
        main = max(before, key=lambda a: (a.fatalities or 0) + (a.injured or 0))
        if (main.fatalities or 0) + (main.injured or 0) > SMALL_INCIDENT or main.added:
            continue
        main.fatalities = (main.fatalities or 0) + (d.fatalities or 0) or main.fatalities
        main.injured = (main.injured or 0) + (d.injured or 0) or main.injured
        main.added = True
        main.quantities.extend(q for q in d.quantities if q.role in ("killed", "injured"))
