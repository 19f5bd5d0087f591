"""Fail CI when a dev-suite figure falls below its floor in .ci/floors.json."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from flashpoint.evaluate import SUITES, run_suite, shared_dir

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


def main() -> int:
    shared = shared_dir()
    if shared is None:
        print("floors: no ../shared evaluation data on this machine", file=sys.stderr)
        return 1
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for suite in SUITES:
            floors = FLOORS.get(suite.name)
            if not floors:
                continue
            result = run_suite(suite, shared, Path(tmp), [sys.executable, "-m", "flashpoint"])
            print(result["summary"])
            for metric, floor in floors.items():
                value = result["metrics"].get(metric)
                if value is None or value < floor:
                    failed.append(f"{suite.name} {metric}={value} is below the floor {floor}")
    for line in failed:
        print("FLOOR FAILED:", line, file=sys.stderr)
    print(f"floors: {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
