//! Claim `nonasymptotic`: a uniform convergence-rate certificate for GD on f = φ(xy − 1)
//! (n = 1) over a box of starts and a range of steps, by branch and bound.
//!
//! # Claim
//! For every start `(x₀, y₀)` in `[x_lo, x_hi] × [y_lo, y_hi]` and every step `h` in
//! `[h_lo, h_hi]`, GD converges to a minimiser and for all `t ≥ T₀`
//! `loss_t = φ(x_t y_t − 1) ≤ C·ρ^{t − T₀}` with the reported `t0`, `c`, `rho < 1`.
//! Only sub-quadratic φ are accepted (`quad`, `pseudo-huber`, `logcosh`, `power:K` with
//! `K ≤ 2`), for which `φ(r) ≤ r²/2` and `|φ′(r)| ≤ |r|` (`cosh r ≤ e^{r²/2}`, `|tanh r| ≤ |r|`;
//! `(1 + t)^{K/2} ≤ 1 + Kt/2` for `K ≤ 2`).
//!
//! # Method
//! Each sub-box `B` is iterated as a whole: `r₀ = x·y − 1`, `q₀ = sqr(x) + sqr(y)` as
//! enclosures, `h` an enclosure, then the factor-form reduced map of
//! [`crate::model::product`] until the tail lemma of [`crate::certify::balancing`] holds for
//! the enclosure (so for every start and step in `B`): `|r_k| ≤ ε_B ρ_B^{k−K_B}`. Then
//! `loss_k ≤ ½ε_B² (ρ_B²)^{k−K_B}` and, with `T₀ = max K_B`, `C = max ½ε_B²`,
//! `ρ = max ρ_B²`: `loss_t ≤ C ρ^{t−T₀}` for `t ≥ T₀` on every box. A box that fails (the
//! enclosure blows up, or no tail within the step budget) is bisected along its relatively
//! widest side, up to a depth limit; boxes still failing are listed as undecided and the claim
//! is then not verified.
//!
//! # Diverging boxes
//! For φ with `C(r) = φ′(r)/r ≥ 1` (of the accepted shapes: `quad`, `power:2`), a box that fails
//! the convergence bound is also iterated towards the escape lemma of
//! [`crate::certify::balancing`]: when the whole enclosure satisfies `|r_K| ≥ ρ` and
//! `q_K ≤ κ₀|r_K|`, and the lemma's constant conditions hold at `h = h_lo` (each of
//! `D = ρ − 1 − κ̄/h > 0`, `h²ρD ≥ 1` and `2((κ̄² − 4)⁺/h + κ̄ + 4/(hρ)) ≤ δD` only gets easier as
//! `h` grows, so they hold for every `h` in the box), then `|r_k| ≥ 2^{k−K}ρ` for every start and
//! step in the box: the box is listed with `"diverges": true`, its escape step `K` and the
//! constants. The bound `loss_t ≤ C·ρ^{t−T₀}` is a statement about the converging boxes; the
//! claim is verified when every box is decided (converging or diverging), and the quantity
//! `diverged_boxes` counts the diverging ones.

use std::collections::BTreeMap;
use std::time::Instant;

use num_rational::BigRational;
use num_traits::{One, Signed};
use serde_json::{Value, json};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, ModelInfo, Quantity, SCHEMA, format_exact};
use crate::certify::balancing::{PhiEscape, grows_at_least_quadratically, try_phi_escape};
use crate::certify::catapult::{outward, short_up};
use crate::model::product::{Phi, product_factors, product_step};

/// The largest number of sub-boxes examined.
pub const MAX_BOXES: usize = 4096;

/// A box of starts and steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    /// `[x_lo, x_hi]`.
    pub x: (BigRational, BigRational),
    /// `[y_lo, y_hi]`.
    pub y: (BigRational, BigRational),
    /// `[h_lo, h_hi]`.
    pub h: (BigRational, BigRational),
}

/// A non-asymptotic bound problem.
#[derive(Clone, Debug)]
pub struct BoundProblem {
    /// The loss shape (sub-quadratic).
    pub phi: Phi,
    /// The domain.
    pub domain: Domain,
    /// Step budget per sub-box.
    pub max_steps: u64,
    /// Bisection depth limit.
    pub max_depth: u32,
}

impl BoundProblem {
    /// Validate and build.
    ///
    /// # Errors
    /// [`Error::BadInput`] for a super-quadratic φ, an empty interval, `h_lo ≤ 0`, or limits out
    /// of range.
    pub fn new(phi: Phi, domain: Domain, max_steps: u64, max_depth: u32) -> Result<Self, Error> {
        if !phi.sub_quadratic() {
            return Err(Error::field(
                "phi",
                format!(
                    "{phi}: the bound needs φ(r) ≤ r²/2 and |φ′(r)| ≤ |r| (quad, pseudo-huber, \
                 logcosh, power:K with K ≤ 2)"
                ),
            ));
        }
        for (name, (lo, hi)) in [("x", &domain.x), ("y", &domain.y), ("h", &domain.h)] {
            if lo > hi {
                return Err(Error::BadInput(format!("{name}: empty interval")));
            }
        }
        crate::certify::trajectory::check_eta(&domain.h.0)?;
        crate::certify::trajectory::check_eta(&domain.h.1)?;
        if max_steps == 0 || max_steps > 100_000 {
            return Err(Error::field("max_steps", "must lie in 1..=100000"));
        }
        if max_depth > 24 {
            return Err(Error::field("max_depth", "must lie in 0..=24"));
        }
        Ok(BoundProblem {
            phi,
            domain,
            max_steps,
            max_depth,
        })
    }
}

/// Prove the bound with `backend` (`interval` or `mpfr:BITS`).
///
/// # Errors
/// [`Error::BadInput`] for the exact backend.
pub fn prove_bound(problem: &BoundProblem, backend: Backend) -> Result<Certificate, Error> {
    if backend == Backend::Rational {
        return Err(Error::field("backend", "rational: use mpfr:BITS"));
    }
    let start = Instant::now();
    let mut cert = backend.dispatch(Run { problem });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

struct Run<'a> {
    problem: &'a BoundProblem,
}

struct Decided {
    steps: u64,
    eps: BigRational,
    rho: BigRational,
    tail: Value,
}

fn interval_json(iv: &(BigRational, BigRational)) -> Value {
    json!([format_exact(&iv.0), format_exact(&iv.1)])
}

/// Iterate one box; `Some` if the tail lemma holds for its whole enclosure.
fn decide<S: Scalar>(phi: Phi, b: &Domain, max_steps: u64, ctx: &S::Ctx) -> Option<Decided> {
    let x = S::from_bounds(&b.x.0, &b.x.1, ctx);
    let y = S::from_bounds(&b.y.0, &b.y.1, ctx);
    let h = S::from_bounds(&b.h.0, &b.h.1, ctx);
    let one = S::from_int(1, ctx);
    let mut r = x.clone() * y.clone() - one;
    let mut q = x.sqr() + y.sqr();
    for t in 0..=max_steps {
        let (rlo, rhi) = r.bounds()?;
        let (qlo, qhi) = q.bounds()?;
        // A lost enclosure will not recover: give up on this box (it gets bisected).
        if &qhi - &qlo > qlo.abs().max(BigRational::one()) || &rhi - &rlo > BigRational::one() {
            return None;
        }
        let eps_now = rlo.abs().max(rhi.abs());
        if eps_now < BigRational::new(1.into(), 1000.into()) {
            let eps = short_up(&eps_now);
            let mut d =
                (&qhi - &qlo).max(eps.clone()) + &eps * BigRational::from_integer(64.into());
            for _ in 0..3 {
                let q_box = (&qlo - &d, &qhi + &d);
                let rb = S::from_bounds(&-eps.clone(), &eps, ctx);
                let qb = S::from_bounds(&q_box.0, &q_box.1, ctx);
                let (m, p) = product_factors(phi, &rb, &qb, &h);
                let rho = short_up(&m.abs().bounds()?.1);
                if rho >= BigRational::one() {
                    break;
                }
                let bb = short_up(&p.abs().bounds()?.1);
                let radius = &eps * &bb / (BigRational::one() - &rho);
                if radius <= d {
                    return Some(Decided {
                        steps: t,
                        tail: json!({
                            "eps": format_exact(&eps),
                            "q_lo": format_exact(&q_box.0),
                            "q_hi": format_exact(&q_box.1),
                            "rho": format_exact(&rho),
                            "b": format_exact(&bb),
                        }),
                        eps,
                        rho,
                    });
                }
                d = radius * BigRational::from_integer(2.into());
            }
        }
        if t == max_steps {
            return None;
        }
        let (r2, q2, _) = product_step(phi, &r, &q, &h);
        r = r2;
        q = q2;
    }
    None
}

/// Iterate one box towards the escape lemma (φ with `C ≥ 1`); `Some((K, constants))` when the
/// whole enclosure at step `K` satisfies it, with the constant conditions checked at `h_lo`
/// (the worst case: see the module documentation).
fn escape<S: Scalar>(
    phi: Phi,
    b: &Domain,
    max_steps: u64,
    ctx: &S::Ctx,
) -> Option<(u64, PhiEscape)> {
    let x = S::from_bounds(&b.x.0, &b.x.1, ctx);
    let y = S::from_bounds(&b.y.0, &b.y.1, ctx);
    let h = S::from_bounds(&b.h.0, &b.h.1, ctx);
    let one = BigRational::one();
    let mut r = x.clone() * y.clone() - S::from_int(1, ctx);
    let mut q = x.sqr() + y.sqr();
    for t in 0..=max_steps {
        if let Some(e) = try_phi_escape(&r, &q, &b.h.0) {
            return Some((t, e));
        }
        let (rlo, rhi) = r.bounds()?;
        let (qlo, qhi) = q.bounds()?;
        // A lost enclosure will not recover: give up on this box.
        let straddles = !rlo.is_positive() && !rhi.is_negative();
        if (straddles && &rhi - &rlo > one) || &qhi - &qlo > qlo.abs().max(one.clone()) {
            return None;
        }
        let (r2, q2, _) = product_step(phi, &r, &q, &h);
        r = r2;
        q = q2;
    }
    None
}

/// Split along the side with the largest width relative to its magnitude (at least 1).
fn bisect(b: &Domain) -> (Domain, Domain) {
    let rel = |iv: &(BigRational, BigRational)| {
        (&iv.1 - &iv.0) / iv.0.abs().max(iv.1.abs()).max(BigRational::one())
    };
    let widths = [rel(&b.x), rel(&b.y), rel(&b.h)];
    let axis = (0..3)
        .max_by(|&i, &j| widths[i].cmp(&widths[j]))
        .unwrap_or(0);
    let half = |iv: &(BigRational, BigRational)| {
        let mid = (&iv.0 + &iv.1) / BigRational::from_integer(2.into());
        ((iv.0.clone(), mid.clone()), (mid, iv.1.clone()))
    };
    let (mut a, mut c) = (b.clone(), b.clone());
    match axis {
        0 => (a.x, c.x) = half(&b.x),
        1 => (a.y, c.y) = half(&b.y),
        _ => (a.h, c.h) = half(&b.h),
    }
    (a, c)
}

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let p = self.problem;
        let mut work = vec![(p.domain.clone(), 0u32)];
        let mut boxes = Vec::new();
        let (mut decided, mut diverged, mut undecided) = (0usize, 0usize, 0usize);
        let escapable = grows_at_least_quadratically(p.phi);
        let (mut t0, mut c, mut rho) = (
            0u64,
            BigRational::from_integer(0.into()),
            BigRational::from_integer(0.into()),
        );
        let mut examined = 0usize;
        while let Some((b, depth)) = work.pop() {
            examined += 1;
            let base = json!({"x": interval_json(&b.x), "y": interval_json(&b.y), "h": interval_json(&b.h)});
            let converges = decide::<S>(p.phi, &b, p.max_steps, &ctx);
            let diverges = if converges.is_none() && escapable {
                escape::<S>(p.phi, &b, p.max_steps, &ctx)
            } else {
                None
            };
            match converges {
                Some(d) => {
                    decided += 1;
                    t0 = t0.max(d.steps);
                    c = c.max(&d.eps * &d.eps / BigRational::from_integer(2.into()));
                    rho = rho.max(&d.rho * &d.rho);
                    let mut e = base;
                    e["steps"] = d.steps.into();
                    e["tail"] = d.tail;
                    boxes.push(e);
                }
                None if let Some((k, esc)) = diverges => {
                    diverged += 1;
                    let mut e = base;
                    e["steps"] = k.into();
                    e["escape"] = json!({
                        "r_min": format_exact(&esc.r_min),
                        "kappa0": format_exact(&esc.kappa0),
                        "delta": format_exact(&esc.delta),
                    });
                    e["diverges"] = true.into();
                    boxes.push(e);
                }
                None if depth < p.max_depth && examined + work.len() + 2 <= MAX_BOXES => {
                    let (a, z) = bisect(&b);
                    work.push((z, depth + 1));
                    work.push((a, depth + 1));
                }
                None => {
                    undecided += 1;
                    let mut e = base;
                    e["undecided"] = true.into();
                    boxes.push(e);
                }
            }
        }
        let mut quantities = BTreeMap::new();
        let count =
            |n: usize| Quantity::Enclosure(Enclosure::exact(&BigRational::from_integer(n.into())));
        quantities.insert("boxes".into(), count(decided));
        quantities.insert("diverged_boxes".into(), count(diverged));
        quantities.insert("undecided".into(), count(undecided));
        let failure = (undecided > 0).then(|| {
            format!(
                "{undecided} sub-boxes undecided (listed in evidence.boxes with \"undecided\": \
                 true); raise max_depth, max_steps or the precision"
            )
        });
        if failure.is_none() {
            quantities.insert(
                "t0".into(),
                Quantity::Enclosure(Enclosure::exact(&BigRational::from_integer(t0.into()))),
            );
            quantities.insert("c".into(), Quantity::Enclosure(outward(&c, &c)));
            quantities.insert("rho".into(), Quantity::Enclosure(outward(&rho, &rho)));
        }
        let reason = match (&failure, S::RIGOROUS) {
            (Some(why), _) => why.clone(),
            (None, false) => "the f64 backend is not rigorous".into(),
            (None, true) => String::new(),
        };
        let d = &p.domain;
        Certificate {
            schema: SCHEMA.into(),
            claim: "nonasymptotic".into(),
            model: ModelInfo {
                kind: "product".into(),
                depth: None,
                dim: Some(1),
                target: "1".into(),
                phi: Some(p.phi.to_string()),
                ..Default::default()
            },
            eta: Some(format!("{}:{}", format_exact(&d.h.0), format_exact(&d.h.1))),
            init: vec![
                format!("x:{}:{}", format_exact(&d.x.0), format_exact(&d.x.1)),
                format!("y:{}:{}", format_exact(&d.y.0), format_exact(&d.y.1)),
            ],
            backend: S::backend_name(&ctx),
            rigorous: S::RIGOROUS,
            verified: S::RIGOROUS && failure.is_none(),
            reason,
            quantities,
            evidence: json!({"precision_bits": S::precision_bits(&ctx), "boxes": boxes}),
            elapsed_s: 0.0,
        }
    }
}
