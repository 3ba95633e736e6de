//! The desingularised cycle system of the period-doubling cascade on L, generic over [`Scalar`].
//!
//! # Coordinates
//! A period-n orbit (n = 2k) s₀, …, s_{n−1} of φ(s) = s − η(s^p − y)s^{p−1} is written in pairs
//! `s_i = u_i + v_i`, `s_{i+k} = u_i − v_i` (i < k), with `v_i = v₀·w_i`, `w₀ = 1`, `t = v₀²`.
//! With the Taylor coefficients `c_j(u) = φ^{(j)}(u)/j!`,
//!
//! ```text
//! E(u, τ) = (φ(u+v) + φ(u−v))/2 = Σ_m c_{2m}(u) τ^m,
//! D(u, τ) = (φ(u+v) − φ(u−v))/(2v) = Σ_m c_{2m+1}(u) τ^m,     τ = v²,
//! ```
//! the orbit equations φ(s_i) = s_{i+1} become, with `τ_i = t·w_i²`,
//!
//! ```text
//! E(u_i, τ_i) − u_{i+1 mod k} = 0                       (i < k)
//! D(u_i, τ_i)·w_i − w_{i+1} = 0                         (i < k − 1)
//! D(u_{k−1}, τ_{k−1})·w_{k−1} + 1 = 0
//! ```
//! in the 2k unknowns `x = (u₀…u_{k−1}, t, w₁…w_{k−1})`. (The sums of the pair equations give
//! the first line; their differences divided by `v₀` the other two: the division removes the
//! period-k solution v = 0, which for the plain system φ(s_i) − s_{i+1} is a second zero next
//! to the period-n orbit near the window's start.) A zero with `t > 0` is a genuine orbit of
//! minimal period n: `v₀ ≠ 0` gives s₀ ≠ s_k, and every proper divisor of n = 2^j divides k.
//! Conversely every period-n orbit gives a zero (pair s_i with s_{i+k}; w_i = v_i/v₀).
//!
//! At `t = 0` the system reads φ(u_i) = u_{i+1}, w_{i+1} = φ′(u_i)w_i, φ′(u_{k−1})w_{k−1} = −1:
//! a period-k orbit whose multiplier ∏φ′(u_i) along L is −1. With η as a further unknown this
//! is the *window-end system*: its zero is the (orbit, η) where the period-k window ends.
//!
//! # Multipliers
//! The Jacobian of GD at s·1 is φ′(s) on 1 and `g(s) = 1 + η(s^p − y)s^{p−2}` on 1^⊥
//! (`orbit` module, Jacobian lemma), so the n-step Jacobian at the orbit has the eigenvalues
//! `∏_i φ′(s_i)` (along L) and `∏_i g(s_i)` (on 1^⊥, multiplicity p − 1). Each pair factor
//! `φ′(u+v)φ′(u−v)` and `g(u+v)g(u−v)` is even in v, evaluated here as a polynomial in τ from
//! the Taylor coefficients of φ′ and g at u (so its enclosure over a box depends on the width of
//! τ, not of √τ).
//!
//! Evaluation order is fixed (powers left to right, Horner in τ, sums left to right): the
//! checker mirrors it exactly.

use num_rational::BigRational;

use crate::arith::Scalar;
use crate::dynamics::{Map, MapIn};

/// The largest depth the regime map accepts (binomials C(2p−1, j) stay far inside i64).
pub const MAX_DEPTH: usize = 16;

/// `C(n, j)` (exact in i64 for n ≤ 31).
pub fn binomial(n: usize, j: usize) -> i64 {
    if j > n {
        return 0;
    }
    let mut c: i64 = 1;
    for i in 0..j {
        c = c * (n - i) as i64 / (i + 1) as i64;
    }
    c
}

/// The scalar map on L and the desingularised system for period n = 2k.
#[derive(Clone, Debug)]
pub struct Cascade<S> {
    /// Depth p.
    pub p: usize,
    /// Target y.
    pub y: S,
    /// Half the period: the system is for period 2k.
    pub k: usize,
}

/// `Σ_m coef[m]·τ^m` by Horner (highest coefficient first); `coef` non-empty.
pub fn horner<S: Scalar>(coef: &[S], tau: &S) -> S {
    let mut acc = coef[coef.len() - 1].clone();
    for c in coef[..coef.len() - 1].iter().rev() {
        acc = acc * tau.clone() + c.clone();
    }
    acc
}

/// Pair factor: the even part `Σ_m (Σ_{j+l=2m} (−1)^l a_j a_l) τ^m` of `a(v)·a(−v)` for the
/// Taylor vector `a` (so that `A(u+v)A(u−v) = Σ_m q_m τ^m`).
pub fn pair_coefficients<S: Scalar>(a: &[S]) -> Vec<S> {
    let deg = a.len() - 1;
    (0..=deg)
        .map(|m| {
            let mut acc: Option<S> = None;
            for j in 0..=(2 * m).min(deg) {
                let l = 2 * m - j;
                if l > deg {
                    continue;
                }
                let term = a[j].clone() * a[l].clone();
                let term = if l % 2 == 1 { -term } else { term };
                acc = Some(match acc {
                    None => term,
                    Some(s) => s + term,
                });
            }
            acc.expect("j = m − ... always hits")
        })
        .collect()
}

/// Per-point values needed by the residual and the Jacobian.
struct Point<S> {
    e: S,
    d: S,
    e_u: S,
    e_tau: S,
    d_u: S,
    d_tau: S,
    e_eta: S,
    d_eta: S,
}

impl<S: Scalar> Cascade<S> {
    /// The cascade system for depth p, target y and period 2k.
    pub fn new(p: usize, y: S, k: usize) -> Self {
        Cascade { p, y, k }
    }

    /// `u^0 … u^{2p−1}` by left-to-right multiplication.
    fn powers(&self, u: &S) -> Vec<S> {
        let mut pw = vec![S::from_int(1, &u.ctx())];
        for i in 1..2 * self.p {
            let next = pw[i - 1].clone() * u.clone();
            pw.push(next);
        }
        pw
    }

    /// `b_j(u) = C(2p−1, j)u^{2p−1−j} − (C(p−1, j)y)u^{p−1−j}` for j = 0..2p−1, so that
    /// `c_j = a_j − η b_j` (a₀ = u, a₁ = 1, else 0) are the Taylor coefficients of φ at u.
    fn b_coefficients(&self, pw: &[S]) -> Vec<S> {
        let p = self.p;
        (0..2 * p)
            .map(|j| {
                let first = pw[2 * p - 1 - j].mul_int(binomial(2 * p - 1, j));
                if j < p {
                    first - self.y.mul_int(binomial(p - 1, j)) * pw[p - 1 - j].clone()
                } else {
                    first
                }
            })
            .collect()
    }

    /// The Taylor coefficients `c_j = φ^{(j)}(u)/j!`, j = 0..2p−1.
    pub fn phi_taylor(&self, u: &S, eta: &S) -> Vec<S> {
        let b = self.b_coefficients(&self.powers(u));
        let ctx = u.ctx();
        b.iter()
            .enumerate()
            .map(|(j, bj)| {
                let a = match j {
                    0 => u.clone(),
                    1 => S::from_int(1, &ctx),
                    _ => S::from_int(0, &ctx),
                };
                a - eta.clone() * bj.clone()
            })
            .collect()
    }

    /// Taylor coefficients of φ′ at u: `d_j = (j+1)c_{j+1}`, j = 0..2p−2.
    pub fn dphi_taylor(c: &[S]) -> Vec<S> {
        (1..c.len()).map(|j| c[j].mul_int(j as i64)).collect()
    }

    /// Taylor coefficients of `g(s) = 1 + η(s^{2p−2} − y s^{p−2})` at u, j = 0..2p−2:
    /// `g_j = [j = 0] + η(C(2p−2, j)u^{2p−2−j} − (C(p−2, j)y)u^{p−2−j})`.
    pub fn transverse_taylor(&self, u: &S, eta: &S) -> Vec<S> {
        let p = self.p;
        let pw = self.powers(u);
        let ctx = u.ctx();
        (0..=2 * p - 2)
            .map(|j| {
                let first = pw[2 * p - 2 - j].mul_int(binomial(2 * p - 2, j));
                let tang = if j <= p - 2 {
                    first - self.y.mul_int(binomial(p - 2, j)) * pw[p - 2 - j].clone()
                } else {
                    first
                };
                let a = S::from_int(i64::from(j == 0), &ctx);
                a + eta.clone() * tang
            })
            .collect()
    }

    fn point(&self, u: &S, tau: &S, eta: &S) -> Point<S> {
        let b = self.b_coefficients(&self.powers(u));
        let ctx = u.ctx();
        let c: Vec<S> = b
            .iter()
            .enumerate()
            .map(|(j, bj)| {
                let a = match j {
                    0 => u.clone(),
                    1 => S::from_int(1, &ctx),
                    _ => S::from_int(0, &ctx),
                };
                a - eta.clone() * bj.clone()
            })
            .collect();
        let half = self.p; // c has 2p entries: even indices 0,2,…,2p−2; odd 1,…,2p−1.
        let even = |v: &[S], shift: usize| -> Vec<S> {
            (0..half)
                .filter_map(|m| v.get(2 * m + shift).cloned())
                .collect()
        };
        let ce = even(&c, 0);
        let co = even(&c, 1);
        // E_u = Σ (2m+1)c_{2m+1}τ^m, D_u = Σ (2m+2)c_{2m+2}τ^m.
        let eu: Vec<S> = (0..half)
            .map(|m| c[2 * m + 1].mul_int(2 * m as i64 + 1))
            .collect();
        let du: Vec<S> = (0..half - 1)
            .map(|m| c[2 * m + 2].mul_int(2 * m as i64 + 2))
            .collect();
        // E_τ = Σ_{m≥1} m c_{2m}τ^{m−1}, D_τ = Σ_{m≥1} m c_{2m+1}τ^{m−1}.
        let et: Vec<S> = (1..half).map(|m| c[2 * m].mul_int(m as i64)).collect();
        let dt: Vec<S> = (1..half).map(|m| c[2 * m + 1].mul_int(m as i64)).collect();
        let be: Vec<S> = (0..half).map(|m| -b[2 * m].clone()).collect();
        let bo: Vec<S> = (0..half).map(|m| -b[2 * m + 1].clone()).collect();
        Point {
            e: horner(&ce, tau),
            d: horner(&co, tau),
            e_u: horner(&eu, tau),
            e_tau: horner(&et, tau),
            d_u: horner(&du, tau),
            d_tau: horner(&dt, tau),
            e_eta: horner(&be, tau),
            d_eta: horner(&bo, tau),
        }
    }

    /// `τ_i = t·w_i²` (`τ₀ = t`).
    fn tau(&self, x: &[S], i: usize) -> S {
        let t = x[self.k].clone();
        if i == 0 { t } else { t * x[self.k + i].sqr() }
    }

    /// The residual of the system at x = (u, t, w) and learning rate η.
    pub fn residual(&self, x: &[S], eta: &S) -> Vec<S> {
        let k = self.k;
        let one = S::from_int(1, &x[0].ctx());
        let pts: Vec<Point<S>> = (0..k)
            .map(|i| self.point(&x[i], &self.tau(x, i), eta))
            .collect();
        let mut r = Vec::with_capacity(2 * k);
        for (i, pt) in pts.iter().enumerate() {
            r.push(pt.e.clone() - x[(i + 1) % k].clone());
        }
        for (i, pt) in pts.iter().enumerate() {
            let dw = if i == 0 {
                pt.d.clone()
            } else {
                pt.d.clone() * x[k + i].clone()
            };
            r.push(if i + 1 < k {
                dw - x[k + i + 1].clone()
            } else {
                dw + one.clone()
            });
        }
        r
    }

    /// The Jacobian of [`Cascade::residual`] in (u, t, w) (2k columns) and, as a last column,
    /// in η: a 2k × (2k + 1) matrix.
    pub fn jacobian(&self, x: &[S], eta: &S) -> Vec<Vec<S>> {
        let k = self.k;
        let ctx = x[0].ctx();
        let zero = S::from_int(0, &ctx);
        let mut jac = vec![vec![zero.clone(); 2 * k + 1]; 2 * k];
        let t = x[k].clone();
        for i in 0..k {
            let pt = self.point(&x[i], &self.tau(x, i), eta);
            // ∂τ_i/∂t = w_i², ∂τ_i/∂w_i = 2tw_i.
            let w = (i > 0).then(|| x[k + i].clone());
            let dtau_dt = w.as_ref().map(|w| w.sqr());
            let dtau_dw = w.as_ref().map(|w| (t.clone() * w.clone()).mul_int(2));
            // E row.
            let row = &mut jac[i];
            row[i] = pt.e_u.clone();
            let next = (i + 1) % k;
            row[next] = row[next].clone() - S::from_int(1, &ctx);
            row[k] = match &dtau_dt {
                None => pt.e_tau.clone(),
                Some(d) => pt.e_tau.clone() * d.clone(),
            };
            if let Some(d) = &dtau_dw {
                row[k + i] = pt.e_tau.clone() * d.clone();
            }
            row[2 * k] = pt.e_eta.clone();
            // D row: D_i·w_i (∓ w_{i+1} or + 1).
            let row = &mut jac[k + i];
            match &w {
                None => {
                    row[i] = pt.d_u.clone();
                    row[k] = pt.d_tau.clone();
                    row[2 * k] = pt.d_eta.clone();
                }
                Some(w) => {
                    row[i] = pt.d_u.clone() * w.clone();
                    row[k] = pt.d_tau.clone() * dtau_dt.clone().expect("w") * w.clone();
                    row[k + i] =
                        pt.d.clone() + pt.d_tau.clone() * dtau_dw.clone().expect("w") * w.clone();
                    row[2 * k] = pt.d_eta.clone() * w.clone();
                }
            }
            if i + 1 < k {
                row[k + i + 1] = -S::from_int(1, &ctx);
            }
        }
        jac
    }

    /// The n-step multipliers over x at η: (along L, on 1^⊥), each `∏_i A(u_i+v_i)A(u_i−v_i)`.
    pub fn multipliers(&self, x: &[S], eta: &S) -> (S, S) {
        let mut along: Option<S> = None;
        let mut across: Option<S> = None;
        for i in 0..self.k {
            let tau = self.tau(x, i);
            let c = self.phi_taylor(&x[i], eta);
            let ql = horner(&pair_coefficients(&Self::dphi_taylor(&c)), &tau);
            let qt = horner(
                &pair_coefficients(&self.transverse_taylor(&x[i], eta)),
                &tau,
            );
            along = Some(along.map_or(ql.clone(), |a| a * ql));
            across = Some(across.map_or(qt.clone(), |a| a * qt));
        }
        (along.expect("k ≥ 1"), across.expect("k ≥ 1"))
    }

    /// The window-end system: unknowns z = (u₀…u_{k−1}, w₁…w_{k−1}, η) with t = 0 (2k
    /// unknowns). Returns the full x = (u, 0, w) and η.
    pub fn split_end(&self, z: &[S]) -> (Vec<S>, S) {
        let k = self.k;
        let mut x = z[..k].to_vec();
        x.push(S::from_int(0, &z[0].ctx()));
        x.extend_from_slice(&z[k..2 * k - 1]);
        (x, z[2 * k - 1].clone())
    }

    /// The residual of the window-end system.
    pub fn end_residual(&self, z: &[S]) -> Vec<S> {
        let (x, eta) = self.split_end(z);
        self.residual(&x, &eta)
    }

    /// The Jacobian of the window-end system: the columns u, w and η of [`Cascade::jacobian`].
    pub fn end_jacobian(&self, z: &[S]) -> Vec<Vec<S>> {
        let k = self.k;
        let (x, eta) = self.split_end(z);
        self.jacobian(&x, &eta)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .map(|(_, v)| v)
                    .collect()
            })
            .collect()
    }
}

/// The desingularised period-2k cycle system of the depth-p line map φ_η (module docs) as a
/// [`Map`] x ↦ F(x, η) on x = (u, t, w) ∈ ℝ^{2k}, for every η of the cell [`eta`](Self::eta):
/// its zeros with t > 0 are the period-2k orbits of φ_η. The regime map's Krawczyk cells prove
/// its zeros ([`CycleIn`], constants enclosed once per backend).
#[derive(Clone, Debug)]
pub struct CycleSystem {
    /// Depth p.
    pub p: usize,
    /// Target y.
    pub y: BigRational,
    /// Half the period.
    pub k: usize,
    /// The cell of learning rates `[lo, hi]` (`lo ≤ hi`; a point for `lo = hi`).
    pub eta: (BigRational, BigRational),
}

impl CycleSystem {
    /// The system in the backend of `ctx`, its constants enclosed once.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> (Cascade<S>, S) {
        (
            Cascade::new(self.p, S::from_rational(&self.y, ctx), self.k),
            S::from_bounds(&self.eta.0, &self.eta.1, ctx),
        )
    }
}

/// [`CycleSystem`] in one backend: the cascade and the η enclosure.
pub struct CycleIn<'a, S> {
    /// The cascade (depth, target, k).
    pub sys: &'a Cascade<S>,
    /// The enclosure of the η cell.
    pub eta: S,
}

impl<S: Scalar> MapIn<S> for CycleIn<'_, S> {
    fn dim(&self) -> usize {
        2 * self.sys.k
    }

    fn eval(&self, x: &[S]) -> Vec<S> {
        self.sys.residual(x, &self.eta)
    }

    /// The first 2k columns of [`Cascade::jacobian`] (the η column dropped).
    fn eval_jacobian(&self, x: &[S]) -> Option<Vec<Vec<S>>> {
        let n = 2 * self.sys.k;
        Some(
            self.sys
                .jacobian(x, &self.eta)
                .into_iter()
                .map(|mut r| {
                    r.truncate(n);
                    r
                })
                .collect(),
        )
    }
}

impl Map for CycleSystem {
    fn dim(&self) -> usize {
        2 * self.k
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let (sys, eta) = self.constants::<S>(ctx);
        CycleIn { sys: &sys, eta }.eval(x)
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let (sys, eta) = self.constants::<S>(ctx);
        CycleIn { sys: &sys, eta }.eval_jacobian(x)
    }
}

/// The window-end system of the period-k window (module docs) as a [`Map`] z ↦ F(z) on
/// z = (u₀…u_{k−1}, w₁…w_{k−1}, η) ∈ ℝ^{2k} (t = 0, η an unknown): its zero is the orbit and
/// the η where the period-k window ends (multiplier −1 along L).
#[derive(Clone, Debug)]
pub struct EndSystem {
    /// Depth p.
    pub p: usize,
    /// Target y.
    pub y: BigRational,
    /// The period k of the window.
    pub k: usize,
}

impl EndSystem {
    /// The system in the backend of `ctx`, its constant y enclosed once.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> EndIn<S> {
        EndIn(Cascade::new(self.p, S::from_rational(&self.y, ctx), self.k))
    }
}

/// [`EndSystem`] in one backend.
pub struct EndIn<S>(pub Cascade<S>);

impl<S: Scalar> MapIn<S> for EndIn<S> {
    fn dim(&self) -> usize {
        2 * self.0.k
    }

    fn eval(&self, z: &[S]) -> Vec<S> {
        self.0.end_residual(z)
    }

    fn eval_jacobian(&self, z: &[S]) -> Option<Vec<Vec<S>>> {
        Some(self.0.end_jacobian(z))
    }
}

impl Map for EndSystem {
    fn dim(&self) -> usize {
        2 * self.k
    }

    fn step<S: Scalar>(&self, z: &[S], ctx: &S::Ctx) -> Vec<S> {
        self.constants::<S>(ctx).eval(z)
    }

    fn jacobian<S: Scalar>(&self, z: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        self.constants::<S>(ctx).eval_jacobian(z)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phi(p: usize, y: f64, eta: f64, s: f64) -> f64 {
        s - eta * (s.powi(p as i32) - y) * s.powi(p as i32 - 1)
    }

    /// The residual at a float period-2k orbit computed by plain iteration is ~0, and the
    /// Jacobian matches central differences.
    #[test]
    fn residual_and_jacobian_against_direct_formulas() {
        // p = 2, y = 1, η = 1.1: the period-2 orbit has the closed form s± = (√(1+3/η) ± √(1−1/η))/2.
        let eta: f64 = 1.1;
        let (a, b) = (
            ((1.0 + 3.0 / eta).sqrt() + (1.0 - 1.0 / eta).sqrt()) / 2.0,
            ((1.0 + 3.0 / eta).sqrt() - (1.0 - 1.0 / eta).sqrt()) / 2.0,
        );
        assert!((phi(2, 1.0, eta, a) - b).abs() < 1e-14);
        let sys = Cascade::new(2, 1.0f64, 1);
        let x = [(a + b) / 2.0, ((a - b) / 2.0).powi(2)];
        let r = sys.residual(&x, &eta);
        assert!(r.iter().all(|v| v.abs() < 1e-13), "{r:?}");
        for p in [2usize, 3, 5] {
            for k in [1usize, 2, 4] {
                let sys = Cascade::new(p, 1.3f64, k);
                let x: Vec<f64> = (0..2 * k).map(|i| 0.7 + 0.05 * i as f64).collect();
                let eta = 0.37;
                let jac = sys.jacobian(&x, &eta);
                let h = 1e-6;
                for j in 0..=2 * k {
                    let (mut xp, mut xm) = (x.clone(), x.clone());
                    let (mut ep, mut em) = (eta, eta);
                    if j < 2 * k {
                        xp[j] += h;
                        xm[j] -= h;
                    } else {
                        ep += h;
                        em -= h;
                    }
                    let (rp, rm) = (sys.residual(&xp, &ep), sys.residual(&xm, &em));
                    for i in 0..2 * k {
                        let fd = (rp[i] - rm[i]) / (2.0 * h);
                        assert!(
                            (fd - jac[i][j]).abs() < 1e-6 * (1.0 + fd.abs()),
                            "p {p} k {k} ({i},{j}): {fd} vs {}",
                            jac[i][j]
                        );
                    }
                }
            }
        }
    }

    /// The pair products equal φ′(u+v)φ′(u−v) and g(u+v)g(u−v) evaluated directly.
    #[test]
    fn multipliers_against_direct_products() {
        for p in [2usize, 3, 5] {
            let (y, eta) = (1.7f64, 0.23);
            let pi = p as i32;
            let dphi = |s: f64| {
                1.0 - eta
                    * ((2 * pi - 1) as f64 * s.powi(2 * pi - 2)
                        - (pi - 1) as f64 * y * s.powi(pi - 2))
            };
            let g = |s: f64| 1.0 + eta * (s.powi(pi) - y) * s.powi(pi - 2);
            let sys = Cascade::new(p, y, 2);
            let x = [0.9, 1.1, 0.04, -0.8];
            let (ml, mt) = sys.multipliers(&x, &eta);
            let v0 = 0.2f64;
            let v1 = v0 * -0.8;
            let s = [0.9 + v0, 1.1 + v1, 0.9 - v0, 1.1 - v1];
            let dl: f64 = s.iter().map(|&v| dphi(v)).product();
            let dt: f64 = s.iter().map(|&v| g(v)).product();
            assert!((ml - dl).abs() < 1e-12 * (1.0 + dl.abs()), "{ml} {dl}");
            assert!((mt - dt).abs() < 1e-12 * (1.0 + dt.abs()), "{mt} {dt}");
        }
    }

    /// The cycle and window-end systems are [`Map`]s: their Jacobians match exact central
    /// differences (the shared helper of the dynamics layer, which catches a wrong Jacobian),
    /// and the cycle system's residual vanishes at the closed-form period-2 orbit of depth 2.
    #[test]
    fn the_systems_are_maps_with_their_jacobians() {
        use crate::arith::parse_rational;
        use crate::dynamics::tests::assert_jacobian_matches_differences;
        let q = |s: &str| parse_rational(s).unwrap();
        for (p, k) in [(2, 1), (3, 2), (2, 2)] {
            let cycle = CycleSystem {
                p,
                y: q("1"),
                k,
                eta: (q("11/10"), q("11/10")),
            };
            let at: Vec<String> = (0..2 * k).map(|i| format!("{}/7", 5 + i)).collect();
            let at: Vec<&str> = at.iter().map(String::as_str).collect();
            assert_jacobian_matches_differences(&cycle, &at);
            let end = EndSystem { p, y: q("3/2"), k };
            assert_jacobian_matches_differences(&end, &at);
            assert_eq!(Map::dim(&end), 2 * k);
        }
        // p = 2, y = 1, η = 3/2: s± = (√(1 + 3/η) ± √(1 − 1/η))/2 = (√3 ± √(1/3))/2, so
        // u = √3/2, v² = 1/12, and the residual at (u, t = 1/12) encloses 0.
        let cycle = CycleSystem {
            p: 2,
            y: q("1"),
            k: 1,
            eta: (q("3/2"), q("3/2")),
        };
        let ctx = 64u32;
        let u = crate::arith::MpfrInterval::from_int(3, &ctx).sqrt()
            * crate::arith::MpfrInterval::from_rational(&q("1/2"), &ctx);
        let t = crate::arith::MpfrInterval::from_rational(&q("1/12"), &ctx);
        for r in cycle.step(&[u, t], &ctx) {
            assert!(r.contains_zero(), "{r:?}");
        }
    }
}
