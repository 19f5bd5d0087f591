"""The `flashpoint extract` command as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "harbour-clash.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flashpoint", *args], input=stdin, capture_output=True, text=True,
                          cwd=REPO, timeout=600)


def test_cli_table_on_the_example():
    out = run("extract", str(EXAMPLE), "--published", "2024-03-12")
    assert out.returncode == 0, out.stderr
    assert "harbour-clash" in out.stdout and "KENCOP" in out.stdout


def test_cli_jsonl_keeps_input_order_and_reports_bad_documents(tmp_path):
    docs = tmp_path / "in.jsonl"
    rows = [
        {"id": "one", "text": "Colombian troops killed five rebels near Cali on Sunday.", "published": "2020-03-02"},
        {"id": "empty", "text": "", "published": "2020-03-02"},
        {"id": "three", "text": "Peruvian police arrested 12 protesters in Lima.", "published": "2020-03-02"},
    ]
    docs.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    out = run("extract", "--input", str(docs), "--format", "jsonl", "--output", str(out_file))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["one", "empty", "three", "line-4"]
    assert lines[0]["events"] and lines[2]["events"]
    assert lines[1]["error"].startswith("[E001]") and lines[3]["error"].startswith("[E005]")
    errors = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(errors) == 2 and "Traceback" not in out.stderr


def test_cli_stdin_json(tmp_path):
    out = run("extract", "-", "--published", "2021-07-01", "--format", "json",
              stdin="Thai soldiers detained 14 Cambodian fishermen on Tuesday.")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["id"] == "stdin" and doc["events"][0]["source"]["country"] == "THA"


def test_cli_binary_file_is_one_line_error(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 20)
    out = run("extract", str(blob), "--format", "jsonl")
    assert out.returncode == 0
    assert json.loads(out.stdout)["error"].startswith("[E002]")
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_cli_bad_published_date_is_a_usage_error():
    out = run("extract", str(EXAMPLE), "--published", "last Tuesday")
    assert out.returncode == 2 and "Traceback" not in out.stderr
