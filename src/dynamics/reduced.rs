//! The exact planar reduction (r, Q) of GD for depth 2 and the inner product as a [`Map`].

use num_rational::BigRational;

use super::Map;
use crate::arith::{Ring, Scalar};
use crate::model::reduced::Reduced;

/// GD of the depth-2 factorisation or the inner-product model in the reduced coordinates
/// r = f(θ) − Y, Q = ‖u − v‖² (`crate::model::reduced`), at learning rate η.
///
/// # Formula
/// `r⁺ = (r + Y)(1 − ηr)² − ηQr − Y`, `Q⁺ = Q(1 + ηr)²` (exact: GD scales u ± v by 1 ∓ ηr),
/// with Jacobian `[[(1 − ηr)² − 2η(r + Y)(1 − ηr) − ηQ, −ηr], [2ηQ(1 + ηr), (1 + ηr)²]]`.
#[derive(Clone, Debug)]
pub struct ReducedGd {
    eta: BigRational,
    target: BigRational,
}

impl ReducedGd {
    /// The reduced map for target `target` = Y and learning rate `eta` (validated by the
    /// caller's problem type).
    pub fn new(target: BigRational, eta: BigRational) -> Self {
        ReducedGd { eta, target }
    }

    /// One step on a [`Reduced`] state with η and Y given as enclosures (in any [`Ring`]).
    pub fn step_reduced<R: Ring>(s: &Reduced<R>, eta: &R, y: &R) -> Reduced<R> {
        let er = eta.clone() * s.r.clone();
        let one = er.int_like(1);
        let r = (s.r.clone() + y.clone()) * (one.clone() - er.clone()).sqr()
            - er.clone() * s.q.clone()
            - y.clone();
        let q = s.q.clone() * (one + er).sqr();
        Reduced { r, q }
    }

    /// The Jacobian at a [`Reduced`] state (see [`ReducedGd`]).
    pub fn jacobian_reduced<R: Ring>(s: &Reduced<R>, eta: &R, y: &R) -> [[R; 2]; 2] {
        let er = eta.clone() * s.r.clone();
        let one = er.int_like(1);
        let (minus, plus) = (one.clone() - er.clone(), one + er.clone());
        let eq = eta.clone() * s.q.clone();
        let r_r =
            minus.sqr() - (eta.clone() * (s.r.clone() + y.clone()) * minus).mul_int(2) - eq.clone();
        let r_q = er.int_like(0) - er;
        [[r_r, r_q], [(eq * plus.clone()).mul_int(2), plus.sqr()]]
    }
}

impl Map for ReducedGd {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let (eta, y) = (
            S::from_rational(&self.eta, ctx),
            S::from_rational(&self.target, ctx),
        );
        let s = Reduced {
            r: x[0].clone(),
            q: x[1].clone(),
        };
        let next = Self::step_reduced(&s, &eta, &y);
        vec![next.r, next.q]
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let (eta, y) = (
            S::from_rational(&self.eta, ctx),
            S::from_rational(&self.target, ctx),
        );
        let s = Reduced {
            r: x[0].clone(),
            q: x[1].clone(),
        };
        let j = Self::jacobian_reduced(&s, &eta, &y);
        Some(j.into_iter().map(Vec::from).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use crate::dynamics::tests::{assert_jacobian_matches_differences, exact_point};
    use crate::dynamics::{Gd, Map};
    use crate::model::Model;
    use crate::model::reduced::reduce;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// Full GD in exact rationals against the reduced map, several steps, both models.
    #[test]
    fn reduced_map_is_full_gd_reduced() {
        let cases = [
            (
                Model::factorisation(2, q("1")).unwrap(),
                vec!["13/10", "4/5"],
                "1",
            ),
            (
                Model::factorisation(2, q("3/2")).unwrap(),
                vec!["7/5", "-1/3"],
                "9/10",
            ),
            (
                Model::inner_product(2, q("2")).unwrap(),
                vec!["1", "1/2", "6/5", "3/4"],
                "1/2",
            ),
        ];
        for (m, init, eta) in cases {
            let ex = |v: &BigRational| RationalInterval::from_rational(v, &());
            let y = ex(m.target());
            let map = ReducedGd::new(m.target().clone(), q(eta));
            let gd = Gd::new(m.clone(), q(eta)).unwrap();
            let mut theta: Vec<_> = init.iter().map(|s| ex(&q(s))).collect();
            let red = reduce(&m, &theta, &y).unwrap();
            let mut x = vec![red.r, red.q];
            for _ in 0..4 {
                theta = gd.step(&theta, &());
                x = map.step(&x, &());
                let direct = reduce(&m, &theta, &y).unwrap();
                assert_eq!(exact_point(&direct.r), exact_point(&x[0]));
                assert_eq!(exact_point(&direct.q), exact_point(&x[1]));
            }
        }
    }

    #[test]
    fn reduced_jacobian_matches_central_differences() {
        let map = ReducedGd::new(q("3/2"), q("2/5"));
        assert_jacobian_matches_differences(&map, &["-3/10", "7/4"]);
    }
}
