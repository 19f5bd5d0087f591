"""Actor mentions: find known names, then resolve noun phrases and pronouns to coded actors.

A mention's country comes from evidence in the text, strongest first: a named organisation, a country
name or demonym modifying the head noun ('Iraqi militia', 'U.S. forces'), a place inside the phrase
('police in Baghdad'), a previous mention of the same person or description ('the militia' -> the
Iraqi militia named earlier), and for a titled official with no other evidence, the country the article
is about. Its sector (agent) comes from the head noun or title ('soldiers' MIL, 'President' GOV).
Without evidence the country stays null.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ..knowledge import Knowledge
from ..nlp import registry
from .state import DocState, Mention, NameHit
from .syntax import RELATIVE_PRONOUNS, based_at

# Dependency labels followed inside a noun phrase when looking for country evidence.
NP_DEPS = {"compound", "amod", "poss", "nmod", "prep", "pobj", "appos", "npadvmod", "nummod", "quantmod"}
NP_PREPS = {"of", "from", "in", "at", "for", "with", "throughout", "across", "inside", "within", "near"}
# Participles whose modifier names a sponsor or an associate, not the actor's own country ('Iran-backed
# militia', 'al-Qaeda-linked rebels').
# ('Saudi-led coalition' is the leader's: CAMEO codes a force by the state that leads it.)
SPONSOR_PARTICIPLES = {"back", "fund", "sponsor", "support", "arm", "supply", "ally", "align", "inspire",
                       "base", "train", "finance", "control", "occupy", "hold", "run", "link", "tie", "connect",
                       "associate"}
GOVERNMENT_NOUNS = {"administration", "government", "cabinet", "regime", "presidency"}
# Party labels the model tags as groups of people (NORP): a 'Socialist minister' is still the state's.
PARTY_WORDS = {"socialist", "communist", "conservative", "liberal", "republican", "democrat", "democratic",
               "labour", "labor", "green", "social", "christian", "maoist", "marxist", "leftist", "rightist"}
# Heads naming another's partner or opponent: their possessor is someone else.
PARTNER_NOUNS = {"ally", "proxy", "partner", "client", "backer", "sponsor", "patron", "enemy", "rival", "foe",
                 "opponent", "adversary"}
# Participles and adjectives that tie people to a group or a place of origin ('affiliated with', 'fleeing').
TIE_PARTICIPLES = {"affiliate", "belong", "flee", "escape"}
TIE_ADJECTIVES = {"loyal", "affiliated", "linked"}
QUANTIFIER_HEADS = {"hundred", "thousand", "dozen", "score", "million", "number", "some", "many", "most",
                    "all", "one", "two", "three", "several", "few", "dozens", "hundreds", "thousands", "part",
                    "majority", "half", "group", "members", "member", "rest", "each", "none", "any", "couple"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "it", "its", "itself"}
SPEAKER_PRONOUNS = {"we", "us", "our", "ours", "i", "me", "my", "ourselves"}
STATE_AGENTS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Sectors of one country's politics: an unnamed one in an article about one country is that country's
# (an opposition opposes a government at home).
DOMESTIC_AGENTS = STATE_AGENTS | {"OPP"}
ETHNIC_GROUP = "an ethnic group, not a state"
GROUP_NOUNS = {"group", "organization", "organisation", "movement", "militia", "faction", "network", "outfit"}


class NameIndex:
    """Finds country names, demonyms, seats of power and organisation aliases in a parsed document."""

    def __init__(self, nlp_vocab, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        self.entries: dict[str, tuple] = {}
        make = nlp_vocab.strings.add
        patterns: dict[str, list[str]] = {}
        for text, entry in knowledge.names.items():
            patterns.setdefault(f"C|{text}", []).append(text)
            self.entries[f"C|{text}"] = ("country", entry)
        for org in knowledge.organizations:  # earlier entries (user dictionaries) win
            for alias in org.aliases:
                patterns.setdefault(f"O|{alias}", []).append(alias)
                self.entries.setdefault(f"O|{alias}", ("org", org))
        self.people: dict[str, list] = {}
        for person in knowledge.people:
            for alias in person.aliases:
                self.people.setdefault(alias, []).append(person)
                patterns.setdefault(f"P|{alias}", [alias])
                self.entries[f"P|{alias}"] = ("person", alias)
        tokenizer = _tokenizer_of(nlp_vocab)
        for key, texts in patterns.items():
            make(key)
            self.matcher.add(key, [tokenizer(t) for t in texts])

    def _titled(self, doc: Doc, start: int) -> bool:
        """A title just before: 'President Reagan', 'Prime Minister obama'."""
        return start > 0 and self.knowledge.agents.get(doc[start - 1].lower_, ("", ""))[1] in ("title", "both")

    def _nationality_hit(self, hits: list[NameHit], doc: Doc, start: int, end: int, surface: str,
                         people: list) -> None:
        """A dictionary person outside every dated role (or in an undated text) keeps a nationality, which
        does not change with office — but no role. Only a full name or a titled surname ('President Reagan')
        counts here: a bare surname with no date to anchor it is too often someone else."""
        countries = {p.country for p in people}
        titled = self._titled(doc, start)
        # 'the Bush administration': an office-holder's government names its country even without a date
        governs = end < len(doc) and doc[end].lower_ in GOVERNMENT_NOUNS
        if len(countries) != 1 or not (end - start > 1 or titled or governs):
            return
        names = {p.name for p in people}
        hits.append(NameHit(start, end, surface, countries.pop(), None, "person",
                            names.pop() if len(names) == 1 else surface,
                            org_kind="nationality; no role dated to the article"))

    def find(self, doc: Doc, original: str, shouting: bool, published=None) -> list[NameHit]:
        hits: list[NameHit] = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            kind, entry = self.entries[key]
            surface = original[doc[start].idx: doc[end - 1].idx + len(doc[end - 1])]
            alias = key.split("|", 1)[1]
            if not _case_ok(alias, surface, shouting) or (kind == "person" and surface.islower() and
                                                           not self._titled(doc, start)):
                continue  # ('bush', 'brown' are words; 'President obama' is a name)
            if kind == "person":
                active = [p for p in self.people[entry] if p.active(published)]
                if active:
                    p = active[0]  # user dictionaries come first
                    hits.append(NameHit(start, end, surface, p.country, p.agent, "person", p.name,
                                        org_kind=f"{p.role} ({p.start.isoformat()}–"
                                                 f"{p.end.isoformat() if p.end else ''})"))
                else:
                    self._nationality_hit(hits, doc, start, end, surface, self.people[entry])
                continue
            if kind == "country":
                hits.append(NameHit(start, end, surface, entry.iso3, entry.agent, entry.kind,
                                    self.knowledge.countries[entry.iso3].name if entry.iso3 in
                                    self.knowledge.countries else entry.text))
            else:
                hits.append(NameHit(start, end, surface, entry.country, entry.agent, "org", entry.name,
                                    code=entry.code, org_kind=entry.kind))
        # longest match wins where matches overlap; organisations win ties
        hits.sort(key=lambda h: (-(h.end - h.start), h.kind != "org", h.start))
        taken: set[int] = set()
        kept = []
        for h in hits:
            if taken.isdisjoint(range(h.start, h.end)):
                kept.append(h)
                taken.update(range(h.start, h.end))
        return sorted(kept, key=lambda h: h.start)


def _tokenizer_of(vocab):
    from spacy.lang.en import English

    nlp = English(vocab=vocab)
    return nlp.make_doc


# Country names that are also ordinary lower-case words.
COMMON_WORD_NAMES = {"chad", "turkey", "jordan", "china", "guinea", "niger", "georgia", "french", "english",
                     "polish", "dutch", "cook", "man", "nice", "reading", "mobile", "independence",
                     "male"}  # (Malé, the capital of the Maldives)


def _case_ok(alias: str, surface: str, shouting: bool) -> bool:
    """Acronyms match only in their own case; names only capitalised, except in shouted or lower-case text."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        if shouting:
            return "." in alias  # 'U.S.' is safe in capitals, 'US' and 'IS' are not
        return surface == alias
    if shouting:
        return True
    if surface.islower():
        return alias.lower() not in COMMON_WORD_NAMES
    # a capitalised name, one written as the lexicon writes it ('al-Qaeda', 'de Klerk'), or one typed with
    # a slipped shift key ('iSrael'): capitals inside a word are no common word
    return surface[:1].isupper() or surface == alias or (any(c.isupper() for c in surface[1:]) and
                                                         surface.lower() == alias.lower())


# --------------------------------------------------------------------------- resolution


def np_tokens(tok: Token) -> list[tuple[Token, int]]:
    """The tokens of tok's noun phrase that can carry evidence about it, with their depth."""
    out, stack = [], [(tok, 0)]
    while stack:
        t, depth = stack.pop()
        out.append((t, depth))
        for c in t.children:
            if c.dep_ == "acl" and c.lemma_.lower() in TIE_PARTICIPLES or (
                    c.dep_ == "amod" and c.lemma_.lower() in TIE_ADJECTIVES and depth == 0):
                # 'workers affiliated with the Serbian union', 'refugees fleeing the war in Liberia',
                # 'militants loyal to the Iraqi frontman': what the people belong to or come from
                stack.extend((g, depth + 1) for g in c.children if g.dep_ in ("prep", "dobj"))
                continue
            if c.dep_ not in NP_DEPS:
                continue
            if c.dep_ == "prep" and c.lower_ not in NP_PREPS and t.lemma_.lower() not in TIE_ADJECTIVES:
                continue
            if c.dep_ == "amod" and c.pos_ == "VERB" and c.lemma_.lower() in SPONSOR_PARTICIPLES:
                continue  # 'Iran-backed', 'UK-based', 'Qaeda-linked': a sponsor, base or associate, not the actor
            if c.dep_ == "poss" and t.lemma_.lower() in PARTNER_NOUNS:
                continue  # 'Israel's militia ally': the partner of a state, not the state ('EC partners' are)
            stack.append((c, depth + 1))
    return out


def skip_quantifier(tok: Token) -> Token:
    """'hundreds of supporters' -> 'supporters'; '25 of the fighters' -> 'fighters'."""
    seen = 0
    while (tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTIFIER_HEADS) and seen < 3:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        tok, seen = pobj, seen + 1
    return tok


def person_span(tok: Token) -> tuple[int, int] | None:
    if tok.ent_type_ == "PERSON":
        start = tok.i
        while start > 0 and tok.doc[start - 1].ent_iob_ == "I" and tok.doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        if tok.ent_iob_ == "I":
            while start > 0 and tok.doc[start].ent_iob_ != "B":
                start -= 1
        end = tok.i + 1
        while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
            end += 1
        return start, end
    return None


def child_pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def agent_of(tok: Token, knowledge: Knowledge, title_only: bool = False, nouns_only: bool = False) -> str | None:
    lemma = tok.lemma_.lower()
    for c in tok.children:  # two-word roles: 'security forces', 'riot police'
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            hit = knowledge.agents.get(f"{c.lemma_.lower()} {lemma}")
            if hit and not title_only:
                return hit[0]
    for word in (lemma, tok.lower_):
        hit = knowledge.agents.get(word)
        if hit and (not title_only or hit[1] in ("title", "both")) and (not nouns_only or hit[1] != "title"):
            return hit[0]
    return None


class ActorResolver:
    """Resolves noun-phrase heads and pronouns of one document to mentions."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.k = state.knowledge

    # -- public -------------------------------------------------------------------------
    def resolve(self, tok: Token | None, *, speaker: Mention | None = None) -> Mention | None:
        if tok is None:
            return None
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl"):
            return self.resolve(tok.head.head, speaker=speaker)
        if tok.pos_ == "PRON" or (tok.lower_ in SPEAKER_PRONOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS
                                  and not tok.text.isupper()):  # 'US' is a country, 'us' a pronoun
            return self.resolve_pronoun(tok, speaker)
        tok = skip_quantifier(tok)
        if tok.i in self.state.mentions:
            return self.state.mentions[tok.i]
        mention = self.describe(tok)
        self.state.mentions[tok.i] = mention
        return mention

    def resolve_pronoun(self, tok: Token, speaker: Mention | None) -> Mention | None:
        word = tok.lower_
        if word in SPEAKER_PRONOUNS:
            if speaker is None:
                return None
            return Mention(tok.i, tok.i, tok.i + 1, tok.text, speaker.country, speaker.agent, speaker.name,
                           speaker.code, speaker.kind, "speaker of the quote", speaker.person)
        reporter = self._reporting_subject(tok)
        group = word in ("they", "them", "their")
        if reporter is not None and (reporter.person == (word in PERSON_PRONOUNS) or
                                     (group and self._coordinated(reporter))):
            return Mention(tok.i, tok.i, tok.i + 1, tok.text, reporter.country, reporter.agent, reporter.name,
                           reporter.code, reporter.kind, f"pronoun -> {reporter.text}", reporter.person,
                           reporter.plural, refers_to=reporter.head)
        before = [m for i, m in sorted(self.state.mentions.items()) if i < tok.i and m.informative]
        if word in PERSON_PRONOUNS:
            cands = [m for m in before if m.person]
        elif word in GROUP_PRONOUNS:
            cands = [m for m in before if not m.person and (m.country or m.code) and
                     self.state.doc[m.head].sent.start >= tok.sent.start - 200]
            if word in ("they", "them", "their", "themselves"):
                plural = [m for m in cands if m.plural or m.kind in ("state", "non-state", "IGO")]
                cands = plural or cands
        else:
            return None
        # the nearest antecedent in the same or the previous sentences
        cands = [m for m in cands if self.state.doc[m.head].sent.start <= tok.sent.start and
                 tok.i - m.head < 400]
        if not cands:
            return None
        # the nearest sentence with a candidate; there, the subject is the likelier antecedent
        doc = self.state.doc
        last_sent = doc[cands[-1].head].sent.start
        same = [m for m in cands if doc[m.head].sent.start == last_sent]
        subjects = [m for m in same if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        ante = (subjects or same)[-1]
        return Mention(tok.i, tok.i, tok.i + 1, tok.text, ante.country, ante.agent, ante.name, ante.code,
                       ante.kind, f"pronoun -> {ante.text}", ante.person, ante.plural, refers_to=ante.head)

    def _coordinated(self, m: Mention) -> bool:
        doc = self.state.doc
        return any(c.dep_ == "conj" for i in range(m.start, m.end) for c in doc[i].children)

    def _reporting_subject(self, tok: Token) -> Mention | None:
        """'The union said it would strike': a subject pronoun of a reported clause is the reporter."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("it", "they", "he", "she"):
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        m = self.resolve(subj)
        return m if m is not None and m.informative else None

    # -- description of a noun phrase ------------------------------------------------------
    def describe(self, tok: Token, *, via_conjunct: bool = False) -> Mention:
        doc = self.state.doc
        tokens = np_tokens(tok)
        appositive = {d.i for t, _ in tokens if t.dep_ == "appos" for d in t.subtree}
        idx = [t.i for t, _ in tokens if t.i not in appositive] or [tok.i]
        lo, hi = min(idx), max(idx) + 1
        pspan = person_span(tok)
        if pspan is None and tok.pos_ == "PROPN" and self._known_person(tok):
            pspan = (tok.i, tok.i + 1)  # 'Trump' tagged ORG by the model, but named as a person earlier
        if pspan:
            lo, hi = min(lo, pspan[0]), max(hi, pspan[1])
        m = Mention(tok.i, lo, hi, doc[lo:hi].text, plural=tok.tag_ in ("NNS", "NNPS"))
        m.agent = agent_of(tok, self.k)
        depth_of = {t.i: d for t, d in tokens}

        # named organisation or country names inside the phrase, nearest the head first
        hits = [h for h in self.state.name_hits if any(i in depth_of for i in range(h.start, h.end))]
        hits.sort(key=lambda h: (min(depth_of.get(i, 99) for i in range(h.start, h.end)), h.kind != "org"))
        org = next((h for h in hits if h.kind == "org" and self._near(h, depth_of, 2)), None)
        if org is not None and not org.start <= tok.i < org.end and any(
                h.kind == "name" and h.start <= tok.i < h.end for h in hits):
            org = None  # 'NATO-member Norway': the country the phrase names, not the alliance it belongs to
        if org:
            m.country, m.code, m.name = org.country, org.code, org.name
            inside = org.start <= tok.i < org.end  # 'the Kurdistan Workers' Party' vs 'Hezbollah fighters'
            m.agent = org.agent if inside or not m.agent or org.org_kind == "IGO" else m.agent
            if m.agent and org.agent and m.agent != org.agent and org.country != "IGO":
                m.code = (org.country or "---") + m.agent
            m.kind = {"IGO": "IGO", "state": "state"}.get(org.org_kind or "", "non-state")
            m.evidence = f"organisation: {org.text}"
            person = next((h for h in hits if h.kind == "person" and h.start <= tok.i < h.end), None)
            if not inside and (pspan is not None or person is not None):
                # 'U.N. Secretary-General Kofi Annan': a person of the organisation ('he' refers to him)
                m.person, m.kind = True, "person"
                m.name = person.name if person is not None else doc[pspan[0]:pspan[1]].text
            return m
        person_hit = next((h for h in hits if h.kind == "person" and h.start <= tok.i < h.end), None)
        country_hit = next((h for h in hits if h.kind not in ("org", "person")), None)
        if country_hit is not None and country_hit.kind == "demonym" and country_hit.start <= tok.i < country_hit.end:
            country_hit = self._residence(tok, hits, country_hit)
        if country_hit is not None and country_hit.kind == "demonym" and country_hit.start > 0 and \
                doc[country_hit.start - 1].lower_ == "ethnic":
            # 'ethnic Albanians in Serbia', 'ethnic Turks': a people, not the state its name comes from
            residence = self._residence(tok, hits, country_hit) if country_hit.start <= tok.i < country_hit.end \
                else country_hit
            if residence is country_hit:
                country_hit = None
                m.evidence = ETHNIC_GROUP  # coded by where it lives, when the event's place says
                if m.agent is None and tok.tag_ in ("NNS", "NNPS"):
                    m.agent = "CVL"  # a people: civilians until the text says otherwise
            else:
                country_hit = residence
        if country_hit:
            m.country = country_hit.country
            m.evidence = f"{country_hit.kind}: {country_hit.text}"
            if country_hit.kind == "metonym" and country_hit.start <= tok.i < country_hit.end:
                m.agent = m.agent or country_hit.agent
                m.name = country_hit.text  # 'the Pentagon', 'the Defense Department': the organ itself
            if country_hit.start <= tok.i < country_hit.end and country_hit.kind == "name":
                m.kind = "state"
            m.name = m.name or country_hit.name
        if m.country is None:
            self._place_country(m, tokens)
        owner = next((h for h in hits if h.kind == "person" and not h.start <= tok.i < h.end
                      and self._near(h, depth_of, 1)), None)
        if m.country is None and owner is not None and pspan is None and person_hit is None:
            # 'the Reagan administration', 'Putin's aides': the office-holder's country
            m.country, m.evidence = owner.country, f"belongs to {owner.name}, {owner.org_kind}"
        if m.agent is None and pspan is None:
            m.agent = self._title_agent(tok)
        if person_hit is not None and pspan is None:
            pspan = (person_hit.start, person_hit.end)
        if pspan:
            m.person = True
            m.kind = "person"
            m.agent = m.agent or self._title_agent(tok)
            m.name = doc[pspan[0]:pspan[1]].text
            if person_hit is not None:
                m.name = person_hit.name
                m.agent = m.agent or person_hit.agent
                if m.country is None:
                    m.country = person_hit.country
                    m.evidence = f"dictionary: {person_hit.name}, {person_hit.org_kind}"
            if m.country is None:
                self._person_coref(m, tok)
        elif m.country is None:
            self._description_coref(m, tok)
        if m.country is None and not via_conjunct:
            self._conjunct_country(m, tok)
        if m.country is None and not m.person:
            self._modifier_country(m, tok)
        group_word = any(t.ent_type_ == "NORP" and t.lower_ not in PARTY_WORDS and
                         not any(h.start <= t.i < h.end for h in hits)
                         for t, _ in tokens)  # 'Tamil leaders', 'Shiite officials': a people we cannot place
        if m.country is None and m.agent in DOMESTIC_AGENTS and (m.person or not m.name) and \
                self.state.dominant_country and not group_word:
            # an unnamed state organ or titled official, in an article about one country
            m.country = self.state.dominant_country
            m.evidence = "state organ or official; the country the article is about"
        if m.kind == "unknown" and m.country and not m.person:
            m.kind = "state" if m.agent in ("GOV", "MIL", "COP", "LEG", "JUD", "SPY", None) else "non-state"
        if m.agent in ("REB", "INS", "SEP", "OPP", "CRM") and m.kind == "state":
            m.kind = "non-state"
        return m

    def _residence(self, tok: Token, hits: list[NameHit], people: NameHit) -> NameHit:
        """'Bosnian Serbs', 'Kosovo Albanians', 'ethnic Albanians in southern Serbia': a people named by
        its nation is coded by the country it lives in when the phrase names that country."""
        for h in hits:
            if h is people or h.kind not in ("name", "demonym"):
                continue
            first = self.state.doc[h.start]
            if first.head.i == tok.i and first.dep_ in ("amod", "compound") and first.i < tok.i:
                return h
            if h.kind == "name" and first.dep_ == "pobj" and first.head.lower_ in ("in", "of", "from") and \
                    first.head.head.i == tok.i:
                return h
            if h.kind == "name" and first.dep_ in ("compound", "amod") and first.head.dep_ == "pobj" and \
                    first.head.head.lower_ in ("in", "of") and first.head.head.head.i == tok.i:
                return h  # 'Albanians in south Serbia' parsed with 'south' as the head
        return people

    def _place_country(self, m: Mention, tokens: list[tuple[Token, int]]) -> None:
        """'police in Jericho', 'a militia in Aleppo': a place inside the phrase gives its country."""
        gaz = self.state.gazetteer
        if gaz is None:
            return
        doc = self.state.doc
        for t, depth in sorted(tokens, key=lambda x: x[1]):
            # (also the head itself: a town acted on is its country's, 'the besieged town of Gorazde')
            if t.ent_type_ not in ("GPE", "LOC") or t.ent_iob_ != "B" or (depth == 0 and t.dep_ == "nsubj"):
                continue
            end = t.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            place = gaz.lookup(doc[t.i:end].text)
            if place is not None and place.country:
                m.country, m.evidence = place.country, f"place: {doc[t.i:end].text}"
                return

    def _known_person(self, tok: Token) -> bool:
        word = tok.text.lower()
        return any(other.person and other.name and word in other.name.lower().split()
                   for i, other in self.state.mentions.items() if i < tok.i)

    def _modifier_country(self, m: Mention, tok: Token) -> None:
        """'the group's fighters', 'its supporters': the country of the owner the phrase refers back to."""
        for c in tok.children:
            owner = c if c.dep_ == "poss" else child_pobj(c) if c.dep_ == "prep" and c.lower_ == "of" else None
            if owner is None or owner.i == tok.i or tok.lemma_.lower() in PARTNER_NOUNS:
                continue  # ('Ethiopia's allies' belong to no one's country but their own)
            other = self.resolve(owner)
            if other is not None and (other.country or other.code):
                m.country = other.country
                m.evidence = f"belongs to '{other.text}' ({other.evidence})"
                if m.agent is None:
                    m.agent = other.agent
                return

    def _near(self, hit: NameHit, depth_of: dict[int, int], limit: int) -> bool:
        return min(depth_of.get(i, 99) for i in range(hit.start, hit.end)) <= limit

    def _title_agent(self, tok: Token) -> str | None:
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "appos"):
                agent = agent_of(c, self.k) or self._title_agent(c)
                if agent:
                    return agent
        return None

    def _person_coref(self, m: Mention, tok: Token) -> None:
        """A later 'Esper' takes the country of the earlier 'Defense Secretary Mark Esper'."""
        last = tok.text.lower()
        for i, other in sorted(self.state.mentions.items(), reverse=True):
            if i < tok.i and other.person and other.name and last in other.name.lower().split():
                m.country = m.country or other.country
                m.agent = m.agent or other.agent
                m.name = other.name
                m.evidence = other.evidence if other.country else m.evidence
                return

    def _description_coref(self, m: Mention, tok: Token) -> None:
        """'the militia', 'the group', 'the embassy' take the country of the nearest earlier match."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return
        has_definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "this", "that")
                           for c in tok.children)
        if not has_definite:
            return
        lemma = tok.lemma_.lower()
        for i, other in sorted(self.state.mentions.items(), reverse=True):
            if i >= tok.i or not (other.country or other.code):
                continue
            other_lemma = self.state.doc[other.head].lemma_.lower()
            same = other_lemma == lemma
            group = lemma in GROUP_NOUNS and (other.agent in ("REB", "INS", "SEP") or other.kind == "non-state")
            if same or group:
                m.country, m.code, m.name = other.country, other.code if group else None, other.name
                m.agent = m.agent or other.agent
                m.kind = other.kind
                m.evidence = f"refers back to '{other.text}'"
                return

    def _conjunct_country(self, m: Mention, tok: Token) -> None:
        """'the President & Prime Minister of Iraq': the shared 'of Iraq' applies to both conjuncts."""
        for c in tok.conjuncts:
            if c.i == tok.i:
                continue
            other = self.state.mentions.get(c.i) or self.describe(c, via_conjunct=True)
            if other.country and not other.person:
                m.country, m.evidence = other.country, f"conjunct: {other.text}"
                return


def dominant_country(hits: list[NameHit]) -> str | None:
    """The country the article is about: the only one it names, or the one it names most (twice or more)."""
    counts = Counter(h.country for h in hits if h.country and h.country != "IGO")
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    (top, n), (_, second) = ranked
    return top if n >= 2 and n > second else None


@registry.stage("flashpoint.mentions.v1", requires=("doc",), assigns=("name_hits", "mentions", "dominant_country"))
def find_mentions(state: DocState) -> None:
    """Find known names, then resolve every noun-phrase head in reading order (for coreference)."""
    state.name_hits = state.name_index.find(state.doc, state.text, state.shouting, state.published)
    state.dominant_country = dominant_country([h for h in state.name_hits if not based_at(state.doc, h.end)])
    resolver = ActorResolver(state)
    _describe_all(state, resolver)
    if defined_acronyms(state):
        # 'the Liberian Peace Council (LPC)': later mentions of 'LPC' are that actor; describe them again
        state.mentions = {}
        _describe_all(state, resolver)


def _describe_all(state: DocState, resolver: ActorResolver) -> None:
    """Resolve every noun-phrase head in reading order, so that later mentions can refer back."""
    for tok in state.doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and tok.i not in state.mentions:
            m = resolver.describe(tok)
            if m.informative or m.person:
                state.mentions[tok.i] = m

ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")


def defined_acronyms(state: DocState) -> bool:
    """Turn every use of an acronym defined in parentheses after a resolved name into a name hit."""
    doc = state.doc
    found: dict[str, Mention] = {}
    for tok in doc[1:-1]:
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")" or not ACRONYM.fullmatch(tok.text):
            continue
        if sum(c.isupper() for c in tok.text) < 2 or state.hit_at(tok.i) is not None:
            continue
        # the phrase just before the parenthesis
        before = doc[tok.i - 2]
        head = before
        while head.dep_ in ("compound", "amod", "flat") and head.head.i > head.i and head.head.i < tok.i:
            head = head.head
        m = state.mentions.get(head.i)
        if m is None or not (m.country or m.code):
            continue
        found[tok.text] = m
    if not found:
        return False
    for tok in doc:
        m = found.get(tok.text)
        if m is not None and state.hit_at(tok.i) is None:
            state.name_hits.append(NameHit(tok.i, tok.i + 1, tok.text, m.country, m.agent, "org",
                                           m.name or doc[m.start:m.end].text, code=m.composite_code(),
                                           org_kind="IGO" if m.country == "IGO" else m.kind))
    state.name_hits.sort(key=lambda h: h.start)
    return True
