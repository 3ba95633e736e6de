//! `eoscert bound`: a non-asymptotic convergence-rate bound over a box of starts and steps
//! (claim `nonasymptotic`).

use clap::Args;
use num_rational::BigRational;

use super::{args, output};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::bound::{BoundProblem, Domain, prove_bound, prove_bound_shard};
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
    #[arg(long, value_parser = args::range, allow_hyphen_values = true, value_name = "LO:HI")]
    eta_range: args::Range,
    /// Step budget per sub-box (accepts 1e3).
    #[arg(long, default_value_t = 2000, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Bisection depth limit.
    #[arg(long, default_value_t = 8)]
    max_depth: u32,
    /// Arithmetic backend: interval or mpfr:BITS.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    /// Prove only shard I of N (0-based) and print its partial certificate (`verified:
    /// false`, reason `partial: shard I/N`); `eoscert merge` combines the N parts.
    #[arg(long, value_name = "I/N")]
    shard: Option<crate::shard::Shard>,
    #[command(flatten)]
    output: args::CertOutput,
}

/// `x:LO:HI` or `y:LO:HI` of `--box`.
fn side(part: &str) -> Result<(BigRational, BigRational), Error> {
    let bad = |why: String| Error::field("box", format!("{part:?}: {why}"));
    let (lo, hi) = part
        .split_once(':')
        .ok_or_else(|| bad("expected LO:HI".into()))?;
    let exact = |s: &str| parse_rational(s).map_err(|e| bad(args::message(&e)));
    Ok((exact(lo)?, exact(hi)?))
}

/// Run `eoscert bound`.
pub(super) fn bound(args: BoundArgs) -> Result<output::Exit, Error> {
    let phi: Phi = args.phi.parse()?;
    let (mut x, mut y) = (None, None);
    for part in args.domain.split(',') {
        match part.split_once(':') {
            Some(("x", rest)) => x = Some(side(rest)?),
            Some(("y", rest)) => y = Some(side(rest)?),
            _ => {
                return Err(Error::field(
                    "box",
                    format!("{:?}: expected x:LO:HI,y:LO:HI", args.domain),
                ));
            }
        }
    }
    let missing = || Error::field("box", "needs both x:LO:HI and y:LO:HI");
    if args.eta_range.points.is_some() {
        return Err(Error::field(
            "eta_range",
            "expected LO:HI (a range, not a grid)",
        ));
    }
    let domain = Domain {
        x: x.ok_or_else(missing)?,
        y: y.ok_or_else(missing)?,
        h: (args.eta_range.lo, args.eta_range.hi),
    };
    let problem = BoundProblem::new(phi, domain, args.max_steps, args.max_depth)?;
    args.output.prepare()?;
    let bar = output::spinner("branch and bound", args.output.json);
    let cert = match args.shard {
        Some(shard) => prove_bound_shard(&problem, args.backend, shard)?,
        None => prove_bound(&problem, args.backend)?,
    };
    bar.finish_and_clear();
    let exit = args.output.finish(&cert)?;
    Ok(if args.shard.is_some() {
        output::Exit::Verified
    } else {
        exit
    })
}
