//! The implicit-bias problem and its KKT system, enclosed by the Krawczyk operator.
//!
//! # Problem (Even et al., Theorem 1; `docs/theory.md`, section 2)
//! ```text
//! min_{Xβ = y} Σ_i [ a_i h(β_i/a_i) + δ_i β_i ],   h(z) = z·arcsinh z − √(1 + z²) + 1,  a = α∞².
//! ```
//! The objective is strictly convex (h'' = 1/√(1 + z²) > 0), so a KKT point is the unique
//! minimiser. KKT: Xβ = y and arcsinh(β/a) + δ = Xᵀλ, i.e. β(λ) = a ⊙ sinh(Xᵀλ − δ) with
//!
//! ```text
//! F(λ) = X β(λ) − y = 0  (λ ∈ ℝⁿ),   F'(λ) = X diag(a ⊙ cosh(Xᵀλ − δ)) Xᵀ  (≻ 0 for full-rank X).
//! ```
//!
//! The Krawczyk test is run with *interval* parameters a, δ: if K(Λ) ⊂ int Λ, then for every
//! (a, δ) in their boxes F has exactly one zero in Λ, so the true KKT solution lies in
//! a ⊙ sinh(XᵀΛ − δ). The gradient-flow solution is the case a = α², δ = 0.
//!
//! # Evaluation order (mirrored by the checker)
//! t_i = Σ_j X_ji λ_j (left to right) − δ_i; e₊ = exp(t_i), e₋ = exp(−t_i);
//! sinh = (e₊ − e₋)·½, cosh = (e₊ + e₋)·½; β_i = a_i·sinh_i;
//! F_j = Σ_i X_ji β_i (left to right) − y_j; J_jl = Σ_i X_ji·(a_i·cosh_i)·X_li.

use crate::arith::Scalar;
use crate::certify::krawczyk::{VerifiedZero, prove_zero};

/// The KKT system's data in the backend: X, y, a = α∞², δ.
pub struct Kkt<'a, S> {
    /// The rows of X.
    pub x: &'a [Vec<S>],
    /// The targets.
    pub y: &'a [S],
    /// a = α∞² (boxes).
    pub a: &'a [S],
    /// δ (boxes).
    pub delta: &'a [S],
}

impl<S: Scalar> Kkt<'_, S> {
    fn t(&self, lambda: &[S]) -> Vec<S> {
        (0..self.a.len())
            .map(|i| {
                let mut acc = self.x[0][i].clone() * lambda[0].clone();
                for (row, lj) in self.x.iter().zip(lambda).skip(1) {
                    acc = acc + row[i].clone() * lj.clone();
                }
                acc - self.delta[i].clone()
            })
            .collect()
    }

    /// (sinh t_i, cosh t_i).
    fn hyperbolic(&self, lambda: &[S]) -> Vec<(S, S)> {
        let ctx = self.a[0].ctx();
        let half = S::from_rational(&num_rational::BigRational::new(1.into(), 2.into()), &ctx);
        self.t(lambda)
            .into_iter()
            .map(|t| {
                let (ep, em) = (t.exp(), (-t).exp());
                (
                    (ep.clone() - em.clone()) * half.clone(),
                    (ep + em) * half.clone(),
                )
            })
            .collect()
    }

    /// β(λ) = a ⊙ sinh(Xᵀλ − δ).
    pub fn beta(&self, lambda: &[S]) -> Vec<S> {
        self.hyperbolic(lambda)
            .into_iter()
            .zip(self.a)
            .map(|((s, _), a)| a.clone() * s)
            .collect()
    }

    /// F(λ) = Xβ(λ) − y.
    pub fn f(&self, lambda: &[S]) -> Vec<S> {
        let beta = self.beta(lambda);
        self.x
            .iter()
            .zip(self.y)
            .map(|(row, y)| {
                let mut acc = row[0].clone() * beta[0].clone();
                for i in 1..beta.len() {
                    acc = acc + row[i].clone() * beta[i].clone();
                }
                acc - y.clone()
            })
            .collect()
    }

    /// F'(λ) = X diag(a ⊙ cosh(Xᵀλ − δ)) Xᵀ.
    pub fn jacobian(&self, lambda: &[S]) -> Vec<Vec<S>> {
        let w: Vec<S> = self
            .hyperbolic(lambda)
            .into_iter()
            .zip(self.a)
            .map(|((_, c), a)| a.clone() * c)
            .collect();
        let n = self.x.len();
        (0..n)
            .map(|j| {
                (0..n)
                    .map(|l| {
                        let mut acc = self.x[j][0].clone() * w[0].clone() * self.x[l][0].clone();
                        for (i, wi) in w.iter().enumerate().skip(1) {
                            acc = acc + self.x[j][i].clone() * wi.clone() * self.x[l][i].clone();
                        }
                        acc
                    })
                    .collect()
            })
            .collect()
    }

    /// Prove the unique zero near the float `candidate` and enclose it.
    ///
    /// # Errors
    /// Why the Krawczyk test failed.
    pub fn solve(&self, candidate: &[f64]) -> Result<VerifiedZero<S>, String> {
        let ctx = self.a[0].ctx();
        let scale = vec![1.0; candidate.len()];
        prove_zero(
            candidate,
            &scale,
            &[1e-6, 1e-9, 1e-12],
            &ctx,
            |l: &[S]| self.f(l),
            |l: &[S]| self.jacobian(l),
            |_| true,
        )
    }
}

/// A float candidate for the zero of F: damped Newton on the convex dual
/// G(λ) = Σ_i a_i cosh(Xᵀλ − δ)_i − λᵀy (∇G = F, ∇²G = F'), from λ = 0, at most 200 steps.
pub fn newton_f64(x: &[Vec<f64>], y: &[f64], a: &[f64], delta: &[f64]) -> Vec<f64> {
    let n = x.len();
    let t = |l: &[f64]| -> Vec<f64> {
        (0..a.len())
            .map(|i| (0..n).map(|j| x[j][i] * l[j]).sum::<f64>() - delta[i])
            .collect()
    };
    let dual = |l: &[f64]| -> f64 {
        t(l).iter()
            .zip(a)
            .map(|(ti, ai)| ai * ti.cosh())
            .sum::<f64>()
            - l.iter().zip(y).map(|(a, b)| a * b).sum::<f64>()
    };
    let mut lambda = vec![0.0; n];
    for _ in 0..200 {
        let ti = t(&lambda);
        let grad: Vec<f64> = (0..n)
            .map(|j| {
                (0..a.len())
                    .map(|i| x[j][i] * a[i] * ti[i].sinh())
                    .sum::<f64>()
                    - y[j]
            })
            .collect();
        if grad.iter().all(|g| g.abs() < 1e-15) {
            break;
        }
        let hess: Vec<Vec<f64>> = (0..n)
            .map(|j| {
                (0..n)
                    .map(|l| {
                        (0..a.len())
                            .map(|i| x[j][i] * a[i] * ti[i].cosh() * x[l][i])
                            .sum()
                    })
                    .collect()
            })
            .collect();
        let Some(dir) = solve_f64(hess, grad) else {
            break;
        };
        let g0 = dual(&lambda);
        let mut step = 1.0;
        loop {
            let trial: Vec<f64> = lambda.iter().zip(&dir).map(|(l, d)| l - step * d).collect();
            if dual(&trial) <= g0 || step < 1e-12 {
                lambda = trial;
                break;
            }
            step *= 0.5;
        }
    }
    lambda
}

/// Solve `a·z = b` by Gaussian elimination with partial pivoting (float; `None` if singular).
fn solve_f64(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let piv = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col] == 0.0 || !a[piv][col].is_finite() {
            return None;
        }
        a.swap(col, piv);
        b.swap(col, piv);
        for r in col + 1..n {
            let f = a[r][col] / a[col][col];
            let pivot_row = a[col].clone();
            for (v, p) in a[r].iter_mut().zip(&pivot_row).skip(col) {
                *v -= f * p;
            }
            b[r] -= f * b[col];
        }
    }
    let mut z = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|k| a[r][k] * z[k]).sum();
        z[r] = (b[r] - s) / a[r][r];
    }
    Some(z)
}
