//! The `implicit-bias` claim: (S)GD on the diagonal linear network β = u ⊙ v (Even et al.).
//!
//! # Inputs
//! `model = {kind: "diagonal", dim: d, data: [[x1, …, xd, y], …], alpha: α, [batch, seed]}`
//! (no `target`, `depth`, `phi`), `eta` = the stepsize γ > 0, α > 0, 1 ≤ d ≤ 64; with `batch`
//! (SGD by random reshuffling) also `seed` and `batch | n`; n ≤ 64.
//!
//! # Evidence
//! ```text
//! {"precision_bits": P, "steps": K, "tail": {"s0": s₀, "tau": τ, ["lambda": Λ (GD only)]},
//!  "kkt":  {"box": Λ, "mid": [..], "c": [[..]]},      (implicit-bias KKT system)
//!  "flow": {"box": Λ, "mid": [..], "c": [[..]]},     (gradient-flow KKT system)
//!  "sharpness": {"vector": [..], "shift": u},          (with `sharpness_limit`)
//!  "sharpness_checkpoints": [{"vector", "shift"}, ..], (with `sharpness`, `sharpness_steps`)
//!  "shadow": {"witness_steps": [0, ..], "lambdas": [Λ̄, ..]}}  (optional: the shadow replay)
//! ```
//!
//! # What the checker does
//! 1. With `shadow` (what the prover writes): replays the *shadow* of K steps
//!    (`eoscert::certify::implicit_bias::shadow`, lemma and proof there): a thin centre stepped
//!    by `State::step` at P bits and re-centred on its box's midpoint, and the radius
//!    ε_{k+1} = L_kε_k + δ_k in exact rationals rounded up, L_k = max(1, cϱΛ̄ − 1) + X̄_k; at
//!    each witness step it takes its own D̄ (its ball's bound of w₊² + w₋², rounded up) and
//!    re-proves Λ̄ ≥ λ_max(X_B D̄ X_Bᵀ) (GD: exact LDLᵀ of Λ̄I − X D̄ Xᵀ; SGD: the Gershgorin
//!    bound over b-subsets). It proves |γg_{k,i}| < 1 on every ball. Cost: K centre steps,
//!    O(d) rational operations per step, at most [`MAX_SHADOW_WITNESSES`] n×n LDLᵀ.
//!    Without `shadow`: replays K steps of `State::step` as an interval iteration (same order,
//!    every operation rounded outward at P bits), proving |γg_{k,i}| < 1 at every step.
//!    Either way the batches come from the documented sampler.
//! 2. Requires K to be a multiple of the epoch length n/b (SGD) and re-proves the tail lemma
//!    (`eoscert::certify::implicit_bias::tail`, stated and proved there: the residual contracts in
//!    the norm of the frozen kernel G₀ = X diag(D₀) Xᵀ) in exact rational arithmetic from the
//!    witnesses s₀, τ ≤ λ_min(G₀) and (GD) Λ ≥ λ_max(G₀), each re-proved by an exact LDLᵀ.
//!    Cost: two n×n exact factorisations, n ≤ [`MAX_SAMPLES`], witnesses ≤ [`MAX_WITNESS_BITS`] bits.
//! 3. Builds the enclosures of β∞, gain, α∞² and δ (formulas in
//!    `eoscert::certify::implicit_bias`) with its own `exp`/`ln` ([`super::elementary`]) and
//!    requires every claimed `beta_limit` / `gain` entry to contain its own.
//! 4. Re-evaluates the Krawczyk operator on both given boxes with its own arithmetic, requires
//!    K(Λ) ⊂ int Λ, and requires the claimed `beta_implicit` / `beta_flow` to contain
//!    a ⊙ sinh(Xᵀ(K(Λ) ∩ Λ) − δ).
//! 5. `equal: true` requires its own enclosures of β∞ and of the implicit solution to intersect
//!    in every coordinate; `steps` must be exactly K.
//! 6. `sharpness` (optional, with `sharpness_steps`): at each listed step k ≤ K (kept during the
//!    replay of 1.) builds ∇²F(w_k) = JᵀHJ + diag(g, −g) (derivation in
//!    `eoscert::certify::implicit_bias::sharpness`) from its own enclosure of (w₊_k, w₋_k) and
//!    re-proves the Rayleigh lower bound and the LDLᵀ upper bound from
//!    `evidence.sharpness_checkpoints[j].{vector, shift}`.

use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde_json::Value;

use super::elementary::{exp, ln};
use super::interval::{RatInterval, Rounded, round_down, round_up};
use super::trajectory::{prove_pd, rayleigh};
use super::{CheckFailure, enclosure, exact, only_known_quantities, precision_bits};
pub use crate::caps::implicit_bias::*;
use crate::sgd::Sampler;
use crate::{Certificate, Quantity};

/// The grid of the LDLᵀ upper bound of `sharpness` along the run.
const LDL_BITS: u32 = 192;

pub(crate) const KNOWN: &[&str] = &[
    "sharpness",
    "sharpness_steps",
    "sharpness_limit",
    "stepsize_times_sharpness",
    "beta_limit",
    "beta_implicit",
    "beta_flow",
    "gain",
    "equal",
    "steps",
    "failure_probability",
    "route_stepsize_condition",
    "hypothesis_stepsize_condition",
];

/// The validated inputs of an implicit-bias certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Rows of X.
    pub x: Vec<Vec<BigRational>>,
    /// Targets.
    pub y: Vec<BigRational>,
    /// α.
    pub alpha: BigRational,
    /// γ.
    pub gamma: BigRational,
    /// The sampler.
    pub sampler: Sampler,
}

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// `evidence.steps`: the replay length K, an integer in 1..=[`MAX_STEPS`].
///
/// # Errors
/// [`CheckFailure::Rejected`] if it is missing or out of range.
pub(crate) fn replay_steps(evidence: &Value) -> Result<u64, CheckFailure> {
    evidence
        .get("steps")
        .and_then(Value::as_u64)
        .filter(|k| (1..=MAX_STEPS).contains(k))
        .ok_or_else(|| {
            rej(
                "evidence.steps",
                format!("expected an integer in 1..={MAX_STEPS}"),
            )
        })
}

/// Require the quantity `name` to be the point enclosure of the integer `k` (`steps`,
/// `escape_step`).
///
/// # Errors
/// [`CheckFailure::Rejected`] otherwise.
pub(crate) fn require_count(cert: &Certificate, name: &str, k: u64) -> Result<(), CheckFailure> {
    let field = format!("quantities.{name}");
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e))
            if e.lo == e.hi && exact(&field, &e.lo)? == BigRational::from_integer(k.into()) =>
        {
            Ok(())
        }
        _ => Err(rej(&field, format!("expected exactly {k}"))),
    }
}

/// Parse and validate the inputs.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the bad field.
pub fn parse_inputs(cert: &Certificate) -> Result<Inputs, CheckFailure> {
    let m = &cert.model;
    if m.kind != "diagonal" {
        return Err(rej(
            "model.kind",
            "claim implicit-bias needs model kind diagonal",
        ));
    }
    if m.depth.is_some() || m.phi.is_some() || !m.target.is_empty() {
        return Err(rej("model", "a diagonal model has no depth, phi or target"));
    }
    let d = m.dim.ok_or_else(|| rej("model.dim", "missing"))?;
    if !(1..=MAX_DIM).contains(&d) {
        return Err(rej("model.dim", format!("d must lie in 1..={MAX_DIM}")));
    }
    let rows = m
        .data
        .as_ref()
        .ok_or_else(|| rej("model.data", "missing"))?;
    if rows.is_empty() {
        return Err(rej("model.data", "no samples"));
    }
    let mut x = Vec::new();
    let mut y = Vec::new();
    for (j, row) in rows.iter().enumerate() {
        if row.len() != d + 1 {
            return Err(rej(
                &format!("model.data[{j}]"),
                format!("expected d + 1 = {} numbers", d + 1),
            ));
        }
        let mut vals = row
            .iter()
            .enumerate()
            .map(|(i, s)| exact(&format!("model.data[{j}][{i}]"), s))
            .collect::<Result<Vec<_>, _>>()?;
        y.push(vals.pop().expect("d + 1 ≥ 2"));
        x.push(vals);
    }
    let alpha = exact("model.alpha", m.alpha.as_deref().unwrap_or(""))?;
    let gamma = exact("eta", cert.eta.as_deref().unwrap_or(""))?;
    if !alpha.is_positive() || !gamma.is_positive() {
        return Err(rej("eta", "α and γ must be > 0"));
    }
    let n = x.len();
    if n > MAX_SAMPLES {
        return Err(rej("model.data", format!("n must be ≤ {MAX_SAMPLES}")));
    }
    let sampler = match (m.batch, m.seed) {
        (None, None) if m.sampler.is_some() => {
            return Err(rej("model.sampler", "a sampler needs batch and seed"));
        }
        (None, None) => Sampler::Full,
        (Some(b), Some(seed)) => match m.sampler.as_deref() {
            None => Sampler::sgd(b, seed, n).map_err(|e| rej("model.batch", e.to_string()))?,
            Some("with-replacement") => {
                if b == 0 || b > n {
                    return Err(rej("model.batch", "expected 1 ≤ batch ≤ n"));
                }
                Sampler::WithReplacement { batch: b, seed }
            }
            Some(other) => {
                return Err(rej(
                    "model.sampler",
                    format!(
                        "unknown sampler {other:?} (with-replacement, or absent for reshuffling)"
                    ),
                ));
            }
        },
        _ => return Err(rej("model.batch", "batch and seed come together")),
    };
    Ok(Inputs {
        x,
        y,
        alpha,
        gamma,
        sampler,
    })
}

/// The replay length `K` is a multiple of the epoch (the SGD tail lemma starts at an epoch
/// boundary).
fn check_epoch(inp: &Inputs, steps: u64) -> Result<(), CheckFailure> {
    let epoch = inp.sampler.epoch_len(inp.x.len()) as u64;
    if !steps.is_multiple_of(epoch) {
        return Err(rej(
            "evidence.steps",
            format!(
                "the SGD tail lemma starts at an epoch boundary; K = {steps} is not a multiple of {epoch}"
            ),
        ));
    }
    Ok(())
}

/// The tail lemma of the sampler: with replacement, the probabilistic lemma with
/// `failure_probability` ∋ 2^(1−h); otherwise the deterministic lemma, and no
/// `failure_probability`.
fn check_tail(
    cert: &Certificate,
    inp: &Inputs,
    run: &Run,
    witness: &TailWitness,
) -> Result<Tail, CheckFailure> {
    match witness.iid {
        Some((window, h)) => {
            let p = BigRational::new(1.into(), num_bigint::BigInt::one() << (h - 1));
            match cert.quantities.get("failure_probability") {
                Some(Quantity::Enclosure(e))
                    if enclosure("quantities.failure_probability", e)?.contains(&p) => {}
                _ => {
                    return Err(rej(
                        "quantities.failure_probability",
                        format!(
                            "with-replacement sampling: must contain 2^(1−h) = 2^-{}",
                            h - 1
                        ),
                    ));
                }
            }
            tail_lemma_iid(inp, run, witness, window, h)
        }
        None => {
            if cert.quantities.contains_key("failure_probability") {
                return Err(rej(
                    "quantities.failure_probability",
                    "only with-replacement certificates are probabilistic",
                ));
            }
            tail_lemma(inp, run, witness)
        }
    }
}

/// The implicit-bias and gradient-flow KKT solutions (Krawczyk, [`kkt`]) inside
/// `beta_implicit` and `beta_flow`, and `equal: true` proved (the limit meets the implicit
/// solution in every coordinate).
fn check_solutions(
    cert: &Certificate,
    inp: &Inputs,
    consts: &Consts,
    lim: &Limits,
    r: Rounded,
    bits: u32,
) -> Result<(), CheckFailure> {
    let ev = &cert.evidence;
    let implicit = kkt(
        consts,
        &lim.a,
        &lim.delta,
        &ev["kkt"],
        "evidence.kkt",
        r,
        bits,
    )?;
    require_array(cert, "beta_implicit", &implicit)?;
    let d = inp.x[0].len();
    let alpha2 = vec![r.constant(&(&inp.alpha * &inp.alpha)); d];
    let zero = vec![RatInterval::from_int(0); d];
    let flow = kkt(
        consts,
        &alpha2,
        &zero,
        &ev["flow"],
        "evidence.flow",
        r,
        bits,
    )?;
    require_array(cert, "beta_flow", &flow)?;
    let meet = lim
        .beta
        .iter()
        .zip(&implicit)
        .all(|(a, b)| a.lo <= b.hi && b.lo <= a.hi);
    match cert.quantities.get("equal") {
        Some(Quantity::Bool(true)) if meet => Ok(()),
        Some(Quantity::Bool(true)) => Err(rej(
            "quantities.equal",
            "the checker's enclosures of the limit and the implicit solution are disjoint",
        )),
        _ => Err(rej(
            "quantities.equal",
            "a verified certificate must say equal: true",
        )),
    }
}

/// Re-verify a `verified: true` certificate: the replay (`check_epoch`, `replay_keeping`),
/// the tail lemma (`check_tail`), the limits (`limits`), the KKT solutions
/// (`check_solutions`), the hypotheses, and the sharpness along the run and at the limit.
///
/// # Errors
/// [`CheckFailure::Rejected`] at the first failed step.
pub fn check(cert: &Certificate, inp: &Inputs) -> Result<Vec<String>, CheckFailure> {
    only_known_quantities(cert, KNOWN)?;
    let ev = &cert.evidence;
    let bits = precision_bits(ev)?;
    let steps = replay_steps(ev)?;
    let iid = matches!(inp.sampler, Sampler::WithReplacement { .. });
    let witness = tail_witness(ev, inp.sampler == Sampler::Full, iid)?;
    check_epoch(inp, steps)?;
    require_count(cert, "steps", steps)?;
    let r = Rounded::new(Some(bits));
    let along = checkpoint_steps(cert, steps)?;
    let keep = along.as_deref().unwrap_or(&[]);
    let shadow = shadow_witnesses(ev, steps)?;
    let (run, kept) = match &shadow {
        Some(w) => shadow_replay_keeping(inp, steps, r, w, keep)?,
        None => replay_keeping(inp, steps, r, true, keep)?,
    };
    let tail = check_tail(cert, inp, &run, &witness)?;
    let lim = limits(inp, &run, &tail, r, bits)?;
    require_array(cert, "beta_limit", &lim.beta)?;
    require_array(cert, "gain", &lim.gain)?;
    let consts = Consts::new(inp, r);
    check_solutions(cert, inp, &consts, &lim, r, bits)?;
    let mut details = vec![
        match &shadow {
            Some(w) => format!(
                "shadow of {steps} steps replayed at {bits} bits (centre and proved radius, {} Λ̄ witnesses re-proved), |γg| < 1 on every ball",
                w.len()
            ),
            None => format!("replayed {steps} steps at {bits} bits, |γg| < 1 at every step"),
        },
        format!(
            "tail lemma re-proved (G₀⁻¹-norm contraction of the residual): Σ|x| ≤ {:.3e}, Σx² ≤ {:.3e}",
            tail.s.to_f64().unwrap_or(f64::NAN),
            tail.t2.to_f64().unwrap_or(f64::NAN)
        ),
        "beta_limit and gain contain the checker's enclosures".into(),
        "Krawczyk K(Λ) ⊂ int Λ re-verified for the implicit-bias and gradient-flow KKT systems; beta_implicit, beta_flow contain the checker's enclosures".into(),
        "equal: the limit and the implicit-bias solution intersect in every coordinate".into(),
        super::hypotheses::implicit_bias(cert, &inp.x, &inp.y, &inp.alpha, &inp.gamma)?,
    ];
    if let Some(along) = &along {
        sharpness_along(cert, &consts, along, &kept, r)?;
        details.push(format!(
            "sharpness: λ_max(∇²F(w_k)) re-proved at {} steps of the run (Rayleigh and LDLᵀ)",
            along.len()
        ));
    }
    if sharpness(cert, inp, &consts, &lim.d, r)? {
        details.push(
            "sharpness_limit: Rayleigh lower bound and LDLᵀ upper bound of λ_max((1/n)X diag(D∞)Xᵀ) \
             re-proved; stepsize_times_sharpness contains γ times it"
                .into(),
        );
    }
    Ok(details)
}

/// `sharpness_limit` (optional; with `stepsize_times_sharpness`): λ_max of
/// (1/n)·X·diag(D∞)·Xᵀ, D∞ = w₊∞² + w₋∞² (`certify::implicit_bias::sharpness`), from
/// `evidence.sharpness.{vector, shift}`. `Ok(false)` when absent.
fn sharpness(
    cert: &Certificate,
    inp: &Inputs,
    c: &Consts,
    d_inf: &[RatInterval],
    r: Rounded,
) -> Result<bool, CheckFailure> {
    let claimed = |name: &str| match cert.quantities.get(name) {
        None => Ok(None),
        Some(Quantity::Enclosure(e)) => enclosure(&format!("quantities.{name}"), e).map(Some),
        Some(_) => Err(rej(&format!("quantities.{name}"), "expected an enclosure")),
    };
    let (Some(s), gs) = (
        claimed("sharpness_limit")?,
        claimed("stepsize_times_sharpness")?,
    ) else {
        if cert.quantities.contains_key("stepsize_times_sharpness") {
            return Err(rej(
                "quantities.stepsize_times_sharpness",
                "given without sharpness_limit",
            ));
        }
        return Ok(false);
    };
    let n = inp.x.len();
    let inv_n = r.constant(&BigRational::new(1.into(), (n as i64).into()));
    let g: Vec<Vec<RatInterval>> = (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    let mut acc = r.mul(&r.mul(&c.x[j][0], &d_inf[0]), &c.x[l][0]);
                    for (i, di) in d_inf.iter().enumerate().skip(1) {
                        acc = r.add(&acc, &r.mul(&r.mul(&c.x[j][i], di), &c.x[l][i]));
                    }
                    r.mul(&acc, &inv_n)
                })
                .collect()
        })
        .collect();
    let ev = &cert.evidence["sharpness"];
    let v = ev["vector"]
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| rej("evidence.sharpness.vector", format!("expected {n} entries")))?
        .iter()
        .enumerate()
        .map(|(i, e)| {
            exact(
                &format!("evidence.sharpness.vector[{i}]"),
                e.as_str().unwrap_or(""),
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let u = exact(
        "evidence.sharpness.shift",
        ev["shift"].as_str().unwrap_or(""),
    )?;
    let rq = rayleigh(&g, &v)?;
    if s.lo > rq.lo || s.hi < u {
        return Err(rej(
            "quantities.sharpness_limit",
            format!(
                "{s} does not contain [{}, {u}] (Rayleigh bound, shift)",
                rq.lo
            ),
        ));
    }
    prove_pd(&g, &u, r)?;
    if let Some(gs) = gs
        && (gs.lo > &inp.gamma * &rq.lo || gs.hi < &inp.gamma * &u)
    {
        return Err(rej(
            "quantities.stepsize_times_sharpness",
            format!("{gs} does not contain γ·[{}, {u}]", rq.lo),
        ));
    }
    Ok(true)
}

/// The steps of `sharpness_steps` (`None` when neither it nor `sharpness` is given): exact
/// integers, strictly increasing, at most K, at most [`MAX_SHARPNESS_CHECKPOINTS`].
fn checkpoint_steps(cert: &Certificate, k: u64) -> Result<Option<Vec<u64>>, CheckFailure> {
    let field = "quantities.sharpness_steps";
    let (values, steps) = match (
        cert.quantities.get("sharpness"),
        cert.quantities.get("sharpness_steps"),
    ) {
        (None, None) => return Ok(None),
        (Some(Quantity::Array(v)), Some(Quantity::Array(s))) => (v, s),
        _ => {
            return Err(rej(
                "quantities.sharpness",
                "sharpness and sharpness_steps come together, as arrays",
            ));
        }
    };
    if values.len() != steps.len() || steps.is_empty() || steps.len() > MAX_SHARPNESS_CHECKPOINTS {
        return Err(rej(
            field,
            format!("expected 1..={MAX_SHARPNESS_CHECKPOINTS} steps, one per sharpness entry"),
        ));
    }
    let mut out: Vec<u64> = Vec::with_capacity(steps.len());
    for (j, e) in steps.iter().enumerate() {
        let f = format!("{field}[{j}]");
        let lo = exact(&f, &e.lo)?;
        let step = (lo == exact(&f, &e.hi)? && lo.is_integer())
            .then(|| lo.to_integer().to_u64())
            .flatten()
            .filter(|s| *s <= k && out.last().is_none_or(|p| p < s))
            .ok_or_else(|| {
                rej(
                    &f,
                    format!("expected an exact integer step ≤ K = {k}, above the previous one"),
                )
            })?;
        out.push(step);
    }
    Ok(Some(out))
}

/// `sharpness` along the run: at each kept state, λ_max(JᵀHJ + diag(g, −g)) (w coordinates,
/// `certify::implicit_bias::sharpness`), H = XᵀX/n, g = Xᵀ(Xβ − y)/n, J = [diag w₊, −diag w₋],
/// enclosed from `evidence.sharpness_checkpoints[j]` by the Rayleigh quotient and an LDLᵀ
/// proof, rounded outward at the certificate's precision.
fn sharpness_along(
    cert: &Certificate,
    c: &Consts,
    steps: &[u64],
    kept: &[(Vec<RatInterval>, Vec<RatInterval>)],
    r: Rounded,
) -> Result<(), CheckFailure> {
    let Some(Quantity::Array(claimed)) = cert.quantities.get("sharpness") else {
        return Err(rej("quantities.sharpness", "expected an array"));
    };
    let ev = cert.evidence["sharpness_checkpoints"]
        .as_array()
        .filter(|a| a.len() == steps.len())
        .ok_or_else(|| {
            rej(
                "evidence.sharpness_checkpoints",
                format!("expected {} entries", steps.len()),
            )
        })?;
    let (n, d) = (c.x.len(), c.x[0].len());
    let inv_n = r.constant(&BigRational::new(1.into(), (n as i64).into()));
    let h: Vec<Vec<RatInterval>> = (0..d)
        .map(|i| {
            (0..d)
                .map(|k| {
                    let mut acc = r.mul(&c.x[0][i], &c.x[0][k]);
                    for row in c.x.iter().skip(1) {
                        acc = r.add(&acc, &r.mul(&row[i], &row[k]));
                    }
                    r.mul(&acc, &inv_n)
                })
                .collect()
        })
        .collect();
    for (j, ((wp, wm), e)) in kept.iter().zip(ev).enumerate() {
        super::budget::tick()?;
        let field = format!("evidence.sharpness_checkpoints[{j}]");
        let beta = beta_of(wp, wm, r);
        let res: Vec<RatInterval> = (0..n).map(|l| residual(c, &beta, l, r)).collect();
        let g: Vec<RatInterval> = (0..d)
            .map(|i| {
                let mut acc = r.mul(&c.x[0][i], &res[0]);
                for (row, rl) in c.x.iter().zip(&res).skip(1) {
                    acc = r.add(&acc, &r.mul(&row[i], rl));
                }
                r.mul(&acc, &inv_n)
            })
            .collect();
        // Column a of J: coordinate a mod d, weight w₊ (a < d) or −w₋.
        let col = |a: usize| {
            if a < d {
                (a, wp[a].clone())
            } else {
                (a - d, wm[a - d].neg())
            }
        };
        let hess: Vec<Vec<RatInterval>> = (0..2 * d)
            .map(|a| {
                (0..2 * d)
                    .map(|b| {
                        let ((i, ja), (k, jb)) = (col(a), col(b));
                        let v = r.mul(&r.mul(&ja, &h[i][k]), &jb);
                        match a.cmp(&b) {
                            std::cmp::Ordering::Equal if a < d => r.add(&v, &g[i]),
                            std::cmp::Ordering::Equal => r.sub(&v, &g[i]),
                            _ => v,
                        }
                    })
                    .collect()
            })
            .collect();
        let v = e["vector"]
            .as_array()
            .filter(|a| a.len() == 2 * d)
            .ok_or_else(|| {
                rej(
                    &format!("{field}.vector"),
                    format!("expected {} entries", 2 * d),
                )
            })?
            .iter()
            .enumerate()
            .map(|(i, x)| exact(&format!("{field}.vector[{i}]"), x.as_str().unwrap_or("")))
            .collect::<Result<Vec<_>, _>>()?;
        let u = exact(&format!("{field}.shift"), e["shift"].as_str().unwrap_or(""))?;
        let s = enclosure(&format!("quantities.sharpness[{j}]"), &claimed[j])?;
        let rq = rayleigh(&hess, &v)?;
        if s.lo > rq.lo || s.hi < u {
            return Err(rej(
                &format!("quantities.sharpness[{j}]"),
                format!(
                    "step {}: {s} does not contain [{}, {u}] (Rayleigh bound, shift)",
                    steps[j], rq.lo
                ),
            ));
        }
        // The upper bound needs no more than the shift's slack (≥ 2⁻¹⁰⁵·|λ| by the prover's
        // search): the LDLᵀ runs on the Hessian rounded outward to a coarser grid (a wider
        // interval matrix, so a proof for it is a proof for the exact one).
        let coarse = Rounded::new(Some(LDL_BITS.min(r.bits.unwrap_or(LDL_BITS))));
        let hess: Vec<Vec<RatInterval>> = hess
            .iter()
            .map(|row| row.iter().map(|v| v.round_out(coarse.bits)).collect())
            .collect();
        prove_pd(&hess, &u, coarse)?;
    }
    Ok(())
}

/// X, y and constants rounded onto the grid.
struct Consts {
    x: Vec<Vec<RatInterval>>,
    y: Vec<RatInterval>,
}

impl Consts {
    fn new(inp: &Inputs, r: Rounded) -> Self {
        Consts {
            x: inp
                .x
                .iter()
                .map(|row| row.iter().map(|v| r.constant(v)).collect())
                .collect(),
            y: inp.y.iter().map(|v| r.constant(v)).collect(),
        }
    }
}

/// The replayed state at step K.
pub(crate) struct Run {
    /// w₊_K.
    pub(crate) wp: Vec<RatInterval>,
    /// w₋_K.
    pub(crate) wm: Vec<RatInterval>,
    sum_x: Vec<RatInterval>,
    /// ρ_j ≥ |(Xβ_K − y)_j|.
    rho: Vec<BigRational>,
}

/// β = (w₊² − w₋²)/2 (order of `State::beta`).
pub(crate) fn beta_of(wp: &[RatInterval], wm: &[RatInterval], r: Rounded) -> Vec<RatInterval> {
    let half = r.constant(&BigRational::new(1.into(), 2.into()));
    wp.iter()
        .zip(wm)
        .map(|(p, m)| r.mul(&r.sub(&r.sqr(p), &r.sqr(m)), &half))
        .collect()
}

fn residual(c: &Consts, beta: &[RatInterval], j: usize, r: Rounded) -> RatInterval {
    let mut acc = r.mul(&c.x[j][0], &beta[0]);
    for (xi, bi) in c.x[j].iter().zip(beta).skip(1) {
        acc = r.add(&acc, &r.mul(xi, bi));
    }
    r.sub(&acc, &c.y[j])
}

/// Replay K steps of `State::step` at the grid `r`; with `unit`, require |γg| < 1 at every
/// step (the `implicit-bias` hypothesis), otherwise only bounded enclosures. Every step's
/// w₊, w₋ must stay in the range of [`MAX_STATE_LOG2`].
pub(crate) fn replay(
    inp: &Inputs,
    steps: u64,
    r: Rounded,
    unit: bool,
) -> Result<Run, CheckFailure> {
    replay_keeping(inp, steps, r, unit, &[]).map(|(run, _)| run)
}

/// (w₊_k, w₋_k) at the kept steps.
type Kept = Vec<(Vec<RatInterval>, Vec<RatInterval>)>;

/// [`replay`], also returning (w₊_k, w₋_k) for each k of `keep` (increasing, ≤ `steps`).
fn replay_keeping(
    inp: &Inputs,
    steps: u64,
    r: Rounded,
    unit: bool,
    keep: &[u64],
) -> Result<(Run, Kept), CheckFailure> {
    let c = Consts::new(inp, r);
    let (n, d) = (inp.x.len(), inp.x[0].len());
    let b = inp.sampler.batch_size(n);
    let cc = r.constant(&(&inp.gamma / BigRational::from_integer(b.into())));
    let one = RatInterval::from_int(1);
    let a = r.constant(&inp.alpha);
    let mut wp = vec![a.clone(); d];
    let mut wm = vec![a; d];
    let mut sum_x = vec![RatInterval::from_int(0); d];
    let mut batches = inp.sampler.batches(n);
    let mut kept = Vec::with_capacity(keep.len());
    for k in 0..steps {
        super::budget::tick()?;
        if keep.get(kept.len()) == Some(&k) {
            kept.push((wp.clone(), wm.clone()));
        }
        let batch = batches.next().expect("infinite stream");
        let beta = beta_of(&wp, &wm, r);
        let res: Vec<RatInterval> = batch.iter().map(|&j| residual(&c, &beta, j, r)).collect();
        for i in 0..d {
            let mut acc = r.mul(&c.x[batch[0]][i], &res[0]);
            for (t, &j) in batch.iter().enumerate().skip(1) {
                acc = r.add(&acc, &r.mul(&c.x[j][i], &res[t]));
            }
            let x = r.mul(&cc, &acc);
            if unit && !(x.lo > -BigRational::one() && x.hi < BigRational::one()) {
                return Err(rej(
                    "evidence.steps",
                    format!("step {k}, coordinate {i}: |γg| < 1 not proved ({x})"),
                ));
            }
            wp[i] = r.mul(&wp[i], &r.sub(&one, &x));
            wm[i] = r.mul(&wm[i], &r.add(&one, &x));
            sum_x[i] = r.add(&sum_x[i], &x);
        }
        let out_of_range =
            |q: &BigRational| !q.is_zero() && log2_size(q).unsigned_abs() > MAX_STATE_LOG2;
        if wp
            .iter()
            .chain(&wm)
            .any(|w| out_of_range(&w.lo) || out_of_range(&w.hi))
        {
            return Err(rej(
                "evidence.steps",
                format!(
                    "step {}: the replayed state leaves the checker's range 2^±{MAX_STATE_LOG2} \
                     (a diverging run does so a few steps after its escape)",
                    k + 1
                ),
            ));
        }
    }
    if keep.get(kept.len()) == Some(&steps) {
        kept.push((wp.clone(), wm.clone()));
    }
    let beta = beta_of(&wp, &wm, r);
    let rho = (0..n)
        .map(|j| {
            let v = residual(&c, &beta, j, r);
            v.lo.abs().max(v.hi.abs())
        })
        .collect();
    Ok((Run { wp, wm, sum_x, rho }, kept))
}

/// The shadow's witnesses: (step, Λ̄), steps strictly increasing from 0 and below K, at most
/// [`MAX_SHADOW_WITNESSES`], each Λ̄ > 0 of at most [`MAX_WITNESS_BITS`] bits.
fn shadow_witnesses(
    ev: &Value,
    steps: u64,
) -> Result<Option<Vec<(u64, BigRational)>>, CheckFailure> {
    let Some(v) = ev.get("shadow") else {
        return Ok(None);
    };
    let s: crate::evidence::ImplicitBiasShadow =
        serde_json::from_value(v.clone()).map_err(|e| rej("evidence.shadow", e.to_string()))?;
    if s.witness_steps.len() != s.lambdas.len() || s.lambdas.is_empty() {
        return Err(rej(
            "evidence.shadow",
            "witness_steps and lambdas: one Λ̄ per step, at least one",
        ));
    }
    if s.lambdas.len() > MAX_SHADOW_WITNESSES {
        return Err(rej(
            "evidence.shadow.lambdas",
            format!("at most {MAX_SHADOW_WITNESSES} witnesses"),
        ));
    }
    let ordered = s.witness_steps.first() == Some(&0)
        && s.witness_steps.windows(2).all(|w| w[0] < w[1])
        && s.witness_steps.last().is_some_and(|&k| k < steps);
    if !ordered {
        return Err(rej(
            "evidence.shadow.witness_steps",
            "expected 0 first, strictly increasing, below steps",
        ));
    }
    let mut out = Vec::with_capacity(s.lambdas.len());
    for (j, (k, l)) in s.witness_steps.iter().zip(&s.lambdas).enumerate() {
        let field = format!("evidence.shadow.lambdas[{j}]");
        let v = exact(&field, l)?;
        if !v.is_positive() || v.numer().bits() + v.denom().bits() > MAX_WITNESS_BITS {
            return Err(rej(
                &field,
                format!("expected Λ̄ > 0 of at most {MAX_WITNESS_BITS} bits"),
            ));
        }
        out.push((*k, v));
    }
    Ok(Some(out))
}

/// The constants of the shadow lemma (`eoscert::certify::implicit_bias::shadow`): c = γ/b and
/// cA, A = max_i Σ_j |X_ji|·max_l |X_jl|, rounded up.
fn shadow_ca(inp: &Inputs, c: &BigRational) -> BigRational {
    let kappa: Vec<BigRational> = inp
        .x
        .iter()
        .map(|r| {
            r.iter()
                .map(Signed::abs)
                .fold(BigRational::zero(), BigRational::max)
        })
        .collect();
    let a = (0..inp.x[0].len())
        .map(|i| {
            inp.x
                .iter()
                .zip(&kappa)
                .map(|(r, k)| r[i].abs() * k)
                .sum::<BigRational>()
        })
        .fold(BigRational::zero(), BigRational::max);
    up(&(c * a))
}

/// Prove the witness Λ̄ at D̄: GD, Λ̄I − X D̄ Xᵀ ≻ 0 by an exact LDLᵀ; SGD, Λ̄ ≥ the Gershgorin
/// bound over b-subsets of X D̄ Xᵀ.
fn prove_shadow_witness(
    inp: &Inputs,
    d_bar: &[BigRational],
    lambda: &BigRational,
    k: u64,
) -> Result<(), CheckFailure> {
    let g = frozen_kernel(inp, d_bar);
    let ok = match inp.sampler {
        Sampler::Full => positive_definite(shift_diag(&g, lambda, -1)),
        _ => *lambda >= gershgorin(&g, inp.sampler.batch_size(inp.x.len())),
    };
    if ok {
        Ok(())
    } else {
        Err(rej(
            "evidence.shadow.lambdas",
            format!("step {k}: Λ̄ ≥ λ_max(X_B D̄ X_Bᵀ) not proved"),
        ))
    }
}

/// The shadow replay (lemma and proof in `eoscert::certify::implicit_bias::shadow`): K steps of
/// the centre ĉ_k (thin, `State::step` at the grid `r`, then the midpoint rounded onto the
/// grid) with the radius ε_{k+1} = L_kε_k + δ_k, L_k = max(1, cϱΛ̄ − 1) + X̄_k, in exact rationals
/// rounded up; |x| < 1 proved on every ball. Returns the boxes ĉ_K ± ε_K (and at `keep`).
fn shadow_replay_keeping(
    inp: &Inputs,
    steps: u64,
    r: Rounded,
    witnesses: &[(u64, BigRational)],
    keep: &[u64],
) -> Result<(Run, Kept), CheckFailure> {
    let cst = Consts::new(inp, r);
    let n = inp.x.len();
    let c_exact = &inp.gamma / BigRational::from_integer(inp.sampler.batch_size(n).into());
    let step = CentreStep {
        cst: &cst,
        r,
        cc: r.constant(&c_exact),
    };
    let c_up = up(&c_exact);
    let ca = shadow_ca(inp, &c_exact);
    let mut s = Shadow::start(inp, r);
    let mut batches = inp.sampler.batches(n);
    let mut kept = Vec::with_capacity(keep.len());
    let mut next_w = 0usize;
    let mut d_bar: Vec<BigRational> = Vec::new();
    let mut lambda = BigRational::zero();
    for k in 0..steps {
        super::budget::tick()?;
        if keep.get(kept.len()) == Some(&k) {
            kept.push(s.balls());
        }
        let (pu, mu, d_hat) = s.bounds();
        if witnesses.get(next_w).is_some_and(|w| w.0 == k) {
            d_bar = d_hat.iter().map(up).collect();
            lambda = witnesses[next_w].1.clone();
            super::budget::tick_now()?;
            prove_shadow_witness(inp, &d_bar, &lambda, k)?;
            next_w += 1;
        }
        let ratio = up(&d_hat
            .iter()
            .zip(&d_bar)
            .map(|(h, b)| h / b)
            .fold(BigRational::zero(), BigRational::max));
        let norm2: BigRational = pu.iter().chain(&mu).map(|v| up(&(v * v))).sum();
        let e = up(&(sqrt_above(&norm2) * &s.eps + &s.eps * &s.eps / q(2)));
        let dx = up(&(&ca * e));
        let batch = batches.next().expect("infinite stream");
        let (x_bar, dev2) = step.apply(&mut s, &batch, &dx, k)?;
        let expand = &c_up * &ratio * &lambda - BigRational::one();
        let lip = up(&(expand.max(BigRational::one()) + x_bar + &dx));
        s.eps = up(&(&lip * &s.eps + sqrt_above(&dev2)));
        s.in_range(k)?;
    }
    if keep.get(kept.len()) == Some(&steps) {
        kept.push(s.balls());
    }
    let (wp, wm) = s.balls();
    let beta = beta_of(&wp, &wm, r);
    let rho = (0..n)
        .map(|j| {
            let v = residual(&cst, &beta, j, r);
            v.lo.abs().max(v.hi.abs())
        })
        .collect();
    Ok((
        Run {
            wp,
            wm,
            sum_x: s.sum_x,
            rho,
        },
        kept,
    ))
}

/// The shadow's state after k steps: the centres ĉ₊, ĉ₋ (on the grid), the radius ε_k and
/// Σ x (widened by the balls' deviation).
struct Shadow {
    cp: Vec<BigRational>,
    cm: Vec<BigRational>,
    eps: BigRational,
    sum_x: Vec<RatInterval>,
}

impl Shadow {
    /// The start α𝟙: exact only if α lies on the grid; else the ball around a.lo·𝟙 of radius
    /// 2d·width ≥ √(2d)·width holds it.
    fn start(inp: &Inputs, r: Rounded) -> Self {
        let d = inp.x[0].len();
        let a = r.constant(&inp.alpha);
        Shadow {
            eps: up(&(a.width() * q(2 * d as i64))),
            cp: vec![a.lo.clone(); d],
            cm: vec![a.lo; d],
            sum_x: vec![RatInterval::from_int(0); d],
        }
    }

    /// The balls ĉ₊ ± ε, ĉ₋ ± ε.
    fn balls(&self) -> (Vec<RatInterval>, Vec<RatInterval>) {
        let ball = |v: &[BigRational]| -> Vec<RatInterval> {
            v.iter()
                .map(|m| RatInterval {
                    lo: m - &self.eps,
                    hi: m + &self.eps,
                })
                .collect()
        };
        (ball(&self.cp), ball(&self.cm))
    }

    /// |ĉ₊|, |ĉ₋| rounded up onto the 64-bit grid (every bound below stays an upper bound and
    /// the rationals stay short) and d̂ = (|ĉ₊| + ε)² + (|ĉ₋| + ε)² per coordinate.
    fn bounds(&self) -> (Vec<BigRational>, Vec<BigRational>, Vec<BigRational>) {
        let pu: Vec<BigRational> = self.cp.iter().map(|v| up(&v.abs())).collect();
        let mu: Vec<BigRational> = self.cm.iter().map(|v| up(&v.abs())).collect();
        let d_hat = pu
            .iter()
            .zip(&mu)
            .map(|(p, m)| {
                let (p, m) = (up(&(p + &self.eps)), up(&(m + &self.eps)));
                up(&(&p * &p + &m * &m))
            })
            .collect();
        (pu, mu, d_hat)
    }

    /// Rejects a state outside the checker's range after step `k`.
    fn in_range(&self, k: u64) -> Result<(), CheckFailure> {
        let out_of_range =
            |q: &BigRational| !q.is_zero() && log2_size(q).unsigned_abs() > MAX_STATE_LOG2;
        if self.cp.iter().chain(&self.cm).any(out_of_range) || out_of_range(&self.eps) {
            return Err(rej(
                "evidence.steps",
                format!("step {}: the shadow leaves the checker's range", k + 1),
            ));
        }
        Ok(())
    }
}

/// One step of the thin centre (the order of `State::step` at the grid `r`), with c = γ/b.
struct CentreStep<'a> {
    cst: &'a Consts,
    r: Rounded,
    cc: RatInterval,
}

impl CentreStep<'_> {
    /// Step the centres on `batch` and add x to Σ x (widened by `dx`, the bound of x over the
    /// ball around the centre); |x| < 1 is proved on the ball. The new centres are the
    /// midpoints rounded down onto the grid. Returns X̄ = max |x| and Σ dev² (the rounding of
    /// the midpoints).
    fn apply(
        &self,
        s: &mut Shadow,
        batch: &[usize],
        dx: &BigRational,
        k: u64,
    ) -> Result<(BigRational, BigRational), CheckFailure> {
        let (r, cst) = (self.r, self.cst);
        let bits = r.bits.unwrap_or(64);
        let one = RatInterval::from_int(1);
        let wp: Vec<RatInterval> = s.cp.iter().map(|v| RatInterval::point(v.clone())).collect();
        let wm: Vec<RatInterval> = s.cm.iter().map(|v| RatInterval::point(v.clone())).collect();
        let beta = beta_of(&wp, &wm, r);
        let res: Vec<RatInterval> = batch.iter().map(|&j| residual(cst, &beta, j, r)).collect();
        let mut x_bar = BigRational::zero();
        let mut dev2 = BigRational::zero();
        for i in 0..wp.len() {
            let mut acc = r.mul(&cst.x[batch[0]][i], &res[0]);
            for (t, &j) in batch.iter().enumerate().skip(1) {
                acc = r.add(&acc, &r.mul(&cst.x[j][i], &res[t]));
            }
            let x = r.mul(&self.cc, &acc);
            let xt = RatInterval {
                lo: &x.lo - dx,
                hi: &x.hi + dx,
            };
            if !(xt.lo > -BigRational::one() && xt.hi < BigRational::one()) {
                return Err(rej(
                    "evidence.steps",
                    format!("step {k}, coordinate {i}: |γg| < 1 not proved on the ball ({xt})"),
                ));
            }
            x_bar = x_bar.max(x.lo.abs().max(x.hi.abs()));
            let sum = r.add(&s.sum_x[i], &x);
            s.sum_x[i] = RatInterval {
                lo: &sum.lo - dx,
                hi: &sum.hi + dx,
            };
            for (w, out) in [
                (r.mul(&wp[i], &r.sub(&one, &x)), &mut s.cp[i]),
                (r.mul(&wm[i], &r.add(&one, &x)), &mut s.cm[i]),
            ] {
                let m = round_down(&((&w.lo + &w.hi) / q(2)), bits);
                let dev = up(&(&w.hi - &m).max(&m - &w.lo));
                dev2 += up(&(&dev * &dev));
                *out = m;
            }
        }
        Ok((x_bar, dev2))
    }
}

/// The tail lemma's bounds.
struct Tail {
    s: BigRational,
    t2: BigRational,
    x_max: BigRational,
}

/// The hull trait for the few interval unions needed here.
trait Hull {
    fn hull(&self, other: &RatInterval) -> RatInterval;
}

impl Hull for RatInterval {
    fn hull(&self, other: &RatInterval) -> RatInterval {
        RatInterval {
            lo: self.lo.clone().min(other.lo.clone()),
            hi: self.hi.clone().max(other.hi.clone()),
        }
    }
}

fn q(n: i64) -> BigRational {
    BigRational::from_integer(n.into())
}

/// The witnesses of `evidence.tail`: s₀ ∈ (0, ½), τ > 0 and, for GD only, Λ > 0, each an exact
/// rational of at most [`MAX_WITNESS_BITS`] bits (numerator plus denominator).
struct TailWitness {
    s0: BigRational,
    tau: BigRational,
    lambda: Option<BigRational>,
    /// With-replacement sampling: (W, h).
    iid: Option<(u64, u64)>,
}

fn tail_witness(ev: &Value, full_batch: bool, iid: bool) -> Result<TailWitness, CheckFailure> {
    let t = &ev["tail"];
    if let Some(obj) = t.as_object()
        && let Some(k) = obj
            .keys()
            .find(|k| !["s0", "tau", "lambda", "window", "confidence_bits"].contains(&k.as_str()))
    {
        return Err(rej("evidence.tail", format!("unknown field {k}")));
    }
    let read = |k: &str| -> Result<BigRational, CheckFailure> {
        let field = format!("evidence.tail.{k}");
        let v = exact(&field, t[k].as_str().unwrap_or(""))?;
        if v.numer().bits() + v.denom().bits() > MAX_WITNESS_BITS {
            return Err(rej(&field, format!("at most {MAX_WITNESS_BITS} bits")));
        }
        Ok(v)
    };
    let s0 = read("s0")?;
    if !s0.is_positive() || s0 >= BigRational::new(1.into(), 2.into()) {
        return Err(rej("evidence.tail.s0", "expected 0 < s₀ < 1/2"));
    }
    let tau = read("tau")?;
    if !tau.is_positive() {
        return Err(rej("evidence.tail.tau", "expected τ > 0"));
    }
    let lambda = match (full_batch, t.get("lambda").is_some()) {
        (true, true) => Some(read("lambda")?),
        (false, false) => None,
        (true, false) => return Err(rej("evidence.tail.lambda", "GD needs Λ")),
        (false, true) => return Err(rej("evidence.tail.lambda", "only GD certificates carry Λ")),
    };
    let iid = match (
        iid,
        t.get("window").is_some() || t.get("confidence_bits").is_some(),
    ) {
        (true, _) => {
            let int = |k: &str, max: u64| {
                t[k].as_u64()
                    .filter(|v| (1..=max).contains(v))
                    .ok_or_else(|| {
                        rej(
                            &format!("evidence.tail.{k}"),
                            format!("expected an integer in 1..={max}"),
                        )
                    })
            };
            Some((
                int("window", MAX_WINDOW)?,
                int("confidence_bits", MAX_CONFIDENCE_BITS)?,
            ))
        }
        (false, true) => {
            return Err(rej(
                "evidence.tail",
                "window and confidence_bits belong to with-replacement sampling only",
            ));
        }
        (false, false) => None,
    };
    Ok(TailWitness {
        s0,
        tau,
        lambda,
        iid,
    })
}

/// 64-bit directed roundings of non-negative rationals (the tail lemma's grid).
fn up(x: &BigRational) -> BigRational {
    round_up(x, 64)
}

fn down(x: &BigRational) -> BigRational {
    round_down(x, 64)
}

/// An upper bound of √x, x ≥ 0 (relative error ≤ 2⁻⁶²): √x ≤ ⌈√⌈x·4^h⌉⌉/2^h with 4^h·x ≥ 2^128.
fn sqrt_above(x: &BigRational) -> BigRational {
    if !x.is_positive() {
        return BigRational::zero();
    }
    let e = x.numer().bits() as i64 - x.denom().bits() as i64;
    let h = ((130 - e) / 2).max(0) as u64 + 1;
    let scaled = x * BigRational::from_integer(num_bigint::BigInt::one() << (2 * h));
    let n = scaled.ceil().to_integer();
    let mut s = n.sqrt();
    if &s * &s < n {
        s += 1;
    }
    BigRational::new(s, num_bigint::BigInt::one() << h)
}

/// Exact LDLᵀ: is the symmetric rational matrix positive definite (every pivot > 0)?
#[allow(clippy::needless_range_loop)] // index notation of the formulas
fn positive_definite(a: Vec<Vec<BigRational>>) -> bool {
    let n = a.len();
    let mut m = a;
    for k in 0..n {
        let p = m[k][k].clone();
        if !p.is_positive() {
            return false;
        }
        for i in (k + 1)..n {
            let f = &m[i][k] / &p;
            if f.is_zero() {
                continue;
            }
            for j in (k + 1)..n {
                let t = &f * &m[k][j];
                m[i][j] -= t;
            }
        }
    }
    true
}

/// `sign·(G − t·I)`, i.e. G − tI (sign = 1) or tI − G (sign = −1).
fn shift_diag(g: &[Vec<BigRational>], t: &BigRational, sign: i64) -> Vec<Vec<BigRational>> {
    g.iter()
        .enumerate()
        .map(|(j, row)| {
            row.iter()
                .enumerate()
                .map(|(l, v)| {
                    let w = if j == l { v - t } else { v.clone() };
                    if sign > 0 { w } else { -w }
                })
                .collect()
        })
        .collect()
}

/// D₀ = ⌊D_lo(1 − s₀)²⌋₆₄ from the replayed state and e₀ = max D_hi/((1 − s₀)²D₀) − 1 (rounded up).
fn frozen_d(run: &Run, s0: &BigRational) -> Result<(Vec<BigRational>, BigRational), CheckFailure> {
    let one = BigRational::one();
    let f = (&one - s0) * (&one - s0);
    let mut d0 = Vec::with_capacity(run.wp.len());
    let mut e0 = BigRational::zero();
    for (p, m) in run.wp.iter().zip(&run.wm) {
        if !p.lo.is_positive() || !m.lo.is_positive() {
            return Err(rej("evidence.tail", "w₊ or w₋ is not proved positive at K"));
        }
        let lo = down(&((&p.lo * &p.lo + &m.lo * &m.lo) * &f));
        let hi = &p.hi * &p.hi + &m.hi * &m.hi;
        e0 = e0.max(&hi / (&f * &lo) - &one);
        d0.push(lo);
    }
    Ok((d0, up(&e0)))
}

/// G₀ = X diag(D₀) Xᵀ, exact.
#[allow(clippy::needless_range_loop)] // index notation of the formulas
fn frozen_kernel(inp: &Inputs, d0: &[BigRational]) -> Vec<Vec<BigRational>> {
    let (n, d) = (inp.x.len(), inp.x[0].len());
    let mut g = vec![vec![BigRational::zero(); n]; n];
    for j in 0..n {
        for l in j..n {
            let v: BigRational = (0..d).map(|i| &inp.x[j][i] * &inp.x[l][i] * &d0[i]).sum();
            g[j][l] = v.clone();
            g[l][j] = v;
        }
    }
    g
}

/// max_j (G_jj + the b − 1 largest |G_jl|, l ≠ j) ≥ λ_max(G_BB) for every b-subset B.
fn gershgorin(g: &[Vec<BigRational>], b: usize) -> BigRational {
    let n = g.len();
    (0..n)
        .map(|j| {
            let mut off: Vec<BigRational> =
                (0..n).filter(|&l| l != j).map(|l| g[j][l].abs()).collect();
            off.sort_unstable_by(|a, b| b.cmp(a));
            &g[j][j] + off.into_iter().take(b - 1).sum::<BigRational>()
        })
        .fold(BigRational::zero(), BigRational::max)
}

/// η = cΛe₀, ζ = ½(1 + e₀)c²κΛ^{3/2}, c_x = cκΛ^{1/2}, a₀ = (Σρ_j²/τ)^{1/2} (all rounded up).
struct LemmaConstants {
    eta: BigRational,
    zeta: BigRational,
    c_x: BigRational,
    a0: BigRational,
}

impl LemmaConstants {
    fn new(
        inp: &Inputs,
        run: &Run,
        c: &BigRational,
        lambda: &BigRational,
        e0: &BigRational,
        tau: &BigRational,
    ) -> Self {
        let one = BigRational::one();
        let half = BigRational::new(1.into(), 2.into());
        let kappa2 = (0..inp.x[0].len())
            .map(|i| inp.x.iter().map(|r| &r[i] * &r[i]).sum::<BigRational>())
            .fold(BigRational::zero(), BigRational::max);
        let kappa = sqrt_above(&kappa2);
        let sqrt_l = sqrt_above(lambda);
        let rho2: BigRational = run.rho.iter().map(|r| r * r).sum();
        LemmaConstants {
            eta: up(&(c * lambda * e0)),
            zeta: up(&(&half * (&one + e0) * c * c * &kappa * lambda * &sqrt_l)),
            c_x: up(&(c * &kappa * &sqrt_l)),
            a0: sqrt_above(&up(&(rho2 / tau))),
        }
    }
}

/// The tail lemma of `eoscert::certify::implicit_bias::tail` (stated and proved there),
/// re-proved in exact rational arithmetic from the replayed state and the witnesses
/// (s₀, τ, Λ): D₀, e₀, G₀ = X diag(D₀) Xᵀ, LDLᵀ of G₀ − τI (and ΛI − G₀ for GD), θ_lin, the
/// perturbation constants η, ζ, c_x, a₀, and the conclusions s, T₂, x_max.
#[allow(clippy::needless_range_loop)] // index notation of the formulas
fn tail_lemma(inp: &Inputs, run: &Run, w: &TailWitness) -> Result<Tail, CheckFailure> {
    let fail = |why: String| rej("evidence.tail", why);
    let one = BigRational::one();
    let two = q(2);
    let half = BigRational::new(1.into(), 2.into());
    let n = inp.x.len();
    let (d0, e0) = frozen_d(run, &w.s0)?;
    let g = frozen_kernel(inp, &d0);
    if !positive_definite(shift_diag(&g, &w.tau, 1)) {
        return Err(fail("G₀ − τI ≻ 0 not proved (exact LDLᵀ)".into()));
    }
    let b = inp.sampler.batch_size(n);
    let m = q((n / b) as i64);
    let c = &inp.gamma / q(b as i64);
    let lambda = match &w.lambda {
        Some(l) => {
            if !positive_definite(shift_diag(&g, l, -1)) {
                return Err(fail("ΛI − G₀ ≻ 0 not proved (exact LDLᵀ)".into()));
            }
            l.clone()
        }
        None => gershgorin(&g, b),
    };
    let c_l = &c * &lambda;
    if c_l >= two {
        return Err(fail("(γ/b)Λ ≥ 2".into()));
    }
    let theta_lin = if w.lambda.is_some() {
        (&one - &c * &w.tau).max(&c_l - &one)
    } else {
        let mut f2 = BigRational::zero();
        for j in 0..n {
            for l in 0..n {
                if j != l {
                    f2 += &g[j][l] * &g[j][l];
                }
            }
        }
        let cf = &one + &c * sqrt_above(&(f2 / &two));
        sqrt_above(&up(&(&one - &c * (&two - &c_l) * &w.tau / (&cf * &cf))))
    };
    if theta_lin >= one {
        return Err(fail("θ_lin ≥ 1".into()));
    }
    let LemmaConstants { eta, zeta, c_x, a0 } =
        LemmaConstants::new(inp, run, &c, &lambda, &e0, &w.tau);
    let pert = &two * &m * (&eta + &two * &zeta * &a0);
    if pert > one {
        return Err(fail("2m(η + 2ζa₀) > 1".into()));
    }
    let theta = &theta_lin + &pert;
    if theta >= one {
        return Err(fail(format!(
            "θ' = {} ≥ 1",
            theta.to_f64().unwrap_or(f64::NAN)
        )));
    }
    let x_max = &two * &c_x * &a0;
    if x_max > half {
        return Err(fail("x_max > 1/2".into()));
    }
    let s = up(&(&two * &m * &c_x * &a0 / (&one - &theta)));
    if s > w.s0 {
        return Err(fail("Σ|x| bound exceeds s₀".into()));
    }
    let t2 = up(&(q(4) * &m * &c_x * &c_x * &a0 * &a0 / (&one - &theta * &theta)));
    Ok(Tail { s, t2, x_max })
}

/// The with-replacement (probabilistic) tail lemma of
/// `eoscert::certify::implicit_bias::tail::tail_bound_iid` (stated and proved there), re-proved
/// exactly: windows of W steps, A = 2^h a₀, θ_W² = 1 − cμ₀τ/(1 + c√(ΛW tr G₀))², π = 2W(η + 2ζA),
/// q = n(1 − b/n)^W, ϱ = q(1 + π) + (1 − q)(θ_W + π) < 1, x_max = 2c_x A ≤ ½,
/// s = 2^h·2Wc_x a₀/(1 − ϱ) ≤ s₀, T₂ = x_max·s; failure probability 2^{1−h}.
fn tail_lemma_iid(
    inp: &Inputs,
    run: &Run,
    w: &TailWitness,
    window: u64,
    h: u64,
) -> Result<Tail, CheckFailure> {
    let fail = |why: String| rej("evidence.tail", why);
    let one = BigRational::one();
    let two = q(2);
    let half = BigRational::new(1.into(), 2.into());
    let n = inp.x.len();
    let b = inp.sampler.batch_size(n);
    let (d0, e0) = frozen_d(run, &w.s0)?;
    let g = frozen_kernel(inp, &d0);
    if !positive_definite(shift_diag(&g, &w.tau, 1)) {
        return Err(fail("G₀ − τI ≻ 0 not proved (exact LDLᵀ)".into()));
    }
    let c = &inp.gamma / q(b as i64);
    let lambda = gershgorin(&g, b);
    let c_l = &c * &lambda;
    if c_l >= two {
        return Err(fail("(γ/b)Λ ≥ 2".into()));
    }
    let wq = BigRational::from_integer(window.into());
    let trace: BigRational = (0..n).map(|j| g[j][j].clone()).sum();
    let cf = &one + &c * sqrt_above(&up(&(&lambda * &wq * &trace)));
    let theta_w = sqrt_above(&up(&(&one - &c * (&two - &c_l) * &w.tau / (&cf * &cf))));
    let k = LemmaConstants::new(inp, run, &c, &lambda, &e0, &w.tau);
    let scale = BigRational::from_integer(num_bigint::BigInt::one() << h);
    let cap_a = &scale * &k.a0;
    let pi = &two * &wq * (&k.eta + &two * &k.zeta * &cap_a);
    if pi > one {
        return Err(fail("2W(η + 2ζA) > 1".into()));
    }
    let miss = &one - BigRational::new(b.into(), n.into());
    let qq = q(n as i64) * num_traits::pow(miss, window as usize);
    let rho = &qq * (&one + &pi) + (&one - &qq) * (&theta_w + &pi);
    if rho >= one {
        return Err(fail("ϱ ≥ 1".into()));
    }
    let x_max = &two * &k.c_x * &cap_a;
    if x_max > half {
        return Err(fail("x_max > 1/2".into()));
    }
    let s = up(&(&scale * &two * &wq * &k.c_x * &k.a0 / (&one - &rho)));
    if s > w.s0 {
        return Err(fail("Σ|x| bound exceeds s₀".into()));
    }
    Ok(Tail {
        t2: &x_max * &s,
        s,
        x_max,
    })
}

struct Limits {
    beta: Vec<RatInterval>,
    d: Vec<RatInterval>,
    gain: Vec<RatInterval>,
    a: Vec<RatInterval>,
    delta: Vec<RatInterval>,
}

fn limits(
    inp: &Inputs,
    run: &Run,
    t: &Tail,
    r: Rounded,
    bits: u32,
) -> Result<Limits, CheckFailure> {
    let one = BigRational::one();
    let p_lo = (&one - &t.s) * (&one - &t.s);
    let p = r.constant(&p_lo).hull(&r.constant(&(&one / &p_lo)));
    let gain_tail = &t.t2 / (&one - &t.x_max * &t.x_max);
    let delta_tail = BigRational::new(2.into(), 3.into()) * &t.x_max * &gain_tail;
    let ta = r.constant(&(&one - &t.t2)).hull(&RatInterval::from_int(1));
    let tg = RatInterval::from_int(0).hull(&r.constant(&gain_tail));
    let td = r
        .constant(&-delta_tail.clone())
        .hull(&r.constant(&delta_tail));
    let alpha2 = r.constant(&(&inp.alpha * &inp.alpha));
    let half = r.constant(&BigRational::new(1.into(), 2.into()));
    let mut out = Limits {
        beta: Vec::new(),
        d: Vec::new(),
        gain: Vec::new(),
        a: Vec::new(),
        delta: Vec::new(),
    };
    let ln_of = |v: &RatInterval, i: usize| {
        ln(v, bits).ok_or_else(|| {
            rej(
                "quantities.gain",
                format!("coordinate {i}: ln of a non-positive enclosure"),
            )
        })
    };
    for i in 0..run.wp.len() {
        let (wp, wm) = (&run.wp[i], &run.wm[i]);
        let prod = r.mul(wp, wm);
        out.beta.push(r.mul(
            &r.sub(&r.mul(&r.sqr(wp), &p), &r.mul(&r.sqr(wm), &p)),
            &half,
        ));
        out.d
            .push(r.add(&r.mul(&r.sqr(wp), &p), &r.mul(&r.sqr(wm), &p)));
        let ratio = r
            .div(&prod, &alpha2)
            .map_err(|e| rej("quantities.gain", e.to_string()))?;
        out.gain.push(r.add(&ln_of(&ratio, i)?.neg(), &tg));
        out.a.push(r.mul(&prod, &ta));
        let quot = r
            .div(wm, wp)
            .map_err(|e| rej("quantities.gain", e.to_string()))?;
        let two_sum = run.sum_x[i].scale(&q(2)).round_out(r.bits);
        out.delta
            .push(r.add(&r.sub(&ln_of(&quot, i)?, &two_sum), &td));
    }
    Ok(out)
}

fn read_vector(v: &Value, field: &str) -> Result<Vec<RatInterval>, CheckFailure> {
    let items = v
        .as_array()
        .ok_or_else(|| rej(field, "expected an array"))?;
    items
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let f = format!("{field}[{i}]");
            let lo = exact(&f, e["lo"].as_str().unwrap_or(""))?;
            let hi = exact(&f, e["hi"].as_str().unwrap_or(""))?;
            RatInterval::new(lo, hi).map_err(|err| rej(&f, err.to_string()))
        })
        .collect()
}

/// β(λ) = a ⊙ sinh(Xᵀλ − δ) and the weights a ⊙ cosh(Xᵀλ − δ) (order of `kkt.rs`).
fn hyperbolic(
    c: &Consts,
    a: &[RatInterval],
    delta: &[RatInterval],
    lambda: &[RatInterval],
    r: Rounded,
    bits: u32,
    field: &str,
) -> Result<(Vec<RatInterval>, Vec<RatInterval>), CheckFailure> {
    let half = r.constant(&BigRational::new(1.into(), 2.into()));
    let mut beta = Vec::new();
    let mut w = Vec::new();
    for i in 0..a.len() {
        let mut t = r.mul(&c.x[0][i], &lambda[0]);
        for (row, lj) in c.x.iter().zip(lambda).skip(1) {
            t = r.add(&t, &r.mul(&row[i], lj));
        }
        let t = r.sub(&t, &delta[i]);
        let too_large = || {
            rej(
                field,
                format!(
                    "the box sends the argument of exp to {t}, beyond the cap ±{}",
                    crate::caps::general::MAX_EXP_ARG
                ),
            )
        };
        let ep = exp(&t, bits).ok_or_else(too_large)?.round_out(r.bits);
        let em = exp(&t.neg(), bits).ok_or_else(too_large)?.round_out(r.bits);
        beta.push(r.mul(&a[i], &r.mul(&r.sub(&ep, &em), &half)));
        w.push(r.mul(&a[i], &r.mul(&r.add(&ep, &em), &half)));
    }
    Ok((beta, w))
}

/// Re-verify K(Λ) ⊂ int Λ and return a ⊙ sinh(Xᵀ(K(Λ) ∩ Λ) − δ).
fn kkt(
    c: &Consts,
    a: &[RatInterval],
    delta: &[RatInterval],
    ev: &Value,
    field: &str,
    r: Rounded,
    bits: u32,
) -> Result<Vec<RatInterval>, CheckFailure> {
    let n = c.x.len();
    let bx = read_vector(&ev["box"], &format!("{field}.box"))?;
    let mid = read_vector(&ev["mid"], &format!("{field}.mid"))?;
    let cm = ev["c"]
        .as_array()
        .ok_or_else(|| rej(&format!("{field}.c"), "expected rows"))?
        .iter()
        .enumerate()
        .map(|(j, row)| read_vector(row, &format!("{field}.c[{j}]")))
        .collect::<Result<Vec<_>, _>>()?;
    if bx.len() != n || mid.len() != n || cm.len() != n || cm.iter().any(|row| row.len() != n) {
        return Err(rej(
            field,
            format!("expected n = {n} components and an n×n matrix"),
        ));
    }
    if !mid.iter().zip(&bx).all(|(m, x)| m.is_subset_of(x)) {
        return Err(rej(
            &format!("{field}.mid"),
            "the point m must lie in the box",
        ));
    }
    // F(m).
    let (beta_m, _) = hyperbolic(c, a, delta, &mid, r, bits, &format!("{field}.mid"))?;
    let fm: Vec<RatInterval> = (0..n).map(|j| residual(c, &beta_m, j, r)).collect();
    // J(Λ).
    let (_, w) = hyperbolic(c, a, delta, &bx, r, bits, &format!("{field}.box"))?;
    let jac: Vec<Vec<RatInterval>> = (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    let mut acc = r.mul(&r.mul(&c.x[j][0], &w[0]), &c.x[l][0]);
                    for (i, wi) in w.iter().enumerate().skip(1) {
                        acc = r.add(&acc, &r.mul(&r.mul(&c.x[j][i], wi), &c.x[l][i]));
                    }
                    acc
                })
                .collect()
        })
        .collect();
    let mut lam = Vec::with_capacity(n);
    for i in 0..n {
        let mut cf = RatInterval::from_int(0);
        for j in 0..n {
            cf = r.add(&cf, &r.mul(&cm[i][j], &fm[j]));
        }
        let mut acc = r.sub(&mid[i], &cf);
        for j in 0..n {
            let mut cj = RatInterval::from_int(0);
            for k in 0..n {
                cj = r.add(&cj, &r.mul(&cm[i][k], &jac[k][j]));
            }
            let e = r.sub(&RatInterval::from_int(i64::from(i == j)), &cj);
            acc = r.add(&acc, &r.mul(&e, &r.sub(&bx[j], &mid[j])));
        }
        if !(acc.lo > bx[i].lo && acc.hi < bx[i].hi) {
            return Err(rej(
                &format!("{field}.box[{i}]"),
                format!("Krawczyk: K(Λ)_{i} = {acc} is not inside the interior of the box"),
            ));
        }
        lam.push(acc);
    }
    Ok(hyperbolic(c, a, delta, &lam, r, bits, &format!("{field}.box"))?.0)
}

fn require_array(cert: &Certificate, name: &str, ours: &[RatInterval]) -> Result<(), CheckFailure> {
    let field = format!("quantities.{name}");
    let Some(Quantity::Array(items)) = cert.quantities.get(name) else {
        return Err(rej(&field, "missing or not an array of enclosures"));
    };
    if items.len() != ours.len() {
        return Err(rej(&field, format!("expected {} entries", ours.len())));
    }
    for (i, (e, o)) in items.iter().zip(ours).enumerate() {
        let theirs = enclosure(&format!("{field}[{i}]"), e)?;
        if !o.is_subset_of(&theirs) {
            return Err(rej(
                &format!("{field}[{i}]"),
                format!("the claimed enclosure {theirs} does not contain the checker's {o}"),
            ));
        }
    }
    Ok(())
}
