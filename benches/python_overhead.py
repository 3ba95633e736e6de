"""Python overhead of a certified run: `eoscert.critical(depth=2, init="1.3,0.8", steps=10**7)`
from Python against `eoscert critical --depth 2 --init 1.3,0.8 --steps 1e7 --json` from the
command line, interleaved, best of N each (the same library code; the difference is the
binding: claim building, the worker thread that releases the GIL, and wrapping the
certificate JSON in Python objects).

Run in the package's venv (`bash scripts/test-python.sh` builds it):

    ~/.cache/eoscert-venv/bin/python benches/python_overhead.py [N]

Writes the result between the python-overhead markers of docs/performance.md (the block is kept
when `benches/anchors/run.sh` regenerates the rest of the file) and prints it.
"""

import os
import re
import statistics
import subprocess
import sys
import time

import eoscert

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("EOSCERT_BIN", os.path.join(ROOT, "target", "release", "eoscert"))
ARGS = ["critical", "--depth", "2", "--init", "1.3,0.8", "--steps", "1e7", "--json", "-q"]
BEGIN, END = "<!-- python-overhead:begin -->", "<!-- python-overhead:end -->"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cli, py = [], []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run([BIN, *ARGS], check=True, stdout=subprocess.DEVNULL)
        cli.append(time.perf_counter() - t)
        t = time.perf_counter()
        cert = eoscert.critical(depth=2, init="1.3,0.8", steps=10**7, progress=False)
        py.append(time.perf_counter() - t)
        assert cert.verified, cert.reason
    print("command line:", " ".join(f"{x:.3f}" for x in cli), file=sys.stderr)
    print("Python:      ", " ".join(f"{x:.3f}" for x in py), file=sys.stderr)
    best_cli, best_py = min(cli), min(py)
    overhead = 100.0 * (best_py / best_cli - 1.0)
    med_cli, med_py = statistics.median(cli), statistics.median(py)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    block = "\n".join([
        BEGIN,
        "## Python overhead",
        "",
        "A certified `critical` run of 10⁷ steps (depth 2, θ₀ = (1.3, 0.8), η = η_crit), from Python",
        "(`eoscert.critical(..., steps=10**7)`) and from the command line (`eoscert critical ... --json`,",
        f"including process start), interleaved, best of {n}; load average {load}. Measured by",
        "`python benches/python_overhead.py` in the package's venv (target: within 5%).",
        "",
        "| | command line | Python | Python overhead |",
        "|---|---|---|---|",
        f"| best of {n} | {best_cli:.3f} s | {best_py:.3f} s | {overhead:+.1f}% |",
        f"| median | {med_cli:.3f} s | {med_py:.3f} s | {100.0 * (med_py / med_cli - 1.0):+.1f}% |",
        END,
    ])
    path = os.path.join(ROOT, "docs", "performance.md")
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
    open(path, "w", encoding="utf-8").write(text)
    print(block)


if __name__ == "__main__":
    main()
