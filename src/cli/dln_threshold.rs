//! `eoscert dln-threshold`: the largest stable stepsize of (S)GD on a diagonal linear network,
//! bracketed by a proved convergent and a proved divergent stepsize, with the limit sharpness
//! at the convergent one (Even et al.; [`crate::certify::dln_threshold`]).

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use num_rational::BigRational;
use serde_json::{Value, json};

use super::args;
use super::implicit_bias::DataArgs;
use super::output::{self, outln};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certificate::{Enclosure, Quantity};
use crate::certify::dln_threshold::{Threshold, ThresholdSpec, find_threshold};
use crate::certify::implicit_bias::DEFAULT_MAX_STEPS;
use crate::model::diagonal::Sampler;

/// Arguments of `eoscert dln-threshold`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::DLN_THRESHOLD)]
pub(super) struct DlnThresholdArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Initialisation scale α > 0, exact.
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    alpha: BigRational,
    /// SGD (random reshuffling) instead of full-batch GD.
    #[arg(long)]
    sgd: bool,
    /// SGD batch size b (must divide n).
    #[arg(long, default_value_t = 1, requires = "sgd")]
    batch: usize,
    /// Seed of the SGD sampler (and of --gaussian).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Starting bracket LO:HI (exact; convergence is tried at LO, divergence at HI). Default:
    /// search by doubling from 1/4.
    #[arg(long, value_name = "LO:HI", value_parser = args::range, allow_hyphen_values = true, visible_alias = "range")]
    eta_range: Option<args::Range>,
    /// Bisection depth: the final grid spacing is (HI − LO)/2^refine.
    #[arg(long, default_value_t = 6)]
    refine: u32,
    /// Step budget of each convergence proof (accepts 1e6).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// Step budget of each divergence proof (accepts 1e3).
    #[arg(long, default_value_t = 1000, value_parser = args::count, allow_hyphen_values = true)]
    max_steps_diverge: u64,
    /// Arithmetic backend of each proof: mpfr:BITS (doubled automatically when the enclosure
    /// is the obstacle) or interval.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    /// Write the two certificates to DIR/converges.json and DIR/diverges.json (the folder is
    /// created before the search).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Run `eoscert dln-threshold`: build and validate the search ([`threshold_spec`]), bisect
/// ([`find_threshold`]), collect the headline quantities ([`headline`]), write the two
/// certificates with `--out`, and print the report (JSON, or the probe table).
pub(super) fn dln_threshold(args: DlnThresholdArgs) -> Result<output::Exit, Error> {
    let spec = threshold_spec(&args)?;
    let result = find_threshold(&spec)?;
    let (quantities, reasons) = headline(&result);
    let verified = reasons.is_empty();
    if let Some(dir) = &args.out {
        for (name, cert) in [
            ("converges", &result.converges),
            ("diverges", &result.diverges),
        ] {
            if let Some(cert) = cert {
                output::write_json(&dir.join(format!("{name}.json")), cert)?;
            }
        }
    }
    if args.json {
        let report = json!({
            "command": "dln-threshold",
            "version": env!("CARGO_PKG_VERSION"),
            "alpha": crate::certificate::format_exact(&args.alpha),
            "sgd": args.sgd.then_some(json!({"batch": args.batch, "seed": args.seed})),
            "backend": args.backend.to_string(),
            "refine": args.refine,
            "verified": verified,
            "reason": reasons.join("; "),
            "quantities": Value::Object(quantities.clone()),
            "probes": result.probes,
            "gap_float_evidence": result.gap,
            "certificates": {"converges": result.converges, "diverges": result.diverges},
        });
        output::print_json(&report);
    } else {
        print_human(&result, &reasons, quantities);
    }
    Ok(if verified {
        output::Exit::Verified
    } else {
        output::Exit::NotVerified
    })
}

/// The search from the arguments, checked before any work: the backend (not `rational`), the
/// data and sampler, the range (a bracket `LO:HI`, not a grid), the `--out` folder (created
/// now), and the instance (α, d, n) through [`ImplicitBiasProblem::new`].
///
/// [`ImplicitBiasProblem::new`]: crate::certify::implicit_bias::ImplicitBiasProblem::new
fn threshold_spec(args: &DlnThresholdArgs) -> Result<ThresholdSpec, Error> {
    let backend = args.backend;
    if matches!(backend, Backend::Rational) {
        return Err(Error::field(
            "backend",
            "rational: exact (S)GD doubles bit sizes every step; use mpfr:BITS",
        ));
    }
    let data = args.data.load(args.seed)?;
    let sampler = if args.sgd {
        Sampler::sgd(args.batch, args.seed, data.n())?
    } else {
        Sampler::Full
    };
    let alpha = args.alpha.clone();
    let range = match &args.eta_range {
        Some(r) if r.points.is_some() => {
            return Err(Error::field(
                "eta_range",
                "expected LO:HI (a bracket, not a grid)",
            ));
        }
        Some(r) => Some((r.lo.clone(), r.hi.clone())),
        None => None,
    };
    if let Some(dir) = &args.out {
        args::create_dir(dir)?;
    }
    let spec = ThresholdSpec {
        data,
        alpha,
        sampler,
        max_steps: args.max_steps,
        divergence_steps: args.max_steps_diverge,
        backend,
        range,
        refine: args.refine,
        progress: !args.json && !output::quiet() && std::io::stderr().is_terminal(),
    };
    // Validate the instance (α, d, n) before the search.
    crate::certify::implicit_bias::ImplicitBiasProblem::new(
        spec.data.clone(),
        spec.alpha.clone(),
        BigRational::from_integer(1.into()),
        spec.sampler,
        spec.max_steps,
    )?;
    Ok(spec)
}

/// The report's quantities — `stepsize_converges` with `sharpness_limit`,
/// `stepsize_times_sharpness` and `stepsize_times_sharpness_le_2` (γ·S∞ ≤ 2 proved), and
/// `stepsize_diverges` — and the reasons the bracket is incomplete (empty: verified).
fn headline(result: &Threshold) -> (serde_json::Map<String, Value>, Vec<String>) {
    let mut quantities = serde_json::Map::new();
    let mut reasons = Vec::new();
    match &result.converges {
        Some(c) => {
            quantities.insert(
                "stepsize_converges".into(),
                json!(c.eta.clone().unwrap_or_default()),
            );
            for name in ["sharpness_limit", "stepsize_times_sharpness"] {
                if let Some(q) = c.quantities.get(name) {
                    quantities.insert(name.into(), serde_json::to_value(q).expect("serialisable"));
                }
            }
            if let Some(Quantity::Enclosure(Enclosure { hi, .. })) =
                c.quantities.get("stepsize_times_sharpness")
            {
                let below =
                    parse_rational(hi).is_ok_and(|h| h <= BigRational::from_integer(2.into()));
                quantities.insert("stepsize_times_sharpness_le_2".into(), json!(below));
            }
        }
        None => reasons.push("no stepsize with proved convergence".to_string()),
    }
    match &result.diverges {
        Some(c) => {
            quantities.insert(
                "stepsize_diverges".into(),
                json!(c.eta.clone().unwrap_or_default()),
            );
        }
        None => reasons.push("no stepsize with proved divergence".to_string()),
    }
    (quantities, reasons)
}

/// The human report: one line per probe, the verdict, then the quantities.
fn print_human(result: &Threshold, reasons: &[String], quantities: serde_json::Map<String, Value>) {
    let verified = reasons.is_empty();
    outln!("stepsize  test       proved  reason");
    for p in &result.probes {
        outln!(
            "{:<9} {:<10} {:<7} {}",
            p.stepsize,
            p.test,
            p.verified,
            output::one_line(&p.reason)
        );
    }
    outln!(
        "verified  {}{}",
        verified,
        if verified {
            String::new()
        } else {
            format!(" — {}", reasons.join("; "))
        }
    );
    output::print_quantities(&Value::Object(quantities));
    if !result.gap.is_empty() {
        outln!("between the ends (float64 evidence, not proved):");
        outln!("stepsize  behaviour    steps     max|γg|   L/L₀       amplitude");
        for p in &result.gap {
            let r = &p.run;
            outln!(
                "{:<9} {:<12} {:<9} {:<9.3} {:<10.3e} {:.3e}",
                p.stepsize,
                serde_json::to_value(r.behaviour)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                r.steps,
                r.max_multiplier,
                r.relative_loss,
                r.amplitude
            );
        }
    }
}
