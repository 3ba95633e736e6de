#!/usr/bin/env bash
# The test suite (CI runs exactly this): unit, integration, property and doc tests in release
# mode (MPFR in debug mode is slow).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --release "$@"
