//! `eoscert dln-compare`: GD against SGD on one diagonal-network instance, both runs proved
//! and their comparison proved (claim `dln-comparison`, [`crate::certify::dln_comparison`]).

use clap::Args;
use num_rational::BigRational;

use super::implicit_bias::DataArgs;
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
    #[command(flatten)]
    data: DataArgs,
    /// A known interpolator β* (Xβ* = y), comma-separated exact numbers (with --data; with
    /// --gaussian its β* is the reference of the recovery error).
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
    let (data, beta) = args.data.load_with_reference(args.seed)?;
    let beta = match (beta, args.beta_star.as_deref()) {
        (Some(b), _) => Some(b),
        (None, Some(list)) => Some(
            list.split(',')
                .map(|v| parse_rational(v.trim()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.in_field("beta_star"))?,
        ),
        (None, None) => None,
    };
    Ok((data, beta))
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
