"""Who says so: the sources that report events and quotes, named or anonymous, and through whom.

'AP reports', 'police said', 'according to state media', 'a U.S. official, speaking on condition of
anonymity, told AP ...': each becomes a source record attached to the events and quotes it supports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..nlp import registry
from .actors import ActorResolver
from .quotes import SPEECH_VERBS
from .state import DocState, EventDraft, Mention, QuoteSpan
from .syntax import child

ANONYMITY = re.compile(
    r"on condition of anonymity|declined to be (?:named|identified)|asked not to be (?:named|identified)|"
    r"speaking anonymously|requested anonymity|not authori[sz]ed to (?:speak|talk|comment)|"
    r"who did not want to be named|on the condition of anonymity", re.I)
UNNAMED_SOURCE_NOUNS = {"official", "source", "diplomat", "officer", "spokesman", "spokeswoman", "aide", "person",
                        "people", "witness", "resident", "analyst", "member", "insider", "investigator"}
MEDIA_AGENTS = {"MED"}


@dataclass
class StatementDraft:
    """Reported speech: 'X said (that) ...' — what X said, in the article's words."""

    speaker: Mention | None
    start: int
    end: int
    cue: str
    events: list[EventDraft] = field(default_factory=list)


@dataclass
class SourceDraft:
    mention: Mention | None
    text: str
    start: int
    end: int
    cue: str
    anonymous: bool
    via: Mention | None = None
    events: list[EventDraft] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)


def _anonymous(subj: Token, sentence_text: str) -> bool:
    if ANONYMITY.search(sentence_text):
        return True
    dets = {c.lower_ for c in subj.children if c.dep_ == "det"}
    return subj.lemma_.lower() in UNNAMED_SOURCE_NOUNS and subj.ent_type_ != "PERSON" and bool(
        dets & {"a", "an", "one", "two", "several", "some"} or (subj.tag_ == "NNS" and not dets))


def _is_media(m: Mention | None) -> bool:
    return m is not None and (m.agent in MEDIA_AGENTS or (m.code or "").endswith("MED"))


@registry.stage("flashpoint.sources.v1", requires=("drafts", "quotes"), assigns=("sources",))
def find_sources(state: DocState) -> None:
    resolver = ActorResolver(state)
    sources: list[SourceDraft] = []
    for tok in state.doc:
        lemma = tok.lemma_.lower()
        if lemma in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
            subj = child(tok, "nsubj") or _stranded_speaker(tok)
            if subj is None:
                continue
            clause = child(tok, "ccomp")
            supported = _span_of(tok, [clause])
            src = _source(state, resolver, subj, tok, tok.lemma_)
            # 'told AP', 'told reporters': through whom the statement reached the article
            listener = child(tok, "dative") or (child(tok, "dobj") if lemma == "tell" else None)
            if listener is not None:
                via = resolver.resolve(listener)
                if _is_media(via):
                    src.via = via
            _attach(state, src, supported, tok)
            if clause is not None:
                _statement(state, src, clause, tok)
            # 'AP reports' wrapped around another source's statement: the report came via AP
            outer = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
            if outer is not None and outer.lemma_.lower() in SPEECH_VERBS:
                outer_subj = resolver.resolve(child(outer, "nsubj"))
                if _is_media(outer_subj) and src.via is None:
                    src.via = outer_subj
            sources.append(src)
        elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            who = child(to, "pobj")
            if who is None:
                continue
            src = _source(state, resolver, who, tok, "according to")
            clause = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok.sent.root
            _attach(state, src, _span_of(clause, [clause], exclude=set(t.i for t in tok.subtree)), tok)
            sources.append(src)
    state.sources = [s for s in sources if s.events or s.quotes]


def _statement(state: DocState, src: SourceDraft, clause: Token, verb: Token) -> None:
    """An indirect quote: the reported clause, unless it is itself a direct quote."""
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge)
    if any(q.start < end and start < q.end for q in state.quotes):
        return
    words = [t for t in clause.subtree if not t.is_punct]
    if len(words) < 4:
        return
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None and mark.i == clause.left_edge.i:
        start = mark.idx + len(mark) + 1
    state.statements.append(StatementDraft(src.mention, start, end, verb.text,
                                           [d for d in src.events if start <= d.trigger.idx < end]))


def _stranded_speaker(verb: Token) -> Token | None:
    """'..., a U.S. official, speaking on condition of anonymity, told AP ...' when the parser hangs the
    official elsewhere: the nearest source-like noun before the verb in its sentence."""
    for t in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in UNNAMED_SOURCE_NOUNS or t.ent_type_ in (
                "PERSON", "ORG")) and t.dep_ in ("dobj", "appos", "nsubj", "attr", "npadvmod"):
            return t
        if t.lemma_.lower() in SPEECH_VERBS and t.i != verb.i:
            return None
    return None


def _span_of(tok: Token, roots: list[Token | None], exclude: set[int] | None = None) -> set[int]:
    out: set[int] = set()
    for r in roots:
        if r is not None:
            out |= {t.i for t in r.subtree}
    return out - (exclude or set())


def _source(state: DocState, resolver: ActorResolver, who: Token, cue: Token, cue_text: str) -> SourceDraft:
    m = resolver.resolve(who)
    start = who.left_edge.idx
    end = who.right_edge.idx + len(who.right_edge)
    # keep the description short: the noun phrase without its relative or participial clauses
    for c in who.children:
        if c.dep_ in ("relcl", "acl", "punct") and c.i > who.i:
            end = min(end, c.left_edge.idx)
    text = state.text[start:end].strip(" ,")
    return SourceDraft(mention=m, text=text, start=start, end=start + len(text), cue=cue_text,
                       anonymous=_anonymous(who, who.sent.text))


def _attach(state: DocState, src: SourceDraft, scope: set[int], cue: Token) -> None:
    for d in state.drafts:
        if d.trigger.i in scope and d.trigger.i != cue.i:
            src.events.append(d)
    for q in state.quotes:
        verb_governs = any(q.start <= t.idx < q.end for t in cue.sent) and q.cue == cue.text
        if verb_governs:
            src.quotes.append(q)
