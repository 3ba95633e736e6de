//! `exp` and `ln` over exact rational intervals, by Taylor series with explicit remainder
//! bounds (the checker's own, independent of MPFR).
//!
//! # Formulas
//! - `exp q`: with `t = q/2^m`, |t| ≤ ½, `e^t = Σ_{j≤N} t^j/j! + R`, `|R| ≤ 2|t|^{N+1}/(N+1)!`
//!   (the tail is dominated by a geometric series of ratio ≤ ½); then `e^q = (e^t)^{2^m}` by `m`
//!   rounded squarings of a positive interval.
//! - `ln q` (q > 0): `q = 2^e·z` with `z ∈ [½, 2]`; `ln z = 2 artanh s`, `s = (z − 1)/(z + 1)`,
//!   |s| ≤ ⅓, `2 artanh s = 2Σ_{k≤N} s^{2k+1}/(2k+1) + R`, `|R| ≤ 2|s|^{2N+3}/((2N+3)(1 − s²))`;
//!   `ln 2 = 2 artanh ⅓` by the same series.
//!
//! Every operation is outward rounded at `bits + GUARD` bits; the remainder is added as an
//! interval, so the result contains the true value.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::budget::admit_bits;
use super::interval::{RatInterval, Rounded, round_down, round_up};

/// Extra working bits beyond the requested precision.
const GUARD: u32 = 40;

/// An enclosure of `exp` over the interval `x`, at about `bits` bits, or `None` if an
/// endpoint exceeds [`crate::caps::general::MAX_EXP_ARG`] in absolute value (the cost of
/// `e^q` grows like |q| bits).
pub fn exp(x: &RatInterval, bits: u32) -> Option<RatInterval> {
    let cap = BigRational::from_integer(crate::caps::general::MAX_EXP_ARG.into());
    if x.lo.abs() > cap || x.hi.abs() > cap {
        return None;
    }
    Some(RatInterval {
        lo: exp_point(&x.lo, bits).lo,
        hi: exp_point(&x.hi, bits).hi,
    })
}

/// An enclosure of `ln` over the interval `x`, or `None` unless `x.lo > 0`.
pub fn ln(x: &RatInterval, bits: u32) -> Option<RatInterval> {
    if !x.lo.is_positive() {
        return None;
    }
    Some(RatInterval {
        lo: ln_point(&x.lo, bits).lo,
        hi: ln_point(&x.hi, bits).hi,
    })
}

/// `x / j` rounded outward to `w` bits, for an integer `j ≥ 1`. The exact quotient is never
/// reduced (its gcd would cost more than the series term itself): directed rounding needs only
/// some representation `n / d` with `d > 0`.
fn div_int_out(x: &RatInterval, j: i64, w: u32) -> RatInterval {
    let j = BigInt::from(j);
    let quotient = |v: &BigRational| BigRational::new_raw(v.numer().clone(), v.denom() * &j);
    RatInterval {
        lo: round_down(&quotient(&x.lo), w),
        hi: round_up(&quotient(&x.hi), w),
    }
}

fn pow2(k: u64) -> BigRational {
    BigRational::from_integer(BigInt::one() << k)
}

/// An enclosure of `e^q`.
fn exp_point(q: &BigRational, bits: u32) -> RatInterval {
    if q.is_zero() {
        return RatInterval::from_int(1);
    }
    let mag = q.abs().ceil().to_integer().bits();
    // e^q has a binary exponent of about 1.45·|q| < 2^(mag+1): above the size cap it is not
    // computed (the check is then over budget, and this placeholder is never used to accept).
    let size = if mag > 40 {
        u64::MAX
    } else {
        (1u64 << mag) + u64::from(bits)
    };
    if !admit_bits(size) {
        return RatInterval::from_int(1);
    }
    let m = mag + 1;
    let w = bits + GUARD + 2 * m as u32;
    let r = Rounded::new(Some(w));
    let t = RatInterval::point(q / pow2(m));
    let t_abs = round_up(&(q.abs() / pow2(m)), 64);
    let eps = BigRational::new(BigInt::one(), BigInt::one() << (w as u64 + 4));
    let mut sum = RatInterval::from_int(1);
    let mut term = RatInterval::from_int(1);
    let mut bound = BigRational::one(); // |t|^j / j!
    let mut j: i64 = 0;
    loop {
        j += 1;
        term = div_int_out(&r.mul(&term, &t), j, w);
        sum = r.add(&sum, &term);
        // Upper bounds of the remainder, kept short (rounded up to 64 bits).
        bound = round_up(&(bound * &t_abs / BigRational::from_integer(j.into())), 64);
        let rem = &bound * &t_abs / BigRational::from_integer((j + 1).into())
            * BigRational::from_integer(2.into());
        if rem < eps || j > 10_000 {
            sum = r.add(
                &sum,
                &RatInterval {
                    lo: -rem.clone(),
                    hi: rem,
                },
            );
            break;
        }
    }
    for _ in 0..m {
        sum = r.sqr(&sum);
    }
    sum
}

/// An enclosure of 2·artanh(s) for |s| ≤ ⅓ (exact rational s).
fn two_artanh(s: &BigRational, w: u32) -> RatInterval {
    let r = Rounded::new(Some(w));
    let eps = BigRational::new(BigInt::one(), BigInt::one() << (w as u64 + 4));
    let sv = RatInterval::point(s.clone());
    let s2v = r.sqr(&sv);
    // Short upper bounds (64 bits) for the remainder.
    let s2 = round_up(&(s * s), 64);
    let mut power = sv.round_out(Some(w)); // s^{2k+1}
    let mut sum = power.clone();
    let mut abs_pow = round_up(&s.abs(), 64);
    let mut k: i64 = 0;
    loop {
        k += 1;
        power = r.mul(&power, &s2v);
        abs_pow = round_up(&(&abs_pow * &s2), 64);
        sum = r.add(&sum, &div_int_out(&power, 2 * k + 1, w));
        let next = &abs_pow * &s2;
        let rem =
            &next / (BigRational::from_integer((2 * k + 3).into()) * (BigRational::one() - &s2));
        if rem < eps || k > 10_000 {
            sum = r.add(
                &sum,
                &RatInterval {
                    lo: -rem.clone(),
                    hi: rem,
                },
            );
            break;
        }
    }
    sum.scale(&BigRational::from_integer(2.into()))
        .round_out(Some(w))
}

/// An enclosure of `ln q` for `q > 0`.
fn ln_point(q: &BigRational, bits: u32) -> RatInterval {
    let e = q.numer().bits() as i64 - q.denom().bits() as i64;
    let z = if e >= 0 {
        q / pow2(e as u64)
    } else {
        q * pow2((-e) as u64)
    };
    // 2^(e−1) < q < 2^(e+1), so z ∈ (½, 2).
    let w = bits + GUARD + (64 - e.unsigned_abs().leading_zeros());
    let one = BigRational::one();
    let s = (&z - &one) / (&z + &one);
    let ln_z = two_artanh(&s, w);
    if e == 0 {
        return ln_z;
    }
    let ln2 = two_artanh(&BigRational::new(1.into(), 3.into()), w);
    let r = Rounded::new(Some(w));
    r.add(
        &ln2.scale(&BigRational::from_integer(e.into()))
            .round_out(Some(w)),
        &ln_z,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    /// Compare with MPFR at 400 bits (an independent implementation).
    fn mpfr(x: &BigRational) -> rug::Float {
        let r = rug::Rational::from((
            x.numer().to_string().parse::<rug::Integer>().unwrap(),
            x.denom().to_string().parse::<rug::Integer>().unwrap(),
        ));
        rug::Float::with_val(400, r)
    }

    fn encloses(e: &RatInterval, v: &rug::Float) -> bool {
        mpfr(&e.lo) <= *v && *v <= mpfr(&e.hi)
    }

    #[test]
    fn exp_and_ln_enclose_mpfr_values_tightly() {
        for x in [q(0, 1), q(1, 1), q(-37, 3), q(1, 1000), q(25, 1), q(-1, 7)] {
            let e = exp(&RatInterval::point(x.clone()), 200).unwrap();
            assert!(encloses(&e, &mpfr(&x).exp()), "exp {x}");
            let width = mpfr(&(&e.hi - &e.lo)) / mpfr(&e.lo);
            assert!(width < 1e-55, "exp {x}: relative width {width}");
        }
        for x in [
            q(1, 1),
            q(2, 1),
            q(1, 3),
            q(1_000_001, 1_000_000),
            q(7, 1 << 30),
            q(123_456, 1),
        ] {
            let l = ln(&RatInterval::point(x.clone()), 200).unwrap();
            assert!(encloses(&l, &mpfr(&x).ln()), "ln {x}");
            assert!(mpfr(&(&l.hi - &l.lo)) < 1e-55, "ln {x}");
        }
        assert!(ln(&RatInterval::point(q(0, 1)), 64).is_none());
        assert!(ln(&RatInterval::new(q(-1, 1), q(1, 1)).unwrap(), 64).is_none());
    }
}
