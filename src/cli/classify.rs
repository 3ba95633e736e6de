//! `eoscert classify`: the regime of (model, η, θ₀), see [`crate::certify::classify`].

use std::collections::BTreeMap;
use std::time::Instant;

use clap::Args;
use num_rational::BigRational;

use super::{ModelArgs, args, output};
use crate::Error;
use crate::arith::Backend;
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, Quantity, SCHEMA, format_exact};
use crate::certify::classify::{Regime, classify, classify_fast};
use crate::certify::trajectory::check_eta;

/// Arguments of `eoscert classify`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CLASSIFY)]
pub struct ClassifyArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// Learning rate η > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    pub(super) eta: BigRational,
    /// Initial point θ1,…,θp (exact).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    pub(super) init: Vec<BigRational>,
    /// Horizon N of the run (accepts 1e4).
    #[arg(long, default_value_t = 2000, value_parser = args::count, allow_hyphen_values = true)]
    pub(super) steps: u64,
    /// Backend mpfr:BITS (default: chosen from N).
    #[arg(long, value_parser = args::backend)]
    pub(super) backend: Option<Backend>,
    /// The float64 fast classifier (no guarantee, never verified).
    #[arg(long)]
    pub(super) fast: bool,
    #[command(flatten)]
    pub(super) output: args::CertOutput,
}

/// The largest horizon accepted.
pub const MAX_CLASSIFY_STEPS: u64 = 100_000;

/// Run `eoscert classify`.
pub(super) fn run(args: ClassifyArgs) -> Result<output::Exit, Error> {
    let model = args.model.build()?;
    if !matches!(model, crate::model::Model::Factorisation { .. }) {
        return Err(Error::field(
            "model.kind",
            "classify supports the factorisation",
        ));
    }
    let (eta, init) = (args.eta, args.init);
    check_eta(&eta)?;
    model.check_point(&init)?;
    if args.steps > MAX_CLASSIFY_STEPS {
        return Err(Error::field(
            "steps",
            format!("{}: at most {MAX_CLASSIFY_STEPS}", args.steps),
        ));
    }
    let backend = args.backend;
    if backend.is_some_and(|b| !b.is_rigorous()) {
        return Err(Error::field(
            "backend",
            "f64 is not rigorous; use --fast for the float64 classifier",
        ));
    }
    args.output.prepare()?;
    let bar = output::spinner("classifying", args.output.json);
    let start = Instant::now();
    let c = if args.fast {
        classify_fast(&model, &eta, &init, args.steps)
    } else {
        classify(&model, &eta, &init, args.steps, backend)
    };
    let mut quantities = BTreeMap::new();
    quantities.insert("regime".into(), Quantity::Label(c.regime.as_str().into()));
    let rel = match c.eta_vs_critical {
        std::cmp::Ordering::Less => "below",
        std::cmp::Ordering::Equal => "equal",
        std::cmp::Ordering::Greater => "above",
    };
    quantities.insert("eta_vs_critical".into(), Quantity::Label(rel.into()));
    if let Some(t) = c.decided_at {
        quantities.insert(
            "decided_at_step".into(),
            Quantity::Enclosure(Enclosure::exact(&BigRational::from_integer(t.into()))),
        );
    }
    if let Some(e) = c.sharpness_limit.clone() {
        quantities.insert("sharpness_limit".into(), Quantity::Enclosure(e));
    }
    let rigorous = !args.fast;
    let decided = c.regime != Regime::Undetermined;
    let cert = Certificate {
        schema: SCHEMA.into(),
        claim: "classify".into(),
        model: model.info(),
        eta: Some(format_exact(&eta)),
        init: init.iter().map(format_exact).collect(),
        backend: if args.fast {
            "f64".into()
        } else {
            backend.map_or_else(|| "mpfr (auto)".into(), |b| b.to_string())
        },
        rigorous,
        verified: rigorous && decided,
        reason: c.reason,
        quantities,
        evidence: serde_json::Value::Null,
        elapsed_s: start.elapsed().as_secs_f64(),
    };
    bar.finish_and_clear();
    args.output.finish(&cert)
}
