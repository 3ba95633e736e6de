//! Float64 stepsize sweeps of (S)GD on the diagonal network: the recovery error
//! ‖β∞ − β*‖² against γ (Even et al., Fig. 1). Evidence, not proofs.

use num_rational::BigRational;
use num_traits::ToPrimitive;

use crate::Error;
use crate::model::diagonal::{Dataset, OutcomeF64, Sampler, run_f64};

/// The training method of a sweep row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Full-batch GD.
    Gd,
    /// SGD, batch 1, random reshuffling.
    Sgd,
}

impl Method {
    /// `gd` or `sgd`.
    pub fn name(self) -> &'static str {
        match self {
            Method::Gd => "gd",
            Method::Sgd => "sgd",
        }
    }
}

/// One run of a sweep.
#[derive(Clone, Debug)]
pub struct SweepRow {
    /// GD or SGD.
    pub method: Method,
    /// The stepsize γ.
    pub gamma: f64,
    /// The seed of the SGD sampler.
    pub seed: u64,
    /// How the run ended.
    pub outcome: OutcomeF64,
    /// Steps taken.
    pub steps: u64,
    /// ‖β − β*‖² at the end (NaN unless converged).
    pub error: f64,
    /// Mean gain on supp(β*).
    pub gain_support: f64,
    /// Mean gain off supp(β*).
    pub gain_off: f64,
}

/// A sweep: one Gaussian instance (shape (n, d, s), `instance_seed`), α, the stepsizes, SGD
/// sampler seeds 0..seeds (GD is deterministic: one run per stepsize).
#[derive(Clone, Debug)]
pub struct SweepSpec {
    /// (n, d, s).
    pub shape: (usize, usize, usize),
    /// α.
    pub alpha: f64,
    /// The stepsizes.
    pub stepsizes: Vec<f64>,
    /// Number of SGD sampler seeds.
    pub seeds: u64,
    /// The seed of [`Dataset::gaussian`].
    pub instance_seed: u64,
    /// Step budget per run.
    pub max_steps: u64,
    /// Convergence: L(β) ≤ tol·L(β₀).
    pub tol: f64,
    /// The mean μ of every feature ([`instance`]; 0: centred data).
    pub mean: BigRational,
}

/// The sweep's instance: [`Dataset::gaussian`] with every feature shifted by μ (x_i ~ N(μ𝟙, I),
/// Even et al. Fig. 4) and y = Xβ* recomputed exactly; `(data, β*)`.
///
/// # Errors
/// As [`Dataset::gaussian`].
pub fn instance(
    shape: (usize, usize, usize),
    seed: u64,
    mean: &BigRational,
) -> Result<(Dataset, Vec<BigRational>), Error> {
    let (data, beta) = Dataset::gaussian(shape.0, shape.1, shape.2, seed)?;
    if num_traits::Zero::is_zero(mean) {
        return Ok((data, beta));
    }
    let x: Vec<Vec<BigRational>> = data
        .x
        .iter()
        .map(|row| row.iter().map(|v| v + mean).collect())
        .collect();
    let y = x
        .iter()
        .map(|row| row.iter().zip(&beta).map(|(a, b)| a * b).sum())
        .collect();
    Ok((Dataset { x, y }, beta))
}

/// Run every (method, γ, seed) on `threads` threads (std::thread::scope), in a fixed order.
///
/// # Errors
/// [`Error::BadInput`] for an invalid shape.
pub fn sweep(spec: &SweepSpec, threads: usize) -> Result<Vec<SweepRow>, Error> {
    let (n, d, s) = spec.shape;
    let (data, beta) = instance((n, d, s), spec.instance_seed, &spec.mean)?;
    let (x, y) = data.to_f64();
    let beta_star: Vec<f64> = beta
        .iter()
        .map(|v| v.to_f64().unwrap_or(f64::NAN))
        .collect();
    let mut jobs = Vec::new();
    for &gamma in &spec.stepsizes {
        jobs.push((Method::Gd, gamma, 0));
        for seed in 0..spec.seeds {
            jobs.push((Method::Sgd, gamma, seed));
        }
    }
    let threads = threads.clamp(1, jobs.len().max(1));
    let run_job = |&(method, gamma, seed): &(Method, f64, u64)| -> SweepRow {
        let sampler = match method {
            Method::Gd => Sampler::Full,
            Method::Sgd => Sampler::Reshuffle { batch: 1, seed },
        };
        let run = run_f64(&x, &y, spec.alpha, gamma, sampler, spec.max_steps, spec.tol);
        let converged = run.outcome == OutcomeF64::Converged;
        let error = if converged {
            run.beta
                .iter()
                .zip(&beta_star)
                .map(|(a, b)| (a - b) * (a - b))
                .sum()
        } else {
            f64::NAN
        };
        let mean = |it: &mut dyn Iterator<Item = f64>, k: usize| it.sum::<f64>() / k.max(1) as f64;
        SweepRow {
            method,
            gamma,
            seed,
            outcome: run.outcome,
            steps: run.steps,
            error,
            gain_support: mean(&mut run.gain[..s].iter().copied(), s),
            gain_off: mean(&mut run.gain[s..].iter().copied(), d - s),
        }
    };
    // Worker t runs jobs t, t + T, t + 2T, … (interleaved: run times vary with γ).
    let mut indexed: Vec<(usize, SweepRow)> = Vec::with_capacity(jobs.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let jobs = &jobs;
                let run_job = &run_job;
                scope.spawn(move || {
                    (t..jobs.len())
                        .step_by(threads)
                        .map(|i| (i, run_job(&jobs[i])))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            indexed.extend(h.join().expect("sweep worker panicked"));
        }
    });
    indexed.sort_by_key(|(i, _)| *i);
    Ok(indexed.into_iter().map(|(_, r)| r).collect())
}

/// The median over seeds of the converged errors at each (method, γ); `None` if no seed
/// converged.
pub fn median_errors(rows: &[SweepRow], method: Method) -> Vec<(f64, Option<f64>)> {
    let mut gammas: Vec<f64> = rows
        .iter()
        .filter(|r| r.method == method)
        .map(|r| r.gamma)
        .collect();
    gammas.dedup();
    // Jobs are ordered by γ, so equal stepsizes are adjacent.
    gammas
        .into_iter()
        .map(|g| {
            let mut e: Vec<f64> = rows
                .iter()
                .filter(|r| r.method == method && r.gamma == g && r.error.is_finite())
                .map(|r| r.error)
                .collect();
            e.sort_by(f64::total_cmp);
            (g, (!e.is_empty()).then(|| e[e.len() / 2]))
        })
        .collect()
}

/// The per-coordinate gains Gain_i = Σ_k −ln|1 − γ²g_{k,i}²| of one float64 run.
#[derive(Clone, Debug)]
pub struct GainVector {
    /// GD or SGD.
    pub method: Method,
    /// The stepsize γ.
    pub gamma: f64,
    /// The SGD sampler seed (0 for GD).
    pub seed: u64,
    /// Gain_i, i = 0..d.
    pub gain: Vec<f64>,
    /// β*_i ≠ 0.
    pub support: Vec<bool>,
}

/// The gain vectors of GD and of SGD with seed 0 at the largest stepsize of the sweep where
/// that run converged (none for a method that never converged), recomputed by [`run_f64`]
/// (deterministic: the same runs as the sweep's rows). Float64 evidence, not a proof.
///
/// # Errors
/// [`Error::BadInput`] for an invalid shape.
pub fn gain_vectors(spec: &SweepSpec, rows: &[SweepRow]) -> Result<Vec<GainVector>, Error> {
    let (n, d, s) = spec.shape;
    let (data, beta) = instance((n, d, s), spec.instance_seed, &spec.mean)?;
    let (x, y) = data.to_f64();
    let support: Vec<bool> = beta.iter().map(|b| !num_traits::Zero::is_zero(b)).collect();
    let mut out = Vec::new();
    for method in [Method::Gd, Method::Sgd] {
        let largest = rows
            .iter()
            .filter(|r| r.method == method && r.seed == 0 && r.outcome == OutcomeF64::Converged)
            .map(|r| r.gamma)
            .fold(None, |m: Option<f64>, g| Some(m.map_or(g, |m| m.max(g))));
        let Some(gamma) = largest else { continue };
        let sampler = match method {
            Method::Gd => Sampler::Full,
            Method::Sgd => Sampler::Reshuffle { batch: 1, seed: 0 },
        };
        let run = run_f64(&x, &y, spec.alpha, gamma, sampler, spec.max_steps, spec.tol);
        out.push(GainVector {
            method,
            gamma,
            seed: 0,
            gain: run.gain,
            support: support.clone(),
        });
    }
    Ok(out)
}

/// How a float64 run behaves between the proved ends of `dln-threshold` (evidence, not proof).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Behaviour {
    /// L(β_k) ≤ 10⁻²⁰·L(β₀) within the budget.
    Converges,
    /// L(β_k) > 10¹⁰·L(β₀) or not finite.
    Diverges,
    /// After the budget, β_k − β_{k−2} is below 10⁻³·|β_k − β_{k−1}| (max norms): the run sits
    /// on (or near) a period-two oscillation.
    PeriodTwo,
    /// None of the above within the budget.
    Undecided,
}

/// The float64 behaviour of one run ([`behaviour_f64`]).
#[derive(Clone, Debug, serde::Serialize)]
pub struct BehaviourF64 {
    /// The class.
    pub behaviour: Behaviour,
    /// Steps taken.
    pub steps: u64,
    /// max_{k,i} |γg_{k,i}| over the run (≥ 1: some neuron coordinate changes sign).
    pub max_multiplier: f64,
    /// L(β) at the end, relative to L(β₀).
    pub relative_loss: f64,
    /// ‖β_k − β_{k−1}‖_∞ at the end (the oscillation's amplitude for `period-two`).
    pub amplitude: f64,
}

/// Float64 (S)GD on the diagonal network in the multiplicative form w± ← w±(1 ∓ γg), for every
/// value of γg (unlike [`run_f64`], a multiplier |γg| ≥ 1 only flips a sign), classified by
/// [`Behaviour`]. Not rigorous: float evidence for the gap of `dln-threshold`.
pub fn behaviour_f64(
    x: &[Vec<f64>],
    y: &[f64],
    alpha: f64,
    gamma: f64,
    sampler: Sampler,
    max_steps: u64,
) -> BehaviourF64 {
    let (n, d) = (x.len(), x[0].len());
    let (mut wp, mut wm) = (vec![alpha; d], vec![alpha; d]);
    let mut beta = vec![0.0; d];
    let mut history: [Vec<f64>; 2] = [beta.clone(), beta.clone()];
    let loss = |beta: &[f64]| -> f64 {
        x.iter()
            .zip(y)
            .map(|(row, t)| (row.iter().zip(beta).map(|(a, b)| a * b).sum::<f64>() - t).powi(2))
            .sum::<f64>()
            / (2.0 * n as f64)
    };
    let l0 = loss(&beta);
    let c = gamma / sampler.batch_size(n) as f64;
    let mut batches = sampler.batches(n);
    let (mut max_multiplier, mut steps) = (0.0f64, 0);
    let mut behaviour = Behaviour::Undecided;
    while steps < max_steps {
        let l = loss(&beta);
        if !l.is_finite() || l > 1e10 * l0 {
            behaviour = Behaviour::Diverges;
            break;
        }
        if l <= 1e-20 * l0 {
            behaviour = Behaviour::Converges;
            break;
        }
        let batch = batches.next().expect("infinite stream");
        let mut g = vec![0.0; d];
        for &j in &batch {
            let r: f64 = x[j].iter().zip(&beta).map(|(a, b)| a * b).sum::<f64>() - y[j];
            for (gi, a) in g.iter_mut().zip(&x[j]) {
                *gi += a * r;
            }
        }
        history = [history[1].clone(), beta.clone()];
        for i in 0..d {
            let xi = c * g[i];
            max_multiplier = max_multiplier.max(xi.abs());
            wp[i] *= 1.0 - xi;
            wm[i] *= 1.0 + xi;
            beta[i] = 0.5 * (wp[i] * wp[i] - wm[i] * wm[i]);
        }
        steps += 1;
    }
    let dist = |a: &[f64], b: &[f64]| {
        a.iter()
            .zip(b)
            .map(|(p, q)| (p - q).abs())
            .fold(0.0, f64::max)
    };
    let amplitude = dist(&beta, &history[1]);
    if behaviour == Behaviour::Undecided
        && sampler == Sampler::Full
        && steps >= 2
        && dist(&beta, &history[0]) < 1e-3 * amplitude
    {
        behaviour = Behaviour::PeriodTwo;
    }
    BehaviourF64 {
        behaviour,
        steps,
        max_multiplier,
        relative_loss: loss(&beta) / l0,
        amplitude,
    }
}

/// β_k of a float64 (S)GD run recorded every `every` steps for k ≤ `steps` (multiplicative form,
/// any γg), stopping early if a coordinate is no longer finite. Evidence, not proof (Fig. 3 of
/// Even et al.: the coordinates of β_k at the edge of stability).
pub fn beta_path_f64(
    x: &[Vec<f64>],
    y: &[f64],
    alpha: f64,
    gamma: f64,
    sampler: Sampler,
    steps: u64,
    every: u64,
) -> Vec<(u64, Vec<f64>)> {
    let (n, d) = (x.len(), x[0].len());
    let (mut wp, mut wm) = (vec![alpha; d], vec![alpha; d]);
    let mut beta = vec![0.0; d];
    let c = gamma / sampler.batch_size(n) as f64;
    let mut batches = sampler.batches(n);
    let every = every.max(1);
    let mut out = vec![(0, beta.clone())];
    for k in 1..=steps {
        let batch = batches.next().expect("infinite stream");
        let mut g = vec![0.0; d];
        for &j in &batch {
            let r: f64 = x[j].iter().zip(&beta).map(|(a, b)| a * b).sum::<f64>() - y[j];
            for (gi, a) in g.iter_mut().zip(&x[j]) {
                *gi += a * r;
            }
        }
        for i in 0..d {
            let xi = c * g[i];
            wp[i] *= 1.0 - xi;
            wm[i] *= 1.0 + xi;
            beta[i] = 0.5 * (wp[i] * wp[i] - wm[i] * wm[i]);
        }
        if beta.iter().any(|b| !b.is_finite()) {
            break;
        }
        if k % every == 0 {
            out.push((k, beta.clone()));
        }
    }
    out
}

/// The β_k path of GD and of SGD (seed 0) at the largest stepsize of the grid where each
/// converged (the edge of stability of the grid).
#[derive(Clone, Debug)]
pub struct CoordinatePath {
    /// GD or SGD.
    pub method: Method,
    /// The stepsize.
    pub gamma: f64,
    /// (k, β_k).
    pub path: Vec<(u64, Vec<f64>)>,
}

/// [`beta_path_f64`] for GD and SGD at their largest convergent stepsize of `rows` (seed 0),
/// `steps` steps, about 1000 recorded points each.
///
/// # Errors
/// As [`Dataset::gaussian`].
pub fn coordinate_paths(
    spec: &SweepSpec,
    rows: &[SweepRow],
    steps: u64,
) -> Result<Vec<CoordinatePath>, Error> {
    let (n, d, s) = spec.shape;
    let (data, _) = instance((n, d, s), spec.instance_seed, &spec.mean)?;
    let (x, y) = data.to_f64();
    let mut out = Vec::new();
    for method in [Method::Gd, Method::Sgd] {
        let largest = rows
            .iter()
            .filter(|r| r.method == method && r.seed == 0 && r.outcome == OutcomeF64::Converged)
            .map(|r| r.gamma)
            .fold(None, |m: Option<f64>, g| Some(m.map_or(g, |m| m.max(g))));
        let Some(gamma) = largest else { continue };
        let sampler = match method {
            Method::Gd => Sampler::Full,
            Method::Sgd => Sampler::Reshuffle { batch: 1, seed: 0 },
        };
        let path = beta_path_f64(
            &x,
            &y,
            spec.alpha,
            gamma,
            sampler,
            steps,
            steps.div_ceil(1000),
        );
        out.push(CoordinatePath {
            method,
            gamma,
            path,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod behaviour_tests {
    use super::*;

    /// The 3 × 6 instance of the `implicit-bias` claim files.
    fn data() -> (Vec<Vec<f64>>, Vec<f64>) {
        let x = vec![
            vec![1.0, 0.5, -0.3, 0.8, -0.6, 0.2],
            vec![-0.4, 1.2, 0.7, -0.5, 0.3, 0.9],
            vec![0.6, -0.2, 1.1, 0.4, 0.8, -0.7],
        ];
        (x, vec![1.25, -1.0, 0.7])
    }

    /// Small steps converge, huge steps diverge, and at γ = 1.9375 GD settles on a period-two
    /// oscillation: its last two points, run through two more exact-formula steps, come back.
    #[test]
    fn behaviour_classes() {
        let (x, y) = data();
        let run = |g: f64| behaviour_f64(&x, &y, 0.1, g, Sampler::Full, 200_000);
        assert_eq!(run(0.5).behaviour, Behaviour::Converges);
        assert_eq!(run(8.0).behaviour, Behaviour::Diverges);
        let p2 = run(1.9375);
        assert_eq!(p2.behaviour, Behaviour::PeriodTwo, "{p2:?}");
        assert!(p2.max_multiplier > 1.0 && p2.amplitude > 0.1, "{p2:?}");
        // The path of the same run: β_k − β_{k−2} small against β_k − β_{k−1} at the end.
        let path = beta_path_f64(&x, &y, 0.1, 1.9375, Sampler::Full, 200_000, 1);
        let n = path.len();
        let d = |a: &[f64], b: &[f64]| {
            a.iter()
                .zip(b)
                .map(|(p, q)| (p - q).abs())
                .fold(0.0, f64::max)
        };
        assert!(d(&path[n - 1].1, &path[n - 3].1) < 1e-3 * d(&path[n - 1].1, &path[n - 2].1));
    }
}
