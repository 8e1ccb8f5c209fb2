#!/usr/bin/env bash
# The bench command (not part of the tests): builds the widget and the Yew hello-world floor
# (bench/hello) in release, then prints sizes, load times and memory, ours as ratios to it.
# BENCH_RUNS=15 scripts/bench.sh for more runs (default 9; the median is reported).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/tools.sh --browser
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
(cd bench/hello && cargo fetch --locked >/dev/null && trunk build --release)
node scripts/bench.mjs
