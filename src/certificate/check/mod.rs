//! The independent checker: re-verifies a certificate in exact rational arithmetic.
//!
//! The checker shares nothing with the prover except the certificate structs (serde) and the
//! exact input parser [`crate::arith::parse_rational`]. Its arithmetic is [`interval`]: exact
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
//!   `balancing` on the `product` model, see [`balancing`]; `nonasymptotic`, see [`bound`];
//!   `implicit-bias` on the `diagonal` model, see [`implicit_bias`]; `dln-divergence` on the
//!   same model, see [`dln_divergence`]).
//!
//! A certificate with `verified: false` is only checked in this sense (its fields parse): the
//! report says it is not verified. A certificate with `verified: true` is accepted only if the
//! claim-specific checker re-establishes every claimed quantity.

pub mod balancing;
pub mod bound;
pub mod catapult;
pub mod critical;
pub mod depth_field;
pub mod dln_divergence;
pub mod elementary;
pub mod implicit_bias;
pub mod interval;
pub mod period_two;
pub mod subcritical;
pub mod trajectory;
pub mod trapping;
pub mod trapping_depth;

use std::path::Path;

use num_rational::BigRational;
use num_traits::Signed;

use super::{Certificate, Enclosure, Quantity, SCHEMA};
use crate::arith::parse_rational;

/// `evidence.precision_bits`: the prover's binary precision, an integer in 2..=65536.
///
/// # Errors
/// [`CheckFailure::Rejected`] if it is missing or out of range.
pub(crate) fn precision_bits(evidence: &serde_json::Value) -> Result<u32, CheckFailure> {
    evidence
        .get("precision_bits")
        .and_then(serde_json::Value::as_u64)
        .filter(|b| (2..=65536).contains(b))
        .map(|b| b as u32)
        .ok_or_else(|| {
            CheckFailure::rejected(
                "evidence.precision_bits",
                "expected an integer in 2..=65536",
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

/// The claim kinds this checker knows.
pub const KNOWN_CLAIMS: &[&str] = &[
    "trajectory",
    "period-two",
    "flip-boundary",
    "critical",
    "subcritical",
    "catapult",
    "balancing",
    "nonasymptotic",
    "implicit-bias",
    "dln-divergence",
];

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

/// The largest model size (parameters) the checker accepts (keeps the Hessian work bounded).
pub const MAX_PARAMS: usize = 128;

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

/// Re-verify a certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first field or step that failed.
pub fn check(cert: &Certificate) -> Result<CheckReport, CheckFailure> {
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
    let own_inputs = match cert.claim.as_str() {
        "catapult" => {
            let inputs = catapult::parse_inputs(cert)?;
            Some(if cert.verified {
                (true, catapult::check(cert, &inputs)?)
            } else {
                (false, vec![not_verified(cert)])
            })
        }
        "balancing" => {
            let inputs = balancing::parse_inputs(cert)?;
            Some(if cert.verified {
                (true, balancing::check(cert, &inputs)?)
            } else {
                (false, vec![not_verified(cert)])
            })
        }
        "implicit-bias" => {
            let inputs = implicit_bias::parse_inputs(cert)?;
            Some(if cert.verified {
                (true, implicit_bias::check(cert, &inputs)?)
            } else {
                (false, vec![not_verified(cert)])
            })
        }
        "dln-divergence" => {
            let inputs = implicit_bias::parse_inputs(cert)?;
            Some(if cert.verified {
                (true, dln_divergence::check(cert, &inputs)?)
            } else {
                (false, vec![not_verified(cert)])
            })
        }
        "nonasymptotic" => {
            let inputs = bound::parse_inputs(cert)?;
            Some(if cert.verified {
                (true, bound::check(cert, &inputs)?)
            } else {
                (false, vec![not_verified(cert)])
            })
        }
        _ => None,
    };
    if let Some((verified, details)) = own_inputs {
        return Ok(CheckReport {
            claim: cert.claim.clone(),
            verified,
            details,
        });
    }
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
        return Ok(CheckReport {
            claim: cert.claim.clone(),
            verified: false,
            details: vec![not_verified(cert)],
        });
    }
    let details = match cert.claim.as_str() {
        "trajectory" => trajectory::check(cert, &inputs)?,
        "period-two" => period_two::check(cert, &inputs)?,
        "flip-boundary" => period_two::check_boundary(cert, &inputs)?,
        "critical" => critical::check(cert, &inputs)?,
        "subcritical" => subcritical::check(cert, &inputs)?,
        other => unreachable!("claim {other} is in KNOWN_CLAIMS but has no checker"),
    };
    Ok(CheckReport {
        claim: cert.claim.clone(),
        verified: true,
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
    let path = path.as_ref();
    let read = |message: String| CheckFailure::Read {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| read(e.to_string()))?;
    let cert: Certificate = serde_json::from_str(&text).map_err(|e| read(e.to_string()))?;
    check(&cert)
}
