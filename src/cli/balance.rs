//! `eoscert balance`: edge of stability and balancing for f = φ(xᵀy − 1) (claim `balancing`).

use clap::Args;

use super::output;
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::balancing::{BalanceProblem, DEFAULT_MAX_STEPS, prove_balancing};
use crate::claims::parse_list;
use crate::model::product::Phi;

/// Arguments of `eoscert balance`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::BALANCE)]
pub(super) struct BalanceArgs {
    /// Loss shape φ: quad, pseudo-huber, quartic, logcosh, power:K (K = a/b or a decimal,
    /// 0 < K ≤ 64, b ≤ 16).
    #[arg(long)]
    phi: String,
    /// Initial point x1..xn,y1..yn (exact, comma separated).
    #[arg(long, allow_hyphen_values = true)]
    init: String,
    /// Step size h > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    eta: String,
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

/// Run `eoscert balance`.
pub(super) fn balance(args: BalanceArgs) -> Result<output::Exit, Error> {
    let backend: Backend = args.backend.parse()?;
    let phi: Phi = args.phi.parse()?;
    let init: Vec<&str> = args.init.split(',').collect();
    let init = parse_list(&init).map_err(|e| Error::BadInput(format!("--init: {e}")))?;
    let h = parse_rational(&args.eta).map_err(|e| Error::BadInput(format!("--eta: {e}")))?;
    let problem = BalanceProblem::new(phi, init, h, args.max_steps)?;
    let cert = prove_balancing(&problem, backend)?;
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
