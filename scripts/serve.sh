#!/usr/bin/env bash
# Builds the app with the bundled readouts and serves it at http://127.0.0.1:8080/
# (PORT=9000 scripts/serve.sh for another port). Installs missing tools first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
release_build trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}" "$@"
