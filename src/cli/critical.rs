//! `eoscert critical`: certified long-horizon GD at η = η_crit (claim `critical`).

use clap::Args;
use num_traits::ToPrimitive;

use crate::Error;
use crate::arith::parse_rational;
use crate::certify::critical::{
    Coordinates, CriticalModel, CriticalProblem, Midpoint, prove_critical,
};
use crate::claims::parse_list;
use crate::cli::{Exit, ModelArgs, output};
use crate::model::Model;

/// Arguments of `eoscert critical`.
#[derive(Debug, Args)]
pub struct CriticalArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Initial point, comma separated (exact).
    #[arg(long, allow_hyphen_values = true)]
    init: String,
    /// Horizon T (accepts 1e7).
    #[arg(long)]
    steps: String,
    /// Extra checkpoints, comma separated (default: the powers of ten below T).
    #[arg(long, value_name = "T1,T2,...")]
    checkpoints: Option<String>,
    /// Learning rate (exact); default η_crit = 2/λ*, which must then be rational.
    #[arg(long, allow_hyphen_values = true)]
    eta: Option<String>,
    /// Midpoint arithmetic: f64 (fast) or fixed128 (tight, 128-bit fixed point).
    #[arg(long, default_value = "f64", value_parser = ["f64", "fixed128"])]
    midpoint: String,
    /// Run the factorisation in full θ-deviation coordinates even for p = 2.
    #[arg(long)]
    theta_coordinates: bool,
    /// The all-time trapping-region proof (not implemented yet).
    #[arg(long)]
    all_time: bool,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

/// Parse a step count written as an integer or in scientific notation (`1e7`).
fn parse_count(text: &str, flag: &str) -> Result<u64, Error> {
    let q = parse_rational(text).map_err(|e| Error::BadInput(format!("{flag}: {e}")))?;
    if !q.is_integer() {
        return Err(Error::BadInput(format!(
            "{flag} {text}: expected a whole number of steps"
        )));
    }
    q.to_integer().to_u64().ok_or_else(|| {
        Error::BadInput(format!("{flag} {text}: expected a non-negative step count"))
    })
}

/// Run `eoscert critical`.
///
/// # Errors
/// [`Error::BadInput`] for invalid arguments.
pub fn run(args: CriticalArgs) -> Result<Exit, Error> {
    if args.all_time {
        return Err(Error::BadInput(
            "--all-time: the all-time trapping-region proof is not implemented yet (issue 4); run without it for a \
             finite-horizon certificate"
                .into(),
        ));
    }
    let model = match args.model.build()? {
        Model::Factorisation { depth, .. } => CriticalModel::Factorisation { depth },
        Model::InnerProduct { dim, .. } => CriticalModel::InnerProduct { dim },
    };
    let target = parse_rational(&args.model.target)?;
    let init: Vec<&str> = args.init.split(',').collect();
    let init = parse_list(&init).map_err(|e| Error::BadInput(format!("--init: {e}")))?;
    let steps = parse_count(&args.steps, "--steps")?;
    let checkpoints = match &args.checkpoints {
        Some(list) => list
            .split(',')
            .map(|s| parse_count(s.trim(), "--checkpoints"))
            .collect::<Result<_, _>>()?,
        None => Vec::new(),
    };
    let eta = args
        .eta
        .as_deref()
        .map(parse_rational)
        .transpose()
        .map_err(|e| Error::BadInput(format!("--eta: {e}")))?;
    let problem = CriticalProblem {
        model,
        target,
        init,
        eta,
        steps,
        checkpoints,
        midpoint: if args.midpoint == "fixed128" {
            Midpoint::Fixed128
        } else {
            Midpoint::F64
        },
        coordinates: if args.theta_coordinates {
            Coordinates::Theta
        } else {
            Coordinates::Auto
        },
    };
    let bar = output::progress(steps, args.quiet || args.json);
    let cert = prove_critical(&problem, |t| bar.set_position(t))?;
    bar.finish_and_clear();
    output::print_certificate(&cert, args.json);
    Ok(Exit::of(&cert))
}
