#!/usr/bin/env bash
# Install what a fresh Debian machine lacks for eoscert: m4 (needed by gmp-mpfr-sys to build
# GMP and MPFR from source). Rust itself (cargo, rustc) must already be installed.
set -euo pipefail
if ! command -v m4 >/dev/null 2>&1; then
    echo "eoscert setup: installing m4 (needed to build GMP/MPFR)" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get install -y -qq m4 >/dev/null 2>&1 || {
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq m4
    }
fi
command -v cargo >/dev/null 2>&1 || { echo "eoscert setup: cargo not found; install Rust (rustup) first" >&2; exit 2; }
