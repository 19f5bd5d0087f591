"""Casualty tallies told without a clause: a headline's '4 shot, 1 fatally', 'Two dead, three hurt', 'One
killed, five shot', 'Teen struck by stray bullet', 'Child in critical condition after shooting'.

A headline drops its auxiliaries and often its verbs, and the parser reads such telegraphic text badly ('shot'
as a noun, 'Four' as the root, 'Teen struck' as an active verb). A tally is read token by token instead: a
word of knowledge/tally_words.tsv and, just before it, who it tells of — a number, an age standing for one
person ('6-year-old'), or a person noun ('Teen', 'two young sons'); groups listed with commas add up
('2 men, 3 women shot'). What the words mean together, as reporters write them:

- the dead are among those hit: '4 shot, 1 killed' is one dead and three hurt, and so is 'one killed, four
  shot' — unless the hit are told as others ('a boy killed, 6 others shot');
- the hurt are apart from the dead: '2 dead, 3 hurt' is five victims.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..knowledge import Knowledge
from . import howmany

# Words that tell of the hit counted with them as others than those told before: '6 others shot'.
OTHERS = {"others", "other", "more"}
FATAL_WORDS = {"fatal", "deadly", "fatally"}  # '4 shot in fatal shooting': one dead at the least
TALLY_VERBS = {"shot", "killed", "struck", "wounded", "injured", "stabbed"}  # (verbs that take an object)
# Vague counts, as their lower bound (howmany.VAGUE): 'several wounded', 'multiple shot'.
VAGUE_COUNTS = {**howmany.VAGUE, "multiple": 2}
CONDITION_WORDS = {"critical", "serious", "stable", "grave", "fair", "guarded"}
# Words between a count and its tally word that keep them together: 'accidentally shot', 'two young sons'.
SKIPPED_TAGS = {"RB", "JJ", "VBG"}
# At most this many words between the count and the tally word it belongs to.
REACH = 5


@dataclass(frozen=True)
class TallyLexicon:
    """What a tally is read with: its words (knowledge/tally_words.tsv), the nouns that count people (with the
    sector role nouns: 'officer', 'gunman'), and the general ones alone (person_nouns.tsv), which a list of
    groups must name ('Father, two daughters shot', but not 'near school, 1 killed')."""

    words: dict[str, str]
    people: frozenset[str]
    general: frozenset[str]

    @classmethod
    def of(cls, knowledge: Knowledge) -> TallyLexicon:
        return cls(knowledge.tally_words, howmany.person_words(knowledge), knowledge.person_nouns)

    def is_person(self, t: Token) -> bool:
        return howmany.is_person_noun(t.lower_, self.people)


@dataclass(frozen=True)
class TallyItem:
    count: int
    role: str  # hit, killed, hurt (knowledge/tally_words.tsv)
    count_tok: Token  # the number, age or person noun that counts
    word: Token  # the tally word
    others: bool  # told as others than those before ('6 others shot')


@dataclass(frozen=True)
class Tally:
    killed: int
    hurt: int
    items: tuple[TallyItem, ...]

    @property
    def trigger(self) -> Token:
        """The word that tells of harm: the first of the hit, else of the dead, else of the hurt."""
        for role in ("hit", "killed", "hurt"):
            for item in self.items:
                if item.role == role:
                    return item.word
        return self.items[0].word


def read_tally(span: Doc | Span, lex: TallyLexicon) -> Tally | None:
    """The tally a telegraphic text tells, if any."""
    items: list[TallyItem] = []
    for t in span:
        if t.lower_ in howmany.MULTIPLES and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() in (
                "shooting", "stabbing"):
            items.append(TallyItem(howmany.MULTIPLES[t.lower_], "hit", t, t.doc[t.i + 1], False))
            continue  # 'double shooting': two hit
        role = _role(t, lex.words)
        if role is None:
            continue
        victim = _object(t, lex)
        # 'Man shot his wife', 'shooting that killed a teen', 'Wounded officer honoured': the person after the
        # word is who was hit (an object, or the noun the word modifies), not the one before; 'shooting
        # deaths' and 'claims two lives' count themselves
        counted = _self_counted(t) or (_counted(t, lex, items) if victim is None else (
            *_person_count(victim, lex), False))
        if counted is None:
            continue
        count, count_tok, others = counted
        if any(i.count_tok.i == count_tok.i and i.role == role for i in items):
            continue  # ('1 in critical condition, 1 critical': one count)
        items.append(TallyItem(count, role, count_tok, t, others))
    if len(items) > 1:
        # 'wounded patron' beside '5 hurt': a victim named by a modifier is one of those the tally counts
        items = [i for i in items if not _modifier(i)] or items
    if not items:
        return None
    killed, hurt = _totals(items)
    if not killed and any(t.lower_ in FATAL_WORDS for t in span):
        # '4 shot in fatal shooting': one of them died, at the least; '2 wounded in deadly shooting': one more
        killed = 1
        if any(i.role == "hit" for i in items):
            hurt = max(0, hurt - 1)
    return Tally(killed, hurt, tuple(items))


def _death_noun(t: Token) -> bool:
    """'shooting death', 'two stabbing deaths'."""
    return t.lemma_.lower() == "death" and t.i >= 1 and t.doc[t.i - 1].lower_ in ("shooting", "stabbing")


def _lives_taken(t: Token) -> bool:
    """'claims life', 'claimed two lives', 'takes the life'."""
    if t.lower_ not in ("life", "lives"):
        return False
    before = [w for w in t.doc[max(0, t.i - 3):t.i] if not (w.like_num or w.pos_ == "DET")]
    return bool(before) and before[-1].lemma_.lower() in ("claim", "take")


def _self_counted(t: Token) -> tuple[int, Token, bool] | None:
    """The count a death noun carries: 'shooting death' 1, 'two shooting deaths' 2, 'claims three lives' 3."""
    if not (_death_noun(t) or _lives_taken(t)):
        return None
    first = t.doc[t.i - 1] if _death_noun(t) else t
    number = next((_number(w) for w in t.doc[max(0, first.i - 2):first.i] if _number(w) is not None), None)
    if number is not None:
        return number, t, False
    return (2 if t.tag_ in ("NNS", "NNPS") else 1), t, False


def _modifier(item: TallyItem) -> bool:
    """A tally word used as an adjective of the person it tells of ('as wounded patron', 'the slain teen',
    'Wounded officer honoured'), not a verb with its object ('shot, killed friend')."""
    word = item.word
    if item.count_tok.i != word.i + 1:
        return False
    before = word.doc[word.i - 1] if word.i >= 1 else None
    return before is None or before.pos_ in ("DET", "ADP", "SCONJ", "PRON") or before.lower_ == "as"


def _role(t: Token, words: dict[str, str]) -> str | None:
    lower = t.lower_
    if _death_noun(t) or _lives_taken(t):
        return "killed"  # 'accidental shooting death', 'Hunting accident claims life'
    if lower == "condition" and t.i >= 2 and t.doc[t.i - 1].lower_ in CONDITION_WORDS and \
            t.doc[t.i - 2].lower_ == "in":
        return "hurt"  # 'Teen in critical condition after shooting'
    if lower == "death" and t.i >= 2 and t.doc[t.i - 1].lower_ == "to" and words.get(t.doc[t.i - 2].lower_):
        return "killed"  # 'Father, two daughters shot to death'
    role = words.get(lower)
    if role is not None and t.i >= 1 and t.doc[t.i - 1].lower_ == "in" and lower in CONDITION_WORDS:
        return None  # (the condition is read on its noun)
    return role


def _object(t: Token, lex: TallyLexicon) -> Token | None:
    """The person a tally word tells of after it: the object of an active verb ('Man shot his wife', 'shooting
    that killed a teen', 'shot, killed friend') or the noun it modifies ('wounded officer')."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if t.tag_ == "VBD" and obj is not None and obj.pos_ in ("NOUN", "PROPN") and \
            lex.is_person(obj) and 0 < obj.i - t.i <= 6 and \
            not any(w.is_punct for w in t.doc[t.i + 1:obj.i]):
        return obj  # (not across a colon: 'girl fatally shot near X: "Too many kids ..."')
    doc = t.doc
    after = doc[t.i + 1:t.i + 5]
    if len(after) >= 1 and after[0].pos_ in ("NOUN", "PROPN") and lex.is_person(after[0]):
        return after[0]  # 'killed friend', 'wounded officer'
    if len(after) >= 2 and after[0].text in (",", "and") and after[1].lower_ in TALLY_VERBS:
        return _object(after[1], lex)  # 'Girl accidentally shot, killed another teen': the teen
    if len(after) == 0 or after[0].lower_ not in ("his", "her", "their", "a", "an", "the", "two", "three",
                                                  "another", "best"):
        return None
    return next((w for w in after[1:] if w.pos_ in ("NOUN", "PROPN") and
                 lex.is_person(w)), None)


def _counted(word: Token, lex: TallyLexicon, items: list[TallyItem]) -> tuple[int, Token, bool] | None:
    """Who the tally word tells of, looking back: (how many, the counting token, told as others)."""
    doc = word.doc
    start = word.i - 1
    if word.lower_ == "condition":
        start = word.i - 3  # before 'in critical condition'
    elif word.lower_ == "death":
        start = word.i - 2  # 'shot to death': the count of 'shot'
    others = False
    for j in range(start, max(-1, word.i - REACH - 3), -1):
        t = doc[j]
        lower = t.lower_
        earlier = next((i for i in items if i.word.i == j), None)
        if earlier is not None:
            return earlier.count, earlier.count_tok, earlier.others  # 'two shot dead', 'Man shot, killed'
        if lower in OTHERS:
            others = True
            continue
        if lower == "of" and j + 1 < word.i and doc[j + 1].like_num or (
                t.like_num and j >= 1 and doc[j - 1].lower_ == "of"):
            continue  # 'Father of 3 fatally shot': the father
        if t.text in (",", "and") or _age_between_commas(t):
            continue  # 'Ohio boy, 6, dies': the age between commas; 'shot and killed'; 'Man shot, killed'
        number = _number(t)
        if number is not None:
            return _with_listed(number, t, lex), t, others
        if _is_age(t):
            return 1, t, others  # '6-year-old shot by brother'
        if (t.pos_ in ("NOUN", "PROPN") or t.is_title) and lex.is_person(t):
            count, count_tok = _person_count(t, lex)  # ('Boy' is read as an interjection)
            return count, count_tok, others
        if t.tag_ in SKIPPED_TAGS or lower in lex.words:
            continue
        return None
    return None


def _number(t: Token) -> int | None:
    """A count: '4', 'Four', 'two', 'several' — not a year, a time, an address, an age ('16-year-old', 'girl,
    16,') or what a noun has ('Father of 3')."""
    if t.lower_ in VAGUE_COUNTS:
        return VAGUE_COUNTS[t.lower_]
    if not (t.like_num or t.lower_ in howmany.UNITS):
        return None
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    after = doc[t.i + 2] if t.i + 2 < len(doc) else None
    if nxt is not None and (nxt.lemma_.lower() in howmany.AGE_UNITS or nxt.text in (":", "-") and after is not None
                            and after.lemma_.lower() in howmany.AGE_UNITS | {"00", "30"}):
        return None
    prev = doc[t.i - 1] if t.i >= 1 else None
    if prev is not None and prev.lower_ in ("$", "#", "no.", "of"):
        return None
    if _age_between_commas(t):
        return None
    value = howmany.parse_number(t.text)
    return value if value is not None and 0 < value < 1000 else None


def _age_between_commas(t: Token) -> bool:
    """'Girl, 16, dies', 'John Smith, 32, killed': an age after a person, set off by commas."""
    doc = t.doc
    return 2 <= t.i < len(doc) - 1 and doc[t.i - 1].text == "," and doc[t.i + 1].text == "," and \
        (doc[t.i - 2].pos_ in ("NOUN", "PROPN") or doc[t.i - 2].is_title)  # ('Boy' is read as an interjection)


def _is_age(t: Token) -> bool:
    """'6-year-old', 'year-old' (after 'Sixteen'), '15-month-old'."""
    lower = t.lower_
    return lower.endswith(("-year-old", "-month-old")) or (
        lower == "old" and t.i >= 2 and t.doc[t.i - 2].lemma_.lower() in howmany.AGE_UNITS)


def _person_count(noun: Token, lex: TallyLexicon) -> tuple[int, Token]:
    """'Teen' 1, 'two young sons' 2 (counted by 'two'), 'Four Mattawa teens' 4, 'sons' 2 at the least; an age
    before the noun is one person."""
    doc = noun.doc
    for j in range(noun.i - 1, max(-1, noun.i - 4), -1):
        t = doc[j]
        if _is_age(t) or t.lower_ in ("year", "years", "-"):
            return 1, noun
        number = _number(t)
        if number is not None:
            return _with_listed(number, t, lex), t
        if t.tag_ not in SKIPPED_TAGS and t.pos_ not in ("ADJ", "DET", "PRON", "PROPN"):
            break
    plural = noun.tag_ in ("NNS", "NNPS") and noun.lower_ != "people"
    return _with_listed(2 if plural else 1, noun, lex), noun


def _with_listed(count: int, first: Token, lex: TallyLexicon) -> int:
    """'2 men, 3 women shot', 'Father, two daughters shot': groups listed before the one that holds the tally
    word add up (a person noun without a number is one)."""
    doc = first.doc
    total = count
    j = first.i - 1
    while j >= 1 and doc[j].text in (",", "and"):
        noun = doc[j - 1]
        value = _number(doc[j - 2]) if j >= 2 else None
        people = lex.people if value is not None else lex.general
        if not (noun.pos_ in ("NOUN", "PROPN") and howmany.is_person_noun(noun.lower_, people)):
            break
        if value is None and noun.tag_ in ("NNS", "NNPS"):
            break  # ('Parents, two children': how many parents is not said)
        total += value or 1
        j -= 3 if value is not None else 2
    return total


def _totals(items: list[TallyItem]) -> tuple[int, int]:
    """(killed, hurt). The dead told on the count of the hit are among them ('Man shot, killed', 'two shot
    dead'), and so are dead counted by number beside hit counted by number ('4 shot, 1 killed'); dead and
    hit told of as different people are apart ('Officer shot, suspect killed'), and so are the hurt."""
    seen: dict[tuple[int, str], TallyItem] = {}
    for item in items:
        seen.setdefault((item.count_tok.i, item.role), item)
    killed_items = [i for i in seen.values() if i.role == "killed"]
    hit_items = [i for i in seen.values() if i.role == "hit"]
    killed = sum(i.count for i in killed_items)
    hurt = sum(i.count for i in seen.values() if i.role == "hurt")
    alive = 0  # of those hit
    for hit in hit_items:
        alive += max(0, hit.count - sum(k.count for k in killed_items if k.count_tok.i == hit.count_tok.i))
    if any(h.count_tok.lower_ in howmany.MULTIPLES for h in hit_items):
        return killed, max(hurt, sum(h.count for h in hit_items) - killed)  # 'Teen dead after double shooting'
    hit_tokens = {h.count_tok.i for h in hit_items}
    by_number = sum(k.count for k in killed_items if k.count_tok.i not in hit_tokens and _is_number(k.count_tok))
    grouped = sum(h.count for h in hit_items if _is_number(h.count_tok) and not h.others)
    alive -= min(by_number, grouped)
    return killed, max(hurt, alive)


def _is_number(t: Token) -> bool:
    return t.like_num or t.lower_ in howmany.UNITS
