//! Midpoint–radius arithmetic for the critical engine: [`Ball`] (f64 midpoint) and [`FxBall`]
//! (128-bit fixed-point midpoint), both with an f64 radius rounded upward.
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
//!   and that bound is added to the radius;
//! - the midpoint of an [`FxBall`] is an integer `m` meaning `m·2⁻ᶠ` (`F` = [`FX_BITS`]); sums
//!   are exact (checked for overflow), a product is truncated with error `< 2⁻ᶠ`, which is added
//!   to the radius. Overflow poisons the ball (radius `+∞`, midpoint 0).
//!
//! Non-finite radii (overflow, `∞·0 = NaN`) never compare as finite, and the engine stops with
//! `verified: false` as soon as one appears.

use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::arith::parse::rational_from_f64;

/// Unit roundoff of f64, `2⁻⁵³`.
pub const U: f64 = f64::EPSILON / 2.0;
/// Smallest positive subnormal: bound for the underflow error of one product.
const ETA: f64 = f64::from_bits(1);

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

/// The arithmetic the engine runs its point iteration in.
pub trait Num:
    Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Neg<Output = Self>
{
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

/// Fractional bits of the [`FxBall`] midpoint: values `m·2⁻¹²⁴`, range `|x| < 8`.
pub const FX_BITS: u32 = 124;
/// `2⁻ᶠ` as a float (exact).
const FX_ULP: f64 = 1.0 / (1u128 << FX_BITS) as f64;

/// A ball with a 128-bit fixed-point midpoint `m·2⁻¹²⁴` and an f64 radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FxBall {
    /// Midpoint, in units of `2⁻¹²⁴`.
    pub m: i128,
    /// Radius (upper bound, nonnegative; `+∞` after overflow).
    pub r: f64,
}

impl FxBall {
    const POISON: FxBall = FxBall {
        m: 0,
        r: f64::INFINITY,
    };

    /// An upper bound of `|m|·2⁻ᶠ`.
    #[inline(always)]
    fn mid_mag(self) -> f64 {
        // u128 → f64 rounds to nearest; next_up makes it an upper bound; ·2⁻ᶠ is exact.
        (self.m.unsigned_abs() as f64).next_up() * FX_ULP
    }
}

/// `(a·b) >> 124`, truncated toward zero, or `None` on overflow. Error `< 1` unit.
#[inline(always)]
fn mul_fx(a: i128, b: i128) -> Option<i128> {
    let neg = (a < 0) != (b < 0);
    let (x, y) = (a.unsigned_abs(), b.unsigned_abs());
    let (x1, x0) = (x >> 64, x & u64::MAX as u128);
    let (y1, y0) = (y >> 64, y & u64::MAX as u128);
    let p00 = x0 * y0;
    let p01 = x0 * y1;
    let p10 = x1 * y0;
    let p11 = x1 * y1;
    // 256-bit product hi·2¹²⁸ + lo.
    let mid = (p00 >> 64) + (p01 & u64::MAX as u128) + (p10 & u64::MAX as u128);
    let lo = (p00 & u64::MAX as u128) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    // Shift right by F = 124: result = hi·2⁴ + lo >> 124; needs hi < 2¹²³ / 2⁴·… i.e. fits i128.
    if hi >> (127 - (128 - FX_BITS)) != 0 {
        return None;
    }
    let q = (hi << (128 - FX_BITS)) | (lo >> FX_BITS);
    if q > i128::MAX as u128 {
        return None;
    }
    let q = q as i128;
    Some(if neg { -q } else { q })
}

impl Add for FxBall {
    type Output = FxBall;
    #[inline(always)]
    fn add(self, o: FxBall) -> FxBall {
        match self.m.checked_add(o.m) {
            Some(m) => FxBall {
                m,
                r: add_up(self.r, o.r),
            },
            None => FxBall::POISON,
        }
    }
}

impl Sub for FxBall {
    type Output = FxBall;
    #[inline(always)]
    fn sub(self, o: FxBall) -> FxBall {
        match self.m.checked_sub(o.m) {
            Some(m) => FxBall {
                m,
                r: add_up(self.r, o.r),
            },
            None => FxBall::POISON,
        }
    }
}

impl Neg for FxBall {
    type Output = FxBall;
    #[inline(always)]
    fn neg(self) -> FxBall {
        match self.m.checked_neg() {
            Some(m) => FxBall { m, r: self.r },
            None => FxBall::POISON,
        }
    }
}

impl Mul for FxBall {
    type Output = FxBall;
    #[inline(always)]
    fn mul(self, o: FxBall) -> FxBall {
        match mul_fx(self.m, o.m) {
            Some(m) => {
                let (ma, mb) = (self.mid_mag(), o.mid_mag());
                let spread = add_up(mul_up(ma, o.r), mul_up(self.r, add_up(mb, o.r)));
                FxBall {
                    m,
                    r: add_up(spread, FX_ULP),
                }
            }
            None => FxBall::POISON,
        }
    }
}

impl Num for FxBall {
    fn from_rat(q: &BigRational) -> Self {
        let scaled = q * BigRational::from_integer(BigInt::one() << FX_BITS);
        let m = scaled.floor().to_integer();
        match m.to_i128() {
            // floor: 0 ≤ q − m·2⁻ᶠ < 2⁻ᶠ.
            Some(m) if m.checked_neg().is_some() => FxBall {
                m,
                r: if scaled.is_integer() { 0.0 } else { FX_ULP },
            },
            _ => FxBall::POISON,
        }
    }
    #[inline(always)]
    fn point(self) -> Self {
        FxBall { m: self.m, r: 0.0 }
    }
    #[inline(always)]
    fn rad(self) -> f64 {
        self.r
    }
    #[inline(always)]
    fn to_ball(self, extra: f64) -> Ball {
        // m as f64 rounds to nearest: error ≤ u·|fl(m)| (no underflow: |m| ≥ 1 or m = 0).
        let mf = self.m as f64 * FX_ULP;
        Ball::new(mf, add_up(add_up(self.r, extra), U * mf.abs()))
    }
    fn mid_rat(self) -> BigRational {
        BigRational::new(BigInt::from(self.m), BigInt::one() << FX_BITS)
    }
    fn mid_f64(self) -> f64 {
        self.m as f64 * FX_ULP
    }
    fn name() -> &'static str {
        "fixed128"
    }
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
            let (fx, fy) = (FxBall::from_rat(&x), FxBall::from_rat(&y));
            assert!(contains(fx + fy, &(&x + &y)));
            assert!(contains(fx - fy, &(&x - &y)));
            assert!(contains(fx * fy, &(&x * &y)));
            assert!(contains((fx * fy) * fx, &(&x * &y * &x)));
            let b = (fx * fy).to_ball(0.0);
            assert!(contains(b, &(&x * &y)));
        }
    }

    #[test]
    fn fixed_point_overflow_poisons() {
        let big = FxBall::from_rat(&q(7, 1));
        assert!(!(big * big).rad().is_finite());
        assert!(!FxBall::from_rat(&q(100, 1)).rad().is_finite());
        let small = FxBall::from_rat(&q(-3, 2));
        let p = small * small;
        assert!(p.rad().is_finite() && contains(p, &q(9, 4)));
    }
}
