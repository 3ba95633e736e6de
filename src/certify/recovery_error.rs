//! The certified recovery error ‖β∞ − β*‖² of (S)GD on a diagonal linear network (Even et al.,
//! Fig. 1), from an `implicit-bias` certificate, and its comparison with a float64 estimate.
//!
//! # Formula
//! With the certified box β∞,i ∈ [l_i, h_i] (`beta_limit`) and the exact β*:
//! (β∞,i − β*_i)² ∈ [m_i², M_i²] with M_i = max(|l_i − β*_i|, |h_i − β*_i|) and m_i = 0 if
//! β*_i ∈ [l_i, h_i], else min(|l_i − β*_i|, |h_i − β*_i|); the sum of these exact rational
//! intervals encloses ‖β∞ − β*‖² (rigorous: every operation is exact).
//!
//! A float64 sweep value is then placed against the enclosure exactly (its binary value as a
//! rational): inside, or at a signed distance. That is a statement about the float, not a
//! verification of it.

use std::time::Instant;

use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::arith::{Backend, parse_rational};
use crate::certificate::{Certificate, Quantity};
use crate::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use crate::model::diagonal::{Dataset, Sampler};

/// ‖β∞ − β*‖² enclosed exactly from the certificate's `beta_limit`; `None` if the certificate
/// has no `beta_limit` of length d or an endpoint does not parse.
pub fn recovery_error(
    cert: &Certificate,
    beta_star: &[BigRational],
) -> Option<(BigRational, BigRational)> {
    let Some(Quantity::Array(items)) = cert.quantities.get("beta_limit") else {
        return None;
    };
    if items.len() != beta_star.len() {
        return None;
    }
    let mut lo = BigRational::zero();
    let mut hi = BigRational::zero();
    for (e, b) in items.iter().zip(beta_star) {
        let a = parse_rational(&e.lo).ok()? - b;
        let c = parse_rational(&e.hi).ok()? - b;
        let (near, far) = if a.abs() <= c.abs() {
            (a.abs(), c.abs())
        } else {
            (c.abs(), a.abs())
        };
        // The square's minimum is 0 when β*_i lies in the box.
        if a.is_positive() || c.is_negative() {
            lo += &near * &near;
        }
        hi += &far * &far;
    }
    Some((lo, hi))
}

/// Where a float lies relative to an exact enclosure [lo, hi]: 0 inside, else the signed
/// distance to the nearer endpoint (x − hi above, x − lo below), rounded to f64.
pub fn float_offset(x: f64, lo: &BigRational, hi: &BigRational) -> Option<f64> {
    let q = rational_from_f64(x)?;
    Some(if &q > hi {
        (q - hi).to_f64().unwrap_or(f64::INFINITY)
    } else if &q < lo {
        (q - lo).to_f64().unwrap_or(f64::NEG_INFINITY)
    } else {
        0.0
    })
}

/// One certified spot check of a sweep: the `implicit-bias` prover at one stepsize.
#[derive(Clone, Debug)]
pub struct Spot {
    /// The stepsize (a float of the sweep grid; the proof uses its exact binary value).
    pub gamma: f64,
    /// The sampler.
    pub sampler: Sampler,
    /// The certificate's verdict (false with `reason` when the prover could not run).
    pub verified: bool,
    /// Why not verified (empty when verified).
    pub reason: String,
    /// ‖β∞ − β*‖² enclosed (verified spots).
    pub error: Option<(BigRational, BigRational)>,
    /// Prover wall time (s).
    pub elapsed_s: f64,
    /// The certificate (`None` when the instance is outside the prover's limits).
    pub certificate: Option<Certificate>,
}

/// Run the `implicit-bias` prover on `data` at the exact value of the float `gamma`.
///
/// An instance outside the prover's limits (e.g. SGD with n > 8 samples) is a spot with
/// `verified: false` and the prover's reason, not an error.
pub fn certify_spot(
    data: &Dataset,
    beta_star: &[BigRational],
    alpha: &BigRational,
    gamma: f64,
    sampler: Sampler,
    max_steps: u64,
    backend: Backend,
) -> Result<Spot, Error> {
    let start = Instant::now();
    let gamma_q = rational_from_f64(gamma)
        .ok_or_else(|| Error::BadInput(format!("stepsize {gamma} is not finite")))?;
    let problem =
        match ImplicitBiasProblem::new(data.clone(), alpha.clone(), gamma_q, sampler, max_steps) {
            Ok(p) => p,
            Err(e @ (Error::BadInput(_) | Error::Field { .. })) => {
                return Ok(Spot {
                    gamma,
                    sampler,
                    verified: false,
                    reason: e.to_string(),
                    error: None,
                    elapsed_s: start.elapsed().as_secs_f64(),
                    certificate: None,
                });
            }
            Err(e) => return Err(e),
        };
    let cert = prove_implicit_bias(&problem, backend)?;
    let error = cert
        .verified
        .then(|| recovery_error(&cert, beta_star))
        .flatten();
    Ok(Spot {
        gamma,
        sampler,
        verified: cert.verified,
        reason: cert.reason.clone(),
        error,
        elapsed_s: start.elapsed().as_secs_f64(),
        certificate: Some(cert),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::{Enclosure, EnclosureExt as _};

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// Hand-computed: β* = (1, 0), boxes [0.5, 1.5] ∋ 1 and [0.25, 0.5] ∌ 0:
    /// coordinate 0 gives [0, 0.25], coordinate 1 gives [1/16, 1/4]; sum [1/16, 1/2].
    #[test]
    fn recovery_error_of_a_box() {
        let mut cert = Certificate {
            schema: crate::certificate::SCHEMA.into(),
            claim: "implicit-bias".into(),
            model: crate::certificate::ModelInfo::default(),
            eta: None,
            init: Vec::new(),
            backend: "interval".into(),
            rigorous: true,
            verified: true,
            reason: String::new(),
            quantities: Default::default(),
            evidence: serde_json::json!({}),
            elapsed_s: 0.0,
        };
        cert.quantities.insert(
            "beta_limit".into(),
            Quantity::Array(vec![
                Enclosure::outward(&q("0.5"), &q("1.5"), 5),
                Enclosure::outward(&q("0.25"), &q("0.5"), 5),
            ]),
        );
        let (lo, hi) = recovery_error(&cert, &[q("1"), q("0")]).unwrap();
        assert_eq!((lo.clone(), hi.clone()), (q("1/16"), q("1/2")));
        assert_eq!(float_offset(0.25, &lo, &hi), Some(0.0));
        assert_eq!(float_offset(0.75, &lo, &hi), Some(0.25));
        assert_eq!(float_offset(0.0, &lo, &hi), Some(-0.0625));
        assert!(recovery_error(&cert, &[q("1")]).is_none());
    }
}
