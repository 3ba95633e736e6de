//! Exact parsing of user numbers: `1.17` is the rational 117/100, never the nearest float.
//!
//! The input syntax is defined once, in the checker crate ([`eoscert_check::input`]), so that
//! the prover and the checker read every number the same way.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

pub use eoscert_check::input::MAX_EXPONENT;

use crate::Error;

/// Parse a decimal (`-1.25`, `3e-4`, `1.17E+2`) or a fraction `p/q` into an exact rational
/// ([`eoscert_check::input::parse_rational`], with the prover's error type).
///
/// # Errors
/// [`Error::BadInput`] for anything else: empty strings, `nan`, `inf`, a zero denominator,
/// stray characters, or an exponent beyond ±[`MAX_EXPONENT`].
///
/// # Examples
/// ```
/// use eoscert::arith::parse_rational;
/// use num_rational::BigRational;
/// assert_eq!(parse_rational("1.17").unwrap(), BigRational::new(117.into(), 100.into()));
/// assert!(parse_rational("nan").is_err());
/// ```
pub fn parse_rational(text: &str) -> Result<BigRational, Error> {
    eoscert_check::input::parse_rational(text).map_err(|e| Error::BadInput(e.to_string()))
}

/// The exact rational value of a finite float.
///
/// # Examples
/// ```
/// use eoscert::arith::parse::rational_from_f64;
/// assert_eq!(rational_from_f64(0.375).unwrap().to_string(), "3/8");
/// assert!(rational_from_f64(f64::NAN).is_none());
/// ```
pub fn rational_from_f64(x: f64) -> Option<BigRational> {
    if !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mantissa == 0 {
        return Some(BigRational::from_integer(BigInt::zero()));
    }
    // Reduce the dyadic fraction by hand (no gcd): strip common factors of 2.
    let strip = if exp < 0 {
        (mantissa.trailing_zeros() as i64).min(-exp)
    } else {
        0
    };
    let (mantissa, exp) = (mantissa >> strip, exp + strip);
    let numer = BigInt::from(sign) * BigInt::from(mantissa);
    Some(if exp >= 0 {
        BigRational::from_integer(numer << exp as usize)
    } else {
        BigRational::new_raw(numer, BigInt::one() << (-exp) as usize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn floats_convert_exactly() {
        assert_eq!(
            rational_from_f64(0.1).unwrap(),
            q(3602879701896397, 36028797018963968)
        );
        assert_eq!(rational_from_f64(-2.0).unwrap(), q(-2, 1));
        assert_eq!(
            rational_from_f64(5e-324).unwrap()
                * num_traits::pow(BigRational::from_integer(2.into()), 1074),
            q(1, 1)
        );
    }
}
