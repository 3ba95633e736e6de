//! `eoscert dln-sweep`: float64 sweep of GD and SGD (batch 1) on seeded Gaussian sparse
//! regression, recovery error against the stepsize (paper 002, Fig. 1), CSV and SVG.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;

use super::implicit_bias::parse_gaussian;
use super::output;
use crate::Error;
use crate::model::diagonal::OutcomeF64;
use crate::model::dln_sweep::{Method, SweepSpec, median_errors, sweep};
use crate::plot::{Scale, Series, svg};

/// Arguments of `eoscert dln-sweep`.
#[derive(Debug, Args)]
pub(super) struct DlnSweepArgs {
    /// Gaussian sparse regression n,d,s.
    #[arg(long)]
    gaussian: String,
    /// Seed of the Gaussian instance.
    #[arg(long, default_value_t = 1)]
    instance_seed: u64,
    /// Initialisation scale α > 0.
    #[arg(long)]
    alpha: f64,
    /// Log-spaced stepsizes LO:HI:N.
    #[arg(long, value_name = "LO:HI:N")]
    stepsizes: String,
    /// SGD sampler seeds 0..K (median over the converged ones).
    #[arg(long, default_value_t = 3)]
    seeds: u64,
    /// Step budget per run.
    #[arg(long, default_value_t = 200_000)]
    max_steps: u64,
    /// CSV output: method,stepsize,seed,outcome,steps,error,gain_support,gain_off.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// SVG plot: median (over seeds) ‖β∞ − β*‖² against γ, log–log, GD and SGD.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// Worker threads.
    #[arg(long, default_value_t = 2)]
    threads: usize,
}

fn parse_stepsizes(spec: &str) -> Result<Vec<f64>, Error> {
    let bad = || {
        Error::BadInput(format!(
            "--stepsizes {spec:?}: expected LO:HI:N with 0 < LO ≤ HI and 1 ≤ N ≤ 10000"
        ))
    };
    let parts: Vec<&str> = spec.split(':').collect();
    let [lo, hi, n] = parts[..] else {
        return Err(bad());
    };
    let (lo, hi): (f64, f64) = (
        lo.parse().map_err(|_| bad())?,
        hi.parse().map_err(|_| bad())?,
    );
    let n: usize = n.parse().map_err(|_| bad())?;
    if !(lo > 0.0 && lo <= hi && hi.is_finite() && (1..=10_000).contains(&n)) {
        return Err(bad());
    }
    Ok((0..n)
        .map(|k| {
            if n == 1 {
                lo
            } else {
                lo * (hi / lo).powf(k as f64 / (n - 1) as f64)
            }
        })
        .collect())
}

/// Run `eoscert dln-sweep`.
pub(super) fn dln_sweep(args: DlnSweepArgs) -> Result<output::Exit, Error> {
    let shape = parse_gaussian(&args.gaussian)?;
    if !(args.alpha > 0.0 && args.alpha.is_finite()) {
        return Err(Error::BadInput("--alpha must be a positive number".into()));
    }
    if args.seeds == 0 || args.seeds > 1000 {
        return Err(Error::BadInput("--seeds must lie in 1..=1000".into()));
    }
    let spec = SweepSpec {
        shape,
        alpha: args.alpha,
        stepsizes: parse_stepsizes(&args.stepsizes)?,
        seeds: args.seeds,
        instance_seed: args.instance_seed,
        max_steps: args.max_steps,
        tol: 1e-16,
    };
    let start = Instant::now();
    let rows = sweep(&spec, args.threads)?;
    if let Some(path) = &args.csv {
        let io = |source| Error::Io {
            path: path.display().to_string(),
            source,
        };
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
        writeln!(
            f,
            "method,stepsize,seed,outcome,steps,error,gain_support,gain_off"
        )
        .map_err(io)?;
        for r in &rows {
            let outcome = match r.outcome {
                OutcomeF64::Converged => "converged",
                OutcomeF64::Diverged => "diverged",
                OutcomeF64::Undecided => "undecided",
            };
            writeln!(
                f,
                "{},{:e},{},{outcome},{},{:e},{:e},{:e}",
                r.method.name(),
                r.gamma,
                r.seed,
                r.steps,
                r.error,
                r.gain_support,
                r.gain_off
            )
            .map_err(io)?;
        }
    }
    println!(
        "{:>12} {:>14} {:>14}",
        "stepsize", "gd median err", "sgd median err"
    );
    let gd = median_errors(&rows, Method::Gd);
    let sgd = median_errors(&rows, Method::Sgd);
    let show = |v: Option<f64>| v.map_or("—".to_string(), |e| format!("{e:.3e}"));
    for ((g, a), (_, b)) in gd.iter().zip(&sgd) {
        println!("{g:>12.5} {:>14} {:>14}", show(*a), show(*b));
    }
    if let Some(path) = &args.plot {
        let points =
            |v: &[(f64, Option<f64>)]| v.iter().filter_map(|(g, e)| e.map(|e| (*g, e))).collect();
        svg(
            path,
            &format!(
                "‖β∞ − β*‖² vs stepsize, Gaussian (n,d,s) = {:?} seed {}, α = {}, SGD median of {} seeds",
                shape, args.instance_seed, args.alpha, args.seeds
            ),
            ("stepsize γ", "‖β∞ − β*‖²"),
            Scale::LogLog,
            &[
                Series {
                    label: "GD",
                    points: points(&gd),
                    line: true,
                },
                Series {
                    label: "SGD (b = 1)",
                    points: points(&sgd),
                    line: true,
                },
            ],
        )?;
    }
    println!(
        "{} runs in {:.2} s (float64; not a proof)",
        rows.len(),
        start.elapsed().as_secs_f64()
    );
    Ok(output::Exit::NotVerified)
}
