//! GD of the depth-2 factorisation in the rotated coordinates (α, β) as a [`Map`].

use num_rational::BigRational;

use super::{Map, MapIn};
use crate::arith::Scalar;

/// GD of ℓ = ½(θ₁θ₂ − y)² in the coordinates α = (θ₁ + θ₂)/2, β = (θ₁ − θ₂)/2, where it is
/// exactly `F(α, β) = (α(1 − ρ), β(1 + ρ))` with `ρ = η(α² − β² − y)` (r = θ₁θ₂ − y =
/// α² − β² − y); the invariant line L is β = 0.
///
/// # Formula
/// The Jacobian is symmetric: `[[1 − ρ − 2ηα², 2ηαβ], [2ηαβ, 1 + ρ − 2ηβ²]]`
/// ([`PlaneIn::jacobian_entries`]).
#[derive(Clone, Debug)]
pub struct Plane {
    eta: BigRational,
    target: BigRational,
}

impl Plane {
    /// The map for target `target` = y and learning rate `eta` (validated by the caller's
    /// problem type).
    pub fn new(target: BigRational, eta: BigRational) -> Self {
        Plane { eta, target }
    }

    /// The map with its constants enclosed once in the backend `S`.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> PlaneIn<S> {
        let eta = S::from_rational(&self.eta, ctx);
        PlaneIn {
            two_eta: eta.clone() + eta.clone(),
            eta,
            y: S::from_rational(&self.target, ctx),
            one: S::from_int(1, ctx),
        }
    }
}

/// [`Plane`] with η, 2η, y and 1 enclosed in the backend `S` ([`Plane::constants`]).
#[derive(Clone, Debug)]
pub struct PlaneIn<S> {
    /// η.
    pub eta: S,
    /// 2η (as η + η).
    pub two_eta: S,
    /// y.
    pub y: S,
    /// 1.
    pub one: S,
}

impl<S: Scalar> PlaneIn<S> {
    /// ρ = η(α² − β² − y).
    pub fn rho(&self, a: &S, b: &S) -> S {
        self.eta.clone() * (a.sqr() - b.sqr() - self.y.clone())
    }

    /// F(α, β) = (α(1 − ρ), β(1 + ρ)).
    pub fn image(&self, a: &S, b: &S) -> [S; 2] {
        let rho = self.rho(a, b);
        [
            a.clone() * (self.one.clone() - rho.clone()),
            b.clone() * (self.one.clone() + rho),
        ]
    }

    /// The Jacobian's entries (j₁₁, j₁₂ = j₂₁, j₂₂): `1 − ρ − 2ηα²`, `2η(αβ)`, `1 + ρ − 2ηβ²`.
    pub fn jacobian_entries(&self, a: &S, b: &S) -> [S; 3] {
        let rho = self.rho(a, b);
        [
            self.one.clone() - rho.clone() - self.two_eta.clone() * a.sqr(),
            self.two_eta.clone() * (a.clone() * b.clone()),
            self.one.clone() + rho - self.two_eta.clone() * b.sqr(),
        ]
    }
}

impl<S: Scalar> MapIn<S> for PlaneIn<S> {
    fn dim(&self) -> usize {
        2
    }

    fn eval(&self, x: &[S]) -> Vec<S> {
        self.image(&x[0], &x[1]).into()
    }

    fn eval_jacobian(&self, x: &[S]) -> Option<Vec<Vec<S>>> {
        let [j11, j12, j22] = self.jacobian_entries(&x[0], &x[1]);
        Some(vec![vec![j11, j12.clone()], vec![j12, j22]])
    }
}

impl Map for Plane {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        self.constants::<S>(ctx).eval(x)
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        self.constants::<S>(ctx).eval_jacobian(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use crate::dynamics::Gd;
    use crate::dynamics::tests::{assert_jacobian_matches_differences, exact_point, exact_vec};
    use crate::model::Model;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// The map against full GD of the depth-2 factorisation through θ = (α + β, α − β),
    /// exactly, several steps.
    #[test]
    fn plane_map_is_rotated_gd() {
        let (y, eta) = (q("3/2"), q("2/5"));
        let plane = Plane::new(y.clone(), eta.clone());
        let gd = Gd::new(Model::factorisation(2, y).unwrap(), eta).unwrap();
        let (a, b) = (q("6/5"), q("-1/4"));
        let mut theta = exact_vec(&[&(&a + &b), &(&a - &b)]);
        let mut x = exact_vec(&[&a, &b]);
        for _ in 0..4 {
            theta = gd.step(&theta, &());
            x = plane.step(&x, &());
            let (t1, t2) = (exact_point(&theta[0]), exact_point(&theta[1]));
            assert_eq!(exact_point(&x[0]), (&t1 + &t2) / q("2"));
            assert_eq!(exact_point(&x[1]), (&t1 - &t2) / q("2"));
        }
        let _: Vec<RationalInterval> = x;
    }

    #[test]
    fn plane_jacobian_matches_central_differences() {
        assert_jacobian_matches_differences(&Plane::new(q("1"), q("3/10")), &["11/10", "1/5"]);
    }
}
