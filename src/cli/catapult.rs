//! `eoscert catapult`: the lazy / catapult / divergent regimes of the uv model (claim
//! `catapult`).

use clap::Args;
use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::catapult::{CatapultProblem, DEFAULT_MAX_STEPS, prove_catapult};

/// Arguments of `eoscert catapult`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CATAPULT)]
pub(super) struct CatapultArgs {
    /// Width n ≥ 1 of the uv model f = uᵀv/√n (accepts 1e3).
    #[arg(long, value_parser = args::count, allow_hyphen_values = true)]
    n: u64,
    /// Initial output f₀ = uᵀv/√n (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    f0: BigRational,
    /// Initial tangent kernel λ₀ = (‖u‖² + ‖v‖²)/n > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    lambda0: BigRational,
    /// Learning rate η > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize")]
    eta: BigRational,
    /// Label y (exact); the loss is ½(f − y)².
    #[arg(long, default_value = "0", value_parser = args::exact, allow_hyphen_values = true)]
    label: BigRational,
    /// Step budget before the claim is reported undecided (accepts 1e5).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Arithmetic backend: interval or mpfr:BITS (f64 runs but is never verified).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
}

/// Run `eoscert catapult`.
pub(super) fn catapult(args: CatapultArgs) -> Result<output::Exit, Error> {
    let problem = CatapultProblem::new(
        args.n,
        args.f0,
        args.lambda0,
        args.eta,
        args.label,
        args.max_steps,
    )?;
    args.output.prepare()?;
    let bar = output::spinner("proving the catapult claim", args.output.json);
    let cert = prove_catapult(&problem, args.backend)?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
