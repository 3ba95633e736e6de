"""Guard for Python GD kernels in float64, float32, bfloat16 and float16.

:func:`check_kernel` runs the user's step function and checks every step against the rigorous
enclosure of the *exact* GD step from the kernel's own input:

1. the iterate θ is a vector of values of the dtype, taken exactly (every such value is a
   rational);
2. the library encloses the exact step G(θ) = θ − η(f(θ) − y)∇f(θ) with outward-rounded
   interval arithmetic (``mpfr:256`` by default) and rounds the enclosure outward to the dtype's
   grid: [aᵢ, bᵢ], the largest dtype value below and the smallest above;
3. it counts, per step and coordinate, the dtype's float steps (ulps) from the kernel's output
   to [aᵢ, bᵢ]: 0 inside, k for the k-th dtype value beyond an end.

A correctly rounded kernel scores 0; a count above ``ulps`` raises :class:`GuardViolation`
(an ``AssertionError``, so the guard drops into pytest), which *proves* that the kernel's
output is more than ``ulps`` dtype steps away from the exact step at that input. Each step is
checked from the kernel's own previous output, so errors do not accumulate into the comparison.

The kernel receives a numpy array of the dtype (``ml_dtypes.bfloat16`` for bfloat16) and may
return anything ``numpy.asarray`` converts (JAX arrays, CPU PyTorch tensors; a bfloat16 tensor
is converted through float32, exactly). Its outputs must be values of the dtype.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Sequence, Tuple, Union

import numpy as np

from . import _native
from ._exact import count, exact

__all__ = ["GuardViolation", "GuardReport", "check_kernel", "numpy_dtype"]

_FORMATS = {
    "float64": "f64",
    "f64": "f64",
    "float32": "f32",
    "f32": "f32",
    "bfloat16": "bf16",
    "bf16": "bf16",
    "float16": "f16",
    "f16": "f16",
}


def numpy_dtype(dtype: Union[str, Any]) -> Tuple[str, Any]:
    """``(format name, numpy dtype)`` of a dtype name or numpy dtype; bfloat16 needs
    ``ml_dtypes``."""
    name = dtype if isinstance(dtype, str) else np.dtype(dtype).name
    fmt = _FORMATS.get(name.lower())
    if fmt is None:
        raise ValueError(f"dtype {dtype!r}: expected float64, float32, bfloat16 or float16")
    if fmt == "bf16":
        try:
            import ml_dtypes
        except ImportError as e:  # pragma: no cover
            raise ImportError("bfloat16 needs the ml_dtypes package (pip install ml_dtypes)") from e
        return fmt, np.dtype(ml_dtypes.bfloat16)
    return fmt, np.dtype({"f64": np.float64, "f32": np.float32, "f16": np.float16}[fmt])


class GuardViolation(AssertionError):
    """A kernel output more than ``allowed`` ulps (of the dtype) outside the rigorous enclosure
    of the exact step: a proof that the kernel is wrong there by more than its tolerance."""

    def __init__(self, message: str, *, step: int, coord: int, ulps: int, allowed: int,
                 theta: np.ndarray, output: np.ndarray, hull: Tuple[float, float], dtype: str,
                 report: "GuardReport") -> None:
        super().__init__(message)
        self.step = step
        self.coord = coord
        self.ulps = ulps
        self.allowed = allowed
        self.theta = theta
        self.output = output
        self.hull = hull
        self.dtype = dtype
        self.report = report


@dataclass
class GuardReport:
    """Ulps outside the enclosure, per step and coordinate (``ulps[t, i]``), with the dtype's
    hull of each enclosure (``hull_lo``, ``hull_hi``) and its width in ulps (the check's
    resolution: 0 or 1 means the counts are exact)."""

    dtype: str
    allowed: int
    ulps: np.ndarray
    hull_lo: np.ndarray
    hull_hi: np.ndarray
    enclosure_ulps: np.ndarray
    iterates: np.ndarray = field(repr=False)

    @property
    def steps(self) -> int:
        return int(self.ulps.shape[0])

    @property
    def worst(self) -> int:
        """The largest count over all steps and coordinates."""
        return int(self.ulps.max()) if self.ulps.size else 0

    def __str__(self) -> str:
        per = self.ulps.max(axis=0).tolist() if self.ulps.size else []
        return (f"{self.steps} {self.dtype} steps checked, worst {self.worst} ulps outside the exact "
                f"step (per coordinate {per}; tolerance {self.allowed})")


def _model(model: str, depth: Optional[int], dim: Optional[int], target: Any,
           width: Optional[int] = None) -> str:
    import json

    spec = {"kind": model, "target": exact(target, "target")}
    if model == "factorisation":
        spec["depth"] = 2 if depth is None else depth
    elif model == "inner-product":
        spec["dim"] = 1 if dim is None else dim
    elif model == "uv":
        spec["width"] = 1 if width is None else width
    else:
        raise ValueError(f"model {model!r}: expected 'factorisation', 'inner-product' or 'uv'")
    return json.dumps(spec)


def _as_numpy(value: Any, np_dtype: np.dtype) -> np.ndarray:
    """The kernel's output as a numpy array of float64 (exact), converting JAX / PyTorch."""
    try:
        arr = np.asarray(value)
    except (TypeError, RuntimeError):
        arr = None
    if arr is None or arr.dtype == object:
        # PyTorch tensors of bfloat16 have no numpy dtype: go through float32 (exact).
        if hasattr(value, "detach"):
            arr = value.detach().cpu().float().numpy()
        else:
            raise TypeError(f"kernel output of type {type(value).__name__} is not convertible to an array")
    return np.asarray(arr, dtype=np.float64).reshape(-1)


def check_kernel(
    step: Callable[[np.ndarray], Any],
    *,
    eta: Any,
    start: Sequence[Any],
    steps: Any = 100,
    dtype: Union[str, Any] = "float64",
    ulps: int = 0,
    model: str = "factorisation",
    depth: Optional[int] = None,
    dim: Optional[int] = None,
    target: Any = 1,
    backend: Optional[str] = None,
    width: Optional[int] = None,
) -> GuardReport:
    """Check ``steps`` steps of the kernel ``step`` (θ ↦ one GD step of θ, computed in
    ``dtype``) from ``start`` against the rigorous enclosure of the exact GD step of the model
    (``model``/``depth``/``dim``/``target`` as in the provers) with the exact learning rate
    ``eta``.

    ``start`` is rounded to ``dtype`` (numpy's round-to-nearest); from then on every input is
    the kernel's own previous output. Returns a :class:`GuardReport`; raises
    :class:`GuardViolation` at the first coordinate more than ``ulps`` dtype ulps outside, and
    ``ValueError`` for bad input (including an output that is not a value of ``dtype``).

    The kernel may use its own float η (the dtype value nearest the exact one): that rounding is
    part of what is measured. To measure the arithmetic alone, pass the kernel's η as ``eta``
    (a float is taken exactly).

    ``model="uv"`` guards the uv catapult map instead (``eoscert::dynamics::Uv``, width
    ``width``, label ``target``) on the state (f − target, λ): f the network output, λ its
    tangent kernel.
    """
    fmt, np_dtype = numpy_dtype(dtype)
    if isinstance(ulps, bool) or not isinstance(ulps, int) or ulps < 0:
        raise ValueError(f"ulps {ulps!r}: expected a non-negative int")
    n_steps = count(steps, "steps")
    guard = _native.Guard(_model(model, depth, dim, target, width), exact(eta, "eta"), ulps, fmt, backend)
    theta = np.asarray([float(exact_value) for exact_value in _start_values(start)], dtype=np.float64)
    theta = theta.astype(np_dtype)
    if theta.shape != (guard.dim,):
        raise ValueError(f"start has {theta.size} coordinates; the model has {guard.dim}")
    rows: List[Tuple[List[int], List[Tuple[float, float]], List[int]]] = []
    iterates = [theta.astype(np.float64)]

    def report() -> GuardReport:
        n = guard.dim
        u = np.array([r[0] for r in rows], dtype=np.uint64).reshape(-1, n)
        h = np.array([r[1] for r in rows], dtype=np.float64).reshape(-1, n, 2)
        w = np.array([r[2] for r in rows], dtype=np.uint64).reshape(-1, n)
        return GuardReport(fmt_name(fmt), ulps, u, h[:, :, 0], h[:, :, 1], w, np.array(iterates))

    for t in range(n_steps):
        out = _as_numpy(step(theta.copy()), np_dtype)
        if out.shape != (guard.dim,):
            raise ValueError(f"step {t}: the kernel returned {out.size} coordinates; the model has {guard.dim}")
        u, hulls, widths, violation = guard.check(theta.astype(np.float64).tolist(), out.tolist(), t)
        rows.append((u, hulls, widths))
        iterates.append(out)
        if violation is not None:
            coord, k, lo, hi, message = violation
            raise GuardViolation(message, step=t, coord=coord, ulps=k, allowed=ulps,
                                 theta=theta.astype(np.float64), output=out, hull=(lo, hi),
                                 dtype=fmt_name(fmt), report=report())
        theta = out.astype(np_dtype)
    return report()


def _start_values(start: Sequence[Any]):
    from fractions import Fraction

    if isinstance(start, str):
        start = start.split(",")
    for i, v in enumerate(start):
        yield Fraction(exact(v, f"start[{i}]"))


def fmt_name(fmt: str) -> str:
    return {"f64": "float64", "f32": "float32", "bf16": "bfloat16", "f16": "float16"}[fmt]
