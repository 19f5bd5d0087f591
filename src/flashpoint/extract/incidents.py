"""Incidents told in several sentences: one count of an incident's victims.

Reporters tell a shooting more than once — the headline's count, then each victim in turn. The casualty
passes of `compose.py` keep a victim re-told from being counted twice; this stage, which runs once the
events have their dates, does the converse: a victim the text adds to a small count told before it
('At least two people are dead after a shooting ... A woman was also shot') is one more victim of that
incident, so the first count becomes the incident's total. The added mention keeps its own count, and the
total's quantities list the added victims (provenance for the sum). And a story of one death that tells of its
victim again as shot or struck ('A boy, 9, died ... a bullet struck the boy') has one victim, dead, not a
second one hurt (`lone_victim`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ..nlp import registry
from . import howmany
from .compose import ADDED_VICTIM, as_killed, could_be, sex_of, standing_attacks, told_alive
from .state import DocState, EventDraft

ALSO_WORDS = {"also", "too"}
ANOTHER_WORDS = {"another", "second", "third"}  # ('the other group' is the other side, not one more victim)
SMALL_INCIDENT = 1  # a first count of one victim cannot already hold the ones told of after it


@registry.stage("flashpoint.incidents.v1", requires=("drafts", "dates", "locations"), assigns=("incident_counts",))
def incident_counts(state: DocState) -> None:
    lone_victim(state)
    added_victims(state)


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


def lone_victim(state: DocState, title: DocState | None = None) -> None:
    """A story of one death tells it again and again: 'A boy, 9, died ... a bullet struck the boy ... the
    shooting happened at 4 p.m.'. When the incident's only death is one person, every other count of it is one
    person, and nothing tells of a second victim — no tally of dead and hurt, no 'another', 'also' or
    'two others', no victims of both sexes or of another name, no one said to have lived — the one counted as
    hurt is the one who died. The incident is bounded by its dates (a story's other shootings are other days:
    `same_incident`); a text that tells of no death takes the headline's ('Teen dead after shooting' over 'a
    teen was shot')."""
    counted = [d for d in standing_attacks(state, with_victim=False) if d.fatalities or d.injured]
    deaths = [d for d in counted if d.fatalities]
    if not counted:
        return
    if deaths:
        first = deaths[0]
        deaths = [d for d in deaths if same_incident(d, first, state) or same_incident(first, d, state)]
    elif title is not None:
        deaths = [d for d in standing_attacks(title, with_victim=False) if d.fatalities or d.injured]
        if len(deaths) != 1 or deaths[0].fatalities != 1 or deaths[0].injured:
            return
        first = counted[0]  # (a headline's date is the page's, not the incident's)
    else:
        return
    # the incident's counts: its deaths, and the hurt on its days
    same = [d for d in counted if any(d is x for x in deaths) or (not d.fatalities and same_incident(first, d, state))]
    hurt = [d for d in same if d.injured and not d.fatalities]
    if not hurt or any(d.fatalities != 1 or d.injured for d in deaths) or any(
            d.injured != 1 or d.tally or d.added for d in hurt):
        return
    victims = [d.target_tok for d in same if d.target_tok is not None]
    if any(_added(d) for d in same) or len({sex_of(v) for v in victims} - {None}) > 1:
        return
    dead = [d.target_tok for d in deaths if d.target_tok is not None and d.target_tok.doc is state.doc]
    people = howmany.person_words(state.knowledge)
    # 'He shot his wife before killing himself': the one who died by his own hand is not whom he shot
    suicide = any(t.lower_ in howmany.REFLEXIVES for t in dead)
    for d in hurt:
        victim = _victim_told(d, people)
        # ('was wounded' tells of one who lived; 'suffered a gunshot wound' not yet)
        hurt_verb = howmany.told_as_hurt(d.trigger) and d.trigger.pos_ == "VERB"
        if hurt_verb or told_alive(d.trigger.sent) or (
                victim is not None and not could_be(victim, dead)) or (
                suicide and howmany.victims(d.source_tok, people) is not None):
            return
    for d in hurt:
        as_killed(d)


def same_incident(death: EventDraft, hit: EventDraft, state: DocState) -> bool:
    """Whether a death and a count of those hit can be of one incident by their dates: the same days, as far as
    each date is known ('last week', 'in March', 'last year' are spans: 'a woman shot last week died Sunday'
    and 'the shooting Thursday'); a date that is only the page's is no evidence. (The death is dated by its
    attack, not by the day the victim died.)"""
    if death.date is None or hit.date is None or death.date == hit.date:
        return True
    published = state.published.isoformat() if state.published else None
    if any(d.date == published and d.date_precision == "week" for d in (death, hit)):
        return True
    (death_from, death_to), (hit_from, hit_to) = _span(death), _span(hit)
    return death_to >= hit_from and death_from <= hit_to


def _span(d: EventDraft) -> tuple[dt.date, dt.date]:
    """The days a draft's date stands for, by its precision."""
    day = dt.date.fromisoformat(d.date)
    if d.date_precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    if d.date_precision == "month":
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - dt.timedelta(days=1)
    if d.date_precision == "week":
        return day, dt.date.fromisoformat(d.date_end) if d.date_end else day + dt.timedelta(days=6)
    return day, day


def _victim_told(d: EventDraft, people: frozenset[str]) -> Token | None:
    """Who an attack's count is of: its victim, else the person its sentence is about ('the mother was taken
    to the hospital from the scene of the shooting')."""
    if d.target_tok is not None:
        return d.target_tok
    for verb in (d.trigger, *d.trigger.ancestors):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if howmany.victims(subject, people) is not None else None
    return None


def _added(d: EventDraft) -> bool:
    """'another man was shot', 'was also wounded', 'two others': a victim more than those told before (not
    'a teenager shot another teen': another than the one who fired)."""
    words = {c.lower_ for c in d.trigger.children if c.dep_ != "prep"}
    if d.target_tok is not None:
        words |= {c.lower_ for c in d.target_tok.children} | {d.target_tok.lower_}
        if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in d.trigger.children):
            words -= {"another"}
    return bool(words & ADDED_VICTIM)
