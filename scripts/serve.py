#!/usr/bin/env python3
"""Serves the built widget (dist/) as static files, with the headers a clinic's server should send.

Used by the serve command and by the end-to-end tests, so the app is always tried under the
strict Content-Security-Policy it ships with. Standard library only.

    python3 scripts/serve.py [--dir dist] [--host 127.0.0.1] [--port 8080] [--quiet]
"""

import argparse
import functools
import http.server
import re
import sys

# The policy the widget must run under (README "Deploying" gives the same text).
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'"
)

# Trunk names built assets with a content hash, e.g. knee-care-1a2b3c4d5e6f7a8b_bg.wasm.
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$")


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

    def send_head(self):
        # Python's server answers If-Modified-Since by mtime, to the second. A file replaced
        # within the same second as its predecessor (a fast redeploy, or the update test) would
        # then look unchanged, and the browser would miss a new sw.js. Unhashed files are small:
        # always send them whole. Hashed files never change under the same name.
        if not HASHED.search(self.path.split("?", 1)[0]):
            del self.headers["If-Modified-Since"]
        return super().send_head()

    def end_headers(self):
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
    args = parser.parse_args()

    Handler.quiet = args.quiet
    Handler.csp = not args.no_csp
    handler = functools.partial(Handler, directory=args.dir)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as server:
        print(f"Serving {args.dir} on http://{args.host}:{args.port}/", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
