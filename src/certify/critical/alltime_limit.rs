//! The limit of `t·ℓ(θ_t)` at depth p ≥ 3 (`y = 1`, η = 2/p): a trapping region for
//! `ζ = (X − c)/σ`, `X = (U, W)`, `σ = 1/√t`, around the exact fixed point `c` of the averaged
//! field, so that `|X_t − c| ≤ σ_t·zbox` for every `t ≥ T₀`. The lemma and the evidence are
//! stated in the checker (`certificate::check::trapping_limit`); this module finds the region:
//! `c` is the f64 Newton fixed point of the averaged field turned into the nearest rational
//! with a small denominator and kept only if it is an exact zero; `P` solves
//! `(A + I)ᵀP + P(A + I) = −I` at `A = DF₀(c)`; `δ²` runs through `2·V(ζ_{T₀})·4ᵏ`; the bounding box of the ellipse is
//! bisected until every box passes `O`, `I` or `D` (outward-rounded f64 intervals; the
//! checker re-verifies in exact rationals).

use eoscert_check::evidence as ev;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::alltime::{grid, lyapunov, round_down, round_up};
use super::alltime_depth::{centre, domain, find_mu, sqrt_up};
use super::depth_field::{self, Domain, Field, Reduced};
use crate::arith::{RationalInterval, Ring as _, Scalar};
use crate::certificate::format_exact;

/// Boxes tried per `δ²`.
const NODE_BUDGET: usize = 60_000;
/// How many `δ²` are tried.
const ATTEMPTS: u32 = 4;
/// The deepest subdivision (the checker's limit).
const MAX_DEPTH: usize = 60;
/// Bits of the grid of `P` and `zbox`.
const GRID_BITS: u32 = 40;

type Box2 = [[BigRational; 2]; 2];
/// `Σ c·U^a·W^b` as `(c, a, b)`.
type Monos = Vec<(BigRational, u32, u32)>;

/// The proved limit and rates (at `y = 1`).
#[derive(Clone, Debug)]
pub struct LimitDepth {
    /// `evidence.limit_depth`.
    pub evidence: ev::LimitDepth,
    /// `lim t·ℓ = U*/2`.
    pub t_loss: BigRational,
    /// `lim t·‖θ − 1‖²`.
    pub t_dist2: BigRational,
    /// `√t·(t·ℓ − lim)` for all `t ≥ T₀`.
    pub loss_rate: RationalInterval,
    /// `√t·(t·‖θ − 1‖² − lim)` for all `t ≥ T₀`.
    pub dist2_rate: RationalInterval,
}

/// The averaged part at an exact point (even ρ-powers only).
fn h0_at(q: &Reduced, u: &BigRational, w: &BigRational) -> Option<BigRational> {
    let mut s = BigRational::zero();
    for ((i, j), c) in &q.h0 {
        if i % 2 == 1 {
            return None;
        }
        s += c
            * num_traits::pow(u.clone(), (i / 2) as usize)
            * num_traits::pow(w.clone(), *j as usize);
    }
    Some(s)
}

/// `F₀ = (U·h₀_U, h₀_W)` as monomials `c·U^a·W^b` (even ρ-powers only, checked by [`h0_at`]).
fn f0_monos(f: &Field) -> [Monos; 2] {
    let monos = |q: &Reduced, extra: u32| {
        q.h0.iter()
            .map(|((i, j), c)| (c.clone(), i / 2 + extra, *j))
            .collect::<Vec<_>>()
    };
    [monos(&f.hu, 1), monos(&f.hw, 0)]
}

/// `∂_U`, `∂_W` of `Σ c·U^a·W^b` at an exact point.
fn grad_at(m: &[(BigRational, u32, u32)], u: &BigRational, w: &BigRational) -> [BigRational; 2] {
    let pw = |x: &BigRational, k: u32| num_traits::pow(x.clone(), k as usize);
    let mut g = [BigRational::zero(), BigRational::zero()];
    for (c, a, b) in m {
        if *a > 0 {
            g[0] += c * BigRational::from_integer((*a).into()) * pw(u, a - 1) * pw(w, *b);
        }
        if *b > 0 {
            g[1] += c * BigRational::from_integer((*b).into()) * pw(u, *a) * pw(w, b - 1);
        }
    }
    g
}

/// The best rational approximation of `x` with denominator ≤ `max_den` (continued fractions).
fn rationalize(x: f64, max_den: i64) -> Option<BigRational> {
    let (mut h0, mut h1, mut k0, mut k1) = (0i64, 1i64, 1i64, 0i64);
    let mut y = x;
    for _ in 0..40 {
        let a = y.floor();
        if !a.is_finite() || a.abs() > 1e12 {
            return None;
        }
        let a = a as i64;
        let (h2, k2) = (
            a.checked_mul(h1)?.checked_add(h0)?,
            a.checked_mul(k1)?.checked_add(k0)?,
        );
        if k2 > max_den {
            break;
        }
        (h0, h1, k0, k1) = (h1, h2, k1, k2);
        let f = y - a as f64;
        if f.abs() < 1e-13 {
            break;
        }
        y = 1.0 / f;
    }
    (k1 > 0).then(|| BigRational::new(h1.into(), k1.into()))
}

struct Search<S: Scalar> {
    ctx: S::Ctx,
    field: Field,
    /// `F₀ = (U·h₀_U, h₀_W)` as `Σ c·U^a·W^b`.
    f0: [Monos; 2],
    /// `A = DF₀(c)`, exact, by rows.
    a: [[BigRational; 2]; 2],
    center: [BigRational; 2],
    p: [S; 3],
    delta2: S,
    sigma: BigRational,
}

impl<S: Scalar> Search<S> {
    fn c(&self, x: &BigRational) -> S {
        S::from_rational(x, &self.ctx)
    }

    fn pow(&self, x: &S, k: u32) -> S {
        (0..k).fold(S::from_int(1, &self.ctx), |a, _| a * x.clone())
    }

    fn sym(&self, x: S) -> S {
        x.hull(&-x.clone())
    }

    /// `(h₀, ∂_U h₀, ∂_W h₀)` on the box (the checker's evaluation).
    fn h0(&self, q: &Reduced, u: &S, w: &S) -> [S; 3] {
        let z = || S::from_int(0, &self.ctx);
        let mut out = [z(), z(), z()];
        for ((i, j), c) in &q.h0 {
            let (a, b) = (i / 2, *j);
            let c = self.c(c);
            out[0] = out[0].clone() + c.clone() * (self.pow(u, a) * self.pow(w, b));
            if a > 0 {
                let d = c.clone() * (self.pow(u, a - 1) * self.pow(w, b));
                out[1] = out[1].clone() + d.mul_int(i64::from(a));
            }
            if b > 0 {
                let d = c.clone() * (self.pow(u, a) * self.pow(w, b - 1));
                out[2] = out[2].clone() + d.mul_int(i64::from(b));
            }
        }
        out
    }

    /// `h₁ + [−E, E]/σ₀` on the box.
    fn rest(&self, q: &Reduced, u: &S, w: &S) -> S {
        let rho = self.sym(S::from_rational(&sqrt_up(&self.hi(u)), &self.ctx));
        let e3 = w.clone()
            * self.sym(S::from_rational(
                &(&q.kappa * sqrt_up(&self.hi(w))),
                &self.ctx,
            ));
        let mut sum = self.sym(self.c(&(&q.err / &self.sigma)));
        for ((i, j, k), c) in &q.h1 {
            let mut x = self.c(c) * (self.pow(u, i / 2) * self.pow(w, *j));
            if i % 2 == 1 {
                x = x * rho.clone();
            }
            if *k == 1 {
                x = x * e3.clone();
            }
            sum = sum + x;
        }
        sum
    }

    fn hi(&self, x: &S) -> BigRational {
        x.bounds()
            .map_or_else(|| BigRational::from_integer(BigInt::one() << 64), |b| b.1)
    }

    fn xbox(&self, z: &[S; 2]) -> [S; 2] {
        let s = S::from_bounds(&BigRational::zero(), &self.sigma, &self.ctx);
        [0, 1].map(|i| self.c(&self.center[i]) + s.clone() * z[i].clone())
    }

    /// `G = A·ζ + (σ/2)·ζᵀD²F₀ζ + rests` (the checker's evaluation).
    fn g(&self, z: &[S; 2]) -> [S; 2] {
        let [u, w] = self.xbox(z);
        let f = &self.field;
        let s = S::from_bounds(&BigRational::zero(), &self.sigma, &self.ctx);
        let half = self.c(&BigRational::new(1.into(), 2.into()));
        let rests = [
            u.clone() * self.rest(&f.hu, &u, &w),
            self.rest(&f.hw, &u, &w),
        ];
        let [r0, r1] = rests;
        let rests = [r0, r1];
        [0, 1].map(|k| {
            let a = &self.a[k];
            let lin = self.c(&a[0]) * z[0].clone() + self.c(&a[1]) * z[1].clone();
            let [huu, huw, hww] = self.hessian(&self.f0[k], &u, &w);
            let quad = huu * z[0].sqr()
                + (huw * (z[0].clone() * z[1].clone())).mul_int(2)
                + hww * z[1].sqr();
            lin + (s.clone() * quad) * half.clone() + rests[k].clone()
        })
    }

    fn hessian(&self, m: &[(BigRational, u32, u32)], u: &S, w: &S) -> [S; 3] {
        let z = || S::from_int(0, &self.ctx);
        let mut h = [z(), z(), z()];
        for (c, a, b) in m {
            let (a, b) = (*a, *b);
            let terms = [
                (a >= 2, a * a.saturating_sub(1), a.saturating_sub(2), b),
                (
                    a >= 1 && b >= 1,
                    a * b,
                    a.saturating_sub(1),
                    b.saturating_sub(1),
                ),
                (b >= 2, b * b.saturating_sub(1), a, b.saturating_sub(2)),
            ];
            for (k, (ok, n, ea, eb)) in terms.into_iter().enumerate() {
                if ok {
                    let coef = self.c(&(c * BigRational::from_integer(n.into())));
                    h[k] = h[k].clone() + coef * (self.pow(u, ea) * self.pow(w, eb));
                }
            }
        }
        h
    }

    fn form(&self, a: &[S; 2], b: &[S; 2]) -> S {
        let [p11, p12, p22] = &self.p;
        let pb0 = p11.clone() * b[0].clone() + p12.clone() * b[1].clone();
        let pb1 = p12.clone() * b[0].clone() + p22.clone() * b[1].clone();
        a[0].clone() * pb0 + a[1].clone() * pb1
    }

    fn v(&self, z: &[S; 2]) -> S {
        let [p11, p12, p22] = &self.p;
        let cross = p12.clone().mul_int(2) * (z[0].clone() * z[1].clone());
        p11.clone() * z[0].sqr() + cross + p22.clone() * z[1].sqr()
    }

    fn classify(&self, b: &Box2) -> Option<char> {
        let z = [0, 1].map(|i| S::from_bounds(&b[i][0], &b[i][1], &self.ctx));
        if self.delta2.lt(&self.v(&z)).is_certain() {
            return Some('O');
        }
        let s = S::from_bounds(&BigRational::zero(), &self.sigma, &self.ctx);
        let s2 = s.sqr();
        let grow = S::from_int(1, &self.ctx) + s2.mul_int(2);
        let g = self.g(&z);
        let z2 = [0, 1].map(|i| z[i].clone() + s2.clone() * g[i].clone());
        if (grow.clone() * self.v(&z2)).lt(&self.delta2).is_certain() {
            return Some('I');
        }
        let inner = self.form(&z, &g).mul_int(2) + s2 * self.form(&g, &g);
        let d = self.v(&z).mul_int(2) + grow * inner;
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
        let (l, r) = super::alltime_depth::split(b);
        self.cover(&l, depth + 1, tree, nodes) && self.cover(&r, depth + 1, tree, nodes)
    }
}

/// `[⌊√(T·2¹²⁸)⌋, ⌊√(T·2¹²⁸)⌋ + 1]/2⁶⁴ ∋ √T` (the checker's bracket).
fn sqrt_t(t: u64) -> RationalInterval {
    let s = (BigInt::from(t) << 128u32).sqrt();
    let d = BigInt::one() << 64u32;
    RationalInterval::new(
        BigRational::new(s.clone(), d.clone()),
        BigRational::new(s + 1, d),
    )
}

fn rat_bounds<S: Scalar>(x: &S) -> Result<RationalInterval, String> {
    x.bounds()
        .map(|(lo, hi)| RationalInterval::new(lo, hi))
        .ok_or_else(|| "a range is unbounded".to_string())
}

/// A cheap necessary-condition estimate (f64, a guide only: it never proves anything, it only
/// skips a search that cannot close). In ζ the σ¹ forcing `φ` (|h₁| at the centre, with `ρ = √U*`
/// and `|e₃| = κ·W*^{3/2}`) needs an ellipse of size `≳ φ/1` along the slow mode (rate ≈ −1
/// after the shift), where the curvature term `(σ/2)·ζᵀD²F₀ζ` is `≈ σ·c₂·φ²` (`c₂` the largest
/// second derivative of `F₀` at the centre); the search is skipped when `σ·c₂·φ > 16`, e.g. p = 5
/// at T₀ = 10⁶ (φ ≈ 10³, c₂ ≈ 36).
fn hopeless(f: &Field, c: &[BigRational; 2], sigma: &BigRational) -> Option<String> {
    let (u, w) = (c[0].to_f64()?, c[1].to_f64()?);
    let phi = |q: &Reduced, scale: f64| {
        let k = q.kappa.to_f64().unwrap_or(f64::NAN);
        let s: f64 =
            q.h1.iter()
                .map(|((i, j, e), x)| {
                    let e3 = if *e == 1 { k * w.powf(1.5) } else { 1.0 };
                    x.to_f64().unwrap_or(f64::NAN).abs()
                        * u.powf(f64::from(*i) / 2.0)
                        * w.powi(*j as i32)
                        * e3
                })
                .sum();
        s * scale
    };
    let forcing = phi(&f.hu, u).max(phi(&f.hw, 1.0));
    let mut c2 = 0.0f64;
    for m in f0_monos(f).iter() {
        for (x, a, b) in m {
            let x = x.to_f64().unwrap_or(f64::NAN).abs();
            let (a, b) = (*a as i32, *b as i32);
            let d = |n: i32, k: i32| f64::from(n * (n - 1).max(0)) * if k >= 0 { 1.0 } else { 0.0 };
            c2 = c2.max(x * d(a, a - 2) * u.powi((a - 2).max(0)) * w.powi(b));
            c2 = c2.max(x * d(b, b - 2) * u.powi(a) * w.powi((b - 2).max(0)));
        }
    }
    let est = sigma.to_f64()? * c2 * forcing;
    (est.is_nan() || est > 16.0).then(|| {
        format!(
            "the σ¹ forcing (≈ {forcing:.0} in ζ) and the curvature (≈ {c2:.0}) do not fit in one \
             ellipse at this T₀ (σ·curvature·forcing ≈ {est:.0} > 16); a larger --steps"
        )
    })
}

/// Find and prove the shrinking region for the state `(U, W)` at `T₀` at depth `p`.
///
/// # Errors
/// Why no region was proved.
pub fn prove_limit_depth<S: Scalar>(
    ctx: &S::Ctx,
    p: usize,
    u0: &RationalInterval,
    w0: &RationalInterval,
    t0: u64,
) -> Result<LimitDepth, String> {
    let sigma = BigRational::new(1.into(), BigInt::from(t0).sqrt());
    let probe = Domain {
        p,
        sigma0: sigma.clone(),
        rho: BigRational::one(),
        xi: BigRational::one(),
        mu: [-BigRational::one(), BigRational::one()],
    };
    let f0 = depth_field::build(&probe)?;
    let mid = |x: &RationalInterval| {
        let (lo, hi) = super::ends(x);
        ((lo + hi) / BigRational::from_integer(2.into())).to_f64()
    };
    let (um, wm) = (mid(u0).unwrap_or(f64::NAN), mid(w0).unwrap_or(f64::NAN));
    let ([uc, wc], a) = centre(&f0, um, wm).ok_or("no fixed point of the averaged field")?;
    let center = [
        rationalize(uc, 1 << 20).ok_or("centre not finite")?,
        rationalize(wc, 1 << 20).ok_or("centre not finite")?,
    ];
    let zero = |q: &Reduced| h0_at(q, &center[0], &center[1]).is_some_and(|v| v.is_zero());
    if !(zero(&f0.hu) && zero(&f0.hw)) {
        return Err("the fixed point of the averaged field is not a small rational".into());
    }
    if let Some(why) = hopeless(&f0, &center, &sigma) {
        return Err(why);
    }
    // ζ = (X − c)/σ gains the factor √(1 + 2σ²) per two steps: V must decrease along
    // A + I, so P solves (A + I)ᵀP + P(A + I) = −I (needs every eigenvalue of A below −1).
    let shifted = [[a[0][0] + 1.0, a[0][1]], [a[1][0], a[1][1] + 1.0]];
    // At p ≥ 5 (stiff: eigenvalues ≈ −2 and −54) the eigen-aligned form balances the modes.
    let pm = if p >= 5 {
        super::alltime_depth::lyapunov_eigen(shifted, 1.0)
    } else {
        lyapunov(shifted)
    }
    .ok_or("the averaged field does not contract faster than σ = 1/√t at its fixed point")?;
    let rat = |x: f64| grid(x).ok_or("non-finite Lyapunov matrix");
    let pr = [rat(pm[0])?, rat(pm[1])?, rat(pm[2])?];
    let det = &pr[0] * &pr[2] - &pr[1] * &pr[1];
    if !(pr[0].is_positive() && det.is_positive()) {
        return Err("the rounded Lyapunov matrix is not positive definite".into());
    }
    let st = sqrt_t(t0);
    let pt = |q: &BigRational| RationalInterval::point(q.clone());
    let z0 = [
        (u0 - &pt(&center[0])) * st.clone(),
        (w0 - &pt(&center[1])) * st,
    ];
    let two_p12 = pt(&(&pr[1] * BigRational::from_integer(2.into())));
    let v0 = pt(&pr[0]) * z0[0].sqr() + two_p12 * (&z0[0] * &z0[1]) + pt(&pr[2]) * z0[1].sqr();
    let base = (super::ends(&v0).1 * BigRational::from_integer(2.into())).max(BigRational::one());
    let mut last = String::new();
    for k in 0..ATTEMPTS {
        let delta2 = round_up(
            &(&base * BigRational::from_integer(BigInt::from(4u64.pow(k)))),
            64,
        );
        let ext = |pjj: &BigRational| round_up(&sqrt_up(&(&delta2 * pjj / &det)), GRID_BITS);
        let (eu, ew) = (ext(&pr[2]), ext(&pr[0]));
        let zbox: Box2 = [[-eu.clone(), eu], [-ew.clone(), ew]];
        let bbox: Box2 = [0, 1].map(|i| {
            [
                round_down(&(&center[i] + &sigma * &zbox[i][0]), 200),
                round_up(&(&center[i] + &sigma * &zbox[i][1]), 200),
            ]
        });
        if !bbox[0][0].is_positive() || bbox[1][0].is_negative() {
            last = "the region reaches U ≤ 0 or W < 0".into();
            break;
        }
        let Some(mu) = find_mu(p, &sigma, &bbox) else {
            last = "no μ interval proved".into();
            continue;
        };
        let field = depth_field::build(&domain(p, &sigma, &bbox, &mu))?;
        let f0 = f0_monos(&field);
        let a = [0, 1].map(|k| grad_at(&f0[k], &center[0], &center[1]));
        let search = Search::<S> {
            ctx: ctx.clone(),
            f0,
            a,
            field,
            center: center.clone(),
            p: pr.each_ref().map(|x| S::from_rational(x, ctx)),
            delta2: S::from_rational(&delta2, ctx),
            sigma: sigma.clone(),
        };
        let (mut tree, mut nodes) = (String::new(), 0usize);
        if !search.cover(&zbox, 0, &mut tree, &mut nodes) {
            last = format!(
                "δ² = {:.3e}: some box passed no test ({nodes} boxes tried)",
                delta2.to_f64().unwrap_or(0.0)
            );
            continue;
        }
        return finish(&search, &zbox, &mu, &pr, &delta2, tree, t0, p);
    }
    Err(format!(
        "no shrinking region proved at T₀ = {t0} (last attempt: {last})"
    ))
}

#[allow(clippy::too_many_arguments)]
fn finish<S: Scalar>(
    search: &Search<S>,
    zbox: &Box2,
    mu: &[BigRational; 2],
    pr: &[BigRational; 3],
    delta2: &BigRational,
    tree: String,
    t0: u64,
    p: usize,
) -> Result<LimitDepth, String> {
    let f = &search.field;
    let [us, ws] = &search.center;
    let h = |q: &Reduced| h0_at(q, us, ws).ok_or("an odd ρ-power in an averaged part");
    if &(us * h(&f.one_u)?) != us || &h(&f.one_w)? != ws {
        return Err("the one-step averaged map does not fix the centre".into());
    }
    let dstar = h(&f.dist_even)? + ws;
    if h(&f.dist_odd)? + h(&f.one_w)? != dstar {
        return Err("the odd-step distance has another limit".into());
    }
    let ctx = &search.ctx;
    let zb = [0, 1].map(|i| S::from_bounds(&zbox[i][0], &zbox[i][1], ctx));
    let [u, w] = search.xbox(&zb);
    let [h1, hu, hw] = search.h0(&f.one_u, &u, &w);
    let du = (h1 + u.clone() * hu) * zb[0].clone()
        + (u.clone() * hw) * zb[1].clone()
        + u.clone() * search.rest(&f.one_u, &u, &w);
    let s1 = S::from_bounds(
        &BigRational::one(),
        &sqrt_up(&(BigRational::one() + &search.sigma * &search.sigma)),
        ctx,
    );
    let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
    let even = rat_bounds(&zb[0])?;
    let odd = rat_bounds(&(s1.clone() * du))?;
    let loss_rate = even.hull(&odd) * half;
    let lin = |q: &Reduced, plus_w: bool| {
        let [_, a, b] = search.h0(q, &u, &w);
        let b = if plus_w { b + S::from_int(1, ctx) } else { b };
        a * zb[0].clone() + b * zb[1].clone() + search.rest(q, &u, &w)
    };
    let d_even = rat_bounds(&lin(&f.dist_even, true))?;
    let d_odd = rat_bounds(&(s1 * (lin(&f.dist_odd, false) + lin(&f.one_w, false))))?;
    let dist2_rate = d_even.hull(&d_odd);
    let leaves = tree.chars().filter(|&c| c != 'S').count();
    let s = |x: &BigRational| format_exact(x);
    Ok(LimitDepth {
        evidence: ev::LimitDepth {
            method: ev::LimitDepthMethod::ShrinkingRegion,
            t0,
            depth: p,
            sigma: s(&search.sigma),
            mu: [s(&mu[0]), s(&mu[1])],
            center: [s(us), s(ws)],
            p: [s(&pr[0]), s(&pr[1]), s(&pr[2])],
            delta2: s(delta2),
            zbox: [
                [s(&zbox[0][0]), s(&zbox[0][1])],
                [s(&zbox[1][0]), s(&zbox[1][1])],
            ],
            tree,
            leaves,
        },
        t_loss: us / BigRational::from_integer(2.into()),
        t_dist2: dstar,
        loss_rate,
        dist2_rate,
    })
}
