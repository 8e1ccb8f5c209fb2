#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs, and skips what is present.
# Every tool comes from a package registry (crates.io, npm, Debian); trunk itself never
# downloads anything (Trunk.toml: offline = true, pinned [tools]).
#
# Usage: scripts/tools.sh [--browser]   (callers put node_modules/.bin and ~/.cargo/bin on PATH)
#   --browser: Debian's Chromium and ChromeDriver (the Playwright tiers), Firefox ESR with
#   geckodriver and WebKitGTK's MiniBrowser with WebKitWebDriver and Xvfb (the other engines' tiers)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '[tools] %s\n' "$*"; }

# The wasm-bindgen version the crate is locked to: the CLI must be exactly this one.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' \
    "$ROOT/Cargo.lock"
}
WASM_BINDGEN_VERSION="$(lock_version wasm-bindgen)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "[tools] cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
trunk_pin="$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' "$ROOT/Trunk.toml")"
if [ "$trunk_pin" != "$WASM_BINDGEN_VERSION" ]; then
  echo "[tools] Trunk.toml pins wasm-bindgen $trunk_pin but Cargo.lock has $WASM_BINDGEN_VERSION: make them equal" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Debian's packages and npm's download and unpack while cargo compiles below (they wait on the
# network and the disk; cargo keeps both cores busy), and are waited for at the end. The
# browsers and their drivers are for the browser tiers only: Debian's Chromium and ChromeDriver,
# Firefox ESR, WebKitGTK's WebKitWebDriver (with its MiniBrowser) and Xvfb for its display, and
# the locale sources (WebKitGTK takes the browser's language from the locale: the WebKit tier
# compiles es_ES into target/locales with localedef, no root needed), and Java for the HTML
# checker.
apt_pid=""
if [ "$want_browser" = 1 ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  [ -f /usr/share/i18n/locales/es_ES ] || missing+=(locales)
  # Java runs the W3C Nu HTML checker (vnu-jar, from npm) over the built pages.
  command -v java >/dev/null || missing+=(default-jre-headless)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian's ${missing[*]} (in the background)"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    (
      $sudo_cmd apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
    ) >"$tmp/apt.log" 2>&1 &
    apt_pid=$!
  fi
fi
lock_sum="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
stamp="$ROOT/node_modules/.installed-from-lock"
npm_pid=""
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json (in the background)"
  (cd "$ROOT" && npm ci --no-audit --no-fund && echo "$lock_sum" >"$stamp") >"$tmp/npm.log" 2>&1 &
  npm_pid=$!
fi

# The tools are built, not shipped: their own release profiles (trunk's is fat LTO with one
# codegen unit) are traded for compile time. Measured on this 2-core machine: trunk 3 min at
# opt-level 0 against 6.5 at its own profile, and a release build with it 3 s slower;
# geckodriver 1 min against 4; wasm-bindgen-cli stays at opt-level 1 (2.5 min), since at 0 it
# made every build about 10 s slower and it runs on every wasm test binary too.
quick_install() { # opt-level cargo-install-arguments...
  local level="$1"
  shift
  CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install "$@"
}

# Rust target and components.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  say "adding rustfmt and clippy"
  rustup component add rustfmt clippy
fi

# trunk, at the one version that builds with this rustc.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  # No default features: no TLS stack and no update check (Trunk.toml: offline).
  say "installing trunk $TRUNK_VERSION (takes a few minutes)"
  quick_install 0 "trunk@$TRUNK_VERSION" --locked --no-default-features --force
fi

# wasm-bindgen-cli equal to the crate. Not --locked: its lock file wants a crate the
# registry here does not serve (see ../shared/toolchain.md).
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  quick_install 1 "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force
fi

# npm tools (wasm-opt from binaryen, @playwright/test, axe) from the committed lock file, begun
# above; a stamp of the lock file's hash tells whether node_modules already matches it.
if [ -n "$npm_pid" ] && ! wait "$npm_pid"; then
  cat "$tmp/npm.log" >&2
  echo "[tools] npm ci failed" >&2
  exit 1
fi
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  echo "[tools] wasm-opt 132 is missing from node_modules/.bin after npm ci" >&2
  exit 1
fi
if [ "$(playwright --version 2>/dev/null)" != "Version 1.65.1" ]; then
  echo "[tools] @playwright/test 1.65.1 is missing from node_modules/.bin after npm ci" >&2
  exit 1
fi

# Crates, fetched once so the offline build finds them.
(cd "$ROOT" && cargo fetch --locked >/dev/null)

# The browsers (begun above) and geckodriver, for the browser tiers only.
if [ -n "$apt_pid" ] && ! wait "$apt_pid"; then
  cat "$tmp/apt.log" >&2
  echo "[tools] installing Debian's packages failed" >&2
  exit 1
fi
if [ "$want_browser" = 1 ]; then
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (takes a minute)"
    quick_install 0 "geckodriver@$GECKODRIVER_VERSION" --locked --force
  fi
fi

say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt 132"
