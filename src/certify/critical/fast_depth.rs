//! The fast path for the depth-p factorisation at the critical learning rate: `y = 1`,
//! expansion centre `c = 1`, `η = 2/p` (the default `f64` midpoint; also the rescaled run of an
//! irrational η_crit, which iterates exactly this map), `2 ≤ p ≤ 8`.
//!
//! GD on `ℓ = ½(θ₁⋯θ_p − 1)²` in deviation coordinates `w = θ − 1` reads
//! `w'_i = w_i − η·res·π_i` with `res = ∏(1 + w_k) − 1` and `π_i = ∏_{k≠i}(1 + w_k)`. Writing
//! `e₁ = Σ_k w_k`, `Q = res − e₁` (degree ≥ 2) and `G_i = π_i − 1` (degree ≥ 1),
//!
//! ```text
//! w'_i = w_i − η·e₁ − η·Φ_i,     Φ_i = Q + res·G_i.
//! ```
//!
//! Near the flattest minimum `|w| ~ t^{−1/2}`: the linear part `η·e₁` is as large as `w`, the
//! nonlinear part `ηΦ_i` is `O(|w|²) = O(1/t)`. The linear part is evaluated in double-f64
//! (error `O(u²|w|)`), the nonlinear part in plain f64 from the high parts (error `O(u|w|²)`),
//! so the local error per step is `O(u/t)` and sums to `O(u·log T)`.
//!
//! # The point step (midpoint `x_i = h_i + l_i`, two f64 per coordinate)
//! Standard model: `fl(a ∘ b) = (a ∘ b)(1 + ε)`, `|ε| ≤ u = 2⁻⁵³`, `γ_n = nu/(1 − nu) ≤ (n+1)u`
//! for `n ≤ 100`; `TwoSum(a, b) = (s, e)` with `s + e = a + b` exactly; `TwoProd(a, b) =
//! (a·b, fma(a, b, −a·b))` exact up to underflow. `η = η_h + η_l + ε_η` (exact rationals, with
//! proved bounds of `|ε_η|` and `|η − η_h|`).
//! 1. **Linear part.** `s = Σ h_k` by a TwoSum chain with errors `e_k` (exact), `c = fl(Σ e_k +
//!    Σ l_k)` summed left to right (`2p − 1` terms: `|c − Σ| ≤ γ_{2p−2}·Σ(|e_k| + |l_k|)`), so
//!    `e₁(x) = s + c + ε_c`. `(L_h, π_e) = TwoProd(η_h, s)`, `L_l = fl(fl(π_e + fl(η_h c)) +
//!    fl(η_l s))`. Then `|η e₁(x) − L_h − L_l| ≤ E_L` with
//!    `E_L = γ₃(|π_e| + |η_h||c| + |η_l||s|) + |η_l||c| + (|η_h| + |η_l|)·γ_{2p−2}·Σ(|e_k| + |l_k|)
//!    + |ε_η|·Σ(|h_k| + |l_k|)`.
//! 2. **Nonlinear part** from `h` only: prefix products `A_{k+1} = fl(fl(A_k + h_k) + t_k)`,
//!    `t_k = fl(A_k h_k)`, `Q̂ = A2_p` with `A2_{k+1} = fl(A2_k + t_k)` (the degree ≥ 2 part,
//!    never formed as a difference), suffix products `B_k = fl(fl(B_{k+1} + h_k) + fl(B_{k+1}
//!    h_k))`, `Ĝ_i = fl(fl(A_i + B_{i+1}) + fl(A_i B_{i+1}))` (`(1 + A_i)(1 + B_{i+1}) = π_i`),
//!    `N̂_i = fl(η_h·fl(Q̂ + fl(Â_p Ĝ_i)))`. *Rounding:* for an expression of `+`, `×` computed
//!    in floating point, `|fl(E) − E| ≤ γ_d·Ẽ`, where `Ẽ` is the expression on the absolute
//!    values of its leaves and `d` its product depth (`d(a + b) = max(d_a, d_b) + 1`,
//!    `d(a·b) = d_a + d_b + 1`; induction with `(1 + γ_a)(1 + γ_b)(1 + u) ≤ 1 + γ_{a+b+1}` and
//!    `γ_k(1 + u) + u ≤ γ_{k+1}`, Higham Lemma 3.3). Here `d(A_k), d(A2_k) ≤ 2k`,
//!    `d(B_k) ≤ 2(p − k)`, `d(Ĝ_i) ≤ 2p`, `d(N̂_i) ≤ 4p + 3`. On `|h|` the recursions are exact
//!    products: with `m = max|h_k|`, `Q̃ = ∏(1 + |h_k|) − 1 − Σ|h_k| ≤ C(p,2)m²(1 + m)^{p−2}`
//!    (`C(p,k) ≤ C(p,2)C(p−2,k−2)`), `Ã_p ≤ pm(1 + m)^{p−1}`, `G̃_i ≤ (p − 1)m(1 + m)^{p−2}`
//!    (mean-value theorem), so `Φ̃ := Q̃ + Ã_pG̃ ≥ |Φ_i(h)|` and
//!    `|η_hΦ_i(h) − N̂_i| ≤ γ_{4p+3}|η_h|Φ̃`. *Low parts:* on the segment from `h` to `x`,
//!    `|w_k| ≤ W := m + max|l_k|`, and `∂_kΦ_i = G_k + π_kG_i + res·∂_kG_i` is bounded by
//!    `D = g + (1 + W)^{p−1}g + pW(1 + W)^{2p−3}`, `g = (p − 1)W(1 + W)^{p−2}`, so
//!    `|Φ_i(x) − Φ_i(h)| ≤ D·Σ|l_k|`. Together
//!    `|ηΦ_i(x) − N̂_i| ≤ |η|·D·Σ|l_k| + |η − η_h|·Φ̃ + γ_{4p+3}|η_h|Φ̃`.
//! 3. **Update.** `(a_i, a_e) = TwoSum(h_i, −L_h)`, `λ_i = fl(fl(fl(a_e + l_i) − L_l) − N̂_i)`,
//!    `(h'_i, l'_i) = TwoSum(a_i, λ_i)`. Then `h'_i + l'_i = x_i − L_h − L_l − N̂_i + ε_λ` with
//!    `|ε_λ| ≤ γ₃(|a_e| + |l_i| + |L_l| + |N̂_i|)`, hence
//!    `|F(x)_i − (h'_i + l'_i)| ≤ E_L + |ηΦ_i(x) − N̂_i| + |ε_λ| =: δ` (one bound for every i,
//!    the maximum over i of the last term).
//! 4. **Evaluating δ.** Every term is a `+`/`×` expression of product depth ≤ 120 in nonnegative
//!    floats, nondecreasing in each of its inputs, so its exact value is at most the computed
//!    one times `(1 + u)^{120} ≤ 1 + 128u`; the sum is multiplied by `1 + 128u` and raised by
//!    `next_up`. *Underflow:* sums and TwoSum are exact in gradual underflow; each of the fewer
//!    than `2⁷` products (and the FMA of TwoProd) adds at most `2⁻¹⁰⁷⁵` absolutely, propagated
//!    through at most `2p + 2` further products by factors of size `≤ 1 + W ≤ 3/2`, `|η| ≤ 1`,
//!    and through the bound's own arithmetic likewise: all of it is below `2⁻¹⁰⁴⁰` and covered
//!    by the added `2⁻¹⁰⁰⁰` (twice). This needs `W ≤ 2/5`, checked every step (computed
//!    `W ≤ 0.4` implies the exact one `≤ 0.4(1 + u)^2 < 1/2`); beyond it the run stops unverified.
//!
//! # Error propagation
//! As in the block driver (`engine.rs`): blocks of `K ≈ √t/8` steps; pass 1 runs the point
//! iteration and records the hulls of the even and odd midpoints and the largest δ of the
//! even steps (`δ_e`) and of the odd steps (`δ_o`); pass 2 encloses `J(B_e)`, `J(B_o)` on the
//! hulls widened by guessed radii (`|W|g` and `g_o = |J(B_e)||W|g + δ_e`) and
//! `M = W⁻¹J(B_o)J(B_e)W` in ball arithmetic, and runs `r ← |M|r + c`,
//! `c = |W⁻¹|(|J(B_o)|δ_e + δ_o)` (rounded up), which bounds `|z|` at every even step while
//! the true iterates lie in the boxes; checking `r ≤ g` after every pair (which also gives the
//! odd radii `|J(B_e)||W|r + δ_e ≤ g_o`) proves by induction that they did. On failure the
//! guesses are doubled (at most 40 times). The
//! per-step cost of pass 2 is one `p×p` float matrix–vector product per two steps.

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::ball::{Ball, Num, U, add_up, mul_up, rat_up};
use super::engine::{Hull, RunOutcome, StateEnclosure, block_len};
use super::mutation;
use super::systems::{System, Theta};
use crate::arith::parse::rational_from_f64;

/// The name of this midpoint format in certificates.
pub const NAME: &str = "double-f64";
/// The largest depth.
const MAXP: usize = 8;
/// `2⁻¹⁰⁰⁰`: covers every underflow (module docs, step 4).
const TINY: f64 = 9.332636185032189e-302;
/// `1 + 128u`: covers the rounding of the bound's evaluation (module docs, step 4).
const INFL: f64 = 1.0 + 128.0 * U;
/// The domain `W ≤ 0.4` of the underflow argument.
const W_MAX: f64 = 0.4;

/// Whether the fast path runs this problem: depth `2..=8`, `c = 1`, `y = 1`, `η = 2/p`
/// exactly, and a start with `|w_i| + r_i ≤ 1/4`.
pub fn applies(
    p: usize,
    c: &BigRational,
    y: &BigRational,
    eta: &BigRational,
    w0: &[BigRational],
    r0: &[f64],
) -> bool {
    let quarter = BigRational::new(1.into(), 4.into());
    (2..=MAXP).contains(&p)
        && w0.len() == p
        && r0.len() == p
        && c.is_one()
        && y.is_one()
        && *eta == BigRational::new(2.into(), (p as i64).into())
        && w0.iter().zip(r0).all(|(w, &r)| {
            r.is_finite()
                && r >= 0.0
                && rational_from_f64(r).is_some_and(|r| w.abs() + r <= quarter)
        })
}

/// The constants of one run (module docs for the names).
struct Consts {
    /// `η_h`, `η_l`.
    eh: f64,
    el: f64,
    /// `≥ |η|`, `≥ |η − η_h|`, `≥ |η − η_h − η_l|`, `≥ |η_h| + |η_l|`.
    eta_up: f64,
    eta_h_err: f64,
    eta_hl_err: f64,
    eta_sum: f64,
    /// Upper bounds of `γ₃`, `γ_{2p−2}`, `γ_{4p+3}`.
    g3: f64,
    gsum: f64,
    gn: f64,
    /// `C(p, 2)`, `p`, `p − 1` as floats (exact).
    binom2: f64,
    pf: f64,
    pm1: f64,
}

impl Consts {
    fn new(p: usize, eta: &BigRational) -> Consts {
        let eh = Ball::from_rat(eta).m;
        let rem = eta - rational_from_f64(eh).expect("finite");
        let el = Ball::from_rat(&rem).m;
        let rem2 = &rem - rational_from_f64(el).expect("finite");
        // γ_n ≤ (n + 1)u for n ≤ 100 (exact products of small integers and a power of two).
        let gamma = |n: usize| (n as f64 + 1.0) * U;
        Consts {
            eh,
            el,
            eta_up: rat_up(&eta.abs()),
            eta_h_err: rat_up(&rem.abs()),
            eta_hl_err: rat_up(&rem2.abs()),
            eta_sum: add_up(eh.abs(), el.abs()),
            g3: gamma(3),
            gsum: gamma(2 * p - 2),
            gn: gamma(4 * p + 3),
            binom2: (p * (p - 1) / 2) as f64,
            pf: p as f64,
            pm1: (p - 1) as f64,
        }
    }
}

#[inline(always)]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `x^k` for small `k` (float, round to nearest; covered by the bound's inflation).
#[inline(always)]
fn powi(x: f64, k: usize) -> f64 {
    let mut r = 1.0;
    for _ in 0..k {
        r *= x;
    }
    r
}

/// One double-f64 step of the `N`-dimensional map from `(h, l)`: the new state and the local
/// error bound δ of every coordinate (module docs; `+∞` outside the domain `W ≤ 0.4`).
#[inline(always)]
fn step<const N: usize>(k: &Consts, h: &[f64; N], l: &[f64; N]) -> ([f64; N], [f64; N], f64) {
    // 1. Linear part.
    let mut s = h[0];
    let mut c = l[0];
    let mut c_abs = l[0].abs();
    for i in 1..N {
        let (t, e) = two_sum(s, h[i]);
        s = t;
        c = (c + e) + l[i];
        c_abs = (c_abs + e.abs()) + l[i].abs();
    }
    let lh = k.eh * s;
    let pe = k.eh.mul_add(s, -lh);
    let ll = (pe + k.eh * c) + k.el * s;
    // 2. Nonlinear part from the high parts.
    let mut pa = [0.0f64; MAXP + 1];
    let mut a2 = 0.0f64;
    for i in 0..N {
        let t = pa[i] * h[i];
        a2 += t;
        pa[i + 1] = (pa[i] + h[i]) + t;
    }
    let res = pa[N];
    let mut sb = [0.0f64; MAXP + 1];
    for i in (0..N).rev() {
        sb[i] = (sb[i + 1] + h[i]) + sb[i + 1] * h[i];
    }
    // 3. Update.
    let mut nh = [0.0; N];
    let mut nl = [0.0; N];
    let mut loc = 0.0f64;
    let mut m = 0.0f64;
    let mut lmax = 0.0f64;
    let mut l_sum = 0.0f64;
    let mut x_sum = 0.0f64;
    for i in 0..N {
        let (ai, bi) = (pa[i], sb[i + 1]);
        let g = (ai + bi) + ai * bi;
        let n = k.eh * (a2 + res * g);
        let (a, ae) = two_sum(h[i], -lh);
        let lam = ((ae + l[i]) - ll) - n;
        let (x, y) = two_sum(a, lam);
        nh[i] = x;
        nl[i] = y;
        loc = loc.max((ae.abs() + l[i].abs()) + n.abs());
        m = m.max(h[i].abs());
        lmax = lmax.max(l[i].abs());
        l_sum += l[i].abs();
        x_sum += h[i].abs() + l[i].abs();
    }
    // 4. The bound.
    let w = m + lmax;
    if !(w <= W_MAX && loc.is_finite()) {
        return (nh, nl, f64::INFINITY);
    }
    let e_l = k.g3 * ((pe.abs() + k.eh.abs() * c.abs()) + k.el.abs() * s.abs())
        + k.el.abs() * c.abs()
        + k.eta_sum * k.gsum * c_abs
        + k.eta_hl_err * x_sum;
    let am2 = powi(1.0 + m, N - 2);
    let qt = k.binom2 * (m * m) * am2;
    let rt = k.pf * m * (am2 * (1.0 + m));
    let gt = k.pm1 * m * am2;
    let phi = qt + rt * gt;
    let b = 1.0 + w;
    let bm2 = powi(b, N - 2);
    let bm1 = bm2 * b;
    let gg = k.pm1 * w * bm2;
    let d = (gg + bm1 * gg) + k.pf * w * (bm1 * bm2);
    let raw = e_l
        + k.eta_up * d * l_sum
        + k.eta_h_err * phi
        + k.gn * k.eh.abs() * phi
        + k.g3 * (loc + ll.abs())
        + TINY;
    (nh, nl, (raw * INFL).next_up() + TINY)
}

/// `|A|·v` rounded up (`N×N` row-major, entries ≥ 0, `v ≥ 0`).
#[inline(always)]
fn mv<const N: usize>(a: &[f64], v: &[f64; N]) -> [f64; N] {
    std::array::from_fn(|i| {
        let mut s = 0.0;
        for j in 0..N {
            s = add_up(s, mul_up(a[i * N + j], v[j]));
        }
        s
    })
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

fn abs_mat(a: &[Ball]) -> Vec<f64> {
    a.iter().map(|b| b.mag()).collect()
}

/// The error basis `W`, `W⁻¹` (exact balls) and `|W|`, `|W⁻¹|`.
struct Basis {
    w: Vec<Ball>,
    wi: Vec<Ball>,
    w_abs: Vec<f64>,
    wi_abs: Vec<f64>,
}

/// Pass 1 of a block: the hulls and the largest local errors of even and odd steps.
struct Pass<const N: usize> {
    even: [Hull; N],
    odd: [Hull; N],
    de: f64,
    d_odd: f64,
    end: ([f64; N], [f64; N]),
}

fn point_pass<const N: usize>(k: &Consts, h: [f64; N], l: [f64; N], len: u64) -> Pass<N> {
    let mut even = [Hull::EMPTY; N];
    let mut odd = [Hull::EMPTY; N];
    for i in 0..N {
        even[i].add(Ball::new(h[i], l[i].abs()));
    }
    let (mut h, mut l) = (h, l);
    let (mut de, mut d_odd) = (0.0f64, 0.0f64);
    let mut bad = false;
    for s in 0..len {
        let (nh, nl, d) = step::<N>(k, &h, &l);
        // `!(d < ∞)` also catches NaN, which `max` would drop.
        bad |= !(d < f64::INFINITY);
        if s % 2 == 0 {
            de = de.max(d);
        } else {
            d_odd = d_odd.max(d);
        }
        h = nh;
        l = nl;
        let hull = if s % 2 == 0 { &mut odd } else { &mut even };
        for i in 0..N {
            hull[i].add(Ball::new(h[i], l[i].abs()));
        }
    }
    if bad {
        de = f64::INFINITY;
    }
    Pass {
        even,
        odd,
        de,
        d_odd,
        end: (h, l),
    }
}

/// Pass 2 (module docs): `Some(r)`, the proved bound of `|z|` at the block's end, or `None`.
fn close_block<const N: usize>(
    sys: &Theta<Ball>,
    basis: &Basis,
    pass: &Pass<N>,
    rz: [f64; N],
    pairs: u64,
) -> Option<[f64; N]> {
    if !(pass.de.is_finite() && pass.d_odd.is_finite()) {
        return None;
    }
    let (de, d_odd) = ([pass.de; N], [pass.d_odd; N]);
    let sum_z = mv::<N>(&basis.wi_abs, &std::array::from_fn(|_| add_up(de[0], d_odd[0])));
    let n = pairs as f64;
    let mut g: [f64; N] = std::array::from_fn(|i| {
        add_up(
            mul_up(rz[i], 1.0 + 1.0 / 64.0),
            mul_up(mul_up(sum_z[i], n), 4.0),
        )
    });
    for _attempt in 0..40 {
        let g_th = mv::<N>(&basis.w_abs, &g);
        let be: [Ball; N] = std::array::from_fn(|i| pass.even[i].ball(g_th[i]));
        let mut je = vec![Ball::new(0.0, 0.0); N * N];
        sys.jac(&be, &mut je);
        let aw = {
            let a = abs_mat(&je);
            let mut out = vec![0.0; N * N];
            for i in 0..N {
                for j in 0..N {
                    let mut s = 0.0;
                    for q in 0..N {
                        s = add_up(s, mul_up(a[i * N + q], basis.w_abs[q * N + j]));
                    }
                    out[i * N + j] = s;
                }
            }
            out
        };
        let ag = mv::<N>(&aw, &g);
        let go: [f64; N] = std::array::from_fn(|i| add_up(ag[i], de[i]));
        if !go.iter().all(|v| v.is_finite()) {
            return None;
        }
        let bo: [Ball; N] = std::array::from_fn(|i| pass.odd[i].ball(go[i]));
        let mut jo = vec![Ball::new(0.0, 0.0); N * N];
        sys.jac(&bo, &mut jo);
        let m = abs_mat(&matmul::<N>(
            &basis.wi,
            &matmul::<N>(&matmul::<N>(&jo, &je), &basis.w),
        ));
        let jo_d = mv::<N>(&abs_mat(&jo), &de);
        let cvec = mv::<N>(
            &basis.wi_abs,
            &std::array::from_fn(|i| add_up(jo_d[i], d_odd[i])),
        );
        let mut r = rz;
        let mut ok = true;
        let mut peak = [0.0f64; N];
        for _ in 0..pairs {
            let a = mv::<N>(&m, &r);
            r = std::array::from_fn(|i| add_up(a[i], cvec[i]));
            // Exact comparisons of proved bounds (NaN fails); r ≤ g also gives the odd radii
            // |J_e||W|r + δ_e ≤ g_o (monotone in r).
            for i in 0..N {
                ok &= r[i] <= g[i];
                peak[i] = peak[i].max(r[i]);
            }
        }
        if ok {
            return Some(r);
        }
        let r = peak;
        g = std::array::from_fn(|i| mul_up(r[i].max(g[i]), 2.0));
        if !g.iter().all(|v| v.is_finite()) {
            return None;
        }
    }
    None
}

/// The enclosure `h + l ± rad` (exact endpoints).
fn enclosure<const N: usize>(t: u64, h: &[f64; N], l: &[f64; N], rad: &[f64; N]) -> StateEnclosure {
    let q = |x: f64| rational_from_f64(x).expect("finite");
    StateEnclosure {
        t,
        bounds: (0..N)
            .map(|i| {
                let m = q(h[i]) + q(l[i]);
                let r = q(rad[i]);
                (&m - &r, &m + &r)
            })
            .collect(),
        mid: h.to_vec(),
        rad: rad.to_vec(),
    }
}

/// The enclosure at the odd step t + 1: one ball step of the box `h + l ± eth` at t.
fn odd_enclosure<const N: usize>(
    sys: &Theta<Ball>,
    t: u64,
    h: &[f64; N],
    l: &[f64; N],
    eth: &[f64; N],
) -> Option<StateEnclosure> {
    let b: [Ball; N] = std::array::from_fn(|i| Ball::new(h[i], 0.0) + Ball::new(l[i], eth[i]));
    let mut y = [Ball::new(0.0, 0.0); N];
    System::<Ball>::step(sys, &b, &mut y);
    if !y.iter().all(|v| v.r.is_finite() && v.m.is_finite()) {
        return None;
    }
    let q = |x: f64| rational_from_f64(x).expect("finite");
    Some(StateEnclosure {
        t: t + 1,
        bounds: y
            .iter()
            .map(|v| (q(v.m) - q(v.r), q(v.m) + q(v.r)))
            .collect(),
        mid: y.iter().map(|v| v.m).collect(),
        rad: y.iter().map(|v| v.r).collect(),
    })
}

/// Run GD for `ℓ = ½(θ₁⋯θ_p − 1)²` at `η = 2/p` (the caller checks [`applies`]) in deviation
/// coordinates `w = θ − 1` from the box `w0 ± r0` for `steps` steps, and return proved
/// enclosures of `w` at `checkpoints` (sorted, each `≤ steps`). `progress` is called with the
/// current step about every 2¹⁶ steps.
pub fn run(
    p: usize,
    w0: &[BigRational],
    r0: &[f64],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    // (Constant `false` unless the test-only feature `mutant` is on, `mutation.rs`.)
    let drop = mutation::drops_local_error();
    match p {
        2 => run_n::<2>(w0, r0, steps, checkpoints, progress, drop),
        3 => run_n::<3>(w0, r0, steps, checkpoints, progress, drop),
        4 => run_n::<4>(w0, r0, steps, checkpoints, progress, drop),
        5 => run_n::<5>(w0, r0, steps, checkpoints, progress, drop),
        6 => run_n::<6>(w0, r0, steps, checkpoints, progress, drop),
        7 => run_n::<7>(w0, r0, steps, checkpoints, progress, drop),
        8 => run_n::<8>(w0, r0, steps, checkpoints, progress, drop),
        _ => RunOutcome {
            checkpoints: Vec::new(),
            failure: Some((0, "the double-f64 path takes depths 2 to 8".into())),
        },
    }
}

/// The start as double-f64 midpoints (`h` nearest, `l` nearest of the remainder) and the
/// radius `≥ |w0 − (h + l)| + r0` per coordinate.
fn initial<const N: usize>(w0: &[BigRational], r0: &[f64]) -> ([f64; N], [f64; N], [f64; N]) {
    let mut h = [0.0; N];
    let mut l = [0.0; N];
    let mut e = [0.0; N];
    for i in 0..N {
        h[i] = Ball::from_rat(&w0[i]).m;
        let rem = &w0[i] - rational_from_f64(h[i]).unwrap_or_else(BigRational::zero);
        l[i] = Ball::from_rat(&rem).m;
        let err = &rem - rational_from_f64(l[i]).unwrap_or_else(BigRational::zero);
        e[i] = add_up(rat_up(&err.abs()), r0[i]);
    }
    (h, l, e)
}

/// [`run`] for depth `N`; `drop` zeroes the local errors (the mutation check only).
pub(super) fn run_n<const N: usize>(
    w0: &[BigRational],
    r0: &[f64],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
    drop: bool,
) -> RunOutcome {
    let one = BigRational::one();
    let eta = BigRational::new(2.into(), (N as i64).into());
    let sys = Theta::<Ball>::new(N, &one, &one, &eta);
    let k = Consts::new(N, &eta);
    let (w, wi) = System::<Ball>::basis(&sys).expect("the basis W is invertible");
    let (w, wi): (Vec<Ball>, Vec<Ball>) = (
        w.iter().map(Ball::from_rat).collect(),
        wi.iter().map(Ball::from_rat).collect(),
    );
    let basis = Basis {
        w_abs: abs_mat(&w),
        wi_abs: abs_mat(&wi),
        w,
        wi,
    };
    let mut out = RunOutcome {
        checkpoints: Vec::new(),
        failure: None,
    };
    let (mut h, mut l, e0) = initial::<N>(w0, r0);
    let mut rz = mv::<N>(&basis.wi_abs, &e0);
    let mut cps = checkpoints.iter().copied().peekable();
    let mut t = 0u64;
    let mut last_progress = 0u64;
    loop {
        let eth = mv::<N>(&basis.w_abs, &rz);
        // Checkpoints at t (even) and at t + 1 (odd, from one ball step of the box).
        while let Some(&cp) = cps.peek() {
            if cp == t {
                out.checkpoints.push(enclosure(t, &h, &l, &eth));
            } else if cp == t + 1 {
                match odd_enclosure(&sys, t, &h, &l, &eth) {
                    Some(e) => out.checkpoints.push(e),
                    None => {
                        out.failure = Some((t + 1, "the enclosure was lost".into()));
                        return out;
                    }
                }
            } else {
                break;
            }
            cps.next();
        }
        let stop = match cps.peek() {
            Some(&cp) => cp & !1,
            None => break,
        };
        if stop <= t {
            break;
        }
        let len = block_len(t).min(stop - t);
        let mut pass = point_pass::<N>(&k, h, l, len);
        if drop && pass.de.is_finite() {
            (pass.de, pass.d_odd) = (0.0, 0.0);
        }
        let Some(r) = close_block::<N>(&sys, &basis, &pass, rz, len / 2) else {
            out.failure = Some((
                t,
                "could not close the error bound on a block (enclosure lost, or |θ − 1| > 0.4)"
                    .into(),
            ));
            return out;
        };
        rz = r;
        (h, l) = pass.end;
        t += len;
        if t - last_progress >= 1 << 16 {
            progress(t);
            last_progress = t;
        }
    }
    progress(steps);
    if cps.peek().is_some() {
        out.failure = Some((t, "run ended before all checkpoints".into()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::Float;

    const PREC: u32 = 1024;

    fn q(s: &str) -> BigRational {
        crate::arith::parse_rational(s).unwrap()
    }

    /// The reference: GD on θ at 1024 bits (round to nearest), at the checkpoints, as exact
    /// rationals of the deviations `θ − 1`. Its own error (`≤ 2⁻¹⁰⁰⁰` per step, times the
    /// modest growth of the map) is far below the radii it is compared with.
    fn reference(init: &[&str], cps: &[u64]) -> Vec<Vec<BigRational>> {
        let p = init.len();
        let eta = Float::with_val(PREC, 2) / Float::with_val(PREC, p as u32);
        let mut th: Vec<Float> = init
            .iter()
            .map(|s| {
                let r = q(s);
                let n = rug::Integer::from_str_radix(&r.numer().to_str_radix(10), 10).unwrap();
                let d = rug::Integer::from_str_radix(&r.denom().to_str_radix(10), 10).unwrap();
                Float::with_val(PREC, rug::Rational::from((n, d)))
            })
            .collect();
        let mut out = Vec::new();
        let mut t = 0u64;
        for &cp in cps {
            while t < cp {
                let mut f = Float::with_val(PREC, 1);
                for x in &th {
                    f *= x;
                }
                let res = Float::with_val(PREC, &f - 1u32) * &eta;
                let old = th.clone();
                for i in 0..p {
                    let mut pi = Float::with_val(PREC, 1);
                    for (j, x) in old.iter().enumerate() {
                        if j != i {
                            pi *= x;
                        }
                    }
                    th[i] -= Float::with_val(PREC, &res * &pi);
                }
                t += 1;
            }
            out.push(
                th.iter()
                    .map(|x| {
                        let r = Float::with_val(PREC, x - 1u32).to_rational().unwrap();
                        BigRational::new(
                            r.numer().to_string().parse().unwrap(),
                            r.denom().to_string().parse().unwrap(),
                        )
                    })
                    .collect(),
            );
        }
        out
    }

    /// Whether every reference point lies in its enclosure (and the run verified).
    fn contained<const N: usize>(init: &[&str], cps: &[u64], drop: bool) -> bool {
        let w0: Vec<BigRational> = init.iter().map(|s| q(s) - BigRational::one()).collect();
        let out = run_n::<N>(&w0, &[0.0; N], *cps.last().unwrap(), cps, &mut |_| {}, drop);
        assert!(out.failure.is_none(), "{:?}", out.failure);
        assert_eq!(out.checkpoints.len(), cps.len());
        let refs = reference(init, cps);
        out.checkpoints.iter().zip(&refs).all(|(cp, r)| {
            cp.bounds
                .iter()
                .zip(r)
                .all(|((lo, hi), x)| lo <= x && x <= hi)
        })
    }

    #[test]
    fn enclosures_contain_the_1024_bit_reference() {
        let cps = [1000, 1001, 10_000, 100_000];
        assert!(contained::<3>(&["1.03", "0.98", "1.01"], &cps, false));
        assert!(contained::<5>(
            &["1.03", "0.98", "1.01", "0.99", "1.02"],
            &cps,
            false
        ));
    }

    #[test]
    fn dropping_the_local_error_breaks_containment() {
        let cps = [1000, 10_000];
        assert!(!contained::<3>(&["1.03", "0.98", "1.01"], &cps, true));
    }

    #[test]
    fn the_local_error_bound_covers_one_step_exactly() {
        // One step from a double-f64 point against the exact rational step.
        let p = 3;
        let eta = BigRational::new(2.into(), 3.into());
        let k = Consts::new(p, &eta);
        let h = [0.0312, -0.0217, 0.0104];
        let l = [1.1e-19, -3.0e-20, 2.5e-19];
        let (nh, nl, d) = step::<3>(&k, &h, &l);
        let r = |x: f64| rational_from_f64(x).unwrap();
        let x: Vec<BigRational> = (0..3).map(|i| r(h[i]) + r(l[i])).collect();
        let one = BigRational::one();
        let f = x.iter().fold(one.clone(), |a, w| a * (&one + w));
        let res = &f - &one;
        for i in 0..3 {
            let pi = (0..3)
                .filter(|&j| j != i)
                .fold(one.clone(), |a, j| a * (&one + &x[j]));
            let exact = &x[i] - &eta * &res * pi;
            let err = (exact - (r(nh[i]) + r(nl[i]))).abs();
            assert!(err <= r(d), "coordinate {i}: error {err} above δ = {d:e}");
            // The bound is O(u|w|²), not O(u|w|).
            assert!(d < 1e-18, "δ = {d:e}");
        }
    }
}
