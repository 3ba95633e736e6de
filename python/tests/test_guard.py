"""The guard for Python kernels: correct kernels pass in each dtype, buggy ones are caught,
and the counts are exact (checked against Fractions)."""

from fractions import Fraction

import numpy as np
import pytest

from eoscert.guard import GuardViolation, check_kernel, numpy_dtype

DTYPES = ["float64", "float32", "bfloat16", "float16"]


def exact_step(theta, eta):
    a, b = (Fraction(float(x)) for x in theta)
    e = eta * (a * b - 1)
    return a - e * b, b - e * a


def correctly_rounded(dtype):
    """A kernel that returns the exact step rounded to nearest in ``dtype`` (via Fractions)."""
    _, npd = numpy_dtype(dtype)

    def step(theta):
        exact = exact_step(theta, Fraction(1, 2))
        # Fraction -> nearest double -> dtype: the double is within half a double ulp, and for
        # these inputs no tie of the narrow format is hit.
        return np.array([float(x) for x in exact], dtype=np.float64).astype(npd)

    return step


def plain(theta):
    eta = theta.dtype.type(0.5)
    e = eta * (theta[0] * theta[1] - theta.dtype.type(1))
    return np.array([theta[0] - e * theta[1], theta[1] - e * theta[0]], dtype=theta.dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_correctly_rounded_kernel_scores_zero(dtype):
    r = check_kernel(correctly_rounded(dtype), eta="1/2", start=["1.5", "0.5"], steps=20, dtype=dtype, ulps=0)
    assert r.worst == 0 and r.steps == 20


@pytest.mark.parametrize("dtype", DTYPES)
def test_plain_kernel_passes_with_tolerance(dtype):
    r = check_kernel(plain, eta="1/2", start=["1.5", "0.5"], steps=30, dtype=dtype, ulps=4)
    assert r.worst <= 4


@pytest.mark.parametrize("dtype", DTYPES)
def test_one_ulp_off_is_counted_exactly(dtype):
    _, npd = numpy_dtype(dtype)
    good = correctly_rounded(dtype)

    def off(theta):
        out = good(theta)
        # Three dtype steps above the correctly rounded value (via nextafter in the dtype's grid).
        x = out[1]
        for _ in range(3):
            x = _next_up(x, npd)
        out[1] = x
        return out

    with pytest.raises(GuardViolation) as caught:
        check_kernel(off, eta="1/2", start=["1.5", "0.5"], steps=5, dtype=dtype, ulps=1)
    v = caught.value
    assert (v.step, v.coord) == (0, 1)
    # The correctly rounded value is inside the hull (≤ 1 ulp wide): 2 or 3 steps outside.
    assert v.ulps in (2, 3)
    assert isinstance(v, AssertionError) and v.dtype == dtype


def _next_up(x, npd):
    """The next value of the dtype above x, by bit pattern (x > 0)."""
    arr = np.array([x], dtype=npd)
    bits = arr.view(np.uint16 if arr.itemsize == 2 else (np.uint32 if arr.itemsize == 4 else np.uint64))
    bits += 1
    return bits.view(npd)[0]


@pytest.mark.parametrize("dtype", DTYPES)
def test_buggy_kernel_caught(dtype):
    def buggy(theta):
        eta = theta.dtype.type(0.5)
        e = eta * (theta[0] * theta[1] - theta.dtype.type(1))
        return np.array([theta[0] - e * theta[1], theta[1] + e * theta[0]], dtype=theta.dtype)

    with pytest.raises(GuardViolation):
        check_kernel(buggy, eta="1/2", start=["1.5", "0.5"], steps=10, dtype=dtype, ulps=8)


def test_output_not_in_dtype_is_value_error():
    with pytest.raises(ValueError, match="not a bf16 value"):
        check_kernel(lambda t: np.array([1.1, 0.3]), eta="1/2", start=["1.5", "0.5"], steps=1, dtype="bfloat16")


def test_bad_input():
    with pytest.raises(ValueError):
        check_kernel(plain, eta="0", start=["1.5", "0.5"], steps=1)
    with pytest.raises(ValueError):
        check_kernel(plain, eta="1/2", start=["1.5"], steps=1)
    with pytest.raises(ValueError):
        check_kernel(plain, eta="1/2", start=["1.5", "0.5"], steps=1, dtype="float8")
    with pytest.raises(ValueError):
        check_kernel(plain, eta="1/2", start=["1.5", "0.5"], steps=1, ulps=-1)


def test_nan_output_is_a_violation():
    with pytest.raises(GuardViolation):
        check_kernel(lambda t: np.array([np.nan, 1.0]), eta="1/2", start=["1.5", "0.5"], steps=1)


def test_torch_kernel():
    torch = pytest.importorskip("torch")

    def step(theta):
        t = torch.tensor(theta.astype(np.float32), dtype=torch.bfloat16)
        e = 0.5 * (t[0] * t[1] - 1)
        return torch.stack([t[0] - e * t[1], t[1] - e * t[0]])

    r = check_kernel(step, eta="1/2", start=["1.5", "0.5"], steps=10, dtype="bfloat16", ulps=8)
    assert r.worst <= 8


def test_jax_kernel():
    jnp = pytest.importorskip("jax.numpy")

    def step(theta):
        t = jnp.asarray(theta)
        e = 0.5 * (t[0] * t[1] - 1)
        return jnp.stack([t[0] - e * t[1], t[1] - e * t[0]])

    r = check_kernel(step, eta="1/2", start=["1.5", "0.5"], steps=10, dtype="float32", ulps=4)
    assert r.worst <= 4


def test_uv_map_correct_kernel_passes_and_linearised_one_is_caught():
    """model="uv": the state is (g, λ) = (f − y, λ) with y = 0; the exact step in Fractions,
    rounded once, scores 0; dropping the η²g²λ/n term of λ⁺ is caught."""
    n, eta = 100, Fraction(1)

    def exact(x):
        g, lam = (Fraction(float(v)) for v in x)
        return g - eta * g * lam + eta**2 * g**3 / n, lam - 4 * eta * g * g / n + eta**2 * g * g * lam / n

    def good(x):
        return np.array([float(v) for v in exact(x)])

    def linearised(x):
        g, lam = (Fraction(float(v)) for v in x)
        return np.array([float(exact(x)[0]), float(lam - 4 * eta * g * g / n)])

    report = check_kernel(good, eta=1, start=[0.05, 2.5], steps=6, model="uv", width=n, target=0)
    assert report.worst == 0
    with pytest.raises(GuardViolation):
        check_kernel(linearised, eta=1, start=[0.05, 2.5], steps=6, model="uv", width=n, target=0)
