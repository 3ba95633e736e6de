#!/usr/bin/env bash
# All tests on a fresh Debian machine with Rust and Python 3 installed: installs what is missing
# (m4 for GMP/MPFR; a Python venv with maturin, pytest, numpy, ml_dtypes), then runs the Rust
# workspace's tests (library, CLI, the checker crate `eoscert-check`) and the Python package's.
# Long mode: `EOSCERT_LONG=1 bash scripts/test.sh` runs every repetition the default run samples
# (tests/tests.rs lists them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# `--tests`: the library's and binaries' unit tests and the one integration binary
# (tests/tests.rs); then the doc tests. The examples are not linked here (each would link the
# whole crate again): `cargo clippy --all-targets` (.ci/run) compiles them.
cargo test --release --workspace --tests
cargo test --release --workspace --doc
bash scripts/test-python.sh
