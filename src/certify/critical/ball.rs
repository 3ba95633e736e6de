//! Midpoint–radius arithmetic for the critical engine: [`Ball`] (f64 midpoint, f64 radius rounded
//! upward) and the [`Num`] interface the engine iterates in (the 128-bit floating midpoint is
//! [`super::float128::FlBall`]).
//!
//! # Soundness
//! A ball `(m, r)` stands for the set `[m − r, m + r]` of reals. Every operation returns a ball
//! that contains the exact image of all reals of its operands:
//! - radii are sums and products of nonnegative floats; after every rounded operation we take
//!   [`f64::next_up`]. Round-to-nearest puts the exact result between the predecessor and the
//!   successor of the computed float, so `next_up(fl(a ∘ b)) ≥ a ∘ b` (for `a, b ≥ 0`);
//! - the midpoint of a [`Ball`] is a rounded float; its rounding error is at most
//!   `u·|fl(m)| + 2⁻¹⁰⁷⁴` with `u = 2⁻⁵³` (half an ulp of a normal result is at most `u|fl|`; a
//!   subnormal product is off by at most half the smallest subnormal, a subnormal sum is exact),
//!   and that bound is added to the radius.
//!
//! Non-finite radii (overflow, `∞·0 = NaN`) never compare as finite, and the engine stops with
//! `verified: false` as soon as one appears.

use std::ops::{Add, Mul, Neg, Sub};

use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::arith::Ring;
use crate::arith::parse::rational_from_f64;

/// Unit roundoff of f64, `2⁻⁵³`.
pub const U: f64 = f64::EPSILON / 2.0;
/// Smallest positive subnormal: bound for the underflow error of one product.
pub(super) const ETA: f64 = f64::from_bits(1);

/// `next_up(a + b)`: an upper bound of the exact sum of two nonnegative floats.
#[inline(always)]
pub fn add_up(a: f64, b: f64) -> f64 {
    (a + b).next_up()
}

/// `next_up(a · b)`: an upper bound of the exact product of two nonnegative floats.
#[inline(always)]
pub fn mul_up(a: f64, b: f64) -> f64 {
    (a * b).next_up()
}

/// The smallest float `≥ q` (exact comparison).
pub fn rat_up(q: &BigRational) -> f64 {
    let mut x = q.to_f64().unwrap_or(f64::INFINITY);
    if x.is_nan() {
        return f64::INFINITY;
    }
    while rational_from_f64(x).is_some_and(|v| &v < q) {
        x = x.next_up();
    }
    x
}

/// The arithmetic the engine runs its point iteration in: a [`Ring`] of balls (so the maps of
/// [`crate::dynamics`] written over [`Ring`] evaluate in it) with exact conversions.
pub trait Num: Ring + Copy {
    /// A ball containing the exact rational `q`.
    fn from_rat(q: &BigRational) -> Self;
    /// The same midpoint with radius 0 (the "point" of the mean-value form).
    fn point(self) -> Self;
    /// The radius (an upper bound, `+∞`/NaN if lost).
    fn rad(self) -> f64;
    /// An f64 [`Ball`] containing this ball (for the Jacobian enclosure), widened by `extra`.
    fn to_ball(self, extra: f64) -> Ball;
    /// The midpoint as an exact rational.
    fn mid_rat(self) -> BigRational;
    /// The midpoint as a float (diagnostics only).
    fn mid_f64(self) -> f64;
    /// Name of the midpoint format for certificates.
    fn name() -> &'static str;
}

/// A ball with an f64 midpoint and an f64 radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ball {
    /// Midpoint.
    pub m: f64,
    /// Radius (upper bound, nonnegative).
    pub r: f64,
}

impl Ball {
    /// `[m − r, m + r]`.
    pub const fn new(m: f64, r: f64) -> Self {
        Ball { m, r }
    }

    /// An upper bound of `sup |x|` over the ball.
    #[inline(always)]
    pub fn mag(self) -> f64 {
        add_up(self.m.abs(), self.r)
    }

    /// Rounding-error bound for a computed midpoint `m`.
    #[inline(always)]
    fn rnd(m: f64) -> f64 {
        // u·|m| is exact unless it underflows; ETA covers that and the subnormal product error.
        U * m.abs() + ETA
    }
}

impl Add for Ball {
    type Output = Ball;
    #[inline(always)]
    fn add(self, o: Ball) -> Ball {
        let m = self.m + o.m;
        Ball::new(m, add_up(add_up(self.r, o.r), Ball::rnd(m)))
    }
}

impl Sub for Ball {
    type Output = Ball;
    #[inline(always)]
    fn sub(self, o: Ball) -> Ball {
        let m = self.m - o.m;
        Ball::new(m, add_up(add_up(self.r, o.r), Ball::rnd(m)))
    }
}

impl Neg for Ball {
    type Output = Ball;
    #[inline(always)]
    fn neg(self) -> Ball {
        Ball::new(-self.m, self.r)
    }
}

impl Mul for Ball {
    type Output = Ball;
    #[inline(always)]
    fn mul(self, o: Ball) -> Ball {
        let m = self.m * o.m;
        // |ab − m_a m_b| ≤ |m_a| r_b + r_a |m_b| + r_a r_b ≤ |m_a| r_b + r_a (|m_b| + r_b).
        let spread = add_up(mul_up(self.m.abs(), o.r), mul_up(self.r, o.mag()));
        Ball::new(m, add_up(spread, Ball::rnd(m)))
    }
}

/// Balls as a [`Ring`]: `sqr` is the product `x·x` (whose radius `2|m|r + r²` plus rounding is
/// already the tight one for a ball), `mul_int` the product with the exact ball of `n`.
impl Ring for Ball {
    #[inline(always)]
    fn sqr(&self) -> Self {
        *self * *self
    }
    #[inline(always)]
    fn mul_int(&self, n: i64) -> Self {
        *self * self.int_like(n)
    }
    #[inline(always)]
    fn int_like(&self, n: i64) -> Self {
        // Exact for |n| ≤ 2⁵³; beyond, the ball of the exact rational n.
        if n.unsigned_abs() <= 1 << 53 {
            Ball::new(n as f64, 0.0)
        } else {
            Ball::from_rat(&BigRational::from_integer(n.into()))
        }
    }
}

impl Num for Ball {
    fn from_rat(q: &BigRational) -> Self {
        let m = q.to_f64().unwrap_or(f64::NAN);
        match rational_from_f64(m) {
            Some(mq) => Ball::new(m, rat_up(&(q - mq).abs())),
            None => Ball::new(0.0, f64::INFINITY),
        }
    }
    #[inline(always)]
    fn point(self) -> Self {
        Ball::new(self.m, 0.0)
    }
    #[inline(always)]
    fn rad(self) -> f64 {
        self.r
    }
    #[inline(always)]
    fn to_ball(self, extra: f64) -> Ball {
        Ball::new(self.m, add_up(self.r, extra))
    }
    fn mid_rat(self) -> BigRational {
        rational_from_f64(self.m).unwrap_or_else(BigRational::zero)
    }
    fn mid_f64(self) -> f64 {
        self.m
    }
    fn name() -> &'static str {
        "f64"
    }
}

/// The exact 256-bit product `x·y = hi·2¹²⁸ + lo` of two unsigned 128-bit integers.
#[inline(always)]
pub(super) fn mul_wide(x: u128, y: u128) -> (u128, u128) {
    const LOW: u128 = u64::MAX as u128;
    let (x1, x0) = (x >> 64, x & LOW);
    let (y1, y0) = (y >> 64, y & LOW);
    let p00 = x0 * y0;
    let p01 = x0 * y1;
    let p10 = x1 * y0;
    let p11 = x1 * y1;
    let mid = (p00 >> 64) + (p01 & LOW) + (p10 & LOW);
    let lo = (p00 & LOW) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (hi, lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn contains<T: Num>(b: T, x: &BigRational) -> bool {
        let r = rational_from_f64(b.rad()).unwrap();
        let m = b.mid_rat();
        &(&m - &r) <= x && x <= &(&m + &r)
    }

    #[test]
    fn balls_contain_exact_results() {
        let (a, b) = (q(1, 3), q(-7, 10));
        for (x, y) in [
            (a.clone(), b.clone()),
            (b.clone(), a.clone()),
            (q(1, 10), q(1, 10)),
        ] {
            let (bx, by) = (Ball::from_rat(&x), Ball::from_rat(&y));
            assert!(contains(bx + by, &(&x + &y)));
            assert!(contains(bx - by, &(&x - &y)));
            assert!(contains(bx * by, &(&x * &y)));
            assert!(contains(-bx, &(-&x)));
            assert!(contains((bx * by) * bx, &(&x * &y * &x)));
        }
    }

    /// Point balls of floats (radius 0): every operation's radius must cover the rounding of
    /// its midpoint alone, so an operation that drops its rounding error (or rounds a radius to
    /// nearest) fails here for inexact results. Checked against exact rationals, through the
    /// [`Ring`] interface the maps use, for the f64 and the 128-bit floating balls.
    #[test]
    fn ring_operations_bound_their_rounding() {
        use super::super::float128::FlBall;
        fn check<T: Num>(name: &str) {
            let vals = [
                0.1,
                -0.3,
                1.0 / 3.0,
                7.25,
                -1e-3,
                3.0e10,
                2.0f64.powi(-40) * 1.1,
            ];
            for &a in &vals {
                for &b in &vals {
                    let (qa, qb) = (rational_from_f64(a).unwrap(), rational_from_f64(b).unwrap());
                    let (x, y) = (T::from_rat(&qa), T::from_rat(&qb));
                    assert!(contains(x + y, &(&qa + &qb)), "{name}: {a} + {b}");
                    assert!(contains(x - y, &(&qa - &qb)), "{name}: {a} - {b}");
                    assert!(contains(x * y, &(&qa * &qb)), "{name}: {a} * {b}");
                    assert!(
                        contains(x.sqr() * y, &(&qa * &qa * &qb)),
                        "{name}: {a}² {b}"
                    );
                    let n = BigRational::from_integer(3.into());
                    assert!(
                        contains((x * y).mul_int(3), &(&qa * &qb * n)),
                        "{name}: 3·{a}·{b}"
                    );
                }
            }
            let big = (1i64 << 60) + 1;
            let b = T::from_rat(&q(1, 3)).int_like(big);
            assert!(
                contains(b, &BigRational::from_integer(big.into())),
                "{name}: int_like"
            );
        }
        check::<Ball>("f64");
        check::<FlBall>("float128");
    }

    /// Radii must be rounded up: balls whose radius sums and products are not floats (`1 +
    /// 2⁻⁶⁰`), with midpoint 0 so that the midpoint's rounding term adds nothing, must still
    /// contain the extreme points `(m_a ± r_a) ∘ (m_b ± r_b)` (exact). A radius rounded to
    /// nearest (`add_up` or `mul_up` without `next_up`) loses the `2⁻⁶⁰` and fails here.
    #[test]
    fn radii_are_rounded_up() {
        let tiny = 2.0f64.powi(-60);
        let cases = [
            (Ball::new(0.0, 1.0), Ball::new(0.0, tiny)),
            (Ball::new(0.0, 1.0), Ball::new(1.0, tiny)),
            (Ball::new(0.0, tiny), Ball::new(3.0, 1.0)),
        ];
        for (a, b) in cases {
            let r = |x: f64| rational_from_f64(x).unwrap();
            for sa in [-1, 1] {
                for sb in [-1, 1] {
                    let x = r(a.m) + r(a.r) * BigRational::from_integer(sa.into());
                    let y = r(b.m) + r(b.r) * BigRational::from_integer(sb.into());
                    assert!(contains(a + b, &(&x + &y)), "{a:?} + {b:?}");
                    assert!(contains(a - b, &(&x - &y)), "{a:?} - {b:?}");
                    assert!(contains(a * b, &(&x * &y)), "{a:?} * {b:?}");
                }
            }
        }
    }
}
