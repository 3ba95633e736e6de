//! `eoscert catapult`: the lazy / catapult / divergent regimes of the uv model (claim
//! `catapult`).

use clap::Args;

use super::output;
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::catapult::{CatapultProblem, DEFAULT_MAX_STEPS, prove_catapult};

/// Arguments of `eoscert catapult`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CATAPULT)]
pub(super) struct CatapultArgs {
    /// Width n ≥ 1 of the uv model f = uᵀv/√n.
    #[arg(long)]
    n: u64,
    /// Initial output f₀ = uᵀv/√n (exact).
    #[arg(long, allow_hyphen_values = true)]
    f0: String,
    /// Initial tangent kernel λ₀ = (‖u‖² + ‖v‖²)/n > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    lambda0: String,
    /// Learning rate η > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    eta: String,
    /// Label y (exact); the loss is ½(f − y)².
    #[arg(long, default_value = "0", allow_hyphen_values = true)]
    label: String,
    /// Step budget before the claim is reported undecided.
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS)]
    max_steps: u64,
    /// Arithmetic backend: interval or mpfr:BITS (f64 runs but is never verified).
    #[arg(long, default_value = "mpfr:256")]
    backend: String,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
}

fn exact(flag: &str, text: &str) -> Result<num_rational::BigRational, Error> {
    parse_rational(text).map_err(|e| Error::BadInput(format!("--{flag}: {e}")))
}

/// Run `eoscert catapult`.
pub(super) fn catapult(args: CatapultArgs) -> Result<output::Exit, Error> {
    let backend: Backend = args.backend.parse()?;
    let problem = CatapultProblem::new(
        args.n,
        exact("f0", &args.f0)?,
        exact("lambda0", &args.lambda0)?,
        exact("eta", &args.eta)?,
        exact("label", &args.label)?,
        args.max_steps,
    )?;
    let cert = prove_catapult(&problem, backend)?;
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
