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
//! exactly (the map [`ReducedGd`](crate::dynamics::ReducedGd)). Q = 0 is the invariant line L;
//! on M (r = 0) the sharpness is λ = 2Y + Q.

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
