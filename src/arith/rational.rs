//! `rational`: exact arithmetic on `BigRational`, with rational enclosures where `sqrt` or `root`
//! of a non-square leaves the rationals.

use std::ops::{Add, Div, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::parse::rational_from_f64;
use super::{Certainty, MpfrInterval, RATIONAL_ELEMENTARY_BITS, Ring, Scalar};

/// The number of bits of relative accuracy of `sqrt`/`root` of a non-perfect power.
pub const ROOT_BITS: usize = 256;

/// An interval `[lo, hi]` of exact rationals; `lo == hi` while every operation was rational.
///
/// A domain error (division by an interval containing 0, root of a possibly negative number)
/// is the explicit invalid value: [`Scalar::bounds`] returns `None` and every operation
/// propagates it.
///
/// # Examples
/// ```
/// use eoscert::arith::{RationalInterval, Scalar};
/// use num_rational::BigRational;
/// let q = |n: i64, d: i64| BigRational::new(n.into(), d.into());
/// let x = RationalInterval::from_rational(&q(1, 3), &());
/// assert_eq!((x.clone() + x).bounds(), Some((q(2, 3), q(2, 3))));
/// assert_eq!(RationalInterval::from_rational(&q(9, 4), &()).sqrt().bounds(), Some((q(3, 2), q(3, 2))));
/// let (lo, hi) = RationalInterval::from_int(2, &()).sqrt().bounds().unwrap();
/// assert!(lo < hi && &lo * &lo < q(2, 1) && q(2, 1) < &hi * &hi);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RationalInterval {
    /// `Some((lo, hi))` with `lo ≤ hi`, or `None` after a domain error.
    inner: Option<(BigRational, BigRational)>,
}

fn zero() -> BigRational {
    BigRational::zero()
}

/// `(⌊q^(1/n)⌋, ⌈q^(1/n)⌉)` on the grid of denominators `den(q) · 2^ROOT_BITS`, or the exact root
/// twice if `q` is a perfect `n`-th power. Requires `q ≥ 0` and `n ≥ 1`.
fn root_bounds(q: &BigRational, n: u32) -> (BigRational, BigRational) {
    debug_assert!(!q.is_negative() && n >= 1);
    if n == 1 || q.is_zero() {
        return (q.clone(), q.clone());
    }
    let (p, d) = (q.numer(), q.denom());
    let (rp, rd) = (p.nth_root(n), d.nth_root(n));
    if num_traits::pow(rp.clone(), n as usize) == *p
        && num_traits::pow(rd.clone(), n as usize) == *d
    {
        let r = BigRational::new(rp, rd);
        return (r.clone(), r);
    }
    // q^(1/n) = (p·d^(n−1))^(1/n) / d. With N = p·d^(n−1)·2^(ROOT_BITS·n) and r = ⌊N^(1/n)⌋,
    // r ≤ (p·d^(n−1))^(1/n)·2^ROOT_BITS < r + 1, hence r/(d·2^ROOT_BITS) ≤ q^(1/n) < (r+1)/(…).
    let scale: BigInt = BigInt::one() << (ROOT_BITS * n as usize);
    let big_n = p * num_traits::pow(d.clone(), n as usize - 1) * scale;
    let r = big_n.nth_root(n);
    let exact = num_traits::pow(r.clone(), n as usize) == big_n;
    let den = d * (BigInt::one() << ROOT_BITS);
    let upper = if exact { r.clone() } else { &r + BigInt::one() };
    (
        BigRational::new(r, den.clone()),
        BigRational::new(upper, den),
    )
}

/// A dyadic lower bound of `q^(1/n)` on the grid `2^-bits`: `⌊⌊q·2^(bits·n)⌋^(1/n)⌋ / 2^bits`,
/// which lies in `(q^(1/n) − 2^-bits, q^(1/n)]`. Requires `q ≥ 0` and `n ≥ 1`.
pub fn dyadic_root_down(q: &BigRational, n: u32, bits: usize) -> BigRational {
    debug_assert!(!q.is_negative() && n >= 1);
    let scaled = q * BigRational::from_integer(BigInt::one() << (bits * n as usize));
    let k = scaled.floor().to_integer().nth_root(n);
    BigRational::new(k, BigInt::one() << bits)
}

/// A dyadic upper bound of `q^(1/n)` on the grid `2^-bits`: the least `k / 2^bits` with
/// `k^n ≥ ⌈q·2^(bits·n)⌉`, which lies in `[q^(1/n), q^(1/n) + 2^-bits)`. Requires `q ≥ 0`, `n ≥ 1`.
pub fn dyadic_root_up(q: &BigRational, n: u32, bits: usize) -> BigRational {
    debug_assert!(!q.is_negative() && n >= 1);
    let scaled = q * BigRational::from_integer(BigInt::one() << (bits * n as usize));
    let c = scaled.ceil().to_integer();
    let mut k = c.nth_root(n);
    if num_traits::pow(k.clone(), n as usize) < c {
        k += 1;
    }
    BigRational::new(k, BigInt::one() << bits)
}

/// The exact rational `q^(1/n)` if it is rational (numerator and denominator of `q` in lowest
/// terms are perfect `n`-th powers), else `None`; `None` for negative `q`.
pub fn exact_root(q: &BigRational, n: u32) -> Option<BigRational> {
    let (a, b) = (q.numer(), q.denom());
    if a.is_negative() {
        return None;
    }
    let (ra, rb) = (a.nth_root(n), b.nth_root(n));
    (num_traits::pow(ra.clone(), n as usize) == *a && num_traits::pow(rb.clone(), n as usize) == *b)
        .then(|| BigRational::new(ra, rb))
}

impl RationalInterval {
    const INVALID: RationalInterval = RationalInterval { inner: None };

    /// The point interval `[q, q]`.
    pub fn point(q: BigRational) -> Self {
        RationalInterval {
            inner: Some((q.clone(), q)),
        }
    }

    /// The point interval of the integer `n`.
    pub fn int(n: i64) -> Self {
        Self::point(BigRational::from_integer(n.into()))
    }

    /// The interval `[lo, hi]`; the domain-error value if `lo > hi`.
    pub fn new(lo: BigRational, hi: BigRational) -> Self {
        if lo <= hi {
            RationalInterval {
                inner: Some((lo, hi)),
            }
        } else {
            Self::INVALID
        }
    }

    /// The endpoints `(lo, hi)` by reference, or `None` for the domain-error value
    /// (the borrowing form of [`Scalar::bounds`]).
    pub fn endpoints(&self) -> Option<(&BigRational, &BigRational)> {
        self.inner.as_ref().map(|(lo, hi)| (lo, hi))
    }

    /// `self / o` for an interval `o` of positive numbers: `self · [1/o.hi, 1/o.lo]`;
    /// `None` unless `o.lo > 0` (or if either operand is the domain-error value).
    pub fn div_pos(&self, o: &Self) -> Option<Self> {
        let (lo, hi) = o.endpoints()?;
        if !lo.is_positive() || self.inner.is_none() {
            return None;
        }
        Some(self.mul_ref(&Self::new(hi.recip(), lo.recip())))
    }

    /// `[max(lo, 0), max(hi, 0)]`: the intersection with `[0, ∞)` for a quantity known to be
    /// nonnegative (an interval entirely below 0 becomes `[0, 0]`).
    pub fn nonneg(&self) -> Self {
        match &self.inner {
            Some((lo, hi)) => Self::new(lo.clone().max(zero()), hi.clone().max(zero())),
            None => Self::INVALID,
        }
    }

    /// An enclosure of `{√x : x ∈ self}` on the dyadic grid `2^-bits`:
    /// `[dyadic_root_down(lo), dyadic_root_up(hi)]` (never the non-dyadic exact root);
    /// `None` if the interval may be negative or is the domain-error value.
    pub fn sqrt_dyadic(&self, bits: usize) -> Option<Self> {
        match &self.inner {
            Some((lo, hi)) if !lo.is_negative() => Some(Self::new(
                dyadic_root_down(lo, 2, bits),
                dyadic_root_up(hi, 2, bits),
            )),
            _ => None,
        }
    }

    /// An enclosure of `q^(1/n)` (`q ≥ 0`, `n ≥ 1`): the point [`exact_root`] if the root is
    /// rational, else `[dyadic_root_down, dyadic_root_up]` on the grid `2^-bits`.
    pub fn root_dyadic(q: &BigRational, n: u32, bits: usize) -> Self {
        match exact_root(q, n) {
            Some(r) => Self::point(r),
            None => Self::new(dyadic_root_down(q, n, bits), dyadic_root_up(q, n, bits)),
        }
    }

    fn is_point(lo: &BigRational, hi: &BigRational) -> bool {
        lo == hi
    }

    /// The hull of the products of the endpoint pairs.
    fn corner_products(a: &(BigRational, BigRational), b: &(BigRational, BigRational)) -> Self {
        if Self::is_point(&a.0, &a.1) && Self::is_point(&b.0, &b.1) {
            return Self::point(&a.0 * &b.0);
        }
        let ps = [&a.0 * &b.0, &a.0 * &b.1, &a.1 * &b.0, &a.1 * &b.1];
        let lo = ps.iter().min().cloned().unwrap_or_else(zero);
        let hi = ps.iter().max().cloned().unwrap_or_else(zero);
        Self::new(lo, hi)
    }

    fn add_ref(&self, other: &Self) -> Self {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Self::new(&a.0 + &b.0, &a.1 + &b.1),
            _ => Self::INVALID,
        }
    }

    fn sub_ref(&self, other: &Self) -> Self {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Self::new(&a.0 - &b.1, &a.1 - &b.0),
            _ => Self::INVALID,
        }
    }

    fn mul_ref(&self, other: &Self) -> Self {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Self::corner_products(a, b),
            _ => Self::INVALID,
        }
    }

    fn div_ref(&self, other: &Self) -> Self {
        match (&self.inner, &other.inner) {
            (Some(a), Some((blo, bhi))) => {
                if !blo.is_positive() && !bhi.is_negative() {
                    return Self::INVALID;
                }
                let recip = (bhi.recip(), blo.recip());
                Self::corner_products(a, &recip)
            }
            _ => Self::INVALID,
        }
    }

    fn neg_ref(&self) -> Self {
        match &self.inner {
            Some((lo, hi)) => Self::new(-hi, -lo),
            None => Self::INVALID,
        }
    }
}

impl Add for RationalInterval {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        self.add_ref(&other)
    }
}
impl Sub for RationalInterval {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        self.sub_ref(&other)
    }
}
impl Mul for RationalInterval {
    type Output = Self;
    fn mul(self, other: Self) -> Self {
        self.mul_ref(&other)
    }
}
impl Div for RationalInterval {
    type Output = Self;
    fn div(self, other: Self) -> Self {
        self.div_ref(&other)
    }
}
impl Neg for RationalInterval {
    type Output = Self;
    fn neg(self) -> Self {
        self.neg_ref()
    }
}
impl<'a> Add<&'a RationalInterval> for &'a RationalInterval {
    type Output = RationalInterval;
    fn add(self, other: &RationalInterval) -> RationalInterval {
        self.add_ref(other)
    }
}
impl<'a> Sub<&'a RationalInterval> for &'a RationalInterval {
    type Output = RationalInterval;
    fn sub(self, other: &RationalInterval) -> RationalInterval {
        self.sub_ref(other)
    }
}
impl<'a> Mul<&'a RationalInterval> for &'a RationalInterval {
    type Output = RationalInterval;
    fn mul(self, other: &RationalInterval) -> RationalInterval {
        self.mul_ref(other)
    }
}
impl<'a> Div<&'a RationalInterval> for &'a RationalInterval {
    type Output = RationalInterval;
    fn div(self, other: &RationalInterval) -> RationalInterval {
        self.div_ref(other)
    }
}
impl Neg for &RationalInterval {
    type Output = RationalInterval;
    fn neg(self) -> RationalInterval {
        self.neg_ref()
    }
}

impl Ring for RationalInterval {
    fn sqr(&self) -> Self {
        match &self.inner {
            None => Self::INVALID,
            Some((lo, hi)) => {
                if !lo.is_negative() {
                    Self::new(lo * lo, hi * hi)
                } else if !hi.is_positive() {
                    Self::new(hi * hi, lo * lo)
                } else {
                    let (a, b) = (lo * lo, hi * hi);
                    Self::new(zero(), a.max(b))
                }
            }
        }
    }

    fn mul_int(&self, n: i64) -> Self {
        match &self.inner {
            None => Self::INVALID,
            Some((lo, hi)) => {
                let n = BigRational::from_integer(n.into());
                if n.is_negative() {
                    Self::new(hi * &n, lo * &n)
                } else {
                    Self::new(lo * &n, hi * &n)
                }
            }
        }
    }

    fn int_like(&self, n: i64) -> Self {
        Self::from_int(n, &())
    }
}

impl Scalar for RationalInterval {
    type Ctx = ();
    const RIGOROUS: bool = true;

    fn backend_name(_: &()) -> String {
        "rational".into()
    }

    fn precision_bits(_: &()) -> Option<u32> {
        None
    }

    fn from_rational(q: &BigRational, _: &()) -> Self {
        Self::point(q.clone())
    }

    fn from_bounds(lo: &BigRational, hi: &BigRational, _: &()) -> Self {
        if lo <= hi {
            Self::new(lo.clone(), hi.clone())
        } else {
            Self::new(hi.clone(), lo.clone())
        }
    }

    fn ctx(&self) {}

    fn sqrt(&self) -> Self {
        self.root(2)
    }

    fn root(&self, n: u32) -> Self {
        match &self.inner {
            Some((lo, hi)) if n >= 1 && !lo.is_negative() => {
                if lo == hi {
                    let (a, b) = root_bounds(lo, n);
                    Self::new(a, b)
                } else {
                    // x ↦ x^(1/n) is increasing on [0, ∞).
                    Self::new(root_bounds(lo, n).0, root_bounds(hi, n).1)
                }
            }
            _ => Self::INVALID,
        }
    }

    fn bounds(&self) -> Option<(BigRational, BigRational)> {
        self.inner.clone()
    }

    fn to_f64(&self) -> f64 {
        match &self.inner {
            Some((lo, hi)) => ((lo + hi) / BigRational::from_integer(2.into()))
                .to_f64()
                .unwrap_or(f64::NAN),
            None => f64::NAN,
        }
    }

    fn width_f64(&self) -> f64 {
        let Some((lo, hi)) = &self.inner else {
            return f64::INFINITY;
        };
        let w = hi - lo;
        let mut f = w.to_f64().unwrap_or(f64::INFINITY);
        if f.is_nan() {
            return f64::INFINITY;
        }
        // Step up until the float is a proven upper bound of the exact width.
        while rational_from_f64(f).is_some_and(|g| g < w) {
            f = f.next_up();
        }
        f
    }

    fn lt(&self, other: &Self) -> Certainty {
        match (&self.inner, &other.inner) {
            (Some((alo, ahi)), Some((blo, bhi))) => {
                if ahi < blo {
                    Certainty::Certainly
                } else if bhi <= alo {
                    Certainty::CertainlyNot
                } else {
                    Certainty::Undecided
                }
            }
            _ => Certainty::Undecided,
        }
    }

    fn hull(&self, other: &Self) -> Self {
        match (&self.inner, &other.inner) {
            (Some((alo, ahi)), Some((blo, bhi))) => {
                Self::new(alo.min(blo).clone(), ahi.max(bhi).clone())
            }
            _ => Self::INVALID,
        }
    }

    fn midpoint(&self) -> Self {
        match &self.inner {
            Some((lo, hi)) => Self::point((lo + hi) / BigRational::from_integer(2.into())),
            None => Self::INVALID,
        }
    }

    fn interior_of(&self, other: &Self) -> bool {
        match (&self.inner, &other.inner) {
            (Some((alo, ahi)), Some((blo, bhi))) => blo < alo && ahi < bhi,
            _ => false,
        }
    }

    fn intersect(&self, other: &Self) -> Option<Self> {
        match (&self.inner, &other.inner) {
            (Some((alo, ahi)), Some((blo, bhi))) => {
                let lo = alo.max(blo);
                let hi = ahi.min(bhi);
                (lo <= hi).then(|| Self::new(lo.clone(), hi.clone()))
            }
            // Not provably disjoint: the domain error propagates.
            _ => Some(Self::INVALID),
        }
    }

    fn abs(&self) -> Self {
        match &self.inner {
            None => Self::INVALID,
            Some((lo, hi)) => {
                if !lo.is_negative() {
                    self.clone()
                } else if !hi.is_positive() {
                    self.neg_ref()
                } else {
                    Self::new(zero(), (-lo).max(hi.clone()))
                }
            }
        }
    }

    // `exp` / `ln` have irrational values: they are enclosed by MPFR at
    // [`RATIONAL_ELEMENTARY_BITS`] bits and the (exactly representable) float bounds are returned.
    fn exp(&self) -> Self {
        self.through_mpfr(MpfrInterval::exp)
    }

    fn ln(&self) -> Self {
        self.through_mpfr(MpfrInterval::ln)
    }
}

impl RationalInterval {
    fn through_mpfr(&self, f: impl Fn(&MpfrInterval) -> MpfrInterval) -> Self {
        match &self.inner {
            Some((lo, hi)) => {
                let m = MpfrInterval::from_bounds(lo, hi, &RATIONAL_ELEMENTARY_BITS);
                match f(&m).bounds() {
                    Some((a, b)) => Self::new(a, b),
                    None => Self::INVALID,
                }
            }
            None => Self::INVALID,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn r(n: i64, d: i64) -> RationalInterval {
        RationalInterval::from_rational(&q(n, d), &())
    }

    #[test]
    fn exact_arithmetic_stays_a_point() {
        let x = (r(1, 3) + r(1, 6)) * r(4, 1) / r(2, 5) - r(1, 1);
        assert_eq!(x.bounds(), Some((q(4, 1), q(4, 1))));
        assert_eq!(x.width_f64(), 0.0);
        assert_eq!(r(-3, 7).sqr().bounds(), Some((q(9, 49), q(9, 49))));
        assert_eq!(r(-3, 7).mul_int(-7).bounds(), Some((q(3, 1), q(3, 1))));
        assert_eq!(RationalInterval::backend_name(&()), "rational");
    }

    #[test]
    fn perfect_powers_are_exact() {
        assert_eq!(r(27, 125).root(3).bounds(), Some((q(3, 5), q(3, 5))));
        assert_eq!(r(16, 81).root(4).bounds(), Some((q(2, 3), q(2, 3))));
        assert_eq!(r(0, 1).sqrt().bounds(), Some((q(0, 1), q(0, 1))));
        assert_eq!(r(5, 1).root(1).bounds(), Some((q(5, 1), q(5, 1))));
    }

    #[test]
    fn non_squares_get_a_narrow_enclosure() {
        for n in 2..=5u32 {
            let (lo, hi) = r(2, 3).root(n).bounds().unwrap();
            let p = |x: &BigRational| num_traits::pow(x.clone(), n as usize);
            assert!(p(&lo) < q(2, 3) && q(2, 3) < p(&hi));
            let rel = (&hi - &lo) / &lo;
            let tiny = BigRational::new(BigInt::one(), BigInt::one() << (ROOT_BITS - 2));
            assert!(rel < tiny, "n = {n}");
        }
    }

    #[test]
    fn domain_errors_propagate() {
        let around = RationalInterval::from_bounds(&q(-1, 1), &q(1, 1), &());
        let bad = r(1, 1) / around.clone();
        assert_eq!(bad.bounds(), None);
        assert_eq!((r(1, 1) / r(0, 1)).bounds(), None);
        assert_eq!(
            RationalInterval::from_bounds(&q(-1, 1), &q(4, 1), &())
                .sqrt()
                .bounds(),
            None
        );
        assert_eq!((bad.clone() * r(0, 1)).bounds(), None);
        assert_eq!(bad.hull(&r(1, 1)).bounds(), None);
        assert_eq!(bad.lt(&r(1, 1)), Certainty::Undecided);
        assert!(bad.contains_zero());
        assert!(bad.width_f64().is_infinite());
        assert!(bad.to_f64().is_nan());
    }

    /// `(lo, hi)` of an interval known to be valid.
    fn ends(x: &RationalInterval) -> (BigRational, BigRational) {
        x.bounds().expect("a valid interval")
    }

    #[test]
    fn dyadic_roots_are_the_nearest_grid_points() {
        // Exact characterisation: lo = max{k/2^b : (k/2^b)^n ≤ q}, hi = min{k/2^b : (k/2^b)^n ≥ q}.
        let qs = [
            q(2, 1),
            q(2, 3),
            q(1, 9),
            q(7, 1000),
            q(81, 16),
            q(10_001, 7),
            q(0, 1),
        ];
        for x in &qs {
            for n in 1..=5u32 {
                for bits in [0usize, 3, 17, 200] {
                    let (lo, hi) = (dyadic_root_down(x, n, bits), dyadic_root_up(x, n, bits));
                    let step = BigRational::new(BigInt::one(), BigInt::one() << bits);
                    let p = |y: &BigRational| num_traits::pow(y.clone(), n as usize);
                    assert!((&lo / &step).is_integer() && (&hi / &step).is_integer());
                    assert!(p(&lo) <= *x && *x <= p(&hi), "{x}^(1/{n}) at {bits} bits");
                    assert!(p(&(&lo + &step)) > *x, "lo not maximal: {x} {n} {bits}");
                    assert!(
                        p(&(&hi - &step)) < *x || hi.is_zero(),
                        "hi not minimal: {x} {n} {bits}"
                    );
                }
            }
        }
    }

    #[test]
    fn exact_roots_and_dyadic_brackets() {
        assert_eq!(exact_root(&q(32, 243), 5), Some(q(2, 3)));
        assert_eq!(exact_root(&q(1, 9), 2), Some(q(1, 3)));
        assert_eq!(exact_root(&q(2, 1), 2), None);
        assert_eq!(exact_root(&q(-8, 1), 3), None);
        // A rational root is returned exactly, even off the dyadic grid.
        let third = RationalInterval::root_dyadic(&q(1, 27), 3, 200);
        assert_eq!(ends(&third), (q(1, 3), q(1, 3)));
        let two = RationalInterval::root_dyadic(&q(2, 1), 2, 200);
        let (lo, hi) = ends(&two);
        assert_eq!(
            (lo.clone(), hi.clone()),
            (
                dyadic_root_down(&q(2, 1), 2, 200),
                dyadic_root_up(&q(2, 1), 2, 200)
            )
        );
        assert!(&lo * &lo < q(2, 1) && q(2, 1) < &hi * &hi);
        assert_eq!(
            &hi - &lo,
            BigRational::new(BigInt::one(), BigInt::one() << 200)
        );
    }

    #[test]
    fn sqrt_dyadic_stays_on_the_grid() {
        let s = RationalInterval::new(q(4, 1), q(9, 1))
            .sqrt_dyadic(200)
            .unwrap();
        assert_eq!(ends(&s), (q(2, 1), q(3, 1)));
        // 1/9 is a square, but its root 1/3 is not dyadic: the grid bracket, unlike `sqrt`.
        let (lo, hi) = ends(&r(1, 9).sqrt_dyadic(10).unwrap());
        assert_eq!((lo, hi), (q(341, 1024), q(342, 1024)));
        assert_eq!(ends(&r(1, 9).sqrt()), (q(1, 3), q(1, 3)));
        assert!(
            RationalInterval::new(q(-1, 100), q(1, 1))
                .sqrt_dyadic(200)
                .is_none()
        );
        assert!((r(1, 1) / r(0, 1)).sqrt_dyadic(200).is_none());
    }

    #[test]
    fn div_pos_nonneg_int_point_endpoints() {
        let a = RationalInterval::new(q(-1, 1), q(2, 1));
        let b = RationalInterval::new(q(2, 1), q(4, 1));
        let d = a.div_pos(&b).unwrap();
        assert_eq!(ends(&d), (q(-1, 2), q(1, 1)));
        assert_eq!(d, a.clone() / b.clone());
        assert!(
            a.div_pos(&RationalInterval::new(q(0, 1), q(1, 1)))
                .is_none()
        );
        assert!(
            a.div_pos(&RationalInterval::new(q(-2, 1), q(-1, 1)))
                .is_none()
        );
        assert_eq!(ends(&a.nonneg()), (q(0, 1), q(2, 1)));
        assert_eq!(ends(&r(-3, 1).nonneg()), (q(0, 1), q(0, 1)));
        assert_eq!(b.nonneg(), b);
        assert_eq!(RationalInterval::int(-7), r(-7, 1));
        assert_eq!(RationalInterval::point(q(2, 5)), r(2, 5));
        assert_eq!(a.endpoints(), Some((&q(-1, 1), &q(2, 1))));
        assert_eq!(RationalInterval::new(q(1, 1), q(0, 1)).endpoints(), None);
        // Operators on references and owned values agree.
        assert_eq!(&(&a * &b) - &a, a.clone() * b.clone() - a.clone());
        assert_eq!(ends(&(&a * &b)), (q(-4, 1), q(8, 1)));
    }

    #[test]
    fn width_rounds_up() {
        let x = RationalInterval::from_bounds(&q(0, 1), &q(1, 3), &());
        let w = x.width_f64();
        assert!(rational_from_f64(w).unwrap() >= q(1, 3));
        assert_eq!(w, (1.0f64 / 3.0).next_up());
    }
}
