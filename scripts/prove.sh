#!/usr/bin/env bash
# The main job: prove the default claims (proofs/), write certificates to certs/, then re-verify
# every certificate with the independent checker. Exit 0 only if all verify and re-check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# --workspace: the same dependency features (and so the same compiled library) as the Python
# package's build in scripts/test-python.sh, which CI runs first.
cargo build --release --quiet --workspace --bins
./target/release/eoscert prove proofs --out certs "$@"
./target/release/eoscert check certs/*.json
