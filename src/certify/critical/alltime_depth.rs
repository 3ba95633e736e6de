//! `--all-time` for the depth-p factorisation (p ≥ 3, `y = 1`, η = 2/p): find and prove a
//! trapping region for `(U, W) = (t·r², t·Σ_k(θ_k − θ̄)²)`.
//!
//! The lemma, the field (averaged part exact, the rest bounded by Taylor models in σ = 1/√t)
//! and the evidence format are stated in `certificate::check::trapping_depth` and
//! `certificate::check::depth_field`; this module uses its own copy of the field construction
//! ([`super::depth_field`]). The search: the centre is the fixed point of the averaged field
//! `F₀ = (U·h_U, h_W)` (Newton, f64), `P` solves `AᵀP + PA = −diag(s², 1)` for `A = DF₀`
//! (`s` = 1, then 4, 16: [`U_WEIGHTS`]), `δ²` runs
//! through `4·V(start)·4ᵏ`, the μ-interval through `[−2ʲ, 2ʲ]`, and the bounding box of each
//! ellipse is bisected until every box passes `O`, `I` or `D` (inari intervals, outward
//! rounded; the checker re-verifies in exact rationals).

use eoscert_check::evidence as ev;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive};

use super::alltime::{grid, lyapunov, round_down, round_up};
use super::depth_field::{self, Domain, Field, Reduced};
use crate::arith::{RationalInterval, Ring as _, Scalar};
use crate::certificate::format_exact;

/// Boxes tried per `δ²`.
const NODE_BUDGET: usize = 400_000;
/// How many `δ²` are tried.
const ATTEMPTS: u32 = 10;
/// The deepest subdivision (the checker's limit).
const MAX_DEPTH: usize = 60;
/// Bits of the grid of the centre, `P` and the bounding box.
const GRID_BITS: u32 = 40;

type Box2 = [[BigRational; 2]; 2];

/// The largest depth (the field's construction cost grows like `2^p`).
pub const MAX_P: usize = depth_field::MAX_P;

/// A proved region and the ranges it gives for all `t ≥ T₀`.
#[derive(Clone, Debug)]
pub struct AllTimeDepth {
    /// `evidence.all_time_depth`.
    pub evidence: ev::AllTimeDepth,
    /// `t·ℓ(θ_t)`.
    pub t_loss: RationalInterval,
    /// `t·‖θ_t − 1‖²`.
    pub t_dist2: RationalInterval,
    /// `t·Σ_k(θ_k − θ̄)²`.
    pub t_w: RationalInterval,
}

fn eval_h0_f64(q: &Reduced, u: f64, w: f64) -> (f64, [f64; 2]) {
    // even ρ-powers only (the averaged field of the factorisation has no odd ones)
    let (mut v, mut g) = (0.0, [0.0; 2]);
    for ((i, j), c) in &q.h0 {
        let c = c.to_f64().unwrap_or(f64::NAN);
        let (a, b) = ((i / 2) as i32, *j as i32);
        v += c * u.powi(a) * w.powi(b);
        if a > 0 {
            g[0] += c * f64::from(a) * u.powi(a - 1) * w.powi(b);
        }
        if b > 0 {
            g[1] += c * f64::from(b) * u.powi(a) * w.powi(b - 1);
        }
    }
    (v, g)
}

/// The fixed point of `F₀` near `(u, w)` and `DF₀` there.
pub(super) fn centre(f: &Field, mut u: f64, mut w: f64) -> Option<([f64; 2], [[f64; 2]; 2])> {
    let jac = |u: f64, w: f64| {
        let (hu, gu) = eval_h0_f64(&f.hu, u, w);
        let (hw, gw) = eval_h0_f64(&f.hw, u, w);
        ([u * hu, hw], [[hu + u * gu[0], u * gu[1]], gw])
    };
    for _ in 0..60 {
        let ([a, b], [ga, gb]) = jac(u, w);
        let det = ga[0] * gb[1] - ga[1] * gb[0];
        if !det.is_finite() || det == 0.0 {
            return None;
        }
        u -= (a * gb[1] - b * ga[1]) / det;
        w -= (ga[0] * b - gb[0] * a) / det;
    }
    let (_, a) = jac(u, w);
    (u.is_finite() && w.is_finite() && u > 0.0 && w > 0.0).then_some(([u, w], a))
}

/// A reduced quantity converted to the backend: `(h₀, h₁, κ, E)`.
struct Red<S> {
    h0: Vec<((u32, u32), S)>,
    h1: Vec<((u32, u32, u32), S)>,
    kappa: S,
    err: S,
}

struct Search<S: Scalar> {
    ctx: S::Ctx,
    hu: Red<S>,
    hw: Red<S>,
    center: [S; 2],
    p: [S; 3],
    delta2: S,
    sigma: S,
    sigma2: S,
}

impl<S: Scalar> Search<S> {
    fn conv(q: &Reduced, ctx: &S::Ctx) -> Red<S> {
        let e = S::from_rational(&q.err, ctx);
        Red {
            h0: q
                .h0
                .iter()
                .map(|(k, c)| (*k, S::from_rational(c, ctx)))
                .collect(),
            h1: q
                .h1
                .iter()
                .map(|(k, c)| (*k, S::from_rational(c, ctx)))
                .collect(),
            kappa: S::from_rational(&q.kappa, ctx),
            err: e.hull(&-e.clone()),
        }
    }

    fn mono(c: &S, i: u32, j: u32, u: &S, w: &S, rho: &S) -> S {
        let mut x = c.clone();
        for _ in 0..i / 2 {
            x = x * u.clone();
        }
        if i % 2 == 1 {
            x = x * rho.clone();
        }
        for _ in 0..j {
            x = x * w.clone();
        }
        x
    }

    /// `h₀ + [0, σ₀]·(h₁,even + ρ·h₁,odd) + [−E, E]` on the box (the checker's evaluation).
    fn red(&self, q: &Red<S>, u: &S, w: &S) -> S {
        let s = u.clone().sqrt();
        let rho = s.hull(&-s.clone());
        let mut sum = q.err.clone();
        for ((i, j), c) in &q.h0 {
            sum = sum + Self::mono(c, *i, *j, u, w, &rho);
        }
        let sw = w.clone().sqrt();
        let e3 = q.kappa.clone() * w.clone() * sw.hull(&-sw.clone());
        // The odd ρ-powers share one factor ρ: h₁ = even + ρ·odd (one real ρ, so factoring it
        // out encloses the same values, without decorrelating the signs of the terms).
        let (mut s1, mut odd) = (S::from_int(0, &self.ctx), S::from_int(0, &self.ctx));
        for ((i, j, k), c) in &q.h1 {
            let mut x = Self::mono(c, i - i % 2, *j, u, w, &rho);
            if *k == 1 {
                x = x * e3.clone();
            }
            if i % 2 == 1 {
                odd = odd + x;
            } else {
                s1 = s1 + x;
            }
        }
        sum + self.sigma.clone() * (s1 + rho * odd)
    }

    fn f(&self, u: &S, w: &S) -> [S; 2] {
        [
            u.clone() * self.red(&self.hu, u, w),
            self.red(&self.hw, u, w),
        ]
    }

    fn form(&self, a: &[S; 2], b: &[S; 2]) -> S {
        let [p11, p12, p22] = &self.p;
        let pb0 = p11.clone() * b[0].clone() + p12.clone() * b[1].clone();
        let pb1 = p12.clone() * b[0].clone() + p22.clone() * b[1].clone();
        a[0].clone() * pb0 + a[1].clone() * pb1
    }

    fn v(&self, u: &S, w: &S) -> S {
        let eu = u.clone() - self.center[0].clone();
        let ew = w.clone() - self.center[1].clone();
        let [p11, p12, p22] = &self.p;
        p11.clone() * eu.sqr() + (p12.clone() * eu * ew.clone()).mul_int(2) + p22.clone() * ew.sqr()
    }

    fn classify(&self, b: &Box2) -> Option<char> {
        let u = S::from_bounds(&b[0][0], &b[0][1], &self.ctx);
        let w = S::from_bounds(&b[1][0], &b[1][1], &self.ctx);
        if self.delta2.lt(&self.v(&u, &w)).is_certain() {
            return Some('O');
        }
        let f = self.f(&u, &w);
        let u2 = u.hull(&(u.clone() + self.sigma2.clone() * f[0].clone()));
        let w2 = w.hull(&(w.clone() + self.sigma2.clone() * f[1].clone()));
        if self.v(&u2, &w2).lt(&self.delta2).is_certain() {
            return Some('I');
        }
        let e = [u - self.center[0].clone(), w - self.center[1].clone()];
        let d = self.form(&f, &e).mul_int(2) + self.sigma2.clone() * self.form(&f, &f);
        d.lt(&S::from_int(0, &self.ctx)).is_certain().then_some('D')
    }

    fn cover(&self, b: &Box2, depth: usize, tree: &mut String, nodes: &mut usize) -> bool {
        *nodes += 1;
        if *nodes > NODE_BUDGET {
            return false;
        }
        if let Some(code) = self.classify(b) {
            tree.push(code);
            return true;
        }
        if depth >= MAX_DEPTH {
            return false;
        }
        tree.push('S');
        let (l, r) = split(b);
        self.cover(&l, depth + 1, tree, nodes) && self.cover(&r, depth + 1, tree, nodes)
    }
}

/// Split at the exact midpoint of the wider side (`U` on ties), as the checker does.
pub(super) fn split(b: &Box2) -> (Box2, Box2) {
    let i = usize::from(&b[1][1] - &b[1][0] > &b[0][1] - &b[0][0]);
    let mid = (&b[i][0] + &b[i][1]) / BigRational::from_integer(2.into());
    let (mut l, mut r) = (b.clone(), b.clone());
    l[i][1] = mid.clone();
    r[i][0] = mid;
    (l, r)
}

/// An upper bound of `√x` on the `2⁻⁶⁴` grid (the checker's `sqrt_up`).
pub(super) fn sqrt_up(x: &BigRational) -> BigRational {
    let scale = BigInt::one() << 128u32;
    let n = (x * BigRational::from_integer(scale)).ceil().to_integer();
    let mut s = n.sqrt();
    if &s * &s < n {
        s += 1;
    }
    BigRational::new(s, BigInt::one() << 64u32)
}

pub(super) fn domain(p: usize, sigma: &BigRational, bbox: &Box2, mu: &[BigRational; 2]) -> Domain {
    let pr = BigRational::from_integer(BigInt::from(p));
    Domain {
        p,
        sigma0: sigma.clone(),
        rho: sqrt_up(&bbox[0][1]),
        xi: sqrt_up(&(&bbox[1][1] * (&pr - BigRational::one()) / &pr)),
        mu: mu.clone(),
    }
}

/// The smallest `[−2ʲ, 2ʲ]` (j ≤ [`MU_BITS`]) for which the μ conditions hold.
pub(super) fn find_mu(p: usize, sigma: &BigRational, bbox: &Box2) -> Option<[BigRational; 2]> {
    let one = [-BigRational::one(), BigRational::one()];
    let g = depth_field::mu_poly(&domain(p, sigma, bbox, &one)).ok()?;
    (0..=MU_BITS).find_map(|j| {
        let b = BigRational::from_integer(BigInt::one() << j);
        let mu = [-b.clone(), b];
        depth_field::check_mu_with(&domain(p, sigma, bbox, &mu), &g)
            .is_ok()
            .then_some(mu)
    })
}

/// The largest `j` of the μ intervals `[−2ʲ, 2ʲ]`: at p ≥ 5 the σ⁰ part of the constraint
/// polynomial (degree 4 in ξ, bounded monomial by monomial) needs `|μ|` in the thousands where
/// `W ≈ 17`; μ enters the field only through `σ⁴μ`.
const MU_BITS: u32 = 16;

fn rat_bounds<S: Scalar>(x: &S) -> Result<RationalInterval, String> {
    x.bounds()
        .map(|(lo, hi)| RationalInterval::new(lo, hi))
        .ok_or_else(|| "a range is unbounded".to_string())
}

struct Attempt {
    delta2: BigRational,
    bbox: Box2,
}

fn bbox_of(center: &[BigRational; 2], pr: &[BigRational; 3], delta2: &BigRational) -> Box2 {
    let det = &pr[0] * &pr[2] - &pr[1] * &pr[1];
    let ext = |pjj: &BigRational| sqrt_up(&(delta2 * pjj / &det));
    let (eu, ew) = (ext(&pr[2]), ext(&pr[0]));
    [
        [
            round_down(&(&center[0] - &eu), GRID_BITS),
            round_up(&(&center[0] + &eu), GRID_BITS),
        ],
        [
            round_down(&(&center[1] - &ew), GRID_BITS),
            round_up(&(&center[1] + &ew), GRID_BITS),
        ],
    ]
}

/// Find and prove a trapping region for the state `(U, W)` at `T₀` (enclosures from the
/// finite run) at depth `p`.
///
/// # Errors
/// Why no region was proved.
pub fn prove_all_time_depth<S: Scalar>(
    ctx: &S::Ctx,
    p: usize,
    u0: &RationalInterval,
    w0: &RationalInterval,
    t0: u64,
) -> Result<AllTimeDepth, String> {
    if !(3..=depth_field::MAX_P).contains(&p) {
        return Err(format!("depth must lie in 3..={}", depth_field::MAX_P));
    }
    let isqrt = num_integer::Roots::sqrt(&BigInt::from(t0));
    let sigma = BigRational::new(1.into(), isqrt);
    let mid = |x: &RationalInterval| {
        let (lo, hi) = super::ends(x);
        ((lo + hi) / BigRational::from_integer(2.into())).to_f64()
    };
    let (um, wm) = (mid(u0).unwrap_or(f64::NAN), mid(w0).unwrap_or(f64::NAN));
    // The averaged field does not depend on the domain: build it once on a small one.
    let probe = Domain {
        p,
        sigma0: sigma.clone(),
        rho: BigRational::one(),
        xi: BigRational::one(),
        mu: [-BigRational::one(), BigRational::one()],
    };
    let f0 = depth_field::build(&probe)?;
    let ([uc, wc], a) =
        centre(&f0, um, wm).ok_or("no fixed point of the averaged field near the state at T₀")?;
    let rat = |x: f64| grid(x).ok_or("non-finite centre or Lyapunov matrix");
    let center = [rat(uc)?, rat(wc)?];
    let mut tried = Vec::new();
    for shape in shapes(p) {
        match try_weight::<S>(ctx, p, u0, w0, t0, &sigma, &center, a, shape) {
            Ok(found) => return Ok(found),
            Err(why) => tried.push(why),
        }
    }
    Err(format!(
        "no trapping region proved at T₀ = {t0} (last attempt per Lyapunov form: {}); a larger \
         --steps brings the state closer to the power law",
        tried.join("; ")
    ))
}

/// A family of Lyapunov matrices `P` for `A = DF₀` at the centre.
#[derive(Clone, Copy, Debug)]
enum Shape {
    /// `AᵀP + PA = −diag(s², 1)`.
    Weighted(f64),
    /// `V = z_s² + (z_f/κ)²` in the eigen-coordinates `z_i = l_i·(X − c)` (`l_i` the unit left
    /// eigenvectors of `A`, `s` the slow and `f` the fast one), `κ = m·|λ_s/λ_f|`.
    Eigen(f64),
}

/// The forms tried at depth `p`: at p ≥ 5 the eigen-aligned ones first ([`EIGEN_MULTIPLIERS`]).
/// With `κ = m·|λ_s/λ_f|` the steady deviation (forcing)/|λ_i| of each mode fits when the fast
/// mode's forcing is `m` times the slow one's.
fn shapes(p: usize) -> Vec<Shape> {
    let mut v: Vec<Shape> = U_WEIGHTS.iter().map(|&s| Shape::Weighted(s)).collect();
    if p >= 5 {
        v = EIGEN_MULTIPLIERS
            .iter()
            .map(|&m| Shape::Eigen(m))
            .chain(v)
            .collect();
    }
    v
}

/// The multipliers `m` of [`Shape::Eigen`] tried at p ≥ 5. At p = 5 (eigenvalues −2 and
/// −54 at the fixed point (25/8, 135/8)) the σ¹ forcing of `F_U = U·H_U` (≈ 1.6 at T₀ = 10⁶,
/// mostly along the fast mode) is several times that of `F_W` projected on the slow mode, and
/// the weighted forms `−diag(s², 1)` are long where `F_U` is curved: sampling the ellipse's
/// boundary against every sign of the forcing (f64, a guide only) shows `D < 0` from `δ² ≈ 0.1`
/// for `m = 16` and `δ² ≈ 0.2` for `m = 8`, none for `m ≤ 2` below `δ² ≈ 2`.
const EIGEN_MULTIPLIERS: [f64; 2] = [16.0, 8.0];

/// The weights `s` of `U` tried in turn: `P` solves `AᵀP + PA = −diag(s², 1)`. A stiff averaged
/// field (p ≥ 5: eigenvalues ≈ −2 and −54) gives with `s = 1` an ellipse long in `U`, where
/// the field's curvature in `U` is large; a larger `s` makes it thin in `U`.
const U_WEIGHTS: [f64; 3] = [1.0, 4.0, 16.0];

/// `P` with `AᵀP + PA = −diag(s², 1)`: `P = S·P'·S` for `S = diag(s, 1)` and `P'` the
/// solution of the unweighted equation for `S·A·S⁻¹`.
fn lyapunov_weighted(a: [[f64; 2]; 2], s: f64) -> Option<[f64; 3]> {
    let p = lyapunov([[a[0][0], s * a[0][1]], [a[1][0] / s, a[1][1]]])?;
    Some([s * s * p[0], s * p[1], p[2]])
}

/// `P = l_s·l_sᵀ + l_f·l_fᵀ/κ²` ([`Shape::Eigen`]); `None` unless `A` has two distinct
/// negative real eigenvalues. The left eigenvector of `λ` is `(λ − a₂₂, a₁₂)`.
pub(super) fn lyapunov_eigen(a: [[f64; 2]; 2], m: f64) -> Option<[f64; 3]> {
    let [[a11, a12], [a21, a22]] = a;
    let (tr, det) = (a11 + a22, a11 * a22 - a12 * a21);
    let disc = tr * tr - 4.0 * det;
    if !(disc > 0.0 && det > 0.0 && tr < 0.0) || a12 == 0.0 {
        return None;
    }
    let (ls, lf) = ((tr + disc.sqrt()) / 2.0, (tr - disc.sqrt()) / 2.0);
    let unit = |l: f64| {
        let (x, y) = (l - a22, a12);
        let n = x.hypot(y);
        [x / n, y / n]
    };
    let (vs, vf) = (unit(ls), unit(lf));
    let k2 = (m * ls / lf).powi(2);
    let p = [
        vs[0] * vs[0] + vf[0] * vf[0] / k2,
        vs[0] * vs[1] + vf[0] * vf[1] / k2,
        vs[1] * vs[1] + vf[1] * vf[1] / k2,
    ];
    p.iter().all(|x| x.is_finite()).then_some(p)
}

/// The attempts (`δ²` = `2·V(start)·2ᵏ`) for the Lyapunov matrix of weight `s`.
#[allow(clippy::too_many_arguments)]
fn try_weight<S: Scalar>(
    ctx: &S::Ctx,
    p: usize,
    u0: &RationalInterval,
    w0: &RationalInterval,
    t0: u64,
    sigma: &BigRational,
    center: &[BigRational; 2],
    a: [[f64; 2]; 2],
    shape: Shape,
) -> Result<AllTimeDepth, String> {
    let pm = match shape {
        Shape::Weighted(s) => lyapunov_weighted(a, s),
        Shape::Eigen(m) => lyapunov_eigen(a, m),
    }
    .ok_or("the averaged field is not stable at its fixed point")?;
    let rat = |x: f64| grid(x).ok_or("non-finite centre or Lyapunov matrix");
    let pr = [rat(pm[0])?, rat(pm[1])?, rat(pm[2])?];
    let det = &pr[0] * &pr[2] - &pr[1] * &pr[1];
    if !(pr[0].is_positive() && det.is_positive()) {
        return Err("the rounded Lyapunov matrix is not positive definite".into());
    }
    let pt = |q: &BigRational| RationalInterval::point(q.clone());
    let eu = u0 - &pt(&center[0]);
    let ew = w0 - &pt(&center[1]);
    let two_p12 = pt(&(&pr[1] * BigRational::from_integer(2.into())));
    let v0 = pt(&pr[0]) * eu.sqr() + two_p12 * (&eu * &ew) + pt(&pr[2]) * ew.sqr();
    let floor = BigRational::new(1.into(), BigInt::one() << 40u32);
    let base = (super::ends(&v0).1 * BigRational::from_integer(2.into())).max(floor);
    let conv = |x: &BigRational| S::from_rational(x, ctx);
    let mut last = String::new();
    for k in 0..ATTEMPTS {
        let delta2 = round_up(
            &(&base * BigRational::from_integer(BigInt::from(2u64.pow(k)))),
            64,
        );
        let at = Attempt {
            bbox: bbox_of(center, &pr, &delta2),
            delta2,
        };
        if !at.bbox[0][0].is_positive() || at.bbox[1][0].is_negative() {
            last = "the region reaches U ≤ 0 or W < 0".into();
            break;
        }
        let Some(mu) = find_mu(p, sigma, &at.bbox) else {
            last = "no μ interval proved".into();
            continue;
        };
        let field = depth_field::build(&domain(p, sigma, &at.bbox, &mu))?;
        let s2 = conv(&(sigma * sigma));
        let search = Search::<S> {
            ctx: ctx.clone(),
            hu: Search::conv(&field.hu, ctx),
            hw: Search::conv(&field.hw, ctx),
            center: [conv(&center[0]), conv(&center[1])],
            p: [conv(&pr[0]), conv(&pr[1]), conv(&pr[2])],
            delta2: conv(&at.delta2),
            sigma: conv(sigma).hull(&S::from_int(0, ctx)),
            sigma2: s2.hull(&S::from_int(0, ctx)),
        };
        let (mut tree, mut nodes) = (String::new(), 0usize);
        if !search.cover(&at.bbox, 0, &mut tree, &mut nodes) {
            last = format!(
                "δ² = {:.3e} (E_U = {:.2e}, E_W = {:.2e}): some box passed no test ({nodes} boxes tried)",
                at.delta2.to_f64().unwrap_or(0.0),
                field.hu.err.to_f64().unwrap_or(0.0),
                field.hw.err.to_f64().unwrap_or(0.0)
            );
            continue;
        }
        return finish(
            ctx, &search, &field, &at, sigma, &mu, center, &pr, tree, t0, p,
        );
    }
    Err(format!("{shape:?}: {last}"))
}

#[allow(clippy::too_many_arguments)]
fn finish<S: Scalar>(
    ctx: &S::Ctx,
    search: &Search<S>,
    field: &Field,
    at: &Attempt,
    sigma: &BigRational,
    mu: &[BigRational; 2],
    center: &[BigRational; 2],
    pr: &[BigRational; 3],
    tree: String,
    t0: u64,
    p: usize,
) -> Result<AllTimeDepth, String> {
    let b = &at.bbox;
    let u = S::from_bounds(&b[0][0], &b[0][1], ctx);
    let w = S::from_bounds(&b[1][0], &b[1][1], ctx);
    let red = |q: &Reduced| search.red(&Search::conv(q, ctx), &u, &w);
    let u1 = u.clone() * red(&field.one_u);
    let w1 = red(&field.one_w);
    let d0 = red(&field.dist_even) + w.clone();
    let d1 = red(&field.dist_odd) + w1.clone();
    let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
    let leaves = tree.chars().filter(|&c| c != 'S').count();
    let s = |x: &BigRational| format_exact(x);
    Ok(AllTimeDepth {
        evidence: ev::AllTimeDepth {
            method: ev::AllTimeDepthMethod::TrappingRegion,
            t0,
            depth: p,
            sigma: s(sigma),
            mu: [s(&mu[0]), s(&mu[1])],
            center: [s(&center[0]), s(&center[1])],
            p: [s(&pr[0]), s(&pr[1]), s(&pr[2])],
            delta2: s(&at.delta2),
            bbox: [[s(&b[0][0]), s(&b[0][1])], [s(&b[1][0]), s(&b[1][1])]],
            tree,
            leaves,
        },
        t_loss: rat_bounds(&u.hull(&u1))? * half,
        t_dist2: rat_bounds(&d0.hull(&d1))?,
        t_w: rat_bounds(&w.hull(&w1))?,
    })
}
