"""Naive rigorous iteration of the critical trajectory, as a researcher would write it with
python-flint (Arb balls) or mpmath (`iv` intervals): the anchor of `eoscert critical`.

Critical regime, p = 2, y = 1, eta = 1 from theta_0 = (13/10, 4/5):

    r = theta1*theta2 - y,    theta1' = theta1 - eta*r*theta2,    theta2' = theta2 - eta*r*theta1,

every operation on balls / intervals at PREC bits (so each iterate is a rigorous enclosure), with
no control of the wrapping effect. Prints one JSON line per checkpoint t = 10, 10^2, ... up to
STEPS with the width of the enclosure of t*loss = t*r^2/2 (null once the enclosure is lost), the
step where the enclosure of theta became wider than max(1, |theta|) ("blown up"), and the steps
per second (median over repeated runs to the blow-up or STEPS, at least 0.3 s in all).

Usage: python naive_balls.py flint|mpmath STEPS [PREC]
"""

import json
import statistics
import sys
import time


def side_flint(prec):
    from flint import arb, ctx
    import flint

    ctx.prec = prec

    def make(n, d):
        return arb(n) / d

    def width(x):
        return float(2 * x.rad())

    def mag(x):
        return float(abs(x.mid()))

    return make, width, mag, f"python-flint {flint.__version__} (Arb balls, {prec} bits)"


def side_mpmath(prec):
    import mpmath
    from mpmath import iv

    iv.prec = prec

    def make(n, d):
        return iv.mpf(n) / d

    def width(x):
        return float(x.delta.b)

    def mag(x):
        return float(abs(x.mid.a))

    return make, width, mag, f"mpmath {mpmath.__version__} (iv intervals, {prec} bits)"


def run(make, width, mag, steps, checkpoints):
    """Iterate to the blow-up or `steps`; returns (widths at checkpoints, steps done, seconds)."""
    one = make(1, 1)
    eta, y = one, one
    a, b = make(13, 10), make(4, 5)
    out = {}
    t = 0
    busy = 0.0
    start = time.perf_counter()
    while t < steps:
        r = a * b - y
        a, b = a - eta * r * b, b - eta * r * a
        t += 1
        if t % 8 == 0 or t in checkpoints:
            busy += time.perf_counter() - start
            blown = any(not (width(x) < max(1.0, mag(x))) for x in (a, b))
            if blown:
                return out, t, busy, True
            if t in checkpoints:
                r = a * b - y
                out[t] = width(t * r * r / 2)
            start = time.perf_counter()
    busy += time.perf_counter() - start
    return out, t, busy, False


def main():
    side, steps = sys.argv[1], int(float(sys.argv[2]))
    prec = int(sys.argv[3]) if len(sys.argv) > 3 else 128
    make, width, mag, version = {"flint": side_flint, "mpmath": side_mpmath}[side](prec)
    checkpoints = set()
    c = 10
    while c <= steps:
        checkpoints.add(c)
        c *= 10
    per_step, total = [], 0.0
    while len(per_step) < 5 or total < 0.3:
        widths, done, busy, blown = run(make, width, mag, steps, checkpoints)
        per_step.append(busy / done)
        total += busy
    for t in sorted(checkpoints):
        print(json.dumps({"t": t, "t_loss_width": widths.get(t)}))
    print(json.dumps({"version": version, "prec": prec, "steps_done": done, "blown_up_at": done if blown else None,
                      "steps_per_s": 1 / statistics.median(per_step)}))


if __name__ == "__main__":
    main()
