//! The long-horizon iterator: point iteration plus a rigorous two-step mean-value bound of the
//! accumulated error, propagated as radii in an error basis where the Jacobian is nearly
//! `diag(−1, 1, …)`. See the parent module for the method and its justification.
//!
//! Two drivers: [`run_per_step`] encloses the Jacobians on a box around each single iterate
//! (tightest; three ball matrix products per two steps), [`run_blocks`] once per block:
//!
//! # Blocks
//! Jacobian enclosures are formed once per block of K steps (K even, `K ≈ √t/8`), not per step:
//! 1. **Pass 1** runs the point iteration over the block, records the local error bounds `δ_s`
//!    and the hulls of the even and of the odd midpoints.
//! 2. **Pass 2** widens the hulls by guessed radii (`g` in z-coordinates for even steps, `g_o`
//!    in θ for odd steps) to boxes `B_e`, `B_o`, encloses `J(B_e)`, `J(B_o)` and
//!    `M = W⁻¹ J(B_o) J(B_e) W` in ball arithmetic, and runs the radius recursion
//!    `ρ_odd = |J(B_e)| |W| ρᶻ + δ_s`, `ρᶻ ← |M| ρᶻ + |W⁻¹| |J(B_o)| δ_s + |W⁻¹| δ_{s+1}`,
//!    checking `ρ_odd ≤ g_o` and `ρᶻ ≤ g` after every pair. By induction every true iterate lay in
//!    its box (the start satisfies `ρᶻ ≤ g`), so every mean-value matrix was enclosed and the
//!    recursion bounds the error. If a check fails the guesses are doubled and pass 2 repeated.
//!
//! The state moves by `O(K·t^{−3/2})` over a block, so the boxes stay narrow enough that the
//! two-step cancellation of the off-diagonal terms survives, and the per-step cost is the point
//! step plus four `N×N` float matrix–vector products.

use num_rational::BigRational;

use super::ball::{Ball, Num, add_up, mul_up};
use super::mutation;
use super::systems::System;
use crate::arith::parse::rational_from_f64;

/// A proved enclosure of the state at step `t`: `[lo_i, hi_i]` per coordinate (exact).
#[derive(Clone, Debug)]
pub struct StateEnclosure {
    /// Step.
    pub t: u64,
    /// Exact endpoints per coordinate.
    pub bounds: Vec<(BigRational, BigRational)>,
    /// The float midpoint (diagnostics).
    pub mid: Vec<f64>,
    /// The radius per coordinate (diagnostics; the bounds are authoritative).
    pub rad: Vec<f64>,
}

/// The outcome of a run.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    /// Enclosures at the requested checkpoints reached so far.
    pub checkpoints: Vec<StateEnclosure>,
    /// `Some((t, why))` if the proof was lost at step `t`.
    pub failure: Option<(u64, String)>,
}

fn enclosure<T: Num>(t: u64, x: &[T], rad: &[f64]) -> StateEnclosure {
    let bounds = x
        .iter()
        .zip(rad)
        .map(|(xi, &r)| {
            let m = xi.mid_rat();
            let r = rational_from_f64(r).expect("finite radius");
            (&m - &r, &m + &r)
        })
        .collect();
    StateEnclosure {
        t,
        bounds,
        mid: x.iter().map(|v| v.mid_f64()).collect(),
        rad: rad.to_vec(),
    }
}

/// What the block drivers do after [`drain_checkpoints`].
pub(super) enum Next {
    /// Run blocks up to the even step `stop > t` (the next checkpoint rounded down to even).
    Advance(u64),
    /// No checkpoint is left (or the last one was the odd step `t + 1`): end the run.
    End,
    /// An odd checkpoint's enclosure was lost; the failure is recorded in the outcome.
    Lost,
}

/// The checkpoint logic shared by the block drivers ([`run_blocks`], `fast::run_fast`,
/// `fast_depth::run_n`), which stop only at even steps: record the checkpoints at the even
/// step `t` (`even()`, the enclosure of the current box) and at `t + 1` (`odd()`, one ball step
/// of the box at t; `None` loses the enclosure and records the failure at `t + 1`), then
/// return the next even stop.
pub(super) fn drain_checkpoints<I: Iterator<Item = u64>>(
    cps: &mut std::iter::Peekable<I>,
    t: u64,
    out: &mut RunOutcome,
    mut even: impl FnMut() -> StateEnclosure,
    mut odd: impl FnMut() -> Option<StateEnclosure>,
) -> Next {
    while let Some(&c) = cps.peek() {
        if c == t {
            out.checkpoints.push(even());
        } else if c == t + 1 {
            match odd() {
                Some(e) => out.checkpoints.push(e),
                None => {
                    out.failure = Some((t + 1, "the enclosure was lost".into()));
                    return Next::Lost;
                }
            }
        } else {
            break;
        }
        cps.next();
    }
    match cps.peek() {
        // Only `≤ t` if an odd checkpoint t + 1 was just handled and T = t + 1.
        Some(&c) if c & !1 > t => Next::Advance(c & !1),
        _ => Next::End,
    }
}

/// The end of a block driver's run at step `t`: report progress `steps` and record a failure
/// if checkpoints remain.
pub(super) fn end_run<I: Iterator<Item = u64>>(
    mut out: RunOutcome,
    cps: &mut std::iter::Peekable<I>,
    t: u64,
    steps: u64,
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    progress(steps);
    if cps.peek().is_some() {
        out.failure = Some((t, "run ended before all checkpoints".into()));
    }
    out
}

/// `|A|·v` rounded up, for a float matrix `|A|` (`N×N`, row-major, entries ≥ 0) and `v ≥ 0`.
#[inline(always)]
fn mv<const N: usize>(a: &[f64], v: &[f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    for i in 0..N {
        let mut s = 0.0;
        for k in 0..N {
            s = add_up(s, mul_up(a[i * N + k], v[k]));
        }
        out[i] = s;
    }
    out
}

/// `v + w` rounded up.
#[inline(always)]
fn vadd<const N: usize>(v: [f64; N], w: &[f64; N]) -> [f64; N] {
    std::array::from_fn(|i| add_up(v[i], w[i]))
}

/// The local error `δ` of one coordinate of a midpoint step: the radius of its result (0 under
/// the mutation check's [`mutation::drops_local_error`], constant `false` without the feature
/// `mutant`).
#[inline(always)]
fn local_error<T: Num>(y: T, drop: bool) -> f64 {
    if drop { 0.0 } else { y.rad() }
}

/// Entrywise upper bounds of `|A|` for a ball matrix.
fn abs_mat(a: &[Ball]) -> Vec<f64> {
    a.iter().map(|b| b.mag()).collect()
}

/// `|A|·|B|` rounded up (`N×N` float matrices with entries ≥ 0).
fn abs_mul<const N: usize>(a: &[f64], b: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; N * N];
    for i in 0..N {
        for k in 0..N {
            let mut s = 0.0;
            for j in 0..N {
                s = add_up(s, mul_up(a[i * N + j], b[j * N + k]));
            }
            out[i * N + k] = s;
        }
    }
    out
}

/// The ball matrix product `A·B` (`N×N`): encloses every product of members.
fn matmul<const N: usize>(a: &[Ball], b: &[Ball]) -> Vec<Ball> {
    let mut out = vec![Ball::new(0.0, 0.0); N * N];
    for i in 0..N {
        for k in 0..N {
            let mut s = a[i * N] * b[k];
            for j in 1..N {
                s = s + a[i * N + j] * b[j * N + k];
            }
            out[i * N + k] = s;
        }
    }
    out
}

/// Hull of the balls `m ± r` of one coordinate over a block (float midpoints, largest radius).
#[derive(Clone, Copy)]
pub(super) struct Hull {
    lo: f64,
    hi: f64,
    err: f64,
}

impl Hull {
    pub(super) const EMPTY: Hull = Hull {
        lo: f64::INFINITY,
        hi: f64::NEG_INFINITY,
        err: 0.0,
    };

    /// Include the ball `b` (its midpoint and its radius).
    #[inline(always)]
    pub(super) fn add(&mut self, b: Ball) {
        self.lo = self.lo.min(b.m);
        self.hi = self.hi.max(b.m);
        self.err = self.err.max(b.r);
    }

    /// A ball containing every ball seen, widened by `g`.
    pub(super) fn ball(&self, g: f64) -> Ball {
        let m = 0.5 * (self.lo + self.hi);
        // |x − m| ≤ max(hi − m, m − lo) (rounded up) + the largest radius.
        let half = (self.hi - m).max(m - self.lo).next_up();
        Ball::new(m, add_up(add_up(half, self.err), g))
    }
}

/// Block length at step t (even, ≥ 2).
pub(super) fn block_len(t: u64) -> u64 {
    2 * (((t as f64).sqrt() / 16.0) as u64).max(1)
}

/// The error basis: `W`, `W⁻¹` as ball matrices and `|W|`, `|W⁻¹|` (identity if `None`).
struct Basis {
    w: Vec<Ball>,
    wi: Vec<Ball>,
    w_abs: Vec<f64>,
    wi_abs: Vec<f64>,
}

impl Basis {
    fn new<T: Num, S: System<T>>(sys: &S, n: usize) -> Basis {
        let (w, wi): (Vec<Ball>, Vec<Ball>) = match sys.basis() {
            Some((w, wi)) => (
                w.iter().map(Ball::from_rat).collect(),
                wi.iter().map(Ball::from_rat).collect(),
            ),
            None => {
                let id: Vec<Ball> = (0..n * n)
                    .map(|k| Ball::new(if k % (n + 1) == 0 { 1.0 } else { 0.0 }, 0.0))
                    .collect();
                (id.clone(), id)
            }
        };
        let (w_abs, wi_abs) = (abs_mat(&w), abs_mat(&wi));
        Basis {
            w,
            wi,
            w_abs,
            wi_abs,
        }
    }
}

/// The proved one-step enclosure of `x_{t+1}` from the box `x̃_t ± eth` (odd checkpoints).
fn odd_enclosure<T: Num, S: System<T>, const N: usize>(
    sys: &S,
    t: u64,
    x: &[T; N],
    eth: &[f64; N],
) -> Option<StateEnclosure> {
    let b: [Ball; N] = std::array::from_fn(|i| x[i].to_ball(eth[i]));
    if !sys.domain_ok(&b) {
        return None;
    }
    let mut j = vec![Ball::new(0.0, 0.0); N * N];
    // (The mutation check's switches are constant `false` without the feature `mutant`.)
    if mutation::drops_mean_value_box() {
        sys.jac(&x.map(|xi| xi.to_ball(0.0)), &mut j);
    } else {
        sys.jac(&b, &mut j);
    }
    let mut y = *x;
    sys.step(x, &mut y);
    let drop_delta = mutation::drops_local_error();
    let d: [f64; N] = std::array::from_fn(|i| local_error(y[i], drop_delta));
    let rho = vadd(mv::<N>(&abs_mat(&j), eth), &d);
    rho.iter()
        .all(|r| r.is_finite())
        .then(|| enclosure(t + 1, &y.map(Num::point), &rho))
}

/// Pass 1 of a block: the hulls of the even and odd midpoints and the local error bounds.
struct Block<'a, const N: usize> {
    hull_even: [Hull; N],
    hull_odd: [Hull; N],
    deltas: &'a [[f64; N]],
}

impl<'a, const N: usize> Block<'a, N> {
    /// Pass 1 over `k` steps from the midpoints `x`: the point iteration, its local errors
    /// (into `deltas`, zeroed under the mutation check's `drop_delta`) and the hulls of the
    /// even and odd midpoints; returns the block and the midpoints at its end.
    fn point_pass<T: Num, S: System<T>>(
        sys: &S,
        x: [T; N],
        k: u64,
        deltas: &'a mut Vec<[f64; N]>,
        drop_delta: bool,
    ) -> (Self, [T; N]) {
        deltas.clear();
        let mut hull_even = [Hull::EMPTY; N];
        let mut hull_odd = [Hull::EMPTY; N];
        for (h, xi) in hull_even.iter_mut().zip(&x) {
            h.add(xi.to_ball(0.0));
        }
        let mut cur = x;
        let mut y = x;
        for s in 0..k {
            sys.step(&cur, &mut y);
            deltas.push(std::array::from_fn(|i| local_error(y[i], drop_delta)));
            cur = y.map(Num::point);
            let hull = if s % 2 == 0 {
                &mut hull_odd
            } else {
                &mut hull_even
            };
            for (h, ci) in hull.iter_mut().zip(&cur) {
                h.add(ci.to_ball(0.0));
            }
        }
        let block = Block {
            hull_even,
            hull_odd,
            deltas,
        };
        (block, cur)
    }

    /// Pass 2 with guessed radii from `ρᶻ = rz` at the block's start, doubled on failure (at
    /// most 40 times): the proved `ρᶻ` at the block's end, or `None`.
    fn close<T: Num, S: System<T>>(
        &self,
        sys: &S,
        basis: &Basis,
        rz: [f64; N],
    ) -> Option<[f64; N]> {
        let sum_d = self.deltas.iter().fold([0.0f64; N], vadd);
        let sum_z = mv::<N>(&basis.wi_abs, &sum_d);
        let mut g: [f64; N] =
            std::array::from_fn(|i| add_up(mul_up(rz[i], 1.0 + 1.0 / 64.0), mul_up(sum_z[i], 4.0)));
        for _attempt in 0..40 {
            match self.propagate(sys, basis, rz, g) {
                Ok(r) => return Some(r),
                Err(Some(peak)) => {
                    g = std::array::from_fn(|i| mul_up(peak[i].max(g[i]), 2.0));
                    if !g.iter().all(|v| v.is_finite()) {
                        return None;
                    }
                }
                Err(None) => return None,
            }
        }
        None
    }

    /// Pass 2 with the guess `g` (z-radii of the even steps): `Ok(ρᶻ at the block end)` or
    /// `Err(peak)` with the largest radii met (`None` if the boxes left the domain).
    fn propagate<T: Num, S: System<T>>(
        &self,
        sys: &S,
        basis: &Basis,
        rz: [f64; N],
        g: [f64; N],
    ) -> Result<[f64; N], Option<[f64; N]>> {
        let g_th = mv::<N>(&basis.w_abs, &g);
        // (Constant `false` unless the test-only feature `mutant` is on, `mutation.rs`.)
        let point_jacobians = mutation::drops_mean_value_box();
        let widen = |g: f64| if point_jacobians { 0.0 } else { g };
        let be: [Ball; N] = std::array::from_fn(|i| self.hull_even[i].ball(widen(g_th[i])));
        let mut je = vec![Ball::new(0.0, 0.0); N * N];
        sys.jac(&be, &mut je);
        let aw = abs_mul::<N>(&abs_mat(&je), &basis.w_abs);
        let max_de = self
            .deltas
            .iter()
            .step_by(2)
            .fold([0.0f64; N], |a, d| std::array::from_fn(|i| a[i].max(d[i])));
        let go = vadd(mv::<N>(&aw, &g), &max_de);
        let bo: [Ball; N] = std::array::from_fn(|i| self.hull_odd[i].ball(widen(go[i])));
        if !(sys.domain_ok(&be) && sys.domain_ok(&bo) && go.iter().all(|v| v.is_finite())) {
            return Err(None);
        }
        let mut jo = vec![Ball::new(0.0, 0.0); N * N];
        sys.jac(&bo, &mut jo);
        let m = matmul::<N>(&basis.wi, &matmul::<N>(&matmul::<N>(&jo, &je), &basis.w));
        let m = abs_mat(&m);
        let c1 = abs_mul::<N>(&basis.wi_abs, &abs_mat(&jo));
        let mut r = rz;
        let mut ok = true;
        let mut peak = [0.0f64; N];
        for pair in self.deltas.chunks_exact(2) {
            let ro = vadd(mv::<N>(&aw, &r), &pair[0]);
            r = vadd(
                vadd(mv::<N>(&m, &r), &mv::<N>(&c1, &pair[0])),
                &mv::<N>(&basis.wi_abs, &pair[1]),
            );
            for i in 0..N {
                // Exact comparisons of proved bounds (NaN fails).
                ok &= ro[i] <= go[i] && r[i] <= g[i];
                peak[i] = peak[i].max(r[i]);
            }
        }
        if ok { Ok(r) } else { Err(Some(peak)) }
    }
}

/// Iterate `sys` from the box `x0 ± r0` (exact midpoints, radii rounded up; `r0 = 0` for an
/// exact start) for `steps` steps in blocks (module docs: Jacobian enclosures once per block)
/// and return proved enclosures at `checkpoints` (sorted, each `≤ steps`). `progress` is called
/// with the current step about every 2¹⁶ steps.
pub fn run_blocks<T: Num, S: System<T>, const N: usize>(
    sys: &S,
    x0: &[BigRational],
    r0: &[f64],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    assert_eq!(sys.dim(), N);
    let basis = Basis::new(sys, N);
    // Constant `false` unless the test-only feature `mutant` is on (`mutation.rs`).
    let drop_delta = mutation::drops_local_error();
    let mut out = RunOutcome {
        checkpoints: Vec::new(),
        failure: None,
    };
    // Initial point: balls containing the exact rationals; their radii are the initial error.
    let start: [T; N] = std::array::from_fn(|i| T::from_rat(&x0[i]));
    let mut x = start.map(Num::point);
    // The initial error: the rounding of the midpoint plus the stated radius of the start box.
    let e0: [f64; N] = std::array::from_fn(|i| add_up(start[i].rad(), r0[i]));
    let mut rz = mv::<N>(&basis.wi_abs, &e0);
    let mut cps = checkpoints.iter().copied().peekable();
    let mut t = 0u64;
    let mut last_progress = 0u64;
    let mut deltas: Vec<[f64; N]> = Vec::new();
    loop {
        // Checkpoints at t (even) and at t + 1 (odd, from one step of the box).
        let eth = mv::<N>(&basis.w_abs, &rz);
        let stop = match drain_checkpoints(
            &mut cps,
            t,
            &mut out,
            || enclosure(t, &x, &eth),
            || odd_enclosure(sys, t, &x, &eth),
        ) {
            Next::Advance(stop) => stop,
            Next::End => break,
            Next::Lost => return out,
        };
        let k = block_len(t).min(stop - t);
        let (block, end) = Block::point_pass(sys, x, k, &mut deltas, drop_delta);
        let Some(r) = block.close(sys, &basis, rz) else {
            out.failure = Some((
                t,
                "could not close the error bound on a block (enclosure lost)".into(),
            ));
            return out;
        };
        rz = r;
        x = end;
        t += k;
        if t - last_progress >= 1 << 16 {
            progress(t);
            last_progress = t;
        }
    }
    end_run(out, &mut cps, t, steps, progress)
}

/// `|A|·v` rounded up, for a ball matrix `A` (`N×N`, row-major) and `v ≥ 0`.
#[inline(always)]
fn absmat_vec<const N: usize>(a: &[Ball], v: &[f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    for i in 0..N {
        let mut s = 0.0;
        for k in 0..N {
            s = add_up(s, mul_up(a[i * N + k].mag(), v[k]));
        }
        out[i] = s;
    }
    out
}

/// The ball matrix product `A·B` into `out` (`N×N`).
#[inline(always)]
fn matmul_into<const N: usize>(a: &[Ball], b: &[Ball], out: &mut [Ball]) {
    for i in 0..N {
        for k in 0..N {
            let mut s = a[i * N] * b[k];
            for j in 1..N {
                s = s + a[i * N + j] * b[j * N + k];
            }
            out[i * N + k] = s;
        }
    }
}

/// Iterate `sys` from the box `x0 ± r0` (as [`run_blocks`]) for `steps` steps with a Jacobian
/// enclosure per step (boxes around each single iterate: the tightest radii, at the cost of
/// three ball matrix products per two steps) and return proved enclosures at `checkpoints`
/// (sorted, each `≤ steps`). `progress` is called with the current step every 2¹⁶ steps.
pub fn run_per_step<T: Num, S: System<T>, const N: usize>(
    sys: &S,
    x0: &[BigRational],
    r0: &[f64],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    assert_eq!(sys.dim(), N);
    let ps = PerStep::<T, S, N>::new(sys);
    let mut out = RunOutcome {
        checkpoints: Vec::new(),
        failure: None,
    };
    let mut cps = checkpoints.iter().copied().peekable();
    let (mut x, mut rz) = ps.start(x0, r0);
    let zero_ball = Ball::new(0.0, 0.0);
    let mut j0 = [zero_ball; 64];
    let mut j1 = [zero_ball; 64];
    let mut t: u64 = 0;
    let domain_lost = "the enclosure left the domain of the reduced formulas";
    loop {
        let eth = ps.to_theta(&rz);
        if cps.peek() == Some(&t) {
            cps.next();
            out.checkpoints.push(enclosure(t, &x, &eth));
        }
        if t >= steps {
            break;
        }
        if t & 0xffff == 0 {
            progress(t);
        }
        // Step t → t+1.
        let Some((x1, d0)) = ps.half_step(&x, &eth, &mut j0[..N * N]) else {
            out.failure = Some((t, domain_lost.into()));
            break;
        };
        let mut rho1 = absmat_vec::<N>(&j0[..N * N], &eth);
        for i in 0..N {
            rho1[i] = add_up(rho1[i], d0[i]);
        }
        t += 1;
        if cps.peek() == Some(&t) {
            cps.next();
            if rho1.iter().all(|r| r.is_finite()) {
                out.checkpoints.push(enclosure(t, &x1, &rho1));
            }
        }
        if t >= steps {
            if !rho1.iter().all(|r| r.is_finite()) {
                out.failure = Some((t, "the error bound overflowed".into()));
            }
            break;
        }
        // Step t+1 → t+2.
        let Some((x2, d1)) = ps.half_step(&x1, &rho1, &mut j1[..N * N]) else {
            out.failure = Some((t, domain_lost.into()));
            break;
        };
        x = x2;
        rz = ps.propagate(&j0[..N * N], &j1[..N * N], &rz, &d0, &d1);
        t += 1;
        if !rz.iter().all(|r| r.is_finite()) {
            out.failure = Some((t, "the error bound overflowed (enclosure lost)".into()));
            break;
        }
    }
    progress(t.min(steps));
    if out.failure.is_none() && cps.peek().is_some() {
        out.failure = Some((t, "run ended before all checkpoints".into()));
    }
    out
}

/// The fixed parts of [`run_per_step`]: the system, the error basis `W`, `W⁻¹` (exact balls;
/// `None` = the identity) and the test-only mutation switches.
struct PerStep<'a, T, S, const N: usize> {
    sys: &'a S,
    basis: Option<(Vec<Ball>, Vec<Ball>)>,
    /// Constant `false` unless the test-only feature `mutant` is on (`mutation.rs`).
    drop_delta: bool,
    point_jacobians: bool,
    _t: std::marker::PhantomData<T>,
}

impl<'a, T: Num, S: System<T>, const N: usize> PerStep<'a, T, S, N> {
    fn new(sys: &'a S) -> Self {
        let basis = sys.basis().map(|(w, wi)| {
            let wb: Vec<Ball> = w.iter().map(Ball::from_rat).collect();
            let wib: Vec<Ball> = wi.iter().map(Ball::from_rat).collect();
            (wb, wib)
        });
        Self {
            sys,
            basis,
            drop_delta: mutation::drops_local_error(),
            point_jacobians: mutation::drops_mean_value_box(),
            _t: std::marker::PhantomData,
        }
    }

    /// The start: midpoints of balls containing the exact rationals `x0`, and the error radii
    /// (their radii plus `r0`) as `|z| ≤ rz` with `e = W z`.
    fn start(&self, x0: &[BigRational], r0: &[f64]) -> ([T; N], [f64; N]) {
        let mut x = [T::from_rat(&BigRational::default()); N];
        let mut e0 = [0.0f64; N];
        for i in 0..N {
            let b = T::from_rat(&x0[i]);
            x[i] = b.point();
            e0[i] = add_up(b.rad(), r0[i]);
        }
        let rz = match &self.basis {
            Some((_, wib)) => absmat_vec::<N>(wib, &e0),
            None => e0,
        };
        (x, rz)
    }

    /// The θ radii `|W|·rz`.
    fn to_theta(&self, rz: &[f64; N]) -> [f64; N] {
        match &self.basis {
            Some((wb, _)) => absmat_vec::<N>(wb, rz),
            None => *rz,
        }
    }

    /// One step from the midpoints `x` with error radii `rad`: encloses the Jacobian on the box
    /// `x ± rad` into `jac` and returns the next midpoints and the local rounding errors `d`
    /// (`None` if the box leaves the system's domain).
    fn half_step(
        &self,
        x: &[T; N],
        rad: &[f64; N],
        jac: &mut [Ball],
    ) -> Option<([T; N], [f64; N])> {
        let zero_ball = Ball::new(0.0, 0.0);
        let mut b = [zero_ball; N];
        for i in 0..N {
            // The widening of a midpoint to the box of the true iterate.
            b[i] = x[i].to_ball(if self.point_jacobians { 0.0 } else { rad[i] });
        }
        if !self.sys.domain_ok(&b) {
            return None;
        }
        self.sys.jac(&b, jac);
        let mut y = *x;
        self.sys.step(x, &mut y);
        let mut d = [0.0; N];
        for i in 0..N {
            d[i] = local_error(y[i], self.drop_delta);
            y[i] = y[i].point();
        }
        Some((y, d))
    }

    /// Two-step propagation: `z ← |W⁻¹ J̄₁ J̄₀ W| z + |W⁻¹|(|J̄₁| d₀ + d₁)` (rounded up).
    fn propagate(
        &self,
        j0: &[Ball],
        j1: &[Ball],
        rz: &[f64; N],
        d0: &[f64; N],
        d1: &[f64; N],
    ) -> [f64; N] {
        let zero_ball = Ball::new(0.0, 0.0);
        let mut m = [zero_ball; 64];
        let mut tmp = [zero_ball; 64];
        matmul_into::<N>(j1, j0, &mut m[..N * N]);
        let mut rhs = absmat_vec::<N>(j1, d0);
        for i in 0..N {
            rhs[i] = add_up(rhs[i], d1[i]);
        }
        if let Some((wb, wib)) = &self.basis {
            matmul_into::<N>(&m[..N * N], wb, &mut tmp[..N * N]);
            matmul_into::<N>(wib, &tmp[..N * N], &mut m[..N * N]);
            rhs = absmat_vec::<N>(wib, &rhs);
        }
        let prop = absmat_vec::<N>(&m[..N * N], rz);
        let mut out = [0.0; N];
        for i in 0..N {
            out[i] = add_up(prop[i], rhs[i]);
        }
        out
    }
}
