"""The numpy and JAX anchors of `eoscert sweep`: the same float64 learning-rate sweep.

Deep scalar factorisation f(theta) = theta_1 ... theta_p, loss (f - y)^2 / 2, GD from one start at
`points` learning rates eta_i = lo + (hi - lo) * i / (points - 1) (the same formula, so the same
doubles), `steps` steps, recording the last K iterates (r = f - y and the Gauss-Newton sharpness
|grad f|^2, values before each step, steps steps-K+1 ... steps) and the first block boundary (every 64
steps) at which |r| > 1e6 or r is not finite -- exactly what `eoscert sweep` records.

The step is eoscert's operation for operation: prefix products g_i = prod_{j<i} theta_j, then the
suffix pass g_i *= prod_{j>i} theta_j, f = the full prefix product, e = eta * (f - y),
theta_i -= e * g_i. numpy never fuses operations, and neither does eoscert's f64 kernel without
`mul_add`, so numpy's iterates agree bit for bit; XLA may contract to FMA (agreement to rounding).

  numpy: vectorised over the learning rates (arrays of shape (p, points)), one thread.
  jax:   jit(vmap(one learning rate)) with lax.scan over blocks of 64 steps and lax.fori_loop
         inside, float64 on the CPU (XLA's own threading).

Usage: python sweep_anchor.py numpy|jax DEPTH LO HI POINTS INIT STEPS LAST REPEAT OUT.npz
Prints one JSON line: the wall time of each repeat (compile excluded and reported apart).
"""

import json
import sys
import time

import numpy as np

BLOCK = 64


def grid(lo, hi, n):
    if n == 1:
        return np.array([lo])
    return lo + (hi - lo) * np.arange(n, dtype=np.float64) / (n - 1)


def numpy_sweep(depth, y, etas, init, steps, last):
    n = etas.size
    th = np.repeat(np.asarray(init, dtype=np.float64)[:, None], n, axis=1)
    g = np.empty_like(th)
    diverged = np.full(n, -1, dtype=np.int64)
    rs = np.empty((last, n))
    gns = np.empty((last, n))
    first_kept = steps - (last - 1)

    def grads():
        prefix = np.ones(n)
        for i in range(depth):
            g[i] = prefix
            prefix = prefix * th[i]
        suffix = np.ones(n)
        for i in range(depth - 1, -1, -1):
            g[i] *= suffix
            suffix = suffix * th[i]
        return prefix - y

    def check(t, r):
        bad = (diverged < 0) & ~(np.abs(r) <= 1e6)
        diverged[bad] = t

    t = 0
    while t < first_kept:
        length = min(BLOCK, first_kept - t)
        for _ in range(length):
            e = etas * grads()
            th -= e * g
        t += length
        with np.errstate(invalid="ignore", over="ignore"):
            check(t, np.prod(th, axis=0) - y)
    with np.errstate(invalid="ignore", over="ignore"):
        for k in range(last):
            r = grads()
            check(t, r)
            rs[k] = r
            gns[k] = np.sum(g * g, axis=0)
            if t == steps:
                break
            th -= (etas * r) * g
            t += 1
    return rs.T, gns.T, diverged


def jax_sweep_fn(depth, y, init, steps, last):
    import jax
    import jax.numpy as jnp
    from jax import lax

    first_kept = steps - (last - 1)
    nblocks, rest = divmod(first_kept, BLOCK)

    def grads(th):
        gs, prefix = [], 1.0
        for i in range(depth):
            gs.append(prefix)
            prefix = prefix * th[i]
        suffix = 1.0
        for i in range(depth - 1, -1, -1):
            gs[i] = gs[i] * suffix
            suffix = suffix * th[i]
        return jnp.stack(gs), prefix - y

    def step(th, eta):
        g, r = grads(th)
        return th - (eta * r) * g, r, g

    def one(eta):
        th0 = jnp.asarray(init, dtype=jnp.float64)

        def block(carry, _):
            th, t, div = carry
            th = lax.fori_loop(0, BLOCK, lambda _, s: step(s, eta)[0], th)
            t = t + BLOCK
            r = jnp.prod(th) - y
            div = jnp.where((div < 0) & ~(jnp.abs(r) <= 1e6), t, div)
            return (th, t, div), None

        (th, t, div), _ = lax.scan(block, (th0, jnp.int64(0), jnp.int64(-1)), None, length=nblocks)
        th = lax.fori_loop(0, rest, lambda _, s: step(s, eta)[0], th)
        t = t + rest
        r = jnp.prod(th) - y
        div = jnp.where((div < 0) & ~(jnp.abs(r) <= 1e6), t, div)

        def tail(carry, _):
            th, t, div = carry
            new, r, g = step(th, eta)
            div = jnp.where((div < 0) & ~(jnp.abs(r) <= 1e6), t, div)
            return (new, t + 1, div), (r, jnp.sum(g * g))

        (_, _, div), (rs, gns) = lax.scan(tail, (th, t, div), None, length=last)
        return rs, gns, div

    return jax.jit(jax.vmap(one))


def main():
    side = sys.argv[1]
    depth, lo, hi, points = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    init = [float(x) for x in sys.argv[6].split(",")]
    steps, last, repeat, out = int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9]), sys.argv[10]
    y = 1.0
    etas = grid(lo, hi, points)
    info = {"side": side, "depth": depth, "points": points, "steps": steps}
    if side == "numpy":
        run = lambda: numpy_sweep(depth, y, etas, init, steps, last)  # noqa: E731
        info["version"] = np.__version__
    else:
        import jax

        jax.config.update("jax_enable_x64", True)
        fn = jax_sweep_fn(depth, y, init, steps, last)
        e = jax.numpy.asarray(etas)
        t0 = time.perf_counter()
        compiled = fn.lower(e).compile()
        info["compile_s"] = time.perf_counter() - t0

        def run():
            rs, gns, div = compiled(e)
            rs.block_until_ready()
            return np.asarray(rs), np.asarray(gns), np.asarray(div)

        info["version"] = jax.__version__
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        rs, gns, div = run()
        times.append(time.perf_counter() - t0)
    np.savez(out, eta=etas, r=rs, gn=gns, diverged=div)
    info["times_s"] = times
    print(json.dumps(info))


if __name__ == "__main__":
    main()
