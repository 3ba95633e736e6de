//! Exact rational intervals for the reported quantities (evaluated only at checkpoints).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// Bits of the dyadic grid used for square and higher roots (`2⁻²⁰⁰`).
const ROOT_BITS: usize = 200;

/// A closed interval `[lo, hi]` of exact rationals.
#[derive(Clone, Debug, PartialEq)]
pub struct RI {
    /// Lower endpoint.
    pub lo: BigRational,
    /// Upper endpoint.
    pub hi: BigRational,
}

fn pow2(k: usize) -> BigInt {
    BigInt::one() << k
}

impl RI {
    /// `[lo, hi]`.
    pub fn new(lo: BigRational, hi: BigRational) -> Self {
        debug_assert!(lo <= hi);
        RI { lo, hi }
    }
    /// `[q, q]`.
    pub fn point(q: &BigRational) -> Self {
        RI::new(q.clone(), q.clone())
    }
    /// The integer `n`.
    pub fn int(n: i64) -> Self {
        RI::point(&BigRational::from_integer(n.into()))
    }
    /// Sum.
    pub fn add(&self, o: &RI) -> RI {
        RI::new(&self.lo + &o.lo, &self.hi + &o.hi)
    }
    /// Difference.
    pub fn sub(&self, o: &RI) -> RI {
        RI::new(&self.lo - &o.hi, &self.hi - &o.lo)
    }
    /// Product (hull of the four endpoint products).
    pub fn mul(&self, o: &RI) -> RI {
        let c = [
            &self.lo * &o.lo,
            &self.lo * &o.hi,
            &self.hi * &o.lo,
            &self.hi * &o.hi,
        ];
        let lo = c.iter().min().unwrap().clone();
        let hi = c.iter().max().unwrap().clone();
        RI::new(lo, hi)
    }
    /// `{x² : x ∈ self}` (tight when the interval contains 0).
    pub fn sqr(&self) -> RI {
        let (a, b) = (self.lo.abs(), self.hi.abs());
        let hi = if a > b { &a * &a } else { &b * &b };
        let lo = if self.lo.is_positive() {
            &self.lo * &self.lo
        } else if self.hi.is_negative() {
            &self.hi * &self.hi
        } else {
            BigRational::zero()
        };
        RI::new(lo, hi)
    }
    /// Quotient by an interval of positive numbers.
    pub fn div_pos(&self, o: &RI) -> Option<RI> {
        if !o.lo.is_positive() {
            return None;
        }
        let inv = RI::new(BigRational::one() / &o.hi, BigRational::one() / &o.lo);
        Some(self.mul(&inv))
    }
    /// Intersection with `[0, ∞)` (for quantities known to be nonnegative).
    pub fn nonneg(&self) -> RI {
        let z = BigRational::zero();
        RI::new(self.lo.clone().max(z.clone()), self.hi.clone().max(z))
    }
    /// An enclosure of `{√x : x ∈ self}`; `None` if the interval may be negative.
    pub fn sqrt(&self) -> Option<RI> {
        if self.lo.is_negative() {
            return None;
        }
        Some(RI::new(root_down(&self.lo, 2), root_up(&self.hi, 2)))
    }
}

/// A dyadic lower bound of `q^{1/n}` (`q ≥ 0`), within `2⁻²⁰⁰`; exact when the root is rational
/// with a power-of-two denominator small enough.
pub fn root_down(q: &BigRational, n: u32) -> BigRational {
    let scaled = q * BigRational::from_integer(pow2(ROOT_BITS * n as usize));
    let k = scaled.floor().to_integer().nth_root(n);
    BigRational::new(k, pow2(ROOT_BITS))
}

/// A dyadic upper bound of `q^{1/n}` (`q ≥ 0`).
pub fn root_up(q: &BigRational, n: u32) -> BigRational {
    let scaled = q * BigRational::from_integer(pow2(ROOT_BITS * n as usize));
    let c = scaled.ceil().to_integer();
    let mut k = c.nth_root(n);
    if num_traits::pow(k.clone(), n as usize) < c {
        k += 1;
    }
    BigRational::new(k, pow2(ROOT_BITS))
}

/// The exact rational `q^{1/n}` if it exists (`q > 0`).
pub fn exact_root(q: &BigRational, n: u32) -> Option<BigRational> {
    let (a, b) = (q.numer(), q.denom());
    if a.is_negative() {
        return None;
    }
    let (ra, rb) = (a.nth_root(n), b.nth_root(n));
    (num_traits::pow(ra.clone(), n as usize) == *a && num_traits::pow(rb.clone(), n as usize) == *b)
        .then(|| BigRational::new(ra, rb))
}

/// An enclosure of `q^{1/n}`: exact if rational, else a `2⁻²⁰⁰` dyadic bracket.
pub fn root(q: &BigRational, n: u32) -> RI {
    match exact_root(q, n) {
        Some(r) => RI::point(&r),
        None => RI::new(root_down(q, n), root_up(q, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_bracket() {
        let two = BigRational::from_integer(2.into());
        let r = root(&two, 2);
        assert!(&r.lo * &r.lo <= two && two <= &r.hi * &r.hi);
        assert!(&r.hi - &r.lo <= BigRational::new(1.into(), pow2(199)));
        let q = BigRational::new(32.into(), 243.into());
        assert_eq!(
            root(&q, 5),
            RI::point(&BigRational::new(2.into(), 3.into()))
        );
        let s = RI::new(
            BigRational::from_integer(4.into()),
            BigRational::from_integer(9.into()),
        )
        .sqrt()
        .unwrap();
        assert_eq!(s.lo, BigRational::from_integer(2.into()));
        assert_eq!(s.hi, BigRational::from_integer(3.into()));
    }
}
