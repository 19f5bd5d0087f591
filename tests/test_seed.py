"""End to end on the defining example (the shared seed article), scored by the reference scorer."""

import json
import subprocess
import sys


def test_seed_scores_at_or_above_the_floors(shared, tmp_path):
    score = [sys.executable, str(shared / "tools" / "score.py")]
    gold = shared / "data" / "seed" / "gold.json"
    inputs, preds = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inputs.write_text(subprocess.run([*score, "inputs", "gold", str(gold)], capture_output=True, text=True,
                                     check=True).stdout, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "flashpoint", "extract", "--input", str(inputs), "--format", "jsonl",
                    "--output", str(preds)], check=True, capture_output=True)
    metrics = json.loads(subprocess.run([*score, "gold", str(gold), "--pred", str(preds), "--json"],
                                        capture_output=True, text=True, check=True).stdout)["metrics"]
    assert metrics["event_r"] >= 1.0
    assert metrics["event_p"] >= 0.9
    assert metrics["quote_r"] >= 1.0
    assert metrics["date"] >= 1.0 and metrics["fatalities"] >= 1.0 and metrics["quantity"] >= 1.0
