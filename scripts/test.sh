#!/usr/bin/env bash
# All tests on a fresh Debian machine with Rust and Python 3 installed: installs what is missing
# (m4 for GMP/MPFR; a Python venv with maturin, pytest, numpy, ml_dtypes), then runs the Rust
# workspace's tests (library, CLI, the checker crate `eoscert-check`) and the Python package's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --release --workspace
bash scripts/test-python.sh
