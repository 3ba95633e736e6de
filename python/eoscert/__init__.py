"""eoscert: certified numerics for gradient descent at large learning rates.

The provers (:func:`orbit`, :func:`critical`, :func:`subcritical`, :func:`classify`,
:func:`simulate`, :func:`implicit_bias`, :func:`catapult`, :func:`balance`, :func:`bound`,
:func:`prove`) return :class:`Certificate` objects whose quantities are :class:`Enclosure`
intervals with exact :class:`fractions.Fraction` ends; :func:`check` re-verifies a certificate
with the independent exact-rational checker. :mod:`eoscert.guard` checks users' GD kernels
(numpy, JAX, PyTorch; float64, float32, bfloat16, float16) against the rigorous enclosure of
the exact step; :func:`precision` measures how far float runs stay from the certified
trajectory.

Every number is read exactly: ``"1.1"`` is 11/10; a Python ``float`` is the exact double it is
(``0.1`` is not 1/10).
"""

from . import _native, guard
from .certificate import Certificate, CheckReport, Enclosure, check
from .precision import PrecisionReport, precision
from .provers import (
    balance,
    bound,
    catapult,
    classify,
    critical,
    implicit_bias,
    orbit,
    prove,
    regime_map,
    simulate,
    subcritical,
    trajectory,
)

__version__ = _native.VERSION

__all__ = [
    "Certificate",
    "CheckReport",
    "Enclosure",
    "balance",
    "bound",
    "catapult",
    "check",
    "classify",
    "critical",
    "implicit_bias",
    "orbit",
    "precision",
    "PrecisionReport",
    "prove",
    "regime_map",
    "simulate",
    "subcritical",
    "trajectory",
]
