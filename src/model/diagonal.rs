//! The diagonal linear network of Even, Pesme, Gunasekar, Flammarion (NeurIPS 2023; `docs/theory.md`,
//! section 2).
//!
//! # Model
//! β = u ⊙ v ∈ ℝ^d, loss L(β) = ‖Xβ − y‖²/(2n) for data X ∈ ℝ^{n×d} (rows x_j), y ∈ ℝⁿ, started
//! at u₀ = √2·α·𝟙, v₀ = 0. (S)GD with stepsize γ and batch B_k (|B_k| = b):
//!
//! ```text
//! g_k = (1/b) Σ_{j∈B_k} (⟨x_j, β_k⟩ − y_j) x_j,   x_k := γ g_k,
//! u_{k+1} = u_k − x_k ⊙ v_k,   v_{k+1} = v_k − x_k ⊙ u_k.
//! ```
//!
//! # The multiplicative form (derived here; `docs/theory.md` "Equivalent parametrisation")
//! With w± = (u ± v)/√2: u' + v' = (u + v)(1 − x) and u' − v' = (u − v)(1 + x), so
//! `w₊' = w₊ ⊙ (1 − x)`, `w₋' = w₋ ⊙ (1 + x)`, w±₀ = α, and β = u ⊙ v = (w₊² − w₋²)/2. Hence
//!
//! ```text
//! w₊_k = α Π_{j<k}(1 − x_j),   w₋_k = α Π_{j<k}(1 + x_j),   w₊_k w₋_k = α² Π_{j<k}(1 − x_j²) =: α_k²,
//! ```
//!
//! and, while every |x_{j,i}| < 1, with S_k = Σ_{j<k} 2 artanh(x_j) = ln(w₋_k/w₊_k):
//! `β_k = ½ α_k² (e^{−S_k} − e^{S_k}) = −α_k² ⊙ sinh(S_k)` (the issue's formula, confirmed).
//! This is the state the engines iterate: `(w₊, w₋)` plus the running sum `Σ_{j<k} x_j`.
//!
//! # Data
//! [`Dataset::from_csv`] reads exact decimals; [`Dataset::gaussian`] is the seeded sparse
//! regression generator (documented there). [`Sampler`] draws the SGD batches.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::arith::{Scalar, parse_rational};

pub use eoscert_check::sgd::{
    BatchError, Batches, Sampler, SamplerKind, SamplerKindError, SplitMix64, WithReplacement,
};

/// The largest number of coordinates d or samples n accepted.
pub const MAX_SIZE: usize = 1000;

/// A regression data set with exact entries: `x[j]` is sample j (d features), `y[j]` its target.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// The n rows of X, each of length d.
    pub x: Vec<Vec<BigRational>>,
    /// The n targets.
    pub y: Vec<BigRational>,
}

impl Dataset {
    /// Build from rows `features…, target` (as in the CSV format).
    ///
    /// # Errors
    /// [`Error::BadInput`] unless there is at least one row, every row has the same length
    /// `d + 1 ≥ 2`, and `n, d ≤ MAX_SIZE`.
    pub fn from_rows(rows: Vec<Vec<BigRational>>) -> Result<Self, Error> {
        let width = rows.first().map(Vec::len).unwrap_or(0);
        if width < 2 {
            return Err(Error::BadInput(
                "data: need at least one row of the form x1,…,xd,y (d ≥ 1)".into(),
            ));
        }
        if let Some(j) = rows.iter().position(|r| r.len() != width) {
            return Err(Error::BadInput(format!(
                "data: row {} has {} numbers, the first row has {width}",
                j + 1,
                rows[j].len()
            )));
        }
        if rows.len() > MAX_SIZE || width - 1 > MAX_SIZE {
            return Err(Error::BadInput(format!(
                "data: at most {MAX_SIZE} samples and {MAX_SIZE} features are supported"
            )));
        }
        let (x, y) = rows
            .into_iter()
            .map(|mut r| {
                let t = r.pop().expect("width ≥ 2");
                (r, t)
            })
            .unzip();
        Ok(Dataset { x, y })
    }

    /// Parse CSV text: one sample per line, the d features then the target, comma separated,
    /// exact decimals or `p/q`. Blank lines and lines starting with `#` are skipped.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the line of the first bad number, or as [`Dataset::from_rows`].
    ///
    /// # Examples
    /// ```
    /// use eoscert::model::diagonal::Dataset;
    /// let d = Dataset::from_csv("# x1,x2,y\n1,0.5,2\n-1,1/3,0\n").unwrap();
    /// assert_eq!((d.n(), d.d()), (2, 2));
    /// assert!(Dataset::from_csv("1,2\n1,2,3\n").is_err());
    /// ```
    pub fn from_csv(text: &str) -> Result<Self, Error> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let row = line
                .split(',')
                .map(|f| {
                    parse_rational(f.trim())
                        .map_err(|e| Error::BadInput(format!("data line {}: {e}", i + 1)))
                })
                .collect::<Result<Vec<_>, _>>()?;
            rows.push(row);
        }
        Self::from_rows(rows)
    }

    /// The seeded Gaussian sparse-regression instance `(n, d, s)` and its sparse β*.
    ///
    /// # Generator (exact definition)
    /// A [`SplitMix64`] stream seeded with `seed` produces standard normals by Box–Muller, one
    /// normal per two draws: `u₁ = 1 − U`, `u₂ = U'` with `U, U'` the [`SplitMix64::next_f64`]
    /// uniforms, `z = √(−2 ln u₁)·cos(2π u₂)` in f64. First the n·d entries of X, row by row;
    /// then β*_i for i < s (β*_i = 0 for i ≥ s). The f64 values are taken as exact rationals and
    /// `y = Xβ*` is computed exactly. (The f64 `ln`/`cos` are those of the platform's libm.)
    ///
    /// # Errors
    /// [`Error::BadInput`] unless `1 ≤ s ≤ d`, `n ≥ 1`, `n, d ≤ MAX_SIZE`.
    pub fn gaussian(
        n: usize,
        d: usize,
        s: usize,
        seed: u64,
    ) -> Result<(Self, Vec<BigRational>), Error> {
        if n == 0 || d == 0 || s == 0 || s > d || n > MAX_SIZE || d > MAX_SIZE {
            return Err(Error::field(
                "gaussian",
                format!("{n},{d},{s}: need n ≥ 1, 1 ≤ s ≤ d and n, d ≤ {MAX_SIZE}"),
            ));
        }
        let mut rng = SplitMix64(seed);
        let exact = |z: f64| rational_from_f64(z).expect("a Box–Muller normal is finite");
        let x: Vec<Vec<BigRational>> = (0..n)
            .map(|_| (0..d).map(|_| exact(normal(&mut rng))).collect())
            .collect();
        let beta: Vec<BigRational> = (0..d)
            .map(|i| {
                if i < s {
                    exact(normal(&mut rng))
                } else {
                    BigRational::zero()
                }
            })
            .collect();
        let y = x
            .iter()
            .map(|row| row.iter().zip(&beta).map(|(a, b)| a * b).sum())
            .collect();
        Ok((Dataset { x, y }, beta))
    }

    /// The number of samples n.
    pub fn n(&self) -> usize {
        self.x.len()
    }

    /// The number of coordinates d.
    pub fn d(&self) -> usize {
        self.x.first().map(Vec::len).unwrap_or(0)
    }

    /// The rows `x1,…,xd,y` as exact strings (for certificates).
    pub fn rows_exact(&self) -> Vec<Vec<String>> {
        self.x
            .iter()
            .zip(&self.y)
            .map(|(r, t)| {
                r.iter()
                    .chain(std::iter::once(t))
                    .map(crate::certificate::format_exact)
                    .collect()
            })
            .collect()
    }

    /// The data as f64 (nearest floats): `(X, y)`.
    pub fn to_f64(&self) -> (Vec<Vec<f64>>, Vec<f64>) {
        let f = |q: &BigRational| q.to_f64().unwrap_or(f64::NAN);
        (
            self.x.iter().map(|r| r.iter().map(f).collect()).collect(),
            self.y.iter().map(f).collect(),
        )
    }
}

/// A standard normal by Box–Muller (cosine branch): `√(−2 ln(1 − U))·cos(2πU')`, with `U, U'`
/// two consecutive [`SplitMix64::next_f64`] draws.
pub fn normal(rng: &mut SplitMix64) -> f64 {
    let u1 = 1.0 - rng.next_f64();
    let u2 = rng.next_f64();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// The data and stepsize converted into a backend: X, y and the per-step factor c = γ/b.
#[derive(Clone, Debug)]
pub struct Network<S> {
    /// The rows of X.
    pub x: Vec<Vec<S>>,
    /// The targets.
    pub y: Vec<S>,
    /// c = γ/b.
    pub c: S,
}

impl<S: Scalar> Network<S> {
    /// Convert `data` and `γ/b` (exact) into the backend.
    pub fn new(data: &Dataset, gamma_over_b: &BigRational, ctx: &S::Ctx) -> Self {
        let conv = |q: &BigRational| S::from_rational(q, ctx);
        Network {
            x: data
                .x
                .iter()
                .map(|r| r.iter().map(conv).collect())
                .collect(),
            y: data.y.iter().map(conv).collect(),
            c: conv(gamma_over_b),
        }
    }

    /// The residuals r_j = ⟨x_j, β⟩ − y_j for the rows `rows` (sums left to right).
    pub fn residuals(&self, beta: &[S], rows: impl Iterator<Item = usize>) -> Vec<S> {
        rows.map(|j| {
            let mut acc = self.x[j][0].clone() * beta[0].clone();
            for (xi, bi) in self.x[j].iter().zip(beta).skip(1) {
                acc = acc + xi.clone() * bi.clone();
            }
            acc - self.y[j].clone()
        })
        .collect()
    }
}

/// The state (w₊, w₋) of the multiplicative form and the running sum Σ_{j<k} x_j.
#[derive(Clone, Debug)]
pub struct State<S> {
    /// w₊ = (u + v)/√2.
    pub wp: Vec<S>,
    /// w₋ = (u − v)/√2.
    pub wm: Vec<S>,
    /// Σ_{j<k} γ g_j.
    pub sum_x: Vec<S>,
}

impl<S: Scalar> State<S> {
    /// The start w₊ = w₋ = α𝟙, Σx = 0.
    pub fn start(alpha: &BigRational, d: usize, ctx: &S::Ctx) -> Self {
        let a = S::from_rational(alpha, ctx);
        State {
            wp: vec![a.clone(); d],
            wm: vec![a; d],
            sum_x: vec![S::from_int(0, ctx); d],
        }
    }

    /// β = (w₊² − w₋²)/2, evaluated as `(sqr(w₊) − sqr(w₋))·(1/2)`.
    pub fn beta(&self) -> Vec<S> {
        let half = S::from_rational(&half(), &self.wp[0].ctx());
        self.wp
            .iter()
            .zip(&self.wm)
            .map(|(p, m)| (p.sqr() - m.sqr()) * half.clone())
            .collect()
    }

    /// One (S)GD step on the rows `batch`; returns x = γg.
    ///
    /// # Evaluation order (mirrored by the checker)
    /// β as in [`State::beta`]; r_j by [`Network::residuals`] over `batch` in order;
    /// `x_i = c·(Σ_{j∈batch} X_ji·r_j)` (sum left to right); `w₊_i ← w₊_i·(1 − x_i)`,
    /// `w₋_i ← w₋_i·(1 + x_i)`, `Σx_i ← Σx_i + x_i`.
    pub fn step(&mut self, net: &Network<S>, batch: &[usize]) -> Vec<S> {
        let beta = self.beta();
        let r = net.residuals(&beta, batch.iter().copied());
        let one = S::from_int(1, &net.c.ctx());
        let mut xs = Vec::with_capacity(beta.len());
        for i in 0..beta.len() {
            let mut acc = net.x[batch[0]][i].clone() * r[0].clone();
            for (t, &j) in batch.iter().enumerate().skip(1) {
                acc = acc + net.x[j][i].clone() * r[t].clone();
            }
            let x = net.c.clone() * acc;
            self.wp[i] = self.wp[i].clone() * (one.clone() - x.clone());
            self.wm[i] = self.wm[i].clone() * (one.clone() + x.clone());
            self.sum_x[i] = self.sum_x[i].clone() + x.clone();
            xs.push(x);
        }
        xs
    }
}

fn half() -> BigRational {
    BigRational::new(BigInt::one(), BigInt::from(2))
}

/// The outcome of a float64 run ([`run_f64`]).
#[derive(Clone, Debug, PartialEq)]
pub struct RunF64 {
    /// β at the last step.
    pub beta: Vec<f64>,
    /// Gain_i = Σ_k −ln|1 − x_{k,i}²|.
    pub gain: Vec<f64>,
    /// δ_i = Σ_k (2 artanh x_{k,i} − 2x_{k,i}).
    pub delta: Vec<f64>,
    /// The number of steps taken.
    pub steps: u64,
    /// How the run ended.
    pub outcome: OutcomeF64,
}

/// How a float64 run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeF64 {
    /// L(β) ≤ tol·L(β₀) at an epoch boundary.
    Converged,
    /// Some |γg| ≥ 1, or a non-finite / exploding loss (L > 10¹⁰·L(β₀)).
    Diverged,
    /// Neither within the step budget.
    Undecided,
}

/// Float64 (S)GD on the diagonal network (not rigorous; for sweeps and candidates).
///
/// Same recursion as [`State::step`] in plain f64 (the fast path), accumulating the gain with
/// `−ln_1p(−x²)` and δ with `2·atanh(x) − 2x`. Stops at convergence (full loss ≤ `tol·L(β₀)`,
/// checked once per epoch), divergence, or after `max_steps`.
pub fn run_f64(
    x: &[Vec<f64>],
    y: &[f64],
    alpha: f64,
    gamma: f64,
    sampler: Sampler,
    max_steps: u64,
    tol: f64,
) -> RunF64 {
    let (n, d) = (x.len(), x[0].len());
    let mut wp = vec![alpha; d];
    let mut wm = vec![alpha; d];
    let mut gain = vec![0.0; d];
    let mut delta = vec![0.0; d];
    let mut beta = vec![0.0; d];
    let mut g = vec![0.0; d];
    let c = gamma / sampler.batch_size(n) as f64;
    let loss = |beta: &[f64]| -> f64 {
        x.iter()
            .zip(y)
            .map(|(row, t)| {
                let r: f64 = row.iter().zip(beta).map(|(a, b)| a * b).sum::<f64>() - t;
                r * r
            })
            .sum::<f64>()
            / (2.0 * n as f64)
    };
    let l0 = loss(&beta);
    let epoch = sampler.epoch_len(n) as u64;
    let mut batches = sampler.batches(n);
    let mut outcome = OutcomeF64::Undecided;
    let mut steps = 0;
    while steps < max_steps {
        if steps % epoch == 0 {
            let l = loss(&beta);
            if !l.is_finite() || l > 1e10 * l0 {
                outcome = OutcomeF64::Diverged;
                break;
            }
            if l <= tol * l0 {
                outcome = OutcomeF64::Converged;
                break;
            }
        }
        let batch = batches.next().expect("infinite stream");
        g.iter_mut().for_each(|v| *v = 0.0);
        for &j in &batch {
            let r: f64 = x[j].iter().zip(&beta).map(|(a, b)| a * b).sum::<f64>() - y[j];
            for (gi, a) in g.iter_mut().zip(&x[j]) {
                *gi += a * r;
            }
        }
        let mut bad = false;
        for i in 0..d {
            let xi = c * g[i];
            if xi.is_nan() || xi.abs() >= 1.0 {
                bad = true;
                break;
            }
            wp[i] *= 1.0 - xi;
            wm[i] *= 1.0 + xi;
            gain[i] -= (-xi * xi).ln_1p();
            delta[i] += 2.0 * xi.atanh() - 2.0 * xi;
            beta[i] = 0.5 * (wp[i] * wp[i] - wm[i] * wm[i]);
        }
        steps += 1;
        if bad {
            outcome = OutcomeF64::Diverged;
            break;
        }
    }
    RunF64 {
        beta,
        gain,
        delta,
        steps,
        outcome,
    }
}

/// Is every `|x_i| < 1` proved? `Err((i, certainly_not))` for the first coordinate where it is
/// not (`certainly_not`: `|x_i| ≥ 1` is proved).
pub fn check_multipliers<S: Scalar>(xs: &[S]) -> Result<(), (usize, bool)> {
    let one = S::from_int(1, &xs[0].ctx());
    for (i, x) in xs.iter().enumerate() {
        match x.abs().lt(&one) {
            crate::arith::Certainty::Certainly => {}
            crate::arith::Certainty::CertainlyNot => return Err((i, true)),
            crate::arith::Certainty::Undecided => return Err((i, false)),
        }
    }
    Ok(())
}
