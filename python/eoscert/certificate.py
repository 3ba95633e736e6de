"""Certificates, enclosures and the independent checker, as Python objects.

A :class:`Certificate` wraps the JSON certificate the library writes (schema ``eoscert/1``,
the format of ``eoscert check``); its quantities are :class:`Enclosure` objects whose ends are
exact :class:`fractions.Fraction` values, so containment and comparisons are exact.
"""

from __future__ import annotations

import json
import math
import numbers
import os
from decimal import Decimal
from fractions import Fraction
from typing import Any, Dict, List, Optional, Union

from . import _native

__all__ = ["Enclosure", "Certificate", "CheckReport", "check"]


class Enclosure:
    """A closed interval ``[lo, hi]`` with exact rational ends that contains a certified
    quantity (when its certificate is verified).

    ``lo`` and ``hi`` are :class:`~fractions.Fraction`; ``x in e`` tests ``lo <= x <= hi``
    exactly for ``int``, ``Fraction``, ``Decimal`` and ``float`` (a float as the exact double it
    is; NaN is in no enclosure).
    """

    __slots__ = ("lo", "hi")

    def __init__(self, lo: Any, hi: Any) -> None:
        self.lo = _fraction(lo)
        self.hi = _fraction(hi)
        if self.lo > self.hi:
            raise ValueError(f"enclosure [{lo}, {hi}]: lo > hi")

    @classmethod
    def _from_json(cls, value: Dict[str, str]) -> "Enclosure":
        return cls(value["lo"], value["hi"])

    @property
    def mid(self) -> float:
        """The midpoint (lo + hi)/2 rounded to the nearest float (for display and plots)."""
        return float((self.lo + self.hi) / 2)

    @property
    def width(self) -> Fraction:
        """hi − lo, exact."""
        return self.hi - self.lo

    def __contains__(self, x: Any) -> bool:
        if isinstance(x, float) and math.isnan(x):
            return False
        try:
            q = _fraction(x)
        except (TypeError, ValueError, OverflowError):  # not a number, or ±inf
            return False
        return self.lo <= q <= self.hi

    def to_mpmath(self):
        """The enclosure as an ``mpmath.iv`` interval, ends rounded outward to ``iv.prec`` bits
        (requires mpmath)."""
        try:
            from mpmath import iv, libmp, mp
        except ImportError as e:  # pragma: no cover
            raise ImportError("Enclosure.to_mpmath needs mpmath (pip install mpmath)") from e
        prec = iv.prec
        a = libmp.from_rational(self.lo.numerator, self.lo.denominator, prec, libmp.round_floor)
        b = libmp.from_rational(self.hi.numerator, self.hi.denominator, prec, libmp.round_ceiling)
        return iv.mpf([mp.make_mpf(a), mp.make_mpf(b)])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Enclosure) and (self.lo, self.hi) == (other.lo, other.hi)

    def __hash__(self) -> int:
        return hash((self.lo, self.hi))

    def __repr__(self) -> str:
        return f"Enclosure(lo={_short(self.lo)}, hi={_short(self.hi)})"

    def __str__(self) -> str:
        w = float(self.width)
        return f"{self.mid!r} ± {w / 2:.2g}" if w else repr(self.mid)


def _fraction(x: Any) -> Fraction:
    if isinstance(x, bool):
        raise TypeError("a bool is not a number")
    if isinstance(x, Fraction):
        return x
    if isinstance(x, numbers.Rational):
        return Fraction(x.numerator, x.denominator)
    if isinstance(x, (float, Decimal, str)):
        return Fraction(x)
    if hasattr(x, "dtype") and hasattr(x, "item"):  # numpy scalar
        return _fraction(x.item())
    raise TypeError(f"not an exact number: {type(x).__name__}")


def _exact_or_text(value: Optional[str]) -> Union[Fraction, str, None]:
    if value is None:
        return None
    try:
        return Fraction(value)
    except ValueError:
        return value


def _short(q: Fraction) -> str:
    s = str(q)
    return s if len(s) <= 60 else f"{float(q)!r}~"


Quantity = Union[Enclosure, bool, str, List[Enclosure]]


def _quantity(value: Any) -> Quantity:
    if isinstance(value, dict):
        return Enclosure._from_json(value)
    if isinstance(value, list):
        return [Enclosure._from_json(v) for v in value]
    return value


class Certificate:
    """One claim, its exact inputs, its result and its evidence (schema ``eoscert/1``).

    Attributes: ``verified`` (every condition of the claim proved), ``rigorous``, ``reason``
    (why not verified), ``claim`` (the kind), ``model`` (dict), ``eta`` (``Fraction``, or
    ``None``, or the text ``"LO:HI"`` of a range), ``init`` (list of ``Fraction``; ranges as
    text), ``backend``, ``quantities`` (name →
    :class:`Enclosure`, ``bool``, label ``str`` or list of enclosures), ``evidence`` (dict, what
    the checker re-derives from), ``elapsed_s``.
    """

    def __init__(self, data: Union[str, Dict[str, Any]]) -> None:
        if isinstance(data, str):
            self._json = data
            data = json.loads(data)
        else:
            self._json = json.dumps(data)
        self._data = data
        self.claim: str = data["claim"]
        self.verified: bool = data["verified"]
        self.rigorous: bool = data["rigorous"]
        self.reason: str = data["reason"]
        self.backend: str = data["backend"]
        self.model: Dict[str, Any] = data["model"]
        self.eta: Union[Fraction, str, None] = _exact_or_text(data.get("eta"))
        self.init: List[Union[Fraction, str]] = [_exact_or_text(v) for v in data.get("init", [])]
        self.quantities: Dict[str, Quantity] = {k: _quantity(v) for k, v in data["quantities"].items()}
        self.evidence: Any = data["evidence"]
        self.elapsed_s: float = data["elapsed_s"]

    def to_json(self, indent: Optional[int] = None) -> str:
        """The certificate as JSON text (the file format ``eoscert check`` reads)."""
        return self._json if indent is None else json.dumps(self._data, indent=indent)

    def to_dict(self) -> Dict[str, Any]:
        """The certificate as plain JSON data (a deep copy)."""
        return json.loads(self._json)

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Write the certificate to ``path`` as JSON."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.to_json(indent=2))
            f.write("\n")

    def check(self) -> "CheckReport":
        """Re-verify with the independent checker (:func:`eoscert.check`)."""
        return check(self)

    def __getitem__(self, name: str) -> Quantity:
        return self.quantities[name]

    def __repr__(self) -> str:
        status = "verified" if self.verified else f"not verified: {self.reason}"
        return f"<Certificate {self.claim} ({self.backend}) {status}; quantities: {', '.join(self.quantities)}>"


class CheckReport:
    """The checker's verdict on one certificate. Truthy exactly when the certificate was
    accepted *and* says ``verified: true`` (the claim is re-established); ``accepted`` alone
    means well-formed (a ``verified: false`` certificate is accepted but falsy)."""

    def __init__(self, accepted: bool, claim: str, verified: bool, details: List[str]) -> None:
        self.accepted = accepted
        self.claim = claim
        self.verified = verified
        self.details = details

    @property
    def reason(self) -> str:
        """Why it is falsy ('' when truthy)."""
        if not self.accepted:
            return "; ".join(self.details)
        return "" if self.verified else "well-formed but not verified: " + "; ".join(self.details)

    def __bool__(self) -> bool:
        return self.accepted and self.verified

    def __repr__(self) -> str:
        if self:
            return f"<CheckReport {self.claim}: ok ({'; '.join(self.details)})>"
        return f"<CheckReport {self.claim}: {'REJECTED' if not self.accepted else 'not verified'}: {self.reason}>"


def check(certificate: Union[Certificate, Dict[str, Any], str, "os.PathLike[str]"]) -> CheckReport:
    """Re-verify a certificate with the independent exact-rational checker.

    ``certificate`` is a :class:`Certificate`, its JSON data (dict), JSON text, or the path of a
    certificate file. Returns a :class:`CheckReport` (truthy when accepted and verified).
    Raises ``OSError`` if the file cannot be read and ``ValueError`` if the text is not a
    certificate.
    """
    if isinstance(certificate, Certificate):
        text = certificate.to_json()
    elif isinstance(certificate, dict):
        text = json.dumps(certificate)
    elif isinstance(certificate, str) and certificate.lstrip().startswith("{"):
        text = certificate
    elif isinstance(certificate, (str, os.PathLike)):
        with open(certificate, encoding="utf-8") as f:
            text = f.read()
    else:
        raise TypeError("check: expected a Certificate, a dict, JSON text or a path")
    return CheckReport(*_native.check(text))
