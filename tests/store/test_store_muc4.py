"""The ingest guarantees on a real corpus (MUC-4 dev, 1,300 documents): a run killed with SIGKILL halfway
and rerun ends with exactly what a clean run stores; SQLite and PostgreSQL store the same; a second ingest
adds nothing. Needs ../shared (skips on a user's clone, runs in CI)."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pgserver import new_postgres_db

from flashpoint.store import Store

REPO = Path(__file__).resolve().parents[2]
TABLES = ("articles", "events", "actors", "locations", "quotes", "sources", "links", "rejects")


def ingest_command(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "flashpoint", "ingest", str(corpus), "--db", db, "--quiet", "--batch-size", "16",
            "--workers", "2"]


def sqlite_count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_store_muc4_killed_run_reruns_to_the_counts_of_a_clean_run(shared, postgres_url, tmp_path):
    corpus = shared / "data" / "muc4" / "muc4_dev.jsonl"
    n_docs = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
    db = tmp_path / "muc4.db"

    proc = subprocess.Popen(ingest_command(corpus, str(db)), cwd=REPO, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 1800
    while sqlite_count(db, "articles") < n_docs // 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)  # no chance to clean up: the hardest way to stop
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    stored = sqlite_count(db, "articles")
    assert 0 < stored < n_docs
    with sqlite3.connect(db) as conn:  # nothing half-written: every stored article has all its events
        assert conn.execute("SELECT coalesce(sum(n_events), 0) FROM articles").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM events").fetchone()[0]

    rerun = subprocess.run(ingest_command(corpus, str(db)), cwd=REPO, capture_output=True, text=True, timeout=3600)
    assert rerun.returncode == 0, rerun.stderr
    new = int(re.search(r"(\d+) new articles", rerun.stderr).group(1))
    assert new < n_docs - stored + 1 and int(re.search(r"(\d+) already stored", rerun.stderr).group(1)) >= stored

    pg = new_postgres_db(postgres_url)
    clean = subprocess.run(ingest_command(corpus, pg), cwd=REPO, capture_output=True, text=True, timeout=3600)
    assert clean.returncode == 0, clean.stderr

    with Store(str(db)) as lite, Store(pg) as post:
        counts = lite.counts()
        assert counts == post.counts() and counts["articles"] == stored + new
        assert counts["articles"] + counts["rejects"] >= n_docs * 0.95 and counts["events"] > counts["articles"]
        assert {e.id for e in lite.events(limit=None)} == {e.id for e in post.events(limit=None)}

    again = subprocess.run(ingest_command(corpus, pg), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "0 new articles" in again.stderr
    with Store(pg) as post:
        assert post.counts() == counts
