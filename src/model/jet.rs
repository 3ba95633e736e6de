//! Truncated Taylor series ("jets"), for rigorous Taylor coefficients of the model maps.

use std::ops::{Add, Mul, Neg, Sub};

use crate::arith::Ring;

/// A polynomial c₀ + c₁t + … + c_K t^K truncated at a fixed order K: arithmetic is that of
/// ℝ\[t\]/(t^{K+1}). Over a rigorous scalar the coefficients are enclosures of the exact Taylor
/// coefficients of the composed function (each coefficient is a finite sum of products).
///
/// # Examples
/// ```
/// use eoscert::model::Jet;
/// // (1 + t)³ truncated at order 2 is 1 + 3t + 3t².
/// let x = Jet::variable(1.0_f64, 2);
/// let cube = x.clone() * x.clone() * x;
/// assert_eq!(cube.coeffs(), &[1.0, 3.0, 3.0]);
/// ```
#[derive(Clone, Debug)]
pub struct Jet<R> {
    c: Vec<R>,
}

impl<R: Ring> Jet<R> {
    /// The constant `a` as a jet of order `order`.
    pub fn constant(a: R, order: usize) -> Self {
        let zero = a.int_like(0);
        let mut c = vec![zero; order + 1];
        c[0] = a;
        Jet { c }
    }

    /// The line `a + t` of order `order` (`order ≥ 1`).
    pub fn variable(a: R, order: usize) -> Self {
        Self::line(a.clone(), a.int_like(1), order)
    }

    /// The line `a + b·t`.
    pub fn line(a: R, b: R, order: usize) -> Self {
        let mut j = Self::constant(a, order);
        if order >= 1 {
            j.c[1] = b;
        }
        j
    }

    /// The coefficients c₀, …, c_K.
    pub fn coeffs(&self) -> &[R] {
        &self.c
    }

    fn zip(self, other: Self, op: impl Fn(R, R) -> R) -> Self {
        Jet {
            c: self
                .c
                .into_iter()
                .zip(other.c)
                .map(|(a, b)| op(a, b))
                .collect(),
        }
    }
}

impl<R: Ring> Add for Jet<R> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        self.zip(o, |a, b| a + b)
    }
}

impl<R: Ring> Sub for Jet<R> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        self.zip(o, |a, b| a - b)
    }
}

impl<R: Ring> Neg for Jet<R> {
    type Output = Self;
    fn neg(self) -> Self {
        Jet {
            c: self.c.into_iter().map(|a| -a).collect(),
        }
    }
}

impl<R: Ring> Mul for Jet<R> {
    type Output = Self;
    /// Cauchy product, truncated: (ab)_k = Σ_{i+j=k} a_i b_j.
    fn mul(self, o: Self) -> Self {
        let c = (0..self.c.len())
            .map(|k| {
                (1..=k)
                    .map(|i| self.c[i].clone() * o.c[k - i].clone())
                    .fold(self.c[0].clone() * o.c[k].clone(), |acc, t| acc + t)
            })
            .collect();
        Jet { c }
    }
}

impl<R: Ring> Ring for Jet<R> {
    fn sqr(&self) -> Self {
        self.clone() * self.clone()
    }

    fn mul_int(&self, n: i64) -> Self {
        Jet {
            c: self.c.iter().map(|a| a.mul_int(n)).collect(),
        }
    }

    fn int_like(&self, n: i64) -> Self {
        Self::constant(self.c[0].int_like(n), self.c.len() - 1)
    }
}
