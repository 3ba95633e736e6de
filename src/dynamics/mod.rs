//! Dynamics: the maps eoscert iterates, written once over any [`Scalar`].
//!
//! A [`Map`] is a function G: ℝⁿ → ℝⁿ (one GD step) with, where the engines need it, its
//! Jacobian DG. The same `step` runs in every backend: in `f64` it is the fast float map, in a
//! rigorous backend it returns an enclosure of G at every point of the input enclosure (the
//! containment guarantee of [`Scalar`]). The rigorous engines of [`crate::certify`] are a map plus
//! a *set strategy* (naive interval boxes, mean-value balls, Krawczyk boxes), in the spirit of
//! CAPD's separation of map, dynamical system and set.
//!
//! The maps:
//! - [`Gd`]: θ ↦ θ − η(f(θ) − y)∇f(θ) for a [`Model`](crate::model::Model) (deep scalar
//!   factorisation, inner product), with DG = I − η∇²ℓ;
//! - [`Line`]: its restriction to the invariant line L = {s·𝟙} of the factorisation,
//!   φ_η(s) = s − η(sᵖ − y)s^(p−1), with the multipliers along L and across it.
//!
//! # Examples
//! One GD step of the depth-2 factorisation at η = 1 from (5/4, 17/20), exactly:
//! ```
//! use eoscert::arith::{RationalInterval, Scalar, parse_rational};
//! use eoscert::dynamics::{Gd, Map, orbit};
//! use eoscert::model::Model;
//!
//! let q = |s: &str| parse_rational(s).unwrap();
//! let gd = Gd::new(Model::factorisation(2, q("1")).unwrap(), q("1")).unwrap();
//! let x0: Vec<RationalInterval> =
//!     [q("5/4"), q("17/20")].iter().map(|v| RationalInterval::from_rational(v, &())).collect();
//! let x1 = orbit(&gd, x0, &()).next().unwrap();
//! // θ₁ = θ₀ − (f − 1)∇f with f = 17/16: (5/4 − 17/320, 17/20 − 5/64) = (383/320, 247/320).
//! assert_eq!(x1[0].bounds().unwrap(), (q("383/320"), q("383/320")));
//! assert_eq!(x1[1].bounds().unwrap(), (q("247/320"), q("247/320")));
//! ```

mod gd;
mod line;

pub use gd::Gd;
pub use line::Line;

use crate::arith::Scalar;

/// A map G: ℝⁿ → ℝⁿ written once over [`Scalar`].
///
/// # Contract
/// `step` must evaluate G at `x` with the operations of `S` only, taking every constant from
/// an exact rational with [`Scalar::from_rational`]`(q, ctx)` (or [`Scalar::from_int`]). Then,
/// for a rigorous `S`, the result encloses the exact G at every point of the input enclosure.
/// The same holds for [`Map::jacobian`] when a map provides it. Nothing can check this: a
/// `step` that rounds through `f64` gives enclosures that need not contain G(x).
pub trait Map {
    /// The dimension n (input and output).
    fn dim(&self) -> usize;

    /// G(`x`) in the backend `S`, constants made with `ctx` (see the contract above).
    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S>;

    /// The Jacobian DG(`x`) (row i holds ∂Gᵢ/∂xⱼ), or `None` for a map that does not provide
    /// one (engines that need it refuse such a map).
    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let _ = (x, ctx);
        None
    }
}

/// The forward orbit x₁ = G(x₀), x₂ = G(x₁), … of `x0` (x₀ itself is not yielded): the
/// dynamical system of a [`Map`] on naive enclosures (no wrapping control).
pub fn orbit<'a, M: Map, S: Scalar>(
    map: &'a M,
    x0: Vec<S>,
    ctx: &'a S::Ctx,
) -> impl Iterator<Item = Vec<S>> + 'a {
    let mut x = x0;
    std::iter::from_fn(move || {
        x = map.step(&x, ctx);
        Some(x.clone())
    })
}
