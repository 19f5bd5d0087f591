import shutil
from pathlib import Path

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.knowledge import HERE, load_knowledge


def test_knowledge_loads_every_table():
    k = load_knowledge()
    assert len(k.cameo) == 312
    assert sum(len(v) for v in k.triggers.values()) >= 400
    assert k.names["Iraqi"].iso3 == "IRQ"
    assert k.names["Kremlin"].agent == "GOV"
    assert any(o.name == "Hezbollah" for o in k.organizations)


@pytest.mark.parametrize(("code", "plover", "acled"), [
    ("195", "FIGHT", "Air/drone strike"),
    ("1831", "ASSAULT", "Suicide bomb"),
    ("173", "COERCE", "Arrests"),
    ("141", "PROTEST", "Peaceful protest"),
    ("057", "SUPPORT", "Agreement"),
    ("036", "AGREE", None),
    ("112", "DISAPPROVE", None),
])
def test_knowledge_type_mapping_longest_prefix(code, plover, acled):
    t = load_knowledge().type_of(code)
    assert t.plover == plover
    assert t.acled_sub_event_type == acled


def test_knowledge_every_trigger_code_is_cameo():
    k = load_knowledge()
    for entries in k.triggers.values():
        for e in entries:
            for code in (e.code, e.armed, e.future):
                assert code is None or code in k.cameo, e.pattern


def test_knowledge_mood_codes():
    k = load_knowledge()
    assert k.mood_code("threaten", "190") == "138"
    assert k.mood_code("intent", "0841") == "0353"
    assert k.mood_code("demand", "0841") == "1053"
    assert k.mood_code("refuse", "040") == "125"


def _copy_tables(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(HERE, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_knowledge_rejects_unknown_code(tmp_path):
    folder = _copy_tables(tmp_path)
    with (folder / "events.tsv").open("a", encoding="utf-8") as f:
        f.write("V\tfrobnicate\t999\t\t\t\t\ta made-up code\n")
    with pytest.raises(FlashpointError, match=r"\[E010\].*unknown CAMEO code 999"):
        load_knowledge(folder)


def test_knowledge_rejects_duplicate_pattern(tmp_path):
    folder = _copy_tables(tmp_path)
    with (folder / "events.tsv").open("a", encoding="utf-8") as f:
        f.write("V\tkill\t190\t\t\t\t\tduplicate of an existing row\n")
    with pytest.raises(FlashpointError, match="duplicate pattern"):
        load_knowledge(folder)


def test_knowledge_every_row_has_a_reason():
    for path in HERE.glob("*.tsv"):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        header = lines[0].split("\t")
        if "reason" not in header:
            continue
        col = header.index("reason")
        for line in lines[1:]:
            assert line.split("\t")[col].strip(), f"{path.name}: {line}"
