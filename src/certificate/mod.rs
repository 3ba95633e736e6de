//! The certificate format (schema `eoscert/1`, see `docs/certificate.md`) and its independent
//! checker ([`check`]).
//!
//! A certificate is one JSON object: the exact inputs, the claimed quantities as outward-rounded
//! decimal enclosures, and the `evidence` the checker needs to re-establish the claim without
//! trusting the prover.

pub mod check;
mod decimal;
pub mod tamper;

use std::collections::BTreeMap;

use num_rational::BigRational;
use serde::{Deserialize, Serialize};

pub use decimal::{DEFAULT_DIGITS, format_down, format_exact, format_up};

/// The schema tag every certificate carries.
pub const SCHEMA: &str = "eoscert/1";

/// The model a claim is about, with its exact parameters.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelInfo {
    /// `factorisation` or `inner-product`.
    pub kind: String,
    /// Depth `p` of the factorisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<usize>,
    /// Dimension `d` of the inner-product model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// The target `y` (or `Y`), exact. Empty (omitted) for the `diagonal` model, whose targets
    /// are the last column of `data`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// The loss shape φ of a `product` model f = φ(xᵀy − 1) (`quad`, `pseudo-huber`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phi: Option<String>,
    /// The data of the `diagonal` model: one row per sample, `x1, …, xd, y`, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Vec<String>>>,
    /// The initialisation scale α of the `diagonal` model (u₀ = √2·α·𝟙, v₀ = 0), exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpha: Option<String>,
    /// The SGD batch size of the `diagonal` model (absent: full-batch GD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<usize>,
    /// The seed of the SGD batch sampler (random reshuffling, see
    /// `eoscert::model::diagonal::Sampler`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// How the SGD batches of the `diagonal` model are drawn: `with-replacement` (an independent
    /// uniform batch every step, `eoscert::model::with_replacement`); absent: random reshuffling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampler: Option<String>,
}

/// A claimed enclosure `[lo, hi]`: decimal (or `p/q`) strings that, read as exact rationals,
/// contain the quantity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enclosure {
    /// Lower endpoint, rounded down when printed.
    pub lo: String,
    /// Upper endpoint, rounded up when printed.
    pub hi: String,
}

impl Enclosure {
    /// Print exact rational endpoints outward-rounded to `digits` significant digits.
    ///
    /// # Examples
    /// ```
    /// use eoscert::certificate::Enclosure;
    /// use num_rational::BigRational;
    /// let third = BigRational::new(1.into(), 3.into());
    /// let e = Enclosure::outward(&third, &third, 5);
    /// assert_eq!((e.lo.as_str(), e.hi.as_str()), ("0.33333", "0.33334"));
    /// ```
    pub fn outward(lo: &BigRational, hi: &BigRational, digits: usize) -> Self {
        Enclosure {
            lo: format_down(lo, digits),
            hi: format_up(hi, digits),
        }
    }

    /// An exactly known value (`lo == hi`), printed exactly.
    pub fn exact(q: &BigRational) -> Self {
        let s = format_exact(q);
        Enclosure {
            lo: s.clone(),
            hi: s,
        }
    }
}

/// One reported quantity: an enclosure, a boolean, or a label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Quantity {
    /// An enclosed real number.
    Enclosure(Enclosure),
    /// A proved (or refuted) property.
    Bool(bool),
    /// A classification label.
    Label(String),
    /// An enclosed vector: entry `i` encloses coordinate `i`.
    Array(Vec<Enclosure>),
}

/// A certificate: one claim, its inputs, its result and its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The claim kind (`trajectory`, `period-two`, …).
    pub claim: String,
    /// The model and its exact parameters.
    pub model: ModelInfo,
    /// The learning rate, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eta: Option<String>,
    /// The initial point, exact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub init: Vec<String>,
    /// The backend that produced the result (`mpfr:256`, …).
    pub backend: String,
    /// `false` for float64 results, which never say `verified: true`.
    pub rigorous: bool,
    /// `true` only when every condition of the claim was proved.
    pub verified: bool,
    /// Why `verified` is false (empty otherwise).
    pub reason: String,
    /// The claim's quantities, by name.
    pub quantities: BTreeMap<String, Quantity>,
    /// What the checker needs (claim-specific, see `docs/certificate.md`).
    pub evidence: serde_json::Value,
    /// Wall-clock time of the proof, in seconds (not checked).
    pub elapsed_s: f64,
}
