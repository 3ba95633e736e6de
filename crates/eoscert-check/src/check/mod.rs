//! The independent checker: re-verifies a certificate in exact rational arithmetic.
//!
//! The checker shares nothing with the prover except the certificate structs (serde) and the
//! exact input parser [`crate::input::parse_rational`]. Its arithmetic is [`interval`]: exact
//! `num-rational` intervals, optionally rounded outward to a binary grid so that a replay of the
//! prover's outward-rounded computation stays inside the prover's enclosures.
//! The `critical` checker ([`critical`]) adds its own exact big-integer midpoint iteration and a
//! small outward-rounded f64 interval type for Jacobian enclosures (both local to that module).
//!
//! # General checks (every claim)
//! - `schema == "eoscert/1"`;
//! - `rigorous == false` forbids `verified: true`;
//! - every [`Enclosure`] in `quantities` parses as two exact rationals with `lo ≤ hi`;
//! - the inputs (`eta`, `init`, `model.target`) parse exactly; the model is `factorisation`
//!   (`depth ≥ 2`, no `dim`, `target > 0`) or `inner-product` (`dim ≥ 1`, no `depth`);
//! - the claim kind is known (currently: `trajectory`, see [`trajectory`]; `period-two` and
//!   `flip-boundary`, see [`period_two`]; `critical`, see [`critical`];
//!   `subcritical`, see [`subcritical`]; `catapult` on the `uv` model, see [`catapult`];
//!   `catapult-map` on the same model, see [`catapult_map`];
//!   `balancing` on the `product` model, see [`balancing`]; `divergence` on the same model,
//!   see [`divergence`]; `nonasymptotic`, see [`bound`];
//!   `implicit-bias` on the `diagonal` model, see [`implicit_bias`]; `dln-divergence` on the
//!   same model, see [`dln_divergence`]; `dln-comparison`, GD against SGD on one instance,
//!   see [`dln_comparison`]).
//!
//! A certificate with `verified: false` is only checked in this sense (its fields parse): the
//! report says it is not verified. A certificate with `verified: true` is accepted only if the
//! claim-specific checker re-establishes every claimed quantity.

pub mod balancing;
pub mod basin_map;
pub mod bound;
pub mod budget;
pub mod catapult;
pub mod catapult_map;
pub mod critical;
pub mod depth_field;
pub mod divergence;
pub mod dln_comparison;
pub mod dln_divergence;
pub mod elementary;
pub mod f53;
pub mod hypotheses;
pub mod implicit_bias;
pub mod interval;
pub mod period_two;
pub mod regime_map;
pub mod subcritical;
pub mod trajectory;
pub mod trapping;
pub mod trapping_depth;
pub mod trapping_limit;

use std::path::Path;

use num_rational::BigRational;
use num_traits::Signed;

use super::{Certificate, Enclosure, ModelInfo, Quantity, SCHEMA};
pub use crate::caps::general::*;
use crate::input::parse_rational;

/// `evidence.precision_bits`: the prover's binary precision, an integer in
/// 2..=[`MAX_PRECISION_BITS`].
///
/// # Errors
/// [`CheckFailure::Rejected`] if it is missing or out of range.
pub(crate) fn precision_bits(evidence: &serde_json::Value) -> Result<u32, CheckFailure> {
    evidence
        .get("precision_bits")
        .and_then(serde_json::Value::as_u64)
        .filter(|b| (2..=u64::from(MAX_PRECISION_BITS)).contains(b))
        .map(|b| b as u32)
        .ok_or_else(|| {
            CheckFailure::rejected(
                "evidence.precision_bits",
                format!("expected an integer in 2..={MAX_PRECISION_BITS} (the cap)"),
            )
        })
}

/// `{obj}.steps`: a step count of at most `cap` (`obj` names the object in messages).
///
/// # Errors
/// [`CheckFailure::Rejected`] naming `{obj}.steps` if it is missing or above `cap`.
pub(crate) fn steps_at_most(
    object: &serde_json::Value,
    obj: &str,
    cap: u64,
) -> Result<u64, CheckFailure> {
    object
        .get("steps")
        .and_then(serde_json::Value::as_u64)
        .filter(|s| *s <= cap)
        .ok_or_else(|| {
            CheckFailure::rejected(
                format!("{obj}.steps"),
                format!("expected an integer ≤ {cap}"),
            )
        })
}

/// Reject any quantity outside `known`: a checker vouches only for what it re-derives.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first unknown quantity.
pub(crate) fn only_known_quantities(
    cert: &Certificate,
    known: &[&str],
) -> Result<(), CheckFailure> {
    match cert
        .quantities
        .keys()
        .find(|name| !known.contains(&name.as_str()))
    {
        Some(name) => Err(CheckFailure::rejected(
            format!("quantities.{name}"),
            format!(
                "not a {} quantity the checker can verify ({})",
                cert.claim,
                known.join(", ")
            ),
        )),
        None => Ok(()),
    }
}

/// The claim kinds this checker knows (one type each, [`crate::claim::Claim`]).
pub const KNOWN_CLAIMS: &[&str] = crate::claim::KINDS;

pub use crate::claim::{ClaimSpec, spec};

/// Reject a replay whose work `steps × precision_bits` (summed over `boxes`) exceeds
/// [`MAX_BIT_STEPS`], before any replay starts.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming `evidence.steps` and the cap.
fn bit_steps(evidence: &serde_json::Value) -> Result<(), CheckFailure> {
    let Some(bits) = evidence
        .get("precision_bits")
        .and_then(serde_json::Value::as_u64)
    else {
        return Ok(());
    };
    let steps_of = |v: &serde_json::Value| v.get("steps").and_then(serde_json::Value::as_u64);
    let steps = match evidence.get("boxes").and_then(serde_json::Value::as_array) {
        Some(boxes) => boxes
            .iter()
            .filter_map(steps_of)
            .fold(0u64, u64::saturating_add),
        None => steps_of(evidence).unwrap_or(0),
    };
    let work = steps.saturating_mul(bits);
    if work > MAX_BIT_STEPS {
        return Err(CheckFailure::rejected(
            "evidence.steps",
            format!(
                "the replay needs steps × precision_bits = {work}, more than the cap {MAX_BIT_STEPS}"
            ),
        ));
    }
    Ok(())
}

/// The model fields present in a certificate (besides `kind`).
fn model_fields(m: &ModelInfo) -> Vec<&'static str> {
    [
        ("depth", m.depth.is_some()),
        ("dim", m.dim.is_some()),
        ("target", !m.target.is_empty()),
        ("phi", m.phi.is_some()),
        ("data", m.data.is_some()),
        ("alpha", m.alpha.is_some()),
        ("batch", m.batch.is_some()),
        ("seed", m.seed.is_some()),
        ("sampler", m.sampler.is_some()),
        ("beta_star", m.beta_star.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
    .collect()
}

/// The strict part of [`check`]: the claim kind is known, and the certificate contains only
/// the model fields, inputs, quantities and evidence fields of that kind; a verified
/// certificate has an empty `reason` and evidence of its kind's type (every level).
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first field that is not allowed.
pub fn check_fields(cert: &Certificate) -> Result<ClaimSpec, CheckFailure> {
    let spec = spec(&cert.claim).ok_or_else(|| {
        CheckFailure::rejected(
            "claim",
            format!(
                "unknown claim kind {:?} (known: {})",
                cert.claim,
                KNOWN_CLAIMS.join(", ")
            ),
        )
    })?;
    let claim = &cert.claim;
    if let Some(f) = model_fields(&cert.model)
        .into_iter()
        .find(|f| !spec.model.contains(f))
    {
        return Err(CheckFailure::rejected(
            format!("model.{f}"),
            format!(
                "not a model field of claim {claim} (it uses {})",
                spec.model.join(", ")
            ),
        ));
    }
    for (name, present) in [("eta", cert.eta.is_some()), ("init", !cert.init.is_empty())] {
        if present && !spec.inputs.contains(&name) {
            return Err(CheckFailure::rejected(
                name,
                format!("not an input of claim {claim}"),
            ));
        }
    }
    only_known_quantities(cert, spec.quantities)?;
    bit_steps(&cert.evidence)?;
    if cert.verified {
        if !cert.reason.is_empty() {
            return Err(CheckFailure::rejected(
                "reason",
                "a verified certificate has an empty reason",
            ));
        }
        (spec.evidence)(&cert.evidence)
            .map_err(|e| CheckFailure::rejected("evidence", e.to_string()))?;
        crate::claim::typed(cert).map_err(|e| {
            CheckFailure::rejected("claim", format!("not a certificate of type {claim}: {e}"))
        })?;
    } else {
        let known = (spec.evidence_fields)();
        match &cert.evidence {
            serde_json::Value::Null => {}
            serde_json::Value::Object(map) => {
                if let Some(k) = map.keys().find(|k| !known.contains(&k.as_str())) {
                    return Err(CheckFailure::rejected(
                        format!("evidence.{k}"),
                        format!("not an evidence field of claim {claim}"),
                    ));
                }
            }
            _ => {
                return Err(CheckFailure::rejected(
                    "evidence",
                    "expected an object or null",
                ));
            }
        }
    }
    Ok(spec)
}

/// Why a certificate was rejected: the field or step that failed, and the reason.
#[derive(Debug, thiserror::Error)]
pub enum CheckFailure {
    /// The certificate file could not be read or is not a well-formed certificate.
    #[error("{path}: {message}")]
    Read {
        /// The file.
        path: String,
        /// What went wrong (I/O or JSON/serde error).
        message: String,
    },
    /// The certificate is well formed but a check failed.
    #[error("rejected at `{field}`: {reason}")]
    Rejected {
        /// The field or step that failed (`quantities.loss`, `evidence.checkpoints[3]`, …).
        field: String,
        /// Why.
        reason: String,
    },
    /// The check would exceed its [`budget::Budget`] (time or size of exact numbers).
    #[error("over budget: {0}")]
    OverBudget(#[from] budget::OverBudget),
}

impl CheckFailure {
    /// A [`CheckFailure::Rejected`].
    pub fn rejected(field: impl Into<String>, reason: impl Into<String>) -> Self {
        CheckFailure::Rejected {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

/// What the checker established.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckReport {
    /// The claim kind.
    pub claim: String,
    /// `true` iff the certificate says `verified: true` and the checker re-established it.
    /// `false` for a well-formed certificate that does not claim verification (the CLI exits 1).
    pub verified: bool,
    /// Human-readable lines saying what was checked.
    pub details: Vec<String>,
}

/// The model of a certificate, with its validated exact parameters.
#[derive(Clone, Debug, PartialEq)]
pub enum Model {
    /// `f(θ) = θ1⋯θp`, target `y > 0`.
    Factorisation {
        /// Depth `p ≥ 2`.
        depth: usize,
    },
    /// `f(u, v) = ⟨u, v⟩`, `θ = (u1..ud, v1..vd)`.
    InnerProduct {
        /// Dimension `d ≥ 1`.
        dim: usize,
    },
}

impl Model {
    /// The number of parameters (`p` or `2d`).
    pub fn n_params(&self) -> usize {
        match *self {
            Model::Factorisation { depth } => depth,
            Model::InnerProduct { dim } => 2 * dim,
        }
    }
}

/// The exact inputs of a certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The model.
    pub model: Model,
    /// `y` (or `Y`).
    pub target: BigRational,
    /// `η`, if given.
    pub eta: Option<BigRational>,
    /// The initial point (possibly empty).
    pub init: Vec<BigRational>,
}

/// Parse an exact number, naming the field on failure.
pub(crate) fn exact(field: &str, text: &str) -> Result<BigRational, CheckFailure> {
    if text.len() > MAX_NUMBER_CHARS {
        return Err(CheckFailure::rejected(
            field,
            format!(
                "a number of {} characters, more than the cap {MAX_NUMBER_CHARS}",
                text.len()
            ),
        ));
    }
    parse_rational(text).map_err(|e| CheckFailure::rejected(field, e.to_string()))
}

/// Parse an enclosure into `(lo, hi)` with `lo ≤ hi`, naming the field on failure.
pub(crate) fn enclosure(field: &str, e: &Enclosure) -> Result<interval::RatInterval, CheckFailure> {
    let lo = exact(&format!("{field}.lo"), &e.lo)?;
    let hi = exact(&format!("{field}.hi"), &e.hi)?;
    interval::RatInterval::new(lo, hi).map_err(|err| CheckFailure::rejected(field, err.to_string()))
}

fn parse_inputs(cert: &Certificate) -> Result<Inputs, CheckFailure> {
    let m = &cert.model;
    if m.phi.is_some() {
        return Err(CheckFailure::rejected(
            "model.phi",
            "only product models (claim balancing) have a loss shape φ",
        ));
    }
    let model = match m.kind.as_str() {
        "factorisation" => {
            if m.dim.is_some() {
                return Err(CheckFailure::rejected(
                    "model.dim",
                    "a factorisation model has a depth, not a dim",
                ));
            }
            let depth = m.depth.ok_or_else(|| {
                CheckFailure::rejected("model.depth", "missing for a factorisation model")
            })?;
            if !(2..=MAX_PARAMS).contains(&depth) {
                return Err(CheckFailure::rejected(
                    "model.depth",
                    format!("depth {depth} is outside 2..={MAX_PARAMS}"),
                ));
            }
            Model::Factorisation { depth }
        }
        "inner-product" => {
            if m.depth.is_some() {
                return Err(CheckFailure::rejected(
                    "model.depth",
                    "an inner-product model has a dim, not a depth",
                ));
            }
            let dim = m.dim.ok_or_else(|| {
                CheckFailure::rejected("model.dim", "missing for an inner-product model")
            })?;
            if !(1..=MAX_PARAMS / 2).contains(&dim) {
                return Err(CheckFailure::rejected(
                    "model.dim",
                    format!("dim {dim} is outside 1..={}", MAX_PARAMS / 2),
                ));
            }
            Model::InnerProduct { dim }
        }
        other => {
            return Err(CheckFailure::rejected(
                "model.kind",
                format!("unknown model {other:?} (expected factorisation or inner-product)"),
            ));
        }
    };
    let target = exact("model.target", &m.target)?;
    if matches!(model, Model::Factorisation { .. }) && !target.is_positive() {
        return Err(CheckFailure::rejected(
            "model.target",
            "the factorisation target y must be > 0",
        ));
    }
    let eta = cert.eta.as_deref().map(|s| exact("eta", s)).transpose()?;
    let init = cert
        .init
        .iter()
        .enumerate()
        .map(|(i, s)| exact(&format!("init[{i}]"), s))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Inputs {
        model,
        target,
        eta,
        init,
    })
}

/// Re-verify a certificate under the default [`budget::Budget`] ([`budget::DEFAULT_SECONDS`]).
///
/// # Errors
/// As [`check_with_budget`].
pub fn check(cert: &Certificate) -> Result<CheckReport, CheckFailure> {
    check_with_budget(cert, budget::Budget::default())
}

/// Re-verify a certificate within `budget`: a check that would exceed it stops and is reported
/// as [`CheckFailure::OverBudget`] (never accepted, see [`budget`]).
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first field or step that failed;
/// [`CheckFailure::OverBudget`] if the budget ran out first.
pub fn check_with_budget(
    cert: &Certificate,
    budget: budget::Budget,
) -> Result<CheckReport, CheckFailure> {
    budget::run(budget, || check_unbudgeted(cert))
}

thread_local! {
    /// The shard `(I, N)` of the running check ([`check_shard_with_budget`]), if any.
    static CHECK_SHARD: std::cell::Cell<Option<(u64, u64)>> = const { std::cell::Cell::new(None) };
}

/// The shard of the running check on this thread (`None`: the whole check).
pub(crate) fn check_shard() -> Option<(u64, u64)> {
    CHECK_SHARD.get()
}

/// Re-verify shard `index` of `count` of a `basin-map` certificate's check: everything cheap
/// (inputs, neighbourhoods, escape threshold, the partition of the box, fractions, count) in
/// full, and the replays and image proofs of the cells in the level-0 cells at positions ≡
/// `index` (mod `count`) of the grid (row by row). An image proof refers to cells listed before
/// it, which their own shards re-verify, so the certificate is verified when all `count` shards
/// of its check pass. The report's first detail names the shard.
///
/// # Errors
/// As [`check_with_budget`]; [`CheckFailure::Rejected`] for a claim other than `basin-map`,
/// or `index ≥ count`.
pub fn check_shard_with_budget(
    cert: &Certificate,
    budget: budget::Budget,
    index: u64,
    count: u64,
) -> Result<CheckReport, CheckFailure> {
    if cert.claim != "basin-map" || !cert.verified {
        return Err(CheckFailure::rejected(
            "claim",
            "a sharded check re-verifies a verified basin-map certificate",
        ));
    }
    if index >= count {
        return Err(CheckFailure::rejected("shard", "need 0 ≤ index < count"));
    }
    CHECK_SHARD.set(Some((index, count)));
    let result = check_with_budget(cert, budget);
    CHECK_SHARD.set(None);
    result.map(|mut report| {
        report.details.insert(
            0,
            format!(
                "check shard {index}/{count}: the cells of this shard re-verified; the \
                 certificate is verified when all {count} shards of its check pass"
            ),
        );
        report
    })
}

/// The general checks of every certificate: the schema, `rigorous` before `verified`, every
/// enclosure in `quantities` well formed, then [`check_fields`].
fn check_general(cert: &Certificate) -> Result<(), CheckFailure> {
    if cert.schema != SCHEMA {
        return Err(CheckFailure::rejected(
            "schema",
            format!("expected {SCHEMA:?}, found {:?}", cert.schema),
        ));
    }
    if cert.verified && !cert.rigorous {
        return Err(CheckFailure::rejected(
            "verified",
            "a non-rigorous certificate (rigorous: false) never says verified: true",
        ));
    }
    for (name, q) in &cert.quantities {
        match q {
            Quantity::Enclosure(e) => {
                enclosure(&format!("quantities.{name}"), e)?;
            }
            Quantity::Array(items) => {
                for (i, e) in items.iter().enumerate() {
                    enclosure(&format!("quantities.{name}[{i}]"), e)?;
                }
            }
            Quantity::Bool(_) | Quantity::Label(_) => {}
        }
    }
    check_fields(cert)?;
    crate::backend::check_backend(cert)?;
    Ok(())
}

/// Run `check` if the certificate claims verification (or, with `rigorous_partial`, if it is
/// rigorous: its decided parts are re-verified), else report it not verified.
fn verified_or_not(
    cert: &Certificate,
    rigorous_partial: bool,
    check: impl FnOnce() -> Result<Vec<String>, CheckFailure>,
) -> Result<(bool, Vec<String>), CheckFailure> {
    Ok(if cert.verified || (rigorous_partial && cert.rigorous) {
        (cert.verified, check()?)
    } else {
        (false, vec![not_verified(cert)])
    })
}

/// The claim kinds whose model is not the factorisation / inner product: each parses its own
/// inputs. `None` for the other kinds.
fn check_own_inputs(cert: &Certificate) -> Result<Option<(bool, Vec<String>)>, CheckFailure> {
    Ok(Some(match cert.claim.as_str() {
        "catapult" => {
            let inputs = catapult::parse_inputs(cert)?;
            verified_or_not(cert, false, || catapult::check(cert, &inputs))?
        }
        "catapult-map" => {
            let inputs = catapult_map::parse_inputs(cert)?;
            verified_or_not(cert, false, || catapult_map::check(cert, &inputs))?
        }
        "balancing" => {
            let inputs = balancing::parse_inputs(cert)?;
            verified_or_not(cert, false, || balancing::check(cert, &inputs))?
        }
        "divergence" => {
            let inputs = balancing::parse_inputs(cert)?;
            verified_or_not(cert, false, || divergence::check(cert, &inputs))?
        }
        "implicit-bias" => {
            let inputs = implicit_bias::parse_inputs(cert)?;
            verified_or_not(cert, false, || implicit_bias::check(cert, &inputs))?
        }
        "dln-divergence" => {
            let inputs = implicit_bias::parse_inputs(cert)?;
            verified_or_not(cert, false, || dln_divergence::check(cert, &inputs))?
        }
        "dln-comparison" => {
            dln_comparison::parse_model(cert)?;
            verified_or_not(cert, false, || dln_comparison::check(cert))?
        }
        "nonasymptotic" => {
            let inputs = bound::parse_inputs(cert)?;
            // Every decided box of a rigorous run is re-verified, also in a certificate with
            // undecided boxes.
            verified_or_not(cert, true, || bound::check(cert, &inputs))?
        }
        _ => return Ok(None),
    }))
}

/// The claim kinds on the factorisation / inner-product model ([`parse_inputs`]).
fn check_gd(cert: &Certificate) -> Result<(bool, Vec<String>), CheckFailure> {
    let inputs = parse_inputs(cert)?;
    if !KNOWN_CLAIMS.contains(&cert.claim.as_str()) {
        return Err(CheckFailure::rejected(
            "claim",
            format!(
                "unknown claim kind {:?} (known: {})",
                cert.claim,
                KNOWN_CLAIMS.join(", ")
            ),
        ));
    }
    if !cert.verified {
        let partial = cert.evidence.get("shard").is_some();
        let details = if cert.claim == "regime-map" && partial {
            regime_map::check_partial(cert, &inputs)?
        } else if cert.claim == "basin-map" && partial {
            basin_map::check_partial(cert, &inputs)?
        } else {
            vec![not_verified(cert)]
        };
        return Ok((false, details));
    }
    let details = match cert.claim.as_str() {
        "trajectory" => trajectory::check(cert, &inputs)?,
        "period-two" => period_two::check(cert, &inputs)?,
        "flip-boundary" => period_two::check_boundary(cert, &inputs)?,
        "critical" => critical::check(cert, &inputs)?,
        "subcritical" => subcritical::check(cert, &inputs)?,
        "regime-map" => regime_map::check(cert, &inputs)?,
        "basin-map" => basin_map::check(cert, &inputs)?,
        other => unreachable!("claim {other} is in KNOWN_CLAIMS but has no checker"),
    };
    Ok((true, details))
}

/// [`check_general`], then the claim kind's checker ([`check_own_inputs`] or [`check_gd`]).
fn check_unbudgeted(cert: &Certificate) -> Result<CheckReport, CheckFailure> {
    check_general(cert)?;
    let (verified, details) = match check_own_inputs(cert)? {
        Some(done) => done,
        None => check_gd(cert)?,
    };
    Ok(CheckReport {
        claim: cert.claim.clone(),
        verified,
        details,
    })
}

fn not_verified(cert: &Certificate) -> String {
    format!(
        "certificate does not claim verification (reason: {:?}); fields parse",
        cert.reason
    )
}

/// Read a certificate file (JSON) and [`check`] it.
///
/// # Errors
/// [`CheckFailure::Read`] if the file cannot be read or is not a certificate (unknown or missing
/// fields included); otherwise as [`check`].
pub fn check_file(path: impl AsRef<Path>) -> Result<CheckReport, CheckFailure> {
    check_file_with_budget(path, budget::Budget::default())
}

/// Read a certificate file (JSON) and [`check_with_budget`] it.
///
/// # Errors
/// As [`check_file`] and [`check_with_budget`].
pub fn check_file_with_budget(
    path: impl AsRef<Path>,
    budget: budget::Budget,
) -> Result<CheckReport, CheckFailure> {
    let path = path.as_ref();
    let read = |message: String| CheckFailure::Read {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| read(e.to_string()))?;
    let cert = crate::read::read(&text).map_err(|e| read(e.to_string()))?;
    check_with_budget(&cert, budget)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-kind field table of `docs/certificate.md`, generated from [`spec`] and the
    /// evidence types.
    fn field_table() -> String {
        let code = |names: &[&str]| {
            if names.is_empty() {
                "—".to_owned()
            } else {
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let mut out = String::from(
            "| claim | model fields | inputs | quantities | evidence fields |\n|---|---|---|---|---|\n",
        );
        for claim in KNOWN_CLAIMS {
            let s = spec(claim).expect("every known claim has a spec");
            out += &format!(
                "| `{claim}` | {} | {} | {} | {} |\n",
                code(s.model),
                code(s.inputs),
                code(s.quantities),
                code((s.evidence_fields)())
            );
        }
        out.trim_end().to_owned()
    }

    #[test]
    fn the_documented_fields_are_the_types_fields() {
        let doc = include_str!("../../../../docs/certificate.md");
        let begin = doc.find("<!-- fields:begin -->\n").expect("marker") + 22;
        let end = doc.find("\n<!-- fields:end -->").expect("marker");
        assert_eq!(
            &doc[begin..end],
            field_table(),
            "docs/certificate.md is out of date: paste the table printed here"
        );
    }

    #[test]
    fn every_known_claim_has_one_spec() {
        for claim in KNOWN_CLAIMS {
            assert!(spec(claim).is_some(), "{claim}");
        }
        assert!(spec("regime").is_none());
    }
}
