"""The per-backend GD step table from `cargo bench --bench gd_step`'s results (criterion's
target/criterion/gd_step/*/*/new/estimates.json): median time per step and the cost relative to
the generic f64 step of the same case (same code path, f64 scalars) and to the allocation-free f64
fast path (`FastGd`). Prints markdown.

Usage: python3 benches/step_table.py [TARGET_DIR]
"""

import json
import os
import sys

root = os.path.join(sys.argv[1] if len(sys.argv) > 1 else "target", "criterion", "gd_step")
cases = ["p2", "p2-reduced", "p5"]
backends = ["f64-fast", "f64", "interval", "mpfr64", "mpfr128", "mpfr256", "mpfr1024", "rational"]


def median_ns(backend, case):
    path = os.path.join(root, backend, case, "new", "estimates.json")
    if not os.path.exists(path):
        return None
    return json.load(open(path))["median"]["point_estimate"]


def fmt(ns):
    return f"{ns:.1f} ns" if ns < 1e3 else f"{ns / 1e3:.2f} µs"


load = open("/proc/loadavg").read().split()[:3]
print(f"| backend | {' | '.join(cases)} |")
print(f"|---|{'---|' * len(cases)}")
for b in backends:
    cells = []
    for c in cases:
        t, base, fast = median_ns(b, c), median_ns("f64", c), median_ns("f64-fast", c)
        if t is None:
            cells.append("–")
            continue
        rel = f"{t / base:.1f}×" + (f", {t / fast:.0f}× fast" if fast and b != "f64-fast" else "")
        cells.append(f"{fmt(t)} ({rel})")
    print(f"| {b} | {' | '.join(cells)} |")
print(
    "\n(median per step; × = relative to the generic f64 step (same code, f64 scalars); "
    f"'fast' = relative to the allocation-free f64 fast path; load average at print time {' '.join(load)})"
)
