"""User actor dictionaries: Flashpoint YAML and the PETRARCH/TABARI format, with date-bounded roles."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.knowledge import load_knowledge
from flashpoint.knowledge.dictionaries import parse_code_block, read_dictionary, with_dictionaries

PETRARCH_SAMPLE = """<!-- a dictionary written for this test -->
ARNOR_  [ARN]
+ARNORIAN
GONDOR [GON] # the southern kingdom
+MINAS_TIRITH
DENETHOR
+STEWARD_DENETHOR
\t[GON < 900101]
\t[GONGOV 19900101 - 19991231]
\t[GONELI > 000101]
"""

YAML_SAMPLE = """actors:
  - name: Free Harbour Union
    aliases: [FHU]
    code: KENLAB
  - name: Amina Wekesa
    roles:
      - {code: KENLAB, from: 2020-01-01, to: 2024-12-31}
      - {code: KENGOV, from: 2025-01-01}
"""


@pytest.mark.parametrize(("block", "expected"), [
    ("ISR", ("ISR", None, None)),
    ("USAGOV 090120-170120", ("USAGOV", dt.date(2009, 1, 20), dt.date(2017, 1, 20))),
    ("HOB < 950601", ("HOB", None, dt.date(1995, 6, 1))),
    ("HOBREB > 19990816", ("HOBREB", dt.date(1999, 8, 16), None)),
    ("FRO/BIL/SAM", ("FRO", None, None)),
])
def test_dictionaries_code_blocks(block, expected):
    assert parse_code_block(block) == expected


def test_dictionaries_petrarch_format(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_SAMPLE, encoding="utf-8")
    entries = {e.name: e for e in read_dictionary(path)}
    assert entries["Arnor"].aliases == ["Arnorian"] and entries["Arnor"].roles == [("ARN", None, None)]
    assert entries["Gondor"].aliases == ["Minas Tirith"]
    assert [r[0] for r in entries["Denethor"].roles] == ["GON", "GONGOV", "GONELI"]


def test_dictionaries_yaml_format(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(YAML_SAMPLE, encoding="utf-8")
    entries = {e.name: e for e in read_dictionary(path)}
    assert entries["Free Harbour Union"].roles == [("KENLAB", None, None)]
    assert entries["Amina Wekesa"].roles[1] == ("KENGOV", dt.date(2025, 1, 1), None)


def test_dictionaries_bad_yaml_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("actors: [{aliases: [x]}]", encoding="utf-8")
    with pytest.raises(FlashpointError, match=r"\[E010\].*needs a 'name'"):
        read_dictionary(path)


def test_dictionaries_date_bounded_roles_in_extraction(tmp_path):
    from flashpoint.pipeline import Pipeline

    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_SAMPLE, encoding="utf-8")
    pipeline = Pipeline(knowledge=with_dictionaries(load_knowledge(), [path]))
    text = "Denethor attacked Arnor on Monday."
    early = pipeline.extract(text, published="1995-06-01").events[0]
    late = pipeline.extract(text, published="2003-06-01").events[0]
    assert early.source.code == "GONGOV" and early.target.code == "ARN"
    assert late.source.code == "GONELI"


def test_dictionaries_import_the_petrarch_validation_dictionary(shared):
    path = shared / "data" / "petrarch" / "dictionaries" / "petr_unittest" / "PETR.Validate.actors.txt"
    entries = {e.name: e for e in read_dictionary(path)}
    assert len(entries) > 100
    gollum = entries["Gollum"]
    assert "Smeagol" in gollum.aliases and len(gollum.roles) == 3
    assert entries["International Criminal Police Organization"].aliases == ["Interpol"]


def test_dictionaries_cli_option(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(YAML_SAMPLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "flashpoint", "extract", "-", "--published", "2022-05-02",
                          "--format", "json", "--actors", str(path)],
                         input="The Free Harbour Union blocked the port road on Monday.", capture_output=True,
                         text=True, cwd=Path(__file__).resolve().parents[1], timeout=600)
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)["events"]
    assert events and events[0]["source"]["code"] == "KENLAB"
