"""Quantities: numbers in digits and words, hedges ('some 25', 'at least six'), vague plurals ('dozens').

A quantity is read from the noun phrase an event acts on ('killed some 25 fighters', 'deployed 750
soldiers'), never from the nearest number in the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Quantity

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague amounts, coded conservatively (as ACLED does): the lower bound of what the word means.
VAGUE = {"dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3,
         "a few": 2, "few": 2, "tens": 10, "millions": 1_000_000}
ARTICLES = {"a", "an"}
KILL_LEMMAS = {"kill", "slay", "murder", "massacre", "execute", "behead", "assassinate", "lynch", "gun"}
INJURE_LEMMAS = {"wound", "injure", "hurt", "maim"}
# Nouns naming a killing: their 'of' object is who died ('the killing of 12 judicial officials').
KILL_NOUNS = {"killing", "murder", "massacre", "execution", "assassination", "slaying", "homicide"}
# Attacks that harm the person they hit: a victim of one is injured unless the text says the victim died.
HARM_LEMMAS = {"shoot", "stab", "wound", "injure", "hurt", "maim", "beat", "slash", "graze"}
FATAL_ADVERBS = {"fatally", "mortally"}
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "himself", "herself"}
REFLEXIVES = {"himself", "herself"}
DEATH_NOUNS = {"death", "dead", "fatality", "casualty", "body", "life"}
AGE_UNITS = {"year", "month", "week", "day"}
# Nouns for a set number of people ('a couple and their two children' are four).
GROUP_SIZES = {"couple": 2, "pair": 2, "twins": 2, "triplets": 3}
# 'a quadruple shooting', 'a double homicide': how many people one attack hit.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}


def multiple(tok: Token) -> int | None:
    """4 for 'a quadruple shooting' (also spelled 'triple-shooting')."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in MULTIPLES:
            return MULTIPLES[c.lower_]
    return None


def parse_number(text: str) -> int | None:
    """'750' -> 750; '3,000' -> 3000; 'twenty-five' -> 25; '1.5 million' -> 1500000; 'dozens' -> 12."""
    s = text.lower().strip().replace(",", "")
    if not s:
        return None
    if s in VAGUE:
        return VAGUE[s]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|thousand|hundred)?", s)
    if m:
        value = float(m.group(1)) * (SCALES[m.group(2)] if m.group(2) else 1)
        return int(value)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


YEAR = re.compile(r"(19|20)\d\d")  # 'the 2016 homicides': a year, not a count (counts this big have commas)


def _total_of(tok: Token) -> Token | None:
    """'a total of five people' -> 'people'."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _in_name(num: Token) -> bool:
    """A number word capitalised inside a name ('Eight Trey Crips', 'Five Points'), not at a sentence start."""
    if not (num.text[:1].isupper() and num.is_alpha and not num.is_sent_start):
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return num.head.pos_ == "PROPN" or (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())


# How reporters write an age in short: '20 y/o', '14 yo', '16 yr old'.
SHORT_AGES = ("y/o", "yo", "yr", "yrs")


def _short_age(num: Token) -> bool:
    """A number written as an age in short: the '20' of '20 y/o'."""
    if not num.like_num or num.i + 1 >= len(num.doc):
        return False
    after = num.doc[num.i + 1:num.i + 4]
    return after[0].lower_ in SHORT_AGES or "".join(t.lower_ for t in after) == "y/o"


def count_of(tok: Token) -> int | None:
    """The number of people or things a noun phrase headed by tok denotes, if the text says."""
    if any(c.dep_ == "nummod" and (YEAR.fullmatch(c.text) or _in_name(c)) for c in tok.children):
        return None  # ('the 2016 homicides', 'an Eight Trey Crip')
    if any(c.dep_ in ("nummod", "compound", "nmod") and _short_age(c) for c in tok.children):
        return 1  # '20 y/o killed': one person aged 20
    if tok.lemma_.lower() == "total":  # 'a total of five people'
        counted = _total_of(tok)
        return count_of(counted) if counted is not None else None
    if tok.like_num or tok.pos_ == "NUM":
        words = [c.text for c in tok.children if c.dep_ in ("compound", "nummod") and c.i < tok.i]
        return parse_number(" ".join([*words, tok.text]))
    if tok.lower_ in VAGUE:
        return VAGUE[tok.lower_]
    for c in tok.children:
        if c.dep_ == "nummod" or (c.dep_ in ("amod", "quantmod") and c.like_num):
            words = [g.text for g in c.children if g.dep_ in ("compound", "nummod") and g.i < c.i]
            value = parse_number(" ".join([*words, c.text]))
            if value is not None:
                return value
    for c in tok.children:
        # 'two sheriff's deputies': the number the parser hung on a singular possessor counts the plural
        if c.dep_ == "poss" and c.tag_ == "NN" and tok.tag_ == "NNS":
            value = next((parse_number(g.text) for g in c.children if g.dep_ == "nummod"), None)
            if value is not None:
                return value
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in ARTICLES and tok.tag_ in ("NN", "NNP"):
            return 1
        if c.dep_ == "det" and c.lower_ in ("several", "dozens", "hundreds", "thousands"):
            return VAGUE[c.lower_]
    if tok.tag_ == "NN" and tok.pos_ == "NOUN" and any(c.dep_ == "poss" for c in tok.children):
        return 1
    return None


def unit_of(tok: Token) -> str | None:
    """'25 of the group's fighters' -> 'fighters'; '750 U.S. soldiers' -> 'soldiers'."""
    if tok.like_num or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj.text.lower()
        return None
    return tok.text.lower()


# Counted things that are never casualties: 'a fatal shooting at the 3600 block', 'fired 12 rounds'.
NOT_PEOPLE = {"block", "street", "avenue", "road", "lane", "drive", "boulevard", "mile", "hour", "foot", "yard",
              "round", "shot", "bullet", "time", "year", "day", "minute", "percent", "dollar", "shell", "casing"}


def quantity(tok: Token | None, role: str | None) -> Quantity | None:
    if tok is None or (role in ("killed", "injured") and tok.lemma_.lower() in NOT_PEOPLE):
        return None
    value = count_of(tok)
    if value is None:
        return None
    return Quantity(value=value, unit=unit_of(tok), role=role, text=tok.doc[tok.left_edge.i:tok.i + 1].text)


def one_killed(tok: Token | None) -> Quantity | None:
    """'the engineer was killed': one, for any singular noun with a determiner that is not known as people
    (`victims` counts those) — what is killed is living."""
    if tok is not None and tok.tag_ == "NN" and tok.pos_ == "NOUN" and \
            any(c.dep_ in ("det", "poss") for c in tok.children):
        return Quantity(value=1, unit=tok.lower_, role="killed", text=tok.doc[tok.left_edge.i:tok.i + 1].text)
    if tok is not None and is_name(tok):  # 'who was assassinated', said of 'Justo Pastor Escobar Silva'
        return Quantity(value=1, unit=None, role="killed", text=tok.doc[tok.left_edge.i:tok.i + 1].text)
    return None


def is_name(tok: Token) -> bool:
    """A singular proper name of several words without a determiner — also in lower-cased wire copy,
    where the tagger reads 'justo pastor escobar silva' as nouns."""
    if tok.tag_ not in ("NN", "NNP") or any(c.dep_ in ("det", "nummod") for c in tok.children):
        return False
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return bool(parts) and all(c.tag_ in ("NN", "NNP") and c.is_alpha for c in parts)


def victims(tok: Token | None, person_nouns: frozenset[str], *, listed: bool = True) -> Quantity | None:
    """How many people a victim phrase names: 'two men' 2, 'a 19-year-old man' 1, 'him' 1, 'Christian
    Dawson' 1, 'his daughter and her mother' 2 (the noun alone without `listed`). None when it is not people
    ('the car') or not said ('residents')."""
    if tok is None:
        return None
    if tok.lemma_.lower() == "total":  # 'a total of nine people'
        tok = _total_of(tok)
        if tok is None:
            return None
    total = _victims_one(tok, person_nouns)
    if total is None:
        return None
    if not listed:
        return Quantity(value=total, unit=unit_of(tok), role=None, text=tok.doc[tok.left_edge.i:tok.i + 1].text)
    # 'killed his two children and then himself', parsed with 'himself' on the verb
    reflexives = [c for c in tok.head.children if c.dep_ == "conj" and c.lower_ in REFLEXIVES and c.i > tok.i] \
        if tok.head.i != tok.i else []
    if tok.dep_ == "dobj":  # 'killed the mayor ..., as well as two peasants': a second object is more victims
        total += len(reflexives)
        for other in tok.head.children:
            # (also 'shooting a 2-year-old and a 16-year-old' with the second object hung on the verb)
            # (not 'left two men dead and a teenager injured': the second half is its own small clause)
            second = other.dep_ == "conj" and other.pos_ in ("NOUN", "PROPN", "ADJ") and \
                other.lower_ not in REFLEXIVES and tok.head.lemma_.lower() != "leave"
            if (other.dep_ == "dobj" or second) and other.i > tok.i:
                more = _victims_one(other, person_nouns)
                if more is None and other.dep_ == "conj":
                    continue  # 'shot a man and his car': the car is no victim
                if more is None:
                    return None
                total += more
    # ('him or another child': one of them, not both)
    listed = [] if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.children) else \
        [c for c in tok.children if c.dep_ == "conj"]
    if tok.tag_ == "NN":  # 'his wife, two young children and his mother-in-law', the list parsed as an apposition
        listed += [a for a in tok.children if a.dep_ == "appos" and a.tag_ == "NNS" and
                   any(g.dep_ == "nummod" for g in a.children) and any(g.dep_ == "conj" for g in a.children)]
    for c in listed:
        more = _victims_one(c, person_nouns)
        if more is None and tok.ent_type_ == "PERSON" and _full_name(c):
            more = 1  # 'Jessica Moreno and Makayla Jones', the second name taken for an organisation
        if more is None:
            return None  # 'a man and several others': the whole is not counted
        total += more
        for g in c.children:  # a third conjunct hangs off the second
            if g.dep_ == "conj":
                more = _victims_one(g, person_nouns)
                if more is None:
                    return None
                total += more
    left = tok.left_edge.i
    right = max([tok.i] + [c.right_edge.i for c in listed])
    if total and reflexives:
        right = max(right, max(c.i for c in tok.head.children if c.lower_ in REFLEXIVES))
    return Quantity(value=total, unit=unit_of(tok), role=None, text=tok.doc[left:right + 1].text)


def _full_name(tok: Token) -> bool:
    """A first and last name: two capitalised proper nouns and nothing else."""
    parts = [c for c in tok.children if c.dep_ == "compound"]
    return tok.pos_ == "PROPN" and len(parts) == 1 and parts[0].pos_ == "PROPN" and \
        tok.text.istitle() and parts[0].text.istitle() and len(list(tok.children)) == 1


def is_age(tok: Token) -> bool:
    """'15-year-old', '15-month-old': an age that stands for one person."""
    return tok.lower_ == "old" and any(c.lemma_.lower() in AGE_UNITS for c in tok.subtree)


def age_in_years(person: Token) -> float | None:
    """The age a phrase gives its person: 'a 9-year-old boy' 9, '23-year-old Charles McDonald' 23, 'the boy, 9,'
    9, 'a 15-month-old' 1.25, or None."""
    olds = [person] if is_age(person) else [c for c in person.children if c.dep_ == "amod" and is_age(c)]
    for old in olds:
        unit = next((c for c in old.subtree if c.lemma_.lower() in AGE_UNITS), None)
        number = next((c for c in unit.subtree if c.dep_ == "nummod"), None) if unit is not None else None
        value = parse_number(number.text) if number is not None else None
        if value is not None:
            return value / {"year": 1, "month": 12, "week": 52, "day": 365}[unit.lemma_.lower()]
    appos = next((c for c in person.children if c.dep_ == "appos" and c.like_num), None)
    value = parse_number(appos.text) if appos is not None else None
    return float(value) if value is not None and 0 < value < 110 else None


def victims_or_age(tok: Token | None, person_nouns: frozenset[str], *, listed: bool = True) -> Quantity | None:
    """`victims`, or one person for an age whose determiner the parser put elsewhere or a headline dropped
    ('Nine-year-old struck by gunshots')."""
    q = victims(tok, person_nouns, listed=listed)
    if q is None and tok is not None and is_age(tok):
        q = Quantity(value=1, unit=None, role=None, text=tok.doc[tok.left_edge.i:tok.i + 1].text)
    return q


def told_as_hurt(trigger: Token) -> bool:
    """'was shot and wounded', 'injured': the attack tells of its victim as one who lived."""
    return trigger.lemma_.lower() in INJURE_LEMMAS or any(
        c.dep_ == "conj" and c.lemma_.lower() in INJURE_LEMMAS for c in trigger.children)


def _victims_one(tok: Token, person_nouns: frozenset[str]) -> int | None:
    lower = tok.lower_
    if lower in SINGULAR_PRONOUNS or (lower == "another" and tok.pos_ in ("PRON", "DET", "NOUN") and
                                      tok.dep_ not in ("det", "amod")):
        return 1  # 'him', 'left another dead'
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return 1
    if is_age(tok):
        # 'a 15-year-old', 'the 23-year-old', 'a 15-month-old': an age standing for a person
        return 1 if any(c.dep_ in ("det", "poss") for c in tok.children) else None
    if tok.lower_ == "olds" and any(c.lemma_.lower() in AGE_UNITS for c in tok.subtree):
        # 'two 16-year-olds': the number before the age counts the people
        counts = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i - 3]
        return count_of(counts[0]) if counts else None
    name_parts = [c for c in tok.subtree if c.dep_ == "compound" and c.i < tok.i]
    if tok.pos_ in ("NOUN", "PROPN") and not is_person_noun(tok.lemma_, person_nouns) and (
            (tok.tag_ in ("NN", "NNP") and any(is_person_noun(c.lemma_, person_nouns) for c in name_parts)) or
            any(c.dep_ == "appos" and c.tag_ == "NN" and any(g.dep_ == "det" for g in c.children)
                for c in tok.children) or
            any(c.dep_ == "appos" and c.like_num and len(c.text) <= 2 for c in tok.children)):
        # a name the tagger did not know, shown by its title, apposition or age ('candidate senator luis
        # carlos galan', 'orlando gomez, a street vendor', 'pablo pelaez, 45,'): one person
        return 1
    if lower in GROUP_SIZES and any(c.dep_ in ("det", "poss") for c in tok.children):
        return GROUP_SIZES[lower]  # 'a couple'
    unit = unit_of(tok) if (tok.like_num or tok.pos_ == "NUM") else tok.lemma_.lower()
    if unit is None or not is_person_noun(unit, person_nouns):
        return None
    value = count_of(tok)
    if value is not None:
        return value
    if tok.tag_ == "NN" and any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return 1  # 'the woman', 'his son', '19-year-old man': one person
    if tok.tag_ in ("NN", "NNP") and not any(c.dep_ == "det" for c in tok.children) and \
            tok.dep_ not in ("compound", "amod") and (tok.i == tok.sent.start or tok.tag_ == "NN"):
        return 1  # a headline's 'Man killed in shooting', 'Teen shoots mom': one person, without an article
    return None


def person_words(k) -> frozenset[str]:
    """The nouns that count people: the general ones (person_nouns.tsv) and every sector role noun."""
    return k.person_nouns | frozenset(w for w, (_, kind) in k.agents.items() if kind in ("noun", "both"))


def is_person_noun(word: str, person_nouns: frozenset[str]) -> bool:
    word = word.lower()
    return word in person_nouns or word.rstrip("s") in person_nouns or (
        word.endswith("men") and word[:-3] + "man" in person_nouns) or word in ("children", "people")
