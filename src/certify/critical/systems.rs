//! The two exact maps the critical engine iterates, written once over [`Num`].
//!
//! - [`Rq`]: the exact planar reduction of GD for p = 2 / the inner-product model, in the
//!   normalised variables `ρ = r/Y`, `q = Q/Y` with `h = ηY` (MacDonald et al.):
//!   `ρ' = (1 − 2h)ρ + (h² − 2h)ρ² + h²ρ³ − hqρ`, `q' = q(1 + hρ)²`. At `h = 1` (η = η_crit) the
//!   Jacobian at the flattest minimum (0, 0) is `diag(−1, 1)`, so the error basis is the identity.
//! - [`Theta`]: full GD for `ℓ = ½(θ₁⋯θ_p − y)²` in deviation coordinates `w = θ − c·1`, with
//!   `c` a dyadic approximation of `y^{1/p}` (the expansion is exact for any `c`; a `c` near the
//!   minimum keeps `w` small, so rounding errors are relative to the small deviation, not to 1).
//!   The error basis is `W = [1, e₁ − e₂, …, e_{p−1} − e_p]`, in which the Jacobian at the flattest
//!   minimum is `diag(−1, 1, …, 1)` exactly.

use num_rational::BigRational;
use num_traits::{One, Zero};

use super::ball::{Ball, Num};

/// A map, its Jacobian, and the error basis the engine propagates radii in.
pub trait System<T: Num> {
    /// Dimension.
    fn dim(&self) -> usize;
    /// One GD step on balls (with point inputs, the output radius bounds the rounding error).
    fn step(&self, x: &[T], out: &mut [T]);
    /// The Jacobian (row-major `n×n`) enclosed over the box `x`.
    fn jac(&self, x: &[Ball], out: &mut [Ball]);
    /// The error basis `W` and its inverse (exact rationals), or `None` for the identity.
    fn basis(&self) -> Option<(Vec<BigRational>, Vec<BigRational>)>;
    /// Whether the box `x` lies in the region where the reported formulas are valid
    /// (default: everywhere).
    fn domain_ok(&self, _x: &[Ball]) -> bool {
        true
    }
}

/// Constants of [`Rq`] in one number type.
#[derive(Clone, Copy, Debug)]
struct RqC<T> {
    h: T,
    k1: T,
    k2: T,
    k3: T,
    two: T,
    one: T,
    three: T,
}

impl<T: Num> RqC<T> {
    fn new(h: &BigRational) -> Self {
        let one = BigRational::one();
        let two = &one + &one;
        RqC {
            h: T::from_rat(h),
            k1: T::from_rat(&(&one - &two * h)),
            k2: T::from_rat(&(h * h - &two * h)),
            k3: T::from_rat(&(h * h)),
            two: T::from_rat(&two),
            one: T::from_rat(&one),
            three: T::from_rat(&(&two + &one)),
        }
    }

    #[inline(always)]
    fn step(&self, x: &[T], out: &mut [T]) {
        let (r, q) = (x[0], x[1]);
        // ρ' = k1ρ + ρ(ρ(k2 + k3ρ) − hq): the small correction is added to the leading term last.
        let corr = r * (r * (self.k2 + self.k3 * r) - self.h * q);
        out[0] = self.k1 * r + corr;
        // q' = q + q·hρ(2 + hρ).
        let hr = self.h * r;
        out[1] = q + q * (hr * (self.two + hr));
    }

    #[inline(always)]
    fn jac(&self, x: &[T], out: &mut [T]) {
        let (r, q) = (x[0], x[1]);
        let hr = self.h * r;
        let a = self.one + hr;
        out[0] = self.k1 + r * (self.two * self.k2 + self.three * self.k3 * r) - self.h * q;
        out[1] = -hr;
        out[2] = self.two * self.h * q * a;
        out[3] = a * a;
    }
}

/// The exact (r, Q) system, normalised by `Y`.
pub struct Rq<T> {
    c: RqC<T>,
    cb: RqC<Ball>,
}

impl<T: Num> Rq<T> {
    /// The system with `h = ηY`.
    pub fn new(h: &BigRational) -> Self {
        Rq {
            c: RqC::new(h),
            cb: RqC::new(h),
        }
    }
}

impl<T: Num> System<T> for Rq<T> {
    fn dim(&self) -> usize {
        2
    }
    #[inline(always)]
    fn step(&self, x: &[T], out: &mut [T]) {
        self.c.step(x, out)
    }
    #[inline(always)]
    fn jac(&self, x: &[Ball], out: &mut [Ball]) {
        self.cb.jac(x, out)
    }
    fn basis(&self) -> Option<(Vec<BigRational>, Vec<BigRational>)> {
        None
    }
    /// `1 − hρ > 0` on the box, so that `x + y` keeps its sign ((x+y)' = (x+y)(1 − hρ)).
    #[inline(always)]
    fn domain_ok(&self, x: &[Ball]) -> bool {
        super::ball::mul_up(self.cb.h.mag(), x[0].mag()) < 1.0
    }
}

/// Constants of [`Theta`] in one number type.
#[derive(Clone, Debug)]
struct ThC<T> {
    /// `c^k`, k = 0..=p.
    cpow: Vec<T>,
    /// `c^p − y`.
    resid0: T,
    /// `η`.
    eta: T,
    /// `η c^{p−1}`.
    kappa: T,
    /// 1.
    one: T,
    /// 0.
    zero: T,
}

impl<T: Num> ThC<T> {
    fn new(p: usize, c: &BigRational, y: &BigRational, eta: &BigRational) -> Self {
        let mut pw = vec![BigRational::one()];
        for k in 0..p {
            let next = &pw[k] * c;
            pw.push(next);
        }
        ThC {
            cpow: pw.iter().map(T::from_rat).collect(),
            resid0: T::from_rat(&(&pw[p] - y)),
            eta: T::from_rat(eta),
            kappa: T::from_rat(&(eta * &pw[p - 1])),
            one: T::from_rat(&BigRational::one()),
            zero: T::from_rat(&BigRational::zero()),
        }
    }
}

/// GD for the depth-p scalar factorisation in deviation coordinates `w = θ − c·1`.
pub struct Theta<T> {
    p: usize,
    c: ThC<T>,
    cb: ThC<Ball>,
    /// Exact `c`.
    pub center: BigRational,
}

impl<T: Num> Theta<T> {
    /// The system for depth `p`, target `y`, step `η`, expansion centre `c` (exact).
    pub fn new(p: usize, c: &BigRational, y: &BigRational, eta: &BigRational) -> Self {
        Theta {
            p,
            c: ThC::new(p, c, y, eta),
            cb: ThC::new(p, c, y, eta),
            center: c.clone(),
        }
    }
}

/// Deviation products: `A[k] = ∏_{i<k}(c + w_i) − c^k` (prefix) and
/// `B[k] = ∏_{i≥k}(c + w_i) − c^{p−k}` (suffix), each built by
/// `A[k+1] = A[k]·c + c^k·w_k + A[k]·w_k`, which never forms `c^k` plus a small number.
#[inline(always)]
fn dev_products<T: Num>(c: &ThC<T>, w: &[T], pre: &mut [T], suf: &mut [T]) {
    let p = w.len();
    let zero = c.zero;
    let c1 = c.cpow[1];
    pre[0] = zero;
    for k in 0..p {
        pre[k + 1] = pre[k] * c1 + c.cpow[k] * w[k] + pre[k] * w[k];
    }
    suf[p] = zero;
    for k in (0..p).rev() {
        let j = p - 1 - k; // suffix k+1.. has j factors
        suf[k] = suf[k + 1] * c1 + c.cpow[j] * w[k] + suf[k + 1] * w[k];
    }
}

const MAXP: usize = 8;

impl<T: Num> System<T> for Theta<T> {
    fn dim(&self) -> usize {
        self.p
    }

    fn step(&self, w: &[T], out: &mut [T]) {
        let p = self.p;
        let c = &self.c;
        let zero = c.zero;
        let mut pre = [zero; MAXP + 1];
        let mut suf = [zero; MAXP + 1];
        dev_products(c, w, &mut pre, &mut suf);
        // f − y = A[p] + (c^p − y).
        let res = pre[p] + c.resid0;
        let eres = c.eta * res;
        for i in 0..p {
            // ∏_{j≠i} θ_j = (c^i + A_i)(c^{p−1−i} + B_{i+1}) = c^{p−1} + G_i.
            let (ai, bi) = (pre[i], suf[i + 1]);
            let g = c.cpow[i] * bi + ai * c.cpow[p - 1 - i] + ai * bi;
            out[i] = w[i] - c.kappa * res - eres * g;
        }
    }

    fn jac(&self, w: &[Ball], out: &mut [Ball]) {
        let p = self.p;
        let c = &self.cb;
        let zero = Ball::new(0.0, 0.0);
        let th: Vec<Ball> = w.iter().map(|&wi| c.cpow[1] + wi).collect();
        let mut pre = [zero; MAXP + 1];
        let mut suf = [zero; MAXP + 1];
        dev_products(c, w, &mut pre, &mut suf);
        let res = pre[p] + c.resid0;
        let g: Vec<Ball> = (0..p)
            .map(|i| {
                let (ai, bi) = (pre[i], suf[i + 1]);
                c.cpow[p - 1] + (c.cpow[i] * bi + ai * c.cpow[p - 1 - i] + ai * bi)
            })
            .collect();
        // ∂θ_i'/∂θ_k = δ_ik − η(g_i g_k + res·∏_{j≠i,k} θ_j [i ≠ k]).
        for i in 0..p {
            for k in 0..p {
                let mut v = g[i] * g[k];
                if i != k {
                    let mut h = c.one;
                    for (j, &t) in th.iter().enumerate() {
                        if j != i && j != k {
                            h = h * t;
                        }
                    }
                    v = v + res * h;
                }
                let d = if i == k { c.one } else { zero };
                out[i * p + k] = d - c.eta * v;
            }
        }
    }

    fn basis(&self) -> Option<(Vec<BigRational>, Vec<BigRational>)> {
        let p = self.p;
        let mut w = vec![BigRational::zero(); p * p];
        for i in 0..p {
            w[i * p] = BigRational::one();
        }
        for k in 1..p {
            w[(k - 1) * p + k] = BigRational::one();
            w[k * p + k] = -BigRational::one();
        }
        let inv = invert(&w, p)?;
        Some((w, inv))
    }
}

/// Exact Gauss–Jordan inverse of an `n×n` rational matrix (row-major), `None` if singular.
pub fn invert(a: &[BigRational], n: usize) -> Option<Vec<BigRational>> {
    let mut m: Vec<Vec<BigRational>> = (0..n)
        .map(|i| {
            let mut row = a[i * n..(i + 1) * n].to_vec();
            row.extend((0..n).map(|j| {
                if i == j {
                    BigRational::one()
                } else {
                    BigRational::zero()
                }
            }));
            row
        })
        .collect();
    for col in 0..n {
        let piv = (col..n).find(|&r| !m[r][col].is_zero())?;
        m.swap(col, piv);
        let d = m[col][col].clone();
        for v in m[col].iter_mut() {
            *v = &*v / &d;
        }
        for r in 0..n {
            if r != col && !m[r][col].is_zero() {
                let f = m[r][col].clone();
                let pivot_row = m[col].clone();
                for (v, pv) in m[r].iter_mut().zip(pivot_row.iter()) {
                    *v = &*v - &f * pv;
                }
            }
        }
    }
    Some(m.into_iter().flat_map(|row| row[n..].to_vec()).collect())
}

/// The largest depth the engine accepts.
pub const MAX_DEPTH: usize = MAXP;
