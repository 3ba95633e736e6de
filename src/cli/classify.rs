//! `eoscert classify`: the regime of (model, η, θ₀), see [`crate::certify::classify`].

use clap::Args;

use super::subcritical::eta_init;
use super::{ModelArgs, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::classify::classification_certificate;

/// Arguments of `eoscert classify`.
#[derive(Debug, Args)]
pub struct ClassifyArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// Learning rate η > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    pub(super) eta: String,
    /// Initial point θ1,…,θp (exact).
    #[arg(long, allow_hyphen_values = true)]
    pub(super) init: String,
    /// Horizon N of the run.
    #[arg(long, default_value_t = 2000)]
    pub(super) steps: u64,
    /// Backend mpfr:BITS (default: chosen from N).
    #[arg(long)]
    pub(super) backend: Option<String>,
    /// The float64 fast classifier (no guarantee, never verified).
    #[arg(long)]
    pub(super) fast: bool,
    /// Print JSON.
    #[arg(long)]
    pub(super) json: bool,
}

/// Run `eoscert classify`.
pub(super) fn run(args: ClassifyArgs) -> Result<output::Exit, Error> {
    let model = args.model.build()?;
    let (eta, init) = eta_init(&args.eta, &args.init)?;
    let backend: Option<Backend> = args.backend.as_deref().map(str::parse).transpose()?;
    if backend.is_some_and(|b| !b.is_rigorous()) {
        return Err(Error::BadInput(
            "use --fast for the float64 classifier".into(),
        ));
    }
    let cert = classification_certificate(&model, &eta, &init, args.steps, backend, args.fast)
        .map_err(|e| match e {
            Error::BadInput(m) if m.starts_with("steps ") => Error::BadInput(format!("--{m}")),
            Error::BadInput(m) if m.starts_with("classify supports") => {
                Error::BadInput("classify supports --model factorisation".into())
            }
            e => e,
        })?;
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
