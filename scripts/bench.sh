#!/usr/bin/env bash
# The bench command (not part of the tests): builds the widget and the Yew hello-world floor
# (bench/hello) in release, then prints sizes, load times and memory, ours as ratios to it.
# BENCH_RUNS=15 scripts/bench.sh for more runs (default 9; the median is reported). Writes
# bench/results.md (see bench/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/tools.sh --browser
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
trunk build --release
(cd bench/hello && cargo fetch --locked >/dev/null && trunk build --release)
# The hello-world is served compressed too, as a clinic's server should serve both.
python3 scripts/post_build.py --compress-only bench/hello/dist
# Lighthouse 12.2.3 lives in its own folder (the test command's npm ci never installs it).
lock_sum="$(sha256sum bench/lighthouse/package-lock.json | cut -d' ' -f1)"
if [ "$(cat bench/lighthouse/node_modules/.installed-from-lock 2>/dev/null)" != "$lock_sum" ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund)
  echo "$lock_sum" >bench/lighthouse/node_modules/.installed-from-lock
fi
# The figures go to the terminal and to bench/results.md, which is committed: the docs quote
# that file, never figures typed by hand.
{
  echo "# Bench results"
  echo
  echo "Written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/results.md' || echo ' with uncommitted changes'); do not edit by hand."
  node scripts/bench.mjs
} | tee bench/results.md.new
mv bench/results.md.new bench/results.md
