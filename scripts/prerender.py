#!/usr/bin/env python3
"""Puts the prerendered landing into a build's index.html (called by post_build.py, before the
service worker's precache list is written).

examples/prerender.rs renders the app's own landing for every language with yew's server
renderer. The page then carries:

- inside #app: the English landing (the page's static language), marked
  data-prerendered="en", so the largest paint happens at first paint;
- after #app: one <template id="prerender-XX"> per other language,
  <template id="shell-loading"> with the plain "Loading…" shell that #app held before, and
  one <template id="load-problem-XX"> per language: what boot.js shows when the app cannot load;
- before #app: <div class="boot-late">, the note in every language that the stylesheet shows
  when boot.js itself does not come (boot.js removes it when it runs).

public/boot.js shows the template for the patient's language, or the loading shell when the
landing would look different once the app runs (a clinician's routine in the address).
Templates are inert markup: no inline script or style, so the strict CSP holds.

It also drops trunk's <link rel=preload> of the wasm and <link rel=modulepreload> of its JS glue:
boot.js requests both right after the first paint instead, so on a slow connection they do not
compete with the stylesheet the first paint waits for (a tap before the app runs is kept). The
hashes move to the boot script (data-js-integrity, data-wasm-integrity), and boot.js checks both.
"""

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LANG = "en"
# #app's opening tag, quoted or not (trunk minifies the page): `id=app` or `id="app"`, not `id=app-failed`.
APP_OPEN = re.compile(r'<div\b(?=[^>]*\bid="?app"?[\s>])[^>]*>')
DIV = re.compile(r"<div\b|</div>")
LINK = re.compile(r"<link\b[^>]*>")
ATTR = re.compile(r'([\w-]+)(?:=("[^"]*"|[^\s>]+))?')
BOOT = re.compile(r'<script\b(?=[^>]*\bid="?app-boot"?[\s>])[^>]*>')


def render(out: Path) -> dict[str, str]:
    """Runs the prerender example; returns {lang: markup}."""
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("landing-*.html"), *out.glob("load-problem-*.html"), *out.glob("boot-late-*.html")]:
        old.unlink()
    subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "-p", "knee-care", "--features", "prerender",
         "--example", "prerender", "--", str(out)],
        cwd=ROOT, check=True,
    )
    pages = {p.stem.removeprefix("landing-"): p.read_text(encoding="utf-8") for p in out.glob("landing-*.html")}
    if DEFAULT_LANG not in pages:
        raise SystemExit(f"prerender: no {DEFAULT_LANG} landing in {out}")
    return pages


def load_problems(out: Path) -> dict[str, str]:
    """{lang: the words boot.js shows when the app cannot load}, as render() left them."""
    problems = {p.stem.removeprefix("load-problem-"): p.read_text(encoding="utf-8") for p in out.glob("load-problem-*.html")}
    if DEFAULT_LANG not in problems:
        raise SystemExit(f"prerender: no {DEFAULT_LANG} load problem words in {out}")
    return problems


def boot_late(out: Path) -> str:
    """The note for a boot.js that does not come, every language in one box (no script can
    choose one then), the page's own language first. `hidden`, so it never shows without the
    stylesheet, which reveals it."""
    notes = {p.stem.removeprefix("boot-late-"): p.read_text(encoding="utf-8") for p in out.glob("boot-late-*.html")}
    if DEFAULT_LANG not in notes:
        raise SystemExit(f"prerender: no {DEFAULT_LANG} boot-late note in {out}")
    order = [DEFAULT_LANG, *sorted(lang for lang in notes if lang != DEFAULT_LANG)]
    return '<div class="boot-late" role="alert" hidden>' + "".join(notes[lang] for lang in order) + "</div>"


def app_span(page: str) -> tuple[int, int, int]:
    """(start of #app's open tag, end of it, end of #app's closing tag)."""
    match = APP_OPEN.search(page)
    if not match:
        raise SystemExit("prerender: index.html has no #app")
    depth = 1
    for tag in DIV.finditer(page, match.end()):
        depth += 1 if tag.group(0) == "<div" else -1
        if depth == 0:
            return match.start(), match.end(), tag.end()
    raise SystemExit("prerender: #app is not closed")


def inject(page: str, pages: dict[str, str], problems: dict[str, str] | None = None, late: str = "") -> str:
    if "data-prerendered" in page:
        raise SystemExit("prerender: index.html is prerendered already")
    start, open_end, close_end = app_span(page)
    open_tag = page[start:open_end]
    shell = page[open_end:close_end - len("</div>")]
    tagged = open_tag[:-1] + f' data-prerendered="{DEFAULT_LANG}">'
    templates = "".join(
        f'<template id="prerender-{lang}" lang="{lang}">{markup}</template>'
        for lang, markup in sorted(pages.items()) if lang != DEFAULT_LANG
    ) + f'<template id="shell-loading">{shell}</template>' + "".join(
        f'<template id="load-problem-{lang}" lang="{lang}">{markup}</template>'
        for lang, markup in sorted((problems or {}).items())
    )
    return page[:start] + late + tagged + pages[DEFAULT_LANG] + "</div>" + templates + page[close_end:]


def attributes(tag: str) -> dict[str, str]:
    inner = tag[len("<link"):-1].strip().rstrip("/")
    return {m.group(1): (m.group(2) or "").strip('"') for m in ATTR.finditer(inner)}


def defer_app_requests(page: str) -> str:
    """Removes the preloads of the wasm and its glue; their hashes go to the boot script."""
    hashes: dict[str, str] = {}
    removed = 0

    def drop(match: re.Match) -> str:
        nonlocal removed
        attrs = attributes(match.group(0))
        rel, href = attrs.get("rel"), attrs.get("href", "")
        if rel == "preload" and href.endswith(".wasm"):
            kind = "wasm"
        elif rel == "modulepreload" and href.endswith(".js"):
            kind = "js"
        else:
            return match.group(0)
        if attrs.get("integrity"):
            hashes[kind] = attrs["integrity"]
        removed += 1
        return ""

    page = LINK.sub(drop, page)
    if removed != 2:
        raise SystemExit(f"prerender: expected the wasm's and the glue's preloads, found {removed}")
    boot = BOOT.search(page)
    if not boot:
        raise SystemExit("prerender: index.html has no #app-boot script")
    extra = "".join(f' data-{kind}-integrity="{value}"' for kind, value in sorted(hashes.items()))
    tag = boot.group(0)[:-1] + extra + ">"
    return page[:boot.start()] + tag + page[boot.end():]


TEMPLATE = re.compile(r'<template id="(prerender-[a-z]+|shell-loading)"[^>]*>(.*?)</template>', re.S)
BOOT_FILES = re.compile(r'\b(data-js|data-wasm|data-js-integrity|data-wasm-integrity)=("[^"]*"|[^\s>]+)')


def sha384(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def clinician_page(build: Path, js: str, wasm: str) -> Path:
    """BUILD/clinician.html, the clinician's page, from the finished index.html: the same head,
    loader, failure box and late note, with the loading shell in #app instead of the landing,
    and the clinician's own glue and wasm (`js`, `wasm`: their names in BUILD) with their
    hashes for boot.js."""
    page = (build / "index.html").read_text(encoding="utf-8")
    templates = {m.group(1): m.group(2) for m in TEMPLATE.finditer(page)}
    if "shell-loading" not in templates:
        raise SystemExit("prerender: index.html has no shell-loading template")
    page = TEMPLATE.sub("", page)
    start, open_end, close_end = app_span(page)
    open_tag = re.sub(r'\s+data-prerendered="[^"]*"', "", page[start:open_end])
    page = page[:start] + open_tag + templates["shell-loading"] + "</div>" + page[close_end:]
    values = {
        "data-js": f"./{js}",
        "data-wasm": f"./{wasm}",
        "data-js-integrity": sha384(build / js),
        "data-wasm-integrity": sha384(build / wasm),
    }
    boot = BOOT.search(page)
    if not boot:
        raise SystemExit("prerender: index.html has no #app-boot script")
    tag, found = BOOT_FILES.subn(lambda m: f'{m.group(1)}="{values[m.group(1)]}"', boot.group(0))
    if found != len(values):
        raise SystemExit(f"prerender: the boot script names {found} of its 4 files and hashes")
    page = page[:boot.start()] + tag + page[boot.end():]
    out = build / "clinician.html"
    out.write_text(page, encoding="utf-8")
    return out


def apply(build: Path) -> list[str]:
    """Prerenders into BUILD/index.html; returns the languages."""
    index = build / "index.html"
    if "data-prerendered" in index.read_text(encoding="utf-8"):
        return []  # post_build.py run again on a finished build (as the update test does)
    out = ROOT / "target" / "prerender"
    pages = render(out)
    page = defer_app_requests(inject(index.read_text(encoding="utf-8"), pages, load_problems(out), boot_late(out)))
    index.write_text(page, encoding="utf-8")
    return sorted(pages)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: prerender.py BUILD_DIR", file=sys.stderr)
        return 2
    print(f"prerender: {', '.join(apply(Path(sys.argv[1])))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
