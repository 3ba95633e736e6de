//! `eoscert regime-map`: the period-doubling cascade proved over a range of η (claim
//! `regime-map`), or a basin map over a box of starts at one η (claim `basin-map`).

use std::path::PathBuf;

use clap::Args;
use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::basin::{BasinProblem, basin_certificate, compute_basin};
use crate::certify::basin_shard::{self, compute_basin_shard};
use crate::certify::regime_map::shard::{partial_certificate, partial_reason};
use crate::certify::regime_map::{RegimeMapProblem, certificate, compute_regime_map_shard};

/// Arguments of `eoscert regime-map`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::REGIME_MAP)]
pub(super) struct RegimeMapArgs {
    /// Depth p ≥ 2.
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Target y > 0 (exact).
    #[arg(long, default_value = "1")]
    target: String,
    /// Map mode: the learning-rate range LO:HI (exact).
    #[arg(long, value_name = "LO:HI", conflicts_with_all = ["eta", "init_box"])]
    eta_range: Option<String>,
    /// Map mode: the largest period K (a power of two ≤ 32).
    #[arg(long, default_value_t = 8)]
    max_period: usize,
    /// Map mode: the uncovered gap allowed at each window end.
    #[arg(long, default_value = "1e-6")]
    gap: String,
    /// Map mode: precision of the window-end proofs (mpfr:BITS).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    /// Basin mode: the learning rate (exact).
    #[arg(long, requires = "init_box")]
    eta: Option<String>,
    /// Basin mode: the box of starts a:b,c:d (θ₁ ∈ [a, b], θ₂ ∈ [c, d]; depth 2) or a:b
    /// (starts s₀·1 on the line L, s₀ ∈ [a, b]; any depth).
    #[arg(long, value_name = "a:b,c:d", requires = "eta")]
    init_box: Option<String>,
    /// Basin mode: cells per side (each undetermined cell is bisected up to 6 more levels).
    #[arg(long, default_value_t = 64)]
    cells: usize,
    /// SVG picture (map: certified bifurcation diagram; basin: coloured grid).
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// Map mode: split every cell of period ≥ 2 wider than W (exact) before proving it: a
    /// finer map, with more cells to share among shards.
    #[arg(long, value_name = "W", conflicts_with = "eta")]
    max_cell_width: Option<String>,
    /// Prove only shard I of N (0-based) and print its partial certificate (`verified:
    /// false`, reason `partial: shard I/N`); `eoscert merge` combines the N parts. Map mode:
    /// exit 0 when the shard's own part is proved, 1 otherwise; basin mode: exit 0.
    #[arg(long, value_name = "I/N", conflicts_with = "plot")]
    shard: Option<crate::shard::Shard>,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
}

fn exact(flag: &str, text: &str) -> Result<BigRational, Error> {
    parse_rational(text).map_err(|e| Error::BadInput(format!("--{flag}: {e}")))
}

fn flagged(e: Error) -> Error {
    match e {
        Error::BadInput(m) => Error::BadInput(format!("--{}", m.replace('_', "-"))),
        other => other,
    }
}

/// Run `eoscert regime-map`.
pub(super) fn run(args: RegimeMapArgs) -> Result<output::Exit, Error> {
    let target = exact("target", &args.target)?;
    if let Some(range) = &args.eta_range {
        let (lo, hi) = range
            .split_once(':')
            .ok_or_else(|| Error::BadInput("--eta-range: expected LO:HI".into()))?;
        let bits = match args.backend {
            Backend::Mpfr(b) => b,
            _ => {
                return Err(Error::BadInput(
                    "--backend: the window ends need mpfr:BITS".into(),
                ));
            }
        };
        let problem = RegimeMapProblem {
            depth: args.depth,
            target,
            eta_lo: exact("eta-range", lo)?,
            eta_hi: exact("eta-range", hi)?,
            max_period: args.max_period,
            gap: exact("gap", &args.gap)?,
            end_bits: bits,
        };
        problem.validate().map_err(flagged)?;
        if let Some(path) = &args.plot {
            std::fs::File::create(path).map_err(|source| Error::Io {
                path: path.display().to_string(),
                source,
            })?;
        }
        let start = std::time::Instant::now();
        let width = args
            .max_cell_width
            .as_deref()
            .map(|w| exact("max-cell-width", w))
            .transpose()?;
        let bar = output::spinner("proving the regime map", args.json);
        let map = compute_regime_map_shard(
            &problem,
            args.shard.unwrap_or(crate::shard::Shard::ALL),
            width.as_ref(),
        );
        bar.finish_and_clear();
        let map = map.map_err(flagged)?;
        if let Some(shard) = args.shard {
            let cert = partial_certificate(&problem, &map, shard, start.elapsed().as_secs_f64());
            output::print_certificate(&cert, args.json);
            let clean = cert.reason == partial_reason(shard);
            return Ok(if clean {
                output::Exit::Verified
            } else {
                output::Exit::NotVerified
            });
        }
        let cert = certificate(&problem, &map, start.elapsed().as_secs_f64());
        if let Some(path) = &args.plot {
            crate::plot::regime::bifurcation(path, &problem, &map)?;
        }
        output::print_certificate(&cert, args.json);
        return Ok(output::Exit::of(&cert));
    }
    if let (Some(eta), Some(init_box)) = (&args.eta, &args.init_box) {
        return run_basin(&args, target, eta, init_box);
    }
    Err(Error::BadInput(
        "regime-map: give --eta-range LO:HI (map) or --eta ETA --init-box a:b,c:d (basin map)"
            .into(),
    ))
}

/// The box `a:b` or `a:b,c:d`, exact.
fn parse_box(text: &str) -> Result<Vec<(BigRational, BigRational)>, Error> {
    text.split(',')
        .map(|part| {
            let (lo, hi) = part.split_once(':').ok_or_else(|| {
                Error::BadInput(format!("--init-box: expected a:b or a:b,c:d, got {part:?}"))
            })?;
            Ok((exact("init-box", lo)?, exact("init-box", hi)?))
        })
        .collect()
}

/// Basin mode: `--eta ETA --init-box a:b,c:d` (claim `basin-map`).
fn run_basin(
    args: &RegimeMapArgs,
    target: BigRational,
    eta: &str,
    init_box: &str,
) -> Result<output::Exit, Error> {
    let problem = BasinProblem {
        depth: args.depth,
        target,
        eta: exact("eta", eta)?,
        init_box: parse_box(init_box)?,
        grid: args.cells,
        max_level: BASIN_LEVELS,
        max_steps: BASIN_STEPS,
    };
    problem.validate().map_err(flag_field)?;
    if let Some(path) = &args.plot {
        std::fs::File::create(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
    }
    let start = std::time::Instant::now();
    let bar = output::spinner("proving the basin map", args.json);
    if let Some(shard) = args.shard {
        let map = compute_basin_shard(&problem, shard);
        bar.finish_and_clear();
        let map = map.map_err(flag_field)?;
        let cert =
            basin_shard::partial_certificate(&problem, &map, shard, start.elapsed().as_secs_f64());
        output::print_certificate(&cert, args.json);
        return Ok(output::Exit::Verified);
    }
    let map = compute_basin(&problem);
    bar.finish_and_clear();
    let map = map.map_err(flag_field)?;
    let cert = basin_certificate(&problem, &map, start.elapsed().as_secs_f64());
    if let Some(path) = &args.plot {
        crate::plot::regime::basin(path, &problem, &map)?;
    }
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}

/// Bisection levels below the `--cells` grid in basin mode.
const BASIN_LEVELS: u32 = 6;
/// Steps per cell in basin mode.
const BASIN_STEPS: u32 = 400;

fn flag_field(e: Error) -> Error {
    match e {
        Error::Field { field, message } => {
            Error::BadInput(format!("--{}: {message}", field.replace('_', "-")))
        }
        other => other,
    }
}
