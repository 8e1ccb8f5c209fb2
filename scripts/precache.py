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


def shipped_files(build: Path) -> list[str]:
    """Every file the app is made of: not sw.js itself, and never a .br/.gz copy (a browser
    asks for the plain name and the server picks the encoding)."""
    files = [p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()]
    return sorted(f for f in files if f != OUTPUT and not f.endswith((".br", ".gz")))


def write_service_worker(build: Path) -> tuple[str, list[str]]:
    template = TEMPLATE.read_text(encoding="utf-8")
    files = shipped_files(build)
    digest = hashlib.sha256(template.encode("utf-8"))
    for name in files:
        digest.update(name.encode("utf-8") + b"\0")
        digest.update((build / name).read_bytes())
    cache_name = "knee-care-" + digest.hexdigest()[:16]
    worker = template.replace("__CACHE_NAME__", cache_name).replace(
        "__PRECACHE_LIST__", json.dumps(files)
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
