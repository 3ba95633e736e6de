//! `mpfr:BITS`: intervals of two MPFR numbers, the lower rounded down and the upper rounded up.

use num_rational::BigRational;
use rug::Float;

use super::{Certainty, Ring, Scalar};

/// A closed interval `[lo, hi]` of two MPFR floats of the same precision.
///
/// Every operation computes `lo` with rounding toward −∞ and `hi` toward +∞, so the result
/// contains the exact image of the operands (containment). An empty or NaN endpoint marks a
/// domain error; [`Scalar::bounds`] then returns `None`.
#[derive(Clone, Debug)]
pub struct MpfrInterval {
    lo: Float,
    hi: Float,
}

// Stub: replaced by the full implementation (helper branch).
impl std::ops::Add for MpfrInterval {
    type Output = Self;
    fn add(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Sub for MpfrInterval {
    type Output = Self;
    fn sub(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Mul for MpfrInterval {
    type Output = Self;
    fn mul(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Div for MpfrInterval {
    type Output = Self;
    fn div(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Neg for MpfrInterval {
    type Output = Self;
    fn neg(self) -> Self {
        todo!()
    }
}
impl Ring for MpfrInterval {
    fn sqr(&self) -> Self {
        todo!()
    }
    fn mul_int(&self, _: i64) -> Self {
        todo!()
    }
    fn int_like(&self, _: i64) -> Self {
        todo!()
    }
}
impl Scalar for MpfrInterval {
    type Ctx = u32;
    const RIGOROUS: bool = true;
    fn backend_name(_: &u32) -> String {
        todo!()
    }
    fn from_rational(_: &BigRational, _: &u32) -> Self {
        todo!()
    }
    fn from_bounds(_: &BigRational, _: &BigRational, _: &u32) -> Self {
        todo!()
    }
    fn ctx(&self) -> u32 {
        todo!()
    }
    fn sqrt(&self) -> Self {
        todo!()
    }
    fn root(&self, _: u32) -> Self {
        todo!()
    }
    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        todo!()
    }
    fn to_f64(&self) -> f64 {
        todo!()
    }
    fn width_f64(&self) -> f64 {
        todo!()
    }
    fn lt(&self, _: &Self) -> Certainty {
        todo!()
    }
    fn hull(&self, _: &Self) -> Self {
        todo!()
    }
    fn midpoint(&self) -> Self {
        todo!()
    }
    fn interior_of(&self, _: &Self) -> bool {
        todo!()
    }
    fn intersect(&self, _: &Self) -> Option<Self> {
        todo!()
    }
    fn abs(&self) -> Self {
        todo!()
    }
}
