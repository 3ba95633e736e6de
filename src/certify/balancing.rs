//! Claim `balancing`: edge of stability and balancing for f = φ(xᵀy − 1) (Wang et al.
//! §3, §4), on one instance, through the exact planar reduction of
//! [`crate::model::product`].
//!
//! # Claim
//! GD from the exact `(x₀, y₀)` with step `h` converges to a minimiser `(x∞, y∞)`
//! (`x∞ᵀy∞ = 1`), and
//! - `sharpness_limit` = S∞ = λ_max(∇²f(x∞, y∞)) = ‖x∞‖² + ‖y∞‖² = q∞ (P3; φ′(0) = 0,
//!   φ″(0) = 1 so the Hessian at a minimiser is (y; x)(y; x)ᵀ);
//! - `eta_times_sharpness` = h·S∞, with `sharpness_below_edge: true` when h·S∞ ≤ 2 is proved;
//! - `imbalance_limit` = ‖x∞ − y∞‖ = √(q∞ − 2);
//! - `imbalance_bound` = √(2/h − 2) (for h ≤ 1) and `imbalance_within_bound: true` when
//!   ‖x∞ − y∞‖ ≤ √(2/h − 2) is proved (equivalent to h·S∞ ≤ 2, `docs/theory.md`).
//!
//! # Method
//! K steps of interval iteration of the factor-form map on `(r, q)`, then the **tail lemma**:
//! if `|r_K| ≤ ε`, and over the box `r ∈ [−ε, ε]`, `q ∈ Q = [Qlo, Qhi]` the factors satisfy
//! `|m| ≤ ρ < 1`, `|p| ≤ B`, and `[q_K − R, q_K + R] ⊆ Q` with `R = εB/(1 − ρ)`, then for all
//! `k ≥ K`: `|r_k| ≤ ερ^{k−K}`, `|q_k − q_K| ≤ R` (induction, as in
//! [`crate::certify::catapult`]). Since `Σ|g_k| < ∞`, `x_k ± y_k = ∏(1 ± hg_j)(x₀ ± y₀)`
//! converge, so GD converges to a point with `r = 0` and `q∞ ∈ [q_K.lo − R, q_K.hi + R]`.
//!
//! # Divergence (claim `divergence`)
//! For φ with `C(r) = φ′(r)/r ≥ 1` everywhere (quad, quartic, power:K with K ≥ 2), the run is
//! also watched for the **escape lemma**: let `ρ > 0`, `κ₀ ≥ 0`, `δ > 0`, `κ̄ = κ₀ + δ`,
//! `D = ρ − 1 − κ̄/h > 0` with `h²ρD ≥ 1` and `2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ)) ≤ δD`. If
//! `|r_K| ≥ ρ` and `q_K ≤ κ₀|r_K|`, then `|r_k| ≥ 2^{k−K}ρ` for all `k ≥ K`: the loss is unbounded.
//! *Proof.* Induction with `q_k ≤ κ_k|r_k|`, `κ_k ≤ κ̄`. Write `c = C(r) ≥ 1`, `u = hc|r|`.
//! Since `r(1 + r) ≥ r² − |r|`: `m = 1 − hcq + h²c²r(1 + r) ≥ 1 + u² − hcu − κu
//! = 1 + h²c²|r|(|r| − 1 − κ/(hc)) ≥ 1 + h²ρD ≥ 2`, so `|r⁺| = |r|m ≥ 2|r|`. And
//! `q⁺ = q(1 + h²c²r²) − 4hc·r(1 + r) ≤ |r|(κ(1 + u²) − 4u + 4hc)`, so
//! `q⁺/|r⁺| − κ ≤ (u(κ² + κhc − 4) + 4hc)/(u(u − hc − κ))
//! ≤ ((κ̄² − 4)⁺/h + κ̄ + 4/(h|r|))/(|r| − 1 − κ̄/h)` (using `c ≥ 1`); with `|r_k| ≥ 2^{k−K}ρ` the
//! denominators are `≥ 2^{k−K}D`, so the increments of `κ` sum to at most
//! `2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ))/D ≤ δ`, keeping `κ_k ≤ κ̄`. ∎
//! Quantities `diverges: true` and `escape_step = K`.

use std::time::Instant;

use eoscert_check::claim::{
    BalancingClaim, BalancingQuantities, DivergenceClaim, DivergenceQuantities, ProductKind,
    ProductModel,
};
use eoscert_check::evidence as ev;
use num_rational::BigRational;
use num_traits::{One, Signed};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, SCHEMA, format_exact};
use crate::certify::catapult::{outward, short_down, short_up};
use crate::certify::trajectory::check_eta;
use crate::certify::{Reason, reason_text};
use crate::dynamics::Product;
use crate::model::product::{Phi, product_factors};

/// The largest dimension accepted.
pub const MAX_DIM: usize = 4096;
/// The largest step budget.
pub const MAX_STEPS: u64 = 1_000_000;
/// The default step budget.
pub const DEFAULT_MAX_STEPS: u64 = 20_000;

/// A balancing claim.
#[derive(Clone, Debug)]
pub struct BalanceProblem {
    /// The loss shape.
    pub phi: Phi,
    /// `x₀`.
    pub x: Vec<BigRational>,
    /// `y₀`.
    pub y: Vec<BigRational>,
    /// The step `h`.
    pub h: BigRational,
    /// Step budget.
    pub max_steps: u64,
}

impl BalanceProblem {
    /// Validate and build from `init = x1..xn, y1..yn`.
    ///
    /// # Errors
    /// [`Error::BadInput`] for an odd or empty `init`, a dimension above [`MAX_DIM`], a bad step
    /// or budget.
    pub fn new(
        phi: Phi,
        init: Vec<BigRational>,
        h: BigRational,
        max_steps: u64,
    ) -> Result<Self, Error> {
        if init.is_empty() || !init.len().is_multiple_of(2) || init.len() / 2 > MAX_DIM {
            return Err(Error::field(
                "init",
                format!(
                    "expected x1..xn,y1..yn (2n numbers, 1 ≤ n ≤ {MAX_DIM}), got {}",
                    init.len()
                ),
            ));
        }
        check_eta(&h)?;
        if max_steps == 0 || max_steps > MAX_STEPS {
            return Err(Error::field(
                "max_steps",
                format!("{max_steps}: need 1..={MAX_STEPS}"),
            ));
        }
        let n = init.len() / 2;
        Ok(BalanceProblem {
            phi,
            x: init[..n].to_vec(),
            y: init[n..].to_vec(),
            h,
            max_steps,
        })
    }

    /// `(r₀, q₀) = (x₀ᵀy₀ − 1, ‖x₀‖² + ‖y₀‖²)`, exact.
    pub fn reduced(&self) -> (BigRational, BigRational) {
        let s = self
            .x
            .iter()
            .zip(&self.y)
            .fold(BigRational::from_integer(0.into()), |a, (u, v)| a + u * v);
        let q = self
            .x
            .iter()
            .chain(&self.y)
            .fold(BigRational::from_integer(0.into()), |a, u| a + u * u);
        (s - BigRational::one(), q)
    }

    /// The model record.
    pub fn model_info(&self) -> ProductModel {
        ProductModel {
            kind: ProductKind::Product,
            dim: Some(self.x.len()),
            target: "1".into(),
            phi: Some(self.phi.to_string()),
        }
    }
}

/// Prove the claim with `backend` (`interval` or `mpfr:BITS`; `f64` is never verified).
///
/// # Errors
/// [`Error::BadInput`] for the exact backend (square roots are not exact).
pub fn prove_balancing(problem: &BalanceProblem, backend: Backend) -> Result<Certificate, Error> {
    if backend == Backend::Rational {
        return Err(Error::field(
            "backend",
            "rational: use mpfr:BITS (the reduced map's bit sizes triple per step)",
        ));
    }
    let start = Instant::now();
    let mut cert = backend.dispatch(Run { problem });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

struct Run<'a> {
    problem: &'a BalanceProblem,
}

struct Tail {
    eps: BigRational,
    q_box: (BigRational, BigRational),
    rho: BigRational,
    b: BigRational,
    limit: (BigRational, BigRational),
}

fn try_tail<S: Scalar>(
    phi: Phi,
    r: &S,
    q: &S,
    h: &S,
    tol: &BigRational,
    ctx: &S::Ctx,
) -> Option<Tail> {
    let (rlo, rhi) = r.bounds()?;
    let (qlo, qhi) = q.bounds()?;
    let eps = short_up(&rlo.abs().max(rhi.abs()));
    let mut d = (&qhi - &qlo).max(eps.clone()) * BigRational::from_integer(1024.into());
    for _ in 0..3 {
        let q_box = (&qlo - &d, &qhi + &d);
        let rb = S::from_bounds(&-eps.clone(), &eps, ctx);
        let qb = S::from_bounds(&q_box.0, &q_box.1, ctx);
        let (m, p) = product_factors(phi, &rb, &qb, h);
        let (_, m_hi) = m.abs().bounds()?;
        let (_, p_hi) = p.abs().bounds()?;
        let rho = short_up(&m_hi);
        if rho >= BigRational::one() {
            return None;
        }
        let b = short_up(&p_hi);
        let radius = &eps * &b / (BigRational::one() - &rho);
        if radius <= d {
            if &radius > tol {
                return None;
            }
            return Some(Tail {
                eps,
                limit: (&qlo - &radius, &qhi + &radius),
                q_box,
                rho,
                b,
            });
        }
        d = radius * BigRational::from_integer(2.into());
    }
    None
}

/// Enclose `√x` for `x ∈ [lo, hi]`, `lo ≥ 0` (outward, via the backend).
fn sqrt_enclosure<S: Scalar>(
    lo: &BigRational,
    hi: &BigRational,
    ctx: &S::Ctx,
) -> Option<(BigRational, BigRational)> {
    S::from_bounds(lo, hi, ctx).sqrt().bounds()
}

/// `C(r) = φ′(r)/r ≥ 1` for every r: quad (1), quartic (1 + r²), power:K with K ≥ 2
/// ((1 + r²)^{(K−2)/2}). The escape lemma needs it.
pub fn grows_at_least_quadratically(phi: Phi) -> bool {
    match phi {
        Phi::Quad | Phi::Quartic => true,
        Phi::Power(k) => *k.numer() >= 2 * *k.denom(),
        Phi::PseudoHuber | Phi::LogCosh => false,
    }
}

/// The constants of the escape lemma: `|r_K| ≥ ρ`, `q_K ≤ κ₀|r_K|`, slack `δ`.
pub(crate) struct PhiEscape {
    pub(crate) r_min: BigRational,
    pub(crate) kappa0: BigRational,
    pub(crate) delta: BigRational,
}

/// The escape lemma's conditions on the constants (exact): with `κ̄ = κ₀ + δ`,
/// `D = ρ − 1 − κ̄/h > 0`, `h²ρD ≥ 1` and `2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ)) ≤ δD`.
pub fn escape_constants_hold(
    h: &BigRational,
    r_min: &BigRational,
    kappa0: &BigRational,
    delta: &BigRational,
) -> bool {
    let zero = BigRational::from_integer(0.into());
    let (two, four) = (
        BigRational::from_integer(2.into()),
        BigRational::from_integer(4.into()),
    );
    if !h.is_positive() || !r_min.is_positive() || kappa0.is_negative() || !delta.is_positive() {
        return false;
    }
    let kbar = kappa0 + delta;
    let d = r_min - BigRational::one() - &kbar / h;
    if !d.is_positive() || h * h * r_min * &d < BigRational::one() {
        return false;
    }
    let excess = (&kbar * &kbar - &four).max(zero);
    two * (excess / h + &kbar + four / (h * r_min)) <= delta * d
}

/// Try the escape lemma at `(r, q)` (φ with `C ≥ 1`).
pub(crate) fn try_phi_escape<S: Scalar>(r: &S, q: &S, h: &BigRational) -> Option<PhiEscape> {
    let (rlo, rhi) = r.bounds()?;
    let (_, qhi) = q.bounds()?;
    let zero = BigRational::from_integer(0.into());
    let abs_min = if rlo.is_positive() {
        rlo
    } else if rhi.is_negative() {
        -rhi
    } else {
        return None;
    };
    if abs_min < BigRational::from_integer(2.into()) {
        return None;
    }
    let r_min = short_down(&abs_min);
    if !r_min.is_positive() {
        return None;
    }
    let kappa0 = short_up(&(qhi.max(zero) / &r_min));
    for factor in [1, 4, 16] {
        let delta =
            short_up(&(&kappa0 * BigRational::from_integer(factor.into()) + BigRational::one()));
        if escape_constants_hold(h, &r_min, &kappa0, &delta) {
            return Some(PhiEscape {
                r_min,
                kappa0,
                delta,
            });
        }
    }
    None
}

/// Why a balancing claim is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum BalancingReason {
    /// The enclosure of (r, q) became unbounded at this step.
    Unbounded {
        /// The step.
        step: u64,
    },
    /// The enclosure of q became wider than |q| at this step.
    QLostDigits {
        /// The step.
        step: u64,
    },
    /// The tail lemma did not apply within the step budget.
    Undecided {
        /// The step budget.
        max_steps: u64,
        /// |r| at the last step (float, for the message).
        r: f64,
    },
    /// ‖x∞ − y∞‖² = q∞ − 2 is not enclosed.
    ImbalanceNotEnclosed,
    /// h·S∞ ≤ 2 is not decided by the enclosure of the limit.
    StabilityUndecided,
}

impl Reason for BalancingReason {
    fn text(&self) -> String {
        match self {
            BalancingReason::Unbounded { step } => {
                format!("the enclosure became unbounded at step {step} (the run may diverge)")
            }
            BalancingReason::QLostDigits { step } => format!(
                "the enclosure of q lost all digits at step {step}; try a higher precision, or \
                 the run may diverge"
            ),
            BalancingReason::Undecided { max_steps, r } => format!(
                "undecided after {max_steps} steps: the tail lemma did not apply (|r| ≈ {r:.3e}); \
                 the run may diverge or converge slowly — raise max_steps or the precision"
            ),
            BalancingReason::ImbalanceNotEnclosed => "‖x∞ − y∞‖² = q∞ − 2 is not enclosed".into(),
            BalancingReason::StabilityUndecided => {
                "h·S∞ ≤ 2 (the stability bound) is not decided by the enclosure".into()
            }
        }
    }
}

/// Where the replay of the reduced map stopped: a lemma applied at step `steps`.
enum Ended {
    /// The tail lemma (convergence).
    Tail { steps: u64, tail: Box<Tail> },
    /// The escape lemma (divergence).
    Escape { steps: u64, escape: PhiEscape },
}

/// Replay the reduced map `(r, q)` until the escape lemma (φ with `C ≥ 1`) or the tail lemma
/// (once |r| < 10⁻³, radius tolerance `2^{−prec/3}` relative to q) applies.
fn replay<S: Scalar>(problem: &BalanceProblem, ctx: &S::Ctx) -> Result<Ended, BalancingReason> {
    let phi = problem.phi;
    let (r0, q0) = problem.reduced();
    let map = Product::new(phi, problem.h.clone()).constants::<S>(ctx);
    let h = map.h.clone();
    let mut r = S::from_rational(&r0, ctx);
    let mut q = S::from_rational(&q0, ctx);
    let prec = S::precision_bits(ctx).unwrap_or(256);
    let tol_bits = (prec / 3).max(8);
    let escapable = grows_at_least_quadratically(phi);
    for t in 0..=problem.max_steps {
        if escapable && let Some(escape) = try_phi_escape(&r, &q, &problem.h) {
            return Ok(Ended::Escape { steps: t, escape });
        }
        let (Some((qlo, qhi)), Some(_)) = (q.bounds(), r.bounds()) else {
            return Err(BalancingReason::Unbounded { step: t });
        };
        if &qhi - &qlo > qlo.abs().max(BigRational::one()) {
            return Err(BalancingReason::QLostDigits { step: t });
        }
        if r.abs().to_f64() < 1e-3 {
            let tol = qlo.abs().max(BigRational::one())
                * BigRational::new(1.into(), num_bigint::BigInt::one() << tol_bits);
            if let Some(tail) = try_tail(phi, &r, &q, &h, &tol, ctx) {
                return Ok(Ended::Tail {
                    steps: t,
                    tail: Box::new(tail),
                });
            }
        }
        if t == problem.max_steps {
            break;
        }
        let (r_next, q_next, _) = map.step(&r, &q);
        r = r_next;
        q = q_next;
    }
    Err(BalancingReason::Undecided {
        max_steps: problem.max_steps,
        r: r.to_f64().abs(),
    })
}

/// The quantities of the limit from the tail lemma: the sharpness S∞ = q∞ and ηS∞, the
/// stability bound hS∞ ≤ 2, the imbalance ‖x∞ − y∞‖ = √(q∞ − 2) and (h ≤ 1) its bound
/// √(2/h − 2).
fn limit_quantities<S: Scalar>(
    problem: &BalanceProblem,
    tail: &Tail,
    ctx: &S::Ctx,
) -> Result<BalancingQuantities, BalancingReason> {
    let (llo, lhi) = &tail.limit;
    let hq = &problem.h;
    let two = BigRational::from_integer(2.into());
    let below_edge = hq * lhi <= two;
    let mut quantities = BalancingQuantities {
        sharpness_limit: Some(outward(llo, lhi)),
        eta_times_sharpness: Some(outward(&(hq * llo), &(hq * lhi))),
        sharpness_below_edge: Some(below_edge),
        ..Default::default()
    };
    let zero = BigRational::from_integer(0.into());
    let d_lo = (llo - &two).max(zero.clone());
    let d_hi = lhi - &two;
    let mut failure = None;
    match sqrt_enclosure::<S>(&d_lo, &d_hi.clone().max(d_lo.clone()), ctx) {
        Some((a, b)) if !d_hi.is_negative() => {
            quantities.imbalance_limit = Some(outward(&a.max(zero.clone()), &b));
        }
        _ => failure = Some(BalancingReason::ImbalanceNotEnclosed),
    }
    if hq <= &BigRational::one() {
        let bound = two.clone() / hq - &two;
        if let Some((a, b)) = sqrt_enclosure::<S>(&bound, &bound, ctx) {
            quantities.imbalance_bound = Some(outward(&a.max(zero), &b));
            quantities.imbalance_within_bound = Some(below_edge);
        }
    }
    if !below_edge {
        failure = Some(BalancingReason::StabilityUndecided);
    }
    match failure {
        Some(why) => Err(why),
        None => Ok(quantities),
    }
}

impl Tail {
    /// The certificate's `tail` (exact).
    fn evidence(&self) -> ev::BalancingTail {
        ev::BalancingTail {
            eps: format_exact(&self.eps),
            q_lo: format_exact(&self.q_box.0),
            q_hi: format_exact(&self.q_box.1),
            rho: format_exact(&self.rho),
            b: format_exact(&self.b),
        }
    }
}

impl PhiEscape {
    /// The certificate's `escape` (exact).
    pub(crate) fn evidence(&self) -> ev::PhiEscape {
        ev::PhiEscape {
            r_min: format_exact(&self.r_min),
            kappa0: format_exact(&self.kappa0),
            delta: format_exact(&self.delta),
        }
    }
}

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let problem = self.problem;
        // The exact backend is refused by `prove_balancing`; 0 marks exact arithmetic.
        let bits = S::precision_bits(&ctx).unwrap_or(0);
        let proved = match replay::<S>(problem, &ctx) {
            Ok(Ended::Escape { steps, escape }) => {
                return divergence_certificate::<S>(problem, &ctx, steps, &escape);
            }
            Ok(Ended::Tail { steps, tail }) => {
                limit_quantities::<S>(problem, &tail, &ctx).map(|quantities| {
                    let evidence = ev::Balancing {
                        precision_bits: bits,
                        steps,
                        tail: tail.evidence(),
                    };
                    (quantities, evidence)
                })
            }
            Err(why) => Err(why),
        };
        let (quantities, evidence, failure) = match proved {
            Ok((q, e)) => (q, Some(e), None),
            Err(why) => (BalancingQuantities::default(), None, Some(why)),
        };
        let mut init: Vec<String> = problem.x.iter().map(format_exact).collect();
        init.extend(problem.y.iter().map(format_exact));
        BalancingClaim {
            schema: SCHEMA.into(),
            model: problem.model_info(),
            eta: Some(format_exact(&problem.h)),
            init,
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: S::RIGOROUS && failure.is_none(),
            reason: reason_text(failure.as_ref(), S::RIGOROUS),
            quantities,
            evidence,
            elapsed_s: 0.0,
        }
        .into_certificate()
    }
}

/// The `divergence` certificate: `|r_t| → ∞` by the escape lemma at step `steps`.
fn divergence_certificate<S: Scalar>(
    problem: &BalanceProblem,
    ctx: &S::Ctx,
    steps: u64,
    e: &PhiEscape,
) -> Certificate {
    let quantities = DivergenceQuantities {
        diverges: Some(true),
        escape_step: Some(crate::certificate::Enclosure::exact(
            &BigRational::from_integer(steps.into()),
        )),
    };
    let mut init: Vec<String> = problem.x.iter().map(format_exact).collect();
    init.extend(problem.y.iter().map(format_exact));
    DivergenceClaim {
        schema: SCHEMA.into(),
        model: problem.model_info(),
        eta: Some(format_exact(&problem.h)),
        init,
        backend: crate::certify::backend::<S>(ctx),
        rigorous: S::RIGOROUS,
        verified: S::RIGOROUS,
        reason: reason_text(None::<&BalancingReason>, S::RIGOROUS),
        quantities,
        evidence: ev::Divergence {
            // The exact backend is refused by `prove_balancing`; 0 marks exact arithmetic.
            precision_bits: S::precision_bits(ctx).unwrap_or(0),
            steps,
            escape: e.evidence(),
        },
        elapsed_s: 0.0,
    }
    .into_certificate()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// The reason of an unverified certificate is the typed reason's text; the evidence of a
    /// verified one reads back as the checker's type.
    #[test]
    fn reasons_and_evidence_are_typed() {
        let problem =
            |steps| BalanceProblem::new(Phi::Quad, vec![q("4"), q("0.26")], q("0.2"), steps);
        let cert = prove_balancing(&problem(3).unwrap(), Backend::Mpfr(256)).unwrap();
        assert!(!cert.verified);
        // |r_3| printed with 4 digits, as in the certificate.
        let r = cert.reason.split('≈').nth(1).unwrap().trim_start();
        let r: f64 = r[..r.find(')').unwrap()].parse().unwrap();
        let why = BalancingReason::Undecided { max_steps: 3, r };
        assert_eq!(cert.reason, why.text());
        let cert = prove_balancing(&problem(20_000).unwrap(), Backend::Mpfr(256)).unwrap();
        assert!(cert.verified, "{}", cert.reason);
        let typed: ev::Balancing = serde_json::from_value(cert.evidence).unwrap();
        assert_eq!(typed.precision_bits, 256);
        let lost = BalancingReason::QLostDigits { step: 6 };
        assert_eq!(
            lost.text(),
            "the enclosure of q lost all digits at step 6; try a higher precision, or the run may \
             diverge"
        );
    }
}
