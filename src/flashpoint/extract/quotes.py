"""Direct quotes and their speakers.

A quote is the text between quote marks; a paragraph that opens a quote and does not close it
continues into the next paragraph when that opens with a quote mark. The speaker is the subject of the
speech verb that governs the quote ('..., said Esper', 'Trump wrote: ...', '..., he continued'); a quote
with no speech verb of its own continues the previous quote of the same speaker in the paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp import registry
from .actors import ActorResolver
from .state import DocState, Mention, QuoteSpan

SPEECH_VERBS = {"say", "tell", "tweet", "write", "add", "continue", "announce", "state", "warn", "note",
                "report", "insist", "explain", "declare", "claim", "argue", "reply", "acknowledge", "stress",
                "emphasize", "emphasise", "comment", "post", "assert", "conclude", "remark", "recall",
                "quip", "vow", "predict", "allege", "confirm", "deny", "admit", "ask", "urge", "suggest",
                "told", "proclaim", "boast", "concede", "lament", "complain"}
MIN_UNATTRIBUTED_WORDS = 8
OPEN_QUOTES = "\u201c\u00ab"
CLOSE_QUOTES = "\u201d\u00bb"


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of direct quotes, curly or straight."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in OPEN_QUOTES or c == '"':
            closer = CLOSE_QUOTES if c in OPEN_QUOTES else '"'
            j = i + 1
            while j < n and text[j] not in closer and not (c == '"' and text[j] in OPEN_QUOTES):
                if text.startswith("\n\n", j) or (text[j] == "\n" and j + 1 < n and text[j + 1] == "\n"):
                    # paragraph ends inside the quote: it continues if the next paragraph opens one
                    k = j
                    while k < n and text[k].isspace():
                        k += 1
                    if k < n and (text[k] in OPEN_QUOTES or text[k] == '"'):
                        spans.append((i + 1, j))
                        i = k
                        c = text[k]
                        j = k + 1
                        continue
                    break
                j += 1
            if j < n and text[j] in closer and j - i > 2:
                spans.append((i + 1, j))
                i = j + 1
                continue
            i = j if j > i else i + 1
            continue
        i += 1
    return spans


def _outside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return not any(s <= tok.idx < e for s, e in spans)


def _governing_speech_verb(sents: list[Span], start: int, end: int,
                           spans: list[tuple[int, int]]) -> Token | None:
    """The lowest speech verb outside the quotes whose subtree holds the quote (or which sits beside it)."""
    inside = [t for s in sents for t in s if start <= t.idx < end]
    best, best_depth = None, 10**6
    for s in sents:
        for t in s:
            if t.lemma_.lower() not in SPEECH_VERBS or t.pos_ not in ("VERB", "AUX") or not _outside(t, spans):
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") and _outside(c, spans) for c in t.children):
                continue
            covered = sum(1 for q in inside if t.left_edge.i <= q.i <= t.right_edge.i)
            if inside and covered == 0 and s.root.i != t.i:
                continue
            depth = len(list(t.ancestors))
            if depth < best_depth or (depth == best_depth and best is not None and t.i > best.i):
                best, best_depth = t, depth
    return best


def _colon_speech_verb(state: DocState, start: int, spans: list[tuple[int, int]]) -> Token | None:
    """'Trump wrote: "..."' — a speech verb in the sentence ending with a colon just before the quote."""
    before = state.text[max(0, start - 3):start]
    if ":" not in before:
        return None
    doc = state.doc
    toks = [t for t in doc if t.idx < start - 1]
    if not toks:
        return None
    sent = toks[-1].sent
    for t in sent:
        if t.lemma_.lower() in SPEECH_VERBS and _outside(t, spans) and t.idx < start:
            return t
    return None


def _speaker_of(verb: Token, resolver: ActorResolver, spans: list[tuple[int, int]]) -> Mention | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _outside(c, spans)), None)
    if subj is None:
        return None
    m = resolver.resolve(subj)
    if m is None:
        return None
    if not m.name:
        m.name = subj.doc[m.start:m.end].text if not m.person else m.name
    return m


@registry.stage("flashpoint.quotes.v1", requires=("mentions",), assigns=("quotes",))
def find_quotes(state: DocState) -> None:
    spans = find_quote_spans(state.text)
    resolver = ActorResolver(state)
    previous: QuoteSpan | None = None
    for start, end in spans:
        sents = sorted({t.sent for t in state.doc if start - 2 <= t.idx <= end + 1}, key=lambda s: s.start)
        if not sents:
            continue
        # the sentence that holds the closing mark, plus the one that opens it
        verb = _governing_speech_verb(sents, start, end, spans) or _colon_speech_verb(state, start, spans)
        quote = QuoteSpan(start, end, state.text[start:end].strip())
        if verb is not None:
            quote.speaker = _speaker_of(verb, resolver, spans)
            quote.cue = verb.text
        elif previous is not None and previous.speaker is not None and _same_paragraph_or_next(
                state.text, previous.end, start):
            quote.speaker, quote.cue = previous.speaker, previous.cue
        if quote.speaker is None and len(quote.text.split()) < MIN_UNATTRIBUTED_WORDS:
            continue  # scare quotes and slogans ('a strong linkage', 'Death to America') are not statements
        if previous is not None and _continues(state.text, previous, quote):
            previous.parts.append((start, end))
            previous.text = f"{previous.text} {quote.text}"
            previous.end = end
            continue
        quote.parts = [(start, end)]
        state.quotes.append(quote)
        previous = quote


def _continues(text: str, previous: QuoteSpan, quote: QuoteSpan) -> bool:
    """'"A," he said. "B."': one statement by one speaker, interrupted only by its attribution."""
    if previous.speaker is None or quote.speaker is None:
        return False
    same = (previous.speaker.name or previous.speaker.text) == (quote.speaker.name or quote.speaker.text)
    between = text[previous.end:quote.start]
    return same and len(between) < 200 and not re.search(r"\n\s*\n", between)


def _same_paragraph_or_next(text: str, prev_end: int, start: int) -> bool:
    between = text[prev_end:start]
    paragraphs = re.split(r"\n\s*\n", between)
    return len(paragraphs) <= 2 and len(between) < 400
