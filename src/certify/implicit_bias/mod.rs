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
//! 1. Interval iteration of [`State::step`] (multiplicative form w± = (u ± v)/√2) for K steps,
//!    proving |γg_{k,i}| < 1 at every step (else `verified: false`, naming the step).
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
pub mod sharpness;
pub mod stepsize;
pub mod tail;

use std::collections::BTreeMap;
use std::time::Instant;

use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde_json::{Value, json};

use crate::Error;
use crate::arith::{Backend, DOUBLE_CTX, DoubleInterval, MpfrInterval, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, ModelInfo, Quantity, SCHEMA, format_exact};
use crate::certify::{enclosure_of, exact_box};
use crate::model::diagonal::{Dataset, Network, Sampler, SamplerKind, State, check_multipliers};

use crate::certify::eigen::largest_eigenvalue;
use kkt::{Kkt, newton_f64};
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
    pub fn model_info(&self) -> ModelInfo {
        let batch = self
            .sampler
            .kind()
            .map(|_| self.sampler.batch_size(self.data.n()));
        let seed = self.sampler.seed();
        let sampler = match self.sampler.kind() {
            Some(SamplerKind::WithReplacement) => Some(SamplerKind::WithReplacement.name().into()),
            _ => None,
        };
        ModelInfo {
            kind: "diagonal".into(),
            dim: Some(self.data.d()),
            data: Some(self.data.rows_exact()),
            alpha: Some(format_exact(&self.alpha)),
            batch,
            seed,
            sampler,
            ..Default::default()
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
        let limited = cert.evidence["precision_limited"] == json!(true);
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
}

fn run<S: Scalar>(problem: &ImplicitBiasProblem, ctx: S::Ctx) -> Certificate {
    let mut cert = Certificate {
        schema: SCHEMA.into(),
        claim: "implicit-bias".into(),
        model: problem.model_info(),
        eta: Some(format_exact(&problem.gamma)),
        init: Vec::new(),
        backend: S::backend_name(&ctx),
        rigorous: S::RIGOROUS,
        verified: false,
        reason: String::new(),
        quantities: BTreeMap::new(),
        evidence: json!({"precision_bits": S::precision_bits(&ctx)}),
        elapsed_s: 0.0,
    };
    let finished = match finite_run::<S>(problem, &ctx) {
        Ok(f) => f,
        Err(failure) => {
            cert.reason = failure.reason;
            cert.evidence["precision_limited"] = json!(failure.precision_limited);
            return cert;
        }
    };
    cert.quantities.insert(
        "steps".into(),
        Quantity::Enclosure(Enclosure::exact(&BigRational::from_integer(
            finished.steps.into(),
        ))),
    );
    let limits = limits(problem, &finished, &ctx);
    let (Some(beta_limit), Some(gain)) = (array(&limits.beta), array(&limits.gain)) else {
        cert.reason = "the enclosure of the limit or of the gains is unbounded".into();
        return cert;
    };
    cert.quantities.insert("beta_limit".into(), beta_limit);
    cert.quantities
        .insert("route_stepsize_condition".into(), Quantity::Bool(false));
    if let Some(holds) = stepsize::stepsize_condition(
        &problem.data.x,
        &problem.data.y,
        &problem.alpha,
        &problem.gamma,
    ) {
        cert.quantities.insert(
            "hypothesis_stepsize_condition".into(),
            Quantity::Bool(holds),
        );
    }
    if let Some(iid) = &finished.tail.iid {
        cert.quantities.insert(
            "failure_probability".into(),
            Quantity::Enclosure(Enclosure::exact(&iid.failure_probability)),
        );
    }
    cert.quantities.insert("gain".into(), gain);
    let (x_f, y_f) = problem.data.to_f64();
    let net = Network::<S>::new(&problem.data, &BigRational::one(), &ctx);
    let alpha2 = S::from_rational(&(&problem.alpha * &problem.alpha), &ctx);
    let flow_a = vec![alpha2; problem.data.d()];
    let zero = vec![S::from_int(0, &ctx); problem.data.d()];
    let implicit = solve_kkt(&net, &x_f, &y_f, &limits.a, &limits.delta);
    let flow = solve_kkt(&net, &x_f, &y_f, &flow_a, &zero);
    let mut evidence = json!({
        // Only a width-limited stop is worth a rerun at doubled precision: at the step budget
        // a rerun ends at the same step.
        "precision_limited": finished.width_limited
            && finished.tail.s.to_f64().unwrap_or(1.0) > TAIL_TARGET,
        "precision_bits": S::precision_bits(&ctx),
        "steps": finished.steps,
        "tail": tail_evidence(&finished.tail),
    });
    let mut reasons = Vec::new();
    let mut equal = false;
    match &implicit {
        Ok((beta, step)) => {
            if let Some(q) = array(beta) {
                cert.quantities.insert("beta_implicit".into(), q);
            }
            evidence["kkt"] = step.clone();
            let disjoint = limits
                .beta
                .iter()
                .zip(beta)
                .position(|(a, b)| a.intersect(b).is_none());
            match disjoint {
                None => equal = true,
                Some(i) => reasons.push(format!(
                    "the limit and the implicit-bias solution are disjoint at coordinate {i}"
                )),
            }
        }
        Err(e) => reasons.push(format!("implicit-bias KKT system: {e}")),
    }
    match &flow {
        Ok((beta, step)) => {
            if let Some(q) = array(beta) {
                cert.quantities.insert("beta_flow".into(), q);
            }
            evidence["flow"] = step.clone();
        }
        Err(e) => reasons.push(format!("gradient-flow KKT system: {e}")),
    }
    cert.quantities
        .insert("equal".into(), Quantity::Bool(equal));
    match largest_eigenvalue(&limit_matrix(&net.x, &limits.d)) {
        Ok(eig) => {
            let gamma = S::from_rational(&problem.gamma, &ctx);
            if let (Some(s), Some(gs)) = (
                enclosure_of(&eig.value),
                enclosure_of(&(eig.value.clone() * gamma)),
            ) {
                cert.quantities
                    .insert("sharpness_limit".into(), Quantity::Enclosure(s));
                cert.quantities
                    .insert("stepsize_times_sharpness".into(), Quantity::Enclosure(gs));
            }
            evidence["sharpness"] = json!({
                "vector": eig.vector.iter().map(format_exact).collect::<Vec<_>>(),
                "shift": format_exact(&eig.shift),
            });
        }
        Err(e) => reasons.push(format!("limit sharpness: {e}")),
    }
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
                cert.quantities.insert("sharpness".into(), q);
                cert.quantities.insert(
                    "sharpness_steps".into(),
                    Quantity::Array(
                        states
                            .iter()
                            .map(|(k, _)| Enclosure::exact(&BigRational::from_integer((*k).into())))
                            .collect(),
                    ),
                );
                evidence["sharpness_checkpoints"] = eigs
                    .iter()
                    .map(|e| {
                        json!({
                            "vector": e.vector.iter().map(format_exact).collect::<Vec<_>>(),
                            "shift": format_exact(&e.shift),
                        })
                    })
                    .collect();
            } else {
                reasons.push("the sharpness enclosure along the run is unbounded".into());
            }
        }
        Err((k, e)) => reasons.push(format!("sharpness at step {k}: {e}")),
    }
    cert.evidence = evidence;
    if !S::RIGOROUS {
        reasons.push("the f64 backend proves nothing".into());
    }
    cert.verified = reasons.is_empty();
    cert.reason = reasons.join("; ");
    cert
}

/// Why the finite run did not reach a proved tail.
struct RunFailure {
    reason: String,
    /// The failure is a too-wide enclosure (more precision may help), not a proved fact.
    precision_limited: bool,
}

impl RunFailure {
    fn proved(reason: String) -> Self {
        RunFailure {
            reason,
            precision_limited: false,
        }
    }

    fn too_wide(reason: String) -> Self {
        RunFailure {
            reason,
            precision_limited: true,
        }
    }
}

/// Iterate until the tail lemma holds with Σ_{k≥K}|x_k| ≤ [`TAIL_TARGET`] or the residual
/// enclosure is dominated by its own width (the precision floor), checking |γg| < 1 at every
/// step.
fn finite_run<S: Scalar>(
    problem: &ImplicitBiasProblem,
    ctx: &S::Ctx,
) -> Result<Finished<S>, RunFailure> {
    let data = &problem.data;
    let (n, d) = (data.n(), data.d());
    let b = problem.sampler.batch_size(n);
    let c = &problem.gamma / BigRational::from_integer(b.into());
    let net = Network::<S>::new(data, &c, ctx);
    let mut state = State::<S>::start(&problem.alpha, d, ctx);
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
        let xs = state.step(&net, &batch);
        if let Err((i, proved)) = check_multipliers(&xs) {
            return Err(if proved {
                RunFailure::proved(format!(
                    "step {k}, coordinate {i}: |γg| ≥ 1 (proved; γg ≈ {:.6e}), so a neuron \
                     coordinate reaches or crosses 0 and the theorem's hypotheses fail",
                    xs[i].to_f64()
                ))
            } else {
                RunFailure::too_wide(format!(
                    "step {k}, coordinate {i}: could not prove |γg| < 1 (γg ≈ {:.6e}, enclosure \
                     width {:.1e}; more precision may help)",
                    xs[i].to_f64(),
                    xs[i].width_f64()
                ))
            });
        }
        let steps = k + 1;
        if is_checkpoint(steps) {
            checkpoints.push((steps, state.clone()));
        }
        if steps % every != 0 {
            continue;
        }
        let r = net.residuals(&state.beta(), 0..n);
        let Some(rho) = r
            .iter()
            .map(|v| v.bounds().map(|(lo, hi)| lo.abs().max(hi.abs())))
            .collect::<Option<Vec<_>>>()
            .map(|v| v.into_iter().fold(BigRational::zero(), BigRational::max))
        else {
            return Err(RunFailure::too_wide(format!(
                "step {steps}: the residual enclosure is unbounded"
            )));
        };
        let rho_f = rho.to_f64().unwrap_or(f64::INFINITY);
        if rho_f.is_nan() || rho_f >= 1e12 {
            return Err(RunFailure::proved(format!(
                "step {steps}: the residual grew to ‖Xβ − y‖_∞ ≈ {rho_f:.3e}: the run diverges \
                 (the enclosure of this step is proved; divergence of the whole run is not)"
            )));
        }
        let floor = r.iter().map(Scalar::width_f64).fold(0.0, f64::max) * 100.0 >= rho_f;
        // Attempt the lemma when ρ < 10⁻⁴ and, after a failure, each time ρ has shrunk by 10.
        if rho_f < next_attempt {
            next_attempt = rho_f * 0.1;
            let Some(input) = tail_input(&state, &r) else {
                return Err(RunFailure::too_wide(format!(
                    "step {steps}: the state enclosure is unbounded or not positive"
                )));
            };
            let input = TailInput {
                x: &data.x,
                gamma: &problem.gamma,
                sampler: problem.sampler,
                d_lo: &input.0,
                d_hi: &input.1,
                rho: &input.2,
            };
            match find_tail(&input) {
                Ok(tail) => {
                    let small = tail.s.to_f64().unwrap_or(1.0) <= TAIL_TARGET;
                    best = Some(Finished {
                        steps,
                        state: state.clone(),
                        tail,
                        checkpoints: Vec::new(),
                        width_limited: false,
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
            if best.is_none() {
                if contraction_fails {
                    return Err(RunFailure::proved(format!(
                        "step {steps}: the tail lemma does not apply: {last_reason}"
                    )));
                }
                return Err(RunFailure::too_wide(format!(
                    "step {steps}: the residual enclosure is dominated by its width before the \
                     tail lemma applies ({last_reason}); more precision may help"
                )));
            }
            if let Some(b) = best.as_mut() {
                b.width_limited = true;
            }
            break;
        }
    }
    let mut finished = best.ok_or_else(|| {
        RunFailure::proved(format!(
            "no convergence proved within {} steps: {last_reason}",
            problem.max_steps
        ))
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
fn tail_evidence(t: &TailBound) -> Value {
    let mut v = json!({"s0": format_exact(&t.s0), "tau": format_exact(&t.tau)});
    if let Some(l) = &t.lambda {
        v["lambda"] = json!(format_exact(l));
    }
    if let Some(iid) = &t.iid {
        v["window"] = json!(iid.window);
        v["confidence_bits"] = json!(iid.bits);
    }
    v
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
) -> Result<(Vec<S>, Value), String> {
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
    let evidence = json!({
        "box": exact_box(&step.x),
        "mid": exact_box(&step.mid),
        "c": step.c.iter().map(|row| exact_box(row)).collect::<Vec<_>>(),
    });
    Ok((beta, evidence))
}

/// The array quantity of a vector of enclosures (`None` if one is unbounded).
fn array<S: Scalar>(v: &[S]) -> Option<Quantity> {
    v.iter()
        .map(enclosure_of)
        .collect::<Option<Vec<_>>>()
        .map(Quantity::Array)
}
