//! Float64 stepsize sweeps of (S)GD on the diagonal network: the recovery error
//! ‖β∞ − β*‖² against γ (Even et al., Fig. 1). Evidence, not proofs.

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
}

/// Run every (method, γ, seed) on `threads` threads (std::thread::scope), in a fixed order.
///
/// # Errors
/// [`Error::BadInput`] for an invalid shape.
pub fn sweep(spec: &SweepSpec, threads: usize) -> Result<Vec<SweepRow>, Error> {
    let (n, d, s) = spec.shape;
    let (data, beta) = Dataset::gaussian(n, d, s, spec.instance_seed)?;
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
    let (data, beta) = Dataset::gaussian(n, d, s, spec.instance_seed)?;
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
