//! `eoscert catapult`: the lazy / catapult / divergent regimes of the uv model (claim
//! `catapult` for one η, claim `catapult-map` over `--eta-range`).

use clap::Args;
use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certify::catapult::{CatapultProblem, DEFAULT_MAX_STEPS, prove_catapult};
use crate::certify::catapult_map::{CatapultMapProblem, DEFAULT_CELL_STEPS, prove_catapult_map};

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
    /// Learning rate η > 0 (exact): one instance (claim catapult).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize",
          required_unless_present = "eta_range", conflicts_with = "eta_range")]
    eta: Option<BigRational>,
    /// A range of learning rates LO:HI (exact, 0 < LO < HI): the regime map (claim
    /// catapult-map), cells proved lazy / catapult / converges / divergent for every η in them.
    #[arg(long, value_parser = args::range, allow_hyphen_values = true, value_name = "LO:HI")]
    eta_range: Option<args::Range>,
    /// With --eta-range: the widest undecided gap allowed at a boundary (exact; default
    /// (HI − LO)/10⁶).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, requires = "eta_range")]
    gap: Option<BigRational>,
    /// Label y (exact); the loss is ½(f − y)².
    #[arg(long, default_value = "0", value_parser = args::exact, allow_hyphen_values = true)]
    label: BigRational,
    /// Step budget before the claim is reported undecided (accepts 1e5); with --eta-range, per
    /// cell [default: 20000, with --eta-range 2000].
    #[arg(long, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: Option<u64>,
    /// Arithmetic backend: interval or mpfr:BITS (f64 runs but is never verified).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
}

/// Run `eoscert catapult`.
pub(super) fn catapult(args: CatapultArgs) -> Result<output::Exit, Error> {
    if let Some(range) = args.eta_range {
        if range.points.is_some() {
            return Err(Error::field(
                "eta_range",
                "expected LO:HI (a range, not a grid)",
            ));
        }
        let problem = CatapultMapProblem::new(
            args.n,
            args.f0,
            args.lambda0,
            args.label,
            range.lo,
            range.hi,
            args.gap,
            args.max_steps.unwrap_or(DEFAULT_CELL_STEPS),
        )?;
        args.output.prepare()?;
        let bar = output::spinner("proving the catapult map", args.output.json);
        let cert = prove_catapult_map(&problem, args.backend)?;
        bar.finish_and_clear();
        return args.output.finish(&cert);
    }
    if args.gap.is_some() {
        return Err(Error::field("gap", "only with --eta-range"));
    }
    let eta = args
        .eta
        .ok_or_else(|| Error::field("eta", "needs --eta or --eta-range"))?;
    let problem = CatapultProblem::new(
        args.n,
        args.f0,
        args.lambda0,
        eta,
        args.label,
        args.max_steps.unwrap_or(DEFAULT_MAX_STEPS),
    )?;
    args.output.prepare()?;
    let bar = output::spinner("proving the catapult claim", args.output.json);
    let cert = prove_catapult(&problem, args.backend)?;
    bar.finish_and_clear();
    args.output.finish(&cert)
}
