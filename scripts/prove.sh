#!/usr/bin/env bash
# The main job: prove the default claims (proofs/), write certificates to certs/, then re-verify
# every certificate with the independent checker. Exit 0 only if all verify and re-check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --quiet
./target/release/eoscert prove proofs --out certs "$@"
./target/release/eoscert check certs/*.json
