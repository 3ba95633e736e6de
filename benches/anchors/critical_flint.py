"""The python-flint anchor of `eoscert critical`: the same two-step mean-value ball iteration.

Critical regime, p = 2, y = 1, eta = 1 from (x, y) = (13/10, 4/5), in the exact reduced coordinates
rho = xy - 1, q = (x - y)^2 (paper 000, section 5.1, h = eta*Y = 1):

    rho' = -rho - rho^2 + rho^3 - q*rho,        q' = q*(1 + rho)^2.

Method (the classical script eoscert is measured against): the midpoint is an arb point at PREC
bits; evaluating the map at the point gives a ball whose radius delta bounds the local rounding
error. The accumulated error is propagated over two steps by the mean-value form

    rad_{t+2} = |J(B_{t+1}) J(B_t)| rad_t + |J(B_{t+1})| delta_t + delta_{t+1},

with B_t = mid_t +/- rad_t (arb balls, so every product is enclosed; upper bounds by abs_upper).
Prints one line per checkpoint (t, width of t*loss = t*rho^2/2) and the steps per second.

Usage: python critical_flint.py STEPS [PREC]   (checkpoints: the powers of ten up to STEPS)
"""

import json
import sys
import time

from flint import arb, ctx


def jac(r, q):
    one = arb(1)
    a = one + r
    return [[-one - 2 * r + 3 * r * r - q, -r], [2 * q * a, a * a]]


def step(r, q):
    return -r - r * r + r * r * r - q * r, q * (1 + r) * (1 + r)


def absmat_vec(m, v):
    return [m[i][0].abs_upper() * v[0] + m[i][1].abs_upper() * v[1] for i in range(2)]


def matmul(a, b):
    return [[a[i][0] * b[0][k] + a[i][1] * b[1][k] for k in range(2)] for i in range(2)]


def ball(m, r):
    return m + arb(0, r.upper())


def main():
    steps = int(float(sys.argv[1]))
    ctx.prec = int(sys.argv[2]) if len(sys.argv) > 2 else 128
    checkpoints = set()
    c = 1000
    while c <= steps:
        checkpoints.add(c)
        c *= 10
    checkpoints.add(steps)
    x, y = arb(13) / 10, arb(4) / 5
    r, q = x * y - 1, (x - y) * (x - y)
    # midpoints and initial radii (the rounding of 13/10 and 4/5)
    mr, mq = arb(r.mid()), arb(q.mid())
    rad = [arb(r.rad()), arb(q.rad())]
    t = 0
    start = time.perf_counter()
    while t < steps:
        b0 = (ball(mr, rad[0]), ball(mq, rad[1]))
        j0 = jac(*b0)
        r1, q1 = step(mr, mq)
        d0 = [arb(r1.rad()), arb(q1.rad())]
        mr1, mq1 = arb(r1.mid()), arb(q1.mid())
        rad1 = [a + b for a, b in zip(absmat_vec(j0, rad), d0)]
        b1 = (ball(mr1, rad1[0]), ball(mq1, rad1[1]))
        j1 = jac(*b1)
        r2, q2 = step(mr1, mq1)
        d1 = [arb(r2.rad()), arb(q2.rad())]
        prop = absmat_vec(matmul(j1, j0), rad)
        extra = absmat_vec(j1, d0)
        rad = [(prop[i] + extra[i] + d1[i]).abs_upper() for i in range(2)]
        mr, mq = arb(r2.mid()), arb(q2.mid())
        t += 2
        if t in checkpoints:
            enc = ball(mr, rad[0])
            tl = t * enc * enc / 2
            print(json.dumps({"t": t, "t_loss": float(tl.mid()), "t_loss_width": float(2 * tl.rad())}), flush=True)
    elapsed = time.perf_counter() - start
    print(json.dumps({"steps": steps, "seconds": elapsed, "steps_per_s": steps / elapsed, "prec": ctx.prec}))


if __name__ == "__main__":
    main()
