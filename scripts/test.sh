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
# wasm-bindgen-test-runner gives the whole browser run 20 s by default (WASM_BINDGEN_TEST_TIMEOUT,
# counted from the first test; a test that holds the page past what is left fails the run) and
# chromedriver 5 s to start: too little for 27 tests of debug wasm on a loaded machine (a CI
# runner, or two cores shared by several builds).
WASM_BINDGEN_TEST_TIMEOUT=600 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web_components

step "release build (with CSP hashes, service worker, .gz/.br) and the single file"
release_build trunk build --release
node scripts/single-file.mjs dist dist-single/readout-lens.html

step "end-to-end in headless Chromium"
node --test --test-concurrency=1 tests/e2e/

step "all tests passed in $((SECONDS - started)) s"
