//! The `trajectory` claim: gradient descent for `T` steps from an exact initial point, with the
//! loss and the sharpness (largest Hessian eigenvalue) enclosed at step `T`.
//!
//! # Models
//! - `factorisation` (depth `p ≥ 2`, target `y > 0`): `θ ∈ ℝ^p`, `f(θ) = θ1⋯θp`;
//! - `inner-product` (dim `d`, target `Y`): `θ = (u1..ud, v1..vd)`, `f = ⟨u, v⟩`.
//!
//! The loss is `ℓ = ½(f − y)²`.
//!
//! # One GD step (the exact evaluation order)
//! Every arithmetic operation is followed by `round_out(bits)` (see [`super::interval`]);
//! the constants `y` and `η` enter as `round_out(bits)` of their exact values.
//! - factorisation: `f = ((θ1·θ2)·θ3)···θp` (left to right); `r = f − y`; `e = η·r`; for each
//!   `i`: `g_i` = product of `θ_j` for `j ≠ i` in increasing `j`, left to right (for `p = 2`:
//!   `g1 = θ2`, `g2 = θ1`, no multiplication); `θi' = θi − e·g_i`.
//! - inner-product: `f = (((u1·v1) + u2·v2) + …)` left to right; `r = f − Y`; `e = η·r`;
//!   `ui' = ui − e·vi`, `vi' = vi − e·ui` (old values).
//!
//! # Evidence
//! ```text
//! {"precision_bits": <int in 1..=65536, or null for exact>,   (the key must be present)
//!  "steps": T,                                                (0 ≤ T ≤ 10^8; ≤ 40 if exact)
//!  "checkpoints": [{"step": k, "theta": [{"lo": "..", "hi": ".."}, ...]}, ...],
//!  "sharpness": {"vector": ["..", ...], "shift": ".."}}
//! ```
//! Checkpoint endpoints are exact rationals (decimal or `p/q`). Steps are strictly increasing,
//! the last is `T`; a first checkpoint at step 0 must contain the exact `init`, but the replay
//! starts from the exact `init` regardless. Each `theta` has `p` (or `2d`) entries.
//!
//! # What the checker does
//! 1. Starting from the exact `init` (point intervals), iterate the step with
//!    `round_out(precision_bits)`; at each checkpoint step require the computed box ⊆ the
//!    checkpoint box (componentwise), then **continue from the checkpoint box**. The computed
//!    box always encloses the GD image of the previous box (exact interval operations followed
//!    by outward rounding), so by induction the checkpoint boxes enclose the true iterates. If
//!    the prover used outward-rounded arithmetic at precision `P ≤ precision_bits` in the same
//!    order, the replay is inside the prover's boxes (see [`super::interval`]).
//! 2. From the last checkpoint box `B` (enclosing `θ_T`), with exact interval operations (no
//!    rounding) in the same order as the step: `r = f(B) − y`, `loss = sqr(r) / 2`. The claimed
//!    `loss` must contain this enclosure, and the claimed `t_loss` (if present) must contain
//!    `T·loss`.
//! 3. `sharpness` = `λmax(H)`, `H = ∇f∇fᵀ + r·∇²f` the Hessian of `ℓ` at `θ_T`, entries
//!    (exact interval operations):
//!    - factorisation: `G_i = g_i` as in the step; `H_ii = sqr(G_i)`;
//!      `H_ij = G_i·G_j + r·P_ij` (`i ≠ j`) with `P_ij` the product of `θ_k`, `k ∉ {i, j}`, in
//!      increasing `k` left to right (`1` if empty);
//!    - inner-product (`n = 2d`): `∇f = (v, u)`, `∇²f = [[0, I], [I, 0]]`, so
//!      `H_ab = ∇f_a·∇f_b + r·[a, b are u_i and v_i for the same i]`, `H_aa = sqr(∇f_a)`.
//!
//!    *Lower bound.* With the rational vector `v` of the evidence: `w_i = Σ_j H_ij·v_j`
//!    (`j` increasing, left to right, starting from `H_i0·v_0`), `num = Σ_i v_i·w_i` (left to
//!    right), `den = Σ v_i²` (exact, must be > 0); require claimed `sharpness.lo ≤ (num/den).lo`.
//!    Valid because the true Hessian `H*` (symmetric) lies in the interval matrix, so
//!    `λmax(H*) ≥ vᵀH*v / vᵀv ∈ num/den`.
//!
//!    *Upper bound.* With the rational `shift` `u`: require claimed `sharpness.hi ≥ u` and prove
//!    `A = uI − H` positive definite for every `H` in the interval matrix by interval `LDLᵀ`
//!    (`A_jj = u − H_jj`, `A_ij = −H_ij`), for `j = 0..n`:
//!    `d_j = A_jj − Σ_{k<j} W_jk·L_jk` (`k` increasing), require `d_j.lo > 0`; for `i > j`:
//!    `W_ij = A_ij − Σ_{k<j} W_ik·L_jk`, `L_ij = W_ij / d_j`.
//!    Why this proves `λmax(H*) ≤ u`: for any real symmetric `M` with entries in the interval
//!    matrix `A`, the same recurrences in real arithmetic are the exact `LDLᵀ` factorisation of
//!    `M`, and by inclusion monotonicity each real `d_j`, `W_ij`, `L_ij` lies in its interval;
//!    in particular every pivot `d_j > 0` (so the recurrences never divide by zero), hence
//!    `M = L·diag(d)·Lᵀ` with `L` unit lower triangular and `xᵀMx = Σ d_j (Lᵀx)_j² > 0` for
//!    `x ≠ 0`: `M` is positive definite. Taking `M = uI − H*` gives `λmax(H*) < u`.
//!
//! # Quantities
//! `loss`, `sharpness` (required) and `t_loss` (optional) are enclosures; an optional `steps`
//! enclosure must equal `[T, T]`. Any other quantity is rejected: the checker does not vouch
//! for what it cannot check.
//!
//! # Limits (failures, never panics or unbounded work)
//! `T ≤ 10^8`; exact mode `T ≤ 40`; `T·(operations per step) ≤` [`MAX_STEP_OPS`]; every number
//! in a replayed box has numerator and denominator below [`MAX_NUMBER_BITS`] bits (use
//! rounding or denser checkpoints otherwise); the exact `LDLᵀ` stays below [`MAX_LDL_BITS`];
//! at most [`super::MAX_PARAMS`] parameters; a certificate with `verified: true` must have
//! `rigorous: true` and a backend other than `f64`.

use num_rational::BigRational;
use num_traits::{Signed, Zero};
use serde::Deserialize;

use super::interval::{RatInterval, Rounded};
use super::{CheckFailure, Inputs, Model, enclosure, exact};
pub use crate::caps::trajectory::*;
use crate::{Certificate, Enclosure, Quantity};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Evidence {
    precision_bits: Option<u32>,
    steps: u64,
    checkpoints: Vec<Checkpoint>,
    sharpness: SharpnessEvidence,
}

/// A checkpoint: the enclosure of θ after `step` steps.
type Checkpoint = crate::evidence::StepBox;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SharpnessEvidence {
    vector: Vec<String>,
    shift: String,
}

fn fail(field: impl Into<String>, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// Rounded interval operations per GD step (used for the work bound).
pub(crate) fn ops_per_step(model: &Model) -> u64 {
    match *model {
        Model::Factorisation { depth } => {
            let p = depth as u64;
            (p - 1) + 2 + p * p.saturating_sub(2) + 2 * p
        }
        Model::InnerProduct { dim } => 6 * dim as u64 + 1,
    }
}

/// The product of `θ_k` over `k ∉ skip`, increasing `k`, left to right; `None` if empty.
pub(crate) fn product_except(
    ops: &Rounded,
    theta: &[RatInterval],
    skip: &[usize],
) -> Option<RatInterval> {
    let mut acc: Option<RatInterval> = None;
    for (k, t) in theta.iter().enumerate() {
        if skip.contains(&k) {
            continue;
        }
        acc = Some(match acc {
            None => t.clone(),
            Some(a) => ops.mul(&a, t),
        });
    }
    acc
}

/// `f(θ)` in the specified order.
pub(crate) fn model_value(ops: &Rounded, model: &Model, theta: &[RatInterval]) -> RatInterval {
    match *model {
        Model::Factorisation { .. } => product_except(ops, theta, &[]).expect("depth ≥ 2 factors"),
        Model::InnerProduct { dim } => {
            let (u, v) = theta.split_at(dim);
            let mut f = ops.mul(&u[0], &v[0]);
            for i in 1..dim {
                f = ops.add(&f, &ops.mul(&u[i], &v[i]));
            }
            f
        }
    }
}

/// `g_i = ∂f/∂θ_i` (factorisation) in the specified order.
pub(crate) fn factor_gradient(ops: &Rounded, theta: &[RatInterval]) -> Vec<RatInterval> {
    (0..theta.len())
        .map(|i| product_except(ops, theta, &[i]).expect("depth ≥ 2 factors"))
        .collect()
}

/// One GD step with rounding `ops`; `y` and `eta` are the (already rounded) constants.
pub(crate) fn gd_step(
    ops: &Rounded,
    model: &Model,
    y: &RatInterval,
    eta: &RatInterval,
    theta: &[RatInterval],
) -> Vec<RatInterval> {
    let f = model_value(ops, model, theta);
    let r = ops.sub(&f, y);
    let e = ops.mul(eta, &r);
    match *model {
        Model::Factorisation { .. } => {
            let g = factor_gradient(ops, theta);
            theta
                .iter()
                .zip(&g)
                .map(|(t, gi)| ops.sub(t, &ops.mul(&e, gi)))
                .collect()
        }
        Model::InnerProduct { dim } => {
            let (u, v) = theta.split_at(dim);
            let new_u = (0..dim).map(|i| ops.sub(&u[i], &ops.mul(&e, &v[i])));
            let new_v = (0..dim).map(|i| ops.sub(&v[i], &ops.mul(&e, &u[i])));
            new_u.chain(new_v).collect()
        }
    }
}

/// The interval Hessian of `ℓ` at the box `theta` (exact operations) and the residual `r`.
fn hessian(model: &Model, target: &BigRational, theta: &[RatInterval]) -> Vec<Vec<RatInterval>> {
    let exact_ops = Rounded::new(None);
    let r = model_value(&exact_ops, model, theta).sub(&RatInterval::point(target.clone()));
    let n = theta.len();
    let mut h = vec![vec![RatInterval::from_int(0); n]; n];
    match *model {
        Model::Factorisation { .. } => {
            let g = factor_gradient(&exact_ops, theta);
            for i in 0..n {
                h[i][i] = g[i].sqr();
                for j in (i + 1)..n {
                    let p = product_except(&exact_ops, theta, &[i, j])
                        .unwrap_or_else(|| RatInterval::from_int(1));
                    let hij = g[i].mul(&g[j]).add(&r.mul(&p));
                    h[i][j] = hij.clone();
                    h[j][i] = hij;
                }
            }
        }
        Model::InnerProduct { dim } => {
            let (u, v) = theta.split_at(dim);
            let grad: Vec<&RatInterval> = v.iter().chain(u.iter()).collect();
            for a in 0..n {
                h[a][a] = grad[a].sqr();
                for b in (a + 1)..n {
                    let mut hab = grad[a].mul(grad[b]);
                    if b == a + dim {
                        hab = hab.add(&r);
                    }
                    h[a][b] = hab.clone();
                    h[b][a] = hab;
                }
            }
        }
    }
    h
}

/// `(num/den)` for the Rayleigh quotient of `v` (exact), in the specified order.
pub(crate) fn rayleigh(
    h: &[Vec<RatInterval>],
    v: &[BigRational],
) -> Result<RatInterval, CheckFailure> {
    let n = v.len();
    let den = v.iter().fold(BigRational::zero(), |acc, x| acc + x * x);
    if den.is_zero() {
        return Err(fail("evidence.sharpness.vector", "the vector is zero"));
    }
    let w: Vec<RatInterval> = (0..n)
        .map(|i| {
            let mut acc = h[i][0].scale(&v[0]);
            for j in 1..n {
                acc = acc.add(&h[i][j].scale(&v[j]));
            }
            acc
        })
        .collect();
    let mut num = w[0].scale(&v[0]);
    for i in 1..n {
        num = num.add(&w[i].scale(&v[i]));
    }
    Ok(num.scale(&den.recip()))
}

/// Interval `LDLᵀ` of `uI − H`, every operation rounded outward by `r` (exact with
/// `Rounded::new(None)`): `Ok(())` iff every pivot is certainly positive.
pub(crate) fn prove_pd(
    h: &[Vec<RatInterval>],
    u: &BigRational,
    r: Rounded,
) -> Result<(), CheckFailure> {
    let n = h.len();
    let shift = RatInterval::point(u.clone());
    let a = |i: usize, j: usize| {
        if i == j {
            shift.sub(&h[i][i])
        } else {
            h[i][j].neg()
        }
    };
    // w[i][k], l[i][k] for k < i.
    let mut w: Vec<Vec<RatInterval>> = vec![Vec::new(); n];
    let mut l: Vec<Vec<RatInterval>> = vec![Vec::new(); n];
    for j in 0..n {
        let mut d = a(j, j);
        super::budget::tick()?;
        for k in 0..j {
            d = r.sub(&d, &r.mul(&w[j][k], &l[j][k]));
        }
        if !d.lo.is_positive() {
            return Err(fail(
                "quantities.sharpness.hi",
                format!(
                    "interval LDLᵀ of shift·I − H: pivot d_{j} = {d} is not certainly positive, \
                     so λmax ≤ shift is not proved"
                ),
            ));
        }
        for i in (j + 1)..n {
            let mut wij = a(i, j);
            for k in 0..j {
                wij = r.sub(&wij, &r.mul(&w[i][k], &l[j][k]));
            }
            let lij = r
                .div(&wij, &d)
                .map_err(|e| fail("evidence.sharpness.shift", e.to_string()))?;
            if lij.max_bits() > MAX_LDL_BITS {
                return Err(fail(
                    "evidence.sharpness.shift",
                    format!("interval LDLᵀ numbers exceed {MAX_LDL_BITS} bits at column {j}"),
                ));
            }
            w[i].push(wij);
            l[i].push(lij);
        }
    }
    Ok(())
}

fn quantity<'a>(
    cert: &'a Certificate,
    name: &str,
    required: bool,
) -> Result<Option<&'a Enclosure>, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => Ok(Some(e)),
        Some(_) => Err(fail(
            format!("quantities.{name}"),
            "expected an enclosure {\"lo\", \"hi\"}",
        )),
        None if required => Err(fail(format!("quantities.{name}"), "missing")),
        None => Ok(None),
    }
}

/// Require `claimed ⊇ computed`.
fn require_contains(
    field: &str,
    claimed: &RatInterval,
    computed: &RatInterval,
) -> Result<(), CheckFailure> {
    if computed.is_subset_of(claimed) {
        Ok(())
    } else {
        Err(fail(
            field,
            format!("claimed {claimed} does not contain the checker's enclosure {computed}"),
        ))
    }
}

/// Check a `trajectory` certificate whose general fields have been validated.
///
/// # Errors
/// A [`CheckFailure::Rejected`] naming the field or step that failed.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let eta = check_inputs(cert, inputs)?;
    let ev = read_evidence(cert, &inputs.model)?;
    let t = ev.steps;
    let boxes = read_checkpoints(&ev.checkpoints, t, inputs.model.n_params())?;
    let last = replay(inputs, eta, &ev, &boxes)?;
    check_loss(cert, inputs, &last, t)?;
    check_sharpness(cert, inputs, &ev, &last)?;
    Ok(vec![
        format!(
            "replayed {t} GD steps ({}) through {} checkpoints",
            match ev.precision_bits {
                Some(b) => format!("rounded outward to {b} bits"),
                None => "exact".into(),
            },
            boxes.len()
        ),
        format!("loss at step {t} ⊆ claimed loss"),
        "sharpness: Rayleigh-quotient lower bound and LDLᵀ upper bound proved".into(),
    ])
}

/// The certificate's header and inputs: rigorous, not f64, a learning rate, `init` of the
/// model's dimension, only the known quantities. Returns η.
fn check_inputs<'a>(
    cert: &Certificate,
    inputs: &'a Inputs,
) -> Result<&'a BigRational, CheckFailure> {
    if !cert.rigorous {
        return Err(fail("rigorous", "a verified trajectory must be rigorous"));
    }
    if cert.backend.trim() == "f64" {
        return Err(fail(
            "backend",
            "a verified trajectory cannot come from f64",
        ));
    }
    let n = inputs.model.n_params();
    let eta = inputs
        .eta
        .as_ref()
        .ok_or_else(|| fail("eta", "missing (a trajectory needs the learning rate)"))?;
    if inputs.init.len() != n {
        return Err(fail(
            "init",
            format!("expected {n} coordinates, found {}", inputs.init.len()),
        ));
    }
    super::only_known_quantities(cert, &["loss", "t_loss", "sharpness", "steps"])?;

    Ok(eta)
}

/// The evidence with its cost-driving fields capped (steps, precision, replay work) and the
/// `steps` quantity equal to T.
fn read_evidence(cert: &Certificate, model: &Model) -> Result<Evidence, CheckFailure> {
    let obj = cert
        .evidence
        .as_object()
        .ok_or_else(|| fail("evidence", "expected an object"))?;
    if !obj.contains_key("precision_bits") {
        return Err(fail(
            "evidence.precision_bits",
            "missing (an integer, or null for exact)",
        ));
    }
    let ev: Evidence = serde_json::from_value(cert.evidence.clone())
        .map_err(|e| fail("evidence", e.to_string()))?;
    let t = ev.steps;
    if t > MAX_STEPS {
        return Err(fail("evidence.steps", format!("{t} > {MAX_STEPS}")));
    }
    match ev.precision_bits {
        None if t > MAX_EXACT_STEPS => {
            return Err(fail(
                "evidence.steps",
                format!("exact mode (precision_bits: null) allows at most {MAX_EXACT_STEPS} steps"),
            ));
        }
        Some(b) if !(1..=MAX_PRECISION_BITS).contains(&b) => {
            return Err(fail(
                "evidence.precision_bits",
                format!("{b} is outside 1..={MAX_PRECISION_BITS}"),
            ));
        }
        _ => {}
    }
    let work = t.saturating_mul(ops_per_step(model));
    if work > MAX_STEP_OPS {
        return Err(fail(
            "evidence.steps",
            format!("replay needs {work} interval operations, more than {MAX_STEP_OPS}"),
        ));
    }
    if let Some(e) = quantity(cert, "steps", false)? {
        let s = enclosure("quantities.steps", e)?;
        let tq = BigRational::from_integer(t.into());
        if s.lo != tq || s.hi != tq {
            return Err(fail(
                "quantities.steps",
                format!("must be exactly [{t}, {t}]"),
            ));
        }
    }
    Ok(ev)
}

/// The checkpoint boxes of a replay of `t` steps in `n` coordinates (`trajectory`,
/// `subcritical`): steps strictly increasing up to the last, which is step T.
pub(crate) fn read_checkpoints(
    checkpoints: &[Checkpoint],
    t: u64,
    n: usize,
) -> Result<Vec<(u64, Vec<RatInterval>)>, CheckFailure> {
    if checkpoints.is_empty() {
        return Err(fail(
            "evidence.checkpoints",
            "empty (the last must be step T)",
        ));
    }
    let mut boxes: Vec<(u64, Vec<RatInterval>)> = Vec::with_capacity(checkpoints.len());
    for (c, cp) in checkpoints.iter().enumerate() {
        super::budget::tick()?;
        let field = format!("evidence.checkpoints[{c}]");
        if let Some((prev, _)) = boxes.last()
            && cp.step <= *prev
        {
            return Err(fail(
                format!("{field}.step"),
                format!("steps must increase strictly ({} after {prev})", cp.step),
            ));
        }
        if cp.step > t {
            return Err(fail(
                format!("{field}.step"),
                format!("{} > T = {t}", cp.step),
            ));
        }
        if cp.theta.len() != n {
            return Err(fail(
                format!("{field}.theta"),
                format!("expected {n} coordinates, found {}", cp.theta.len()),
            ));
        }
        let b = cp
            .theta
            .iter()
            .enumerate()
            .map(|(i, e)| enclosure(&format!("{field}.theta[{i}]"), e))
            .collect::<Result<Vec<_>, _>>()?;
        boxes.push((cp.step, b));
    }
    if boxes.last().map(|(s, _)| *s) != Some(t) {
        return Err(fail(
            "evidence.checkpoints",
            format!("the last checkpoint must be step T = {t}"),
        ));
    }

    Ok(boxes)
}

/// Replays T GD steps from `init` in outward-rounded rational intervals, requiring each
/// checkpoint box to contain the replayed box and restarting from it. Returns the box at T.
fn replay(
    inputs: &Inputs,
    eta: &BigRational,
    ev: &Evidence,
    boxes: &[(u64, Vec<RatInterval>)],
) -> Result<Vec<RatInterval>, CheckFailure> {
    let (model, t) = (&inputs.model, ev.steps);
    let ops = Rounded::new(ev.precision_bits);
    let y_r = ops.constant(&inputs.target);
    let eta_r = ops.constant(eta);
    let mut theta: Vec<RatInterval> = inputs
        .init
        .iter()
        .cloned()
        .map(RatInterval::point)
        .collect();
    let mut next = 0usize;
    if boxes[0].0 == 0 {
        for (i, (x, b)) in theta.iter().zip(&boxes[0].1).enumerate() {
            if !x.is_subset_of(b) {
                return Err(fail(
                    format!("evidence.checkpoints[0].theta[{i}]"),
                    format!("step-0 box {b} does not contain init {}", x.lo),
                ));
            }
        }
        next = 1;
    }
    for k in 1..=t {
        super::budget::tick()?;
        theta = gd_step(&ops, model, &y_r, &eta_r, &theta);
        if let Some(big) = theta.iter().position(|x| x.max_bits() > MAX_NUMBER_BITS) {
            return Err(fail(
                format!("evidence (replay step {k})"),
                format!(
                    "coordinate {big} needs more than {MAX_NUMBER_BITS} bits; use rounding \
                     (precision_bits) or denser checkpoints"
                ),
            ));
        }
        if boxes[next].0 == k {
            for (i, (x, b)) in theta.iter().zip(&boxes[next].1).enumerate() {
                if !x.is_subset_of(b) {
                    return Err(fail(
                        format!("evidence.checkpoints[{next}].theta[{i}]"),
                        format!("replayed step {k} gives {x}, not inside the checkpoint box {b}"),
                    ));
                }
            }
            theta = boxes[next].1.clone();
            next += 1;
        }
    }
    Ok(theta)
}

/// `loss` (and `t_loss`) contain ½(f(θ_T) − y)² (times T), computed exactly from the box at T.
fn check_loss(
    cert: &Certificate,
    inputs: &Inputs,
    last: &[RatInterval],
    t: u64,
) -> Result<(), CheckFailure> {
    let model = &inputs.model;
    let exact_ops = Rounded::new(None);
    let r = model_value(&exact_ops, model, last).sub(&RatInterval::point(inputs.target.clone()));
    let half = BigRational::new(1.into(), 2.into());
    let loss = r.sqr().scale(&half);
    let claimed_loss = enclosure(
        "quantities.loss",
        quantity(cert, "loss", true)?.expect("required"),
    )?;
    require_contains("quantities.loss", &claimed_loss, &loss)?;
    if let Some(e) = quantity(cert, "t_loss", false)? {
        let claimed = enclosure("quantities.t_loss", e)?;
        let tl = loss.scale(&BigRational::from_integer(t.into()));
        require_contains("quantities.t_loss", &claimed, &tl)?;
    }
    Ok(())
}

/// `sharpness`: its lower end below the Rayleigh quotient of the evidence's vector, its upper
/// end above the shift u, and u·I − ∇²ℓ(θ_T) proved positive definite (LDLᵀ).
fn check_sharpness(
    cert: &Certificate,
    inputs: &Inputs,
    ev: &Evidence,
    last: &[RatInterval],
) -> Result<(), CheckFailure> {
    let (model, n) = (&inputs.model, inputs.model.n_params());
    let claimed_sharp = enclosure(
        "quantities.sharpness",
        quantity(cert, "sharpness", true)?.expect("required"),
    )?;
    if ev.sharpness.vector.len() != n {
        return Err(fail(
            "evidence.sharpness.vector",
            format!("expected {n} entries, found {}", ev.sharpness.vector.len()),
        ));
    }
    let v = ev
        .sharpness
        .vector
        .iter()
        .enumerate()
        .map(|(i, s)| exact(&format!("evidence.sharpness.vector[{i}]"), s))
        .collect::<Result<Vec<_>, _>>()?;
    let u = exact("evidence.sharpness.shift", &ev.sharpness.shift)?;
    let h = hessian(model, &inputs.target, last);
    let rq = rayleigh(&h, &v)?;
    if claimed_sharp.lo > rq.lo {
        return Err(fail(
            "quantities.sharpness.lo",
            format!(
                "claimed lower bound {} exceeds the Rayleigh-quotient bound {}",
                claimed_sharp.lo, rq.lo
            ),
        ));
    }
    if claimed_sharp.hi < u {
        return Err(fail(
            "quantities.sharpness.hi",
            format!(
                "claimed upper bound {} is below the shift {u}",
                claimed_sharp.hi
            ),
        ));
    }
    prove_pd(&h, &u, Rounded::new(None))?;
    Ok(())
}
