#!/usr/bin/env bash
# eoscert's float64 learning-rate sweep against numpy and JAX, same work in the same run:
#   bash benches/anchors/run.sh            (REPEAT=5 POINTS=20000 STEPS=10000 by default)
# Both sides sweep the same η grid from the same start for the same number of steps and record the
# same output (last 4 iterates of r and ‖∇f‖², divergence); the script checks that the outputs
# agree, then prints median wall times (sides interleaved, REPEAT rounds), the ratios
# anchor/eoscert (how many times faster eoscert is), and the roofline of eoscert's kernel: flops
# per GD step × lane-steps/s against the FMA peak of the cores it used (assumption printed).
# numpy and JAX (pinned in requirements.txt) are installed into a venv under ~/.cache (override
# with EOSCERT_ANCHOR_VENV). Timings exclude process start, imports and JAX's compilation (printed).
set -euo pipefail
repeat=${REPEAT:-5}
points=${POINTS:-20000}
steps=${STEPS:-10000}
last=4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv=${EOSCERT_ANCHOR_VENV:-$HOME/.cache/eoscert-anchors/venv}
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q -r "$here/requirements.txt"
(cd "$root" && cargo build --release --quiet)
py="$venv/bin/python"
eoscert="$root/target/release/eoscert"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
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
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
"$py" - "$tmp" "$points" "$steps" "$load_before" "$load_after" <<'PY'
import json, os, re, statistics, sys
import numpy as np
tmp, points, steps, load0, load1 = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
cores = os.cpu_count()
flags = open("/proc/cpuinfo").read()
model = re.search(r"model name\s*:\s*(.*)", flags).group(1)
mhz = float(re.search(r"cpu MHz\s*:\s*([\d.]+)", flags).group(1))
fl = set(re.search(r"flags\s*:\s*(.*)", flags).group(1).split())
lanes = 8 if "avx512f" in fl else 4 if "avx2" in fl else 2
fma_units = 2
peak_core = mhz * 1e6 * lanes * 2 * fma_units  # flop/s: an FMA counts 2
# flops of one GD step of the kernel (multiplications by 1 not counted): (3p - 5) products for f
# and ∇f, r = f - y, e = η·r, θ_i -= e·g_i  →  5p - 3.
flops = {"p2": 7, "p5": 22}
print(f"float64 sweep, {points} learning rates x {steps} steps, last 4 iterates recorded; "
      f"median of the interleaved rounds; load average {load0} before, {load1} after ({cores} cores, shared)")
print(f"{'case':<5} {'eoscert s':>10} {'numpy s':>9} {'jax s':>8} {'numpy/eoscert':>14} {'jax/eoscert':>12} "
      f"{'lane-steps/s':>13} {'GFLOP/s':>8} {'% FMA peak':>10}  agreement")
for name in ("p2", "p5"):
    et = [float(re.search(r"in ([\d.]+) s", l).group(1)) for l in open(f"{tmp}/{name}.eoscert") if "swept" in l]
    side = {s: [json.loads(l) for l in open(f"{tmp}/{name}.{s}")] for s in ("numpy", "jax")}
    med = {s: statistics.median(x["times_s"][0] for x in v) for s, v in side.items()}
    e = statistics.median(et)
    # agreement: eoscert's CSV against each anchor's recorded output
    rows = np.genfromtxt(f"{tmp}/{name}.csv", delimiter=",", skip_header=1, comments="#")
    ok = rows[~np.isnan(rows[:, 2])]
    agree = []
    for s in ("numpy", "jax"):
        z = np.load(f"{tmp}/{name}.{s}.npz")
        idx = {v: i for i, v in enumerate(z["eta"])}
        i = np.array([idx[v] for v in ok[:, 0]])
        k = (ok[:, 1] - (steps - 3)).astype(int)
        dr = np.abs(ok[:, 2] - z["r"][i, k])
        dg = np.abs(ok[:, 4] - z["gn"][i, k])
        div_e = points - len(set(ok[:, 0]))
        div_a = int((z["diverged"] >= 0).sum())
        exact = float(np.mean((dr == 0) & (dg == 0)))
        agree.append(f"{s}: max|dr| {dr.max():.1e} max|dgn| {dg.max():.1e}, {100*exact:.1f}% bitwise, diverged {div_e}/{div_a}")
    rate = points * steps / e
    gflops = rate * flops[name] / 1e9
    pct = 100 * rate * flops[name] / (peak_core * cores)
    print(f"{name:<5} {e:>10.3f} {med['numpy']:>9.3f} {med['jax']:>8.3f} {med['numpy']/e:>13.1f}x {med['jax']/e:>11.2f}x "
          f"{rate:>13.3e} {gflops:>8.2f} {pct:>9.1f}%  " + "; ".join(agree))
jc = statistics.median(x["compile_s"] for x in side["jax"])
print(f"versions: numpy {side['numpy'][0]['version']}, jax {side['jax'][0]['version']} (compile {jc:.2f} s, excluded); "
      f"eoscert: all {cores} cores (std::thread), numpy: 1 thread, JAX: XLA CPU defaults")
print(f"roofline: {model}, {mhz:.0f} MHz (/proc/cpuinfo; the nominal clock, boost may be higher, "
      f"which lowers the true %), {lanes} f64 lanes per vector, {fma_units} FMA units per core (assumed) "
      f"-> peak {peak_core/1e9:.1f} GFLOP/s per core, {cores} cores used by eoscert; "
      f"flops per GD step 5p - 3 (p = 2: 7, p = 5: 22)")
PY
