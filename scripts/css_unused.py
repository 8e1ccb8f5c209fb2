#!/usr/bin/env python3
"""Lists the classes and ids that styles/*.css names but no source file uses, and exits 1 if
there are any (test tier 0 runs it). A rule for a name nothing sets is dead weight in every
download, and a sign of a rename that missed the stylesheet.

The sources are what can set a class or an id: the Yew components (src/), the static shell
(index.html) and its scripts (public/). Names built at run time from a prefix (format!("tier-{}",
..)) are matched by KEEP_PREFIXES; every other name must appear literally.

    python3 scripts/css_unused.py
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = sorted((ROOT / "styles").glob("*.css"))
# core/src/review.rs writes the clinic's review pages (styles/review.css).
SOURCES = [*sorted((ROOT / "src").rglob("*.rs")), ROOT / "index.html", *sorted((ROOT / "public").glob("*.js")),
           ROOT / "core" / "src" / "review.rs"]

# Built at run time: format!("tier-{}", tier_slug(..)), format!("verdict-{}", ..).
KEEP_PREFIXES = ("tier-", "verdict-")


def css_names(css: str) -> set[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    names = set()
    # Selectors are the text before each "{" (at-rule preludes have no . or # names we want,
    # except colours like #fff in values, which never come before a "{").
    for prelude in re.findall(r"([^{}]+)\{", css):
        if prelude.strip().startswith("@"):
            continue
        for kind, name in re.findall(r"([.#])(-?[_a-zA-Z][\w-]*)", prelude):
            names.add(kind + name)
    return names


def string_tokens(path: Path) -> set[str]:
    """Every word inside a string literal of the file (where class and id names live), not in
    comments or code: a class named like an English word is not "used" by a comment."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        strings = re.findall(r'(?:class|id)\s*=\s*"([^"]*)"', text)
    else:
        text = re.sub(r"(?m)^\s*//.*$", "", text)
        strings = re.findall(r'"((?:[^"\\\n]|\\.)*)"', text) + re.findall(r"'((?:[^'\\\n]|\\.)*)'", text)
    return {token for string in strings for token in re.split(r"[\s.#\[\]=:,()>\\\"]+", string) if token}


def used(name: str, tokens: set[str]) -> bool:
    bare = name[1:]
    for prefix in KEEP_PREFIXES:
        if bare.startswith(prefix):
            return prefix in tokens or any(t.startswith(prefix) for t in tokens)
    return bare in tokens


def main() -> int:
    tokens = set().union(*(string_tokens(p) for p in SOURCES))
    names = {n for f in STYLES for n in css_names(f.read_text(encoding="utf-8"))}
    unused = sorted(n for n in names if not used(n, tokens))
    for name in unused:
        print(f"unused in the sources: {name}")
    print(f"css: {len(names)} names, {len(unused)} unused")
    return 1 if unused else 0


if __name__ == "__main__":
    sys.exit(main())
