"""User actor dictionaries: Flashpoint's YAML format and the PETRARCH/TABARI actor-dictionary format.

YAML (`flashpoint extract --actors my-actors.yaml`)::

    actors:
      - name: Kata'ib Hezbollah
        aliases: [Kataib Hezbollah, KH]
        code: IRQREB            # CAMEO composite code; country and sector are read from it ...
        country: IRQ            # ... unless given
        sector: REB
        kind: non-state         # state, non-state, IGO (default: from the code)
      - name: Barack Obama
        aliases: [Obama]
        roles:                  # date-bounded codes: the article's publication date picks one
          - {code: USAELI, from: 2005-01-03, to: 2008-11-16}
          - {code: USAGOV, from: 2009-01-20, to: 2017-01-20}

PETRARCH/TABARI (`.txt`)::

    BARACK_OBAMA_  [USAELI 050103-081116] [USAGOV 090120-170120]
    +OBAMA_
    GOLLUM
    +SMEAGOL
        [HOB < 950601]
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]

Names use '_' for spaces, '+' lines are synonyms of the entry above, '#' starts a comment, dates are
YYMMDD or YYYYMMDD, '<' means before and '>' from that date on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import yaml

from ..errors import Errors, FlashpointError
from . import Knowledge, Organization, Person

EARLIEST = dt.date(1, 1, 1)
CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


@dataclasses.dataclass
class DictionaryEntry:
    name: str
    aliases: list[str]
    roles: list[tuple[str, dt.date | None, dt.date | None]]  # (code, from, until)
    country: str | None = None
    sector: str | None = None
    kind: str | None = None


def parse_date(text: str) -> dt.date:
    digits = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", digits):
        return dt.date.fromisoformat(digits)
    if re.fullmatch(r"\d{6}", digits):
        yy = int(digits[:2])
        return dt.date(1900 + yy if yy >= 30 else 2000 + yy, int(digits[2:4]), int(digits[4:]))
    if re.fullmatch(r"\d{8}", digits):
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    raise ValueError(f"bad date {text!r}")


def parse_code_block(block: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """'USAGOV 090120-170120' -> ('USAGOV', 2009-01-20, 2017-01-20); 'HOB < 950601'; 'ISR'.
    A joint code 'FRO/BIL/SAM' keeps its first actor (Flashpoint codes one actor per mention)."""
    block = block.strip()
    if not block:
        return None
    m = re.fullmatch(r"([A-Za-z0-9+\-]{3,})(?:/[A-Za-z0-9+\-]{3,})*\s*"
                     r"(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?", block)
    if not m:
        raise ValueError(f"bad code block [{block}]")
    code = m.group(1).upper()
    if m.group(2) == "<":
        return code, None, parse_date(m.group(3))
    if m.group(2) == ">":
        return code, parse_date(m.group(3)), None
    if m.group(4):
        return code, parse_date(m.group(4)), parse_date(m.group(5))
    return code, None, None


def surface(name: str) -> str:
    """'BARACK_OBAMA_' -> 'Barack Obama' (short all-capital words stay acronyms)."""
    words = [w for w in name.replace("_", " ").split() if w]
    return " ".join(w if (len(w) <= 4 and w.isupper() and w.isalpha() and len(words) == 1) or not w.isupper()
                    else w.capitalize() for w in words)


def read_petrarch(path: Path) -> list[DictionaryEntry]:
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"),  # keep line numbers
                  path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    entries: list[DictionaryEntry] = []
    current: DictionaryEntry | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        try:
            blocks = [parse_code_block(b) for b in CODE_BLOCK.findall(line)]
        except ValueError as e:
            raise FlashpointError(Errors.E010.format(path=path, line=n, detail=e)) from None
        head = CODE_BLOCK.sub("", line).strip()
        if raw[:1].isspace() and not head:  # a code line under the current entry
            if current is not None:
                current.roles += [b for b in blocks if b]
            continue
        if head.startswith("+"):
            if current is not None:
                current.aliases.append(surface(head[1:]))
            continue
        current = DictionaryEntry(surface(head), [], [b for b in blocks if b])
        entries.append(current)
    return [e for e in entries if e.roles]


def read_yaml(path: Path) -> list[DictionaryEntry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise FlashpointError(Errors.E010.format(path=path, line=0, detail=f"not valid YAML: {e}")) from None
    rows = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise FlashpointError(Errors.E010.format(path=path, line=0, detail="expected a top-level 'actors' list"))
    out = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not row.get("name"):
            raise FlashpointError(Errors.E010.format(path=path, line=i, detail="each actor needs a 'name'"))
        roles = []
        try:
            for r in row.get("roles") or []:
                roles.append((str(r["code"]).upper(), _yaml_date(r.get("from")), _yaml_date(r.get("to"))))
        except (KeyError, TypeError, ValueError) as e:
            raise FlashpointError(Errors.E010.format(path=path, line=i, detail=f"bad role: {e}")) from None
        if row.get("code"):
            roles.append((str(row["code"]).upper(), None, None))
        if not roles and not row.get("country"):
            raise FlashpointError(Errors.E010.format(path=path, line=i, detail="needs a code, roles or a country"))
        out.append(DictionaryEntry(str(row["name"]), [str(a) for a in row.get("aliases") or []], roles,
                                   row.get("country"), row.get("sector"), row.get("kind")))
    return out


def _yaml_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def read_dictionary(path: Path) -> list[DictionaryEntry]:
    if not path.is_file():
        raise FlashpointError(Errors.E008.format(path=path, detail="no such file"))
    return read_yaml(path) if path.suffix.lower() in (".yaml", ".yml") else read_petrarch(path)


def split_code(code: str) -> tuple[str | None, str | None]:
    """'USAGOV' -> ('USA', 'GOV'); 'IGOUNO' -> ('IGO', 'UNO'); '---REB' -> (None, 'REB')."""
    country = code[:3] if len(code) >= 3 and code[:3].isalpha() else None
    agent = code[3:6] if len(code) >= 6 else None
    return country, agent


def with_dictionaries(knowledge: Knowledge, paths: list[Path]) -> Knowledge:
    """The knowledge plus the actors of user dictionaries (which take precedence: they are matched first)."""
    orgs: list[Organization] = []
    people: list[Person] = []
    for path in paths:
        for e in read_dictionary(path):
            aliases = tuple(dict.fromkeys([e.name, *e.aliases]))
            undated = [r for r in e.roles if r[1] is None and r[2] is None]
            dated = [r for r in e.roles if r not in undated]
            if not e.roles:
                code = (e.country or "---") + (e.sector or "")
                undated = [(code, None, None)]
            for code, start, end in dated:
                country, agent = split_code(code)
                people.append(Person(e.name, aliases, e.country or country or "---", e.sector or agent, code,
                                     start or EARLIEST, end))
            for code, _, _ in undated[:1]:
                country, agent = split_code(code)
                country = e.country or country
                kind = e.kind or ("IGO" if country == "IGO" else "state" if agent in (None, "GOV", "MIL", "COP")
                                  else "non-state")
                orgs.append(Organization(e.name, aliases, code, country, e.sector or agent, kind))
    return dataclasses.replace(knowledge, organizations=tuple(orgs) + knowledge.organizations,
                               people=tuple(people) + knowledge.people)
