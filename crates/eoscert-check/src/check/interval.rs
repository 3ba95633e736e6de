//! Exact rational interval arithmetic with optional outward rounding to a binary grid.
//!
//! This is the checker's own arithmetic: it uses only `num-bigint` / `num-rational` /
//! `num-traits` / `num-integer`, never the prover's scalar types.
//!
//! # The rounding grid
//!
//! For `bits = b ≥ 1` the grid `F_b` is the set of numbers `m·2^e` with integers `m`, `e` and
//! `|m| < 2^b`: binary floating point with a `b`-bit significand and an *unbounded* exponent
//! (so it contains every IEEE double, subnormals included, when `b ≥ 53`, and every MPFR number
//! of precision `P ≤ b`). [`RatInterval::round_out`] replaces `lo` by the largest grid point
//! `≤ lo` and `hi` by the smallest grid point `≥ hi`; `bits = None` means exact (no rounding).
//!
//! # Key property (why the checker never needs the prover's numbers to be "equal")
//!
//! Suppose the prover evaluated an expression with correctly rounded outward interval
//! arithmetic at precision `P ≤ b` (MPFR at `P` bits rounding lower endpoints down and upper
//! endpoints up, or inari / IEEE 1788 intervals, `P = 53`), and the checker evaluates the *same
//! expression in the same order* with exact interval operations each followed by
//! `round_out(Some(b))`, starting from inputs that are subsets of the prover's inputs. Then at
//! every operation the checker's interval is a subset of the prover's interval. Induction:
//! exact interval operations are inclusion monotone, so the checker's exact result `[l, h]` lies
//! inside the prover's exact result `[L, H]`; the prover stores `RD_P(L) ≤ L ≤ l`, a point of
//! `F_P ⊆ F_b`, and `RD_b(l)` is the largest point of `F_b` that is `≤ l`, hence
//! `RD_P(L) ≤ RD_b(l)`; symmetrically `RU_b(h) ≤ RU_P(H)`. (Directed rounding is monotone and the
//! prover's endpoints lie on the checker's grid.) Constants enter as `round_out(b)` of their
//! exact value, which is inside the prover's rounded constant by the same argument.
//!
//! The converse need not hold, and does not matter: the checker only ever asks whether its own
//! (smaller) intervals fit inside the prover's claims.

use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::budget::{admit_bits, tick, tick_now};

/// Operand sizes (bits) above which every operation reads the clock ([`RatInterval::admits`]).
const LARGE_BITS: u64 = 1 << 14;

/// Errors of exact interval arithmetic.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IntervalError {
    /// Division by an interval that contains zero.
    #[error("division by an interval containing 0: [{lo}, {hi}]")]
    DivisionByZero {
        /// Lower endpoint of the divisor.
        lo: String,
        /// Upper endpoint of the divisor.
        hi: String,
    },
    /// `lo > hi`.
    #[error("empty interval: lo {lo} > hi {hi}")]
    Empty {
        /// The lower endpoint.
        lo: String,
        /// The upper endpoint.
        hi: String,
    },
}

/// A closed interval `[lo, hi]` of exact rationals, `lo ≤ hi`.
///
/// # Examples
/// ```
/// use eoscert_check::check::interval::RatInterval;
/// use num_rational::BigRational;
/// let third = RatInterval::point(BigRational::new(1.into(), 3.into()));
/// let r = third.round_out(Some(4));
/// assert_eq!(r.lo, BigRational::new(5.into(), 16.into()));
/// assert_eq!(r.hi, BigRational::new(11.into(), 32.into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatInterval {
    /// Lower endpoint.
    pub lo: BigRational,
    /// Upper endpoint.
    pub hi: BigRational,
}

impl fmt::Display for RatInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}]", self.lo, self.hi)
    }
}

/// `Some(k)` if `x = n / 2^k` (its reduced denominator is a power of two).
fn dyadic_exp(x: &BigRational) -> Option<u64> {
    let d = x.denom();
    let tz = d.trailing_zeros()?;
    (tz + 1 == d.bits()).then_some(tz)
}

/// The reduced rational `n / 2^k`, built without a gcd.
fn from_dyadic(n: BigInt, k: u64) -> BigRational {
    if n.is_zero() {
        return BigRational::zero();
    }
    let s = n.trailing_zeros().unwrap_or(0).min(k);
    BigRational::new_raw(n >> s, BigInt::one() << (k - s))
}

/// `a · b`, exactly; dyadic operands (the rounded replay) avoid num-rational's gcds.
fn qmul(a: &BigRational, b: &BigRational) -> BigRational {
    match (dyadic_exp(a), dyadic_exp(b)) {
        (Some(i), Some(j)) => from_dyadic(a.numer() * b.numer(), i + j),
        _ => a * b,
    }
}

/// `a + b` (or `a − b` when `negate_b`), exactly, with the same dyadic fast path.
fn qadd(a: &BigRational, b: &BigRational, negate_b: bool) -> BigRational {
    match (dyadic_exp(a), dyadic_exp(b)) {
        (Some(i), Some(j)) => {
            let k = i.max(j);
            let x = a.numer() << (k - i);
            let y = b.numer() << (k - j);
            from_dyadic(if negate_b { x - y } else { x + y }, k)
        }
        _ if negate_b => a - b,
        _ => a + b,
    }
}

/// `a ≤ b`, comparing dyadics by aligned numerators (num-rational's general comparison divides).
fn qle(a: &BigRational, b: &BigRational) -> bool {
    match (dyadic_exp(a), dyadic_exp(b)) {
        (Some(i), Some(j)) => {
            let k = i.max(j);
            (a.numer() << (k - i)) <= (b.numer() << (k - j))
        }
        _ => a <= b,
    }
}

fn min2(a: BigRational, b: BigRational) -> BigRational {
    if qle(&a, &b) { a } else { b }
}

fn max2(a: BigRational, b: BigRational) -> BigRational {
    if qle(&a, &b) { b } else { a }
}

impl RatInterval {
    /// `[lo, hi]`.
    ///
    /// # Errors
    /// [`IntervalError::Empty`] when `lo > hi`.
    pub fn new(lo: BigRational, hi: BigRational) -> Result<Self, IntervalError> {
        if lo > hi {
            return Err(IntervalError::Empty {
                lo: lo.to_string(),
                hi: hi.to_string(),
            });
        }
        Ok(RatInterval { lo, hi })
    }

    /// The degenerate interval `[x, x]`.
    pub fn point(x: BigRational) -> Self {
        RatInterval {
            lo: x.clone(),
            hi: x,
        }
    }

    /// `[n, n]` for an integer `n`.
    pub fn from_int(n: i64) -> Self {
        Self::point(BigRational::from_integer(n.into()))
    }

    /// `hi − lo`.
    pub fn width(&self) -> BigRational {
        &self.hi - &self.lo
    }

    /// Whether `x ∈ [lo, hi]`.
    pub fn contains(&self, x: &BigRational) -> bool {
        qle(&self.lo, x) && qle(x, &self.hi)
    }

    /// Whether `0 ∈ [lo, hi]`.
    pub fn contains_zero(&self) -> bool {
        !self.lo.is_positive() && !self.hi.is_negative()
    }

    /// Whether `self ⊆ other`.
    pub fn is_subset_of(&self, other: &RatInterval) -> bool {
        qle(&other.lo, &self.lo) && qle(&self.hi, &other.hi)
    }

    /// The largest bit length of the numerators and denominators of both endpoints (a size
    /// measure used to bound the work).
    pub fn max_bits(&self) -> u64 {
        [
            self.lo.numer().bits(),
            self.lo.denom().bits(),
            self.hi.numer().bits(),
            self.hi.denom().bits(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }

    /// `[-hi, -lo]`.
    pub fn neg(&self) -> Self {
        RatInterval {
            lo: -&self.hi,
            hi: -&self.lo,
        }
    }

    /// Whether the running check's budget admits an operation on `self` and `other`: its
    /// deadline has not passed (every operation is a poll of [`super::budget::tick`], with a
    /// clock read when the operands have more than [`LARGE_BITS`] bits, since one operation on
    /// such numbers can take long), and the result, of at most about the sum of their sizes in
    /// bits, is admitted by [`super::budget::admit_bits`]. When it is not, the operations below
    /// return the placeholder `[0, 0]`: the check is then over budget and its result discarded.
    fn admits(&self, other: &RatInterval) -> bool {
        let bits = self.max_bits() + other.max_bits();
        let polled = if bits > LARGE_BITS {
            tick_now()
        } else {
            tick()
        };
        polled.is_ok() && admit_bits(bits)
    }

    /// `[a.lo + b.lo, a.hi + b.hi]`.
    pub fn add(&self, other: &RatInterval) -> Self {
        if !self.admits(other) {
            return RatInterval::from_int(0);
        }
        RatInterval {
            lo: qadd(&self.lo, &other.lo, false),
            hi: qadd(&self.hi, &other.hi, false),
        }
    }

    /// `[a.lo − b.hi, a.hi − b.lo]`.
    pub fn sub(&self, other: &RatInterval) -> Self {
        if !self.admits(other) {
            return RatInterval::from_int(0);
        }
        RatInterval {
            lo: qadd(&self.lo, &other.hi, true),
            hi: qadd(&self.hi, &other.lo, true),
        }
    }

    /// The exact product: hull of the four endpoint products.
    pub fn mul(&self, other: &RatInterval) -> Self {
        if !self.admits(other) {
            return RatInterval::from_int(0);
        }
        let p = [
            qmul(&self.lo, &other.lo),
            qmul(&self.lo, &other.hi),
            qmul(&self.hi, &other.lo),
            qmul(&self.hi, &other.hi),
        ];
        let [a, b, c, d] = p;
        let lo = min2(min2(a.clone(), b.clone()), min2(c.clone(), d.clone()));
        let hi = max2(max2(a, b), max2(c, d));
        RatInterval { lo, hi }
    }

    /// The exact quotient.
    ///
    /// # Errors
    /// [`IntervalError::DivisionByZero`] when `0 ∈ other`.
    pub fn div(&self, other: &RatInterval) -> Result<Self, IntervalError> {
        if other.contains_zero() {
            return Err(IntervalError::DivisionByZero {
                lo: other.lo.to_string(),
                hi: other.hi.to_string(),
            });
        }
        let inv = RatInterval {
            lo: other.hi.recip(),
            hi: other.lo.recip(),
        };
        Ok(self.mul(&inv))
    }

    /// The tight square `{x² : x ∈ self}` (`[0, max²]` when `0 ∈ self`).
    pub fn sqr(&self) -> Self {
        if !self.admits(self) {
            return RatInterval::from_int(0);
        }
        let a = qmul(&self.lo, &self.lo);
        let b = qmul(&self.hi, &self.hi);
        if self.contains_zero() {
            RatInterval {
                lo: BigRational::zero(),
                hi: max2(a, b),
            }
        } else if self.lo.is_positive() {
            RatInterval { lo: a, hi: b }
        } else {
            RatInterval { lo: b, hi: a }
        }
    }

    /// `{c·x : x ∈ self}` for an exact rational `c`.
    pub fn scale(&self, c: &BigRational) -> Self {
        if !self.admits(&RatInterval::point(c.clone())) {
            return RatInterval::from_int(0);
        }
        let a = &self.lo * c;
        let b = &self.hi * c;
        if c.is_negative() {
            RatInterval { lo: b, hi: a }
        } else {
            RatInterval { lo: a, hi: b }
        }
    }

    /// Outward rounding to `bits` significant binary digits (see the module docs); `None` is
    /// exact.
    ///
    /// # Panics
    /// Never for `bits = Some(b)` with `b ≥ 1`; `Some(0)` is treated as `Some(1)`.
    pub fn round_out(&self, bits: Option<u32>) -> Self {
        match bits {
            None => self.clone(),
            Some(b) => RatInterval {
                lo: round_down(&self.lo, b),
                hi: round_up(&self.hi, b),
            },
        }
    }
}

/// `⌊log2 x⌋` for `x > 0`.
fn floor_log2(x: &BigRational) -> i64 {
    let (n, d) = (x.numer(), x.denom());
    let k0 = n.bits() as i64 - d.bits() as i64;
    // 2^(k0-1) < x < 2^(k0+1); test x ≥ 2^k0.
    let ge = if k0 >= 0 {
        *n >= d << (k0 as u64)
    } else {
        n << ((-k0) as u64) >= *d
    };
    if ge { k0 } else { k0 - 1 }
}

/// Directed rounding of `x > 0` to `F_bits`: down (`up = false`) or up.
fn round_pos(x: &BigRational, bits: u32, up: bool) -> BigRational {
    let bits = i64::from(bits.max(1));
    if let Some(k) = dyadic_exp(x) {
        // x = n / 2^k with 2^(b−1) ≤ n < 2^b, b = bits(n): keep the top `bits` bits of n by a
        // shift (no division); the result is m · 2^(drop − k).
        let n = x.numer();
        let Ok(drop) = u64::try_from(n.bits() as i64 - bits) else {
            return x.clone();
        };
        if drop == 0 {
            return x.clone();
        }
        let mut m = n >> drop;
        if up && n.trailing_zeros().is_some_and(|tz| tz < drop) {
            m += 1;
        }
        return if drop >= k {
            BigRational::from_integer(m << (drop - k))
        } else {
            from_dyadic(m, k - drop)
        };
    }
    // 2^k ≤ x < 2^(k+1): the grid spacing there is 2^(k − bits + 1).
    let shift = bits - 1 - floor_log2(x);
    let (num, den) = if shift >= 0 {
        (x.numer() << (shift as u64), x.denom().clone())
    } else {
        (x.numer().clone(), x.denom() << ((-shift) as u64))
    };
    let (q, r) = num.div_mod_floor(&den);
    let m = if up && !r.is_zero() { q + 1 } else { q };
    if shift >= 0 {
        from_dyadic(m, shift as u64)
    } else {
        BigRational::from_integer(m << ((-shift) as u64))
    }
}

/// The largest `m·2^e ≤ x` with `|m| < 2^bits` (`bits = 0` is treated as 1).
///
/// # Examples
/// ```
/// use eoscert_check::check::interval::round_down;
/// use num_rational::BigRational;
/// let x = BigRational::new((-1).into(), 3.into());
/// assert_eq!(round_down(&x, 4), BigRational::new((-11).into(), 32.into()));
/// ```
pub fn round_down(x: &BigRational, bits: u32) -> BigRational {
    if x.is_positive() {
        round_pos(x, bits, false)
    } else if x.is_negative() {
        -round_pos(&-x, bits, true)
    } else {
        BigRational::zero()
    }
}

/// The smallest `m·2^e ≥ x` with `|m| < 2^bits` (`bits = 0` is treated as 1).
pub fn round_up(x: &BigRational, bits: u32) -> BigRational {
    if x.is_positive() {
        round_pos(x, bits, true)
    } else if x.is_negative() {
        -round_pos(&-x, bits, false)
    } else {
        BigRational::zero()
    }
}

/// Whether every endpoint of `a` and `b` is dyadic (the exact operations' fast path).
fn all_dyadic(a: &RatInterval, b: &RatInterval) -> bool {
    [&a.lo, &a.hi, &b.lo, &b.hi]
        .into_iter()
        .all(|x| dyadic_exp(x).is_some())
}

/// `a·b` as an unreduced fraction (denominator > 0): directed rounding needs no gcd.
fn raw_mul(a: &BigRational, b: &BigRational) -> BigRational {
    BigRational::new_raw(a.numer() * b.numer(), a.denom() * b.denom())
}

/// `a/b` (`b ≠ 0`) as an unreduced fraction with a positive denominator.
fn raw_div(a: &BigRational, b: &BigRational) -> BigRational {
    let (n, d) = (a.numer() * b.denom(), a.denom() * b.numer());
    if d.is_negative() {
        BigRational::new_raw(-n, -d)
    } else {
        BigRational::new_raw(n, d)
    }
}

/// `[min RD(c), max RU(c)]` over the candidates `c` (the endpoint products or quotients): since
/// directed rounding is monotone, this is `round_out` of their exact hull.
fn outward_hull(candidates: [BigRational; 4], bits: u32) -> RatInterval {
    let mut lo: Option<BigRational> = None;
    let mut hi: Option<BigRational> = None;
    for c in &candidates {
        let (d, u) = (round_down(c, bits), round_up(c, bits));
        lo = Some(match lo {
            Some(l) => min2(l, d),
            None => d,
        });
        hi = Some(match hi {
            Some(h) => max2(h, u),
            None => u,
        });
    }
    RatInterval {
        lo: lo.expect("four candidates"),
        hi: hi.expect("four candidates"),
    }
}

/// Interval operations each followed by `round_out(bits)`: the checker's replay of the prover's
/// outward-rounded arithmetic (see the module docs for why this is a subset of the prover's
/// result at every operation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rounded {
    /// Significant bits of the grid; `None` for exact arithmetic.
    pub bits: Option<u32>,
}

impl Rounded {
    /// A rounding context.
    pub fn new(bits: Option<u32>) -> Self {
        Rounded { bits }
    }

    /// A constant: `round_out(bits)` of its exact value.
    pub fn constant(&self, x: &BigRational) -> RatInterval {
        RatInterval::point(x.clone()).round_out(self.bits)
    }

    /// Rounded `a + b`.
    pub fn add(&self, a: &RatInterval, b: &RatInterval) -> RatInterval {
        a.add(b).round_out(self.bits)
    }

    /// Rounded `a − b`.
    pub fn sub(&self, a: &RatInterval, b: &RatInterval) -> RatInterval {
        a.sub(b).round_out(self.bits)
    }

    /// Rounded `a · b`.
    pub fn mul(&self, a: &RatInterval, b: &RatInterval) -> RatInterval {
        match self.bits {
            Some(bits) if !all_dyadic(a, b) => {
                if !a.admits(b) {
                    return RatInterval::from_int(0);
                }
                outward_hull(
                    [
                        raw_mul(&a.lo, &b.lo),
                        raw_mul(&a.lo, &b.hi),
                        raw_mul(&a.hi, &b.lo),
                        raw_mul(&a.hi, &b.hi),
                    ],
                    bits,
                )
            }
            _ => a.mul(b).round_out(self.bits),
        }
    }

    /// Rounded `a / b`.
    ///
    /// # Errors
    /// [`IntervalError::DivisionByZero`] when `0 ∈ b`.
    pub fn div(&self, a: &RatInterval, b: &RatInterval) -> Result<RatInterval, IntervalError> {
        let Some(bits) = self.bits else {
            return a.div(b);
        };
        if b.contains_zero() {
            return a.div(b);
        }
        if !a.admits(b) {
            return Ok(RatInterval::from_int(0));
        }
        Ok(outward_hull(
            [
                raw_div(&a.lo, &b.lo),
                raw_div(&a.lo, &b.hi),
                raw_div(&a.hi, &b.lo),
                raw_div(&a.hi, &b.hi),
            ],
            bits,
        ))
    }

    /// Rounded tight square.
    pub fn sqr(&self, a: &RatInterval) -> RatInterval {
        a.sqr().round_out(self.bits)
    }
}

impl Add for &RatInterval {
    type Output = RatInterval;
    fn add(self, rhs: &RatInterval) -> RatInterval {
        RatInterval::add(self, rhs)
    }
}

impl Sub for &RatInterval {
    type Output = RatInterval;
    fn sub(self, rhs: &RatInterval) -> RatInterval {
        RatInterval::sub(self, rhs)
    }
}

impl Mul for &RatInterval {
    type Output = RatInterval;
    fn mul(self, rhs: &RatInterval) -> RatInterval {
        RatInterval::mul(self, rhs)
    }
}

impl Neg for &RatInterval {
    type Output = RatInterval;
    fn neg(self) -> RatInterval {
        RatInterval::neg(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn iv(a: (i64, i64), b: (i64, i64)) -> RatInterval {
        RatInterval::new(q(a.0, a.1), q(b.0, b.1)).unwrap()
    }

    /// The gcd-free rounded product and quotient equal `round_out` of the exact (reduced)
    /// results, and the shift-based rounding of dyadics equals the general division path.
    #[test]
    fn rounded_mul_and_div_without_gcd_equal_the_exact_path() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..2000 {
            let mut side = || {
                let a = q((next() % 20001) as i64 - 10000, (next() % 999 + 1) as i64);
                let b = &a + q((next() % 5000) as i64, (next() % 77 + 1) as i64);
                // Some dyadic endpoints too.
                if next() % 3 == 0 {
                    RatInterval::new(round_down(&a, 20), round_up(&b, 20)).unwrap()
                } else {
                    RatInterval::new(a, b).unwrap()
                }
            };
            let (a, b) = (side(), side());
            let bits = (next() % 80 + 1) as u32;
            let r = Rounded::new(Some(bits));
            assert_eq!(r.mul(&a, &b), a.mul(&b).round_out(Some(bits)), "{a} · {b}");
            if !b.contains_zero() {
                assert_eq!(
                    r.div(&a, &b).unwrap(),
                    a.div(&b).unwrap().round_out(Some(bits)),
                    "{a} / {b}"
                );
            }
            // Dyadic rounding by shifts against the general path on an unreduced fraction
            // n·3 / (d·3), which is never taken for dyadic.
            let d = round_down(&a.lo, 60);
            let general = BigRational::new_raw(d.numer() * 3, d.denom() * 3);
            assert_eq!(round_down(&d, bits), round_down(&general, bits), "{d}");
            assert_eq!(round_up(&d, bits), round_up(&general, bits), "{d}");
        }
    }

    /// Brute-force reference: the grid points m·2^e with |m| < 2^bits near x, enumerated.
    fn brute(x: &BigRational, bits: u32) -> (BigRational, BigRational) {
        let mut below: Option<BigRational> = None;
        let mut above: Option<BigRational> = None;
        for e in -40i32..40 {
            let p = if e >= 0 {
                q(1i64 << e, 1)
            } else {
                q(1, 1i64 << (-e))
            };
            let lim = 1i64 << bits;
            for m in (-lim + 1)..lim {
                let g = &p * q(m, 1);
                if &g <= x && below.as_ref().is_none_or(|b| &g > b) {
                    below = Some(g.clone());
                }
                if &g >= x && above.as_ref().is_none_or(|a| &g < a) {
                    above = Some(g);
                }
            }
        }
        (below.unwrap(), above.unwrap())
    }

    #[test]
    fn one_third_at_four_bits() {
        let r = RatInterval::point(q(1, 3)).round_out(Some(4));
        assert_eq!(r, iv((5, 16), (11, 32)));
        // Negatives mirror.
        let r = RatInterval::point(q(-1, 3)).round_out(Some(4));
        assert_eq!(r, iv((-11, 32), (-5, 16)));
    }

    #[test]
    fn hand_computed_values() {
        // 0.1 at 53 bits is the IEEE double pair around 1/10: the nearest double
        // 3602879701896397·2^-55 lies above 1/10 and the spacing in [1/16, 1/8) is 2^-56.
        let r = RatInterval::point(q(1, 10)).round_out(Some(53));
        assert_eq!(r.lo, q(7205759403792793, 72057594037927936));
        assert_eq!(r.hi, q(3602879701896397, 36028797018963968));
        // 2/3 at 2 bits: grid near 2/3 is {1/2, 3/4}.
        assert_eq!(
            RatInterval::point(q(2, 3)).round_out(Some(2)),
            iv((1, 2), (3, 4))
        );
        // 7 at 2 bits: {6, 8}.
        assert_eq!(
            RatInterval::point(q(7, 1)).round_out(Some(2)),
            iv((6, 1), (8, 1))
        );
        // 1 bit: powers of two.
        assert_eq!(
            RatInterval::point(q(3, 1)).round_out(Some(1)),
            iv((2, 1), (4, 1))
        );
        assert_eq!(
            RatInterval::point(q(-3, 1)).round_out(Some(1)),
            iv((-4, 1), (-2, 1))
        );
    }

    #[test]
    fn dyadics_on_the_grid_are_unchanged() {
        for (n, d) in [
            (1, 1),
            (3, 4),
            (-5, 8),
            (255, 1),
            (-1, 1024),
            (0, 1),
            (7, 1 << 20),
        ] {
            let x = RatInterval::point(q(n, d));
            assert_eq!(x.round_out(Some(8)), x, "{n}/{d}");
        }
        // 257 needs 9 bits.
        assert_eq!(
            RatInterval::point(q(257, 1)).round_out(Some(8)),
            iv((256, 1), (258, 1))
        );
        assert_eq!(
            RatInterval::point(q(257, 1)).round_out(Some(9)),
            iv((257, 1), (257, 1))
        );
        // Exact mode never rounds.
        let x = RatInterval::point(q(1, 3));
        assert_eq!(x.round_out(None), x);
    }

    #[test]
    fn rounding_matches_brute_force() {
        for bits in 1..=5u32 {
            for (n, d) in [
                (1, 3),
                (-1, 3),
                (22, 7),
                (-22, 7),
                (1000, 3),
                (1, 1000),
                (-999, 1000),
                (31, 32),
                (33, 32),
                (63, 64),
                (5, 1),
            ] {
                let x = q(n, d);
                let (b, a) = brute(&x, bits);
                assert_eq!(round_down(&x, bits), b, "down {x} at {bits}");
                assert_eq!(round_up(&x, bits), a, "up {x} at {bits}");
            }
        }
    }

    #[test]
    fn dyadic_fast_path_is_exact() {
        let xs = [
            q(0, 1),
            q(3, 8),
            q(-5, 16),
            q(7, 1),
            q(-12, 1),
            q(1, 3),
            q(-22, 7),
            q(1, 1 << 40),
            q(3 << 20, 1),
        ];
        for a in &xs {
            for b in &xs {
                assert_eq!(qmul(a, b), a * b, "{a}·{b}");
                assert_eq!(qadd(a, b, false), a + b, "{a}+{b}");
                assert_eq!(qadd(a, b, true), a - b, "{a}-{b}");
                assert_eq!(qle(a, b), a <= b, "{a} ≤ {b}");
                let (p, s) = (qmul(a, b), qadd(a, b, true));
                // Results are reduced (equal as Ratio structs, not just as values).
                assert_eq!((p.numer(), p.denom()), ((a * b).numer(), (a * b).denom()));
                assert_eq!((s.numer(), s.denom()), ((a - b).numer(), (a - b).denom()));
            }
        }
    }

    #[test]
    fn arithmetic() {
        let a = iv((-1, 1), (2, 1));
        let b = iv((3, 1), (5, 1));
        assert_eq!(&a + &b, iv((2, 1), (7, 1)));
        assert_eq!(&a - &b, iv((-6, 1), (-1, 1)));
        assert_eq!(&a * &b, iv((-5, 1), (10, 1)));
        assert_eq!(a.div(&b).unwrap(), iv((-1, 3), (2, 3)));
        assert!(b.div(&a).is_err());
        assert_eq!(a.sqr(), iv((0, 1), (4, 1)));
        assert_eq!((&a * &a), iv((-2, 1), (4, 1)));
        assert_eq!(iv((-3, 1), (-2, 1)).sqr(), iv((4, 1), (9, 1)));
        assert_eq!(a.scale(&q(-1, 2)), iv((-1, 1), (1, 2)));
        assert_eq!(-&a, iv((-2, 1), (1, 1)));
        assert!(RatInterval::new(q(1, 1), q(0, 1)).is_err());
        assert!(iv((0, 1), (1, 1)).is_subset_of(&a));
        assert!(!a.is_subset_of(&b));
    }

    #[test]
    fn rounded_replay_is_inside_coarser_rounding() {
        // The key property with P = 4 ≤ b = 8: evaluating x·x − 1/3 with rounding at 8 bits
        // stays inside the same evaluation at 4 bits.
        let x = RatInterval::point(q(7, 5));
        let third = q(1, 3);
        let fine = Rounded::new(Some(8));
        let coarse = Rounded::new(Some(4));
        let f = fine.sub(&fine.mul(&fine.constant(&x.lo), &x), &fine.constant(&third));
        let c = coarse.sub(
            &coarse.mul(&coarse.constant(&x.lo), &coarse.constant(&x.lo)),
            &coarse.constant(&third),
        );
        assert!(f.is_subset_of(&c), "{f} ⊄ {c}");
        assert!(f.contains(&(q(49, 25) - third)));
    }
}
