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
//! nonlinear part `ηΦ_i` is `O(|w|²) = O(1/t)`. The linear part and the degree-2 part
//! `Φ⁽²⁾_i = (3/2)e₁² − ½Σ_k w_k² − e₁w_i` of `Φ_i` are evaluated in double-f64 (error
//! `O(u²|w|)`), the degree ≥ 3 part `Φ⁽³⁾_i` in plain f64 from the high parts (error
//! `O(u|w|³)`), so the local error per step is `O(u·t^{−3/2})`, summable over all t.
//!
//! # The point step (midpoint `x_i = h_i + l_i`, two f64 per coordinate)
//! Standard model: `fl(a ∘ b) = (a ∘ b)(1 + ε)`, `|ε| ≤ u = 2⁻⁵³`, `γ_n = nu/(1 − nu) ≤ (n+1)u`
//! for `n ≤ 100`; `TwoSum(a, b) = (s, e)` with `s + e = a + b` exactly; `TwoProd(a, b) =
//! (a·b, fma(a, b, −a·b))` exact up to underflow. `η = η_h + η_l + ε_η` (exact rationals, with a
//! proved bound of `|ε_η|`). *Rounding of an expression:* for an expression of `+`, `×` computed
//! in floating point, `|fl(E) − E| ≤ γ_d·Ẽ`, where `Ẽ` is the expression on the absolute values
//! of its leaves and `d` its product depth (`d(a + b) = max(d_a, d_b) + 1`,
//! `d(a·b) = d_a + d_b + 1`; induction with `(1 + γ_a)(1 + γ_b)(1 + u) ≤ 1 + γ_{a+b+1}` and
//! `γ_k(1 + u) + u ≤ γ_{k+1}`, Higham Lemma 3.3); exact leaves (TwoSum/TwoProd errors) count
//! as inputs.
//! 1. **Linear part.** `s = Σ h_k` by a TwoSum chain with errors `e_k` (exact), `c = fl(Σ e_k +
//!    Σ l_k)` summed left to right (`|ε_c| ≤ γ_{2p−2}·Σ(|e_k| + |l_k|) =: ε̄_c`), so
//!    `e₁(x) = s + c + ε_c`. `(L_h, π_e) = TwoProd(η_h, s)`, `L_l = fl(fl(π_e + fl(η_h c)) +
//!    fl(η_l s))`; `|η e₁(x) − L_h − L_l| ≤ E_L` with `E_L = γ₃(|π_e| + |η_h||c| + |η_l||s|) +
//!    |η_l||c| + (|η_h| + |η_l|)ε̄_c + |ε_η|Σ(|h_k| + |l_k|)`.
//! 2. **Degree-2 part** on `x`: `(P, P_e) = TwoProd(s, s)`, `(P₁₅, P₁₅ₑ) = TwoSum(P, P/2)`,
//!    `Σx_k² = σ + Σ(e'_k + H_{e,k} + 2h_kl_k + l_k²)` (`(H_k, H_{e,k}) = TwoProd(h_k, h_k)`,
//!    `σ` their TwoSum chain with errors `e'_k`), `(X_i, X_{e,i}) = TwoProd(s, h_i)`,
//!    `(A, A_e) = TwoSum(P₁₅, −σ/2)`, `(B_i, B_{e,i}) = TwoSum(A, −X_i)`. Then
//!    `Φ⁽²⁾_i(x) = B_i + lo2_i + ν_i`, `lo2_i` the f64 sum of `P₁₅ₑ + (3/2)P_e + 3sc −
//!    ½Σ(e'_k + H_{e,k} + 2h_kl_k) − X_{e,i} − (s l_i + c h_i) + A_e + B_{e,i}` (product depth
//!    ≤ 3p + 10: error at most `γ_{3p+10}` times the same sum of absolute values), and the
//!    neglected `|ν_i| ≤ (3/2)(c² + (2(|s| + |c|) + ε̄_c)ε̄_c) + ½Σl_k² + |c||l_i| + ε̄_c|x_i|`.
//! 3. **Degree ≥ 3 part** from `h`: prefix sums `S`, degree-2 parts `E2_{k+1} = E2_k + S_kh_k`,
//!    degree ≥ 3 parts `R3_{k+1} = R3_k + (E2_k + R3_k)h_k`, suffix sums `T` and
//!    `B2_k = B2_{k+1} + B_{k+1}h_k`; `G_i = A_i + B_{i+1} + A_iB_{i+1}`
//!    (`(1 + A_i)(1 + B_{i+1}) = π_i`), its degree ≥ 2 part `G2_i = A2_i + B2_{i+1} + A_iB_{i+1}`,
//!    and `Φ⁽³⁾_i = R3_p + e₁G2_i + Q·G_i`, `Q = E2_p + R3_p` (product depth ≤ 6p + 5).
//!    `Φ_i = res·π_i − e₁` has nonnegative coefficients; on the diagonal `Φ_i(W·1) = F(W) − pW`
//!    with `F(W) = (1 + W)^{2p−1} − (1 + W)^{p−1} = Σ_j f_jW^j`, `f_j ≥ 0`, and
//!    `F‴(W) ≤ (2p−1)(2p−2)(2p−3)(1 + W)^{2p−4}`. With `Σ_{j≥3}f_jW^j ≤ (W³/6)F‴(W)` and
//!    `Σ_{j≥3}jf_jW^{j−1} ≤ (W²/2)F‴(W)`: the rounding is at most `γ_{6p+8}(m³/6)F‴(m)`,
//!    `m = max|h_k|`, and `|Φ⁽³⁾_i(x) − Φ⁽³⁾_i(h)| ≤ (W²/2)F‴(W)·Σ|l_k|` (mean-value theorem on
//!    the segment, where `|w_k| ≤ W := m + max|l_k|`).
//! 4. **Update.** `Y_i = fl(lo2_i + Φ̂⁽³⁾_i)` (error `≤ γ₁(|lo2_i| + |Φ̂⁽³⁾_i|)`); `Δ_i = Φ_i(x) −
//!    B_i − Y_i` is bounded by the sum of the terms above. `(N_h, N_e) = TwoProd(η_h, B_i)`,
//!    `N_l = fl(fl(N_e + fl(η_hY_i)) + fl(η_lB_i))`: `|ηΦ_i(x) − N_h − N_l| ≤ γ₃(|N_e| +
//!    |η_h||Y_i| + |η_l||B_i|) + |η_l||Y_i| + |ε_η|(|B_i| + |Y_i|) + (|η_h| + |η_l| + |ε_η|)|Δ_i|`.
//!    `(a, a_e) = TwoSum(h_i, −L_h)`, `(a₂, a_{e2}) = TwoSum(a, −N_h)`, `λ = fl(a_e + a_{e2} + l_i
//!    − L_l − N_l)` (error `≤ γ₄` times the sum of absolute values), `(h'_i, l'_i) =
//!    TwoSum(a₂, λ)`. `F(x)_i − (h'_i + l'_i)` is minus the sum of the three errors; δ bounds
//!    it, maximised over i.
//! 5. **Evaluating δ.** Every term is a `+`/`×` expression of product depth ≤ 120 in nonnegative
//!    floats, nondecreasing in each of its inputs, so its exact value is at most the computed
//!    one times `(1 + u)^{120} ≤ 1 + 128u`; the sum is multiplied by `1 + 128u` and raised by
//!    `next_up`. *Underflow:* sums and TwoSum are exact in gradual underflow; each of the fewer
//!    than `2⁸` products (and FMAs) adds at most `2⁻¹⁰⁷⁵` absolutely, propagated through at most
//!    `4p + 4` further products by factors of size `≤ 1 + W ≤ 3/2`, `|η| ≤ 1`, and through the
//!    bound's own arithmetic likewise: all of it is below `2⁻¹⁰³⁰` and covered by the added
//!    `2⁻¹⁰⁰⁰` (twice). This needs `W ≤ 2/5`, checked every step (computed `W ≤ 0.4` implies
//!    the exact one `≤ 0.4(1 + u)² < 1/2`); beyond it the run stops unverified.
//!
//! # Error propagation
//! As in the block driver (`engine.rs`), with three changes that keep the radii from growing:
//! - pass 1 runs the point iteration over a block of `K` steps and records the hulls of the
//!   even and odd midpoints and the largest δ of the even (`δ_e`) and odd (`δ_o`) steps;
//! - **the two-step matrix by a mean-value form** ([`two_step_enclosure`]): the set of
//!   `J̄_oJ̄_e` is enclosed as `M(x) = J(F(x))J(x)` over the even box (plus the `O(ρ)` offset of
//!   the odd points from `F(x)`), with `∂_kM` from the third derivatives of ℓ. The product
//!   `J(B_o)J(B_e)` of two independent boxes has a radius `O(K·t^{−3/2})`, comparable to the
//!   `O(1/t)` entries of `M − I`, and makes the radii grow like a power of t (p = 3) or faster
//!   (p = 5); the mean-value form has radius `O(|w|·K·t^{−3/2})`;
//! - **a shear per block**: in the basis `WV`, `V = [[1, 0], [s, I]]` with `s` chosen from the
//!   float two-step matrix at the hull centres ([`shear`]) so that the lower left block of
//!   `V⁻¹W⁻¹MWV − I` nearly vanishes. In the basis `W` alone the normal–tangential coupling has
//!   entries of opposite signs whose absolute values feed each other (growth `t^{0.3}` at
//!   p = 3). `V` is exact (`V⁻¹` negates `s`) and the change between blocks,
//!   `V_new⁻¹V_old = [[1, 0], [s_old − s_new, I]]`, is applied to the radii.
//!
//! Pass 2 encloses `J(B_e)` and `J(B_o)` on the hulls widened by guessed radii (`|WV|g` and
//! `g_o = |J(B_e)||WV|g + δ_e`) and the matrix above, and runs `r ← |M'|r + c`,
//! `c = |V⁻¹W⁻¹|(|J(B_o)|δ_e + δ_o)`, which bounds `|z|` at every even step while the true
//! iterates lie in the boxes; checking `r ≤ g` after every pair (which also gives the odd radii
//! `≤ g_o`) proves by induction that they did. On failure the guesses are doubled (at most 40
//! times).

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::ball::{Ball, Num, U, add_up, mul_up, rat_up};
use super::engine::{Hull, Next, RunOutcome, StateEnclosure, drain_checkpoints, end_run};
use super::mutation;
use super::systems::{System, Theta};
use crate::arith::parse::rational_from_f64;

/// The certificate's name of the midpoint mode this path serves: the default `f64` mode (the
/// checker's vocabulary is `exact`, `f64`, `float128`; the compensated (r, Q) path of p = 2 is
/// named `f64` likewise).
pub const NAME: &str = "f64";
/// The largest depth.
const MAXP: usize = 8;
/// The largest depth the default mode sends here ([`applies`]).
const MAX_DEFAULT_P: usize = 5;
/// `2⁻¹⁰⁰⁰`: covers every underflow (module docs, step 4).
const TINY: f64 = 9.332636185032189e-302;
/// `1 + 128u`: covers the rounding of the bound's evaluation (module docs, step 4).
const INFL: f64 = 1.0 + 128.0 * U;
/// The domain `W ≤ 0.4` of the underflow argument.
const W_MAX: f64 = 0.4;
/// Blocks of `≈ √t/block_div(p)` steps ([`fast_block_len`]): longer blocks are cheaper, but the
/// radius `O(|w|·r)` of the two-step enclosure grows with the hull width `r ≈ K·t^{−3/2}` and
/// with p (measured: p = 3 keeps its widths at `√t/2`, p = 5 needs `√t/8`).
fn block_div(p: usize) -> f64 {
    if p <= 3 { 2.0 } else { 8.0 }
}

/// Whether the fast path runs this problem: depth `2..=5`, `c = 1`, `y = 1`, `η = 2/p`
/// exactly, and a start with `|w_i| + r_i ≤ 1/4`. (The path runs depths up to 8, but from
/// p = 6 on its early radii grow enough that the width of t·ℓ at T = 10⁵ exceeds 10⁻⁷, so the
/// default mode keeps the 128-bit floating midpoint there.)
pub fn applies(
    p: usize,
    c: &BigRational,
    y: &BigRational,
    eta: &BigRational,
    w0: &[BigRational],
    r0: &[f64],
) -> bool {
    let quarter = BigRational::new(1.into(), 4.into());
    (2..=MAX_DEFAULT_P).contains(&p)
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
    /// `≥ |η − η_h − η_l|`, `≥ |η_h| + |η_l|`.
    eta_hl_err: f64,
    eta_sum: f64,
    /// `≥ |η_h| + |η_l| + |η − η_h − η_l|`.
    eta_sum2: f64,
    /// Upper bounds of `γ₁`, `γ₃`, `γ₄`, `γ_{2p−2}`, `γ_{3p+10}`, `γ_{6p+8}`.
    u1: f64,
    g3: f64,
    g4: f64,
    gsum: f64,
    g2n: f64,
    g3n: f64,
    /// `(2p − 1)(2p − 2)(2p − 3)`.
    f3c: f64,
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
            eta_hl_err: rat_up(&rem2.abs()),
            eta_sum: add_up(eh.abs(), el.abs()),
            eta_sum2: add_up(add_up(eh.abs(), el.abs()), rat_up(&rem2.abs())),
            u1: gamma(1),
            g3: gamma(3),
            g4: gamma(4),
            gsum: gamma(2 * p - 2),
            g2n: gamma(3 * p + 10),
            g3n: gamma(6 * p + 8),
            f3c: ((2 * p - 1) * (2 * p - 2) * (2 * p - 3)) as f64,
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

/// Step 1 of [`step`], the linear part: `e₁(x) = s + c + ε_c` (TwoSum chain of the high parts,
/// `c` the f64 sum of its errors and the low parts, `c_abs` the same on absolute values) and
/// `η·e₁ ≈ L_h + L_l` with `(L_h, p_e) = TwoProd(η_h, s)`.
struct Linear {
    s: f64,
    c: f64,
    c_abs: f64,
    lh: f64,
    pe: f64,
    ll: f64,
}

#[inline(always)]
fn linear<const N: usize>(k: &Consts, h: &[f64; N], l: &[f64; N]) -> Linear {
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
    Linear {
        s,
        c,
        c_abs,
        lh,
        pe,
        ll,
    }
}

/// Step 2 of [`step`], the pieces of the degree-2 part `Φ⁽²⁾_i(x) = (3/2)e₁² − ½Σx_k² − e₁x_i`
/// shared by all `i`: `(A, A_e) = TwoSum(P₁₅, −σ/2)` and the low-order sum `shared` (with its
/// evaluation on absolute values, `shared_abs`).
struct Degree2 {
    shared: f64,
    shared_abs: f64,
    a0: f64,
    a0e: f64,
}

#[inline(always)]
fn degree2<const N: usize>(lin: &Linear, h: &[f64; N], l: &[f64; N]) -> Degree2 {
    let (s, c) = (lin.s, lin.c);
    let pp = s * s;
    let ppe = s.mul_add(s, -pp);
    let (p15, p15e) = two_sum(pp, 0.5 * pp);
    let mut sig = h[0] * h[0];
    let (qe0, hl0) = (h[0].mul_add(h[0], -sig), 2.0 * (h[0] * l[0]));
    let mut sig_e = qe0 + hl0;
    let mut sig_abs = qe0.abs() + hl0.abs();
    for i in 1..N {
        let q = h[i] * h[i];
        let qe = h[i].mul_add(h[i], -q);
        let (t, e) = two_sum(sig, q);
        sig = t;
        let hl = 2.0 * (h[i] * l[i]);
        sig_e = ((sig_e + e) + qe) + hl;
        sig_abs = ((sig_abs + e.abs()) + qe.abs()) + hl.abs();
    }
    let shared = (p15e + 1.5 * ppe) + 3.0 * (s * c) - 0.5 * sig_e;
    let shared_abs = (p15e.abs() + 1.5 * ppe.abs()) + 3.0 * (s.abs() * c.abs()) + 0.5 * sig_abs;
    let (a0, a0e) = two_sum(p15, -0.5 * sig);
    Degree2 {
        shared,
        shared_abs,
        a0,
        a0e,
    }
}

/// Step 3 of [`step`], the degree ≥ 3 part from the high parts `h`: prefix sums `S` (`ps`),
/// prefix degree ≥ 2 parts (`pa2`), `R3`, `Q = E2_p + R3_p`, `e₁(h)` (`e1h`), and the suffix
/// sums `B_{i+1}` (`sb`) with their degree ≥ 2 parts `B2` (`sb2`).
struct Degree3 {
    ps: [f64; MAXP + 1],
    pa2: [f64; MAXP + 1],
    r3: f64,
    q: f64,
    e1h: f64,
    sb: [f64; MAXP + 1],
    sb2: [f64; MAXP + 1],
}

#[inline(always)]
fn degree3<const N: usize>(h: &[f64; N]) -> Degree3 {
    let mut ps = [0.0f64; MAXP + 1];
    let mut pa2 = [0.0f64; MAXP + 1];
    let mut e2 = 0.0f64;
    let mut r3 = 0.0f64;
    for i in 0..N {
        let a2 = e2 + r3;
        pa2[i] = a2;
        r3 += a2 * h[i];
        e2 += ps[i] * h[i];
        ps[i + 1] = ps[i] + h[i];
    }
    let q = e2 + r3;
    let e1h = ps[N];
    let mut sb = [0.0f64; MAXP + 1];
    let mut sb2 = [0.0f64; MAXP + 1];
    let mut st = 0.0f64;
    for i in (0..N).rev() {
        let b = st + sb2[i + 1];
        sb2[i] = sb2[i + 1] + b * h[i];
        st += h[i];
        sb[i] = b; // B_{i+1}
    }
    Degree3 {
        ps,
        pa2,
        r3,
        q,
        e1h,
        sb,
        sb2,
    }
}

/// The maxima and sums over the coordinates that step 4 of [`step`] passes to step 5.
#[derive(Default)]
struct UpdateTerms {
    /// The γ₄ terms of λ_i.
    loc: f64,
    /// The evaluation of `lo2_i` on absolute values.
    lo2_abs: f64,
    /// The γ₃ terms and the `η_l`, Φ terms of `N_i`.
    nerr: f64,
    /// `max|h_k|`.
    m: f64,
    /// `max|l_k|`.
    lmax: f64,
    /// `Σ|l_k|`.
    l_sum: f64,
    /// `Σ(|h_k| + |l_k|)`.
    x_sum: f64,
}

/// Step 4 of [`step`], the update of every coordinate: the new `(h', l')` and the terms of
/// the local error bound.
#[inline(always)]
fn update<const N: usize>(
    k: &Consts,
    (h, l): (&[f64; N], &[f64; N]),
    lin: &Linear,
    d2: &Degree2,
    d3: &Degree3,
) -> ([f64; N], [f64; N], UpdateTerms) {
    let (s, c) = (lin.s, lin.c);
    let mut nh = [0.0; N];
    let mut nl = [0.0; N];
    let mut u = UpdateTerms::default();
    for i in 0..N {
        let ai = d3.ps[i] + d3.pa2[i];
        let bi = d3.sb[i];
        let g2 = (d3.pa2[i] + d3.sb2[i + 1]) + ai * bi;
        let g = (ai + bi) + ai * bi;
        let phi3 = (d3.r3 + d3.e1h * g2) + d3.q * g;
        let xi = s * h[i];
        let xie = s.mul_add(h[i], -xi);
        let (b, be) = two_sum(d2.a0, -xi);
        let sl = s * l[i] + c * h[i];
        let lo2 = (((d2.shared - xie) - sl) + d2.a0e) + be;
        u.lo2_abs = u.lo2_abs.max(
            (((d2.shared_abs + xie.abs()) + (s.abs() * l[i].abs() + c.abs() * h[i].abs()))
                + d2.a0e.abs())
                + be.abs(),
        );
        let y = lo2 + phi3;
        let n_h = k.eh * b;
        let n_e = k.eh.mul_add(b, -n_h);
        let n_lo = (n_e + k.eh * y) + k.el * b;
        u.nerr = u.nerr.max(
            k.g3 * ((n_e.abs() + k.eh.abs() * y.abs()) + k.el.abs() * b.abs())
                + k.el.abs() * y.abs()
                + k.eta_hl_err * (b.abs() + y.abs())
                + k.eta_sum2 * k.u1 * (lo2.abs() + phi3.abs()),
        );
        let (a, ae) = two_sum(h[i], -lin.lh);
        let (a2, ae2) = two_sum(a, -n_h);
        let lam = (((ae + ae2) + l[i]) - lin.ll) - n_lo;
        let (x, z) = two_sum(a2, lam);
        nh[i] = x;
        nl[i] = z;
        u.loc = u
            .loc
            .max((((ae.abs() + ae2.abs()) + l[i].abs()) + lin.ll.abs()) + n_lo.abs());
        u.m = u.m.max(h[i].abs());
        u.lmax = u.lmax.max(l[i].abs());
        u.l_sum += l[i].abs();
        u.x_sum += h[i].abs() + l[i].abs();
    }
    (nh, nl, u)
}

/// Step 5 of [`step`], the local error bound δ from the terms of steps 1 and 4 (`+∞` outside
/// the domain `W ≤ 0.4`).
#[inline(always)]
fn local_bound<const N: usize>(k: &Consts, lin: &Linear, u: &UpdateTerms) -> f64 {
    let (s, c) = (lin.s, lin.c);
    let (m, lmax, l_sum) = (u.m, u.lmax, u.l_sum);
    let w = m + lmax;
    if !(w <= W_MAX && u.loc.is_finite() && u.lo2_abs.is_finite() && u.nerr.is_finite()) {
        return f64::INFINITY;
    }
    let ec = k.gsum * lin.c_abs; // ≥ |ε_c|
    let e_l = k.g3 * ((lin.pe.abs() + k.eh.abs() * c.abs()) + k.el.abs() * s.abs())
        + k.el.abs() * c.abs()
        + k.eta_sum * ec
        + k.eta_hl_err * u.x_sum;
    // Neglected degree-2 terms and the rounding of lo2.
    let n2 = 1.5 * (c * c + (2.0 * (s.abs() + c.abs()) + ec) * ec)
        + 0.5 * lmax * l_sum
        + c.abs() * lmax
        + ec * w;
    // Φ⁽³⁾: rounding (abs-evaluation ≤ (m³/6)F'''(m)) and the low parts (D₃ Σ|l|).
    let f3 = |v: f64| k.f3c * powi(1.0 + v, 2 * N - 4);
    let phi3_abs = (m * m * m / 6.0) * f3(m);
    let d3 = (w * w / 2.0) * f3(w);
    let delta_phi = n2 + k.g2n * u.lo2_abs + d3 * l_sum + k.g3n * phi3_abs;
    let raw = e_l + u.nerr + k.eta_sum2 * delta_phi + k.g4 * u.loc + TINY;
    (raw * INFL).next_up() + TINY
}

/// One double-f64 step of the `N`-dimensional map from `(h, l)`: the new state and the local
/// error bound δ of every coordinate (module docs, steps 1–5; `+∞` outside the domain
/// `W ≤ 0.4`).
///
/// This is [`crate::dynamics::DeviationGd`] at `c = y = 1`, `η = 2/p`, fused by hand for speed
/// and tightness: the generic map over a ball ring rounds every operation with an error relative
/// to its operands, so its local error is `O(u·|w|) = O(u·t^{−1/2})` per step (`O(u·√T)` in
/// sum), while this step evaluates the linear and degree-2 parts in double-f64 and bounds its
/// error a priori (module docs): `O(u·t^{−3/2})` per step, summable over all t, at the cost of a
/// plain f64 step. The test `the_fused_step_agrees_with_the_generic_map` checks it against the
/// generic map over the same ball ring.
#[inline(always)]
fn step<const N: usize>(k: &Consts, h: &[f64; N], l: &[f64; N]) -> ([f64; N], [f64; N], f64) {
    let lin = linear(k, h, l);
    let d2 = degree2(&lin, h, l);
    let d3 = degree3(h);
    let (nh, nl, terms) = update(k, (h, l), &lin, &d2, &d3);
    (nh, nl, local_bound::<N>(k, &lin, &terms))
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

/// The error basis of the current block: `WV` and `V⁻¹W⁻¹` (balls) with `|WV|`, `|V⁻¹W⁻¹|`, where
/// `W = [1, e₁ − e₂, …]` and `V = [[1, 0], [s, I]]` is the shear of the block (module docs).
struct Basis {
    w: Vec<Ball>,
    wi: Vec<Ball>,
    w_abs: Vec<f64>,
    wi_abs: Vec<f64>,
    /// `W`, `W⁻¹` (exact balls) and the shear `s` (floats, exact entries of `V`).
    w0: Vec<Ball>,
    wi0: Vec<Ball>,
    s: Vec<f64>,
}

impl Basis {
    fn new<const N: usize>(w0: Vec<Ball>, wi0: Vec<Ball>) -> Basis {
        let mut b = Basis {
            w: Vec::new(),
            wi: Vec::new(),
            w_abs: Vec::new(),
            wi_abs: Vec::new(),
            w0,
            wi0,
            s: vec![0.0; N - 1],
        };
        b.set_shear::<N>(vec![0.0; N - 1]);
        b
    }

    /// Use the shear `s`: `V = I + Σ_k s_k e_{k+1}e₁ᵀ`, `V⁻¹ = I − Σ_k s_k e_{k+1}e₁ᵀ` (both
    /// exact: negation is exact), and the products with `W`, `W⁻¹` in ball arithmetic.
    fn set_shear<const N: usize>(&mut self, s: Vec<f64>) {
        let id = |i: usize, j: usize| if i == j { 1.0 } else { 0.0 };
        let v: Vec<Ball> = (0..N * N)
            .map(|k| {
                let (i, j) = (k / N, k % N);
                Ball::new(if j == 0 && i > 0 { s[i - 1] } else { id(i, j) }, 0.0)
            })
            .collect();
        let vi: Vec<Ball> = v
            .iter()
            .enumerate()
            .map(|(k, b)| if k % N == 0 && k / N > 0 { -*b } else { *b })
            .collect();
        self.w = matmul::<N>(&self.w0, &v);
        self.wi = matmul::<N>(&vi, &self.wi0);
        self.w_abs = abs_mat(&self.w);
        self.wi_abs = abs_mat(&self.wi);
        self.s = s;
    }

    /// Change to the shear `s_new`, returning the bound of `|y_new| = |V_new⁻¹V_old y_old|`
    /// (`V_new⁻¹V_old = [[1, 0], [s_old − s_new, I]]`) from `r ≥ |y_old|`, rounded up.
    fn change<const N: usize>(&mut self, s_new: Vec<f64>, r: [f64; N]) -> [f64; N] {
        let out = std::array::from_fn(|i| {
            if i == 0 {
                r[0]
            } else {
                let d = (Ball::new(self.s[i - 1], 0.0) - Ball::new(s_new[i - 1], 0.0)).mag();
                add_up(r[i], mul_up(d, r[0]))
            }
        });
        self.set_shear::<N>(s_new);
        out
    }
}

/// The shear that (nearly) block-triangularises `E = M − I` for a float two-step matrix `M` in
/// the `W` basis: `s` solves `(aI − D)s = c − s(bᵀs)` (`E = [[a, bᵀ], [c, D]]`; then the lower
/// left block of `V⁻¹EV` vanishes), by fixed-point iteration. Only tightness depends on it
/// (`V` is exact whatever `s` is); `None` if the iteration gives no usable shear.
fn shear<const N: usize>(m: &[f64]) -> Option<Vec<f64>> {
    let n = N - 1;
    let e = |i: usize, j: usize| m[i * N + j] - if i == j { 1.0 } else { 0.0 };
    let a = e(0, 0);
    let mut s = vec![0.0; n];
    for _ in 0..20 {
        let bs: f64 = (0..n).map(|k| e(0, k + 1) * s[k]).sum();
        // Augmented system (aI − D | c − s·bs), Gauss with partial pivoting.
        let mut g: Vec<Vec<f64>> = (0..n)
            .map(|i| {
                let mut row: Vec<f64> = (0..n)
                    .map(|j| if i == j { a } else { 0.0 } - e(i + 1, j + 1))
                    .collect();
                row.push(e(i + 1, 0) - s[i] * bs);
                row
            })
            .collect();
        for col in 0..n {
            let piv = (col..n).max_by(|&x, &y| g[x][col].abs().total_cmp(&g[y][col].abs()))?;
            g.swap(col, piv);
            let d = g[col][col];
            if d == 0.0 {
                return None;
            }
            let pivot_row = g[col].clone();
            for (r, row) in g.iter_mut().enumerate() {
                if r != col {
                    let f = row[col] / d;
                    for (x, v) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                        *x -= f * v;
                    }
                }
            }
        }
        s = (0..n).map(|i| g[i][n] / g[i][i]).collect();
    }
    s.iter()
        .all(|v| v.is_finite() && v.abs() <= 4.0)
        .then_some(s)
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
        // Also catches NaN, which `max` would drop.
        bad |= !d.is_finite();
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

/// Block length at step t (even, ≥ 2): `≈ √t/block_div(p)`. The ball product `J(B_o)J(B_e)` does
/// not see that the first-order variations of its factors over the hulls cancel, so its radius
/// grows with the hull width `≈ K·t^{−3/2}`; it must stay well below the `O(1/t)` entries of
/// `M − I`.
fn fast_block_len(t: u64, n: usize) -> u64 {
    2 * (((t as f64).sqrt() / block_div(n)) as u64).max(1)
}

/// The shear of a block from the float two-step matrix at the centres of the hulls.
fn block_shear<const N: usize>(
    sys: &Theta<Ball>,
    basis: &Basis,
    pass: &Pass<N>,
) -> Option<Vec<f64>> {
    let ce: [Ball; N] = std::array::from_fn(|i| Ball::new(pass.even[i].ball(0.0).m, 0.0));
    let co: [Ball; N] = std::array::from_fn(|i| Ball::new(pass.odd[i].ball(0.0).m, 0.0));
    let mut je = vec![Ball::new(0.0, 0.0); N * N];
    let mut jo = vec![Ball::new(0.0, 0.0); N * N];
    sys.jac(&ce, &mut je);
    sys.jac(&co, &mut jo);
    let m = matmul::<N>(&basis.wi0, &matmul::<N>(&matmul::<N>(&jo, &je), &basis.w0));
    let m: Vec<f64> = m.iter().map(|b| b.m).collect();
    if !m.iter().all(|v| v.is_finite()) {
        return None;
    }
    shear::<N>(&m)
}

/// The derivatives of the Jacobian over the box `w` (deviations): `out[(m·N + i)·N + j] ⊇
/// ∂_m J_ij = −η(π_{im}π_j + π_iπ_{jm} + π_mπ_{ij} + res·π_{ijm})` with `J = I − η∇²ℓ`,
/// `∇²ℓ_ij = π_iπ_j + res·π_{ij}` (`π_S = ∏_{l∉S}θ_l` over distinct indices; `π_S = 0` when `S`
/// repeats an index: `∂²f/∂θ_i² = 0`). Each `π_S` is formed once (at most `C(p, 3)` triples).
fn jac_derivative<const N: usize>(w: &[Ball; N], eta: Ball) -> Vec<Ball> {
    let zero = Ball::new(0.0, 0.0);
    let th: [Ball; N] = std::array::from_fn(|i| Ball::new(1.0, 0.0) + w[i]);
    let prod_except = |set: &[usize]| {
        let mut out = Ball::new(1.0, 0.0);
        for (l, &t) in th.iter().enumerate() {
            if !set.contains(&l) {
                out = out * t;
            }
        }
        out
    };
    let res = prod_except(&[]) - Ball::new(1.0, 0.0);
    let p1: [Ball; N] = std::array::from_fn(|i| prod_except(&[i]));
    let mut p2 = vec![zero; N * N];
    let mut p3 = vec![zero; N * N * N];
    for i in 0..N {
        for j in i + 1..N {
            let v = prod_except(&[i, j]);
            p2[i * N + j] = v;
            p2[j * N + i] = v;
            for m in j + 1..N {
                let v = prod_except(&[i, j, m]);
                for (a, b, c) in [
                    (i, j, m),
                    (i, m, j),
                    (j, i, m),
                    (j, m, i),
                    (m, i, j),
                    (m, j, i),
                ] {
                    p3[(a * N + b) * N + c] = v;
                }
            }
        }
    }
    let mut out = vec![zero; N * N * N];
    for m in 0..N {
        for i in 0..N {
            for j in 0..N {
                let v = p2[i * N + m] * p1[j]
                    + p1[i] * p2[j * N + m]
                    + p1[m] * p2[i * N + j]
                    + res * p3[(i * N + j) * N + m];
                out[(m * N + i) * N + j] = -(eta * v);
            }
        }
    }
    out
}

/// A ball matrix containing `J(ξ_o)J(ξ_e)` for every `ξ_e ∈ B_e` and every `ξ_o` within `ε` of
/// `F(ξ_e)` (θ basis), by the mean-value form of `M(x) = J(F(x))J(x)` about the centre `c` of
/// `B_e`: `M(B_e) ⊆ M(c) + Σ_k ∂_kM(B_e)·[−r_k, r_k]` with
/// `∂_kM = Σ_m (∂_mJ)(F(x))·J_mk(x)·J(x) + J(F(x))·∂_kJ(x)`, plus
/// `(Σ_m ∂_mJ(F(B_e) ± ε)·[−ε_m, ε_m])·J(B_e)` for `J(ξ_o) − J(F(ξ_e))`. Unlike the product
/// `J(B_o)J(B_e)` of two independent boxes, this keeps the cancellation of the first-order
/// variations of the two factors, so the radius is `O(|w|·r + r²)`, not `O(r)`.
fn two_step_enclosure<const N: usize>(
    sys: &Theta<Ball>,
    be: &[Ball; N],
    jb: &[Ball],
    eps: &[f64; N],
) -> Option<Vec<Ball>> {
    let zero = Ball::new(0.0, 0.0);
    let eta = Ball::from_rat(&BigRational::new(2.into(), (N as i64).into()));
    let c: [Ball; N] = std::array::from_fn(|i| Ball::new(be[i].m, 0.0));
    let mut fc = [zero; N];
    System::<Ball>::step(sys, &c, &mut fc);
    let mut fb = [zero; N];
    System::<Ball>::step(sys, be, &mut fb);
    let fbe: [Ball; N] = std::array::from_fn(|i| Ball::new(fb[i].m, add_up(fb[i].r, eps[i])));
    if !(fb
        .iter()
        .chain(&fc)
        .all(|b| b.r.is_finite() && b.m.is_finite())
        && eps.iter().all(|e| e.is_finite()))
    {
        return None;
    }
    let mut jc = vec![zero; N * N];
    let mut jfc = vec![zero; N * N];
    let mut jfb = vec![zero; N * N];
    sys.jac(&c, &mut jc);
    sys.jac(&fc, &mut jfc);
    sys.jac(&fb, &mut jfb);
    let dj_b = jac_derivative::<N>(be, eta);
    let dj_f = jac_derivative::<N>(&fbe, eta);
    let mut m = matmul::<N>(&jfc, &jc);
    let nn = N * N;
    for k in 0..N {
        // A = Σ_m ∂_mJ(F(B))·J_mk(B).
        let mut a = vec![zero; nn];
        for mm in 0..N {
            let f = jb[mm * N + k];
            for (ai, d) in a.iter_mut().zip(&dj_f[mm * nn..(mm + 1) * nn]) {
                *ai = *ai + *d * f;
            }
        }
        let dk = matmul::<N>(&a, jb);
        let dk2 = matmul::<N>(&jfb, &dj_b[k * nn..(k + 1) * nn]);
        let rk = Ball::new(0.0, be[k].r);
        for q in 0..nn {
            m[q] = m[q] + (dk[q] + dk2[q]) * rk;
        }
    }
    let mut p = vec![zero; nn];
    for mm in 0..N {
        let e = Ball::new(0.0, eps[mm]);
        for (pi, d) in p.iter_mut().zip(&dj_f[mm * nn..(mm + 1) * nn]) {
            *pi = *pi + *d * e;
        }
    }
    let pj = matmul::<N>(&p, jb);
    for q in 0..nn {
        m[q] = m[q] + pj[q];
    }
    Some(m)
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
    let sum_z = mv::<N>(
        &basis.wi_abs,
        &std::array::from_fn(|_| add_up(de[0], d_odd[0])),
    );
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
        // ξ_o lies within ε = ρ_o + δ_e + |J(B_e)|ρ_e ≤ 2g_o of F(ξ_e) (module docs).
        let eps: [f64; N] = std::array::from_fn(|i| mul_up(go[i], 2.0));
        let m2 = two_step_enclosure::<N>(sys, &be, &je, &eps)?;
        let m = abs_mat(&matmul::<N>(&basis.wi, &matmul::<N>(&m2, &basis.w)));
        let jo_d = mv::<N>(&abs_mat(&jo), &de);
        let cvec = mv::<N>(
            &basis.wi_abs,
            &std::array::from_fn(|i| add_up(jo_d[i], d_odd[i])),
        );
        // The recursion in round-to-nearest: each pair computes nonnegative sums of N + 1
        // nonnegative terms (N products), so the computed r̂ satisfies r_j ≤ r̂_j(1 + u)^{(2N+2)j}
        // (fl(x) ≥ x/(1 + u) for x ≥ 0; an underflowing product loses ≤ 2⁻¹⁰⁷⁵ ≤ u·c_i, as
        // c ≥ 2⁻¹⁰⁰⁰, covered by the extra factors), and (1 + u)^{(2N+2)n} ≤ 1 + (4N+4)nu = infl
        // for (2N+2)nu ≤ 1/10. Checking r̂_j ≤ g/infl (rounded down) proves r_j ≤ g.
        let infl = (1.0 + ((4 * N + 4) as f64 * pairs as f64) * U).next_up();
        let gl: [f64; N] = std::array::from_fn(|i| (g[i] / infl).next_down());
        let mut r = rz;
        let mut ok = (2 * N + 2) as f64 * pairs as f64 * U <= 0.1;
        let mut peak = [0.0f64; N];
        for _ in 0..pairs {
            r = std::array::from_fn(|i| {
                let mut acc = cvec[i];
                for j in 0..N {
                    acc += m[i * N + j] * r[j];
                }
                acc
            });
            // Exact comparisons (NaN fails); r ≤ g also gives the odd radii
            // |J_e||W|r + δ_e ≤ g_o (monotone in r).
            for i in 0..N {
                ok &= r[i] <= gl[i];
                peak[i] = peak[i].max(r[i]);
            }
        }
        if ok {
            return Some(std::array::from_fn(|i| mul_up(r[i], infl)));
        }
        let r: [f64; N] = std::array::from_fn(|i| mul_up(peak[i], infl));
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
    let mut basis = Basis::new::<N>(w, wi);
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
        let stop = match drain_checkpoints(
            &mut cps,
            t,
            &mut out,
            || enclosure(t, &h, &l, &eth),
            || odd_enclosure(&sys, t, &h, &l, &eth),
        ) {
            Next::Advance(stop) => stop,
            Next::End => break,
            Next::Lost => return out,
        };
        let len = fast_block_len(t, N).min(stop - t);
        let mut pass = point_pass::<N>(&k, h, l, len);
        if drop && pass.de.is_finite() {
            (pass.de, pass.d_odd) = (0.0, 0.0);
        }
        if let Some(s_new) = block_shear::<N>(&sys, &basis, &pass) {
            rz = basis.change::<N>(s_new, rz);
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
    end_run(out, &mut cps, t, steps, progress)
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
                for (i, th_i) in th.iter_mut().enumerate() {
                    let mut pi = Float::with_val(PREC, 1);
                    for (j, x) in old.iter().enumerate() {
                        if j != i {
                            pi *= x;
                        }
                    }
                    *th_i -= Float::with_val(PREC, &res * &pi);
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
            // The bound is O(u|w|³) (here u|w|² ≈ 10⁻¹⁹, u|w| ≈ 3·10⁻¹⁸).
            assert!(d < 2e-18, "δ = {d:e}");
        }
    }

    /// The fused step against the generic map it fuses, [`crate::dynamics::DeviationGd`], over
    /// the same ball ring and exactly: from double-f64 points at depths 3 and 5, the exact image
    /// lies within δ of `h' + l'` and in the generic map's ball, and δ is below that ball's
    /// radius (the reason for fusing).
    #[test]
    fn the_fused_step_agrees_with_the_generic_map() {
        use crate::arith::{RationalInterval, Scalar};
        use crate::dynamics::DeviationGd;
        fn check<const N: usize>(h: [f64; N], l: [f64; N]) {
            let one = BigRational::one();
            let eta = BigRational::new(2.into(), (N as i64).into());
            let map = DeviationGd::new(N, one.clone(), one, eta.clone()).unwrap();
            let (nh, nl, d) = step::<N>(&Consts::new(N, &eta), &h, &l);
            let r = |x: f64| rational_from_f64(x).unwrap();
            let balls: [Ball; N] =
                std::array::from_fn(|i| Ball::new(h[i], 0.0) + Ball::new(l[i], 0.0));
            let mut generic = balls;
            map.constants(Ball::from_rat).step(&balls, &mut generic);
            let x: Vec<RationalInterval> = (0..N)
                .map(|i| RationalInterval::from_rational(&(r(h[i]) + r(l[i])), &()))
                .collect();
            let exact = crate::dynamics::Map::step(&map, &x, &());
            for i in 0..N {
                let (e, e_hi) = exact[i].bounds().unwrap();
                assert_eq!(e, e_hi);
                let fused = r(nh[i]) + r(nl[i]);
                assert!((&e - &fused).abs() <= r(d), "p = {N}, i = {i}: fused");
                assert!(
                    (&e - r(generic[i].m)).abs() <= r(generic[i].r),
                    "p = {N}, i = {i}"
                );
                assert!(
                    d < generic[i].r,
                    "p = {N}, i = {i}: δ = {d:e}, ball {:e}",
                    generic[i].r
                );
            }
        }
        check::<3>([0.0312, -0.0217, 0.0104], [1.1e-19, -3.0e-20, 2.5e-19]);
        check::<3>([-0.004, 0.0021, 0.0019], [0.0, 1e-20, -4e-21]);
        check::<5>(
            [0.013, -0.011, 0.007, -0.002, 0.0051],
            [1e-19, 0.0, -2e-20, 3e-21, 0.0],
        );
    }
}
