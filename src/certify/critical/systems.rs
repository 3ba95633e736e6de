//! The two exact maps the critical engine iterates, [`NormalisedRq`] and [`DeviationGd`] of
//! [`crate::dynamics`] evaluated over the ball rings ([`Num`]), with their error bases.
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
use crate::dynamics::{DeviationGd, DeviationGdIn, NormalisedRq, NormalisedRqIn};

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

/// The exact (r, Q) system, normalised by `Y`: [`NormalisedRq`] over the ring `T` (steps) and
/// over [`Ball`] (Jacobians).
pub struct Rq<T> {
    c: NormalisedRqIn<T>,
    cb: NormalisedRqIn<Ball>,
}

impl<T: Num> Rq<T> {
    /// The system with `h = ηY`.
    pub fn new(h: &BigRational) -> Self {
        let map = NormalisedRq::new(h.clone());
        Rq {
            c: map.constants(T::from_rat),
            cb: map.constants(Ball::from_rat),
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

/// GD for the depth-p scalar factorisation in deviation coordinates `w = θ − c·1`:
/// [`DeviationGd`] over the ring `T` (steps) and over [`Ball`] (Jacobians).
pub struct Theta<T> {
    p: usize,
    c: DeviationGdIn<T>,
    cb: DeviationGdIn<Ball>,
    /// Exact `c`.
    pub center: BigRational,
}

impl<T: Num> Theta<T> {
    /// The system for depth `p ≥ 1`, target `y`, step `η`, expansion centre `c` (exact).
    pub fn new(p: usize, c: &BigRational, y: &BigRational, eta: &BigRational) -> Self {
        let map = DeviationGd::new(p.max(1), c.clone(), y.clone(), eta.clone())
            .expect("a positive depth");
        Theta {
            p,
            c: map.constants(T::from_rat),
            cb: map.constants(Ball::from_rat),
            center: c.clone(),
        }
    }
}

const MAXP: usize = 8;

impl<T: Num> System<T> for Theta<T> {
    fn dim(&self) -> usize {
        self.p
    }

    #[inline(always)]
    fn step(&self, w: &[T], out: &mut [T]) {
        self.c.step(w, out)
    }

    fn jac(&self, w: &[Ball], out: &mut [Ball]) {
        self.cb.jac(w, out)
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
