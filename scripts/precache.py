#!/usr/bin/env python3
"""Writes sw.js into a build directory from scripts/service-worker.js.

The precache list is every file of the build (but sw.js itself), and the cache name is a hash
of all their contents and of the template, so it changes whenever any shipped file changes.

Runs as trunk's post_build hook (reads TRUNK_STAGING_DIR), or by hand on a directory:
    python3 scripts/precache.py dist
"""

import hashlib
import json
import os
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("service-worker.js")
OUTPUT = "sw.js"


# The clinician's page and its binary (index.html's second rust link, which trunk builds as a
# "worker": unhashed names, no script tag; scripts/post_build.py writes the page). Not
# precached: a patient's device never downloads them. The worker keeps them once a clinician's
# device has opened them (ON_DEMAND).
CLINICIAN_PAGE = "clinician.html"
CLINICIAN_JS = "clinician.js"
CLINICIAN_WASM = "clinician_bg.wasm"
ON_DEMAND = [CLINICIAN_PAGE, CLINICIAN_JS, CLINICIAN_WASM]


def shipped_files(build: Path) -> list[str]:
    """Every file the patient's app is made of: not sw.js itself, not the clinician's page
    (ON_DEMAND), and never a .br/.gz copy (a browser asks for the plain name and the server
    picks the encoding)."""
    files = [p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()]
    return sorted(f for f in files if f != OUTPUT and f not in ON_DEMAND and not f.endswith((".br", ".gz")))


def write_service_worker(build: Path) -> tuple[str, list[str]]:
    template = TEMPLATE.read_text(encoding="utf-8")
    files = shipped_files(build)
    digest = hashlib.sha256(template.encode("utf-8"))
    for name in files:
        digest.update(name.encode("utf-8") + b"\0")
        digest.update((build / name).read_bytes())
    # The clinician's files name the cache too: a build that changes only them is a new version,
    # so a copy kept from the last one is never served with this one.
    for name in ON_DEMAND:
        if (build / name).is_file():
            digest.update(name.encode("utf-8") + b"\0")
            digest.update((build / name).read_bytes())
    cache_name = "knee-care-" + digest.hexdigest()[:16]
    worker = (
        template.replace("__CACHE_NAME__", cache_name)
        .replace("__PRECACHE_LIST__", json.dumps(files))
        .replace("__ON_DEMAND_LIST__", json.dumps(ON_DEMAND))
    )
    (build / OUTPUT).write_text(worker, encoding="utf-8")
    return cache_name, files


def main() -> int:
    target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not target:
        print("usage: precache.py DIR (or set TRUNK_STAGING_DIR)", file=sys.stderr)
        return 2
    cache_name, files = write_service_worker(Path(target))
    print(f"precache: {cache_name}, {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
