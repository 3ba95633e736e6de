//! Claim `trajectory`: an enclosure of T steps of GD from an exact initial point.
//!
//! # Claim
//! For the model ℓ = ½(f(θ) − y)², exact η and θ₀, the enclosure B_T ∋ θ_T of the GD iterate
//! θ_{t+1} = θ_t − η(f(θ_t) − y)∇f(θ_t), and from it enclosures of `loss` = ℓ(θ_T),
//! `sharpness` = λ_max(∇²ℓ(θ_T)) and `t_loss` = T·ℓ(θ_T).
//!
//! # Method
//! The map [`Gd`](crate::dynamics::Gd) (the step in the fixed order of [`Model::gd_step`])
//! with the naive set strategy ([`sets::naive`], [`enclose_orbit`], which takes any map) in the
//! chosen backend. Checkpoint boxes (exact dyadic endpoints) go into the evidence; the
//! checker re-iterates between them with its own outward rounding on a grid at least as fine
//! (`docs/certificate.md`). Naive iteration suffers from the wrapping effect: where the
//! enclosure loses all digits the claim reports `verified: false` instead of useless bounds
//! (the critical engine exists for long horizons).

use std::time::Instant;

use num_rational::BigRational;
use num_traits::Signed;

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::{Certificate, SCHEMA, format_exact};
use crate::certify::eigen::largest_eigenvalue;
use crate::certify::{enclosure_of, exact_enclosures};
use crate::dynamics::{GdIn, MapIn, sets};
use crate::model::Model;
use eoscert_check::claim::{TrajectoryClaim, TrajectoryQuantities};
use eoscert_check::evidence::{self as ev, SharpnessWitness, StepBox};

/// The largest number of steps accepted: the checker's limit
/// ([`eoscert_check::caps::trajectory::MAX_STEPS`]), since a longer run would give a
/// certificate that `eoscert check` refuses.
pub const MAX_STEPS: u64 = eoscert_check::caps::trajectory::MAX_STEPS;
/// The largest learning rate accepted (anything larger diverges from any useful start).
pub const MAX_ETA: i64 = 1_000_000;
/// The exact backend refuses runs whose numbers would exceed this many bits.
pub const MAX_RATIONAL_BITS: f64 = 16_000_000.0;

/// A trajectory claim: model, exact learning rate, exact initial point, number of steps.
#[derive(Clone, Debug)]
pub struct TrajectoryProblem {
    /// The model.
    pub model: Model,
    /// The learning rate η > 0.
    pub eta: BigRational,
    /// The initial point θ₀.
    pub init: Vec<BigRational>,
    /// The number of steps T.
    pub steps: u64,
}

impl TrajectoryProblem {
    /// Validate and build.
    ///
    /// # Errors
    /// [`Error::BadInput`] for η ≤ 0 or η > 10⁶, an initial point of the wrong length, or more
    /// than [`MAX_STEPS`] steps.
    pub fn new(
        model: Model,
        eta: BigRational,
        init: Vec<BigRational>,
        steps: u64,
    ) -> Result<Self, Error> {
        check_eta(&eta)?;
        model.check_point(&init)?;
        if steps > MAX_STEPS {
            return Err(Error::field(
                "steps",
                format!("{steps}: at most {MAX_STEPS}"),
            ));
        }
        Ok(TrajectoryProblem {
            model,
            eta,
            init,
            steps,
        })
    }

    fn checked_for(&self, backend: Backend) -> Result<(), Error> {
        if backend != Backend::Rational {
            return Ok(());
        }
        // Each step raises the polynomial degree by the map's degree: bits ≈ b₀·deg^T.
        let degree = match self.model {
            Model::Factorisation { depth, .. } => 2.0 * depth as f64 - 1.0,
            Model::InnerProduct { .. } => 3.0,
        };
        let b0 = self
            .init
            .iter()
            .chain([&self.eta, self.model.target()])
            .map(|q| (q.numer().bits() + q.denom().bits()) as f64)
            .fold(8.0, f64::max);
        let estimate = b0 * degree.powf(self.steps as f64);
        if estimate > MAX_RATIONAL_BITS {
            return Err(Error::field(
                "backend",
                format!(
                    "rational: {} steps would need numbers of about {estimate:.1e} bits (bit size grows \
                 {degree}-fold per step); use at most a few steps, or mpfr:BITS",
                    self.steps
                ),
            ));
        }
        Ok(())
    }
}

/// Validate a learning rate: positive and at most [`MAX_ETA`].
///
/// # Errors
/// [`Error::BadInput`] with the reason.
pub fn check_eta(eta: &BigRational) -> Result<(), Error> {
    if !eta.is_positive() {
        return Err(Error::field(
            "eta",
            format!("{}: the learning rate must be > 0", format_exact(eta)),
        ));
    }
    if eta > &BigRational::from_integer(MAX_ETA.into()) {
        return Err(Error::field(
            "eta",
            format!(
                "{}: learning rates above {MAX_ETA} are not supported",
                format_exact(eta)
            ),
        ));
    }
    Ok(())
}

/// One observed step for `--csv` output: float midpoints (not certified).
#[derive(Clone, Debug)]
pub struct Observation {
    /// The step t.
    pub step: u64,
    /// Midpoints of the enclosure of θ_t.
    pub theta: Vec<f64>,
    /// Midpoint of the enclosure of ℓ(θ_t).
    pub loss: f64,
    /// Largest width of the enclosure of θ_t (0 for f64 and exact results).
    pub width: f64,
}

/// Run the claim with `backend`, calling `observe` after every step (for progress and CSV).
///
/// # Errors
/// [`Error::BadInput`] when the exact backend would need unbounded memory. A failed proof is
/// not an error: the certificate says `verified: false` and why.
///
/// # Examples
/// ```
/// use eoscert::arith::{parse_rational, Backend};
/// use eoscert::certify::trajectory::{prove_trajectory, TrajectoryProblem};
/// use eoscert::model::Model;
/// let q = |s| parse_rational(s).unwrap();
/// let problem = TrajectoryProblem::new(
///     Model::factorisation(2, q("1")).unwrap(), q("1"), vec![q("1.25"), q("0.85")], 100).unwrap();
/// let cert = prove_trajectory(&problem, Backend::Mpfr(256), &mut |_| {}).unwrap();
/// assert!(cert.verified);
/// ```
pub fn prove_trajectory(
    problem: &TrajectoryProblem,
    backend: Backend,
    observe: &mut dyn FnMut(&Observation),
) -> Result<Certificate, Error> {
    problem.checked_for(backend)?;
    let start = Instant::now();
    let mut cert = backend.dispatch(Run { problem, observe });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// [`prove_trajectory`] with the scalar type `S` chosen by the caller (any [`Scalar`]
/// implementation, e.g. a test's own backend) instead of a run-time [`Backend`].
///
/// The certificate is exactly as sound as `S`: it claims `verified: true` only if
/// `S::RIGOROUS` and the run succeeded, so an unsound `S` that declares itself rigorous makes an
/// unsound certificate (the soundness campaign, `tests/soundness.rs`, uses this to show that
/// its checks can fail). No bit-size guard is applied (see [`prove_trajectory`]).
pub fn prove_trajectory_with<S: Scalar>(
    problem: &TrajectoryProblem,
    ctx: S::Ctx,
    observe: &mut dyn FnMut(&Observation),
) -> Certificate {
    let start = Instant::now();
    let mut cert = Run { problem, observe }.run::<S>(ctx);
    cert.elapsed_s = start.elapsed().as_secs_f64();
    cert
}

struct Run<'a> {
    problem: &'a TrajectoryProblem,
    observe: &'a mut dyn FnMut(&Observation),
}

/// The number of checkpoints written into the evidence (besides step T).
const CHECKPOINTS: u64 = 64;

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let Run { problem, observe } = self;
        let model = &problem.model;
        let y = S::from_rational(model.target(), &ctx);
        let eta = S::from_rational(&problem.eta, &ctx);
        let theta: Vec<S> = problem
            .init
            .iter()
            .map(|q| S::from_rational(q, &ctx))
            .collect();
        let stride = problem.steps.div_ceil(CHECKPOINTS).max(1);
        let mut checkpoints = Vec::new();
        let map = GdIn {
            model,
            eta: eta.clone(),
            y: y.clone(),
        };
        let orbit = enclose_orbit(&map, theta, problem.steps, |t, theta| {
            observe(&Observation {
                step: t,
                theta: theta.iter().map(Scalar::to_f64).collect(),
                loss: model.loss(theta, &y).to_f64(),
                width: theta.iter().map(Scalar::width_f64).fold(0.0, f64::max),
            });
            if S::RIGOROUS
                && (t % stride == 0 || t == problem.steps)
                && let Some(theta) = exact_enclosures(theta)
            {
                checkpoints.push(StepBox { step: t, theta });
            }
        });
        let (theta, mut failure) = match orbit {
            Ok(theta) => (theta, None),
            Err((theta, why)) => (theta, Some(why)),
        };

        let mut quantities = TrajectoryQuantities::default();
        let mut evidence = None;
        if failure.is_none() {
            let loss = model.loss(&theta, &y);
            let r = model.f(&theta) - y.clone();
            let t_loss = loss.clone()
                * S::from_rational(&BigRational::from_integer(problem.steps.into()), &ctx);
            quantities.loss = enclosure_of(&loss);
            quantities.t_loss = enclosure_of(&t_loss);
            match largest_eigenvalue(&model.hessian(&theta, &r)) {
                Ok(eig) => {
                    quantities.sharpness = enclosure_of(&eig.value);
                    evidence = Some(ev::Trajectory {
                        precision_bits: S::precision_bits(&ctx),
                        steps: problem.steps,
                        checkpoints,
                        sharpness: Some(SharpnessWitness {
                            vector: eig.vector.iter().map(format_exact).collect(),
                            shift: format_exact(&eig.shift),
                        }),
                    });
                }
                Err(why) => failure = Some(format!("sharpness not enclosed: {why}")),
            }
        }
        let reason = match (&failure, S::RIGOROUS) {
            (Some(why), _) => why.clone(),
            (None, false) => crate::certify::NOT_RIGOROUS.into(),
            (None, true) => String::new(),
        };
        TrajectoryClaim {
            schema: SCHEMA.into(),
            model: model.gd_model(),
            eta: Some(format_exact(&problem.eta)),
            init: problem.init.iter().map(format_exact).collect(),
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: S::RIGOROUS && failure.is_none(),
            reason,
            quantities,
            evidence,
            elapsed_s: 0.0,
        }
        .into_certificate()
    }
}

/// Iterate any map with the naive set strategy ([`sets::naive`]) for `steps` steps from the
/// enclosure `x0`, calling `each(t, x_t)` after step t; the last enclosure, or (with it) the
/// reason why the enclosure lost all digits at some step (then the iteration stops).
///
/// # Guarantee
/// For a rigorous backend and a map that keeps the contract of [`Map`](crate::dynamics::Map),
/// x_t contains G^t(x) for every x in `x0`.
///
/// # Examples
/// ```
/// use eoscert::arith::{DOUBLE_CTX, DoubleInterval, Scalar, parse_rational};
/// use eoscert::certify::trajectory::enclose_orbit;
/// use eoscert::dynamics::{InBackend, Uv};
/// let q = |s: &str| parse_rational(s).unwrap();
/// let uv = Uv::new(100, q("0"), q("1"));
/// let x0 = vec![DoubleInterval::from_rational(&q("0.05"), &DOUBLE_CTX),
///               DoubleInterval::from_rational(&q("2.5"), &DOUBLE_CTX)];
/// let x = enclose_orbit(&InBackend::new(&uv, &DOUBLE_CTX), x0, 10, |_, _| {}).unwrap();
/// assert!(x[0].width_f64() < 1e-12);
/// ```
///
/// # Errors
/// `(x_t, reason)` at the first step t where some coordinate is unbounded or wider than
/// max(1, |value|).
#[allow(clippy::type_complexity)]
pub fn enclose_orbit<S: Scalar, F: MapIn<S>>(
    map: &F,
    x0: Vec<S>,
    steps: u64,
    mut each: impl FnMut(u64, &[S]),
) -> Result<Vec<S>, (Vec<S>, String)> {
    let mut x = x0;
    for t in 1..=steps {
        x = sets::naive(map, &x);
        each(t, &x);
        if let Some(reason) = lost_all_digits(&x) {
            let why = format!(
                "the enclosure blew up at step {t}: {reason}; try a higher precision (mpfr:BITS)"
            );
            return Err((x, why));
        }
    }
    Ok(x)
}

/// `Some(reason)` if some coordinate is unbounded or its enclosure is wider than max(1, |θᵢ|):
/// not one correct leading digit left.
fn lost_all_digits<S: Scalar>(theta: &[S]) -> Option<String> {
    theta.iter().enumerate().find_map(|(i, x)| {
        let w = x.width_f64();
        let scale = x.to_f64().abs().max(1.0);
        (!w.is_finite() || w.partial_cmp(&scale) != Some(std::cmp::Ordering::Less))
            .then(|| format!("θ{} has width {w:.3e}", i + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    fn problem(eta: &str, steps: u64) -> TrajectoryProblem {
        TrajectoryProblem::new(
            Model::factorisation(2, q("1")).unwrap(),
            q(eta),
            vec![q("1.25"), q("0.85")],
            steps,
        )
        .unwrap()
    }

    #[test]
    fn bad_learning_rates_are_rejected() {
        let m = Model::factorisation(2, q("1")).unwrap();
        for eta in ["0", "-1", "1e7"] {
            assert!(
                TrajectoryProblem::new(m.clone(), q(eta), vec![q("1"), q("1")], 1).is_err(),
                "{eta}"
            );
        }
    }

    #[test]
    fn exact_backend_refuses_long_runs() {
        assert!(prove_trajectory(&problem("1", 60), Backend::Rational, &mut |_| {}).is_err());
    }

    /// Divergent learning rate: the enclosure blows up and the claim says so.
    #[test]
    fn blow_up_is_reported() {
        let cert = prove_trajectory(&problem("3", 200), Backend::Interval, &mut |_| {}).unwrap();
        assert!(!cert.verified);
        assert!(cert.reason.contains("blew up"), "{}", cert.reason);
        assert!(cert.quantities.is_empty());
    }

    /// f64 results are never verified.
    #[test]
    fn f64_is_not_verified() {
        let cert = prove_trajectory(&problem("1", 10), Backend::F64, &mut |_| {}).unwrap();
        assert!(!cert.rigorous && !cert.verified);
        assert!(cert.quantities.contains_key("loss"));
    }
}
