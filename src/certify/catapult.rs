//! Claim `catapult`: the lazy / catapult / divergent regimes of the uv model (Lewkowycz et al.
//! 2020; Wang et al.), proved on one instance through the exact (f, λ) recursion of
//! [`crate::model::catapult`].
//!
//! # Claim
//! For width `n`, label `y`, exact `f₀`, `λ₀` (realisable: `nλ₀² ≥ 4f₀²`) and learning rate `η`,
//! exactly one of:
//! - `lazy`: GD converges (`f_t → y`, `λ_t → λ∞`) and the loss never exceeds its initial value:
//!   `loss_t < loss₀` for every `t ≥ 1` (`t_peak = 0`, `loss_peak_ratio = 1`); if also every
//!   step contracts (`|m_t| < 1`), `loss_monotone = true`;
//! - `catapult`: GD converges, and the loss first rises: its maximum over all `t ≥ 0` is
//!   attained exactly at `t_peak ≥ 1` with `loss_peak_ratio = loss_{t_peak}/loss₀ > 1`;
//! - `divergent` (label 0 only): `|f_t| → ∞` (loss unbounded), proved by a trap lemma.
//!
//! For converging runs `lambda_limit` = λ∞ and `eta_times_lambda_limit` = ηλ∞ are enclosed.
//!
//! # Method
//! 1. Interval iteration of the factor-form recursion for `K` steps.
//! 2. **Tail lemma** (convergence). Let `Λ = [Λlo, Λhi]`, `ε ≥ 0`, and rationals `ρ < 1`, `B`
//!    with `|m| ≤ ρ`, `|p| ≤ B` for all `g ∈ [−ε, ε]`, `λ ∈ Λ` (interval evaluation of the
//!    factors `m`, `p` of [`uv_factors`] on the box). If `|g_K| ≤ ε` and
//!    `[λ_K − R, λ_K + R] ⊆ Λ` with `R = εB/(1 − ρ)`, then for all `k ≥ K`:
//!    `|g_k| ≤ ερ^{k−K}` and `|λ_k − λ_K| ≤ R`; hence `g_k → 0` and `λ_k → λ∞` with
//!    `|λ∞ − λ_K| ≤ R`. *Proof.* Induction on `k`: if `(g_j, λ_j)` lie in the box for
//!    `K ≤ j ≤ k` then `|g_{k+1}| = |g_k||m_k| ≤ ρ|g_k|` and
//!    `|λ_{k+1} − λ_K| ≤ Σ_{j=K}^{k} |g_j||p_j| ≤ εB Σ ρ^{j−K} < R`, so `λ_{k+1} ∈ Λ`. The
//!    increments are summable, so `λ_k` converges. ∎ Also `loss_k ≤ ½ε²` for `k ≥ K`.
//! 3. **Escape lemma** (label 0). In `z = ηf/√n`, `σ = ηλ/2` the recursion is
//!    `z⁺ = z(1 + z² − 2σ)`, `σ⁺ = σ(1 + z²) − 2z²`. Let `Z, R₀ ≥ 0`, `δ > 0`, `R̄ = R₀ + δ`
//!    with `Z ≥ 2R̄ + 2` and `4·max(R̄² − 1, 0) ≤ δ(Z − 2R̄)`. If `z_K² ≥ Z²`, `σ_K ≥ 0` and
//!    `σ_K² ≤ R₀² z_K²`, then `|z_k| ≥ 2^{k−K}Z` for all `k ≥ K`, so `|f_k| → ∞`.
//!    *Proof.* Induction with the hypothesis `|z_k| ≥ 2^{k−K}Z`, `σ_k ≤ R_k|z_k|`,
//!    `R_k ≤ R̄`. The factor `1 + z² − 2σ ≥ 1 + |z|(|z| − 2R̄) ≥ 1 + 2Z ≥ 2`, so
//!    `|z⁺| ≥ 2|z|`. The ratio `σ⁺/|z⁺| = (ρ(1 + z²) − 2|z|)/(1 + z² − 2ρ|z|)` at `ρ = σ/|z|` is
//!    increasing in `ρ` (derivative `(1 − z²)²/(…)² ≥ 0`), so it is at most
//!    `R_k + 2(R_k² − 1)|z|/(1 + z² − 2R_k|z|) ≤ R_k + 2max(R̄² − 1, 0)/(2^{k−K}(Z − 2R̄))`;
//!    the increments sum to at most `4max(R̄² − 1, 0)/(Z − 2R̄) ≤ δ`, keeping `R_k ≤ R̄`. ∎
//! 4. **Peak.** The loss at `t_peak` is proved larger than at every other `t ≤ K` and than the
//!    tail bound `½ε²`.
//!
//! Every inequality is decided with outward-rounded enclosures; an undecided one gives
//! `verified: false` with the reason. The checker replays everything in exact rationals.

use std::time::Instant;

use eoscert_check::claim::{CatapultClaim, CatapultQuantities, UvKind, UvModel};
use eoscert_check::evidence as ev;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar, parse_rational};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_down, format_exact, format_up};
use crate::certify::trajectory::check_eta;
use crate::certify::{Reason, reason_text};
use crate::dynamics::Uv;
use crate::model::catapult::{UvConstants, uv_factors};

/// The largest width `n` accepted.
pub const MAX_WIDTH: u64 = 1_000_000_000_000;
/// The largest number of steps accepted.
pub const MAX_STEPS: u64 = 1_000_000;
/// Default step budget.
pub const DEFAULT_MAX_STEPS: u64 = 20_000;

/// A catapult claim: the uv model's reduced state and a learning rate.
#[derive(Clone, Debug)]
pub struct CatapultProblem {
    /// Width `n ≥ 1`.
    pub n: u64,
    /// Initial output `f₀`.
    pub f0: BigRational,
    /// Initial tangent kernel `λ₀ > 0`.
    pub lambda0: BigRational,
    /// Learning rate `η > 0`.
    pub eta: BigRational,
    /// Label `y`.
    pub label: BigRational,
    /// Step budget.
    pub max_steps: u64,
}

impl CatapultProblem {
    /// Validate and build.
    ///
    /// # Errors
    /// [`Error::BadInput`] for `n` outside `1..=10¹²`, a bad η, `λ₀ ≤ 0`, a state no `(u, v)`
    /// realises (`nλ₀² < 4f₀²`, by Cauchy–Schwarz), `f₀ = y` (already a minimiser) or a step
    /// budget above [`MAX_STEPS`].
    pub fn new(
        n: u64,
        f0: BigRational,
        lambda0: BigRational,
        eta: BigRational,
        label: BigRational,
        max_steps: u64,
    ) -> Result<Self, Error> {
        if !(1..=MAX_WIDTH).contains(&n) {
            return Err(Error::field(
                "n",
                format!("{n}: the width must lie in 1..={MAX_WIDTH}"),
            ));
        }
        check_eta(&eta)?;
        if !lambda0.is_positive() {
            return Err(Error::field(
                "lambda0",
                format!(
                    "{}: the tangent kernel (‖u‖² + ‖v‖²)/n must be > 0",
                    format_exact(&lambda0)
                ),
            ));
        }
        let nq = BigRational::from_integer(BigInt::from(n));
        if &nq * &lambda0 * &lambda0 < BigRational::from_integer(4.into()) * &f0 * &f0 {
            return Err(Error::field(
                "f0",
                format!(
                    "{} with lambda0 = {}: no u, v realise this state (need n·λ0² ≥ 4·f0², since \
                 |uᵀv| ≤ (‖u‖² + ‖v‖²)/2)",
                    format_exact(&f0),
                    format_exact(&lambda0)
                ),
            ));
        }
        if f0 == label {
            return Err(Error::field(
                "f0",
                "equals the label: the initial point is already a minimiser",
            ));
        }
        if max_steps == 0 || max_steps > MAX_STEPS {
            return Err(Error::field(
                "max_steps",
                format!("{max_steps}: need 1..={MAX_STEPS}"),
            ));
        }
        Ok(CatapultProblem {
            n,
            f0,
            lambda0,
            eta,
            label,
            max_steps,
        })
    }

    /// The uv map of this claim (width, label, learning rate).
    pub fn map(&self) -> Uv {
        Uv::new(self.n, self.label.clone(), self.eta.clone())
    }

    /// `ηλ₀`, exact.
    pub fn eta_lambda0(&self) -> BigRational {
        &self.eta * &self.lambda0
    }

    /// The model record of a certificate.
    pub fn model_info(&self) -> UvModel {
        UvModel {
            kind: UvKind::Uv,
            dim: Some(self.n as usize),
            target: format_exact(&self.label),
        }
    }
}

/// Prove the regime of `problem` with `backend` (`interval` or `mpfr:BITS`; `f64` runs but is
/// never verified).
///
/// # Errors
/// [`Error::BadInput`] for the exact backend (the numbers grow threefold per step).
///
/// # Examples
/// ```
/// use eoscert::arith::{parse_rational, Backend};
/// use eoscert::certify::catapult::{prove_catapult, CatapultProblem};
/// let q = |s| parse_rational(s).unwrap();
/// let p = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0"), 20_000).unwrap();
/// let cert = prove_catapult(&p, Backend::Mpfr(256)).unwrap();
/// assert!(cert.verified);
/// assert_eq!(cert.quantities["regime"], eoscert::certificate::Quantity::Label("catapult".into()));
/// ```
pub fn prove_catapult(problem: &CatapultProblem, backend: Backend) -> Result<Certificate, Error> {
    if backend == Backend::Rational {
        return Err(Error::field(
            "backend",
            "rational: the uv recursion triples bit sizes every step; use mpfr:BITS",
        ));
    }
    let start = Instant::now();
    let mut cert = backend.dispatch(Run { problem });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// [`prove_catapult`] with the scalar type `S` chosen by the caller (any [`Scalar`]
/// implementation) instead of a run-time [`Backend`]; exactly as sound as `S` (see
/// [`crate::certify::trajectory::prove_trajectory_with`]). No bit-size guard is applied.
pub fn prove_catapult_with<S: Scalar>(problem: &CatapultProblem, ctx: S::Ctx) -> Certificate {
    let start = Instant::now();
    let mut cert = Run { problem }.run::<S>(ctx);
    cert.elapsed_s = start.elapsed().as_secs_f64();
    cert
}

/// An outward-rounded decimal enclosure of `[lo, hi]` with enough digits to show the width.
pub(crate) fn outward(lo: &BigRational, hi: &BigRational) -> Enclosure {
    if lo == hi {
        return Enclosure::exact(lo);
    }
    let mag = lo
        .abs()
        .max(hi.abs())
        .to_f64()
        .unwrap_or(f64::MAX)
        .max(1e-300);
    let width = (hi - lo).to_f64().unwrap_or(f64::MIN_POSITIVE).max(1e-300);
    let digits = (mag / width).log10().ceil().clamp(0.0, 400.0) as usize + 4;
    Enclosure::outward(lo, hi, digits.max(17))
}

/// A short decimal `≥ x` (12 significant digits).
pub(crate) fn short_up(x: &BigRational) -> BigRational {
    parse_rational(&format_up(x, 12)).expect("formatted decimals parse")
}

/// A short decimal `≤ x` (12 significant digits).
pub(crate) fn short_down(x: &BigRational) -> BigRational {
    parse_rational(&format_down(x, 12)).expect("formatted decimals parse")
}

fn q_int(n: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(n))
}

struct Run<'a> {
    problem: &'a CatapultProblem,
}

/// A successful tail lemma at step K.
pub(crate) struct Tail {
    pub(crate) eps: BigRational,
    pub(crate) lambda_box: (BigRational, BigRational),
    pub(crate) rho: BigRational,
    pub(crate) b: BigRational,
    /// λ∞ ∈ [lo, hi] (exact rationals).
    pub(crate) limit: (BigRational, BigRational),
}

/// A successful escape lemma at step K.
pub(crate) struct Escape {
    pub(crate) z: BigRational,
    pub(crate) r0: BigRational,
    pub(crate) delta: BigRational,
}

impl Tail {
    /// The certificate's `tail` (exact).
    pub(crate) fn evidence(&self) -> ev::CatapultTail {
        ev::CatapultTail {
            eps: format_exact(&self.eps),
            lambda_lo: format_exact(&self.lambda_box.0),
            lambda_hi: format_exact(&self.lambda_box.1),
            rho: format_exact(&self.rho),
            b: format_exact(&self.b),
        }
    }
}

impl Escape {
    /// The certificate's `escape` (exact).
    pub(crate) fn evidence(&self) -> ev::Escape {
        ev::Escape {
            z: format_exact(&self.z),
            r0: format_exact(&self.r0),
            delta: format_exact(&self.delta),
        }
    }
}

enum Outcome {
    Converges(Box<Tail>),
    Escapes(Escape),
}

/// Try the tail lemma at the state `(g, λ)`; `tol` is the largest acceptable radius `R`.
pub(crate) fn try_tail<S: Scalar>(
    g: &S,
    lambda: &S,
    k: &UvConstants<S>,
    tol: &BigRational,
    ctx: &S::Ctx,
) -> Option<Tail> {
    try_tail_spread(g, lambda, k, tol, 1024, ctx)
}

/// [`try_tail`] with the first λ box `λ ± spread·max(width(λ), ε)` (a thin λ needs a large
/// `spread`; a λ enclosure over a range of η is already wide).
pub(crate) fn try_tail_spread<S: Scalar>(
    g: &S,
    lambda: &S,
    k: &UvConstants<S>,
    tol: &BigRational,
    spread: i64,
    ctx: &S::Ctx,
) -> Option<Tail> {
    let (glo, ghi) = g.bounds()?;
    let (llo, lhi) = lambda.bounds()?;
    let eps = short_up(&glo.abs().max(ghi.abs()));
    let mut d = (&lhi - &llo).max(eps.clone()) * q_int(spread);
    for _ in 0..3 {
        let lambda_box = (&llo - &d, &lhi + &d);
        let gbox = S::from_bounds(&-eps.clone(), &eps, ctx);
        let lbox = S::from_bounds(&lambda_box.0, &lambda_box.1, ctx);
        let (m, p) = uv_factors(&gbox, &lbox, k);
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
                limit: (&llo - &radius, &lhi + &radius),
                lambda_box,
                rho,
                b,
            });
        }
        d = radius * q_int(2);
    }
    None
}

/// Try the escape lemma (label 0) at the state `(g, λ)`.
pub(crate) fn try_escape<S: Scalar>(
    g: &S,
    lambda: &S,
    k: &UvConstants<S>,
    ctx: &S::Ctx,
) -> Option<Escape> {
    let zz = k.c.clone() * g.sqr();
    if zz.to_f64().partial_cmp(&64.0) != Some(std::cmp::Ordering::Greater) {
        return None;
    }
    let half = S::from_rational(&BigRational::new(1.into(), 2.into()), ctx);
    let sigma = (k.eta.clone() * lambda.clone()) * half;
    let (sig_lo, _) = sigma.bounds()?;
    if sig_lo.is_negative() {
        return None;
    }
    let root = zz.sqrt();
    let (root_lo, _) = root.bounds()?;
    let z = short_down(&root_lo);
    let (_, ratio_hi) = (sigma.clone() / root).bounds()?;
    let r0 = short_up(&ratio_hi);
    // σ² ≤ R₀²·z² for every member.
    let r0sq = S::from_rational(&(&r0 * &r0), ctx);
    if !sigma.sqr().lt(&(r0sq * zz.clone())).is_certain() {
        return None;
    }
    let (zz_lo, _) = zz.bounds()?;
    if z.is_negative() || &z * &z > zz_lo {
        return None;
    }
    let delta = BigRational::one();
    let rbar = &r0 + &delta;
    let two = q_int(2);
    let excess = (&rbar * &rbar - BigRational::one()).max(BigRational::zero());
    let ok = z >= &two * &rbar + &two && q_int(4) * excess <= &delta * (&z - &two * &rbar);
    ok.then_some(Escape { z, r0, delta })
}

/// Why a catapult claim is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum CatapultReason {
    /// The enclosure of (f, λ) became unbounded at this step.
    Unbounded {
        /// The step.
        step: u64,
    },
    /// The enclosure of λ became wider than |λ| at this step.
    LambdaLostDigits {
        /// The step.
        step: u64,
    },
    /// Neither lemma applied within the step budget.
    Undecided {
        /// The step budget.
        max_steps: u64,
        /// The label is 0, so the escape lemma was tried too.
        label_zero: bool,
    },
    /// The loss peak is not proved.
    Peak(PeakFailure),
    /// ηλ∞ < 2 is not decided by the limit's enclosure (catapult regime).
    LimitNotBelowTwo,
}

/// Why the loss peak of a converging run is not proved.
#[derive(Clone, Debug, PartialEq)]
pub enum PeakFailure {
    /// A loss enclosure is unbounded.
    Unbounded,
    /// No steps were replayed.
    NoSteps,
    /// The largest lower bound is at the last step.
    AtLastStep,
    /// The peak is not above the tail bound ε².
    NotAboveTail {
        /// ε, exact.
        eps: String,
    },
    /// Two steps have overlapping loss enclosures.
    Overlapping {
        /// The candidate peak.
        best: usize,
        /// The step overlapping it.
        other: usize,
    },
}

impl Reason for CatapultReason {
    fn text(&self) -> String {
        match self {
            CatapultReason::Unbounded { step } => {
                format!("the enclosure became unbounded at step {step}")
            }
            CatapultReason::LambdaLostDigits { step } => {
                format!("the enclosure of λ lost all digits at step {step}; try a higher precision")
            }
            CatapultReason::Undecided {
                max_steps,
                label_zero: true,
            } => format!(
                "undecided after {max_steps} steps: neither the tail lemma (convergence) nor the \
                 escape lemma (divergence) applied; raise max_steps or the precision"
            ),
            CatapultReason::Undecided {
                max_steps,
                label_zero: false,
            } => format!(
                "undecided after {max_steps} steps: the tail lemma did not apply (the escape \
                 lemma is proved for label 0 only)"
            ),
            CatapultReason::Peak(p) => p.text(),
            CatapultReason::LimitNotBelowTwo => {
                "ηλ∞ < 2 is not decided by the enclosure of the limit".into()
            }
        }
    }
}

impl Reason for PeakFailure {
    fn text(&self) -> String {
        match self {
            PeakFailure::Unbounded => "a loss enclosure is unbounded".into(),
            PeakFailure::NoSteps => "no steps".into(),
            PeakFailure::AtLastStep => {
                "the loss is largest at the last step: no peak before the tail".into()
            }
            PeakFailure::NotAboveTail { eps } => {
                format!("the loss peak is not separated from the tail bound ε²/2 (ε = {eps})")
            }
            PeakFailure::Overlapping { best, other } => format!(
                "the loss peak is not separated: steps {best} and {other} have overlapping loss \
                 enclosures"
            ),
        }
    }
}

/// The interval replay (method step 1) up to the step where a lemma applied.
struct Replay<S> {
    /// The last step replayed (the lemma's K).
    steps: u64,
    /// g_t² for t = 0..=K.
    squares: Vec<S>,
    /// Every step proved |m_t| < 1.
    monotone: bool,
    /// The lemma that applied, or why none did.
    outcome: Result<Outcome, CatapultReason>,
}

/// Replay `(g, λ)` with the tail lemma tried once |g| < 10⁻³ (radius tolerance `2^{−prec/3}`
/// relative to λ) and the escape lemma at every step (label 0).
fn replay<S: Scalar>(problem: &CatapultProblem, k: &UvConstants<S>, ctx: &S::Ctx) -> Replay<S> {
    let mut g = S::from_rational(&(&problem.f0 - &problem.label), ctx);
    let mut lambda = S::from_rational(&problem.lambda0, ctx);
    let one = S::from_int(1, ctx);
    let prec = S::precision_bits(ctx).unwrap_or(256);
    let tol_bits = (prec / 3).max(8);
    let label_zero = problem.label.is_zero();
    let mut out = Replay {
        steps: 0,
        squares: Vec::new(),
        monotone: true,
        outcome: Err(CatapultReason::Undecided {
            max_steps: problem.max_steps,
            label_zero,
        }),
    };
    for t in 0..=problem.max_steps {
        out.steps = t;
        let (Some((llo, lhi)), Some(_)) = (lambda.bounds(), g.bounds()) else {
            out.outcome = Err(CatapultReason::Unbounded { step: t });
            break;
        };
        if &lhi - &llo > llo.abs().max(BigRational::one()) {
            out.outcome = Err(CatapultReason::LambdaLostDigits { step: t });
            break;
        }
        out.squares.push(g.sqr());
        if g.abs().to_f64() < 1e-3 {
            let scale = llo.abs().max(BigRational::one());
            let tol = scale * BigRational::new(1.into(), BigInt::one() << tol_bits);
            if let Some(tail) = try_tail(&g, &lambda, k, &tol, ctx) {
                out.outcome = Ok(Outcome::Converges(Box::new(tail)));
                break;
            }
        }
        if label_zero && let Some(escape) = try_escape(&g, &lambda, k, ctx) {
            out.outcome = Ok(Outcome::Escapes(escape));
            break;
        }
        if t == problem.max_steps {
            break;
        }
        let (g_next, lambda_next, m) = k.step(&g, &lambda);
        if !m.abs().lt(&one).is_certain() {
            out.monotone = false;
        }
        g = g_next;
        lambda = lambda_next;
    }
    out
}

/// The claim's quantities and evidence from a replay that reached a lemma; the evidence is
/// present whenever a lemma applied and the peak (if any) was proved.
struct Verdict {
    quantities: CatapultQuantities,
    evidence: Option<ev::Catapult>,
    failure: Option<CatapultReason>,
}

/// The `divergent` regime from the escape lemma at step `steps`.
fn escapes(steps: u64, e: &Escape, bits: u32) -> Verdict {
    let quantities = CatapultQuantities {
        regime: Some("divergent".into()),
        loss_unbounded: Some(true),
        escape_step: Some(Enclosure::exact(&q_int(steps as i64))),
        ..Default::default()
    };
    Verdict {
        quantities,
        evidence: Some(ev::Catapult {
            precision_bits: bits,
            steps,
            outcome: "escapes".into(),
            tail: None,
            escape: Some(e.evidence()),
        }),
        failure: None,
    }
}

/// The `lazy` or `catapult` regime from the tail lemma at the end of `replay` (method step 4:
/// the peak), with λ∞ and ηλ∞.
fn converges<S: Scalar>(
    problem: &CatapultProblem,
    replay: &Replay<S>,
    tail: &Tail,
    bits: u32,
) -> Verdict {
    let t_peak = match peak(&replay.squares, &tail.eps) {
        Ok(t) => t,
        Err(why) => {
            return Verdict {
                quantities: CatapultQuantities::default(),
                evidence: None,
                failure: Some(CatapultReason::Peak(why)),
            };
        }
    };
    let regime = if t_peak == 0 { "lazy" } else { "catapult" };
    let g0 = &problem.f0 - &problem.label;
    let g0sq = &g0 * &g0;
    let ratio = if t_peak == 0 {
        Enclosure::exact(&BigRational::one())
    } else {
        let (lo, hi) = replay.squares[t_peak].bounds().expect("bounded");
        outward(&(lo / &g0sq), &(hi / &g0sq))
    };
    let (llo, lhi) = &tail.limit;
    let eta = &problem.eta;
    let (elo, ehi) = (eta * llo, eta * lhi);
    let failure =
        (regime == "catapult" && ehi >= q_int(2)).then_some(CatapultReason::LimitNotBelowTwo);
    let quantities = CatapultQuantities {
        regime: Some(regime.into()),
        t_peak: Some(Enclosure::exact(&q_int(t_peak as i64))),
        loss_peak_ratio: Some(ratio),
        lambda_limit: Some(outward(llo, lhi)),
        eta_times_lambda_limit: Some(outward(&elo, &ehi)),
        loss_monotone: (replay.monotone || regime == "catapult").then_some(replay.monotone),
        ..Default::default()
    };
    Verdict {
        quantities,
        evidence: Some(ev::Catapult {
            precision_bits: bits,
            steps: replay.steps,
            outcome: "converges".into(),
            tail: Some(tail.evidence()),
            escape: None,
        }),
        failure,
    }
}

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let problem = self.problem;
        let k = problem.map().constants::<S>(&ctx);
        let replay = replay::<S>(problem, &k, &ctx);
        // The exact backend is refused by `prove_catapult`; 0 marks exact arithmetic.
        let bits = S::precision_bits(&ctx).unwrap_or(0);
        let verdict = match &replay.outcome {
            Ok(Outcome::Escapes(e)) => escapes(replay.steps, e, bits),
            Ok(Outcome::Converges(tail)) => converges(problem, &replay, tail, bits),
            Err(why) => Verdict {
                quantities: CatapultQuantities::default(),
                evidence: None,
                failure: Some(why.clone()),
            },
        };
        let mut quantities = if verdict.failure.is_none() {
            verdict.quantities
        } else {
            CatapultQuantities::default()
        };
        quantities.eta_lambda0 = Some(Enclosure::exact(&problem.eta_lambda0()));
        CatapultClaim {
            schema: SCHEMA.into(),
            model: problem.model_info(),
            eta: Some(format_exact(&problem.eta)),
            init: vec![format_exact(&problem.f0), format_exact(&problem.lambda0)],
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: S::RIGOROUS && verdict.failure.is_none(),
            reason: reason_text(verdict.failure.as_ref(), S::RIGOROUS),
            quantities,
            evidence: verdict.evidence,
            elapsed_s: 0.0,
        }
        .into_certificate()
    }
}

/// The step `t ≤ K` whose loss is proved larger than at every other `t ≤ K` and than the tail
/// bound `ε²` (compared as `g²`).
fn peak<S: Scalar>(squares: &[S], eps: &BigRational) -> Result<usize, PeakFailure> {
    let lows: Vec<BigRational> = squares
        .iter()
        .map(|s| s.bounds().map(|b| b.0))
        .collect::<Option<_>>()
        .ok_or(PeakFailure::Unbounded)?;
    let (best, best_lo) = lows
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.cmp(b.1))
        .map(|(i, x)| (i, x.clone()))
        .ok_or(PeakFailure::NoSteps)?;
    if best + 1 == squares.len() {
        return Err(PeakFailure::AtLastStep);
    }
    if eps * eps >= best_lo {
        return Err(PeakFailure::NotAboveTail {
            eps: format_exact(eps),
        });
    }
    for (t, s) in squares.iter().enumerate() {
        if t != best {
            let (_, hi) = s.bounds().ok_or(PeakFailure::Unbounded)?;
            if hi >= best_lo {
                return Err(PeakFailure::Overlapping { best, other: t });
            }
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// The reason of an unverified certificate is the typed reason's text, and a converging
    /// run's evidence reads back as the checker's type.
    #[test]
    fn reasons_and_evidence_are_typed() {
        let short = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0"), 5).unwrap();
        let cert = prove_catapult(&short, Backend::Mpfr(256)).unwrap();
        let why = CatapultReason::Undecided {
            max_steps: 5,
            label_zero: true,
        };
        assert!(!cert.verified);
        assert_eq!(cert.reason, why.text());
        assert!(cert.evidence.is_null());
        let label = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0.5"), 4).unwrap();
        let cert = prove_catapult(&label, Backend::Mpfr(256)).unwrap();
        let why = CatapultReason::Undecided {
            max_steps: 4,
            label_zero: false,
        };
        assert_eq!(cert.reason, why.text());
        let full = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0"), 20_000).unwrap();
        let cert = prove_catapult(&full, Backend::Mpfr(256)).unwrap();
        assert!(cert.verified, "{}", cert.reason);
        let typed: ev::Catapult = serde_json::from_value(cert.evidence).unwrap();
        assert_eq!(
            (typed.outcome.as_str(), typed.precision_bits),
            ("converges", 256)
        );
        assert!(typed.tail.is_some() && typed.escape.is_none());
        let f64_cert = prove_catapult(&full, Backend::F64).unwrap();
        assert_eq!(f64_cert.reason, crate::certify::NOT_RIGOROUS);
    }
}
