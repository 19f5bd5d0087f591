import json

import pytest

from flashpoint.ingest import MAX_CHARS, Rejected, check_text, decode, read_inputs, read_jsonl_lines


def test_ingest_decode_utf8_with_bom():
    assert decode("\ufeffIraq".encode()) == "Iraq"


def test_ingest_decode_utf16_with_bom():
    assert decode("Kabul".encode("utf-16")) == "Kabul"


@pytest.mark.parametrize(("data", "code"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002"),
    (bytes(range(1, 9)) * 50, "E002"),
    ("Caf\u00e9 Bogot\u00e1 police".encode("latin-1"), "E003"),
])
def test_ingest_decode_rejects_bad_bytes(data, code):
    with pytest.raises(ValueError, match=rf"\[{code}\]"):
        decode(data)


@pytest.mark.parametrize(("text", "code"), [
    ("", "E001"),
    ("   \n\t ", "E001"),
    ("x" * (MAX_CHARS + 1), "E004"),
    ("<!DOCTYPE html><html><body><p>Police arrested two men.</p></body></html>", "E012"),
    ("Полиция задержала двадцать человек после столкновений в центре города в воскресенье вечером.", "E009"),
    ("La policía detuvo a veinte personas tras los enfrentamientos en el centro de la ciudad durante "
     "la noche del domingo según fuentes oficiales locales y testigos presentes", "E009"),
])
def test_ingest_check_text_rejects(text, code):
    assert check_text(text).startswith(f"[{code}]")


def test_ingest_check_text_accepts_english():
    assert check_text("Police arrested twenty people after clashes in the city centre on Sunday.") is None


def test_ingest_jsonl_keeps_order_and_reports_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "Troops withdrew.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "d", "text": "Rebels attacked.", "published": "yesterday"}),
        "",
        json.dumps(["a list"]),
    ]
    out = list(read_jsonl_lines(lines))
    assert [getattr(o, "id", None) for o in out] == ["a", "line-2", "c", "d", "line-6"]
    assert out[0].published == "2020-01-02"
    assert isinstance(out[1], Rejected) and "[E005]" in out[1].error
    assert "[E006]" in out[2].error
    assert "[E007]" in out[3].error
    assert "[E005]" in out[4].error


def test_ingest_read_inputs_files_and_stdin(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Police arrested two men.", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    missing = tmp_path / "missing.txt"
    out = list(read_inputs([str(good), str(binary), str(missing), "-"], published="2021-05-01",
                           stdin_text="Rebels fired rockets."))
    assert out[0].id == "good" and out[0].published == "2021-05-01"
    assert isinstance(out[1], Rejected) and "[E002]" in out[1].error
    assert isinstance(out[2], Rejected) and "[E008]" in out[2].error
    assert out[3].text == "Rebels fired rockets."
