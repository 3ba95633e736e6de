"""Precision-sensitive benchmarking: float GD runs measured against the certified trajectory.

**Honest naming.** The reference is certified (an MPFR interval enclosure of the exact
iterates). Everything else in a :class:`PrecisionReport` is float evidence: correct digits,
the first step a run leaves the enclosure, and what the run did describe *these particular
float runs*, measured against the certified reference.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional, Sequence, Union

import numpy as np

from . import _native
from ._exact import count, exact, exact_list
from ._progress import progress as _progress

__all__ = ["precision", "PrecisionReport"]


class PrecisionReport:
    """The report: ``formats`` maps each run's label (``f64``, ``f32``, ``bf16``, ``f16`` or
    ``kernel:<dtype>``) to a dict with ``digits`` (list of ``(t, digits or None)``),
    ``departure`` (``{"step", "coord", "ulps"}`` or ``None``: never left the enclosure rounded
    outward to the format), ``outcome`` (``{"kind": "stalled" | "period-two" | "diverged" |
    "moving", "step": t}``) and ``final_loss``; ``certified_regime`` is the classifier's result
    (``None`` for models it does not cover)."""

    def __init__(self, text: str) -> None:
        self._json = text
        data = json.loads(text)
        self.data: Dict[str, Any] = data
        self.note: str = data["note"]
        self.reference: str = data["reference"]
        self.reference_width: float = data["reference_width"]
        self.reference_lost_at: Optional[int] = data["reference_lost_at"]
        self.certified_regime: Optional[Dict[str, Any]] = data["certified_regime"]
        self.formats: Dict[str, Dict[str, Any]] = {f["format"]: f for f in data["formats"]}

    def digits(self, fmt: str) -> np.ndarray:
        """``(t, digits)`` rows of one run, NaN where not reported."""
        rows = [(t, np.nan if d is None else d) for t, d in self.formats[fmt]["digits"]]
        return np.array(rows, dtype=np.float64).reshape(-1, 2)

    def departure(self, fmt: str) -> Optional[int]:
        """The first step the run leaves the enclosure (rounded outward to its format)."""
        d = self.formats[fmt]["departure"]
        return None if d is None else d["step"]

    def outcome(self, fmt: str) -> str:
        return self.formats[fmt]["outcome"]["kind"]

    def to_json(self) -> str:
        return self._json

    def plot(self, path: str) -> None:
        """Correct digits against t, one line per run (matplotlib; PNG/SVG/PDF by extension)."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(8, 5))
        for name in self.formats:
            d = self.digits(name)
            ax.plot(np.maximum(d[:, 0], 1), d[:, 1], label=name)
        ax.set_xscale("log")
        ax.set_xlabel("t")
        ax.set_ylabel("correct digits of θ_t")
        ax.legend()
        fig.savefig(path)
        plt.close(fig)

    def __repr__(self) -> str:
        parts = []
        for name, f in self.formats.items():
            dep = f["departure"]
            parts.append(f"{name}: leaves at {dep['step'] if dep else 'never'}, {f['outcome']['kind']}")
        regime = self.certified_regime["regime"] if self.certified_regime else "n/a"
        return f"<PrecisionReport certified regime {regime}; " + "; ".join(parts) + ">"


def precision(
    *,
    eta: Any,
    init: Union[str, Sequence[Any]],
    steps: Any,
    formats: Union[str, Sequence[str]] = ("f64", "f32", "bf16", "f16"),
    model: str = "factorisation",
    depth: Optional[int] = None,
    dim: Optional[int] = None,
    target: Any = 1,
    bits: int = 256,
    ulps: int = 1,
    kernel: Optional[Callable[[np.ndarray], Any]] = None,
    dtype: Optional[str] = None,
    progress: bool = True,
) -> PrecisionReport:
    """Run GD in each of ``formats`` (emulated exactly: every operation rounded to the format)
    from ``init`` for ``steps`` steps and measure each run against the certified trajectory
    (an MPFR enclosure starting at ``bits`` bits, raised while it is lost before ``steps``).
    A run "leaves" the enclosure at the first step where it is more than ``ulps`` ulps of its
    format outside the enclosure rounded outward to the format. With ``kernel=step`` and ``dtype=…``, measure the user's
    kernel instead: ``step`` is called ``steps`` times from ``init`` rounded to ``dtype``."""
    from .guard import _as_numpy, numpy_dtype
    from .provers import _model

    spec = json.dumps(_model(model, depth, dim, target))
    eta_text = exact(eta, "eta")
    init_text = exact_list(init, "init")
    n_steps = count(steps, "steps")
    if isinstance(formats, str):
        formats = formats.split(",")
    kernel_run = None
    if kernel is not None:
        if dtype is None:
            raise ValueError("dtype: required with kernel=")
        fmt, np_dtype = numpy_dtype(dtype)
        from fractions import Fraction

        theta = np.asarray([float(Fraction(v)) for v in init_text], dtype=np.float64).astype(np_dtype)
        iterates: List[List[float]] = [theta.astype(np.float64).tolist()]
        for _ in range(n_steps):
            out = _as_numpy(kernel(theta.copy()), np_dtype)
            iterates.append(out.tolist())
            if not np.all(np.isfinite(out)):
                break
            theta = out.astype(np_dtype)
        kernel_run = (f"kernel:{np.dtype(np_dtype).name}", fmt, iterates)
        formats = []
    with _progress(progress, "precision") as cb:
        text = _native.precision(spec, eta_text, init_text, n_steps, bits, ulps, list(formats), kernel_run, cb)
    return PrecisionReport(text)
