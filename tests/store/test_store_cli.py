"""`flashpoint ingest | events | show | export` as a user runs them: subprocesses, real files, real databases."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest_data import BORDER, EXAMPLE

from flashpoint.store import Store

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flashpoint", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=900, env=env)


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "africa").mkdir(parents=True)
    (folder / "harbour.txt").write_text(EXAMPLE, encoding="utf-8")
    (folder / "africa" / "border.txt").write_text(BORDER, encoding="utf-8")
    (folder / "africa" / "broken.json").write_text("{nope", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    return folder


def test_store_cli_ingest_query_show_export(tmp_path, db_url):
    folder = corpus(tmp_path)
    out = run("ingest", str(folder), "--db", db_url, "--published", "2024-03-12", "--quiet")
    assert out.returncode == 0, out.stderr
    assert "4 documents" in out.stderr and "2 new articles" in out.stderr and "2 rejected" in out.stderr
    assert "E014" in out.stderr and "E016" in out.stderr and "Traceback" not in out.stderr
    again = run("ingest", str(folder), "--db", db_url, "--quiet")
    assert "0 new articles" in again.stderr and "2 already stored" in again.stderr

    listed = run("events", "--db", db_url, "--actor", "KEN", "--format", "csv", "--limit", "0")
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert rows and all("KEN" in (r["source_code"] + r["target_code"]) for r in rows)
    table = run("events", "--db", db_url, "--root", "19")
    assert table.returncode == 0 and "events" in table.stdout

    shown = run("show", rows[0]["id"], "--db", db_url)
    assert shown.returncode == 0, shown.stderr
    assert rows[0]["id"] in shown.stdout and "rule " in shown.stdout and "article " in shown.stdout
    missing = run("show", "nope:e1", "--db", db_url)
    assert missing.returncode == 1 and "no event" in missing.stderr and "Traceback" not in missing.stderr

    target = tmp_path / "out.acled.csv"
    exported = run("export", "--format", "acled", "--db", db_url, "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert target.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")
    gdelt = run("export", "--format", "gdelt", "--db", db_url, "--root", "19")
    assert gdelt.returncode == 0 and all(len(line.split("\t")) == 61 for line in gdelt.stdout.splitlines())
    jsonl = run("export", "--format", "jsonl", "--db", db_url)
    assert [json.loads(line)["text"] for line in jsonl.stdout.splitlines()] != []


def test_store_cli_bad_database_is_one_line(tmp_path):
    out = run("events", "--db", "postgresql://nobody@127.0.0.1:9/none")
    assert out.returncode == 1 and out.stderr.startswith("flashpoint: [E017]") and "Traceback" not in out.stderr
    out = run("events", "--db", str(tmp_path / "no" / "such" / "dir.db"))
    assert out.returncode == 1 and "[E017]" in out.stderr


def test_store_cli_damaged_database_is_one_line(tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    out = run("events", "--db", str(garbage))
    assert out.returncode == 1 and "[E017]" in out.stderr and "Traceback" not in out.stderr
    damaged = tmp_path / "damaged.db"
    Store(str(damaged)).close()
    with sqlite3.connect(damaged) as conn:
        conn.execute("DROP TABLE events")
    out = run("events", "--db", str(damaged))
    assert out.returncode == 1 and out.stderr.startswith("flashpoint: [E018]") and "Traceback" not in out.stderr


def test_store_cli_parquet_needs_a_file(tmp_path):
    out = run("export", "--format", "parquet", "--db", str(tmp_path / "x.db"))
    assert out.returncode == 2 and "--output" in out.stderr


def test_store_cli_reads_the_database_from_the_environment(tmp_path):
    db = tmp_path / "env.db"
    Store(str(db)).close()
    out = run("events", "--format", "json", env={**__import__("os").environ, "FLASHPOINT_DB": str(db)})
    assert out.returncode == 0 and json.loads(out.stdout) == []
