//! Regime classification of (model, η, θ₀) for the deep scalar factorisation (reference §1,
//! §4): `subcritical`, `critical`, `supercritical`, `divergent` or `undetermined`.
//!
//! # What each label proves (rigorous classifier)
//! - **divergent**: at some step t ≤ N the enclosure of θ_t satisfies the *escape lemma*
//!   below, so |r_t| → ∞ (and the loss → ∞), whatever η is.
//! - **subcritical**: η < η_crit = 2/λ* (exact rational comparison, see
//!   [`super::subcritical::eta_vs_critical`]) **and** GD converges to a minimum θ∞ ∈ M: the tail
//!   lemma of [`super::subcritical`] closes at some step t ≤ N (κ < 1 on a region containing
//!   every later iterate). The enclosure of λ∞ is reported.
//! - **critical** / **supercritical**: η = η_crit / η > η_crit (exact), and the rigorous run of
//!   N steps stayed enclosed and did not meet the escape lemma (whether it ends near M,
//!   |r_N| ≤ y/4, is said in the reason). A criterion on the end state would make the label
//!   depend on chaotic details for η beyond the period-doubling cascade (√5 − 1 for p = 2),
//!   where float64 and exact trajectories part after a few dozen steps. The long-time behaviour (power
//!   law at criticality, the period-two orbit above) is *not* certified here (see the `critical`
//!   and `orbit` claims); the label is the learning-rate regime of a start not proved divergent.
//! - a start exactly on M (f(θ₀) = y in exact arithmetic, both classifiers) is a fixed point:
//!   the label is η's regime (subcritical / critical / supercritical, exact comparison).
//! - **undetermined**: anything else (η < η_crit without a convergence proof within N steps, an
//!   enclosure that lost all digits, a start outside the positive orthant that neither escapes
//!   nor is decided by η).
//!
//! # Escape lemma (proof)
//! Write m = minᵢ θᵢ², M = maxᵢ θᵢ², F = |f(θ)|, r = f − y, ρ = η|r|F, and suppose
//! (a) ρ ≥ 2M, (b) m^{p−1} ≥ 36/η, (c) m^p ≥ 4y². GD gives θᵢ' = θᵢ(1 − xᵢ), xᵢ = ηrf/θᵢ²,
//! |xᵢ| = ρ/θᵢ² ≥ 2, so |xᵢ|/2 ≤ |1 − xᵢ| ≤ 3|xᵢ|/2 and ρ²/(4θᵢ²) ≤ θᵢ'² ≤ 9ρ²/(4θᵢ²).
//! Hence m' ≥ ρ²/(4M) ≥ ρ/2 ≥ M ≥ m (so (b), (c) persist), M' ≤ 9ρ²/(4m), and
//! F'² ≥ (ρ²/4)^p/F² ≥ (ρ/2)^{2p}/(ρ/2)^p (as F² ≤ M^p ≤ (ρ/2)^p), i.e. F' ≥ (ρ/2)^{p/2}
//! ≥ m^{p/2} ≥ 2y, so |r'| ≥ F'/2 and ρ' ≥ ηF'²/2 ≥ (η/2)(ρ/2)^p. With ρ ≥ 2m and (b):
//! (η/2)(ρ/2)^p ≥ 9ρ²/(2m) ≥ 2M' (so (a) persists) and ρ' ≥ ρ·η(2m)^{p−1}/2^{p+1} ≥ 9ρ.
//! So ρ_t ≥ 9^t ρ₀ → ∞, and since ρ ≤ η|r|(|r| + y), |r_t| → ∞.
//!
//! # Fast classifier
//! [`classify_fast`] runs the same logic in float64 (no guarantee; η vs η_crit in float64). The
//! property tests check that it agrees with [`classify`] wherever the rigorous one decides.

use std::cmp::Ordering;

use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::arith::{Backend, BackendTask, MAX_MPFR_BITS, Scalar};
use crate::certificate::Enclosure;
use crate::certify::enclosure_of;
use crate::certify::subcritical::{eta_vs_critical, tail_bound};
use crate::model::Model;

/// The regimes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    /// η < η_crit and convergence to a minimum proved.
    Subcritical,
    /// η = η_crit, not proved divergent.
    Critical,
    /// η > η_crit, not proved divergent.
    Supercritical,
    /// Escape to infinity proved.
    Divergent,
    /// The proof did not close.
    Undetermined,
}

impl Regime {
    /// The label.
    pub fn as_str(self) -> &'static str {
        match self {
            Regime::Subcritical => "subcritical",
            Regime::Critical => "critical",
            Regime::Supercritical => "supercritical",
            Regime::Divergent => "divergent",
            Regime::Undetermined => "undetermined",
        }
    }
}

/// A classification with its reason.
#[derive(Clone, Debug)]
pub struct Classification {
    /// The regime.
    pub regime: Regime,
    /// η against η_crit (exact for the rigorous classifier).
    pub eta_vs_critical: Ordering,
    /// The step at which divergence or convergence was proved.
    pub decided_at: Option<u64>,
    /// λ∞ (subcritical only).
    pub sharpness_limit: Option<Enclosure>,
    /// What was proved, or why not.
    pub reason: String,
}

/// The escape lemma's hypotheses (module docs) on the box `theta`, decided from exact
/// endpoints. For `f64` the "box" is a point (no guarantee).
pub fn escape_holds<S: Scalar>(theta: &[S], y: &BigRational, eta: &BigRational) -> bool {
    let p = theta.len();
    let ctx = theta[0].ctx();
    let f = theta.iter().cloned().reduce(|a, b| a * b).expect("p >= 2");
    let r = f.clone() - S::from_rational(y, &ctx);
    let lower_abs = |x: &S| -> Option<BigRational> {
        let (lo, hi) = x.bounds()?;
        Some(if lo.is_positive() {
            lo
        } else if hi.is_negative() {
            -hi
        } else {
            BigRational::zero()
        })
    };
    let (Some(f_lo), Some(r_lo)) = (lower_abs(&f), lower_abs(&r)) else {
        return false;
    };
    let mut m_lo: Option<BigRational> = None;
    let mut big_m_hi: Option<BigRational> = None;
    for t in theta {
        let Some((lo, hi)) = t.sqr().bounds() else {
            return false;
        };
        m_lo = Some(m_lo.map_or(lo.clone(), |m| if lo < m { lo.clone() } else { m }));
        big_m_hi = Some(big_m_hi.map_or(hi.clone(), |m| if hi > m { hi.clone() } else { m }));
    }
    let (m, big_m) = (m_lo.expect("p >= 2"), big_m_hi.expect("p >= 2"));
    let rho = eta * &r_lo * &f_lo;
    let two = BigRational::from_integer(2.into());
    rho >= &two * &big_m
        && eta * num_traits::pow(m.clone(), p - 1) >= BigRational::from_integer(36.into())
        && num_traits::pow(m, p) >= BigRational::from_integer(4.into()) * y * y
}

struct Run<'a> {
    model: &'a Model,
    eta: &'a BigRational,
    init: &'a [BigRational],
    steps: u64,
    cmp: Ordering,
}

impl BackendTask for Run<'_> {
    type Output = Classification;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Classification {
        let Run {
            model,
            eta,
            init,
            steps,
            cmp,
        } = self;
        let yq = model.target();
        let y = S::from_rational(yq, &ctx);
        let eta_s = S::from_rational(eta, &ctx);
        let mut theta: Vec<S> = init.iter().map(|q| S::from_rational(q, &ctx)).collect();
        let done = |regime, decided_at, sharpness_limit, reason: String| Classification {
            regime,
            eta_vs_critical: cmp,
            decided_at,
            sharpness_limit,
            reason,
        };
        // θ₀ ∈ M exactly (exact rational check of the input): GD stays there forever.
        let f0: BigRational = init.iter().cloned().product();
        if &f0 == yq {
            let regime = match cmp {
                Ordering::Less => Regime::Subcritical,
                Ordering::Equal => Regime::Critical,
                Ordering::Greater => Regime::Supercritical,
            };
            return done(
                regime,
                Some(0),
                None,
                "θ₀ lies on M exactly (f(θ₀) = y in exact arithmetic): a fixed point of GD, the \
                 trajectory stays at this minimum; the label is η's regime"
                    .into(),
            );
        }
        let mut lost = None;
        for t in 0..=steps {
            let bounded = theta.iter().all(|x| {
                let w = x.width_f64();
                w.is_finite() && x.to_f64().is_finite() && w < x.to_f64().abs().max(1.0)
            });
            if !bounded {
                lost = Some(t);
                break;
            }
            if escape_holds(&theta, yq, eta) {
                return done(
                    Regime::Divergent,
                    Some(t),
                    None,
                    format!(
                        "escape lemma holds at step {t} (η|r||f| ≥ 2 max θᵢ², (min θᵢ²)^(p−1) ≥ 36/η, \
                         (min θᵢ²)^p ≥ 4y²): η|r_t||f_t| grows at least 9-fold per step, |r_t| → ∞"
                    ),
                );
            }
            if cmp == Ordering::Less && t % 8 == 0 {
                let r = model.f(&theta) - y.clone();
                let small = r.bounds().is_some_and(|(lo, hi)| {
                    lo.abs().to_f64().unwrap_or(1.0) < 0.05
                        && hi.abs().to_f64().unwrap_or(1.0) < 0.05
                });
                if small && let Ok(tail) = tail_bound(model, &theta, &y, &eta_s) {
                    return done(
                        Regime::Subcritical,
                        Some(t),
                        enclosure_of(&tail.lambda),
                        format!(
                            "η < η_crit (exact) and the tail lemma closes at step {t} (κ ≈ {:.6}): GD \
                             converges to a minimum θ∞ ∈ M",
                            tail.kappa.to_f64().unwrap_or(f64::NAN)
                        ),
                    );
                }
            }
            if t < steps {
                theta = model.gd_step(&theta, &eta_s, &y);
            }
        }
        // Whether the run ends near M (|r_N| ≤ y/4 proved), reported in the reason.
        let settled = lost.is_none() && {
            let r = model.f(&theta) - y.clone();
            let quarter = S::from_rational(yq, &ctx) / S::from_int(4, &ctx);
            r.abs().lt(&quarter) == crate::arith::Certainty::Certainly
        };
        let run_note = match lost {
            Some(t) => format!("the enclosure lost all digits at step {t}"),
            None if settled => format!("no escape within {steps} steps, |r_N| ≤ y/4"),
            None => format!("no escape within {steps} steps, |r_N| ≤ y/4 not proved"),
        };
        match (cmp, lost) {
            (Ordering::Less, _) => done(
                Regime::Undetermined,
                None,
                None,
                format!(
                    "η < η_crit, but convergence to a minimum was not proved within {steps} steps ({run_note})"
                ),
            ),
            (_, Some(_)) => done(Regime::Undetermined, None, None, run_note),

            (Ordering::Equal, None) => done(
                Regime::Critical,
                None,
                None,
                format!(
                    "η = η_crit (exact); {run_note}; the power-law convergence is not certified here"
                ),
            ),
            (Ordering::Greater, None) => done(
                Regime::Supercritical,
                None,
                None,
                format!(
                    "η > η_crit (exact); {run_note}; convergence to the period-two orbit is not certified here"
                ),
            ),
        }
    }
}

/// The rigorous classifier (MPFR intervals with precision ≈ 1.8·N + 320 bits, or `backend`).
///
/// # Examples
/// ```
/// use eoscert::arith::parse_rational;
/// use eoscert::certify::classify::{classify, Regime};
/// use eoscert::model::Model;
/// let q = |s| parse_rational(s).unwrap();
/// let m = Model::factorisation(2, q("1")).unwrap();
/// let c = classify(&m, &q("0.5"), &[q("3"), q("3")], 100, None);
/// assert_eq!(c.regime, Regime::Divergent);
/// ```
pub fn classify(
    model: &Model,
    eta: &BigRational,
    init: &[BigRational],
    steps: u64,
    backend: Option<Backend>,
) -> Classification {
    let cmp = eta_vs_critical(model.n_params(), model.target(), eta);
    let bits = (((1.8 * steps as f64 + 320.0) / 64.0).ceil() as u32 * 64).min(MAX_MPFR_BITS);
    let backend = backend.unwrap_or(Backend::Mpfr(bits));
    backend.dispatch(Run {
        model,
        eta,
        init,
        steps,
        cmp,
    })
}

/// The float64 fast classifier (no guarantee).
pub fn classify_fast(
    model: &Model,
    eta: &BigRational,
    init: &[BigRational],
    steps: u64,
) -> Classification {
    let p = model.n_params() as f64;
    let y = model.target().to_f64().unwrap_or(f64::NAN);
    let lambda_star = p * y.powf(2.0 - 2.0 / p);
    let eta_f = eta.to_f64().unwrap_or(f64::NAN);
    let cmp = eta_f
        .partial_cmp(&(2.0 / lambda_star))
        .unwrap_or(Ordering::Equal);
    Run {
        model,
        eta,
        init,
        steps,
        cmp,
    }
    .run::<f64>(())
}
