//! The fast path for the default mode: p = 2 / inner product at η = η_crit (h = ηY = 1),
//! f64 midpoint.
//!
//! - **Point iteration** in a compensated f64 format: each of ρ = r/Y and q = Q/Y is stored as an
//!   unevaluated sum `hi + lo`. The map is `ρ' = −ρ + corr(ρ, q)`, `corr = ρ(ρ(ρ − 1) − q)`, and
//!   `q' = q + m(ρ, q)`, `m = qρ(2 + ρ)`: the small corrections are evaluated from the `hi` parts
//!   and added with an exact `TwoSum`, so the stored iterate loses only `u·|lo|` per step plus
//!   the (relative `γ₄`) rounding of the small correction.
//! - **Local error bound** per step, cheap and rigorous (standard model `fl(a∘b) = (a∘b)(1+ε)`,
//!   `|ε| ≤ u = 2⁻⁵³`, `γ_k = ku/(1−ku)`; any underflow adds at most `2⁻¹⁰⁷⁵` per operation, all
//!   absorbed by a `2⁻¹⁰⁰⁰` term):
//!   `|δρ| ≤ γ₄|h|(|h|(|h|+1) + |q_h|) + |ρ_l|(2R + 3R² + Q) + |q_l|R + u|ℓ_ρ|`,
//!   `|δq| ≤ γ₃|q_h||h|(2+|h|) + |q_l|R(2+R) + |ρ_l|Q(2+2R) + u|ℓ_q|`,
//!   with `h = ρ_h`, `R = |ρ_h| + |ρ_l|`, `Q = |q_h| + |q_l|`, `ℓ` the rounded low-part sums; the
//!   second and third terms bound `corr(hi + lo) − corr(hi)` by the mean-value theorem. The bound
//!   is evaluated in round-to-nearest on nonnegative numbers (at most 13 roundings) and then
//!   multiplied by `1 + 32u`, which covers `(1 + u)^13`.
//! - **Error propagation by blocks.** Over a block of K steps (K even, `K ≈ √t/8`), pass 1 runs the
//!   point iteration and records the δ's and the hulls of the even and of the odd iterates. Boxes
//!   `B_e`, `B_o` (hulls widened by guessed error radii `g_e`, `g_o`) get ball Jacobians; pass 2
//!   runs `ρ_odd = |J(B_e)|ρ + δ`, `ρ ← |J(B_o)J(B_e)|ρ + |J(B_o)|δ_even + δ_odd` (rounded up) and
//!   checks `ρ_odd ≤ g_o`, `ρ ≤ g_e` at every step, which by induction proves that every true
//!   iterate lay in its box (so the mean-value matrices were enclosed). If a check fails the
//!   guesses are doubled and pass 2 repeated. Boxes over K ≲ √t steps are narrow enough that the
//!   two-step cancellation of the off-diagonal terms survives.

use num_rational::BigRational;

use super::ball::{Ball, Num, U, add_up, mul_up, rat_up};
use super::engine::{
    Hull, Next, RunOutcome, StateEnclosure, block_len, drain_checkpoints, end_run,
};
use super::mutation;
use super::systems::{Rq, System};
use crate::arith::parse::rational_from_f64;

const TINY: f64 = 9.332636185032189e-302; // 2⁻¹⁰⁰⁰
const INFL: f64 = 1.0 + 32.0 * U;

#[inline(always)]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    (s, e)
}

#[inline(always)]
fn bound(x: f64) -> f64 {
    (x * INFL).next_up() + TINY
}

/// One compensated step; returns the new state and the local error bounds.
///
/// This is [`crate::dynamics::NormalisedRq`] at `h = 1` fused by hand: the generic map over a
/// ball ring has a local error `O(u·|ρ|)` per step (`O(u·√T)` in sum), the compensated step one
/// of `O(u·|ρ|³ + u²|ρ|)`, summable over all t, at the cost of a few TwoSums. The test
/// `the_fused_step_agrees_with_the_generic_map` checks it against the generic map over the
/// same ball ring.
#[inline(always)]
fn step(s: [f64; 4]) -> ([f64; 4], f64, f64) {
    let [rh, rl, qh, ql] = s;
    let c = rh * ((rh * (rh - 1.0)) - qh);
    let (sr, er) = two_sum(-rh, c);
    let lr = er - rl;
    let (nrh, nrl) = two_sum(sr, lr);
    let m = qh * (rh * (2.0 + rh));
    let (sq, eq) = two_sum(qh, m);
    let lq = eq + ql;
    let (nqh, nql) = two_sum(sq, lq);
    let (ah, al, bh, bl) = (rh.abs(), rl.abs(), qh.abs(), ql.abs());
    let rr = ah + al;
    let qq = bh + bl;
    let dr = 5.0 * U * (ah * (ah * (ah + 1.0) + bh))
        + al * (2.0 * rr + 3.0 * rr * rr + qq)
        + bl * rr
        + U * lr.abs();
    let dq = 4.0 * U * (bh * ah * (2.0 + ah))
        + bl * rr * (2.0 + rr)
        + al * qq * (2.0 + 2.0 * rr)
        + U * lq.abs();
    ([nrh, nrl, nqh, nql], bound(dr), bound(dq))
}

fn mat_abs(a: &[Ball; 4]) -> [f64; 4] {
    [a[0].mag(), a[1].mag(), a[2].mag(), a[3].mag()]
}

#[inline(always)]
fn mv(a: &[f64; 4], v: [f64; 2]) -> [f64; 2] {
    [
        add_up(mul_up(a[0], v[0]), mul_up(a[1], v[1])),
        add_up(mul_up(a[2], v[0]), mul_up(a[3], v[1])),
    ]
}

fn enclosure(t: u64, s: &[f64; 4], rho: [f64; 2]) -> StateEnclosure {
    let r = |x: f64| rational_from_f64(x).expect("finite");
    let mr = r(s[0]) + r(s[1]);
    let mq = r(s[2]) + r(s[3]);
    let (er, eq) = (r(rho[0]), r(rho[1]));
    StateEnclosure {
        t,
        bounds: vec![(&mr - &er, &mr + &er), (&mq - &eq, &mq + &eq)],
        mid: vec![s[0], s[2]],
        rad: rho.to_vec(),
    }
}

/// Run the critical (ρ, q) system with h = 1 from the exact point `x0`.
pub fn run_fast(
    x0: &[BigRational; 2],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    let sys = Rq::<Ball>::new(&BigRational::from_integer(1.into()));
    // Constant `false` unless the test-only feature `mutant` is on (`mutation.rs`).
    let drop_delta = mutation::drops_local_error();
    let point_jacobians = mutation::drops_mean_value_box();
    let mut out = RunOutcome {
        checkpoints: Vec::new(),
        failure: None,
    };
    let (mut s, mut rho) = initial_state(x0);
    let mut cps = checkpoints.iter().copied().peekable();
    let mut t = 0u64;
    let mut last_progress = 0u64;
    loop {
        // Checkpoints at t (even) and at t + 1 (odd, from one ball step of the box).
        let stop = match drain_checkpoints(
            &mut cps,
            t,
            &mut out,
            || enclosure(t, &s, rho),
            || odd_checkpoint(&sys, t, &s, rho),
        ) {
            Next::Advance(stop) => stop,
            Next::End => break,
            Next::Lost => return out,
        };
        let k = block_len(t).min(stop - t);
        let pass = point_pass(s, k, drop_delta);
        let Some(r) = close_block(&sys, &pass, rho, point_jacobians) else {
            out.failure = Some((
                t,
                "could not close the error bound on a block (enclosure lost)".into(),
            ));
            return out;
        };
        rho = r;
        s = pass.end;
        t += k;
        if t - last_progress >= 1 << 16 {
            progress(t);
            last_progress = t;
        }
    }
    end_run(out, &mut cps, t, steps, progress)
}

/// The start as double-f64 midpoints: hi = nearest float, lo = nearest float of the
/// remainder, and the radius ρ ≥ |x₀ − (hi + lo)| rounded up.
fn initial_state(x0: &[BigRational; 2]) -> ([f64; 4], [f64; 2]) {
    let mut s = [0.0; 4];
    let mut rho = [0.0; 2];
    for (i, q) in x0.iter().enumerate() {
        let h = Ball::from_rat(q).m;
        let rem = q - rational_from_f64(h).expect("finite");
        let l = Ball::from_rat(&rem).m;
        let err = &rem - rational_from_f64(l).expect("finite");
        s[2 * i] = h;
        s[2 * i + 1] = l;
        rho[i] = rat_up(&num_traits::Signed::abs(&err));
    }
    (s, rho)
}

/// The enclosure at the odd step t + 1: one ball step of the box (s, ρ) at t, or `None` when
/// it leaves the domain or overflows.
fn odd_checkpoint(sys: &Rq<Ball>, t: u64, s: &[f64; 4], rho: [f64; 2]) -> Option<StateEnclosure> {
    let b = [
        Ball::new(s[0], 0.0) + Ball::new(s[1], rho[0]),
        Ball::new(s[2], 0.0) + Ball::new(s[3], rho[1]),
    ];
    let mut y = [Ball::new(0.0, 0.0); 2];
    sys.step(&b, &mut y);
    if !(y[0].r.is_finite() && y[1].r.is_finite() && sys.domain_ok(&b)) {
        return None;
    }
    let q = |x: f64| rational_from_f64(x).expect("finite");
    Some(StateEnclosure {
        t: t + 1,
        bounds: y
            .iter()
            .map(|v| (q(v.m) - q(v.r), q(v.m) + q(v.r)))
            .collect(),
        mid: vec![y[0].m, y[1].m],
        rad: vec![y[0].r, y[1].r],
    })
}

/// Pass 1 of a block: the double-f64 point iteration over k steps with the local errors δ
/// of every step and the hulls of the midpoints at even and odd steps.
struct PointPass {
    /// The midpoint after k steps.
    end: [f64; 4],
    /// Per step, the local errors (δ_r, δ_Q).
    deltas: Vec<[f64; 2]>,
    /// Σ δ over the block, rounded up.
    sum: [f64; 2],
    /// Hulls of the (r, Q) midpoints at even steps (`even`) and odd steps (`odd`).
    even: [Hull; 2],
    odd: [Hull; 2],
}

fn point_pass(s: [f64; 4], k: u64, drop_delta: bool) -> PointPass {
    let mut even = [Hull::EMPTY, Hull::EMPTY];
    let mut odd = [Hull::EMPTY, Hull::EMPTY];
    even[0].add(Ball::new(s[0], s[1].abs()));
    even[1].add(Ball::new(s[2], s[3].abs()));
    let mut cur = s;
    let mut sum = [0.0f64; 2];
    let mut deltas = Vec::with_capacity(k as usize);
    for i in 0..k {
        let (n, dr, dq) = step(cur);
        let (dr, dq) = if drop_delta { (0.0, 0.0) } else { (dr, dq) };
        deltas.push([dr, dq]);
        sum = [add_up(sum[0], dr), add_up(sum[1], dq)];
        cur = n;
        let h = if i % 2 == 0 { &mut odd } else { &mut even };
        h[0].add(Ball::new(cur[0], cur[1].abs()));
        h[1].add(Ball::new(cur[2], cur[3].abs()));
    }
    PointPass {
        end: cur,
        deltas,
        sum,
        even,
        odd,
    }
}

/// Pass 2 of a block: the mean-value bound of the distance between the true iterates and the
/// midpoints, ρ_{i+2} ≤ |J_o J_e| ρ_i + |J_o| δ_i + δ_{i+1}, with the Jacobians enclosed over
/// the hulls widened by guessed radii g (doubled on failure, at most 40 times). Returns ρ at
/// the block's end, or `None` when no guess closes.
fn close_block(
    sys: &Rq<Ball>,
    pass: &PointPass,
    rho: [f64; 2],
    point_jacobians: bool,
) -> Option<[f64; 2]> {
    // The widening of the hull of the midpoints to the box of the true iterates.
    let widen = |g: f64| if point_jacobians { 0.0 } else { g };
    let mut g = [
        add_up(mul_up(rho[0], 1.0 + 1.0 / 64.0), mul_up(pass.sum[0], 4.0)),
        add_up(mul_up(rho[1], 1.0 + 1.0 / 64.0), mul_up(pass.sum[1], 4.0)),
    ];
    let maxd = pass
        .deltas
        .iter()
        .step_by(2)
        .fold([0.0f64; 2], |a, d| [a[0].max(d[0]), a[1].max(d[1])]);
    for _attempt in 0..40 {
        let be = [
            pass.even[0].ball(widen(g[0])),
            pass.even[1].ball(widen(g[1])),
        ];
        let mut je = [Ball::new(0.0, 0.0); 4];
        sys.jac(&be, &mut je);
        let ae = mat_abs(&je);
        let go = mv(&ae, g);
        let go = [add_up(go[0], maxd[0]), add_up(go[1], maxd[1])];
        let bo = [
            pass.odd[0].ball(widen(go[0])),
            pass.odd[1].ball(widen(go[1])),
        ];
        let in_domain = sys.domain_ok(&be) && sys.domain_ok(&bo);
        if !(in_domain && go[0].is_finite() && go[1].is_finite()) {
            return None;
        }
        let mut jo = [Ball::new(0.0, 0.0); 4];
        sys.jac(&bo, &mut jo);
        let ao = mat_abs(&jo);
        let prod = [
            jo[0] * je[0] + jo[1] * je[2],
            jo[0] * je[1] + jo[1] * je[3],
            jo[2] * je[0] + jo[3] * je[2],
            jo[2] * je[1] + jo[3] * je[3],
        ];
        let m = mat_abs(&prod);
        let mut r = rho;
        let mut ok = true;
        let mut peak = [0.0f64; 2];
        for pair in pass.deltas.chunks_exact(2) {
            let ro = mv(&ae, r);
            let ro = [add_up(ro[0], pair[0][0]), add_up(ro[1], pair[0][1])];
            let a = mv(&m, r);
            let b = mv(&ao, pair[0]);
            r = [
                add_up(add_up(a[0], b[0]), pair[1][0]),
                add_up(add_up(a[1], b[1]), pair[1][1]),
            ];
            // Exact comparisons of proved bounds (NaN fails).
            ok &= ro[0] <= go[0] && ro[1] <= go[1] && r[0] <= g[0] && r[1] <= g[1];
            peak = [peak[0].max(r[0]), peak[1].max(r[1])];
        }
        if ok {
            return Some(r);
        }
        g = [
            mul_up(peak[0].max(g[0]), 2.0),
            mul_up(peak[1].max(g[1]), 2.0),
        ];
        if !(g[0].is_finite() && g[1].is_finite()) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, Scalar};
    use crate::dynamics::{Map, NormalisedRq};
    use num_traits::Signed;

    /// The fused step against the generic map it fuses, [`NormalisedRq`] at h = 1, over the
    /// same ball ring and exactly: the exact image lies within δ of `hi + lo` and in the generic
    /// map's ball, and δ is below that ball's radius (the reason for fusing).
    #[test]
    fn the_fused_step_agrees_with_the_generic_map() {
        let map = NormalisedRq::new(BigRational::from_integer(1.into()));
        let r = |x: f64| rational_from_f64(x).unwrap();
        for s in [
            [0.0312, 1.1e-19, 0.0017, -3.0e-21],
            [-0.0041, -2.0e-20, 0.00021, 4.0e-22],
            [0.2, 0.0, 0.05, 0.0],
        ] {
            let (n, dr, dq) = step(s);
            let balls = [
                Ball::new(s[0], 0.0) + Ball::new(s[1], 0.0),
                Ball::new(s[2], 0.0) + Ball::new(s[3], 0.0),
            ];
            let mut generic = balls;
            map.constants(Ball::from_rat).step(&balls, &mut generic);
            let x: Vec<RationalInterval> = [r(s[0]) + r(s[1]), r(s[2]) + r(s[3])]
                .iter()
                .map(|v| RationalInterval::from_rational(v, &()))
                .collect();
            let exact = map.step(&x, &());
            for (i, d) in [(0, dr), (1, dq)] {
                let (e, e_hi) = exact[i].bounds().unwrap();
                assert_eq!(e, e_hi);
                let fused = r(n[2 * i]) + r(n[2 * i + 1]);
                assert!((&e - &fused).abs() <= r(d), "{s:?}, coordinate {i}: fused");
                let g = generic[i];
                assert!(
                    (&e - r(g.m)).abs() <= r(g.r),
                    "{s:?}, coordinate {i}: generic"
                );
                assert!(d < g.r, "{s:?}, coordinate {i}: δ = {d:e}, ball {:e}", g.r);
            }
        }
    }
}
