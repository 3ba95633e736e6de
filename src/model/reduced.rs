//! The exact planar reduction of GD for p = 2 and the inner-product model (`docs/theory.md`).
//!
//! With r = ⟨u, v⟩ − Y and Q = ‖u − v‖² (for p = 2: u = x, v = y), GD with step η acts
//! multiplicatively on u ± v — (u + v)' = (u + v)(1 − ηr), (u − v)' = (u − v)(1 + ηr) — so
//!
//! ```text
//! r' = (r + Y)(1 − ηr)² − ηQr − Y
//! Q' = Q(1 + ηr)²
//! ```
//!
//! exactly. Q = 0 is the invariant line L; on M (r = 0) the sharpness is λ = 2Y + Q.

use crate::arith::Ring;
use crate::model::Model;

/// The reduced state (r, Q).
#[derive(Clone, Debug, PartialEq)]
pub struct Reduced<R> {
    /// The residual r = f(θ) − Y.
    pub r: R,
    /// Q = ‖u − v‖².
    pub q: R,
}

/// The reduced coordinates of θ for a model that has them (`None` for depth p ≥ 3).
///
/// # Examples
/// ```
/// use eoscert::model::{Model, reduced::reduce};
/// use eoscert::arith::parse_rational;
/// let m = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
/// let red = reduce(&m, &[1.5_f64, 0.5], &1.0).unwrap();
/// assert_eq!((red.r, red.q), (-0.25, 1.0));
/// ```
pub fn reduce<R: Ring>(model: &Model, theta: &[R], y: &R) -> Option<Reduced<R>> {
    let half = match model {
        Model::Factorisation { depth: 2, .. } => 1,
        Model::InnerProduct { dim, .. } => *dim,
        Model::Factorisation { .. } => return None,
    };
    let (u, v) = theta.split_at(half);
    let q = u
        .iter()
        .zip(v)
        .map(|(a, b)| (a.clone() - b.clone()).sqr())
        .reduce(|acc, t| acc + t)
        .expect("dim >= 1");
    Some(Reduced {
        r: model.f(theta) - y.clone(),
        q,
    })
}

/// One GD step in reduced coordinates.
pub fn step<R: Ring>(s: &Reduced<R>, eta: &R, y: &R) -> Reduced<R> {
    let er = eta.clone() * s.r.clone();
    let one = er.int_like(1);
    let r = (s.r.clone() + y.clone()) * (one.clone() - er.clone()).sqr()
        - er.clone() * s.q.clone()
        - y.clone();
    let q = s.q.clone() * (one + er).sqr();
    Reduced { r, q }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, Scalar, parse_rational};

    /// Full GD in exact rationals against the reduced system, several steps, both models.
    #[test]
    fn reduction_is_exact() {
        let q = |s: &str| RationalInterval::from_rational(&parse_rational(s).unwrap(), &());
        let cases = [
            (
                Model::factorisation(2, parse_rational("1").unwrap()).unwrap(),
                vec!["13/10", "4/5"],
                "1",
            ),
            (
                Model::factorisation(2, parse_rational("3/2").unwrap()).unwrap(),
                vec!["7/5", "-1/3"],
                "9/10",
            ),
            (
                Model::inner_product(2, parse_rational("2").unwrap()).unwrap(),
                vec!["1", "1/2", "6/5", "3/4"],
                "1/2",
            ),
        ];
        for (m, init, eta) in cases {
            let y = q(&crate::certificate::format_exact(m.target()));
            let eta = q(eta);
            let mut theta: Vec<_> = init.iter().map(|s| q(s)).collect();
            let mut red = reduce(&m, &theta, &y).unwrap();
            for _ in 0..4 {
                theta = m.gd_step(&theta, &eta, &y);
                red = step(&red, &eta, &y);
                let direct = reduce(&m, &theta, &y).unwrap();
                assert_eq!(direct.r.bounds(), red.r.bounds());
                assert_eq!(direct.q.bounds(), red.q.bounds());
                let (lo, hi) = red.r.bounds().unwrap();
                assert_eq!(lo, hi, "exact arithmetic stays exact");
            }
        }
    }
}
