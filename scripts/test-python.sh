#!/usr/bin/env bash
# Build the Python package `eoscert` (python/, pyo3 + maturin) into a virtual environment and
# run its test suite. Works on a fresh machine with Python >= 3.9, pip and a Rust toolchain:
# creates the venv if missing, installs maturin, pytest, numpy, ml_dtypes, tqdm, mpmath and ray
# (ray for the eoscert.distributed tests, which start a loopback-only local Ray cluster; JAX and
# PyTorch are optional: their tests skip when they are not installed), builds the
# extension with `maturin develop --release` from inside the repository (so cargo reads
# .cargo/config.toml: the target CPU inari needs) and runs pytest on python/tests and the
# worked example python/examples.
#
# Environment: EOSCERT_VENV (default ~/.cache/eoscert-venv), PYTHON (default python3).
# Extra arguments go to pytest (e.g. `scripts/test-python.sh -k guard -x`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${EOSCERT_VENV:-$HOME/.cache/eoscert-venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
export VIRTUAL_ENV="$venv"
export PATH="$venv/bin:$PATH"
python -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.5,<2" pytest numpy ml_dtypes tqdm mpmath
# Ray has no wheel for every Python: without it the Ray test skips and says so.
python -m pip install --quiet --disable-pip-version-check ray \
    || echo "test-python: ray could not be installed; the Ray engine test skips" >&2
cd "$root"
# The distributed tests run the eoscert executable (EOSCERT_BIN, default target/release/eoscert).
# Built for the whole workspace so that cargo resolves the dependencies' features as for the
# Python package (pyo3's proc macros enable more of `syn`): the library is then compiled once
# for both, and `maturin develop` below (same target/, profile and .cargo/config.toml flags)
# only adds pyo3 and the extension module. `scripts/prove.sh` builds the same way.
cargo build --release --quiet --workspace --bins
cd "$root/python"
maturin develop --release --quiet
cd "$root"
python -m pytest -q python/tests python/examples "$@"
