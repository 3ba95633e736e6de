//! The two maps of the `critical` engine, written once over [`Ring`]: the normalised (ρ, q)
//! reduction [`NormalisedRq`] and GD of the depth-p factorisation in deviation coordinates,
//! [`DeviationGd`].
//!
//! Both are [`Map`]s (over any [`Scalar`], allocating, for tests and generic engines) and, with
//! their constants enclosed once ([`NormalisedRq::constants`], [`DeviationGd::constants`]),
//! in-place steps over any [`Ring`] ([`NormalisedRqIn::step`], [`DeviationGdIn::step`]): the
//! critical engine evaluates them over its ball rings (`f64` and 128-bit floating midpoints,
//! radius rounded up), whose [`Ring`] operations preserve containment like a rigorous
//! [`Scalar`]'s. The order of operations is part of the definition: it fixes the rounding of
//! every evaluation and so the certificates.

use num_rational::BigRational;
use num_traits::{One, Zero};

use super::Map;
use crate::Error;
use crate::arith::{Ring, Scalar};

/// GD of the depth-2 factorisation or the inner-product model in the normalised reduced
/// coordinates `ρ = r/Y`, `q = Q/Y` ([`super::ReducedGd`] divided by `Y`), with `h = ηY`.
///
/// # Formula
/// `ρ⁺ = (1 − 2h)ρ + (h² − 2h)ρ² + h²ρ³ − hqρ`, `q⁺ = q(1 + hρ)²`, evaluated as
/// `ρ⁺ = k₁ρ + ρ(ρ(k₂ + k₃ρ) − hq)` (`k₁ = 1 − 2h`, `k₂ = h² − 2h`, `k₃ = h²`: the small
/// correction is added to the leading term last) and `q⁺ = q + q·hρ(2 + hρ)`. Jacobian
/// `[[k₁ + ρ(2k₂ + 3k₃ρ) − hq, −hρ], [2hq(1 + hρ), (1 + hρ)²]]`. At `h = 1` (η = η_crit) the
/// Jacobian at the flattest minimum (0, 0) is `diag(−1, 1)`.
#[derive(Clone, Debug)]
pub struct NormalisedRq {
    h: BigRational,
}

impl NormalisedRq {
    /// The normalised map with `h = ηY` (exact).
    pub fn new(h: BigRational) -> Self {
        NormalisedRq { h }
    }

    /// The map with its constants enclosed once by `of` (e.g. `|q| S::from_rational(q, ctx)`).
    pub fn constants<R: Ring>(&self, of: impl Fn(&BigRational) -> R) -> NormalisedRqIn<R> {
        let h = &self.h;
        let one = BigRational::one();
        let two = &one + &one;
        NormalisedRqIn {
            h: of(h),
            k1: of(&(&one - &two * h)),
            k2: of(&(h * h - &two * h)),
            k3: of(&(h * h)),
            two: of(&two),
            one: of(&one),
            three: of(&(&two + &one)),
        }
    }
}

/// [`NormalisedRq`] with its constants in the ring `R`.
#[derive(Clone, Copy, Debug)]
pub struct NormalisedRqIn<R> {
    /// `h = ηY`.
    pub h: R,
    k1: R,
    k2: R,
    k3: R,
    two: R,
    one: R,
    three: R,
}

impl<R: Ring> NormalisedRqIn<R> {
    /// `out = G(x)` for `x = (ρ, q)` (formula of [`NormalisedRq`]).
    #[inline(always)]
    pub fn step(&self, x: &[R], out: &mut [R]) {
        let (r, q) = (x[0].clone(), x[1].clone());
        let corr = r.clone()
            * (r.clone() * (self.k2.clone() + self.k3.clone() * r.clone())
                - self.h.clone() * q.clone());
        out[0] = self.k1.clone() * r.clone() + corr;
        let hr = self.h.clone() * r;
        out[1] = q.clone() + q * (hr.clone() * (self.two.clone() + hr));
    }

    /// `out = DG(x)`, row-major 2×2 (formula of [`NormalisedRq`]).
    #[inline(always)]
    pub fn jac(&self, x: &[R], out: &mut [R]) {
        let (r, q) = (x[0].clone(), x[1].clone());
        let hr = self.h.clone() * r.clone();
        let a = self.one.clone() + hr.clone();
        out[0] = self.k1.clone()
            + r.clone()
                * (self.two.clone() * self.k2.clone() + self.three.clone() * self.k3.clone() * r)
            - self.h.clone() * q.clone();
        out[1] = -hr;
        out[2] = self.two.clone() * self.h.clone() * q * a.clone();
        out[3] = a.clone() * a;
    }
}

impl Map for NormalisedRq {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let mut out = x.to_vec();
        self.constants(|q| S::from_rational(q, ctx))
            .step(x, &mut out);
        out
    }

    fn jacobian<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let mut out = vec![x[0].clone(); 4];
        self.constants(|q| S::from_rational(q, ctx))
            .jac(x, &mut out);
        Some(out.chunks(2).map(<[S]>::to_vec).collect())
    }
}

/// GD for `ℓ = ½(θ₁⋯θ_p − y)²` in deviation coordinates `w = θ − c·𝟙` (any exact `c`; a `c`
/// near the minimum keeps `w` small, so rounding errors are relative to the small deviation).
///
/// # Formula
/// With `A_k = ∏_{i<k}(c + w_i) − c^k` and `B_k = ∏_{i≥k}(c + w_i) − c^{p−k}`, built by
/// `A_{k+1} = A_k·c + c^k·w_k + A_k·w_k` (never forming `c^k` plus a small number):
/// `res = A_p + (c^p − y)`, `G_i = c^i·B_{i+1} + A_i·c^{p−1−i} + A_i·B_{i+1}` (so that
/// `∏_{j≠i}θ_j = c^{p−1} + G_i`) and `w_i⁺ = w_i − ηc^{p−1}·res − η·res·G_i`. Jacobian
/// `∂w_i⁺/∂w_k = δ_ik − η(π_iπ_k + res·∏_{j≠i,k}θ_j [i ≠ k])`, `π_i = c^{p−1} + G_i`.
#[derive(Clone, Debug)]
pub struct DeviationGd {
    p: usize,
    c: BigRational,
    y: BigRational,
    eta: BigRational,
}

impl DeviationGd {
    /// The map for depth `p`, expansion centre `c`, target `y`, learning rate `eta` (exact).
    ///
    /// # Errors
    /// [`Error::Field`] (field `depth`) unless `p ≥ 1`.
    pub fn new(p: usize, c: BigRational, y: BigRational, eta: BigRational) -> Result<Self, Error> {
        if p == 0 {
            return Err(Error::field("depth", "must be at least 1"));
        }
        Ok(DeviationGd { p, c, y, eta })
    }

    /// The expansion centre `c`.
    pub fn center(&self) -> &BigRational {
        &self.c
    }

    /// The map with its constants enclosed once by `of` (e.g. `|q| S::from_rational(q, ctx)`).
    pub fn constants<R: Ring>(&self, of: impl Fn(&BigRational) -> R) -> DeviationGdIn<R> {
        let p = self.p;
        let mut pw = vec![BigRational::one()];
        for k in 0..p {
            let next = &pw[k] * &self.c;
            pw.push(next);
        }
        DeviationGdIn {
            cpow: pw.iter().map(&of).collect(),
            resid0: of(&(&pw[p] - &self.y)),
            eta: of(&self.eta),
            kappa: of(&(&self.eta * &pw[p - 1])),
            one: of(&BigRational::one()),
            zero: of(&BigRational::zero()),
        }
    }
}

/// [`DeviationGd`] with its constants in the ring `R`.
#[derive(Clone, Debug)]
pub struct DeviationGdIn<R> {
    /// `c^k`, k = 0..=p.
    cpow: Vec<R>,
    /// `c^p − y`.
    resid0: R,
    /// `η`.
    eta: R,
    /// `η c^{p−1}`.
    kappa: R,
    one: R,
    zero: R,
}

/// Depths up to which [`DeviationGdIn::step`] keeps its scratch on the stack.
const STACK_DEPTH: usize = 8;

impl<R: Ring> DeviationGdIn<R> {
    /// The depth p.
    pub fn depth(&self) -> usize {
        self.cpow.len() - 1
    }

    /// The deviation products `A` (`pre`) and `B` (`suf`) of [`DeviationGd`].
    #[inline(always)]
    fn dev_products(&self, w: &[R], pre: &mut [R], suf: &mut [R]) {
        let p = w.len();
        let c1 = &self.cpow[1];
        pre[0] = self.zero.clone();
        for k in 0..p {
            pre[k + 1] = pre[k].clone() * c1.clone()
                + self.cpow[k].clone() * w[k].clone()
                + pre[k].clone() * w[k].clone();
        }
        suf[p] = self.zero.clone();
        for k in (0..p).rev() {
            let j = p - 1 - k; // suffix k+1.. has j factors
            suf[k] = suf[k + 1].clone() * c1.clone()
                + self.cpow[j].clone() * w[k].clone()
                + suf[k + 1].clone() * w[k].clone();
        }
    }

    /// `out = G(w)` (formula of [`DeviationGd`]).
    #[inline(always)]
    pub fn step(&self, w: &[R], out: &mut [R]) {
        if w.len() <= STACK_DEPTH {
            let mut pre: [R; STACK_DEPTH + 1] = std::array::from_fn(|_| self.zero.clone());
            let mut suf = pre.clone();
            self.step_with(w, out, &mut pre, &mut suf);
        } else {
            let mut pre = vec![self.zero.clone(); w.len() + 1];
            let mut suf = pre.clone();
            self.step_with(w, out, &mut pre, &mut suf);
        }
    }

    #[inline(always)]
    fn step_with(&self, w: &[R], out: &mut [R], pre: &mut [R], suf: &mut [R]) {
        let p = w.len();
        self.dev_products(w, pre, suf);
        // f − y = A[p] + (c^p − y).
        let res = pre[p].clone() + self.resid0.clone();
        let eres = self.eta.clone() * res.clone();
        for i in 0..p {
            // ∏_{j≠i} θ_j = (c^i + A_i)(c^{p−1−i} + B_{i+1}) = c^{p−1} + G_i.
            let (ai, bi) = (pre[i].clone(), suf[i + 1].clone());
            let g = self.cpow[i].clone() * bi.clone()
                + ai.clone() * self.cpow[p - 1 - i].clone()
                + ai * bi;
            out[i] = w[i].clone() - self.kappa.clone() * res.clone() - eres.clone() * g;
        }
    }

    /// `out = DG(w)`, row-major `p×p` (formula of [`DeviationGd`]).
    pub fn jac(&self, w: &[R], out: &mut [R]) {
        let p = w.len();
        let th: Vec<R> = w
            .iter()
            .map(|wi| self.cpow[1].clone() + wi.clone())
            .collect();
        let mut pre = vec![self.zero.clone(); p + 1];
        let mut suf = pre.clone();
        self.dev_products(w, &mut pre, &mut suf);
        let res = pre[p].clone() + self.resid0.clone();
        let g: Vec<R> = (0..p)
            .map(|i| {
                let (ai, bi) = (pre[i].clone(), suf[i + 1].clone());
                self.cpow[p - 1].clone()
                    + (self.cpow[i].clone() * bi.clone()
                        + ai.clone() * self.cpow[p - 1 - i].clone()
                        + ai * bi)
            })
            .collect();
        // ∂θ_i'/∂θ_k = δ_ik − η(g_i g_k + res·∏_{j≠i,k} θ_j [i ≠ k]).
        for i in 0..p {
            for k in 0..p {
                let mut v = g[i].clone() * g[k].clone();
                if i != k {
                    let mut h = self.one.clone();
                    for (j, t) in th.iter().enumerate() {
                        if j != i && j != k {
                            h = h * t.clone();
                        }
                    }
                    v = v + res.clone() * h;
                }
                let d = if i == k {
                    self.one.clone()
                } else {
                    self.zero.clone()
                };
                out[i * p + k] = d - self.eta.clone() * v;
            }
        }
    }
}

impl Map for DeviationGd {
    fn dim(&self) -> usize {
        self.p
    }

    fn step<S: Scalar>(&self, w: &[S], ctx: &S::Ctx) -> Vec<S> {
        let mut out = w.to_vec();
        self.constants(|q| S::from_rational(q, ctx))
            .step(w, &mut out);
        out
    }

    fn jacobian<S: Scalar>(&self, w: &[S], ctx: &S::Ctx) -> Option<Vec<Vec<S>>> {
        let p = self.p;
        let mut out = vec![w[0].clone(); p * p];
        self.constants(|q| S::from_rational(q, ctx))
            .jac(w, &mut out);
        Some(out.chunks(p).map(<[S]>::to_vec).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{RationalInterval, parse_rational};
    use crate::dynamics::tests::{assert_jacobian_matches_differences, exact_point, exact_vec};
    use crate::dynamics::{Gd, ReducedGd};
    use crate::model::Model;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// The normalised map is [`ReducedGd`] divided by Y, exactly: from (r, Q) = (ρY, qY),
    /// G_reduced(r, Q)/Y = G_normalised(ρ, q) with h = ηY, over three steps.
    #[test]
    fn normalised_rq_is_the_reduced_map_over_y() {
        let (eta, y) = (q("3/10"), q("7/3"));
        let red = ReducedGd::new(y.clone(), eta.clone());
        let norm = NormalisedRq::new(&eta * &y);
        let (mut rq, mut nq) = (
            exact_vec(&[&(q("1/5") * &y), &(q("2/7") * &y)]),
            exact_vec(&[&q("1/5"), &q("2/7")]),
        );
        for _ in 0..3 {
            rq = red.step(&rq, &());
            nq = norm.step(&nq, &());
            for i in 0..2 {
                assert_eq!(
                    exact_point(&rq[i]) / &y,
                    exact_point(&nq[i]),
                    "coordinate {i}"
                );
            }
        }
        assert_jacobian_matches_differences(&NormalisedRq::new(q("1")), &["1/7", "3/11"]);
    }

    /// The deviation map is [`Gd`] of the factorisation shifted by c, exactly (depths 2, 3, 5,
    /// 10: the last beyond the stack scratch), and its Jacobian matches central differences.
    #[test]
    fn deviation_gd_is_gd_shifted() {
        for p in [2usize, 3, 5, 10] {
            let (c, y, eta) = (q("21/20"), q("3/2"), q("1/4"));
            let dev = DeviationGd::new(p, c.clone(), y.clone(), eta.clone()).unwrap();
            let gd = Gd::new(Model::factorisation(p, y).unwrap(), eta).unwrap();
            let w0: Vec<BigRational> = (0..p)
                .map(|i| BigRational::new(((i as i64 % 3) - 1).into(), 17.into()))
                .collect();
            let theta0: Vec<BigRational> = w0.iter().map(|w| w + &c).collect();
            let mut w = exact_vec(&w0.iter().collect::<Vec<_>>());
            let mut th = exact_vec(&theta0.iter().collect::<Vec<_>>());
            for _ in 0..2 {
                w = dev.step(&w, &());
                th = gd.step(&th, &());
                for i in 0..p {
                    assert_eq!(
                        exact_point(&w[i]) + &c,
                        exact_point(&th[i]),
                        "p = {p}, i = {i}"
                    );
                }
            }
        }
        let dev = DeviationGd::new(3, q("1"), q("1"), q("2/3")).unwrap();
        assert_jacobian_matches_differences(&dev, &["1/10", "-1/20", "1/30"]);
        assert!(DeviationGd::new(0, q("1"), q("1"), q("1")).is_err());
    }

    /// A deliberately wrong map (k₃ dropped) differs from the reduced map: the comparison above
    /// can fail.
    #[test]
    fn a_wrong_normalised_map_is_caught() {
        let norm = NormalisedRq::new(q("1"));
        let mut c = norm.constants(|v| RationalInterval::from_rational(v, &()));
        c.k3 = RationalInterval::from_int(0, &());
        let x = exact_vec(&[&q("1/5"), &q("2/7")]);
        let mut wrong = x.clone();
        c.step(&x, &mut wrong);
        assert_ne!(norm.step(&x, &()), wrong);
    }
}
