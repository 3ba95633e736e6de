//! The diagonal linear network's (S)GD with its batch schedule as a time-dependent map.

use num_rational::BigRational;

use super::{Map, TimeMap};
use crate::arith::Scalar;
use crate::model::diagonal::{Dataset, Network, Sampler, State};

/// (S)GD with stepsize γ on the diagonal linear network of `crate::model::diagonal`, in the
/// multiplicative form: the state is x = (w₊, w₋, Σx) ∈ ℝ^{3d} (w± = (u ± v)/√2 and the running
/// sum of the multipliers x_j = γg_j), and step k uses the k-th batch B_k of the [`Sampler`]
/// (k = 0, 1, …), so the system is non-autonomous: x_{k+1} = G_{B_k}(x_k) ([`TimeMap`]).
///
/// # Formula
/// `x_i = (γ/b)·Σ_{j∈B_k} X_ji·r_j`, r_j = ⟨x_j, β⟩ − y_j, β = (w₊² − w₋²)/2;
/// `w₊ ← w₊ ⊙ (1 − x)`, `w₋ ← w₋ ⊙ (1 + x)`, `Σx ← Σx + x` ([`State::step`], whose order of
/// operations the checker replays). For one fixed batch the step is a [`Map`]
/// ([`DiagonalNet::with_batch`]).
#[derive(Clone, Debug)]
pub struct DiagonalNet {
    data: Dataset,
    gamma: BigRational,
    sampler: Sampler,
}

impl DiagonalNet {
    /// (S)GD on `data` with stepsize `gamma` and batches drawn by `sampler` (validated by the
    /// caller's problem type).
    pub fn new(data: Dataset, gamma: BigRational, sampler: Sampler) -> Self {
        DiagonalNet {
            data,
            gamma,
            sampler,
        }
    }

    /// The number of coordinates d (the state has 3d).
    pub fn d(&self) -> usize {
        self.data.d()
    }

    /// The per-step factor γ/b (b the batch size).
    pub fn factor(&self) -> BigRational {
        let b = self.sampler.batch_size(self.data.n());
        &self.gamma / BigRational::from_integer(b.into())
    }

    /// The batch B_k of step `k` (the k-th item of the sampler's stream, drawn from its start:
    /// O(k) work, so long runs step along [`DiagonalNet::orbit`] instead).
    pub fn batch(&self, k: u64) -> Vec<usize> {
        let k = usize::try_from(k).expect("a step index fits in usize");
        self.sampler
            .batches(self.data.n())
            .nth(k)
            .expect("the batch stream is infinite")
    }

    /// The map G_B of one fixed batch `batch` (row indices below n).
    pub fn with_batch(&self, batch: Vec<usize>) -> DiagonalBatch<'_> {
        DiagonalBatch { net: self, batch }
    }

    /// The start x₀ = (α𝟙, α𝟙, 0) in the backend `S`.
    pub fn start<S: Scalar>(&self, alpha: &BigRational, ctx: &S::Ctx) -> Vec<S> {
        let s = State::<S>::start(alpha, self.d(), ctx);
        [s.wp, s.wm, s.sum_x].concat()
    }

    /// The orbit x₁, x₂, … of `x0` along the sampler's batch stream (drawn once, in order).
    pub fn orbit<'a, S: Scalar>(
        &'a self,
        x0: Vec<S>,
        ctx: &'a S::Ctx,
    ) -> impl Iterator<Item = Vec<S>> + 'a {
        let net = Network::<S>::new(&self.data, &self.factor(), ctx);
        let mut batches = self.sampler.batches(self.data.n());
        let mut x = x0;
        std::iter::from_fn(move || {
            let batch = batches.next()?;
            x = step_state(&net, &batch, &x);
            Some(x.clone())
        })
    }
}

/// One step of `State::step` on the flat state (w₊, w₋, Σx).
fn step_state<S: Scalar>(net: &Network<S>, batch: &[usize], x: &[S]) -> Vec<S> {
    let d = x.len() / 3;
    let mut state = State {
        wp: x[..d].to_vec(),
        wm: x[d..2 * d].to_vec(),
        sum_x: x[2 * d..].to_vec(),
    };
    state.step(net, batch);
    [state.wp, state.wm, state.sum_x].concat()
}

/// The diagonal network's step for one fixed batch ([`DiagonalNet::with_batch`]).
#[derive(Clone, Debug)]
pub struct DiagonalBatch<'a> {
    net: &'a DiagonalNet,
    batch: Vec<usize>,
}

impl Map for DiagonalBatch<'_> {
    fn dim(&self) -> usize {
        3 * self.net.d()
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let net = Network::<S>::new(&self.net.data, &self.net.factor(), ctx);
        step_state(&net, &self.batch, x)
    }
}

impl TimeMap for DiagonalNet {
    fn dim(&self) -> usize {
        3 * self.d()
    }

    fn step_at<S: Scalar>(&self, k: u64, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        self.with_batch(self.batch(k)).step(x, ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::RationalInterval;
    use crate::arith::parse_rational;
    use crate::dynamics::tests::exact_point;

    fn q(s: &str) -> BigRational {
        parse_rational(s).unwrap()
    }

    /// Against SGD in the original parameters, exactly: u⁺ = u − γg⊙v, v⁺ = v − γg⊙u with
    /// g = (1/b)Σ_{j∈B_k}(⟨x_j, u⊙v⟩ − y_j)x_j. The start u₀ = √2α𝟙, v₀ = 0 is irrational, so
    /// the reference tracks a = u/√2, b = v/√2 (the recursion is linear in (u, v) for fixed g,
    /// and β = u⊙v = 2a⊙b): then w₊ = a + b, w₋ = a − b.
    #[test]
    fn diagonal_map_is_sgd_in_u_v() {
        let data = Dataset::from_csv("1,1/2,2\n-1,1/3,0\n1/4,1,1\n1/2,-1,1/3\n").unwrap();
        let gamma = q("1/5");
        let sampler = Sampler::sgd(2, 7, data.n()).unwrap();
        let net = DiagonalNet::new(data.clone(), gamma.clone(), sampler);
        let alpha = q("3/4");
        let (mut a, mut b) = (vec![alpha.clone(); 2], vec![q("0"); 2]);
        let mut x: Vec<RationalInterval> = net.start(&alpha, &());
        let mut sum = vec![q("0"); 2];
        for k in 0..5 {
            let batch = net.batch(k);
            let beta: Vec<BigRational> = a.iter().zip(&b).map(|(a, b)| q("2") * a * b).collect();
            let mut g = vec![q("0"); 2];
            for &j in &batch {
                let r: BigRational = data.x[j]
                    .iter()
                    .zip(&beta)
                    .map(|(x, b)| x * b)
                    .sum::<BigRational>()
                    - &data.y[j];
                for (gi, xji) in g.iter_mut().zip(&data.x[j]) {
                    *gi += xji * &r / BigRational::from_integer(batch.len().into());
                }
            }
            let a2: Vec<_> = (0..2).map(|i| &a[i] - &gamma * &g[i] * &b[i]).collect();
            let b2: Vec<_> = (0..2).map(|i| &b[i] - &gamma * &g[i] * &a[i]).collect();
            (a, b) = (a2, b2);
            for (si, gi) in sum.iter_mut().zip(&g) {
                *si += &gamma * gi;
            }
            x = net.step_at(k, &x, &());
            for i in 0..2 {
                assert_eq!(exact_point(&x[i]), &a[i] + &b[i], "w₊ at step {k}");
                assert_eq!(exact_point(&x[2 + i]), &a[i] - &b[i], "w₋ at step {k}");
                assert_eq!(exact_point(&x[4 + i]), sum[i], "Σx at step {k}");
            }
        }
    }

    /// The batch-stream orbit equals stepping with [`TimeMap::step_at`].
    #[test]
    fn diagonal_orbit_follows_the_schedule() {
        let data = Dataset::from_csv("1,2\n2,-1\n1/2,1\n3,0\n").unwrap();
        let sampler = Sampler::sgd(1, 3, data.n()).unwrap();
        let net = DiagonalNet::new(data, q("1/10"), sampler);
        let x0: Vec<RationalInterval> = net.start(&q("1/2"), &());
        let via_orbit: Vec<_> = net.orbit(x0.clone(), &()).take(6).collect();
        let mut x = x0;
        for (k, want) in via_orbit.iter().enumerate() {
            x = net.step_at(k as u64, &x, &());
            assert_eq!(
                x.iter().map(|v| v.bounds()).collect::<Vec<_>>(),
                want.iter().map(|v| v.bounds()).collect::<Vec<_>>()
            );
        }
    }
}
