//! The `catapult` claim: the regime of GD on the uv model `f = uᵀv/√n`, loss `½(f − y)²`,
//! tracked through its exact scalar recursion in `g = f − y` and `λ = (‖u‖² + ‖v‖²)/n`.
//!
//! # Inputs
//! `model = {kind: "uv", dim: n, target: y}` (`1 ≤ n ≤ 10¹²`, no `depth`), `eta > 0`,
//! `init = [f₀, λ₀]` with `λ₀ > 0`, `n·λ₀² ≥ 4f₀²` (realisable by some `u, v`) and `f₀ ≠ y`.
//!
//! # One step (the exact evaluation order)
//! Constants `y`, `η`, `1`, `c = η²/n`, `k = 4η/n` enter as `round_out(bits)` of their exact
//! values; every operation is followed by `round_out(bits)`:
//! `f = y + g`; `m = (1 − η·λ) + c·(g·f)`; `p = c·(g·λ) − k·f`; `g⁺ = g·m`; `λ⁺ = λ + g·p`.
//! This is `f⁺ = f − ηgλ + η²g²f/n`, `λ⁺ = λ − 4ηgf/n + η²g²λ/n`, the exact image of
//! `u⁺ = u − ηg·v/√n`, `v⁺ = v − ηg·u/√n`.
//!
//! # Evidence
//! ```text
//! {"precision_bits": <int in 2..=65536>, "steps": K (≤ 10^6), "outcome": "converges" | "escapes",
//!  "tail":   {"eps", "lambda_lo", "lambda_hi", "rho", "b"},      (outcome converges)
//!  "escape": {"z", "r0", "delta"}}                              (outcome escapes)
//! ```
//!
//! # What the checker does
//! 1. Replays `K` steps from the exact `(f₀ − y, λ₀)`, recording `g_t²` (exact square of the
//!    replayed interval) and whether `|m_t| < 1` for every `t < K`.
//! 2. `converges` — the tail lemma: with `G = [−ε, ε]`, `Λ = [lambda_lo, lambda_hi]`, the exact
//!    interval values of `m` and `p` on `G × Λ` (same formulas, exact constants, no rounding)
//!    satisfy `|m| ≤ ρ < 1`, `|p| ≤ b`; `g_K ⊆ G`; with `R = εb/(1 − ρ)`,
//!    `[λ_K.lo − R, λ_K.hi + R] ⊆ Λ`. Then `|g_k| ≤ ερ^{k−K}` and `|λ_k − λ_K| ≤ R` for all
//!    `k ≥ K` (proof in `eoscert::certify::catapult`), so `λ∞ ∈ L = [λ_K.lo − R, λ_K.hi + R]`.
//!    Quantities: `lambda_limit ⊇ L`, `eta_times_lambda_limit ⊇ η·L`; `t_peak = [T, T]` with
//!    `g_T².lo > g_t².hi` for every other `t ≤ K` and `> ε²` (the tail); `regime` is `lazy` iff
//!    `T = 0` (then `loss_peak_ratio ∋ 1`), else `catapult` (then
//!    `loss_peak_ratio ⊇ g_T²/g₀²` and `η·L.hi < 2`); `loss_monotone: true` requires
//!    `|m_t| < 1` for all `t < K`, `false` requires `T ≥ 1`.
//! 3. `escapes` (label 0) — the escape lemma with `z² = c·g_K²` (exact `c = η²/n`) and
//!    `σ = η·λ_K/2`: `Z, R₀ ≥ 0`, `δ > 0`, `R̄ = R₀ + δ`, `Z ≥ 2R̄ + 2`,
//!    `4·max(R̄² − 1, 0) ≤ δ(Z − 2R̄)`, `z².lo ≥ Z²`, `σ.lo ≥ 0`, `σ².hi ≤ R₀²·z².lo`. Then
//!    `|f_k| → ∞`. Quantities: `regime = divergent`, `loss_unbounded = true`,
//!    `escape_step = [K, K]`.
//!
//! `eta_lambda0` (optional) must contain `η·λ₀`. Any other quantity is rejected.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::interval::{RatInterval, Rounded};
use super::{CheckFailure, enclosure, exact};
pub use crate::caps::catapult::*;
use crate::{Certificate, Quantity};

/// The validated inputs of a catapult certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct UvInputs {
    /// Width `n`.
    pub n: u64,
    /// Label `y`.
    pub label: BigRational,
    /// `η`.
    pub eta: BigRational,
    /// `f₀`.
    pub f0: BigRational,
    /// `λ₀`.
    pub lambda0: BigRational,
}

fn q(n: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(n))
}

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// Parse and validate the inputs (also for certificates that do not claim verification).
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the field.
pub fn parse_inputs(cert: &Certificate) -> Result<UvInputs, CheckFailure> {
    let m = &cert.model;
    if m.kind != "uv" {
        return Err(rej("model.kind", "the catapult claim needs model kind uv"));
    }
    if m.depth.is_some() {
        return Err(rej(
            "model.depth",
            "a uv model has a dim (width), not a depth",
        ));
    }
    let n = m.dim.ok_or_else(|| rej("model.dim", "missing width n"))? as u64;
    if !(1..=MAX_WIDTH).contains(&n) {
        return Err(rej(
            "model.dim",
            format!("width {n} outside 1..={MAX_WIDTH}"),
        ));
    }
    let label = exact("model.target", &m.target)?;
    let eta = exact(
        "eta",
        cert.eta.as_deref().ok_or_else(|| rej("eta", "missing"))?,
    )?;
    if !eta.is_positive() {
        return Err(rej("eta", "the learning rate must be > 0"));
    }
    if cert.init.len() != 2 {
        return Err(rej("init", "expected [f0, lambda0]"));
    }
    let f0 = exact("init[0]", &cert.init[0])?;
    let lambda0 = exact("init[1]", &cert.init[1])?;
    if !lambda0.is_positive() {
        return Err(rej("init[1]", "λ0 must be > 0"));
    }
    if BigRational::from_integer(n.into()) * &lambda0 * &lambda0 < q(4) * &f0 * &f0 {
        return Err(rej("init", "no u, v realise (f0, λ0): need n·λ0² ≥ 4·f0²"));
    }
    if f0 == label {
        return Err(rej("init[0]", "f0 equals the label (already a minimiser)"));
    }
    Ok(UvInputs {
        n,
        label,
        eta,
        f0,
        lambda0,
    })
}

fn field<'a>(v: &'a Value, path: &str, key: &str) -> Result<&'a Value, CheckFailure> {
    v.get(key)
        .ok_or_else(|| rej(&format!("{path}.{key}"), "missing"))
}

fn rational_field(v: &Value, path: &str, key: &str) -> Result<BigRational, CheckFailure> {
    let name = format!("{path}.{key}");
    let text = field(v, path, key)?
        .as_str()
        .ok_or_else(|| rej(&name, "expected a string (exact number)"))?;
    exact(&name, text)
}

fn abs_max(x: &RatInterval) -> BigRational {
    x.lo.abs().max(x.hi.abs())
}

/// The exact-constant factors `(m, p)` on a box (no rounding), for every `η ∈ eta`.
fn factors(
    g: &RatInterval,
    lambda: &RatInterval,
    inputs: &UvInputs,
    eta: &RatInterval,
) -> (RatInterval, RatInterval) {
    let nq = BigRational::from_integer(inputs.n.into());
    let c = eta.sqr().scale(&nq.recip());
    let k = eta.scale(&(q(4) / &nq));
    let f = RatInterval::point(inputs.label.clone()).add(g);
    let m = RatInterval::from_int(1)
        .sub(&lambda.mul(eta))
        .add(&g.mul(&f).mul(&c));
    let p = g.mul(lambda).mul(&c).sub(&f.mul(&k));
    (m, p)
}

pub(crate) struct Replay {
    pub(crate) g: RatInterval,
    pub(crate) lambda: RatInterval,
    pub(crate) squares: Vec<RatInterval>,
    pub(crate) monotone: bool,
}

/// Replay `steps` steps for every `η ∈ eta` (`eta.lo > 0`): the constants `η`, `c = η²/n`,
/// `k = 4η/n` enter as the exact intervals `[lo, hi]`, `[lo², hi²]/n`, `[4lo, 4hi]/n` rounded
/// outward to `bits`.
pub(crate) fn replay(
    inputs: &UvInputs,
    eta_range: &RatInterval,
    bits: Option<u32>,
    steps: u64,
) -> Result<Replay, CheckFailure> {
    let ops = Rounded::new(bits);
    let nq = BigRational::from_integer(inputs.n.into());
    let y = ops.constant(&inputs.label);
    let eta = eta_range.round_out(bits);
    let one = ops.constant(&BigRational::one());
    let c = eta_range.sqr().scale(&nq.recip()).round_out(bits);
    let k = eta_range.scale(&(q(4) / &nq)).round_out(bits);
    let mut g = ops.constant(&(&inputs.f0 - &inputs.label));
    let mut lambda = ops.constant(&inputs.lambda0);
    let mut squares = vec![g.sqr()];
    let mut monotone = true;
    for t in 0..steps {
        super::budget::tick()?;
        let f = ops.add(&y, &g);
        let m = ops.add(
            &ops.sub(&one, &ops.mul(&eta, &lambda)),
            &ops.mul(&c, &ops.mul(&g, &f)),
        );
        let p = ops.sub(&ops.mul(&c, &ops.mul(&g, &lambda)), &ops.mul(&k, &f));
        if !(m.lo > -BigRational::one() && m.hi < BigRational::one()) {
            monotone = false;
        }
        let g_next = ops.mul(&g, &m);
        lambda = ops.add(&lambda, &ops.mul(&g, &p));
        g = g_next;
        if g.max_bits() > 1 << 20 || lambda.max_bits() > 1 << 20 {
            return Err(rej(
                "evidence.steps",
                format!("replayed numbers exceed 2^20 bits at step {}", t + 1),
            ));
        }
        squares.push(g.sqr());
    }
    Ok(Replay {
        g,
        lambda,
        squares,
        monotone,
    })
}

/// The tail lemma on a replay that ended at `(g_K, λ_K)`, for every `η ∈ eta`, with the
/// evidence object `tail` (`{eps, lambda_lo, lambda_hi, rho, b}`): checks `g_K ⊆ [−ε, ε]`,
/// `|m| ≤ ρ < 1` and `|p| ≤ b` on the box (exact), and `λ_K ± εb/(1 − ρ)` inside the box.
/// Returns `(ε, L, ρ)` with `λ∞ ∈ L`.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the failed condition (under `p`).
pub(crate) fn verify_tail(
    run: &Replay,
    tail: &Value,
    p: &str,
    inputs: &UvInputs,
    eta: &RatInterval,
) -> Result<(BigRational, RatInterval, BigRational), CheckFailure> {
    let eps = rational_field(tail, p, "eps")?;
    let lam_box = RatInterval::new(
        rational_field(tail, p, "lambda_lo")?,
        rational_field(tail, p, "lambda_hi")?,
    )
    .map_err(|e| rej(p, e.to_string()))?;
    let rho = rational_field(tail, p, "rho")?;
    let b = rational_field(tail, p, "b")?;
    if eps.is_negative() || b.is_negative() || rho.is_negative() || rho >= BigRational::one() {
        return Err(rej(p, "need eps ≥ 0, b ≥ 0, 0 ≤ rho < 1"));
    }
    let gbox = RatInterval::new(-eps.clone(), eps.clone()).expect("eps ≥ 0");
    if !run.g.is_subset_of(&gbox) {
        return Err(rej(p, format!("g_K = {} is not inside [−eps, eps]", run.g)));
    }
    let (m, pf) = factors(&gbox, &lam_box, inputs, eta);
    if abs_max(&m) > rho {
        return Err(rej(p, format!("sup |m| over the box is {m}, above rho")));
    }
    if abs_max(&pf) > b {
        return Err(rej(p, format!("sup |p| over the box is {pf}, above b")));
    }
    let radius = &eps * &b / (BigRational::one() - &rho);
    let limit =
        RatInterval::new(&run.lambda.lo - &radius, &run.lambda.hi + &radius).expect("ordered");
    if !limit.is_subset_of(&lam_box) {
        return Err(rej(
            p,
            "λ_K ± eps·b/(1 − rho) leaves the box [lambda_lo, lambda_hi]",
        ));
    }
    Ok((eps, limit, rho))
}

/// The escape lemma (label 0) on a replay that ended at `(g_K, λ_K)`, for every `η ∈ eta`
/// (`eta.lo > 0`), with the evidence object `esc` (`{z, r0, delta}`): `z² = c·g_K²`,
/// `σ = η·λ_K/2`, `Z ≥ 2R̄ + 2`, `4·max(R̄² − 1, 0) ≤ δ(Z − 2R̄)`, `z².lo ≥ Z²`, `σ.lo ≥ 0`,
/// `σ².hi ≤ R₀²·z².lo`. Returns `Z`.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the failed condition (under `p`).
pub(crate) fn verify_escape(
    run: &Replay,
    esc: &Value,
    p: &str,
    inputs: &UvInputs,
    eta: &RatInterval,
) -> Result<BigRational, CheckFailure> {
    if !inputs.label.is_zero() {
        return Err(rej(p, "the escape lemma needs label 0"));
    }
    let z = rational_field(esc, p, "z")?;
    let r0 = rational_field(esc, p, "r0")?;
    let delta = rational_field(esc, p, "delta")?;
    if z.is_negative() || r0.is_negative() || !delta.is_positive() {
        return Err(rej(p, "need z ≥ 0, r0 ≥ 0, delta > 0"));
    }
    let rbar = &r0 + &delta;
    let excess = (&rbar * &rbar - BigRational::one()).max(BigRational::zero());
    if z < q(2) * &rbar + q(2) || q(4) * excess > &delta * (&z - q(2) * &rbar) {
        return Err(rej(
            p,
            "the constants violate Z ≥ 2R̄ + 2 or 4(R̄² − 1) ≤ δ(Z − 2R̄)",
        ));
    }
    let nq = BigRational::from_integer(inputs.n.into());
    let zz = run.g.sqr().mul(&eta.sqr().scale(&nq.recip()));
    let sigma = run
        .lambda
        .mul(eta)
        .scale(&BigRational::new(1.into(), 2.into()));
    if zz.lo < &z * &z {
        return Err(rej(p, "z_K² ≥ Z² is not proved"));
    }
    if sigma.lo.is_negative() || sigma.sqr().hi > &r0 * &r0 * &zz.lo {
        return Err(rej(p, "0 ≤ σ_K ≤ R₀|z_K| is not proved"));
    }
    Ok(z)
}

const KNOWN: &[&str] = &[
    "regime",
    "eta_lambda0",
    "t_peak",
    "loss_peak_ratio",
    "lambda_limit",
    "eta_times_lambda_limit",
    "loss_monotone",
    "loss_unbounded",
    "escape_step",
];

fn claimed(cert: &Certificate, name: &str) -> Result<RatInterval, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => enclosure(&format!("quantities.{name}"), e),
        Some(_) => Err(rej(&format!("quantities.{name}"), "expected an enclosure")),
        None => Err(rej(&format!("quantities.{name}"), "missing")),
    }
}

fn require_contains(
    cert: &Certificate,
    name: &str,
    ours: &RatInterval,
) -> Result<(), CheckFailure> {
    let theirs = claimed(cert, name)?;
    if !ours.is_subset_of(&theirs) {
        return Err(rej(
            &format!("quantities.{name}"),
            format!("the claimed enclosure {theirs} does not contain the checker's {ours}"),
        ));
    }
    Ok(())
}

fn exact_integer(cert: &Certificate, name: &str) -> Result<u64, CheckFailure> {
    let e = claimed(cert, name)?;
    if e.lo != e.hi || !e.lo.is_integer() || e.lo.is_negative() {
        return Err(rej(
            &format!("quantities.{name}"),
            "expected [T, T], T ≥ 0 an integer",
        ));
    }
    u64::try_from(e.lo.to_integer()).map_err(|_| rej(&format!("quantities.{name}"), "too large"))
}

/// The replay's cost-driving fields and its outcome: `(precision_bits, steps, outcome)`.
fn replay_fields(ev: &Value) -> Result<(u32, u64, &str), CheckFailure> {
    let bits = match field(ev, "evidence", "precision_bits")? {
        Value::Number(n) => {
            let b = n
                .as_u64()
                .filter(|b| (2..=u64::from(MAX_BITS)).contains(b))
                .ok_or_else(|| rej("evidence.precision_bits", "expected 2..=65536"))?;
            b as u32
        }
        _ => return Err(rej("evidence.precision_bits", "expected an integer")),
    };
    let steps = field(ev, "evidence", "steps")?
        .as_u64()
        .filter(|s| *s <= MAX_STEPS)
        .ok_or_else(|| {
            rej(
                "evidence.steps",
                format!("expected an integer ≤ {MAX_STEPS}"),
            )
        })?;
    let outcome = field(ev, "evidence", "outcome")?
        .as_str()
        .ok_or_else(|| rej("evidence.outcome", "expected a string"))?;
    Ok((bits, steps, outcome))
}

/// Fail if any of `names` is a quantity (`why`: it is meaningless for this outcome).
fn absent(cert: &Certificate, names: &[&str], why: &str) -> Result<(), CheckFailure> {
    match names.iter().find(|n| cert.quantities.contains_key(**n)) {
        Some(name) => Err(rej(&format!("quantities.{name}"), why)),
        None => Ok(()),
    }
}

/// Outcome `converges`: the tail lemma, λ∞ and ηλ∞, the loss peak `t_peak` and its ratio, the
/// regime (`lazy` iff the peak is the start), `loss_monotone`. Returns the report lines.
fn check_converges(
    cert: &Certificate,
    inputs: &UvInputs,
    run: &Replay,
    steps: u64,
    regime: &str,
) -> Result<Vec<String>, CheckFailure> {
    let tail = field(&cert.evidence, "evidence", "tail")?;
    let eta_point = RatInterval::point(inputs.eta.clone());
    let (eps, limit, rho) = verify_tail(run, tail, "evidence.tail", inputs, &eta_point)?;
    let mut details = vec![format!(
        "tail lemma at step {steps}: |g_k| ≤ eps·rho^(k−K), rho = {rho}"
    )];
    require_contains(cert, "lambda_limit", &limit)?;
    let eta_limit = limit.scale(&inputs.eta);
    require_contains(cert, "eta_times_lambda_limit", &eta_limit)?;
    absent(
        cert,
        &["loss_unbounded", "escape_step"],
        "meaningless for a converging run",
    )?;
    let t_peak = exact_integer(cert, "t_peak")?;
    if t_peak > steps {
        return Err(rej("quantities.t_peak", "after the last replayed step"));
    }
    let top = &run.squares[t_peak as usize];
    if top.lo <= &eps * &eps {
        return Err(rej(
            "quantities.t_peak",
            "the peak is not above the tail bound",
        ));
    }
    if let Some((t, _)) = run
        .squares
        .iter()
        .enumerate()
        .find(|(t, s)| *t as u64 != t_peak && s.hi >= top.lo)
    {
        return Err(rej(
            "quantities.t_peak",
            format!("the loss at step {t} is not proved below the loss at step {t_peak}"),
        ));
    }
    let g0sq = (&inputs.f0 - &inputs.label) * (&inputs.f0 - &inputs.label);
    // loss_{t_peak}/loss₀, exactly 1 when the peak is the start.
    let ratio = if t_peak == 0 {
        RatInterval::from_int(1)
    } else {
        top.scale(&g0sq.recip())
    };
    require_contains(cert, "loss_peak_ratio", &ratio)?;
    let expected = if t_peak == 0 { "lazy" } else { "catapult" };
    if regime != expected {
        return Err(rej(
            "quantities.regime",
            format!("the proved behaviour (peak at step {t_peak}) is {expected}, not {regime}"),
        ));
    }
    if expected == "catapult" && eta_limit.hi >= q(2) {
        return Err(rej("quantities.regime", "ηλ∞ < 2 is not proved"));
    }
    match cert.quantities.get("loss_monotone") {
        None => {}
        Some(Quantity::Bool(true)) if run.monotone => {}
        Some(Quantity::Bool(false)) if t_peak > 0 => {}
        Some(_) => {
            return Err(rej(
                "quantities.loss_monotone",
                "not established by the replay",
            ));
        }
    }
    details.push(format!("regime {expected}: loss peak at step {t_peak}"));
    Ok(details)
}

/// Outcome `escapes` (label 0): the escape lemma, the `divergent` regime, `loss_unbounded`
/// and `escape_step`. Returns the report line.
fn check_escapes(
    cert: &Certificate,
    inputs: &UvInputs,
    run: &Replay,
    steps: u64,
    regime: &str,
) -> Result<String, CheckFailure> {
    if !inputs.label.is_zero() {
        return Err(rej("evidence.outcome", "the escape lemma needs label 0"));
    }
    let esc = field(&cert.evidence, "evidence", "escape")?;
    let eta_point = RatInterval::point(inputs.eta.clone());
    let z = verify_escape(run, esc, "evidence.escape", inputs, &eta_point)?;
    if regime != "divergent" {
        return Err(rej(
            "quantities.regime",
            "an escape proves the divergent regime",
        ));
    }
    if cert.quantities.get("loss_unbounded") != Some(&Quantity::Bool(true)) {
        return Err(rej("quantities.loss_unbounded", "expected true"));
    }
    if exact_integer(cert, "escape_step")? != steps {
        return Err(rej("quantities.escape_step", "must equal evidence.steps"));
    }
    absent(
        cert,
        &[
            "t_peak",
            "loss_peak_ratio",
            "lambda_limit",
            "eta_times_lambda_limit",
            "loss_monotone",
        ],
        "meaningless for a divergent run",
    )?;
    Ok(format!(
        "escape lemma at step {steps}: |z_k| ≥ 2^(k−K)·{z} → ∞"
    ))
}

/// Re-verify a `catapult` certificate that claims verification: the replay
/// (`replay_fields`, `replay`), then `check_converges` or `check_escapes`.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first check that failed.
pub fn check(cert: &Certificate, inputs: &UvInputs) -> Result<Vec<String>, CheckFailure> {
    super::only_known_quantities(cert, KNOWN)?;
    let (bits, steps, outcome) = replay_fields(&cert.evidence)?;
    let eta_lambda0 = RatInterval::point(&inputs.eta * &inputs.lambda0);
    if cert.quantities.contains_key("eta_lambda0") {
        require_contains(cert, "eta_lambda0", &eta_lambda0)?;
    }
    let regime = match cert.quantities.get("regime") {
        Some(Quantity::Label(s)) => s.as_str(),
        _ => return Err(rej("quantities.regime", "missing or not a label")),
    };
    let run = replay(
        inputs,
        &RatInterval::point(inputs.eta.clone()),
        Some(bits),
        steps,
    )?;
    let mut details = vec![format!(
        "replayed {steps} steps of the (f, λ) recursion rounded outward to {bits} bits"
    )];
    match outcome {
        "converges" => details.extend(check_converges(cert, inputs, &run, steps, regime)?),
        "escapes" => details.push(check_escapes(cert, inputs, &run, steps, regime)?),
        other => {
            return Err(rej(
                "evidence.outcome",
                format!("unknown outcome {other:?} (converges or escapes)"),
            ));
        }
    }
    Ok(details)
}
