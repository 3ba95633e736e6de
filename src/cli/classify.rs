//! `eoscert classify`: the regime of (model, η, θ₀), see [`crate::certify::classify`].

use clap::Args;
use num_rational::BigRational;

use super::{ModelArgs, args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::classify::classification_certificate;

/// Arguments of `eoscert classify`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CLASSIFY)]
pub struct ClassifyArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// Learning rate η > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    pub(super) eta: BigRational,
    /// Initial point θ1,…,θp (exact).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    pub(super) init: Vec<BigRational>,
    /// Horizon N of the run (accepts 1e4).
    #[arg(long, default_value_t = 2000, value_parser = args::count, allow_hyphen_values = true, visible_alias = "max-steps")]
    pub(super) steps: u64,
    /// Backend mpfr:BITS (default: chosen from N).
    #[arg(long, value_parser = args::backend)]
    pub(super) backend: Option<Backend>,
    /// The float64 fast classifier (no guarantee, never verified).
    #[arg(long)]
    pub(super) fast: bool,
    #[command(flatten)]
    pub(super) output: args::CertOutput,
}

/// Run `eoscert classify`.
pub(super) fn run(args: ClassifyArgs) -> Result<output::Exit, Error> {
    let model = args.model.build()?;
    args.output.prepare()?;
    let bar = output::spinner("classifying", args.output.json);
    let cert = classification_certificate(
        &model,
        &args.eta,
        &args.init,
        args.steps,
        args.backend,
        args.fast,
    );
    bar.finish_and_clear();
    let cert = cert?;
    args.output.finish(&cert)
}
