#!/usr/bin/env bash
# Build and run a crate that depends on eoscert the way a user's crate does: copied out of this
# repository (so eoscert's .cargo/config.toml and its `-C target-cpu=haswell` do not apply) and
# with RUSTFLAGS unset. Fails if eoscert does not build out of the box as a dependency.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/ci/downstream/." "$work/"
cp "$repo/Cargo.lock" "$work/Cargo.lock"
sed -i "s|path = \"../..\"|path = \"$repo\"|" "$work/Cargo.toml"
cd "$work"
env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS \
    CARGO_TARGET_DIR="${DOWNSTREAM_TARGET_DIR:-$repo/target/downstream}" \
    cargo run --quiet
