//! Regime classification of (model, η, θ₀) for the deep scalar factorisation (`docs/theory.md`,
//! §4): `subcritical`, `critical`, `supercritical`, `divergent` or `undetermined`.
//!
//! # What each label proves (rigorous classifier)
//! - **divergent**: at some step t ≤ N the enclosure of θ_t satisfies the *escape lemma*
//!   below, so |r_t| → ∞ (and the loss → ∞), whatever η is.
//! - **subcritical**: η < η_crit = 2/λ* (exact rational comparison, see
//!   [`super::subcritical::eta_vs_critical`]) **and** GD converges to a minimum θ∞ ∈ M: the tail
//!   lemma of [`super::subcritical`] closes at some step t ≤ N (κ < 1 on a region containing
//!   every later iterate). The enclosure of λ∞ is reported.
//! - **supercritical**: η > η_crit (exact) **and** GD converges to the period-two orbit: the
//!   `period-two` proof (Krawczyk) shows the orbit stable, [`super::capture`] proves a
//!   neighbourhood of each orbit point on which GD∘GD contracts, and the enclosure of some θ_t
//!   (t ≤ N) lies inside one of them.
//! - **critical**: η = η_crit (exact) **and** (p = 2 or 3) the `critical` claim with `--all-time`
//!   from θ₀ proves a/t ≤ ℓ(θ_t) ≤ b/t for every t ≥ T₀ (T₀ = 10⁵, then 10⁶): convergence to M
//!   with the power law. For p ≥ 4 the all-time region does not close by T₀ = 10⁶ on the
//!   starts tried, so the label is `undetermined` without trying.
//! - The float64 classifier has no proofs: at η = η_crit it labels a start not found divergent
//!   `critical`; above η_crit, without a capture by the proved period-two orbit, it labels where
//!   f64 GD settles ([`super::fast_regime`]): `supercritical` (period 2), `period-4`, … `period-32`
//!   (a float Newton orbit with float multipliers inside (−1, 1)), `chaotic` or `undetermined`.
//!   The property tests hold these labels to the proved `regime-map`.
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
use std::collections::BTreeMap;
use std::time::Instant;

use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::Error;
use crate::arith::parse_rational;
use crate::arith::{Backend, BackendTask, MAX_MPFR_BITS, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, Quantity, SCHEMA, format_exact};
use crate::certify::capture::{Neighbourhood, prove_neighbourhood};
use crate::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use crate::certify::enclosure_of;
use crate::certify::fast_regime::{FastSettle, settle};
use crate::certify::orbit::{OrbitProblem, prove_period_two};
use crate::certify::subcritical::{eta_vs_critical, tail_bound};
use crate::certify::trajectory::check_eta;
use crate::model::Model;

/// The regimes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    /// η < η_crit and convergence to a minimum proved.
    Subcritical,
    /// η = η_crit and the power law proved for all time (p = 2 or 3).
    Critical,
    /// η > η_crit and convergence to the period-two orbit proved.
    Supercritical,
    /// Escape to infinity proved.
    Divergent,
    /// Float64 classifier only: settled on a stable orbit of this period (4, 8, 16 or 32) on
    /// L, with float multipliers inside (−1, 1) (see [`super::fast_regime`]).
    Periodic(u32),
    /// Float64 classifier only: bounded on L, no period ≤ 32, positive float Lyapunov exponent.
    Chaotic,
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
            Regime::Periodic(4) => "period-4",
            Regime::Periodic(8) => "period-8",
            Regime::Periodic(16) => "period-16",
            Regime::Periodic(32) => "period-32",
            Regime::Periodic(_) => "periodic",
            Regime::Chaotic => "chaotic",
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
        let run = &self;
        if let Some(c) = on_manifold::<S>(run, &ctx) {
            return c;
        }
        // η > η_crit: contraction neighbourhoods of the two orbit points, if the orbit is stable.
        // (The float64 classifier labels by where f64 GD settles instead, see `fast_label`.)
        let (capture, capture_note) = if run.cmp == Ordering::Greater && S::RIGOROUS {
            orbit_neighbourhoods::<S>(run.model, run.eta, &ctx)
        } else {
            (Vec::new(), String::new())
        };
        match replay::<S>(run, &capture, &ctx) {
            Ok(decided) => decided,
            Err((theta, lost)) => undecided::<S>(run, &theta, lost, &capture_note, &ctx),
        }
    }
}

impl Run<'_> {
    /// The classification with η's comparison to η_crit.
    fn done(
        &self,
        regime: Regime,
        decided_at: Option<u64>,
        sharpness_limit: Option<Enclosure>,
        reason: String,
    ) -> Classification {
        Classification {
            regime,
            eta_vs_critical: self.cmp,
            decided_at,
            sharpness_limit,
            reason,
        }
    }
}

/// θ₀ ∈ M exactly (exact rational check of the input): GD stays there forever, and the label is
/// η's regime.
fn on_manifold<S: Scalar>(run: &Run<'_>, ctx: &S::Ctx) -> Option<Classification> {
    let Run {
        model, init, cmp, ..
    } = *run;
    let yq = model.target();
    let theta: Vec<S> = init.iter().map(|q| S::from_rational(q, ctx)).collect();
    let done = |regime, decided_at, sharpness_limit, reason| {
        Some(run.done(regime, decided_at, sharpness_limit, reason))
    };
    let f0: BigRational = init.iter().cloned().product();
    if &f0 == yq {
        let regime = match cmp {
            Ordering::Less => Regime::Subcritical,
            Ordering::Equal => Regime::Critical,
            Ordering::Greater => Regime::Supercritical,
        };
        // At a minimiser ∇²ℓ = ∇f ∇fᵀ (r = 0), so λ∞ = λ(θ₀) = ‖∇f(θ₀)‖², enclosed with S.
        let lambda = model
            .grad_f(&theta)
            .into_iter()
            .fold(S::from_int(0, ctx), |a, g| a + g.clone() * g);
        return done(
            regime,
            Some(0),
            enclosure_of(&lambda),
            "θ₀ lies on M exactly (f(θ₀) = y in exact arithmetic): a fixed point of GD, the \
             trajectory stays at this minimum (sharpness_limit = ‖∇f(θ₀)‖²); the \
             label is η's regime"
                .into(),
        );
    }
    None
}

/// Replay GD for `steps` steps, trying at each step the escape lemma (divergent), the capture
/// neighbourhoods (η > η_crit) and, every 8 steps near M, the tail lemma (η < η_crit); the
/// classification if one applied, else the final box and the step where the enclosure lost its
/// digits.
#[allow(clippy::type_complexity)]
fn replay<S: Scalar>(
    run: &Run<'_>,
    capture: &[Neighbourhood<S>],
    ctx: &S::Ctx,
) -> Result<Classification, (Vec<S>, Option<u64>)> {
    let Run {
        model,
        eta,
        init,
        steps,
        cmp,
    } = *run;
    let yq = model.target();
    let y = S::from_rational(yq, ctx);
    let eta_s = S::from_rational(eta, ctx);
    let mut theta: Vec<S> = init.iter().map(|q| S::from_rational(q, ctx)).collect();
    let done = |regime, decided_at, sharpness_limit, reason| {
        Ok(run.done(regime, decided_at, sharpness_limit, reason))
    };
    let mut lost = None;
    let eta_f = eta.to_f64().unwrap_or(f64::NAN);
    for t in 0..=steps {
        let bounded = theta.iter().all(|x| {
            let w = x.width_f64();
            w.is_finite() && x.to_f64().is_finite() && w < x.to_f64().abs().max(1.0)
        });
        if !bounded {
            lost = Some(t);
            break;
        }
        // f64: skip the exact-rational escape test while its hypothesis (b),
        // (min θᵢ²)^(p−1) ≥ 36/η, clearly fails in float (no guarantee in f64 anyway).
        let clearly_not = !S::RIGOROUS && {
            let m = theta
                .iter()
                .map(|x| x.to_f64() * x.to_f64())
                .fold(f64::INFINITY, f64::min);
            eta_f * m.powi(theta.len() as i32 - 1) < 30.0
        };
        if !clearly_not && escape_holds(&theta, yq, eta) {
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
        if let Some(n) = capture.iter().find(|n| n.contains(&theta)) {
            return done(
                Regime::Supercritical,
                Some(t),
                None,
                format!(
                    "η > η_crit (exact) and θ_{t} lies in a proved contraction neighbourhood of \
                     the period-two orbit point s·1, s ≈ {:.12}: GD∘GD contracts there by \
                     κ ≤ {:.6} per two steps, so GD converges linearly to the period-two orbit",
                    n.s.to_f64(),
                    n.kappa
                ),
            );
        }
        if cmp == Ordering::Less && t % 8 == 0 {
            let r = model.f(&theta) - y.clone();
            let small = r.bounds().is_some_and(|(lo, hi)| {
                lo.abs().to_f64().unwrap_or(1.0) < 0.05 && hi.abs().to_f64().unwrap_or(1.0) < 0.05
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
    Err((theta, lost))
}

/// No lemma applied within the run: why, per η's regime (the float64 classifier labels η > η_crit
/// by where f64 GD settles, and η = η_crit by η's regime).
fn undecided<S: Scalar>(
    run: &Run<'_>,
    theta: &[S],
    lost: Option<u64>,
    capture_note: &str,
    ctx: &S::Ctx,
) -> Classification {
    let Run {
        model,
        eta,
        init,
        steps,
        cmp,
    } = *run;
    let yq = model.target();
    let y = S::from_rational(yq, ctx);
    let done = |regime, decided_at, sharpness_limit, reason| {
        run.done(regime, decided_at, sharpness_limit, reason)
    };
    // Whether the run ends near M (|r_N| ≤ y/4 proved), reported in the reason.
    let settled = lost.is_none() && {
        let r = model.f(theta) - y.clone();
        let quarter = S::from_rational(yq, ctx) / S::from_int(4, ctx);
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

        // The float64 classifier keeps η's regime as its label (no guarantee anyway).
        (Ordering::Equal, None) if !S::RIGOROUS => done(Regime::Critical, None, None, run_note),
        (Ordering::Greater, None) if !S::RIGOROUS => {
            let (regime, why) = fast_label(model, eta, init, steps);
            done(regime, None, None, format!("{run_note}; {why}"))
        }
        (Ordering::Equal, None) => match critical_power_law(model, init) {
            Ok(why) => done(
                Regime::Critical,
                None,
                None,
                format!("η = η_crit (exact); {why}"),
            ),
            Err(why) => done(
                Regime::Undetermined,
                None,
                None,
                format!("η = η_crit (exact), {run_note}, but convergence is not proved: {why}"),
            ),
        },
        (Ordering::Greater, None) => done(
            Regime::Undetermined,
            None,
            None,
            format!(
                "η > η_crit (exact), {run_note}, but convergence to the period-two orbit is not \
                 proved: {capture_note}"
            ),
        ),
    }
}

/// The float64 label above η_crit when no capture was found: where f64 GD settles
/// ([`super::fast_regime::settle`]: the period reached, checked by float Newton and float
/// multipliers, or chaotic / undetermined). No guarantee.
fn fast_label(
    model: &Model,
    eta: &BigRational,
    init: &[BigRational],
    steps: u64,
) -> (Regime, String) {
    let Model::Factorisation { depth, target } = model else {
        return (
            Regime::Undetermined,
            "float settling is for the factorisation model".into(),
        );
    };
    let f = |q: &BigRational| q.to_f64().unwrap_or(f64::NAN);
    let init_f: Vec<f64> = init.iter().map(f).collect();
    match settle(*depth, f(target), f(eta), &init_f, steps) {
        FastSettle::Cycle(2) => (
            Regime::Supercritical,
            "float64: settled on a period-2 orbit on L with float multipliers in (−1, 1)".into(),
        ),
        FastSettle::Cycle(n) => (
            Regime::Periodic(n),
            format!(
                "float64: settled on a period-{n} orbit on L with float multipliers in (−1, 1)"
            ),
        ),
        FastSettle::Chaotic => (
            Regime::Chaotic,
            "float64: bounded on L, no period ≤ 32, positive float Lyapunov exponent".into(),
        ),
        FastSettle::Fixed | FastSettle::Undetermined => (
            Regime::Undetermined,
            "float64: no stable period ≤ 32 reached within the steps".into(),
        ),
    }
}

/// Contraction neighbourhoods (radius 10⁻², 10⁻³, …, 10⁻⁶: the first that closes) of the two points of the
/// period-two orbit, from the `period-two` proof (interval backend) when it proves the orbit
/// stable; otherwise none and why.
fn orbit_neighbourhoods<S: Scalar>(
    model: &Model,
    eta: &BigRational,
    ctx: &S::Ctx,
) -> (Vec<Neighbourhood<S>>, String) {
    let Model::Factorisation { depth, target } = model else {
        return (
            Vec::new(),
            "the orbit proof is for the factorisation model".into(),
        );
    };
    let problem = OrbitProblem {
        depth: *depth,
        target: target.clone(),
        eta: eta.clone(),
    };
    let cert = match prove_period_two(&problem, Backend::Interval) {
        Ok(c) if c.verified => c,
        Ok(c) => {
            return (
                Vec::new(),
                format!("the period-two orbit is not proved ({})", c.reason),
            );
        }
        Err(e) => return (Vec::new(), e.to_string()),
    };
    if cert.quantities.get("stable") != Some(&Quantity::Bool(true)) {
        return (
            Vec::new(),
            "the period-two orbit is not proved stable".into(),
        );
    }
    let point = |name: &str| match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => {
            let lo = parse_rational(&e.lo).ok()?;
            let hi = parse_rational(&e.hi).ok()?;
            Some(S::from_bounds(&lo, &hi, ctx))
        }
        _ => None,
    };
    let eta_s = S::from_rational(eta, ctx);
    let y = S::from_rational(target, ctx);
    let mut found = Vec::new();
    for s in ["s_plus", "s_minus"].iter().filter_map(|n| point(n)) {
        for k in [100, 1_000, 10_000, 100_000, 1_000_000] {
            let eps = S::from_int(1, ctx) / S::from_int(k, ctx);
            if let Some(n) = prove_neighbourhood(model, &eta_s, &y, &s, &eps) {
                found.push(n);
                break;
            }
        }
    }
    let note = if found.is_empty() {
        "no contraction neighbourhood of the orbit was proved".into()
    } else {
        "the trajectory did not enter a proved contraction neighbourhood of the orbit".into()
    };
    (found, note)
}

/// At η = η_crit for p = 2 or 3: the `critical` proof with `--all-time` from θ₀ (T₀ = 10⁵, then
/// 10⁶), which brackets t·ℓ(θ_t) for every t ≥ T₀, so ℓ → 0 like 1/t.
fn critical_power_law(model: &Model, init: &[BigRational]) -> Result<String, String> {
    if !matches!(model, Model::Factorisation { depth: 2 | 3, .. }) {
        return Err(
            "the all-time power-law proof closes by T₀ = 10⁶ for depths 2 and 3 only".into(),
        );
    }
    let mut last = String::new();
    for steps in [100_000, 1_000_000] {
        let problem = CriticalProblem {
            model: model.clone(),
            init: init.to_vec(),
            eta: None,
            steps,
            checkpoints: Vec::new(),
            midpoint: Midpoint::F64,
            coordinates: Coordinates::Auto,
            all_time: true,
        };
        match prove_critical(&problem, |_| {}) {
            Ok(c) if c.verified => {
                let band = match c.quantities.get("t_loss_all_time") {
                    Some(Quantity::Enclosure(e)) => format!("[{}, {}]", e.lo, e.hi),
                    _ => String::new(),
                };
                return Ok(format!(
                    "the critical claim with a trapping region proves t·ℓ(θ_t) ∈ {band} for every \
                     t ≥ {steps}: GD converges to M at the rate Θ(1/t) in the loss"
                ));
            }
            Ok(c) => last = c.reason,
            Err(e) => return Err(e.to_string()),
        }
    }
    Err(last)
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

/// The largest horizon N the classifier accepts (its mpfr precision grows with N).
pub const MAX_CLASSIFY_STEPS: u64 = 100_000;

/// The classification of (model, η, θ₀) over `steps` steps as a certificate (`claim =
/// "classify"`: the label `regime`, `eta_vs_critical`, and where proved `decided_at_step` and
/// `sharpness_limit`), by [`classify`] (`fast = false`; `verified` when a regime other than
/// `undetermined` was proved) or [`classify_fast`] (`fast = true`: backend `f64`, never verified).
///
/// # Errors
/// [`Error::Field`] for a model other than the factorisation, η ≤ 0,
/// a start of the wrong length, `steps` above [`MAX_CLASSIFY_STEPS`], or a non-rigorous
/// `backend`.
pub fn classification_certificate(
    model: &Model,
    eta: &BigRational,
    init: &[BigRational],
    steps: u64,
    backend: Option<Backend>,
    fast: bool,
) -> Result<Certificate, Error> {
    if !matches!(model, Model::Factorisation { .. }) {
        return Err(Error::field(
            "model.kind",
            "classify supports the factorisation",
        ));
    }
    check_eta(eta)?;
    model.check_point(init)?;
    if steps > MAX_CLASSIFY_STEPS {
        return Err(Error::field(
            "steps",
            format!("{steps}: at most {MAX_CLASSIFY_STEPS}"),
        ));
    }
    if backend.is_some_and(|b| !b.is_rigorous()) {
        return Err(Error::field(
            "backend",
            "f64 is not rigorous; the float64 classifier is the fast mode",
        ));
    }
    let start = Instant::now();
    let c = if fast {
        classify_fast(model, eta, init, steps)
    } else {
        classify(model, eta, init, steps, backend)
    };
    let mut quantities = BTreeMap::new();
    quantities.insert("regime".into(), Quantity::Label(c.regime.as_str().into()));
    let rel = match c.eta_vs_critical {
        Ordering::Less => "below",
        Ordering::Equal => "equal",
        Ordering::Greater => "above",
    };
    quantities.insert("eta_vs_critical".into(), Quantity::Label(rel.into()));
    if let Some(t) = c.decided_at {
        quantities.insert(
            "decided_at_step".into(),
            Quantity::Enclosure(Enclosure::exact(&BigRational::from_integer(t.into()))),
        );
    }
    if let Some(e) = c.sharpness_limit.clone() {
        quantities.insert("sharpness_limit".into(), Quantity::Enclosure(e));
    }
    let decided = c.regime != Regime::Undetermined;
    Ok(Certificate {
        schema: SCHEMA.into(),
        claim: "classify".into(),
        model: model.info(),
        eta: Some(format_exact(eta)),
        init: init.iter().map(format_exact).collect(),
        backend: if fast {
            "f64".into()
        } else {
            backend.map_or_else(|| "mpfr (auto)".into(), |b| b.to_string())
        },
        rigorous: !fast,
        verified: !fast && decided,
        reason: c.reason,
        quantities,
        evidence: serde_json::Value::Null,
        elapsed_s: start.elapsed().as_secs_f64(),
    })
}
