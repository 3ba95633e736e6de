//! Claim `subcritical` (MacDonald et al., Theorem 5.1 = D.4): for η < η_crit and a start whose nearest
//! minimum is too sharp (ηλ(θ∥₀) ≥ 2), GD leaves the unstable region after exactly τ steps and
//! converges to a minimum θ∞ ∈ M with suboptimal sharpness λ* < λ∞ = λ(θ∞) < 2/η.
//!
//! Model: the deep scalar factorisation f(θ) = θ₁⋯θ_p (p ≥ 2, y > 0), M its positive component.
//!
//! # Claim
//! - `tau` (exact integer): ηλ(θ∥_t) ≥ 2 for every t < τ and ηλ(θ∥_t) < 2 for every t ≥ τ
//!   (each t ≤ T individually, every t > T through the tail box below), where θ∥_t is the
//!   nearest point of M to θ_t ([`super::projection`]);
//! - `sharpness_limit`: an enclosure of λ∞ = ‖∇f(θ∞)‖², θ∞ = lim θ_t ∈ M;
//! - `rate` = |1 − ηλ∞|, the asymptotic per-step contraction of the residual;
//! - booleans `eta_below_critical` (η < η_crit, exact), `above_threshold_before_tau`,
//!   `below_threshold_from_tau`, `limit_between` (λ* < λ∞ < 2/η), `steps` = T (exact).
//!
//! # Hypotheses (which theorem the instance is an instance of)
//! Theorem 5.1 is about a start past the edge of stability. A start with ηλ(θ∥₀) < 2 is still
//! certified (τ = 0 and the limit), but is not labelled as the theorem:
//! - `hypothesis_past_edge`: ηλ(θ∥₀) > 2, proved true or proved false;
//! - `instance_of_theorem_5_1` = η < η_crit ∧ ηλ(θ∥₀) > 2 (the theorem's quantitative
//!   hypotheses; its smallness conditions have no explicit constants, and the conclusions are
//!   proved directly on the instance instead);
//! - `sharpness_nonincreasing_to_tau` (Lemma D.1 along the run): λ(θ∥_{t+1}) ≤ λ(θ∥_t) for every
//!   t < τ, proved true, proved false (a witness step), or omitted when not decided;
//! - `beta` ∋ β = ηλ(θ∥_τ) − 1 and `rate_at_most_beta`: |1 − ηλ∞| ≤ β (the constant-free
//!   consequence of the paper's suboptimality bound (21)), proved true or false or omitted;
//! - `suboptimality` ∋ λ∞ − λ*.
//!
//! The enclosures of λ(θ∥_t), t ≤ τ, that these decisions use are published in
//! `evidence.lambda_to_tau` (40 significant digits, outward), so the checker decides on the same
//! numbers after checking that they contain its own enclosures.
//!
//! # Method
//! 1. **Plan** (float64, no guarantee): run GD with float projections to estimate τ and a
//!    horizon T at which the residual is ≈ 10⁻¹⁴·(1 − κ) (what the tail needs for a
//!    ≤ 10⁻¹² wide limit).
//! 2. **Finite run** in MPFR intervals, *naive* interval iteration of the step in the fixed order
//!    of [`Model::gd_step`]. Naive iteration loses about 1.6 bits per step here (the dependency
//!    effect: the step's interval evaluation multiplies widths by ≈ 1 + ηλ), so the precision is
//!    chosen from the plan, `bits ≈ 1.8·T + 320`. We chose this over a centred (mean-value)
//!    form because subcritical runs are short (hundreds to a few thousand steps until the tail
//!    lemma applies), MPFR at a few thousand bits costs microseconds per operation, and it keeps
//!    the checker's replay argument exactly that of the `trajectory` claim (exact rational
//!    replay on the prover's grid stays inside the prover's boxes). At every step t ≤ T the
//!    projection is enclosed by interval Newton and ηλ(θ∥_t) is compared with 2.
//! 3. **Tail lemma** at the final box B ∋ θ_T. On a box K ⊇ B (positive orthant):
//!    r' = f(θ − ηr∇f(θ)) − y = r(1 − η∇f(ξ)·∇f(θ)) for some ξ on the segment [θ, θ']
//!    (mean value theorem). Let κ ≥ sup_K |1 − ηΣᵢ gᵢ(K)·gᵢ(K)| (interval product: ξ ≠ θ),
//!    κ < 1; R = sup |f(B) − y|; Gᵢ = sup |gᵢ(K)|; Dᵢ = ηGᵢR/(1 − κ). If B ± D ⊆ K then by
//!    induction every θ_t (t ≥ T) lies in B ± D: |r_t| ≤ κ^{t−T}R, |θ_{t+1,i} − θ_{t,i}| ≤
//!    ηGᵢκ^{t−T}R, and the partial sums stay below Dᵢ (and K is convex, so the mean-value
//!    segment stays in K). Hence θ_t is Cauchy, θ∞ ∈ B ± D, r(θ∞) = 0, θ∞ ∈ M (K is in the
//!    positive orthant), and λ∞ ∈ Σᵢ sqr(gᵢ(B ± D)). The projection of the whole box B ± D
//!    proves ηλ(θ∥_t) < 2 for all t ≥ T.
//! 4. λ* < λ∞ ⟺ (λ∞/p)^p > y^{2p−2} and λ∞ < 2/η are checked in exact rationals on the
//!    enclosure's endpoints; η < η_crit ⟺ (ηp)^p y^{2p−2} < 2^p likewise.
//!
//! Evidence (`docs/certificate.md`, "subcritical"): precision, T, checkpoints, the Newton
//! intervals α_t of every projection, and the tail region K with κ and the limit box's α.

use std::cmp::Ordering;
use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::Error;
use crate::arith::{Backend, BackendTask, Certainty, MpfrInterval, Scalar, parse_rational};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{
    Certificate, Enclosure, Quantity, SCHEMA, format_down, format_exact, format_up,
};
use crate::certify::projection::{project, project_f64, project_with};
use crate::certify::trajectory::check_eta;
use crate::certify::{Reason, enclosure_of, exact_enclosures};
use crate::model::Model;
use eoscert_check::backend::Backend as TypedBackend;
use eoscert_check::claim::{SubcriticalClaim, SubcriticalQuantities};
use eoscert_check::evidence::{self as ev, StepBox};

/// The largest horizon T accepted (float plan and rigorous run).
pub const MAX_SUB_STEPS: u64 = 200_000;
/// The width the plan aims at for `sharpness_limit`.
pub const TARGET_WIDTH: f64 = 1e-13;
/// Significant decimal digits of the Newton intervals written to the evidence.
const ALPHA_DIGITS: usize = 40;
/// The largest precision chosen automatically (≈ 9000 steps of naive interval iteration; longer
/// runs take minutes and would need a centred form, see the module docs).
pub const MAX_AUTO_BITS: u32 = 16_384;
/// The MPFR precision of the projections.
pub const PROJECTION_BITS: u32 = 192;
/// Number of checkpoints (besides T).
const CHECKPOINTS: u64 = 64;

/// A subcritical claim: factorisation model, exact η and θ₀.
#[derive(Clone, Debug)]
pub struct SubcriticalProblem {
    /// The model (factorisation).
    pub model: Model,
    /// The learning rate.
    pub eta: BigRational,
    /// The initial point (all coordinates > 0).
    pub init: Vec<BigRational>,
    /// The largest horizon to try.
    pub max_steps: u64,
}

impl SubcriticalProblem {
    /// Validate and build.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a model other than the factorisation, a bad η, an initial point of
    /// the wrong length or with a coordinate ≤ 0, or `max_steps` above [`MAX_SUB_STEPS`].
    pub fn new(
        model: Model,
        eta: BigRational,
        init: Vec<BigRational>,
        max_steps: u64,
    ) -> Result<Self, Error> {
        if !matches!(model, Model::Factorisation { .. }) {
            return Err(Error::field(
                "model.kind",
                "subcritical supports the factorisation (for the inner product with d = 1 use depth 2)",
            ));
        }
        check_eta(&eta)?;
        model.check_point(&init)?;
        if let Some(i) = init.iter().position(|q| !q.is_positive()) {
            return Err(Error::field(
                "init",
                format!(
                    "θ{} = {} must be > 0 (M is the positive component of f = y)",
                    i + 1,
                    format_exact(&init[i])
                ),
            ));
        }
        if max_steps > MAX_SUB_STEPS {
            return Err(Error::field(
                "max_steps",
                format!("{max_steps}: at most {MAX_SUB_STEPS}"),
            ));
        }
        Ok(SubcriticalProblem {
            model,
            eta,
            init,
            max_steps,
        })
    }

    fn depth(&self) -> usize {
        self.model.n_params()
    }
}

/// `η` against `η_crit = 2/λ*`, λ* = p·y^{2−2/p}, decided exactly:
/// ηλ* vs 2 ⟺ (ηp)^p·y^{2p−2} vs 2^p.
///
/// # Examples
/// ```
/// use eoscert::certify::subcritical::eta_vs_critical;
/// use eoscert::arith::parse_rational;
/// use std::cmp::Ordering;
/// let q = |s| parse_rational(s).unwrap();
/// assert_eq!(eta_vs_critical(2, &q("1"), &q("0.9")), Ordering::Less);
/// assert_eq!(eta_vs_critical(2, &q("1"), &q("1")), Ordering::Equal);
/// assert_eq!(eta_vs_critical(5, &q("1"), &q("0.41")), Ordering::Greater);
/// ```
pub fn eta_vs_critical(depth: usize, y: &BigRational, eta: &BigRational) -> Ordering {
    let p = depth as u32;
    let ep = eta * BigRational::from_integer(BigInt::from(depth));
    let lhs = num_traits::pow(ep, p as usize) * num_traits::pow(y.clone(), 2 * p as usize - 2);
    let rhs = BigRational::from_integer(BigInt::from(2).pow(p));
    lhs.cmp(&rhs)
}

/// λ > λ* = p·y^{2−2/p} for λ > 0, exactly: (λ/p)^p > y^{2p−2}.
pub fn above_lambda_star(depth: usize, y: &BigRational, lambda: &BigRational) -> bool {
    if !lambda.is_positive() {
        return false;
    }
    let l = lambda / BigRational::from_integer(BigInt::from(depth));
    num_traits::pow(l, depth) > num_traits::pow(y.clone(), 2 * depth - 2)
}

/// The float plan: estimated τ and horizon T.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// The first step with ηλ(θ∥_t) < 2 in float64.
    pub tau: u64,
    /// The horizon T.
    pub steps: u64,
}

/// Float64 plan (no guarantee).
///
/// # Errors
/// A reason when the float run diverges, leaves the positive orthant, or does not reach
/// ηλ < 2 and a small residual within `max_steps`.
pub fn plan(model: &Model, eta: f64, init: &[f64], max_steps: u64) -> Result<Plan, String> {
    let y = model.target().to_f64().unwrap_or(f64::NAN);
    let mut theta = init.to_vec();
    let mut tau = None;
    for t in 0..=max_steps {
        if theta.iter().any(|x| !(x.is_finite() && *x > 0.0)) {
            return Err(format!(
                "the float64 run leaves the positive orthant or overflows at step {t}"
            ));
        }
        let r = model.f(&theta) - y;
        if r.abs() > 1e6 {
            return Err(format!("the float64 run diverges (|r| > 10⁶ at step {t})"));
        }
        if tau.is_none() {
            let (_, lambda) = project_f64(&theta, y);
            if eta * lambda < 2.0 {
                tau = Some(t);
            }
        }
        if let Some(tau) = tau {
            let g = model.grad_f(&theta);
            let gg: f64 = g.iter().map(|x| x * x).sum();
            let kappa = (1.0 - eta * gg).abs();
            let gmax = g.iter().fold(0.0f64, |a, b| a.max(f64::abs(*b)));
            // The tail drift is ≈ ηG|r|/(1 − κ) and λ∞'s width a few times that.
            let goal = TARGET_WIDTH * 0.1 * (1.0 - kappa).max(0.0) / (eta * gmax * gg.max(1.0));
            if kappa < 1.0 && (r.abs() <= 1e-9 || r.abs() <= goal) {
                // Extrapolate the geometric decay below float64 resolution.
                let extra = if r.abs() > goal {
                    ((r.abs() / goal).ln() / -kappa.ln()).ceil() as u64
                } else {
                    0
                };
                return Ok(Plan {
                    tau,
                    steps: (t + extra + 10).min(max_steps),
                });
            }
        }
        theta = model.gd_step(&theta, &eta, &y);
    }
    Err(match tau {
        None => format!("ηλ(θ∥_t) < 2 was not reached within {max_steps} steps (float64)"),
        Some(_) => format!("the residual did not become small within {max_steps} steps (float64)"),
    })
}

/// The proved tail: region, contraction factor and the limit box.
#[derive(Clone, Debug)]
pub struct Tail<S> {
    /// The region K (exact rational endpoints).
    pub region: Vec<(BigRational, BigRational)>,
    /// κ (exact).
    pub kappa: BigRational,
    /// The box B ± D containing θ_t for all t ≥ T and θ∞.
    pub limit_box: Vec<S>,
    /// Σ sqr(gᵢ(B ± D)) ∋ λ∞.
    pub lambda: S,
}

fn sup_abs<S: Scalar>(x: &S) -> Option<BigRational> {
    let (lo, hi) = x.bounds()?;
    Some(if lo.abs() > hi.abs() {
        lo.abs()
    } else {
        hi.abs()
    })
}

/// Decimal rounding upward with `digits` significant digits, as an exact rational.
fn up(q: &BigRational, digits: usize) -> BigRational {
    parse_rational(&format_up(q, digits)).expect("printed decimal parses")
}

fn down(q: &BigRational, digits: usize) -> BigRational {
    parse_rational(&format_down(q, digits)).expect("printed decimal parses")
}

/// Prove the tail lemma (module docs, step 3) at the box `b`.
///
/// # Errors
/// A reason when no region with κ < 1 containing B ± D is found.
pub fn tail_bound<S: Scalar>(model: &Model, b: &[S], y: &S, eta: &S) -> Result<Tail<S>, String> {
    let ctx = y.ctx();
    let bq: Vec<(BigRational, BigRational)> = b
        .iter()
        .map(Scalar::bounds)
        .collect::<Option<_>>()
        .ok_or("the final box is unbounded")?;
    let r = model.f(b) - y.clone();
    let big_r = S::from_rational(&sup_abs(&r).ok_or("residual unbounded")?, &ctx);
    let one = S::from_int(1, &ctx);
    let mut region = bq.clone();
    for _ in 0..30 {
        if region.iter().any(|(lo, _)| !lo.is_positive()) {
            return Err("the tail region leaves the positive orthant".into());
        }
        let k: Vec<S> = region
            .iter()
            .map(|(lo, hi)| S::from_bounds(lo, hi, &ctx))
            .collect();
        let g = model.grad_f(&k);
        let sum = g
            .iter()
            .map(|gi| gi.clone() * gi.clone())
            .reduce(|a, c| a + c)
            .expect("p >= 2");
        let m = one.clone() - eta.clone() * sum;
        let sup_m = sup_abs(&m).ok_or("contraction factor unbounded")?;
        let kappa = up(&sup_m, 20);
        if kappa >= BigRational::one() {
            return Err(format!(
                "no contraction on the tail region: sup|1 − η∇f·∇f| ≥ {}",
                format_down(&sup_m, 6)
            ));
        }
        let denom = one.clone() - S::from_rational(&kappa, &ctx);
        let d: Vec<BigRational> = g
            .iter()
            .map(|gi| {
                let gmax = S::from_rational(&sup_abs(gi).expect("bounded"), &ctx);
                let di = eta.clone() * gmax * big_r.clone() / denom.clone();
                di.bounds().map(|(_, hi)| hi)
            })
            .collect::<Option<_>>()
            .ok_or("drift bound unbounded")?;
        let limit: Vec<(BigRational, BigRational)> = bq
            .iter()
            .zip(&d)
            .map(|((lo, hi), di)| (lo - di, hi + di))
            .collect();
        let inside = limit
            .iter()
            .zip(&region)
            .all(|((l, h), (kl, kh))| kl <= l && h <= kh);
        if inside {
            let limit_box: Vec<S> = limit
                .iter()
                .map(|(lo, hi)| S::from_bounds(lo, hi, &ctx))
                .collect();
            let lambda = model
                .grad_f(&limit_box)
                .iter()
                .map(crate::arith::Ring::sqr)
                .reduce(|a, c| a + c)
                .expect("p >= 2");
            return Ok(Tail {
                region,
                kappa,
                limit_box,
                lambda,
            });
        }
        // Widen: K = B ± 2D, rounded outward to short decimals.
        region = bq
            .iter()
            .zip(&d)
            .map(|((lo, hi), di)| {
                let two_d = di * BigRational::from_integer(2.into());
                (down(&(lo - &two_d), 30), up(&(hi + &two_d), 30))
            })
            .collect();
    }
    Err("no tail region found in 30 widenings".into())
}

/// Run the claim. `backend = None` chooses MPFR precision from the plan.
///
/// # Errors
/// [`Error::BadInput`] for a non-rigorous backend. A failed proof is a certificate with
/// `verified: false` and the reason.
///
/// # Examples
/// ```no_run
/// use eoscert::arith::parse_rational;
/// use eoscert::certify::subcritical::{prove_subcritical, SubcriticalProblem};
/// use eoscert::model::Model;
/// let q = |s| parse_rational(s).unwrap();
/// let p = SubcriticalProblem::new(Model::factorisation(2, q("1")).unwrap(), q("0.9"),
///     vec![q("1.3"), q("0.77")], 100_000).unwrap();
/// let cert = prove_subcritical(&p, None, &mut |_, _| {}).unwrap();
/// assert!(cert.verified);
/// ```
pub fn prove_subcritical(
    problem: &SubcriticalProblem,
    backend: Option<Backend>,
    observe: &mut dyn FnMut(u64, u64),
) -> Result<Certificate, Error> {
    if let Some(b) = backend
        && !b.is_rigorous()
    {
        return Err(Error::field(
            "backend",
            "f64 cannot prove the subcritical claim (the float64 classifier and the sweeps give float answers)",
        ));
    }
    let start = Instant::now();
    let mut cert = prove_inner(problem, backend, observe);
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// A `subcritical` certificate being written (evidence `None` until every step is proved).
type Draft = SubcriticalClaim<Option<ev::Subcritical>>;

fn base_certificate(problem: &SubcriticalProblem, backend: TypedBackend) -> Draft {
    SubcriticalClaim {
        schema: SCHEMA.into(),
        model: problem.model.gd_model(),
        eta: Some(format_exact(&problem.eta)),
        init: problem.init.iter().map(format_exact).collect(),
        backend,
        rigorous: backend.is_rigorous(),
        verified: false,
        reason: String::new(),
        quantities: SubcriticalQuantities::default(),
        evidence: None,
        elapsed_s: 0.0,
    }
}

fn prove_inner(
    problem: &SubcriticalProblem,
    backend: Option<Backend>,
    observe: &mut dyn FnMut(u64, u64),
) -> Certificate {
    let p = problem.depth();
    let y = problem.model.target().clone();
    let fail = |backend: TypedBackend, why: String| {
        let mut c = base_certificate(problem, backend);
        c.reason = why;
        c
    };
    let below = eta_vs_critical(p, &y, &problem.eta);
    if below != Ordering::Less {
        let mut c = fail(
            TypedBackend::Rational,
            format!(
                "η {} η_crit = 2/λ* (exact comparison): Theorem 5.1 needs η < η_crit",
                if below == Ordering::Equal { "=" } else { ">" }
            ),
        );
        c.quantities.eta_below_critical = Some(false);
        return c.into_certificate();
    }
    // A start on M is a fixed point of GD.
    let f0: BigRational = problem.init.iter().cloned().product();
    if f0 == y {
        let lambda0: BigRational = problem.init.iter().map(|t| &y * &y / (t * t)).sum();
        if &problem.eta * &lambda0 >= BigRational::from_integer(2.into()) {
            return fail(
                TypedBackend::Rational,
                format!(
                    "θ₀ lies on M (f(θ₀) = y exactly): it is a fixed point of GD with ηλ(θ₀) = {} ≥ 2, \
                     so ηλ(θ∥_t) < 2 is never reached and τ does not exist",
                    format_down(&(&problem.eta * &lambda0), 12)
                ),
            )
            .into_certificate();
        }
    }
    let eta_f = problem.eta.to_f64().unwrap_or(f64::NAN);
    let init_f: Vec<f64> = problem
        .init
        .iter()
        .map(|q| q.to_f64().unwrap_or(f64::NAN))
        .collect();
    let plan = match plan(&problem.model, eta_f, &init_f, problem.max_steps) {
        Ok(plan) => plan,
        Err(why) => return fail(TypedBackend::F64, format!("no plan: {why}")).into_certificate(),
    };
    let mut steps = plan.steps;
    if backend.is_none() && 1.8 * steps as f64 + 320.0 > f64::from(MAX_AUTO_BITS) {
        return fail(
            TypedBackend::F64,
            format!(
                "the float plan needs T = {steps} steps (τ ≈ {}); naive interval iteration would need \
                 ≈ {:.0} bits, above the automatic limit {} (the residual contracts too slowly: \
                 ηλ∞ is close to 2); give the backend mpfr:BITS to try anyway",
                plan.tau,
                1.8 * steps as f64 + 320.0,
                MAX_AUTO_BITS
            ),
        )
        .into_certificate();
    }
    let mut last = None;
    for attempt in 0..3 {
        let bits = match backend {
            Some(Backend::Mpfr(b)) => b,
            Some(_) => 0,
            None => ((((1.8 * steps as f64 + 320.0) / 64.0).ceil() as u32 * 64) << attempt)
                .min(crate::arith::MAX_MPFR_BITS),
        };
        let cert = match backend {
            Some(b) if !matches!(b, Backend::Mpfr(_)) => b.dispatch(Run {
                problem,
                steps,
                observe: &mut *observe,
            }),
            _ => Run {
                problem,
                steps,
                observe: &mut *observe,
            }
            .run::<MpfrInterval>(bits),
        };
        let wide = cert.verified
            && match cert.quantities.get("sharpness_limit") {
                Some(Quantity::Enclosure(e)) => width(e) > 1e-12,
                _ => false,
            };
        if (cert.verified && !wide) || backend.is_some() {
            return cert;
        }
        last = Some(cert);
        if wide {
            steps = (steps + steps / 2).min(problem.max_steps);
        }
    }
    last.expect("at least one attempt")
}

fn width(e: &Enclosure) -> f64 {
    match (parse_rational(&e.lo), parse_rational(&e.hi)) {
        (Ok(lo), Ok(hi)) => (hi - lo).to_f64().unwrap_or(f64::INFINITY),
        _ => f64::INFINITY,
    }
}

struct Run<'a> {
    problem: &'a SubcriticalProblem,
    steps: u64,
    observe: &'a mut dyn FnMut(u64, u64),
}

/// Round the Newton interval outward to short decimals and re-prove with it (so the evidence
/// holds exactly what was proved).
///
/// The projection does not need the run's precision: the box is rounded outward to
/// [`PROJECTION_BITS`]-bit MPFR intervals first.
fn rounded_projection<S: Scalar>(
    theta: &[S],
    y: &BigRational,
) -> Result<
    (
        crate::certify::projection::Projection<MpfrInterval>,
        Enclosure,
    ),
    String,
> {
    let theta: Vec<MpfrInterval> = theta
        .iter()
        .map(|x| {
            x.bounds()
                .map(|(lo, hi)| MpfrInterval::from_bounds(&lo, &hi, &PROJECTION_BITS))
        })
        .collect::<Option<_>>()
        .ok_or("unbounded box")?;
    let theta = &theta[..];
    let y = &MpfrInterval::from_rational(y, &PROJECTION_BITS);
    let proj = project(theta, y)?;
    let (lo, hi) = proj.alpha.bounds().ok_or("α unbounded")?;
    let (short_lo, short_hi) = (down(&lo, ALPHA_DIGITS), up(&hi, ALPHA_DIGITS));
    let alpha = MpfrInterval::from_bounds(&short_lo, &short_hi, &PROJECTION_BITS);
    // Short decimals when they still pass the Newton test, else the exact dyadic endpoints
    // (tiny α near M, where relative rounding leaves no room).
    let (proj, lo, hi) = match project_with(theta, &alpha, y) {
        Ok(short) => (short, short_lo, short_hi),
        Err(_) => (proj, lo, hi),
    };
    let alpha = Enclosure {
        lo: format_exact(&lo),
        hi: format_exact(&hi),
    };
    Ok((proj, alpha))
}

/// Why a subcritical claim is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum SubcriticalReason {
    /// The projection α(θ_t) was not proved at this step.
    Projection {
        /// The step.
        step: u64,
        /// Why.
        why: String,
    },
    /// λ(θ∥_t) is unbounded at this step.
    LambdaUnbounded {
        /// The step.
        step: u64,
    },
    /// ηλ(θ∥_t) ≥ 2 again at `step` after dropping below 2 at `tau`.
    AboveAgain {
        /// The step.
        step: u64,
        /// The first step below 2.
        tau: u64,
    },
    /// ηλ(θ∥_t) vs 2 is not decided at this step.
    Undecided {
        /// The step.
        step: u64,
        /// The enclosure of λ(θ∥_t), as printed (`Some(Enclosure { .. })` or `None`).
        enclosure: String,
    },
    /// ηλ(θ∥_t) ≥ 2 for every replayed step.
    TauNotReached {
        /// The steps replayed.
        steps: u64,
    },
    /// The tail lemma at the last step was not proved.
    TailLemma {
        /// The last step.
        steps: u64,
        /// Why.
        why: String,
    },
    /// The projection of the tail box was not proved.
    TailProjection {
        /// Why.
        why: String,
    },
    /// ηλ(θ∥_t) < 2 was not proved on the tail box.
    TailNotBelow,
    /// The enclosure of λ∞ is unbounded.
    LimitUnbounded,
    /// No λ(θ∥_t) enclosures were recorded.
    NoLambdas,
    /// ηλ(θ∥₀) > 2 is not decided by the published enclosure.
    PastEdgeUndecided,
    /// λ* < λ∞ < 2/η is not proved from the enclosure.
    NotBetween,
    /// A float backend: every condition held, but in float arithmetic.
    NotRigorous,
}

impl Reason for SubcriticalReason {
    fn text(&self) -> String {
        use SubcriticalReason as R;
        match self {
            R::Projection { step, why } => format!("projection at step {step} not proved: {why}"),
            R::LambdaUnbounded { step } => format!("λ(θ∥_{step}) unbounded"),
            R::AboveAgain { step, tau } => {
                format!("ηλ(θ∥_t) ≥ 2 again at step {step} after dropping below 2 at step {tau}")
            }
            R::Undecided { step, enclosure } => {
                format!("ηλ(θ∥_{step}) vs 2 undecided (enclosure {enclosure})")
            }
            R::TauNotReached { steps } => {
                format!("ηλ(θ∥_t) ≥ 2 for every t ≤ {steps}: τ not reached")
            }
            R::TailLemma { steps, why } => {
                format!("tail lemma at step {steps} not proved: {why}")
            }
            R::TailProjection { why } => format!("projection of the tail box not proved: {why}"),
            R::TailNotBelow => "ηλ(θ∥_t) < 2 for t > T not proved on the tail box".into(),
            R::LimitUnbounded => "λ∞ enclosure unbounded".into(),
            R::NoLambdas => "no λ(θ∥_t) enclosures".into(),
            R::PastEdgeUndecided => {
                "ηλ(θ∥₀) > 2 is not decided (ηλ(θ∥₀) is within 10⁻⁴⁰ of 2)".into()
            }
            R::NotBetween => "λ* < λ∞ < 2/η not proved from the enclosure".into(),
            R::NotRigorous => "not rigorous".into(),
        }
    }
}

/// The replay up to the last step: the final box, the checkpoints, the projections α_t, the
/// first step τ with ηλ(θ∥_τ) < 2, and λ(θ∥_t) for t ≤ τ.
struct Replay<S> {
    theta: Vec<S>,
    checkpoints: Vec<StepBox>,
    alphas: Vec<Enclosure>,
    tau: u64,
    lambdas: Vec<(BigRational, BigRational)>,
}

/// Replay GD for `steps` steps, projecting every θ_t onto the minimiser manifold and deciding
/// ηλ(θ∥_t) < 2 (once true, it must stay true).
fn replay<S: Scalar>(
    problem: &SubcriticalProblem,
    steps: u64,
    observe: &mut dyn FnMut(u64, u64),
    ctx: &S::Ctx,
) -> Result<Replay<S>, SubcriticalReason> {
    let model = &problem.model;
    let yq = model.target().clone();
    let y = S::from_rational(&yq, ctx);
    let eta = S::from_rational(&problem.eta, ctx);
    let eta_p = MpfrInterval::from_rational(&problem.eta, &PROJECTION_BITS);
    let two_p = MpfrInterval::from_int(2, &PROJECTION_BITS);
    let mut theta: Vec<S> = problem
        .init
        .iter()
        .map(|q| S::from_rational(q, ctx))
        .collect();
    let stride = steps.div_ceil(CHECKPOINTS).max(1);
    let mut checkpoints = Vec::new();
    let mut alphas = Vec::with_capacity(steps as usize + 1);
    let mut tau: Option<u64> = None;
    let mut lambdas: Vec<(BigRational, BigRational)> = Vec::new();
    for t in 0..=steps {
        observe(t, steps);
        let (proj, alpha) = rounded_projection(&theta, &yq)
            .map_err(|why| SubcriticalReason::Projection { step: t, why })?;
        alphas.push(alpha);
        if tau.is_none() {
            let bounds = proj.lambda.bounds();
            lambdas.push(bounds.ok_or(SubcriticalReason::LambdaUnbounded { step: t })?);
        }
        match (eta_p.clone() * proj.lambda.clone()).lt(&two_p) {
            Certainty::Certainly => {
                tau.get_or_insert(t);
            }
            Certainty::CertainlyNot => {
                if let Some(tau) = tau {
                    return Err(SubcriticalReason::AboveAgain { step: t, tau });
                }
            }
            Certainty::Undecided => {
                return Err(SubcriticalReason::Undecided {
                    step: t,
                    enclosure: format!("{:?}", enclosure_of(&proj.lambda)),
                });
            }
        }
        if t % stride == 0 || t == steps {
            // The projection just proved every coordinate bounded.
            let theta_box =
                exact_enclosures(&theta).ok_or_else(|| SubcriticalReason::Projection {
                    step: t,
                    why: "unbounded box".into(),
                })?;
            checkpoints.push(StepBox {
                step: t,
                theta: theta_box,
            });
        }
        if t < steps {
            theta = model.gd_step(&theta, &eta, &y);
        }
    }
    let tau = tau.ok_or(SubcriticalReason::TauNotReached { steps })?;
    Ok(Replay {
        theta,
        checkpoints,
        alphas,
        tau,
        lambdas,
    })
}

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let Run {
            problem,
            steps,
            observe,
        } = self;
        let mut cert = base_certificate(problem, crate::certify::backend::<S>(&ctx));
        cert.rigorous = S::RIGOROUS;
        cert.quantities.eta_below_critical = Some(true);
        let failure = prove::<S>(problem, steps, observe, &ctx, &mut cert).err();
        let failure = failure.or((!S::RIGOROUS).then_some(SubcriticalReason::NotRigorous));
        cert.verified = failure.is_none();
        cert.reason = failure.map_or_else(String::new, |why| why.text());
        cert.into_certificate()
    }
}

/// Method steps 1–4: replay to τ, the tail lemma and its projection, the limit's quantities
/// and the hypotheses, writing quantities (and, once all are proved, the evidence) to `cert`.
fn prove<S: Scalar>(
    problem: &SubcriticalProblem,
    steps: u64,
    observe: &mut dyn FnMut(u64, u64),
    ctx: &S::Ctx,
    cert: &mut Draft,
) -> Result<(), SubcriticalReason> {
    let model = &problem.model;
    let yq = model.target().clone();
    let early = replay::<S>(problem, steps, observe, ctx)?;
    let int = |n: u64| Some(Enclosure::exact(&BigRational::from_integer(n.into())));
    cert.quantities.tau = int(early.tau);
    cert.quantities.steps = int(steps);
    cert.quantities.above_threshold_before_tau = Some(true);
    let y = S::from_rational(&yq, ctx);
    let eta = S::from_rational(&problem.eta, ctx);
    let tail = tail_bound(model, &early.theta, &y, &eta)
        .map_err(|why| SubcriticalReason::TailLemma { steps, why })?;
    let (limit_proj, limit_alpha) = rounded_projection(&tail.limit_box, &yq)
        .map_err(|why| SubcriticalReason::TailProjection { why })?;
    let eta_p = MpfrInterval::from_rational(&problem.eta, &PROJECTION_BITS);
    let two_p = MpfrInterval::from_int(2, &PROJECTION_BITS);
    if (eta_p * limit_proj.lambda).lt(&two_p) != Certainty::Certainly {
        return Err(SubcriticalReason::TailNotBelow);
    }
    cert.quantities.below_threshold_from_tau = Some(true);
    let (between, lambda_to_tau) = limit_quantities(problem, &tail, &early.lambdas, cert)?;
    cert.evidence = Some(ev::Subcritical {
        precision_bits: precision_bits::<S>(ctx),
        steps,
        checkpoints: early.checkpoints,
        projections: early.alphas,
        lambda_to_tau,
        tail: ev::SubcriticalTail {
            kappa: format_exact(&tail.kappa),
            limit_alpha,
            region: tail
                .region
                .iter()
                .map(|(lo, hi)| Enclosure {
                    lo: format_exact(lo),
                    hi: format_exact(hi),
                })
                .collect(),
        },
    });
    if !between {
        return Err(SubcriticalReason::NotBetween);
    }
    Ok(())
}

/// The limit's quantities (`limit_between`, `rate` = |1 − ηλ∞|, `sharpness_limit`) and the
/// hypothesis quantities; returns whether λ* < λ∞ < 2/η is proved, and the published λ(θ∥_t).
fn limit_quantities<S: Scalar>(
    problem: &SubcriticalProblem,
    tail: &Tail<S>,
    lambdas: &[(BigRational, BigRational)],
    cert: &mut Draft,
) -> Result<(bool, Vec<Enclosure>), SubcriticalReason> {
    let yq = problem.model.target();
    let lambda_enc = enclosure_of(&tail.lambda).ok_or(SubcriticalReason::LimitUnbounded)?;
    let lo = parse_rational(&lambda_enc.lo).expect("printed");
    let hi = parse_rational(&lambda_enc.hi).expect("printed");
    let between = above_lambda_star(problem.depth(), yq, &lo)
        && &problem.eta * &hi < BigRational::from_integer(2.into());
    cert.quantities.limit_between = Some(between);
    // rate = |1 − ηλ∞| from the printed enclosure (exact rationals).
    let one = BigRational::one();
    let (a, b) = (&one - &problem.eta * &lo, &one - &problem.eta * &hi);
    let (rlo, rhi) = {
        let (x, z) = (a.abs(), b.abs());
        let lo = if a.is_positive() != b.is_positive() && !a.is_zero() && !b.is_zero() {
            BigRational::zero()
        } else if x < z {
            x.clone()
        } else {
            z.clone()
        };
        (lo, if x > z { x } else { z })
    };
    let digits = lambda_enc.lo.len().max(20);
    cert.quantities.rate = Some(Enclosure::outward(&rlo, &rhi, digits));
    cert.quantities.sharpness_limit = Some(lambda_enc);
    let lambda_to_tau = hypotheses(
        problem,
        lambdas,
        [&lo, &hi, &rlo, &rhi],
        digits,
        &mut cert.quantities,
    )?;
    Ok((between, lambda_to_tau))
}

/// Significant digits of the published λ(θ∥_t) enclosures (`evidence.lambda_to_tau`): far
/// wider than the 192-bit projections' rounding, so the checker's own 256-bit enclosures lie
/// inside them, and far narrower than the per-step change of λ(θ∥_t) on the runs we prove.
const LAMBDA_DIGITS: usize = 40;

/// λ* = p·(y^{2p−2})^{1/p}, enclosed (exact when rational, else a `2⁻²⁰⁰` bracket).
pub fn lambda_star(depth: usize, y: &BigRational) -> (BigRational, BigRational) {
    let r =
        crate::certify::critical::root(&num_traits::pow(y.clone(), 2 * depth - 2), depth as u32);
    let p = BigRational::from_integer(BigInt::from(depth));
    let (lo, hi) = crate::certify::critical::ends(&r);
    (lo * &p, hi * &p)
}

/// Decide Theorem 5.1's hypotheses and Lemma D.1's monotonicity on the published enclosures
/// `Λ_t ∋ λ(θ∥_t)` (t = 0..=τ, rounded outward to [`LAMBDA_DIGITS`]), exactly as the checker
/// does (module docs of `eoscert_check::check::subcritical`):
/// - `hypothesis_past_edge`: η·Λ₀.lo > 2 (true) or η·Λ₀.hi ≤ 2 (false); else not decided;
/// - `instance_of_theorem_5_1` = η < η_crit (already required) ∧ `hypothesis_past_edge`;
/// - `sharpness_nonincreasing_to_tau`: Λ_{t+1}.hi ≤ Λ_t.lo for all t < τ (true), or some
///   Λ_{t+1}.lo > Λ_t.hi (false); omitted when neither is proved;
/// - `beta` ⊇ η·Λ_τ − 1; `rate_at_most_beta`: rate.hi ≤ β.lo (true) or rate.lo > β.hi (false);
/// - `suboptimality` ⊇ λ∞ − λ* from `sharpness_limit` and the bracket of λ*.
///
/// `[lim_lo, lim_hi, rate_lo, rate_hi]` are the printed `sharpness_limit` and `rate`; sets the
/// hypothesis quantities in `q` and returns the published λ(θ∥_t), t ≤ τ.
fn hypotheses(
    problem: &SubcriticalProblem,
    lambdas: &[(BigRational, BigRational)],
    [lim_lo, lim_hi, rate_lo, rate_hi]: [&BigRational; 4],
    digits: usize,
    q: &mut SubcriticalQuantities,
) -> Result<Vec<Enclosure>, SubcriticalReason> {
    let eta = &problem.eta;
    let two = BigRational::from_integer(2.into());
    let published: Vec<(BigRational, BigRational)> = lambdas
        .iter()
        .map(|(lo, hi)| (down(lo, LAMBDA_DIGITS), up(hi, LAMBDA_DIGITS)))
        .collect();
    let (l0, tau_l) = match (published.first(), published.last()) {
        (Some(a), Some(b)) => (a, b),
        _ => return Err(SubcriticalReason::NoLambdas),
    };
    let past_edge = if eta * &l0.0 > two {
        true
    } else if eta * &l0.1 <= two {
        false
    } else {
        return Err(SubcriticalReason::PastEdgeUndecided);
    };
    q.hypothesis_past_edge = Some(past_edge);
    q.instance_of_theorem_5_1 = Some(past_edge);
    let pairs = || published.windows(2);
    if pairs().all(|w| w[1].1 <= w[0].0) {
        q.sharpness_nonincreasing_to_tau = Some(true);
    } else if pairs().any(|w| w[1].0 > w[0].1) {
        q.sharpness_nonincreasing_to_tau = Some(false);
    }
    let one = BigRational::one();
    let beta = Enclosure::outward(&(eta * &tau_l.0 - &one), &(eta * &tau_l.1 - &one), digits);
    let (b_lo, b_hi) = (
        parse_rational(&beta.lo).expect("printed"),
        parse_rational(&beta.hi).expect("printed"),
    );
    // The checker decides on the printed `rate` enclosure.
    let rate = Enclosure::outward(rate_lo, rate_hi, digits);
    let (r_lo, r_hi) = (
        parse_rational(&rate.lo).expect("printed"),
        parse_rational(&rate.hi).expect("printed"),
    );
    if r_hi <= b_lo {
        q.rate_at_most_beta = Some(true);
    } else if r_lo > b_hi {
        q.rate_at_most_beta = Some(false);
    }
    q.beta = Some(beta);
    let (ls_lo, ls_hi) = lambda_star(problem.depth(), problem.model.target());
    q.suboptimality = Some(Enclosure::outward(
        &(lim_lo - ls_hi),
        &(lim_hi - ls_lo),
        digits,
    ));
    let lambda_to_tau = published
        .iter()
        .map(|(lo, hi)| Enclosure {
            lo: format_exact(lo),
            hi: format_exact(hi),
        })
        .collect();
    Ok(lambda_to_tau)
}

/// The replay's precision as the checker reads it: `mpfr:B` → B, `interval` → 53, else none.
fn precision_bits<S: Scalar>(ctx: &S::Ctx) -> Option<u32> {
    let name = S::backend_name(ctx);
    match name.strip_prefix("mpfr:") {
        Some(bits) => Some(bits.parse::<u32>().unwrap_or(0)),
        None if name == "interval" => Some(53),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    #[test]
    fn eta_comparison_is_exact() {
        // p = 3, y = 8: λ* = 3·8^{4/3} = 48, η_crit = 1/24.
        let y = q("8");
        assert_eq!(eta_vs_critical(3, &y, &q("1/24")), Ordering::Equal);
        assert_eq!(eta_vs_critical(3, &y, &q("0.0416")), Ordering::Less);
        assert_eq!(eta_vs_critical(3, &y, &q("0.0417")), Ordering::Greater);
        assert!(above_lambda_star(3, &y, &q("48.0001")));
        assert!(!above_lambda_star(3, &y, &q("48")));
    }

    #[test]
    fn bad_input() {
        let m = Model::factorisation(2, q("1")).unwrap();
        assert!(SubcriticalProblem::new(m.clone(), q("0.9"), vec![q("-1"), q("1")], 10).is_err());
        assert!(SubcriticalProblem::new(m.clone(), q("0"), vec![q("1"), q("1")], 10).is_err());
        assert!(SubcriticalProblem::new(m.clone(), q("0.9"), vec![q("1")], 10).is_err());
        let ip = Model::inner_product(1, q("1")).unwrap();
        assert!(SubcriticalProblem::new(ip, q("0.9"), vec![q("1"), q("1")], 10).is_err());
    }
}
