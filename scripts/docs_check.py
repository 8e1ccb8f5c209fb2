#!/usr/bin/env python3
"""The docs check (tier 0 of the test command).

- Every relative link and image in every Markdown file of the repository resolves to a file or
  folder (a `#fragment` alone, or after a Markdown file, must name one of its headings).
- ARCHITECTURE.md names every module under `core/src` and every folder under `src/`, and every
  path it gives in backticks exists.
- README.md stays one screen: at most README_LIMIT bytes.
- No Markdown file states a test count (the test command prints them).
- docs/clinic/deploying.md quotes the Content-Security-Policy scripts/serve.py sends.
- Every picture in docs/ is shown by a Markdown file and made by the docs screenshots project
  (tests/docs/screenshots.spec.mjs, run by scripts/docs-screenshots.sh).

Prints what it checked, and each problem; exits 1 on any problem.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README_LIMIT = 10 * 1024
# Folders the build or the tools make; a fresh clone has none of them.
BUILT = {"dist", "target", "node_modules"}

LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
# "435 passed", "12 tests", "3 failed": a count typed by hand.
TEST_COUNT = re.compile(r"\b\d[\d,]*\s+(?:tests?|passed|failed|test cases)\b")


def markdown_files():
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.md"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    return [ROOT / p for p in out if (ROOT / p).is_file()]


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path):
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {slug(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M)}


def check_links(files, problems):
    count = 0
    for md in files:
        text = FENCE.sub("", md.read_text(encoding="utf-8"))
        for match in LINK.finditer(text):
            target = match.group(1)
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
                continue  # http:, https:, mailto:
            count += 1
            path_part, _, fragment = target.partition("#")
            dest = (md.parent / path_part).resolve() if path_part else md
            name = md.relative_to(ROOT)
            if not dest.exists():
                problems.append(f"{name}: the link {target} leads nowhere")
            elif fragment and dest.suffix == ".md" and fragment not in anchors(dest):
                problems.append(f"{name}: {target} names no heading of {dest.name}")
    return count


def check_architecture(problems):
    arch = ROOT / "ARCHITECTURE.md"
    if not arch.exists():
        problems.append("ARCHITECTURE.md is missing")
        return 0
    text = arch.read_text(encoding="utf-8")
    spans = set(CODE_SPAN.findall(text))
    wanted = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "core/src").glob("*.rs"))]
    wanted += [p.relative_to(ROOT).as_posix() + "/" for p in sorted((ROOT / "core/src").iterdir()) if p.is_dir()]
    wanted += [p.relative_to(ROOT).as_posix() + "/" for p in sorted((ROOT / "src").iterdir()) if p.is_dir()]
    for name in wanted:
        if name not in spans:
            problems.append(f"ARCHITECTURE.md does not name `{name}`")
    given = 0
    for span in spans:
        if " " in span or not re.fullmatch(r"[\w.\-/]+", span):
            continue
        looks_like_path = "/" in span or re.search(r"\.(rs|py|mjs|js|css|html|toml|json|md|sh|webmanifest)$", span)
        if not looks_like_path:
            continue
        if span.split("/")[0] in BUILT:
            continue  # made by the build, absent from a fresh clone
        given += 1
        candidates = [ROOT / span.rstrip("/")]
        # A bare file name is looked for where the map puts such files.
        if "/" not in span:
            candidates += list(ROOT.glob(f"*/{span}")) + list(ROOT.glob(f"*/*/{span}")) + list(ROOT.glob(f"*/*/*/{span}"))
        if not any(c.exists() for c in candidates):
            problems.append(f"ARCHITECTURE.md names `{span}`, which does not exist")
    return len(wanted), given


def check_pictures(files, problems):
    """Every picture in docs/ is shown by some Markdown file and made by the docs project."""
    shown = set()
    for md in files:
        for match in LINK.finditer(md.read_text(encoding="utf-8")):
            target = match.group(1)
            if target.endswith(".png"):
                shown.add((md.parent / target).resolve())
    spec = (ROOT / "tests/docs/screenshots.spec.mjs").read_text(encoding="utf-8")
    made = set(re.findall(r'picture\("([\w-]+)"\)', spec))
    pictures = sorted((ROOT / "docs").glob("*.png"))
    for png in pictures:
        if png.resolve() not in shown:
            problems.append(f"docs/{png.name} is shown by no Markdown file")
        if png.stem not in made:
            problems.append(f"docs/{png.name} is not made by tests/docs/screenshots.spec.mjs")
    return len(pictures)


def check_policy(problems):
    """docs/clinic/deploying.md quotes the policy scripts/serve.py sends, exactly."""
    served = subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'scripts'); import serve; print(serve.CSP)"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()
    if f"`{served}`" not in (ROOT / "docs/clinic/deploying.md").read_text(encoding="utf-8"):
        problems.append("docs/clinic/deploying.md does not quote the policy scripts/serve.py sends")


def check_counts(files, problems):
    for md in files:
        for number, line in enumerate(md.read_text(encoding="utf-8").splitlines(), 1):
            for match in TEST_COUNT.finditer(line):
                problems.append(f"{md.relative_to(ROOT)}:{number}: a test count typed by hand: \"{match.group(0)}\"")


def main():
    problems = []
    files = markdown_files()
    links = check_links(files, problems)
    named, given = check_architecture(problems)
    size = (ROOT / "README.md").stat().st_size
    if size > README_LIMIT:
        problems.append(f"README.md is {size} bytes, over its {README_LIMIT}")
    check_counts(files, problems)
    check_policy(problems)
    pictures = check_pictures(files, problems)
    print(f"docs: {len(files)} Markdown files, {links} relative links, {pictures} pictures; "
          f"ARCHITECTURE.md names {named} modules and folders, gives {given} paths; "
          f"README.md {size} of {README_LIMIT} bytes")
    for p in problems:
        print("  " + p)
    print("docs check: " + ("ok" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
