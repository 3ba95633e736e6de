"""Worked example: guarding GD kernels written in numpy, in float64, float32 and bfloat16.

The model is the depth-2 factorisation ℓ(θ) = ½(θ₁θ₂ − 1)² at learning rate η = 1/2; the
guard checks every step of each kernel against the rigorous enclosure of the exact GD step
from the kernel's own input, rounded outward to the kernel's dtype, and counts ulps *of that
dtype*. Run with ``pytest python/examples``.
"""

import ml_dtypes
import numpy as np
import pytest

from eoscert.guard import GuardViolation, check_kernel

ETA = "1/2"  # exact; 0.5 is also exact in every dtype


def gd_step(theta):
    """One GD step in the dtype of ``theta``: every operation rounds to that dtype."""
    eta = theta.dtype.type(0.5)
    one = theta.dtype.type(1)
    r = theta[0] * theta[1] - one  # f(θ) − y
    e = eta * r
    return np.array([theta[0] - e * theta[1], theta[1] - e * theta[0]], dtype=theta.dtype)


def buggy_step(theta):
    """The same step with a sign error in the second coordinate."""
    eta = theta.dtype.type(0.5)
    e = eta * (theta[0] * theta[1] - theta.dtype.type(1))
    return np.array([theta[0] - e * theta[1], theta[1] + e * theta[0]], dtype=theta.dtype)


@pytest.mark.parametrize("dtype", ["float64", "float32", "bfloat16"])
def test_numpy_kernel_within_a_few_ulps(dtype):
    # Each coordinate is x − e·y with e = η·(xy − 1): three roundings, so at most a few ulps of
    # the dtype away from the exact step (away from cancellation).
    report = check_kernel(gd_step, depth=2, target=1, eta=ETA, start=["1.5", "0.5"], steps=50, dtype=dtype, ulps=4)
    assert report.steps == 50 and report.dtype == dtype
    assert report.worst <= 4
    assert report.enclosure_ulps.max() <= 1  # the counts are exact


def test_bfloat16_input_is_ml_dtypes():
    seen = []

    def kernel(theta):
        seen.append(theta.dtype)
        return gd_step(theta)

    check_kernel(kernel, eta=ETA, start=[1.5, 0.5], steps=3, dtype="bfloat16", ulps=4)
    assert set(seen) == {np.dtype(ml_dtypes.bfloat16)}


@pytest.mark.parametrize("dtype", ["float64", "float32", "bfloat16"])
def test_buggy_kernel_is_caught(dtype):
    with pytest.raises(GuardViolation) as caught:
        check_kernel(buggy_step, eta=ETA, start=["1.5", "0.5"], steps=50, dtype=dtype, ulps=4)
    v = caught.value
    assert (v.step, v.coord) == (0, 1)
    assert v.ulps > 4 and v.dtype == dtype
