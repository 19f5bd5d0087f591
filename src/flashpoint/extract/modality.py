"""How sure the text is that each event happened: asserted, planned, threatened, hypothetical, claimed, negated.

Two passes. When a draft is made, the grammar of its clause gives the first reading (`clause_modality`:
a negation, a future auxiliary, an 'if' clause). After the events are composed, the stage below reads the
cue words of `knowledge/modality.tsv` around each event — auxiliaries ('may strike'), adverbs ('reportedly
killed'), adjectives on a nominal trigger ('the alleged attack'), the verb whose complement the event is
('threatened to strike', 'plans to deploy') and raising verbs ('are said to have died') — and keeps the
strongest reading. An event the text knows only from someone's words keeps that speaker in `claimed_by`
(set when the draft is made, from the quote it stands in).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import registry
from .state import DocState, EventDraft
from .syntax import NOUN_TAGS, VERB_TAGS, is_future, is_hypothetical, is_negated

# A stronger reading replaces a weaker one: a negated plan is negated, a claimed plan is planned.
STRENGTH = {"asserted": 0, "claimed": 1, "planned": 2, "threatened": 3, "hypothetical": 4, "negated": 5}
# How much less sure an event is (subtracted from its confidence): a plan may not be carried out, a
# hedged report may be wrong, a conditional is only a possibility.
DOUBT = {"asserted": 0.0, "planned": 0.1, "threatened": 0.1, "claimed": 0.15, "hypothetical": 0.2, "negated": 0.3}
SPEAKER_DOUBT = 0.05  # known only from one speaker's words (claimed_by)


def doubt(modality: str, claimed_by: str | None) -> float:
    return DOUBT[modality] + (SPEAKER_DOUBT if claimed_by else 0.0)


def clause_modality(tok: Token, light: Token | None = None) -> str:
    """The grammar's reading of a trigger (and the light verb of a nominal one)."""
    if is_negated(tok) or (light is not None and is_negated(light)):
        return "negated"
    if is_future(tok) or (light is not None and is_future(light)):
        return "planned"
    if is_hypothetical(tok):
        return "hypothetical"
    return "asserted"


def clause_tokens(trigger: Token) -> list[Token]:
    """The trigger, and for a nominal trigger the verb it is the object or passive subject of."""
    out = [trigger]
    if trigger.pos_ in NOUN_TAGS and trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and trigger.head.pos_ in (
            *VERB_TAGS, "AUX"):
        out.append(trigger.head)
    if trigger.dep_ == "compound":  # 'an apparent suicide bombing' hangs 'apparent' on the head noun
        out.append(trigger.head)
    return out


def cues(trigger: Token, lexicon: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """(modality, 'position:cue') for every cue word around the trigger."""
    found: list[tuple[str, str]] = []

    def look(position: str, word: Token) -> bool:
        """Record the cue `word` gives at `position`; True if it gives one."""
        for key in (word.lower_, word.lemma_.lower()):
            modality = lexicon.get((position, key))
            if modality is not None:
                found.append((modality, f"{position}:{key}"))
                return True
        return False

    clause = clause_tokens(trigger)
    for tok in clause:
        for c in tok.children:
            if c.dep_ in ("aux", "auxpass"):
                look("aux", c)
            elif c.dep_ == "advmod":
                look("adverb", c)
            elif c.dep_ in ("amod", "acl") and tok.pos_ in NOUN_TAGS:
                look("modifier", c)
    verb = clause[-1]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # 'threatened to strike and (to) seize': both complements of 'threatened'
    if verb.dep_ in ("xcomp", "ccomp"):
        governor = verb.head
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in governor.children)
        # 'are said to have died' is raising; 'is scheduled to meet' falls through to the governor
        if not (passive and look("raising", governor)):
            look("governor", governor)
    elif verb.dep_ == "acl" and verb.head.pos_ in NOUN_TAGS and is_infinitive(verb):
        look("noun", verb.head)  # 'permission to help Israel', 'the right to protest': not said to happen
    elif verb.dep_ == "advcl" and is_infinitive(verb):
        for obj in (o for o in verb.head.children if o.dep_ == "dobj"):
            look("noun", obj)  # 'gave permission to Russia to help Israel', the infinitive hung on the verb
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "for", "with"):
        # 'is suspected of planting'; 'accused the rebels of violating', 'blamed them for starting'
        if not look("raising", verb.head.head):
            look("governor", verb.head.head)
    # 'plans an offensive', 'threatened strikes'
    elif trigger.pos_ in NOUN_TAGS and trigger.dep_ == "dobj" and look("governor", trigger.head) and \
            found[-1][0] == "claimed":
        found.pop()  # 'claimed the attack' is a claim of responsibility: the attack happened
    return found


def is_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def strongest(current: str, readings: list[tuple[str, str]]) -> tuple[str, str | None]:
    """The strongest of the current reading and the cues', with the cue that gives it (if any does)."""
    best = max([current, *(m for m, _ in readings)], key=STRENGTH.__getitem__)
    return best, next((where for m, where in readings if m == best), None)


# A promise or a threat is made when it is spoken: its future ('will pay a price') is in its code.
SPEECH_ACT_ROOTS = ("03", "13")


def apply_cues(draft: EventDraft, lexicon: dict[tuple[str, str], str]) -> None:
    readings = cues(draft.trigger, lexicon)
    if draft.code.startswith(SPEECH_ACT_ROOTS):
        readings = [(m, where) for m, where in readings if not where.startswith("aux:")]
    modality, cue = strongest(draft.modality, readings)
    if cue is not None:
        draft.modality = modality
        draft.rule = f"{draft.rule}+modality:{cue}"  # provenance: which word made it so


@registry.stage("flashpoint.modality.v1", requires=("drafts",), assigns=("modality",))
def assign_modality(state: DocState) -> None:
    lexicon = state.knowledge.modality_cues
    for d in state.drafts:
        apply_cues(d, lexicon)
