#!/usr/bin/env python3
"""Every page the build ships (dist/*.html: the widget and the review pages) checked by the W3C
Nu HTML Checker (vnu-jar from npm, run with Debian's Java): errors fail, warnings are not
printed. A test tier of scripts/test.sh, after the release build.

    python3 scripts/html_valid.py [dist]
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    pages = sorted(dist.glob("*.html"))
    if not pages:
        print(f"html: no pages in {dist}: build first (trunk build --release)")
        return 1
    java = shutil.which("java")
    if not java or not VNU.is_file():
        print(f"html: needs Java and {VNU.relative_to(ROOT)} (scripts/tools.sh --browser installs both)")
        return 1
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", *map(str, pages)], capture_output=True, text=True)
    errors = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    for line in errors:
        print(line)
    names = ", ".join(p.name for p in pages)
    if run.returncode != 0 or errors:
        print(f"html: {len(errors)} error(s) in {len(pages)} pages ({names})")
        return 1
    print(f"html: {len(pages)} pages valid ({names})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
