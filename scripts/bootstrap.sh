#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; quick when all is present.
# Sourced by scripts/serve.sh and scripts/test.sh. Works as root on a fresh Debian machine with
# no prompts. Versions are those verified in shared/TOOLCHAIN.md:
#   wasm32 target, the standard library's sources (rust-src, for release builds),
#   trunk 0.21.14, wasm-bindgen-cli = the wasm-bindgen in Cargo.lock,
#   wasm-opt 132 from the npm package `binaryen` (Debian's binaryen 108 breaks Leptos modules),
#   esbuild (npm: minifies the release CSS and JS), playwright-core (npm, lock file committed),
#   Chromium + chromedriver from apt (tests only).
# Usage: source scripts/bootstrap.sh [--browser]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WANT_BROWSER=0
for arg in "$@"; do [ "$arg" = "--browser" ] && WANT_BROWSER=1; done

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# Trunk must use the tools on PATH: downloading them fails on these machines.
export TRUNK_OFFLINE=true
# Trunk 0.21 reads NO_COLOR as the value of its --no-color flag and fails on "" or "1".
unset NO_COLOR

say() { printf '\033[1mbootstrap:\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root for: $*"; return 1; fi
}

wasm_bindgen_version() {
  # The CLI must match the crate exactly; the crate is pinned and Cargo.lock is committed.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The standard library's sources, which release builds compile with the app (release_build).
has_rust_src() { [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; }

ensure_rust_src() {
  if ! has_rust_src; then
    say "adding the rust-src component (the standard library's sources, for release builds)"
    rustup component add rust-src \
      || say "rust-src unavailable: release builds use the prebuilt standard library (about 20 KB gzip larger)"
  fi
}

# Runs a release build of the app (`release_build trunk build --release`) with the standard
# library compiled from source at the release profile's size settings (`-Zbuild-std`) and panics
# that stop at once, without the code that formats a message (`-Cpanic=immediate-abort`; the
# banner is web/crash.js). 20 KB gzip smaller than with the prebuilt library (BENCHMARKS.md,
# "The standard library built with the app"). Both flags are unstable: the stable compiler
# accepts them with RUSTC_BOOTSTRAP, as for `.cargo/config.toml`'s flag. The rustflags given
# here are added to that file's. Trunk runs cargo offline, so the standard library's own
# dependencies are fetched first (`cargo fetch` downloads only what is missing). Without rust-src,
# or if they cannot be fetched, the command runs as it is.
release_build() {
  if has_rust_src && RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std panic_abort" \
    cargo fetch --locked --target wasm32-unknown-unknown --manifest-path "$ROOT/Cargo.toml"; then
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std panic_abort" \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
      "$@"
  else
    say "release build with the prebuilt standard library (about 20 KB gzip larger)"
    "$@"
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
    # From outside the project: its .cargo/config.toml (RUSTC_BOOTSTRAP, the wasm flags) is
    # for the app, and cargo install would read it from the working directory.
    (cd / && cargo install --locked trunk --version "$TRUNK_VERSION")
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\b" \
    || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (about 90 s)"
    # Not --locked: with it, resolution of webpki-roots fails (TOOLCHAIN.md).
    (cd / && cargo install wasm-bindgen-cli --version "$want" --force)
  fi
}

ensure_node_packages() {
  if ! command -v npm >/dev/null; then
    say "installing node and npm from apt"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq nodejs npm
  fi
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
    || [ ! -d "$ROOT/node_modules/esbuild" ] \
    || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "installing node packages (binaryen, esbuild, playwright-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Chromium, its driver, and a font with Chinese characters: the tests measure how Chinese text
# wraps on a phone, which needs real glyphs (without fonts-noto-cjk a new machine draws none).
ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] \
    || [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    say "installing chromium, chromium-driver and fonts-noto-cjk from apt"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver \
      fonts-noto-cjk
  fi
}

ensure_rust_target
ensure_rust_src
ensure_node_packages
ensure_wasm_bindgen
ensure_trunk
if [ "$WANT_BROWSER" = 1 ]; then ensure_browser; fi
set +u
