//! `interval`: inari's IEEE 1788 intervals of doubles, outward rounded.
//!
//! inari's `sqrt` and `pow` silently intersect their argument with the domain `[0, ∞)`; here an
//! argument that may be negative yields `ENTIRE` instead, so a domain error can never produce a
//! finite (and possibly wrong) enclosure. Division by `[0, 0]` yields EMPTY, which every
//! arithmetic operation propagates; `hull` and `intersect` propagate it as well.
//!
//! Known deviation from the [`Scalar`] contract: inari's `Div` (which cannot be overridden for
//! the foreign type) follows IEEE 1788, so `[0, 0] / y = [0, 0]` for `y ∋ 0`, `y ≠ [0, 0]`,
//! instead of a value without bounds. The result is right whenever the divisor's true value
//! is non-zero, but it does not flag a possible division by zero.

use inari::Interval;
use num_rational::BigRational;
use num_traits::ToPrimitive;

use super::parse::rational_from_f64;
use super::{Certainty, Ring, Scalar};

/// The tightest interval of doubles containing the exact rational `q`.
fn enclose(q: &BigRational) -> Interval {
    let x = q.to_f64().unwrap_or(f64::NAN);
    if x.is_nan() {
        return Interval::ENTIRE;
    }
    let (mut lo, mut hi) = (x, x);
    // `to_f64` is within an ulp or so; step outward until the exact comparison holds.
    while rational_from_f64(lo).is_some_and(|l| &l > q) {
        lo = lo.next_down();
    }
    while rational_from_f64(hi).is_some_and(|h| &h < q) {
        hi = hi.next_up();
    }
    Interval::try_from((lo, hi)).unwrap_or(Interval::ENTIRE)
}

impl Ring for Interval {
    fn sqr(&self) -> Self {
        Interval::sqr(*self)
    }

    fn mul_int(&self, n: i64) -> Self {
        *self * enclose(&BigRational::from_integer(n.into()))
    }

    fn int_like(&self, n: i64) -> Self {
        enclose(&BigRational::from_integer(n.into()))
    }
}

impl Scalar for Interval {
    type Ctx = ();
    const RIGOROUS: bool = true;

    fn backend_name(_: &()) -> String {
        "interval".into()
    }

    fn precision_bits(_: &()) -> Option<u32> {
        Some(53)
    }

    fn from_rational(q: &BigRational, _: &()) -> Self {
        enclose(q)
    }

    fn from_bounds(lo: &BigRational, hi: &BigRational, _: &()) -> Self {
        enclose(lo).convex_hull(enclose(hi))
    }

    fn ctx(&self) {}

    fn sqrt(&self) -> Self {
        if self.is_empty() || self.inf() < 0.0 {
            Interval::ENTIRE
        } else {
            Interval::sqrt(*self)
        }
    }

    fn root(&self, n: u32) -> Self {
        if self.is_empty() || self.inf() < 0.0 || n == 0 {
            return Interval::ENTIRE;
        }
        let exponent = enclose(&BigRational::new(1.into(), n.into()));
        self.pow(exponent)
    }

    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        if self.is_empty() {
            return None;
        }
        Some((
            rational_from_f64(self.inf())?,
            rational_from_f64(self.sup())?,
        ))
    }

    fn to_f64(&self) -> f64 {
        self.mid()
    }

    fn width_f64(&self) -> f64 {
        if self.is_empty() {
            f64::INFINITY
        } else {
            self.wid()
        }
    }

    fn lt(&self, other: &Self) -> Certainty {
        if self.is_empty() || other.is_empty() {
            Certainty::Undecided
        } else if self.strict_precedes(*other) {
            Certainty::Certainly
        } else if other.precedes(*self) {
            Certainty::CertainlyNot
        } else {
            Certainty::Undecided
        }
    }

    fn hull(&self, other: &Self) -> Self {
        // inari's division by `[0, 0]` yields EMPTY (IEEE 1788), and `convex_hull` would drop it
        // silently; a domain error must stay one.
        if self.is_empty() || other.is_empty() {
            return Interval::EMPTY;
        }
        self.convex_hull(*other)
    }

    fn midpoint(&self) -> Self {
        let m = self.mid();
        Interval::try_from((m, m)).unwrap_or(Interval::ENTIRE)
    }

    fn interior_of(&self, other: &Self) -> bool {
        !self.is_empty() && self.interior(*other)
    }

    fn intersect(&self, other: &Self) -> Option<Self> {
        if self.is_empty() || other.is_empty() {
            // A domain error is not a proof of disjointness: propagate it.
            return Some(Interval::EMPTY);
        }
        let i = self.intersection(*other);
        (!i.is_empty()).then_some(i)
    }

    fn abs(&self) -> Self {
        Interval::abs(*self)
    }

    fn exp(&self) -> Self {
        Interval::exp(*self)
    }

    /// IEEE 1788 `log` silently drops the non-positive part of its argument; here a set that
    /// may contain a number `≤ 0` is a domain error (`ENTIRE`), as for `sqrt`.
    fn ln(&self) -> Self {
        if self.is_empty() || self.inf() <= 0.0 {
            Interval::ENTIRE
        } else {
            Interval::ln(*self)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_by_point_zero_stays_an_error() {
        let one = Interval::from_int(1, &());
        let zero = Interval::from_int(0, &());
        let bad = one / zero;
        assert!(bad.is_empty(), "inari: 1 / [0, 0] = EMPTY (IEEE 1788)");
        assert!(bad.bounds().is_none());
        assert!(bad.hull(&one).bounds().is_none());
        assert!(one.hull(&bad).bounds().is_none());
        assert!(bad.intersect(&one).is_some_and(|i| i.bounds().is_none()));
        assert!((bad + one).bounds().is_none());
        assert_eq!(bad.lt(&one), Certainty::Undecided);
    }
}
