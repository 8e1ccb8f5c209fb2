#!/usr/bin/env bash
# The serve command: installs what is missing, builds the release, and serves dist/ on
# http://127.0.0.1:8080 with the production headers (strict CSP included).
# PORT=9000 scripts/serve.sh to use another port.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/tools.sh
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
trunk build --release
exec python3 scripts/serve.py --dir dist --host 127.0.0.1 --port "${PORT:-8080}"
