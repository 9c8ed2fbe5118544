#!/usr/bin/env bash
# Installs what WhoSaid's build and tests need, and nothing that is already there.
# Idempotent: a second run only checks. Debian 12, as root, registries only.
#
#   scripts/setup.sh            build tools: wasm32 target, wasm-bindgen-cli (exact crate version), npm deps
#   scripts/setup.sh --browsers also the test browsers: Debian chromium + chromium-driver + firefox-esr,
#                               and geckodriver from crates.io
#
# Why these sources (measured, ../shared/docs/BROWSER-RECIPE.md):
# - wasm-opt comes from the npm package `binaryen` (in package.json): Debian's binaryen 108 corrupts
#   wasm-bindgen output. We never call a wasm-opt from PATH.
# - `cargo install ... --locked` fails against this registry; without it the install resolves and builds.
# - The npm `geckodriver` package downloads from GitHub at run time, which fails here: cargo install it.
set -euo pipefail
cd "$(dirname "$0")/.."

GECKODRIVER_VERSION=0.37.1
want_browsers=0
[ "${1:-}" = "--browsers" ] && want_browsers=1

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust target for the wasm build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  log "installing wasm-bindgen-cli $wbg (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi

# 3. npm dependencies, exactly as locked. Reinstall only when package-lock.json changed.
if ! cmp -s package-lock.json node_modules/.whosaid-lock 2>/dev/null; then
  log "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.whosaid-lock
fi

[ "$want_browsers" = 1 ] || exit 0

# 4. Browsers from Debian (Playwright's and Selenium's own downloads fail on this network).
missing=()
for pair in chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
fi

# 5. geckodriver (WebDriver for Firefox), from crates.io.
if [ "$(geckodriver --version 2>/dev/null | sed -n 1p | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
  log "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
fi
log "ready: $(chromium --version 2>/dev/null | head -n1); $(firefox-esr --version 2>/dev/null); $(geckodriver --version 2>/dev/null | sed -n 1p); $(wasm-bindgen --version)"
