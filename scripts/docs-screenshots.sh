#!/usr/bin/env bash
# The pictures in docs/: builds the release and takes every screenshot the README and
# docs/clinic/ show (tests/docs/screenshots.spec.mjs, the Playwright project "docs"), writing
# them over docs/*.png. Not part of the tests; run it after a change to what a screen shows,
# look at the pictures, and commit them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/tools.sh --browser
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
trunk build --release
npx --no-install playwright test --project=docs
