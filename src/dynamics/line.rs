//! GD of the depth-p factorisation on its invariant line L = {s·𝟙}.

use num_rational::BigRational;

use super::{Map, MapIn};
use crate::arith::{Ring, Scalar};

/// φ_η(s) = s − η(sᵖ − y)s^(p−1): GD of ℓ = ½(θ₁⋯θ_p − y)² restricted to L = {θ = s·𝟙},
/// which GD maps into itself.
///
/// # Formula (the Jacobian lemma)
/// At θ = s·𝟙 the GD Jacobian is diagonal in span(𝟙) ⊕ 𝟙^⊥: along 𝟙 it is
/// φ'_η(s) = 1 − η[p·s^(2p−2) + (p − 1)(sᵖ − y)s^(p−2)] ([`Line::multiplier_along`]), on 𝟙^⊥
/// (p − 1 times) it is 1 + η(sᵖ − y)s^(p−2) ([`Line::multiplier_across`]), because
/// ∇²ℓ = ∇f∇fᵀ + (f − y)∇²f with ∇f = s^(p−1)𝟙 and ∇²f = s^(p−2)(𝟙𝟙ᵀ − I) there.
/// The multipliers of a period-k orbit {s₀, …, s_(k−1)} are the products over the orbit.
#[derive(Clone, Debug)]
pub struct Line {
    depth: usize,
    target: BigRational,
    eta: BigRational,
}

impl Line {
    /// φ_η for depth `depth` ≥ 2, target `target` and learning rate `eta` (validated by the
    /// caller's problem type).
    pub fn new(depth: usize, target: BigRational, eta: BigRational) -> Self {
        Line { depth, target, eta }
    }

    /// φ'_η(s), the multiplier along 𝟙, with η and y given as enclosures (η may be an
    /// interval of learning rates: the result then encloses φ' for every η in it), evaluated
    /// as `1 − η·((2p − 1)·s^(2p−2) − (p − 1)·(y·s^(p−2)))` (powers by [`power`]).
    pub fn multiplier_along<R: Ring>(&self, s: &R, eta: &R, y: &R) -> R {
        let p = self.depth as i64;
        let a = power(s, 2 * self.depth - 2).mul_int(2 * p - 1);
        let b = (y.clone() * power(s, self.depth - 2)).mul_int(p - 1);
        s.int_like(1) - eta.clone() * (a - b)
    }

    /// 1 + η(sᵖ − y)s^(p−2), the multiplier on 𝟙^⊥ (see [`Line::multiplier_along`]).
    pub fn multiplier_across<R: Ring>(&self, s: &R, eta: &R, y: &R) -> R {
        let sp2 = power(s, self.depth - 2);
        let r = power(s, self.depth) - y.clone();
        s.int_like(1) + eta.clone() * (r * sp2)
    }

    /// φ_η(s) with η and y given as enclosures, evaluated as `s − (η·(sᵖ − y))·s^(p−1)`
    /// (powers by [`power`]).
    pub fn phi<R: Ring>(&self, s: &R, eta: &R, y: &R) -> R {
        let p = self.depth;
        s.clone() - eta.clone() * (power(s, p) - y.clone()) * power(s, p - 1)
    }

    /// The map with η and y enclosed once in the backend `S`.
    pub fn constants<S: Scalar>(&self, ctx: &S::Ctx) -> LineIn<S> {
        LineIn {
            line: self.clone(),
            eta: S::from_rational(&self.eta, ctx),
            y: S::from_rational(&self.target, ctx),
        }
    }

    /// The depth p.
    pub fn depth(&self) -> usize {
        self.depth
    }
}

impl Map for Line {
    fn dim(&self) -> usize {
        1
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        self.constants::<S>(ctx).eval(x)
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        self.constants::<S>(ctx).eval_jacobian(x)
    }
}

/// [`Line`] with η and y enclosed in the backend `S` ([`Line::constants`]).
#[derive(Clone, Debug)]
pub struct LineIn<S> {
    /// The map.
    pub line: Line,
    /// The learning rate η.
    pub eta: S,
    /// The target y.
    pub y: S,
}

impl<S: Scalar> MapIn<S> for LineIn<S> {
    fn dim(&self) -> usize {
        1
    }

    fn eval(&self, x: &[S]) -> Vec<S> {
        vec![self.line.phi(&x[0], &self.eta, &self.y)]
    }

    fn eval_jacobian(&self, x: &[S]) -> Option<Vec<Vec<S>>> {
        Some(vec![vec![
            self.line.multiplier_along(&x[0], &self.eta, &self.y),
        ]])
    }
}

/// `s^k` by squaring: `1` for k = 0, `s` for k = 1, `sqr(s^(k/2))` for even k,
/// `s·s^(k−1)` for odd k.
pub fn power<R: Ring>(s: &R, k: usize) -> R {
    match k {
        0 => s.int_like(1),
        1 => s.clone(),
        _ if k.is_multiple_of(2) => power(s, k / 2).sqr(),
        _ => s.clone() * power(s, k - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use crate::dynamics::Gd;
    use crate::model::Model;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    fn exact(v: &BigRational) -> RationalInterval {
        RationalInterval::from_rational(v, &())
    }

    /// φ and both multipliers against the full p-dimensional GD map and its Jacobian at s·𝟙,
    /// exactly: G(s𝟙) = φ(s)𝟙, DG·𝟙 = φ'(s)𝟙, DG·(e₁ − e₂) = (1 + η(sᵖ − y)s^(p−2))(e₁ − e₂).
    #[test]
    fn line_map_is_full_gd_on_the_line() {
        for p in 2..=5 {
            let (y, eta, s) = (q("3/2"), q("2/7"), q("11/10"));
            let line = Line::new(p, y.clone(), eta.clone());
            let gd = Gd::new(Model::factorisation(p, y.clone()).unwrap(), eta.clone()).unwrap();
            let theta = vec![exact(&s); p];
            let image = gd.step(&theta, &());
            let phi = line.step(&[exact(&s)], &())[0].clone();
            assert!(image.iter().all(|c| c.bounds() == phi.bounds()), "p = {p}");
            let jac = gd.jacobian(&theta, &()).unwrap();
            let (e, yy) = (exact(&eta), exact(&y));
            let along = line
                .multiplier_along(&exact(&s), &e, &yy)
                .bounds()
                .unwrap()
                .0;
            let across = line
                .multiplier_across(&exact(&s), &e, &yy)
                .bounds()
                .unwrap()
                .0;
            let row = |i: usize| -> Vec<BigRational> {
                jac[i].iter().map(|v| v.bounds().unwrap().0).collect()
            };
            let sum: BigRational = row(0).iter().sum();
            assert_eq!(sum, along, "p = {p}: DG·𝟙");
            let diff = &row(0)[0] - &row(0)[1];
            assert_eq!(diff, across, "p = {p}: DG·(e₁ − e₂)");
        }
    }
}
