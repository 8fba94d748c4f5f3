#!/usr/bin/env bash
# Runs every test, installing whatever is missing first (scripts/bootstrap.sh):
#   gates (rustfmt, clippy native and wasm), native tests (core, command line, fixtures),
#   component tests in headless Chromium (wasm-bindgen-test), the release build and the
#   single-file build, and end-to-end tests of them (served on loopback, at the root and under
#   a sub-path, and opened from file://) driven by Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh --browser
set -u

started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$((SECONDS - started))"; }

step "format"
cargo fmt --all -- --check

step "clippy, native"
cargo clippy --all-targets --locked -- -D warnings

step "clippy, wasm"
cargo clippy --target wasm32-unknown-unknown --locked --lib --bin readout-lens --test web_components -- -D warnings

step "native tests"
cargo test --locked

step "component tests in headless Chromium"
# The runner's requests to chromedriver time out after 5 s by default, which a long test on a
# loaded machine (a CI runner, two cores shared by several builds) can exceed.
WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web_components

step "release build (with CSP hashes, service worker, .gz/.br) and the single file"
trunk build --release
node scripts/single-file.mjs dist dist-single/readout-lens.html

step "end-to-end in headless Chromium"
node --test --test-concurrency=1 tests/e2e/

step "all tests passed in $((SECONDS - started)) s"
