//! The `basin-map` claim: re-verification of a map of starts at one η, each cell proved to
//! converge to the attractor, proved to diverge, or left undetermined.
//!
//! Self-contained: the prover's formulas are re-implemented in rational interval arithmetic
//! rounded outward to the 53-bit grid ([`Rounded`]), in the prover's evaluation order; the
//! float choices of the prover (centres, frames) are re-made here in f64 and any choice is
//! sound. Lemmas (proved in the prover's module docs):
//!
//! - **plane** (depth 2): α = (θ₁ + θ₂)/2, β = (θ₁ − θ₂)/2, ρ = η(α² − β² − y),
//!   F(α, β) = (α(1 − ρ), β(1 + ρ)), Jacobian `[[1 − ρ − 2ηα², 2ηαβ], [2ηαβ, 1 + ρ − 2ηβ²]]`.
//!   Escape: R ≥ 5, R ≥ 4ηy; a set with |ρ| ≥ R and ρ² ≥ 4η(α² + β²) diverges.
//! - **line** (any p): φ(s) = s − η(s^p − y)s^{p−1}. Escape: S₀^p > y,
//!   η S₀^{p−2}(S₀^p − y) ≥ 3; a set with |s| ≥ S₀ diverges.
//! - **image**: a cell whose set after `steps` steps lies (in start coordinates) in the union
//!   of cells listed *earlier* with the same label has that label (by induction on the list:
//!   every start in it reaches a start that converges, resp. diverges).
//! - **capture**: the point enclosure \[σ\] has a strict sign change of φ^n(s) − s at its ends
//!   (exact), for n = 2 σ^p − y ≠ 0 on it; with B₀ = \[σ\] + [−ε, ε] (× [−ε, ε]), B₁ the one-step
//!   image, the ∞-norm of J(B₁)J(B₀) (n = 2) or |φ′(B₀)| (n = 1) is < 1. A set whose hull lies
//!   in N = {|α − σ| < ε, |β| < ε} converges to the orbit of the point.
//!
//! # Checks
//! Inputs and caps; the escape threshold; every neighbourhood; the cells form a partition of the
//! box (dyadic sub-squares of the grid, none containing another, measures summing to the box);
//! every converged / diverged cell replayed for at most its `steps`, accepted at the first step
//! whose hull passes its label's test; the three fractions and the cell count exactly.
//!
//! # Caps
//! grid ≤ 4096, level ≤ 24, at most [`MAX_CELLS`] cells, `steps` ≤ [`MAX_STEPS`] per cell and
//! Σ steps ≤ [`MAX_TOTAL_STEPS`], depth ≤ 16, numbers ≤ 2000 characters, box ends ≤ 1000.

use std::collections::HashSet;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::budget::tick;
use super::f53::{F53, Iv};
use super::interval::{RatInterval, Rounded};
use super::{CheckFailure, Inputs, Model, enclosure, exact, only_known_quantities};
use crate::{Certificate, Quantity};

type R = RatInterval;

/// The quantities of a `basin-map`.
pub const KNOWN: &[&str] = &[
    "converged_fraction",
    "diverged_fraction",
    "undetermined_fraction",
    "cells",
];
/// Most cells.
pub const MAX_CELLS: usize = 200_000;
/// Longest replay of one cell.
pub const MAX_STEPS: u32 = 1000;
/// Largest Σ steps over the cells.
pub const MAX_TOTAL_STEPS: u64 = 2_000_000;
/// Most tree nodes one image query visits.
pub const MAX_QUERY_NODES: usize = 256;
/// Largest grid.
pub const MAX_GRID: u64 = 4096;
/// Deepest level.
pub const MAX_LEVEL: u32 = 24;
/// Largest depth.
pub const MAX_DEPTH: usize = 16;

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

const RD: Rounded = Rounded { bits: Some(53) };

fn f(q: &BigRational) -> f64 {
    q.to_f64().unwrap_or(f64::NAN)
}

/// The interval operations of a replay, in two implementations that compute the same
/// endpoints: [`Exact`] (exact rationals rounded outward to the 53-bit grid, [`Rounded`]) and
/// [`F53`] (the same numbers on doubles, see [`super::f53`]; a computation that leaves its
/// safe range taints the context and is redone with [`Exact`]).
trait Arith {
    /// An interval.
    type I: Clone;
    fn add(&self, a: &Self::I, b: &Self::I) -> Self::I;
    fn sub(&self, a: &Self::I, b: &Self::I) -> Self::I;
    fn mul(&self, a: &Self::I, b: &Self::I) -> Self::I;
    fn sqr(&self, a: &Self::I) -> Self::I;
    /// `None` when `0 ∈ b`.
    fn div(&self, a: &Self::I, b: &Self::I) -> Option<Self::I>;
    /// The exact point `v` (`0` for a non-finite `v`).
    fn pt(&self, v: f64) -> Self::I;
    fn int(&self, n: i64) -> Self::I;
    /// The doubles nearest to the endpoints.
    fn ends(&self, a: &Self::I) -> (f64, f64);
    /// The double nearest to the width.
    fn width(&self, a: &Self::I) -> f64;
    /// Whether the double `v` lies in `a` (exactly).
    fn contains(&self, a: &Self::I, v: f64) -> bool;
    /// `[a.lo, a.lo]`.
    fn lo_point(&self, a: &Self::I) -> Self::I;
    /// `a ∩ b`, `None` if empty.
    fn intersect(&self, a: &Self::I, b: &Self::I) -> Option<Self::I>;
    fn neg(&self, a: &Self::I) -> Self::I;
    /// The exact interval.
    fn exact(&self, a: &Self::I) -> R;
    /// An exact interval whose ends are points of the 53-bit grid.
    fn of_exact(&self, r: &R) -> Self::I;
}

/// Exact rationals rounded outward to 53 bits ([`Rounded`]).
struct Exact;

impl Arith for Exact {
    type I = R;
    fn add(&self, a: &R, b: &R) -> R {
        RD.add(a, b)
    }
    fn sub(&self, a: &R, b: &R) -> R {
        RD.sub(a, b)
    }
    fn mul(&self, a: &R, b: &R) -> R {
        RD.mul(a, b)
    }
    fn sqr(&self, a: &R) -> R {
        RD.sqr(a)
    }
    fn div(&self, a: &R, b: &R) -> Option<R> {
        RD.div(a, b).ok()
    }
    fn pt(&self, v: f64) -> R {
        R::point(BigRational::from_float(v).unwrap_or_else(BigRational::zero))
    }
    fn int(&self, n: i64) -> R {
        R::from_int(n)
    }
    fn ends(&self, a: &R) -> (f64, f64) {
        (f(&a.lo), f(&a.hi))
    }
    fn width(&self, a: &R) -> f64 {
        f(&a.width())
    }
    fn contains(&self, a: &R, v: f64) -> bool {
        BigRational::from_float(v).is_some_and(|q| a.contains(&q))
    }
    fn lo_point(&self, a: &R) -> R {
        R::point(a.lo.clone())
    }
    fn intersect(&self, a: &R, b: &R) -> Option<R> {
        let lo = (&a.lo).max(&b.lo).clone();
        let hi = (&a.hi).min(&b.hi).clone();
        (lo <= hi).then_some(R { lo, hi })
    }
    fn neg(&self, a: &R) -> R {
        a.neg()
    }
    fn exact(&self, a: &R) -> R {
        a.clone()
    }
    fn of_exact(&self, r: &R) -> R {
        r.clone()
    }
}

impl Arith for F53 {
    type I = Iv;
    fn add(&self, a: &Iv, b: &Iv) -> Iv {
        F53::add(self, a, b)
    }
    fn sub(&self, a: &Iv, b: &Iv) -> Iv {
        F53::sub(self, a, b)
    }
    fn mul(&self, a: &Iv, b: &Iv) -> Iv {
        F53::mul(self, a, b)
    }
    fn sqr(&self, a: &Iv) -> Iv {
        F53::sqr(self, a)
    }
    fn div(&self, a: &Iv, b: &Iv) -> Option<Iv> {
        F53::div(self, a, b)
    }
    fn pt(&self, v: f64) -> Iv {
        self.point(if v.is_finite() { v } else { 0.0 })
    }
    fn int(&self, n: i64) -> Iv {
        // |n| ≤ 2⁵³ here (the depth is capped), so `n as f64` is exact.
        self.point(n as f64)
    }
    fn ends(&self, a: &Iv) -> (f64, f64) {
        (a.lo, a.hi)
    }
    fn width(&self, a: &Iv) -> f64 {
        a.hi - a.lo
    }
    fn contains(&self, a: &Iv, v: f64) -> bool {
        a.lo <= v && v <= a.hi
    }
    fn lo_point(&self, a: &Iv) -> Iv {
        Iv { lo: a.lo, hi: a.lo }
    }
    fn intersect(&self, a: &Iv, b: &Iv) -> Option<Iv> {
        let (lo, hi) = (a.lo.max(b.lo), a.hi.min(b.hi));
        (lo <= hi).then_some(Iv { lo, hi })
    }
    fn neg(&self, a: &Iv) -> Iv {
        Iv {
            lo: -a.hi,
            hi: -a.lo,
        }
    }
    fn exact(&self, a: &Iv) -> R {
        self.to_exact(a)
    }
    fn of_exact(&self, r: &R) -> Iv {
        F53::of_exact(self, r)
    }
}

/// The map constants (rounded as the prover's interval constants) and the arithmetic.
struct Maps<A: Arith> {
    ar: A,
    p: usize,
    eta: A::I,
    two_eta: A::I,
    y: A::I,
    one: A::I,
}

impl<A: Arith> Maps<A> {
    /// The maps of depth `p` at the exact `eta` and `y`, in the arithmetic `ar`.
    fn new(ar: A, p: usize, eta: &BigRational, y: &BigRational) -> Self {
        let eta = ar.of_exact(&RD.constant(eta));
        let two_eta = ar.add(&eta, &eta);
        let y = ar.of_exact(&RD.constant(y));
        let one = ar.int(1);
        Maps {
            ar,
            p,
            eta,
            two_eta,
            y,
            one,
        }
    }

    fn rho(&self, a: &A::I, b: &A::I) -> A::I {
        let ar = &self.ar;
        ar.mul(&self.eta, &ar.sub(&ar.sub(&ar.sqr(a), &ar.sqr(b)), &self.y))
    }

    fn plane_f(&self, a: &A::I, b: &A::I) -> [A::I; 2] {
        let ar = &self.ar;
        let rho = self.rho(a, b);
        [
            ar.mul(a, &ar.sub(&self.one, &rho)),
            ar.mul(b, &ar.add(&self.one, &rho)),
        ]
    }

    fn plane_jac(&self, a: &A::I, b: &A::I) -> [A::I; 3] {
        let ar = &self.ar;
        let rho = self.rho(a, b);
        [
            ar.sub(&ar.sub(&self.one, &rho), &ar.mul(&self.two_eta, &ar.sqr(a))),
            ar.mul(&self.two_eta, &ar.mul(a, b)),
            ar.sub(&ar.add(&self.one, &rho), &ar.mul(&self.two_eta, &ar.sqr(b))),
        ]
    }

    fn pow(&self, s: &A::I, k: usize) -> A::I {
        match k {
            0 => self.ar.int(1),
            1 => s.clone(),
            _ if k.is_multiple_of(2) => self.ar.sqr(&self.pow(s, k / 2)),
            _ => self.ar.mul(s, &self.pow(s, k - 1)),
        }
    }

    fn phi(&self, s: &A::I) -> A::I {
        let ar = &self.ar;
        let p = self.p;
        let r = ar.sub(&self.pow(s, p), &self.y);
        ar.sub(s, &ar.mul(&ar.mul(&self.eta, &r), &self.pow(s, p - 1)))
    }

    fn dphi(&self, s: &A::I) -> A::I {
        let ar = &self.ar;
        let p = self.p as i64;
        let a = ar.mul(&self.pow(s, 2 * self.p - 2), &ar.int(2 * p - 1));
        let b = ar.mul(&ar.mul(&self.y, &self.pow(s, self.p - 2)), &ar.int(p - 1));
        ar.sub(&self.one, &ar.mul(&self.eta, &ar.sub(&a, &b)))
    }

    fn line_step(&self, s: &A::I) -> Option<A::I> {
        let ar = &self.ar;
        let (lo, hi) = ar.ends(s);
        let c = 0.5 * (lo + hi);
        let m = if ar.contains(s, if c.is_finite() { c } else { 0.0 }) {
            ar.pt(c)
        } else {
            ar.lo_point(s)
        };
        let mv = ar.add(&self.phi(&m), &ar.mul(&self.dphi(s), &ar.sub(s, &m)));
        ar.intersect(&mv, &self.phi(s))
    }
}

/// The plane set c + M·B.
#[derive(Clone)]
struct Para<I> {
    c: [f64; 2],
    m: [[f64; 2]; 2],
    b: [I; 2],
}

fn mid<A: Arith>(ar: &A, v: &A::I) -> f64 {
    let (lo, hi) = ar.ends(v);
    0.5 * (lo + hi)
}

fn new_frame(a: [[f64; 2]; 2], widths: [f64; 2]) -> [[f64; 2]; 2] {
    let col = |k: usize| [a[0][k] * widths[k], a[1][k] * widths[k]];
    let norm = |v: [f64; 2]| (v[0] * v[0] + v[1] * v[1]).sqrt();
    let (c0, c1) = (col(0), col(1));
    let v = if norm(c0) >= norm(c1) { c0 } else { c1 };
    let n = norm(v);
    if !(n.is_finite() && n > 0.0) {
        return [[1.0, 0.0], [0.0, 1.0]];
    }
    let q = [v[0] / n, v[1] / n];
    [[q[0], -q[1]], [q[1], q[0]]]
}

impl<I: Clone> Para<I> {
    fn of_box<A: Arith<I = I>>(ar: &A, x: &[I]) -> Self {
        let c = [mid(ar, &x[0]), mid(ar, &x[1])];
        Para {
            c,
            m: [[1.0, 0.0], [0.0, 1.0]],
            b: [ar.sub(&x[0], &ar.pt(c[0])), ar.sub(&x[1], &ar.pt(c[1]))],
        }
    }

    fn hull<A: Arith<I = I>>(&self, ar: &A) -> Vec<I> {
        (0..2)
            .map(|i| {
                let t = ar.add(&ar.pt(self.c[i]), &ar.mul(&ar.pt(self.m[i][0]), &self.b[0]));
                ar.add(&t, &ar.mul(&ar.pt(self.m[i][1]), &self.b[1]))
            })
            .collect()
    }

    /// The prover's parallelepiped step; `None` if the frame's determinant contains 0.
    fn step<A: Arith<I = I>>(&self, maps: &Maps<A>) -> Option<Para<I>> {
        let ar = &maps.ar;
        let hull = self.hull(ar);
        let fc = maps.plane_f(&ar.pt(self.c[0]), &ar.pt(self.c[1]));
        let j = maps.plane_jac(&hull[0], &hull[1]);
        let jm = [[&j[0], &j[1]], [&j[1], &j[2]]];
        let a: [[I; 2]; 2] = std::array::from_fn(|i| {
            std::array::from_fn(|k| {
                ar.add(
                    &ar.mul(jm[i][0], &ar.pt(self.m[0][k])),
                    &ar.mul(jm[i][1], &ar.pt(self.m[1][k])),
                )
            })
        });
        let widths = [ar.width(&self.b[0]), ar.width(&self.b[1])];
        let m2 = new_frame(
            std::array::from_fn(|i| std::array::from_fn(|k| mid(ar, &a[i][k]))),
            widths,
        );
        let c2 = [mid(ar, &fc[0]), mid(ar, &fc[1])];
        if !(c2[0].is_finite() && c2[1].is_finite()) {
            return None;
        }
        let det = ar.sub(
            &ar.mul(&ar.pt(m2[0][0]), &ar.pt(m2[1][1])),
            &ar.mul(&ar.pt(m2[0][1]), &ar.pt(m2[1][0])),
        );
        let div = |v: f64| ar.div(&ar.pt(v), &det);
        let inv = [
            [div(m2[1][1])?, ar.neg(&div(m2[0][1])?)],
            [ar.neg(&div(m2[1][0])?), div(m2[0][0])?],
        ];
        let d = [ar.sub(&fc[0], &ar.pt(c2[0])), ar.sub(&fc[1], &ar.pt(c2[1]))];
        let b: [I; 2] = std::array::from_fn(|i| {
            let shift = ar.add(&ar.mul(&inv[i][0], &d[0]), &ar.mul(&inv[i][1], &d[1]));
            let ia0 = ar.add(&ar.mul(&inv[i][0], &a[0][0]), &ar.mul(&inv[i][1], &a[1][0]));
            let ia1 = ar.add(&ar.mul(&inv[i][0], &a[0][1]), &ar.mul(&inv[i][1], &a[1][1]));
            ar.add(
                &ar.add(&shift, &ar.mul(&ia0, &self.b[0])),
                &ar.mul(&ia1, &self.b[1]),
            )
        });
        Some(Para { c: c2, m: m2, b })
    }
}

/// A proved neighbourhood.
struct Capture {
    point: R,
    eps: BigRational,
}

impl Capture {
    fn contains(&self, x: &[R]) -> bool {
        let inside = |v: &R| v.lo > -self.eps.clone() && v.hi < self.eps;
        inside(&RD.sub(&x[0], &self.point)) && x[1..].iter().all(inside)
    }
}

/// φ^n(s) − s at a rational point, exactly.
fn g_exact(
    maps_p: usize,
    eta: &BigRational,
    y: &BigRational,
    s: &BigRational,
    n: u64,
) -> BigRational {
    let mut v = s.clone();
    for _ in 0..n {
        let vp = num_traits::pow(v.clone(), maps_p);
        v = &v - eta * (vp - y) * num_traits::pow(v.clone(), maps_p - 1);
    }
    v - s
}

fn abs_below_one(v: &R) -> bool {
    v.lo > -BigRational::one() && v.hi < BigRational::one()
}

/// Verify one neighbourhood (module docs, capture).
fn check_capture(
    maps: &Maps<Exact>,
    plane: bool,
    n: u64,
    cap: &Capture,
    eta: &BigRational,
    y: &BigRational,
    field: &str,
) -> Result<(), CheckFailure> {
    let (glo, ghi) = (
        g_exact(maps.p, eta, y, &cap.point.lo, n),
        g_exact(maps.p, eta, y, &cap.point.hi, n),
    );
    let zero = BigRational::zero();
    if !((glo < zero && ghi > zero) || (glo > zero && ghi < zero)) {
        return Err(rej(
            field,
            "no sign change of φⁿ(s) − s on the point enclosure",
        ));
    }
    if n == 2
        && RD
            .sub(&maps.pow(&cap.point, maps.p), &maps.y)
            .contains_zero()
    {
        return Err(rej(field, "the enclosure may contain the fixed point"));
    }
    if !cap.eps.is_positive() || cap.eps > BigRational::one() {
        return Err(rej(field, "ε must lie in (0, 1]"));
    }
    let ball = R::new(-cap.eps.clone(), cap.eps.clone()).map_err(|e| rej(field, e.to_string()))?;
    let mut b0 = vec![RD.add(&cap.point, &ball)];
    if plane {
        b0.push(ball);
    }
    let b1 = if n == 2 {
        if plane {
            Para::of_box(&Exact, &b0).step(maps).map(|s| s.hull(&Exact))
        } else {
            maps.line_step(&b0[0]).map(|s| vec![s])
        }
        .ok_or_else(|| rej(field, "the step of B₀ failed"))?
    } else {
        b0.clone()
    };
    let ok = if !plane {
        let d0 = maps.dphi(&b0[0]);
        let prod = if n == 1 {
            d0
        } else {
            RD.mul(&maps.dphi(&b1[0]), &d0)
        };
        abs_below_one(&prod)
    } else {
        let j0 = maps.plane_jac(&b0[0], &b0[1]);
        let j1 = maps.plane_jac(&b1[0], &b1[1]);
        let dot = |a: &R, b: &R, c: &R, d: &R| RD.add(&RD.mul(a, b), &RD.mul(c, d));
        let p11 = dot(&j1[0], &j0[0], &j1[1], &j0[1]);
        let p12 = dot(&j1[0], &j0[1], &j1[1], &j0[2]);
        let p21 = dot(&j1[1], &j0[0], &j1[2], &j0[1]);
        let p22 = dot(&j1[1], &j0[1], &j1[2], &j0[2]);
        let mag = |v: &R| v.lo.abs().max(v.hi.abs());
        mag(&p11) + mag(&p12) < BigRational::one() && mag(&p21) + mag(&p22) < BigRational::one()
    };
    if ok {
        Ok(())
    } else {
        Err(rej(field, "the contraction bound is not below 1"))
    }
}

/// The escape test on a hull.
fn escaped<A: Arith>(maps: &Maps<A>, x: &[A::I], threshold: &BigRational) -> bool {
    let ar = &maps.ar;
    if x.len() == 1 {
        let x0 = ar.exact(&x[0]);
        return x0.lo >= *threshold || x0.hi <= -threshold.clone();
    }
    let rho = maps.rho(&x[0], &x[1]);
    let xx = ar.mul(&maps.eta, &ar.add(&ar.sqr(&x[0]), &ar.sqr(&x[1])));
    let r = ar.exact(&rho);
    let big = r.lo >= *threshold || r.hi <= -threshold.clone();
    big && ar.exact(&ar.sqr(&rho)).lo >= ar.exact(&ar.mul(&xx, &ar.int(4))).hi
}

/// The iterated set of a cell.
enum Set<I> {
    Plane(Para<I>),
    Line(I),
}

impl<I: Clone> Set<I> {
    fn hull<A: Arith<I = I>>(&self, ar: &A) -> Vec<I> {
        match self {
            Set::Plane(p) => p.hull(ar),
            Set::Line(s) => vec![s.clone()],
        }
    }

    fn step<A: Arith<I = I>>(&self, maps: &Maps<A>) -> Option<Set<I>> {
        match self {
            Set::Plane(p) => p.step(maps).map(Set::Plane),
            Set::Line(s) => maps.line_step(s).map(Set::Line),
        }
    }
}

/// The exact box of a cell (per coordinate).
fn cell_bounds(init_box: &[R], grid: u64, level: u32, index: &[u64]) -> Vec<R> {
    let denom = BigInt::from(grid) << level;
    init_box
        .iter()
        .zip(index)
        .map(|(b, &i)| {
            let w = b.width();
            let at = |k: u64| &b.lo + &w * BigRational::new(BigInt::from(k), denom.clone());
            R {
                lo: at(i),
                hi: at(i + 1),
            }
        })
        .collect()
}

/// The set of a cell (plane: the box hull of its image in (α, β)).
fn start_set<A: Arith>(ar: &A, cell: &[R]) -> Set<A::I> {
    let t: Vec<A::I> = cell
        .iter()
        .map(|v| ar.of_exact(&v.round_out(Some(53))))
        .collect();
    if t.len() == 2 {
        let half = ar.of_exact(&R::point(BigRational::new(1.into(), 2.into())));
        let x = [
            ar.mul(&ar.add(&t[0], &t[1]), &half),
            ar.mul(&ar.sub(&t[0], &t[1]), &half),
        ];
        Set::Plane(Para::of_box(ar, &x))
    } else {
        Set::Line(t[0].clone())
    }
}

/// Replay one labelled cell: `Ok` at the first step ≤ `steps` whose hull passes the label's test.
fn replay<A: Arith>(
    maps: &Maps<A>,
    caps: &[Capture],
    threshold: &BigRational,
    cell: &[R],
    converged: bool,
    steps: u32,
) -> Result<(), String> {
    let ar = &maps.ar;
    let mut set = start_set(ar, cell);
    for t in 0..=steps {
        tick().map_err(|e| e.to_string())?;
        let x = set.hull(ar);
        let hit = if converged {
            let exact: Vec<R> = x.iter().map(|v| ar.exact(v)).collect();
            caps.iter().any(|c| c.contains(&exact))
        } else {
            escaped(maps, &x, threshold)
        };
        if hit {
            return Ok(());
        }
        if t < steps {
            set = set
                .step(maps)
                .ok_or_else(|| format!("the step after step {t} failed"))?;
        }
    }
    Err(format!("the label's test fails at every step ≤ {steps}"))
}

/// The hull after exactly `steps` steps, in start coordinates (plane: θ₁ = α + β,
/// θ₂ = α − β).
fn image_rect<A: Arith>(maps: &Maps<A>, cell: &[R], steps: u32) -> Result<Vec<R>, String> {
    let ar = &maps.ar;
    let mut set = start_set(ar, cell);
    for t in 0..steps {
        tick().map_err(|e| e.to_string())?;
        set = set
            .step(maps)
            .ok_or_else(|| format!("the step after step {t} failed"))?;
    }
    let h = set.hull(ar);
    Ok(if h.len() == 2 {
        vec![
            ar.exact(&ar.add(&h[0], &h[1])),
            ar.exact(&ar.sub(&h[0], &h[1])),
        ]
    } else {
        vec![ar.exact(&h[0])]
    })
}

/// Leaves by (level, index): (position in the list, label).
type Leaves<'a> = std::collections::HashMap<(u32, &'a [u64]), (usize, &'a str)>;

/// Every cell meeting `rect` (closed) is a leaf listed before `pos` with `label`.
fn covered(
    init_box: &[R],
    grid: u64,
    leaves: &Leaves,
    rect: &[R],
    pos: usize,
    label: &str,
) -> Result<(), String> {
    let mut stack: Vec<(u32, Vec<u64>)> = Vec::new();
    let mut ranges = Vec::new();
    for (b, r) in init_box.iter().zip(rect) {
        if r.lo < b.lo || r.hi > b.hi {
            return Err("the image leaves the box".into());
        }
        let at = |x: &BigRational| {
            let q = (x - &b.lo) * BigRational::from_integer(grid.into()) / b.width();
            q.floor().to_integer().to_u64().unwrap_or(0).min(grid - 1)
        };
        ranges.push((at(&r.lo), at(&r.hi)));
    }
    if ranges.len() == 2 {
        for i in ranges[0].0..=ranges[0].1 {
            for j in ranges[1].0..=ranges[1].1 {
                stack.push((0, vec![i, j]));
            }
        }
    } else {
        stack.extend((ranges[0].0..=ranges[0].1).map(|i| (0, vec![i])));
    }
    let mut visited = 0usize;
    while let Some((level, index)) = stack.pop() {
        visited += 1;
        if visited > MAX_QUERY_NODES {
            return Err(format!("the image meets more than {MAX_QUERY_NODES} cells"));
        }
        if let Some(&(p, l)) = leaves.get(&(level, index.as_slice())) {
            if p >= pos || l != label {
                return Err(format!(
                    "the image meets cell {p}, not an earlier {label} cell"
                ));
            }
            continue;
        }
        if level >= MAX_LEVEL {
            return Err("the image meets no cell".into());
        }
        for child in 0..(1u64 << index.len()) {
            let idx: Vec<u64> = index
                .iter()
                .enumerate()
                .map(|(k, i)| 2 * i + ((child >> k) & 1))
                .collect();
            let b = cell_bounds(init_box, grid, level + 1, &idx);
            if b.iter()
                .zip(rect)
                .all(|(c, r)| c.lo <= r.hi && r.lo <= c.hi)
            {
                stack.push((level + 1, idx));
            }
        }
    }
    Ok(())
}

/// Verify the escape threshold (module docs).
fn check_escape(
    p: usize,
    plane: bool,
    eta: &BigRational,
    y: &BigRational,
    th: &BigRational,
) -> bool {
    if plane {
        let four_eta_y = BigRational::from_integer(4.into()) * eta * y;
        return *th >= BigRational::from_integer(5.into()) && *th >= four_eta_y;
    }
    let sp = num_traits::pow(th.clone(), p);
    th.is_positive()
        && sp > *y
        && eta * num_traits::pow(th.clone(), p - 2) * (sp - y)
            >= BigRational::from_integer(3.into())
}

/// Check the cells are a partition of the grid (dyadic squares, none inside another, measures
/// summing to 1) and return the exact fractions (converged, diverged, undetermined).
///
/// For a partial certificate (`shard = Some((I, N))`) the cells partition the level-0 cells the
/// shard owns instead: every cell lies in a level-0 cell at a position ≡ I (mod N) of the grid
/// (row by row), and the measures sum to those cells' share of the box.
fn partition(
    cells: &[crate::evidence::BasinCell],
    grid: u64,
    dim: usize,
    shard: Option<(u64, u64)>,
) -> Result<[BigRational; 3], CheckFailure> {
    let mut seen: HashSet<(u32, &[u64])> = HashSet::with_capacity(cells.len());
    let mut out = [
        BigRational::zero(),
        BigRational::zero(),
        BigRational::zero(),
    ];
    for (k, c) in cells.iter().enumerate() {
        let field = format!("evidence.cells[{k}]");
        if c.level > MAX_LEVEL || c.index.len() != dim {
            return Err(rej(
                &field,
                format!("level ≤ {MAX_LEVEL} and {dim} indices"),
            ));
        }
        let side = grid << c.level;
        if c.index.iter().any(|&i| i >= side) {
            return Err(rej(&field, "index outside the grid"));
        }
        if !seen.insert((c.level, c.index.as_slice())) {
            return Err(rej(&field, "duplicate cell"));
        }
        if let Some((i, n)) = shard {
            let position = c
                .index
                .iter()
                .fold(0u64, |acc, &k| acc * grid + (k >> c.level));
            if position % n != i {
                return Err(rej(
                    &field,
                    format!("not in a level-0 cell of shard {i}/{n}"),
                ));
            }
        }
        let label = match c.label.as_str() {
            "converged" => 0,
            "diverged" => 1,
            "undetermined" => 2,
            _ => {
                return Err(rej(
                    &field,
                    "label must be converged, diverged or undetermined",
                ));
            }
        };
        let cells_at_level = (BigInt::from(grid) << c.level).pow(dim as u32);
        out[label] += BigRational::new(BigInt::one(), cells_at_level);
    }
    for (k, c) in cells.iter().enumerate() {
        let mut idx = c.index.clone();
        for level in (0..c.level).rev() {
            idx.iter_mut().for_each(|i| *i /= 2);
            if seen.contains(&(level, idx.as_slice())) {
                return Err(rej(
                    &format!("evidence.cells[{k}]"),
                    "overlaps a coarser cell",
                ));
            }
        }
    }
    let whole = match shard {
        None => BigRational::one(),
        Some((i, n)) => {
            let level0 = grid.pow(dim as u32);
            let owned = level0 / n + u64::from(level0 % n > i);
            BigRational::new(owned.into(), level0.into())
        }
    };
    if &out[0] + &out[1] + &out[2] != whole {
        return Err(rej(
            "evidence.cells",
            if shard.is_some() {
                "the cells do not cover the shard's level-0 cells"
            } else {
                "the cells do not cover the box"
            },
        ));
    }
    Ok(out)
}

fn stated(cert: &Certificate, name: &str) -> Result<BigRational, CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => {
            let v = enclosure(&format!("quantities.{name}"), e)?;
            if v.lo != v.hi {
                return Err(rej(&format!("quantities.{name}"), "must be exact"));
            }
            Ok(v.lo)
        }
        _ => Err(rej(
            &format!("quantities.{name}"),
            "missing or not an enclosure",
        )),
    }
}

/// Verify a `basin-map` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failing field.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    check_map(cert, inputs, false)
}

/// Re-verify a partial certificate (one shard of a basin map, `evidence.shard`, `verified:
/// false`, reason `partial: shard I/N`): its neighbourhoods and escape threshold, that its
/// cells partition the level-0 cells the shard owns, every labelled cell's replay, its
/// fractions (of the whole box) and count. The partition of the whole box is checked on the
/// merged map.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failing field.
pub fn check_partial(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    check_map(cert, inputs, true)
}

fn check_map(
    cert: &Certificate,
    inputs: &Inputs,
    partial: bool,
) -> Result<Vec<String>, CheckFailure> {
    let Model::Factorisation { depth: p } = inputs.model else {
        return Err(rej("model.kind", "basin-map needs a factorisation model"));
    };
    if p > MAX_DEPTH {
        return Err(rej("model.depth", format!("at most {MAX_DEPTH}")));
    }
    let eta = inputs
        .eta
        .clone()
        .filter(|e| e.is_positive() && *e <= BigRational::from_integer(1000.into()))
        .ok_or_else(|| rej("eta", "need 0 < η ≤ 1000"))?;
    let y = inputs.target.clone();
    only_known_quantities(cert, KNOWN)?;
    let ev: crate::evidence::BasinMap = serde_json::from_value(cert.evidence.clone())
        .map_err(|e| rej("evidence", e.to_string()))?;
    let shard = map_shard(cert, &ev, partial)?;
    let (plane, init_box) = map_box(&ev, p)?;
    let total = map_sizes(&ev)?;
    let maps = Maps::new(Exact, p, &eta, &y);
    let threshold = exact("evidence.escape", &ev.escape)?;
    if !check_escape(p, plane, &eta, &y, &threshold) {
        return Err(rej("evidence.escape", "the escape lemma's conditions fail"));
    }
    let caps = map_captures(&maps, plane, &ev, &eta, &y)?;
    let fractions = partition(&ev.cells, ev.grid, init_box.len(), shard)?;
    let fast = Maps::new(F53::new(), p, &eta, &y);
    let fast = (!fast.ar.tainted()).then_some(&fast);
    let (proved, by_image) = prove_cells(&maps, fast, &caps, &threshold, &init_box, &ev)?;
    map_quantities(cert, &fractions, ev.cells.len())?;
    let head = match shard {
        Some((i, n)) => format!(
            "partial: shard {i}/{n}: its cells partition its level-0 cells; the merged map \
             shows the cover of the box"
        ),
        None => format!("{} cells partition the box", ev.cells.len()),
    };
    Ok(vec![
        format!(
            "{} neighbourhood(s) of the period-{} attractor contract; escape threshold {} verified",
            caps.len(),
            ev.attractor_period,
            ev.escape
        ),
        format!(
            "{head}; {proved} labelled cells replayed ({by_image} by their image in earlier \
             cells; {total} steps at most)"
        ),
        format!(
            "fractions converged {}, diverged {}, undetermined {} (exact)",
            fractions[0], fractions[1], fractions[2]
        ),
    ])
}

/// The shard `(I, N)` of a partial certificate (`partial`: with `evidence.shard`, not
/// verified, reason `partial: shard I/N`), `None` for a whole map (without `evidence.shard`).
fn map_shard(
    cert: &Certificate,
    ev: &crate::evidence::BasinMap,
    partial: bool,
) -> Result<Option<(u64, u64)>, CheckFailure> {
    match (&ev.shard, partial) {
        (None, false) => Ok(None),
        (Some(sh), true) => {
            let prefix = format!("partial: shard {}/{}", sh.index, sh.count);
            if sh.index >= sh.count || cert.verified || cert.reason != prefix {
                return Err(rej(
                    "evidence.shard",
                    format!("0 ≤ index < count, verified: false and reason {prefix:?}"),
                ));
            }
            Ok(Some((sh.index, sh.count)))
        }
        (Some(_), false) => Err(rej(
            "evidence.shard",
            "a partial certificate (one shard of a map) never claims verification; merge the \
             shards",
        )),
        (None, true) => Err(rej("evidence.shard", "missing")),
    }
}

/// The method, the mode (`plane`: depth 2 and two intervals; `line`: one) and the box of
/// starts (`lo < hi`, |ends| ≤ 1000): returns whether it is a plane and the box.
fn map_box(ev: &crate::evidence::BasinMap, p: usize) -> Result<(bool, Vec<R>), CheckFailure> {
    if ev.method != "interval-iteration" {
        return Err(rej("evidence.method", "expected \"interval-iteration\""));
    }
    let plane = match (ev.mode.as_str(), ev.init_box.len()) {
        ("plane", 2) if p == 2 => true,
        ("line", 1) => false,
        _ => {
            return Err(rej(
                "evidence.mode",
                "plane (depth 2, two intervals) or line (one)",
            ));
        }
    };
    let lim = BigRational::from_integer(1000.into());
    let init_box = ev
        .init_box
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let v = enclosure(&format!("evidence.box[{i}]"), e)?;
            if v.lo >= v.hi || v.lo.abs() > lim || v.hi.abs() > lim {
                return Err(rej(
                    &format!("evidence.box[{i}]"),
                    "need lo < hi, |ends| ≤ 1000",
                ));
            }
            Ok(v)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((plane, init_box))
}

/// The caps on the grid, the number of cells and their steps; returns the total steps.
fn map_sizes(ev: &crate::evidence::BasinMap) -> Result<u64, CheckFailure> {
    if !(1..=MAX_GRID).contains(&ev.grid) {
        return Err(rej("evidence.grid", format!("must lie in 1..={MAX_GRID}")));
    }
    if ev.cells.len() > MAX_CELLS {
        return Err(rej("evidence.cells", format!("at most {MAX_CELLS} cells")));
    }
    let total: u64 = ev.cells.iter().map(|c| u64::from(c.steps)).sum();
    if ev.cells.iter().any(|c| c.steps > MAX_STEPS) || total > MAX_TOTAL_STEPS {
        return Err(rej(
            "evidence.cells",
            format!("steps ≤ {MAX_STEPS} per cell and ≤ {MAX_TOTAL_STEPS} in all"),
        ));
    }
    Ok(total)
}

/// The attractor's period (0 with no neighbourhoods, 1 on the line, or 2) and each
/// contraction neighbourhood ([`check_capture`]).
fn map_captures(
    maps: &Maps<Exact>,
    plane: bool,
    ev: &crate::evidence::BasinMap,
    eta: &BigRational,
    y: &BigRational,
) -> Result<Vec<Capture>, CheckFailure> {
    let n = ev.attractor_period;
    if !matches!(n, 0..=2) || (plane && n == 1) || ((n == 0) != ev.neighbourhoods.is_empty()) {
        return Err(rej(
            "evidence.attractor_period",
            "0 (no neighbourhoods), 1 (line) or 2",
        ));
    }
    let mut caps = Vec::new();
    for (i, nb) in ev.neighbourhoods.iter().enumerate() {
        let field = format!("evidence.neighbourhoods[{i}]");
        let cap = Capture {
            point: enclosure(&format!("{field}.point"), &nb.point)?,
            eps: exact(&format!("{field}.eps"), &nb.eps)?,
        };
        check_capture(maps, plane, n, &cap, eta, y, &field)?;
        caps.push(cap);
    }
    Ok(caps)
}

/// Re-prove every labelled cell (of this check's shard, [`super::check_shard`]): by its image
/// in earlier cells of the same label, or by a replay into a neighbourhood or past the escape
/// threshold. Returns the cells proved and how many of them by their image.
///
/// Each cell is first proved in the double arithmetic `fast` ([`super::f53`], the same
/// endpoints as `maps`); a cell whose computation left its safe range is proved again in
/// `maps`' exact arithmetic, so the result is always that of the exact arithmetic.
fn prove_cells(
    maps: &Maps<Exact>,
    fast: Option<&Maps<F53>>,
    caps: &[Capture],
    threshold: &BigRational,
    init_box: &[R],
    ev: &crate::evidence::BasinMap,
) -> Result<(usize, usize), CheckFailure> {
    let ctx = Ctx {
        caps,
        threshold,
        init_box,
        grid: ev.grid,
        leaves: ev
            .cells
            .iter()
            .enumerate()
            .map(|(k, c)| ((c.level, c.index.as_slice()), (k, c.label.as_str())))
            .collect(),
    };
    let (mut proved, mut by_image) = (0usize, 0usize);
    let only = super::check_shard();
    for (k, c) in ev.cells.iter().enumerate() {
        if c.label == "undetermined" {
            continue;
        }
        if let Some((i, n)) = only {
            let position = c
                .index
                .iter()
                .fold(0u64, |acc, &x| acc * ev.grid + (x >> c.level));
            if position % n != i {
                continue;
            }
        }
        let cell = cell_bounds(init_box, ev.grid, c.level, &c.index);
        let outcome = match fast {
            Some(f) => {
                f.ar.reset();
                let out = prove_cell(f, &ctx, &cell, k, c);
                if f.ar.tainted() {
                    prove_cell(maps, &ctx, &cell, k, c)
                } else {
                    out
                }
            }
            None => prove_cell(maps, &ctx, &cell, k, c),
        };
        outcome.map_err(|e| rej(&format!("evidence.cells[{k}]"), e))?;
        by_image += usize::from(c.image);
        proved += 1;
    }
    Ok((proved, by_image))
}

/// What every cell's proof reads: the neighbourhoods, the escape threshold, the box, the grid
/// and the listed cells.
struct Ctx<'a> {
    caps: &'a [Capture],
    threshold: &'a BigRational,
    init_box: &'a [R],
    grid: u64,
    leaves: Leaves<'a>,
}

/// Prove the labelled cell `c` (listed at `k`, exact box `cell`): by its image in earlier cells
/// of its label, or by its replay.
fn prove_cell<A: Arith>(
    maps: &Maps<A>,
    ctx: &Ctx,
    cell: &[R],
    k: usize,
    c: &crate::evidence::BasinCell,
) -> Result<(), String> {
    if c.image {
        if c.steps == 0 {
            return Err("an image proof needs steps ≥ 1".into());
        }
        let rect = image_rect(maps, cell, c.steps)?;
        covered(ctx.init_box, ctx.grid, &ctx.leaves, &rect, k, &c.label)
    } else {
        let converged = c.label == "converged";
        replay(maps, ctx.caps, ctx.threshold, cell, converged, c.steps)
    }
}

/// The stated fractions equal the recomputed ones, and `cells` the number of cells.
fn map_quantities(
    cert: &Certificate,
    fractions: &[BigRational; 3],
    cells: usize,
) -> Result<(), CheckFailure> {
    for (name, value) in [
        "converged_fraction",
        "diverged_fraction",
        "undetermined_fraction",
    ]
    .iter()
    .zip(fractions)
    {
        if stated(cert, name)? != *value {
            return Err(rej(
                &format!("quantities.{name}"),
                format!("recomputed {value}"),
            ));
        }
    }
    if stated(cert, "cells")? != BigRational::from_integer(cells.into()) {
        return Err(rej("quantities.cells", "not the number of cells"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    /// Every hull of the replay in doubles equals the exact replay's, step by step, on a grid of
    /// plane cells (depth 2) and line cells (depth 3), through convergence and divergence.
    #[test]
    fn the_double_replay_equals_the_exact_replay() {
        // (depth, η, box, grid, escape threshold).
        let cases: [(usize, BigRational, Vec<R>, u64, BigRational); 2] = [
            (
                2,
                q(11, 10),
                vec![R::new(q(1, 2), q(6, 5)).unwrap(); 2],
                24,
                q(5, 1),
            ),
            (
                3,
                q(1, 2),
                vec![R::new(q(-3, 2), q(3, 2)).unwrap()],
                64,
                q(2, 1),
            ),
        ];
        let (mut compared, mut tainted, mut escapes) = (0, 0, 0);
        for (p, eta, init_box, grid, threshold) in cases {
            let y = BigRational::one();
            let exact = Maps::new(Exact, p, &eta, &y);
            let fast = Maps::new(F53::new(), p, &eta, &y);
            assert!(!fast.ar.tainted());
            let dim = init_box.len();
            for cell in 0..grid.pow(dim as u32) {
                let index: Vec<u64> = (0..dim)
                    .map(|k| (cell / grid.pow(k as u32)) % grid)
                    .collect();
                let bounds = cell_bounds(&init_box, grid, 0, &index);
                let (mut e, mut d) = (start_set(&Exact, &bounds), start_set(&fast.ar, &bounds));
                for _ in 0..30 {
                    let he = e.hull(&Exact);
                    let hd: Vec<R> = d.hull(&fast.ar).iter().map(|v| fast.ar.exact(v)).collect();
                    if fast.ar.tainted() {
                        break;
                    }
                    assert_eq!(he, hd, "cell {index:?}");
                    compared += 1;
                    if escaped(&exact, &he, &threshold) {
                        escapes += 1;
                        break;
                    }
                    match (e.step(&exact), d.step(&fast)) {
                        (Some(a), _) if fast.ar.tainted() => {
                            // Only a set beyond the doubles' safe range (2⁸⁰⁰) taints.
                            let big = BigRational::from_integer(BigInt::one() << 700);
                            let h = a.hull(&Exact);
                            assert!(h.iter().any(|v| v.lo.abs() > big || v.hi.abs() > big));
                            break;
                        }
                        (None, _) if fast.ar.tainted() => break,
                        (Some(a), Some(b)) => (e, d) = (a, b),
                        (None, None) => break,
                        _ => panic!("one step failed, the other did not: cell {index:?}"),
                    }
                }
                tainted += usize::from(fast.ar.tainted());
                fast.ar.reset();
            }
        }
        assert!(compared > 10_000, "{compared} hulls compared");
        assert!(tainted < 640, "{tainted} cells left the doubles' range");
        assert!(escapes > 0, "no escape replayed");
    }

    /// A computation that leaves the doubles' safe range taints the context (and is then
    /// redone exactly by `prove_cells`).
    #[test]
    fn a_huge_cell_taints_the_double_replay() {
        let fast = Maps::new(F53::new(), 3, &q(1, 2), &BigRational::one());
        let mut s = start_set(&fast.ar, &[R::new(q(999, 1), q(1000, 1)).unwrap()]);
        for _ in 0..6 {
            match s.step(&fast) {
                Some(n) => s = n,
                None => break,
            }
        }
        assert!(fast.ar.tainted());
    }
}
