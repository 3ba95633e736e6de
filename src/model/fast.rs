//! The float64 fast path: GD steps in place, without allocation. Not rigorous; property tests
//! pit it against the rigorous backends.
//!
//! [`FastGd`] is the `f64` evaluation of the map [`Gd`](crate::dynamics::Gd): for the inner
//! product and the factorisation of depth ≤ 3 it equals `Gd::step::<f64>` bit for bit; for
//! depth ≥ 4 it takes the suffix products θ_p⋯θ_(i+1) right to left (one pass), where
//! [`Model::gd_step`] multiplies left to right, so the last bits may differ.

use crate::model::Model;

/// Parameters of a model for the f64 kernels.
///
/// # Examples
/// ```
/// use eoscert::model::{Model, fast::FastGd};
/// use eoscert::arith::parse_rational;
/// let m = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
/// let gd = FastGd::new(&m, 1.0);
/// let mut theta = [1.25, 0.85];
/// gd.step_unchecked(&mut theta);
/// // r = 1.0625 − 1 = 0.0625: θ = (1.25 − 0.0625·0.85, 0.85 − 0.0625·1.25).
/// assert_eq!(theta, [1.25 - 0.0625 * 0.85, 0.85 - 0.0625 * 1.25]);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct FastGd {
    kind: Kind,
    eta: f64,
    y: f64,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    Factorisation,
    InnerProduct(usize),
}

impl FastGd {
    /// The f64 GD map of `model` with learning rate `eta` (target rounded to nearest).
    pub fn new(model: &Model, eta: f64) -> Self {
        let y = num_traits::ToPrimitive::to_f64(model.target()).unwrap_or(f64::NAN);
        let kind = match model {
            Model::Factorisation { .. } => Kind::Factorisation,
            Model::InnerProduct { dim, .. } => Kind::InnerProduct(*dim),
        };
        FastGd { kind, eta, y }
    }

    /// One GD step in place; returns the residual r = f(θ) − y before the step.
    ///
    /// Factorisation: ∂f/∂θᵢ = (∏_{j<i} θⱼ)(∏_{j>i} θⱼ) by a prefix pass and a suffix pass
    /// (no division, exact at θᵢ = 0); f is the prefix pass's last product.
    #[inline]
    pub fn step_unchecked(&self, theta: &mut [f64]) -> f64 {
        match self.kind {
            Kind::Factorisation => {
                // Prefix products into a buffer (on the stack for p ≤ 64), then a backward pass
                // with the running suffix product.
                let (mut stack, mut heap) = ([0.0f64; 64], Vec::new());
                let prefix: &mut [f64] = if theta.len() <= 64 {
                    &mut stack[..theta.len()]
                } else {
                    heap.resize(theta.len(), 0.0);
                    &mut heap
                };
                let mut running = 1.0;
                for (p, t) in prefix.iter_mut().zip(theta.iter()) {
                    *p = running;
                    running *= t;
                }
                let r = running - self.y;
                let e = self.eta * r;
                let mut suffix = 1.0;
                for (t, p) in theta.iter_mut().zip(prefix.iter()).rev() {
                    let g = p * suffix;
                    suffix *= *t;
                    *t -= e * g;
                }
                r
            }
            Kind::InnerProduct(d) => {
                let (u, v) = theta.split_at_mut(d);
                let f: f64 = u.iter().zip(v.iter()).map(|(a, b)| a * b).sum();
                let r = f - self.y;
                let e = self.eta * r;
                for (a, b) in u.iter_mut().zip(v.iter_mut()) {
                    let (ua, vb) = (*a, *b);
                    *a = ua - e * vb;
                    *b = vb - e * ua;
                }
                r
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// For the inner product and depth ≤ 3 the kernel is `Gd::step::<f64>` bit for bit,
        /// 10 steps from random starts.
        #[test]
        fn fast_step_is_gd_in_f64_bit_for_bit(
            which in 0usize..4, eta_pct in 5u32..=100, init in proptest::collection::vec(-1500i32..=1500, 6)
        ) {
            use crate::dynamics::{Gd, Map};
            let y = parse_rational("7/5").unwrap();
            let model = match which {
                0 => Model::factorisation(2, y).unwrap(),
                1 => Model::factorisation(3, y).unwrap(),
                2 => Model::inner_product(1, y).unwrap(),
                _ => Model::inner_product(3, y).unwrap(),
            };
            let eta = parse_rational(&format!("{eta_pct}/300")).unwrap();
            let mut fast: Vec<f64> = init[..model.n_params()].iter().map(|&k| f64::from(k) / 1000.0).collect();
            let mut generic = fast.clone();
            let kernel = FastGd::new(&model, num_traits::ToPrimitive::to_f64(&eta).unwrap());
            let gd = Gd::new(model, eta).unwrap();
            for _ in 0..10 {
                kernel.step_unchecked(&mut fast);
                generic = gd.step::<f64>(&generic, &());
                let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                prop_assert_eq!(bits(&fast), bits(&generic));
            }
        }

        /// The fast kernel's iterate lies in the interval enclosure of the same 20 steps.
        #[test]
        fn fast_step_lies_in_the_interval_enclosure(
            depth in 2usize..=6, eta_pct in 5u32..=100, init in proptest::collection::vec(800i32..=1200, 6)
        ) {
            let model = Model::factorisation(depth, parse_rational("1").unwrap()).unwrap();
            let eta = parse_rational(&format!("{eta_pct}/{}", 100 * depth)).unwrap();
            let init: Vec<_> = init[..depth].iter().map(|&k| parse_rational(&format!("{k}/1000")).unwrap()).collect();
            let mut fast: Vec<f64> = init.iter().map(|q| num_traits::ToPrimitive::to_f64(q).unwrap()).collect();
            let gd = FastGd::new(&model, num_traits::ToPrimitive::to_f64(&eta).unwrap());
            use crate::arith::Scalar;
            let (ey, eeta) = (inari::Interval::from_int(1, &()), inari::Interval::from_rational(&eta, &()));
            let mut enc: Vec<inari::Interval> = init.iter().map(|q| inari::Interval::from_rational(q, &())).collect();
            for _ in 0..20 {
                gd.step_unchecked(&mut fast);
                enc = model.gd_step(&enc, &eeta, &ey);
            }
            for (x, e) in fast.iter().zip(&enc) {
                prop_assert!(e.contains(*x), "{x} not in {e:?}");
            }
        }
    }
}
