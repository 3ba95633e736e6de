//! `eoscert implicit-bias`: the certified limit, gains and implicit-bias solution of (S)GD on a
//! diagonal linear network (claim `implicit-bias`).

use std::path::PathBuf;

use clap::Args;

use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::implicit_bias::{DEFAULT_MAX_STEPS, ImplicitBiasProblem, prove_implicit_bias};
use crate::model::diagonal::{Dataset, Sampler, SamplerKind};

/// Where the data come from: `--data FILE.csv` or `--gaussian n,d,s` (with `--seed`).
#[derive(Debug, Args)]
pub(super) struct DataArgs {
    /// CSV file: one sample per line, the features then the target, exact decimals or p/q
    /// (lines starting with # are skipped).
    #[arg(long, conflicts_with = "gaussian")]
    data: Option<PathBuf>,
    /// Seeded Gaussian sparse regression n,d,s (X and the s nonzero β* entries standard normal,
    /// y = Xβ*; see `eoscert::model::diagonal::Dataset::gaussian`).
    #[arg(long)]
    gaussian: Option<String>,
}

impl DataArgs {
    /// The data set; `seed` seeds the Gaussian generator.
    pub(super) fn load(&self, seed: u64) -> Result<Dataset, Error> {
        Ok(self.load_with_reference(seed)?.0)
    }

    /// The data set and, for `--gaussian`, its β* (`None` for `--data`); `seed` seeds the
    /// Gaussian generator.
    pub(super) fn load_with_reference(
        &self,
        seed: u64,
    ) -> Result<(Dataset, Option<Vec<BigRational>>), Error> {
        match (&self.data, &self.gaussian) {
            (Some(path), None) => {
                let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                Ok((Dataset::from_csv(&text)?, None))
            }
            (None, Some(spec)) => {
                let (n, d, s) = parse_gaussian(spec)?;
                let (data, beta) = Dataset::gaussian(n, d, s, seed)?;
                Ok((data, Some(beta)))
            }
            _ => Err(Error::field(
                "data",
                "missing: give the data with --data FILE.csv or --gaussian n,d,s",
            )),
        }
    }
}

/// Parse `n,d,s`.
pub(super) fn parse_gaussian(spec: &str) -> Result<(usize, usize, usize), Error> {
    let parts: Vec<usize> = spec
        .split(',')
        .map(|p| p.trim().parse::<usize>())
        .collect::<Result<_, _>>()
        .map_err(|_| Error::field("gaussian", format!("{spec:?}: expected n,d,s (integers)")))?;
    match parts[..] {
        [n, d, s] => Ok((n, d, s)),
        _ => Err(Error::field(
            "gaussian",
            format!("{spec:?}: expected three integers n,d,s"),
        )),
    }
}

/// Arguments of `eoscert implicit-bias`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::IMPLICIT_BIAS)]
pub(super) struct ImplicitBiasArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Initialisation scale α > 0 (u₀ = √2·α·𝟙, v₀ = 0), exact.
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    alpha: BigRational,
    /// Stepsize γ > 0, exact.
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize")]
    eta: BigRational,
    /// Stochastic gradient descent instead of full-batch GD (batches drawn by --sampler).
    #[arg(long)]
    sgd: bool,
    /// SGD sampler (implies --sgd): reshuffle (one permutation per epoch, cut into batches) or
    /// with-replacement (an independent uniform batch at every step, the paper's SGD).
    #[arg(long, value_parser = args::sampler)]
    sampler: Option<SamplerKind>,
    /// SGD batch size b (must divide n for reshuffle).
    #[arg(long, default_value_t = 1)]
    batch: usize,
    /// Seed of the SGD sampler (and of --gaussian).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Step budget (accepts 1e6).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Arithmetic backend: mpfr:BITS or interval (f64 runs but is never verified).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
}

/// Run `eoscert implicit-bias`.
pub(super) fn implicit_bias(args: ImplicitBiasArgs) -> Result<output::Exit, Error> {
    let data = args.data.load(args.seed)?;
    let sampler = if args.sgd || args.sampler.is_some() {
        let kind = args.sampler.unwrap_or_default();
        Sampler::of_kind(kind, args.batch, args.seed, data.n())?
    } else {
        Sampler::Full
    };
    let problem = ImplicitBiasProblem::new(data, args.alpha, args.eta, sampler, args.max_steps)
        .map_err(|e| match e {
            Error::Field {
                field: "stepsize",
                message,
            } => Error::field("eta", message),
            other => other,
        })?;
    args.output.prepare()?;
    let bar = output::spinner("proving the implicit-bias claim", args.output.json);
    let cert = prove_implicit_bias(&problem, args.backend)?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
