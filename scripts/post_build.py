#!/usr/bin/env python3
"""Trunk's one post_build hook (hooks of one stage run at the same time, so the steps that
depend on each other are chained here), or by hand on a build directory:

    python3 scripts/post_build.py dist

0. Puts the prerendered landing into index.html (scripts/prerender.py), minifies the JS glues,
   boot.js and embed.js (scripts/minify.mjs; the glue's integrity hash in index.html follows),
   writes clinician.html (the clinician's page, from index.html, with its own binary), and
   writes the clinic's review pages, review.html and review-<lang>.html
   (core/examples/review_pages.rs).
1. Removes compressed files left from an earlier run (a file changed since would otherwise be
   served stale by its old .br/.gz).
2. Writes sw.js with its precache list (scripts/precache.py): the shipped files, never .br/.gz.
3. Writes FILE.gz (Python's gzip, level 9, no timestamp) and FILE.br (Node's zlib, quality 11,
   scripts/brotli.mjs) beside every text file and the wasm, so a server can send them as they
   are (nginx gzip_static/brotli_static, Caddy precompressed, scripts/serve.py).
"""

import base64
import gzip
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import precache
import prerender

COMPRESSED = (".br", ".gz")
# Text and wasm; images (PNG) are compressed already.
COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".webmanifest", ".json", ".txt")
BROTLI = Path(__file__).with_name("brotli.mjs")
MINIFY = Path(__file__).with_name("minify.mjs")
GLUE_INTEGRITY = re.compile(r'data-js-integrity="sha384-[^"]*"')


def remove_stale(build: Path) -> None:
    for path in build.rglob("*"):
        if path.is_file() and path.suffix in COMPRESSED:
            path.unlink()


def compress(build: Path) -> list[Path]:
    files = sorted(p for p in build.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE)
    for path in files:
        data = path.read_bytes()
        with open(f"{path}.gz", "wb") as out:
            # mtime=0 and no file name: the same input always gives the same bytes.
            with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as gz:
                gz.write(data)
    if files:
        subprocess.run(["node", str(BROTLI), *map(str, files)], check=True)
    return files




def minify(build: Path) -> None:
    """The glues, boot.js and embed.js minified; the glue's new sha384 into index.html."""
    index = build / "index.html"
    page = index.read_text(encoding="utf-8")
    glue = re.search(r'data-js="?\./([\w.-]+\.js)', page)
    if not glue:
        raise SystemExit("post_build: index.html names no JS glue (data-js)")
    files = [build / glue.group(1), build / "boot.js", build / "embed.js", build / precache.CLINICIAN_JS]
    subprocess.run(["node", str(MINIFY), *map(str, files)], check=True)
    digest = base64.b64encode(hashlib.sha384(files[0].read_bytes()).digest()).decode()
    page, found = GLUE_INTEGRITY.subn(f'data-js-integrity="sha384-{digest}"', page)
    if found != 1:
        raise SystemExit(f"post_build: expected one data-js-integrity in index.html, found {found}")
    index.write_text(page, encoding="utf-8")


def review_pages(build: Path) -> None:
    """The clinic's review pages, from the core's catalog and rules."""
    subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "-p", "knee-core", "--example", "review_pages", "--", str(build)],
        cwd=prerender.ROOT, check=True,
    )


def main() -> int:
    args = sys.argv[1:]
    # --compress-only: the bench's hello-world, which has no service worker.
    compress_only = "--compress-only" in args
    args = [a for a in args if a != "--compress-only"]
    target = args[0] if args else os.environ.get("TRUNK_STAGING_DIR")
    if not target:
        print("usage: post_build.py [--compress-only] DIR (or set TRUNK_STAGING_DIR)", file=sys.stderr)
        return 2
    build = Path(target)
    remove_stale(build)
    if not compress_only:
        langs = prerender.apply(build)
        print(f"prerender: {', '.join(langs) or 'done already'}")
        if langs:
            minify(build)
            print(f"clinician: {prerender.clinician_page(build, precache.CLINICIAN_JS, precache.CLINICIAN_WASM).name}")
        review_pages(build)
        cache_name, files = precache.write_service_worker(build)
        print(f"precache: {cache_name}, {len(files)} files")
    packed = compress(build)
    print(f"compressed: {len(packed)} files, .br and .gz beside each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
