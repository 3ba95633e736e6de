//! `eoscert subcritical`: the claim of [`crate::certify::subcritical`].

use std::path::PathBuf;

use clap::Args;

use super::{ModelArgs, output};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certify::subcritical::{MAX_SUB_STEPS, SubcriticalProblem, prove_subcritical};
use crate::claims::parse_list;

/// Arguments of `eoscert subcritical`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::SUBCRITICAL)]
pub struct SubcriticalArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// Learning rate η with η < η_crit (exact).
    #[arg(long, allow_hyphen_values = true)]
    pub(super) eta: String,
    /// Initial point θ1,…,θp, all > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    pub(super) init: String,
    /// Backend mpfr:BITS (default: precision chosen from a float64 plan of the run).
    #[arg(long)]
    pub(super) backend: Option<String>,
    /// The largest horizon T tried.
    #[arg(long, default_value_t = MAX_SUB_STEPS)]
    pub(super) max_steps: u64,
    /// Print the certificate as JSON.
    #[arg(long)]
    pub(super) json: bool,
    /// Also write the certificate to this file.
    #[arg(long, value_name = "FILE")]
    pub(super) out: Option<PathBuf>,
    /// No progress bar.
    #[arg(long)]
    pub(super) quiet: bool,
}

/// Parse `--eta` and `--init`.
pub(super) fn eta_init(
    eta: &str,
    init: &str,
) -> Result<(num_rational::BigRational, Vec<num_rational::BigRational>), Error> {
    let eta = parse_rational(eta).map_err(|e| Error::BadInput(format!("--eta: {e}")))?;
    let init: Vec<&str> = init.split(',').collect();
    let init = parse_list(&init).map_err(|e| Error::BadInput(format!("--init: {e}")))?;
    Ok((eta, init))
}

/// Run `eoscert subcritical`.
pub(super) fn run(args: SubcriticalArgs) -> Result<output::Exit, Error> {
    let backend: Option<Backend> = args.backend.as_deref().map(str::parse).transpose()?;
    let (eta, init) = eta_init(&args.eta, &args.init)?;
    let problem = SubcriticalProblem::new(args.model.build()?, eta, init, args.max_steps)?;
    let bar = output::progress(0, args.quiet || args.json);
    let cert = prove_subcritical(&problem, backend, &mut |t, total| {
        bar.set_length(total);
        bar.set_position(t);
    })?;
    bar.finish_and_clear();
    if let Some(path) = &args.out {
        output::write_json(path, &cert)?;
    }
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
