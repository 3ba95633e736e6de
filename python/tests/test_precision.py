"""Precision benchmarking from Python: the formats' runs against the certified trajectory."""

import numpy as np
import pytest

import eoscert


def test_precision_formats_subcritical():
    r = eoscert.precision(depth=2, eta="1/2", init="1.5,0.5", steps=40, progress=False)
    assert set(r.formats) == {"f64", "f32", "bf16", "f16"}
    assert r.certified_regime["regime"] == "subcritical" and r.certified_regime["verified"]
    d64, d16 = r.digits("f64"), r.digits("bf16")
    # float64 keeps ≥ 14 digits where reported; bfloat16 at most ~3.
    assert np.nanmin(d64[:, 1]) > 14
    assert np.nanmax(d16[:, 1]) < 4
    # At η < η_crit float64, bfloat16 and float16 reach a float fixed point within 40 steps
    # (float32 ends in a two-cycle of neighbouring floats there: float evidence, reported).
    assert all(r.outcome(f) == "stalled" for f in ("f64", "bf16", "f16"))
    assert "certified reference" in r.note


def test_precision_supercritical_period_two():
    r = eoscert.precision(depth=2, eta="1.1", init="1.3,0.8", steps=200, formats="f64,bf16", progress=False)
    assert r.certified_regime["regime"] == "supercritical"
    assert r.outcome("f64") in ("period-two", "moving")
    # bfloat16 runs leave the enclosure (rounded outward to bfloat16) early.
    assert r.departure("bf16") is not None and r.departure("bf16") < 50


def test_precision_of_a_users_kernel_matches_the_builtin_format():
    def step(theta):
        eta = theta.dtype.type(0.5)
        e = eta * (theta[0] * theta[1] - theta.dtype.type(1))
        return np.array([theta[0] - e * theta[1], theta[1] - e * theta[0]], dtype=theta.dtype)

    mine = eoscert.precision(depth=2, eta="1/2", init="1.5,0.5", steps=40, kernel=step, dtype="float32", progress=False)
    builtin = eoscert.precision(depth=2, eta="1/2", init="1.5,0.5", steps=40, formats=["f32"], progress=False)
    (k,) = mine.formats
    assert k == "kernel:float32"
    # The same order of operations in float32: the same iterates, the same report.
    assert mine.formats[k]["digits"] == builtin.formats["f32"]["digits"]
    assert mine.formats[k]["departure"] == builtin.formats["f32"]["departure"]


def test_precision_bad_input():
    with pytest.raises(ValueError):
        eoscert.precision(depth=2, eta="1/2", init="1.5,0.5", steps=10, formats="f8")
    with pytest.raises(ValueError):
        eoscert.precision(depth=2, eta="1/2", init="1.5,0.5", steps=10, kernel=lambda t: t)
