//! The `balancing` claim: GD on f = φ(xᵀy − 1), x, y ∈ ℝⁿ, converges to a minimiser with
//! sharpness S∞ = q∞ = ‖x∞‖² + ‖y∞‖², h·S∞ ≤ 2 and ‖x∞ − y∞‖ = √(q∞ − 2) ≤ √(2/h − 2).
//!
//! # Inputs
//! `model = {kind: "product", dim: n, target: "1", phi}` with `phi` one of `quad`,
//! `pseudo-huber`, `quartic`, `logcosh`, `power:K` (`K = a/b` in lowest terms, `0 < K ≤ 64`,
//! `b ≤ 16`, written `a` or `a/b`); `eta = h > 0`;
//! `init = [x1..xn, y1..yn]`.
//!
//! # One step (the exact evaluation order)
//! State `(r, q)`, `r = xᵀy − 1`, `q = ‖x‖² + ‖y‖²` (exact from `init`). Every operation is
//! followed by `round_out(bits)`; `√` is rounded outward exactly (`RD_b(√lo)`, `RU_b(√hi)`):
//! `c = C(r)` (`quad`: 1; `pseudo-huber`: `1/√(1 + sqr(r))`; `quartic`: `1 + sqr(r)`;
//! `power:a/b`: `w = (1 + sqr(r))^{1/(2b)}` (rounded outward exactly), `w·w·…` (`|a − 2b|`
//! factors, left to right), inverted if `a < 2b`, `1` if `a = 2b`; `logcosh`: see
//! `tanh_over_x`); `g = c·r`; `s = 1 + r`;
//! `m = (1 − h·(c·q)) + (h·h)·(c·(g·s))`; `p = (h·c)·((h·g)·q − 4s)`; `r⁺ = r·m`;
//! `q⁺ = q + r·p`.
//!
//! # Evidence
//! `{"precision_bits": b, "steps": K, "tail": {"eps", "q_lo", "q_hi", "rho", "b"}}`.
//!
//! # What the checker does
//! Replays K steps; checks `r_K ⊆ [−ε, ε]`; evaluates `m`, `p` on the box
//! `[−ε, ε] × [q_lo, q_hi]` (same formulas, rounded outward) with `|m| ≤ ρ < 1`, `|p| ≤ b`;
//! `L = [q_K.lo − R, q_K.hi + R] ⊆ [q_lo, q_hi]`, `R = εb/(1 − ρ)`. Then S∞ = q∞ ∈ L. Requires
//! `sharpness_limit ⊇ L`, `eta_times_sharpness ⊇ h·L`; `sharpness_below_edge: true` needs
//! `h·L.hi ≤ 2`; `imbalance_limit = [a, b]` needs `0 ≤ a`, `a² ≤ max(L.lo − 2, 0)`,
//! `b² ≥ L.hi − 2`, `b ≥ 0`; `imbalance_bound = [a, b]` needs `h ≤ 1`, `a² ≤ 2/h − 2 ≤ b²`,
//! `a, b ≥ 0`; `imbalance_within_bound: true` needs `h·L.hi ≤ 2` (equivalent:
//! `L.hi − 2 ≤ 2/h − 2`). Any other quantity is rejected.

use num_bigint::BigInt;
use num_rational::{BigRational, Ratio};
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::interval::{RatInterval, Rounded, round_down, round_up};
use super::{CheckFailure, enclosure, exact};
pub use crate::caps::balancing::*;
use crate::{Certificate, Quantity};

/// The loss shapes the checker knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// r²/2.
    Quad,
    /// √(1 + r²) − 1.
    PseudoHuber,
    /// r²/2 + r⁴/4.
    Quartic,
    /// ((1 + r²)^{K/2} − 1)/K, K = a/b.
    Power(Ratio<u32>),
    /// ln cosh r.
    LogCosh,
}

impl Shape {
    /// `|φ′(r)| ≤ |r|` and `φ(r) ≤ r²/2` for all r (quad, pseudo-huber, logcosh, power:K ≤ 2).
    pub fn sub_quadratic(self) -> bool {
        match self {
            Shape::Quad | Shape::PseudoHuber | Shape::LogCosh => true,
            Shape::Quartic => false,
            Shape::Power(k) => k <= Ratio::from_integer(2),
        }
    }
}

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// The validated inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductInputs {
    /// φ.
    pub shape: Shape,
    /// h.
    pub h: BigRational,
    /// r₀ = x₀ᵀy₀ − 1.
    pub r0: BigRational,
    /// q₀ = ‖x₀‖² + ‖y₀‖².
    pub q0: BigRational,
}

/// The loss shape named by `model.phi`.
///
/// # Errors
/// [`CheckFailure::Rejected`] for a missing or unknown shape.
pub(crate) fn parse_shape(phi: Option<&str>) -> Result<Shape, CheckFailure> {
    Ok(match phi {
        Some("quad") => Shape::Quad,
        Some("pseudo-huber") => Shape::PseudoHuber,
        Some("quartic") => Shape::Quartic,
        Some("logcosh") => Shape::LogCosh,
        Some(other) => {
            let unknown = || rej("model.phi", format!("unknown shape {other:?}"));
            let k = other.strip_prefix("power:").ok_or_else(unknown)?;
            let (a, b) = k.split_once('/').unwrap_or((k, "1"));
            let int = |t: &str| {
                (t.bytes().all(|c| c.is_ascii_digit()) && !t.starts_with('0'))
                    .then(|| t.parse::<u32>().ok())
                    .flatten()
            };
            let (a, b) = (int(a).ok_or_else(unknown)?, int(b).ok_or_else(unknown)?);
            let k = Ratio::new(a, b);
            // Lowest terms only, so that each shape has one name.
            if *k.numer() != a || b > 16 || k > Ratio::from_integer(64) {
                return Err(unknown());
            }
            Shape::Power(k)
        }
        None => return Err(rej("model.phi", "missing")),
    })
}

/// Parse and validate the inputs.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the field.
pub fn parse_inputs(cert: &Certificate) -> Result<ProductInputs, CheckFailure> {
    let m = &cert.model;
    if m.kind != "product" || m.depth.is_some() {
        return Err(rej(
            "model.kind",
            "the balancing claim needs model kind product, no depth",
        ));
    }
    if m.target != "1" {
        return Err(rej(
            "model.target",
            "the product family is normalised to target 1",
        ));
    }
    let n = m.dim.ok_or_else(|| rej("model.dim", "missing"))?;
    if !(1..=MAX_DIM).contains(&n) {
        return Err(rej("model.dim", format!("outside 1..={MAX_DIM}")));
    }
    let shape = parse_shape(m.phi.as_deref())?;
    let h = exact(
        "eta",
        cert.eta.as_deref().ok_or_else(|| rej("eta", "missing"))?,
    )?;
    if !h.is_positive() {
        return Err(rej("eta", "the step must be > 0"));
    }
    if cert.init.len() != 2 * n {
        return Err(rej("init", format!("expected 2n = {} numbers", 2 * n)));
    }
    let init = cert
        .init
        .iter()
        .enumerate()
        .map(|(i, s)| exact(&format!("init[{i}]"), s))
        .collect::<Result<Vec<_>, _>>()?;
    let (x, y) = init.split_at(n);
    let s = x
        .iter()
        .zip(y)
        .fold(BigRational::zero(), |a, (u, v)| a + u * v);
    let q0 = init.iter().fold(BigRational::zero(), |a, u| a + u * u);
    Ok(ProductInputs {
        shape,
        h,
        r0: s - BigRational::one(),
        q0,
    })
}

/// `⌊x^{1/n} · 2^k⌋` and whether it is exact, for `x ≥ 0`, `k ≥ 0`, `n ≥ 1`
/// (`⌊y^{1/n}⌋ = ⌊⌊y⌋^{1/n}⌋` for `y ≥ 0`).
fn iroot_scaled(x: &BigRational, n: u32, k: u64) -> (BigInt, bool) {
    let num = x.numer() << (u64::from(n) * k);
    let t = (&num / x.denom()).nth_root(n);
    let exact_root = num_traits::pow(t.clone(), n as usize) * x.denom() == num;
    (t, exact_root)
}

/// `x^{1/n}` of a non-negative interval, rounded outward to `bits` (exact directed rounding).
fn root_out(x: &RatInterval, n: u32, bits: u32) -> Option<RatInterval> {
    if x.lo.is_negative() {
        return None;
    }
    let one_side = |v: &BigRational, up: bool| -> BigRational {
        if v.is_zero() {
            return BigRational::zero();
        }
        // v^{1/n} ≈ 2^{e/n}; choose k ≥ 0 so that ⌊v^{1/n}·2^k⌋ has at least bits + 2 bits.
        // Then the grid spacing of F_bits near v^{1/n} is a multiple of 2^{-k}, so rounding the
        // truncated root gives exactly RD(v^{1/n}) (or, from the ceiling, RU(v^{1/n})).
        let e = v.numer().bits() as i64 - v.denom().bits() as i64;
        let k = (i64::from(bits) + 4 - e.div_euclid(i64::from(n))).max(0) as u64;
        let (t, is_exact) = iroot_scaled(v, n, k);
        let scale = BigRational::from_integer(BigInt::one() << k);
        if up {
            let t = if is_exact { t } else { t + 1 };
            round_up(&(BigRational::from_integer(t) / scale), bits)
        } else {
            round_down(&(BigRational::from_integer(t) / scale), bits)
        }
    };
    Some(RatInterval {
        lo: one_side(&x.lo, false),
        hi: one_side(&x.hi, true),
    })
}

/// An enclosure of `C(r) = tanh(r)/r` (`logcosh`), rounded outward to `bits`.
///
/// `C` is even and decreasing in `u = |r|` (`(tanh u/u)′ = (u·sech²u − tanh u)/u² < 0` since
/// `2u < sinh 2u`), so `C(r) ⊆ [C(u_hi), C(u_lo)]`, and `0 < C ≤ 1`. Each end value `x` is
/// bounded twice, the tighter bound kept: for `x > 0`, `tanh x = 1 − 2/(1 + e^{2x})` with
/// `e^{2x}` from [`super::elementary::exp`]; for `x < 1`, the bracket
/// `1 − x²/3 ≤ tanh(x)/x ≤ 1 − x²/3 + 2x⁴/15` (`0 < x ≤ √3`, proved in `model::product`).
fn tanh_over_x(r: &RatInterval, bits: u32) -> RatInterval {
    let one = BigRational::one();
    let two = BigRational::from_integer(2.into());
    let u_hi = r.lo.abs().max(r.hi.abs());
    let u_lo = if r.contains_zero() {
        BigRational::zero()
    } else {
        r.lo.abs().min(r.hi.abs())
    };
    let mut lo = BigRational::zero();
    let mut hi = one.clone();
    if u_hi < one {
        let third = |x: &BigRational| x * x / BigRational::from_integer(3.into());
        let q4 = |x: &BigRational| x * x * x * x * BigRational::new(2.into(), 15.into());
        lo = lo.max(&one - third(&u_hi));
        hi = hi.min(&one - third(&u_lo) + q4(&u_lo));
    }
    // C(x) from below (`down`) or above, at a point x > 0.
    // Beyond the exp cap (2x > MAX_EXP_ARG) only the trivial bracket 0 < tanh x ≤ 1 is used.
    let c_at = |x: &BigRational, down: bool| match super::elementary::exp(
        &RatInterval::point(x * &two),
        bits,
    ) {
        Some(e) => {
            let e = if down { e.lo } else { e.hi };
            (&one - &two / (&one + e)) / x
        }
        None if down => BigRational::zero(),
        None => &one / x,
    };
    if u_hi.is_positive() {
        lo = lo.max(c_at(&u_hi, true));
    }
    if u_lo.is_positive() {
        hi = hi.min(c_at(&u_lo, false));
    }
    RatInterval {
        lo: round_down(&lo, bits),
        hi: round_up(&hi, bits),
    }
}

/// The factors `(m, p)` on enclosures, rounded outward to `bits`.
fn factors(
    shape: Shape,
    ops: &Rounded,
    bits: u32,
    r: &RatInterval,
    q: &RatInterval,
    h: &RatInterval,
) -> Result<(RatInterval, RatInterval), CheckFailure> {
    let one = ops.constant(&BigRational::one());
    let div = |a: &RatInterval, b: &RatInterval| {
        ops.div(a, b).map_err(|e| rej("evidence", e.to_string()))
    };
    let root = |n: u32| {
        root_out(&ops.add(&one, &ops.sqr(r)), n, bits)
            .ok_or_else(|| rej("evidence", "root of a negative enclosure"))
    };
    let c = match shape {
        Shape::Quad => one.clone(),
        Shape::PseudoHuber => div(&one, &root(2)?)?,
        Shape::LogCosh => tanh_over_x(r, bits),
        Shape::Quartic => ops.add(&one, &ops.sqr(r)),
        Shape::Power(k) => {
            let (a, b) = (i64::from(*k.numer()), *k.denom());
            let e = a - 2 * i64::from(b);
            if e == 0 {
                one.clone()
            } else {
                let w = root(2 * b)?;
                let mut acc = w.clone();
                for _ in 1..e.unsigned_abs() {
                    acc = ops.mul(&acc, &w);
                }
                if e < 0 { div(&one, &acc)? } else { acc }
            }
        }
    };
    let g = ops.mul(&c, r);
    let s = ops.add(&one, r);
    let m = ops.add(
        &ops.sub(&one, &ops.mul(h, &ops.mul(&c, q))),
        &ops.mul(&ops.mul(h, h), &ops.mul(&c, &ops.mul(&g, &s))),
    );
    let four_s = s
        .scale(&BigRational::from_integer(4.into()))
        .round_out(Some(bits));
    let p = ops.mul(
        &ops.mul(h, &c),
        &ops.sub(&ops.mul(&ops.mul(h, &g), q), &four_s),
    );
    Ok((m, p))
}

/// What a replay plus tail lemma established for one start (box).
#[derive(Clone, Debug)]
pub struct TailProof {
    /// `|r_K| ≤ eps`.
    pub eps: BigRational,
    /// `|r_k| ≤ eps·rho^{k−K}` for `k ≥ K`.
    pub rho: BigRational,
    /// `q∞ ∈ limit`.
    pub limit: RatInterval,
}

/// Replay `steps` steps of the factor-form map from the enclosures `(r, q)` (step `h`, an
/// enclosure), rounded outward to `bits`; `field` names the evidence in failures.
///
/// # Errors
/// [`CheckFailure::Rejected`] when the numbers exceed 2²⁰ bits; over budget as [`super::budget`].
pub(crate) fn replay(
    shape: Shape,
    bits: u32,
    mut r: RatInterval,
    mut q: RatInterval,
    h: &RatInterval,
    steps: u64,
    field: &str,
) -> Result<(RatInterval, RatInterval), CheckFailure> {
    let ops = Rounded::new(Some(bits));
    for t in 0..steps {
        super::budget::tick()?;
        let (m, p) = factors(shape, &ops, bits, &r, &q, h)?;
        let r_next = ops.mul(&r, &m);
        q = ops.add(&q, &ops.mul(&r, &p));
        r = r_next;
        if r.max_bits() > 1 << 20 || q.max_bits() > 1 << 20 {
            return Err(rej(
                &format!("{field}.steps"),
                format!("numbers too large at step {}", t + 1),
            ));
        }
    }
    Ok((r, q))
}

/// Replay `steps` steps from the enclosures `(r, q)` (step `h`, an enclosure) rounded outward to
/// `bits`, then check the tail lemma with the evidence object `tail`
/// (`{eps, q_lo, q_hi, rho, b}`); `field` names the evidence in failures.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the failed condition.
#[allow(clippy::too_many_arguments)]
pub(crate) fn replay_tail(
    shape: Shape,
    bits: u32,
    mut r: RatInterval,
    mut q: RatInterval,
    h: &RatInterval,
    steps: u64,
    tail: &Value,
    field: &str,
) -> Result<TailProof, CheckFailure> {
    let ops = Rounded::new(Some(bits));
    let tf = format!("{field}.tail");
    let text = |key: &str| -> Result<BigRational, CheckFailure> {
        let name = format!("{tf}.{key}");
        let s = tail
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| rej(&name, "missing or not a string"))?;
        exact(&name, s)
    };
    (r, q) = replay(shape, bits, r, q, h, steps, field)?;
    let eps = text("eps")?;
    let q_box =
        RatInterval::new(text("q_lo")?, text("q_hi")?).map_err(|e| rej(&tf, e.to_string()))?;
    let rho = text("rho")?;
    let b = text("b")?;
    if eps.is_negative() || b.is_negative() || rho.is_negative() || rho >= BigRational::one() {
        return Err(rej(&tf, "need eps ≥ 0, b ≥ 0, 0 ≤ rho < 1"));
    }
    let rbox = RatInterval::new(-eps.clone(), eps.clone()).expect("eps ≥ 0");
    if !r.is_subset_of(&rbox) {
        return Err(rej(
            &format!("{tf}.eps"),
            format!("r_K = {r} is not inside [−eps, eps]"),
        ));
    }
    let (m, p) = factors(shape, &ops, bits, &rbox, &q_box, h)?;
    let sup = |x: &RatInterval| x.lo.abs().max(x.hi.abs());
    if sup(&m) > rho {
        return Err(rej(
            &format!("{tf}.rho"),
            format!("sup |m| on the box is {m}"),
        ));
    }
    if sup(&p) > b {
        return Err(rej(
            &format!("{tf}.b"),
            format!("sup |p| on the box is {p}"),
        ));
    }
    let radius = &eps * &b / (BigRational::one() - &rho);
    let limit = RatInterval::new(&q.lo - &radius, &q.hi + &radius).expect("ordered");
    if !limit.is_subset_of(&q_box) {
        return Err(rej(&tf, "q_K ± eps·b/(1 − rho) leaves [q_lo, q_hi]"));
    }
    Ok(TailProof { eps, rho, limit })
}

const KNOWN: &[&str] = &[
    "sharpness_limit",
    "eta_times_sharpness",
    "sharpness_below_edge",
    "imbalance_limit",
    "imbalance_bound",
    "imbalance_within_bound",
];

fn claimed(cert: &Certificate, name: &str) -> Result<Option<RatInterval>, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => Ok(Some(enclosure(&format!("quantities.{name}"), e)?)),
        Some(_) => Err(rej(&format!("quantities.{name}"), "expected an enclosure")),
        None => Ok(None),
    }
}

/// Re-verify a `balancing` certificate that claims verification.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first check that failed.
pub fn check(cert: &Certificate, inputs: &ProductInputs) -> Result<Vec<String>, CheckFailure> {
    super::only_known_quantities(cert, KNOWN)?;
    let ev = &cert.evidence;
    let bits = super::precision_bits(ev)?;
    let steps = super::steps_at_most(ev, "evidence", MAX_STEPS)?;
    let tail = ev
        .get("tail")
        .ok_or_else(|| rej("evidence.tail", "missing"))?;
    let ops = Rounded::new(Some(bits));
    let h = ops.constant(&inputs.h);
    let r = ops.constant(&inputs.r0);
    let q = ops.constant(&inputs.q0);
    let proved = replay_tail(inputs.shape, bits, r, q, &h, steps, tail, "evidence")?;
    let limit = proved.limit;
    let hq = &inputs.h;
    let two = BigRational::from_integer(2.into());
    let contains = |name: &str, ours: &RatInterval| -> Result<(), CheckFailure> {
        let theirs =
            claimed(cert, name)?.ok_or_else(|| rej(&format!("quantities.{name}"), "missing"))?;
        if !ours.is_subset_of(&theirs) {
            return Err(rej(
                &format!("quantities.{name}"),
                format!("{theirs} does not contain the checker's {ours}"),
            ));
        }
        Ok(())
    };
    contains("sharpness_limit", &limit)?;
    contains("eta_times_sharpness", &limit.scale(hq))?;
    let below_edge = hq * &limit.hi <= two;
    for name in ["sharpness_below_edge", "imbalance_within_bound"] {
        match cert.quantities.get(name) {
            None => {}
            Some(Quantity::Bool(true)) if below_edge => {}
            Some(_) => return Err(rej(&format!("quantities.{name}"), "h·S∞ ≤ 2 is not proved")),
        }
    }
    if let Some(e) = claimed(cert, "imbalance_limit")? {
        let d_lo = (&limit.lo - &two).max(BigRational::zero());
        let d_hi = &limit.hi - &two;
        if e.lo.is_negative() || &e.lo * &e.lo > d_lo || d_hi.is_negative() || &e.hi * &e.hi < d_hi
        {
            return Err(rej(
                "quantities.imbalance_limit",
                "does not enclose √(q∞ − 2)",
            ));
        }
    }
    if let Some(e) = claimed(cert, "imbalance_bound")? {
        if hq > &BigRational::one() {
            return Err(rej(
                "quantities.imbalance_bound",
                "√(2/h − 2) is not real for h > 1",
            ));
        }
        let v = &two / hq - &two;
        if e.lo.is_negative() || &e.lo * &e.lo > v || &e.hi * &e.hi < v {
            return Err(rej(
                "quantities.imbalance_bound",
                "does not enclose √(2/h − 2)",
            ));
        }
    }
    Ok(vec![
        format!("replayed {steps} steps of the (r, q) map rounded outward to {bits} bits"),
        format!("tail lemma: |r_k| ≤ eps·rho^(k−K), S∞ = q∞ ∈ {limit}"),
        format!("h·S∞ ≤ 2 proved: {below_edge}"),
    ])
}
