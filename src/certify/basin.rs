//! Claim `basin-map`: for one learning rate η, a box of starts subdivided into cells, each
//! proved to converge to the attractor, proved to diverge, or left undetermined (paper 000;
//! reference §6.3).
//!
//! # Modes
//! - **plane** (depth 2): starts (θ₁, θ₂) in a rectangle. In the coordinates
//!   α = (θ₁ + θ₂)/2, β = (θ₁ − θ₂)/2 GD is exactly
//!   `α' = α(1 − ρ)`, `β' = β(1 + ρ)`, `ρ = η(α² − β² − y)` (r = θ₁θ₂ − y = α² − β² − y), with
//!   the symmetric Jacobian `[[1 − ρ − 2ηα², 2ηαβ], [2ηαβ, 1 + ρ − 2ηβ²]]`.
//! - **line** (any depth p): starts s₀·1 on the invariant line L, s₀ in an interval; GD stays on
//!   L and is the scalar map φ(s) = s − η(s^p − y)s^{p−1}.
//!
//! # What a cell proves
//! The cell (a rectangle, or an interval of s₀) is enclosed as an interval box X₀ (plane: the
//! box hull of its image in (α, β)) and iterated as a set (plane: the parallelepiped step
//! [`Parallelepiped::step`] of the map [`Plane`]; line: [`sets::mean_value`] of the map
//! [`Line`], `X_{t+1} = (F(m) + J(X_t)(X_t − m)) ∩ F(X_t)`, mean-value form at the midpoint m
//! intersected with the direct evaluation; outward rounding throughout). It is
//! - **converged** if some X_t lies inside a proved contraction neighbourhood N of a point c of
//!   the attractor (capture lemma below): then every start in the cell converges to the orbit
//!   of c;
//! - **diverged** if some X_t lies inside the escape region (escape lemmas below): then |θ_t| → ∞
//!   and the loss → ∞ from every start in the cell;
//! - proved **by its image** if after k ≤ 4 steps its set lies, in start coordinates, in the
//!   union of cells proved *earlier* with one label: every start in it reaches a start of that
//!   label (induction along the order of the cells in the evidence);
//! - **undetermined** otherwise (after bisection down to `max_level`).
//!
//! # Capture lemma (the `capture` module's argument, in these coordinates)
//! c = (σ, 0) (plane) or σ (line) with G(c) = c, G = F^n (n = 1: fixed point, n = 2: period
//! two); the enclosure \[σ\] is proved to contain a zero of g(s) = φ^n(s) − s by a strict sign
//! change of g at its endpoints (φ = GD on L). N = {|α − c| ≤ ε, |β| ≤ ε} (plane) or
//! {|s − c| ≤ ε}; B₀ = \[σ\] + [−ε, ε] (× [−ε, ε]) ⊇ N for every c ∈ \[σ\], B₁ ⊇ F(B₀). If the
//! interval product J(B₁)J(B₀) (n = 2) or J(B₀) (n = 1) has ∞-norm < 1, G contracts N into
//! itself towards c (mean-value theorem on the convex N), so every X_t ⊂ N converges to the
//! orbit of c. The containment X_t ⊂ N is tested for every c ∈ \[σ\] (X_t − \[σ\] ⊂ (−ε, ε)).
//!
//! # Escape lemma, plane
//! With x = η(α² + β²) (≥ 0) and ρ as above, GD maps (x, ρ) to
//! `ρ' = ρ(1 + ρ² + ηyρ − 2x)`, `x' = x + ρ²(x − 2) − 2ηyρ`. Let R ≥ max(5, 4ηy) and
//! E = {|ρ| ≥ R, ρ² ≥ 4x}. On E: 1 + ρ² + ηyρ − 2x ≥ 1 + ρ²/2 − ηy|ρ| ≥ 1 + ρ²/4, so
//! |ρ'| ≥ |ρ|(1 + ρ²/4) ≥ 7|ρ|; and 4x' ≤ 4x(1 + ρ²) + 8ηy|ρ| ≤ ρ²(1 + ρ²) + 2ρ² while
//! ρ'² ≥ ρ²(1 + ρ²/2 + ρ⁴/16) ≥ ρ²(3 + ρ²) (ρ⁴/16 ≥ ρ²/2 + 2 for ρ² ≥ 25). So E is invariant,
//! |ρ_t| ≥ 7^t R: |θ₁θ₂ − y| → ∞, hence |θ_t| → ∞ and ℓ → ∞.
//!
//! # Escape lemma, line
//! For |s| ≥ S₀ with S₀^p > y and h(S₀) = η S₀^{p−2}(S₀^p − y) ≥ 3:
//! q(s) = η(s^p − y)s^{p−2} ≥ h(|s|) ≥ h(S₀) ≥ 3 (in every sign case; h increases for
//! |s|^p ≥ y), so |φ(s)| = |s||1 − q(s)| ≥ 2|s|: the region is invariant and |s_t| ≥ 2^t S₀.
//!
//! # Cells and fractions
//! The box is cut into `grid` cells per side; level by level, every cell is replayed, then the
//! open ones are tried by their image (three passes), and those still open are bisected (4
//! children, or 2 on the line) down to `max_level`. Iterated sets in the plane are
//! parallelepipeds c + M·B (Lohner's method: centre, float frame, interval box), so they do not
//! inflate where GD shears them. Cells are
//! `(level, index)`: at level ℓ the cell of index i spans
//! `[lo + (hi − lo)·i/(grid·2^ℓ), lo + (hi − lo)·(i + 1)/(grid·2^ℓ)]` per coordinate. The
//! fractions are exact sums of cell measures over the box's measure.

// `DoubleInterval` is `Copy` only with inari; the MPFR fallback (no AVX/FMA) needs the clones.
#![allow(clippy::clone_on_copy)]

use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::exact_enclosures;
use super::regime_map::below_critical;
use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::arith::{DOUBLE_CTX, DoubleEndpoints, DoubleInterval as Interval, Ring, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
pub use crate::dynamics::sets::new_frame;
use crate::dynamics::sets::{self, Parallelepiped};
use crate::dynamics::{Line, LineIn, Plane, PlaneIn, power};
use eoscert_check::backend::Backend as TypedBackend;
use eoscert_check::claim::{
    BasinMapClaim, BasinMapQuantities, FactorisationKind, FactorisationModel,
};
use eoscert_check::evidence::{self as ev, BasinNeighbourhood};

/// Largest number of cells (the checker caps at the same number).
pub const MAX_CELLS: usize = 200_000;
/// Largest replay length of one cell (the checker caps at the same number).
pub const MAX_STEPS: u32 = 1000;
/// Largest `grid` (cells per side).
pub const MAX_GRID: usize = 4096;
/// Largest bisection level.
pub const MAX_LEVEL: u32 = 24;
/// Largest depth on the line.
pub const MAX_DEPTH: usize = 16;
/// Steps added to each cell's first hit (the checker replays with its own midpoints).
const SLACK: u32 = 2;

/// A basin-map problem.
#[derive(Clone, Debug)]
pub struct BasinProblem {
    /// Depth p (plane mode: 2).
    pub depth: usize,
    /// Target y > 0.
    pub target: BigRational,
    /// The learning rate η > 0.
    pub eta: BigRational,
    /// The box: two intervals (plane, (θ₁, θ₂), depth 2) or one (line, s₀).
    pub init_box: Vec<(BigRational, BigRational)>,
    /// Cells per side before bisection.
    pub grid: usize,
    /// Bisection levels below the grid.
    pub max_level: u32,
    /// Steps per cell.
    pub max_steps: u32,
}

impl BasinProblem {
    /// Check the inputs.
    ///
    /// # Errors
    /// [`Error::Field`] naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |field: &'static str, m: String| Err(Error::field(field, m));
        if !(2..=MAX_DEPTH).contains(&self.depth) {
            return bad("depth", format!("must lie in 2..={MAX_DEPTH}"));
        }
        if !self.target.is_positive() || !self.eta.is_positive() {
            return bad("target", "target and eta must be positive".into());
        }
        if self.eta > BigRational::from_integer(1000.into()) {
            return bad("eta", "must be at most 1000".into());
        }
        match self.init_box.len() {
            1 => {}
            2 if self.depth == 2 => {}
            _ => {
                return bad(
                    "init_box",
                    "give a:b (s₀ on the line, any depth) or a:b,c:d (depth 2)".into(),
                );
            }
        }
        let lim = BigRational::from_integer(1000.into());
        for (lo, hi) in &self.init_box {
            if lo >= hi || lo.abs() > lim || hi.abs() > lim {
                return bad("init_box", "need lo < hi, |ends| ≤ 1000".into());
            }
        }
        if !(1..=MAX_GRID).contains(&self.grid) {
            return bad("cells", format!("must lie in 1..={MAX_GRID}"));
        }
        if self.max_level > MAX_LEVEL {
            return bad("max_level", format!("must be at most {MAX_LEVEL}"));
        }
        if !(1..=MAX_STEPS).contains(&self.max_steps) {
            return bad("max_steps", format!("must lie in 1..={MAX_STEPS}"));
        }
        Ok(())
    }

    fn plane(&self) -> bool {
        self.init_box.len() == 2
    }
}

/// A cell's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Proved to converge to the attractor.
    Converged,
    /// Proved to diverge.
    Diverged,
    /// Neither.
    Undetermined,
}

impl Label {
    /// The evidence name.
    pub fn name(self) -> &'static str {
        match self {
            Label::Converged => "converged",
            Label::Diverged => "diverged",
            Label::Undetermined => "undetermined",
        }
    }
}

/// One cell of the map.
#[derive(Clone, Debug)]
pub struct BasinCell {
    /// Bisection level (0 = grid).
    pub level: u32,
    /// Index per coordinate at that level.
    pub index: Vec<u64>,
    /// The label.
    pub label: Label,
    /// Replay length the checker needs (0 for undetermined).
    pub steps: u32,
    /// Proved by its image: after `steps` steps the set lies in the union of cells listed
    /// earlier with the same label.
    pub image: bool,
}

/// A proved contraction neighbourhood of one attractor point.
#[derive(Clone, Debug)]
pub struct Capture {
    /// Enclosure of the point c (plane: (c, 0) in (α, β)).
    pub point: Interval,
    /// Radius ε (dyadic).
    pub eps: f64,
}

/// The maps of the two modes with their constants enclosed once: [`Plane`] (depth 2) and
/// [`Line`] (any depth).
struct Maps {
    p: usize,
    plane: PlaneIn<Interval>,
    line: LineIn<Interval>,
}

impl Maps {
    fn new(p: usize, eta: &BigRational, y: &BigRational) -> Self {
        Maps {
            p,
            plane: Plane::new(y.clone(), eta.clone()).constants(&DOUBLE_CTX),
            line: Line::new(p, y.clone(), eta.clone()).constants(&DOUBLE_CTX),
        }
    }

    /// Line: φ′(s) ([`Line::multiplier_along`]).
    fn dphi(&self, s: &Interval) -> Interval {
        self.line
            .line
            .multiplier_along(s, &self.line.eta, &self.line.y)
    }

    /// One step of the set (plane: parallelepiped step; line: mean-value step).
    fn step(&self, x: &Set) -> Option<Set> {
        match x {
            Set::Plane(para) => para.step(&self.plane).map(Set::Plane),
            Set::Line(s) => sets::mean_value(&self.line, std::slice::from_ref(s))
                .map(|v| Set::Line(v[0].clone())),
        }
    }

    /// The map on L (plane: α with β = 0; the same φ for p = 2).
    fn on_line(&self, s: &Interval) -> Interval {
        self.line.line.phi(s, &self.line.eta, &self.line.y)
    }
}

/// The iterated set: a parallelepiped (plane) or an interval (line).
#[derive(Clone, Debug)]
enum Set {
    Plane(Parallelepiped),
    Line(Interval),
}

impl Set {
    fn hull(&self) -> Vec<Interval> {
        match self {
            Set::Plane(p) => p.hull(),
            Set::Line(s) => vec![s.clone()],
        }
    }

    fn of_box(x: Vec<Interval>) -> Self {
        if x.len() == 2 {
            Set::Plane(Parallelepiped::of_box(&x))
        } else {
            Set::Line(x[0].clone())
        }
    }
}

fn iv(lo: f64, hi: f64) -> Interval {
    Interval::from_f64_bounds(lo, hi)
}

fn rat(x: f64) -> BigRational {
    rational_from_f64(x).expect("finite")
}

/// `|v| < e` strictly for every value (upper bound of |v|).
fn abs_below(v: &Interval, e: f64) -> bool {
    v.inf_f64() > -e && v.sup_f64() < e
}

impl Capture {
    /// Is the box inside N for every c in the enclosure?
    fn contains(&self, x: &[Interval]) -> bool {
        abs_below(&(x[0].clone() - self.point.clone()), self.eps)
            && x[1..].iter().all(|b| abs_below(b, self.eps))
    }
}

/// g(s) = φ^n(s) − s at a point.
fn g_at(maps: &Maps, s: f64, n: usize) -> Interval {
    let x = iv(s, s);
    let mut v = x.clone();
    for _ in 0..n {
        v = maps.on_line(&v);
    }
    v - x
}

/// Try to prove the capture lemma at the enclosure `point` of a period-n point, radius `eps`.
fn prove_capture(maps: &Maps, dim: usize, n: usize, point: &Interval, eps: f64) -> bool {
    let (lo, hi) = (point.inf_f64(), point.sup_f64());
    let (glo, ghi) = (g_at(maps, lo, n), g_at(maps, hi, n));
    let sign_change = (glo.sup_f64() < 0.0 && ghi.inf_f64() > 0.0)
        || (glo.inf_f64() > 0.0 && ghi.sup_f64() < 0.0);
    if !sign_change {
        return false;
    }
    if n == 2 {
        // Not the fixed point: s² ≠ y^{2/p} is implied by s^p − y ≠ 0.
        let r = power(point, maps.p) - maps.line.y.clone();
        if r.contains_zero() {
            return false;
        }
    }
    let ball = iv(-eps, eps);
    let mut b0 = vec![point.clone() + ball.clone()];
    if dim == 2 {
        b0.push(ball);
    }
    if dim == 2 && n != 2 {
        return false;
    }
    let b1 = if n == 2 {
        match maps.step(&Set::of_box(b0.clone())) {
            Some(x) => x.hull(),
            None => return false,
        }
    } else {
        b0.clone()
    };
    if dim == 1 {
        let d0 = maps.dphi(&b0[0]);
        let prod = if n == 1 { d0 } else { maps.dphi(&b1[0]) * d0 };
        return abs_below(&prod, 1.0);
    }
    let j0 = maps.plane.jacobian_entries(&b0[0], &b0[1]);
    let j1 = maps.plane.jacobian_entries(&b1[0], &b1[1]);
    let p11 = j1[0].clone() * j0[0].clone() + j1[1].clone() * j0[1].clone();
    let p12 = j1[0].clone() * j0[1].clone() + j1[1].clone() * j0[2].clone();
    let p21 = j1[1].clone() * j0[0].clone() + j1[2].clone() * j0[1].clone();
    let p22 = j1[1].clone() * j0[1].clone() + j1[2].clone() * j0[2].clone();
    let row1 = p11.abs() + p12.abs();
    let row2 = p21.abs() + p22.abs();
    row1.sup_f64() < 1.0 && row2.sup_f64() < 1.0
}

/// The float attractor on L: (n, points) with n = 1 (fixed point y^{1/p}, ηλ* < 2) or n = 2
/// (the period-two orbit, by iterating φ from 1.01·y^{1/p}); `None` if neither settles.
fn float_attractor(pr: &BasinProblem) -> Option<(usize, Vec<f64>)> {
    let p = pr.depth;
    let y = pr.target.to_f64()?;
    let eta = pr.eta.to_f64()?;
    let s_star = y.powf(1.0 / p as f64);
    if below_critical(p, &pr.target, &pr.eta) {
        return Some((1, vec![s_star]));
    }
    let phi = |s: f64| s - eta * (s.powi(p as i32) - y) * s.powi(p as i32 - 1);
    let mut s = 1.01 * s_star;
    for _ in 0..200_000 {
        s = phi(s);
        if !s.is_finite() {
            return None;
        }
    }
    let s1 = phi(s);
    let settled = (phi(s1) - s).abs() <= 1e-12 * s.abs() && (s1 - s).abs() > 1e-6 * s.abs();
    settled.then(|| (2, vec![s, s1]))
}

/// Proved neighbourhoods of the attractor points (and their negatives for even p).
fn captures(pr: &BasinProblem, maps: &Maps) -> (usize, Vec<Capture>) {
    let dim = pr.init_box.len();
    let Some((n, points)) = float_attractor(pr) else {
        return (0, Vec::new());
    };
    if dim == 2 && n == 1 {
        // Below η_crit the minima form the manifold M (not isolated): no capture lemma here.
        return (0, Vec::new());
    }
    let mut all: Vec<f64> = points.clone();
    if pr.depth.is_multiple_of(2) {
        all.extend(points.iter().map(|s| -s));
    }
    let mut found = Vec::new();
    for s in all {
        'point: for rel in [1e-14, 1e-12, 1e-10] {
            let d = rel * s.abs();
            let point = iv(s - d, s + d);
            for k in 2..16 {
                let eps = f64::powi(0.5, k);
                if prove_capture(maps, dim, n, &point, eps) {
                    found.push(Capture { point, eps });
                    break 'point;
                }
            }
        }
    }
    (if found.is_empty() { 0 } else { n }, found)
}

/// The escape threshold: plane R = ⌈max(5, 4ηy)⌉; line the smallest S₀ = j/64 ≥ y^{1/p} with
/// η S₀^{p−2}(S₀^p − y) ≥ 3 (exact).
pub fn escape_threshold(p: usize, plane: bool, eta: &BigRational, y: &BigRational) -> BigRational {
    let four_eta_y = BigRational::from_integer(4.into()) * eta * y;
    if plane {
        return four_eta_y.ceil().max(BigRational::from_integer(5.into()));
    }
    let ok = |s: &BigRational| {
        let sp = num_traits::pow(s.clone(), p);
        sp > *y
            && eta * num_traits::pow(s.clone(), p - 2) * (sp - y)
                >= BigRational::from_integer(3.into())
    };
    let mut s = BigRational::new(BigInt::from(64), BigInt::from(64));
    let mut step = BigRational::new(BigInt::one(), BigInt::from(64));
    while !ok(&s) {
        s += &step;
        step = step.clone() + step; // doubling: reaches any size quickly
    }
    s
}

/// The cell's box in the map's coordinates (plane: (α, β); line: s).
fn cell_box(pr: &BasinProblem, level: u32, index: &[u64]) -> Vec<Interval> {
    let theta: Vec<Interval> = cell_bounds(pr, level, index)
        .iter()
        .map(|(lo, hi)| Interval::from_bounds(lo, hi, &DOUBLE_CTX))
        .collect();
    if theta.len() == 1 {
        return theta;
    }
    let half = iv(0.5, 0.5);
    vec![
        (theta[0].clone() + theta[1].clone()) * half.clone(),
        (theta[0].clone() - theta[1].clone()) * half,
    ]
}

/// Exact bounds of a cell.
pub fn cell_bounds(
    pr: &BasinProblem,
    level: u32,
    index: &[u64],
) -> Vec<(BigRational, BigRational)> {
    let denom = BigInt::from(pr.grid as u64) << level;
    pr.init_box
        .iter()
        .zip(index)
        .map(|((lo, hi), &i)| {
            let w = hi - lo;
            let at = |k: u64| lo + &w * BigRational::new(BigInt::from(k), denom.clone());
            (at(i), at(i + 1))
        })
        .collect()
}

/// Is the box in the escape region?
fn escaped(maps: &Maps, x: &[Interval], threshold: f64) -> bool {
    if x.len() == 1 {
        return x[0].inf_f64() >= threshold || x[0].sup_f64() <= -threshold;
    }
    let rho = maps.plane.rho(&x[0], &x[1]);
    let xx = maps.plane.eta.clone() * (x[0].sqr() + x[1].sqr());
    let big = rho.inf_f64() >= threshold || rho.sup_f64() <= -threshold;
    big && rho.sqr().inf_f64() >= (xx.mul_int(4)).sup_f64()
}

/// Iterate one cell (module docs): its label and the first step at which the label's test held.
fn run_cell(
    maps: &Maps,
    caps: &[Capture],
    threshold: f64,
    x0: Vec<Interval>,
    max_steps: u32,
) -> (Label, u32) {
    let mut set = Set::of_box(x0);
    for t in 0..=max_steps {
        let x = set.hull();
        if caps.iter().any(|c| c.contains(&x)) {
            return (Label::Converged, t);
        }
        if escaped(maps, &x, threshold) {
            return (Label::Diverged, t);
        }
        let wide = x
            .iter()
            .any(|v| !(v.width_f64().is_finite() && v.width_f64() < 1e3));
        if t == max_steps || wide {
            break;
        }
        match maps.step(&set) {
            Some(next) => set = next,
            None => break,
        }
    }
    (Label::Undetermined, 0)
}

/// The computed map.
#[derive(Clone, Debug)]
pub struct BasinMap {
    /// Period of the attractor (1, 2; 0 if no neighbourhood was proved).
    pub period: usize,
    /// Proved neighbourhoods.
    pub captures: Vec<Capture>,
    /// The escape threshold (plane: R on |ρ|; line: S₀ on |s|).
    pub escape: BigRational,
    /// The cells, sorted by (level, index).
    pub cells: Vec<BasinCell>,
    /// Whether the cell cap stopped the bisection.
    pub capped: bool,
}

/// Compute the map.
///
/// # Errors
/// [`Error::Field`] for invalid inputs.
pub fn compute_basin(pr: &BasinProblem) -> Result<BasinMap, Error> {
    compute_basin_with(pr, &mut |_, _| None).map(|(map, _)| map)
}

/// A node's direct result: its label by its own replay ([`Label::Undetermined`] if neither
/// test held) and the replay length the checker needs (0 for undetermined).
pub type Direct = (Label, u32);

/// What every cell's replay needs: the maps, the proved neighbourhoods and the escape
/// threshold (rounded up to a float).
pub(crate) struct Setup {
    maps: Maps,
    period: usize,
    caps: Vec<Capture>,
    escape: BigRational,
    threshold: f64,
}

impl Setup {
    /// Prove the neighbourhoods and the escape threshold of a validated problem.
    pub(crate) fn new(pr: &BasinProblem) -> Self {
        let maps = Maps::new(pr.depth, &pr.eta, &pr.target);
        let (period, caps) = captures(pr, &maps);
        let escape = escape_threshold(pr.depth, pr.plane(), &pr.eta, &pr.target);
        let threshold = escape.to_f64().unwrap_or(f64::INFINITY);
        let threshold = if rat(threshold) < escape {
            threshold.next_up()
        } else {
            threshold
        };
        Setup {
            maps,
            period,
            caps,
            escape,
            threshold,
        }
    }

    /// The direct result of the cell `(level, index)` (module docs: converged / diverged by
    /// its own replay).
    pub(crate) fn direct(&self, pr: &BasinProblem, level: u32, index: &[u64]) -> Direct {
        let x0 = cell_box(pr, level, index);
        match run_cell(&self.maps, &self.caps, self.threshold, x0, pr.max_steps) {
            (Label::Undetermined, _) => (Label::Undetermined, 0),
            (label, t) => (label, (t + SLACK).min(MAX_STEPS)),
        }
    }

    /// An empty map with this setup's attractor and escape threshold.
    pub(crate) fn map(&self) -> BasinMap {
        BasinMap {
            period: self.period,
            captures: self.caps.clone(),
            escape: self.escape.clone(),
            cells: Vec::new(),
            capped: false,
        }
    }
}

/// The level-0 cells of the grid, in the map's order (row by row).
pub(crate) fn grid_cells(pr: &BasinProblem) -> Vec<Vec<u64>> {
    let g = pr.grid as u64;
    if pr.init_box.len() == 2 {
        (0..g)
            .flat_map(|i| (0..g).map(move |j| vec![i, j]))
            .collect()
    } else {
        (0..g).map(|i| vec![i]).collect()
    }
}

/// The 2^dim children of a cell, in the map's order.
pub(crate) fn children(index: &[u64]) -> impl Iterator<Item = Vec<u64>> + '_ {
    (0..(1u64 << index.len())).map(move |child| {
        index
            .iter()
            .enumerate()
            .map(|(k, i)| 2 * i + ((child >> k) & 1))
            .collect()
    })
}

/// Compute the map, taking each cell's direct result from `known` where it answers (a
/// sharded job's parts) and replaying the cell otherwise. Returns the map and the number of
/// cells replayed here. With `known` always `None` this is [`compute_basin`]; with `known`
/// answering the true direct results, the map is the same.
///
/// # Errors
/// [`Error::Field`] for invalid inputs.
pub fn compute_basin_with(
    pr: &BasinProblem,
    known: &mut dyn FnMut(u32, &[u64]) -> Option<Direct>,
) -> Result<(BasinMap, usize), Error> {
    pr.validate()?;
    let setup = Setup::new(pr);
    let dim = pr.init_box.len();
    let mut queue = grid_cells(pr);
    let mut tree = Tree::default();
    let mut cells = Vec::new();
    let mut capped = false;
    let mut replayed = 0usize;
    for level in 0..=pr.max_level {
        let mut open = Vec::new();
        for index in queue {
            let direct = known(level, &index).unwrap_or_else(|| {
                replayed += 1;
                setup.direct(pr, level, &index)
            });
            match direct {
                (Label::Undetermined, _) => open.push(index),
                (label, steps) => {
                    tree.proved.insert((level, index.clone()), label);
                    cells.push(BasinCell {
                        level,
                        index,
                        label,
                        steps,
                        image: false,
                    });
                }
            }
        }
        // Image proofs, repeated while they make progress (each uses earlier cells only), at
        // most IMAGE_PASSES times.
        for _ in 0..IMAGE_PASSES {
            let before = open.len();
            open.retain(
                |index| match image_proof(pr, &setup.maps, &tree, level, index) {
                    Some((label, k)) => {
                        tree.proved.insert((level, index.clone()), label);
                        cells.push(BasinCell {
                            level,
                            index: index.clone(),
                            label,
                            steps: k,
                            image: true,
                        });
                        false
                    }
                    None => true,
                },
            );
            if open.len() == before {
                break;
            }
        }
        let room = (cells.len() + open.len()) << dim <= MAX_CELLS;
        if level == pr.max_level || !room {
            capped |= !room && level < pr.max_level;
            cells.extend(open.into_iter().map(|index| BasinCell {
                level,
                index,
                label: Label::Undetermined,
                steps: 0,
                image: false,
            }));
            break;
        }
        queue = Vec::with_capacity(open.len() << dim);
        for index in open {
            queue.extend(children(&index));
            tree.split.insert((level, index));
        }
    }
    let mut map = setup.map();
    map.cells = cells;
    map.capped = capped;
    Ok((map, replayed))
}

/// Steps tried for an image proof.
const IMAGE_STEPS: u32 = 4;
/// Passes of image proofs per level.
const IMAGE_PASSES: usize = 3;
/// Most tree nodes one image query visits.
pub const MAX_QUERY_NODES: usize = 256;

/// The proved leaves and the split nodes so far.
#[derive(Default)]
struct Tree {
    proved: std::collections::HashMap<(u32, Vec<u64>), Label>,
    split: std::collections::HashSet<(u32, Vec<u64>)>,
}

/// Image proof: after k ≤ [`IMAGE_STEPS`] steps the cell's set lies (in start coordinates) in
/// the union of cells already proved with one label; then the cell has that label.
fn image_proof(
    pr: &BasinProblem,
    maps: &Maps,
    tree: &Tree,
    level: u32,
    index: &[u64],
) -> Option<(Label, u32)> {
    let mut set = Set::of_box(cell_box(pr, level, index));
    for k in 1..=IMAGE_STEPS {
        set = maps.step(&set)?;
        let h = set.hull();
        let rect: Vec<(f64, f64)> = if h.len() == 2 {
            let t1 = h[0].clone() + h[1].clone();
            let t2 = h[0].clone() - h[1].clone();
            vec![(t1.inf_f64(), t1.sup_f64()), (t2.inf_f64(), t2.sup_f64())]
        } else {
            vec![(h[0].inf_f64(), h[0].sup_f64())]
        };
        if !rect.iter().all(|(a, b)| a.is_finite() && b.is_finite()) {
            return None;
        }
        for label in [Label::Converged, Label::Diverged] {
            if covered(pr, tree, &rect, label) {
                return Some((label, k));
            }
        }
    }
    None
}

/// Is the rectangle inside the union of proved cells with `label`? Conservative: every node
/// within a relative 10⁻⁹ of touching the rectangle must be such a cell (or split into such).
fn covered(pr: &BasinProblem, tree: &Tree, rect: &[(f64, f64)], label: Label) -> bool {
    let g = pr.grid as u64;
    let boxf: Vec<(f64, f64)> = pr
        .init_box
        .iter()
        .map(|(a, b)| (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(0.0)))
        .collect();
    let mut ranges = Vec::new();
    for ((lo, hi), (a, b)) in boxf.iter().zip(rect) {
        let tol = 1e-9 * (hi - lo);
        if *a < lo + tol || *b > hi - tol {
            return false;
        }
        let w = (hi - lo) / g as f64;
        let i0 = (((a - tol - lo) / w).floor().max(0.0) as u64).min(g - 1);
        let i1 = (((b + tol - lo) / w).floor().max(0.0) as u64).min(g - 1);
        ranges.push((i0, i1));
    }
    let mut stack: Vec<(u32, Vec<u64>)> = Vec::new();
    if ranges.len() == 2 {
        for i in ranges[0].0..=ranges[0].1 {
            for j in ranges[1].0..=ranges[1].1 {
                stack.push((0, vec![i, j]));
            }
        }
    } else {
        stack.extend((ranges[0].0..=ranges[0].1).map(|i| (0, vec![i])));
    }
    let mut visited = 0;
    while let Some(node) = stack.pop() {
        visited += 1;
        if visited > MAX_QUERY_NODES {
            return false;
        }
        if let Some(l) = tree.proved.get(&node) {
            if *l != label {
                return false;
            }
            continue;
        }
        if !tree.split.contains(&node) {
            return false;
        }
        let (level, index) = node;
        let n = (g << (level + 1)) as f64;
        for child in 0..(1u64 << index.len()) {
            let idx: Vec<u64> = index
                .iter()
                .enumerate()
                .map(|(k, i)| 2 * i + ((child >> k) & 1))
                .collect();
            let meets = idx
                .iter()
                .zip(&boxf)
                .zip(rect)
                .all(|((&i, (lo, hi)), (a, b))| {
                    let w = (hi - lo) / n;
                    let tol = 1e-9 * (hi - lo);
                    let (c0, c1) = (lo + w * i as f64, lo + w * (i + 1) as f64);
                    c0 - tol <= *b && *a <= c1 + tol
                });
            if meets {
                stack.push((level + 1, idx));
            }
        }
    }
    true
}

/// The exact fractions (converged, diverged, undetermined) of the box's measure.
pub fn fractions(pr: &BasinProblem, map: &BasinMap) -> [BigRational; 3] {
    let dim = pr.init_box.len() as u32;
    let mut out = [
        BigRational::zero(),
        BigRational::zero(),
        BigRational::zero(),
    ];
    for c in &map.cells {
        let cells_at_level = (BigInt::from(pr.grid as u64) << c.level).pow(dim);
        let share = BigRational::new(BigInt::one(), cells_at_level);
        let k = match c.label {
            Label::Converged => 0,
            Label::Diverged => 1,
            Label::Undetermined => 2,
        };
        out[k] += share;
    }
    out
}

/// Prove the basin map and write the `basin-map` certificate.
///
/// # Errors
/// [`Error::Field`] for invalid inputs.
pub fn prove_basin(pr: &BasinProblem) -> Result<Certificate, Error> {
    let start = Instant::now();
    let map = compute_basin(pr)?;
    Ok(basin_certificate(pr, &map, start.elapsed().as_secs_f64()))
}

/// The certificate of a computed map. Quantities `converged_fraction`, `diverged_fraction`,
/// `undetermined_fraction` (exact), `cells` (exact count). `verified` is true: every label is
/// proved (undetermined claims nothing; a map stopped by the cell cap just leaves more of
/// them); the evidence names the attractor's period (0: none proved, nothing converges).
pub fn basin_certificate(pr: &BasinProblem, map: &BasinMap, elapsed_s: f64) -> Certificate {
    basin_claim(pr, map, elapsed_s).into_certificate()
}

/// The typed claim of [`basin_certificate`].
pub(crate) fn basin_claim(pr: &BasinProblem, map: &BasinMap, elapsed_s: f64) -> BasinMapClaim {
    let [conv, div, und] = fractions(pr, map);
    let exact = |q: &BigRational| Some(Enclosure::exact(q));
    let quantities = BasinMapQuantities {
        converged_fraction: exact(&conv),
        diverged_fraction: exact(&div),
        undetermined_fraction: exact(&und),
        cells: exact(&BigRational::from_integer(map.cells.len().into())),
    };
    let cells: Vec<ev::BasinCell> = map
        .cells
        .iter()
        .map(|c| ev::BasinCell {
            level: c.level,
            index: c.index.clone(),
            label: c.label.name().into(),
            steps: c.steps,
            image: c.image,
        })
        .collect();
    // A proved neighbourhood's point is bounded; `None` would leave its cells unproved.
    let neighbourhoods: Option<Vec<BasinNeighbourhood>> = map
        .captures
        .iter()
        .map(|c| {
            let point = exact_enclosures(std::slice::from_ref(&c.point))?;
            Some(BasinNeighbourhood {
                point: point.into_iter().next()?,
                eps: format_exact(&rat(c.eps)),
            })
        })
        .collect();
    let reason = match neighbourhoods {
        Some(_) => String::new(),
        None => "a contraction neighbourhood's point is unbounded".into(),
    };
    let evidence = ev::BasinMap {
        method: "interval-iteration".into(),
        mode: if pr.plane() { "plane" } else { "line" }.into(),
        init_box: pr
            .init_box
            .iter()
            .map(|(lo, hi)| Enclosure {
                lo: format_exact(lo),
                hi: format_exact(hi),
            })
            .collect(),
        grid: pr.grid as u64,
        attractor_period: map.period as u64,
        neighbourhoods: neighbourhoods.unwrap_or_default(),
        escape: format_exact(&map.escape),
        cells,
        shard: None,
    };
    BasinMapClaim {
        schema: SCHEMA.into(),
        model: FactorisationModel {
            kind: FactorisationKind::Factorisation,
            depth: Some(pr.depth),
            target: format_exact(&pr.target),
        },
        eta: Some(format_exact(&pr.eta)),
        backend: TypedBackend::Interval,
        rigorous: true,
        verified: reason.is_empty(),
        reason,
        quantities,
        evidence,
        elapsed_s,
    }
}
