"""Dependency-parse helpers shared by the extraction stages."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

VERB_TAGS = ("VERB",)
NOUN_TAGS = ("NOUN", "PROPN")
NEIGHBOUR_DEPS = {"prt", "prep", "dobj", "dative", "attr", "acomp", "oprd", "advmod", "compound", "amod",
                  "nmod", "npadvmod", "xcomp", "ccomp", "nsubjpass", "pobj", "agent", "conj"}
TARGET_PREPS = ("on", "against", "at", "upon", "with", "to", "into", "toward", "towards", "for")
NAMED_ENTITY_TYPES = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "TIME", "WORK_OF_ART", "LAW",
                      "EVENT", "PRODUCT", "LANGUAGE"}
PLACE_NOUNS = {"town", "city", "village", "stronghold", "base", "territory", "area", "district", "region",
               "airport", "port", "province", "capital", "position", "outpost", "hill", "border", "zone",
               "neighborhood", "neighbourhood", "camp", "garrison", "road", "highway", "bridge", "island"}
STATEMENT_ROOTS = {"01"}
# Roots reported as happenings: a sentence may tell of them without naming who did them.
VIOLENT_ROOTS = {"18", "19", "20"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "may", "might"}
# Verbs whose object is not the one who does what their purpose clause says.
SUBJECT_PURPOSE_VERBS = {"summon", "convene", "use", "call", "meet", "visit", "host", "receive", "telephone", "phone",
                         "invoke", "cite"}
# Verbs of being brought to hospital ('was rushed to a hospital').
TAKEN_LEMMAS = {"take", "rush", "transport", "airlift", "fly", "carry", "bring", "drive"}
PEOPLE_QUANTIFIERS = {"hundred", "thousand", "dozen", "score", "supporter", "member", "crowd", "group"}


def neighbours(tok: Token) -> set[str]:
    """Lemmas hanging off tok that lexicon patterns may require, plus PLACE and XCOMP markers."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ not in NEIGHBOUR_DEPS:
            continue
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        if c.dep_ == "dobj":
            # 'provided photographs and intelligence', 'suspended part of an aid programme': the things
            # named beside the object, or inside a share of it, are objects too
            for other in objects_behind(c):
                out.add(other.lemma_.lower())
                out.update(g.lemma_.lower() for g in other.children if g.dep_ in ("compound", "amod", "nmod"))
        if c.dep_ in ("prep", "agent", "dobj", "oprd", "acomp", "attr"):
            for g in c.children:
                if g.dep_ in ("pobj", "compound", "amod", "nmod", "prep", "prt", "dobj"):
                    out.add(g.lemma_.lower())
                    if g.dep_ == "prep":
                        out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
        if c.dep_ == "dobj" and any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in PLACE_NOUNS
                                    for o in (c, *objects_behind(c))):
            out.add("PLACE")  # ('captured part of a rebel stronghold')
        if c.dep_ in ("xcomp", "ccomp"):
            out.add("XCOMP")
    return out


# Heads that name a share of what follows 'of' ('part of the programme', 'most of its troops').
SHARE_HEADS = {"part", "portion", "half", "most", "some", "rest", "bulk", "all", "much", "share", "remainder"}


def objects_behind(obj: Token) -> list[Token]:
    """The conjuncts of an object and, for a share ('part of X'), the X it is a share of."""
    out = [c for c in obj.conjuncts if c.i != obj.i]
    if obj.lemma_.lower() in SHARE_HEADS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            out.append(pobj)
    return out


def is_future(tok: Token) -> bool:
    """'will deploy', 'is going to deploy', and 'would deploy' in reported speech ('said it would ...')."""
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or (c.lower_ == "would" and tok.dep_ == "ccomp")):
            return True
    return tok.dep_ == "xcomp" and tok.head.lower_ == "going" and any(
        c.dep_ == "aux" for c in tok.head.children)


def is_negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    # 'did not order strikes': the light verb governing a nominal trigger carries the negation
    if tok.pos_ in NOUN_TAGS and tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) and tok.pos_ in NOUN_TAGS


def is_hypothetical(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children):
            return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def based_at(doc, end: int) -> bool:
    """True when the name ending at token `end` is an organisation's seat: 'a UK-based group'."""
    rest = doc[end:end + 2]
    return len(rest) == 2 and rest[0].text in ("-", "–") and rest[1].lower_ == "based"


RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}


def antecedent(tok: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ('Escobar Silva, who was assassinated'); other tokens as they are."""
    if tok is not None and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def prep_object(tok: Token, preps: tuple[str, ...] = TARGET_PREPS,
                accept: Callable[[Token | None], bool] | None = None) -> Token | None:
    """The object of the first of `preps` hanging off tok that can be a participant (not a date), or that
    `accept` takes."""
    accept = accept or is_actorlike
    for p in preps:
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == p:  # 'provide support to Israel' parses 'to' as dative
                pobj = actor_head(child(c, "pobj"))
                if accept(pobj):
                    return pobj
    return None


def actor_head(tok: Token | None) -> Token | None:
    """'Syrian President Bashar Assad Tuesday' parsed with 'Tuesday' as head: the name before the date."""
    if tok is not None and (tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in DATE_WORDS):
        names = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ not in ("DATE", "TIME")]
        if names:
            return names[-1]
    return tok


DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "week", "month", "year", "day", "night", "morning", "evening",
              "afternoon", "weekend", "time", "hour", "last", "moment", "principle"}


def is_actorlike(tok: Token | None) -> bool:
    """False for dates, times, numbers and other words that cannot be an event's participant."""
    if tok is None:
        return False
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
        return False
    return tok.lemma_.lower() not in DATE_WORDS and not (tok.like_num and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def deep_prep_object(tok: Token, preps: tuple[str, ...] = ("on", "against", "upon", "to", "for")) -> Token | None:
    """'laid the blame for the attack on Iran': the first 'on'/'against' object below tok."""
    for p in preps:
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ == p:
                pobj = child(t, "pobj")
                if is_actorlike(pobj):
                    return pobj
    return None


def verb_forms(tok: Token) -> list[str]:
    """The lemma, then guesses from the surface form where the lemmatizer slips on a form that
    knowledge/lemmas.tsv does not correct at parse time."""
    lemma, word = tok.lemma_.lower(), tok.lower_
    forms = [lemma, word]
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("es", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    return list(dict.fromkeys(forms))
