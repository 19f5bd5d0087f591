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
from ..models import Quantity
from ..nlp import registry
from . import compose, howmany
from .actors import ActorResolver, agent_of
from .modality import clause_modality
from .state import DocState, EventDraft, Mention
from .syntax import (
    NAMED_ENTITY_TYPES,
    NOUN_TAGS,
    PEOPLE_QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SUBJECT_PURPOSE_VERBS,
    TAKEN_LEMMAS,
    VERB_TAGS,
    actor_head,
    antecedent,
    child,
    deep_prep_object,
    is_actorlike,
    is_future,
    is_hypothetical,
    neighbours,
    objects_behind,
    prep_object,
    verb_forms,
)

STATEMENT_NOUNS = {"statement", "declaration", "communique", "letter", "resolution", "message", "note",
                   "ultimatum", "appeal", "decree", "order"}
NOUN_TARGET_PREPS = ("on", "against", "at", "upon", "targeting", "with", "into", "to", "for", "between")
# Where the one an act is aimed at stands when the object is a thing ('give Tanzania a grant', 'offered its
# troops to Lebanon', 'demanded support from the assembly', 'welcomed Reagan's statement'): verb
# prepositions first, then prepositions inside the object phrase.
RECIPIENT_VERB_PREPS = ("to", "with", "for", "against", "on", "from")
RECIPIENT_OBJECT_PREPS = ("of", "by", "to", "for", "with", "against", "on", "from")
# CAMEO roots whose target is a recipient or addressee: statements, appeals, offers, consultations,
# cooperation, aid, yielding, investigation, demands, disapproval, rejection, threats, protest, sanctions.
RECIPIENT_ROOTS = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "16")
# Roots of deeds (protest, force posture, reduced relations, coercion, violence) whose 'on', 'against' or 'to'
# phrase is the one they were done to, not the one a reaction to them is aimed at.
DEED_ROOTS = ("14", "15", "16", "17", "18", "19", "20")
POLITY_NOUNS = {"republic", "state", "nation", "country", "kingdom", "emirate", "enclave", "province", "territory",
                "region", "capital", "city", "government"}
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}
# Harm done with a weapon, whatever the circumstance ('shot in a hunting accident').
ARMED_HARM = {"shoot", "stab", "gun"}
GUN_WORDS = {"gun", "hunting", "shooting", "firearm", "rifle", "shotgun", "handgun", "pistol", "weapon"}
# Nouns for the members of a named body: 'new EU members', 'NATO allies'.
MEMBER_NOUNS = {"member", "ally", "partner", "state", "nation", "country", "neighbour", "neighbor"}
# Light verbs used as states in the passive: 'Serb forces were engaged in ethnic cleansing'.
STATE_LIGHT_VERBS = {"engage", "involve"}
IMPLIED_POLICE = "implied: arrests are made by police"
# Verbs whose 'by' agent carries out the event noun they modify ('a strike called by unions', 'an attack
# carried out by militants'), beside the light verbs of knowledge/light_verbs.tsv (not 'an agreement forced
# on Qatar by Saudi Arabia': an agreement Saudi Arabia did not enter).
CARRY_OUT_VERBS = {"sign", "reach", "conclude", "broker", "negotiate", "agree", "approve", "sponsor", "back",
                   "claim", "carry", "perpetrate", "stage", "organize", "organise", "call", "lead", "hold",
                   # a weapon's: 'an explosive device emplaced by rebels', 'a bomb planted by the group'
                   "plant", "emplace", "place", "set", "detonate", "throw", "hurl", "drop", "fire", "drive"}
# People protesting: their damage and assaults are violent protest, CAMEO 145 ('rioters torched cars').
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "marcher"}
# Fighters (not police: a gunman who kills an officer commits an assault, not a battle).
COMBATANT_AGENTS = {"MIL", "REB", "INS", "SEP", "UAF"}
CIVIL_AGENTS = {"CVL", "CRM", "BUS", "LAB", "EDU", "MED", "HLH", "REL"}
NON_PARTICIPANT_PRONOUNS = {"it", "this", "that", "which", "what", "something", "anything", "nothing", "itself"}

class EventFinder:
    def __init__(self, state: DocState) -> None:
        self.state = state
        self.k = state.knowledge
        self.resolver = ActorResolver(state)
        self.by_token: dict[int, EventDraft] = {}
        # people nouns for counting victims: the general ones and every sector role noun
        self.person_nouns = howmany.person_words(self.k)

    # -- triggers -----------------------------------------------------------------------------
    def entry_for(self, tok: Token) -> TriggerEntry | None:
        if tok.pos_ in VERB_TAGS and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") \
                and ("N", tok.lower_) in self.k.triggers:
            pos = "N"  # 'killed in police firing': a gerund used as a noun
        elif tok.pos_ in VERB_TAGS:
            pos = "V"
        elif tok.pos_ in NOUN_TAGS:
            death_of = tok.dep_ == "compound" and tok.head.lemma_.lower() in ("death", "homicide") and \
                tok.lower_ in HARM_NOUNS  # 'an accidental shooting death': the shooting that killed
            if (tok.dep_ == "compound" and not death_of) or tok.ent_type_ in NAMED_ENTITY_TYPES:
                return None
            if self.state.hit_at(tok.i) is not None:
                return None
            pos = "N"
        else:
            return None
        forms = verb_forms(tok) if pos == "V" else [tok.lemma_.lower(), tok.lower_]
        near = neighbours(tok)
        entry = None
        for form in dict.fromkeys(forms):
            entries = self.k.triggers.get((pos, form), ())
            entry = next((e for e in entries if set(e.extras) <= near), None)
            if entry is not None:
                break
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
        return noun is not None and compose_same_class(code, noun.code or noun.armed or "")

    def light_role(self, verb: Token) -> str | None:
        return next((self.k.light_verbs[f] for f in verb_forms(verb) if f in self.k.light_verbs), None)

    def is_light(self, verb: Token, noun_entry: TriggerEntry | None) -> bool:
        if self.light_role(verb) is not None:
            return True
        if verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part"
                                                 for c in verb.children):
            return True  # 'took part in talks': the one taking part is an actor of the event
        entries = self.k.triggers.get(("V", verb.lemma_.lower()))
        if not entries or noun_entry is None:
            return False
        code = entries[-1].code or entries[-1].armed or ""
        return compose_same_class(code, noun_entry.code or noun_entry.armed or "")

    def speaker_at(self, tok: Token) -> Mention | None:
        quote = self.state.quote_at(tok.idx)
        return quote.speaker if quote is not None else None

    def resolve(self, tok: Token | None) -> Mention | None:
        if tok is None:
            return None
        draft = self.by_token.get(tok.i)
        if draft is not None and tok.pos_ in NOUN_TAGS:
            # 'the airstrikes, which killed 25': the strikes' author; 'Russian artillery' is an armed unit
            src = draft.source
            agent = agent_of(tok, self.k)
            if src is not None and src.agent is None and agent in ARMED_AGENTS:
                from dataclasses import replace

                src = replace(src, agent=agent, text=tok.doc[src.start:tok.i + 1].text, head=tok.i,
                              end=tok.i + 1)
            return src
        return self.resolver.resolve(tok, speaker=self.speaker_at(tok))

    # -- arguments --------------------------------------------------------------------------
    def inherited_subject(self, tok: Token, depth: int = 0) -> Token | None:
        if depth > 4:
            return None
        head = tok.head
        if tok.dep_ == "conj":
            if child(head, "nsubjpass") is not None and not any(c.dep_ == "auxpass" for c in tok.children) \
                    and tok.tag_ != "VBN":
                # 'was indicted by the court and will resign': the one indicted resigns, not the court
                return child(head, "nsubjpass")
            subj = child(head, "nsubj") or (child(head, "agent") and child(child(head, "agent"), "pobj"))
            return subj or self.inherited_subject(head, depth + 1)
        if tok.dep_ in ("xcomp",):
            # 'forced X to flee', 'sent troops to fight': the object does it; 'summoned the ambassador to
            # complain', 'used force to disperse them': the subject does
            obj = child(head, "dobj") if head.lemma_.lower() not in SUBJECT_PURPOSE_VERBS else None
            # 'X is believed to have killed ...', 'X was forced to flee': the raised passive subject of an
            # infinitive ('X was found shot' is the one shot, not the shooter)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            return obj or child(head, "nsubj") or (child(head, "nsubjpass") if infinitive else None) or \
                self.inherited_subject(head, depth + 1)
        if tok.dep_ == "advcl" and (tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in tok.children)):
            # 'attacked X, killing 16'; 'sent troops to investigate' (a purpose clause)
            return child(head, "nsubj") or self.inherited_subject(head, depth + 1)
        if tok.dep_ == "relcl":
            # 'a retaliation for the airstrikes, which killed 25': the parser may hang the clause on the
            # wrong noun; an event noun just before the relative pronoun is the antecedent
            for t in sorted((t for t in head.subtree if t.i < tok.i and t.i in self.by_token
                             and t.pos_ in NOUN_TAGS), key=lambda t: -t.i)[:1]:
                if tok.i - t.i <= 4:
                    return t
            return head
        if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and head.pos_ in NOUN_TAGS and head.dep_ == "ROOT" and \
                not any(c.dep_ == "agent" for c in tok.children):
            return head  # 'Palestinian youths resorted to ...' parsed with the noun as the root: its subject
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.lemma_.lower() in STATEMENT_NOUNS and \
                head.dep_ == "dobj":
            return child(head.head, "nsubj")  # 'issued a declaration demanding ...': the issuer demands
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
            subj = child(tok, "nsubj")
            prep, verb = head, head.head
            if subj is not None or prep.dep_ != "prep" or verb.pos_ not in VERB_TAGS or tok.tag_ != "VBG":
                return subj
            if self.light_role(verb) == "agent":
                # 'resorted to throwing stones', 'engaged in looting': the one who does what the gerund says
                # (not 'accused X of shelling': the accusation is the event; the shelling only its claim)
                return child(verb, "nsubj") or self.inherited_subject(verb, depth + 1)
            return None
        return None

    def verb_arguments(self, tok: Token) -> tuple[Token | None, Token | None]:
        # 'Man killed in Dayton shooting', 'Five people shot': a reduced passive of a verb that hurts people,
        # which the parser reads as an active verb with a subject (in a headline also as a past tense: 'Five
        # people shot in Wilmington, police say')
        reduced = child(tok, "nsubj") is not None and not any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children) and \
            tok.lemma_.lower() in howmany.HARM_LEMMAS | howmany.KILL_LEMMAS and (
                (tok.tag_ == "VBN" and tok.dep_ == "ROOT") or (
                    self.state.headline and tok.tag_ == "VBD" and tok.dep_ in ("ROOT", "ccomp", "conj")))
        if reduced and any(t.pos_ == "VERB" for t in child(tok, "nsubj").subtree):
            # 'Police investigating shooting that left 5 men injured': the 'subject' holds a clause of its
            # own, and the participle ends that clause; neither is its author or victim
            return None, None
        # 'The civilians imprisoned for X were released by Y', parsed with 'imprisoned' as the main verb and
        # 'were released' coordinated with it: the first verb is a participle on its 'subject'
        relative = tok.tag_ in ("VBD", "VBN") and child(tok, "nsubj") is not None and child(tok, "dobj") is None \
            and any(c.dep_ == "conj" and child(c, "auxpass") is not None and child(c, "nsubj", "nsubjpass") is None
                    for c in tok.children)
        reduced = reduced or relative
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN") or reduced
        agent = child(tok, "agent")
        agent_obj = child(agent, "pobj") if agent is not None else None
        if passive:
            source = agent_obj or self.armed_instrument(tok)
            target = child(tok, "nsubjpass") or (tok.head if tok.dep_ == "acl" else None) or \
                (child(tok, "nsubj") if reduced else None) or self.passive_clause_subject(tok) or (
                    # ('... were released by Putin': the passive shares the subject it is coordinated with)
                    child(tok.head, "nsubj", "nsubjpass") if tok.dep_ == "conj" and child(tok, "auxpass") is not None
                    and tok.head.pos_ in VERB_TAGS else None)
        else:
            source = child(tok, "nsubj") or self.inherited_subject(tok)
            if source is not None and source.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                source = self.inherited_subject(tok)  # 'which' stands for the noun the clause belongs to
            target = child(tok, "dobj")
        source, target = actor_head(source), actor_head(target)
        instrument = None
        if target is not None and (not is_actorlike(target) or self.is_weapon(target)):
            # 'fired shells at X', 'a mortar was fired at X': the shells are the instrument
            instrument, target = target, None
        if target is None:  # 'kidnapped up to 16 advisers', the hedge parsed as a particle and a preposition
            hedge = next((g for c in tok.children if c.dep_ == "prt" and c.lower_ == "up" for g in c.children
                          if g.dep_ == "prep" and g.lower_ == "to"), None)
            counted = child(hedge, "pobj") if hedge is not None else None
            if counted is not None and any(c.dep_ == "nummod" for c in counted.children):
                target = counted
        if target is None:
            target = prep_object(tok)
        if target is None and instrument is not None and not passive:
            # 'launched artillery and rocket fire against guerrilla camps': the aim is named on the fire
            for thing in (instrument, *objects_behind(instrument)):
                target = prep_object(thing, ("against", "at", "on", "upon", "into"))
                if target is not None:
                    break
        if target is not None and target.lower_ in ("you", "yourself", "it") and not passive:
            target = prep_object(tok) if target.dep_ == "dobj" else target
        return source, target

    def is_participant(self, tok: Token | None) -> bool:
        """Whether a phrase head can be an actor: a person, group, organisation, country or role noun, or a
        pronoun for one — not a thing ('material', 'a grant', 'concessions', 'the withdrawal')."""
        if tok is None or not is_actorlike(tok):
            return False
        if tok.pos_ == "PRON":
            return tok.lower_ not in NON_PARTICIPANT_PRONOUNS
        if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or self.state.hit_at(tok.i) is not None or \
                agent_of(tok, self.k) is not None or tok.lemma_.lower() in self.person_nouns:
            return True
        if tok.lemma_.lower() in MEMBER_NOUNS and any(c.dep_ in ("compound", "amod") and self.state.hit_at(c.i)
                                                     is not None for c in tok.children):
            return True  # 'new EU members', 'NATO allies'
        # 'the Azerbaijani republic of Nakhichevan', 'the Iraqi capital': a polity named by its country
        return tok.lemma_.lower() in POLITY_NOUNS and any(
            self.state.hit_at(c.i) is not None or c.ent_type_ == "GPE" for c in tok.subtree if c.i != tok.i)

    def recipient(self, tok: Token, obj: Token | None, consumed: tuple[str, ...] = ()) -> Token | None:
        """The actor an act is aimed at when its object is a thing or the actor's own ('give Tanzania a
        grant', 'offered its troops to Lebanon', 'demanded the withdrawal of Serbian forces', 'welcomed
        Reagan's statement', 'willing to withdraw its troops from Lebanon')."""
        verbs = [tok]
        comp = child(tok, "xcomp")
        if comp is not None and comp.pos_ in VERB_TAGS and child(comp, "nsubj") is None:
            verbs.append(comp)  # 'is willing to send', 'threatened to cut off electricity to X'
        for verb in verbs:
            dative = child(verb, "dative")
            if dative is not None and dative.lower_ not in ("to", "for") and self.is_participant(dative):
                return dative
            found = prep_object(verb, RECIPIENT_VERB_PREPS, self.is_participant)
            if found is not None:
                return found
            # the thing given, demanded or refused, and what it is of, by, from or for: 'the withdrawal of
            # Serbian forces', 'a demand from the US President', 'a suspension of air links with Serbia'
            things = [obj] if obj is not None and verb is tok else []
            things += [c for c in verb.children if c.dep_ in ("dobj", "attr") and verb is not tok]
            things += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_VERB_PREPS + ("of",)
                       for p in c.children if p.dep_ == "pobj" and not self.is_participant(p)]
            for _level in range(2):
                deeper = []
                for thing in things:
                    possessor = child(thing, "poss")
                    if possessor is not None and possessor.lower_ not in OWN_POSSESSIVES and \
                            self.is_participant(possessor):
                        return possessor
                    # an event's author or subject ('condemned the attack by militants', 'demanded the
                    # withdrawal of Serbian forces'), not its victim ('the attack on the embassy' is condemned,
                    # not the embassy)
                    # (a noun the verb's own pattern took is no deed: 'lodged a protest with Chile')
                    deed = thing.lemma_.lower() not in consumed and any(
                        (e.code or e.armed or "")[:2] in DEED_ROOTS
                        for e in self.k.triggers.get(("N", thing.lemma_.lower()), ()))
                    preps = ("by", "of") if deed else RECIPIENT_OBJECT_PREPS
                    found = prep_object(thing, preps, self.is_participant)
                    if found is not None:
                        return found
                    deeper += [p for c in thing.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_OBJECT_PREPS
                               for p in c.children if p.dep_ == "pobj"]
                things = deeper
        return None

    @staticmethod
    def passive_clause_subject(tok: Token) -> Token | None:
        """'A man is dead after being shot', 'two teens were taken to hospital after getting shot': the
        subject of the clause a subjectless passive after a preposition hangs on is the one it happened to."""
        if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or child(tok, "nsubj", "nsubjpass") is not None:
            return None
        clause = tok.head.head
        return child(clause, "nsubj", "nsubjpass") if clause.pos_ in ("VERB", "AUX") else None

    def gunfire_hit(self, tok: Token, depth: int = 0) -> bool:
        """'a bullet struck a boy', 'was hit by stray gunfire', 'the shotgun discharged, striking a boy', 'a gun
        which struck a juvenile', 'it discharged and struck him': a firearm's shot hit someone."""
        subj = child(tok, "nsubj")
        subj = antecedent(subj) if subj is not None else None
        agent = child(tok, "agent")
        by = child(agent, "pobj") if agent is not None else None
        if any(t is not None and t.lemma_.lower() in BULLET_WORDS for t in (subj, by)):
            return True
        head = tok.head
        if tok.dep_ in ("advcl", "conj", "xcomp") and head.i != tok.i and depth < 2:
            if head.lemma_.lower() in DISCHARGE_LEMMAS or (
                    head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)):
                return True  # 'discharged, striking a boy', 'it discharged and struck a juvenile', 'went off, hitting'
            shooting = self.entry_for(head) if tok.tag_ == "VBG" else None
            if shooting is not None and (shooting.code or shooting.armed or "").startswith("19") and \
                    head.lemma_.lower() in FIRING_LEMMAS:
                return True  # 'opened fire on a home, hitting a boy': the shots hit him
            if head.lemma_.lower() in STRIKE_LEMMAS:
                return self.gunfire_hit(head, depth + 1)  # 'causing the bullet to strike a wall, hitting a girl'
        return False

    def takes_lives(self, tok: Token, source_tok: Token | None) -> bool:
        """'an attack that claimed the life of', 'he took the life of': a person or a violent act took it
        (a storm, a crash or a fire does not make an attack)."""
        life = next((c for c in tok.children if c.lemma_.lower() == "life"), None)
        if life is None or prep_object(life, ("of",)) is None:
            return False  # 'taking his own life' is a suicide; 'the life of a girl' was taken by another
        subject = antecedent(source_tok) if source_tok is not None else None
        if subject is not None and (self.is_participant(subject) or subject.lemma_.lower() in LIFE_TAKERS):
            return True
        if subject is not None and subject.lemma_.lower() not in VAGUE_HAPPENINGS:
            return False  # 'the fire', 'a crash', 'the storm'
        # 'a hunting incident that claimed the life of': the sentence tells what kind
        return any(t.lemma_.lower() in LIFE_TAKERS for t in tok.sent)

    def mishap(self, tok: Token, source_tok: Token | None) -> bool:
        """Harm done by an accident or a disaster, not by anyone: its agent ('killed by the crash') or, for a
        passive with no agent, the happening it is put down to ('were killed in the storm')."""
        if tok.lemma_.lower() in ARMED_HARM:
            return False  # 'was shot in a hunting accident' is still a shooting

        def mishap(noun: Token) -> bool:  # 'the crash', not 'a gun accident'
            return noun.lemma_.lower() in self.k.mishaps and not any(
                c.lemma_.lower() in GUN_WORDS for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))

        if source_tok is not None and mishap(source_tok):
            return True
        if source_tok is not None and (tok.tag_ != "VBN" or child(tok, "dobj") is not None):
            return False  # an agent that is no happening ('three people killed' is a passive misparsed)
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) and tok.tag_ != "VBN":
            return False
        # the happening may hang on a coordinated verb: 'two were killed and five injured in a crash'
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")] + ([tok.head] if tok.dep_ == "conj" else [])
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "after") and child(c, "pobj") is not None and
                   mishap(child(c, "pobj")) for v in verbs for c in v.children)

    def armed_instrument(self, tok: Token) -> Token | None:
        """'were killed in Israeli tank shelling': an armed unit named as the means is the agent."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "from"):
                pobj = child(c, "pobj")
                if pobj is not None and agent_of(pobj, self.k) in ARMED_AGENTS:
                    return pobj
        return None

    def is_weapon(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.k.weapons

    def governing_verb(self, tok: Token) -> Token | None:
        """The verb a nominal trigger is the object of ('launched an attack', 'a state of emergency',
        'came under attack', 'engaged in ethnic cleansing')."""
        t = tok
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in NOUN_TAGS:
            t = t.head.head
            if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
                return t.head
            return None
        if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        # 'staged a strike in protest against', 'took part in the offensive'
        idiom = t.head.lower_ == "in" and (t.lemma_.lower() == "protest" or (
            t.head.head.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "part"
                                                       for c in t.head.head.children)))
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "prt") and t.head.head.pos_ == "VERB" and \
                (child(t.head.head, "dobj") is None or idiom) and (
                t.head.lower_ in ("under", "into", "in", "for") or
                (t.head.lower_ in ("on", "to") and self.light_role(t.head.head) is not None)):
            # 'came under attack', 'engaged in', 'arrived on a visit', 'resorted to violence' (not 'intensified
            # the investigation into the violence': there the phrase belongs to the object)
            return t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() == "part" and \
                t.head.head.dep_ == "dobj" and t.head.head.head.lemma_.lower() == "take":
            return t.head.head.head  # 'took part in the demonstration'
        return None

    def noun_arguments(self, tok: Token, entry: TriggerEntry | None = None
                       ) -> tuple[Token | None, Token | None, Token | None]:
        """(source, target, light verb) of a nominal trigger."""
        patient = entry is not None and entry.subject_is_target
        # 'the murder of X', 'X's arrest': the possessor and the 'of' phrase name the victim
        source = None if patient else child(tok, "poss")
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if source is None and by is not None:
            source = child(by, "pobj")
        if source is None and not patient:
            # 'the demonstration staged by students', 'an attack carried out by militants'
            for c in tok.children:
                carried = c.dep_ == "acl" and c.tag_ == "VBN" and (self.light_role(c) is not None or
                                                                    c.lemma_.lower() in CARRY_OUT_VERBS)
                agent = child(c, "agent") if carried else None
                if agent is not None and child(agent, "pobj") is not None:
                    source = child(agent, "pobj")
                    break
        if source is None:
            # 'Israeli airstrikes', 'KH attacks': a country or group name modifying the event noun;
            # 'police firing', 'rebel attack': an armed force named by its role
            for c in tok.children:
                named = self.state.hit_at(c.i) is not None or any(
                    g.dep_ == "compound" and self.state.hit_at(g.i) is not None for g in c.children)
                if c.dep_ in ("amod", "compound", "nmod") and (named or (
                        c.pos_ in NOUN_TAGS and agent_of(c, self.k, nouns_only=True) in ARMED_AGENTS)):
                    source = c  # ('US Predator attacks': the name on the weapon's name)
                    break
        target = prep_object(tok, NOUN_TARGET_PREPS)
        if target is None and (entry is not None and (entry.code or "")[:2] in ("02", "10")):
            # 'its demand that Israel ease restrictions': the one the demand is put to
            that = [c for c in tok.children if c.dep_ in ("acl", "ccomp")]
            if tok.dep_ == "dobj":  # 'reiterated its demand today that Israel ease': the clause on the verb
                that += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
            clause = next((c for c in that if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
                          None)
            target = child(clause, "nsubj", "nsubjpass") if clause is not None else None
        if patient:
            target = prep_object(tok, ("of",)) or child(tok, "poss") or target
        verb = self.governing_verb(tok)
        if verb is not None and self.is_light(verb, entry):
            role = self.light_role(verb) or "agent"
            subj = child(verb, "nsubj") or self.inherited_subject(verb) or (
                child(verb, "nsubjpass") if verb.lemma_.lower() in STATE_LIGHT_VERBS else None)
            if source is not None and source.lower_ in OWN_POSSESSIVES and subj is not None:
                source = subj  # 'the fundamentalists continued their hunger strike': the subject is 'their'
            if role == "patient":
                target = target or subj
                source = source or prep_object(tok, ("from",)) or prep_object(verb, ("from",))
            else:
                source = source or subj
                target = target or prep_object(verb, ("on", "against", "at", "upon", "with", "to", "for"))
                if source is None and any(c.dep_ == "auxpass" for c in verb.children):
                    agent = child(verb, "agent")
                    source = child(agent, "pobj") if agent is not None else None
        if source is None and entry is not None and ((entry.code or "").startswith("15") or entry.code == "0874"):
            forces = prep_object(tok, ("of",))  # 'the deployment of NATO troops', 'the withdrawal of US forces'
            if forces is not None and agent_of(forces, self.k) in ("MIL", "COP"):
                source = forces
        if target is None:
            for c in tok.children:
                if c.dep_ == "compound" and c.pos_ in NOUN_TAGS and self.state.hit_at(c.i) is None and \
                        agent_of(c, self.k):
                    target = c  # 'the embassy attack'
        return source, target, verb

    # -- drafts -----------------------------------------------------------------------------
    def draft(self, tok: Token, entry: TriggerEntry) -> EventDraft | None:
        if tok.pos_ in VERB_TAGS and entry.pos == "V":
            source_tok, target_tok = self.verb_arguments(tok)
            light = None
            rule = "verb"
        else:
            source_tok, target_tok, light = self.noun_arguments(tok, entry)
            rule = "noun+light-verb" if light is not None else "noun"
        if target_tok is not None and target_tok.lemma_.lower() in entry.extras and not self.is_participant(target_tok):
            # 'laid the blame for the attack on Iran'; 'claimed the life of a girl'
            target_tok = prep_object(tok) or deep_prep_object(target_tok) or prep_object(target_tok, ("of",))
        deed = self.by_token.get(target_tok.i) if target_tok is not None and target_tok.i != tok.i else None
        if deed is not None and (entry.code or "")[:2] == "17" and deed.source_tok is not None and \
                not self.is_participant(target_tok):
            target_tok = deed.source_tok  # 'police broke up the demonstration staged by students': the students
        if target_tok is not None and (not is_actorlike(target_tok) or target_tok.i == tok.i):
            target_tok = None  # (an event is not its own target: 'remained on alert')
        if target_tok is None and tok.pos_ in NOUN_TAGS and (entry.code or entry.armed or "")[:2] in DEED_ROOTS:
            # 'the invasion of South Lebanon', 'the siege of Sarajevo': the place a deed is done to
            of = prep_object(tok, ("of",))
            if of is not None and (of.ent_type_ in ("GPE", "LOC") or self.state.hit_at(of.i) is not None):
                target_tok = of
        if target_tok is None and tok.pos_ in VERB_TAGS and entry.code and entry.code[:2] in ("02", "10", "13"):
            comp = child(tok, "ccomp", "xcomp")
            target_tok = child(comp, "nsubj") if comp is not None else None
        if entry.target_preps and tok.pos_ in VERB_TAGS and (target_tok is None or not is_actorlike(target_tok)):
            target_tok = prep_object(tok, entry.target_preps)
        if (entry.code or "")[:2] in RECIPIENT_ROOTS and not entry.source_preps and not entry.subject_is_target \
                and (not self.is_participant(target_tok) or own_thing(target_tok)):
            target_tok = self.recipient(light or tok, target_tok if target_tok is not None else child(
                light or tok, "dobj"), entry.extras) or target_tok
        if (entry.code or "").startswith("15") and tok.pos_ in VERB_TAGS:
            moved = child(tok, "nsubjpass")
            if source_tok is None and moved is not None and agent_of(moved, self.k) == "MIL":
                source_tok = moved  # 'troops are being sent to Kuwait': the force deploys
            if target_tok is not None and target_tok.head.lower_ in ("to", "into") or target_tok is moved:
                target_tok = None  # where forces are sent is a destination, not a target
        if entry.source_preps and tok.pos_ in VERB_TAGS:
            # 'received aid from X', also with the phrase on the thing received ('received assurances from X')
            giver = prep_object(tok, entry.source_preps)
            if giver is None and child(tok, "dobj") is not None:
                giver = prep_object(child(tok, "dobj"), entry.source_preps)
            source_tok, target_tok = giver, source_tok
        if entry.subject_is_target and tok.pos_ in VERB_TAGS:
            source_tok, target_tok = None, source_tok
        if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd") and source_tok is not None and \
                tok.head.lemma_.lower() in SMALL_CLAUSE_VERBS and source_tok.head.i == tok.i and \
                not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            # 'they found five people shot': a participle's subject in a small clause is the one it happened to
            source_tok, target_tok = None, target_tok or source_tok
        if "life" in entry.extras and not self.takes_lives(tok, source_tok):
            return None  # 'the storm claimed the lives of 12 people' is no attack
        violent = (entry.code or entry.armed or "")[:2] in ("18", "19", "20")
        if source_tok is None and tok.pos_ in VERB_TAGS and violent and child(tok, "nsubjpass") is not None:
            # 'a mortar was fired at Israel from the Gaza Strip': where fire came from names who fired
            origin = prep_object(tok, ("from",))
            if origin is not None and (origin.ent_type_ in ("GPE", "LOC") or self.state.hit_at(origin.i) is not None):
                source_tok = origin
        speaker = self.speaker_at(tok)
        source = self.resolve(source_tok)
        if source is None and source_tok is None and speaker is not None and tok.pos_ in VERB_TAGS and \
                tok.dep_ in ("ROOT", "ccomp", "conj") and not child(tok, "nsubjpass"):
            source = speaker  # an imperative or subjectless clause in a quote: the speaker's act
        target = self.resolve(target_tok)
        if target is not None and source is not None and target is source:
            target = None
        if source is None and source_tok is None and (entry.code or "").startswith("173") and \
                child(tok, "nsubjpass") is not None:
            # '40 persons have been arrested': arrests are made by the police of the place (its country is
            # filled in from where the arrests happened, by the participants stage)
            source = Mention(tok.i, -1, -1, "police (implied)", None, "COP", None, None,
                             "state", IMPLIED_POLICE)
        if target_tok is not None and target_tok.lemma_.lower() in self.k.abstract_objects and \
                (entry.code or entry.armed or "")[:2] in ("17", "18", "19", "20"):
            return None  # 'fight drug trafficking', 'attacked the plan': figurative
        if violent and self.mishap(tok, source_tok):
            return None  # 'victims killed by the crash', 'two people were killed in the storm'
        code = entry.code
        if entry.armed and source is not None and source.agent in ARMED_AGENTS:
            code = entry.armed
        elif entry.armed and entry.code and entry.code[:2] == "18" and target is not None and \
                target.agent in COMBATANT_AGENTS and (source is None or source.agent not in CIVIL_AGENTS):
            code = entry.armed  # '10 Russian soldiers were killed': combatants killed are armed conflict
        if code and code[:2] in ("17", "18") and source_tok is not None and \
                antecedent(source_tok).lemma_.lower() in PROTESTER_NOUNS:
            code = "145"  # 'a protester demolished the building': protesters' violence is a violent protest
        future = is_future(tok) or (light is not None and is_future(light))
        if entry.future and future:
            code = entry.future
            future = False
            if source is None and speaker is not None:
                source = speaker  # 'Iran will be held responsible', said by the speaker: the speaker's threat
        if tok.lemma_.lower() in STRIKE_LEMMAS and tok.pos_ in VERB_TAGS and self.gunfire_hit(tok):
            code, rule = "193", rule + "+gunfire"  # 'a bullet struck a boy', 'the gun discharged, striking him'
        if code is None:
            return None
        d = EventDraft(trigger=tok, entry=entry, code=code, rule=f"{rule}:{entry.pattern}",
                       source=source, target=target, acled_sub=entry.acled_sub,
                       source_tok=source_tok, target_tok=target_tok)
        d.modality = clause_modality(tok, light)
        if d.modality == "planned" and not future:  # the future was read into the code ('will pay' = threat)
            d.modality = "hypothetical" if is_hypothetical(tok) else "asserted"
        if speaker is not None:
            d.claimed_by = speaker.name or speaker.text
        self.add_counts(d, tok, target_tok)
        return d

    def victim_phrase(self, tok: Token | None, trigger: Token | None = None) -> Token | None:
        """The people an attack harmed: its parsed target, or when that is not people, the people the
        clause it completes is about ('Four people were found shot to death', 'X was found shot')."""
        passive_subject = child(trigger, "nsubjpass") if trigger is not None and trigger.pos_ in VERB_TAGS else None
        if tok is not None and tok.dep_ == "pobj" and howmany.victims(passive_subject, self.person_nouns):
            tok = passive_subject  # 'four people were shot at Brook and Winter streets': the place is no victim
        if trigger is not None and trigger.pos_ in VERB_TAGS and howmany.victims(tok, self.person_nouns) is None:
            # 'A 16-year-old was shot with a gun': the passive subject (an age the model may tag as a date)
            # is the victim, not the gun the parser took for the target
            tok = child(trigger, "nsubjpass", "dobj") or self.passive_clause_subject(trigger) or tok
        tok = antecedent(tok)  # 'Escobar Silva, who was assassinated'
        if tok is not None and trigger is not None and trigger.dep_ == "acl" and trigger.head.i == tok.i and \
                trigger.tag_ == "VBN":
            while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "cc" and c.lower_ == "and" for c in tok.head.children):
                tok = tok.head  # 'a girl and a woman wounded by gunfire': the participle tells of both
        if howmany.victims(tok, self.person_nouns) is not None:
            return tok
        if tok is None and trigger is not None and self.state.headline and trigger.tag_ == "VBN":
            # 'Nine-year-old struck by gunshots in Dallas': the victim hung on the verb as a modifier
            return next((c for c in trigger.lefts if c.dep_ in ("amod", "npadvmod", "compound", "dep") and (
                howmany.is_age(c) or howmany.victims(c, self.person_nouns) is not None)), None)
        if trigger is not None and trigger.dep_ in ("xcomp", "oprd", "ccomp", "advcl", "acl"):
            head = trigger.head
            about = trigger.head if trigger.dep_ == "acl" else (
                child(head, "nsubjpass") or child(head, "dobj"))
            if howmany.victims(about, self.person_nouns) is not None:
                return about
        return None

    def victims(self, d: EventDraft, tok: Token | None, role: str, trigger: Token | None = None):
        """How many people the attack harmed; a victim found outside the parsed target becomes the target
        (so that a later 'X was pronounced dead' finds the attack on X)."""
        phrase = self.victim_phrase(tok, trigger)
        if phrase is None:
            return None
        if d.target_tok is None:
            d.target_tok = phrase
            d.target = d.target or self.resolve(phrase)
        q = howmany.victims_or_age(phrase, self.person_nouns)
        if q is not None and trigger is not None and trigger.dep_ == "relcl" and trigger.head.i == phrase.i and \
                any(c.dep_ == "conj" for c in phrase.children):
            # 'a teenager who was shot and a man who was carjacked': the clause tells of its own noun only
            one = howmany.victims_or_age(phrase, self.person_nouns, listed=False)
            q = one if one is not None else q
        return q.model_copy(update={"role": role}) if q else None

    def casualty_clauses(self, d: EventDraft, tok: Token) -> Token | None:
        """'One person is dead and two are hurt after a shooting': casualty clauses whose clause holds the
        event (or hang off it) give its counts. Returns who the clauses say died, if they name them."""
        dead_named = None
        for t in tok.sent:
            lemma = t.lemma_.lower()
            role = "killed" if lemma in ("dead", "die") else "injured" if lemma in (
                "hurt", "injured", "injure", "wounded", "wound") and t.pos_ in ("ADJ", "VERB") and \
                t.dep_ != "amod" and t.tag_ != "VBG" else None
            # 'two men are in the hospital after a shooting', 'remains in critical condition', 'a shooting that
            # left a boy in serious condition'
            # ('listed in critical condition', 'treated at a hospital')
            hospital = (t.lower_ in ("hospital", "hospitals") or (t.lemma_.lower() == "condition" and any(
                c.lower_ in HURT_CONDITIONS for c in t.children))) and t.dep_ == "pobj" and (
                t.head.lower_ == "in" and t.head.head.lemma_.lower() in ("be", "remain", "stay", "leave", "list") or
                t.head.lower_ in ("at", "in") and t.head.head.lemma_.lower() == "treat")
            # 'a boy was taken to a hospital after an accidental shooting'
            taken = t.lower_ in ("hospital", "hospitals") and t.dep_ == "pobj" and t.head.lower_ == "to" and \
                t.head.head.lemma_.lower() in TAKEN_LEMMAS and child(t.head.head, "nsubjpass") is not None
            # 'the shooting sent nine people to area hospitals'
            sent = t.lower_ in ("hospital", "hospitals") and t.dep_ == "pobj" and t.head.lower_ == "to" and \
                t.head.head.lemma_.lower() == "send" and child(t.head.head, "dobj") is not None
            if taken or sent:
                hospital = True
            if hospital or (lemma == "hospitalize" and t.pos_ == "VERB"):
                role = "injured"  # 'two men are in the hospital after a shooting', 'were hospitalized'
            if role is None or t.i == tok.i or _hurt_or_killed(t):
                continue
            # 'is dead': the copula holds the clause; 'left a teenager injured': the verb that left
            holder = t.head.head if hospital else t if t.pos_ == "VERB" and t.dep_ != "oprd" else t.head
            if sent:
                holder = t.head.head
            left_dead = t.dep_ == "amod" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() == "leave"
            if left_dead:  # 'left one dead' parsed with 'dead' on 'one'
                holder = t.head.head
            prev = t.doc[t.i - 1] if t.i > t.sent.start else None
            left = prev.head if prev is not None and prev.dep_ == "conj" else prev
            if role in ("killed", "injured") and not left_dead and left is not None and left.dep_ == "dobj" and \
                    left.head.lemma_.lower() == "leave" and left.head.i < t.i and (
                        (t.dep_ == "amod" and prev.i < t.head.i) or t.dep_ == "ROOT"):
                # 'left a man and woman dead Thursday', 'dead' parsed as a modifier of the next word; a
                # headline's 'shooting that left 5 men injured', 'injured' parsed as the main verb
                left_dead, holder = True, left.head
            # 'left another dead', 'left two dead' parsed with 'dead' as the object and the count on it
            left_counted = next((c for c in t.children if c.dep_ in ("det", "nummod") and (
                c.lower_ == "another" or c.like_num)), None) if role == "killed" and t.dep_ == "dobj" and \
                t.head.lemma_.lower() == "leave" else None
            if left_counted is not None:
                holder = t.head
            # a headline's 'Teen dead after shooting', '2 adults dead': the noun before is who died
            headline_dead = role == "killed" and t.dep_ in ("amod", "advmod") and t.head.i == t.i - 1 and \
                t.head.pos_ in ("NOUN", "PROPN") and self.state.headline
            # the clause holds the event, governs it, describes it ('a shooting that left one dead') or is
            # coordinated with it ('two were killed and five wounded')
            related = tok.i in {x.i for x in holder.subtree} or holder.i in {a.i for a in tok.ancestors} or (
                holder.dep_ in ("relcl", "acl", "conj") and holder.head.i == tok.i) or (
                # 'after gunfire erupted near a vigil, leaving a girl dead', both clauses hung on the main verb
                holder.lemma_.lower() == "leave" and holder.dep_ == "advcl" and tok.dep_ == "nsubj" and
                tok.head.dep_ == "advcl" and tok.head.head.i == holder.head.i and tok.i < holder.i)
            if not related:
                continue
            if t.dep_ == "oprd" or left_dead or (hospital and holder.lemma_.lower() in ("leave", "send")):
                # 'left two men dead', 'left a boy in serious condition': the object is who was hurt ('two
                # others were left in critical condition': the passive's subject)
                subj = child(holder, "dobj") or child(holder, "nsubjpass")
            elif t.dep_ == "acl" and t.head.i == tok.i:  # 'a shooting that left a teenager injured', misparsed
                leave = next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() == "leave"), None)
                subj = child(leave, "dobj") if leave is not None else None
            elif t.dep_ == "acl" or headline_dead:  # 'five people injured', 'Teen dead after shooting'
                subj = t.head
            else:
                subj = child(t, "nsubj", "nsubjpass") or child(holder, "nsubj", "nsubjpass")
                if subj is not None and subj.lower_ in RELATIVE_PRONOUNS:
                    subj = antecedent(subj)  # 'a girl who died after being hit by gunfire'
            q = howmany.victims(subj, self.person_nouns)
            if q is None and subj is not None and (subj.like_num or subj.pos_ == "NUM"):
                q = howmany.quantity(subj, role)  # 'two are hurt'
            if q is None and left_counted is not None:
                q = Quantity(value=1 if left_counted.lower_ == "another" else howmany.parse_number(left_counted.text)
                             or 1, unit=None, role=role, text=t.doc[left_counted.i:t.i + 1].text)
            if q is None and subj is None and prev is not None and prev.like_num and role and not hospital:
                q = howmany.quantity(prev, role)  # a tally: '2 dead, 3 hurt in overnight shooting'
            if q is None:
                continue
            q = q.model_copy(update={"role": role})
            if role == "killed" and d.fatalities is None:
                d.fatalities = q.value
                d.quantities.append(q)
                dead_named = subj
                if t.dep_ == "oprd" or left_dead:
                    self.left_also_hurt(d, t)
                elif subj is not None and subj.like_num and tok.lemma_.lower() in compose.HIT_VERBS and \
                        d.injured is None:
                    # 'Three people were shot; one died': the one is among the three, the others are hurt
                    hit = self.victims(d, d.target_tok, "injured", tok)
                    if hit is not None and hit.value > q.value:
                        d.injured = hit.value - q.value
                        d.quantities.append(hit.model_copy(update={"value": d.injured}))
            elif role == "injured" and d.injured is None:
                d.injured = q.value
                d.quantities.append(q)
        return dead_named

    def left_also_hurt(self, d: EventDraft, dead: Token) -> None:
        """'left two men dead and two others wounded', 'left three dead and a 3-year-old hurt': the second
        half of the small clause, which the parser often hangs elsewhere in the sentence, counts the hurt."""
        doc = dead.doc
        if d.injured is not None or dead.i + 2 >= len(doc) or doc[dead.i + 1].lower_ != "and":
            return
        for j in range(dead.i + 2, min(dead.i + 10, dead.sent.end)):
            if doc[j].is_punct and doc[j].text != "-":
                return
            if doc[j].lower_ in LEFT_HURT_WORDS:
                words = [t for t in doc[dead.i + 2:j] if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ")]
                # the phrase's head: the last word of 'two others', 'a 3-year-old', 'another man'
                head = words[-1] if words else None
                q = howmany.victims(head, self.person_nouns) if head is not None else None
                if q is None and head is not None and head.like_num:
                    q = howmany.quantity(head, "injured")
                if q is None and head is not None and head.lower_ == "old" and doc[dead.i + 2].lower_ in (
                        "a", "an", "the") and any(t.lemma_.lower() in howmany.AGE_UNITS for t in doc[dead.i + 2:j]):
                    q = Quantity(value=1, unit="people")  # 'and a 3-year-old hurt'
                if q is not None:
                    q = q.model_copy(update={"role": "injured", "text": doc[dead.i + 2:j].text})
                    d.injured = q.value
                    d.quantities.append(q)
                    d.tally = True
                return

    def multiple_victims(self, d: EventDraft, tok: Token, words: set[str]) -> None:
        """'a double homicide' killed two; 'a quadruple shooting that left one dead' hit four: one killed,
        three hurt; 'a triple shooting' alone, three hurt (victims of a shooting are hurt unless said dead)."""
        hit = howmany.multiple(tok) if tok.pos_ in NOUN_TAGS else None
        if hit is None:
            return
        lemma = tok.lemma_.lower()
        if lemma in howmany.KILL_NOUNS:
            if d.fatalities is None:
                d.fatalities = hit
        elif lemma in HARM_NOUNS:
            if d.fatalities is None and d.injured is None and not is_fatal(tok, words):
                d.injured = hit
            elif d.fatalities is not None and d.injured is None and d.fatalities <= hit:
                d.injured = hit - d.fatalities
        else:
            return
        d.quantities.append(Quantity(value=hit, unit=tok.lower_, role="killed" if lemma in howmany.KILL_NOUNS
                                     else "people", text=tok.doc[tok.left_edge.i:tok.i + 1].text))

    def displaced(self, d: EventDraft, tok: Token) -> None:
        """'The fighting has displaced 10,000 people', 'killed 12 and displaced 3,000': people displaced by the
        event, as a quantity (displacement is not a casualty)."""
        for t in tok.sent:
            if t.lemma_.lower() != "displace" or t.pos_ != "VERB" or t.i == tok.i:
                continue
            subj = child(t, "nsubj")
            # 'the fighting has displaced ...' (the event its subject), or coordinated with the event
            related = (subj is not None and subj.i == tok.i) or (t.dep_ == "conj" and t.head.i == tok.i) or \
                (tok.dep_ == "conj" and tok.head.i == t.i)
            if not related:
                continue
            q = howmany.quantity(child(t, "dobj") or child(t, "nsubjpass"), "displaced")
            if q is not None:
                d.quantities.append(q)

    def some_of_them_died(self, d: EventDraft, tok: Token, target_tok: Token | None) -> None:
        """'Five people were shot, and one of those victims was killed': one dead, four hurt."""
        if d.fatalities is not None or tok.pos_ not in VERB_TAGS:
            return
        for c in tok.children:
            subj = child(c, "nsubj", "nsubjpass")
            if c.dep_ != "conj" or c.lemma_.lower() not in howmany.KILL_LEMMAS | {"die"} or subj is None or \
                    prep_object(subj, ("of",)) is None:
                continue
            dead = howmany.count_of(subj)
            if dead is None:
                continue
            hit = self.victims(d, target_tok, "injured", tok)
            if hit is None or dead > hit.value:
                return
            d.fatalities, d.injured = dead, hit.value - dead
            d.quantities.append(Quantity(value=dead, unit=None, role="killed",
                                         text=tok.doc[subj.left_edge.i:c.i + 1].text))
            return

    def own_death(self, tok: Token) -> int:
        """1 when the killer's own death closes the act ('shot and killed her before he killed himself'):
        the incident's toll, as ACLED and the GVA count it, includes the attacker."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        related = [tok, tok.head, *(c for c in tok.children if c.dep_ == "conj")]
        if passive and not any(c.dep_ == "agent" for v in related for c in v.children):
            return 0  # 'a boy was killed after accidentally shooting himself': the one killed, no killer named
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS)]  # 'shot and killed'
        clauses = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "conj")]
        # 'before killing himself', 'before taking his own life', 'then turned the gun on himself'
        clauses += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("before", "after")
                    for g in c.children if g.dep_ == "pcomp"]
        for c in clauses:
            lemma = c.lemma_.lower()
            if lemma in howmany.KILL_LEMMAS | {"shoot"} and any(
                    g.dep_ == "dobj" and g.lower_ in howmany.REFLEXIVES for g in c.children):
                return 1
            if lemma == "take" and any(g.lemma_.lower() == "life" and any(a.lower_ == "own" for a in g.children)
                                       for g in c.children if g.dep_ == "dobj"):
                return 1
            if lemma == "turn" and any(p.lower_ == "on" and any(o.lower_ in howmany.REFLEXIVES for o in p.children)
                                       for p in c.children if p.dep_ == "prep"):
                return 1
        return 0

    def add_counts(self, d: EventDraft, tok: Token, target_tok: Token | None) -> None:
        lemma = tok.lemma_.lower()
        words = neighbours(tok)
        if _hurt_or_killed(tok):
            return  # 'eight have been hurt or killed by gunfire': a tally of both, neither count
        if d.code[:2] in ("18", "19", "20"):
            self.displaced(d, tok)
            self.some_of_them_died(d, tok, target_tok)  # (before the clauses, which would count only the dead)
            dead_named = self.casualty_clauses(d, tok)
            self.multiple_victims(d, tok, words)
        else:
            dead_named = None
        fatal = lemma in howmany.KILL_LEMMAS | howmany.KILL_NOUNS or "life" in (d.entry.extras if d.entry else ()) or (
            lemma == "death") or (
            lemma in howmany.HARM_LEMMAS | HARM_NOUNS and is_fatal(tok, words))
        if fatal and words & NEAR_MISS:
            return  # 'bullets that nearly killed his father-in-law': no one died
        # 'an officer was shot and wounded in a gun battle that left one man dead': the dead man is another
        # victim than the one the attack tells of as wounded
        other_dead = dead_named is not None and target_tok is not None and dead_named.i != target_tok.i and \
            howmany.told_as_hurt(tok)
        own_hurt = (lemma in howmany.INJURE_LEMMAS or (other_dead and lemma in howmany.HARM_LEMMAS)) and \
            d.injured is None and not fatal
        if (d.fatalities is not None and not own_hurt) or (d.injured is not None and not fatal):
            # the casualty clauses gave the counts ('two were killed and five wounded': both) — but 'a girl is
            # dead and a boy is injured' still counts who the injuring hurt
            return
        # 'killing two and wounding three': a bare number as the object is how many (not a participant)
        # ('killing two of them': the part, not the whole the parser took for the target)
        # (or a place the parser took for the target: 'two were shot on Main Street')
        bare = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NUM" and (
            target_tok is None or target_tok.i in {g.i for g in c.subtree} or target_tok.dep_ == "pobj")),
            None) if tok.pos_ in VERB_TAGS else None
        if bare is None and tok.pos_ in VERB_TAGS and tok.dep_ == "acl" and tok.head.pos_ == "NUM":
            bare = tok.head  # a tally's '2 dead, 2 injured', the participle parsed on its number

        def bare_count(role: str) -> Quantity | None:
            return howmany.quantity(bare, role) if bare is not None else None

        if fatal:
            q = bare_count("killed") or self.victims(d, target_tok, "killed", tok) or \
                howmany.quantity(target_tok, "killed")
            if q is None and tok.pos_ in NOUN_TAGS and tok.tag_ == "NNS":
                # 'four homicides', 'the two fatal shootings': as many dead as there were killings
                n = howmany.count_of(tok)
                q = Quantity(value=n, unit=tok.lower_, role="killed", text=tok.doc[tok.left_edge.i:tok.i + 1].text) \
                    if n is not None else None
            if q is None:
                victim = target_tok
                if victim is None and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() == "death":
                    victim = prep_object(tok.head, ("of",))  # 'the shooting death of a teenager'
                    q = self.victims(d, victim, "killed")
                q = q or howmany.one_killed(antecedent(victim))
            if q is None and target_tok is None and tok.pos_ in VERB_TAGS and child(tok, "dobj") is None and \
                    lemma in howmany.KILL_LEMMAS:
                # 'four people killed, five injured': a headline's reduced passive, parsed as a subject
                subj = child(tok, "nsubj")
                if subj is not None and howmany.count_of(subj) is not None:
                    q = howmany.victims(subj, self.person_nouns)
                    q = q.model_copy(update={"role": "killed"}) if q else None
            if q:
                d.fatalities = q.value + self.own_death(tok)
                d.quantities.append(q)
            elif lemma in HARM_NOUNS:
                d.fatalities = 1  # 'a fatal shooting': at least one dead, the lower bound ACLED would code
                hit = howmany.multiple(tok) if tok.pos_ in NOUN_TAGS else None
                if hit is not None and hit > 1 and d.injured is None:
                    d.injured = hit - 1  # 'a deadly quadruple shooting': one dead, three hurt at the least
        elif lemma in howmany.INJURE_LEMMAS:
            # (people first: 'injured seven men and six women' are 13)
            # ('one is critically injured': the copula's subject)
            copula_subject = child(tok.head, "nsubj") if tok.dep_ == "acomp" else None
            q = bare_count("injured") or \
                self.victims(d, target_tok, "injured", tok) or howmany.quantity(target_tok, "injured") or \
                self.victims(d, copula_subject, "injured") or howmany.quantity(copula_subject, "injured")
            if q:
                d.injured = q.value
                d.quantities.append(q)
        elif (lemma in howmany.HARM_LEMMAS or lemma in HARM_NOUNS or "+gunfire" in d.rule) and \
                d.code[:2] in ("18", "19"):
            # 'a man was shot in the leg': one person hurt — unless a later sentence says he died; 'shot at the
            # man as he fled' is shooting toward him, no one said to be hit
            aimed = target_tok is not None and target_tok.dep_ == "pobj" and target_tok.head.lower_ == "at" and \
                target_tok.head.head.i == tok.i and child(tok, "nsubjpass") is None
            # ('after one was shot in the neck': one)
            q = None if aimed else bare_count("injured") or self.victims(d, target_tok, "injured", tok)
            if q:
                d.injured = q.value
                d.quantities.append(q)
                dead = fatally_some(d.target_tok, self.person_nouns) if d.target_tok is not None else None
                if dead is None and tok.pos_ in VERB_TAGS:
                    # 'four men were shot, one fatally': the parser hangs it on the verb
                    dead = fatally_some(tok, self.person_nouns)
                if dead is None and tok.pos_ in VERB_TAGS:
                    # ... or on another word of the sentence: ', three fatally,' just after the verb
                    after = [t for t in tok.doc[tok.i + 1:min(tok.i + 4, tok.sent.end)]
                             if t.like_num or t.lower_ == "one"]
                    dead = next((howmany.parse_number(t.text) for t in after
                                 if any(g.lower_ in howmany.FATAL_ADVERBS for g in t.children)), None)
                if dead is not None and dead <= q.value:  # 'shot six people, one fatally'
                    d.fatalities, d.injured = dead, q.value - dead
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

HARM_NOUNS = {"shooting", "stabbing", "beating"}
NEAR_MISS = {"nearly", "almost"}  # 'nearly killed': a killing that did not happen
HURT_CONDITIONS = {"critical", "serious", "stable", "grave", "fair", "guarded", "life-threatening"}
# What can take a life in an attack: 'a shooting that claimed the life of', 'the bullet took his life'.
LIFE_TAKERS = {"shooting", "attack", "bullet", "gunfire", "gunshot", "shot", "gun", "rifle", "handgun", "pistol",
               "shotgun", "weapon", "stabbing", "ambush", "bombing", "airstrike", "gunman", "hunting", "violence"}
# Verbs of a shot hitting someone, what fires it, and what the shot is: 'a bullet struck a boy', 'the gun
# discharged, striking him'.
STRIKE_LEMMAS = {"strike", "hit", "graze"}
DISCHARGE_LEMMAS = {"discharge", "fire", "ricochet"}
FIRING_LEMMAS = {"open", "fire", "shoot", "spray", "unload"}  # 'opened fire ..., hitting a boy'
BULLET_WORDS = {"bullet", "gunfire", "round", "shot", "pellet", "buckshot", "gunshot", "gun", "handgun", "rifle",
                "shotgun", "pistol", "firearm", "revolver"}
VAGUE_HAPPENINGS = {"incident", "accident", "tragedy", "dispute", "argument", "altercation", "confrontation"}
LEFT_HURT_WORDS = {"injured", "wounded", "hurt"}
# Verbs taking a small clause whose participle tells what happened to its subject ('found five people shot').
SMALL_CLAUSE_VERBS = {"find", "discover", "see", "leave", "have", "get"}
FATAL_NOUN_MODIFIERS = {"fatal", "deadly", "lethal", "death"}


def _hurt_or_killed(tok: Token) -> bool:
    """'hurt or killed', 'killed or wounded', 'two children hurt and killed': the hurt and the dead told in
    one count, which is neither's."""
    harm = howmany.KILL_LEMMAS | howmany.HARM_LEMMAS | {"die"}
    alive, dead = howmany.INJURE_LEMMAS, howmany.KILL_LEMMAS  # (not 'was wounded and later died': one man)
    pairs = [(tok, c) for c in tok.children if c.dep_ == "conj"] + ([(tok.head, tok)] if tok.dep_ == "conj" else [])
    for a, b in pairs:
        lemmas = {a.lemma_.lower(), b.lemma_.lower()}
        joined = {c.lower_ for c in a.children if c.dep_ == "cc"}
        if lemmas <= harm and "or" in joined:
            return True
        if lemmas & alive and lemmas & dead and "and" in joined and child(b, "nsubj", "nsubjpass") is None and \
                a.tag_ == b.tag_ == "VBN" and child(a, "dobj") is None and child(b, "dobj") is None:
            return True  # (participles of one group: not 'killing one and wounding five')
    return False


def own_thing(tok: Token | None) -> bool:
    """'its troops', 'their support': what the actor gives of its own is not the one it is given to."""
    return tok is not None and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)


def fatally_some(victims: Token, person_nouns: frozenset[str]) -> int | None:
    """'six people, one fatally': how many of the victims the apposition says died."""
    for c in victims.children:
        if c.dep_ in ("appos", "npadvmod", "advmod", "conj", "dep") and (c.like_num or c.lower_ == "one") and any(
                g.lower_ in howmany.FATAL_ADVERBS for g in c.children):
            return howmany.parse_number(c.text)
        if c.dep_ == "relcl" and c.lemma_.lower() in ("die", "kill"):  # 'shot two people, one of whom died'
            some = child(c, "nsubj", "nsubjpass")
            if some is not None and (some.like_num or some.lower_ == "one") and prep_object(some, ("of",)) is not None:
                return howmany.parse_number(some.text)
        if c.dep_ == "prep" and c.lower_ == "including":
            # 'shot four others, including one who died', 'eight were shot, including a man who was killed'
            some = child(c, "pobj")
            if some is not None and any(g.dep_ == "relcl" and g.lemma_.lower() in ("die", "kill")
                                        for g in some.children):
                if some.like_num or some.lower_ == "one":
                    return howmany.parse_number(some.text)
                q = howmany.victims(some, person_nouns)
                return q.value if q is not None else None
    return None


def is_fatal(tok: Token, words: set[str]) -> bool:
    """'fatally shot', 'shot dead', 'shot to death', 'shot and killed', 'a fatal shooting', 'shooting death'."""
    if "dead" in words or "death" in words or words & howmany.FATAL_ADVERBS:
        return True
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_.lower() in howmany.KILL_LEMMAS | {"die"} and \
                child(c, "nsubj", "nsubjpass") is None and (child(c, "dobj") is None or child(tok, "dobj") is None):
            # not 'five were shot and one of them was killed', nor 'shot a woman and killed two others'
            return True
        if c.dep_ == "conj" and c.lemma_.lower() in ("pronounce", "declare") and any(
                g.lemma_.lower() == "dead" for g in c.children):
            return True  # 'was shot in the abdomen and was pronounced dead'
        if c.dep_ in ("amod", "compound") and any(g.lemma_.lower() in FATAL_NOUN_MODIFIERS for g in c.subtree):
            return True  # ('a deadly quadruple shooting', 'deadly' parsed on 'quadruple')
        if _to_death(c):
            return True
    # 'the shooting death of ...': the trigger modifies 'death'
    if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() == "death":
        return True
    # 'four people were found shot to death', 'was found shot dead': the marker hangs off 'found'
    head = tok.head
    if tok.dep_ in ("xcomp", "oprd", "ccomp", "advcl", "conj") and head.lemma_.lower() == "find":
        return any(c.lemma_.lower() == "dead" or _to_death(c) for c in head.children)
    return False


def _to_death(c: Token) -> bool:
    """A 'to death' phrase: 'shot to death', 'beaten to death'."""
    return c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in c.children)


@registry.stage("flashpoint.events.v1", requires=("mentions", "quotes"), assigns=("drafts",))
def find_events(state: DocState) -> None:
    finder = EventFinder(state)
    # nominal triggers first, so that verbs can take a noun's author ('the airstrikes ... which killed')
    order = sorted(state.doc, key=lambda t: (t.pos_ not in NOUN_TAGS and t.tag_ != "VBG", t.i))
    for tok in order:
        entry = finder.entry_for(tok)
        if entry is None:
            continue
        d = finder.draft(tok, entry)
        if d is not None:
            state.drafts.append(d)
            finder.by_token[tok.i] = d
    state.drafts.sort(key=lambda d: d.trigger.i)
    compose.drop_consumed_nouns(finder)
    compose.combine_complements(finder)
    compose.apply_mood(finder)
    compose.drop_purpose_repeats(finder)
    compose.merge_subordinate_violence(finder)
    compose.victim_accusations(finder)
    compose.clause_demands(finder)
    compose.aimed_targets(finder)
    compose.expand_compound_actors(finder)
    compose.wound_statements(finder)
    compose.later_deaths(finder)
    compose.dead_victims_not_injured(finder)
    compose.retold_totals(finder)
    compose.headline_tallies(finder)
    # mentions that are not events of their own may still name one ('the arrests sparked ...')
    state.mentioned = [d for d in state.drafts if not d.suppressed]
    state.drafts = [d for d in state.drafts if compose.keep(d, finder)]
    state.drafts.sort(key=lambda d: d.trigger.i)


def compose_same_class(a: str, b: str) -> bool:
    """Two codes of one kind: the same root, or both violent."""
    violent = {"18", "19", "20"}
    return bool(a and b) and (a[:2] == b[:2] or (a[:2] in violent and b[:2] in violent))
