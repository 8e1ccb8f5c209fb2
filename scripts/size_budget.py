#!/usr/bin/env python3
"""Holds the release build to the committed size budget (size-budget.json): the shipped wasm's
brotli size, the first load (index.html, boot.js, the JS glue, the wasm and the CSS, as the
.br copies the post-build writes), and the clinician's page's load (clinician.html, boot.js, its
glue and wasm, the CSS). Bytes are deterministic, so this is a check, not a timing.

    python3 scripts/size_budget.py [dist]

Raising the budget is a deliberate commit that says why in size-budget.json's "history".
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = ROOT / "size-budget.json"


def brotli_size(dist: Path, pattern: str) -> int:
    matches = sorted(dist.glob(pattern + ".br"))
    if len(matches) != 1:
        raise SystemExit(f"expected one {pattern}.br in {dist}, found {[m.name for m in matches]}")
    return matches[0].stat().st_size


def measure(dist: Path) -> dict:
    wasm = brotli_size(dist, "knee-care-*_bg.wasm")
    first_load = wasm + sum(
        brotli_size(dist, p) for p in ("index.html", "boot.js", "knee-care-*.js", "main-*.css")
    )
    # The clinician's page (its own binary; patients never download it).
    clinician = sum(
        brotli_size(dist, p) for p in ("clinician.html", "boot.js", "clinician.js", "clinician_bg.wasm", "main-*.css")
    )
    return {"wasm_brotli_bytes": wasm, "first_load_brotli_bytes": first_load, "clinician_load_brotli_bytes": clinician}


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    budget = json.loads(BUDGET.read_text(encoding="utf-8"))
    measured = measure(dist)
    over = False
    for key, size in measured.items():
        limit = budget[key]
        state = "OVER" if size > limit else "ok"
        over |= size > limit
        print(f"{key}: {size} bytes of {limit} ({100 * size / limit:.1f} %) {state}")
    if over:
        print("over the size budget: make it smaller, or raise size-budget.json in a commit that says why")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
