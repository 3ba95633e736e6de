//! The exact input syntax shared by the prover and the checker: exact parsing of user numbers: `1.17` is the rational 117/100, never the nearest float.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;

/// A string that is not an exact number in the input syntax.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not a number: {why}")]
pub struct ParseError {
    /// The input, as given.
    pub text: String,
    /// What is wrong with it.
    pub why: &'static str,
}

/// The largest decimal exponent accepted by [`parse_rational`] (keeps memory bounded).
pub const MAX_EXPONENT: i64 = 10_000;

/// Parse a decimal (`-1.25`, `3e-4`, `1.17E+2`) or a fraction `p/q` into an exact rational.
///
/// # Errors
/// [`ParseError`] for anything else: empty strings, `nan`, `inf`, a zero denominator,
/// stray characters, or an exponent beyond ±[`MAX_EXPONENT`].
///
/// # Examples
/// ```
/// use eoscert_check::input::parse_rational;
/// use num_rational::BigRational;
/// assert_eq!(parse_rational("1.17").unwrap(), BigRational::new(117.into(), 100.into()));
/// assert_eq!(parse_rational("-21/20").unwrap(), BigRational::new((-21).into(), 20.into()));
/// assert_eq!(parse_rational("2.5e-1").unwrap(), BigRational::new(1.into(), 4.into()));
/// assert!(parse_rational("nan").is_err());
/// ```
pub fn parse_rational(text: &str) -> Result<BigRational, ParseError> {
    let s = text.trim();
    let bad = |why: &'static str| ParseError {
        text: text.to_owned(),
        why,
    };
    if s.is_empty() {
        return Err(bad("empty"));
    }
    if let Some((p, q)) = s.split_once('/') {
        let p = parse_decimal(p.trim()).ok_or_else(|| bad("expected p/q with decimal p and q"))?;
        let q = parse_decimal(q.trim()).ok_or_else(|| bad("expected p/q with decimal p and q"))?;
        if q.is_zero() {
            return Err(bad("zero denominator"));
        }
        return Ok(p / q);
    }
    parse_decimal(s)
        .ok_or_else(|| bad("expected a decimal such as 1.17, -3e-4, or a fraction such as 21/20"))
}

/// `[+-]digits[.digits][(e|E)[+-]digits]`, exactly.
fn parse_decimal(s: &str) -> Option<BigRational> {
    let (negative, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], parse_exponent(&s[i + 1..])?),
        None => (s, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int_part) || !all_digits(frac_part) {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    let mut numer: BigInt = if digits.is_empty() {
        BigInt::zero()
    } else {
        digits.parse().ok()?
    };
    if negative {
        numer = -numer;
    }
    let scale = exponent - frac_part.len() as i64;
    if scale.unsigned_abs() > 2 * MAX_EXPONENT as u64 {
        return None;
    }
    let ten_pow = num_traits::pow(BigInt::from(10), scale.unsigned_abs() as usize);
    Some(if scale >= 0 {
        BigRational::from_integer(numer * ten_pow)
    } else {
        BigRational::new(numer, ten_pow)
    })
}

fn parse_exponent(s: &str) -> Option<i64> {
    let (sign, digits) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    if digits.is_empty() || digits.len() > 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let e: i64 = digits.parse().ok()?;
    (e <= MAX_EXPONENT).then_some(sign * e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(parse_rational("1.17").unwrap(), q(117, 100));
        assert_eq!(parse_rational(".5").unwrap(), q(1, 2));
        assert_eq!(parse_rational("5.").unwrap(), q(5, 1));
        assert_eq!(parse_rational("-0.001").unwrap(), q(-1, 1000));
        assert_eq!(parse_rational("1e3").unwrap(), q(1000, 1));
        assert_eq!(parse_rational("1.5E-2").unwrap(), q(3, 200));
        assert_eq!(parse_rational(" 3/4 ").unwrap(), q(3, 4));
        assert_eq!(parse_rational("1.5/0.5").unwrap(), q(3, 1));
    }

    #[test]
    fn garbage_is_rejected() {
        for s in [
            "", "nan", "NaN", "inf", "-inf", "1/0", "1.2.3", "e5", "1e", "0x10", "1,5", "--1",
            "1e999999", ".",
        ] {
            assert!(parse_rational(s).is_err(), "{s:?} accepted");
        }
    }
}
