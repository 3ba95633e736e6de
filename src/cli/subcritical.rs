//! `eoscert subcritical`: the claim of [`crate::certify::subcritical`].

use clap::Args;
use num_rational::BigRational;

use super::{ModelArgs, args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::subcritical::{MAX_SUB_STEPS, SubcriticalProblem, prove_subcritical};

/// Arguments of `eoscert subcritical`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::SUBCRITICAL)]
pub struct SubcriticalArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// Learning rate η with η < η_crit (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    pub(super) eta: BigRational,
    /// Initial point θ1,…,θp, all > 0 (exact).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    pub(super) init: Vec<BigRational>,
    /// Backend mpfr:BITS (default: precision chosen from a float64 plan of the run).
    #[arg(long, value_parser = args::backend)]
    pub(super) backend: Option<Backend>,
    /// The largest horizon T tried (accepts 1e6).
    #[arg(long, default_value_t = MAX_SUB_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    pub(super) max_steps: u64,
    #[command(flatten)]
    pub(super) output: args::CertOutput,
}

/// Run `eoscert subcritical`.
pub(super) fn run(args: SubcriticalArgs) -> Result<output::Exit, Error> {
    let problem =
        SubcriticalProblem::new(args.model.build()?, args.eta, args.init, args.max_steps)?;
    args.output.prepare()?;
    let bar = output::progress(0, args.output.json);
    let cert = prove_subcritical(&problem, args.backend, &mut |t, total| {
        bar.set_length(total);
        bar.set_position(t);
    })?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
