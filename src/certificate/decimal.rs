//! Outward-rounded decimal printing of exact rationals.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

/// Significant digits printed by default (enough for 256-bit enclosures to show their width).
pub const DEFAULT_DIGITS: usize = 40;

/// The exact value: an integer, a terminating decimal, or `p/q`.
///
/// # Examples
/// ```
/// use eoscert::certificate::format_exact;
/// use num_rational::BigRational;
/// assert_eq!(format_exact(&BigRational::new(117.into(), 100.into())), "1.17");
/// assert_eq!(format_exact(&BigRational::new(1.into(), 3.into())), "1/3");
/// ```
pub fn format_exact(q: &BigRational) -> String {
    // A terminating decimal iff the reduced denominator is 2^a 5^b.
    let mut d = q.denom().clone();
    let (two, five) = (BigInt::from(2), BigInt::from(5));
    let (mut a, mut b) = (0usize, 0usize);
    while d.is_even() {
        d /= &two;
        a += 1;
    }
    while (&d % &five).is_zero() {
        d /= &five;
        b += 1;
    }
    if d != BigInt::from(1) || a.max(b) > 400 {
        return format!("{}/{}", q.numer(), q.denom());
    }
    let k = a.max(b);
    let scaled = q * BigRational::from_integer(num_traits::pow(BigInt::from(10), k));
    decimal_string(&scaled.to_integer(), k)
}

/// `q` rounded toward −∞ to `digits` significant decimal digits.
///
/// # Examples
/// ```
/// use eoscert::certificate::{format_down, format_up};
/// use num_rational::BigRational;
/// let q = BigRational::new((-2).into(), 3.into());
/// assert_eq!(format_down(&q, 3), "-0.667");
/// assert_eq!(format_up(&q, 3), "-0.666");
/// ```
pub fn format_down(q: &BigRational, digits: usize) -> String {
    format_directed(q, digits, false)
}

/// `q` rounded toward +∞ to `digits` significant decimal digits.
pub fn format_up(q: &BigRational, digits: usize) -> String {
    format_directed(q, digits, true)
}

fn format_directed(q: &BigRational, digits: usize, up: bool) -> String {
    if q.is_zero() {
        return "0".into();
    }
    let digits = digits.max(1);
    // Decimal exponent e with 10^e ≤ |q| < 10^(e+1), found from the bit lengths and corrected.
    let abs = q.abs();
    let mut e = ((abs.numer().bits() as f64 - abs.denom().bits() as f64)
        * std::f64::consts::LOG10_2) as i64;
    let pow10 = |k: i64| {
        let p =
            BigRational::from_integer(num_traits::pow(BigInt::from(10), k.unsigned_abs() as usize));
        if k >= 0 { p } else { p.recip() }
    };
    while pow10(e) > abs {
        e -= 1;
    }
    while pow10(e + 1) <= abs {
        e += 1;
    }
    // Keep `digits` significant digits: scale by 10^(digits-1-e), round in the wanted direction.
    let shift = digits as i64 - 1 - e;
    let scaled = q * pow10(shift);
    let n = if up {
        scaled.ceil().to_integer()
    } else {
        scaled.floor().to_integer()
    };
    if shift >= 0 {
        decimal_string(&n, shift as usize)
    } else {
        (n * num_traits::pow(BigInt::from(10), (-shift) as usize)).to_string()
    }
}

/// The decimal string of `n / 10^k`, without trailing zeros after the point.
fn decimal_string(n: &BigInt, k: usize) -> String {
    let sign = if n.is_negative() { "-" } else { "" };
    let digits = n.abs().to_string();
    if k == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = k + 1);
    let (int, frac) = padded.split_at(padded.len() - k);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    #[test]
    fn directed_rounding_brackets_the_value() {
        for s in [
            "1/3",
            "-1/3",
            "22/7",
            "1e-30",
            "-123456789.987654321",
            "5",
            "1/1024",
            "999999/1000000",
        ] {
            for digits in [1, 2, 5, 17, 40] {
                let (lo, hi) = (q(&format_down(&q(s), digits)), q(&format_up(&q(s), digits)));
                assert!(lo <= q(s) && q(s) <= hi, "{s} at {digits}: {lo} {hi}");
            }
        }
    }

    #[test]
    fn known_strings() {
        assert_eq!(format_down(&q("1/3"), 3), "0.333");
        assert_eq!(format_up(&q("1/3"), 3), "0.334");
        assert_eq!(format_up(&q("999/1000"), 2), "1");
        assert_eq!(format_down(&q("123456"), 2), "120000");
        assert_eq!(format_up(&q("1.5"), 5), "1.5");
        assert_eq!(format_exact(&q("-0.0625")), "-0.0625");
        assert_eq!(format_exact(&q("7")), "7");
    }
}
