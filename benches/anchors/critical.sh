#!/usr/bin/env bash
# The python-flint anchor against eoscert, one command:
#   bash benches/anchors/critical.sh [STEPS]        (default 10⁶)
# Both sides iterate the same critical map (p = 2, y = 1, η = 1 from (1.3, 0.8), exact (r, Q)
# coordinates) by a two-step mean-value ball iteration. Prints, per checkpoint t = 10³, 10⁴, …,
# the width of the certified t·ℓ on each side, then the certified steps per second and the ratio.
# python-flint (pinned in requirements.txt) is installed into a venv under ~/.cache (override with
# EOSCERT_ANCHOR_VENV).
set -euo pipefail
steps=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${EOSCERT_ANCHOR_VENV:-$HOME/.cache/eoscert-anchors/venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r "$here/requirements.txt"
(cd "$root" && cargo build --release --quiet)
py="$venv/bin/python"
cps=$("$py" -c "
import sys; T = int(float(sys.argv[1])); c = 1000; out = []
while c < T: out.append(c); c *= 10
print(','.join(map(str, out + [T])))" "$steps")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for mid in f64 float128; do
    "$root/target/release/eoscert" critical --depth 2 --init 1.3,0.8 --steps "$steps" \
        --checkpoints "$cps" --midpoint "$mid" --json --quiet > "$tmp/$mid.json"
done
"$py" "$here/critical_flint.py" "$steps" 128 > "$tmp/flint.jsonl"
"$py" - "$tmp" "$steps" <<'PY'
import json, sys
from fractions import Fraction
tmp, steps = sys.argv[1], int(float(sys.argv[2]))
def rust(mid):
    c = json.load(open(f"{tmp}/{mid}.json"))
    assert c["verified"], c["reason"]
    w = {cp["t"]: float(Fraction(cp["t_loss"]["hi"]) - Fraction(cp["t_loss"]["lo"])) for cp in c["evidence"]["checkpoints"]}
    return w, steps / c["elapsed_s"]
f64, f64_rate = rust("f64")
f128, f128_rate = rust("float128")
lines = [json.loads(l) for l in open(f"{tmp}/flint.jsonl")]
flint = {l["t"]: l["t_loss_width"] for l in lines if "t" in l}
flint_rate = lines[-1]["steps_per_s"]
print(f"critical p = 2, y = 1, eta = 1, (1.3, 0.8), T = {steps}: width of the certified t*loss")
print(f"{'t':>10} {'eoscert f64':>14} {'eoscert float128':>17} {'python-flint 128':>17}")
for t in sorted(flint):
    print(f"{t:>10} {f64.get(t, float('nan')):>14.3e} {f128.get(t, float('nan')):>17.3e} {flint[t]:>17.3e}")
print(f"certified steps/s: eoscert f64 {f64_rate:.3e}, eoscert float128 {f128_rate:.3e}, python-flint {flint_rate:.3e}")
print(f"ratio eoscert/python-flint: f64 {f64_rate / flint_rate:.0f}x, float128 {f128_rate / flint_rate:.0f}x")
PY
