//! `eoscert balance`: edge of stability and balancing for f = φ(xᵀy − 1) (claim `balancing`).

use clap::Args;
use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::balancing::{BalanceProblem, DEFAULT_MAX_STEPS, prove_balancing};
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
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    init: Vec<BigRational>,
    /// Step size h > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize")]
    eta: BigRational,
    /// Step budget before the claim is reported undecided (accepts 1e5).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Arithmetic backend: interval or mpfr:BITS (f64 runs but is never verified).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
}

/// Run `eoscert balance`.
pub(super) fn balance(args: BalanceArgs) -> Result<output::Exit, Error> {
    let phi: Phi = args.phi.parse()?;
    let problem = BalanceProblem::new(phi, args.init, args.eta, args.max_steps)?;
    args.output.prepare()?;
    let bar = output::spinner("proving the balancing claim", args.output.json);
    let cert = prove_balancing(&problem, args.backend)?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
