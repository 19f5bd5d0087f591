"""Event triggers and their arguments, read from the dependency parse.

A trigger is a verb or noun whose lemma (with its particles, prepositions or objects) is in the event
lexicon (knowledge/events.tsv). Its source is the agent — the active subject, the passive 'by'-agent, the
possessor or 'by'-phrase of a nominal event, the subject of a light verb ('launched an attack'), the
subject a participle, relative clause or coordinated verb inherits — and its target the object or the
object of 'on', 'against', 'at'. Verbs that embed another event ('threatened to attack', 'agreed to
release') are coded as one event through knowledge/complements.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge import ARMED_AGENTS, TriggerEntry
from ..nlp import registry
from . import howmany
from .actors import ActorResolver, agent_of
from .state import DocState, EventDraft, Mention

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
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
PEOPLE_QUANTIFIERS = {"hundred", "thousand", "dozen", "score", "supporter", "member", "crowd", "group"}


def neighbours(tok: Token) -> set[str]:
    """Lemmas hanging off tok that lexicon patterns may require, plus PLACE and XCOMP markers."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ not in NEIGHBOUR_DEPS:
            continue
        out.add(c.lemma_.lower())
        out.add(c.lower_)
        if c.dep_ in ("prep", "agent", "dobj", "oprd", "acomp", "attr"):
            for g in c.children:
                if g.dep_ in ("pobj", "compound", "amod", "prep", "prt", "dobj"):
                    out.add(g.lemma_.lower())
                    if g.dep_ == "prep":
                        out.update(x.lemma_.lower() for x in g.children if x.dep_ == "pobj")
        if c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in PLACE_NOUNS):
            out.add("PLACE")
        if c.dep_ in ("xcomp", "ccomp"):
            out.add("XCOMP")
    return out


def is_future(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in tok.children) or any(
        c.dep_ == "aux" and c.lower_ == "going" for c in tok.head.children if tok.dep_ == "xcomp")


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


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def prep_object(tok: Token, preps: tuple[str, ...] = TARGET_PREPS) -> Token | None:
    for p in preps:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == p:
                pobj = child(c, "pobj")
                if pobj is not None:
                    return pobj
    return None


class EventFinder:
    def __init__(self, state: DocState) -> None:
        self.state = state
        self.k = state.knowledge
        self.resolver = ActorResolver(state)
        self.by_token: dict[int, EventDraft] = {}

    # -- triggers -----------------------------------------------------------------------------
    def entry_for(self, tok: Token) -> TriggerEntry | None:
        if tok.pos_ in VERB_TAGS:
            pos = "V"
        elif tok.pos_ in NOUN_TAGS:
            if tok.dep_ == "compound" or tok.ent_type_ in NAMED_ENTITY_TYPES:
                return None
            if self.state.hit_at(tok.i) is not None:
                return None
            pos = "N"
        else:
            return None
        entries = self.k.triggers.get((pos, tok.lemma_.lower())) or self.k.triggers.get((pos, tok.lower_))
        if not entries:
            return None
        near = neighbours(tok)
        entry = next((e for e in entries if set(e.extras) <= near), None)
        if entry is not None and pos == "V" and not entry.extras and self.light_use(tok, entry):
            return None
        return entry

    def light_use(self, verb: Token, entry: TriggerEntry) -> bool:
        """'execute attacks', 'fought a battle': the verb only carries an event noun of its own kind."""
        obj = child(verb, "dobj")
        if obj is None:
            return False
        noun = self.entry_for(obj)
        code = entry.code or entry.armed or ""
        return noun is not None and same_class(code, noun.code or noun.armed or "")

    def is_light(self, verb: Token, noun_entry: TriggerEntry | None) -> bool:
        if verb.lemma_.lower() in self.k.light_verbs:
            return True
        entries = self.k.triggers.get(("V", verb.lemma_.lower()))
        if not entries or noun_entry is None:
            return False
        code = entries[-1].code or entries[-1].armed or ""
        return same_class(code, noun_entry.code or noun_entry.armed or "")

    def speaker_at(self, tok: Token) -> Mention | None:
        quote = self.state.quote_at(tok.idx)
        return quote.speaker if quote is not None else None

    def resolve(self, tok: Token | None) -> Mention | None:
        if tok is None:
            return None
        draft = self.by_token.get(tok.i)
        if draft is not None and tok.pos_ in NOUN_TAGS:
            return draft.source  # 'the airstrikes, which killed 25': the strikes' author
        return self.resolver.resolve(tok, speaker=self.speaker_at(tok))

    # -- arguments --------------------------------------------------------------------------
    def inherited_subject(self, tok: Token, depth: int = 0) -> Token | None:
        if depth > 4:
            return None
        head = tok.head
        if tok.dep_ == "conj":
            subj = child(head, "nsubj") or (child(head, "agent") and child(child(head, "agent"), "pobj"))
            return subj or self.inherited_subject(head, depth + 1)
        if tok.dep_ in ("xcomp",):
            obj = child(head, "dobj")
            return obj or child(head, "nsubj") or self.inherited_subject(head, depth + 1)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            return child(head, "nsubj") or self.inherited_subject(head, depth + 1)
        if tok.dep_ == "relcl":
            return head
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            # 'supporters of a militia storming the embassy': the participle belongs to the people, not
            # to the group they support
            of = head.head if head.dep_ == "pobj" else None
            owner = of.head if of is not None and of.lower_ == "of" else None
            if owner is not None and (owner.lemma_.lower() in PEOPLE_QUANTIFIERS or
                                      agent_of(owner, self.k) == "CVL"):
                return owner
            return head
        if tok.dep_ == "pcomp":
            return child(tok, "nsubj")
        return None

    def verb_arguments(self, tok: Token) -> tuple[Token | None, Token | None]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN")
        agent = child(tok, "agent")
        agent_obj = child(agent, "pobj") if agent is not None else None
        if passive:
            source = agent_obj
            target = child(tok, "nsubjpass") or (tok.head if tok.dep_ == "acl" else None)
        else:
            source = child(tok, "nsubj") or self.inherited_subject(tok)
            target = child(tok, "dobj")
        if target is None and not passive:
            target = prep_object(tok)
        if target is not None and target.lower_ in ("you", "yourself", "it") and not passive:
            target = prep_object(tok) if target.dep_ == "dobj" else target
        return source, target

    def governing_verb(self, tok: Token) -> Token | None:
        """The verb a nominal trigger is the object of ('launched an attack', 'a state of emergency')."""
        t = tok
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUN_TAGS:
            t = t.head.head
        if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "prt") and t.head.head.pos_ == "VERB" and \
                t.head.lower_ in ("under", "into", "on"):
            return t.head.head  # 'came under attack', 'opened fire on'
        return None

    def noun_arguments(self, tok: Token, entry: TriggerEntry | None = None
                       ) -> tuple[Token | None, Token | None, Token | None]:
        """(source, target, light verb) of a nominal trigger."""
        source = child(tok, "poss")
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if source is None and by is not None:
            source = child(by, "pobj")
        if source is None:
            # 'Israeli airstrikes', 'KH attacks': a country or group name modifying the event noun
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod") and self.state.hit_at(c.i) is not None:
                    source = c
                    break
        target = prep_object(tok, ("on", "against", "at", "upon", "targeting", "with", "into"))
        verb = self.governing_verb(tok)
        if verb is not None and self.is_light(verb, entry):
            role = self.k.light_verbs.get(verb.lemma_.lower(), "agent")
            subj = child(verb, "nsubj") or self.inherited_subject(verb)
            if role == "patient":
                target = target or subj
            else:
                source = source or subj
                target = target or prep_object(verb, ("on", "against", "at", "upon", "with", "to"))
                if source is None and any(c.dep_ == "auxpass" for c in verb.children):
                    agent = child(verb, "agent")
                    source = child(agent, "pobj") if agent is not None else None
        elif verb is None and tok.dep_ in ("nsubj",):
            verb = None
        if target is None:
            for c in tok.children:
                if c.dep_ == "compound" and c.pos_ in NOUN_TAGS and self.state.hit_at(c.i) is None and \
                        agent_of(c, self.k):
                    target = c  # 'the embassy attack'
        return source, target, verb

    # -- drafts -----------------------------------------------------------------------------
    def draft(self, tok: Token, entry: TriggerEntry) -> EventDraft | None:
        if tok.pos_ in VERB_TAGS:
            source_tok, target_tok = self.verb_arguments(tok)
            light = None
            rule = "verb"
        else:
            source_tok, target_tok, light = self.noun_arguments(tok, entry)
            rule = "noun+light-verb" if light is not None else "noun"
        if target_tok is not None and target_tok.lemma_.lower() in entry.extras:
            target_tok = prep_object(tok) or deep_prep_object(target_tok)
        if target_tok is None and tok.pos_ in VERB_TAGS and entry.code and entry.code[:2] in ("02", "10", "13"):
            comp = child(tok, "ccomp", "xcomp")
            target_tok = child(comp, "nsubj") if comp is not None else None
        if entry.subject_is_target and tok.pos_ in VERB_TAGS:
            source_tok, target_tok = None, source_tok
        speaker = self.speaker_at(tok)
        source = self.resolve(source_tok)
        if source is None and source_tok is None and speaker is not None and tok.pos_ in VERB_TAGS and \
                tok.dep_ in ("ROOT", "ccomp", "conj") and not child(tok, "nsubjpass"):
            source = speaker  # an imperative or subjectless clause in a quote: the speaker's act
        target = self.resolve(target_tok)
        if target is not None and source is not None and target is source:
            target = None
        code = entry.code
        if entry.armed and source is not None and source.agent in ARMED_AGENTS:
            code = entry.armed
        future = is_future(tok) or (light is not None and is_future(light))
        if entry.future and future:
            code = entry.future
            future = False
            if source is None and speaker is not None:
                source = speaker  # 'Iran will be held responsible', said by the speaker: the speaker's threat
        if code is None:
            return None
        d = EventDraft(trigger=tok, entry=entry, code=code, rule=f"{rule}:{entry.pattern}",
                       source=source, target=target, acled_sub=entry.acled_sub,
                       source_tok=source_tok, target_tok=target_tok)
        if is_negated(tok) or (light is not None and is_negated(light)):
            d.modality = "negated"
        elif future:
            d.modality = "planned"
        elif is_hypothetical(tok):
            d.modality = "hypothetical"
        if speaker is not None:
            d.claimed_by = speaker.name or speaker.text
        self.add_counts(d, tok, target_tok)
        return d

    def add_counts(self, d: EventDraft, tok: Token, target_tok: Token | None) -> None:
        lemma = tok.lemma_.lower()
        words = neighbours(tok)
        if lemma in howmany.KILL_LEMMAS or (lemma == "shoot" and "dead" in words):
            q = howmany.quantity(target_tok, "killed")
            if q is None and target_tok is not None and target_tok.tag_ in ("NN", "NNP") and \
                    target_tok.pos_ in NOUN_TAGS:
                q = howmany.quantity(target_tok, "killed") or None
            if q:
                d.fatalities = q.value
                d.quantities.append(q)
        elif lemma in howmany.INJURE_LEMMAS:
            q = howmany.quantity(target_tok, "injured")
            if q:
                d.injured = q.value
                d.quantities.append(q)
        elif d.code.startswith(("15", "173")):
            role = "deployed" if d.code.startswith("15") else "arrested"
            obj = child(tok, "dobj") or child(tok, "nsubjpass") or (
                self.inherited_subject(tok) if tok.pos_ in VERB_TAGS else None)
            q = howmany.quantity(obj, role)
            if q:
                d.quantities.append(q)
        # 'an attack ... that resulted in the death of an American contractor'
        for c in tok.children:
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("result", "leave", "cause", "claim"):
                for g in c.subtree:
                    if g.lemma_.lower() in howmany.DEATH_NOUNS and g.pos_ == "NOUN":
                        of = prep_object(g, ("of",))
                        q = howmany.quantity(of, "killed") if of is not None else howmany.quantity(g, "killed")
                        if q and d.fatalities is None:
                            d.fatalities = q.value
                            d.quantities.append(q)

    # -- combination ---------------------------------------------------------------------------
    def drop_consumed_nouns(self) -> None:
        """'laid the blame on': 'blame' is part of the verb's pattern, not an event of its own."""
        for d in self.state.drafts:
            if d.entry is None or d.trigger.pos_ not in VERB_TAGS or not d.entry.extras:
                continue
            words = set(d.entry.extras)
            for c in d.trigger.children:
                if c.lemma_.lower() in words and c.i in self.by_token and c.i != d.trigger.i:
                    self.by_token[c.i].suppressed = True
    def combine_complements(self) -> None:
        """'threatened to attack' -> one 138 event; 'preparing to deploy' -> a planned deployment."""
        for d in list(self.state.drafts):
            tok = d.trigger
            if tok.dep_ not in ("xcomp", "ccomp") or d.suppressed:
                continue
            head = tok.head
            mode = self.k.complements.get(head.lemma_.lower())
            if mode is None:
                continue
            outer = self.by_token.get(head.i)
            if mode in ("plan", "attempt", "deny"):
                if d.source is None:
                    subj = child(head, "nsubj") or self.inherited_subject(head)
                    d.source = self.resolve(subj)
                if mode == "plan" and d.modality == "asserted":
                    d.modality = "planned"
                if mode == "deny":
                    d.modality = "negated"
                continue
            code = complement_code(mode, d.code)
            if code is None:
                continue
            if outer is None:
                subj = child(head, "nsubj") or self.inherited_subject(head)
                source = self.resolve(subj)
                outer = EventDraft(trigger=head, entry=None, code=code, rule=f"complement:{mode}",
                                   source=source, claimed_by=d.claimed_by)
                self.state.drafts.append(outer)
                self.by_token[head.i] = outer
            outer.code = code
            outer.rule = f"complement:{mode}+{d.rule}"
            outer.target = outer.target or d.target or self.resolve(child(head, "dobj"))
            if outer.target is d.source and d.target is not None:
                outer.target = d.target
            d.suppressed = True

    def merge_subordinate_violence(self) -> None:
        """'airstrikes, which killed 25' and 'attacked X, killing 16': the killing belongs to the attack."""
        for d in self.state.drafts:
            if d.suppressed or d.code[:2] not in VIOLENT_ROOTS:
                continue
            tok = d.trigger
            candidates = []
            if tok.dep_ in ("advcl", "conj", "relcl", "acl"):
                candidates.append(tok.head)
            if d.source_tok is not None:
                candidates.append(d.source_tok)
            for cand in candidates:
                parent = self.by_token.get(cand.i)
                if parent is None or parent is d or parent.suppressed or parent.code[:2] not in VIOLENT_ROOTS:
                    continue
                parent.fatalities = parent.fatalities if parent.fatalities is not None else d.fatalities
                parent.injured = parent.injured if parent.injured is not None else d.injured
                parent.quantities.extend(q for q in d.quantities if q not in parent.quantities)
                if parent.target is None or not parent.target.country:
                    parent.target = d.target or parent.target
                if parent.source is None:
                    parent.source = d.source
                d.suppressed = True
                d.merged_into = parent
                break


COMPLEMENT_CODES = {
    # mode -> [(prefix of the embedded event's code, resulting code)], first match wins, '' = any
    "threaten": [("18", "138"), ("19", "138"), ("20", "138"), ("17", "137"), ("16", "131"), ("", "130")],
    "intent": [("18", "138"), ("19", "138"), ("20", "138"), ("04", "036"), ("0841", "0353"), ("0871", "0356"),
               ("087", "0356"), ("08", "035"), ("06", "031"), ("07", "033"), ("057", "037"), ("", "030")],
    "refuse": [("04", "125"), ("0841", "1243"), ("08", "124"), ("", "120")],
    "appeal": [("0841", "0253"), ("087", "0256"), ("08", "025"), ("04", "026"), ("07", "023"), ("", "020")],
    "demand": [("0841", "1053"), ("087", "1056"), ("08", "105"), ("04", "106"), ("07", "103"), ("", "100")],
}


def same_class(a: str, b: str) -> bool:
    return bool(a and b) and (a[:2] == b[:2] or (a[:2] in VIOLENT_ROOTS and b[:2] in VIOLENT_ROOTS))


def deep_prep_object(tok: Token, preps: tuple[str, ...] = ("on", "against", "upon")) -> Token | None:
    """'laid the blame for the attack on Iran': the first 'on'/'against' object below tok."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in preps:
            pobj = child(t, "pobj")
            if pobj is not None:
                return pobj
    return None


def complement_code(mode: str, inner: str) -> str | None:
    for prefix, code in COMPLEMENT_CODES.get(mode, []):
        if inner.startswith(prefix):
            return code
    return None


def keep(d: EventDraft) -> bool:
    """Precision first: an event is kept only when the text states it and says who acted, or, for
    violence, when a verb reports it happening or casualties are given."""
    if d.suppressed or d.modality == "negated":
        return False
    if d.code[:2] in STATEMENT_ROOTS:
        return False
    has_source = d.source is not None and d.source.informative
    if has_source:
        return True
    if d.code[:2] in VIOLENT_ROOTS:
        if d.fatalities or d.injured:
            return True
        if d.trigger.pos_ in VERB_TAGS and (d.target is not None and d.target.informative or
                                            d.target_tok is not None):
            return True
        if d.trigger.pos_ in VERB_TAGS and d.code.startswith(("183", "195", "194")):
            return True  # 'a bomb exploded'
    return False


@registry.stage("flashpoint.events.v1", requires=("mentions", "quotes"), assigns=("drafts",))
def find_events(state: DocState) -> None:
    finder = EventFinder(state)
    # nominal triggers first, so that verbs can take a noun's author ('the airstrikes ... which killed')
    order = sorted(state.doc, key=lambda t: (t.pos_ not in NOUN_TAGS, t.i))
    for tok in order:
        entry = finder.entry_for(tok)
        if entry is None:
            continue
        d = finder.draft(tok, entry)
        if d is not None:
            state.drafts.append(d)
            finder.by_token[tok.i] = d
    state.drafts.sort(key=lambda d: d.trigger.i)
    finder.drop_consumed_nouns()
    finder.combine_complements()
    finder.merge_subordinate_violence()
    state.drafts = [d for d in state.drafts if keep(d)]
    state.drafts.sort(key=lambda d: d.trigger.i)
