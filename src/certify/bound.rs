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

use std::time::Instant;

use eoscert_check::claim::{
    NonasymptoticClaim, NonasymptoticQuantities, ProductKind, ProductModel,
};
use eoscert_check::evidence as ev;
use num_rational::BigRational;
use num_traits::{One, Signed};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
use crate::certify::balancing::{PhiEscape, grows_at_least_quadratically, try_phi_escape};
use crate::certify::catapult::{outward, short_up};
use crate::dynamics::Product;
use crate::model::product::{Phi, product_factors};
use crate::shard::{Shard, partial_reason};

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
    let (mut cert, _) = backend.dispatch(Run {
        problem,
        mode: Mode::Whole,
    });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// Prove shard `shard` of the bound (see [`crate::certify::bound_shard`]): its partial
/// certificate.
///
/// # Errors
/// [`Error::BadInput`] for the exact backend.
pub fn prove_bound_shard(
    problem: &BoundProblem,
    backend: Backend,
    shard: Shard,
) -> Result<Certificate, Error> {
    if backend == Backend::Rational {
        return Err(Error::field("backend", "rational: use mpfr:BITS"));
    }
    let start = Instant::now();
    let (mut cert, _) = backend.dispatch(Run {
        problem,
        mode: Mode::Shard(shard),
    });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// Run the unsharded branch and bound with the outcomes `known` from a sharded job's parts
/// (boxes no part decided are iterated here). Returns the certificate (`elapsed_s` 0) and the
/// number of boxes iterated here.
pub(crate) fn run_known(
    problem: &BoundProblem,
    backend: Backend,
    known: &Known,
) -> (Certificate, usize) {
    backend.dispatch(Run {
        problem,
        mode: Mode::Merge(known),
    })
}

/// The outcomes a sharded job's parts state, by the box's path in the bisection tree (`0`:
/// the lower half, `1`: the upper half, from the root `""`): the listed boxes (their evidence
/// entries), and the bisected (failed) ancestors of the listed boxes.
#[derive(Default)]
pub(crate) struct Known {
    pub(crate) leaves: std::collections::HashMap<String, ev::BoundBox>,
    pub(crate) inner: std::collections::HashSet<String>,
}

/// How a run walks the bisection tree.
#[derive(Clone, Copy)]
enum Mode<'a> {
    /// The whole job.
    Whole,
    /// One shard: the boxes at depth ≥ [`split_depth`] owned by the shard, and the boxes above
    /// (listed only by their owner).
    Shard(Shard),
    /// The whole job with the outcomes of its parts.
    Merge(&'a Known),
}

/// The depth D = ⌈log₂ N⌉ + 3 at which the tree is shared out among N shards (about 8N
/// boxes at depth D).
pub fn split_depth(count: u32) -> usize {
    count.next_power_of_two().trailing_zeros() as usize + 3
}

/// The shard (of `count`) owning the box at `path`: the index of its depth-D ancestor (its
/// path's first D letters, padded with `0`, read in binary) modulo `count`.
pub fn owner(path: &str, count: u32) -> u32 {
    let d = split_depth(count);
    let k = path
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(d)
        .fold(0u64, |acc, b| 2 * acc + u64::from(b == b'1'));
    (k % u64::from(count)) as u32
}

struct Run<'a> {
    problem: &'a BoundProblem,
    mode: Mode<'a>,
}

/// One box's outcome.
enum Outcome {
    Converges(Decided),
    Diverges(u64, ev::PhiEscape),
    Fails,
}

/// A box's outcome from its listed evidence entry.
fn outcome_of(entry: &ev::BoundBox) -> Option<Outcome> {
    if entry.undecided.is_some() {
        return Some(Outcome::Fails);
    }
    let steps = entry.steps?;
    if entry.diverges.is_some() {
        return Some(Outcome::Diverges(steps, entry.escape.clone()?));
    }
    let tail = entry.tail.clone()?;
    let q = |t: &str| crate::arith::parse_rational(t).ok();
    Some(Outcome::Converges(Decided {
        steps,
        eps: q(&tail.eps)?,
        rho: q(&tail.rho)?,
        tail,
    }))
}

/// Iterate one box: converging, else (φ with C ≥ 1) diverging, else failing.
fn compute<S: Scalar>(p: &BoundProblem, b: &Domain, escapable: bool, ctx: &S::Ctx) -> Outcome {
    if let Some(d) = decide::<S>(p.phi, b, p.max_steps, ctx) {
        return Outcome::Converges(d);
    }
    if escapable && let Some((k, esc)) = escape::<S>(p.phi, b, p.max_steps, ctx) {
        return Outcome::Diverges(k, esc.evidence());
    }
    Outcome::Fails
}

struct Decided {
    steps: u64,
    eps: BigRational,
    rho: BigRational,
    tail: ev::BalancingTail,
}

/// An interval of the cover, exact: `[lo, hi]`.
fn exact_pair(iv: &(BigRational, BigRational)) -> Vec<String> {
    vec![format_exact(&iv.0), format_exact(&iv.1)]
}

/// Iterate one box; `Some` if the tail lemma holds for its whole enclosure.
fn decide<S: Scalar>(phi: Phi, b: &Domain, max_steps: u64, ctx: &S::Ctx) -> Option<Decided> {
    let x = S::from_bounds(&b.x.0, &b.x.1, ctx);
    let y = S::from_bounds(&b.y.0, &b.y.1, ctx);
    let map = Product::over(phi, b.h.0.clone(), b.h.1.clone()).constants::<S>(ctx);
    let h = map.h.clone();
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
                        tail: ev::BalancingTail {
                            eps: format_exact(&eps),
                            q_lo: format_exact(&q_box.0),
                            q_hi: format_exact(&q_box.1),
                            rho: format_exact(&rho),
                            b: format_exact(&bb),
                        },
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
        let (r2, q2, _) = map.step(&r, &q);
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
    let map = Product::over(phi, b.h.0.clone(), b.h.1.clone()).constants::<S>(ctx);
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
        let (r2, q2, _) = map.step(&r, &q);
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
    type Output = (Certificate, usize);

    fn run<S: Scalar>(self, ctx: S::Ctx) -> (Certificate, usize) {
        let tally = self.explore::<S>(&ctx);
        let iterated = tally.iterated;
        (self.certificate::<S>(tally, &ctx), iterated)
    }
}

/// What a bisection found: the listed boxes (with their paths) and the constants of the claim.
struct Tally {
    boxes: Vec<ev::BoundBox>,
    paths: Vec<String>,
    decided: usize,
    diverged: usize,
    undecided: usize,
    /// The largest tail step, `max ε²/2` and `max ρ²` over the converging boxes.
    t0: u64,
    c: BigRational,
    rho: BigRational,
    /// The boxes iterated here (not read from a merge's parts).
    iterated: usize,
}

impl Tally {
    /// The evidence entry of a box that is not split further, counted if this run owns it.
    fn record(&mut self, base: ev::BoundBox, outcome: Outcome, mine: bool) -> ev::BoundBox {
        match outcome {
            Outcome::Converges(d) => {
                if mine {
                    self.decided += 1;
                    self.t0 = self.t0.max(d.steps);
                    self.c = self
                        .c
                        .clone()
                        .max(&d.eps * &d.eps / BigRational::from_integer(2.into()));
                    self.rho = self.rho.clone().max(&d.rho * &d.rho);
                }
                ev::BoundBox {
                    steps: Some(d.steps),
                    tail: Some(d.tail),
                    ..base
                }
            }
            Outcome::Diverges(k, esc) => {
                self.diverged += usize::from(mine);
                ev::BoundBox {
                    steps: Some(k),
                    escape: Some(esc),
                    diverges: Some(true),
                    ..base
                }
            }
            Outcome::Fails => {
                self.undecided += usize::from(mine);
                ev::BoundBox {
                    undecided: Some(true),
                    ..base
                }
            }
        }
    }
}

impl Run<'_> {
    /// The bisection: every box is iterated (or read from a merge's parts), proved converging
    /// or diverging, or split while depth and the box budget allow.
    fn explore<S: Scalar>(&self, ctx: &S::Ctx) -> Tally {
        let p = self.problem;
        let zero = || BigRational::from_integer(0.into());
        let mut tally = Tally {
            boxes: Vec::new(),
            paths: Vec::new(),
            decided: 0,
            diverged: 0,
            undecided: 0,
            t0: 0,
            c: zero(),
            rho: zero(),
            iterated: 0,
        };
        let mut work = vec![(p.domain.clone(), 0u32, String::new())];
        let escapable = grows_at_least_quadratically(p.phi);
        let mut examined = 0usize;
        while let Some((b, depth, path)) = work.pop() {
            // A shard lists the boxes it owns; below depth D it skips the others' subtrees.
            let mine = match self.mode {
                Mode::Shard(s) => owner(&path, s.count()) == s.index(),
                _ => true,
            };
            if !mine && path.len() >= split_depth(self.shard_count()) {
                continue;
            }
            examined += 1;
            let known = match self.mode {
                Mode::Merge(k) => k
                    .leaves
                    .get(&path)
                    .and_then(outcome_of)
                    .or_else(|| k.inner.contains(&path).then_some(Outcome::Fails)),
                _ => None,
            };
            let outcome = known.unwrap_or_else(|| {
                tally.iterated += 1;
                compute::<S>(p, &b, escapable, ctx)
            });
            if matches!(outcome, Outcome::Fails)
                && depth < p.max_depth
                && examined + work.len() + 2 <= MAX_BOXES
            {
                let (a, z) = bisect(&b);
                work.push((z, depth + 1, format!("{path}1")));
                work.push((a, depth + 1, format!("{path}0")));
                continue;
            }
            let base = ev::BoundBox {
                x: exact_pair(&b.x),
                y: exact_pair(&b.y),
                h: exact_pair(&b.h),
                steps: None,
                tail: None,
                escape: None,
                diverges: None,
                undecided: None,
            };
            let listed = tally.record(base, outcome, mine);
            if mine {
                tally.boxes.push(listed);
                tally.paths.push(path);
            }
        }
        tally
    }

    /// The certificate of a finished bisection (a shard's is partial: `verified: false`).
    fn certificate<S: Scalar>(&self, tally: Tally, ctx: &S::Ctx) -> Certificate {
        let p = self.problem;
        let count = |n: usize| Some(Enclosure::exact(&BigRational::from_integer(n.into())));
        let mut quantities = NonasymptoticQuantities {
            boxes: count(tally.decided),
            diverged_boxes: count(tally.diverged),
            undecided: count(tally.undecided),
            ..Default::default()
        };
        let undecided = tally.undecided;
        let failure = (undecided > 0).then(|| {
            format!(
                "{undecided} sub-boxes undecided (listed in evidence.boxes with \"undecided\": \
                 true); raise max_depth, max_steps or the precision"
            )
        });
        let shard = match self.mode {
            Mode::Shard(s) => Some(s),
            _ => None,
        };
        if failure.is_none() && shard.is_none() {
            quantities.t0 = Some(Enclosure::exact(&BigRational::from_integer(
                tally.t0.into(),
            )));
            quantities.c = Some(outward(&tally.c, &tally.c));
            quantities.rho = Some(outward(&tally.rho, &tally.rho));
        }
        let reason = match (&failure, S::RIGOROUS) {
            (Some(why), _) => why.clone(),
            (None, false) => "the f64 backend is not rigorous".into(),
            (None, true) => String::new(),
        };
        let d = &p.domain;
        let mut evidence = ev::Nonasymptotic {
            // The exact backend is refused by `prove_bound`; 0 marks exact arithmetic.
            precision_bits: S::precision_bits(ctx).unwrap_or(0),
            boxes: tally.boxes,
            shard: None,
        };
        let (mut verified, mut reason) = (S::RIGOROUS && failure.is_none(), reason);
        if let Some(s) = shard {
            verified = false;
            reason = partial_reason(s);
            evidence.shard = Some(ev::BoundShard {
                index: s.index().into(),
                count: s.count().into(),
                max_steps: p.max_steps,
                max_depth: p.max_depth,
                paths: tally.paths,
            });
        }
        NonasymptoticClaim {
            schema: SCHEMA.into(),
            model: ProductModel {
                kind: ProductKind::Product,
                dim: Some(1),
                target: "1".into(),
                phi: Some(p.phi.to_string()),
            },
            eta: Some(format!("{}:{}", format_exact(&d.h.0), format_exact(&d.h.1))),
            init: vec![
                format!("x:{}:{}", format_exact(&d.x.0), format_exact(&d.x.1)),
                format!("y:{}:{}", format_exact(&d.y.0), format_exact(&d.y.1)),
            ],
            backend: crate::certify::backend::<S>(ctx),
            rigorous: S::RIGOROUS,
            verified,
            reason,
            quantities,
            evidence,
            elapsed_s: 0.0,
        }
        .into_certificate()
    }
}

impl Run<'_> {
    /// N of a shard's run (1 otherwise).
    fn shard_count(&self) -> u32 {
        match self.mode {
            Mode::Shard(s) => s.count(),
            _ => 1,
        }
    }
}
