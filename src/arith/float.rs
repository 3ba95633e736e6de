//! `f64`: the fast path. Round-to-nearest, no guarantee; `bounds` returns the float itself.

use num_rational::BigRational;
use num_traits::ToPrimitive;

use super::parse::rational_from_f64;
use super::{Certainty, Ring, Scalar};

impl Ring for f64 {
    fn sqr(&self) -> Self {
        self * self
    }

    fn mul_int(&self, n: i64) -> Self {
        self * n as f64
    }

    fn int_like(&self, n: i64) -> Self {
        n as f64
    }
}

impl Scalar for f64 {
    type Ctx = ();
    const RIGOROUS: bool = false;

    fn backend_name(_: &()) -> String {
        "f64".into()
    }

    fn precision_bits(_: &()) -> Option<u32> {
        Some(53)
    }

    fn from_rational(q: &BigRational, _: &()) -> Self {
        q.to_f64().unwrap_or(f64::NAN)
    }

    fn from_bounds(lo: &BigRational, hi: &BigRational, _: &()) -> Self {
        ((lo + hi) / BigRational::from_integer(2.into()))
            .to_f64()
            .unwrap_or(f64::NAN)
    }

    fn ctx(&self) {}

    fn sqrt(&self) -> Self {
        f64::sqrt(*self)
    }

    fn root(&self, n: u32) -> Self {
        if *self < 0.0 {
            f64::NAN
        } else {
            self.powf(1.0 / n as f64)
        }
    }

    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        let q = rational_from_f64(*self)?;
        Some((q.clone(), q))
    }

    fn to_f64(&self) -> f64 {
        *self
    }

    fn width_f64(&self) -> f64 {
        if self.is_finite() { 0.0 } else { f64::INFINITY }
    }

    fn lt(&self, other: &Self) -> Certainty {
        // Not a proof: a float comparison answers in the float world only.
        if self < other {
            Certainty::Certainly
        } else {
            Certainty::CertainlyNot
        }
    }

    fn hull(&self, other: &Self) -> Self {
        0.5 * (self + other)
    }

    fn midpoint(&self) -> Self {
        *self
    }

    fn interior_of(&self, _: &Self) -> bool {
        false
    }

    fn intersect(&self, other: &Self) -> Option<Self> {
        Some(0.5 * (self + other))
    }

    fn abs(&self) -> Self {
        f64::abs(*self)
    }

    fn exp(&self) -> Self {
        f64::exp(*self)
    }

    fn ln(&self) -> Self {
        f64::ln(*self)
    }
}
