//! `mpfr:BITS`: intervals of two MPFR numbers, the lower rounded down and the upper rounded up.

use std::cmp::Ordering;
use std::ops::{Add, Div, Mul, Neg, Sub};

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use rug::Assign;
use rug::float::Round;
use rug::integer::Order;
use rug::ops::{AddAssignRound, DivAssignRound, MulAssignRound, NegAssign, SubAssignRound};
use rug::{Float, Integer, Rational};

use super::{Certainty, Ring, Scalar};

/// A closed interval `[lo, hi]` of two MPFR floats of the same precision.
///
/// Every operation computes `lo` with rounding toward −∞ and `hi` toward +∞, so the result
/// contains the exact image of the operands (containment). An empty or NaN endpoint marks a
/// domain error; [`Scalar::bounds`] then returns `None`.
///
/// Both endpoints always carry the same precision; an operation on two operands of different
/// precisions rounds (outward) to the larger one.
///
/// # Examples
/// At 4 bits, `1/3 = 0.010101…₂` lies strictly between the 4-bit floats `0.01010₂ = 5/16` and
/// `0.01011₂ = 11/32`; the lower end is rounded down and the upper end up:
/// ```
/// use eoscert::arith::{MpfrInterval, Scalar};
/// use num_rational::BigRational;
/// let q = |n: i64, d: i64| BigRational::new(n.into(), d.into());
/// let third = MpfrInterval::from_rational(&q(1, 3), &4);
/// assert_eq!(third.bounds(), Some((q(5, 16), q(11, 32))));
/// // Negation is exact, so −1/3 becomes [−11/32, −5/16]: still outward.
/// assert_eq!((-third.clone()).bounds(), Some((q(-11, 32), q(-5, 16))));
/// // Arithmetic rounds outward too: 1/3 + 1/3 at 4 bits.
/// let (lo, hi) = (third.clone() + third).bounds().unwrap();
/// assert!(lo <= q(2, 3) && q(2, 3) <= hi);
/// assert_eq!((lo, hi), (q(5, 8), q(11, 16)));
/// // A domain error is never a finite enclosure.
/// let one = MpfrInterval::from_int(1, &4);
/// let around_zero = MpfrInterval::from_bounds(&q(-1, 1), &q(1, 1), &4);
/// assert_eq!((one / around_zero).bounds(), None);
/// ```
#[derive(Clone, Debug)]
pub struct MpfrInterval {
    lo: Float,
    hi: Float,
}

/// Exact conversion `num_bigint::BigInt` → `rug::Integer` (via 32-bit limbs).
fn integer_from_bigint(n: &BigInt) -> Integer {
    let (sign, digits) = n.to_u32_digits();
    let magnitude = Integer::from_digits(&digits, Order::Lsf);
    if sign == Sign::Minus {
        -magnitude
    } else {
        magnitude
    }
}

/// Exact conversion `rug::Integer` → `num_bigint::BigInt` (via 32-bit limbs).
fn bigint_from_integer(n: &Integer) -> BigInt {
    let sign = match n.cmp0() {
        Ordering::Less => Sign::Minus,
        Ordering::Equal => Sign::NoSign,
        Ordering::Greater => Sign::Plus,
    };
    let mut digits = vec![0u32; n.significant_digits::<u32>()];
    n.write_digits(&mut digits, Order::Lsf);
    BigInt::from_slice(sign, &digits)
}

/// Exact conversion `BigRational` → `rug::Rational`.
pub(crate) fn rug_from_rational(q: &BigRational) -> Rational {
    Rational::from((
        integer_from_bigint(q.numer()),
        integer_from_bigint(q.denom()),
    ))
}

/// Exact conversion `rug::Rational` → `BigRational`.
pub(crate) fn rational_from_rug(q: &Rational) -> BigRational {
    // rug keeps rationals canonical (reduced, positive denominator): no gcd needed.
    BigRational::new_raw(
        bigint_from_integer(q.numer()),
        bigint_from_integer(q.denom()),
    )
}

/// The smaller of two floats, rounded down to `prec` (exact when `prec` is at least theirs).
fn min_down(a: &Float, b: &Float, prec: u32) -> Float {
    let m = if a <= b { a } else { b };
    Float::with_val_round(prec, m, Round::Down).0
}

/// The larger of two floats, rounded up to `prec` (exact when `prec` is at least theirs).
fn max_up(a: &Float, b: &Float, prec: u32) -> Float {
    let m = if a >= b { a } else { b };
    Float::with_val_round(prec, m, Round::Up).0
}

impl MpfrInterval {
    /// The domain-error value at precision `prec`: both endpoints NaN.
    fn invalid(prec: u32) -> Self {
        MpfrInterval {
            lo: Float::with_val(prec, rug::float::Special::Nan),
            hi: Float::with_val(prec, rug::float::Special::Nan),
        }
    }

    /// The interval of the two given endpoints, or the invalid value if either is NaN or
    /// `lo > hi`.
    fn checked(lo: Float, hi: Float) -> Self {
        let prec = lo.prec().max(hi.prec());
        if lo.is_nan() || hi.is_nan() || lo > hi {
            Self::invalid(prec)
        } else {
            MpfrInterval { lo, hi }
        }
    }

    fn is_invalid(&self) -> bool {
        self.lo.is_nan() || self.hi.is_nan() || self.lo > self.hi
    }

    fn prec(&self) -> u32 {
        self.lo.prec().max(self.hi.prec())
    }

    /// Do we know that `0 ∈ [lo, hi]` is impossible? (`false` for invalid values.)
    fn excludes_zero(&self) -> bool {
        !self.is_invalid() && (self.lo > 0 || self.hi < 0)
    }

    /// The lower endpoint (rounded down) and upper endpoint (rounded up) of the four endpoint
    /// combinations of `op`, at precision `prec`; invalid if any combination is NaN.
    fn corners<F>(&self, other: &Self, prec: u32, op: F) -> Self
    where
        F: Fn(&Float, &Float, Round) -> Float,
    {
        let pairs = [
            (&self.lo, &other.lo),
            (&self.lo, &other.hi),
            (&self.hi, &other.lo),
            (&self.hi, &other.hi),
        ];
        let mut lo: Option<Float> = None;
        let mut hi: Option<Float> = None;
        for (a, b) in pairs {
            let d = op(a, b, Round::Down);
            let u = op(a, b, Round::Up);
            if d.is_nan() || u.is_nan() {
                return Self::invalid(prec);
            }
            if lo.as_ref().is_none_or(|l| d < *l) {
                lo = Some(d);
            }
            if hi.as_ref().is_none_or(|h| u > *h) {
                hi = Some(u);
            }
        }
        match (lo, hi) {
            (Some(lo), Some(hi)) => Self::checked(lo, hi),
            _ => Self::invalid(prec),
        }
    }

    fn add_ref(&self, other: &Self) -> Self {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || other.is_invalid() {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, &self.lo + &other.lo, Round::Down).0;
        let hi = Float::with_val_round(prec, &self.hi + &other.hi, Round::Up).0;
        Self::checked(lo, hi)
    }

    fn sub_ref(&self, other: &Self) -> Self {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || other.is_invalid() {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, &self.lo - &other.hi, Round::Down).0;
        let hi = Float::with_val_round(prec, &self.hi - &other.lo, Round::Up).0;
        Self::checked(lo, hi)
    }

    fn mul_ref(&self, other: &Self) -> Self {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || other.is_invalid() {
            return Self::invalid(prec);
        }
        self.corners(other, prec, |a, b, r| {
            Float::with_val_round(prec, a * b, r).0
        })
    }

    fn div_ref(&self, other: &Self) -> Self {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || !other.excludes_zero() {
            return Self::invalid(prec);
        }
        self.corners(other, prec, |a, b, r| {
            Float::with_val_round(prec, a / b, r).0
        })
    }

    fn neg_ref(&self) -> Self {
        if self.is_invalid() {
            return Self::invalid(self.prec());
        }
        // Negation is exact in binary floating point.
        MpfrInterval {
            lo: Float::with_val(self.prec(), -&self.hi),
            hi: Float::with_val(self.prec(), -&self.lo),
        }
    }
}

/// Which endpoint of an interval.
#[derive(Clone, Copy)]
enum End {
    Lo,
    Hi,
}

impl MpfrInterval {
    /// Whether the in-place operations below may run: both operands valid with finite
    /// endpoints, `self`'s two endpoints of one precision and at least `other`'s (so the result
    /// precision, the larger of the two, is `self`'s). Otherwise the allocating `*_ref`
    /// operations above are used, which handle every case.
    fn in_place_ok(&self, other: &Self) -> bool {
        let finite = |x: &Self| !x.is_invalid() && x.lo.is_finite() && x.hi.is_finite();
        self.lo.prec() == self.hi.prec()
            && self.prec() >= other.prec()
            && finite(self)
            && finite(other)
    }

    /// `self ← self + other`, outward, without allocating when [`Self::in_place_ok`].
    fn add_assign_ref(&mut self, other: &Self) {
        if !self.in_place_ok(other) {
            *self = self.add_ref(other);
            return;
        }
        self.lo.add_assign_round(&other.lo, Round::Down);
        self.hi.add_assign_round(&other.hi, Round::Up);
    }

    /// `self ← self − other`, outward, without allocating when [`Self::in_place_ok`].
    fn sub_assign_ref(&mut self, other: &Self) {
        if !self.in_place_ok(other) {
            *self = self.sub_ref(other);
            return;
        }
        self.lo.sub_assign_round(&other.hi, Round::Down);
        self.hi.sub_assign_round(&other.lo, Round::Up);
    }

    /// `self ← self · other`, outward, without allocating when [`Self::in_place_ok`] and not both
    /// operands contain 0 in their interior.
    ///
    /// For finite `a = [a₁, a₂]`, `b = [b₁, b₂]` the exact product is `[min, max]` of the four
    /// corner products, and the signs of the endpoints tell which corners are extreme (the
    /// classical nine-case table; only the case where both straddle 0 needs all four). Each
    /// chosen corner is rounded once, down for the lower end and up for the upper, so the
    /// result equals the rounded hull of the four corners computed by `mul_ref`.
    fn mul_assign_ref(&mut self, other: &Self) {
        use End::{Hi, Lo};
        if !self.in_place_ok(other) {
            *self = self.mul_ref(other);
            return;
        }
        let (a_nonneg, a_nonpos) = (self.lo >= 0, self.hi <= 0);
        let (b_nonneg, b_nonpos) = (other.lo >= 0, other.hi <= 0);
        // (endpoint of a, endpoint of b) for the lower and for the upper end of the product.
        let (lo, hi) = if a_nonneg {
            if b_nonneg {
                ((Lo, Lo), (Hi, Hi))
            } else if b_nonpos {
                ((Hi, Lo), (Lo, Hi))
            } else {
                ((Hi, Lo), (Hi, Hi))
            }
        } else if a_nonpos {
            if b_nonneg {
                ((Lo, Hi), (Hi, Lo))
            } else if b_nonpos {
                ((Hi, Hi), (Lo, Lo))
            } else {
                ((Lo, Hi), (Lo, Lo))
            }
        } else if b_nonneg {
            ((Lo, Hi), (Hi, Hi))
        } else if b_nonpos {
            ((Hi, Lo), (Lo, Lo))
        } else {
            *self = self.mul_ref(other);
            return;
        };
        self.assign_extremes(lo, hi, other, |x, y, r| {
            x.mul_assign_round(y, r);
        });
    }

    /// `self ← self / other`, outward, without allocating when [`Self::in_place_ok`] and
    /// `0 ∉ other` is known (otherwise `div_ref`, which returns the invalid value).
    ///
    /// For `b₁ > 0` or `b₂ < 0` the quotient `a/b` is monotone in each argument on the box, so
    /// its extremes are corners chosen by the signs of `a₁`, `a₂` (six cases); each is rounded
    /// once, outward, as in [`Self::mul_assign_ref`].
    fn div_assign_ref(&mut self, other: &Self) {
        use End::{Hi, Lo};
        if !self.in_place_ok(other) || !other.excludes_zero() {
            *self = self.div_ref(other);
            return;
        }
        let (a_nonneg, a_nonpos) = (self.lo >= 0, self.hi <= 0);
        let (lo, hi) = if other.lo > 0 {
            if a_nonneg {
                ((Lo, Hi), (Hi, Lo))
            } else if a_nonpos {
                ((Lo, Lo), (Hi, Hi))
            } else {
                ((Lo, Lo), (Hi, Lo))
            }
        } else if a_nonneg {
            ((Hi, Hi), (Lo, Lo))
        } else if a_nonpos {
            ((Hi, Lo), (Lo, Hi))
        } else {
            ((Hi, Hi), (Lo, Hi))
        };
        self.assign_extremes(lo, hi, other, |x, y, r| {
            x.div_assign_round(y, r);
        });
    }

    /// `self ← [a_i ∘ b_j rounded down, a_k ∘ b_l rounded up]` for `lo = (i, j)`, `hi = (k, l)`,
    /// in place (`op(x, y, r)` sets `x ← x ∘ y` rounded in direction `r`). Both endpoints of
    /// `self` have the same precision, so the copies below are exact.
    fn assign_extremes(
        &mut self,
        lo: (End, End),
        hi: (End, End),
        other: &Self,
        op: impl Fn(&mut Float, &Float, Round),
    ) {
        use End::{Hi, Lo};
        let b = |e: End| match e {
            Lo => &other.lo,
            Hi => &other.hi,
        };
        let MpfrInterval { lo: a1, hi: a2 } = self;
        match (lo.0, hi.0) {
            (Lo, Hi) => {}
            (Hi, Lo) => std::mem::swap(a1, a2),
            (Hi, Hi) => a1.assign(&*a2),
            (Lo, Lo) => a2.assign(&*a1),
        }
        op(a1, b(lo.1), Round::Down);
        op(a2, b(hi.1), Round::Up);
    }

    /// `self ← −self` (exact, in place).
    fn neg_in_place(&mut self) {
        if self.is_invalid() {
            *self = Self::invalid(self.prec());
            return;
        }
        std::mem::swap(&mut self.lo, &mut self.hi);
        self.lo.neg_assign();
        self.hi.neg_assign();
    }
}

impl Add for MpfrInterval {
    type Output = Self;
    fn add(mut self, other: Self) -> Self {
        self.add_assign_ref(&other);
        self
    }
}
impl Sub for MpfrInterval {
    type Output = Self;
    fn sub(mut self, other: Self) -> Self {
        self.sub_assign_ref(&other);
        self
    }
}
impl Mul for MpfrInterval {
    type Output = Self;
    fn mul(mut self, other: Self) -> Self {
        self.mul_assign_ref(&other);
        self
    }
}
impl Div for MpfrInterval {
    type Output = Self;
    fn div(mut self, other: Self) -> Self {
        self.div_assign_ref(&other);
        self
    }
}
impl Neg for MpfrInterval {
    type Output = Self;
    fn neg(mut self) -> Self {
        self.neg_in_place();
        self
    }
}
impl<'a> Add<&'a MpfrInterval> for &'a MpfrInterval {
    type Output = MpfrInterval;
    fn add(self, other: &MpfrInterval) -> MpfrInterval {
        self.add_ref(other)
    }
}
impl<'a> Sub<&'a MpfrInterval> for &'a MpfrInterval {
    type Output = MpfrInterval;
    fn sub(self, other: &MpfrInterval) -> MpfrInterval {
        self.sub_ref(other)
    }
}
impl<'a> Mul<&'a MpfrInterval> for &'a MpfrInterval {
    type Output = MpfrInterval;
    fn mul(self, other: &MpfrInterval) -> MpfrInterval {
        let mut r = self.clone();
        r.mul_assign_ref(other);
        r
    }
}
impl<'a> Div<&'a MpfrInterval> for &'a MpfrInterval {
    type Output = MpfrInterval;
    fn div(self, other: &MpfrInterval) -> MpfrInterval {
        let mut r = self.clone();
        r.div_assign_ref(other);
        r
    }
}
impl Neg for &MpfrInterval {
    type Output = MpfrInterval;
    fn neg(self) -> MpfrInterval {
        self.neg_ref()
    }
}

impl Ring for MpfrInterval {
    fn sqr(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() {
            return Self::invalid(prec);
        }
        let sq = |x: &Float, r: Round| Float::with_val_round(prec, x.square_ref(), r).0;
        if self.lo >= 0 {
            Self::checked(sq(&self.lo, Round::Down), sq(&self.hi, Round::Up))
        } else if self.hi <= 0 {
            Self::checked(sq(&self.hi, Round::Down), sq(&self.lo, Round::Up))
        } else {
            // 0 lies inside: the square is [0, max(lo², hi²)].
            let a = sq(&self.lo, Round::Up);
            let b = sq(&self.hi, Round::Up);
            Self::checked(Float::with_val(prec, 0), if a >= b { a } else { b })
        }
    }

    fn mul_int(&self, n: i64) -> Self {
        let prec = self.prec();
        if self.is_invalid() {
            return Self::invalid(prec);
        }
        // `n` is exact in 64 bits; the products are rounded to this value's precision.
        let n = Float::with_val(64, n);
        let d = |x: &Float, r: Round| Float::with_val_round(prec, x * &n, r).0;
        if n >= 0 {
            Self::checked(d(&self.lo, Round::Down), d(&self.hi, Round::Up))
        } else {
            Self::checked(d(&self.hi, Round::Down), d(&self.lo, Round::Up))
        }
    }

    fn int_like(&self, n: i64) -> Self {
        Self::from_int(n, &self.ctx())
    }
}

impl super::DoubleEndpoints for MpfrInterval {
    /// At 53 bits, so that `f64` endpoints are exact.
    fn from_f64_bounds(lo: f64, hi: f64) -> Self {
        if lo.is_nan() || hi.is_nan() || lo > hi {
            return MpfrInterval {
                lo: Float::with_val(53, rug::float::Special::NegInfinity),
                hi: Float::with_val(53, rug::float::Special::Infinity),
            };
        }
        MpfrInterval {
            lo: Float::with_val(53, lo),
            hi: Float::with_val(53, hi),
        }
    }
    fn inf_f64(&self) -> f64 {
        if self.is_invalid() {
            f64::NEG_INFINITY
        } else {
            self.lo.to_f64_round(Round::Down)
        }
    }
    fn sup_f64(&self) -> f64 {
        if self.is_invalid() {
            f64::INFINITY
        } else {
            self.hi.to_f64_round(Round::Up)
        }
    }
}

impl Scalar for MpfrInterval {
    type Ctx = u32;
    const RIGOROUS: bool = true;

    fn backend_name(bits: &u32) -> String {
        format!("mpfr:{bits}")
    }

    fn precision_bits(ctx: &u32) -> Option<u32> {
        Some(*ctx)
    }

    fn from_rational(q: &BigRational, prec: &u32) -> Self {
        let q = rug_from_rational(q);
        let lo = Float::with_val_round(*prec, &q, Round::Down).0;
        let hi = Float::with_val_round(*prec, &q, Round::Up).0;
        Self::checked(lo, hi)
    }

    fn from_bounds(lo: &BigRational, hi: &BigRational, prec: &u32) -> Self {
        let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
        let lo = Float::with_val_round(*prec, &rug_from_rational(lo), Round::Down).0;
        let hi = Float::with_val_round(*prec, &rug_from_rational(hi), Round::Up).0;
        Self::checked(lo, hi)
    }

    fn ctx(&self) -> u32 {
        self.prec()
    }

    fn sqrt(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() || self.lo < 0 {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, self.lo.sqrt_ref(), Round::Down).0;
        let hi = Float::with_val_round(prec, self.hi.sqrt_ref(), Round::Up).0;
        Self::checked(lo, hi)
    }

    fn root(&self, n: u32) -> Self {
        let prec = self.prec();
        if self.is_invalid() || self.lo < 0 || n == 0 {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, self.lo.root_ref(n), Round::Down).0;
        let hi = Float::with_val_round(prec, self.hi.root_ref(n), Round::Up).0;
        Self::checked(lo, hi)
    }

    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        if self.is_invalid() {
            return None;
        }
        let lo = self.lo.to_rational()?;
        let hi = self.hi.to_rational()?;
        Some((rational_from_rug(&lo), rational_from_rug(&hi)))
    }

    fn to_f64(&self) -> f64 {
        if self.is_invalid() {
            return f64::NAN;
        }
        let sum = Float::with_val(53, &self.lo + &self.hi);
        (sum / 2u32).to_f64()
    }

    fn width_f64(&self) -> f64 {
        if self.is_invalid() || !self.lo.is_finite() || !self.hi.is_finite() {
            return f64::INFINITY;
        }
        // Two roundings, both upward: an upper bound of the exact width.
        let w = Float::with_val_round(53, &self.hi - &self.lo, Round::Up).0;
        w.to_f64_round(Round::Up)
    }

    fn lt(&self, other: &Self) -> Certainty {
        if self.is_invalid() || other.is_invalid() {
            Certainty::Undecided
        } else if self.hi < other.lo {
            Certainty::Certainly
        } else if other.hi <= self.lo {
            Certainty::CertainlyNot
        } else {
            Certainty::Undecided
        }
    }

    fn hull(&self, other: &Self) -> Self {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || other.is_invalid() {
            return Self::invalid(prec);
        }
        Self::checked(
            min_down(&self.lo, &other.lo, prec),
            max_up(&self.hi, &other.hi, prec),
        )
    }

    fn midpoint(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() {
            return Self::invalid(prec);
        }
        let mut m = Float::with_val(prec, &self.lo + &self.hi);
        m /= 2u32;
        if m.is_nan() {
            // [−∞, +∞]
            m = Float::with_val(prec, 0);
        }
        if m < self.lo {
            m = self.lo.clone();
        }
        if m > self.hi {
            m = self.hi.clone();
        }
        MpfrInterval {
            lo: m.clone(),
            hi: m,
        }
    }

    fn interior_of(&self, other: &Self) -> bool {
        !self.is_invalid() && !other.is_invalid() && other.lo < self.lo && self.hi < other.hi
    }

    fn intersect(&self, other: &Self) -> Option<Self> {
        let prec = self.prec().max(other.prec());
        if self.is_invalid() || other.is_invalid() {
            // Not provably disjoint: the domain error propagates.
            return Some(Self::invalid(prec));
        }
        let lo = max_up(&self.lo, &other.lo, prec);
        let hi = min_down(&self.hi, &other.hi, prec);
        // Rounding to a larger precision is exact, so `lo`/`hi` are the exact endpoints.
        if lo > hi {
            None
        } else {
            Some(MpfrInterval { lo, hi })
        }
    }

    fn abs(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() {
            return Self::invalid(prec);
        }
        if self.lo >= 0 {
            self.clone()
        } else if self.hi <= 0 {
            self.neg_ref()
        } else {
            let m = Float::with_val(prec, -&self.lo);
            Self::checked(Float::with_val(prec, 0), max_up(&m, &self.hi, prec))
        }
    }

    fn exp(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, self.lo.exp_ref(), Round::Down).0;
        let hi = Float::with_val_round(prec, self.hi.exp_ref(), Round::Up).0;
        Self::checked(lo, hi)
    }

    fn ln(&self) -> Self {
        let prec = self.prec();
        if self.is_invalid() || self.lo <= 0 {
            return Self::invalid(prec);
        }
        let lo = Float::with_val_round(prec, self.lo.ln_ref(), Round::Down).0;
        let hi = Float::with_val_round(prec, self.hi.ln_ref(), Round::Up).0;
        Self::checked(lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn conversions_round_trip() {
        for s in [
            "0",
            "1",
            "-1",
            "255/256",
            "-340282366920938463463374607431768211457/3",
            "123456789012345678901234567890/98765432109876543210987",
        ] {
            let x: BigRational = s.parse().unwrap();
            assert_eq!(rational_from_rug(&rug_from_rational(&x)), x, "{s}");
            assert_eq!(rug_from_rational(&x).to_string(), x.to_string(), "{s}");
        }
    }

    #[test]
    fn third_at_four_bits() {
        let x = MpfrInterval::from_rational(&q(1, 3), &4);
        assert_eq!(x.bounds(), Some((q(5, 16), q(11, 32))));
        assert_eq!(x.ctx(), 4);
        assert_eq!(MpfrInterval::backend_name(&4), "mpfr:4");
    }

    #[test]
    fn domain_errors() {
        let m1 = MpfrInterval::from_bounds(&q(-1, 1), &q(4, 1), &53);
        assert!(m1.sqrt().bounds().is_none());
        assert!(m1.root(3).bounds().is_none());
        let one = MpfrInterval::from_int(1, &53);
        assert!(
            (one.clone() / MpfrInterval::from_int(0, &53))
                .bounds()
                .is_none()
        );
        let bad = one.clone() / MpfrInterval::from_bounds(&q(-1, 1), &q(1, 1), &53);
        assert!(bad.bounds().is_none());
        // Invalidity propagates through everything.
        assert!((bad.clone() + one.clone()).bounds().is_none());
        assert!(
            (bad.clone() * MpfrInterval::from_int(0, &53))
                .bounds()
                .is_none()
        );
        assert!(bad.hull(&one).bounds().is_none());
        assert!(bad.sqr().bounds().is_none());
        assert!(bad.abs().bounds().is_none());
        assert_eq!(bad.lt(&one), Certainty::Undecided);
        assert!(bad.contains_zero());
        assert!(!bad.interior_of(&bad));
        assert!(bad.width_f64().is_infinite());
    }

    #[test]
    fn sqr_is_tight_across_zero() {
        let x = MpfrInterval::from_bounds(&q(-1, 1), &q(2, 1), &8);
        assert_eq!(x.sqr().bounds(), Some((q(0, 1), q(4, 1))));
        assert_eq!((x.clone() * x).bounds(), Some((q(-2, 1), q(4, 1))));
    }

    #[test]
    fn mixed_precision_uses_the_larger() {
        let a = MpfrInterval::from_rational(&q(1, 3), &4);
        let b = MpfrInterval::from_rational(&q(1, 3), &64);
        assert_eq!((a.clone() + b.clone()).ctx(), 64);
        assert_eq!(a.hull(&b).ctx(), 64);
        let (lo, hi) = a.hull(&b).bounds().unwrap();
        assert_eq!((lo, hi), a.bounds().unwrap());
    }

    #[test]
    fn overflow_is_not_finite() {
        let big = MpfrInterval::from_rational(&q(2, 1), &8);
        let mut x = big;
        for _ in 0..40 {
            x = x.sqr();
        }
        assert!(x.bounds().is_none());
        assert!(x.width_f64().is_infinite());
    }
}
