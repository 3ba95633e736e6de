"""Enclosure semantics against exact Fractions, and the checker on good and tampered
certificates."""

import json
from decimal import Decimal
from fractions import Fraction

import pytest

import eoscert
from eoscert import Enclosure


def test_containment_is_exact():
    third = Fraction(1, 3)
    e = Enclosure(third, Fraction(1, 2))
    assert third in e and Fraction(1, 2) in e and 0.5 in e
    assert third - Fraction(1, 10**40) not in e
    # The double nearest 1/3 lies below 1/3: outside, exactly.
    assert 1 / 3 < third and (1 / 3) not in e
    assert (1 / 3) in Enclosure(1 / 3, third)
    assert Decimal("0.4") in e and Fraction(2, 5) in e and "0.4" in e
    assert 1 not in e and float("nan") not in e and float("inf") not in e
    assert e.width == Fraction(1, 6)
    assert e.mid == float(Fraction(5, 12))
    point = Enclosure("7/3", "7/3")
    assert point.width == 0 and Fraction(7, 3) in point and 7 / 3 not in point
    with pytest.raises(ValueError):
        Enclosure(1, 0)


def test_to_mpmath_rounds_outward():
    pytest.importorskip("mpmath")

    def exact(raw):  # an mpmath raw float (sign, man, exp, bc), exactly
        sign, man, exp, _ = raw
        return (-1) ** sign * Fraction(man) * Fraction(2) ** exp

    for q in (Fraction(1, 3), Fraction(-2, 7), Fraction(1, 2)):
        lo, hi = (exact(r) for r in Enclosure(q, q).to_mpmath()._mpi_)
        assert lo <= q <= hi
        assert (lo == q == hi) == (q.denominator == 2)


def test_quantities_of_a_certificate_are_enclosures():
    cert = eoscert.orbit(depth=2, eta="1.1")
    s = cert.quantities["s_plus"]
    assert isinstance(s, Enclosure) and isinstance(s.lo, Fraction)
    assert cert.quantities["stable"] is True
    assert s.lo < s.hi and abs(Fraction(s.mid) - s.lo) <= abs(s.lo) * Fraction(1, 2**52)


def test_check_good_and_tampered():
    cert = eoscert.orbit(depth=2, eta="1.1")
    report = eoscert.check(cert)
    assert report and report.accepted and report.verified and report.claim == "period-two"
    data = cert.to_dict()
    # Move s_plus's enclosure off the orbit point: the checker must reject it.
    s = cert.quantities["s_plus"]
    shifted = s.hi + 1
    data["quantities"]["s_plus"] = {"lo": str(shifted), "hi": str(shifted + 1)}
    bad = eoscert.check(json.dumps(data))
    assert not bad and not bad.accepted and "s_plus" in bad.reason
    # A certificate that says not verified is well formed but falsy.
    data = cert.to_dict()
    data["verified"] = False
    data["reason"] = "test"
    report = eoscert.check(data)
    assert report.accepted and not report
