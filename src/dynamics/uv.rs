//! The uv catapult model's exact (g, λ) recursion as a [`Map`].

use num_rational::BigRational;

use super::Map;
use crate::arith::Scalar;
use crate::model::catapult::{UvConstants, uv_factors};

/// One GD step of the uv model of width n (`crate::model::catapult`) on the state
/// x = (g, λ), g = f − y, for every learning rate in `[eta_lo, eta_hi]` (a point for
/// [`Uv::new`]).
///
/// # Formula
/// With `f = y + g`, `m = (1 − ηλ) + c·(g·f)`, `p = c·(g·λ) − k·f`, `c = η²/n`, `k = 4η/n`:
/// `G(g, λ) = (g·m, λ + g·p)` in this order of operations ([`UvConstants::step`], which the
/// catapult engines and the checker replay). Its Jacobian is
/// `[[m + c·g·(y + 2g), −η·g], [p + g·(c·λ − k), 1 + c·g²]]`.
#[derive(Clone, Debug)]
pub struct Uv {
    width: u64,
    label: BigRational,
    eta_lo: BigRational,
    eta_hi: BigRational,
    range: bool,
}

impl Uv {
    /// The uv map of width `width` ≥ 1, label `label` and learning rate `eta` (validated by
    /// the caller's problem type).
    pub fn new(width: u64, label: BigRational, eta: BigRational) -> Self {
        Uv {
            width,
            label,
            eta_lo: eta.clone(),
            eta_hi: eta,
            range: false,
        }
    }

    /// The uv map for every learning rate in `[eta_lo, eta_hi]` (`0 < eta_lo ≤ eta_hi`): one
    /// step encloses the step of every η in the range ([`UvConstants::new_range`]).
    pub fn over(width: u64, label: BigRational, eta_lo: BigRational, eta_hi: BigRational) -> Self {
        Uv {
            width,
            label,
            eta_lo,
            eta_hi,
            range: true,
        }
    }

    /// The constants enclosed once in the backend `S` (for loops that step many times).
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> UvConstants<S> {
        if !self.range {
            UvConstants::new(self.width, &self.label, &self.eta_lo, ctx)
        } else {
            UvConstants::new_range(self.width, &self.label, &self.eta_lo, &self.eta_hi, ctx)
        }
    }
}

impl<S: Scalar> UvConstants<S> {
    /// One step `(g, λ) ↦ (g⁺, λ⁺)` of [`Uv`], and the contraction factor `m` (`g⁺ = g·m`).
    /// The evaluation order is part of the certificate format (`crate::model::catapult`).
    pub fn step(&self, g: &S, lambda: &S) -> (S, S, S) {
        let (m, p) = uv_factors(g, lambda, self);
        let g_next = g.clone() * m.clone();
        let lambda_next = lambda.clone() + g.clone() * p;
        (g_next, lambda_next, m)
    }

    /// The Jacobian of [`UvConstants::step`] at `(g, λ)` (see [`Uv`]).
    pub fn jacobian(&self, g: &S, lambda: &S) -> [[S; 2]; 2] {
        let (m, p) = uv_factors(g, lambda, self);
        let y2g = self.y.clone() + g.mul_int(2);
        [
            [
                m + self.c.clone() * (g.clone() * y2g),
                -(self.eta.clone() * g.clone()),
            ],
            [
                p + g.clone() * (self.c.clone() * lambda.clone() - self.k.clone()),
                self.one.clone() + self.c.clone() * g.sqr(),
            ],
        ]
    }
}

impl Map for Uv {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let (g, lambda, _) = self.constants::<S>(ctx).step(&x[0], &x[1]);
        vec![g, lambda]
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let j = self.constants::<S>(ctx).jacobian(&x[0], &x[1]);
        Some(j.into_iter().map(Vec::from).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use crate::dynamics::tests::{assert_jacobian_matches_differences, exact_point, exact_vec};

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// The map against the direct (f, λ) recursion of the module `crate::model::catapult`,
    /// `f⁺ = f − ηgλ + η²g²f/n`, `λ⁺ = λ − 4ηgf/n + η²g²λ/n`, in exact rationals.
    #[test]
    fn uv_map_is_the_direct_recursion() {
        let (n, y, eta) = (7u64, q("1/3"), q("5/4"));
        let uv = Uv::new(n, y.clone(), eta.clone());
        let nq = BigRational::from_integer(n.into());
        let (mut f, mut lambda) = (q("9/10"), q("2"));
        let mut x = exact_vec(&[&(&f - &y), &lambda]);
        for _ in 0..4 {
            let g = &f - &y;
            let f2 = &f - &eta * &g * &lambda + &eta * &eta * &g * &g * &f / &nq;
            let l2 =
                &lambda - q("4") * &eta * &g * &f / &nq + &eta * &eta * &g * &g * &lambda / &nq;
            x = uv.step(&x, &());
            assert_eq!(exact_point(&x[0]) + &y, f2);
            assert_eq!(exact_point(&x[1]), l2);
            (f, lambda) = (f2, l2);
        }
    }

    #[test]
    fn uv_jacobian_matches_central_differences() {
        let uv = Uv::new(3, q("1/2"), q("3/10"));
        assert_jacobian_matches_differences(&uv, &["7/10", "11/5"]);
    }

    /// A range of learning rates encloses both ends.
    #[test]
    fn uv_over_a_range_encloses_its_ends() {
        let x = exact_vec(&[&q("1/5"), &q("3")]);
        let wide = Uv::over(4, q("0"), q("1/2"), q("3/4")).step::<RationalInterval>(&x, &());
        for eta in ["1/2", "3/4"] {
            let point = Uv::new(4, q("0"), q(eta)).step::<RationalInterval>(&x, &());
            for (w, p) in wide.iter().zip(&point) {
                let (lo, hi) = w.bounds().unwrap();
                let v = exact_point(p);
                assert!(lo <= v && v <= hi);
            }
        }
    }
}
