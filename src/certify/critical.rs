//! Claim `critical`: certified long-horizon GD at the critical learning rate η = η_crit = 2/λ*.
//!
//! # Method
//! Naive interval iteration of the critical map explodes (the dependency effect multiplies the
//! radius every step). This engine separates the *point* from the *error*:
//!
//! 1. **Point iteration.** A midpoint `x̃_t` is iterated in [`Ball`] arithmetic (f64 midpoint)
//!    or [`FlBall`] arithmetic (128-bit floating midpoint `m·2ᵉ`). Each step evaluated at the
//!    *point* `x̃_t` returns a ball whose midpoint is `x̃_{t+1}` and whose radius `δ_t` rigorously
//!    bounds the local rounding error `|F(x̃_t) − x̃_{t+1}|` (every f64 rounding is accounted for
//!    by `u|fl| + 2⁻¹⁰⁷⁴`, every 128-bit truncation by one unit of its last place; radii are
//!    rounded up with `next_up`). The default mode for p = 2 / the inner product at `h = 1` is
//!    the compensated f64 fast path (`fast.rs`); θ coordinates at y = 1, η = 2/p, p ≤ 5 use
//!    the double-f64 fast path (`fast_depth.rs`), otherwise the floating midpoint (an f64 midpoint
//!    loses `u·|w|` per step: width 6.8·10⁻⁷ for p = 5 at T = 10⁶).
//! 2. **Coordinates where rounding is relative to a small number.** For p = 2 and the inner
//!    product the exact reduced system in `(r/Y, Q/Y)` is used (paper §5.1; both tend to 0).
//!    For any p, GD runs in deviation coordinates `w = θ − c·1` (`c ≈ y^{1/p}` exact), with
//!    products expanded so that no `1 + small` is ever rounded.
//! 3. **Error propagation: two-step mean-value form.** With `e_t = x_t − x̃_t` (true minus
//!    computed), `e_{t+1} = J̄_t e_t + d_t` where `J̄_t = ∫₀¹ J(x̃_t + s e_t) ds` lies in the ball
//!    matrix `J(B_t)`, `B_t = x̃_t ± ρ_t`, and `|d_t| ≤ δ_t`. At η_crit the Jacobian at the
//!    flattest minimum is `diag(−1, 1, …)` in the basis `W` (identity for (r, Q);
//!    `[1, e₁−e₂, …]` for θ). One-step off-diagonal terms alternate in sign with the period-two
//!    oscillation, so bounding them in magnitude each step would compound (growth like
//!    `exp(c·t^{1/4})` for (r, Q)). Over *two* steps they cancel to the order of the true
//!    sensitivities, so radii `ρᶻ` of `z = W⁻¹e` are propagated by
//!    `ρᶻ_{t+2} = |W⁻¹ J(B_{t+1}) J(B_t) W| ρᶻ_t + |W⁻¹|(|J(B_{t+1})| δ_t + δ_{t+1})`,
//!    the products taken in ball arithmetic (which encloses every product of members) and the
//!    absolute values and sums rounded up. The odd-step box `B_{t+1}` uses the one-step bound
//!    `|J(B_t)| |W| ρᶻ_t + δ_t`. The resulting matrix is `I + O(1/t)`, so the radius grows only
//!    like the accumulated rounding error, never multiplicatively.
//! 4. **Quantities** (`t_loss = t·ℓ`, `t_dist2 = t·‖θ − θ*‖²`, `t_q = t·Q`) are evaluated in exact
//!    rational interval arithmetic from the proved state enclosures at the checkpoints; square
//!    roots and `y^{1/p}` are bracketed on a `2⁻²⁰⁰` dyadic grid. For p = 2,
//!    `‖θ − θ*‖² = Y·((q + 4ρ)²/(√P̂ + 2)² + q)/2` with `P̂ = q + 4(1 + ρ) = (x + y)²/Y`, valid
//!    while `x + y > 0`, which the engine checks at every step (`1 − ηr > 0`).
//!
//! Everything that bounds an error is proved (see the `ball` module for the rounding model). Nothing is
//! compared in floating point to "verify": a run either finishes with finite radii (then every
//! checkpoint enclosure is a theorem) or reports `verified: false` with the step where the
//! bound was lost.
//!
//! 5. **Drivers.** [`run_per_step`] encloses the Jacobians on a box around every iterate (the
//!    `--midpoint float128` mode); [`run_blocks`] once per block of `≈ √t/8` steps (the default
//!    mode; see `engine.rs`), which makes the per-step cost the point step plus four float
//!    matrix–vector products.
//!
//! # Measured (release build, `cargo run --release --example critical -- P MIDPOINT STEPS`)
//! From (13/10, 4/5), y = 1, η = 1, T = 10⁷: default (fast path) `t_loss` width 8.6·10⁻¹²,
//! 1.3·10⁷ certified steps/s; float128 width 1.3·10⁻³¹ at 1.8·10⁶ steps/s (a fixed-point
//! midpoint reaches only 6.7·10⁻²⁵: its absolute `2⁻¹²⁴` truncations of `q ~ 1/t` add up
//! linearly and reach ρ through `∂ρ'/∂q = −ρ`).
//! Depth 3 and 5 at y = 1, η = 2/p (the double-f64 path): p = 3, T = 10⁷, width 1.6·10⁻¹¹ at
//! 1.45·10⁷ steps per CPU-second; p = 5, T = 10⁷, width 1.8·10⁻⁸ at 3.6·10⁶ steps per
//! CPU-second. `--midpoint float128` keeps the 128-bit engine (p = 5, T = 10⁶: width 4.5·10⁻¹³
//! at about 5·10⁵ steps/s).
//!
//! # Special starts
//! - On M (`f(θ₀) = y` exactly): the gradient vanishes; θ_t = θ₀ exactly for all t.
//! - On L for p = 2 (`Q₀ = 0`): `Q_t = 0` exactly (Q' = Q(1 + ηr)²); `t_q` is exactly 0 and the
//!   run proves `t·r²` (limit 1/4 at Y = 1).

mod alltime;
mod alltime_depth;
mod alltime_limit;
mod ball;
mod depth_field;
mod engine;
mod exact;
mod fast;
mod fast_depth;
mod field;
mod float128;
pub mod hypotheses;
mod mutation;
mod systems;

use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

pub use alltime::{AllTime, prove_all_time};
pub use ball::{Ball, Num};
pub use engine::{RunOutcome, StateEnclosure, run_blocks, run_per_step};
pub(crate) use exact::{ROOT_BITS, root};
pub use float128::FlBall;
#[cfg(feature = "mutant")]
pub use mutation::{Mutation, with_mutation};
pub use systems::{MAX_DEPTH, Rq, System, Theta};

use crate::Error;
use crate::arith::{RationalInterval, Ring as _, exact_root};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA};
use crate::certify::{Reason, reason_text};
use crate::model::Model;
use eoscert_check::backend::{Backend, Midpoint as MidpointName};
use eoscert_check::claim::{CriticalClaim, CriticalQuantities, GdKind, GdModel};
use eoscert_check::evidence::{self as ev, CriticalCoordinates};

/// Printed significant digits of the enclosures in the certificate.
const DIGITS: usize = 45;
/// The largest horizon accepted: the checker's limit
/// ([`eoscert_check::caps::critical::MAX_STEPS`], 10⁸; about 10 s at the default rate),
/// since a longer run would give a certificate that `eoscert check` refuses.
pub const MAX_STEPS: u64 = eoscert_check::caps::critical::MAX_STEPS;

/// The shape of a critical run's model (the parameters that select the coordinates).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// ℓ = ½(θ₁⋯θ_p − y)², `2 ≤ p ≤ MAX_DEPTH`.
    Factorisation {
        /// Depth p.
        depth: usize,
    },
    /// ℓ = ½(⟨u, v⟩ − Y)², u, v ∈ ℝ^d; init is `u` then `v`.
    InnerProduct {
        /// Dimension d.
        dim: usize,
    },
}

/// The midpoint arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Midpoint {
    /// f64 midpoint (fast, default).
    F64,
    /// 128-bit floating midpoint ([`FlBall`]; tight). The CLI and claim files also accept the
    /// earlier name `fixed128`.
    Float128,
}

/// Coordinates of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coordinates {
    /// Reduced (r, Q) for p = 2 and the inner product, θ-deviation otherwise.
    Auto,
    /// Full θ-deviation coordinates (factorisation only).
    Theta,
}

/// A critical-regime problem.
#[derive(Clone, Debug)]
pub struct CriticalProblem {
    /// The model (with its exact target).
    pub model: Model,
    /// Initial point, exact.
    pub init: Vec<BigRational>,
    /// Learning rate; `None` means η = η_crit exactly (when it is irrational, depth ≥ 3, the
    /// run is the rescaled `y = 1` map and the certificate states η symbolically, without `eta`).
    pub eta: Option<BigRational>,
    /// Horizon T.
    pub steps: u64,
    /// Extra checkpoints (T is always one).
    pub checkpoints: Vec<u64>,
    /// Midpoint arithmetic.
    pub midpoint: Midpoint,
    /// Coordinates.
    pub coordinates: Coordinates,
    /// Also prove the all-time trapping region after T (at η_crit; depth ≥ 3 also tries the
    /// shrinking region that pins the limit of t·ℓ).
    pub all_time: bool,
}

/// `λ*` and `η_crit = 2/λ*` when η_crit is rational (`None` otherwise).
///
/// Factorisation: `λ* = p·y^{2−2/p}`; inner product: `λ* = 2Y`.
pub fn eta_crit(model: &Model) -> Option<BigRational> {
    let two = BigRational::from_integer(2.into());
    let y = model.target();
    match model {
        Model::InnerProduct { .. } => Some(BigRational::one() / y),
        Model::Factorisation { depth, .. } => {
            // y^{2−2/p} = y² / (y²)^{1/p}: rational iff (y²)^{1/p} is.
            let z = exact_root(&(y * y), *depth as u32)?;
            let p = BigRational::from_integer(BigInt::from(*depth));
            Some(&two * z / (p * y * y))
        }
    }
}

/// Default checkpoints: the powers of ten below T, and T.
pub fn default_checkpoints(steps: u64) -> Vec<u64> {
    let mut v = Vec::new();
    let mut c = 10u64;
    while c < steps {
        v.push(c);
        c = c.saturating_mul(10);
    }
    v.push(steps);
    v
}

/// The enclosure of `x` as written: exact for a point, else outward at [`DIGITS`] digits.
fn enc(x: &RationalInterval) -> Enclosure {
    let (lo, hi) = ends(x);
    if lo == hi {
        Enclosure::exact(lo)
    } else {
        Enclosure::outward(lo, hi, DIGITS)
    }
}

/// The endpoints of an interval of the critical code: its intervals come from ordered bounds,
/// `+`, `−`, `×`, `sqr`, `div_pos`, `nonneg` and dyadic roots of nonnegative numbers, none of
/// which yields the domain-error value.
pub(crate) fn ends(x: &RationalInterval) -> (&BigRational, &BigRational) {
    x.endpoints()
        .expect("critical-regime intervals are never the domain-error value")
}

/// What the run iterates.
enum Plan {
    /// Exact fixed point (start on M).
    Fixed,
    /// Reduced (ρ, q) = (r/Y, Q/Y) with h = ηY; `sign` = sign(x + y) (factorisation) or +1.
    Rq {
        x0: [BigRational; 2],
        h: BigRational,
    },
    /// θ-deviation with centre c.
    Theta { c: BigRational },
    /// θ̃ = θ/y^{1/p} (the enclosure `c` of `y^{1/p}`) at η = η_crit: GD on θ̃ is the `y = 1`
    /// map at η = 2/p exactly, run as θ̃-deviation with centre 1 from the box `θ₀/c`.
    Rescaled { c: RationalInterval },
}

/// Prove the critical-regime claim for `problem`; `progress` receives the current step.
///
/// # Errors
/// [`Error::BadInput`] for invalid input (non-positive target, wrong init length, depth out of
/// range, zero steps, checkpoints beyond T, irrational η_crit without `eta`, …). A proof that
/// fails is not an error: the certificate says `verified: false` and why.
pub fn prove_critical(
    problem: &CriticalProblem,
    mut progress: impl FnMut(u64),
) -> Result<Certificate, Error> {
    let start = Instant::now();
    let setup = Setup::new(problem)?;
    let inv = Invariants::new(problem, &setup)?;
    let setup = setup.with_all_time(problem, &inv)?;
    let plan = setup.plan(problem, &inv);
    let run = run_plan(problem, &setup, &inv, &plan, &mut progress);
    let mut out = Outcome {
        failure: run.failure.clone(),
        quantities: CriticalQuantities::default(),
        all_time: None,
        all_time_depth: None,
        limit: None,
    };
    if let (Some((t_loss, t_dist2, t_q)), true) = (&run.final_q, out.failure.is_none()) {
        out.quantities.t_loss = Some(enc(t_loss));
        out.quantities.t_dist2 = Some(enc(t_dist2));
        out.quantities.t_q = t_q.as_ref().map(enc);
    }
    if let (true, true, Some(state)) = (problem.all_time, out.failure.is_none(), &run.final_state) {
        all_time_rq(problem, state, &mut out);
    }
    if let (true, true, Some(p), Some(th)) = (
        problem.all_time,
        out.failure.is_none(),
        setup.depth_all_time,
        &run.final_theta,
    ) {
        all_time_depth(problem, &plan, p, th, &mut out);
    }
    eta_quantities(&setup, &mut out);
    let midpoint = run
        .midpoint
        .unwrap_or(plan_names(&plan, problem.midpoint).1);
    let evidence = critical_evidence(
        problem,
        &setup,
        &inv,
        &plan,
        midpoint,
        run.checkpoints,
        &mut out,
    );
    Ok(CriticalClaim {
        schema: SCHEMA.into(),
        model: setup.info,
        eta: (!setup.eta_symbolic).then(|| crate::certificate::format_exact(&setup.eta)),
        init: problem
            .init
            .iter()
            .map(crate::certificate::format_exact)
            .collect(),
        backend: Backend::MeanValue(midpoint),
        rigorous: true,
        verified: out.failure.is_none(),
        reason: reason_text(out.failure.as_ref(), true),
        quantities: out.quantities,
        evidence,
        elapsed_s: start.elapsed().as_secs_f64(),
    }
    .into_certificate())
}

/// The validated problem: the model's shape and info, η and how the run treats it.
struct Setup {
    shape: Shape,
    /// The number of coordinates of `init` (p, or 2d for the inner product).
    n_init: usize,
    info: GdModel,
    /// η_crit when rational.
    crit: Option<BigRational>,
    /// The η of the run (for a rescaled run: 2/p, the η of the `y = 1` map).
    eta: BigRational,
    /// The run is the `y = 1` map in θ̃ = θ/y^{1/p} ([`Plan::Rescaled`]).
    rescaled: bool,
    eta_is_crit: bool,
    /// The claim states η symbolically (`eta` absent from the certificate: η = η_crit exactly).
    eta_symbolic: bool,
    /// The sorted checkpoints, T included.
    cps: Vec<u64>,
    /// Depth p ≥ 3 of the factorisation (the all-time region of `alltime_depth`).
    depth_all_time: Option<usize>,
}

impl Setup {
    /// Validate the model, the horizon, `init`, the checkpoints and η.
    fn new(problem: &CriticalProblem) -> Result<Self, Error> {
        let y = problem.model.target();
        if !y.is_positive() {
            return Err(Error::field("model.target", "must be positive"));
        }
        let shape = match problem.model {
            Model::Factorisation { depth, .. } => Shape::Factorisation { depth },
            Model::InnerProduct { dim, .. } => Shape::InnerProduct { dim },
        };
        if problem.steps == 0 || problem.steps > MAX_STEPS {
            return Err(Error::field(
                "steps",
                format!("must lie in 1..={MAX_STEPS}"),
            ));
        }
        let (n_init, info) = model_info(problem, shape, y)?;
        if problem.init.len() != n_init {
            return Err(Error::field(
                "init",
                format!("needs {n_init} numbers, got {}", problem.init.len()),
            ));
        }
        if let Some(c) = problem.checkpoints.iter().find(|&&c| c > problem.steps) {
            return Err(Error::field(
                "checkpoints",
                format!("{c} is beyond steps = {}", problem.steps),
            ));
        }
        let crit = eta_crit(&problem.model);
        // `rescaled`: η = η_crit exactly although it is irrational (depth p ≥ 3 only; p = 2 and
        // the inner product always have a rational η_crit). The run is then the `y = 1` map at
        // η = 2/p in θ̃ = θ/y^{1/p} (`Plan::Rescaled`), and `eta` is the rational of the
        // rescaled map, not the η of the claim.
        let (eta, rescaled) = match (&problem.eta, &crit, shape) {
            (Some(e), _, _) if !e.is_positive() => {
                return Err(Error::field("eta", "must be positive"));
            }
            (Some(e), _, _) => (e.clone(), false),
            (None, Some(c), _) => (c.clone(), false),
            (None, None, Shape::Factorisation { depth }) => {
                (BigRational::new(2.into(), BigInt::from(depth)), true)
            }
            (None, None, Shape::InnerProduct { .. }) => {
                unreachable!("η_crit = 1/Y is rational")
            }
        };
        let eta_is_crit = rescaled || crit.as_ref() == Some(&eta);
        if problem.all_time && !eta_is_crit {
            return Err(Error::field(
                "all_time",
                "needs η = η_crit exactly (the trapping region is for the critical map)",
            ));
        }
        let mut cps: Vec<u64> = problem.checkpoints.clone();
        cps.push(problem.steps);
        cps.sort_unstable();
        cps.dedup();
        let depth_all_time = match shape {
            Shape::Factorisation { depth } if depth >= 3 => Some(depth),
            _ => None,
        };
        Ok(Self {
            shape,
            n_init,
            info,
            crit,
            eta,
            rescaled,
            eta_is_crit,
            eta_symbolic: rescaled,
            cps,
            depth_all_time,
        })
    }

    /// The all-time preconditions; an all-time run at depth p ≥ 3 whose y^{1/p} is irrational
    /// is a rescaled run (η_crit rational or not).
    fn with_all_time(mut self, problem: &CriticalProblem, inv: &Invariants) -> Result<Self, Error> {
        let y = problem.model.target();
        if problem.all_time && inv.f0 == *y {
            return Err(Error::field(
                "all_time",
                "θ₀ lies on M, so ℓ(θ_t) = 0 for every t exactly; there is no power law to trap",
            ));
        }
        if problem.all_time
            && self.depth_all_time.is_none()
            && (problem.coordinates == Coordinates::Theta || inv.r0.is_none())
        {
            return Err(Error::field(
                "all_time",
                "implemented in the exact reduced (r, Q) coordinates for depth 2 and the inner \
                 product",
            ));
        }
        if let (true, Some(p)) = (problem.all_time, self.depth_all_time)
            && p > alltime_depth::MAX_P
        {
            return Err(Error::field(
                "all_time",
                format!(
                    "implemented for depth 2..={} (and the inner product)",
                    alltime_depth::MAX_P
                ),
            ));
        }
        self.rescaled = self.rescaled
            || (problem.all_time
                && self.eta_is_crit
                && self.depth_all_time.is_some()
                && exact_root(y, self.n_init as u32).is_none());
        Ok(self)
    }

    /// What the run iterates.
    fn plan(&self, problem: &CriticalProblem, inv: &Invariants) -> Plan {
        let y = problem.model.target();
        if inv.f0 == *y {
            Plan::Fixed
        } else if self.rescaled {
            Plan::Rescaled {
                c: root(y, self.n_init as u32),
            }
        } else if let (Coordinates::Auto, Some(r0), Some(q0)) =
            (problem.coordinates, &inv.r0, &inv.q0)
        {
            Plan::Rq {
                x0: [r0 / y, q0 / y],
                h: &self.eta * y,
            }
        } else {
            let p = self.n_init as u32;
            let c = exact_root(y, p).unwrap_or_else(|| {
                // A dyadic approximation of y^{1/p} on a 2⁻⁶⁰ grid (any exact c is valid).
                crate::arith::dyadic_root_down(y, p, ROOT_BITS).round_to_grid()
            });
            Plan::Theta { c }
        }
    }
}

/// The number of coordinates of `init` and the certificate's model info (validating the depth
/// or the dimension).
fn model_info(
    problem: &CriticalProblem,
    shape: Shape,
    y: &BigRational,
) -> Result<(usize, GdModel), Error> {
    match shape {
        Shape::Factorisation { depth } => {
            if !(2..=MAX_DEPTH).contains(&depth) {
                return Err(Error::field(
                    "model.depth",
                    format!("must lie in 2..={MAX_DEPTH}"),
                ));
            }
            Ok((
                depth,
                GdModel {
                    kind: GdKind::Factorisation,
                    depth: Some(depth),
                    dim: None,
                    target: crate::certificate::format_exact(y),
                },
            ))
        }
        Shape::InnerProduct { dim } => {
            if dim == 0 || dim > 1 << 20 {
                return Err(Error::field("model.dim", "must lie in 1..=1048576"));
            }
            if problem.coordinates == Coordinates::Theta {
                return Err(Error::field(
                    "coordinates",
                    "theta coordinates are only for the factorisation model",
                ));
            }
            Ok((
                2 * dim,
                GdModel {
                    kind: GdKind::InnerProduct,
                    depth: None,
                    dim: Some(dim),
                    target: crate::certificate::format_exact(y),
                },
            ))
        }
    }
}

/// The exact initial invariants: `f₀ = f(θ₀)`, `r₀ = f₀ − y` and `Q₀` (p = 2 and the inner
/// product), and the sign of `x₀ + y₀` (p = 2; `‖u + v‖ ≥ 0` for the inner product).
struct Invariants {
    f0: BigRational,
    r0: Option<BigRational>,
    q0: Option<BigRational>,
    sign_plus: bool,
}

impl Invariants {
    fn new(problem: &CriticalProblem, setup: &Setup) -> Result<Self, Error> {
        let (init, y) = (&problem.init, problem.model.target());
        let (f0, r0, q0) = match setup.shape {
            Shape::Factorisation { depth } => {
                let f: BigRational = init.iter().fold(BigRational::one(), |a, b| a * b);
                if depth == 2 {
                    let d = &init[0] - &init[1];
                    (f.clone(), Some(&f - y), Some(&d * &d))
                } else {
                    (f, None, None)
                }
            }
            Shape::InnerProduct { dim } => {
                let (u, v) = init.split_at(dim);
                let ip: BigRational = u.iter().zip(v).map(|(a, b)| a * b).sum();
                let q: BigRational = u.iter().zip(v).map(|(a, b)| (a - b) * (a - b)).sum();
                (ip.clone(), Some(&ip - y), Some(q))
            }
        };
        let sign_plus = match setup.shape {
            Shape::Factorisation { depth: 2 } => {
                let s = &init[0] + &init[1];
                if s.is_zero() {
                    return Err(Error::field(
                        "init",
                        "x₀ + y₀ = 0: GD stays on the anti-diagonal (not the critical regime)",
                    ));
                }
                s.is_positive()
            }
            _ => true,
        };
        Ok(Self {
            f0,
            r0,
            q0,
            sign_plus,
        })
    }
}

/// What the finite run produced.
struct RunResult {
    checkpoints: Vec<ev::CriticalCheckpoint>,
    /// `(t·ℓ, t·d², t·Q)` at T.
    final_q: Option<(RationalInterval, RationalInterval, Option<RationalInterval>)>,
    /// The normalised state (ρ, q) at T (reduced coordinates), for the all-time proof.
    final_state: Option<(RationalInterval, RationalInterval)>,
    /// The θ box at T (depth ≥ 3), for the all-time proof.
    final_theta: Option<Vec<RationalInterval>>,
    /// Why the enclosure was lost.
    failure: Option<CriticalReason>,
    /// The midpoint when the run used another than the plan's (the double-f64 path).
    midpoint: Option<MidpointName>,
}

/// Why a critical claim is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum CriticalReason {
    /// The certified run lost its enclosure.
    EnclosureLost {
        /// The step where it was lost.
        step: u64,
        /// The engine's account of why.
        why: String,
    },
    /// The all-time trapping region (or its entry) was not proved.
    AllTime {
        /// Why.
        why: String,
    },
    /// The enclosures hold, but η is not the critical learning rate 2/λ* (or not proved to be).
    NotCritical {
        /// How η and η_crit differ.
        why: String,
    },
}

impl Reason for CriticalReason {
    fn text(&self) -> String {
        match self {
            CriticalReason::EnclosureLost { step, why } => {
                format!("enclosure lost at step {step}: {why}")
            }
            CriticalReason::AllTime { why } => format!("all-time: {why}"),
            CriticalReason::NotCritical { why } => {
                format!("eta is not the critical learning rate 2/λ*: {why}")
            }
        }
    }
}

/// The quantities, the verdict and the all-time evidence as they are built.
struct Outcome {
    /// Why the claim is not verified (`None`: verified).
    failure: Option<CriticalReason>,
    quantities: CriticalQuantities,
    /// The all-time region of the rq coordinates.
    all_time: Option<ev::AllTime>,
    /// The all-time region at depth p ≥ 3.
    all_time_depth: Option<ev::AllTimeDepth>,
    /// The shrinking region of the limit (depth p ≥ 3).
    limit: Option<ev::LimitDepth>,
}

/// The coordinates, the midpoint and the centre of the run.
fn plan_names(
    plan: &Plan,
    midpoint: Midpoint,
) -> (CriticalCoordinates, MidpointName, Option<BigRational>) {
    // Both modes iterate θ with the floating midpoint (see `dispatch_theta`).
    debug_assert_eq!(FlBall::name(), MidpointName::Float128.name());
    match plan {
        Plan::Fixed => (
            CriticalCoordinates::ExactFixedPoint,
            MidpointName::Exact,
            None,
        ),
        Plan::Rq { .. } => (
            CriticalCoordinates::Rq,
            match midpoint {
                Midpoint::F64 => MidpointName::F64,
                Midpoint::Float128 => MidpointName::Float128,
            },
            None,
        ),
        Plan::Theta { c } => (
            CriticalCoordinates::ThetaDeviation,
            MidpointName::Float128,
            Some(c.clone()),
        ),
        Plan::Rescaled { .. } => (
            CriticalCoordinates::ThetaRescaled,
            MidpointName::Float128,
            Some(BigRational::one()),
        ),
    }
}

/// Run the plan to T and collect the checkpoints.
fn run_plan(
    problem: &CriticalProblem,
    setup: &Setup,
    inv: &Invariants,
    plan: &Plan,
    progress: &mut dyn FnMut(u64),
) -> RunResult {
    let mut res = RunResult {
        checkpoints: Vec::new(),
        final_q: None,
        final_state: None,
        final_theta: None,
        failure: None,
        midpoint: None,
    };
    let y = problem.model.target();
    match plan {
        Plan::Fixed => {
            // θ_t = θ₀ for all t: ℓ = 0, d² constant.
            let theta_star = theta_star(setup, y);
            for &t in &setup.cps {
                let tt = RationalInterval::point(BigRational::from_integer(t.into()));
                let d2 = dist2_theta(
                    &plan_theta_point(&problem.init),
                    &theta_star,
                    &setup.shape,
                    y,
                );
                let q = inv
                    .q0
                    .as_ref()
                    .map(|q| &tt * &RationalInterval::point(q.clone()));
                let quants = (RationalInterval::int(0), &tt * &d2, q);
                res.checkpoints.push(checkpoint(t, None, &quants));
                if t == problem.steps {
                    res.final_q = Some(quants);
                }
            }
        }
        Plan::Rq { x0, h } => run_rq(problem, setup, inv, x0, h, progress, &mut res),
        Plan::Theta { .. } | Plan::Rescaled { .. } => {
            run_theta(problem, setup, plan, progress, &mut res);
        }
    }
    res
}

/// θ* = y^{1/p}·1 (factorisation); for the inner product the distance is to the sphere of
/// flattest minima {u = v, ‖u‖² = Y} (the value is unused).
fn theta_star(setup: &Setup, y: &BigRational) -> RationalInterval {
    match setup.shape {
        Shape::Factorisation { depth } => root(y, depth as u32),
        Shape::InnerProduct { .. } => RationalInterval::int(0),
    }
}

/// The reduced (ρ, q) run.
fn run_rq(
    problem: &CriticalProblem,
    setup: &Setup,
    inv: &Invariants,
    x0: &[BigRational; 2],
    h: &BigRational,
    progress: &mut dyn FnMut(u64),
    res: &mut RunResult,
) {
    let (steps, cps) = (problem.steps, &setup.cps);
    let outcome = match problem.midpoint {
        Midpoint::F64 if h.is_one() => fast::run_fast(x0, steps, cps, progress),
        Midpoint::F64 => {
            run_blocks::<Ball, _, 2>(&Rq::<Ball>::new(h), x0, &[0.0; 2], steps, cps, progress)
        }
        Midpoint::Float128 => {
            run_per_step::<FlBall, _, 2>(&Rq::<FlBall>::new(h), x0, &[0.0; 2], steps, cps, progress)
        }
    };
    for cp in &outcome.checkpoints {
        let rho = RationalInterval::new(cp.bounds[0].0.clone(), cp.bounds[0].1.clone());
        let mut q = RationalInterval::new(cp.bounds[1].0.clone(), cp.bounds[1].1.clone()).nonneg();
        if inv.q0.as_ref().is_some_and(|q| q.is_zero()) {
            q = RationalInterval::int(0); // on L: Q_t = 0 exactly
        }
        let quants = rq_quantities(cp.t, &rho, &q, problem.model.target(), inv.sign_plus);
        res.checkpoints.push(checkpoint(cp.t, Some(cp), &quants));
        if cp.t == steps {
            res.final_q = Some(quants);
            res.final_state = Some((rho, q));
        }
    }
    if let Some((t, why)) = outcome.failure {
        res.failure = Some(CriticalReason::EnclosureLost { step: t, why });
    }
}

/// The θ-deviation run (centre `c`) or the rescaled run (θ̃ = θ/y^{1/p}, centre 1).
fn run_theta(
    problem: &CriticalProblem,
    setup: &Setup,
    plan: &Plan,
    progress: &mut dyn FnMut(u64),
    res: &mut RunResult,
) {
    let (init, y, p_depth) = (&problem.init, problem.model.target(), setup.n_init);
    let one = BigRational::one();
    // (centre, map target, start midpoints, start radii, scale of t·ℓ and of the squared
    // distances): the rescaled run reports y²·t·ℓ̃ and y^{2/p}·t·d̃².
    let (c, map_y, w0, r0, scale) = match plan {
        Plan::Theta { c } => {
            let w0: Vec<BigRational> = init.iter().map(|x| x - c).collect();
            (c.clone(), y.clone(), w0, vec![0.0; p_depth], None)
        }
        Plan::Rescaled { c } => {
            let (w0, r0) = rescaled_start(init, c);
            let scale = (RationalInterval::point(y.clone()).sqr(), c.sqr());
            (one.clone(), one.clone(), w0, r0, Some(scale))
        }
        _ => unreachable!("θ plans only"),
    };
    let ts = if scale.is_some() {
        RationalInterval::int(1)
    } else {
        theta_star(setup, y)
    };
    // The double-f64 fast path (`fast_depth.rs`) where it applies.
    let fast = problem.midpoint == Midpoint::F64
        && fast_depth::applies(p_depth, &c, &map_y, &setup.eta, &w0, &r0);
    if fast {
        debug_assert_eq!(fast_depth::NAME, MidpointName::F64.name());
        res.midpoint = Some(MidpointName::F64);
    }
    let outcome = dispatch_theta(
        fast,
        p_depth,
        problem.midpoint,
        &c,
        &map_y,
        &setup.eta,
        &w0,
        &r0,
        problem.steps,
        &setup.cps,
        progress,
    );
    for cp in &outcome.checkpoints {
        let th: Vec<RationalInterval> = cp
            .bounds
            .iter()
            .map(|(lo, hi)| RationalInterval::new(lo + &c, hi + &c))
            .collect();
        let tt = RationalInterval::point(BigRational::from_integer(cp.t.into()));
        let f = th.iter().fold(RationalInterval::int(1), |a, b| &a * b);
        let res_f = f - RationalInterval::point(map_y.clone());
        let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
        let t_loss = &(&tt * &res_f.sqr()) * &half;
        let d2 = th
            .iter()
            .fold(RationalInterval::int(0), |a, b| a + (b - &ts).sqr());
        let t_q = (p_depth == 2).then(|| &tt * &(&th[0] - &th[1]).sqr());
        let (t_loss, d2) = match &scale {
            Some((yy, cc)) => (yy * &t_loss, cc * &d2),
            None => (t_loss, d2),
        };
        let quants = (t_loss, &tt * &d2, t_q);
        res.checkpoints.push(checkpoint(cp.t, Some(cp), &quants));
        if cp.t == problem.steps {
            res.final_q = Some(quants);
            res.final_theta = Some(th);
        }
    }
    if let Some((t, why)) = outcome.failure {
        res.failure = Some(CriticalReason::EnclosureLost { step: t, why });
    }
}

/// The all-time region of the reduced (r, Q) coordinates (depth 2, inner product).
fn all_time_rq(
    problem: &CriticalProblem,
    (rho, q): &(RationalInterval, RationalInterval),
    out: &mut Outcome,
) {
    match prove_all_time::<crate::arith::DoubleInterval>(
        &crate::arith::DOUBLE_CTX,
        rho,
        q,
        problem.steps,
        problem.model.target(),
    ) {
        Ok(at) => {
            let t0 = BigRational::from_integer(problem.steps.into());
            let qs = &mut out.quantities;
            qs.t0 = Some(Enclosure::exact(&t0));
            qs.t_loss_all_time = Some(enc(&at.t_loss));
            qs.t_q_all_time = Some(enc(&at.t_q));
            out.all_time = Some(at.evidence);
        }
        Err(why) => {
            out.failure = Some(CriticalReason::AllTime { why });
            out.quantities = CriticalQuantities::default();
        }
    }
}

/// The all-time region at depth p ≥ 3 and, when it is proved, the shrinking region that pins
/// the limits (omitted when it is not proved).
fn all_time_depth(
    problem: &CriticalProblem,
    plan: &Plan,
    p: usize,
    th: &[RationalInterval],
    out: &mut Outcome,
) {
    let y = problem.model.target();
    // θ̃ = θ/y^{1/p}: exact for a rational root; the rescaled run's boxes are θ̃ already.
    let (c, cc) = match plan {
        Plan::Rescaled { c } => (BigRational::one(), c.sqr()),
        _ => {
            let c = exact_root(y, p as u32).expect("rational root, else rescaled");
            let cc = RationalInterval::point(&c * &c);
            (c, cc)
        }
    };
    let (u0, w0) = depth_state(th, &c, problem.steps);
    let ctx = &crate::arith::DOUBLE_CTX;
    let at = match alltime_depth::prove_all_time_depth::<crate::arith::DoubleInterval>(
        ctx,
        p,
        &u0,
        &w0,
        problem.steps,
    ) {
        Ok(at) => at,
        Err(why) => {
            out.failure = Some(CriticalReason::AllTime { why });
            out.quantities = CriticalQuantities::default();
            return;
        }
    };
    let t0 = BigRational::from_integer(problem.steps.into());
    let y2 = RationalInterval::point(y.clone()).sqr();
    let qs = &mut out.quantities;
    qs.t0 = Some(Enclosure::exact(&t0));
    qs.t_loss_all_time = Some(enc(&(&y2 * &at.t_loss)));
    qs.t_dist2_all_time = Some(enc(&(&cc * &at.t_dist2)));
    qs.t_w_all_time = Some(enc(&(&cc * &at.t_w)));
    out.all_time_depth = Some(at.evidence);
    let lim = alltime_limit::prove_limit_depth::<crate::arith::DoubleInterval>(
        ctx,
        p,
        &u0,
        &w0,
        problem.steps,
    );
    if let Ok(lim) = lim {
        qs.t_loss_limit = Some(enc(&(&y2 * &RationalInterval::point(lim.t_loss.clone()))));
        qs.t_dist2_limit = Some(enc(&(&cc * &RationalInterval::point(lim.t_dist2.clone()))));
        qs.t_loss_limit_rate = Some(enc(&(&y2 * &lim.loss_rate)));
        qs.t_dist2_limit_rate = Some(enc(&(&cc * &lim.dist2_rate)));
        out.limit = Some(lim.evidence);
    }
}

/// `eta_is_critical`, the hypotheses of Theorem 5.2 and, at η ≠ η_crit, `eta_note` (the
/// claim is then not verified: the enclosures hold, the named regime does not).
fn eta_quantities(setup: &Setup, out: &mut Outcome) {
    let eta_is_crit = setup.eta_is_crit;
    out.quantities.eta_is_critical = Some(eta_is_crit);
    let (h_depth, h_dim) = match setup.shape {
        Shape::Factorisation { depth } => (Some(depth), 0),
        Shape::InnerProduct { dim } => (None, dim),
    };
    hypotheses::theorem_5_2_quantities(h_depth, h_dim, eta_is_crit, &mut out.quantities);
    if eta_is_crit {
        return;
    }
    let why = match &setup.crit {
        Some(c) => format!(
            "eta = {} differs from eta_crit = {}",
            crate::certificate::format_exact(&setup.eta),
            crate::certificate::format_exact(c)
        ),
        None => "eta_crit is irrational; the run uses the given rational eta".into(),
    };
    out.quantities.eta_note = Some(why.clone());
    if out.failure.is_none() {
        out.failure = Some(CriticalReason::NotCritical { why });
    }
}

/// `evidence`: the run's method, coordinates, checkpoints and the all-time / limit evidence.
fn critical_evidence(
    problem: &CriticalProblem,
    setup: &Setup,
    inv: &Invariants,
    plan: &Plan,
    midpoint: MidpointName,
    checkpoints: Vec<ev::CriticalCheckpoint>,
    out: &mut Outcome,
) -> ev::Critical {
    let (coordinates, _, center) = plan_names(plan, problem.midpoint);
    ev::Critical {
        method: ev::CriticalMethod::TwoStepMeanValue,
        coordinates,
        midpoint,
        center: center.as_ref().map(crate::certificate::format_exact),
        eta_crit: setup.crit.as_ref().map(crate::certificate::format_exact),
        on_l: inv.q0.as_ref().is_some_and(|q| q.is_zero()),
        steps: problem.steps,
        checkpoints,
        all_time: out.all_time.take().map(Box::new),
        all_time_depth: out.all_time_depth.take().map(Box::new),
        limit_depth: out.limit.take().map(Box::new),
    }
}

/// `(U, W) = (T·(∏θ̃ − 1)², T·Σ_k(θ̃_k − mean θ̃)²)` for `θ̃ = θ/c`, `c = y^{1/p}` exact.
pub fn depth_state(
    th: &[RationalInterval],
    c: &BigRational,
    t: u64,
) -> (RationalInterval, RationalInterval) {
    let inv = RationalInterval::point(BigRational::one() / c);
    let ts: Vec<RationalInterval> = th.iter().map(|x| x * &inv).collect();
    let p = ts.len();
    let tt = RationalInterval::point(BigRational::from_integer(t.into()));
    let r = ts.iter().fold(RationalInterval::int(1), |a, b| &a * b) - RationalInterval::int(1);
    let pinv = RationalInterval::point(BigRational::new(1.into(), BigInt::from(p)));
    let mut w = RationalInterval::int(0);
    for k in 0..p {
        // θ̃_k − mean = Σ_j (θ̃_k − θ̃_j)/p
        let d = (0..p).fold(RationalInterval::int(0), |a, j| a + (&ts[k] - &ts[j]));
        w = w + (&d * &pinv).sqr();
    }
    (&tt * &r.sqr(), &tt * &w)
}

/// The start box of the rescaled run: midpoints `m_k` (on the `2⁻¹⁶⁰` grid) of
/// `θ₀_k/c − 1` and radii `r_k` (f64, proved `≥ |θ₀_k/c − 1 − m_k|` for every `c` in the
/// enclosure of `y^{1/p}`).
fn rescaled_start(init: &[BigRational], c: &RationalInterval) -> (Vec<BigRational>, Vec<f64>) {
    let (clo, chi) = ends(c);
    let inv = RationalInterval::new(BigRational::one() / chi, BigRational::one() / clo);
    let scale = BigRational::from_integer(BigInt::one() << 160);
    init.iter()
        .map(|x| {
            let w = &RationalInterval::point(x.clone()) * &inv - RationalInterval::int(1);
            let (wlo, whi) = ends(&w);
            let m = ((wlo + whi) / BigRational::from_integer(2.into()) * &scale).round() / &scale;
            let dev = (whi - &m).max(&m - wlo);
            (m, f64_up(&dev))
        })
        .unzip()
}

/// The least f64 `≥ x ≥ 0` found by stepping up from the nearest (exact comparisons).
fn f64_up(x: &BigRational) -> f64 {
    let mut r = num_traits::ToPrimitive::to_f64(x)
        .unwrap_or(f64::INFINITY)
        .max(0.0);
    while r.is_finite() && crate::arith::parse::rational_from_f64(r).is_some_and(|q| &q < x) {
        r = r.next_up();
    }
    r
}

trait GridRound {
    fn round_to_grid(&self) -> BigRational;
}

impl GridRound for BigRational {
    /// Round down to the `2⁻⁶⁰` grid.
    fn round_to_grid(&self) -> BigRational {
        let s = BigRational::from_integer(BigInt::one() << 60);
        BigRational::new((self * &s).floor().to_integer(), BigInt::one() << 60)
    }
}

fn plan_theta_point(init: &[BigRational]) -> Vec<RationalInterval> {
    init.iter().cloned().map(RationalInterval::point).collect()
}

/// ‖θ − θ*‖² (factorisation) or the squared distance to the sphere of flattest minima (inner
/// product), for an exact point.
fn dist2_theta(
    th: &[RationalInterval],
    theta_star: &RationalInterval,
    model: &Shape,
    y: &BigRational,
) -> RationalInterval {
    match model {
        Shape::Factorisation { .. } => th
            .iter()
            .fold(RationalInterval::int(0), |a, b| a + (b - theta_star).sqr()),
        Shape::InnerProduct { dim } => {
            // (P + Q)/2 − 2√(YP) + 2Y with P = ‖u+v‖², Q = ‖u−v‖².
            let (u, v) = th.split_at(*dim);
            let p = u
                .iter()
                .zip(v)
                .fold(RationalInterval::int(0), |a, (x, z)| a + (x + z).sqr());
            let q = u
                .iter()
                .zip(v)
                .fold(RationalInterval::int(0), |a, (x, z)| a + (x - z).sqr());
            let yy = RationalInterval::point(y.clone());
            let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
            let s = (&yy * &p).sqrt_dyadic(ROOT_BITS).expect("nonnegative");
            ((p + q) * half - (&s + &s) + (&yy + &yy)).nonneg()
        }
    }
}

/// `t·ℓ`, `t·d²`, `t·Q` from enclosures of `ρ = r/Y`, `q = Q/Y`.
fn rq_quantities(
    t: u64,
    rho: &RationalInterval,
    q: &RationalInterval,
    y: &BigRational,
    sign_plus: bool,
) -> (RationalInterval, RationalInterval, Option<RationalInterval>) {
    let tt = RationalInterval::point(BigRational::from_integer(t.into()));
    let yy = RationalInterval::point(y.clone());
    let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
    let t_loss = &tt * &yy.sqr() * rho.sqr() * half.clone();
    let t_q = &tt * &yy * q.clone();
    // P̂ = q + 4(1 + ρ) = (x+y)²/Y > 0.
    let four = RationalInterval::int(4);
    let p_hat = q + &(&four * &(RationalInterval::int(1) + rho.clone()));
    let d2 = match p_hat.sqrt_dyadic(ROOT_BITS) {
        Some(s) if sign_plus => {
            // (√P̂ − 2)² = (P̂ − 4)²/(√P̂ + 2)² = (q + 4ρ)²/(√P̂ + 2)².
            let num = (q + &(&four * rho)).sqr();
            let den = (s + RationalInterval::int(2)).sqr();
            num.div_pos(&den).map(|a| (a + q.clone()) * half.clone())
        }
        Some(s) => Some(((s + RationalInterval::int(2)).sqr() + q.clone()) * half),
        None => None,
    };
    let t_dist2 = match d2 {
        Some(d) => &tt * &yy * d,
        None => RationalInterval::new(
            BigRational::zero(),
            BigRational::from_integer(BigInt::from(u64::MAX)),
        ),
    };
    (t_loss, t_dist2, Some(t_q))
}

/// One checkpoint: the state box (none for the exact fixed point) and the quantities.
fn checkpoint(
    t: u64,
    cp: Option<&StateEnclosure>,
    q: &(RationalInterval, RationalInterval, Option<RationalInterval>),
) -> ev::CriticalCheckpoint {
    let state = cp
        .map(|cp| {
            cp.bounds
                .iter()
                .map(|(lo, hi)| enc(&RationalInterval::new(lo.clone(), hi.clone())))
                .collect()
        })
        .unwrap_or_default();
    ev::CriticalCheckpoint {
        t,
        state,
        t_loss: enc(&q.0),
        t_dist2: enc(&q.1),
        t_q: q.2.as_ref().map(enc),
    }
}

#[allow(clippy::too_many_arguments)]
fn dispatch_theta(
    fast: bool,
    p: usize,
    mid: Midpoint,
    c: &BigRational,
    y: &BigRational,
    eta: &BigRational,
    w0: &[BigRational],
    r0: &[f64],
    steps: u64,
    cps: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    macro_rules! go {
        ($run:ident, $($n:literal),*) => {
            match p {
                $($n => $run::<FlBall, _, $n>(&Theta::<FlBall>::new(p, c, y, eta), w0, r0, steps, cps, progress),)*
                _ => unreachable!("depth checked"),
            }
        };
    }
    // An f64 midpoint loses u·|w| per step, too much over 10⁶ steps: the default mode runs the
    // double-f64 path where it applies (`fast`), else the 128-bit floating midpoint with
    // Jacobians per block; `float128` encloses them per step.
    match mid {
        Midpoint::F64 if fast => fast_depth::run(p, w0, r0, steps, cps, progress),
        Midpoint::F64 => go!(run_blocks, 2, 3, 4, 5, 6, 7, 8),
        Midpoint::Float128 => go!(run_per_step, 2, 3, 4, 5, 6, 7, 8),
    }
}

/// Convenience for tests and benches: the plain f64 iteration of the same map (no rigour).
pub fn float_rq(r0: f64, q0: f64, h: f64, steps: u64) -> (f64, f64) {
    let (mut r, mut q) = (r0, q0);
    for _ in 0..steps {
        let hr = h * r;
        let r1 = (r + 1.0) * (1.0 - hr) * (1.0 - hr) - h * q * r - 1.0;
        q *= (1.0 + hr) * (1.0 + hr);
        r = r1;
    }
    (r, q)
}

/// The plain f64 GD iteration for the factorisation (no rigour).
pub fn float_theta(theta0: &[f64], y: f64, eta: f64, steps: u64) -> Vec<f64> {
    let mut th = theta0.to_vec();
    let p = th.len();
    let mut g = vec![0.0; p];
    for _ in 0..steps {
        let f: f64 = th.iter().product();
        for (i, gi) in g.iter_mut().enumerate() {
            *gi = (0..p).filter(|&j| j != i).map(|j| th[j]).product();
        }
        let res = eta * (f - y);
        for i in 0..p {
            th[i] -= res * g[i];
        }
    }
    th
}
