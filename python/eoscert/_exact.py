"""Exact inputs: every number handed to eoscert is an exact rational.

``int``, ``fractions.Fraction`` (any ``numbers.Rational``) and ``decimal.Decimal`` are exact;
a ``str`` is parsed exactly by the library (``"1.17"`` is 117/100, ``"13/10"``, ``"1e-3"``);
a ``float`` is taken as the exact double it is (``0.1`` is
3602879701896397/36028797018963968, *not* 1/10; write ``"0.1"`` for one tenth).
"""

from __future__ import annotations

import math
import numbers
from decimal import Decimal
from fractions import Fraction
from typing import Any, List, Sequence, Union

Exact = Union[int, str, Fraction, float, Decimal]


def exact(value: Any, name: str) -> str:
    """The exact text of one number (``p/q`` or the caller's string)."""
    if isinstance(value, bool):
        raise TypeError(f"{name}: expected a number, got a bool")
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValueError(f"{name}: empty number")
        return text
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Rational):
        q = Fraction(value.numerator, value.denominator)
    elif isinstance(value, (float, Decimal)):
        if not math.isfinite(value):
            raise ValueError(f"{name}: {value} is not a finite number")
        q = Fraction(value)
    elif hasattr(value, "dtype") and hasattr(value, "item"):  # numpy scalars
        return exact(value.item(), name)
    else:
        raise TypeError(f"{name}: expected int, str, Fraction, Decimal or float, got {type(value).__name__}")
    return f"{q.numerator}/{q.denominator}" if q.denominator != 1 else str(q.numerator)


def exact_list(values: Union[str, Sequence[Any]], name: str) -> List[str]:
    """A list of exact numbers; a string is split at commas, as on the command line."""
    if isinstance(values, str):
        items = [v for v in values.split(",")]
    else:
        try:
            items = list(values)
        except TypeError:
            raise TypeError(f"{name}: expected a sequence of numbers") from None
    if not items:
        raise ValueError(f"{name}: empty list")
    return [exact(v, f"{name}[{i}]") for i, v in enumerate(items)]


def count(value: Any, name: str) -> int:
    """A non-negative whole count (``10_000_000``, ``"1e7"`` or ``Fraction(10**7)``)."""
    if isinstance(value, bool):
        raise TypeError(f"{name}: expected a whole number, got a bool")
    if isinstance(value, numbers.Integral):
        n = int(value)
    else:
        try:
            q = Fraction(value.strip()) if isinstance(value, str) else Fraction(value)
        except (TypeError, ValueError, ArithmeticError):
            raise ValueError(f"{name} {value!r}: expected a whole number of steps") from None
        if q.denominator != 1:
            raise ValueError(f"{name} {value!r}: expected a whole number of steps")
        n = q.numerator
    if n < 0 or n >= 2**64:
        raise ValueError(f"{name} {value!r}: expected a non-negative step count below 2^64")
    return n
