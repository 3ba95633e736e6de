//! The `nonasymptotic` claim: for every start `(x₀, y₀)` in a box and every step `h` in a range,
//! GD on f = φ(xy − 1) (n = 1, φ sub-quadratic: `quad`, `pseudo-huber`, `power:1`, `power:2`)
//! satisfies `loss_t ≤ C·ρ^{t−T₀}` for all `t ≥ T₀`.
//!
//! # Inputs
//! `model = {kind: "product", dim: 1, target: "1", phi}`; `init = ["x:LO:HI", "y:LO:HI"]`;
//! `eta = "LO:HI"` (`0 < LO`), all exact.
//!
//! # Evidence
//! `{"precision_bits": b, "boxes": [{"x": [lo, hi], "y": [lo, hi], "h": [lo, hi], "steps": K,
//! "tail": {eps, q_lo, q_hi, rho, b}} | {…, "steps": K, "escape": {r_min, kappa0, delta},
//! "diverges": true} | {…, "undecided": true}, …]}`.
//!
//! # What the checker does
//! 1. **Cover**: every listed box lies inside the domain, no two have overlapping interiors, and
//!    their volumes sum to the domain's volume — so their union is the whole (closed) domain
//!    (a closed subset of full measure of a box is the box). Degenerate (zero-volume) domains
//!    are rejected.
//! 2. For each decided box: `r₀ = x·y − 1`, `q₀ = sqr(x) + sqr(y)` and the step `h` as
//!    intervals (rounded outward), then the replay and tail lemma of [`super::balancing`]
//!    (same map, same order): `|r_k| ≤ ε ρ_B^{k−K}` for every start and step in the box. Since
//!    `φ(r) ≤ r²/2` for these shapes, `loss_k ≤ ½ε²(ρ_B²)^{k−K}`.
//! 3. Over the converging boxes, with `T₀ ≥ max K`, `C ≥ max ½ε²`, `1 > ρ ≥ max ρ_B²` (every value of the claimed `t0`, `c`, `rho`):
//!    `loss_t ≤ C·ρ^{t−T₀}` for `t ≥ T₀` on every box. A certificate with undecided boxes is
//!    never verified. `boxes` / `diverged_boxes` / `undecided` must equal the counts of
//!    converging, diverging and undecided boxes.
//! 4. For each diverging box (shape with `φ′(r)/r ≥ 1`): the replay of `K` steps from the box's
//!    enclosures, then the escape lemma of [`super::divergence`] with the constant conditions at
//!    `h.lo` (each only gets easier as `h` grows): `|r_k| ≥ 2^{k−K}ρ` for every start and step.
//!
//! A rigorous certificate that is not verified (undecided boxes) is checked the same way, except
//! that undecided boxes are allowed and `t0`, `c`, `rho` are not required.

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::balancing::{Shape, parse_shape, replay_tail};
use super::interval::{RatInterval, Rounded};
use super::{CheckFailure, enclosure, exact};
pub use crate::caps::bound::*;
use crate::{Certificate, Quantity};

/// The quantities that are constants of the bound rather than enclosures of one value: the
/// checker requires `t0.lo ≥ max K` (with `t0.lo = t0.hi`), `c.lo ≥ max ½ε²` and
/// `max ρ_B² ≤ rho.lo ≤ rho.hi < 1`, so the bound holds for every value in each claimed interval,
/// and raising a constant gives a weaker, still true claim.
pub const BOUND_CONSTANTS: &[&str] = &["t0", "c", "rho"];

/// The quantity names.
pub const KNOWN: &[&str] = &["t0", "c", "rho", "boxes", "diverged_boxes", "undecided"];

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// The validated inputs.
#[derive(Clone, Debug)]
pub struct BoundInputs {
    shape: Shape,
    x: RatInterval,
    y: RatInterval,
    h: RatInterval,
}

fn range(field: &str, text: &str, prefix: &str) -> Result<RatInterval, CheckFailure> {
    let rest = text
        .strip_prefix(prefix)
        .ok_or_else(|| rej(field, format!("expected {prefix}LO:HI")))?;
    let (lo, hi) = rest
        .split_once(':')
        .ok_or_else(|| rej(field, "expected LO:HI"))?;
    RatInterval::new(exact(field, lo)?, exact(field, hi)?).map_err(|e| rej(field, e.to_string()))
}

/// Parse and validate the inputs.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the field.
pub fn parse_inputs(cert: &Certificate) -> Result<BoundInputs, CheckFailure> {
    let m = &cert.model;
    if m.kind != "product" || m.depth.is_some() || m.dim != Some(1) || m.target != "1" {
        return Err(rej("model", "expected kind product, dim 1, target \"1\""));
    }
    let shape = parse_shape(m.phi.as_deref())?;
    if !shape.sub_quadratic() {
        return Err(rej("model.phi", "the bound needs a sub-quadratic φ"));
    }
    if cert.init.len() != 2 {
        return Err(rej("init", "expected [\"x:LO:HI\", \"y:LO:HI\"]"));
    }
    let x = range("init[0]", &cert.init[0], "x:")?;
    let y = range("init[1]", &cert.init[1], "y:")?;
    let h = range("eta", cert.eta.as_deref().unwrap_or(""), "")?;
    if !h.lo.is_positive() {
        return Err(rej("eta", "the steps must be > 0"));
    }
    Ok(BoundInputs { shape, x, y, h })
}

fn pair(v: &Value, field: &str) -> Result<RatInterval, CheckFailure> {
    let a = v
        .as_array()
        .filter(|a| a.len() == 2)
        .ok_or_else(|| rej(field, "expected [lo, hi]"))?;
    let s = |i: usize| {
        a[i].as_str()
            .ok_or_else(|| rej(field, "expected strings"))
            .and_then(|t| exact(field, t))
    };
    RatInterval::new(s(0)?, s(1)?).map_err(|e| rej(field, e.to_string()))
}

fn volume(b: &[RatInterval; 3]) -> BigRational {
    b.iter().map(RatInterval::width).product()
}

fn interiors_overlap(a: &[RatInterval; 3], b: &[RatInterval; 3]) -> bool {
    a.iter().zip(b).all(|(u, v)| u.lo < v.hi && v.lo < u.hi)
}

fn count(cert: &Certificate, name: &str) -> Result<RatInterval, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => enclosure(&format!("quantities.{name}"), e),
        _ => Err(rej(
            &format!("quantities.{name}"),
            "missing or not an enclosure",
        )),
    }
}

/// A box labelled `"diverges": true`: the shape has `C ≥ 1`, `steps` replayed from the box's
/// enclosures `[r₀, q₀, h]`, then the escape lemma of [`super::divergence`] with the constant
/// conditions at `h.lo` (the worst case), so `|r_k| ≥ 2^{k−K}ρ` for every start and step in it.
fn check_diverged(
    inputs: &BoundInputs,
    bits: u32,
    b: &Value,
    f: &str,
    [r, q, h]: [RatInterval; 3],
    steps: u64,
) -> Result<(), CheckFailure> {
    if b.get("diverges") != Some(&Value::Bool(true)) || b.get("tail").is_some() {
        return Err(rej(
            &format!("{f}.diverges"),
            "expected true, on a box without a tail",
        ));
    }
    if !super::divergence::grows_at_least_quadratically(inputs.shape) {
        return Err(rej(
            &format!("{f}.diverges"),
            "the escape lemma needs φ′(r)/r ≥ 1 (quad, power:2)",
        ));
    }
    let esc = b
        .get("escape")
        .ok_or_else(|| rej(&format!("{f}.escape"), "missing"))?;
    let (r, q) = super::balancing::replay(inputs.shape, bits, r, q, &h, steps, f)?;
    let h_min = b["h"][0].as_str().map_or_else(
        || Err(rej(&format!("{f}.h"), "expected strings")),
        |t| exact(&format!("{f}.h"), t),
    )?;
    super::divergence::escape_holds(&h_min, &r, &q, esc, &format!("{f}.escape"))?;
    Ok(())
}

/// A partial certificate's shard `(I, N)` (`evidence.shard = {index, count, max_steps,
/// max_depth, paths}` with one path of `0`/`1` per box, `verified: false`, reason
/// `partial: shard I/N`), or `None` without `evidence.shard`. A partial certificate lists the
/// boxes of one shard: each is re-verified, they are disjoint and inside the domain, and only
/// the merged certificate must cover the domain.
fn partial_shard(cert: &Certificate) -> Result<Option<(u64, u64)>, CheckFailure> {
    let Some(sh) = cert.evidence.get("shard") else {
        return Ok(None);
    };
    let obj = sh
        .as_object()
        .ok_or_else(|| rej("evidence.shard", "expected an object"))?;
    if let Some(k) = obj
        .keys()
        .find(|k| !["index", "count", "max_steps", "max_depth", "paths"].contains(&k.as_str()))
    {
        return Err(rej(&format!("evidence.shard.{k}"), "unknown field"));
    }
    let (Some(i), Some(n)) = (sh["index"].as_u64(), sh["count"].as_u64()) else {
        return Err(rej("evidence.shard", "integer index and count"));
    };
    let prefix = format!("partial: shard {i}/{n}");
    if i >= n || cert.verified || cert.reason != prefix {
        return Err(rej(
            "evidence.shard",
            format!("0 ≤ index < count, verified: false and reason {prefix:?}"),
        ));
    }
    let boxes = cert
        .evidence
        .get("boxes")
        .and_then(Value::as_array)
        .map(Vec::len);
    let paths = sh["paths"].as_array();
    let ok = paths.is_some_and(|p| {
        Some(p.len()) == boxes
            && p.iter().all(|s| {
                s.as_str()
                    .is_some_and(|s| s.len() <= 64 && s.bytes().all(|b| b == b'0' || b == b'1'))
            })
    });
    if !ok || sh["max_steps"].as_u64().is_none() || sh["max_depth"].as_u64().is_none() {
        return Err(rej(
            "evidence.shard",
            "integer max_steps and max_depth, one path of 0 and 1 per box",
        ));
    }
    Ok(Some((i, n)))
}

/// `boxes`, `diverged_boxes` (absent only when 0) and `undecided` equal the counts.
fn counts(
    cert: &Certificate,
    converging: usize,
    diverged: usize,
    undecided: usize,
) -> Result<(), CheckFailure> {
    let n = |k: usize| RatInterval::point(BigRational::from_integer(k.into()));
    if count(cert, "boxes")? != n(converging) {
        return Err(rej(
            "quantities.boxes",
            "must equal the number of converging boxes",
        ));
    }
    let claimed = match cert.quantities.get("diverged_boxes") {
        None => n(0),
        Some(_) => count(cert, "diverged_boxes")?,
    };
    if claimed != n(diverged) {
        return Err(rej(
            "quantities.diverged_boxes",
            "must equal the number of diverging boxes",
        ));
    }
    if count(cert, "undecided")? != n(undecided) {
        return Err(rej(
            "quantities.undecided",
            "must equal the number of undecided boxes",
        ));
    }
    Ok(())
}

/// Re-verify a `nonasymptotic` certificate: every converging and diverging box, the cover and
/// the counts; for a certificate that claims verification, also no undecided box and the
/// constants `t0`, `c`, `rho`.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failed check.
pub fn check(cert: &Certificate, inputs: &BoundInputs) -> Result<Vec<String>, CheckFailure> {
    super::only_known_quantities(cert, KNOWN)?;
    let ev = &cert.evidence;
    let shard = partial_shard(cert)?;
    let bits = super::precision_bits(ev)?;
    let list = ev
        .get("boxes")
        .and_then(Value::as_array)
        .filter(|l| (shard.is_some() || !l.is_empty()) && l.len() <= MAX_BOXES)
        .ok_or_else(|| rej("evidence.boxes", format!("expected 1..={MAX_BOXES} boxes")))?;
    let domain = [inputs.x.clone(), inputs.y.clone(), inputs.h.clone()];
    if volume(&domain).is_zero() {
        return Err(rej("init", "degenerate domain (zero volume)"));
    }
    let mut boxes = Vec::new();
    let mut tally = Tally::default();
    for (i, b) in list.iter().enumerate() {
        super::budget::tick()?;
        boxes.push(check_box(cert, inputs, bits, &domain, b, i, &mut tally)?);
    }
    check_cover(&boxes, &domain, shard.is_some())?;
    let Tally {
        t0,
        converging,
        diverged,
        undecided,
        ..
    } = tally;
    counts(cert, converging, diverged, undecided)?;
    if let Some((i, n)) = shard {
        return Ok(vec![format!(
            "partial: shard {i}/{n}: {} disjoint boxes in the domain; {converging} converging \
             and {diverged} diverging boxes re-verified; {undecided} undecided; the merged \
             bound shows the cover of the domain",
            boxes.len()
        )]);
    }
    if !cert.verified {
        return Ok(vec![format!(
            "{} boxes cover the domain; {converging} converging and {diverged} diverging boxes \
             re-verified; {undecided} undecided (not verified)",
            boxes.len()
        )]);
    }
    check_constants(cert, &tally)?;
    Ok(vec![format!(
        "{} boxes cover the domain; {converging} replayed and closed by the tail lemma \
         (loss_t ≤ C·ρ^(t−T₀) with T₀ = {t0}); {diverged} replayed and closed by the escape lemma \
         (|r_t| → ∞)",
        boxes.len()
    )])
}

/// What the boxes established: the counts by decision, and the largest `K`, `½ε²` and `ρ_B²`
/// of the converging boxes (the constants `t0`, `c`, `rho` must bound them).
#[derive(Default)]
struct Tally {
    t0: u64,
    c: BigRational,
    rho: BigRational,
    converging: usize,
    diverged: usize,
    undecided: usize,
}

/// Box `i` of the cover: inside the domain, then undecided (only in an unverified
/// certificate), diverging (escape lemma, [`check_diverged`]) or converging (replay and tail
/// lemma, [`replay_tail`]); adds it to `tally` and returns its intervals `[x, y, h]`.
fn check_box(
    cert: &Certificate,
    inputs: &BoundInputs,
    bits: u32,
    domain: &[RatInterval; 3],
    b: &Value,
    i: usize,
    tally: &mut Tally,
) -> Result<[RatInterval; 3], CheckFailure> {
    let f = format!("evidence.boxes[{i}]");
    let bx = [
        pair(&b["x"], &format!("{f}.x"))?,
        pair(&b["y"], &format!("{f}.y"))?,
        pair(&b["h"], &format!("{f}.h"))?,
    ];
    if !bx.iter().zip(domain).all(|(u, d)| u.is_subset_of(d)) {
        return Err(rej(&f, "outside the domain"));
    }
    if b.get("undecided").is_some() {
        if cert.verified {
            return Err(rej(&f, "an undecided box: the claim is not proved"));
        }
        tally.undecided += 1;
        return Ok(bx);
    }
    let cap = if b.get("diverges").is_some() {
        super::divergence::MAX_STEPS
    } else {
        1_000_000
    };
    let steps = super::steps_at_most(b, &f, cap)?;
    let ops = Rounded::new(Some(bits));
    let one = ops.constant(&BigRational::one());
    let x = bx[0].round_out(Some(bits));
    let y = bx[1].round_out(Some(bits));
    let h = bx[2].round_out(Some(bits));
    let r = ops.sub(&ops.mul(&x, &y), &one);
    let q = ops.add(&ops.sqr(&x), &ops.sqr(&y));
    if b.get("diverges").is_some() {
        check_diverged(inputs, bits, b, &f, [r, q, h], steps)?;
        tally.diverged += 1;
        return Ok(bx);
    }
    if b.get("escape").is_some() {
        return Err(rej(
            &format!("{f}.escape"),
            "only on a box with \"diverges\": true",
        ));
    }
    let tail = b
        .get("tail")
        .ok_or_else(|| rej(&format!("{f}.tail"), "missing"))?;
    let proof = replay_tail(inputs.shape, bits, r, q, &h, steps, tail, &f)?;
    tally.t0 = tally.t0.max(steps);
    let half_eps2 = &proof.eps * &proof.eps / BigRational::from_integer(2.into());
    tally.c = tally.c.clone().max(half_eps2);
    tally.rho = tally.rho.clone().max(&proof.rho * &proof.rho);
    tally.converging += 1;
    Ok(bx)
}

/// The boxes' interiors are disjoint, and (for a whole certificate, not a shard's) their
/// volumes add up to the domain's: together they cover it.
fn check_cover(
    boxes: &[[RatInterval; 3]],
    domain: &[RatInterval; 3],
    shard: bool,
) -> Result<(), CheckFailure> {
    let total: BigRational = boxes.iter().map(volume).sum();
    if !shard && total != volume(domain) {
        return Err(rej(
            "evidence.boxes",
            "the boxes' volumes do not add up to the domain's",
        ));
    }
    for i in 0..boxes.len() {
        super::budget::tick()?;
        for j in 0..i {
            if interiors_overlap(&boxes[i], &boxes[j]) {
                return Err(rej("evidence.boxes", format!("boxes {j} and {i} overlap")));
            }
        }
    }
    Ok(())
}

/// The constants of a verified certificate: `t0 = [T, T]` with `T ≥` every box's `K`, `c ≥`
/// every `½ε²`, and `rho` above every `ρ_B²` and below 1.
fn check_constants(cert: &Certificate, tally: &Tally) -> Result<(), CheckFailure> {
    let t0c = count(cert, "t0")?;
    if t0c.lo != t0c.hi || t0c.lo < BigRational::from_integer(tally.t0.into()) {
        return Err(rej(
            "quantities.t0",
            "must be [T, T] with T ≥ every box's K",
        ));
    }
    let cc = count(cert, "c")?;
    if cc.lo < tally.c {
        return Err(rej("quantities.c", "below the largest ½ε²"));
    }
    let rc = count(cert, "rho")?;
    if rc.lo < tally.rho || rc.hi >= BigRational::one() {
        return Err(rej(
            "quantities.rho",
            "must contain a bound ≥ every ρ_B² and be < 1",
        ));
    }
    Ok(())
}
