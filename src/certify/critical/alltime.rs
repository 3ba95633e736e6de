//! `--all-time`: a computer-assisted proof that after `T₀` the rescaled critical state stays in
//! an explicit region **forever**, so that `a/t ≤ ℓ(θ_t) ≤ b/t` for every `t ≥ T₀`.
//!
//! The lemma, the polynomials and the evidence format are stated once, in
//! `eoscert_check::check::trapping` (which also re-verifies them with its own polynomials;
//! the prover's are [`super::field`]). This module *finds*
//! the region:
//!
//! 1. the centre `(u*, w*)`: Newton's method in f64 on the averaged field `F₀` (the `σ⁰` part
//!    of `F`), started from the finite run's state at `T₀` (a design choice: any centre gives a
//!    valid proof if the checks pass);
//! 2. `P` solves the Lyapunov equation `AᵀP + PA = −I` for `A = DF₀(u*, w*)` (f64, then
//!    rounded to the `2⁻⁴⁰` grid), so that `2eᵀPF₀ ≈ −‖e‖²` decreases `V` near the centre;
//! 3. `δ²` runs through `4·V(state at T₀)·4ᵏ`; for each, the bounding box of the ellipse is
//!    bisected until every box passes one of the tests `O`, `I`, `D` (interval arithmetic in
//!    the backend `S`, rigorous) or the budget is spent.
//!
//! The reported ranges are evaluated in `S` on the bounding box and converted exactly.

use eoscert_check::evidence as ev;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::field::{Field, Poly, field, split, sqrt_up};
use crate::arith::{RationalInterval, Ring as _, Scalar};
use crate::certificate::format_exact;

/// Boxes tried per `δ²` before giving up.
const NODE_BUDGET: usize = (eoscert_check::caps::trapping::MAX_TREE - 1) / 2;
/// How many `δ²` (each 4× the last) are tried.
const ATTEMPTS: u32 = 12;
/// Bits of the grid on which the centre, `P` and the bounding box are rounded.
const GRID_BITS: u32 = 40;

type Box2 = [[BigRational; 2]; 2];

/// A proved trapping region.
#[derive(Clone, Debug)]
pub struct AllTime {
    /// `evidence.all_time` (see the checker's module docs).
    pub evidence: ev::AllTime,
    /// `t·ℓ(θ_t)` for all `t ≥ T₀`.
    pub t_loss: RationalInterval,
    /// `t·Q_t` for all `t ≥ T₀`.
    pub t_q: RationalInterval,
}

/// The nearest point of the `2⁻ᴳ` grid to `x` (`None` if not finite).
pub(super) fn grid(x: f64) -> Option<BigRational> {
    let s = BigRational::from_integer(BigInt::one() << GRID_BITS);
    Some((BigRational::from_float(x)? * &s).round() / s)
}

/// `x` rounded down / up to the `2⁻ᵇ` grid.
pub(super) fn round_down(x: &BigRational, bits: u32) -> BigRational {
    let s = BigRational::from_integer(BigInt::one() << bits);
    (x * &s).floor() / s
}

pub(super) fn round_up(x: &BigRational, bits: u32) -> BigRational {
    -round_down(&-x, bits)
}

/// A polynomial in `(u, w)` (f64 coefficients): `Σ c·u^a·w^b`.
struct UwPoly(Vec<(i32, i32, f64)>);

impl UwPoly {
    /// The `σ⁰` part of `p` (only even powers of ρ occur there), times `u^m·w^n`.
    fn sigma0(p: &Poly, m: i32, n: i32) -> UwPoly {
        UwPoly(
            p.terms()
                .filter(|(e, _)| e[2] == 0)
                .map(|(e, c)| {
                    (
                        e[0] as i32 / 2 + m,
                        e[1] as i32 + n,
                        c.to_f64().unwrap_or(f64::NAN),
                    )
                })
                .collect(),
        )
    }

    /// Value and gradient at `(u, w)`.
    fn eval(&self, u: f64, w: f64) -> (f64, [f64; 2]) {
        let mut v = 0.0;
        let mut g = [0.0; 2];
        for &(a, b, c) in &self.0 {
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
}

/// The nonzero fixed point of `F₀` near `(u, w)` and `A = DF₀` there (f64). On L (`on_l`)
/// `w ≡ 0` is invariant and only `u` is solved for.
fn centre(f: &Field, mut u: f64, mut w: f64, on_l: bool) -> Option<([f64; 2], [[f64; 2]; 2])> {
    let fu = UwPoly::sigma0(&f.hu, 1, 0);
    let fw = UwPoly::sigma0(&f.hw, 0, 1);
    for _ in 0..50 {
        let (a, ga) = fu.eval(u, w);
        let (b, gb) = fw.eval(u, w);
        if on_l {
            if !(ga[0].is_finite() && ga[0] != 0.0) {
                return None;
            }
            u -= a / ga[0];
            continue;
        }
        let det = ga[0] * gb[1] - ga[1] * gb[0];
        if !det.is_finite() || det == 0.0 {
            return None;
        }
        u -= (a * gb[1] - b * ga[1]) / det;
        w -= (ga[0] * b - gb[0] * a) / det;
    }
    let (_, ga) = fu.eval(u, w);
    let (_, gb) = fw.eval(u, w);
    (u.is_finite() && w.is_finite() && u > 0.0).then_some(([u, w], [ga, gb]))
}

/// `P = [[p11, p12], [p12, p22]]` with `AᵀP + PA = −I` (f64), if positive definite.
pub(super) fn lyapunov(a: [[f64; 2]; 2]) -> Option<[f64; 3]> {
    let [[a11, a12], [a21, a22]] = a;
    // Unknowns (p11, p12, p22): 2(a11 p11 + a21 p12) = −1,
    // a12 p11 + (a11 + a22) p12 + a21 p22 = 0, 2(a12 p12 + a22 p22) = −1.
    let m = [
        [2.0 * a11, 2.0 * a21, 0.0],
        [a12, a11 + a22, a21],
        [0.0, 2.0 * a12, 2.0 * a22],
    ];
    let rhs = [-1.0, 0.0, -1.0];
    let det3 = |m: &[[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det3(&m);
    if d == 0.0 || !d.is_finite() {
        return None;
    }
    let mut p = [0.0; 3];
    for (k, pk) in p.iter_mut().enumerate() {
        let mut mk = m;
        for i in 0..3 {
            mk[i][k] = rhs[i];
        }
        *pk = det3(&mk) / d;
    }
    (p[0] > 0.0 && p[0] * p[2] - p[1] * p[1] > 0.0).then_some(p)
}

/// The region's data and the backend's evaluation of the tests.
struct Search<S: Scalar> {
    ctx: S::Ctx,
    hu: Vec<([u32; 3], S)>,
    hw: Vec<([u32; 3], S)>,
    sigma_pow: Vec<S>,
    center: [S; 2],
    p: [S; 3],
    delta2: S,
    sigma2: S,
}

impl<S: Scalar> Search<S> {
    fn poly(&self, p: &[([u32; 3], S)], u: &S, w: &S, rho: &S) -> S {
        let mut sum = S::from_int(0, &self.ctx);
        for (e, c) in p {
            let mut x = c.clone();
            for _ in 0..e[0] / 2 {
                x = x * u.clone();
            }
            if e[0] % 2 == 1 {
                x = x * rho.clone();
            }
            for _ in 0..e[1] {
                x = x * w.clone();
            }
            if e[2] > 0 {
                x = x * self.sigma_pow[e[2] as usize].clone();
            }
            sum = sum + x;
        }
        sum
    }

    fn convert(p: &Poly, ctx: &S::Ctx) -> Vec<([u32; 3], S)> {
        p.terms()
            .map(|(e, c)| (*e, S::from_rational(c, ctx)))
            .collect()
    }

    fn f(&self, u: &S, w: &S) -> [S; 2] {
        let s = u.clone().sqrt();
        let rho = s.hull(&-s.clone());
        [
            u.clone() * self.poly(&self.hu, u, w, &rho),
            w.clone() * self.poly(&self.hw, u, w, &rho),
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

    /// The test a box passes: `O`, `I`, `D`, or `None`.
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
        let d = self.form(&e, &f).mul_int(2) + self.sigma2.clone() * self.form(&f, &f);
        d.lt(&S::from_int(0, &self.ctx)).is_certain().then_some('D')
    }

    /// Bisect `b` until every box passes a test; append the preorder code to `tree`.
    fn cover(&self, b: &Box2, depth: usize, tree: &mut String, nodes: &mut usize) -> bool {
        *nodes += 1;
        if *nodes > NODE_BUDGET {
            return false;
        }
        if let Some(code) = self.classify(b) {
            tree.push(code);
            return true;
        }
        if depth >= eoscert_check::caps::trapping::MAX_DEPTH {
            return false;
        }
        tree.push('S');
        let (l, r) = split(b);
        self.cover(&l, depth + 1, tree, nodes) && self.cover(&r, depth + 1, tree, nodes)
    }
}

fn rat_bounds<S: Scalar>(x: &S) -> Result<RationalInterval, String> {
    x.bounds()
        .map(|(lo, hi)| RationalInterval::new(lo, hi))
        .ok_or_else(|| "a range is unbounded".to_string())
}

/// Find and prove a trapping region for the normalised state `(ρ, q)` at `T₀` (enclosures from
/// the finite run), with target `y` (`t·ℓ = Y²·u/2`, `t·Q = Y·w`).
///
/// # Errors
/// Why no region was proved (the caller reports `verified: false` with it).
pub fn prove_all_time<S: Scalar>(
    ctx: &S::Ctx,
    rho: &RationalInterval,
    q: &RationalInterval,
    t0: u64,
    y: &BigRational,
) -> Result<AllTime, String> {
    let f = field();
    // On L (q ≡ 0 exactly) the region is the slice w = 0: a 1-D Lyapunov function p₁₁e_u².
    let on_l = q
        .endpoints()
        .is_some_and(|(lo, hi)| lo.is_zero() && hi.is_zero());
    let Ellipse {
        center,
        pr,
        det,
        base,
    } = start_ellipse(f, rho, q, t0, on_l)?;
    let isqrt = num_integer::Roots::sqrt(&BigInt::from(t0));
    let sigma = BigRational::new(1.into(), isqrt);
    let sigma_pow: Vec<S> = (0..=64)
        .map(|k| {
            S::from_bounds(
                &BigRational::zero(),
                &num_traits::pow(sigma.clone(), k),
                ctx,
            )
        })
        .collect();
    let conv = |x: &BigRational| S::from_rational(x, ctx);
    let mut last = String::new();
    for k in 0..ATTEMPTS {
        // Rounded up to the 2⁻⁶⁴ grid (a larger δ² still contains the start).
        let delta2 = round_up(
            &(&base * BigRational::from_integer(BigInt::from(4u64.pow(k)))),
            64,
        );
        let ext = |pjj: &BigRational| sqrt_up(&(&delta2 * pjj / &det));
        let (eu, ew) = (ext(&pr[2]), ext(&pr[0]));
        let bbox: Box2 = [
            [
                round_down(&(&center[0] - &eu), GRID_BITS),
                round_up(&(&center[0] + &eu), GRID_BITS),
            ],
            if on_l {
                [BigRational::zero(), BigRational::zero()]
            } else {
                [
                    round_down(&(&center[1] - &ew), GRID_BITS),
                    round_up(&(&center[1] + &ew), GRID_BITS),
                ]
            },
        ];
        if !bbox[0][0].is_positive() {
            last = format!(
                "δ² = {:.3e}: the region reaches u ≤ 0",
                delta2.to_f64().unwrap_or(0.0)
            );
            break;
        }
        let search = Search::<S> {
            ctx: ctx.clone(),
            hu: Search::convert(&f.hu, ctx),
            hw: Search::convert(&f.hw, ctx),
            sigma_pow: sigma_pow.clone(),
            center: [conv(&center[0]), conv(&center[1])],
            p: [conv(&pr[0]), conv(&pr[1]), conv(&pr[2])],
            delta2: conv(&delta2),
            sigma2: sigma_pow[2].clone(),
        };
        let (mut tree, mut nodes) = (String::new(), 0usize);
        if !search.cover(&bbox, 0, &mut tree, &mut nodes) {
            last = format!(
                "δ² = {:.3e}: some box passed no test ({nodes} boxes tried)",
                delta2.to_f64().unwrap_or(0.0)
            );
            continue;
        }
        let region = Found {
            sigma: &sigma,
            center: &center,
            pr: &pr,
            delta2: &delta2,
            bbox: &bbox,
        };
        return finish(ctx, f, &search, &region, tree, t0, y);
    }
    Err(format!(
        "no trapping region proved at T₀ = {t0} (last attempt: {last}); a larger steps \
         brings the state closer to the power law"
    ))
}

/// The centre, the Lyapunov matrix (rounded to the grid), its determinant and the first `δ²`
/// (`4·V(start)`, at least `2⁻⁶⁰`).
struct Ellipse {
    center: [BigRational; 2],
    pr: [BigRational; 3],
    det: BigRational,
    base: BigRational,
}

/// The fixed point of the averaged field near the state `(u, w) = (T₀ρ², T₀q)` at `T₀`, `P`
/// from `AᵀP + PA = −I` (on L: `p₁₁ = −1/(2a₁₁)`) and `V` at the start, exactly.
fn start_ellipse(
    f: &Field,
    rho: &RationalInterval,
    q: &RationalInterval,
    t0: u64,
    on_l: bool,
) -> Result<Ellipse, String> {
    let tt = RationalInterval::point(BigRational::from_integer(t0.into()));
    let (u0, w0) = (&tt * &rho.sqr(), &tt * q);
    let mid = |x: &RationalInterval| {
        let (lo, hi) = super::ends(x);
        ((lo + hi) / BigRational::from_integer(2.into())).to_f64()
    };
    let (um, wm) = (mid(&u0).unwrap_or(f64::NAN), mid(&w0).unwrap_or(f64::NAN));
    let ([uc, wc], a) = centre(f, um, wm, on_l)
        .ok_or("no fixed point of the averaged field near the state at T₀")?;
    let p = if on_l {
        (a[0][0] < 0.0).then(|| [-0.5 / a[0][0], 0.0, 1.0])
    } else {
        lyapunov(a)
    }
    .ok_or("the averaged field is not stable at its fixed point")?;
    let rat = |x: f64| grid(x).ok_or("non-finite centre or Lyapunov matrix");
    let center = [rat(uc)?, rat(wc)?];
    let pr = [rat(p[0])?, rat(p[1])?, rat(p[2])?];
    let det = &pr[0] * &pr[2] - &pr[1] * &pr[1];
    if !(pr[0].is_positive() && det.is_positive()) {
        return Err("the rounded Lyapunov matrix is not positive definite".into());
    }
    let pt = |q: &BigRational| RationalInterval::point(q.clone());
    let eu = u0 - pt(&center[0]);
    let ew = w0 - pt(&center[1]);
    let two_p12 = pt(&(&pr[1] * BigRational::from_integer(2.into())));
    let v0 = pt(&pr[0]) * eu.sqr() + two_p12 * (&eu * &ew) + pt(&pr[2]) * ew.sqr();
    let floor = BigRational::new(1.into(), BigInt::one() << 60u32);
    let base = (super::ends(&v0).1 * BigRational::from_integer(4.into())).max(floor);
    Ok(Ellipse {
        center,
        pr,
        det,
        base,
    })
}

/// A proved region's parameters.
struct Found<'a> {
    sigma: &'a BigRational,
    center: &'a [BigRational; 2],
    pr: &'a [BigRational; 3],
    delta2: &'a BigRational,
    bbox: &'a Box2,
}

/// The ranges of `t·ℓ`, `t·Q` on the region and one step on, and the evidence.
fn finish<S: Scalar>(
    ctx: &S::Ctx,
    f: &Field,
    search: &Search<S>,
    r: &Found<'_>,
    tree: String,
    t0: u64,
    y: &BigRational,
) -> Result<AllTime, String> {
    let bbox = r.bbox;
    let u = S::from_bounds(&bbox[0][0], &bbox[0][1], ctx);
    let w = S::from_bounds(&bbox[1][0], &bbox[1][1], ctx);
    let s = u.clone().sqrt();
    let rho = s.hull(&-s.clone());
    let one_u: Vec<_> = Search::convert(&f.one_u, ctx);
    let one_w: Vec<_> = Search::convert(&f.one_w, ctx);
    let u1 = u.clone() * search.poly(&one_u, &u, &w, &rho);
    let w1 = w.clone() * search.poly(&one_w, &u, &w, &rho);
    let ur = rat_bounds(&u.hull(&u1))?;
    let wr = rat_bounds(&w.hull(&w1))?;
    let yy = RationalInterval::point(y.clone());
    let half = RationalInterval::point(BigRational::new(1.into(), 2.into()));
    let leaves = tree.chars().filter(|&c| c != 'S').count();
    let s = |x: &BigRational| format_exact(x);
    let (center, pr) = (r.center, r.pr);
    Ok(AllTime {
        evidence: ev::AllTime {
            method: ev::AllTimeMethod::TrappingRegion,
            t0,
            sigma: s(r.sigma),
            center: [s(&center[0]), s(&center[1])],
            p: [s(&pr[0]), s(&pr[1]), s(&pr[2])],
            delta2: s(r.delta2),
            bbox: [
                [s(&bbox[0][0]), s(&bbox[0][1])],
                [s(&bbox[1][0]), s(&bbox[1][1])],
            ],
            tree,
            leaves,
        },
        t_loss: yy.sqr() * ur * half,
        t_q: yy * wr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centre_is_the_normal_form_fixed_point() {
        // F₀ = (u(2 − 8u + 4w), w(2 − 4u)) vanishes at (1/2, 1/2); A = [[−4, 2], [−2, 0]].
        let ([u, w], a) = centre(field(), 0.4, 0.6, false).unwrap();
        approx::assert_abs_diff_eq!(u, 0.5, epsilon = 1e-12);
        approx::assert_abs_diff_eq!(w, 0.5, epsilon = 1e-12);
        approx::assert_abs_diff_eq!(a[0][0], -4.0, epsilon = 1e-9);
        approx::assert_abs_diff_eq!(a[1][0], -2.0, epsilon = 1e-9);
        // On L: u(2 − 8u) = 0 at u = 1/4, slope −2.
        let ([u, w], a) = centre(field(), 0.3, 0.0, true).unwrap();
        approx::assert_abs_diff_eq!(u, 0.25, epsilon = 1e-12);
        assert_eq!(w, 0.0);
        approx::assert_abs_diff_eq!(a[0][0], -2.0, epsilon = 1e-9);
    }

    #[test]
    fn lyapunov_solves_the_equation() {
        // For A = [[−4, 2], [−2, 0]] by hand: P = [[1/4, −1/4], [−1/4, 3/4]].
        let p = lyapunov([[-4.0, 2.0], [-2.0, 0.0]]).unwrap();
        approx::assert_abs_diff_eq!(p[0], 0.25, epsilon = 1e-12);
        approx::assert_abs_diff_eq!(p[1], -0.25, epsilon = 1e-12);
        approx::assert_abs_diff_eq!(p[2], 0.75, epsilon = 1e-12);
        // An unstable A has no positive definite solution.
        assert!(lyapunov([[1.0, 0.0], [0.0, -1.0]]).is_none());
    }
}
