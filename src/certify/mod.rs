//! The rigorous engines, one module per claim kind.

pub mod balancing;
pub mod basin;
pub mod basin_shard;
pub mod bound;
pub mod bound_shard;
pub mod capture;
pub mod catapult;
pub mod catapult_map;
pub mod classify;
pub mod critical;
pub mod dln_comparison;
pub mod dln_divergence;
pub mod dln_threshold;
pub mod eigen;
pub mod fast_regime;
pub mod implicit_bias;
pub mod krawczyk;
pub mod orbit;
pub mod precision;
pub mod projection;
pub mod recovery_error;
pub mod regime_map;
pub mod subcritical;
pub mod sweep;
pub mod trajectory;

use serde_json::Value;

use crate::arith::Scalar;
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Enclosure, format_exact};

/// The certificate form of an enclosure: exact when `lo == hi`, else outward-rounded decimals
/// with enough significant digits to show the width. `None` if unbounded.
pub fn enclosure_of<S: Scalar>(x: &S) -> Option<Enclosure> {
    let (lo, hi) = x.bounds()?;
    // `bounds` returns reduced fractions, so equality is equality of numerator and denominator
    // (much cheaper than `==` on `BigRational`, which compares by continued fractions).
    if lo.numer() == hi.numer() && lo.denom() == hi.denom() {
        return Some(Enclosure::exact(&lo));
    }
    let magnitude = x.to_f64().abs().max(f64::MIN_POSITIVE);
    let digits = (magnitude / x.width_f64()).log10().ceil().clamp(0.0, 400.0) as usize + 4;
    Some(Enclosure::outward(&lo, &hi, digits.max(17)))
}

/// The certificate's `backend` of the scalar type `S` (the checker's closed grammar,
/// [`eoscert_check::backend`]). A scalar type outside eoscert's four (a test's own) is
/// recorded by its rigour and precision: `f64` if not rigorous, else `mpfr:BITS`, or
/// `rational` for exact arithmetic.
pub fn backend<S: Scalar>(ctx: &S::Ctx) -> eoscert_check::backend::Backend {
    use eoscert_check::backend::Backend as B;
    S::backend_name(ctx)
        .parse()
        .unwrap_or(match (S::RIGOROUS, S::precision_bits(ctx)) {
            (false, _) => B::F64,
            (true, Some(bits)) => B::Mpfr(bits),
            (true, None) => B::Rational,
        })
}

/// The exact enclosures of a box (`None` if a coordinate has no finite bounds).
pub fn exact_enclosures<S: Scalar>(theta: &[S]) -> Option<Vec<Enclosure>> {
    theta
        .iter()
        .map(|x| {
            x.bounds().map(|(lo, hi)| Enclosure {
                lo: format_exact(&lo),
                hi: format_exact(&hi),
            })
        })
        .collect()
}

/// A claim's typed evidence (`eoscert_check::evidence`) as the certificate's JSON value: the
/// prover writes the checker's types, so a field the checker does not know is a compile error.
///
/// # Panics
/// Never: the evidence types are plain structs of strings, numbers and vectors.
pub fn evidence<T: serde::Serialize>(e: T) -> Value {
    serde_json::to_value(e).expect("typed evidence serialises to JSON")
}

/// The `reason` of a float64 (`f64` backend) result whose every condition held: float values
/// are no proof.
pub const NOT_RIGOROUS: &str =
    "the f64 backend is not rigorous: these are float64 values, not enclosures";

/// A typed reason why a claim is not verified; [`Reason::text`] is the certificate's `reason`.
pub trait Reason {
    /// The one-line text written to the certificate.
    fn text(&self) -> String;
}

/// The `reason` of a certificate: the failure's text, else [`NOT_RIGOROUS`] for a float64
/// backend, else empty (verified).
pub fn reason_text<R: Reason>(failure: Option<&R>, rigorous: bool) -> String {
    match (failure, rigorous) {
        (Some(why), _) => why.text(),
        (None, false) => NOT_RIGOROUS.into(),
        (None, true) => String::new(),
    }
}
