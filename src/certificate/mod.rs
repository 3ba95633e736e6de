//! The certificate format (schema `eoscert/1`, see `docs/certificate.md`) and its independent
//! checker ([`check`]), both defined in the `eoscert-check` crate and re-exported here, plus
//! the prover's side of the format: outward-rounded decimal printing ([`format_down`],
//! [`format_up`], [`format_exact`], [`EnclosureExt`]) and the tamper test ([`tamper`]).

mod decimal;
pub mod tamper;

use num_rational::BigRational;

pub use decimal::{DEFAULT_DIGITS, format_down, format_exact, format_up};
pub use eoscert_check::{Certificate, Enclosure, ModelInfo, Quantity, SCHEMA, check, read};

/// The prover's constructors of an [`Enclosure`] (printing is the prover's business: the
/// checker only reads).
pub trait EnclosureExt {
    /// Print exact rational endpoints outward-rounded to `digits` significant digits.
    ///
    /// # Examples
    /// ```
    /// use eoscert::certificate::{Enclosure, EnclosureExt};
    /// use num_rational::BigRational;
    /// let third = BigRational::new(1.into(), 3.into());
    /// let e = Enclosure::outward(&third, &third, 5);
    /// assert_eq!((e.lo.as_str(), e.hi.as_str()), ("0.33333", "0.33334"));
    /// ```
    fn outward(lo: &BigRational, hi: &BigRational, digits: usize) -> Self;

    /// An exactly known value (`lo == hi`), printed exactly.
    fn exact(q: &BigRational) -> Self;
}

impl EnclosureExt for Enclosure {
    fn outward(lo: &BigRational, hi: &BigRational, digits: usize) -> Self {
        Enclosure {
            lo: format_down(lo, digits),
            hi: format_up(hi, digits),
        }
    }

    fn exact(q: &BigRational) -> Self {
        let s = format_exact(q);
        Enclosure {
            lo: s.clone(),
            hi: s,
        }
    }
}
