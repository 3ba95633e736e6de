"""The provers, one function per ``eoscert`` subcommand, with keyword arguments named after
the command-line flags (``--max-steps`` is ``max_steps``).

Each function builds a claim (the keys of a claim file, as in ``proofs/*.toml``) and proves it
with the same library code as ``eoscert prove``: a call and a claim file with the same keys give
the same certificate. Exact inputs: see :mod:`eoscert._exact` (``int``, ``str``, ``Fraction``,
``Decimal``; a ``float`` is the exact double it is).

Errors: ``ValueError`` for invalid input (the message names the field), ``TypeError`` for an
argument of the wrong type, ``OSError`` for files. A claim that does not verify is *not* an
error: the certificate says ``verified = False`` and gives the reason.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Optional, Sequence, Union

from . import _native
from ._exact import count, exact, exact_list
from ._progress import progress as _progress
from .certificate import Certificate

__all__ = [
    "orbit",
    "simulate",
    "trajectory",
    "critical",
    "subcritical",
    "classify",
    "implicit_bias",
    "catapult",
    "balance",
    "bound",
    "prove",
    "regime_map",
]


def _model(model: str, depth: Optional[int], dim: Optional[int], target: Any) -> Dict[str, Any]:
    """The ``[model]`` table of the least-squares models (as ``--model/--depth/--dim/--target``)."""
    spec: Dict[str, Any] = {"kind": model, "target": exact(target, "target")}
    if model == "factorisation":
        spec["depth"] = 2 if depth is None else _int(depth, "depth")
    elif model == "inner-product":
        spec["dim"] = 1 if dim is None else _int(dim, "dim")
    else:
        raise ValueError(f"model {model!r}: expected 'factorisation' or 'inner-product'")
    return spec


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name}: expected an int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} {value}: must be non-negative")
    return value


def _run(claim: Dict[str, Any], show: bool) -> Certificate:
    claim = {k: v for k, v in claim.items() if v is not None}
    with _progress(show, claim["claim"]) as cb:
        text = _native.prove(json.dumps(claim), "json", claim["claim"], cb)
    return Certificate(text)


def orbit(
    *,
    depth: int = 2,
    target: Any = 1,
    eta: Any = None,
    flip_boundary: bool = False,
    width: Any = "1e-30",
    backend: str = "mpfr:256",
    progress: bool = True,
) -> Certificate:
    """Supercritical regime of the factorisation: prove the period-two orbit on the line L at
    learning rate ``eta`` (claim ``period-two``: its points, multipliers and stability), or with
    ``flip_boundary=True`` enclose the η where the normal 2-step multiplier crosses −1 to width
    ``width`` (claim ``flip-boundary``)."""
    model = _model("factorisation", depth, None, target)
    if flip_boundary:
        if eta is not None:
            raise ValueError("eta: not used with flip_boundary=True")
        claim = {"claim": "flip-boundary", "model": model, "width": exact(width, "width")}
    else:
        if eta is None:
            raise ValueError("eta: required unless flip_boundary=True")
        claim = {"claim": "period-two", "model": model, "eta": exact(eta, "eta")}
    claim["backend"] = backend
    return _run(claim, progress)


def simulate(
    *,
    eta: Any,
    init: Union[str, Sequence[Any]],
    steps: Any,
    model: str = "factorisation",
    depth: Optional[int] = None,
    dim: Optional[int] = None,
    target: Any = 1,
    backend: str = "mpfr:256",
    progress: bool = True,
) -> Certificate:
    """Run GD for ``steps`` steps and enclose θ_T, the loss, the sharpness and t·loss at the last
    step (claim ``trajectory``). ``backend``: ``mpfr:BITS``, ``interval``, ``rational`` (exact,
    few steps) or ``f64`` (fast, never verified)."""
    return _run(
        {
            "claim": "trajectory",
            "model": _model(model, depth, dim, target),
            "eta": exact(eta, "eta"),
            "init": exact_list(init, "init"),
            "steps": count(steps, "steps"),
            "backend": backend,
        },
        progress,
    )


trajectory = simulate


def critical(
    *,
    init: Union[str, Sequence[Any]],
    steps: Any,
    model: str = "factorisation",
    depth: Optional[int] = None,
    dim: Optional[int] = None,
    target: Any = 1,
    eta: Any = None,
    checkpoints: Optional[Sequence[Any]] = None,
    midpoint: str = "f64",
    theta_coordinates: bool = False,
    all_time: bool = False,
    progress: bool = True,
) -> Certificate:
    """Critical regime (η = η_crit by default): certify t·loss, t·‖θ − θ*‖² (and t·Q for p = 2)
    at the checkpoints (default the powers of ten below ``steps``) and at ``steps``; with
    ``all_time=True`` also the band a/t ≤ ℓ(θ_t) ≤ b/t for every t ≥ steps (claim ``critical``).
    ``steps`` accepts ``10**7`` or ``"1e7"``."""
    return _run(
        {
            "claim": "critical",
            "model": _model(model, depth, dim, target),
            "eta": None if eta is None else exact(eta, "eta"),
            "init": exact_list(init, "init"),
            "steps": count(steps, "steps"),
            "checkpoints": None if checkpoints is None else [count(c, "checkpoints") for c in checkpoints],
            "midpoint": midpoint,
            "coordinates": "theta" if theta_coordinates else "auto",
            "all_time": all_time,
        },
        progress,
    )


def subcritical(
    *,
    eta: Any,
    init: Union[str, Sequence[Any]],
    model: str = "factorisation",
    depth: Optional[int] = None,
    dim: Optional[int] = None,
    target: Any = 1,
    backend: Optional[str] = None,
    max_steps: Optional[Any] = None,
    progress: bool = True,
) -> Certificate:
    """Subcritical regime (η < η_crit): prove convergence to a minimum, τ, the limit sharpness
    λ∞ and the rate |1 − ηλ∞| (claim ``subcritical``; backend default: chosen from a float
    plan)."""
    return _run(
        {
            "claim": "subcritical",
            "model": _model(model, depth, dim, target),
            "eta": exact(eta, "eta"),
            "init": exact_list(init, "init"),
            "backend": backend,
            "max_steps": None if max_steps is None else count(max_steps, "max_steps"),
        },
        progress,
    )


def classify(
    *,
    eta: Any,
    init: Union[str, Sequence[Any]],
    depth: Optional[int] = None,
    target: Any = 1,
    model: str = "factorisation",
    steps: Any = 2000,
    backend: Optional[str] = None,
    fast: bool = False,
    progress: bool = True,
) -> Certificate:
    """The regime of (η, θ₀) for the factorisation: ``quantities["regime"]`` is
    ``subcritical``, ``critical``, ``supercritical``, ``divergent`` or ``undetermined``
    (``verified`` when proved; ``fast=True`` is the float64 classifier, never verified). Not a
    checkable claim kind: :func:`eoscert.check` rejects it."""
    with _progress(progress, "classify") as cb:
        text = _native.classify(
            json.dumps(_model(model, depth, None, target)),
            exact(eta, "eta"),
            exact_list(init, "init"),
            count(steps, "steps"),
            backend,
            fast,
            cb,
        )
    return Certificate(text)


def implicit_bias(
    *,
    data: Union[str, "os.PathLike[str]", Sequence[Sequence[Any]]],
    alpha: Any,
    stepsize: Any,
    sgd: bool = False,
    batch: int = 1,
    seed: int = 0,
    max_steps: Optional[Any] = None,
    backend: str = "mpfr:256",
    sampler: Optional[str] = None,
    progress: bool = True,
) -> Certificate:
    """Diagonal linear network: prove the (S)GD limit, the gains and that the limit solves the
    implicit-bias problem (claim ``implicit-bias``). ``data``: rows ``x1, …, xd, y`` of exact
    numbers, or the path of a CSV file with those rows (``#`` lines skipped). ``sampler``
    (SGD): ``"reshuffle"`` (default) or ``"with-replacement"``."""
    if isinstance(data, (str, os.PathLike)):
        with open(data, encoding="utf-8") as f:
            rows = [
                line.split(",")
                for line in (raw.strip() for raw in f)
                if line and not line.startswith("#")
            ]
    else:
        rows = list(data)
    return _run(
        {
            "claim": "implicit-bias",
            "model": {"kind": "diagonal", "data": [exact_list(r, f"data[{i}]") for i, r in enumerate(rows)]},
            "alpha": exact(alpha, "alpha"),
            "stepsize": exact(stepsize, "stepsize"),
            "batch": _int(batch, "batch") if sgd else None,
            "seed": _int(seed, "seed") if sgd else None,
            "max_steps": None if max_steps is None else count(max_steps, "max_steps"),
            "backend": backend,
            "sampler": sampler if sgd else None,
        },
        progress,
    )


def catapult(
    *,
    n: int,
    f0: Any,
    lambda0: Any,
    eta: Any = None,
    eta_range: Optional[Any] = None,
    gap: Optional[Any] = None,
    label: Any = 0,
    max_steps: Optional[Any] = None,
    backend: str = "mpfr:256",
    progress: bool = True,
) -> Certificate:
    """uv model f = uᵀv/√n: prove the lazy / catapult / divergent regime from (f₀, λ₀) and η
    (claim ``catapult``), or with ``eta_range=(lo, hi)`` (or ``"LO:HI"``) instead of ``eta``
    the map of regimes over that range, cell by cell with the boundaries enclosed (claim
    ``catapult-map``; ``gap``: the widest undecided piece allowed, ``max_steps``: the budget of
    one cell)."""
    if (eta is None) == (eta_range is None):
        raise ValueError("eta, eta_range: give exactly one of them")
    claim: Dict[str, Any] = {
        "model": {"kind": "uv", "dim": _int(n, "n"), "target": exact(label, "label")},
        "f0": exact(f0, "f0"),
        "lambda0": exact(lambda0, "lambda0"),
        "max_steps": None if max_steps is None else count(max_steps, "max_steps"),
        "backend": backend,
    }
    if eta is not None:
        if gap is not None:
            raise ValueError("gap: only with eta_range")
        claim.update({"claim": "catapult", "eta": exact(eta, "eta")})
    else:
        claim.update(
            {
                "claim": "catapult-map",
                "eta_range": _range(eta_range, "eta_range"),
                "gap": None if gap is None else exact(gap, "gap"),
            }
        )
    return _run(claim, progress)


def balance(
    *,
    phi: str,
    init: Union[str, Sequence[Any]],
    eta: Any,
    max_steps: Optional[Any] = None,
    backend: str = "mpfr:256",
    progress: bool = True,
) -> Certificate:
    """f = φ(xᵀy − 1): prove convergence, the limiting sharpness and the balancing bound
    ‖x∞ − y∞‖ ≤ √(2/h − 2) (claim ``balancing``; ``init`` is x1..xn, y1..yn, ``eta`` the step
    h)."""
    values = exact_list(init, "init")
    return _run(
        {
            "claim": "balancing",
            "model": {"kind": "product", "phi": phi, "target": "1", "dim": max(len(values) // 2, 1)},
            "init": values,
            "eta": exact(eta, "eta"),
            "max_steps": None if max_steps is None else count(max_steps, "max_steps"),
            "backend": backend,
        },
        progress,
    )


def bound(
    *,
    phi: str,
    x: Sequence[Any],
    y: Sequence[Any],
    eta: Sequence[Any],
    max_steps: Optional[Any] = None,
    backend: str = "mpfr:256",
    progress: bool = True,
) -> Certificate:
    """f = φ(xy − 1): prove loss_t ≤ C·ρ^(t−T₀) for every start in the box ``x × y`` and every
    step in the range ``eta``, each a pair ``(lo, hi)`` (claim ``nonasymptotic``)."""

    def pair(v: Sequence[Any], name: str) -> str:
        lo, hi = exact_list(v, name) if len(v) == 2 else (None, None)
        if lo is None:
            raise ValueError(f"{name}: expected a pair (lo, hi)")
        return f"{lo}:{hi}"

    return _run(
        {
            "claim": "nonasymptotic",
            "model": {"kind": "product", "phi": phi, "target": "1", "dim": 1},
            "init": ["x:" + pair(x, "x"), "y:" + pair(y, "y")],
            "eta": pair(eta, "eta"),
            "max_steps": None if max_steps is None else count(max_steps, "max_steps"),
            "backend": backend,
        },
        progress,
    )


def prove(claim: Union[str, "os.PathLike[str]", Dict[str, Any]], *, progress: bool = True) -> Certificate:
    """Prove one claim: the path of a claim file (``proofs/*.toml``), TOML text with the keys of
    a claim file, or a dict with the same keys (numbers as exact strings)."""
    if isinstance(claim, dict):
        name = str(claim.get("claim", "claim"))
        with _progress(progress, name) as cb:
            text = _native.prove(json.dumps(claim), "json", name, cb)
        return Certificate(text)
    if isinstance(claim, os.PathLike) or (isinstance(claim, str) and "\n" not in claim and "=" not in claim):
        path = os.fspath(claim)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        name = os.path.basename(path)
    elif isinstance(claim, str):
        source, name = claim, "claim"
    else:
        raise TypeError("prove: expected a claim file path, TOML text or a dict")
    with _progress(progress, name) as cb:
        text = _native.prove(source, "toml", name, cb)
    return Certificate(text)


def regime_map(
    *,
    depth: int = 2,
    target: Any = 1,
    eta_range: Optional[Any] = None,
    max_period: int = 8,
    gap: Any = "1e-6",
    backend: str = "mpfr:256",
    eta: Any = None,
    init_box: Optional[Any] = None,
    cells: int = 8,
    max_level: int = 2,
    progress: bool = True,
) -> Certificate:
    """The certified period-doubling cascade of the factorisation over ``eta_range=(lo, hi)``
    (or ``"LO:HI"``): the window ends of periods 1, 2, 4, … up to ``max_period`` and the cells
    on which the period-k orbit exists, is unique and is stable for every η in the cell (claim
    ``regime-map``; ``gap``: the uncovered piece allowed at each window end; ``backend``: the
    ``mpfr:BITS`` precision of the window-end proofs) — ``eoscert regime-map --eta-range``.

    With ``eta=`` and ``init_box=`` instead (``"a:b,c:d"`` or ``((a, b), (c, d))`` for
    (θ₁, θ₂) at depth 2; ``"a:b"`` or ``(a, b)`` for starts s₀·1 on the line): the basin map at
    that η, ``cells`` cells per side, each bisected up to ``max_level`` levels while undecided,
    every cell proved to converge to the period-two orbit, proved to diverge, or left
    undetermined (claim ``basin-map``) — ``eoscert regime-map --eta … --init-box …``."""
    model = _model("factorisation", depth, None, target)
    if eta_range is not None:
        if eta is not None or init_box is not None:
            raise ValueError("eta_range: give either eta_range (the cascade) or eta and init_box (a basin map)")
        claim = {
            "claim": "regime-map",
            "model": model,
            "eta_range": _range(eta_range, "eta_range"),
            "max_period": _int(max_period, "max_period"),
            "gap": exact(gap, "gap"),
            "backend": backend,
        }
    else:
        if eta is None or init_box is None:
            raise ValueError("eta_range: required (or eta and init_box for a basin map)")
        if isinstance(init_box, str):
            box = init_box
        else:
            sides = list(init_box)
            if len(sides) == 2 and not isinstance(sides[0], (list, tuple)):
                sides = [sides]
            box = ",".join(_range(side, "init_box") for side in sides)
        claim = {
            "claim": "basin-map",
            "model": model,
            "eta": exact(eta, "eta"),
            "init_box": box,
            "cells": _int(cells, "cells"),
            "max_level": _int(max_level, "max_level"),
        }
    return _run(claim, progress)


def _range(value: Any, name: str) -> str:
    """``"LO:HI"`` from the string ``"LO:HI"`` or a pair ``(lo, hi)`` of exact numbers."""
    if isinstance(value, str):
        parts = value.split(":")
    else:
        parts = list(value)
    if len(parts) != 2:
        raise ValueError(f"{name}: expected \"LO:HI\" or a pair (lo, hi)")
    lo, hi = exact_list(parts, name)
    return f"{lo}:{hi}"
