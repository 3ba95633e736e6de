//! Distances between floats counted in float steps (ulps), and the float hull of an enclosure.
//!
//! # Formula
//! Number the finite and infinite doubles in increasing order by the integer
//!
//! ```text
//! ord(x) = bits(x)            for x ≥ +0,
//! ord(x) = −(bits(x) & ¬sign) for x ≤ −0,
//! ```
//!
//! so that `ord(next_up(x)) = ord(x) + 1`, `+0` and `−0` share the index 0, and ±∞ sit one step
//! beyond ±`f64::MAX`. The number of float steps from `x` to the set `[a, b]` of floats is
//! `max(0, ord(a) − ord(x), ord(x) − ord(b))`, computed exactly in integers; widening `[a, b]` by
//! `k` ulps is `[next_downᵏ(a), next_upᵏ(b)]`, by the same integers. No epsilon is involved.
//!
//! The float hull of an exact interval `[l, h]` rounds `l` down and `h` up by exact comparison:
//! a double `x = m·2ᵉ` is compared with `n/d` (`d > 0`) as the integers `m·d·2ᵉ` and `n`.

use std::cmp::Ordering;
use std::fmt;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::ToPrimitive;

/// The position of a non-NaN double in the increasing sequence of doubles (±0 ↦ 0).
fn ord(x: f64) -> i64 {
    debug_assert!(!x.is_nan());
    let bits = x.to_bits() as i64;
    if bits < 0 { -(bits & i64::MAX) } else { bits }
}

/// The double at position `k` (inverse of `ord`, clamped to ±∞).
fn from_ord(k: i64) -> f64 {
    let inf = ord(f64::INFINITY);
    let k = k.clamp(-inf, inf);
    if k >= 0 {
        f64::from_bits(k as u64)
    } else {
        -f64::from_bits(k.unsigned_abs())
    }
}

/// `x = m·2ᵉ` exactly, for finite `x`.
fn decode(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), exp_bits - 1075)
    };
    (if bits >> 63 == 1 { -m } else { m }, e)
}

/// The exact order of the finite double `x` and the rational `q`.
fn cmp_exact(x: f64, q: &BigRational) -> Ordering {
    let (m, e) = decode(x);
    let lhs = BigInt::from(m) * q.denom();
    if e >= 0 {
        (lhs << e as usize).cmp(q.numer())
    } else {
        lhs.cmp(&(q.numer() << e.unsigned_abs() as usize))
    }
}

/// The largest double `≤ q`, or `None` if `q` is below `−f64::MAX`.
fn round_down(q: &BigRational) -> Option<f64> {
    let mut x = q.to_f64().filter(|x| x.is_finite())?;
    // `to_f64` is within a float step or so; step until `x ≤ q < next_up(x)` holds exactly.
    while cmp_exact(x, q) == Ordering::Greater {
        x = x.next_down();
        if !x.is_finite() {
            return None;
        }
    }
    while x.next_up().is_finite() && cmp_exact(x.next_up(), q) != Ordering::Greater {
        x = x.next_up();
    }
    Some(x)
}

/// A closed set `[lo, hi]` of doubles: the smallest float interval containing a rigorous
/// enclosure of one exact number (`lo` rounded down, `hi` rounded up).
///
/// # Examples
/// ```
/// use eoscert::guard::FloatHull;
/// let one = FloatHull::new(1.0, 1.0).unwrap();
/// assert_eq!(one.ulps_outside(1.0), 0);
/// assert_eq!(one.ulps_outside(1.0 + f64::EPSILON), 1); // next_up(1)
/// assert_eq!(one.ulps_outside(1.0 - f64::EPSILON), 2); // next_down(next_down(1))
/// assert_eq!(one.widened(2), FloatHull::new(1.0 - f64::EPSILON, 1.0 + 2.0 * f64::EPSILON).unwrap());
/// assert!(FloatHull::new(2.0, 1.0).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FloatHull {
    lo: f64,
    hi: f64,
}

impl FloatHull {
    /// The set `[lo, hi]`, or `None` unless `lo ≤ hi` (NaN is rejected).
    pub fn new(lo: f64, hi: f64) -> Option<Self> {
        (lo <= hi).then_some(FloatHull { lo, hi })
    }

    /// The smallest float interval containing the exact interval `[lo, hi]` (`lo` rounded down,
    /// `hi` rounded up), or `None` if `lo > hi` or an end lies beyond the finite doubles.
    ///
    /// ```
    /// use eoscert::guard::FloatHull;
    /// use num_rational::BigRational;
    /// let third = BigRational::new(1.into(), 3.into());
    /// let h = FloatHull::enclosing(&third, &third).unwrap();
    /// // The double nearest 1/3 lies below it: the hull is that double and its successor.
    /// assert_eq!((h.lo(), h.hi(), h.width_ulps()), (1.0 / 3.0, (1.0f64 / 3.0).next_up(), 1));
    /// let half = BigRational::new(1.into(), 2.into());
    /// assert_eq!(FloatHull::enclosing(&half, &half).unwrap().width_ulps(), 0);
    /// ```
    pub fn enclosing(lo: &BigRational, hi: &BigRational) -> Option<FloatHull> {
        let a = round_down(lo)?;
        let b = -round_down(&-hi)?;
        FloatHull::new(a, b)
    }

    /// The lower end.
    pub fn lo(&self) -> f64 {
        self.lo
    }

    /// The upper end.
    pub fn hi(&self) -> f64 {
        self.hi
    }

    /// The number of float steps from `x` to the set: 0 if `lo ≤ x ≤ hi`, `k` if
    /// `x = next_upᵏ(hi)` or `x = next_downᵏ(lo)`; `u64::MAX` for NaN (no float step reaches it).
    pub fn ulps_outside(&self, x: f64) -> u64 {
        if x.is_nan() {
            return u64::MAX;
        }
        let (a, b, k) = (ord(self.lo) as i128, ord(self.hi) as i128, ord(x) as i128);
        (a - k).max(k - b).max(0) as u64
    }

    /// The width in float steps, `ord(hi) − ord(lo)`: 0 for a single float, 1 for two
    /// neighbours (the hull of an exact non-float number).
    pub fn width_ulps(&self) -> u64 {
        (ord(self.hi) as i128 - ord(self.lo) as i128) as u64
    }

    /// `[next_downᵏ(lo), next_upᵏ(hi)]` for `k = ulps`, saturating at ±∞: the set of `x` with
    /// `ulps_outside(x) ≤ ulps`.
    pub fn widened(&self, ulps: u64) -> FloatHull {
        let k = i64::try_from(ulps).unwrap_or(i64::MAX);
        FloatHull {
            lo: from_ord(ord(self.lo).saturating_sub(k)),
            hi: from_ord(ord(self.hi).saturating_add(k)),
        }
    }

    /// Is `lo ≤ x ≤ hi`?
    pub fn contains(&self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }
}

impl fmt::Display for FloatHull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{:e}, {:e}]", self.lo, self.hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The float-step count by the straightforward path: walk with `next_up` / `next_down`.
    fn walk(from: f64, to: f64) -> u64 {
        let (mut x, mut n) = (from, 0);
        while x != to {
            x = if x < to { x.next_up() } else { x.next_down() };
            n += 1;
        }
        n
    }

    #[test]
    fn steps_agree_with_walking_across_zero_subnormals_and_binades() {
        let tiny = f64::from_bits(1);
        let cases = [
            (0.0, 0.0, tiny),
            (0.0, 0.0, -tiny),
            (-0.0, 0.0, 3.0 * tiny),
            (tiny, tiny, -tiny),
            (2.0, 2.0, 2.0 - 2.0 * f64::EPSILON),
            (1.0, 2.0, 1.5),
            (1.0, 1.0, 1.0 + 5.0 * f64::EPSILON),
            (
                f64::MIN_POSITIVE,
                f64::MIN_POSITIVE,
                f64::MIN_POSITIVE.next_down().next_down(),
            ),
            (f64::MAX, f64::MAX, f64::INFINITY),
            (-1.5, -1.5, -1.5 - 7.0 * f64::EPSILON),
        ];
        for (lo, hi, x) in cases {
            let h = FloatHull::new(lo, hi).unwrap();
            let expected = if x > hi {
                walk(hi, x)
            } else if x < lo {
                walk(lo, x)
            } else {
                0
            };
            assert_eq!(h.ulps_outside(x), expected, "{x:e} vs [{lo:e}, {hi:e}]");
            let w = h.widened(expected);
            assert!(w.contains(x) && (expected == 0 || !h.widened(expected - 1).contains(x)));
        }
        // ±0 are the same float step; ∞ is one step beyond MAX; NaN is never within reach.
        assert_eq!(FloatHull::new(-0.0, -0.0).unwrap().ulps_outside(0.0), 0);
        assert_eq!(
            FloatHull::new(0.0, 1.0).unwrap().ulps_outside(f64::NAN),
            u64::MAX
        );
        assert_eq!(
            FloatHull::new(f64::MAX, f64::MAX).unwrap().widened(5).hi(),
            f64::INFINITY
        );
        assert_eq!(FloatHull::new(-tiny, tiny).unwrap().width_ulps(), 2);
        // [1, 2] holds the 2⁵² floats 1 + k·2⁻⁵², k < 2⁵², and 2 itself.
        assert_eq!(FloatHull::new(1.0, 2.0).unwrap().width_ulps(), 1 << 52);
    }

    /// Rounding exact rationals outward against inari's outward-rounded conversion, on
    /// integers, dyadics, their neighbours ± 1/2⁸⁰, subnormals and the ends of the range.
    #[test]
    fn enclosing_matches_the_interval_backend() {
        use crate::arith::Scalar;
        use crate::arith::parse::rational_from_f64;
        let tiny = BigRational::new(1.into(), BigInt::from(1) << 80usize);
        let floats = [
            0.0,
            1.0,
            -1.0,
            0.1,
            -2.5e-310,
            5e-324,
            1e300,
            -f64::MAX,
            f64::MAX,
        ];
        for x in floats {
            let q = rational_from_f64(x).unwrap();
            for r in [
                q.clone(),
                &q + &tiny,
                &q - &tiny,
                &q * &tiny,
                &q / BigInt::from(3),
            ] {
                let ours = FloatHull::enclosing(&r, &r);
                let theirs = inari::Interval::from_rational(&r, &());
                if theirs.inf().is_finite() && theirs.sup().is_finite() {
                    assert_eq!(ours, FloatHull::new(theirs.inf(), theirs.sup()), "{r}");
                } else {
                    assert_eq!(ours, None, "{r}");
                }
            }
        }
    }
}
