//! `eoscert dln-compare`: GD against SGD on one diagonal-network instance, both runs proved
//! and their comparison proved (claim `dln-comparison`, [`crate::certify::dln_comparison`]).

use std::path::PathBuf;

use clap::Args;
use num_rational::BigRational;

use super::implicit_bias::parse_gaussian;
use super::{args, output};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::dln_comparison::{ComparisonProblem, prove_comparison};
use crate::certify::implicit_bias::{DEFAULT_MAX_STEPS, ImplicitBiasProblem};
use crate::model::diagonal::{Dataset, Sampler, SamplerKind};

/// Arguments of `eoscert dln-compare`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::DLN_COMPARE)]
pub(super) struct DlnCompareArgs {
    /// CSV file: one sample per line, the features then the target, exact decimals or p/q.
    #[arg(long, conflicts_with = "gaussian")]
    data: Option<PathBuf>,
    /// Seeded Gaussian sparse regression n,d,s (as `eoscert implicit-bias`); its β* is the
    /// reference of the recovery error.
    #[arg(long)]
    gaussian: Option<String>,
    /// A known interpolator β* (Xβ* = y), comma-separated exact numbers (with --data).
    #[arg(
        long,
        value_name = "LIST",
        allow_hyphen_values = true,
        conflicts_with = "gaussian"
    )]
    beta_star: Option<String>,
    /// Initialisation scale α > 0, exact.
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    alpha: BigRational,
    /// The stepsize of both runs, exact (or give --stepsize-gd and --stepsize-sgd).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize")]
    eta: Option<BigRational>,
    /// The GD stepsize, exact (default: --stepsize).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    stepsize_gd: Option<BigRational>,
    /// The SGD stepsize, exact (default: --stepsize).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    stepsize_sgd: Option<BigRational>,
    /// SGD sampler: reshuffle (default) or with-replacement.
    #[arg(long, value_parser = args::sampler)]
    sampler: Option<SamplerKind>,
    /// SGD batch size b.
    #[arg(long, default_value_t = 1)]
    batch: usize,
    /// Seed of the SGD sampler (and of --gaussian).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Step budget of each run (accepts 1e6).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Arithmetic backend of both runs: mpfr:BITS (doubled automatically) or interval.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
}

/// The data and, from `--gaussian` or `--beta-star`, β*.
fn load(args: &DlnCompareArgs) -> Result<(Dataset, Option<Vec<BigRational>>), Error> {
    match (&args.data, &args.gaussian) {
        (Some(path), None) => {
            let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.display().to_string(),
                source,
            })?;
            let beta = args
                .beta_star
                .as_deref()
                .map(|s| {
                    s.split(',')
                        .map(|v| parse_rational(v.trim()))
                        .collect::<Result<Vec<_>, _>>()
                        .map_err(|e| e.in_field("beta_star"))
                })
                .transpose()?;
            Ok((Dataset::from_csv(&text)?, beta))
        }
        (None, Some(spec)) => {
            let (n, d, s) = parse_gaussian(spec)?;
            let (data, beta) = Dataset::gaussian(n, d, s, args.seed)?;
            Ok((data, Some(beta)))
        }
        _ => Err(Error::field(
            "data",
            "missing: give the data with --data FILE.csv or --gaussian n,d,s",
        )),
    }
}

/// Run `eoscert dln-compare`.
pub(super) fn dln_compare(args: DlnCompareArgs) -> Result<output::Exit, Error> {
    let (data, beta_star) = load(&args)?;
    let stepsize = |own: &Option<BigRational>, field: &'static str| {
        own.clone()
            .or_else(|| args.eta.clone())
            .ok_or_else(|| Error::field(field, "missing: give it or --eta (--stepsize)"))
    };
    let gamma_gd = stepsize(&args.stepsize_gd, "stepsize_gd")?;
    let gamma_sgd = stepsize(&args.stepsize_sgd, "stepsize_sgd")?;
    let sampler = Sampler::of_kind(
        args.sampler.unwrap_or_default(),
        args.batch,
        args.seed,
        data.n(),
    )?;
    let base = ImplicitBiasProblem::new(
        data,
        args.alpha.clone(),
        gamma_gd.clone(),
        Sampler::Full,
        args.max_steps,
    )?;
    let problem = ComparisonProblem::new(&base, gamma_gd, gamma_sgd, sampler, beta_star)?;
    args.output.prepare()?;
    let bar = output::spinner("proving GD and SGD and their comparison", args.output.json);
    let cert = prove_comparison(&problem, args.backend)?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
