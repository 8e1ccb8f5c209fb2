#!/usr/bin/env bash
# The test command: installs what is missing, then runs every tier.
#   0. cargo fmt --check; clippy -D warnings on host and wasm32; the core stays pure; no CSS
#      rule for a class nothing sets; no cycle in the core; the docs check; after the release
#      build, the committed size budget
#   1. host unit tests (cargo test)
#   2. component tests in headless Chromium (wasm-bindgen-test)
#   3. end-to-end tests of the release build under the strict CSP (@playwright/test + axe):
#      first the timing-sensitive specs alone on one worker, then the rest on E2E_WORKERS (2),
#      then both again in Spanish (E2E_LANG=es), where the language-independent tests skip;
#      then the core journeys in Firefox ESR and WebKitGTK over WebDriver (tests/engines/)
# Each tier's log is kept in target/test-logs/. The last line is one aggregate
# "N passed, N failed"; the exit code is non-zero if any tier fails or runs no test.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR=never

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
passed=0
failed=0
summary=()

tier_start=$SECONDS
begin() { # tier-name
  echo "== $1"
  tier_start=$SECONDS
}

record() { # tier-name passed failed [what it ran in]
  passed=$((passed + $2))
  failed=$((failed + $3))
  summary+=("$(printf '%-28s %4d passed, %d failed %5ss%s' "$1" "$2" "$3" "$((SECONDS - tier_start))" "${4:+  ($4)}")")
}

# A check that is one test: it passes or it fails.
check() { # name command...
  local name="$1"
  shift
  begin "$name"
  if "$@" >"$LOGS/$name.log" 2>&1; then
    record "$name" 1 0
  else
    tail -n 40 "$LOGS/$name.log"
    record "$name" 0 1
  fi
}

# A tier run by a test harness: counts come from the harness's own result lines.
suite() { # name parser command...
  local name="$1" parser="$2"
  shift 2
  begin "$name"
  "$@" >"$LOGS/$name.log" 2>&1
  local rc=$?
  local counts p f
  counts="$("$parser" "$LOGS/$name.log")"
  p="${counts% *}"
  f="${counts#* }"
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # it failed before or outside any test (a build error, a crash)
  fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    echo "$name ran no test"
    f=1
  fi
  [ "$f" -ne 0 ] && tail -n 60 "$LOGS/$name.log"
  record "$name" "$p" "$f" "$(browser_of "$name")"
}

# The browser and version a browser tier ran in, for the summary (the docs point there).
browser_of() { # tier-name
  case "$1" in
    2-* | 3-e2e-*) /usr/bin/chromium --version 2>/dev/null | sed -n '1s/ built on.*//p' ;;
    3-engine-*) sed -n 's/^# [a-z]*: \(.* [0-9][0-9.]*\)$/\1/p' "$LOGS/$1.log" | head -n 1 ;;
  esac
}

# Sums cargo's and wasm-bindgen-test-runner's "test result: ... N passed; M failed" lines.
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}

# Node's test runner (TAP) ends with "# pass N" and "# fail N" lines.
node_counts() {
  awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p + 0, f + 0 }' "$1"
}

# The end-to-end runner's summary reporter ends with a plain "N passed, N failed" line.
e2e_counts() {
  awk '/^[0-9]+ passed, [0-9]+ failed$/ { p = $1; f = $3 } END { print p + 0, f + 0 }' "$1"
}

# The pure core must not depend on, or import, any browser crate.
core_is_pure() {
  local web='^(yew|yew-macro|web-sys|js-sys|wasm-bindgen|gloo|gloo-[a-z]+) '
  if cargo tree -p knee-core --target all -e normal,build --prefix none | grep -E "$web"; then
    echo "a browser crate is in knee-core's dependency tree"
    return 1
  fi
  if grep -rnE '\b(yew|web_sys|js_sys|wasm_bindgen|gloo[a-z_]*)::' core/src; then
    echo "knee-core source names a browser crate"
    return 1
  fi
  echo "knee-core depends on no browser crate"
}

echo "== installing what is missing"
if ! scripts/tools.sh --browser; then
  echo "installing the tools failed"
  echo "0 passed, 1 failed"
  exit 1
fi
summary+=("$(printf '%-28s %25ss' "(installing what is missing)" "$SECONDS")")

check "0-fmt" cargo fmt --all -- --check
check "0-clippy-host" cargo clippy --workspace --all-targets --features knee-care/prerender --locked -- -D warnings
check "0-clippy-wasm32" cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
check "0-core-is-pure" core_is_pure
check "0-css-all-used" python3 scripts/css_unused.py
check "0-core-no-cycle" python3 scripts/module_graph.py
check "0-docs" python3 scripts/docs_check.py

suite "1-host-unit" cargo_counts cargo test --workspace --locked -- --show-output
# The exhaustive screening tests say how many answer combinations they checked.
grep -ho "screening: [0-9]* [a-z-]* combinations evaluated" "$LOGS/1-host-unit.log" | sort -u

# The loader's own logic (public/boot.js) by node's test runner, with the Rust rules' cases
# from the catalog the host step writes.
suite "1-loader-unit" node_counts sh -c 'cargo run --quiet --locked -p knee-core --example catalog_json -- target/e2e && node --test --test-reporter=tap tests/loader/'

export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
suite "2-components-wasm" cargo_counts cargo test -p knee-care --locked --target wasm32-unknown-unknown --tests

begin "building the release"
if trunk build --release >"$LOGS/3-build.log" 2>&1; then
  summary+=("$(printf '%-28s %25ss' "(building the release)" "$((SECONDS - tier_start))")")
  check "0-size-budget" python3 scripts/size_budget.py dist
  cat "$LOGS/0-size-budget.log"
  # Every shipped page valid HTML (the W3C Nu checker).
  check "0-html-valid" python3 scripts/html_valid.py dist
  tail -n 1 "$LOGS/0-html-valid.log"
  # (playwright.config.mjs first writes the catalog as JSON: a host step, cargo run.)
  suite "3-e2e-serial" e2e_counts npx --no-install playwright test --project=serial
  suite "3-e2e-parallel" e2e_counts npx --no-install playwright test --project=parallel --no-deps
  # The whole suite again in Spanish, by the Spanish catalog's words (the safety sweeps, every
  # routine test, the language switch back to English, ...), with the browser's locale es.
  suite "3-e2e-es-serial" e2e_counts env E2E_LANG=es npx --no-install playwright test --project=serial
  suite "3-e2e-es-parallel" e2e_counts env E2E_LANG=es npx --no-install playwright test --project=parallel --no-deps
  # The patient's core journeys in the engines of Firefox and Safari, over WebDriver (the
  # catalogs the e2e tiers wrote give the words). WebKit's MiniBrowser needs a display: Xvfb.
  # A hung browser session must not hang the command: each test has 2 minutes, each tier 10.
  suite "3-engine-firefox" node_counts timeout 600 env ENGINE=firefox node --test --test-force-exit --test-timeout=120000 --test-reporter=tap --test-concurrency=1 tests/engines/
  suite "3-engine-webkit" node_counts timeout 600 xvfb-run -a env ENGINE=webkit node --test --test-force-exit --test-timeout=120000 --test-reporter=tap --test-concurrency=1 tests/engines/
else
  tail -n 40 "$LOGS/3-build.log"
  record "3-end-to-end (build failed)" 0 1
fi

echo
printf '%s\n' "${summary[@]}"
echo "all in $((SECONDS / 60)) min $((SECONDS % 60)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
