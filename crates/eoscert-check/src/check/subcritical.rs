//! The `subcritical` claim (MacDonald et al., Theorem 5.1): τ, the limit sharpness λ∞ and the rate.
//!
//! Model: `factorisation` only (depth `p`, target `y > 0`), all `init` coordinates `> 0`.
//!
//! # Evidence
//! ```text
//! {"precision_bits": b (1..=65536),
//!  "steps": T,
//!  "checkpoints": [{"step": k, "theta": [{"lo","hi"}, ...]}, ...],   (as for `trajectory`)
//!  "projections": [{"lo","hi"}, ...],         (T + 1 Newton intervals α_t, t = 0..=T)
//!  "lambda_to_tau": [{"lo","hi"}, ...],       (τ + 1 enclosures of λ(θ∥_t), t = 0..=τ)
//!  "tail": {"kappa": "..", "region": [{"lo","hi"}, ...], "limit_alpha": {"lo","hi"}}}
//! ```
//!
//! # What the checker does (exact rationals only; it never calls prover code)
//! 1. **η < η_crit** exactly: `(ηp)^p·y^(2p−2) < 2^p` (λ* = p·y^(2−2/p)).
//! 2. **Replay** the GD step from the exact `init` with outward rounding to `b` bits, in the
//!    order documented in [`super::trajectory`], checking and restarting from the checkpoint
//!    boxes. This gives a box `Θ_t ∋ θ_t` at every `t ≤ T`.
//! 3. **Projection at every step** (`Θ_t` rounded outward to 256 bits first). With
//!    `A = α_t`, `sᵢ = √(θᵢ² + 4Ay)` (outward rational square roots, 256 bits, from the integer
//!    square root), `zᵢ = (θᵢ + sᵢ)/2`, `φ(a) = ∏zᵢ(a) − y`, `φ′(A) = Σ (y/sᵢ)∏_{j≠i} zⱼ`:
//!    require all `θᵢ > 0`, `θᵢ² + 4Ay > 0`, `φ′(A) > 0`, `N = m − φ(m)/φ′(A) ⊆ A`
//!    (`m` the exact midpoint; interval Newton: a unique multiplier in `A` for every θ ∈ Θ),
//!    and `Σ ((sᵢ − θᵢ)/2)² < (min θᵢ)²/4` (the "+"-root KKT point is the nearest point of M,
//!    see `src/certify/projection.rs`). Then `λ(θ∥_t) ∈ Σ y²/zᵢ²`; require `ηλ ≥ 2` for
//!    `t < τ` and `ηλ < 2` for `τ ≤ t ≤ T`.
//! 4. **Tail** from `B = Θ_T` (the step-T checkpoint): `R = sup|f(B) − y|`; on the region `K`
//!    (all `lo > 0`): `gᵢ(K)` as in the step, `m = 1 − η·Σᵢ gᵢ·gᵢ` (left to right), require
//!    `sup|m| ≤ κ < 1`; `Dᵢ = η·sup|gᵢ(K)|·R/(1 − κ)`; require `B ± D ⊆ K`. Then every θ_t,
//!    `t ≥ T`, and θ∞ ∈ M lie in `B ± D` (module docs of `src/certify/subcritical.rs`).
//!    `λ∞ ∈ Σ sqr(gᵢ(B ± D))` must lie inside the claimed `sharpness_limit`; the projection of
//!    `B ± D` with `limit_alpha` must give `ηλ < 2` (all `t > T`).
//! 5. `limit_between`: claimed `sharpness_limit` has `lo > λ*` (`(lo/p)^p > y^(2p−2)`) and
//!    `η·hi < 2`. `rate` must contain `|1 − η·sharpness_limit|`.
//! 6. **Hypotheses.** `evidence.lambda_to_tau` (τ + 1 enclosures) must contain the checker's own
//!    λ(θ∥_t), t = 0..=τ, from step 3; the facts are decided on these published enclosures Λ_t:
//!    `hypothesis_past_edge` is true iff `η·Λ₀.lo > 2`, false iff `η·Λ₀.hi ≤ 2` (else rejected);
//!    `instance_of_theorem_5_1` must equal it (η < η_crit holds by step 1);
//!    `sharpness_nonincreasing_to_tau` (Lemma D.1) is true iff `Λ_{t+1}.hi ≤ Λ_t.lo` for all t < τ,
//!    false iff some `Λ_{t+1}.lo > Λ_t.hi`, and must be absent otherwise; `beta` must contain
//!    `η·Λ_τ − 1`; `rate_at_most_beta` is true iff `rate.hi ≤ beta.lo`, false iff
//!    `rate.lo > beta.hi`, absent otherwise; `suboptimality` must contain
//!    `sharpness_limit − p·(y^(2p−2))^(1/p)` (the root exact when rational, else on a
//!    `2⁻²⁵⁶` grid).
//!
//! # Quantities
//! `tau` (exact integer, required), `sharpness_limit`, `rate`, `beta`, `suboptimality`,
//! `hypothesis_past_edge`, `instance_of_theorem_5_1` (required), `steps` (= T if present),
//! `sharpness_nonincreasing_to_tau`, `rate_at_most_beta` (when decided), booleans
//! `eta_below_critical`, `above_threshold_before_tau`, `below_threshold_from_tau`,
//! `limit_between` (must be `true` if present). Anything else is rejected.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::Deserialize;

use super::interval::{RatInterval, Rounded};
use super::trajectory::{
    factor_gradient, model_value, ops_per_step, product_except, read_checkpoints,
};
use super::{CheckFailure, Inputs, Model, enclosure, exact};
pub use crate::caps::subcritical::*;
use crate::{Certificate, Enclosure, Quantity};

/// The checker's precision for projections and square roots.
const PROJ_BITS: u32 = 256;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Evidence {
    precision_bits: u32,
    steps: u64,
    checkpoints: Vec<Checkpoint>,
    projections: Vec<Enclosure>,
    lambda_to_tau: Vec<Enclosure>,
    tail: TailEvidence,
}

type Checkpoint = crate::evidence::StepBox;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TailEvidence {
    kappa: String,
    region: Vec<Enclosure>,
    limit_alpha: Enclosure,
}

fn fail(field: impl Into<String>, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

fn int(n: i64) -> BigRational {
    BigRational::from_integer(n.into())
}

/// `(ηp)^p·y^(2p−2) < 2^p`.
fn eta_below_critical(p: usize, y: &BigRational, eta: &BigRational) -> bool {
    let lhs = num_traits::pow(eta * int(p as i64), p) * num_traits::pow(y.clone(), 2 * p - 2);
    lhs < BigRational::from_integer(BigInt::from(2).pow(p as u32))
}

/// `λ > p·y^(2−2/p)` for `λ > 0`.
fn above_lambda_star(p: usize, y: &BigRational, lambda: &BigRational) -> bool {
    lambda.is_positive()
        && num_traits::pow(lambda / int(p as i64), p) > num_traits::pow(y.clone(), 2 * p - 2)
}

/// `⌊√n⌋` for `n ≥ 0`.
fn isqrt(n: &BigInt) -> BigInt {
    n.sqrt()
}

/// Rational `l ≤ √x` (`up = false`) or `u ≥ √x` (`up = true`), about `PROJ_BITS` bits.
fn sqrt_bound(x: &BigRational, up: bool) -> BigRational {
    if !x.is_positive() {
        return BigRational::zero();
    }
    let e = x.numer().bits() as i64 - x.denom().bits() as i64;
    let k = (i64::from(PROJ_BITS) - e / 2).max(0) as u64;
    let scaled = x * BigRational::from_integer(BigInt::one() << (2 * k));
    let n = if up { scaled.ceil() } else { scaled.floor() }.to_integer();
    let mut s = isqrt(&n);
    if up && &s * &s < n {
        s += 1;
    }
    BigRational::new(s, BigInt::one() << k)
}

/// Outward square root of an interval with `lo > 0`.
fn sqrt_interval(x: &RatInterval) -> Option<RatInterval> {
    x.lo.is_positive().then(|| RatInterval {
        lo: sqrt_bound(&x.lo, false),
        hi: sqrt_bound(&x.hi, true),
    })
}

fn sup_abs(x: &RatInterval) -> BigRational {
    let (a, b) = (x.lo.abs(), x.hi.abs());
    if a > b { a } else { b }
}

/// `zᵢ(A)` and `sᵢ(A)` with rounding `ops`.
fn roots(
    ops: &Rounded,
    theta: &[RatInterval],
    a: &RatInterval,
    y: &RatInterval,
) -> Result<(Vec<RatInterval>, Vec<RatInterval>), String> {
    let four_ay = ops.mul(&ops.mul(a, y), &RatInterval::from_int(4));
    let mut z = Vec::new();
    let mut s = Vec::new();
    for (i, t) in theta.iter().enumerate() {
        let arg = ops.add(&ops.sqr(t), &four_ay);
        let si = sqrt_interval(&arg).ok_or(format!("θ{}² + 4αy is not positive", i + 1))?;
        let zi = ops.mul(
            &ops.add(t, &si),
            &RatInterval::point(BigRational::new(1.into(), 2.into())),
        );
        z.push(zi);
        s.push(si);
    }
    Ok((z, s))
}

/// Verify the projection of the box `theta` with Newton interval `a`; returns λ(θ∥) enclosed.
fn projection(
    theta: &[RatInterval],
    y: &BigRational,
    a: &RatInterval,
) -> Result<RatInterval, String> {
    let ops = Rounded::new(Some(PROJ_BITS));
    let theta: Vec<RatInterval> = theta.iter().map(|t| t.round_out(Some(PROJ_BITS))).collect();
    if let Some(i) = theta.iter().position(|t| !t.lo.is_positive()) {
        return Err(format!("θ{} is not positive", i + 1));
    }
    let yi = RatInterval::point(y.clone());
    let (z, s) = roots(&ops, &theta, a, &yi)?;
    let mut dphi = RatInterval::from_int(0);
    for (i, si) in s.iter().enumerate() {
        let term = ops.mul(
            &ops.div(&yi, si).map_err(|e| e.to_string())?,
            &product_except(&ops, &z, &[i]).expect("p ≥ 2"),
        );
        dphi = ops.add(&dphi, &term);
    }
    if !dphi.lo.is_positive() {
        return Err("φ′(A) is not positive".into());
    }
    let m = RatInterval::point((&a.lo + &a.hi) / int(2));
    let (zm, _) = roots(&ops, &theta, &m, &yi)?;
    let phi_m = ops.sub(&product_except(&ops, &zm, &[]).expect("p ≥ 2"), &yi);
    let n = ops.sub(&m, &ops.div(&phi_m, &dphi).map_err(|e| e.to_string())?);
    if !n.is_subset_of(a) {
        return Err(format!("interval Newton: N(A) = {n} ⊄ A = {a}"));
    }
    let half = RatInterval::point(BigRational::new(1.into(), 2.into()));
    let mut dist2 = RatInterval::from_int(0);
    for (t, si) in theta.iter().zip(&s) {
        dist2 = ops.add(&dist2, &ops.sqr(&ops.mul(&ops.sub(si, t), &half)));
    }
    let min_lo = theta.iter().map(|t| t.lo.clone()).min().expect("p ≥ 2");
    if dist2.hi >= &min_lo * &min_lo / int(4) {
        return Err("not proved to be the nearest point (‖z − θ‖ ≥ min θ/2 possible)".into());
    }
    let y2 = RatInterval::point(y * y);
    let mut lambda = RatInterval::from_int(0);
    for zi in &z {
        lambda = ops.add(
            &lambda,
            &ops.div(&y2, &ops.sqr(zi)).map_err(|e| e.to_string())?,
        );
    }
    Ok(lambda)
}

/// Exact dyadic numbers `m·2^e` for the replay: the same values as [`RatInterval`] with
/// `round_out(bits)` (exact operation, then directed rounding to the grid `F_bits`), without the
/// gcd normalisations of `BigRational` (hundreds of times faster at thousands of bits).
#[derive(Clone, Debug)]
struct Dy {
    m: BigInt,
    e: i64,
}

impl Dy {
    fn to_rat(&self) -> BigRational {
        if self.e >= 0 {
            BigRational::from_integer(&self.m << (self.e as u64))
        } else {
            BigRational::new(self.m.clone(), BigInt::one() << ((-self.e) as u64))
        }
    }

    /// Directed rounding of a rational to `F_bits` (via the checker's `round_down`/`round_up`),
    /// returned as a dyadic.
    fn from_rat(x: &BigRational, bits: u32, up: bool) -> Dy {
        let r = if up {
            super::interval::round_up(x, bits)
        } else {
            super::interval::round_down(x, bits)
        };
        // r = n/d with d a power of two (grid points are dyadic).
        let d = r.denom();
        let k = d.bits() as i64 - 1;
        Dy {
            m: r.numer().clone(),
            e: -k,
        }
    }

    fn align(a: &Dy, b: &Dy) -> (BigInt, BigInt, i64) {
        let e = a.e.min(b.e);
        (&a.m << ((a.e - e) as u64), &b.m << ((b.e - e) as u64), e)
    }

    fn sub(a: &Dy, b: &Dy) -> Dy {
        let (x, y, e) = Dy::align(a, b);
        Dy { m: x - y, e }
    }

    fn mul(a: &Dy, b: &Dy) -> Dy {
        Dy {
            m: &a.m * &b.m,
            e: a.e + b.e,
        }
    }

    fn le(a: &Dy, b: &Dy) -> bool {
        let (x, y, _) = Dy::align(a, b);
        x <= y
    }

    /// The largest (`up = false`) or smallest grid point of `F_bits` below / above `self`.
    fn round(&self, bits: u32, up: bool) -> Dy {
        let len = self.m.bits() as i64;
        let k = len - i64::from(bits);
        if k <= 0 {
            return self.clone();
        }
        let unit = BigInt::one() << (k as u64);
        let q = if up {
            -num_integer::Integer::div_floor(&-&self.m, &unit)
        } else {
            num_integer::Integer::div_floor(&self.m, &unit)
        };
        Dy {
            m: q,
            e: self.e + k,
        }
    }
}

/// A dyadic interval with operations rounded outward to `bits`.
#[derive(Clone, Debug)]
struct DyI {
    lo: Dy,
    hi: Dy,
}

impl DyI {
    fn from_rat(x: &RatInterval, bits: u32) -> DyI {
        DyI {
            lo: Dy::from_rat(&x.lo, bits, false),
            hi: Dy::from_rat(&x.hi, bits, true),
        }
    }

    fn to_rat(&self) -> RatInterval {
        RatInterval {
            lo: self.lo.to_rat(),
            hi: self.hi.to_rat(),
        }
    }

    fn out(lo: Dy, hi: Dy, bits: u32) -> DyI {
        DyI {
            lo: lo.round(bits, false),
            hi: hi.round(bits, true),
        }
    }

    fn sub(&self, o: &DyI, bits: u32) -> DyI {
        DyI::out(Dy::sub(&self.lo, &o.hi), Dy::sub(&self.hi, &o.lo), bits)
    }

    fn mul(&self, o: &DyI, bits: u32) -> DyI {
        let c = [
            Dy::mul(&self.lo, &o.lo),
            Dy::mul(&self.lo, &o.hi),
            Dy::mul(&self.hi, &o.lo),
            Dy::mul(&self.hi, &o.hi),
        ];
        let mut lo = c[0].clone();
        let mut hi = c[0].clone();
        for x in &c[1..] {
            if Dy::le(x, &lo) {
                lo = x.clone();
            }
            if Dy::le(&hi, x) {
                hi = x.clone();
            }
        }
        DyI::out(lo, hi, bits)
    }
}

/// One factorisation GD step in the documented order (`docs`: `trajectory`), rounded to `bits`:
/// `f = ((θ1·θ2)·θ3)···`, `r = f − y`, `e = η·r`, `gᵢ = ∏_{j≠i} θⱼ` left to right,
/// `θᵢ' = θᵢ − e·gᵢ`.
fn dyadic_step(theta: &[DyI], y: &DyI, eta: &DyI, bits: u32) -> Vec<DyI> {
    let prod = |skip: Option<usize>| -> DyI {
        let mut acc: Option<DyI> = None;
        for (k, t) in theta.iter().enumerate() {
            if Some(k) == skip {
                continue;
            }
            acc = Some(match acc {
                None => t.clone(),
                Some(a) => a.mul(t, bits),
            });
        }
        acc.expect("p ≥ 2")
    };
    let f = prod(None);
    let r = f.sub(y, bits);
    let e = eta.mul(&r, bits);
    (0..theta.len())
        .map(|i| theta[i].sub(&e.mul(&prod(Some(i)), bits), bits))
        .collect()
}

/// Step 0: a rigorous certificate on the factorisation, η given, `init` of `p` positive
/// coordinates. Returns `(p, η)`.
fn check_header<'a>(
    cert: &Certificate,
    inputs: &'a Inputs,
) -> Result<(usize, &'a BigRational), CheckFailure> {
    if !cert.rigorous || cert.backend.trim() == "f64" {
        return Err(fail(
            "backend",
            "a verified subcritical claim must be rigorous",
        ));
    }
    let Model::Factorisation { depth: p } = inputs.model else {
        return Err(fail(
            "model.kind",
            "the subcritical claim is for the factorisation",
        ));
    };
    let eta = inputs.eta.as_ref().ok_or_else(|| fail("eta", "missing"))?;
    if inputs.init.len() != p {
        return Err(fail("init", format!("expected {p} coordinates")));
    }
    if inputs.init.iter().any(|q| !q.is_positive()) {
        return Err(fail("init", "every coordinate must be > 0"));
    }
    Ok((p, eta))
}

/// The booleans a verified certificate may state only as `true` (module docs, quantities).
const PROVED_FACTS: [&str; 4] = [
    "eta_below_critical",
    "above_threshold_before_tau",
    "below_threshold_from_tau",
    "limit_between",
];

/// Only the known quantities, each of its type; a proved fact only as `true`.
fn check_quantity_names(cert: &Certificate) -> Result<(), CheckFailure> {
    for (name, q) in &cert.quantities {
        match (name.as_str(), q) {
            (
                "tau" | "steps" | "sharpness_limit" | "rate" | "beta" | "suboptimality",
                Quantity::Enclosure(_),
            ) => {}
            (n, Quantity::Bool(_)) if HYPOTHESES.contains(&n) => {}
            (n, Quantity::Bool(true)) if PROVED_FACTS.contains(&n) => {}
            (n, Quantity::Bool(false)) if PROVED_FACTS.contains(&n) => {
                return Err(fail(
                    format!("quantities.{name}"),
                    "a verified certificate cannot record an unproved fact",
                ));
            }
            _ => {
                return Err(fail(
                    format!("quantities.{name}"),
                    "not a subcritical quantity the checker can verify",
                ));
            }
        }
    }
    Ok(())
}

/// The enclosure quantity `name` (required).
fn get(cert: &Certificate, name: &str) -> Result<RatInterval, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => enclosure(&format!("quantities.{name}"), e),
        _ => Err(fail(format!("quantities.{name}"), "missing")),
    }
}

/// `tau`: an exact integer ≥ 0.
fn read_tau(cert: &Certificate) -> Result<u64, CheckFailure> {
    let tau_q = get(cert, "tau")?;
    if tau_q.lo != tau_q.hi || !tau_q.lo.is_integer() || tau_q.lo.is_negative() {
        return Err(fail("quantities.tau", "must be an exact integer ≥ 0"));
    }
    tau_q
        .lo
        .to_integer()
        .to_u64()
        .ok_or_else(|| fail("quantities.tau", "too large"))
}

/// The evidence with its cost-driving fields capped (steps, precision, replay work), τ ≤ T,
/// the `steps` quantity equal to T and T + 1 projections.
fn read_evidence(cert: &Certificate, inputs: &Inputs, tau: u64) -> Result<Evidence, CheckFailure> {
    let ev: Evidence = serde_json::from_value(cert.evidence.clone())
        .map_err(|e| fail("evidence", e.to_string()))?;
    let t_max = ev.steps;
    if t_max > MAX_STEPS {
        return Err(fail("evidence.steps", format!("{t_max} > {MAX_STEPS}")));
    }
    if !(1..=MAX_PRECISION_BITS).contains(&ev.precision_bits) {
        return Err(fail("evidence.precision_bits", "outside 1..=65536"));
    }
    let work = t_max.saturating_mul(ops_per_step(&inputs.model));
    if work > MAX_STEP_OPS {
        return Err(fail(
            "evidence.steps",
            format!("replay needs {work} operations"),
        ));
    }
    if tau > t_max {
        return Err(fail("quantities.tau", format!("τ = {tau} > T = {t_max}")));
    }
    if let Some(Quantity::Enclosure(e)) = cert.quantities.get("steps") {
        let s = enclosure("quantities.steps", e)?;
        if s.lo != int(t_max as i64) || s.hi != s.lo {
            return Err(fail("quantities.steps", format!("must be exactly {t_max}")));
        }
    }
    if ev.projections.len() as u64 != t_max + 1 {
        return Err(fail(
            "evidence.projections",
            format!("expected T + 1 = {} entries", t_max + 1),
        ));
    }
    Ok(ev)
}

/// Steps 2–3: the replay through the checkpoints and the projection at every step. Returns the
/// box at T and the checker's enclosures of λ(θ∥_t), t = 0..=τ.
fn replay_and_project(
    inputs: &Inputs,
    eta: &BigRational,
    ev: &Evidence,
    boxes: &[(u64, Vec<RatInterval>)],
    tau: u64,
) -> Result<(Vec<RatInterval>, Vec<RatInterval>), CheckFailure> {
    let (y, t_max, bits) = (&inputs.target, ev.steps, ev.precision_bits);
    let y_r = DyI::from_rat(&RatInterval::point(y.clone()), bits);
    let eta_r = DyI::from_rat(&RatInterval::point(eta.clone()), bits);
    let two = int(2);
    let mut dtheta: Vec<DyI> = inputs
        .init
        .iter()
        .map(|q| DyI::from_rat(&RatInterval::point(q.clone()), bits))
        .collect();
    let mut theta: Vec<RatInterval> = Vec::new();
    let mut next = 0usize;
    let mut lambda_to_tau = Vec::with_capacity(tau as usize + 1);
    for t in 0..=t_max {
        super::budget::tick()?;
        if t > 0 {
            dtheta = dyadic_step(&dtheta, &y_r, &eta_r, bits);
        }
        if next < boxes.len() && boxes[next].0 == t {
            theta = dtheta.iter().map(DyI::to_rat).collect();
            for (i, (x, b)) in theta.iter().zip(&boxes[next].1).enumerate() {
                if !x.is_subset_of(b) {
                    return Err(fail(
                        format!("evidence.checkpoints[{next}].theta[{i}]"),
                        format!(
                            "the replayed box {x} at step {t} is not inside the checkpoint {b}"
                        ),
                    ));
                }
            }
            // Continue from the checkpoint box (rounded outward onto the grid: a superset).
            theta = boxes[next].1.clone();
            dtheta = theta.iter().map(|x| DyI::from_rat(x, bits)).collect();
            next += 1;
        } else {
            // Only the projection needs this box: round outward to its precision first.
            theta = dtheta
                .iter()
                .map(|x| DyI::out(x.lo.clone(), x.hi.clone(), PROJ_BITS).to_rat())
                .collect();
        }
        let field = format!("evidence.projections[{t}]");
        let a = enclosure(&field, &ev.projections[t as usize])?;
        let lambda = projection(&theta, y, &a).map_err(|why| fail(&field, why))?;
        let el = lambda.scale(eta);
        if t < tau && el.lo < two {
            return Err(fail(
                &field,
                format!("ηλ(θ∥_{t}) ≥ 2 not proved (t < τ = {tau}): ηλ ∈ {el}"),
            ));
        }
        if t >= tau && el.hi >= two {
            return Err(fail(
                &field,
                format!("ηλ(θ∥_{t}) < 2 not proved (t ≥ τ = {tau}): ηλ ∈ {el}"),
            ));
        }
        if t <= tau {
            lambda_to_tau.push(lambda);
        }
    }
    Ok((theta, lambda_to_tau))
}

/// Step 4, the tail lemma from `b = Θ_T`: κ, the region, `B ± D` inside it, λ∞ inside the
/// claimed `limit`, ηλ < 2 on `B ± D`. Returns κ.
fn check_tail(
    inputs: &Inputs,
    eta: &BigRational,
    ev: &Evidence,
    b: &[RatInterval],
    limit: &RatInterval,
) -> Result<BigRational, CheckFailure> {
    let (p, y) = (inputs.init.len(), &inputs.target);
    let exact_ops = Rounded::new(None);
    let r = model_value(&exact_ops, &inputs.model, b).sub(&RatInterval::point(y.clone()));
    let big_r = sup_abs(&r);
    let kappa = exact("evidence.tail.kappa", &ev.tail.kappa)?;
    if kappa >= BigRational::one() || kappa.is_negative() {
        return Err(fail("evidence.tail.kappa", "κ must lie in [0, 1)"));
    }
    if ev.tail.region.len() != p {
        return Err(fail(
            "evidence.tail.region",
            format!("expected {p} coordinates"),
        ));
    }
    let k = ev
        .tail
        .region
        .iter()
        .enumerate()
        .map(|(i, e)| enclosure(&format!("evidence.tail.region[{i}]"), e))
        .collect::<Result<Vec<_>, _>>()?;
    if k.iter().any(|x| !x.lo.is_positive()) {
        return Err(fail(
            "evidence.tail.region",
            "must lie in the positive orthant",
        ));
    }
    let g = factor_gradient(&exact_ops, &k);
    let mut sum = RatInterval::from_int(0);
    for (i, gi) in g.iter().enumerate() {
        let sq = gi.mul(gi);
        sum = if i == 0 { sq } else { sum.add(&sq) };
    }
    let m = RatInterval::from_int(1).sub(&sum.scale(eta));
    if sup_abs(&m) > kappa {
        return Err(fail(
            "evidence.tail.kappa",
            format!("sup|1 − η∇f·∇f| over the region is {} > κ", sup_abs(&m)),
        ));
    }
    let one_minus = BigRational::one() - &kappa;
    let mut limit_box = Vec::with_capacity(p);
    for (i, (gi, bi)) in g.iter().zip(b).enumerate() {
        let d = eta * sup_abs(gi) * &big_r / &one_minus;
        let li = RatInterval {
            lo: &bi.lo - &d,
            hi: &bi.hi + &d,
        };
        if !li.is_subset_of(&k[i]) {
            return Err(fail(
                format!("evidence.tail.region[{i}]"),
                "B ± D is not inside the region",
            ));
        }
        limit_box.push(li);
    }
    let mut lambda_inf = RatInterval::from_int(0);
    for (i, gi) in factor_gradient(&exact_ops, &limit_box).iter().enumerate() {
        lambda_inf = if i == 0 {
            gi.sqr()
        } else {
            lambda_inf.add(&gi.sqr())
        };
    }
    if !lambda_inf.is_subset_of(limit) {
        return Err(fail(
            "quantities.sharpness_limit",
            format!("claimed {limit} does not contain the checker's enclosure {lambda_inf}"),
        ));
    }
    let la = enclosure("evidence.tail.limit_alpha", &ev.tail.limit_alpha)?;
    let lam_tail =
        projection(&limit_box, y, &la).map_err(|w| fail("evidence.tail.limit_alpha", w))?;
    if lam_tail.scale(eta).hi >= int(2) {
        return Err(fail(
            "evidence.tail.limit_alpha",
            "ηλ(θ∥_t) < 2 for t > T not proved on B ± D",
        ));
    }
    Ok(kappa)
}

/// Step 5: λ* < λ∞ < 2/η from the claimed `limit`, and `rate` contains |1 − ηλ∞|.
fn check_limit_and_rate(
    p: usize,
    y: &BigRational,
    eta: &BigRational,
    limit: &RatInterval,
    rate: &RatInterval,
) -> Result<(), CheckFailure> {
    if !above_lambda_star(p, y, &limit.lo) || eta * &limit.hi >= int(2) {
        return Err(fail(
            "quantities.sharpness_limit",
            "λ* < λ∞ < 2/η does not follow from the claimed enclosure",
        ));
    }
    let one = RatInterval::from_int(1);
    let x = one.sub(&limit.scale(eta));
    let computed_rate = if x.contains_zero() {
        RatInterval {
            lo: BigRational::zero(),
            hi: sup_abs(&x),
        }
    } else {
        let (a, c) = (x.lo.abs(), x.hi.abs());
        if a < c {
            RatInterval { lo: a, hi: c }
        } else {
            RatInterval { lo: c, hi: a }
        }
    };
    if !computed_rate.is_subset_of(rate) {
        return Err(fail(
            "quantities.rate",
            format!("claimed {rate} does not contain |1 − ηλ∞| ∈ {computed_rate}"),
        ));
    }
    Ok(())
}

/// Check a `subcritical` certificate whose general fields have been validated: the steps of
/// the module docs in order (`check_header`, `check_quantity_names`, η < η_crit,
/// `read_evidence`, the checkpoints, `replay_and_project`, `check_tail`,
/// `check_limit_and_rate`, `hypotheses`).
///
/// # Errors
/// A [`CheckFailure::Rejected`] naming the field or step that failed.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let (p, eta) = check_header(cert, inputs)?;
    let y = &inputs.target;
    check_quantity_names(cert)?;
    let tau = read_tau(cert)?;
    let limit = get(cert, "sharpness_limit")?;
    let rate = get(cert, "rate")?;
    // 1. η < η_crit.
    if !eta_below_critical(p, y, eta) {
        return Err(fail(
            "eta",
            "η < η_crit = 2/λ* does not hold (exact comparison)",
        ));
    }
    let ev = read_evidence(cert, inputs, tau)?;
    let t_max = ev.steps;
    let boxes = read_checkpoints(&ev.checkpoints, t_max, p)?;
    let (b, lambda_to_tau) = replay_and_project(inputs, eta, &ev, &boxes, tau)?;
    let kappa = check_tail(inputs, eta, &ev, &b, &limit)?;
    check_limit_and_rate(p, y, eta, &limit, &rate)?;
    let hyp = hypotheses(
        cert,
        &ev.lambda_to_tau,
        &lambda_to_tau,
        p,
        y,
        eta,
        &limit,
        &rate,
    )?;
    let lambda_at_tau = lambda_to_tau.last().cloned();
    let w = limit.width().to_f64().unwrap_or(f64::NAN);
    Ok(vec![
        format!("η < η_crit (exact)"),
        format!(
            "replayed {t_max} steps at {} bits; projections at every step: ηλ(θ∥_t) ≥ 2 for t < τ = {tau}, < 2 for τ ≤ t ≤ T{}",
            ev.precision_bits,
            lambda_at_tau
                .map(|l| format!(" (λ(θ∥_τ) ≈ {:.10})", l.lo.to_f64().unwrap_or(f64::NAN)))
                .unwrap_or_default()
        ),
        format!(
            "tail: κ = {:.10} < 1, every later iterate in B ± D, ηλ < 2 there; λ∞ enclosed (width {w:.1e}); λ* < λ∞ < 2/η; rate contains |1 − ηλ∞|",
            kappa.to_f64().unwrap_or(f64::NAN)
        ),
        hyp,
    ])
}

/// The boolean hypothesis quantities (any value; each is re-derived).
const HYPOTHESES: [&str; 4] = [
    "hypothesis_past_edge",
    "instance_of_theorem_5_1",
    "sharpness_nonincreasing_to_tau",
    "rate_at_most_beta",
];

/// The claimed boolean `name` must be present (if `required`) and equal `proved` when `proved`
/// is decided (`Some`); an undecided fact must be absent.
fn claimed_bool(
    cert: &Certificate,
    name: &str,
    proved: Option<bool>,
    required: bool,
) -> Result<(), CheckFailure> {
    let field = format!("quantities.{name}");
    match (cert.quantities.get(name), proved) {
        (Some(Quantity::Bool(b)), Some(p)) if *b == p => Ok(()),
        (None, None) if !required => Ok(()),
        (None, _) => Err(fail(field, "missing")),
        (Some(_), Some(p)) => Err(fail(field, format!("the checker proves {name} = {p}"))),
        (Some(_), None) => Err(fail(
            field,
            "claimed, but not decided by the published enclosures",
        )),
    }
}

/// Theorem 5.1's hypotheses, Lemma D.1's monotonicity, β and the suboptimality (module docs,
/// step 6), decided on the published `lambda_to_tau` after checking that each contains the
/// checker's own enclosure `own[t]` of λ(θ∥_t).
#[allow(clippy::too_many_arguments)]
fn hypotheses(
    cert: &Certificate,
    published: &[Enclosure],
    own: &[RatInterval],
    p: usize,
    y: &BigRational,
    eta: &BigRational,
    limit: &RatInterval,
    rate: &RatInterval,
) -> Result<String, CheckFailure> {
    if published.len() != own.len() {
        return Err(fail(
            "evidence.lambda_to_tau",
            format!("expected τ + 1 = {} entries", own.len()),
        ));
    }
    let mut lam = Vec::with_capacity(own.len());
    for (t, (e, mine)) in published.iter().zip(own).enumerate() {
        let field = format!("evidence.lambda_to_tau[{t}]");
        let l = enclosure(&field, e)?;
        if !mine.is_subset_of(&l) {
            return Err(fail(
                field,
                format!("does not contain the checker's enclosure {mine} of λ(θ∥_{t})"),
            ));
        }
        lam.push(l);
    }
    let two = int(2);
    let (l0, lt) = (&lam[0], lam.last().expect("τ + 1 ≥ 1 entries"));
    let past = if eta * &l0.lo > two {
        Some(true)
    } else if eta * &l0.hi <= two {
        Some(false)
    } else {
        None
    };
    if past.is_none() {
        return Err(fail(
            "quantities.hypothesis_past_edge",
            "ηλ(θ∥₀) > 2 is not decided by evidence.lambda_to_tau[0]",
        ));
    }
    claimed_bool(cert, "hypothesis_past_edge", past, true)?;
    // η < η_crit was established above (step 1).
    claimed_bool(cert, "instance_of_theorem_5_1", past, true)?;
    let mono = if lam.windows(2).all(|w| w[1].hi <= w[0].lo) {
        Some(true)
    } else if lam.windows(2).any(|w| w[1].lo > w[0].hi) {
        Some(false)
    } else {
        None
    };
    claimed_bool(cert, "sharpness_nonincreasing_to_tau", mono, false)?;
    let beta = get(cert, "beta")?;
    let one = BigRational::one();
    let computed = RatInterval {
        lo: eta * &lt.lo - &one,
        hi: eta * &lt.hi - &one,
    };
    if !computed.is_subset_of(&beta) {
        return Err(fail(
            "quantities.beta",
            format!("does not contain ηλ(θ∥_τ) − 1 ∈ {computed}"),
        ));
    }
    let rb = if rate.hi <= beta.lo {
        Some(true)
    } else if rate.lo > beta.hi {
        Some(false)
    } else {
        None
    };
    claimed_bool(cert, "rate_at_most_beta", rb, false)?;
    let ls = super::hypotheses::lambda_star(p, y)
        .ok_or_else(|| fail("model.target", "y^(2p−2) is negative"))?;
    let sub = RatInterval {
        lo: &limit.lo - &ls.hi,
        hi: &limit.hi - &ls.lo,
    };
    if !sub.is_subset_of(&get(cert, "suboptimality")?) {
        return Err(fail(
            "quantities.suboptimality",
            format!("does not contain λ∞ − λ* ∈ {sub}"),
        ));
    }
    Ok(format!(
        "hypotheses: ηλ(θ∥₀) > 2 is {}, so instance_of_theorem_5_1 = {}; λ(θ∥_t) non-increasing for t < τ: {}; β = ηλ(θ∥_τ) − 1 ≈ {:.10}; |1 − ηλ∞| ≤ β: {}; λ∞ − λ* ≈ {:.6e}",
        past.expect("decided"),
        past.expect("decided"),
        decided(mono),
        beta.lo.to_f64().unwrap_or(f64::NAN),
        decided(rb),
        sub.lo.to_f64().unwrap_or(f64::NAN)
    ))
}

fn decided(x: Option<bool>) -> &'static str {
    match x {
        Some(true) => "proved",
        Some(false) => "disproved",
        None => "not decided",
    }
}
