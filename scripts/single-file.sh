#!/usr/bin/env bash
# Builds the single-file app: one self-contained HTML file (wasm, JS, CSS, favicon and the
# bundled readouts inlined) that works opened straight from disk, with no server:
#   ./scripts/single-file.sh      ->  dist-single/readout-lens.html
# Installs missing tools first, then runs the release build and scripts/single-file.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
set -u
release_build trunk build --release
node scripts/single-file.mjs dist dist-single/readout-lens.html
