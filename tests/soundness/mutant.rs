//! The deliberately unsound backend of the mutation check: MPFR intervals whose arithmetic
//! rounds each endpoint **to nearest** instead of outward.
//!
//! [`Nearest`] wraps eoscert's own [`MpfrInterval`] at `p` bits. Each operation is evaluated
//! by the real backend at `2p` bits (outward, so nearly exact) and each endpoint of the result
//! is then rounded to the nearest `p`-bit float — exactly the bug "Round::Down / Round::Up
//! replaced by Round::Nearest" in `src/arith/mpfr.rs`. Constants (`from_rational`,
//! `from_bounds`) are rounded to nearest as well. It declares itself rigorous, so the engines
//! trust it; the campaign must notice that its enclosures miss the true values.

use std::ops::{Add, Div, Mul, Neg, Sub};

use eoscert::arith::{Certainty, MpfrInterval, Ring, Scalar};
use num_rational::BigRational;
use rug::Float;

use crate::soundness::reference::{from_rug, to_rug};

#[derive(Clone, Debug)]
pub struct Nearest {
    x: MpfrInterval,
    bits: u32,
}

/// The rational nearest to `q` on the `bits`-bit float grid.
fn nearest(q: &BigRational, bits: u32) -> BigRational {
    let f = Float::with_val(bits, &to_rug(q));
    from_rug(&f.to_rational().expect("finite"))
}

impl Nearest {
    /// The value at twice the precision (exact: the endpoints are `bits`-bit floats).
    fn wide(&self) -> MpfrInterval {
        match self.x.bounds() {
            Some((lo, hi)) => MpfrInterval::from_bounds(&lo, &hi, &(2 * self.bits)),
            None => self.x.clone(),
        }
    }

    /// A `2p`-bit result with both endpoints rounded to nearest at `p` bits (the mutation).
    fn round(x: MpfrInterval, bits: u32) -> Nearest {
        let x = match x.bounds() {
            Some((lo, hi)) => {
                MpfrInterval::from_bounds(&nearest(&lo, bits), &nearest(&hi, bits), &bits)
            }
            None => x,
        };
        Nearest { x, bits }
    }

    fn wrap(&self, x: MpfrInterval) -> Nearest {
        Nearest { x, bits: self.bits }
    }
}

macro_rules! binary {
    ($tr:ident, $f:ident) => {
        impl $tr for Nearest {
            type Output = Nearest;
            fn $f(self, o: Nearest) -> Nearest {
                let bits = self.bits.max(o.bits);
                Nearest::round(self.wide().$f(o.wide()), bits)
            }
        }
    };
}
binary!(Add, add);
binary!(Sub, sub);
binary!(Mul, mul);
binary!(Div, div);

impl Neg for Nearest {
    type Output = Nearest;
    fn neg(self) -> Nearest {
        let bits = self.bits;
        Nearest { x: -self.x, bits }
    }
}

impl Ring for Nearest {
    fn sqr(&self) -> Self {
        Nearest::round(self.wide().sqr(), self.bits)
    }

    fn mul_int(&self, n: i64) -> Self {
        Nearest::round(self.wide().mul_int(n), self.bits)
    }

    fn int_like(&self, n: i64) -> Self {
        Self::from_int(n, &self.bits)
    }
}

impl Scalar for Nearest {
    type Ctx = u32;
    /// The lie that makes it a mutant.
    const RIGOROUS: bool = true;

    fn backend_name(bits: &u32) -> String {
        format!("mutant-nearest:{bits}")
    }

    fn precision_bits(bits: &u32) -> Option<u32> {
        Some(*bits)
    }

    fn from_rational(q: &BigRational, bits: &u32) -> Self {
        let n = nearest(q, *bits);
        Nearest {
            x: MpfrInterval::from_bounds(&n, &n, bits),
            bits: *bits,
        }
    }

    fn from_bounds(lo: &BigRational, hi: &BigRational, bits: &u32) -> Self {
        Nearest {
            x: MpfrInterval::from_bounds(&nearest(lo, *bits), &nearest(hi, *bits), bits),
            bits: *bits,
        }
    }

    fn ctx(&self) -> u32 {
        self.bits
    }

    fn sqrt(&self) -> Self {
        Nearest::round(self.wide().sqrt(), self.bits)
    }

    fn root(&self, n: u32) -> Self {
        Nearest::round(self.wide().root(n), self.bits)
    }

    fn exp(&self) -> Self {
        Nearest::round(self.wide().exp(), self.bits)
    }

    fn ln(&self) -> Self {
        Nearest::round(self.wide().ln(), self.bits)
    }

    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        self.x.bounds()
    }

    fn to_f64(&self) -> f64 {
        self.x.to_f64()
    }

    fn width_f64(&self) -> f64 {
        self.x.width_f64()
    }

    fn lt(&self, other: &Self) -> Certainty {
        self.x.lt(&other.x)
    }

    fn hull(&self, other: &Self) -> Self {
        self.wrap(self.x.hull(&other.x))
    }

    fn midpoint(&self) -> Self {
        self.wrap(self.x.midpoint())
    }

    fn interior_of(&self, other: &Self) -> bool {
        self.x.interior_of(&other.x)
    }

    fn intersect(&self, other: &Self) -> Option<Self> {
        self.x.intersect(&other.x).map(|x| self.wrap(x))
    }

    fn abs(&self) -> Self {
        self.wrap(self.x.abs())
    }
}
