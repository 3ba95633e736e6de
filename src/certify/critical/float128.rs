//! [`FlBall`]: a ball with a 128-bit *floating* midpoint `m·2ᵉ` and an f64 radius rounded upward.
//!
//! The critical iterates decay like `t^{−1/2}` (ρ) and `t^{−1}` (q = Q/Y), so a fixed-point
//! midpoint loses relative precision as t grows: its absolute `2⁻¹²⁴` truncations of `q` add up
//! linearly in t and reach `ρ` through the coupling `∂ρ'/∂q = −hρ`. A floating midpoint keeps
//! every rounding relative to the operands.
//!
//! # Representation and soundness
//! A ball `(m, e, r)` stands for `[m·2ᵉ − r, m·2ᵉ + r]`, `m` an `i128` normalised to
//! `2¹²⁵ ≤ |m| < 2¹²⁶` (or `m = 0`). Every operation returns a ball containing the exact image of
//! all reals of its operands:
//! - a sum aligns the operand with the smaller exponent by an arithmetic right shift (the bits
//!   shifted out are worth less than `2^{e_max}`, and 0 when they are all zero), adds exactly
//!   (`|m_a| + |m_b| < 2¹²⁷`), and renormalises (a left shift is exact, a right shift by one
//!   loses the last bit, `≤ 2ᵉ`);
//! - a product forms the exact 256-bit product of the mantissas and truncates it to 126 bits
//!   (error `< 2^{e_result}`, 0 when no nonzero bit is dropped); the radius gains
//!   `|m_a|r_b + r_a(|m_b| + r_b)` as in [`Ball`];
//! - every error term is an upper bound `2ᵏ` computed by [`pow2_up`] (saturating at the smallest
//!   subnormal below, `+∞` above) and added to the radius with [`add_up`]/[`mul_up`];
//! - exponents above [`MAX_EXP`] poison the ball (radius `+∞`); results below `2^{MIN_EXP}`
//!   (far below the smallest subnormal) are flushed to 0 with their magnitude added to the radius.

use std::ops::{Add, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::ball::{Ball, ETA, Num, U, add_up, mul_up, mul_wide};
use crate::arith::Ring;

/// Position of the leading mantissa bit: `2^TOP ≤ |m| < 2^{TOP+1}`.
const TOP: u32 = 125;
/// Largest exponent kept (values up to `2^{MAX_EXP + 126}`); larger results poison the ball.
const MAX_EXP: i32 = 800;
/// Smallest exponent kept; smaller results (below `2⁻¹⁹⁸⁷⁴`) are flushed to zero.
const MIN_EXP: i32 = -20_000;

/// An f64 upper bound of `2ᵏ`: exact for `−1074 ≤ k ≤ 1023`, the smallest subnormal below,
/// `+∞` above.
#[inline(always)]
pub fn pow2_up(k: i32) -> f64 {
    if k > 1023 {
        f64::INFINITY
    } else if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else if k >= -1074 {
        f64::from_bits(1u64 << (k + 1074))
    } else {
        f64::from_bits(1)
    }
}

/// A ball with a 128-bit floating midpoint `m·2ᵉ` and an f64 radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlBall {
    /// Mantissa, `2¹²⁵ ≤ |m| < 2¹²⁶` or 0.
    pub m: i128,
    /// Exponent.
    pub e: i32,
    /// Radius (upper bound, nonnegative; `+∞` after overflow).
    pub r: f64,
}

impl FlBall {
    const POISON: FlBall = FlBall {
        m: 0,
        e: 0,
        r: f64::INFINITY,
    };

    /// The exact zero with radius `r`.
    const fn zero(r: f64) -> FlBall {
        FlBall { m: 0, e: 0, r }
    }

    /// `s·2ᵉ` (`|s| < 2¹²⁷`) normalised, with radius `r` plus the rounding error.
    #[inline(always)]
    fn norm(s: i128, e: i32, r: f64) -> FlBall {
        if s == 0 {
            return FlBall::zero(r);
        }
        let lz = s.unsigned_abs().leading_zeros();
        let (m, e, r) = if lz >= 2 {
            (s << (lz - 2), e - (lz as i32 - 2), r)
        } else {
            // |s| ≥ 2¹²⁶: drop the last bit (floor), error (s & 1)·2ᵉ.
            let r = if s & 1 != 0 { add_up(r, pow2_up(e)) } else { r };
            (s >> 1, e + 1, r)
        };
        FlBall::ranged(m, e, r)
    }

    /// Apply the exponent range: poison above, flush to zero below.
    #[inline(always)]
    fn ranged(m: i128, e: i32, r: f64) -> FlBall {
        if e > MAX_EXP {
            FlBall::POISON
        } else if e < MIN_EXP {
            // |m·2ᵉ| < 2^{e+126} < 2⁻¹⁰⁷⁴.
            FlBall::zero(add_up(r, pow2_up(-1074)))
        } else {
            FlBall { m, e, r }
        }
    }

    /// An upper bound of `|m|·2ᵉ`.
    #[inline(always)]
    fn mid_mag(self) -> f64 {
        if self.m == 0 {
            0.0
        } else {
            mul_up((self.m.unsigned_abs() as f64).next_up(), pow2_up(self.e))
        }
    }

    /// `m·2ᵉ` rounded to an f64 and an upper bound of the rounding error.
    fn to_f64(self) -> (f64, f64) {
        if self.m == 0 {
            return (0.0, 0.0);
        }
        if self.e + 126 < -1000 {
            // |value| < 2^{e+126}.
            return (0.0, pow2_up(self.e + 126));
        }
        // m → f64 rounds to nearest (relative u); the scaling by 2ᵉ (in at most two exact
        // factors, e ≥ −1126) rounds at most once, and only in the subnormal range (≤ ETA).
        let x = self.m as f64;
        let v = if self.e < -1000 {
            x * pow2_up(-1000) * pow2_up(self.e + 1000)
        } else {
            x * pow2_up(self.e)
        };
        (v, add_up(U * v.abs(), ETA))
    }
}

impl Add for FlBall {
    type Output = FlBall;
    #[inline(always)]
    fn add(self, o: FlBall) -> FlBall {
        let r = add_up(self.r, o.r);
        if o.m == 0 {
            return FlBall { r, ..self };
        }
        if self.m == 0 {
            return FlBall { r, ..o };
        }
        let (a, b) = if self.e >= o.e { (self, o) } else { (o, self) };
        let d = (a.e - b.e) as u32;
        let (bm, r) = if d == 0 {
            (b.m, r)
        } else if d >= 127 {
            // |b| < 2^{b.e+126} ≤ 2^{a.e}.
            (0, add_up(r, pow2_up(a.e)))
        } else {
            let bm = b.m >> d;
            let exact = bm << d == b.m;
            (bm, if exact { r } else { add_up(r, pow2_up(a.e)) })
        };
        FlBall::norm(a.m + bm, a.e, r)
    }
}

impl Sub for FlBall {
    type Output = FlBall;
    #[inline(always)]
    fn sub(self, o: FlBall) -> FlBall {
        self + (-o)
    }
}

impl Neg for FlBall {
    type Output = FlBall;
    #[inline(always)]
    fn neg(self) -> FlBall {
        FlBall { m: -self.m, ..self }
    }
}

impl Mul for FlBall {
    type Output = FlBall;
    #[inline(always)]
    fn mul(self, o: FlBall) -> FlBall {
        let (ma, mb) = (self.mid_mag(), o.mid_mag());
        // |ab − m_a m_b| ≤ |m_a| r_b + r_a (|m_b| + r_b).
        let spread = add_up(mul_up(ma, o.r), mul_up(self.r, add_up(mb, o.r)));
        if self.m == 0 || o.m == 0 {
            return FlBall::zero(spread);
        }
        let (hi, lo) = mul_wide(self.m.unsigned_abs(), o.m.unsigned_abs());
        // The product lies in [2²⁵⁰, 2²⁵²); keep its leading 126 bits.
        let k: u32 = if hi >> (251 - 128) != 0 { 126 } else { 125 };
        let q = ((hi << (128 - k)) | (lo >> k)) as i128;
        let e = self.e + o.e + k as i32;
        let exact = lo & ((1u128 << k) - 1) == 0;
        let r = if exact {
            spread
        } else {
            add_up(spread, pow2_up(e))
        };
        let m = if (self.m < 0) != (o.m < 0) { -q } else { q };
        FlBall::ranged(m, e, r)
    }
}

/// 128-bit floating balls as a [`Ring`]: `sqr` is `x·x`, `mul_int` the product with the exact
/// ball of `n` (every `i64` is exact in a 126-bit mantissa).
impl Ring for FlBall {
    #[inline(always)]
    fn sqr(&self) -> Self {
        *self * *self
    }
    #[inline(always)]
    fn mul_int(&self, n: i64) -> Self {
        *self * self.int_like(n)
    }
    fn int_like(&self, n: i64) -> Self {
        FlBall::from_rat(&BigRational::from_integer(n.into()))
    }
}

impl Num for FlBall {
    fn from_rat(q: &BigRational) -> Self {
        if q.is_zero() {
            return FlBall::zero(0.0);
        }
        let (n, d) = (q.numer().abs(), q.denom().clone());
        // Pick e with 2¹²⁵ ≤ |q|·2⁻ᵉ < 2¹²⁶ and truncate: |q − m·2ᵉ| < 2ᵉ.
        let mut e = n.bits() as i64 - d.bits() as i64 - 126;
        let scaled = |e: i64| -> (BigInt, bool) {
            let (num, den) = if e >= 0 {
                (n.clone(), &d << e as usize)
            } else {
                (&n << (-e) as usize, d.clone())
            };
            let (s, rem) = num_integer::Integer::div_rem(&num, &den);
            (s, rem.is_zero())
        };
        let (mut s, mut exact) = scaled(e);
        while s.bits() > u64::from(TOP) + 1 {
            e += 1;
            (s, exact) = scaled(e);
        }
        while s.bits() < u64::from(TOP) + 1 {
            e -= 1;
            (s, exact) = scaled(e);
        }
        let Some(e) = i32::try_from(e)
            .ok()
            .filter(|e| (MIN_EXP..=MAX_EXP).contains(e))
        else {
            return FlBall::POISON;
        };
        let m = s.to_i128().expect("126-bit mantissa");
        let m = if q.is_negative() { -m } else { m };
        FlBall {
            m,
            e,
            r: if exact { 0.0 } else { pow2_up(e) },
        }
    }
    #[inline(always)]
    fn point(self) -> Self {
        FlBall { r: 0.0, ..self }
    }
    #[inline(always)]
    fn rad(self) -> f64 {
        self.r
    }
    #[inline(always)]
    fn to_ball(self, extra: f64) -> Ball {
        let (v, err) = self.to_f64();
        Ball::new(v, add_up(add_up(self.r, extra), err))
    }
    fn mid_rat(self) -> BigRational {
        let m = BigInt::from(self.m);
        if self.e >= 0 {
            BigRational::from_integer(m << self.e as usize)
        } else {
            BigRational::new(m, BigInt::one() << (-self.e) as usize)
        }
    }
    fn mid_f64(self) -> f64 {
        self.to_f64().0
    }
    fn name() -> &'static str {
        "float128"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse::rational_from_f64;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn contains(b: FlBall, x: &BigRational) -> bool {
        let r = rational_from_f64(b.rad()).unwrap();
        let m = b.mid_rat();
        &(&m - &r) <= x && x <= &(&m + &r)
    }

    fn normalised(b: FlBall) -> bool {
        b.m == 0 || (b.m.unsigned_abs() >> TOP == 1)
    }

    #[test]
    fn float_balls_contain_exact_results() {
        let vals = [
            q(1, 3),
            q(-7, 10),
            q(1, 10),
            q(3, 1 << 40),
            q(-5, 7) * q(1, 1 << 62) * q(1, 1 << 62),
            q(123_456_789, 1),
            q(0, 1),
        ];
        for x in &vals {
            for y in &vals {
                let (bx, by) = (FlBall::from_rat(x), FlBall::from_rat(y));
                assert!(contains(bx, x) && normalised(bx));
                for (b, exact) in [
                    (bx + by, x + y),
                    (bx - by, x - y),
                    (bx * by, x * y),
                    ((bx * by) * bx, x * y * x),
                    (-bx, -x),
                ] {
                    assert!(contains(b, &exact), "{x} {y}: {b:?}");
                    assert!(normalised(b));
                    let f = b.to_ball(0.0);
                    let r = rational_from_f64(f.r).unwrap();
                    let m = rational_from_f64(f.m).unwrap();
                    assert!(&m - &r <= exact && exact <= &m + &r);
                }
            }
        }
    }

    /// Exact operations add no rounding error; the relative error of an inexact product is `≤ 2⁻¹²⁴`.
    #[test]
    fn rounding_is_relative() {
        let (a, b) = (FlBall::from_rat(&q(3, 4)), FlBall::from_rat(&q(-5, 8)));
        // Exact up to the subnormal `next_up`s of the radius sums.
        assert!((a * b).rad() < 1e-320 && (a + b).rad() < 1e-320);
        assert_eq!((a * b).mid_rat(), q(-15, 32));
        let tiny = FlBall::from_rat(&(q(1, 3) * q(1, 1 << 60) * q(1, 1 << 60)));
        let p = tiny * tiny;
        assert!(p.rad() > 0.0 && p.rad() < p.mid_f64() * 2f64.powi(-122));
        assert!(p.m > 0);
    }

    #[test]
    fn overflow_poisons_and_underflow_flushes() {
        let big = FlBall::from_rat(&BigRational::from_integer(BigInt::one() << 700));
        assert!(!(big * big).rad().is_finite());
        let small = FlBall::from_rat(&BigRational::new(BigInt::one(), BigInt::one() << 15_000));
        let z = small * small;
        assert_eq!(z.m, 0);
        assert!(z.rad() > 0.0);
    }
}
