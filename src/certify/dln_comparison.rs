//! Claim `dln-comparison`: GD against SGD on one diagonal-linear-network instance (Even et al.,
//! "large stepsizes help SGD and can hurt GD"), both runs proved and their comparison proved.
//!
//! # Claim
//! For data (X, y), scale α, a GD stepsize γ_GD and an SGD run (stepsize γ_SGD, batch sampler):
//! both runs are proved by the `implicit-bias` prover ([`prove_implicit_bias`]), and from
//! their enclosures of the gains and of the limits, in exact rational interval arithmetic:
//! - `gain_l1_gd` ∋ ‖Gain_GD‖₁ = Σ_i |gain_i|, `gain_l1_sgd` likewise, and
//!   `gain_l1_sgd_minus_gd` ∋ ‖Gain_SGD‖₁ − ‖Gain_GD‖₁ with the proved sign
//!   `sgd_gain_l1_larger` (present only where the sign is decided);
//! - `gain_sgd_minus_gd`_i ∋ gain_i(SGD) − gain_i(GD), and `gain_sign_sgd_minus_gd`, one of
//!   `+`, `-`, `?` per coordinate (`?`: undecided);
//! - with a known interpolator β* (`model.beta_star`, Xβ* = y): the fraction of the ℓ1 gain on
//!   the support of β*, `gain_support_fraction_gd` and `_sgd` (S/(S + O), enclosed as
//!   [S.lo/(S.lo + O.hi), S.hi/(S.hi + O.lo)]; a gain spread uniformly gives ≈ s/d), the
//!   recovery errors ‖β∞ − β*‖² (`recovery_error_gd`, `_sgd`,
//!   [`crate::certify::recovery_error::recovery_error`]) and
//!   `recovery_error_gd_minus_sgd` with its proved sign `sgd_recovery_error_smaller`.
//!
//! The certificate's evidence is the two `implicit-bias` certificates; the checker re-checks
//! each in full, then re-derives every comparison from their enclosures.

use std::time::Instant;

use num_rational::BigRational;
use num_traits::{Signed, Zero};

use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, Quantity, SCHEMA, format_exact};
use crate::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use crate::certify::recovery_error::recovery_error;
use crate::model::diagonal::Sampler;
use eoscert_check::claim::{DiagonalComparisonModel, DlnComparisonClaim, DlnComparisonQuantities};
use eoscert_check::evidence as ev;

/// Significant digits of the printed comparison enclosures (outward).
const DIGITS: usize = 30;

/// A comparison: two runs of one instance.
#[derive(Clone, Debug)]
pub struct ComparisonProblem {
    /// The GD run (full batch).
    pub gd: ImplicitBiasProblem,
    /// The SGD run (same data and α).
    pub sgd: ImplicitBiasProblem,
    /// A known interpolator β* (Xβ* = y), if any.
    pub beta_star: Option<Vec<BigRational>>,
}

impl ComparisonProblem {
    /// Build the two runs of one instance.
    ///
    /// # Errors
    /// A field error unless `sgd` is a stochastic sampler, `beta_star` has d entries with
    /// Xβ* = y exactly; the errors of [`ImplicitBiasProblem::new`].
    pub fn new(
        base: &ImplicitBiasProblem,
        gamma_gd: BigRational,
        gamma_sgd: BigRational,
        sgd: Sampler,
        beta_star: Option<Vec<BigRational>>,
    ) -> Result<Self, Error> {
        if sgd.kind().is_none() {
            return Err(Error::field(
                "sampler",
                "the SGD run needs a stochastic sampler",
            ));
        }
        let data = &base.data;
        if let Some(b) = &beta_star {
            if b.len() != data.d() {
                return Err(Error::field(
                    "beta_star",
                    format!("expected d = {} entries", data.d()),
                ));
            }
            for (j, (row, yj)) in data.x.iter().zip(&data.y).enumerate() {
                let v: BigRational = row.iter().zip(b).map(|(a, c)| a * c).sum();
                if &v != yj {
                    return Err(Error::field(
                        "beta_star",
                        format!("not an interpolator: ⟨x_{j}, β*⟩ ≠ y_{j}"),
                    ));
                }
            }
        }
        let run = |gamma: BigRational, sampler: Sampler| {
            ImplicitBiasProblem::new(
                data.clone(),
                base.alpha.clone(),
                gamma,
                sampler,
                base.max_steps,
            )
        };
        Ok(ComparisonProblem {
            gd: run(gamma_gd, Sampler::Full)?,
            sgd: run(gamma_sgd, sgd)?,
            beta_star,
        })
    }

    /// The model section: the SGD run's, with β*.
    pub fn model(&self) -> DiagonalComparisonModel {
        let m = self.sgd.model_info();
        DiagonalComparisonModel {
            kind: m.kind,
            dim: m.dim,
            data: m.data,
            alpha: m.alpha,
            batch: m.batch,
            seed: m.seed,
            sampler: m.sampler,
            beta_star: self
                .beta_star
                .as_ref()
                .map(|b| b.iter().map(format_exact).collect()),
        }
    }
}

/// An exact interval `(lo, hi)`.
type Iv = (BigRational, BigRational);

fn parse(e: &Enclosure) -> Option<Iv> {
    Some((parse_rational(&e.lo).ok()?, parse_rational(&e.hi).ok()?))
}

fn abs(x: &Iv) -> Iv {
    if !x.0.is_negative() {
        x.clone()
    } else if !x.1.is_positive() {
        (-x.1.clone(), -x.0.clone())
    } else {
        (BigRational::zero(), (-x.0.clone()).max(x.1.clone()))
    }
}

fn sub(a: &Iv, b: &Iv) -> Iv {
    (&a.0 - &b.1, &a.1 - &b.0)
}

fn sum<'a>(items: impl Iterator<Item = &'a Iv>) -> Iv {
    items.fold((BigRational::zero(), BigRational::zero()), |a, b| {
        (a.0 + &b.0, a.1 + &b.1)
    })
}

fn out(x: &Iv) -> Option<Enclosure> {
    Some(Enclosure::outward(&x.0, &x.1, DIGITS))
}

/// The proved sign of an interval: `Some(true)` if > 0, `Some(false)` if < 0.
fn sign(x: &Iv) -> Option<bool> {
    if x.0.is_positive() {
        Some(true)
    } else if x.1.is_negative() {
        Some(false)
    } else {
        None
    }
}

/// The gains of a verified `implicit-bias` certificate, exact.
fn gains(cert: &Certificate) -> Option<Vec<Iv>> {
    match cert.quantities.get("gain") {
        Some(Quantity::Array(v)) => v.iter().map(parse).collect(),
        _ => None,
    }
}

/// The support fraction S/(S + O) of the |gains| (module docs); `None` unless both
/// denominators are proved positive.
fn support_fraction(gain: &[Iv], support: &[bool]) -> Option<Iv> {
    let pick = |on: bool| {
        let v: Vec<Iv> = gain
            .iter()
            .zip(support)
            .filter(|(_, s)| **s == on)
            .map(|(g, _)| abs(g))
            .collect();
        sum(v.iter())
    };
    let (s, o) = (pick(true), pick(false));
    let (den_lo, den_hi) = (&s.0 + &o.1, &s.1 + &o.0);
    (den_lo.is_positive() && den_hi.is_positive()).then(|| (&s.0 / den_lo, &s.1 / den_hi))
}

/// Prove both runs with `backend`, then the comparison.
///
/// # Errors
/// As [`prove_implicit_bias`].
pub fn prove_comparison(
    problem: &ComparisonProblem,
    backend: Backend,
) -> Result<Certificate, Error> {
    let start = Instant::now();
    let gd = prove_implicit_bias(&problem.gd, backend)?;
    let sgd = prove_implicit_bias(&problem.sgd, backend)?;
    let mut reasons = Vec::new();
    for (name, c) in [("GD", &gd), ("SGD", &sgd)] {
        if !c.verified {
            reasons.push(format!("the {name} run is not proved: {}", c.reason));
        }
    }
    let mut quantities = DlnComparisonQuantities::default();
    if reasons.is_empty() {
        match compare(problem, &gd, &sgd) {
            Ok(q) => quantities = q,
            Err(why) => reasons.push(why),
        }
    }
    let backend = gd.backend.parse().map_err(|_| Error::Field {
        field: "backend",
        message: format!("unknown backend {:?}", gd.backend),
    })?;
    let claim = DlnComparisonClaim {
        schema: SCHEMA.into(),
        model: problem.model(),
        backend,
        rigorous: gd.rigorous && sgd.rigorous,
        verified: reasons.is_empty(),
        reason: reasons.join("; "),
        quantities,
        evidence: ev::DlnComparison {
            gd: Box::new(gd),
            sgd: Box::new(sgd),
        },
        elapsed_s: start.elapsed().as_secs_f64(),
    };
    Ok(claim.into_certificate())
}

/// The comparison quantities from two verified certificates (module docs).
fn compare(
    problem: &ComparisonProblem,
    gd: &Certificate,
    sgd: &Certificate,
) -> Result<DlnComparisonQuantities, String> {
    let mut q = DlnComparisonQuantities::default();
    let unreadable = || "a run's gain enclosure is missing or unreadable".to_string();
    let (g_gd, g_sgd) = (
        gains(gd).ok_or_else(unreadable)?,
        gains(sgd).ok_or_else(unreadable)?,
    );
    q.stepsize_gd = Some(Enclosure::exact(&problem.gd.gamma));
    q.stepsize_sgd = Some(Enclosure::exact(&problem.sgd.gamma));
    let l1 = |g: &[Iv]| {
        let a: Vec<Iv> = g.iter().map(abs).collect();
        sum(a.iter())
    };
    let (l1_gd, l1_sgd) = (l1(&g_gd), l1(&g_sgd));
    let diff = sub(&l1_sgd, &l1_gd);
    q.gain_l1_gd = out(&l1_gd);
    q.gain_l1_sgd = out(&l1_sgd);
    q.gain_l1_sgd_minus_gd = out(&diff);
    if let Some(s) = sign(&diff) {
        q.sgd_gain_l1_larger = Some(s);
    }
    let coords: Vec<Iv> = g_sgd.iter().zip(&g_gd).map(|(s, g)| sub(s, g)).collect();
    q.gain_sgd_minus_gd = Some(
        coords
            .iter()
            .map(|x| Enclosure::outward(&x.0, &x.1, DIGITS))
            .collect(),
    );
    let label: String = coords
        .iter()
        .map(|x| match sign(x) {
            Some(true) => '+',
            Some(false) => '-',
            None => '?',
        })
        .collect();
    q.gain_sign_sgd_minus_gd = Some(label);
    let Some(b) = &problem.beta_star else {
        return Ok(q);
    };
    let support: Vec<bool> = b.iter().map(|v| !v.is_zero()).collect();
    let not_positive = || "the total gain is not proved positive".to_string();
    let f_gd = support_fraction(&g_gd, &support).ok_or_else(not_positive)?;
    let f_sgd = support_fraction(&g_sgd, &support).ok_or_else(not_positive)?;
    q.gain_support_fraction_gd = out(&f_gd);
    q.gain_support_fraction_sgd = out(&f_sgd);
    let missing = || "a run's beta_limit is missing or unreadable".to_string();
    let e_gd = recovery_error(gd, b).ok_or_else(missing)?;
    let e_sgd = recovery_error(sgd, b).ok_or_else(missing)?;
    let diff = sub(&e_gd, &e_sgd);
    q.recovery_error_gd = out(&e_gd);
    q.recovery_error_sgd = out(&e_sgd);
    q.recovery_error_gd_minus_sgd = out(&diff);
    if let Some(s) = sign(&diff) {
        q.sgd_recovery_error_smaller = Some(s);
    }
    Ok(q)
}
