"""Write knowledge/cameo_codes.csv from the public CAMEO code table.

CAMEO codes, names and Goldstein values are a public standard; this script reads a copy of the
table (by default the one in ../shared/data/cameo/) and keeps the columns Flashpoint needs,
adding the QuadClass that GDELT derives from the root (01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict).

    python scripts/build_cameo_table.py [PATH/TO/event_codes.csv]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/flashpoint/knowledge/cameo_codes.csv"
DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared/data/cameo/event_codes.csv"


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def main(source: Path) -> None:
    with source.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "root", "quad_class", "goldstein"])
        for r in rows:
            w.writerow([r["code"], r["name"], r["root_code"], quad_class(r["root_code"]), r["goldstein"]])
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
