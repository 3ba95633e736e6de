//! The certificate format (schema `eoscert/1`, see `docs/certificate.md`) and its independent
//! checker ([`check`]): the **trusted base** of eoscert.
//!
//! A certificate is one JSON object: the exact inputs, the claimed quantities as outward-rounded
//! decimal enclosures, and the `evidence` the checker needs to re-establish the claim without
//! trusting the prover. A user who receives a certificate trusts this crate, not the prover.
//!
//! # The trusted base
//! - **What it contains:** the format types ([`Certificate`], [`ModelInfo`], [`Enclosure`],
//!   [`Quantity`], [`SCHEMA`], one type per claim kind ([`claim::Claim`]: its model, inputs,
//!   quantities and [`evidence`], closed at every level; the prover writes every certificate
//!   through these types), the `backend` grammar ([`backend`]), the exact input
//!   syntax ([`input::parse_rational`]), the strict reader ([`read::read`]: no repeated keys,
//!   no unknown fields), the documented SGD batch schedule ([`sgd`]), every cap ([`caps`]),
//!   and the checker ([`check`]: exact rational intervals, exact `exp`/`ln`, one module per
//!   claim kind; the basin-map replays run the same 53-bit outward rounding on doubles with
//!   error-free transformations, [`check::f53`], and redo a cell exactly when it leaves their
//!   safe range). The prover (`eoscert`) imports the definitions (format, input syntax,
//!   schedule, caps) and the checker as a tool; the checker imports nothing from the prover.
//! - **Size:** about 18 900 lines of Rust including unit tests and docs
//!   (`find crates/eoscert-check/src -name '*.rs' | xargs wc -l`).
//! - **Dependencies** (`cargo tree -p eoscert-check -e normal`): `num-bigint`, `num-integer`,
//!   `num-rational`, `num-traits` (exact arithmetic), `serde`, `serde_json` (reading),
//!   `thiserror` (error types). No MPFR, no interval library, no plotting; MPFR (`rug`) is a
//!   dev-dependency only, as an independent reference in unit tests.
//! - **Caps:** every cost-driving field is bounded by a `pub const` of [`caps`] (precision
//!   bits, steps, replay work, exact number sizes, the exponent range of `exp`, dimensions,
//!   checkpoints, boxes, tree sizes and depths), checked before the expensive work; a
//!   rejection names the field and the cap. [`caps::general`] holds the caps of every claim,
//!   the other modules those of one claim checker.

pub mod backend;
pub mod caps;
pub mod check;
pub mod claim;
pub mod evidence;
pub mod input;
pub mod read;
pub mod sgd;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
    /// The seed of the SGD batch sampler (see [`sgd::Sampler`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// How the SGD batches of the `diagonal` model are drawn: `with-replacement` (an independent
    /// uniform batch every step, [`sgd::WithReplacement`]); absent: random reshuffling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampler: Option<String>,
    /// A known interpolator β* of the `diagonal` data (Xβ* = y exactly), against which the
    /// `dln-comparison` claim measures the recovery error ‖β∞ − β*‖², exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beta_star: Option<Vec<String>>,
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

/// One reported quantity: an enclosure, a boolean, or a label.
#[derive(Clone, Debug, PartialEq, Serialize)]
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
    /// The arithmetic that produced the result (`mpfr:256`, …): a closed grammar compared with
    /// the evidence ([`backend::check_backend`]).
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

impl<'de> Deserialize<'de> for Quantity {
    /// By the JSON type: an object is an [`Enclosure`] (so an unknown key is named), an array
    /// a vector of enclosures, a boolean a [`Quantity::Bool`], a string a label.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let v = serde_json::Value::deserialize(d)?;
        match v {
            serde_json::Value::Bool(b) => Ok(Quantity::Bool(b)),
            serde_json::Value::String(s) => Ok(Quantity::Label(s)),
            serde_json::Value::Object(_) => Enclosure::deserialize(v)
                .map(Quantity::Enclosure)
                .map_err(D::Error::custom),
            serde_json::Value::Array(_) => Vec::<Enclosure>::deserialize(v)
                .map(Quantity::Array)
                .map_err(D::Error::custom),
            _ => Err(D::Error::custom(
                "a quantity is an enclosure {lo, hi}, an array of them, a boolean or a label",
            )),
        }
    }
}
