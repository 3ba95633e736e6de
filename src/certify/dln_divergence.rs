//! Claim `dln-divergence`: (S)GD on the diagonal linear network diverges (L(β_k) → ∞, so
//! Σ_k L(β_k) = ∞), proved on one instance by an escape lemma (Even et al.).
//!
//! # Escape lemma (derived for this project)
//! Notation of [`crate::model::diagonal`]: state (w₊, w₋), β = (w₊² − w₋²)/2,
//! D = w₊² + w₋² = 2√(β² + ζ²) with ζ = |w₊w₋|, and one step with batch B is
//! `x = (γ/b) X_Bᵀ(X_Bβ − y_B)`, `w₊' = w₊(1 − x)`, `w₋' = w₋(1 + x)`, hence exactly
//!
//! ```text
//! β' = β(1 + x²) − x·D,   ζ' = ζ·|1 − x²|,   D' = w₊²(1 − x)² + w₋²(1 + x)² ≤ (1 + |x|)²·D.
//! ```
//!
//! Write `x_i = Σ_j c^B_ij β_j − e^B_i` with `c^B_ij = (γ/b)Σ_{s∈B} X_si X_sj`,
//! `e^B_i = (γ/b)Σ_{s∈B} X_si y_s`. Fix a coordinate `1` (any index). The batches B range over
//! every batch the sampler can draw (GD: all rows; SGD: every b-subset). At step K let
//! `B̄ ≤ |β_1|`, `μ̄_j ≥ D_j/(2|β_1|)` (j ≠ 1), `ρ_K ≥ ζ_1/|β_1|`, `ρ̄ ≥ 0`, and with
//! `c = c^B_11`, `κ_j = |c^B_1j|/c`:
//!
//! ```text
//! (H1) c > 0 for every B, and ε̄ := max_B [Σ_{j≠1} κ_j μ̄_j + |e^B_1|/(c B̄)] < 1;  a := 1 − ε̄;
//! (H2) X_lo := min_B c·B̄·a ≥ max(3, (4/3)(2 + ρ̄²)),  τ := 8(2 + ρ̄²)/X_lo < 1;
//! (H3) for every B and j ≠ 1, with ν_j := |c^B_j1|/c + Σ_{l≠1} (|c^B_jl|/c) μ̄_l + |e^B_j|/(c B̄):
//!      ν_j < a  and  c·B̄·(a² − ν_j²) ≥ 2a + aρ̄² + 2ν_j;
//! (H4) ρ_K ≤ ρ̄(1 − τ).
//! ```
//!
//! Then for every k ≥ K: |β_{1,k}| ≥ 2^{k−K} B̄ and |x_{1,k}| ≥ 2^{k−K} X_lo, so the batch
//! residual ‖r_B‖ ≥ |x_1|·b/(γ‖X_{B,1}‖) → ∞ and L(β_k) ≥ ‖r_B‖²/(2n) → ∞.
//!
//! *Proof.* Induction on k ≥ K with the hypothesis: B_k := |β_{1,k}| ≥ 2^{k−K}B̄,
//! μ_{j,k} := D_{j,k}/(2B_k) ≤ μ̄_j, ρ_k := ζ_{1,k}/B_k ≤ ρ_K·exp(Σ_{K≤m<k} 4(2 + ρ̄²)/X_m) ≤ ρ̄,
//! where X_m := |x_{1,m}| ≥ 2^{m−K}X_lo. At step k with batch B: |β_j| ≤ D_j/2 = μ_jB_k, so
//! |x_1 − cβ_1| ≤ cB_k ε ≤ cB_k ε̄ < cB_k: sign(x_1) = sign(β_1) and X := |x_1| ≥ cB_k a ≥ X_lo.
//! With D_1 = 2√(B² + ζ²) ≤ 2B + ζ²/B,
//! `|β_1'| ≥ B(1 + X²) − X·D_1 ≥ B·φ(X, ρ)`, φ(X, ρ) := (X − 1)² − Xρ². φ is decreasing in ρ
//! and increasing in X for X > 1 + ρ²/2, and (3/4)X² − (2 + ρ̄²)X + 1 ≥ 0 for
//! X ≥ (4/3)(2 + ρ̄²), so φ(X, ρ) ≥ φ(X, ρ̄) ≥ X²/4 ≥ 9/4: B_{k+1} ≥ 2B_k, and X_k ≥ 2^{k−K}X_lo.
//! ζ_1' = ζ_1(X² − 1), so ρ_{k+1}/ρ_k ≤ (X² − 1)/φ(X, ρ̄) = 1 + (2X − 2 + Xρ̄²)/φ(X, ρ̄)
//! ≤ 1 + 4(2 + ρ̄²)/X ≤ exp(4(2 + ρ̄²)/X); summing, ρ_k ≤ ρ_K e^τ ≤ ρ_K/(1 − τ) ≤ ρ̄ by (H4).
//! For j ≠ 1: |x_j| ≤ |c^B_j1|B + Σ_{l≠1}|c^B_jl|μ_lB + |e^B_j| ≤ tν_j with t := cB_k ≥ cB̄, so
//! μ_j' ≤ μ_j(1 + tν_j)²/φ(ta, ρ̄), and φ(ta, ρ̄) − (1 + tν_j)² = t[(a² − ν_j²)t −
//! (2a + aρ̄² + 2ν_j)] ≥ 0 for t ≥ cB̄ by (H3): μ_j' ≤ μ_j ≤ μ̄_j. ∎
//!
//! # Method
//! Interval iteration of [`State::step`] (every |γg| allowed; the multiplicative form is exact
//! for all x), trying the lemma after each step once some |x_i| ≥ 3, on the coordinates with
//! the largest D first; every hypothesis is decided in exact rationals from the enclosures'
//! bounds. `verified: false` with the reason when the budget ends, an enclosure becomes
//! unbounded, the state leaves the checker's replay range
//! ([`eoscert_check::caps::implicit_bias::MAX_STATE_LOG2`]), or the run converges (the
//! residual falls below 10⁻³⁰).

use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::Serialize;

use crate::Error;
use crate::arith::{Backend, MpfrInterval, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
use crate::certify::Reason;
use crate::certify::implicit_bias::{ImplicitBiasProblem, MAX_AUTO_BITS, with_doubling_precision};
use crate::model::diagonal::{Dataset, Network, Sampler, State};
use eoscert_check::caps::implicit_bias::{MAX_STATE_LOG2, log2_size};
use eoscert_check::claim::{DlnDivergenceClaim, DlnDivergenceQuantities};
use eoscert_check::evidence::DlnDivergence as DlnEvidence;

/// How many coordinates (largest D first) the lemma is tried on at each step.
const CANDIDATES: usize = 3;

/// The bounds at step K the lemma needs, all exact.
#[derive(Clone, Debug)]
pub struct EscapeInput<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// γ.
    pub gamma: &'a BigRational,
    /// The sampler (its batch size; every batch of that size is allowed).
    pub sampler: Sampler,
    /// Lower bounds of |β_i| (0 when the sign is unknown).
    pub beta_abs_lo: &'a [BigRational],
    /// Upper bounds of D_i = w₊_i² + w₋_i².
    pub d_hi: &'a [BigRational],
    /// Upper bounds of ζ_i = |w₊_i w₋_i|.
    pub zeta_hi: &'a [BigRational],
}

/// The constants of a successful lemma.
#[derive(Clone, Debug)]
pub struct Escape {
    /// The dominant coordinate `1` of the lemma.
    pub coordinate: usize,
    /// B̄.
    pub b_bar: BigRational,
    /// X_lo.
    pub x_lo: BigRational,
    /// ρ̄.
    pub rho_bar: BigRational,
    /// ε̄.
    pub eps_bar: BigRational,
}

/// Every batch the sampler can draw: all rows (GD) or every b-subset (SGD), with γ/b.
pub fn possible_batches(n: usize, sampler: Sampler) -> Vec<Vec<usize>> {
    match sampler {
        Sampler::Full => vec![(0..n).collect()],
        Sampler::Reshuffle { batch, .. } | Sampler::WithReplacement { batch, .. } => {
            let mut out = Vec::new();
            let mut pick = Vec::new();
            subsets(0, n, batch, &mut pick, &mut out);
            out
        }
    }
}

fn subsets(from: usize, n: usize, k: usize, pick: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    if pick.len() == k {
        out.push(pick.clone());
        return;
    }
    for i in from..n {
        pick.push(i);
        subsets(i + 1, n, k, pick, out);
        pick.pop();
    }
}

/// Try the escape lemma (module docs) with `coordinate` as the dominant coordinate; the
/// constants if (H1)–(H4) hold, with ρ̄ = 2ρ_K.
pub fn escape_lemma(input: &EscapeInput, coordinate: usize) -> Option<Escape> {
    let data = input.data;
    let (n, d) = (data.n(), data.d());
    let one = BigRational::one();
    let q = |v: i64| BigRational::from_integer(BigInt::from(v));
    let b_bar = input.beta_abs_lo[coordinate].clone();
    if !b_bar.is_positive() {
        return None;
    }
    let two_b = &q(2) * &b_bar;
    let mu: Vec<BigRational> = (0..d).map(|j| &input.d_hi[j] / &two_b).collect();
    let rho_k = &input.zeta_hi[coordinate] / &b_bar;
    let rho_bar = &q(2) * &rho_k;
    let rho2 = &rho_bar * &rho_bar;
    let batches = possible_batches(n, input.sampler);
    let factor = input.gamma / q(input.sampler.batch_size(n) as i64);
    // Per batch: c_1j (row `coordinate` of C) and the full C, e.
    let consts: Vec<(Vec<Vec<BigRational>>, Vec<BigRational>)> = batches
        .iter()
        .map(|batch| {
            let c = (0..d)
                .map(|i| {
                    (0..d)
                        .map(|j| {
                            &factor
                                * batch
                                    .iter()
                                    .map(|&s| &data.x[s][i] * &data.x[s][j])
                                    .sum::<BigRational>()
                        })
                        .collect()
                })
                .collect();
            let e = (0..d)
                .map(|i| {
                    &factor
                        * batch
                            .iter()
                            .map(|&s| &data.x[s][i] * &data.y[s])
                            .sum::<BigRational>()
                })
                .collect();
            (c, e)
        })
        .collect();
    let i1 = coordinate;
    // (H1)
    let mut eps_bar = BigRational::zero();
    for (c, e) in &consts {
        let c11 = &c[i1][i1];
        if !c11.is_positive() {
            return None;
        }
        let mut eps = e[i1].abs() / (c11 * &b_bar);
        for j in (0..d).filter(|&j| j != i1) {
            eps += c[i1][j].abs() / c11 * &mu[j];
        }
        eps_bar = eps_bar.max(eps);
    }
    if eps_bar >= one {
        return None;
    }
    let a = &one - &eps_bar;
    // (H2)
    let x_lo = consts
        .iter()
        .map(|(c, _)| &c[i1][i1] * &b_bar * &a)
        .reduce(BigRational::min)?;
    let need = (q(4) / q(3) * (q(2) + &rho2)).max(q(3));
    if x_lo < need {
        return None;
    }
    let tau = q(8) * (q(2) + &rho2) / &x_lo;
    if tau >= one {
        return None;
    }
    // (H3)
    for (c, e) in &consts {
        let c11 = &c[i1][i1];
        let t = c11 * &b_bar;
        for j in (0..d).filter(|&j| j != i1) {
            let mut nu = c[j][i1].abs() / c11 + e[j].abs() / &t;
            for l in (0..d).filter(|&l| l != i1) {
                nu += c[j][l].abs() / c11 * &mu[l];
            }
            if nu >= a {
                return None;
            }
            let lhs = &t * (&a * &a - &nu * &nu);
            let rhs = q(2) * &a + &a * &rho2 + q(2) * &nu;
            if lhs < rhs {
                return None;
            }
        }
    }
    // (H4)
    if rho_k > &rho_bar * (&one - &tau) {
        return None;
    }
    Some(Escape {
        coordinate,
        b_bar,
        x_lo,
        rho_bar,
        eps_bar,
    })
}

/// Prove divergence with `backend` (`interval` or `mpfr:BITS`, doubling the precision up to
/// `max_bits` (at most [`MAX_AUTO_BITS`]) while the enclosure is the obstacle; `f64` runs but
/// is never verified).
///
/// # Errors
/// [`Error::BadInput`] for `--backend rational`.
pub fn prove_divergence(
    problem: &ImplicitBiasProblem,
    backend: Backend,
    max_bits: u32,
) -> Result<Certificate, Error> {
    let max_bits = max_bits.min(MAX_AUTO_BITS);
    let start = Instant::now();
    let mut cert = match backend {
        Backend::F64 => run::<f64>(problem, ()),
        Backend::Interval => run::<crate::arith::DoubleInterval>(problem, crate::arith::DOUBLE_CTX),
        Backend::Mpfr(bits) => {
            with_doubling_precision(bits, max_bits, |b| run::<MpfrInterval>(problem, b))
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

/// Why a dln-divergence claim is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum DlnDivergenceReason {
    /// The state enclosure lost its digits at this step (more precision may help).
    LostDigits {
        /// The step.
        step: u64,
    },
    /// The state left the range the checker replays at this step.
    OutOfRange {
        /// The step.
        step: u64,
    },
    /// The residual is tiny at this step: the run appears to converge.
    Converges {
        /// The step.
        step: u64,
        /// The residual, approximately.
        rho: f64,
    },
    /// The f64 backend proves nothing.
    FloatBackend,
    /// No escape within the step budget.
    NoEscape {
        /// The step budget.
        max_steps: u64,
    },
}

impl Reason for DlnDivergenceReason {
    fn text(&self) -> String {
        use DlnDivergenceReason as R;
        match self {
            R::LostDigits { step } => format!(
                "step {step}: the enclosure of the state lost its digits before the escape \
                 lemma applied; more precision may help"
            ),
            R::OutOfRange { step } => format!(
                "step {step}: the state left the range 2^±{MAX_STATE_LOG2} the checker replays \
                 before the escape lemma applied"
            ),
            R::Converges { step, rho } => format!(
                "step {step}: the residual is ≈ {rho:.1e}: the run appears to converge (no \
                 divergence to prove)"
            ),
            R::FloatBackend => "the f64 backend proves nothing".into(),
            R::NoEscape { max_steps } => format!(
                "no escape proved within {max_steps} steps (the run may converge, oscillate, or \
                 diverge later)"
            ),
        }
    }
}

/// The evidence of a run stopped before the escape lemma: the precision and whether more
/// of it may help (both fields of [`DlnEvidence`], tested).
#[derive(Serialize)]
struct Unfinished {
    precision_bits: Option<u32>,
    precision_limited: bool,
}

/// The evidence of a `dln-divergence` certificate: complete (the checker's type), or
/// [`Unfinished`].
#[derive(Serialize)]
#[serde(untagged)]
enum DlnOutcome {
    Complete(DlnEvidence),
    Unfinished(Unfinished),
}

fn run<S: Scalar>(problem: &ImplicitBiasProblem, ctx: S::Ctx) -> Certificate {
    claim::<S>(problem, ctx).into_certificate()
}

fn claim<S: Scalar>(problem: &ImplicitBiasProblem, ctx: S::Ctx) -> DlnDivergenceClaim<DlnOutcome> {
    let mut cert = DlnDivergenceClaim {
        schema: SCHEMA.into(),
        model: problem.model_info(),
        eta: Some(format_exact(&problem.gamma)),
        backend: crate::certify::backend::<S>(&ctx),
        rigorous: S::RIGOROUS,
        verified: false,
        reason: String::new(),
        quantities: DlnDivergenceQuantities::default(),
        evidence: DlnOutcome::Unfinished(Unfinished {
            precision_bits: S::precision_bits(&ctx),
            precision_limited: false,
        }),
        elapsed_s: 0.0,
    };
    let data = &problem.data;
    let (n, d) = (data.n(), data.d());
    let b = problem.sampler.batch_size(n);
    let c = &problem.gamma / BigRational::from_integer(b.into());
    let net = Network::<S>::new(data, &c, &ctx);
    let mut state = State::<S>::start(&problem.alpha, d, &ctx);
    let mut batches = problem.sampler.batches(n);
    let three = S::from_int(3, &ctx);
    for k in 0..problem.max_steps {
        let batch = batches.next().expect("infinite stream");
        let xs = state.step(&net, &batch);
        let steps = k + 1;
        let bounded = state
            .wp
            .iter()
            .chain(&state.wm)
            .all(|v| v.bounds().is_some() && v.width_f64() <= 1e-6 * v.to_f64().abs().max(1.0));
        if !bounded {
            cert.reason = DlnDivergenceReason::LostDigits { step: steps }.text();
            cert.evidence = DlnOutcome::Unfinished(Unfinished {
                precision_bits: S::precision_bits(&ctx),
                precision_limited: true,
            });
            return cert;
        }
        if !within_checker_range(&state) {
            cert.reason = DlnDivergenceReason::OutOfRange { step: steps }.text();
            return cert;
        }
        if xs.iter().all(|x| x.abs().lt(&three).is_certain()) {
            let rho = net
                .residuals(&state.beta(), 0..n)
                .iter()
                .map(|r| r.abs().to_f64())
                .fold(0.0, f64::max);
            if rho < 1e-30 {
                cert.reason = DlnDivergenceReason::Converges { step: steps, rho }.text();
                return cert;
            }
            continue;
        }
        if let Some(escape) = try_escape(problem, &state) {
            cert.quantities.escape_step =
                Some(Enclosure::exact(&BigRational::from_integer(steps.into())));
            cert.quantities.diverges = Some(true);
            cert.evidence = DlnOutcome::Complete(DlnEvidence {
                precision_bits: S::precision_bits(&ctx),
                precision_limited: false,
                steps,
                coordinate: escape.coordinate,
            });
            if S::RIGOROUS {
                cert.verified = true;
            } else {
                cert.reason = DlnDivergenceReason::FloatBackend.text();
            }
            return cert;
        }
    }
    cert.reason = DlnDivergenceReason::NoEscape {
        max_steps: problem.max_steps,
    }
    .text();
    cert
}

/// Whether every endpoint of w₊, w₋ lies inside the checker's replay range, with a margin of
/// 2 in the exponent for the checker's own rounding ([`MAX_STATE_LOG2`]; exact test only for
/// states beyond the float range).
fn within_checker_range<S: Scalar>(state: &State<S>) -> bool {
    state.wp.iter().chain(&state.wm).all(|w| {
        let m = w.to_f64().abs();
        if m < 1e300 && m > 1e-300 {
            return true;
        }
        w.bounds().is_some_and(|(lo, hi)| {
            [lo, hi]
                .iter()
                .all(|q| q.is_zero() || log2_size(q).unsigned_abs() + 2 <= MAX_STATE_LOG2)
        })
    })
}

/// The exact bounds of the state and the lemma on the [`CANDIDATES`] largest coordinates.
fn try_escape<S: Scalar>(problem: &ImplicitBiasProblem, state: &State<S>) -> Option<Escape> {
    let beta = state.beta();
    let mut beta_abs_lo = Vec::new();
    let mut d_hi = Vec::new();
    let mut zeta_hi = Vec::new();
    for (i, b) in beta.iter().enumerate() {
        let (lo, hi) = b.bounds()?;
        beta_abs_lo.push(if lo.is_positive() {
            lo
        } else if hi.is_negative() {
            -hi
        } else {
            BigRational::zero()
        });
        let dd = state.wp[i].sqr() + state.wm[i].sqr();
        d_hi.push(dd.bounds()?.1);
        zeta_hi.push(
            (state.wp[i].clone() * state.wm[i].clone())
                .abs()
                .bounds()?
                .1,
        );
    }
    let input = EscapeInput {
        data: &problem.data,
        gamma: &problem.gamma,
        sampler: problem.sampler,
        beta_abs_lo: &beta_abs_lo,
        d_hi: &d_hi,
        zeta_hi: &zeta_hi,
    };
    let mut order: Vec<usize> = (0..beta.len()).collect();
    order.sort_by(|&i, &j| {
        d_hi[j]
            .to_f64()
            .unwrap_or(0.0)
            .total_cmp(&d_hi[i].to_f64().unwrap_or(0.0))
    });
    order
        .into_iter()
        .take(CANDIDATES)
        .find_map(|i| escape_lemma(&input, i))
}

#[cfg(test)]
mod unfinished_tests {
    use super::*;

    /// The stopped run's evidence names only fields of the checker's type.
    #[test]
    fn unfinished_evidence_keys_are_the_checkers_fields() {
        let value = crate::certify::evidence(Unfinished {
            precision_bits: Some(64),
            precision_limited: true,
        });
        let known = eoscert_check::evidence::field_names::<DlnEvidence>();
        let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 2);
        assert!(keys.iter().all(|k| known.contains(&k.as_str())), "{keys:?}");
    }
}
