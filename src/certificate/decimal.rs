//! Outward-rounded decimal printing of exact rationals.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use rug::Complete;

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
    // A terminating decimal iff the reduced denominator is 2^a 5^b; then
    // q = n·2^(k−a)·5^(k−b) / 10^k with k = max(a, b), computed without any gcd.
    let denom = q.denom();
    let a = denom.trailing_zeros().unwrap_or(0) as usize;
    let mut d = denom >> a;
    let five = BigInt::from(5);
    let mut b = 0usize;
    while b <= 400 {
        let (quot, rem) = d.div_rem(&five);
        if !rem.is_zero() {
            break;
        }
        d = quot;
        b += 1;
    }
    if !d.is_one() || a.max(b) > 400 {
        return format!("{}/{}", q.numer(), denom);
    }
    let k = a.max(b);
    // In GMP: the numbers have hundreds of digits for 256-bit enclosures.
    let mut scaled = to_rug(q.numer());
    scaled <<= k - a;
    scaled *= rug::Integer::u_pow_u(5, (k - b) as u32).complete();
    decimal_string(&scaled, k)
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
    let digits = digits.max(1) as i64;
    let (n, d) = (q.numer().abs(), q.denom().clone());
    let ten_pow = |k: i64| num_traits::pow(BigInt::from(10), k.unsigned_abs() as usize);
    // 10^e ≤ n/d  ⇔  n ≥ d·10^e (e ≥ 0)  or  n·10^(−e) ≥ d (e < 0).
    let at_least = |e: i64| {
        if e >= 0 {
            n >= &d * ten_pow(e)
        } else {
            &n * ten_pow(e) >= d
        }
    };
    // Decimal exponent e with 10^e ≤ |q| < 10^(e+1), from the bit lengths, then corrected.
    let mut e = ((n.bits() as f64 - d.bits() as f64) * std::f64::consts::LOG10_2) as i64;
    while !at_least(e) {
        e -= 1;
    }
    while at_least(e + 1) {
        e += 1;
    }
    // Keep `digits` significant digits: q·10^shift rounded in the wanted direction.
    let shift = digits - 1 - e;
    let (num, den) = if shift >= 0 {
        (q.numer() * ten_pow(shift), d)
    } else {
        (q.numer().clone(), d * ten_pow(shift))
    };
    let n = if up {
        -((-num).div_floor(&den))
    } else {
        num.div_floor(&den)
    };
    if shift >= 0 {
        decimal_string(&to_rug(&n), shift as usize)
    } else {
        (n * ten_pow(shift)).to_string()
    }
}

/// Exact conversion to a GMP integer.
fn to_rug(n: &BigInt) -> rug::Integer {
    let (sign, digits) = n.to_u32_digits();
    let magnitude = rug::Integer::from_digits(&digits, rug::integer::Order::Lsf);
    if sign == num_bigint::Sign::Minus {
        -magnitude
    } else {
        magnitude
    }
}

/// The decimal string of `n / 10^k`, without trailing zeros after the point (digits by GMP:
/// `num-bigint`'s conversion is slow for the few-hundred-digit numbers of 256-bit enclosures).
fn decimal_string(n: &rug::Integer, k: usize) -> String {
    let sign = if n.is_negative() { "-" } else { "" };
    let digits = n.as_abs().to_string();
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
    fn long_decimals_round_trip() {
        // ±3^k/2^j for large k, j: hundreds of digits, parsed back exactly (the parser is
        // independent of the GMP conversion used here).
        for (k, j) in [(0usize, 0usize), (1, 300), (200, 5), (161, 260), (400, 1)] {
            let sign = if k % 2 == 0 { -1 } else { 1 };
            let n = num_traits::pow(BigInt::from(3), k) * BigInt::from(sign);
            let x = BigRational::new(n, BigInt::one() << j);
            assert_eq!(q(&format_exact(&x)), x, "{k} {j}");
            for digits in [1, 17, 90] {
                let (lo, hi) = (q(&format_down(&x, digits)), q(&format_up(&x, digits)));
                assert!(lo <= x && x <= hi, "{k} {j} {digits}");
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
