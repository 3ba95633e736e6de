//! Claim `regime-map`: the period-doubling cascade of GD on the deep scalar factorisation,
//! proved over whole ranges of the learning rate η (paper 000 §4.3, §5.2; reference §6.3).
//!
//! # Statement
//! ℓ(θ) = ½(θ₁⋯θ_p − y)²; on the invariant line L = {s·1} GD is
//! φ_η(s) = s − η(s^p − y)s^{p−1}. For a range [LO, HI] of η and periods n = 1, 2, 4, …, K the
//! certificate proves:
//!
//! - **Window ends.** For each n ≤ K an enclosure of `eta_end_period_n`: the unique η in a
//!   Krawczyk box at which a period-n orbit of φ (minimal period n, unique in the box) has
//!   multiplier ∏φ′(s_i) = −1 along L (the window-end system of [`system`]; for n = 1 this is
//!   η_crit = 2/λ*, where the fixed point y^{1/p} loses stability). Its transverse multiplier
//!   ∏(1 + η(s_i^p − y)s_i^{p−2}) is enclosed there too and proved inside (−1, 1): the window
//!   ends because the multiplier *along L* crosses −1, not the transverse one.
//! - **Cells.** Intervals [η_a, η_b] labelled with a period n ≥ 2, on each of which parametric
//!   Krawczyk (η an interval parameter in `K(X) = m − C·F(m, [η]) + (I − C·J(X, [η]))(X − m)`)
//!   proves, for **every** η in the cell, a unique zero of the desingularised period-n system in
//!   the box X with t > 0 (so a genuine orbit of minimal period n), and both n-step multipliers
//!   (along L, and on 1^⊥ with multiplicity p − 1), enclosed uniformly over the cell, inside
//!   (−1, 1): the orbit is linearly stable for GD in ℝ^p (all eigenvalues of the n-step
//!   Jacobian at the orbit lie in (−1, 1), by the Jacobian lemma of the `orbit` module).
//!   Period-1 cells [η_a, η_b] with 0 < η_a, η_b < η_crit (exact comparison
//!   `(η_b p)^p y^{2p−2} < 2^p`): the fixed point s*·1, s* = y^{1/p}, has multiplier
//!   1 − ηλ* ∈ (−1, 1) along L. Its transverse multiplier is exactly 1 (M is a manifold of
//!   minima): the label says *attracting along L*, nothing more.
//! - **Coverage.** The cells of window n are contiguous and reach to within `gap` of both ends
//!   (max(LO, eta_end_period_{n/2}) and min(HI, eta_end_period_n)); `covered_fraction` is the
//!   total cell length over HI − LO.
//!
//! # Method
//! Float continuation of each branch from the previous window end ([`float`]), window ends by
//! [`crate::certify::krawczyk::prove_zero`] at MPFR precision, cells by bisection in η with
//! inari intervals: a cell that fails is split, so cells near a window's ends get narrow.

// `DoubleInterval` is `Copy` only with inari; the MPFR fallback (no AVX/FMA) needs the clones.

pub mod float;
pub mod shard;
pub mod system;

use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use self::float::{Branch, cell_newton, inverse, newton, trace};
use self::system::{Cascade, CycleIn, EndSystem, MAX_DEPTH};
use super::krawczyk::{KrawczykStep, VerifiedZero, krawczyk_with, prove_zero};
use super::{enclosure_of, exact_enclosures};
use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::arith::{
    DOUBLE_CTX, DoubleEndpoints, DoubleInterval as Interval, MAX_MPFR_BITS, MpfrInterval, Scalar,
};
use crate::certificate::Enclosure;
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, SCHEMA, format_exact};
use crate::dynamics::MapIn;
use crate::shard::Shard;
use eoscert_check::backend::Backend as TypedBackend;
use eoscert_check::claim::{
    FactorisationKind, FactorisationModel, RegimeMapClaim, RegimeMapQuantities,
};
use eoscert_check::evidence::{self as ev, NullableKrawczykStep, RegimeCell, RegimeWindowEnd};

/// The largest `max_period` accepted (the window-end system of period K has 2K unknowns).
pub const MAX_PERIOD: usize = 32;
/// The most cells a map may use (bisection stops there; the checker caps at the same number).
pub const MAX_CELLS: usize = 20_000;

/// A regime-map problem.
#[derive(Clone, Debug)]
pub struct RegimeMapProblem {
    /// Depth p ∈ 2..=[`MAX_DEPTH`].
    pub depth: usize,
    /// Target y > 0.
    pub target: BigRational,
    /// The learning-rate range [LO, HI], 0 < LO < HI.
    pub eta_lo: BigRational,
    /// Upper end of the range.
    pub eta_hi: BigRational,
    /// The largest period K (a power of two, 1..=[`MAX_PERIOD`]).
    pub max_period: usize,
    /// The allowed uncovered gap W > 0 at each window end.
    pub gap: BigRational,
    /// MPFR precision of the window-end proofs.
    pub end_bits: u32,
}

impl RegimeMapProblem {
    /// Check the inputs.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the field.
    pub fn validate(&self) -> Result<(), Error> {
        let bad = |s: String| Err(Error::BadInput(s));
        if !(2..=MAX_DEPTH).contains(&self.depth) {
            return bad(format!("depth {}: must lie in 2..={MAX_DEPTH}", self.depth));
        }
        if !self.target.is_positive() {
            return bad("target: must be positive".into());
        }
        if !self.eta_lo.is_positive() || self.eta_hi <= self.eta_lo {
            return bad("eta-range: need 0 < LO < HI".into());
        }
        if self.eta_hi > BigRational::from_integer(1000.into()) {
            return bad("eta-range: HI must be at most 1000".into());
        }
        if !(1..=MAX_PERIOD).contains(&self.max_period) || !self.max_period.is_power_of_two() {
            return bad(format!(
                "max-period {}: must be a power of two in 1..={MAX_PERIOD}",
                self.max_period
            ));
        }
        if !self.gap.is_positive() || self.gap > BigRational::new(1.into(), 10.into()) {
            return bad("gap: must lie in (0, 0.1]".into());
        }
        if !(64..=MAX_MPFR_BITS.min(4096)).contains(&self.end_bits) {
            return bad("end precision: bits must lie in 64..=4096".into());
        }
        Ok(())
    }
}

/// A proved cell: for every η in [eta.0, eta.1] a stable orbit of period `period`.
#[derive(Clone, Debug)]
pub struct Cell {
    /// The period n.
    pub period: usize,
    /// The η interval (f64 endpoints, exact).
    pub eta: (f64, f64),
    /// The Krawczyk step (n ≥ 2; `None` for the fixed point).
    pub step: Option<KrawczykStep<Interval>>,
    /// `K(X) ∩ X` (the orbit in (u, t, w) coordinates; empty for n = 1).
    pub enclosure: Vec<Interval>,
    /// The n-step multiplier along L over the cell.
    pub along: Interval,
    /// The n-step multiplier on 1^⊥ over the cell.
    pub transverse: Interval,
}

/// A proved window end.
#[derive(Clone, Debug)]
pub struct WindowEnd {
    /// The period n whose window ends here.
    pub period: usize,
    /// The Krawczyk proof in (u, w, η).
    pub zero: VerifiedZero<MpfrInterval>,
    /// The transverse multiplier of the period-n orbit at the end.
    pub transverse: MpfrInterval,
}

impl WindowEnd {
    /// The enclosure of η.
    pub fn eta(&self) -> &MpfrInterval {
        self.zero.enclosure.last().expect("η is the last unknown")
    }
}

/// The largest f64 ≤ q.
pub fn f64_down(q: &BigRational) -> f64 {
    let mut x = q.to_f64().unwrap_or(f64::NAN);
    while rational_from_f64(x).is_some_and(|r| &r > q) {
        x = x.next_down();
    }
    x
}

/// The smallest f64 ≥ q.
pub fn f64_up(q: &BigRational) -> f64 {
    let mut x = q.to_f64().unwrap_or(f64::NAN);
    while rational_from_f64(x).is_some_and(|r| &r < q) {
        x = x.next_up();
    }
    x
}

fn rat(x: f64) -> BigRational {
    rational_from_f64(x).expect("finite")
}

/// `(η p)^p · y^{2p−2} < 2^p`, i.e. ηλ* < 2 (exact).
pub fn below_critical(p: usize, y: &BigRational, eta: &BigRational) -> bool {
    let ep = eta * BigRational::from_integer(BigInt::from(p));
    num_traits::pow(ep, p) * num_traits::pow(y.clone(), 2 * p - 2)
        < BigRational::from_integer(BigInt::from(2).pow(p as u32))
}

/// Prove the window end of period n (the end system of the cascade with half period n).
fn prove_end(
    p: usize,
    y: &BigRational,
    n: usize,
    cand: &[f64],
    bits: u32,
) -> Result<WindowEnd, String> {
    let end = EndSystem {
        p,
        y: y.clone(),
        k: n,
    }
    .constants::<MpfrInterval>(&bits);
    let scale: Vec<f64> = cand.iter().map(|v| f64::abs(*v).max(1e-3)).collect();
    // Radii below the separation of u₀ and u_{n/2} (the minimal-period test needs them apart).
    let sep = if n >= 2 {
        (0..n / 2)
            .map(|i| f64::abs(cand[i] - cand[i + n / 2]))
            .fold(f64::INFINITY, f64::min)
            / cand[..n].iter().fold(0.0f64, |a, v| a.max(f64::abs(*v)))
    } else {
        0.5
    };
    let radii: Vec<f64> = [sep / 16.0, sep / 256.0, sep / 4096.0, 1e-12]
        .into_iter()
        .filter(|r| *r > 1e-13)
        .collect();
    let accept = |z: &[MpfrInterval]| {
        let eta_pos = z[2 * n - 1].is_positive().is_certain();
        let minimal = n == 1 || (0..n / 2).any(|i| z[i].intersect(&z[i + n / 2]).is_none());
        eta_pos && minimal
    };
    let zero = prove_zero::<MpfrInterval>(
        cand,
        &scale,
        &radii,
        &bits,
        |z| end.eval(z),
        |z| end.eval_jacobian(z).expect("the end system has a Jacobian"),
        accept,
    )?;
    let eta = zero.enclosure[2 * n - 1].clone();
    let transverse = zero.enclosure[..n]
        .iter()
        .map(|u| end.0.transverse_taylor(u, &eta)[0].clone())
        .reduce(|a, b| a * b)
        .expect("n ≥ 1");
    Ok(WindowEnd {
        period: n,
        zero,
        transverse,
    })
}

/// The float solution of the cell system at η, by Newton from the nearest traced point.
fn float_at(sys: &Cascade<f64>, branch: &Branch, eta: f64) -> Option<Vec<f64>> {
    let i = branch.table.partition_point(|(e, _)| *e < eta);
    let near = [i.saturating_sub(1), i.min(branch.table.len() - 1)];
    near.iter()
        .filter_map(|&j| cell_newton(sys, branch.table[j].1.clone(), eta))
        .next()
}

fn iv(lo: f64, hi: f64) -> Interval {
    Interval::from_f64_bounds(lo, hi)
}

/// An enclosure of λ* = p·s*^(2p−2), s* = y^(1/p).
// The interval type is `Copy` only with the inari backend.
fn lambda_star(p: usize, y: &BigRational) -> Interval {
    let s_star = Interval::from_rational(y, &DOUBLE_CTX).root(p as u32);
    (0..2 * p - 2).fold(Interval::from_int(p as i64, &DOUBLE_CTX), |acc, _| {
        acc * iv(s_star.inf_f64(), s_star.sup_f64())
    })
}

/// Try to prove one cell of period 2k on [a, b].
fn try_cell(
    sys_f: &Cascade<f64>,
    sys: &Cascade<Interval>,
    branch: &Branch,
    a: f64,
    b: f64,
) -> Option<Cell> {
    let k = sys.k;
    let mid_eta = 0.5 * (a + b);
    let xm = float_at(sys_f, branch, mid_eta)?;
    let xa = float_at(sys_f, branch, a)?;
    let xb = float_at(sys_f, branch, b)?;
    let jm: Vec<Vec<f64>> = sys_f
        .jacobian(&xm, &mid_eta)
        .into_iter()
        .map(|mut r| {
            r.truncate(2 * k);
            r
        })
        .collect();
    let c = inverse(&jm)?;
    let cell = CycleIn { sys, eta: iv(a, b) };
    let mid: Vec<Interval> = xm.iter().map(|&v| iv(v, v)).collect();
    let cm: Vec<Vec<Interval>> = c
        .iter()
        .map(|row| row.iter().map(|&v| iv(v, v)).collect())
        .collect();
    let f = |x: &[Interval]| cell.eval(x);
    let jac = |x: &[Interval]| {
        cell.eval_jacobian(x)
            .expect("the cycle system has a Jacobian")
    };
    let mut r: Vec<f64> = (0..2 * k)
        .map(|i| {
            1.5 * f64::abs(xa[i] - xm[i]).max(f64::abs(xb[i] - xm[i]))
                + 1e-13 * f64::abs(xm[i]).max(1e-6)
        })
        .collect();
    for _ in 0..3 {
        let x: Vec<Interval> = xm
            .iter()
            .zip(&r)
            .map(|(&m, &ri)| iv(m, m) + iv(-ri, ri))
            .collect();
        if x[k].inf_f64() <= 0.0 {
            return None;
        }
        let step = krawczyk_with(&x, &mid, &cm, &f, &jac)?;
        if !step.contained {
            r = step
                .k
                .iter()
                .zip(&x)
                .zip(&xm)
                .map(|((ki, xi), m)| {
                    let h = ki.hull(xi);
                    2.0 * f64::abs(h.sup_f64() - m).max(f64::abs(m - h.inf_f64()))
                })
                .collect();
            continue;
        }
        let z: Vec<Interval> = step
            .k
            .iter()
            .zip(&step.x)
            .map(|(ki, xi)| ki.intersect(xi))
            .collect::<Option<_>>()?;
        let (along, transverse) = sys.multipliers(&z, &cell.eta);
        let inside = |m: &Interval| m.inf_f64() > -1.0 && m.sup_f64() < 1.0;
        if !(inside(&along) && inside(&transverse)) {
            return None;
        }
        return Some(Cell {
            period: 2 * k,
            eta: (a, b),
            step: Some(step),
            enclosure: z,
            along,
            transverse,
        });
    }
    None
}

/// Which bisection nodes a shard evaluates and which cells it owns.
///
/// The bisection of a window is a binary tree; a node at level ℓ < D (the *split level*) is
/// evaluated by every shard, and a node at level ≥ D belongs to the shard that owns its level-D
/// ancestor, numbered `window · 2^D + index` (round robin over [`Shard`]). A proved node at
/// level < D is a cell owned by the shard of its leftmost level-D descendant. Whoever evaluates a
/// node, the tree is the same: the union of the shards' cells is exactly the unsharded cover.
#[derive(Clone, Copy, Debug)]
struct Split<'a> {
    shard: Shard,
    level: u32,
    window: usize,
    /// Nodes wider than this are split without a proof attempt (`None`: no limit).
    max_width: Option<&'a BigRational>,
}

impl<'a> Split<'a> {
    /// The split of window `window` for `shard`: D = 0 for the whole job, else
    /// ⌈log₂ N⌉ + 3 (about 8N level-D nodes per window).
    fn new(shard: Shard, window: usize, max_width: Option<&'a BigRational>) -> Self {
        let level = if shard.is_all() {
            0
        } else {
            shard.count().next_power_of_two().trailing_zeros() + 3
        };
        Split {
            shard,
            level,
            window,
            max_width,
        }
    }

    /// Whether [lo, hi] is wider than the width limit (exact).
    fn too_wide(self, lo: f64, hi: f64) -> bool {
        self.max_width.is_some_and(|w| rat(hi) - rat(lo) > *w)
    }

    /// Whether this shard owns the node whose level-D index is `anc`.
    fn owns(self, anc: u64) -> bool {
        self.shard
            .owns((self.window << self.level).wrapping_add(anc as usize))
    }

    /// The level-D indices of the two halves of a node at `level` with index `anc`.
    fn children(self, level: u32, anc: u64) -> (u64, u64) {
        if level < self.level {
            (anc, anc + (1u64 << (self.level - level - 1)))
        } else {
            (anc, anc)
        }
    }
}

/// Cover [a, b] by proved cells of period 2k, bisecting failed cells (and cells wider than the
/// split's width limit) down to a relative width of 1e-14. Returns the cells of `split`'s shard (in bisection order) and whether all of its
/// part of [a, b] was covered.
fn cover(
    sys_f: &Cascade<f64>,
    branch: &Branch,
    y: &BigRational,
    (a, b): (f64, f64),
    split: Split,
) -> (Vec<Cell>, bool) {
    let sys = Cascade::new(sys_f.p, Interval::from_rational(y, &DOUBLE_CTX), sys_f.k);
    let mut cells = Vec::new();
    let mut ok = true;
    let mut stack = vec![(a, b, 0u32, 0u64)];
    while let Some((lo, hi, level, anc)) = stack.pop() {
        if cells.len() >= MAX_CELLS {
            ok = false;
            break;
        }
        let mine = split.owns(anc);
        if level >= split.level && !mine {
            continue;
        }
        let attempt = (!split.too_wide(lo, hi))
            .then(|| try_cell(sys_f, &sys, branch, lo, hi))
            .flatten();
        if let Some(c) = attempt {
            if mine {
                cells.push(c);
            }
            continue;
        }
        let m = 0.5 * (lo + hi);
        if hi - lo <= 1e-14 * hi.abs() || m <= lo || m >= hi {
            ok &= !mine;
            continue;
        }
        let (left, right) = split.children(level, anc);
        stack.push((m, hi, level + 1, right));
        stack.push((lo, m, level + 1, left));
    }
    (cells, ok)
}

/// The result of [`prove_regime_map`] before it becomes a certificate.
#[derive(Clone, Debug)]
pub struct RegimeMap {
    /// Window ends, periods 1, 2, 4, …, K.
    pub ends: Vec<WindowEnd>,
    /// Proved cells, in increasing η.
    pub cells: Vec<Cell>,
    /// The traced float branches (period 2, 4, …), for plots.
    pub branches: Vec<Branch>,
    /// Why the map is incomplete, apart from cells: window ends and continuations (the same
    /// in every shard).
    pub failures: Vec<String>,
    /// Windows (by period) whose cells could not all be proved, with the reason; a shard
    /// lists the windows where one of its own cells failed.
    pub undetermined: Vec<(usize, String)>,
    /// The width limit of the cells of period ≥ 2, if any.
    pub max_cell_width: Option<BigRational>,
}

/// Compute the map (window ends and cells).
///
/// # Errors
/// [`Error::BadInput`] for invalid inputs.
pub fn compute_regime_map(pr: &RegimeMapProblem) -> Result<RegimeMap, Error> {
    compute_regime_map_shard(pr, Shard::ALL, None)
}

/// Compute shard `shard` of the map: every window end (each shard proves them all), and the
/// cells of `shard` (see the `shard` module; the union over the N shards is the cell list of
/// [`compute_regime_map`], which is shard `0/1` without a width limit). A cover failure is
/// reported by the shard that owns the failed node. With `max_cell_width` W every cell of
/// period ≥ 2 is at most W wide (wider nodes are split before any proof attempt), which makes
/// a finer map (tighter multiplier enclosures, more cells to share out); the period-1 window
/// stays one cell.
///
/// # Errors
/// [`Error::BadInput`] for invalid inputs (`max_cell_width` must be positive).
pub fn compute_regime_map_shard(
    pr: &RegimeMapProblem,
    shard: Shard,
    max_cell_width: Option<&BigRational>,
) -> Result<RegimeMap, Error> {
    pr.validate()?;
    if max_cell_width.is_some_and(|w| !w.is_positive()) {
        return Err(Error::BadInput("max-cell-width: must be positive".into()));
    }
    let yf = pr.target.to_f64().unwrap_or(f64::NAN);
    if !(yf.is_finite() && yf > 1e-100 && yf < 1e100) {
        return Err(Error::BadInput("target: out of float range".into()));
    }
    let (ends, branches, failures) = window_ends(pr, yf);
    let (mut cells, undetermined) = window_cells(pr, shard, max_cell_width, &ends, &branches);
    cells.sort_by(|x, y| x.eta.0.total_cmp(&y.eta.0));
    Ok(RegimeMap {
        ends,
        cells,
        branches,
        failures,
        undetermined,
        max_cell_width: max_cell_width.cloned(),
    })
}

/// The window ends of periods 1, 2, 4, … ≤ K, each proved by Krawczyk from a float candidate,
/// and the float branches (period 2n traced from the end of window n) that lead from one end
/// to the next; the failures that stopped the sequence.
fn window_ends(pr: &RegimeMapProblem, yf: f64) -> (Vec<WindowEnd>, Vec<Branch>, Vec<String>) {
    let p = pr.depth;
    let mut failures = Vec::new();
    let mut ends: Vec<WindowEnd> = Vec::new();
    let mut branches = Vec::new();
    // Window 1: the fixed point; end candidate (y^{1/p}, η_crit).
    let pf = p as f64;
    let s_star = yf.powf(1.0 / pf);
    let eta_crit = 2.0 / (pf * yf.powf(2.0 - 2.0 / pf));
    let sys1 = Cascade::new(p, yf, 1);
    let Some(mut cand) = newton(
        vec![s_star, eta_crit],
        |z| sys1.end_residual(z),
        |z| sys1.end_jacobian(z),
    ) else {
        return (ends, branches, vec!["no float candidate for η_crit".into()]);
    };
    let mut n = 1;
    let mut width_hint = eta_crit * 0.3;
    loop {
        match prove_end(p, &pr.target, n, &cand, pr.end_bits) {
            Ok(e) => ends.push(e),
            Err(e) => {
                failures.push(format!(
                    "end of the period-{n} window: Krawczyk failed: {e}"
                ));
                break;
            }
        }
        if n >= pr.max_period {
            break;
        }
        let sys = Cascade::new(p, yf, n);
        match trace(&sys, &cand, width_hint) {
            Some(b) => {
                width_hint = b.end[2 * n * 2 - 1] - cand[2 * n - 1];
                cand = b.end.clone();
                branches.push(b);
            }
            None => {
                failures.push(format!("the float continuation of period {} failed", 2 * n));
                break;
            }
        }
        n *= 2;
    }
    (ends, branches, failures)
}

/// The cells of `shard` in every window below its end (window 1 by ηλ* < 2, the others by
/// [`cover`]), unsorted, and the windows left incomplete with the reason.
fn window_cells(
    pr: &RegimeMapProblem,
    shard: Shard,
    max_cell_width: Option<&BigRational>,
    ends: &[WindowEnd],
    branches: &[Branch],
) -> (Vec<Cell>, Vec<(usize, String)>) {
    let p = pr.depth;
    let yf = pr.target.to_f64().unwrap_or(f64::NAN);
    let half = pr.gap.clone() / BigRational::from_integer(2.into());
    let bounds = |e: &WindowEnd| e.eta().bounds().expect("bounded enclosure");
    let mut cells = Vec::new();
    let mut undetermined = Vec::new();
    for (j, end) in ends.iter().enumerate() {
        let period = end.period;
        let (end_lo, _) = bounds(end);
        let lo_anchor = if j == 0 {
            pr.eta_lo.clone()
        } else {
            pr.eta_lo.clone().max(bounds(&ends[j - 1]).1 + &half)
        };
        let hi_anchor = pr.eta_hi.clone().min(end_lo - &half);
        if lo_anchor >= hi_anchor {
            continue;
        }
        let (a, b) = (f64_up(&lo_anchor), f64_down(&hi_anchor));
        if a >= b {
            continue;
        }
        if period == 1 {
            if !Split::new(shard, j, None).owns(0) {
                // The shard that owns the period-1 cell proves it; the others skip it.
            } else if below_critical(p, &pr.target, &rat(b)) {
                cells.push(Cell {
                    period: 1,
                    eta: (a, b),
                    step: None,
                    enclosure: Vec::new(),
                    along: iv(1.0, 1.0) - iv(a, b) * lambda_star(p, &pr.target),
                    transverse: iv(1.0, 1.0),
                });
            } else {
                undetermined.push((1, "period-1 cell: ηλ* < 2 not proved".into()));
            }
            continue;
        }
        let branch = &branches[j - 1];
        let sys = Cascade::new(p, yf, period / 2);
        let (mut got, ok) = cover(
            &sys,
            branch,
            &pr.target,
            (a, b),
            Split::new(shard, j, max_cell_width),
        );
        if !ok {
            undetermined.push((
                period,
                format!(
                    "period {period}: some cells in [{a}, {b}] could not be proved (left undetermined)"
                ),
            ));
        }
        cells.append(&mut got);
    }
    (cells, undetermined)
}

/// The exact lower end of a point enclosure (`None`, written `null`, if unbounded).
fn exact_point<S: Scalar>(x: &S) -> Option<String> {
    x.bounds().map(|(lo, _)| format_exact(&lo))
}

/// Box, midpoint and preconditioner of a Krawczyk step (exact); `None` if a box coordinate is
/// unbounded.
pub fn step_evidence<S: Scalar>(step: &KrawczykStep<S>) -> Option<NullableKrawczykStep> {
    Some(NullableKrawczykStep {
        bx: exact_enclosures(&step.x)?,
        midpoint: step.mid.iter().map(exact_point).collect(),
        preconditioner: step
            .c
            .iter()
            .map(|row| row.iter().map(exact_point).collect())
            .collect(),
    })
}

/// A cell's evidence; `None` if its Krawczyk box is unbounded.
fn cell_evidence(c: &Cell) -> Option<RegimeCell> {
    let krawczyk = match &c.step {
        Some(step) => Some(step_evidence(step)?),
        None => None,
    };
    let proved = c.step.is_some();
    Some(RegimeCell {
        period: c.period as u64,
        eta: Enclosure {
            lo: format_exact(&rat(c.eta.0)),
            hi: format_exact(&rat(c.eta.1)),
        },
        krawczyk,
        multiplier_along: proved.then(|| enclosure_of(&c.along)),
        multiplier_transverse: proved.then(|| enclosure_of(&c.transverse)),
    })
}

/// A window end's evidence; `None` if a box is unbounded.
fn end_evidence(e: &WindowEnd) -> Option<RegimeWindowEnd> {
    Some(RegimeWindowEnd {
        period: e.period as u64,
        uniqueness: step_evidence(&e.zero.uniqueness)?,
        tight: step_evidence(&e.zero.tight)?,
        enclosure: exact_enclosures(&e.zero.enclosure)?,
        // Period 1: the fixed point lies on M, its transverse multiplier is exactly 1.
        transverse_multiplier: (e.period >= 2).then(|| enclosure_of(&e.transverse)),
    })
}

/// Prove the regime map and write the `regime-map` certificate.
///
/// Quantities: `eta_end_period_n` (n = 1, 2, …, K), `covered_fraction` (exact), `cells`
/// (exact count). `verified` is true iff every window end is proved, every window's interior
/// within [LO, HI] is covered by proved cells up to `gap` from each end, and the transverse
/// multiplier at every window end is proved inside (−1, 1).
///
/// # Errors
/// [`Error::BadInput`] for invalid inputs.
pub fn prove_regime_map(pr: &RegimeMapProblem) -> Result<Certificate, Error> {
    let start = Instant::now();
    let map = compute_regime_map(pr)?;
    Ok(certificate(pr, &map, start.elapsed().as_secs_f64()))
}

/// The certificate of a computed map.
pub fn certificate(pr: &RegimeMapProblem, map: &RegimeMap, elapsed_s: f64) -> Certificate {
    let (mut cert, common) = claim_parts(pr, map, elapsed_s);
    let failures: Vec<&str> = common
        .iter()
        .map(String::as_str)
        .chain(map.undetermined.iter().map(|(_, r)| r.as_str()))
        .collect();
    cert.verified &= failures.is_empty();
    cert.reason = failures.join("; ");
    cert.into_certificate()
}

/// The certificate of a computed map before its `verified` and `reason` account for the
/// undetermined windows, and the failures every shard shares (ends, continuations, transverse
/// multipliers at the ends).
pub(crate) fn claim_parts(
    pr: &RegimeMapProblem,
    map: &RegimeMap,
    elapsed_s: f64,
) -> (RegimeMapClaim, Vec<String>) {
    let mut failures = map.failures.clone();
    let mut quantities = RegimeMapQuantities::default();
    let mut ends_ev = Vec::new();
    for e in &map.ends {
        let inside = e.transverse.bounds().is_some_and(|(lo, hi)| {
            lo > BigRational::from_integer((-1).into()) && hi < BigRational::from_integer(1.into())
        });
        if e.period >= 2 && !inside {
            failures.push(format!(
                "period {}: transverse multiplier at the window end not proved inside (−1, 1)",
                e.period
            ));
        }
        match quantities.eta_end_period_mut(e.period as u64) {
            Some(slot) => *slot = enclosure_of(e.eta()),
            None => failures.push(format!(
                "period {}: beyond the largest period of the format",
                e.period
            )),
        }
        match end_evidence(e) {
            Some(ev) => ends_ev.push(ev),
            None => failures.push(format!(
                "period {}: the Krawczyk evidence at the window end has an unbounded box",
                e.period
            )),
        }
    }
    let total: BigRational = map
        .cells
        .iter()
        .map(|c| rat(c.eta.1) - rat(c.eta.0))
        .fold(BigRational::zero(), |a, b| a + b);
    let frac = total / (&pr.eta_hi - &pr.eta_lo);
    quantities.covered_fraction = Some(Enclosure::exact(&frac));
    quantities.cells = Some(Enclosure::exact(&BigRational::from_integer(
        map.cells.len().into(),
    )));
    let mut cells = Vec::with_capacity(map.cells.len());
    for c in &map.cells {
        match cell_evidence(c) {
            Some(ev) => cells.push(ev),
            None => failures.push(format!(
                "period {}: the Krawczyk evidence of a cell has an unbounded box",
                c.period
            )),
        }
    }
    let evidence = ev::RegimeMap {
        method: "parametric-krawczyk".into(),
        eta_range: Enclosure {
            lo: format_exact(&pr.eta_lo),
            hi: format_exact(&pr.eta_hi),
        },
        gap: format_exact(&pr.gap),
        max_period: pr.max_period as u64,
        window_ends: ends_ev,
        cells,
        max_cell_width: map.max_cell_width.as_ref().map(format_exact),
        shard: None,
    };
    let verified =
        failures.is_empty() && map.ends.len() == pr.max_period.trailing_zeros() as usize + 1;
    let cert = RegimeMapClaim {
        schema: SCHEMA.into(),
        model: FactorisationModel {
            kind: FactorisationKind::Factorisation,
            depth: Some(pr.depth),
            target: format_exact(&pr.target),
        },
        backend: TypedBackend::Mpfr(pr.end_bits),
        rigorous: true,
        verified,
        reason: failures.join("; "),
        quantities,
        evidence,
        elapsed_s,
    };
    (cert, failures)
}
