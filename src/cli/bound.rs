//! `eoscert bound`: a non-asymptotic convergence-rate bound over a box of starts and steps
//! (claim `nonasymptotic`).

use clap::Args;
use num_rational::BigRational;

use super::output;
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::bound::{BoundProblem, Domain, prove_bound};
use crate::model::product::Phi;

/// Arguments of `eoscert bound`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::BOUND)]
pub(super) struct BoundArgs {
    /// Loss shape φ (sub-quadratic): quad, pseudo-huber, logcosh, power:K with K ≤ 2.
    #[arg(long)]
    phi: String,
    /// The box of starts: x:LO:HI,y:LO:HI (exact).
    #[arg(long = "box", allow_hyphen_values = true)]
    domain: String,
    /// The range of steps h: LO:HI (exact, 0 < LO ≤ HI).
    #[arg(long, allow_hyphen_values = true)]
    eta_range: String,
    /// Step budget per sub-box.
    #[arg(long, default_value_t = 2000)]
    max_steps: u64,
    /// Bisection depth limit.
    #[arg(long, default_value_t = 8)]
    max_depth: u32,
    /// Arithmetic backend: interval or mpfr:BITS.
    #[arg(long, default_value = "mpfr:256")]
    backend: String,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
}

fn range(flag: &str, text: &str) -> Result<(BigRational, BigRational), Error> {
    let bad = || Error::BadInput(format!("{flag} {text:?}: expected LO:HI (exact numbers)"));
    let (lo, hi) = text.split_once(':').ok_or_else(bad)?;
    Ok((
        parse_rational(lo).map_err(|_| bad())?,
        parse_rational(hi).map_err(|_| bad())?,
    ))
}

/// Run `eoscert bound`.
pub(super) fn bound(args: BoundArgs) -> Result<output::Exit, Error> {
    let backend: Backend = args.backend.parse()?;
    let phi: Phi = args.phi.parse()?;
    let (mut x, mut y) = (None, None);
    for part in args.domain.split(',') {
        match part.split_once(':') {
            Some(("x", rest)) => x = Some(range("--box x", rest)?),
            Some(("y", rest)) => y = Some(range("--box y", rest)?),
            _ => {
                return Err(Error::BadInput(format!(
                    "--box {:?}: expected x:LO:HI,y:LO:HI",
                    args.domain
                )));
            }
        }
    }
    let missing = || Error::BadInput("--box needs both x:LO:HI and y:LO:HI".into());
    let domain = Domain {
        x: x.ok_or_else(missing)?,
        y: y.ok_or_else(missing)?,
        h: range("--eta-range", &args.eta_range)?,
    };
    let problem = BoundProblem::new(phi, domain, args.max_steps, args.max_depth)?;
    let cert = prove_bound(&problem, backend)?;
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
