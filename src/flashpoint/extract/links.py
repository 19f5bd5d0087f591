"""Typed links between the events of one article: response, retaliation, cause.

A link needs a cue in the text (knowledge/link_cues.tsv): 'in response to X', 'Y was a retaliation for
X', 'X prompted Y', 'because of X'. Each side is an event found under that part of the parse. A definite
description of an event ('the airstrikes', 'the attack by the militia') refers back to the earlier event
it names, so that the link joins the events themselves, across sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..nlp import registry
from .state import DocState, EventDraft
from .syntax import NOUN_TAGS, child

MATERIAL_CONFLICT = {"14", "15", "17", "18", "19", "20"}
DEFINITE = {"the", "this", "that", "these", "those"}
CONTENT_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass
class LinkDraft:
    cause: EventDraft
    effect: EventDraft
    relation: str
    cue: Token


def compatible(a: EventDraft, b: EventDraft) -> bool:
    ra, rb = a.code[:2], b.code[:2]
    return ra == rb or (ra in MATERIAL_CONFLICT and rb in MATERIAL_CONFLICT)


def words_of(d: EventDraft) -> set[str]:
    """Content words naming an event's participants (and its own noun phrase)."""
    doc = d.trigger.doc
    out: set[str] = set()
    for m in (d.source, d.target):
        if m is not None and m.end > m.start:
            out |= {t.lemma_.lower() for t in doc[m.start:m.end] if t.pos_ in CONTENT_POS}
    if d.trigger.pos_ in NOUN_TAGS:
        out |= {t.lemma_.lower() for t in d.trigger.subtree if t.pos_ in CONTENT_POS and t.i != d.trigger.i}
    return out


class EventIndex:
    def __init__(self, state: DocState) -> None:
        self.state = state
        self.drafts = state.drafts
        self.kept = {id(d) for d in self.drafts}
        self.by_head: dict[int, list[EventDraft]] = {}
        for d in self.drafts:
            self.by_head.setdefault(d.trigger.i, []).append(d)
        for d in state.mentioned:  # mentions that only name an earlier event
            if d.trigger.i not in self.by_head:
                self.by_head[d.trigger.i] = [d]
        self.lemmas: dict[int, set[str]] = {id(d): {d.trigger.lemma_} for d in self.drafts}
        for i, survivor in state.aliases.items():
            while survivor.merged_into is not None:
                survivor = survivor.merged_into
            if id(survivor) in self.kept:
                self.by_head[i] = [survivor]  # 'the airstrikes' merged into 'which killed 25'
                self.lemmas[id(survivor)].add(state.doc[i].lemma_)

    def best(self, drafts: list[EventDraft]) -> EventDraft | None:
        """Of several drafts of one trigger (compound actors), the one with most resolved participants."""
        if not drafts:
            return None
        return max(drafts, key=lambda d: (id(d) in self.kept, bool(d.source and d.source.country),
                                          bool(d.target and d.target.country)))

    def under(self, tok: Token | None, exclude: set[int] = frozenset()) -> EventDraft | None:
        """The event nearest the top of tok's subtree."""
        if tok is None:
            return None
        found: list[tuple[int, EventDraft]] = []
        for t in tok.subtree:
            if t.i in exclude or t.i not in self.by_head:
                continue
            d = self.best(self.by_head[t.i])
            found.append((id(d) not in self.kept, _depth(t, tok), d))
        if not found:
            # a light verb governs the event noun: 'The airstrikes were ordered ...'
            for d in self.drafts:
                if d.trigger.head.i == tok.i and d.trigger.pos_ in NOUN_TAGS and d.trigger.i not in exclude:
                    found.append((id(d) not in self.kept, 1, d))
        return min(found, key=lambda x: x[:2])[2] if found else None

    def previous(self, sent) -> EventDraft | None:
        """The main event of the nearest earlier sentence that has one."""
        earlier = [d for d in self.drafts if d.trigger.sent.start < sent.start]
        if not earlier:
            return None
        last = max(d.trigger.sent.start for d in earlier)
        same = [d for d in earlier if d.trigger.sent.start == last]
        return min(same, key=lambda d: _depth(d.trigger, d.trigger.sent.root))

    def antecedent(self, d: EventDraft) -> EventDraft:
        """'the airstrikes', 'the attack by the militia': the earlier event a definite description names."""
        tok = d.trigger
        if tok.pos_ not in NOUN_TAGS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            return d
        mine = words_of(d)
        best, best_score = d, 0
        for other in self.drafts:
            if other.trigger.i >= tok.i or other.trigger.sent == tok.sent or not compatible(other, d):
                continue
            score = len(mine & words_of(other)) + 0.5 * (tok.lemma_ in self.lemmas.get(id(other), ()))
            if not mine and not score:
                score = 0.1  # 'the violence', 'the incident': the latest event of its kind
            if score > best_score or (score == best_score and score and other.trigger.i > best.trigger.i):
                best, best_score = other, score
        return best


def _depth(t: Token, top: Token) -> int:
    n = 0
    while t.i != top.i and t.head.i != t.i:
        t, n = t.head, n + 1
    return n


def evidence_span(cue: Token) -> tuple[int, int]:
    """Character span of the cue phrase: 'in response to', 'was a retaliation for', 'prompted'."""
    tokens = [cue]
    if cue.head.lower_ in ("in", "as") and cue.head.i < cue.i:
        tokens.append(cue.head)
    tokens += [c for c in cue.children if c.dep_ in ("prep", "dative") and c.i > cue.i][:1]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


def _cue_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            return child(c, "pobj", "pcomp")
    if any(c.lower_ in preps for c in tok.children):
        return child(tok, "pobj")  # 'because of X' parses X under 'because'
    return None


@registry.stage("flashpoint.links.v1", requires=("drafts",), assigns=("links",))
def find_links(state: DocState) -> None:
    index = EventIndex(state)
    cues = state.knowledge.link_cues
    links: list[LinkDraft] = []
    for tok in state.doc:
        for cue in cues.get(tok.lemma_.lower(), ()):
            cause_tok = _cue_object(tok, cue.preps) if cue.preps else child(tok, "nsubj")
            cause = index.under(cause_tok)
            if cause is None and cause_tok is None and cue.kind == "prep" and tok.head.lower_ == "in" and \
                    tok.head.i == tok.sent.start:
                cause = index.previous(tok.sent)  # 'In response, ...': to what the last sentence told
            effect = None
            exclude = {t.i for t in cause_tok.subtree} if cause_tok is not None else set()
            exclude |= {tok.i}
            if cue.kind == "prep" and tok.head.lower_ in ("in", "as", "of") or cue.kind == "prep" and \
                    tok.lower_ in ("because", "due"):
                governor = tok.head.head if tok.head.lower_ in ("in", "as") else tok.head
                effect = index.under(governor, exclude)
            elif cue.kind == "copula" and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
                effect = index.under(child(tok.head, "nsubj", "nsubjpass"), exclude)
            elif cue.kind == "verb" and tok.pos_ == "VERB":
                if cue.preps:  # 'X retaliated for Y': the subject's act, else the clause's event
                    effect = index.under(tok, exclude)
                else:
                    effect_tok = child(tok, "dobj") or child(tok, "xcomp", "ccomp")
                    effect = index.under(effect_tok, exclude)
            if cause is None or effect is None:
                continue
            cause, effect = index.antecedent(cause), index.antecedent(effect)
            if cause is effect or cause.trigger.i == effect.trigger.i or \
                    id(cause) not in index.kept or id(effect) not in index.kept:
                continue
            links.append(LinkDraft(cause, effect, cue.relation, tok))
    seen: set[tuple[int, int]] = set()
    state.links = []
    for link in links:
        key = (id(link.cause), id(link.effect))
        if key not in seen and (id(link.effect), id(link.cause)) not in seen:
            seen.add(key)
            state.links.append(link)
