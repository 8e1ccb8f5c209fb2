#!/usr/bin/env python3
"""Serves the built widget (dist/) as static files, with the headers a clinic's server should send.

Used by the serve command and by the end-to-end tests, so the app is always tried under the
strict Content-Security-Policy it ships with. Standard library only.

    python3 scripts/serve.py [--dir dist] [--host 127.0.0.1] [--port 8080] [--quiet]
"""

import argparse
import email.utils
import functools
import http.server
import os
import re
import sys
import time

# The policy the widget must run under (docs/clinic/deploying.md quotes it; the docs check
# holds the quote to this text).
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'"
)

# Trunk names built assets with a content hash, e.g. knee-care-1a2b3c4d5e6f7a8b_bg.wasm: a 64-bit
# number in hex without leading zeros, so 16 digits or (rarely) fewer.
HASHED = re.compile(r"-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)$")

# The precompressed copies the build writes beside a file, in the order we prefer them.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted_encodings(header: str) -> set[str]:
    """The codings an Accept-Encoding header allows (q=0 refuses one; * allows any)."""
    allowed, refused, star = set(), set(), False
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        name = name.strip().lower()
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if not name:
            continue
        if name == "*":
            star = q > 0
        elif q > 0:
            allowed.add(name)
        else:
            refused.add(name)
    if star:
        allowed |= {coding for coding, _ in ENCODINGS} - refused
    return allowed


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
    }
    quiet = False
    csp = True
    # Seconds to hold the wasm, or boot.js, back before answering (tests of what happens before
    # the app runs).
    wasm_delay = 0.0
    boot_delay = 0.0

    def send_head(self):
        if self.wasm_delay and self.path.split("?", 1)[0].endswith(".wasm"):
            time.sleep(self.wasm_delay)
        if self.boot_delay and self.path.split("?", 1)[0].endswith("/boot.js"):
            time.sleep(self.boot_delay)
        # A precompressed copy, if the build wrote one and the browser takes it: sent as it is,
        # with the original file's Content-Type (the wasm stays application/wasm, so browsers
        # compile it while it streams).
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if os.path.isfile(path):
            accepted = accepted_encodings(self.headers.get("Accept-Encoding", ""))
            for coding, suffix in ENCODINGS:
                if coding in accepted and os.path.isfile(path + suffix):
                    return self.send_encoded(path, path + suffix, coding)
        # Python's server answers If-Modified-Since by mtime, to the second. A file replaced
        # within the same second as its predecessor (a fast redeploy, or the update test) would
        # then look unchanged, and the browser would miss a new sw.js. Unhashed files are sent
        # whole (most are small; the clinician's page's wasm is not, and is fetched only by a
        # clinician's device). Hashed files never change under the same name.
        if not HASHED.search(self.path.split("?", 1)[0]):
            del self.headers["If-Modified-Since"]
        return super().send_head()

    def send_encoded(self, original: str, encoded: str, coding: str):
        try:
            f = open(encoded, "rb")
        except OSError:
            self.send_error(404, "File not found")
            return None
        stat = os.fstat(f.fileno())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(original))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.end_headers()
        return f

    def end_headers(self):
        # Every response may differ by Accept-Encoding (a file with compressed copies does).
        self.send_header("Vary", "Accept-Encoding")
        if self.csp:
            self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        path = self.path.split("?", 1)[0]
        if HASHED.search(path):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A browser that goes away mid-download (a closed tab, a cancelled precache fetch) is
        # normal, not an error worth a traceback.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument(
        "--no-csp",
        action="store_true",
        help="omit the CSP (only for the bench's hello-world, which uses trunk's inline loader)",
    )
    parser.add_argument(
        "--wasm-delay",
        type=float,
        default=0.0,
        help="seconds to hold the wasm back (tests of the page before the app runs)",
    )
    parser.add_argument(
        "--boot-delay",
        type=float,
        default=0.0,
        help="seconds to hold boot.js back (tests of the page without its loader)",
    )
    args = parser.parse_args()

    Handler.quiet = args.quiet
    Handler.csp = not args.no_csp
    Handler.wasm_delay = args.wasm_delay
    Handler.boot_delay = args.boot_delay
    handler = functools.partial(Handler, directory=args.dir)
    with Server((args.host, args.port), handler) as server:
        print(f"Serving {args.dir} on http://{args.host}:{args.port}/", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
