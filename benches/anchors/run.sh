#!/usr/bin/env bash
# The performance report, one command: eoscert against what researchers use today, same work,
# same run, and the README's performance table written from the results:
#   bash benches/anchors/run.sh
# 1. float64 learning-rate sweep (REPEAT=5 rounds, POINTS=20000 η, STEPS=10000 steps) against
#    numpy and JAX: both sides sweep the same η grid from the same start for the same number of
#    steps and record the same output (last 4 iterates of r and ‖∇f‖², divergence); the report
#    checks that the outputs agree, takes median wall times (sides interleaved) and the roofline.
# 2. Rigorous critical trajectory (p = 2, η = 1 from (1.3, 0.8), CRIT_STEPS=1e7): `eoscert
#    critical` (f64 and float128 midpoints) against the python-flint mean-value script (to
#    FLINT_STEPS=1e6: it runs at ~2·10⁴ steps/s, the ratio is of steps per second), and naive
#    ball iteration at NAIVE_PREC=128 bits in python-flint (Arb), mpmath (iv) and eoscert
#    (mpfr:128): width of the certified t·ℓ at t = 10, 10², …, certified steps per second.
# 3. GD step per backend: `cargo bench --bench gd_step` (criterion; skip with STEP_BENCH=0).
# 4. Cost of each certificate kind: `cargo bench --bench certificates` (criterion, one claim of
#    the default set per kind, ≈ 2–3 min; skip with CERT_BENCH=0).
# 5. Cost against certified digits: `cargo run --release --example cost_vs_digits` writes
#    docs/cost-vs-digits.{svg,csv,md} (skip with DIGITS=0).
# Then benches/anchors/report.py writes docs/performance.md and the block of README.md between
# the perf-table markers. numpy, JAX, python-flint and mpmath (pinned in requirements.txt) are
# installed into a venv under ~/.cache by this script (override with EOSCERT_ANCHOR_VENV).
# Timings exclude process start, imports and JAX's compilation (printed).
set -euo pipefail
repeat=${REPEAT:-5}
export POINTS=${POINTS:-20000}
export STEPS=${STEPS:-10000}
export CRIT_STEPS=${CRIT_STEPS:-10000000}
export FLINT_STEPS=${FLINT_STEPS:-1000000}
export NAIVE_PREC=${NAIVE_PREC:-128}
export STEP_BENCH=${STEP_BENCH:-1}
export CERT_BENCH=${CERT_BENCH:-1}
export DIGITS=${DIGITS:-1}
points=$POINTS
steps=$STEPS
last=4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${EOSCERT_ANCHOR_VENV:-$HOME/.cache/eoscert-anchors/venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r "$here/requirements.txt"
(cd "$root" && cargo build --release --quiet && cargo build --release --quiet --example cost_vs_digits)
py="$venv/bin/python"
eoscert="$root/target/release/eoscert"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "1/5 float64 sweep against numpy and JAX" >&2
# case name, depth, η range, start
cases=("p2 2 0.5 1.3 1.3,0.77" "p5 5 0.2 0.45 1.03,0.98,1.01,0.99,1.02")
for c in "${cases[@]}"; do
    read -r name depth lo hi init <<< "$c"
    for k in $(seq "$repeat"); do
        "$eoscert" sweep --depth "$depth" --eta-range "$lo:$hi" --points "$points" --init "$init" \
            --steps "$steps" --last "$last" --quiet --csv "$tmp/$name.csv" 2>> "$tmp/$name.eoscert"
        for side in numpy jax; do
            "$py" "$here/sweep_anchor.py" "$side" "$depth" "$lo" "$hi" "$points" "$init" "$steps" \
                "$last" 1 "$tmp/$name.$side.npz" >> "$tmp/$name.$side"
        done
    done
done
echo "2/5 rigorous critical trajectory against python-flint and mpmath" >&2
cps=$("$py" -c "
import sys; T = int(float(sys.argv[1])); c = 10; out = []
while c < T: out.append(c); c *= 10
print(','.join(map(str, out)))" "$CRIT_STEPS")
for mid in f64 float128; do
    "$eoscert" critical --depth 2 --init 1.3,0.8 --steps "$CRIT_STEPS" --checkpoints "$cps" \
        --midpoint "$mid" --json --quiet > "$tmp/critical-$mid.json"
done
"$py" "$here/critical_flint.py" "$FLINT_STEPS" 128 > "$tmp/flint-mean-value.jsonl"
for side in flint mpmath; do
    "$py" "$here/naive_balls.py" "$side" "$CRIT_STEPS" "$NAIVE_PREC" > "$tmp/naive-$side.jsonl"
done
t=10
while [ "$t" -le 1000 ]; do
    # exit status 1 = not verified (the enclosure blew up): recorded, not an error
    out=$("$eoscert" simulate --depth 2 --eta 1 --init 1.3,0.8 --steps "$t" \
        --backend "mpfr:$NAIVE_PREC" --json) || [ $? -eq 1 ]
    echo "[$t, $out]" | tr -d '\n' >> "$tmp/naive-eoscert.jsonl"
    echo >> "$tmp/naive-eoscert.jsonl"
    t=$((t * 10))
done
if [ "$STEP_BENCH" != 0 ]; then
    echo "3/5 GD step per backend (criterion)" >&2
    (cd "$root" && cargo bench --quiet --bench gd_step > "$tmp/gd_step.txt" 2>&1)
fi
if [ "$CERT_BENCH" != 0 ]; then
    echo "4/5 cost of each certificate kind (criterion)" >&2
    (cd "$root" && cargo bench --quiet --bench certificates > "$tmp/certificates.txt" 2>&1)
fi
if [ "$DIGITS" != 0 ]; then
    echo "5/5 cost against certified digits" >&2
    "$root/target/release/examples/cost_vs_digits" "$root/docs" > /dev/null
fi
export LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
"$py" "$here/report.py" "$tmp" "$root"
