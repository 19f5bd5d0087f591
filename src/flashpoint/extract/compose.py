"""Putting event drafts together: embedded events, mood, subordinate killings, compound actors.

These steps run after every trigger of a document has its draft, because each looks at two drafts at
once ('threatened' + 'attack', 'airstrikes' + 'which killed').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..knowledge import ARMED_AGENTS
from ..models import Quantity
from ..nlp import registry
from . import howmany, tallies
from .actors import ETHNIC_GROUP, agent_of
from .state import DocState, EventDraft, Mention
from .syntax import (
    NOUN_TAGS,
    STATEMENT_ROOTS,
    SUBJECT_PURPOSE_VERBS,
    TAKEN_LEMMAS,
    VERB_TAGS,
    VIOLENT_ROOTS,
    antecedent,
    child,
    is_future,
    is_negated,
    objects_behind,
    prep_object,
)

if TYPE_CHECKING:
    from .events import EventFinder

WISH_VERBS = {"want", "wish", "like", "prefer"}  # 'wants X to ...': asks X
SPEECH_HEADS = {"say", "announce", "state", "declare", "insist", "tell", "warn", "stress", "add", "note",
                "reminder", "statement", "demand", "urge", "argue", "reiterate", "repeat", "emphasize",
                "emphasise", "maintain", "assert", "affirm", "underline"}
DEONTIC = {"must", "should"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
READINESS = {"willing": "intent", "ready": "intent", "prepared": "schedule", "determined": "intent",
             "eager": "intent", "able": "plan", "committed": "intent"}


def clause_head(d: EventDraft, finder: EventFinder) -> Token:
    """The verb whose clause states the event: the trigger, or the light verb of a nominal trigger."""
    tok = d.trigger
    if tok.pos_ in NOUN_TAGS:
        verb = finder.governing_verb(tok)
        if verb is not None and finder.is_light(verb, d.entry):
            return verb
    return tok


def drop_consumed_nouns(finder: EventFinder) -> None:
    """'laid the blame on': 'blame' is part of the verb's pattern, not an event of its own."""
    from .events import compose_same_class

    for d in finder.state.drafts:
        if d.entry is None or d.trigger.pos_ not in VERB_TAGS or not d.entry.extras:
            continue
        words = set(d.entry.extras)
        matched = [c for c in d.trigger.children if c.lemma_.lower() in words]
        objects = [o for c in d.trigger.children if c.dep_ == "dobj" for o in (c, *objects_behind(c))]
        if any(w.lemma_.lower() in words for o in objects for w in (o, *o.children)):
            # 'launched artillery, mortar and rocket fire': the verb's pattern took its objects
            matched += [o for o in objects if o.i in finder.by_token and
                        compose_same_class(finder.by_token[o.i].code, d.code)]
        for c in matched:
            if c.i in finder.by_token and c.i != d.trigger.i:
                finder.by_token[c.i].suppressed = True


def _controller_subject(head: Token, finder: EventFinder) -> Mention | None:
    subj = child(head, "nsubj", "nsubjpass")
    if subj is None and head.dep_ in ("acomp", "oprd"):
        subj = child(head.head, "nsubj")
    return finder.resolve(subj or finder.inherited_subject(head))


def combine_complements(finder: EventFinder) -> None:
    """'threatened to attack' -> one 138 event; 'preparing to deploy' -> a planned deployment."""
    k = finder.k
    for d in list(finder.state.drafts):
        if d.suppressed:
            continue
        tok = clause_head(d, finder)
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # 'alleged that X ... and that Y ...': both clauses hang on the verb
        noun_clause = tok.dep_ == "acl" and tok.head.pos_ in NOUN_TAGS and any(
            (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to") for c in tok.children)
        if tok.dep_ not in ("xcomp", "ccomp") and not noun_clause:
            continue  # (a noun's clause too: 'its demand that Sudan release', 'a threat to strike')
        head = tok.head
        mode = k.complements.get(head.lemma_.lower()) or READINESS.get(head.lower_)
        if mode is None:
            continue
        if mode == "plan" and head.lemma_.lower() in WISH_VERBS and child(tok, "nsubj") is not None and \
                child(tok, "nsubj").i > head.i:
            mode = "appeal"  # 'Obama wants Putin to attack': a wish put to Putin, not Obama's plan
        if mode == "assist":
            if d.code[:2] == "07" or child(tok, "nsubj", "nsubjpass") is not None or child(head, "dobj") is not None:
                continue  # 'helped Iraq (to) rebuild': aid to Iraq, the help's own event
            helper = finder.by_token.get(head.i)
            if helper is not None:
                helper.suppressed = True
            mode = "aspect"
        if mode == "wish":
            if tok.dep_ == "ccomp" and child(tok, "nsubj", "nsubjpass") is not None:
                d.suppressed = True  # 'she hoped the officials would be indicted': nothing happened, no one asked
                continue
            mode = "plan"
        if mode in ("plan", "schedule", "attempt", "deny", "aspect"):
            if d.source is None:
                d.source = _controller_subject(head, finder)
            if mode in ("plan", "schedule") and d.modality == "asserted":
                d.modality = "planned"
            if mode == "deny":
                d.modality = "negated"
            continue
        code = k.mood_code(mode, d.code)
        if code is None:
            continue
        outer = finder.by_token.get(head.i)
        if outer is None:
            outer = EventDraft(trigger=head, entry=None, code=code, rule=f"complement:{mode}",
                               source=_controller_subject(head, finder), claimed_by=d.claimed_by)
            finder.state.drafts.append(outer)
            finder.by_token[head.i] = outer
        outer.code = code
        outer.rule = f"complement:{mode}+{d.rule}"
        if mode == "accuse":
            if d.source is not None and outer.source is not None and d.source.country == outer.source.country \
                    and d.source.country:
                outer.code = "015"  # 'the US claimed that they had attacked': claiming responsibility
                outer.target = d.target
            else:
                outer.target = d.source or d.target
            # the accusation stands for the deed only when someone makes it ('a report alleged that the army
            # killed civilians': no accuser, so the killing stays, as a claim)
            d.suppressed = outer.source is not None and outer.source.informative
            continue
        if mode in ("appeal", "demand") and d.source is not None and d.source is not outer.source:
            outer.target = outer.target or d.source  # 'urged Iraq to release': the demand is on Iraq
        outer.target = outer.target or d.target or finder.resolve(child(head, "dobj"))
        if outer.target is d.source and d.target is not None and mode not in ("appeal", "demand"):
            outer.target = d.target
        if mode == "threaten" and outer.target is None:
            outer.target = conditional_subject(head, finder) or conditional_subject(tok, finder)
        d.suppressed = True


def conditional_subject(tok: Token, finder: EventFinder, marks: tuple[str, ...] = ("unless", "if")
                        ) -> Mention | None:
    """'... unless Baghdad accepted its conditions': the party a conditional threat is aimed at."""
    for c in tok.children:
        # (a reporting verb the parser hung on the 'if' is no condition: '... if X founders, Y said')
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in SPEECH_HEADS and \
                any(g.dep_ == "mark" and g.lower_ in marks for g in c.children):
            subj = child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return finder.resolve(subj)
    return None


def apply_mood(finder: EventFinder) -> None:
    """Future and obligation change what an event is: 'will release' is an intent, 'will attack' a
    threat, 'X must release' (said by Y) a demand by Y on X."""
    k = finder.k
    for d in finder.state.drafts:
        if d.suppressed or d.entry is None or d.rule.startswith("complement"):
            continue
        head = clause_head(d, finder)
        root = d.code[:2]
        if d.modality == "negated" and root in COOPERATIVE_ROOTS:
            code = k.mood_code("refuse", d.code)  # 'will not allow', 'would not meet': a refusal (CAMEO 12)
            if code:
                d.code, d.modality, d.rule = code, "asserted", f"mood:refuse+{d.rule}"
            continue
        if d.modality == "planned" and not d.rule.startswith("complement"):
            unless = conditional_subject(head, finder)
            # a hostile act announced is a threat, with or without a condition; a cooperative one is an
            # intent, also when it is conditional ('would meet the mediator if he gave them a veto')
            # ('will withdraw its force unless ...' puts a price on refusal: a threat)
            ultimatum = conditional_subject(head, finder, ("unless",))
            # (a protest announced against someone - 'will boycott all contact with the US' - threatens them)
            aimed_protest = root == "14" and d.target is not None and (d.target.country or d.target.code) and \
                d.target.country != (d.source.country if d.source else None)
            mode = "threaten" if root in ("13", "15", "16", "17", "18", "19", "20") or ultimatum is not None \
                or aimed_protest \
                else "intent" if root in ("04", "05", "06", "07", "08", "03") else \
                "threaten" if unless is not None else None
            if mode == "intent" and _told_plan(head, finder) and not _voiced(d, head, finder):
                continue  # 'the US will supply arms to Israel': the article tells of a plan, the act stays
            if mode is not None and root not in ("15",):
                code = k.mood_code(mode, d.code)
                if code:
                    d.code, d.modality = code, "asserted"
                    d.rule = f"mood:{mode}+{d.rule}"
                    if unless is not None and mode == "threaten" and (
                            unless.country or d.target is None or not d.target.country):
                        d.target = unless  # (not over 'will withdraw its force from Chad unless its president ...')
            continue
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in head.children):
            speaker = speech_subject(head, finder)
            if speaker is not None and d.source is not None and speaker is not d.source:
                code = k.mood_code("demand", d.code)
                if code:
                    d.code, d.target, d.source = code, d.source, speaker
                    d.rule = f"mood:demand+{d.rule}"


def _told_plan(head: Token, finder: EventFinder) -> bool:
    """A future the article states ('will meet', 'is going to sign') or a timetable ('is scheduled to attend',
    'prepared to deploy') — not an aim of the actor's own ('wants to help', 'seeks a partnership')."""
    if is_future(head):
        return True
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # 'scheduled to give a speech and meet with dissidents'
    governor = clause.head if clause.dep_ == "xcomp" else None
    return governor is not None and "schedule" in (finder.k.complements.get(governor.lemma_.lower()),
                                                   READINESS.get(governor.lower_))


def _voiced(d: EventDraft, head: Token, finder: EventFinder) -> bool:
    """An intent is expressed by someone: a quote, or a clause reported from a statement ('Israel announced it
    would free the prisoners'). A plan the article itself tells of ('Obama will meet Putin in Zurich', 'the
    leader prepared to attend the Olympics') is the act, planned — as the seed codes 'troops preparing to
    deploy' a deployment."""
    if d.claimed_by is not None or finder.state.quote_at(head.idx) is not None:
        return True
    clause = head
    while clause.dep_ in ("xcomp", "acomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # 'said he is prepared to lift the ban': up to the clause the statement reports
    # 'the UN will provide food aid, the WFP said': a statement hung on the clause it reports
    return speech_subject(clause, finder) is not None or any(
        c.dep_ in ("ccomp", "parataxis", "conj") and c.lemma_.lower() in SPEECH_HEADS for c in clause.children)


def _no_actor(m: Mention | None) -> bool:
    """No target, or only a thing ('the roads', 'its labour market'), not an actor."""
    return m is None or not (m.country or m.code or m.agent or m.person)


def _own_force(d: EventDraft) -> bool:
    """'mobilized its reservists', 'put troops on alert': the force moved is the actor's own, not a target."""
    t = d.target
    return t is not None and t.agent in ("MIL", "COP") and t.country in (None, d.source and d.source.country)


def _condition_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'threatened to halt the talks if the United States goes ahead': the party the condition is put to."""
    if not _no_actor(d.target):
        return None
    comps = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    return next((m for t in (head, *comps) if (m := conditional_subject(t, finder)) is not None), None)


def _aim_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'mobilized reservists for a possible war against Iraq': the aim of a force, named inside its purpose."""
    if not (_no_actor(d.target) or _own_force(d)):
        return None
    for c in head.children:
        purpose = child(c, "pobj") if c.dep_ == "prep" else None
        aim = prep_object(purpose, ("against",)) if purpose is not None else None
        if aim is not None:
            return finder.resolve(aim)
    return None


def _pressure_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'declined to resign despite pressure by the anti-corruption commission': refused to them."""
    if not _no_actor(d.target):
        return None
    clauses = [head, *(c for c in head.children if c.dep_ == "xcomp")]  # ('declined to resign despite')
    for c in (c for v in clauses for c in v.children):
        pressure = child(c, "pobj") if c.dep_ == "prep" and c.lower_ in ("despite", "against") else None
        who = (prep_object(pressure, ("by", "from")) or child(pressure, "poss")) if pressure is not None else None
        if who is not None:
            return finder.resolve(who)
    return None


def _deed_author_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'complained to the UN over Israeli raids': the author of the deed complained of, not the addressee."""
    if not (d.target is None or d.target_tok is None or d.target_tok.head.lower_ == "to"):
        return None
    for c in head.children:
        about = child(c, "pobj") if c.dep_ == "prep" and c.lower_ in ("over", "about", "against", "for") else None
        deed = finder.by_token.get(about.i) if about is not None else None
        author = deed.source if deed is not None else None
        if author is not None and author.country and author is not d.source and \
                author.country != (d.source and d.source.country):
            return author
    return None


def _alleged_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'alleged that France was aware of the preparations': an allegation is against the subject of what
    it alleges, also when that clause holds no event of its own."""
    if not _no_actor(d.target) or finder.k.complements.get(head.lemma_.lower()) != "accuse":
        return None
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        subj = child(clause, "nsubj", "nsubjpass")
        found = finder.resolve(subj) if subj is not None else None
        if found is not None and found is not d.source:
            return found
    return None


def _defiance_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'blocked streets in defiance of Chinese authorities'."""
    if not _no_actor(d.target):
        return None
    for c in head.children:
        defiance = child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "in" else None
        whom = prep_object(defiance, ("of",)) if defiance is not None and \
            defiance.lemma_.lower() == "defiance" else None
        if whom is not None:
            return finder.resolve(whom)
    return None


def _purpose_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'blocked a road to show their anger at the United States' policies': whom the purpose is aimed at."""
    if not _no_actor(d.target):
        return None
    for c in head.children:
        if c.dep_ not in ("advcl", "xcomp") or not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        aim = finder.by_token.get(c.i)
        if aim is not None and not _no_actor(aim.target):
            return aim.target
        tok = finder.recipient(c, child(c, "dobj"))
        if tok is not None:
            return finder.resolve(tok)
    return None


def _summoned_target(d: EventDraft, head: Token, finder: EventFinder) -> Mention | None:
    """'summoned Niger's ambassador to complain': a word to the one summoned (or met, or called)."""
    if not _no_actor(d.target) or d.code[:2] >= "15" or head.dep_ not in ("xcomp", "advcl") or \
            head.head.lemma_.lower() not in SUBJECT_PURPOSE_VERBS:
        return None
    summoned = child(head.head, "dobj")
    return finder.resolve(summoned) if summoned is not None else None


# How each kind of event may name its target beyond the verb's object, tried in order.
TARGET_FINDERS = {
    "11": (_deed_author_target, _alleged_target, _summoned_target),
    "12": (_pressure_target, _deed_author_target, _summoned_target),
    "13": (_condition_target, _summoned_target),
    "14": (_defiance_target, _purpose_target, _summoned_target),
    "15": (_aim_target,),
}


def aimed_targets(finder: EventFinder) -> None:
    """Targets a clause names beyond the verb's own objects (`TARGET_FINDERS`): the party a threat's
    condition is put to, a force's aim, the one whose pressure is resisted, the author of the deed a
    complaint is about, whom a protest defies or its purpose is aimed at, and the one summoned."""
    for d in finder.state.drafts:
        if d.suppressed:  # (complement-made events too: 'declined to resign')
            continue
        root = d.code[:2]
        head = clause_head(d, finder)
        finders = TARGET_FINDERS.get(root, (_summoned_target,) if root < "15" else ())
        found = next((m for f in finders if (m := f(d, head, finder)) is not None), None)
        if found is not None and (found.country or found.code) and found is not d.source:
            d.target = found


def _foreign_state_report(d: EventDraft, sayer: Mention, finder: EventFinder) -> bool:
    """'The US said that Iraq had attacked Kuwait': a state, by name, telling of another country's violence
    accuses it. Officials, police or 'sources' somewhere are only where the news came from ('Thai military
    sources said', 'diplomatic sources in Pakistan said')."""
    source = d.source
    named_state = sayer.kind == "state" and sayer.agent in (None, "GOV") and not sayer.person and \
        finder.state.doc[sayer.head].pos_ == "PROPN"
    return named_state and bool(sayer.country) and sayer.country != "IGO" and \
        source is not None and bool(source.country) and source.country not in (sayer.country, "IGO")


# Rights monitors: their reports of violence are accusations ('Amnesty said security forces killed 20').
MONITOR_AGENTS = {"HRI", "AMN"}


def victim_accusations(finder: EventFinder) -> None:
    """'Israel said a mortar bomb was fired at it from Gaza': reporting violence done to oneself accuses
    the attacker (CAMEO 112), and so does a state reporting another country's violence ('the US said that
    Iraq had attacked') and a rights monitor reporting armed forces' violence ('the Syrian Observatory said
    eight people were killed in an air strike by government forces'); the attack itself stays an event."""
    k = finder.k
    added = []
    for d in finder.state.drafts:
        if d.suppressed or d.code[:2] not in VIOLENT_ROOTS:
            continue
        sayer = speech_subject(d.trigger, finder)
        if sayer is None:  # (a monitor's report of an air strike told as a noun)
            sayer = speech_subject(d.trigger, finder, through_nouns=True)
            sayer = sayer if sayer is not None and sayer.agent in MONITOR_AGENTS else None
        if sayer is None or sayer is d.source:
            continue
        victim = d.target is not None and bool(d.target.country) and sayer.country == d.target.country
        # a rights monitor telling of violence by armed forces accuses them, its own country's too
        monitor = sayer.agent in MONITOR_AGENTS and d.source is not None and d.source.agent in ARMED_AGENTS
        if not victim and not monitor and not _foreign_state_report(d, sayer, finder):
            continue
        accused = d.source
        if accused is None or not accused.country:
            origin = prep_object(d.trigger, ("from",))
            accused = finder.resolve(origin) if origin is not None else None
        if accused is None or not accused.country or (accused.country == sayer.country and not monitor):
            continue
        code = k.mood_code("accuse", d.code) or "112"
        why = "monitor" if monitor else "victim" if victim else "report"
        added.append(EventDraft(trigger=d.trigger, entry=None, code=code, rule=f"{why}-accuses+{d.rule}",
                                source=sayer, target=accused, claimed_by=d.claimed_by))
    finder.state.drafts.extend(added)


def clause_demands(finder: EventFinder) -> None:
    """'X said that Y must drop its barriers': a demand by X on Y even when the demanded act is not
    itself in the lexicon; 'X is ready to send troops': an intent by X."""
    covered = {d.trigger.i for d in finder.state.drafts} | {clause_head(d, finder).i for d in finder.state.drafts}
    for tok in finder.state.doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.i in covered:
            continue
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in tok.children):
            sayer = speech_subject(tok, finder)
            subj = finder.resolve(child(tok, "nsubj", "nsubjpass"))
            if sayer is not None and sayer.informative and subj is not None and subj.informative and \
                    (sayer.country != subj.country or sayer.code != subj.code):
                finder.state.drafts.append(EventDraft(trigger=tok, entry=None, code="100", rule="clause:demand",
                                                      source=sayer, target=subj))
                covered.add(tok.i)
    for tok in finder.state.doc:
        if tok.lower_ in READINESS and tok.dep_ in ("acomp", "amod") and tok.i not in covered:
            xcomp = child(tok, "xcomp")
            if xcomp is None or xcomp.i in covered or READINESS[tok.lower_] != "intent":
                continue
            source = _controller_subject(tok, finder)
            if source is not None and source.informative:
                given = child(xcomp, "dobj")
                # 'ready to contribute 4,000 troops to a force in Liberia': what is given goes to someone
                to = finder.recipient(xcomp, given) if given is None or not finder.is_participant(given) or \
                    agent_of(given, finder.k) in ("MIL", "COP") else None
                target = finder.resolve(to) or finder.resolve(given) or finder.resolve(prep_object(xcomp))
                finder.state.drafts.append(EventDraft(trigger=tok, entry=None, code="030", rule="clause:intent",
                                                      source=source, target=target))


def speech_subject(tok: Token, finder: EventFinder, *, through_nouns: bool = False) -> Mention | None:
    """The author of the statement a clause is reported in ('Russia said that Sudan must ...'; with
    `through_nouns`, of an event noun's clause too: 'X said eight people were killed in an air strike')."""
    t = tok
    for _ in range(4 if through_nouns else 0):
        if not (t.dep_ in ("pobj", "prep") or (t.pos_ in NOUN_TAGS and t.dep_ in ("dobj", "nsubjpass", "nsubj"))):
            break
        t = t.head
    for _ in range(3):
        if t.dep_ not in ("ccomp", "acl", "relcl") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in SPEECH_HEADS:
            subj = child(t, "nsubj")
            if subj is not None and subj.pos_ == "VERB" and child(subj, "nsubj") is not None:
                subj = child(subj, "nsubj")  # 'The Red Cross operating in Iraq said', misparsed: the Red Cross
            if subj is None and t.pos_ in NOUN_TAGS:
                subj = child(t, "poss")
                if subj is None and t.dep_ == "dobj":
                    subj = child(t.head, "nsubj")
            return finder.resolve(subj) if subj is not None else None
    return None


def drop_purpose_repeats(finder: EventFinder) -> None:
    """'met with X to discuss Y': the discussion is the meeting's purpose, not a second event."""
    for d in finder.state.drafts:
        tok = d.trigger
        if d.suppressed or tok.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        parent = finder.by_token.get(tok.head.i)
        parent_code = parent.entry.code if parent is not None and parent.entry is not None else None
        if parent is not None and not parent.suppressed and parent_code and parent_code[:2] == d.code[:2]:
            d.suppressed = True


def merge_subordinate_violence(finder: EventFinder) -> None:
    """'airstrikes, which killed 25', 'attacked X, killing 16', 'killed in Israeli shelling', 'were killed
    when officers opened fire': one event, kept on the side that names who acted."""
    for d in finder.state.drafts:
        if d.suppressed or d.code[:2] not in VIOLENT_ROOTS:
            continue
        tok = d.trigger
        candidates: list[Token] = []
        # 'police opened fire and two were killed' is one event; 'two persons were stabbed to death and the
        # police fired in the air' is two: subjects of their own, each with its own weapon
        two_deeds = tok.dep_ == "conj" and child(tok, "nsubj", "nsubjpass") is not None and \
            child(tok.head, "nsubj", "nsubjpass") is not None and \
            {tok.lemma_.lower(), tok.head.lemma_.lower()} <= MEANS_LEMMAS and tok.lemma_ != tok.head.lemma_
        if tok.dep_ in ("advcl", "conj", "relcl", "acl") and not two_deeds:
            candidates.append(tok.head)
        if d.source_tok is not None:
            candidates.append(d.source_tok)
        for c in tok.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during"):
                candidates.extend(g for g in c.children if g.dep_ == "pobj")
        for cand in candidates:
            other = finder.by_token.get(cand.i)
            while other is not None and other.merged_into is not None:
                other = other.merged_into
            if other is None or other is d or other.suppressed or other.code[:2] not in VIOLENT_ROOTS:
                continue
            survivor, merged = (d, other) if _weight(d) > _weight(other) else (other, d)
            _absorb(survivor, merged)
            finder.state.aliases[merged.trigger.i] = survivor
            break


def _weight(d: EventDraft) -> int:
    """Which of two drafts of one event to keep: the one naming who acted, then a verb (a reported
    happening) over a noun."""
    return 2 * bool(d.source is not None and d.source.informative) + (d.trigger.pos_ in VERB_TAGS)


GENERIC_VIOLENCE = {"180", "1823", "190"}


def _absorb(survivor: EventDraft, merged: EventDraft) -> None:
    if survivor.code in GENERIC_VIOLENCE and merged.code not in GENERIC_VIOLENCE:
        # 'airstrikes which killed 12': the killing is coded by its means
        survivor.code, survivor.acled_sub = merged.code, merged.acled_sub or survivor.acled_sub
        survivor.rule = f"{survivor.rule}+means:{merged.rule}"
    shot_then_killed = _killed_among_hit(survivor, merged) or _killed_among_hit(merged, survivor)
    survivor.fatalities = survivor.fatalities if survivor.fatalities is not None else merged.fatalities
    survivor.injured = survivor.injured if survivor.injured is not None else merged.injured
    if shot_then_killed and survivor.injured and survivor.fatalities:
        # 'shot another teen, killing him', 'shot five people, killing two': the dead are among those hit
        _set_injured(survivor, max(survivor.injured - survivor.fatalities, 0))
    survivor.quantities.extend(q for q in merged.quantities if q not in survivor.quantities)
    if survivor.target is None or not survivor.target.country:
        survivor.target = merged.target or survivor.target
    if survivor.source is None:
        survivor.source = merged.source
    merged.suppressed = True
    merged.merged_into = survivor


# Attacks whose victims are counted as hurt only until the text says some died ('shot five, killing two'):
# the verbs and nouns of hitting someone, and of firing ('opened fire, killing two').
HIT_VERBS = {"shoot", "stab", "strike", "hit"}
HIT_NOUNS = {"shooting", "stabbing"}
HIT_LEMMAS = HIT_VERBS | HIT_NOUNS | {"fire", "open"}


def _killed_among_hit(hit: EventDraft, killing: EventDraft) -> bool:
    """Whether a killing merged into an attack kills some of the people the attack hit: the attack's count
    comes from hitting (not from 'wounded'), the killing has no count of its own hurt, and its victims are
    not others ('killing two others')."""
    if not hit.injured or hit.fatalities or not killing.fatalities or killing.injured:
        return False
    if hit.trigger.lemma_.lower() not in HIT_LEMMAS:
        return False
    victim = killing.target_tok
    if victim is not None and victim.lower_ in howmany.REFLEXIVES:
        return False  # 'shot his wife and killed himself': the killer is one more dead
    return not _added_victim(victim)


def coordinated(tok: Token) -> list[Token]:
    """tok and the words coordinated with it, including lists the parser hangs on an apposition
    ('The US, Russia, and Switzerland')."""
    items = [tok, *(c for c in tok.conjuncts if c.i > tok.i)]
    for c in tok.children:
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
            items += [c, *(g for g in c.conjuncts if g.i > c.i)]
    return items


def conjunct_mentions(tok: Token | None, finder: EventFinder) -> list[Mention]:
    """'Israel and the Palestinians' -> both; a single actor -> itself."""
    if tok is None:
        return []
    first = finder.resolve(tok)
    items = coordinated(tok)
    if first is not None and first.refers_to is not None:
        items += coordinated(tok.doc[first.refers_to])
        first = finder.resolve(tok.doc[first.refers_to])
    if first is not None and first.person:
        # the parser may hang the coordination on another word of the name ('Barack [Obama] and ...')
        for i in range(first.start, first.end):
            items += [c for c in coordinated(tok.doc[i]) if c.i >= first.end]
    out: list[Mention] = []
    if first is not None and first.country:
        out += _coordinated_modifiers(tok, first, finder)
    for t in dict.fromkeys(items):
        m = finder.resolve(t)
        if m is not None and m.informative and all(m.country != o.country or m.code != o.code for o in out):
            out.append(m)
    return out


def _coordinated_modifiers(tok: Token, first: Mention, finder: EventFinder) -> list[Mention]:
    """'US and British activists': one actor per coordinated nationality of the same head noun."""
    from dataclasses import replace

    state = finder.state
    out: list[Mention] = []
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod") or state.hit_at(c.i) is None:
            continue
        group = [c, *(g for g in c.conjuncts)]
        countries = [state.hit_at(g.i).country for g in group if state.hit_at(g.i) is not None]
        if len(countries) > 1:
            for country in dict.fromkeys(countries):
                out.append(first if country == first.country else
                           replace(first, country=country, code=None, evidence="coordinated nationality"))
            return out
    return out


def expand_compound_actors(finder: EventFinder) -> None:
    """'Hungarian and Romanian officials met', 'X and Y clashed': an event per actor (and pair)."""
    extra: list[EventDraft] = []
    for d in finder.state.drafts:
        if d.suppressed:
            continue
        sources = conjunct_mentions(d.source_tok, finder) if d.source_tok is not None else []
        targets = conjunct_mentions(d.target_tok, finder) if d.target_tok is not None else []
        symmetric = d.entry is not None and d.entry.symmetric and d.target is None and len(sources) > 1
        if symmetric:
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            pairs = [(a, b) for a in (sources or [d.source]) for b in (targets or [d.target])]
        if len(pairs) <= 1:
            continue
        first, *rest = pairs
        d.source, d.target = first
        for a, b in rest:
            copy = EventDraft(trigger=d.trigger, entry=d.entry, code=d.code, rule=d.rule + "+compound",
                              source=a, target=b, source_tok=d.source_tok, target_tok=d.target_tok,
                              modality=d.modality, claimed_by=d.claimed_by, quantities=list(d.quantities),
                              fatalities=d.fatalities, injured=d.injured, acled_sub=d.acled_sub,
                              confidence=d.confidence)
            extra.append(copy)
    finder.state.drafts.extend(extra)


def in_condition(tok: Token) -> bool:
    """True inside an 'if'/'unless' clause: the condition of a threat or plan, not an event."""
    t = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children) and t.dep_ == "advcl":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


PRESENT_TAGS = {"VBP", "VBZ"}


# Tallies over a period or an area ('since early October, eight people have died in 12 shootings'), not
# incidents.
AGGREGATE_SPANS = re.compile(
    r"\b(?:(?:in|over|during|for)\s+the\s+(?:last|past|first)\s+(?:\w+\s+)?(?:years?|months|weeks|decades?)|"
    r"since\s+\d{4}|since\s+(?:early|late|mid-?)\s*(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|so\s+far\s+this\s+(?:year|month)|(?:homicides?|killings?|shootings?)"
    r"\s+this\s+year|this\s+year\s+alone|over\s+the\s+years|in\s+recent\s+years|statewide|nationwide|"
    # counts over several incidents: 'in 17 shootings across the city', 'in other shootings across Chicago'
    r"in\s+(?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|separate|other|multiple)\s+"
    r"(?:separate\s+)?(?:shootings|attacks|incidents|killings|homicides|stabbings)|"
    r"(?:shootings|attacks|incidents|killings|homicides)\s+(?:across|around|throughout)\s+(?:the\s+)?[A-Z]?\w+|"
    # 'three children have been killed in shootings': a running count over incidents
    r"(?:have|has)\s+been\s+(?:killed|shot|wounded|injured)\s+in\s+(?:\w+\s+)?(?:shootings|attacks|incidents))\b",
    re.I)


# A year's or a weekend's tally: 'Fifty-five people were shot in the city last year' (with a count this large;
# one man shot last year is an incident).
YEAR_SPANS = re.compile(r"\b(?<!first time )(?:last|this|each|every|per)\s+year\b|\bannually\b|\byear[- ]to[- ]date\b|"
                        r"\bsince\s+the\s+(?:start|beginning)\s+of\b|"
                        # a weekend's tally: '22 people shot over the weekend'
                        r"\bover\s+the\s+(?:holiday\s+|long\s+)?weekend\b", re.I)
YEAR_TALLY_MIN = 5
# Verbs that state a running count ('the record stands at 110 homicides', 'the city has seen 24 killings').
COUNT_VERBS = {"stand", "total", "reach", "record", "see", "top", "surpass", "exceed", "climb", "rise"}


def is_aggregate(d: EventDraft) -> bool:
    """'In the last 3 years, 1,300 policemen have been killed', 'there were 301 homicides in the region last
    year': a tally over a period or a place, not an incident."""
    if d.code[:2] not in VIOLENT_ROOTS:
        return False
    text = d.trigger.sent.text
    if AGGREGATE_SPANS.search(text):
        return True
    count = (d.fatalities or 0) + (d.injured or 0)
    if count >= YEAR_TALLY_MIN and YEAR_SPANS.search(text):
        return True
    return is_count_statement(d.trigger)


def is_count_statement(tok: Token) -> bool:
    """'There were 301 homicides', 'it had been 24 homicides', 'the record stands at 110 homicides': a plural
    event noun with a number, stated to exist or to be a total."""
    if tok.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in tok.children):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" and any(
            c.dep_ == "expl" for c in head.children):
        return True  # 'there were 301 homicides'
    return head.lemma_.lower() in COUNT_VERBS or (tok.dep_ == "attr" and head.lemma_.lower() == "be")


# Complement modes whose infinitive is the embedded event, not a purpose ('threatened to strike').
EVENT_COMPLEMENT_MODES = {"attempt", "aspect", "plan", "schedule", "intent", "threaten", "refuse", "appeal", "demand",
                          "accuse", "deny", "wish", "assist"}


def is_purpose(d: EventDraft, finder: EventFinder) -> bool:
    """'troops were sent to attack', 'efforts to fight': an infinitive purpose has not happened."""
    tok = clause_head(d, finder)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return False  # 'are believed to have killed': a perfect infinitive tells of the past
    governor = tok.head
    if ("raising", governor.lemma_.lower()) in finder.k.modality_cues and any(
            c.dep_ == "auxpass" for c in governor.children):
        return False  # 'are said to be fighting': reported, not intended
    return finder.k.complements.get(governor.lemma_.lower()) not in EVENT_COMPLEMENT_MODES and \
        governor.lower_ not in READINESS


def is_generic(d: EventDraft, finder: EventFinder | None = None) -> bool:
    """'The army fights terrorism', 'guerrillas are killing peasants': present-tense violence with no date,
    count or place of its own describes a situation, not a reported incident."""
    tok = d.trigger
    if d.code[:2] not in VIOLENT_ROOTS or d.fatalities or d.injured or d.quantities:
        return False
    if tok.pos_ not in VERB_TAGS and finder is not None:
        head = clause_head(d, finder)
        if head is not tok:
            tok = head  # 'the army continues to carry out offensives': the light verb's tense
            while tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":
                tok = tok.head
    if tok.pos_ in VERB_TAGS:
        present = tok.tag_ in PRESENT_TAGS or (tok.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in tok.children))
    else:
        present = tok.tag_ == "NN" and tok.lower_.endswith("ing") and not any(
            c.dep_ in ("det", "poss") for c in tok.children)
    if not present:
        return False
    anchored = any(e.label_ in ("DATE", "TIME") for e in tok.sent.ents) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(
            g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree) for c in tok.children)
    return not anchored


def keep(d: EventDraft, finder: EventFinder | None = None) -> bool:
    """Precision first: an event is kept only when the text states it and says who acted, or, for
    violence, when a verb reports it happening or casualties are given."""
    if d.suppressed or d.modality == "negated" or in_condition(d.trigger) or is_generic(d, finder):
        return False
    if is_aggregate(d) or (finder is not None and d.code[:2] in VIOLENT_ROOTS and d.modality == "asserted"
                           and is_purpose(d, finder)):
        return False
    if d.code[:2] in STATEMENT_ROOTS and d.code not in RESPONSIBILITY_CODES | EMPATHY_CODES:
        return False  # plain statements are not events; claiming or denying an attack is, and so is sympathy
    named = d.source is not None and (d.source.country or d.source.code)
    if d.source is not None and d.source.informative and (named or d.trigger.pos_ in VERB_TAGS or
                                                          d.rule.startswith("noun+light-verb")):
        # a nominal event needs a named author ('guerrilla attacks' alone is too vague) or a verb whose
        # subject carries it out ('ethnic Turks began a hunger strike')
        return True
    if d.code[:2] in VIOLENT_ROOTS:
        if d.fatalities or d.injured or any(q.role == "displaced" for q in d.quantities):
            return True
        if d.trigger.pos_ in VERB_TAGS and (d.target is not None and d.target.informative or
                                            d.target_tok is not None):
            return True
        if d.trigger.pos_ in VERB_TAGS and d.code.startswith(("183", "195", "194")):
            return True  # 'a bomb exploded'
        if d.entry is not None and d.entry.subject_is_target and d.target is not None and \
                (d.target.person or d.target.informative):
            return True  # 'the murder of six Jesuit priests': a specific incident named by its victims
    return False


RESPONSIBILITY_CODES = {"015", "016"}  # claim, deny responsibility
EMPATHY_CODES = {"018"}  # condolences and sympathy, addressed to someone
LOCAL_AGENTS = {"CVL", "OPP", "LAB", "EDU", "REL", "HLH", "BUS", "MED", "AGR"}
# Roots whose unnamed target is the population or government of the place: protests are aimed at the
# government there (CAMEO practice), curfews lifted or arrests made 'in X' act on X.
PLACE_TARGET_ROOTS = {"08", "13", "14", "17"}
# A show of force or a cut in ties abroad is aimed at the country where it is made ('exercises in Alaska',
# 'troops on alert in the occupied West Bank', 'ended their mediation in Tripoli'); at home it has no target.
ABROAD_TARGET_ROOTS = {"15", "16"}
# A visit's unnamed host is the country visited ('arrived in Amman on a visit').
PLACE_TARGET_CODES = {"042", "015"}  # (and a claimed attack's, the place it hit)
ATTACK_ROOTS = {"17", "18", "19", "20"}


def _with_country(m: Mention, country: str, evidence: str) -> Mention:
    from dataclasses import replace

    return replace(m, country=country, evidence=evidence)


@registry.stage("flashpoint.participants.v1", requires=("drafts", "locations"), assigns=("participants",))
def fill_from_place(state: DocState) -> None:
    """Unnamed local participants take the country of the place where the event happened."""
    from .events import IMPLIED_POLICE

    for d in state.drafts:
        country = d.location.country if d.location is not None else None
        if d.source is not None and d.source.evidence == IMPLIED_POLICE and d.source.country is None:
            # '40 people were arrested in Patna': the police of the place, else of the country the article is about
            police = country or state.dominant_country
            if police:
                where = d.location.name if country else "the country the article is about"
                d.source = _with_country(d.source, police, f"{IMPLIED_POLICE} of {where}")
        if country:
            for role in ("source", "target"):
                m = getattr(d, role)
                if m is None or m.country is not None or m.person:
                    continue
                # unnamed local people, and whatever an attack or a raid hits, are where it happened
                if m.agent in LOCAL_AGENTS or m.evidence == ETHNIC_GROUP or (
                        role == "target" and d.code[:2] in ATTACK_ROOTS and
                                               m.agent not in ("MIL", "COP", "GOV")):
                    setattr(d, role, _with_country(m, country, f"local to {d.location.name}"))
            thing = d.target is not None and not (d.target.country or d.target.code or d.target.agent or
                                                  d.target.person)
            abroad = d.code[:2] in ABROAD_TARGET_ROOTS and d.source is not None and d.source.country and \
                d.source.country != country
            if (d.target is None or thing) and (d.code[:2] in PLACE_TARGET_ROOTS or d.code in PLACE_TARGET_CODES or
                                                abroad):
                # no actor is named, or only a thing ('blocked the roads', 'a curfew on the city centre')
                agent = "GOV" if d.code[:2] == "14" else None
                d.target = Mention(d.trigger.i, -1, -1, d.location.name, country, agent, d.location.name, None,
                                   "state", f"where it happened: {d.location.name}")
        src = d.source
        if d.code[:2] == "14" and _no_actor(d.target) and country is None and src is not None and src.country and \
                src.country != "IGO" and src.agent in LOCAL_AGENTS:
            # a protest told with no target and no place: addressed to the protesters' own government
            d.target = Mention(d.trigger.i, -1, -1, f"{src.country} government", src.country, "GOV", None, None,
                               "state", "a protest is addressed to the government of the protesters' country")
        if d.target is not None and d.target.country is None and src is not None and src.agent == "COP" and \
                src.country and d.target.agent in (None, *LOCAL_AGENTS):
            d.target = _with_country(d.target, src.country, "people acted on by their own police")


DIE_LEMMAS = {"die", "succumb"}
# Verbs that name how harm was done (not just that it was: 'killed', 'died').
MEANS_LEMMAS = {"stab", "shoot", "fire", "bomb", "shell", "hack", "beat", "strangle", "burn", "club"}


def standing_attacks(state: DocState, *, with_victim: bool = True) -> list[EventDraft]:
    """The article's assaults and attacks (roots 18, 19) still standing, with a parsed victim if asked."""
    return [d for d in state.drafts if d.code[:2] in ("18", "19") and not d.suppressed
            and (d.target_tok is not None or not with_victim)]


def retold_totals(finder: EventFinder) -> None:
    """'One man was killed and three others were injured ... striking four men': a count of all who were hit
    that equals the dead plus the hurt of another attack in the article is that attack told again, its
    total not yet split; it takes the split (a report is not a second incident). In an article that tells
    of no one hurt beside the dead, as many hit as died are the dead."""
    attacks = standing_attacks(finder.state, with_victim=False)
    if take_splits(attacks, attacks):
        return
    # 'a man shot his two young sons' ... 'the two fatal shootings': as many hit as the article says died,
    # in a sentence that tells of no one living, are the dead told again
    dead = {d.fatalities for d in attacks if d.fatalities and not d.injured and not _added_victim(d.target_tok)}
    for d in attacks:
        if d.fatalities or not d.injured or d.injured < 2 or d.injured not in dead or \
                d.trigger.lemma_.lower() not in HIT_VERBS | HIT_NOUNS:
            continue
        if any(t.lemma_.lower() in SURVIVAL_WORDS for t in d.trigger.sent):
            continue  # 'two men suffered non-life threatening injuries in the shooting': they lived
        if howmany.told_as_hurt(d.trigger) or _added_victim(d.target_tok) or \
                {c.lower_ for c in d.trigger.children} & ADDED_VICTIM:
            continue
        _hurt_as_killed(d, d.injured)


def take_splits(attacks: list[EventDraft], told: list[EventDraft], *, resplit: bool = False) -> bool:
    """Attacks whose count of all hit equals the dead plus the hurt of a `told` attack take that split
    (also a headline's '1 dead, 1 hurt' for the text's 'two were shot'). With `resplit` (a headline, written
    last), also those the text split otherwise: '2 dead, 2 injured' over the text's 'four were shot, one
    fatally' is a victim who died since. Whether any split was told."""
    splits = {(d.fatalities or 0) + d.injured: d for d in told if d.fatalities and d.injured}
    for d in attacks:
        split = splits.get(d.injured or 0) if not d.fatalities else None
        if split is None and resplit and d.fatalities and d.injured:
            split = splits.get(d.fatalities + d.injured)
        if split is None or d is split:
            continue
        d.fatalities = split.fatalities
        _set_injured(d, split.injured)
    return bool(splits)


# Words that tell of the hurt as living: injuries, wounds, a hospital, a condition.
SURVIVAL_WORDS = {"injury", "injure", "wound", "hurt", "hospital", "hospitalize", "condition", "survive",
                  "treat", "recover", "release", "stable"}


def _added_victim(victim: Token | None) -> bool:
    """'two others', 'another man': victims told of as more than those before."""
    return victim is not None and bool(({c.lower_ for c in victim.children} | {victim.lower_}) & ADDED_VICTIM)


def later_deaths(finder: EventFinder) -> None:
    """'Two men were shot ... One of the men later died.' / '... where he died': a victim counted as
    injured by an earlier attack who dies later in the text moves from that attack's injured to its
    fatalities (or gives its fatalities, when the attack had no count)."""
    state = finder.state
    attacks = standing_attacks(state)
    for t in state.doc:
        if not _is_death(t) or is_negated(t) or is_future(t):
            continue
        subj = child(t, "nsubj", "nsubjpass")
        if t.lemma_.lower() in ("pronounce", "declare") and child(t, "dobj") is not None:
            subj = child(t, "dobj")  # 'medics pronounced him dead'
        if t.lemma_.lower() in BODY_FOUND:
            subj = _body_of(t) or _found_dead(t)
        if subj is None and t.dep_ == "conj":
            subj = child(t.head, "nsubj", "nsubjpass")  # 'was taken off life support and passed away'
        if subj is not None and subj.lower_ in ("who", "that") and t.dep_ == "relcl":
            subj = t.head  # 'the 10-year-old girl who died of multiple gunshot wounds'
        if subj is None:
            continue
        victim, n = _dead_person(subj, finder)
        in_sentence = None
        if victim is None and (subj.like_num or subj.lower_ == "one") and prep_object(subj, ("of",)) is None:
            # 'four victims were found shot, and one was pronounced dead': one of the sentence's victims
            in_sentence = next((a for a in reversed(attacks) if a.trigger.sent == t.sent and a.trigger.i < t.i and
                                a.injured and not a.fatalities), None)  # (one that counts dead counted this death)
            victim, n = (in_sentence.target_tok, howmany.count_of(subj)) if in_sentence is not None else (None, None)
        if victim is None or n is None:
            continue
        d = in_sentence or _attack_on(victim, t, attacks, finder)
        if d is None:
            # an attack told without its victims just before ('leading to a gunfight ... Two others died')
            bare = [a for a in standing_attacks(state, with_victim=False) if a.target_tok is None and
                    a.fatalities is None and a.trigger.i < t.i and t.i - a.trigger.i < 150] if not attacks else []
            told = [a for a in attacks if a.rule.startswith("casualty:") and a.injured == 1 and not a.fatalities]
            if bare:
                d = bare[-1]
            elif _of_gunshot(t) and n == 1 and len(told) == 1 and len(attacks) == 1:
                d = told[0]  # 'found with a gunshot wound' ... 'died of a gunshot wound': the same one
            elif not attacks and _of_gunshot(t):
                state.drafts.append(_reported_shooting(t, victim, finder, killed=n))
                continue
            else:
                continue
        if d.tally:
            continue  # 'left two men dead and a child hurt' already counts the man who 'later died'
        others = any(c.lower_ in DIFFERENT_PERSON for c in victim.children) or victim.lower_ == "others"
        if d.fatalities and d.fatalities >= n and not others and not any(
                c.lower_ in ("later", "since", "subsequently") for c in t.children):
            continue  # 'two people died and two were injured ... two people who lost their lives': the same dead
        moved = min(n, d.injured) if d.injured and not others else 0  # ('two others died' are more victims)
        if others:
            d.fatalities = (d.fatalities or 0) + n
        elif d.injured:
            d.injured -= moved
            d.fatalities = (d.fatalities or 0) + moved
            d.quantities = [q if q.role != "injured" else q.model_copy(update={"value": d.injured})
                            for q in d.quantities if q.role != "injured" or d.injured]
        elif d.fatalities is None:
            d.fatalities = n
        d.quantities.append(Quantity(value=n, role="killed", unit=None,
                                     text=state.doc[subj.left_edge.i:t.i + 1].text))


# Words of a headline that make its casualties a shooting's.
HEADLINE_GUN_WORDS = {"shot", "shoot", "shoots", "shooting", "shootings", "gun", "gunfire", "gunman", "gunshot",
                      "bullet", "shootout", "gunned", "rifle", "handgun", "pistol", "shotgun", "hunting"}


TALLY_QUANTITY_ROLES = {"killed": "killed", "hurt": "injured", "hit": "people"}  # ('people': all hit)


def headline_tallies(finder: EventFinder) -> None:
    """A headline's casualties as its tally tells them ('4 shot, 1 fatally', 'Teen struck by stray bullet',
    read token by token in extract/tallies.py): the counts of its attack on those words, else of a new attack
    by an unnamed assailant. The parser's counts of the same words are its misreadings of them ('Four' as
    the root, '4 shot' as shots) and give way; its other attacks keep theirs ('before killing himself')."""
    state = finder.state
    if not state.headline:
        return
    tally = tallies.read_tally(state.doc, tallies.TallyLexicon.of(state.knowledge))
    if tally is None:
        return
    attacks = standing_attacks(state, with_victim=False)
    words = {i.word.i for i in tally.items} | {i.count_tok.i for i in tally.items}
    d = next((a for a in attacks if a.trigger.i in words), None) or next(
        (a for a in attacks if a.fatalities or a.injured), None)
    gun = any(t.lower_ in HEADLINE_GUN_WORDS for t in state.doc)
    if not gun and any(t.lemma_.lower() in state.knowledge.mishaps for t in state.doc):
        return  # 'Two killed in crash': no attack
    if d is None:
        d = EventDraft(trigger=tally.trigger, entry=None, code="193" if gun else "180",
                       rule="casualty:headline tally", acled_sub="Attack")
        finder.by_token[d.trigger.i] = d
        state.drafts.append(d)
    for a in attacks:
        if a is not d and a.trigger.i in words:
            a.fatalities = a.injured = None
            a.quantities = [q for q in a.quantities if q.role not in ("killed", "injured")]
    d.fatalities = tally.killed or None
    d.injured = tally.hurt or (0 if tally.killed else None)
    d.tally = True
    d.quantities = [q for q in d.quantities if q.role not in ("killed", "injured")] + [
        Quantity(value=i.count, unit=None, role=TALLY_QUANTITY_ROLES[i.role],
                 text=state.doc[min(i.count_tok.i, i.word.i):max(i.count_tok.i, i.word.i) + 1].text)
        for i in tally.items]


def _of_gunshot(death: Token) -> bool:
    """'died of a gunshot wound', 'died from gunshot wounds'."""
    return any(g.lower_ in ("gunshot", "gunshots") for c in death.children if c.dep_ == "prep"
               for g in c.subtree)


def _reported_shooting(tok: Token, victim: Token, finder: EventFinder, *, killed: int | None = None,
                       injured: int | None = None) -> EventDraft:
    """A shooting known only by its casualties ('X died of a gunshot wound', 'a man with a gunshot wound'):
    an attack by an unnamed shooter (CAMEO 193, small arms) on the people it hurt."""
    d = EventDraft(trigger=tok, entry=None, code="193", rule="casualty:gunshot wound",
                   target=finder.resolve(victim), target_tok=victim, fatalities=killed, injured=injured,
                   acled_sub="Attack")
    finder.by_token[tok.i] = d
    return d


BODY_FOUND = {"find", "discover", "recover"}


def _body_of(found: Token) -> Token | None:
    """'The body of an unidentified man was found': the man."""
    body = child(found, "nsubjpass", "dobj")
    if body is None or body.lemma_.lower() not in ("body", "corpse", "remains"):
        return None
    return prep_object(body, ("of",)) or body


def _found_dead(found: Token) -> Token | None:
    """'Deputies found a father and two sons dead', 'the man was found dead': who was found dead."""
    dead = next((c for c in found.children if c.lower_ == "dead" and c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")),
                None)
    if dead is None:
        return None
    return child(dead, "nsubj") or child(found, "dobj", "nsubjpass")


def _is_death(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in DIE_LEMMAS:
        return True
    if t.pos_ == "VERB" and lemma == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in t.children):
        return True  # 'passed away'
    if lemma in BODY_FOUND and (_body_of(t) is not None or _found_dead(t) is not None):
        return True
    # 'was pronounced dead', 'was declared dead', 'was pronounced deceased'
    return lemma in ("pronounce", "declare") and any(c.lemma_.lower() in ("dead", "deceased") for c in t.children)


def _dead_person(subj: Token, finder: EventFinder) -> tuple[Token | None, int | None]:
    """The victim noun the subject stands for, and how many died: 'One of the men' -> (men, 1)."""
    if subj.like_num or subj.lower_ in ("both", "all"):
        of = prep_object(subj, ("of",))
        if of is None:
            return None, None
        n = 2 if subj.lower_ == "both" else howmany.count_of(subj)
        return of, n
    q = howmany.victims(subj, finder.person_nouns)
    return subj, (q.value if q else None)


def _attack_on(victim: Token, death: Token, attacks: list[EventDraft], finder: EventFinder) -> EventDraft | None:
    """The latest attack before the death whose victim this is: the same person by coreference or name,
    the same noun ('the men'), or 'the victim'."""
    mention = finder.state.mentions.get(victim.i)
    referent = mention.refers_to if mention is not None else None
    before = [d for d in attacks if d.trigger.i < death.i or d.trigger.sent == death.sent]
    for d in reversed(before):
        target = d.target_tok
        if referent is not None and target.i == referent:
            return d
        told = finder.state.mentions.get(target.i)
        if (told is not None and told.refers_to == victim.i) or (
                target.lower_ in howmany.SINGULAR_PRONOUNS and target.sent == death.sent and d.injured == 1 and
                victim.pos_ == "NOUN" and victim.tag_ == "NN"):
            return d  # 'A teenager died after he was found with a gunshot wound': 'he' is the teenager
        if referent is None and victim.lower_ in howmany.SINGULAR_PRONOUNS and d.injured == 1 \
                and death.sent.start - d.trigger.sent.end < 80:
            return d  # 'A man was shot ... He was taken to a hospital, where he died.'

        if victim.pos_ == "PROPN" and d.target is not None and victim.text in d.target.text:
            return d
        if victim.pos_ == "NOUN" and (victim.lemma_.lower() == target.lemma_.lower()
                                      or victim.lemma_.lower() == "victim"):
            return d
    definite = victim.pos_ == "NOUN" and any(c.lower_ == "the" for c in victim.children) and \
        howmany.victims(victim, finder.person_nouns) is not None
    if victim.ent_type_ == "PERSON" or victim.lower_ in howmany.SINGULAR_PRONOUNS or definite:
        # a named, pronoun or 'the child' victim not linked to any attack: one the nearest attack hurt (not
        # one of the other sex: 'the boy died' is not the woman 'also shot')
        for d in reversed(before):
            if d.injured and 0 <= death.i - d.trigger.i < 150 and could_be(d.target_tok, [victim]):
                return d
    q = howmany.victims(victim, finder.person_nouns)
    if q is not None and q.value > 1:
        # 'three men shot ... found a father and two sons dead': as many dead as the nearest attack hurt
        for d in reversed(before):
            if d.injured == q.value and 0 <= death.i - d.trigger.i < 150:
                return d
    if victim.lower_ in GROUP_PRONOUNS or _one_of_the_hit(victim, death):
        # 'Five people were shot ... One of them died', 'Six people were shot. A man was pronounced dead':
        # one of the group the nearest attack hit (not 'another man', someone else)
        return next((d for d in reversed(before) if (d.injured or 0) >= 2 and not d.fatalities and
                     0 <= death.i - d.trigger.i < 100 and not howmany.told_as_hurt(d.trigger)), None)
    return None


GROUP_PRONOUNS = {"them", "they", "those", "these"}


def _one_of_the_hit(victim: Token, death: Token) -> bool:
    """'A man was pronounced dead' told just after a group was hit: someone new to the text ('a', not 'another')
    whose death the text tells without an attack of its own."""
    return victim.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in victim.children) and \
        not any(c.lower_ in DIFFERENT_PERSON for c in victim.children) and \
        not any(t.lemma_.lower() in MEANS_LEMMAS for t in death.sent if t.pos_ == "VERB")


WOUND_NOUNS = {"wound", "injury", "gunshot", "wounds", "injuries"}
SUFFER_LEMMAS = {"suffer", "sustain", "receive", "treat"}


def wound_statements(finder: EventFinder) -> None:
    """'They found three people suffering from gunshot wounds', 'a man with a gunshot wound to the leg',
    'Two juveniles suffered non-life-threatening injuries': the people hurt in the nearest attack that has
    no injured count yet (the same sentence first, then the ones before)."""
    state = finder.state
    attacks = standing_attacks(state, with_victim=False)
    for t in state.doc:
        taken = t.lower_ in ("hospital", "hospitals") and t.dep_ == "pobj" and t.head.lower_ == "to" and \
            t.head.head.lemma_.lower() in TAKEN_LEMMAS and not any(d.trigger.sent == t.sent for d in attacks)
        if taken:  # 'At least five people were taken to the hospital' (told apart from the shooting)
            holder = antecedent(child(t.head.head, "nsubjpass"))  # ('two other victims who were taken to ...')
            if holder is None or holder.lemma_.lower() in NOT_VICTIMS or is_negated(t.head.head):
                continue
            q = howmany.victims(holder, finder.person_nouns)
            # 'Two other people have been airlifted to a hospital': others than the dead told before
            others = holder.lower_ == "others" or any(c.lower_ in DIFFERENT_PERSON for c in holder.children)
            if q is None or (q.value < 2 and not others and any(
                    a.fatalities for a in finder.state.drafts if a.code[:2] in ("18", "19"))):
                continue  # in a story of a death, 'he was taken to a hospital' is the one who died
            earlier = [d for d in attacks if d.trigger.i < t.i and t.i - d.trigger.i < 150]
            d = next((d for d in reversed(earlier) if d.injured is None and (not d.fatalities or others)), None)
            if q is not None and d is not None:
                d.injured = q.value
                d.quantities.append(q.model_copy(update={"role": "injured"}))
            continue
        if t.lemma_.lower() not in ("wound", "injury") or t.pos_ != "NOUN":
            continue
        if any(c.lemma_.lower() in ("fatal", "deadly", "mortal", "lethal") for c in t.children):
            continue
        holder = _wound_holder(t, finder.person_nouns)
        if holder is None or _died_of_it(t, holder):
            continue
        q = howmany.victims_or_age(holder, finder.person_nouns)
        if q is None:
            continue
        same = [d for d in attacks if d.trigger.sent == t.sent]
        earlier = [d for d in attacks if d.trigger.i < t.i and 0 <= t.i - d.trigger.i < 150]
        # the dead are not hurt too ('he died of his wounds') — unless the wounded are others ('one person is
        # dead and three others are being treated for injuries after a shooting')
        others = any(c.lower_ in DIFFERENT_PERSON for c in holder.children) or holder.lower_ in ("others",) or \
            _other_than_the_dead(holder, finder)
        d = next((d for d in same + list(reversed(earlier)) if d.injured is None and (not d.fatalities or others)),
                 None)
        if d is not None:
            d.injured = q.value
            d.quantities.append(q.model_copy(update={"role": "injured"}))
        elif not same and not earlier and not is_negated(t.head) and (
                any(c.lower_ == "gunshot" for c in t.children) or any(
                w.lemma_.lower() in FIREARM_WORDS for w in t.sent)):
            # 'a man with a gunshot wound', 'the boy suffered injuries after the firearm discharged' (told
            # before any shooting: 'the boy is resting after suffering a gunshot wound ... the house got shot up')
            d = _reported_shooting(t, holder, finder, injured=q.value)
            state.drafts.append(d)
            attacks.append(d)


# A weapon in the sentence of an injury makes it a shooting's ('suffered injuries when the rifle went off').
FIREARM_WORDS = {"gun", "firearm", "handgun", "rifle", "shotgun", "pistol", "revolver", "gunfire", "bullet"}


def _other_than_the_dead(holder: Token, finder: EventFinder) -> bool:
    """'A man is dead and a 9-year-old boy suffered minor injuries': a new person ('a', a number) told of in
    the sentence that names someone else dead is another victim, not the dead one."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in holder.children):
        return False
    for t in holder.sent:
        if t.lemma_.lower() != "dead" or t.dep_ not in ("acomp", "oprd"):
            continue
        subj = child(t.head, "nsubj", "nsubjpass")
        if subj is not None and subj.i != holder.i and howmany.victims(subj, finder.person_nouns) is not None:
            return True
    return False


def _died_of_it(wound: Token, holder: Token) -> bool:
    """'he was taken to a hospital with injuries, where he later died': the wounded one is one of the dead."""
    for v in wound.sent:
        if v.lemma_.lower() not in DIE_LEMMAS or v.pos_ != "VERB" or is_negated(v):
            continue
        subj = child(v, "nsubj")
        if subj is None and v.dep_ == "conj":
            subj = child(v.head, "nsubj", "nsubjpass")  # 'was shot and died'
        if subj is not None and (subj.i == holder.i or subj.lower_ in ("he", "she") and not holder.tag_.endswith("S")):
            return True
    return False


def _wound_holder(wound: Token, person_nouns: frozenset[str]) -> Token | None:
    """Who has the wound: 'X with a gunshot wound', 'X suffering from wounds', 'X suffered injuries'."""
    head = wound.head
    if wound.dep_ == "pobj" and head.lower_ == "with":
        holder = head.head
        while holder.dep_ == "conj":  # 'a man and a 15-year-old with wounds': the whole coordination
            holder = holder.head
        if holder.pos_ == "ADJ" and holder.dep_ in ("oprd", "acomp"):
            holder = holder.head  # 'he was found unresponsive with a gunshot wound'
        if holder.dep_ == "pobj" and holder.head.lower_ in ("at", "in", "on") and \
                holder.head.head.pos_ in ("VERB", "AUX") and howmany.victims(holder, person_nouns) is None:
            holder = holder.head.head  # 'are at Harborview Medical Center with injuries': the place is no holder
        if holder.pos_ in ("NOUN", "PROPN", "PRON") or holder.lower_ == "old":
            return holder
        if holder.lemma_.lower() in ("find", "locate", "discover", "leave"):  # 'found a man with a wound',
            return child(holder, "dobj", "nsubjpass")  # 'a man was found with a wound'
        if holder.pos_ in ("VERB", "AUX"):
            # 'a juvenile has been taken to the hospital with a gunshot wound', 'two teens are at a hospital
            # with injuries', 'were found lying in the road with gunshot wounds', 'a girl showed up at a
            # hospital with a gunshot wound' (the subject of a verb without an object)
            subj = child(holder, "nsubjpass") or (child(holder, "nsubj") if holder.lemma_.lower() in (
                "be", "remain", "arrive", "lie", "stay") or child(holder, "dobj") is None else None)
            if subj is None and holder.dep_ in ("xcomp", "oprd", "advcl", "ccomp") and holder.tag_ == "VBG":
                subj = child(holder.head, "nsubjpass", "dobj")
            return subj
        return None
    if wound.dep_ == "pobj" and head.lower_ in ("from", "for"):  # 'suffering from', 'treated for'
        head = head.head
    if head.lemma_.lower() in SUFFER_LEMMAS and wound.dep_ in ("dobj", "pobj"):
        subj = child(head, "nsubj", "nsubjpass")
        if subj is None and head.dep_ in ("acl", "relcl"):
            subj = head.head  # 'three people suffering from gunshot wounds'
        if subj is None and head.dep_ in ("advcl", "xcomp", "ccomp") and head.head.lemma_.lower() in BODY_FOUND:
            subj = child(head.head, "dobj")  # 'deputies found X and her sister Y, suffering from gunshot wounds'
        if subj is None and head.dep_ == "pcomp" and head.head.dep_ == "prep":
            subj = child(head.head.head, "nsubj", "nsubjpass")  # 'the boy is resting after suffering a wound'
        return subj
    # 'The 2-year-old suffered injuries' misparsed as one noun phrase, the verb and the age both modifiers
    # of 'injuries': the word before the verb holds the wound
    verb = next((c for c in wound.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and
                 c.lemma_.lower() in SUFFER_LEMMAS - {"treat"}), None)
    if verb is not None and verb.i > 0:
        before = wound.doc[verb.i - 1]
        if before.head.i == wound.i and (howmany.is_age(before) or howmany.victims(before, person_nouns)):
            return before
    return None


DIFFERENT_PERSON = {"another", "second", "other", "third"}
# People taken to hospital who are not victims: 'the suspect was taken to a hospital for evaluation'.
NOT_VICTIMS = {"suspect", "gunman", "shooter", "assailant", "attacker", "officer", "deputy", "body"}


def dead_victims_not_injured(finder: EventFinder) -> None:
    """An article tells of one shooting many times: 'McIver shot and killed his wife ... McIver shot his
    wife in the back'. A mention that names a victim the article says was killed is not a second, injured
    victim: its injured count becomes the killing."""
    attacks = standing_attacks(finder.state)
    # merged (suppressed) killings still name their victim: 'shot and killed his wife'
    dead = [d.target_tok for d in finder.state.drafts if d.code[:2] in ("18", "19") and d.target_tok is not None
            and d.fatalities == 1 and not d.injured and d.target_tok.lower_ not in howmany.REFLEXIVES]
    # one who 'shot himself' and died: told again as 'he shot himself', the same death; but when the only
    # dead is a killer who 'killed himself', the victim he shot is no re-telling of his death
    self_killed = any(d.fatalities for d in finder.state.drafts if d.code[:2] in ("18", "19") and
                      d.target_tok is not None and d.target_tok.lower_ in howmany.REFLEXIVES) or any(
        d.fatalities and finder.own_death(d.trigger) for d in finder.state.drafts if d.code[:2] in ("18", "19"))
    # ('shot his daughter before turning the gun on himself': the killer's death, counted with hers)
    if not any(d.fatalities for d in finder.state.drafts if d.code[:2] in ("18", "19")):
        return
    counted = [d for d in finder.state.drafts if d.fatalities or d.injured]
    one_death = max(d.fatalities or 0 for d in counted) == 1 and not any(
        d.fatalities and d.injured for d in counted) and not any(
        d.injured and d.target_tok is not None and not _re_mention(d.target_tok, dead, finder) for d in counted)
    for d in attacks:
        if d.injured != 1 or d.fatalities:
            continue
        reflexive = d.target_tok.lower_ in howmany.REFLEXIVES
        if reflexive and self_killed:
            as_killed(d)
            continue
        if self_killed and not dead and not reflexive:
            continue
        if {c.lower_ for c in (*d.target_tok.children, *d.trigger.children)} & ADDED_VICTIM:
            continue  # 'a woman was also shot': a second victim, not the dead one again
        if howmany.told_as_hurt(d.trigger) and not _re_mention(d.target_tok, dead, finder):
            continue  # 'an officer was shot and wounded': someone new, told as one who lived
        if told_alive(d.trigger.sent):
            continue  # 'a girl is recovering after she was shot': not the one who died
        same = any(_same_person(d.target_tok, other, finder) for other in dead if other.i != d.target_tok.i)
        # an article that tells of one death and of one victim by pronoun, name or 'the child' only
        # re-tells the death: 'A 3-year-old girl has died after being shot ... The child was shot at 8 p.m.'
        # (a victim told of otherwise is weighed once the events have their dates: incidents.lone_victim)
        if same or (one_death and _re_mention(d.target_tok, dead, finder)):
            as_killed(d)


# Words that say a victim lived ('is expected to survive', 'in stable condition', 'treated and released').
ALIVE_LEMMAS = {"survive", "recover", "stable", "okay", "ok"}
ALIVE_PHRASES = ("non-life", "not life-threatening", "not life threatening", "treated and released",
                 "expected to be ok")


def told_alive(sent: Span) -> bool:
    """The sentence says its victim lived."""
    text = sent.text.lower()
    return any(t.lemma_.lower() in ALIVE_LEMMAS for t in sent) or any(p in text for p in ALIVE_PHRASES)


def as_killed(d: EventDraft) -> None:
    """A victim counted as hurt is the one who died."""
    _hurt_as_killed(d, 1)
    d.injured = None


def _hurt_as_killed(d: EventDraft, dead: int) -> None:
    """The people counted as hurt are the dead: `dead` killed, no one hurt, the count relabelled."""
    d.fatalities, d.injured = dead, 0
    d.quantities = [q.model_copy(update={"role": "killed"}) if q.role == "injured" else q for q in d.quantities]


def _set_injured(d: EventDraft, hurt: int) -> None:
    """A new count of the hurt, on the draft and on its 'injured' quantities."""
    d.injured = hurt
    d.quantities = [q.model_copy(update={"value": hurt}) if q.role == "injured" else q for q in d.quantities]


MALE_WORDS = {"man", "boy", "he", "him", "his", "son", "father", "brother", "husband", "male", "grandfather",
              "uncle", "nephew", "stepson", "stepfather", "boyfriend", "gentleman"}
FEMALE_WORDS = {"woman", "girl", "she", "her", "daughter", "mother", "sister", "wife", "female", "grandmother",
                "aunt", "niece", "stepdaughter", "stepmother", "girlfriend", "lady"}
# Words that add a victim to the one already told of: 'also shot', 'two others', 'a second man'.
ADDED_VICTIM = DIFFERENT_PERSON | {"also", "others", "too", "both"}


def sex_of(tok: Token) -> str | None:
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children
                                                if c.dep_ in ("compound", "amod")}
    return "m" if words & MALE_WORDS else "f" if words & FEMALE_WORDS else None


CHILD_WORDS = {"baby", "infant", "toddler", "child", "boy", "girl", "kid", "newborn", "son", "daughter"}
ADULT_WORDS = {"man", "woman", "adult", "husband", "wife", "mother", "father", "grandmother", "grandfather",
               "gentleman", "lady"}


def _age_class(tok: Token) -> str | None:
    age = howmany.age_in_years(tok)
    if age is not None:
        return "child" if age < ADULT_AGE else "adult"
    words = {tok.lemma_.lower(), tok.lower_}
    return "child" if words & CHILD_WORDS else "adult" if words & ADULT_WORDS else None


ADULT_AGE = 18


def could_be(victim: Token, dead: list[Token]) -> bool:
    """Whether a victim told of once could be the one who died: not of the other sex or age (a baby is not
    the woman, the 9-year-old not the 23-year-old), not another name."""
    for other in dead:
        a, b = sex_of(victim), sex_of(other)
        if a and b and a != b:
            return False
        a, b = _age_class(victim), _age_class(other)
        if a and b and a != b:
            return False
        a, b = howmany.age_in_years(victim), howmany.age_in_years(other)
        if a is not None and b is not None and a != b:
            return False
        if victim.pos_ == "PROPN" and other.pos_ == "PROPN" and victim.ent_type_ == other.ent_type_ == "PERSON" \
                and victim.lower_ != other.lower_:
            return False
    return True


def _re_mention(victim: Token, dead: list[Token], finder: EventFinder) -> bool:
    """A victim told of as someone already known: a pronoun, a name, 'the victim', 'the child' — not
    'another man', and not a pronoun that stands for someone else the article hurt."""
    dead_ids = {t.i for t in dead}
    if victim.i in dead_ids:
        return True
    if any(c.lower_ in DIFFERENT_PERSON for c in victim.children):
        return False
    if victim.lower_ in howmany.SINGULAR_PRONOUNS:
        mention = finder.state.mentions.get(victim.i)
        return mention is None or mention.refers_to is None or mention.refers_to in dead_ids
    if victim.pos_ == "PROPN" and victim.ent_type_ == "PERSON":
        return True
    # 'the child', 'the 3-year-old', 'his sister': someone the reader already knows of
    known = any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or
                (c.dep_ == "poss" and c.lower_ in ("his", "her", "their")) for c in victim.children)
    if victim.lower_ == "old" and known:
        return True
    person = howmany.is_person_noun(victim.lemma_, finder.person_nouns)
    return victim.pos_ == "NOUN" and victim.tag_ == "NN" and person and known


def _same_person(a: Token, b: Token, finder: EventFinder) -> bool:
    if any(c.lower_ in DIFFERENT_PERSON for c in (*a.children, *b.children)):
        return False
    mentions = finder.state.mentions
    ma, mb = mentions.get(a.i), mentions.get(b.i)
    if ma is not None and ma.refers_to == b.i or mb is not None and mb.refers_to == a.i:
        return True
    if a.pos_ == "PROPN" and b.pos_ == "PROPN":
        return a.lower_ == b.lower_  # the same (last) name
    if a.pos_ == "NOUN" and b.pos_ == "NOUN" and a.tag_ == b.tag_ == "NN":
        # 'his wife' and 'his wife': a possessed or definite singular, the same noun
        return a.lemma_.lower() == b.lemma_.lower() and any(c.dep_ == "poss" for c in a.children) \
            and any(c.dep_ == "poss" for c in b.children)
    return False
