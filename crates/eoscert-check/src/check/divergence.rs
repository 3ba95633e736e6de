//! The `divergence` claim: GD on f = φ(xᵀy − 1) from an exact start diverges (`|r_t| → ∞`, so
//! the loss is unbounded), for φ with `C(r) = φ′(r)/r ≥ 1` everywhere: `quad`, `quartic`,
//! `power:K` with `K ≥ 2`.
//!
//! # Inputs
//! As for `balancing` (`model.kind = "product"`, `phi`, `eta = h`, `init = [x…, y…]`).
//!
//! # Evidence
//! `{"precision_bits": b, "steps": K, "escape": {"r_min": ρ, "kappa0": κ₀, "delta": δ}}`.
//!
//! # What the checker does
//! 1. The shape has `C ≥ 1` (quad: 1; quartic: 1 + r²; power:K, K ≥ 2: (1 + r²)^{(K−2)/2}).
//! 2. Replays `K ≤` [`MAX_STEPS`] steps of the `balancing` factor-form map from the exact
//!    `(r₀, q₀)` rounded outward to `b` bits.
//! 3. The escape lemma (proof in `eoscert::certify::balancing`): `ρ > 0`, `κ₀ ≥ 0`, `δ > 0`,
//!    `κ̄ = κ₀ + δ`, `D = ρ − 1 − κ̄/h > 0`, `h²ρD ≥ 1`,
//!    `2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ)) ≤ δD` (exact), and for the replayed enclosures
//!    `min |r_K| ≥ ρ` (`r_K` does not contain `(−ρ, ρ)`) and `q_K.hi ≤ κ₀·min |r_K|`. Then
//!    `|r_k| ≥ 2^{k−K}ρ` for all `k ≥ K`.
//! 4. Quantities: `diverges = true`, `escape_step = [K, K]`; nothing else.

use num_rational::{BigRational, Ratio};
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::CheckFailure;
use super::balancing::{ProductInputs, Shape, replay};
use super::interval::{RatInterval, Rounded};
pub use crate::caps::divergence::*;
use crate::{Certificate, Quantity};

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// `C(r) ≥ 1` for every r.
pub fn grows_at_least_quadratically(shape: Shape) -> bool {
    match shape {
        Shape::Quad | Shape::Quartic => true,
        Shape::Power(k) => k >= Ratio::from_integer(2),
        Shape::PseudoHuber | Shape::LogCosh => false,
    }
}

/// The escape lemma's conditions on the constants, exact.
fn constants_hold(
    h: &BigRational,
    rho: &BigRational,
    k0: &BigRational,
    delta: &BigRational,
) -> bool {
    let (two, four) = (
        BigRational::from_integer(2.into()),
        BigRational::from_integer(4.into()),
    );
    if !h.is_positive() || !rho.is_positive() || k0.is_negative() || !delta.is_positive() {
        return false;
    }
    let kbar = k0 + delta;
    let d = rho - BigRational::one() - &kbar / h;
    if !d.is_positive() || h * h * rho * &d < BigRational::one() {
        return false;
    }
    let excess = (&kbar * &kbar - &four).max(BigRational::zero());
    two * (excess / h + &kbar + four / (h * rho)) <= delta * d
}

/// The escape lemma at the replayed enclosures `(r_K, q_K)`: the constants `esc`
/// (`{r_min, kappa0, delta}`) satisfy the conditions at the step `h_min` (which then hold for
/// every `h ≥ h_min`: each condition only gets easier as `h` grows), `min |r_K| ≥ ρ` and
/// `q_K.hi ≤ κ₀·min |r_K|`. Returns ρ.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the failed condition under `field`.
pub(crate) fn escape_holds(
    h_min: &BigRational,
    r: &RatInterval,
    q: &RatInterval,
    esc: &Value,
    field: &str,
) -> Result<BigRational, CheckFailure> {
    let value = |key: &str| -> Result<BigRational, CheckFailure> {
        let name = format!("{field}.{key}");
        let s = esc
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| rej(&name, "missing or not a string"))?;
        super::exact(&name, s)
    };
    let rho = value("r_min")?;
    let k0 = value("kappa0")?;
    let delta = value("delta")?;
    if !constants_hold(h_min, &rho, &k0, &delta) {
        return Err(rej(
            field,
            "the constants violate D = ρ − 1 − κ̄/h > 0, h²ρD ≥ 1 or \
             2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ)) ≤ δD",
        ));
    }
    let abs_min = if r.lo.is_positive() {
        r.lo.clone()
    } else if r.hi.is_negative() {
        -r.hi.clone()
    } else {
        BigRational::zero()
    };
    if abs_min < rho {
        return Err(rej(
            &format!("{field}.r_min"),
            format!("|r_K| ≥ ρ is not proved (r_K = {r})"),
        ));
    }
    if q.hi > &k0 * &abs_min {
        return Err(rej(
            &format!("{field}.kappa0"),
            format!("q_K ≤ κ₀|r_K| is not proved (q_K = {q})"),
        ));
    }
    Ok(rho)
}

/// Re-verify a `divergence` certificate that claims verification.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first check that failed.
pub fn check(cert: &Certificate, inputs: &ProductInputs) -> Result<Vec<String>, CheckFailure> {
    super::only_known_quantities(cert, &["diverges", "escape_step"])?;
    if !grows_at_least_quadratically(inputs.shape) {
        return Err(rej(
            "model.phi",
            "the escape lemma needs φ′(r)/r ≥ 1 (quad, quartic, power:K with K ≥ 2)",
        ));
    }
    let ev = &cert.evidence;
    let bits = super::precision_bits(ev)?;
    let steps = super::steps_at_most(ev, "evidence", MAX_STEPS)?;
    let esc = ev
        .get("escape")
        .ok_or_else(|| rej("evidence.escape", "missing"))?;
    let ops = Rounded::new(Some(bits));
    let h = ops.constant(&inputs.h);
    let (r, q) = replay(
        inputs.shape,
        bits,
        ops.constant(&inputs.r0),
        ops.constant(&inputs.q0),
        &h,
        steps,
        "evidence",
    )?;
    let rho = escape_holds(&inputs.h, &r, &q, esc, "evidence.escape")?;
    if cert.quantities.get("diverges") != Some(&Quantity::Bool(true)) {
        return Err(rej("quantities.diverges", "expected true"));
    }
    let step = match cert.quantities.get("escape_step") {
        Some(Quantity::Enclosure(e)) => super::enclosure("quantities.escape_step", e)?,
        _ => return Err(rej("quantities.escape_step", "missing")),
    };
    let k = BigRational::from_integer(steps.into());
    if step.lo != k || step.hi != k {
        return Err(rej("quantities.escape_step", "must equal evidence.steps"));
    }
    Ok(vec![
        format!("replayed {steps} steps of the (r, q) map rounded outward to {bits} bits"),
        format!("escape lemma at step {steps}: |r_k| ≥ 2^(k−K)·{rho} → ∞"),
    ])
}
