"""Run the gold suites through `flashpoint extract` and the reference scorer; write docs/accuracy.md.

The suites and the scorer live outside the repository (../shared by default, or FLASHPOINT_SHARED):
they are evaluation data and are never copied in.

    python -m flashpoint.evaluate [--suite seed --suite plover ...] [--out eval/] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Suite:
    name: str  # our name
    scorer_suite: str  # the scorer's suite argument
    path: str  # relative to the shared folder


SUITES = [
    Suite("seed", "gold", "data/seed/gold.json"),
    Suite("petrarch", "petrarch", "data/petrarch/validation.jsonl"),
    Suite("plover", "plover", "data/plover_gsr/plover_gsr.jsonl"),
    Suite("muc4", "muc4", "data/muc4/muc4_dev.jsonl"),
    Suite("gva", "gva", "data/gva/gva_dev.jsonl"),
    Suite("ipe", "ipe", "data/india_police_events/ipe_dev.jsonl"),
    Suite("case2021", "case2021", "data/case2021/case2021_dev.jsonl"),
]


def shared_dir() -> Path | None:
    """The shared evaluation folder, or None when this clone has none."""
    env = os.environ.get("FLASHPOINT_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared")
    for c in candidates:
        if (c / "tools" / "score.py").is_file():
            return c
    return None


def run_suite(suite: Suite, shared: Path, out_dir: Path, flashpoint: list[str]) -> dict:
    """Make the suite's input, extract, score; returns the scorer's JSON plus its summary line."""
    score = [sys.executable, str(shared / "tools" / "score.py")]
    gold = shared / suite.path
    inputs = out_dir / f"{suite.name}.in.jsonl"
    preds = out_dir / f"{suite.name}.out.jsonl"
    with inputs.open("w", encoding="utf-8") as f:
        subprocess.run([*score, "inputs", suite.scorer_suite, str(gold)], stdout=f, check=True)
    subprocess.run([*flashpoint, "extract", "--input", str(inputs), "--format", "jsonl", "--output", str(preds)],
                   check=True, stderr=subprocess.DEVNULL)
    table = subprocess.run([*score, suite.scorer_suite, str(gold), "--pred", str(preds)], check=True,
                           capture_output=True, text=True).stdout
    metrics = json.loads(subprocess.run([*score, suite.scorer_suite, str(gold), "--pred", str(preds), "--json"],
                                        check=True, capture_output=True, text=True).stdout)
    metrics["summary"] = table.strip().splitlines()[-1]
    return metrics


def write_accuracy(results: dict[str, dict], path: Path, benchmark: str | None = None) -> None:
    today = dt.date.today().isoformat()
    previous = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = ["# Accuracy", "",
             "Every figure is the reference scorer's summary line (`../shared/tools/score.py`) for the dev suite,",
             "produced by `make eval` (which runs `python -m flashpoint.evaluate`). Regenerate it after any change",
             "to the lexicons or the extractors; CI fails when a figure falls below its floor in `.ci/floors.json`",
             "(seed recall, precision and quote recall; PETRARCH root+dyad F1; PLOVER type and type+dyad accuracy;",
             "MUC-4 fatalities, location and date; GVA killed, injured and city).", "",
             "| suite | date | summary line |", "| --- | --- | --- |"]
    for name, res in results.items():
        lines.append(f"| {name} | {today} | `{res['summary']}` |")
    kept = [line for line in previous.splitlines() if line.startswith("| ") and not line.startswith("| suite")
            and not line.startswith("| ---") and line.split("|")[1].strip() not in results
            and not line.startswith("| benchmark")]
    lines.extend(kept)
    if benchmark:
        lines += ["", "## Throughput", "", benchmark]
    elif "## Throughput" in previous:
        lines += ["", previous[previous.index("## Throughput"):].strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", action="append", choices=[s.name for s in SUITES], help="default: all")
    ap.add_argument("--out", default=str(REPO / "eval"), help="folder for inputs and predictions")
    ap.add_argument("--no-write", action="store_true", help="do not rewrite docs/accuracy.md")
    a = ap.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("no ../shared folder with tools/score.py (set FLASHPOINT_SHARED): nothing to evaluate",
              file=sys.stderr)
        return 2
    out_dir = Path(a.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    flashpoint = [sys.executable, "-m", "flashpoint"]
    chosen = [s for s in SUITES if not a.suite or s.name in a.suite]
    results = {}
    for suite in chosen:
        results[suite.name] = run_suite(suite, shared, out_dir, flashpoint)
        print(results[suite.name]["summary"], flush=True)
    (out_dir / "metrics.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not a.no_write:
        write_accuracy(results, REPO / "docs" / "accuracy.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
