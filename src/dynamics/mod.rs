//! Dynamics: the maps eoscert iterates, written once over any [`Scalar`].
//!
//! A [`Map`] is a function G: ℝⁿ → ℝⁿ (one GD step) with, where the engines need it, its
//! Jacobian DG. The same `step` runs in every backend: in `f64` it is the fast float map, in a
//! rigorous backend it returns an enclosure of G at every point of the input enclosure (the
//! containment guarantee of [`Scalar`]). A [`TimeMap`] is a non-autonomous map (step k applies
//! G_k), such as SGD with its batch schedule. The rigorous engines of [`crate::certify`] are a
//! map plus a *set strategy* ([`sets`]: naive interval boxes, mean-value forms, Lohner
//! parallelepipeds; Krawczyk boxes for periodic orbits), in the spirit of CAPD's separation of
//! map, dynamical system and set. Engines that step many times enclose a map's constants once
//! per backend ([`MapIn`], e.g. [`Line::constants`]); [`InBackend`] does this for any [`Map`].
//!
//! # The maps
//! | map | state | model | Jacobian |
//! |---|---|---|---|
//! | [`Gd`] | θ ∈ ℝⁿ | a [`Model`](crate::model::Model): deep scalar factorisation, inner product | DG = I − η∇²ℓ |
//! | [`Line`] | s (θ = s·𝟙) | the factorisation on its invariant line: φ_η(s) = s − η(sᵖ − y)s^(p−1) | φ′ and the multiplier across L |
//! | [`Plane`] | (α, β) = ((θ₁ + θ₂)/2, (θ₁ − θ₂)/2) | the depth-2 factorisation, rotated | yes |
//! | [`ReducedGd`] | (r, Q) | depth 2 and the inner product, exact planar reduction | yes |
//! | [`Uv`] | (g, λ) = (f − y, NTK) | the uv catapult model | yes |
//! | [`Product`] | (r, q) = (xᵀy − 1, ‖x‖² + ‖y‖²) | the φ family f = φ(xᵀy − 1) | no |
//! | [`NormalisedRq`] | (ρ, q) = (r/Y, Q/Y) | [`ReducedGd`] normalised by Y, h = ηY | yes |
//! | [`DeviationGd`] | w = θ − c·𝟙 | the factorisation in deviation coordinates | yes |
//! | [`CycleSystem`] | x = (u, t, w) ∈ ℝ^{2k} | the period-2k orbits of [`Line`]'s φ_η (η in a cell), desingularised: zeros of F(·, η) | yes |
//! | [`EndSystem`] | z = (u, w, η) ∈ ℝ^{2k} | the end of the period-k window of φ_η: zero of F | yes |
//! | [`DiagonalNet`] ([`TimeMap`]) | (w₊, w₋, Σx) ∈ ℝ^{3d} | the diagonal linear network, (S)GD with a batch schedule | no |
//!
//! [`FastGd`](crate::model::fast::FastGd) is the `f64` evaluation of [`Gd`] in place, without
//! allocation (bit for bit `Gd::step::<f64>` for the inner product and depth ≤ 3); the sweeps
//! run on it.
//!
//! # Which engine uses which map and set strategy
//! | engine | map | set strategy |
//! |---|---|---|
//! | `trajectory`, `precision` | [`Gd`] | [`sets::naive`] boxes with checkpoints |
//! | `catapult`, `catapult-map` | [`Uv`] (constants via [`Uv::constants`]) | [`sets::naive`] boxes, tail and escape lemmas |
//! | `balancing`, `bound` | [`Product`] (via [`ProductIn`]) | [`sets::naive`] boxes, tail and escape lemmas |
//! | `basin-map` | [`Plane`] (depth 2), [`Line`] | [`sets::Parallelepiped`] (plane), [`sets::mean_value`] (line) |
//! | `regime-map` | the period-2k cycle system and the window-end system of [`Line`]'s φ, desingularised ([`CycleSystem`], [`EndSystem`]) | Krawczyk boxes (MPFR at the window ends, `f64` intervals per η cell) |
//! | `implicit-bias` | [`DiagonalNet`] (its step is `State::step` of `crate::model::diagonal`) | naive boxes with a tail bound |
//! | `critical` | [`NormalisedRq`], [`DeviationGd`] (over its ball rings; a hand-fused double-f64 step of each at η_crit) | mean-value balls with a two-step error basis |
//! | `guard` | any [`Map`] | a rigorous backend per float input |
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
//!
//! The uv catapult map (width 100, label 0, η = 1) from f = 1/20, λ = 5/2, exactly and then
//! as a mean-value set in `f64` intervals around that point:
//! ```
//! use eoscert::arith::{DOUBLE_CTX, DoubleEndpoints, DoubleInterval, RationalInterval, Scalar, parse_rational};
//! use eoscert::dynamics::{InBackend, Map, Uv, sets};
//!
//! let q = |s: &str| parse_rational(s).unwrap();
//! let uv = Uv::new(100, q("0"), q("1"));
//! let x0: Vec<RationalInterval> =
//!     [q("1/20"), q("5/2")].iter().map(|v| RationalInterval::from_rational(v, &())).collect();
//! let x1 = uv.step(&x0, &());
//! // g⁺ = g(1 − ηλ + η²g²/n) = (1/20)(−3/2 + 1/40000), λ⁺ = λ − 4ηg²/n + η²g²λ/n.
//! assert_eq!(x1[0].bounds().unwrap().0, q("-59999/800000"));
//! assert_eq!(x1[1].bounds().unwrap().0, q("5/2") - q("1/10000") + q("1/16000"));
//!
//! let ball: Vec<DoubleInterval> =
//!     vec![DoubleInterval::from_f64_bounds(0.049, 0.051), DoubleInterval::from_f64_bounds(2.49, 2.51)];
//! let image = sets::mean_value(&InBackend::new(&uv, &DOUBLE_CTX), &ball).unwrap();
//! assert!(image[0].inf_f64() <= -59999.0 / 800000.0 && -59999.0 / 800000.0 <= image[0].sup_f64());
//! ```

mod critical;
mod diagonal;
mod gd;
mod line;
mod plane;
mod product;
mod reduced;
pub mod sets;
mod uv;

pub use critical::{DeviationGd, DeviationGdIn, NormalisedRq, NormalisedRqIn};
pub use diagonal::{DiagonalBatch, DiagonalNet};
pub use gd::{Gd, GdIn};
pub use line::{Line, LineIn, power};
pub use plane::{Plane, PlaneIn};
pub use product::{Product, ProductIn};
pub use reduced::ReducedGd;
pub use uv::Uv;

pub use crate::certify::regime_map::system::{CycleIn, CycleSystem, EndIn, EndSystem};

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

/// A non-autonomous map x_{k+1} = G_k(x_k) written once over [`Scalar`] (the contract of
/// [`Map`] holds for every G_k), e.g. SGD, whose step k uses the k-th batch of a schedule
/// ([`DiagonalNet`]).
pub trait TimeMap {
    /// The dimension n (input and output).
    fn dim(&self) -> usize;

    /// G_k(`x`) for step `k` = 0, 1, … in the backend `S`.
    fn step_at<S: Scalar>(&self, k: u64, x: &[S], ctx: &S::Ctx) -> Vec<S>;
}

/// A map evaluated in one backend `S` with its constants enclosed once: what the set
/// strategies of [`sets`] iterate. [`InBackend`] wraps any [`Map`]; maps with constants
/// provide their own (`constants::<S>(ctx)`, e.g. [`LineIn`], [`PlaneIn`]), which gives the same
/// enclosures without converting the constants at every step.
pub trait MapIn<S: Scalar> {
    /// The dimension n.
    fn dim(&self) -> usize;

    /// G(`x`) (the contract of [`Map::step`]).
    fn eval(&self, x: &[S]) -> Vec<S>;

    /// DG(`x`), or `None` if the map provides no Jacobian.
    fn eval_jacobian(&self, x: &[S]) -> Option<Vec<Vec<S>>> {
        let _ = x;
        None
    }
}

/// Any [`Map`] with a backend context, as a [`MapIn`] (its constants converted at every call).
pub struct InBackend<'a, M, S: Scalar> {
    map: &'a M,
    ctx: &'a S::Ctx,
}

impl<'a, M: Map, S: Scalar> InBackend<'a, M, S> {
    /// `map` evaluated in the backend of `ctx`.
    pub fn new(map: &'a M, ctx: &'a S::Ctx) -> Self {
        InBackend { map, ctx }
    }
}

impl<M: Map, S: Scalar> MapIn<S> for InBackend<'_, M, S> {
    fn dim(&self) -> usize {
        self.map.dim()
    }

    fn eval(&self, x: &[S]) -> Vec<S> {
        self.map.step(x, self.ctx)
    }

    fn eval_jacobian(&self, x: &[S]) -> Option<Vec<Vec<S>>> {
        self.map.jacobian(x, self.ctx)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    //! Helpers shared by the maps' tests.
    use num_rational::BigRational;
    use num_traits::Signed;

    use super::Map;
    use crate::arith::{RationalInterval, Scalar, parse_rational};

    /// Exact point enclosures of `v`.
    pub fn exact_vec(v: &[&BigRational]) -> Vec<RationalInterval> {
        v.iter()
            .map(|q| RationalInterval::from_rational(q, &()))
            .collect()
    }

    /// The value of an exact (point) enclosure; panics if it is not a point.
    pub fn exact_point(x: &RationalInterval) -> BigRational {
        let (lo, hi) = x.bounds().unwrap();
        assert_eq!(lo, hi, "not a point");
        lo
    }

    /// DG against central differences in exact arithmetic at `at`: for a polynomial map,
    /// (G(x + εeⱼ) − G(x − εeⱼ))/2ε − DG·eⱼ = O(ε²); with ε = 10⁻⁶ below 10⁻⁹.
    pub fn assert_jacobian_matches_differences<M: Map>(map: &M, at: &[&str]) {
        let x: Vec<BigRational> = at.iter().map(|s| parse_rational(s).unwrap()).collect();
        let refs: Vec<&BigRational> = x.iter().collect();
        let jac = map.jacobian(&exact_vec(&refs), &()).expect("a Jacobian");
        let eps = parse_rational("1/1000000").unwrap();
        for j in 0..x.len() {
            let shifted = |sign: i32| {
                let mut y = x.clone();
                y[j] += if sign > 0 { eps.clone() } else { -eps.clone() };
                let refs: Vec<&BigRational> = y.iter().collect();
                map.step(&exact_vec(&refs), &())
                    .iter()
                    .map(exact_point)
                    .collect::<Vec<_>>()
            };
            let (plus, minus) = (shifted(1), shifted(-1));
            for i in 0..x.len() {
                let fd = (&plus[i] - &minus[i]) / (BigRational::from_integer(2.into()) * &eps);
                let err = (fd - exact_point(&jac[i][j])).abs();
                assert!(
                    err < parse_rational("1/1000000000").unwrap(),
                    "DG[{i}][{j}] off by {err}"
                );
            }
        }
    }

    /// A wrong Jacobian (DG = x for G(x) = x²) is caught by the central-difference check:
    /// the helper can fail.
    #[test]
    #[should_panic(expected = "off by")]
    fn a_wrong_jacobian_is_caught() {
        struct Wrong;
        impl Map for Wrong {
            fn dim(&self) -> usize {
                1
            }
            fn step<S: Scalar>(&self, x: &[S], _: &S::Ctx) -> Vec<S> {
                vec![x[0].sqr()]
            }
            fn jacobian<S: Scalar>(&self, x: &[S], _: &S::Ctx) -> Option<Vec<Vec<S>>> {
                Some(vec![vec![x[0].clone()]])
            }
        }
        assert_jacobian_matches_differences(&Wrong, &["3/2"]);
    }
}
