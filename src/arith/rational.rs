//! `rational`: exact arithmetic on `BigRational`, with rational enclosures where `sqrt` or `root`
//! of a non-square leaves the rationals.

use num_rational::BigRational;

use super::{Certainty, Ring, Scalar};

/// An interval `[lo, hi]` of exact rationals; `lo == hi` while every operation was rational.
#[derive(Clone, Debug, PartialEq)]
pub struct RationalInterval {
    lo: BigRational,
    hi: BigRational,
}

// Stub: replaced by the full implementation (helper branch).
impl std::ops::Add for RationalInterval {
    type Output = Self;
    fn add(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Sub for RationalInterval {
    type Output = Self;
    fn sub(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Mul for RationalInterval {
    type Output = Self;
    fn mul(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Div for RationalInterval {
    type Output = Self;
    fn div(self, _: Self) -> Self {
        todo!()
    }
}
impl std::ops::Neg for RationalInterval {
    type Output = Self;
    fn neg(self) -> Self {
        todo!()
    }
}
impl Ring for RationalInterval {
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
impl Scalar for RationalInterval {
    type Ctx = ();
    const RIGOROUS: bool = true;
    fn backend_name(_: &()) -> String {
        todo!()
    }
    fn from_rational(_: &BigRational, _: &()) -> Self {
        todo!()
    }
    fn from_bounds(_: &BigRational, _: &BigRational, _: &()) -> Self {
        todo!()
    }
    fn ctx(&self) -> () {
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
