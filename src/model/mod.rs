//! The overparametrised least-squares models of MacDonald et al. (NeurIPS 2025;
//! `docs/theory.md`, section 1).
//!
//! Both models have one output and one datum: ℓ(θ) = ½(f(θ) − y)².
//!
//! - [`Model::Factorisation`]: f(θ) = θ₁θ₂⋯θ_p (deep scalar factorisation, depth p ≥ 2, y > 0);
//! - [`Model::InnerProduct`]: f(u, v) = ⟨u, v⟩ with θ = (u₁…u_d, v₁…v_d), target Y > 0.
//!
//! The formulas here are written once over [`Ring`], in a fixed evaluation order that the
//! independent checker mirrors (see `docs/certificate.md`, "trajectory"): with outward rounding,
//! evaluating the same expression in the same order is what lets the checker's enclosures be
//! subsets of the prover's.

pub mod catapult;
mod constants;
pub mod diagonal;
pub mod dln_sweep;
pub mod fast;
mod jet;
pub mod product;
pub mod reduced;

use num_rational::BigRational;
use num_traits::Signed;

use crate::Error;
use crate::arith::{Ring, Scalar};
use crate::certificate::{ModelInfo, format_exact};

pub use constants::{Constants, model_constants};
pub use jet::Jet;

/// The largest number of parameters accepted (bounded memory; the Hessian is dense).
pub const MAX_PARAMS: usize = 4096;

/// A least-squares model with exact parameters.
///
/// # Examples
/// ```
/// use eoscert::model::Model;
/// use eoscert::arith::parse_rational;
/// let m = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
/// let theta = [1.25_f64, 0.85];
/// assert!((m.f(&theta) - 1.0625).abs() < 1e-15);
/// assert!(Model::factorisation(1, parse_rational("1").unwrap()).is_err());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Model {
    /// ℓ(θ) = ½(θ₁⋯θ_p − y)².
    Factorisation {
        /// Depth p ≥ 2.
        depth: usize,
        /// Target y > 0.
        target: BigRational,
    },
    /// ℓ(u, v) = ½(⟨u, v⟩ − Y)², u, v ∈ ℝ^d.
    InnerProduct {
        /// Dimension d ≥ 1.
        dim: usize,
        /// Target Y > 0.
        target: BigRational,
    },
}

impl Model {
    /// The deep scalar factorisation of depth `depth` with target `target`.
    ///
    /// # Errors
    /// [`Error::BadInput`] unless `2 ≤ depth ≤ MAX_PARAMS` and `target > 0`.
    pub fn factorisation(depth: usize, target: BigRational) -> Result<Self, Error> {
        if depth < 2 {
            return Err(Error::field(
                "model.depth",
                format!(
                    "{depth}: the factorisation needs depth p >= 2 (p = 1 has no manifold of minimisers)"
                ),
            ));
        }
        if depth > MAX_PARAMS {
            return Err(Error::field(
                "model.depth",
                format!("{depth}: at most {MAX_PARAMS} is supported"),
            ));
        }
        check_target(&target)?;
        Ok(Model::Factorisation { depth, target })
    }

    /// The inner-product model in dimension `dim` with target `target`.
    ///
    /// # Errors
    /// [`Error::BadInput`] unless `1 ≤ dim ≤ MAX_PARAMS / 2` and `target > 0`.
    pub fn inner_product(dim: usize, target: BigRational) -> Result<Self, Error> {
        if dim == 0 || 2 * dim > MAX_PARAMS {
            return Err(Error::field(
                "model.dim",
                format!("{dim}: need 1 <= d <= {}", MAX_PARAMS / 2),
            ));
        }
        check_target(&target)?;
        Ok(Model::InnerProduct { dim, target })
    }

    /// The target y (or Y).
    pub fn target(&self) -> &BigRational {
        match self {
            Model::Factorisation { target, .. } | Model::InnerProduct { target, .. } => target,
        }
    }

    /// The number of parameters: p, or 2d.
    pub fn n_params(&self) -> usize {
        match self {
            Model::Factorisation { depth, .. } => *depth,
            Model::InnerProduct { dim, .. } => 2 * dim,
        }
    }

    /// The model as recorded in a certificate, typed (the claims on this model).
    pub fn gd_model(&self) -> eoscert_check::claim::GdModel {
        use eoscert_check::claim::{GdKind, GdModel};
        match self {
            Model::Factorisation { depth, target } => GdModel {
                kind: GdKind::Factorisation,
                depth: Some(*depth),
                dim: None,
                target: format_exact(target),
            },
            Model::InnerProduct { dim, target } => GdModel {
                kind: GdKind::InnerProduct,
                depth: None,
                dim: Some(*dim),
                target: format_exact(target),
            },
        }
    }

    /// The model as recorded in a certificate.
    pub fn info(&self) -> ModelInfo {
        match self {
            Model::Factorisation { depth, target } => ModelInfo {
                phi: None,
                kind: "factorisation".into(),
                depth: Some(*depth),
                dim: None,
                target: format_exact(target),
                ..Default::default()
            },
            Model::InnerProduct { dim, target } => ModelInfo {
                phi: None,
                kind: "inner-product".into(),
                depth: None,
                dim: Some(*dim),
                target: format_exact(target),
                ..Default::default()
            },
        }
    }

    /// Check that an initial point has the right length.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the expected length.
    pub fn check_point<T>(&self, theta: &[T]) -> Result<(), Error> {
        if theta.len() == self.n_params() {
            return Ok(());
        }
        let expected = match self {
            Model::Factorisation { depth, .. } => format!("{depth} numbers θ1,…,θp"),
            Model::InnerProduct { dim, .. } => format!("{} numbers u1,…,ud,v1,…,vd", 2 * dim),
        };
        Err(Error::field(
            "init",
            format!("has {} numbers; expected {expected}", theta.len()),
        ))
    }

    /// f(θ): the product θ₁⋯θ_p left to right, or ⟨u, v⟩ summed left to right.
    pub fn f<R: Ring>(&self, theta: &[R]) -> R {
        match self {
            Model::Factorisation { .. } => product_except(theta, &[]).expect("p >= 2"),
            Model::InnerProduct { dim, .. } => {
                let (u, v) = theta.split_at(*dim);
                let mut s = u[0].clone() * v[0].clone();
                for (ui, vi) in u.iter().zip(v).skip(1) {
                    s = s + ui.clone() * vi.clone();
                }
                s
            }
        }
    }

    /// ∇f(θ): for the factorisation gᵢ = ∏_{j≠i} θⱼ (left to right); for the inner product (v, u).
    pub fn grad_f<R: Ring>(&self, theta: &[R]) -> Vec<R> {
        match self {
            Model::Factorisation { .. } => factor_gradient(theta).0,
            Model::InnerProduct { dim, .. } => {
                let (u, v) = theta.split_at(*dim);
                v.iter().chain(u).cloned().collect()
            }
        }
    }

    /// ∂²f/∂θᵢ∂θⱼ for i ≠ j (the diagonal is 0 for both models): ∏_{k∉{i,j}} θ_k, or 1 when
    /// i, j pair uᵢ with vᵢ in the inner product (0 otherwise, returned as `None`).
    pub fn hess_f_offdiag<R: Ring>(&self, theta: &[R], i: usize, j: usize) -> Option<R> {
        match self {
            Model::Factorisation { .. } => {
                Some(product_except(theta, &[i, j]).unwrap_or_else(|| theta[0].int_like(1)))
            }
            Model::InnerProduct { dim, .. } => {
                (i.abs_diff(j) == *dim).then(|| theta[0].int_like(1))
            }
        }
    }

    /// The Hessian of ℓ: H = ∇f∇fᵀ + r∇²f, r = f − y, with `sqr` on the diagonal.
    pub fn hessian<R: Ring>(&self, theta: &[R], r: &R) -> Vec<Vec<R>> {
        let g = self.grad_f(theta);
        let n = theta.len();
        (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| {
                        if i == j {
                            return g[i].sqr();
                        }
                        let gg = g[i].clone() * g[j].clone();
                        match self.hess_f_offdiag(theta, i, j) {
                            Some(h) => gg + r.clone() * h,
                            None => gg,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// One GD step θ ↦ θ − η(f(θ) − y)∇f(θ), evaluated as `e = η·(f − y)`, `θᵢ − e·gᵢ`.
    ///
    /// `eta` and `y` are enclosures of the exact learning rate and target.
    ///
    /// For the factorisation, f and every gᵢ come from one pass that shares the left-to-right
    /// prefixes (`factor_gradient`: (p − 1) + (p − 2) + (p − 1)(p − 2)/2 products instead of
    /// p² − p − 1; p = 5: 13 instead of 19, plus the p + 1 of the update). It performs the
    /// operations of [`Model::f`] and [`Model::grad_f`] on the same operands, so every backend
    /// returns the identical result (the order the checker replays).
    pub fn gd_step<R: Ring>(&self, theta: &[R], eta: &R, y: &R) -> Vec<R> {
        let (g, f) = match self {
            Model::Factorisation { .. } => factor_gradient(theta),
            Model::InnerProduct { .. } => (self.grad_f(theta), self.f(theta)),
        };
        let e = eta.clone() * (f - y.clone());
        g.into_iter()
            .zip(theta)
            .map(|(gi, t)| t.clone() - e.clone() * gi)
            .collect()
    }

    /// The loss ℓ(θ) = ½ r², r = f(θ) − y, with the tight square.
    pub fn loss<S: Scalar>(&self, theta: &[S], y: &S) -> S {
        let r = self.f(theta) - y.clone();
        r.sqr() / r.int_like(2)
    }
}

fn check_target(target: &BigRational) -> Result<(), Error> {
    if target.is_positive() {
        Ok(())
    } else {
        Err(Error::field(
            "model.target",
            format!("{target}: the target must be > 0"),
        ))
    }
}

/// (∇f, f) of the factorisation: gᵢ = ∏_{j≠i} θⱼ and f = ∏ θⱼ, each multiplied left to right
/// in increasing j (as [`product_except`] does), computing every shared prefix once:
/// g₁ = θ₂⋯θ_p, and for i ≥ 2 gᵢ = (θ₁⋯θ_{i−1})·θ_{i+1}⋯θ_p with the prefix θ₁⋯θ_{i−1} taken
/// from the running product that ends as f. The operations and operands are those of the
/// left-to-right products, so the results are identical in every backend.
fn factor_gradient<R: Ring>(theta: &[R]) -> (Vec<R>, R) {
    let times_rest = |acc: R, from: usize| theta[from..].iter().fold(acc, |acc, t| acc * t.clone());
    let mut g = Vec::with_capacity(theta.len());
    g.push(times_rest(theta[1].clone(), 2));
    let mut prefix = theta[0].clone();
    for (i, t) in theta.iter().enumerate().skip(1) {
        g.push(times_rest(prefix.clone(), i + 1));
        prefix = prefix * t.clone();
    }
    (g, prefix)
}

/// ∏ θ_k over k not in `skip`, multiplied left to right; `None` for the empty product.
fn product_except<R: Ring>(theta: &[R], skip: &[usize]) -> Option<R> {
    theta
        .iter()
        .enumerate()
        .filter(|(k, _)| !skip.contains(k))
        .map(|(_, t)| t.clone())
        .reduce(|acc, t| acc * t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use num_traits::ToPrimitive;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    #[test]
    fn bad_parameters_are_rejected() {
        assert!(Model::factorisation(1, q("1")).is_err());
        assert!(Model::factorisation(3, q("0")).is_err());
        assert!(Model::factorisation(3, q("-2")).is_err());
        assert!(Model::factorisation(MAX_PARAMS + 1, q("1")).is_err());
        assert!(Model::inner_product(0, q("1")).is_err());
        assert!(
            Model::factorisation(2, q("1"))
                .unwrap()
                .check_point(&[1.0])
                .is_err()
        );
    }

    /// One step of the factorisation against a hand computation in exact rationals:
    /// θ = (5/4, 17/20), y = 1, η = 1: f = 17/16, r = 1/16, θ' = (5/4 − 17/320, 17/20 − 5/64).
    #[test]
    fn factorisation_step_by_hand() {
        let m = Model::factorisation(2, q("1")).unwrap();
        let ctx = ();
        let th: Vec<RationalInterval> = ["5/4", "17/20"]
            .iter()
            .map(|s| RationalInterval::from_rational(&q(s), &ctx))
            .collect();
        let one = RationalInterval::from_rational(&q("1"), &ctx);
        let next = m.gd_step(&th, &one, &one);
        assert_eq!(next[0].bounds().unwrap().0, q("5/4") - q("17/320"));
        assert_eq!(next[1].bounds().unwrap().0, q("17/20") - q("5/64"));
        let loss = m.loss(&th, &one).bounds().unwrap();
        assert_eq!(loss.0, q("1/512"));
        assert_eq!(loss.0, loss.1);
    }

    /// The shared-prefix step against the step written as the certificate format specifies it
    /// (`docs/certificate.md`: f and every gᵢ as separate left-to-right products): identical
    /// results, bit for bit, in inari intervals, MPFR intervals and f64, p = 2…7, from points
    /// whose products round at every operation.
    #[test]
    fn step_shares_prefixes_without_changing_results() {
        fn spec_step<R: Ring>(theta: &[R], eta: &R, y: &R) -> Vec<R> {
            let e = eta.clone() * (product_except(theta, &[]).unwrap() - y.clone());
            (0..theta.len())
                .map(|i| theta[i].clone() - e.clone() * product_except(theta, &[i]).unwrap())
                .collect()
        }
        fn exact<S: Scalar>(v: &[S]) -> Vec<Option<(BigRational, BigRational)>> {
            v.iter().map(Scalar::bounds).collect()
        }
        fn check<S: Scalar>(ctx: &S::Ctx) {
            for p in 2..=7 {
                let m = Model::factorisation(p, q("1")).unwrap();
                let theta: Vec<S> = (0..p)
                    .map(|i| S::from_rational(&q(&format!("{}/{}", 97 + 3 * i, 89 + i)), ctx))
                    .collect();
                let (eta, y) = (S::from_rational(&q("3/10"), ctx), S::from_int(1, ctx));
                let (mut a, mut b) = (theta.clone(), theta);
                for _ in 0..5 {
                    a = m.gd_step(&a, &eta, &y);
                    b = spec_step(&b, &eta, &y);
                }
                assert_eq!(exact(&a), exact(&b), "p = {p}");
                let spec_grad: Vec<S> = (0..p).map(|i| product_except(&a, &[i]).unwrap()).collect();
                assert_eq!(exact(&m.grad_f(&a)), exact(&spec_grad), "p = {p}");
            }
        }
        check::<f64>(&());
        check::<inari::Interval>(&());
        check::<crate::arith::MpfrInterval>(&113);
    }

    /// The Hessian of ℓ against central finite differences of the gradient of ℓ in f64.
    #[test]
    fn hessian_matches_finite_differences() {
        for m in [
            Model::factorisation(4, q("3/2")).unwrap(),
            Model::inner_product(2, q("2")).unwrap(),
        ] {
            let theta = [1.1, 0.9, 1.3, 0.7];
            let y = m.target().to_f64().unwrap();
            let grad_loss = |t: &[f64]| -> Vec<f64> {
                let r = m.f(t) - y;
                m.grad_f(t).into_iter().map(|g| r * g).collect()
            };
            let h = m.hessian(&theta, &(m.f(&theta) - y));
            let step = 1e-6;
            for j in 0..4 {
                let (mut a, mut b) = (theta, theta);
                a[j] += step;
                b[j] -= step;
                let (ga, gb) = (grad_loss(&a), grad_loss(&b));
                for i in 0..4 {
                    let fd = (ga[i] - gb[i]) / (2.0 * step);
                    approx::assert_abs_diff_eq!(h[i][j], fd, epsilon = 1e-7);
                }
            }
        }
    }
}
