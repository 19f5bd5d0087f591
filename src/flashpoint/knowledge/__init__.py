"""Flashpoint's language and world knowledge, read from the data files beside this module.

Every file is a tab-separated table with a header row and '#' comment lines; every row carries a
reason. `load_knowledge()` reads and validates them once; the result is immutable and is passed to
the extractors (no module-level state).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import Errors, FlashpointError

HERE = Path(__file__).resolve().parent
LEXICON_VERSION = "2026.11.1"
ARMED_AGENTS = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"})


def read_table(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a '#'-commented TSV file as dicts, with their line numbers; checks the required columns."""
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise FlashpointError(Errors.E010.format(path=path, line=0, detail="empty table"))
    header_line, header = lines[0][0], lines[0][1].rstrip("\n").split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise FlashpointError(Errors.E010.format(path=path, line=header_line, detail=f"missing columns {missing}"))
    for n, line in lines[1:]:
        values = next(csv.reader([line.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) > len(header):
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail="too many columns"))
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        for col in required:
            if not row[col].strip():
                raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"empty '{col}'"))
        yield n, {k: v.strip() for k, v in row.items()}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True)
class TypeMapping:
    plover: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None


@dataclass(frozen=True)
class TriggerEntry:
    """One row of events.tsv."""

    pos: str  # "V" or "N"
    lemma: str
    extras: tuple[str, ...]
    code: str | None  # None: no event unless `armed` applies
    armed: str | None
    future: str | None
    acled_sub: str | None
    subject_is_target: bool
    symmetric: bool
    target_preps: tuple[str, ...]
    source_preps: tuple[str, ...]
    reason: str
    line: int

    @property
    def pattern(self) -> str:
        return " ".join((self.lemma, *self.extras))


@dataclass(frozen=True)
class CountryEntry:
    iso3: str
    name: str
    capital: str
    geonameid: int
    population: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class NameEntry:
    """A string that names a country (or an organ of its state) in text."""

    text: str
    iso3: str
    kind: str  # name, demonym, metonym
    agent: str | None


@dataclass(frozen=True)
class Region:
    """A named region used as a place ('the Gaza Strip', 'the Sahel'); country None when it spans several."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    lat: float
    lon: float


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]
    code: str
    country: str
    agent: str | None
    kind: str


@dataclass(frozen=True)
class Person:
    """An office-holder for a period (people.tsv); outside [start, end) the entry says nothing."""

    name: str
    aliases: tuple[str, ...]
    country: str
    agent: str | None
    role: str
    start: dt.date
    end: dt.date | None

    def active(self, on: dt.date | None) -> bool:
        return on is not None and self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class LinkCue:
    """A word that marks one event as the cause of another (link_cues.tsv)."""

    lemma: str
    kind: str  # prep, copula, verb
    preps: tuple[str, ...]
    relation: str  # response, retaliation, cause


@dataclass(frozen=True)
class Knowledge:
    cameo: dict[str, CameoCode]
    types: dict[str, TypeMapping]
    triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]]
    complements: dict[str, str]
    complement_codes: dict[str, tuple[tuple[str, str], ...]]  # mode -> ((prefix, code), ...)
    light_verbs: dict[str, str]
    countries: dict[str, CountryEntry]
    names: dict[str, NameEntry]
    agents: dict[str, tuple[str, str]]  # word -> (agent, kind)
    organizations: tuple[Organization, ...]
    weapons: frozenset[str]
    people: tuple[Person, ...]
    link_cues: dict[str, tuple[LinkCue, ...]]
    abstract_objects: frozenset[str]
    mishaps: frozenset[str]
    person_nouns: frozenset[str] = frozenset()  # nouns that denote people (victim counting)
    regions: tuple[Region, ...] = ()
    modality_cues: dict[tuple[str, str], str] = field(default_factory=dict)  # (position, cue) -> modality
    tally_words: dict[str, str] = field(default_factory=dict)  # word of a casualty tally -> hit, killed, hurt
    version: str = LEXICON_VERSION

    def code_info(self, code: str) -> CameoCode:
        return self.cameo[code]

    def mood_code(self, mode: str, inner: str) -> str | None:
        """The code of 'threatened to <inner>', 'agreed to <inner>' ... (complement_codes.tsv)."""
        for prefix, code in self.complement_codes.get(mode, ()):
            if inner.startswith(prefix):
                return code
        return None

    def type_of(self, code: str) -> TypeMapping:
        """PLOVER/ACLED types of a CAMEO code: the longest prefix in cameo_types.tsv."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.types:
                return self.types[code[:n]]
        return TypeMapping(None, None, None)


def _cameo(path: Path) -> dict[str, CameoCode]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["code"]: CameoCode(r["code"], r["name"], r["root"], int(r["quad_class"]), float(r["goldstein"]))
            for r in rows}


def _types(path: Path, cameo: dict[str, CameoCode]) -> dict[str, TypeMapping]:
    out = {}
    for n, r in read_table(path, ("prefix", "reason")):
        if r["prefix"] not in cameo:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"unknown CAMEO code {r['prefix']}"))
        out[r["prefix"]] = TypeMapping(r["plover"] or None, r["acled_event_type"] or None,
                                       r["acled_sub_event_type"] or None)
    return out


def _triggers(path: Path, cameo: dict[str, CameoCode]) -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    grouped: dict[tuple[str, str], list[TriggerEntry]] = {}
    seen: set[tuple[str, str]] = set()
    for n, r in read_table(path, ("pos", "pattern", "code", "reason")):
        if r["pos"] not in ("V", "N"):
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"pos must be V or N: {r['pos']}"))
        for col in ("code", "armed", "future"):
            if r[col] and r[col] != "-" and r[col] not in cameo:
                raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"unknown CAMEO code {r[col]}"))
        if r["code"] == "-" and not (r["armed"] or r["future"]):
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail="'-' needs an armed or future code"))
        words = [w if w.isupper() else w.lower() for w in r["pattern"].split()]  # PLACE, XCOMP stay markers
        key = (r["pos"], " ".join(words))
        if key in seen:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"duplicate pattern {key}"))
        seen.add(key)
        entry = TriggerEntry(r["pos"], words[0], tuple(words[1:]), None if r["code"] == "-" else r["code"],
                             r["armed"] or None, r["future"] or None, r["acled_sub"] or None,
                             r.get("roles") == "patient", r.get("roles") == "symmetric",
                             _role_preps(r.get("roles", ""), "target="), _role_preps(r.get("roles", ""), "source="),
                             r["reason"], n)
        grouped.setdefault((r["pos"], words[0]), []).append(entry)
    # most specific pattern first
    return {k: tuple(sorted(v, key=lambda e: -len(e.extras))) for k, v in grouped.items()}


def _role_preps(roles: str, prefix: str) -> tuple[str, ...]:
    return tuple(roles[len(prefix):].split("|")) if roles.startswith(prefix) else ()


def _simple(path: Path, key: str, value: str) -> dict[str, str]:
    return {r[key].lower(): r[value] for _, r in read_table(path, (key, value, "reason"))}


def _complement_codes(path: Path, cameo: dict[str, CameoCode]) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for n, r in read_table(path, ("mode", "code", "reason")):
        if r["code"] not in cameo:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"unknown CAMEO code {r['code']}"))
        out.setdefault(r["mode"], []).append((r["prefix"], r["code"]))
    return {k: tuple(v) for k, v in out.items()}


def _countries(path: Path) -> dict[str, CountryEntry]:
    out = {}
    for _, r in read_table(path, ("iso3", "name")):
        out[r["iso3"]] = CountryEntry(r["iso3"], r["name"], r["capital"], int(r["geonameid"] or 0),
                                      int(r["population"] or 0), float(r["lat"]) if r["lat"] else None,
                                      float(r["lon"]) if r["lon"] else None)
    return out


def _names(countries_path: Path, aliases_path: Path, countries: dict[str, CountryEntry]) -> dict[str, NameEntry]:
    """Every country name, other name, demonym (and its plural) and capital; curated aliases win."""
    candidates: dict[str, list[NameEntry]] = {}

    def add(text: str, iso3: str, kind: str, agent: str | None = None) -> None:
        text = text.strip()
        if len(text) >= 2:
            candidates.setdefault(text, []).append(NameEntry(text, iso3, kind, agent))

    for _, r in read_table(countries_path, ("iso3", "name")):
        add(r["name"], r["iso3"], "name")
        for other in filter(None, r["other_names"].split("|")):
            if "," not in other:
                add(other, r["iso3"], "name")
        for dem in filter(None, (d.strip() for d in r["demonym"].split(","))):
            add(dem, r["iso3"], "demonym")
            if not dem.endswith(("ese", "ss", "sh", "ch", "s", "i", "x")) or dem.endswith("i"):
                add(dem + "s", r["iso3"], "demonym")
        if r["capital"]:
            add(r["capital"], r["iso3"], "metonym", "GOV")

    def population(e: NameEntry) -> int:
        c = countries.get(e.iso3)
        return c.population if c else 0

    names = {text: max(entries, key=population) for text, entries in candidates.items()}
    for n, r in read_table(aliases_path, ("alias", "iso3", "kind", "reason")):
        if r["iso3"] not in countries:
            raise FlashpointError(Errors.E010.format(path=aliases_path, line=n, detail=f"unknown country {r['iso3']}"))
        names[r["alias"]] = NameEntry(r["alias"], r["iso3"], r["kind"], r["agent"] or None)
    return names


def _regions(path: Path, countries: dict[str, CountryEntry]) -> tuple[Region, ...]:
    out = []
    for n, r in read_table(path, ("name", "lat", "lon", "reason")):
        if r["country"] and r["country"] not in countries:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"unknown country {r['country']}"))
        out.append(Region(r["name"], tuple(filter(None, r["aliases"].split("|"))), r["country"] or None,
                          float(r["lat"]), float(r["lon"])))
    return tuple(out)


MODALITIES = ("planned", "threatened", "hypothetical", "claimed", "negated")
CUE_POSITIONS = ("aux", "adverb", "modifier", "governor", "raising", "noun")


def _modality_cues(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for n, r in read_table(path, ("cue", "position", "modality", "reason")):
        if r["modality"] not in MODALITIES or r["position"] not in CUE_POSITIONS:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail="unknown modality or position"))
        out[(r["position"], r["cue"].lower())] = r["modality"]
    return out


TALLY_ROLES = ("hit", "killed", "hurt")


def _tally_words(path: Path) -> dict[str, str]:
    out = {}
    for n, r in read_table(path, ("word", "role", "reason")):
        if r["role"] not in TALLY_ROLES:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"unknown role {r['role']!r}"))
        out[r["word"].lower()] = r["role"]
    return out


def _organizations(path: Path) -> tuple[Organization, ...]:
    out = []
    for _, r in read_table(path, ("name", "aliases", "code", "country", "kind", "reason")):
        aliases = tuple(a.strip() for a in r["aliases"].split("|") if a.strip())
        out.append(Organization(r["name"], aliases, r["code"], r["country"], r["agent"] or None, r["kind"]))
    return tuple(out)


def _link_cues(path: Path) -> dict[str, tuple[LinkCue, ...]]:
    out: dict[str, list[LinkCue]] = {}
    for n, r in read_table(path, ("cue", "kind", "relation", "reason")):
        if r["kind"] not in ("prep", "copula", "verb") or r["relation"] not in ("response", "retaliation", "cause"):
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail="bad kind or relation"))
        preps = tuple(p for p in r["preps"].split("|") if p)
        out.setdefault(r["cue"].lower(), []).append(LinkCue(r["cue"].lower(), r["kind"], preps, r["relation"]))
    return {k: tuple(v) for k, v in out.items()}


def _people(path: Path) -> tuple[Person, ...]:
    out = []
    for n, r in read_table(path, ("name", "country", "role", "start", "reason")):
        try:
            start = dt.date.fromisoformat(r["start"])
            end = dt.date.fromisoformat(r["end"]) if r["end"] else None
        except ValueError as e:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=f"bad date: {e}")) from None
        aliases = tuple(dict.fromkeys([r["name"], *(a.strip() for a in r["aliases"].split("|") if a.strip())]))
        out.append(Person(r["name"], aliases, r["country"], r["agent"] or None, r["role"], start, end))
    return tuple(out)


def _words(path: Path) -> frozenset[str]:
    return frozenset(r["word"].lower() for _, r in read_table(path, ("word", "reason")))


def load_lemma_fixes(directory: Path = HERE) -> dict[str, str]:
    """Verb forms the model lemmatises wrongly ('hoped' -> 'hop'), as form -> lemma."""
    return {r["form"].lower(): r["lemma"].lower() for _, r in read_table(directory / "lemmas.tsv",
                                                                          ("form", "lemma", "reason"))}


def _agents(path: Path) -> dict[str, tuple[str, str]]:
    rows = read_table(path, ("word", "agent", "kind", "reason"))
    return {r["word"].lower(): (r["agent"], r["kind"]) for _, r in rows}


@cache
def load_knowledge(directory: Path = HERE) -> Knowledge:
    """Read and validate every knowledge table in `directory` (cached per directory)."""
    cameo = _cameo(directory / "cameo_codes.csv")
    countries = _countries(directory / "countries.tsv")
    return Knowledge(
        cameo=cameo,
        types=_types(directory / "cameo_types.tsv", cameo),
        triggers=_triggers(directory / "events.tsv", cameo),
        complements=_simple(directory / "complements.tsv", "lemma", "mode"),
        complement_codes=_complement_codes(directory / "complement_codes.tsv", cameo),
        light_verbs=_simple(directory / "light_verbs.tsv", "lemma", "role"),
        countries=countries,
        names=_names(directory / "countries.tsv", directory / "country_aliases.tsv", countries),
        agents=_agents(directory / "agents.tsv"),
        organizations=_organizations(directory / "organizations.tsv"),
        weapons=_words(directory / "weapons.tsv"),
        people=_people(directory / "people.tsv"),
        link_cues=_link_cues(directory / "link_cues.tsv"),
        abstract_objects=_words(directory / "abstract_objects.tsv"),
        mishaps=_words(directory / "mishaps.tsv"),
        person_nouns=_words(directory / "person_nouns.tsv"),
        regions=_regions(directory / "regions.tsv", countries),
        modality_cues=_modality_cues(directory / "modality.tsv"),
        tally_words=_tally_words(directory / "tally_words.tsv"),
    )
