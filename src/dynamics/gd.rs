//! GD on a least-squares [`Model`] as a [`Map`].

use num_rational::BigRational;
use num_traits::Signed;

use super::{Map, MapIn};
use crate::Error;
use crate::arith::Scalar;
use crate::model::Model;

/// The GD step G(θ) = θ − η(f(θ) − y)∇f(θ) of a [`Model`] with an exact learning rate η > 0
/// ([`Model::gd_step`], which fixes the order of operations the checker replays).
///
/// # Formula
/// DG(θ) = I − η∇²ℓ(θ), ∇²ℓ = ∇f∇fᵀ + (f − y)∇²f ([`Model::hessian`]).
#[derive(Clone, Debug)]
pub struct Gd {
    model: Model,
    eta: BigRational,
}

impl Gd {
    /// The GD step of `model` with learning rate `eta`.
    ///
    /// # Errors
    /// [`Error::BadInput`] (field `eta`) unless `eta > 0`.
    pub fn new(model: Model, eta: BigRational) -> Result<Self, Error> {
        if !eta.is_positive() {
            return Err(Error::BadInput(format!(
                "eta must be > 0 (got {eta}): the learning rate of gradient descent"
            )));
        }
        Ok(Gd { model, eta })
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The exact learning rate.
    pub fn eta(&self) -> &BigRational {
        &self.eta
    }
}

impl Gd {
    /// The map with η and y enclosed once in the backend `S`.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> GdIn<'_, S> {
        GdIn {
            model: &self.model,
            eta: S::from_rational(&self.eta, ctx),
            y: S::from_rational(self.model.target(), ctx),
        }
    }
}

/// [`Gd`] with η and y enclosed in the backend `S` ([`Gd::constants`]).
#[derive(Clone, Debug)]
pub struct GdIn<'a, S> {
    /// The model.
    pub model: &'a Model,
    /// The learning rate η.
    pub eta: S,
    /// The target y.
    pub y: S,
}

impl<S: Scalar> MapIn<S> for GdIn<'_, S> {
    fn dim(&self) -> usize {
        self.model.n_params()
    }

    fn eval(&self, theta: &[S]) -> Vec<S> {
        self.model.gd_step(theta, &self.eta, &self.y)
    }

    fn eval_jacobian(&self, theta: &[S]) -> Option<Vec<Vec<S>>> {
        let r = self.model.f(theta) - self.y.clone();
        let h = self.model.hessian(theta, &r);
        let jac = h
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                row.into_iter()
                    .enumerate()
                    .map(|(j, hij)| {
                        let d = hij.int_like(i64::from(i == j));
                        d - self.eta.clone() * hij
                    })
                    .collect()
            })
            .collect();
        Some(jac)
    }
}

impl Map for Gd {
    fn dim(&self) -> usize {
        self.model.n_params()
    }

    fn step<S: Scalar>(&self, theta: &[S], ctx: &S::Ctx) -> Vec<S> {
        self.constants::<S>(ctx).eval(theta)
    }

    fn jacobian<S: Scalar>(&self, theta: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        self.constants::<S>(ctx).eval_jacobian(theta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    fn exact(v: &[&str]) -> Vec<RationalInterval> {
        v.iter()
            .map(|s| RationalInterval::from_rational(&q(s), &()))
            .collect()
    }

    fn point(x: &RationalInterval) -> BigRational {
        let (lo, hi) = x.bounds().unwrap();
        assert_eq!(lo, hi);
        lo
    }

    /// DG against central differences in exact arithmetic: for the depth-3 factorisation G is a
    /// polynomial of degree 5, and (G(θ + εeⱼ) − G(θ − εeⱼ))/2ε − DG·eⱼ = O(ε²) exactly; with
    /// ε = 10⁻⁶ the difference is below 10⁻⁹.
    #[test]
    fn jacobian_matches_central_differences() {
        let gd = Gd::new(Model::factorisation(3, q("2")).unwrap(), q("3/10")).unwrap();
        let theta = ["11/10", "9/10", "13/10"];
        let jac = gd.jacobian(&exact(&theta), &()).unwrap();
        let eps = q("1/1000000");
        for j in 0..3 {
            let shifted = |sign: i32| {
                let mut x: Vec<BigRational> = theta.iter().map(|s| q(s)).collect();
                x[j] += if sign > 0 { eps.clone() } else { -eps.clone() };
                let x: Vec<RationalInterval> = x
                    .iter()
                    .map(|v| RationalInterval::from_rational(v, &()))
                    .collect();
                gd.step(&x, &()).iter().map(point).collect::<Vec<_>>()
            };
            let (plus, minus) = (shifted(1), shifted(-1));
            for i in 0..3 {
                let fd = (&plus[i] - &minus[i]) / (q("2") * &eps);
                let err = (fd - point(&jac[i][j])).abs();
                assert!(err < q("1/1000000000"), "DG[{i}][{j}] off by {err}");
            }
        }
    }

    #[test]
    fn non_positive_eta_is_bad_input() {
        let m = Model::factorisation(2, q("1")).unwrap();
        assert!(matches!(Gd::new(m, q("0")), Err(Error::BadInput(_))));
    }
}
