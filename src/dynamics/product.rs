//! The φ family's exact planar reduction (r, q) as a [`Map`].

use num_rational::BigRational;

use super::Map;
use crate::arith::Scalar;
use crate::model::product::{Phi, product_factors};

/// One GD step of the `product` model f(x, y) = φ(xᵀy − 1) (`crate::model::product`) on the
/// state (r, q) = (xᵀy − 1, ‖x‖² + ‖y‖²), for every learning rate h in `[h_lo, h_hi]` (a point
/// for [`Product::new`]).
///
/// # Formula
/// `G(r, q) = (r·m, q + r·p)` with the factors `m`, `p` of [`product_factors`] (in this order
/// of operations, which the balancing and bound engines and the checker replay). No Jacobian
/// is provided (it needs C′ = (φ′(r)/r)′ for every shape).
#[derive(Clone, Debug)]
pub struct Product {
    phi: Phi,
    h_lo: BigRational,
    h_hi: BigRational,
    range: bool,
}

impl Product {
    /// The reduced map of shape `phi` at learning rate `h` (validated by the caller's problem
    /// type).
    pub fn new(phi: Phi, h: BigRational) -> Self {
        Product {
            phi,
            h_lo: h.clone(),
            h_hi: h,
            range: false,
        }
    }

    /// The reduced map for every learning rate in `[h_lo, h_hi]` (h enclosed by their hull,
    /// [`Scalar::from_bounds`]).
    pub fn over(phi: Phi, h_lo: BigRational, h_hi: BigRational) -> Self {
        Product {
            phi,
            h_lo,
            h_hi,
            range: true,
        }
    }

    /// The map with its learning rate enclosed once in the backend `S`.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> ProductIn<S> {
        let h = if !self.range {
            S::from_rational(&self.h_lo, ctx)
        } else {
            S::from_bounds(&self.h_lo, &self.h_hi, ctx)
        };
        ProductIn::new(self.phi, h)
    }
}

/// [`Product`] with its learning rate `h` as an enclosure in the backend `S`.
#[derive(Clone, Debug)]
pub struct ProductIn<S> {
    /// The loss shape φ.
    pub phi: Phi,
    /// The learning rate (an enclosure; an interval of learning rates is allowed).
    pub h: S,
}

impl<S: Scalar> ProductIn<S> {
    /// The map of shape `phi` with learning rate enclosure `h`.
    pub fn new(phi: Phi, h: S) -> Self {
        ProductIn { phi, h }
    }

    /// One step `(r, q) ↦ (r⁺, q⁺)` and the factor `m` (`r⁺ = r·m`).
    pub fn step(&self, r: &S, q: &S) -> (S, S, S) {
        let (m, p) = product_factors(self.phi, r, q, &self.h);
        (r.clone() * m.clone(), q.clone() + r.clone() * p, m)
    }
}

impl Map for Product {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let (r, q, _) = self.constants::<S>(ctx).step(&x[0], &x[1]);
        vec![r, q]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;
    use crate::dynamics::tests::{exact_point, exact_vec};

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// For φ = quad (g = r) and φ = quartic (g = r + r³) the map against full GD on
    /// (x, y) ∈ ℝ² × ℝ², x⁺ = x − h·g·y, y⁺ = y − h·g·x, in exact rationals.
    #[test]
    fn product_map_is_full_gd_reduced() {
        for (shape, dphi) in [
            (
                "quad",
                (|r: &BigRational| r.clone()) as fn(&BigRational) -> BigRational,
            ),
            ("quartic", |r: &BigRational| r + r * r * r),
        ] {
            let h = q("3/10");
            let map = Product::new(shape.parse().unwrap(), h.clone());
            let (mut x, mut y) = ([q("6/5"), q("-1/3")], [q("1/2"), q("4/5")]);
            let reduce = |x: &[BigRational; 2], y: &[BigRational; 2]| {
                let s = &x[0] * &y[0] + &x[1] * &y[1];
                let qq = &x[0] * &x[0] + &x[1] * &x[1] + &y[0] * &y[0] + &y[1] * &y[1];
                (s - q("1"), qq)
            };
            let (r0, q0) = reduce(&x, &y);
            let mut state = exact_vec(&[&r0, &q0]);
            for _ in 0..3 {
                let g = dphi(&reduce(&x, &y).0);
                let x2 = [&x[0] - &h * &g * &y[0], &x[1] - &h * &g * &y[1]];
                let y2 = [&y[0] - &h * &g * &x[0], &y[1] - &h * &g * &x[1]];
                (x, y) = (x2, y2);
                state = map.step(&state, &());
                let (r, qq) = reduce(&x, &y);
                assert_eq!(exact_point(&state[0]), r, "{shape}: r");
                assert_eq!(exact_point(&state[1]), qq, "{shape}: q");
            }
        }
    }
}
