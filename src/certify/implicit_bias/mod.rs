//! Claim `implicit-bias`: the limit of (S)GD on a diagonal linear network, its gains, and the
//! implicit-regularisation identity of Even et al. (Theorem 1), proved on one instance.
//!
//! # Claim
//! For data (X, y), scale α, stepsize γ and a batch sampler ([`Sampler`]):
//! - the run converges to an interpolator β∞ (`beta_limit`, enclosed);
//! - `gain`_i = Σ_{k≥0} q(γg_{k,i}), q(x) = −ln(1 − x²), so α∞ = α·exp(−gain/2);
//! - `beta_implicit` encloses the unique solution of
//!   min_{Xβ=y} Σ_i [α∞,i² h(β_i/α∞,i²) + δ_iβ_i], δ_i = Σ_k (2 artanh(γg_{k,i}) − 2γg_{k,i});
//! - `beta_flow` encloses the same with (α, δ = 0) (the gradient-flow limit);
//! - `equal`: the two enclosures of the same point intersect and the KKT solution is unique;
//! - `steps`: the length K of the enclosed finite run;
//! - with-replacement sampling only (`model.sampler = "with-replacement"`): the claim is about
//!   the run whose first K batches are the recorded schedule's and whose later batches are
//!   independent uniform b-subsets (the paper's model); it holds with probability at least
//!   1 − `failure_probability` over those later batches ([`tail::tail_bound_iid`]);
//! - `sharpness_limit` = λ_max(∇²F(u∞, v∞)) of the training loss at the limit ([`sharpness`]),
//!   and `stepsize_times_sharpness` = γ·`sharpness_limit` (the paper's edge-of-stability
//!   number: just under 2 near the GD threshold);
//! - `sharpness`_j = λ_max(∇²F(u_k, v_k)) along the run, at the steps k = `sharpness_steps`_j
//!   ([`sharpness::checkpoint_steps`]: 0, the powers of two below K, and K).
//!
//! # Method
//! 1. The shadow of K steps of [`State::step`] (multiplicative form w± = (u ± v)/√2): a point
//!    iteration with a proved error radius in the Euclidean norm of w, the step being gradient
//!    descent on F_B with a symmetric, nearly non-expansive Jacobian ([`shadow`]); it proves
//!    |γg_{k,i}| < 1 on every ball (else `verified: false`, naming the step). The enclosure at
//!    step k is the box ĉ_k ± ε_k.
//! 2. The tail lemma of [`tail`] at an epoch boundary gives s ≥ Σ_{k≥K}|x_k|, T₂ ≥ Σ_{k≥K}x_k²,
//!    x_max ≥ |x_k| (k ≥ K). Then, with exact identities for the finite part (model docs):
//!    - β∞ = ½(w₊_K² P₊ − w₋_K² P₋), P± = Π_{k≥K}(1 ∓ x_k)² ∈ [(1 − s)², (1 − s)⁻²];
//!    - α∞² = w₊_K w₋_K·Π_{k≥K}(1 − x_k²) ∈ w₊_K w₋_K·[1 − T₂, 1];
//!    - gain = −ln(w₊_K w₋_K/α²) + [0, T₂/(1 − x_max²)] (0 ≤ q(x) ≤ x²/(1 − x²));
//!    - δ = ln(w₋_K/w₊_K) − 2Σ_{k<K}x_k + [−T₃, T₃], T₃ = ⅔·x_max·T₂/(1 − x_max²)
//!      (|2 artanh x − 2x| ≤ ⅔|x|³/(1 − x²); Σ_{k<K} 2 artanh x_k = ln(w₋_K/w₊_K)).
//! 3. D∞ = w₊_K²P₊ + w₋_K²P₋ ∈ (w₊_K² + w₋_K²)-wise enclosures with the same P±, and the
//!    top eigenvalue of (1/n)X diag(D∞)Xᵀ by [`largest_eigenvalue`] ([`sharpness`]).
//! 4. At each checkpoint k the full Hessian JᵀHJ + diag(g, −g) from the enclosed state (w₊_k,
//!    w₋_k) and its top eigenvalue by [`largest_eigenvalue`] ([`sharpness::along_run`]).
//! 5. The KKT system of [`kkt`] with the interval parameters (α∞², δ), and with (α², 0), by
//!    Krawczyk ([`crate::certify::krawczyk`]).
//!
//! # Why `equal` holds (the theorem, as checked here)
//! β∞ = −α∞² sinh(S∞) with S∞ = Σ_k 2 artanh x_k = 2Σ_k x_k + δ, and Σ_k x_k ∈ range(Xᵀ) (every
//! x_k = (γ/b)Xᵀ E_{B_k} r_k). So arcsinh(β∞/α∞²) + δ = −2Σ_k x_k ∈ range(Xᵀ), and Xβ∞ = y by
//! the tail lemma: β∞ is the (unique) KKT point. The certificate proves both enclosures and
//! their intersection; an empty intersection would be reported as a failure.

pub mod kkt;
pub mod shadow;
pub mod sharpness;
pub mod stepsize;
pub mod tail;

use std::time::Instant;

use eoscert_check::claim::{
    DiagonalKind, DiagonalModel, ImplicitBiasClaim, ImplicitBiasQuantities,
};
use eoscert_check::evidence as ev;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::Serialize;
use serde_json::Value;

use crate::Error;
use crate::arith::{Backend, DOUBLE_CTX, DoubleInterval, MpfrInterval, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
use crate::certify::{Reason, enclosure_of, exact_enclosures};
use crate::model::diagonal::{Dataset, Network, Sampler, SamplerKind, State};

use crate::certify::eigen::largest_eigenvalue;
use kkt::{Kkt, newton_f64};
use shadow::{Shadow, ShadowError, Witness};
use sharpness::{along_run, checkpoint_steps, is_checkpoint, limit_matrix};
use tail::{TailBound, TailInput, find_tail};

/// The largest d accepted by the certified path.
pub const MAX_DIM: usize = 64;
/// The largest n accepted (the tail lemma runs exact LDLᵀ factorisations of n×n matrices).
pub const MAX_SAMPLES: usize = 64;
/// Default step budget.
pub const DEFAULT_MAX_STEPS: u64 = 200_000;
/// `mpfr:BITS` runs whose enclosure became too wide are retried with twice the precision, up
/// to this many bits.
pub const MAX_AUTO_BITS: u32 = 8192;
/// Stop once the tail adds at most this much (Σ_{k≥K}|x_k| ≤ s).
const TAIL_TARGET: f64 = 1e-18;

/// An implicit-bias claim: the instance and the run.
#[derive(Clone, Debug)]
pub struct ImplicitBiasProblem {
    /// The data.
    pub data: Dataset,
    /// α > 0.
    pub alpha: BigRational,
    /// γ > 0.
    pub gamma: BigRational,
    /// The batch sampler.
    pub sampler: Sampler,
    /// Step budget.
    pub max_steps: u64,
}

impl ImplicitBiasProblem {
    /// Validate an instance.
    ///
    /// # Errors
    /// [`Error::BadInput`] unless α > 0, γ > 0 and d ≤ [`MAX_DIM`]; a field error on `data` unless n ≤ [`MAX_SAMPLES`].
    pub fn new(
        data: Dataset,
        alpha: BigRational,
        gamma: BigRational,
        sampler: Sampler,
        max_steps: u64,
    ) -> Result<Self, Error> {
        if !alpha.is_positive() {
            return Err(Error::field("alpha", "must be > 0"));
        }
        if !gamma.is_positive() {
            return Err(Error::field("stepsize", "must be > 0"));
        }
        if data.d() > MAX_DIM {
            return Err(Error::BadInput(format!(
                "implicit-bias: d = {} coordinates; the certified path supports d ≤ {MAX_DIM}",
                data.d()
            )));
        }
        if data.n() > MAX_SAMPLES {
            return Err(Error::field(
                "data",
                format!(
                    "n = {} samples; the certified path supports n ≤ {MAX_SAMPLES}",
                    data.n()
                ),
            ));
        }
        Ok(ImplicitBiasProblem {
            data,
            alpha,
            gamma,
            sampler,
            max_steps,
        })
    }

    /// The model section of the certificate.
    pub fn model_info(&self) -> DiagonalModel {
        let batch = self
            .sampler
            .kind()
            .map(|_| self.sampler.batch_size(self.data.n()));
        let seed = self.sampler.seed();
        let sampler = match self.sampler.kind() {
            Some(SamplerKind::WithReplacement) => Some(SamplerKind::WithReplacement.name().into()),
            _ => None,
        };
        DiagonalModel {
            kind: DiagonalKind::Diagonal,
            dim: Some(self.data.d()),
            data: Some(self.data.rows_exact()),
            alpha: Some(format_exact(&self.alpha)),
            batch,
            seed,
            sampler,
        }
    }
}

/// Prove the claim with `backend` (`interval` or `mpfr:BITS`; `f64` runs but is never verified).
/// With `mpfr:BITS`, a run that fails only because an enclosure became too wide is repeated
/// with doubled precision, up to [`MAX_AUTO_BITS`]; the certificate names the precision used.
///
/// # Errors
/// [`Error::BadInput`] for `--backend rational` (bit sizes grow geometrically with the steps).
pub fn prove_implicit_bias(
    problem: &ImplicitBiasProblem,
    backend: Backend,
) -> Result<Certificate, Error> {
    let start = Instant::now();
    let mut cert = match backend {
        Backend::F64 => run::<f64>(problem, ()),
        Backend::Interval => run::<DoubleInterval>(problem, DOUBLE_CTX),
        Backend::Mpfr(bits) => {
            with_doubling_precision(bits, MAX_AUTO_BITS, |b| run::<MpfrInterval>(problem, b))
        }
        Backend::Rational => {
            return Err(Error::field(
                "backend",
                "rational: exact (S)GD doubles bit sizes every step; use mpfr:BITS",
            ));
        }
    };
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// Run at `bits`, then again at doubled precision (capped at `max_bits`) while the certificate
/// says the enclosure width was the obstacle (`evidence.precision_limited`).
pub(crate) fn with_doubling_precision(
    mut bits: u32,
    max_bits: u32,
    run: impl Fn(u32) -> Certificate,
) -> Certificate {
    loop {
        let cert = run(bits);
        let limited = cert.evidence["precision_limited"] == Value::Bool(true);
        if !limited || bits >= max_bits {
            return cert;
        }
        bits = (2 * bits).min(max_bits);
    }
}

/// Where the finite run stopped.
struct Finished<S> {
    steps: u64,
    state: State<S>,
    tail: TailBound,
    /// The states at the checkpoints below `steps` ([`checkpoint_steps`]).
    checkpoints: Vec<(u64, State<S>)>,
    /// The run stopped because the residual enclosure was dominated by its width (more
    /// precision would let it go on), not because the tail was small or the budget ended.
    width_limited: bool,
    /// The shadow's Λ̄ witnesses up to `steps` ([`shadow`]).
    witnesses: Vec<Witness>,
}

/// Why an implicit-bias claim is not verified ([`Reason::text`]; several are joined by `; `).
#[derive(Clone, Debug, PartialEq)]
pub enum ImplicitBiasReason {
    /// |γg| ≥ 1 is proved at this step and coordinate: a neuron coordinate reaches or crosses 0.
    MultiplierAtLeastOne {
        /// The step.
        step: u64,
        /// The coordinate.
        coordinate: usize,
        /// γg, approximately.
        value: f64,
    },
    /// |γg| < 1 is not proved at this step and coordinate (the enclosure is too wide).
    MultiplierUndecided {
        /// The step.
        step: u64,
        /// The coordinate.
        coordinate: usize,
        /// γg, approximately.
        value: f64,
        /// The width of its enclosure.
        width: f64,
    },
    /// The residual enclosure is unbounded at this step.
    ResidualUnbounded {
        /// The step.
        step: u64,
    },
    /// The residual grew past 10¹² at this step.
    ResidualGrew {
        /// The step.
        step: u64,
        /// ‖Xβ − y‖_∞, approximately.
        rho: f64,
    },
    /// The state enclosure is unbounded or not positive at this step.
    StateUnbounded {
        /// The step.
        step: u64,
    },
    /// The tail lemma provably does not apply (no contraction).
    TailFails {
        /// The step.
        step: u64,
        /// The tail lemma's reason.
        why: String,
    },
    /// The residual enclosure is dominated by its width before the tail lemma applied.
    WidthFloor {
        /// The step.
        step: u64,
        /// The tail lemma's last reason.
        why: String,
    },
    /// No tail lemma within the step budget.
    NoConvergence {
        /// The step budget.
        max_steps: u64,
        /// The tail lemma's last reason.
        why: String,
    },
    /// The enclosure of the limit or of the gains is unbounded.
    LimitUnbounded,
    /// The limit and the implicit-bias solution are disjoint at this coordinate.
    Disjoint {
        /// The coordinate.
        coordinate: usize,
    },
    /// The implicit-bias KKT system was not solved.
    Kkt(String),
    /// The gradient-flow KKT system was not solved.
    Flow(String),
    /// The limit's sharpness was not enclosed.
    LimitSharpness(String),
    /// The sharpness enclosure along the run is unbounded.
    SharpnessUnbounded,
    /// The sharpness at this step was not enclosed.
    SharpnessAt {
        /// The step.
        step: u64,
        /// Why.
        why: String,
    },
    /// The f64 backend proves nothing.
    FloatBackend,
}

impl Reason for ImplicitBiasReason {
    fn text(&self) -> String {
        use ImplicitBiasReason as R;
        match self {
            R::MultiplierAtLeastOne {
                step,
                coordinate,
                value,
            } => format!(
                "step {step}, coordinate {coordinate}: |γg| ≥ 1 (proved; γg ≈ {value:.6e}), so a \
                 neuron coordinate reaches or crosses 0 and the theorem's hypotheses fail"
            ),
            R::MultiplierUndecided {
                step,
                coordinate,
                value,
                width,
            } => format!(
                "step {step}, coordinate {coordinate}: could not prove |γg| < 1 (γg ≈ \
                 {value:.6e}, enclosure width {width:.1e}; more precision may help)"
            ),
            R::ResidualUnbounded { step } => {
                format!("step {step}: the residual enclosure is unbounded")
            }
            R::ResidualGrew { step, rho } => format!(
                "step {step}: the residual grew to ‖Xβ − y‖_∞ ≈ {rho:.3e}: the run diverges \
                 (the enclosure of this step is proved; divergence of the whole run is not)"
            ),
            R::StateUnbounded { step } => {
                format!("step {step}: the state enclosure is unbounded or not positive")
            }
            R::TailFails { step, why } => {
                format!("step {step}: the tail lemma does not apply: {why}")
            }
            R::WidthFloor { step, why } => format!(
                "step {step}: the residual enclosure is dominated by its width before the tail \
                 lemma applies ({why}); more precision may help"
            ),
            R::NoConvergence { max_steps, why } => {
                format!("no convergence proved within {max_steps} steps: {why}")
            }
            R::LimitUnbounded => "the enclosure of the limit or of the gains is unbounded".into(),
            R::Disjoint { coordinate } => format!(
                "the limit and the implicit-bias solution are disjoint at coordinate {coordinate}"
            ),
            R::Kkt(e) => format!("implicit-bias KKT system: {e}"),
            R::Flow(e) => format!("gradient-flow KKT system: {e}"),
            R::LimitSharpness(e) => format!("limit sharpness: {e}"),
            R::SharpnessUnbounded => "the sharpness enclosure along the run is unbounded".into(),
            R::SharpnessAt { step, why } => format!("sharpness at step {step}: {why}"),
            R::FloatBackend => "the f64 backend proves nothing".into(),
        }
    }
}

impl ImplicitBiasReason {
    /// The failure is a too-wide enclosure (more precision may help), not a proved fact.
    fn precision_limited(&self) -> bool {
        matches!(
            self,
            ImplicitBiasReason::MultiplierUndecided { .. }
                | ImplicitBiasReason::ResidualUnbounded { .. }
                | ImplicitBiasReason::StateUnbounded { .. }
                | ImplicitBiasReason::WidthFloor { .. }
        )
    }
}

/// The evidence as far as the proof got: serialised as the checker's [`ev::ImplicitBias`] when
/// complete, else as the parts proved (a `verified: false` certificate; every field name is
/// one of [`ev::ImplicitBias`]'s, tested).
#[derive(Default, Serialize)]
struct PartialEvidence {
    precision_bits: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision_limited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tail: Option<ev::ImplicitBiasTail>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kkt: Option<ev::KrawczykBox>,
    #[serde(skip_serializing_if = "Option::is_none")]
    flow: Option<ev::KrawczykBox>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sharpness: Option<ev::SharpnessWitness>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sharpness_checkpoints: Option<Vec<ev::SharpnessWitness>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    shadow: Option<ev::ImplicitBiasShadow>,
}

/// The evidence of an `implicit-bias` certificate: complete (the checker's type), or the
/// parts proved in a `verified: false` certificate.
#[derive(Serialize)]
#[serde(untagged)]
enum ImplicitBiasEvidence {
    Complete(ev::ImplicitBias),
    Partial(PartialEvidence),
}

impl PartialEvidence {
    /// The certificate's `evidence`: the checker's type once every field is present.
    fn into_evidence(self) -> ImplicitBiasEvidence {
        match self {
            PartialEvidence {
                precision_bits: Some(precision_bits),
                precision_limited: Some(precision_limited),
                steps: Some(steps),
                tail: Some(tail),
                kkt: Some(kkt),
                flow: Some(flow),
                sharpness,
                sharpness_checkpoints,
                shadow,
            } => ImplicitBiasEvidence::Complete(ev::ImplicitBias {
                precision_bits,
                precision_limited,
                steps,
                tail,
                kkt,
                flow,
                sharpness,
                sharpness_checkpoints,
                shadow,
            }),
            partial => ImplicitBiasEvidence::Partial(partial),
        }
    }
}

/// The proof after the finite run: quantities, evidence and the reasons it is not verified.
struct Proof {
    quantities: ImplicitBiasQuantities,
    evidence: PartialEvidence,
    reasons: Vec<ImplicitBiasReason>,
}

fn run<S: Scalar>(problem: &ImplicitBiasProblem, ctx: S::Ctx) -> Certificate {
    let mut proof = Proof {
        quantities: ImplicitBiasQuantities::default(),
        evidence: PartialEvidence {
            precision_bits: S::precision_bits(&ctx),
            ..Default::default()
        },
        reasons: Vec::new(),
    };
    match finite_run::<S>(problem, &ctx) {
        Err(failure) => {
            proof.evidence.precision_limited = Some(failure.precision_limited());
            proof.reasons.push(failure);
        }
        Ok(finished) => proof.limit(problem, &finished, &ctx),
    }
    ImplicitBiasClaim {
        schema: SCHEMA.into(),
        model: problem.model_info(),
        eta: Some(format_exact(&problem.gamma)),
        backend: crate::certify::backend::<S>(&ctx),
        rigorous: S::RIGOROUS,
        verified: proof.reasons.is_empty(),
        reason: proof
            .reasons
            .iter()
            .map(Reason::text)
            .collect::<Vec<_>>()
            .join("; "),
        quantities: proof.quantities,
        evidence: proof.evidence.into_evidence(),
        elapsed_s: 0.0,
    }
    .into_certificate()
}

impl Proof {
    /// Method step 2 and on: the limit's enclosures from the tail bounds, the two KKT systems,
    /// and the sharpness at the limit and along the run.
    fn limit<S: Scalar>(
        &mut self,
        problem: &ImplicitBiasProblem,
        finished: &Finished<S>,
        ctx: &S::Ctx,
    ) {
        self.quantities.steps = Some(Enclosure::exact(&BigRational::from_integer(
            finished.steps.into(),
        )));
        let limits = limits(problem, finished, ctx);
        let (Some(beta_limit), Some(gain)) = (array(&limits.beta), array(&limits.gain)) else {
            self.reasons.push(ImplicitBiasReason::LimitUnbounded);
            return;
        };
        self.quantities.beta_limit = Some(beta_limit);
        self.quantities.route_stepsize_condition = Some(false);
        if let Some(holds) = stepsize::stepsize_condition(
            &problem.data.x,
            &problem.data.y,
            &problem.alpha,
            &problem.gamma,
        ) {
            self.quantities.hypothesis_stepsize_condition = Some(holds);
        }
        if let Some(iid) = &finished.tail.iid {
            self.quantities.failure_probability = Some(Enclosure::exact(&iid.failure_probability));
        }
        self.quantities.gain = Some(gain);
        // Only a width-limited stop is worth a rerun at doubled precision: at the step budget
        // a rerun ends at the same step.
        self.evidence.precision_limited =
            Some(finished.width_limited && finished.tail.s.to_f64().unwrap_or(1.0) > TAIL_TARGET);
        self.evidence.steps = Some(finished.steps);
        self.evidence.tail = Some(tail_evidence(&finished.tail));
        self.evidence.shadow = Some(ev::ImplicitBiasShadow {
            witness_steps: finished.witnesses.iter().map(|w| w.step).collect(),
            lambdas: finished
                .witnesses
                .iter()
                .map(|w| format_exact(&w.lambda))
                .collect(),
        });
        let net = Network::<S>::new(&problem.data, &BigRational::one(), ctx);
        self.kkt(problem, &net, &limits, ctx);
        self.limit_sharpness(problem, &net, &limits, ctx);
        self.sharpness_along_run(&net, finished);
        if !S::RIGOROUS {
            self.reasons.push(ImplicitBiasReason::FloatBackend);
        }
    }

    /// The implicit-bias KKT point (equal to the limit?) and the gradient-flow KKT point.
    fn kkt<S: Scalar>(
        &mut self,
        problem: &ImplicitBiasProblem,
        net: &Network<S>,
        limits: &Limits<S>,
        ctx: &S::Ctx,
    ) {
        let (x_f, y_f) = problem.data.to_f64();
        let alpha2 = S::from_rational(&(&problem.alpha * &problem.alpha), ctx);
        let flow_a = vec![alpha2; problem.data.d()];
        let zero = vec![S::from_int(0, ctx); problem.data.d()];
        let implicit = solve_kkt(net, &x_f, &y_f, &limits.a, &limits.delta);
        let flow = solve_kkt(net, &x_f, &y_f, &flow_a, &zero);
        let mut equal = false;
        match implicit {
            Ok((beta, step)) => {
                if let Some(q) = array(&beta) {
                    self.quantities.beta_implicit = Some(q);
                }
                self.evidence.kkt = Some(step);
                let disjoint = limits
                    .beta
                    .iter()
                    .zip(&beta)
                    .position(|(a, b)| a.intersect(b).is_none());
                match disjoint {
                    None => equal = true,
                    Some(coordinate) => self
                        .reasons
                        .push(ImplicitBiasReason::Disjoint { coordinate }),
                }
            }
            Err(e) => self.reasons.push(ImplicitBiasReason::Kkt(e)),
        }
        match flow {
            Ok((beta, step)) => {
                if let Some(q) = array(&beta) {
                    self.quantities.beta_flow = Some(q);
                }
                self.evidence.flow = Some(step);
            }
            Err(e) => self.reasons.push(ImplicitBiasReason::Flow(e)),
        }
        self.quantities.equal = Some(equal);
    }

    /// The sharpness of the limit and γ times it, with its Rayleigh witness.
    fn limit_sharpness<S: Scalar>(
        &mut self,
        problem: &ImplicitBiasProblem,
        net: &Network<S>,
        limits: &Limits<S>,
        ctx: &S::Ctx,
    ) {
        match largest_eigenvalue(&limit_matrix(&net.x, &limits.d)) {
            Ok(eig) => {
                let gamma = S::from_rational(&problem.gamma, ctx);
                if let (Some(s), Some(gs)) = (
                    enclosure_of(&eig.value),
                    enclosure_of(&(eig.value.clone() * gamma)),
                ) {
                    self.quantities.sharpness_limit = Some(s);
                    self.quantities.stepsize_times_sharpness = Some(gs);
                }
                self.evidence.sharpness = Some(witness(&eig.vector, &eig.shift));
            }
            Err(e) => self.reasons.push(ImplicitBiasReason::LimitSharpness(e)),
        }
    }

    /// The sharpness at the checkpoints of the run, with their Rayleigh witnesses.
    fn sharpness_along_run<S: Scalar>(&mut self, net: &Network<S>, finished: &Finished<S>) {
        let states: Vec<(u64, &State<S>)> = finished
            .checkpoints
            .iter()
            .map(|(k, st)| (*k, st))
            .chain(std::iter::once((finished.steps, &finished.state)))
            .collect();
        debug_assert_eq!(
            states.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            checkpoint_steps(finished.steps)
        );
        match along_run(&net.x, &net.y, &states) {
            Ok(eigs) => {
                let values = eigs.iter().map(|e| e.value.clone()).collect::<Vec<_>>();
                if let Some(q) = array(&values) {
                    self.quantities.sharpness = Some(q);
                    self.quantities.sharpness_steps = Some(
                        states
                            .iter()
                            .map(|(k, _)| Enclosure::exact(&BigRational::from_integer((*k).into())))
                            .collect(),
                    );
                    self.evidence.sharpness_checkpoints =
                        Some(eigs.iter().map(|e| witness(&e.vector, &e.shift)).collect());
                } else {
                    self.reasons.push(ImplicitBiasReason::SharpnessUnbounded);
                }
            }
            Err((step, why)) => self
                .reasons
                .push(ImplicitBiasReason::SharpnessAt { step, why }),
        }
    }
}

/// A Rayleigh-quotient witness, exact.
fn witness(vector: &[BigRational], shift: &BigRational) -> ev::SharpnessWitness {
    ev::SharpnessWitness {
        vector: vector.iter().map(format_exact).collect(),
        shift: format_exact(shift),
    }
}

/// ρ = ‖r‖_∞ (as a float) at `step`, or why the run stops: an unbounded residual, or one
/// grown past 10¹² (the run diverges).
fn residual_norm<S: Scalar>(r: &[S], step: u64) -> Result<f64, ImplicitBiasReason> {
    let Some(rho) = r
        .iter()
        .map(|v| v.bounds().map(|(lo, hi)| lo.abs().max(hi.abs())))
        .collect::<Option<Vec<_>>>()
        .map(|v| v.into_iter().fold(BigRational::zero(), BigRational::max))
    else {
        return Err(ImplicitBiasReason::ResidualUnbounded { step });
    };
    let rho = rho.to_f64().unwrap_or(f64::INFINITY);
    if rho.is_nan() || rho >= 1e12 {
        return Err(ImplicitBiasReason::ResidualGrew { step, rho });
    }
    Ok(rho)
}

/// Try the tail lemma at the state after `step` steps with residuals `r`: the lemma's bound,
/// or its failure; an error if the state enclosure is unusable.
fn attempt_tail<S: Scalar>(
    problem: &ImplicitBiasProblem,
    state: &State<S>,
    r: &[S],
    step: u64,
) -> Result<Result<TailBound, tail::TailError>, ImplicitBiasReason> {
    let Some(input) = tail_input(state, r) else {
        return Err(ImplicitBiasReason::StateUnbounded { step });
    };
    Ok(find_tail(&TailInput {
        x: &problem.data.x,
        gamma: &problem.gamma,
        sampler: problem.sampler,
        d_lo: &input.0,
        d_hi: &input.1,
        rho: &input.2,
    }))
}

/// Iterate until the tail lemma holds with Σ_{k≥K}|x_k| ≤ [`TAIL_TARGET`] or the residual
/// enclosure is dominated by its own width (the precision floor), checking |γg| < 1 at every
/// step.
fn finite_run<S: Scalar>(
    problem: &ImplicitBiasProblem,
    ctx: &S::Ctx,
) -> Result<Finished<S>, ImplicitBiasReason> {
    let data = &problem.data;
    let (n, d) = (data.n(), data.d());
    let b = problem.sampler.batch_size(n);
    let c = &problem.gamma / BigRational::from_integer(b.into());
    let net = Network::<S>::new(data, &c, ctx);
    let mut shadow = Shadow::<S>::start(&data.x, &problem.alpha, &c, problem.sampler, ctx);
    let state = State::<S>::start(&problem.alpha, d, ctx);
    let mut batches = problem.sampler.batches(n);
    let epoch = problem.sampler.epoch_len(n) as u64;
    let every = epoch * (8 / epoch).max(1);
    let mut best: Option<Finished<S>> = None;
    let mut checkpoints = vec![(0, state.clone())];
    let mut last_reason = String::from("the residual never became small");
    let mut contraction_fails = false;
    let mut next_attempt = 1e-4;
    for k in 0..problem.max_steps {
        let batch = batches.next().expect("infinite stream");
        match shadow.step(&net, &batch, k) {
            Ok(_) => {}
            Err(ShadowError::Multiplier(i, proved, value, width)) => {
                return Err(if proved {
                    ImplicitBiasReason::MultiplierAtLeastOne {
                        step: k,
                        coordinate: i,
                        value,
                    }
                } else {
                    ImplicitBiasReason::MultiplierUndecided {
                        step: k,
                        coordinate: i,
                        value,
                        width,
                    }
                });
            }
            Err(ShadowError::Unbounded) => {
                return Err(ImplicitBiasReason::StateUnbounded { step: k + 1 });
            }
        }
        let steps = k + 1;
        if is_checkpoint(steps) {
            checkpoints.push((steps, shadow.enclosure()));
        }
        if steps % every != 0 {
            continue;
        }
        let state = shadow.enclosure();
        let r = net.residuals(&state.beta(), 0..n);
        let rho_f = residual_norm(&r, steps)?;
        let floor = r.iter().map(Scalar::width_f64).fold(0.0, f64::max) * 100.0 >= rho_f;
        // Attempt the lemma when ρ < 10⁻⁴ and, after a failure, each time ρ has shrunk by 10.
        if rho_f < next_attempt {
            next_attempt = rho_f * 0.1;
            match attempt_tail(problem, &state, &r, steps)? {
                Ok(tail) => {
                    let small = tail.s.to_f64().unwrap_or(1.0) <= TAIL_TARGET;
                    best = Some(Finished {
                        steps,
                        state: state.clone(),
                        tail,
                        checkpoints: Vec::new(),
                        width_limited: false,
                        witnesses: shadow.witnesses.clone(),
                    });
                    if small {
                        break;
                    }
                }
                Err(e) => {
                    last_reason = e.reason;
                    contraction_fails = e.no_contraction;
                }
            }
        }
        if floor {
            let Some(b) = best.as_mut() else {
                return Err(if contraction_fails {
                    ImplicitBiasReason::TailFails {
                        step: steps,
                        why: last_reason,
                    }
                } else {
                    ImplicitBiasReason::WidthFloor {
                        step: steps,
                        why: last_reason,
                    }
                });
            };
            b.width_limited = true;
            break;
        }
    }
    let mut finished = best.ok_or(ImplicitBiasReason::NoConvergence {
        max_steps: problem.max_steps,
        why: last_reason,
    })?;
    checkpoints.retain(|(k, _)| *k < finished.steps);
    finished.checkpoints = checkpoints;
    Ok(finished)
}

/// The exact inputs of the tail lemma from the state at K: lower and upper bounds of
/// D_K = w₊_K² + w₋_K² and ρ_j ≥ |r_{K,j}| (`None` if unbounded or w± is not positive).
#[allow(clippy::type_complexity)]
fn tail_input<S: Scalar>(
    state: &State<S>,
    r: &[S],
) -> Option<(Vec<BigRational>, Vec<BigRational>, Vec<BigRational>)> {
    let mut lo = Vec::new();
    let mut hi = Vec::new();
    for (p, m) in state.wp.iter().zip(&state.wm) {
        let (pl, ph) = p.bounds()?;
        let (ml, mh) = m.bounds()?;
        if !pl.is_positive() || !ml.is_positive() {
            return None;
        }
        lo.push(&pl * &pl + &ml * &ml);
        hi.push(&ph * &ph + &mh * &mh);
    }
    let rho = r
        .iter()
        .map(|v| {
            v.bounds()
                .map(|(a, b)| tail::dyadic_up(&a.abs().max(b.abs())))
        })
        .collect::<Option<Vec<_>>>()?;
    Some((lo, hi, rho))
}

/// The certificate's `evidence.tail`: s₀, τ and (GD) Λ.
fn tail_evidence(t: &TailBound) -> ev::ImplicitBiasTail {
    ev::ImplicitBiasTail {
        s0: format_exact(&t.s0),
        tau: format_exact(&t.tau),
        lambda: t.lambda.as_ref().map(format_exact),
        window: t.iid.as_ref().map(|iid| iid.window as u64),
        confidence_bits: t.iid.as_ref().map(|iid| u64::from(iid.bits)),
    }
}

/// The enclosures derived from the state at K and the tail bounds (method, step 2).
struct Limits<S> {
    beta: Vec<S>,
    /// D∞ = w₊∞² + w₋∞².
    d: Vec<S>,
    gain: Vec<S>,
    a: Vec<S>,
    delta: Vec<S>,
}

fn limits<S: Scalar>(problem: &ImplicitBiasProblem, f: &Finished<S>, ctx: &S::Ctx) -> Limits<S> {
    let one = BigRational::one();
    let t = &f.tail;
    let factors = tail_factors(t);
    let p = S::from_bounds(&factors.p_lo, &factors.p_hi, ctx);
    let ta = S::from_bounds(&(&one - &t.t2), &one, ctx);
    let tg = S::from_bounds(&BigRational::zero(), &factors.gain_tail, ctx);
    let td = S::from_bounds(&-factors.delta_tail.clone(), &factors.delta_tail, ctx);
    let alpha2 = S::from_rational(&(&problem.alpha * &problem.alpha), ctx);
    let half = S::from_rational(&BigRational::new(1.into(), 2.into()), ctx);
    let st = &f.state;
    let mut out = Limits {
        beta: Vec::new(),
        d: Vec::new(),
        gain: Vec::new(),
        a: Vec::new(),
        delta: Vec::new(),
    };
    for i in 0..st.wp.len() {
        let (wp, wm) = (&st.wp[i], &st.wm[i]);
        let prod = wp.clone() * wm.clone();
        out.beta
            .push((wp.sqr() * p.clone() - wm.sqr() * p.clone()) * half.clone());
        out.d.push(wp.sqr() * p.clone() + wm.sqr() * p.clone());
        out.gain
            .push(-(prod.clone() / alpha2.clone()).ln() + tg.clone());
        out.a.push(prod * ta.clone());
        out.delta
            .push(((wm.clone() / wp.clone()).ln() - st.sum_x[i].mul_int(2)) + td.clone());
    }
    out
}

/// The exact tail factors of the method (step 2).
pub struct TailFactors {
    /// (1 − s)².
    pub p_lo: BigRational,
    /// (1 − s)⁻².
    pub p_hi: BigRational,
    /// T₂/(1 − x_max²).
    pub gain_tail: BigRational,
    /// ⅔·x_max·T₂/(1 − x_max²).
    pub delta_tail: BigRational,
}

/// The exact tail factors from the lemma's bounds.
pub fn tail_factors(t: &TailBound) -> TailFactors {
    let one = BigRational::one();
    let p_lo = (&one - &t.s) * (&one - &t.s);
    let gain_tail = &t.t2 / (&one - &t.x_max * &t.x_max);
    TailFactors {
        p_hi: &one / &p_lo,
        delta_tail: BigRational::new(2.into(), 3.into()) * &t.x_max * &gain_tail,
        p_lo,
        gain_tail,
    }
}

/// Solve the KKT system; the enclosure of β and the Krawczyk evidence.
fn solve_kkt<S: Scalar>(
    net: &Network<S>,
    x_f: &[Vec<f64>],
    y_f: &[f64],
    a: &[S],
    delta: &[S],
) -> Result<(Vec<S>, ev::KrawczykBox), String> {
    let a_f: Vec<f64> = a.iter().map(Scalar::to_f64).collect();
    let d_f: Vec<f64> = delta.iter().map(Scalar::to_f64).collect();
    let candidate = newton_f64(x_f, y_f, &a_f, &d_f);
    let system = Kkt {
        x: &net.x,
        y: &net.y,
        a,
        delta,
    };
    let zero = system.solve(&candidate)?;
    let beta = system.beta(&zero.enclosure);
    let step = &zero.tight;
    let unbounded = || "the Krawczyk box, midpoint or preconditioner is unbounded".to_string();
    let evidence = ev::KrawczykBox {
        bx: exact_enclosures(&step.x).ok_or_else(unbounded)?,
        mid: exact_enclosures(&step.mid).ok_or_else(unbounded)?,
        c: step
            .c
            .iter()
            .map(|row| exact_enclosures(row))
            .collect::<Option<_>>()
            .ok_or_else(unbounded)?,
    };
    Ok((beta, evidence))
}

/// The array quantity of a vector of enclosures (`None` if one is unbounded).
fn array<S: Scalar>(v: &[S]) -> Option<Vec<Enclosure>> {
    v.iter().map(enclosure_of).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key a partial evidence can write is a field of the checker's type (so a
    /// `verified: false` certificate names no field the checker does not know).
    #[test]
    fn partial_evidence_keys_are_the_checkers_fields() {
        let e = || Enclosure {
            lo: "0".into(),
            hi: "1".into(),
        };
        let kb = || ev::KrawczykBox {
            bx: vec![e()],
            mid: vec![e()],
            c: vec![vec![e()]],
        };
        let w = || ev::SharpnessWitness {
            vector: vec!["1".into()],
            shift: "1".into(),
        };
        let partial = PartialEvidence {
            precision_bits: Some(53),
            precision_limited: Some(false),
            steps: Some(1),
            tail: Some(ev::ImplicitBiasTail {
                s0: "0".into(),
                tau: "0".into(),
                lambda: None,
                window: None,
                confidence_bits: None,
            }),
            kkt: None,
            flow: Some(kb()),
            sharpness: Some(w()),
            sharpness_checkpoints: Some(vec![w()]),
            shadow: None,
        };
        let value = serde_json::to_value(&partial).unwrap();
        let known = eoscert_check::evidence::field_names::<ev::ImplicitBias>();
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 7);
        assert!(keys.iter().all(|k| known.contains(&k.as_str())), "{keys:?}");
        // Complete, it is the checker's type (and reads back as one).
        let full = PartialEvidence {
            kkt: Some(kb()),
            ..partial
        }
        .into_evidence();
        let full = serde_json::to_value(&full).unwrap();
        let typed: ev::ImplicitBias = serde_json::from_value(full).unwrap();
        assert_eq!(typed.kkt, kb());
    }
}
