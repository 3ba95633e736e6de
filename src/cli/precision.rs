//! `eoscert precision`: GD in float64, float32, bfloat16 and float16 against the certified
//! trajectory ([`crate::certify::precision`]). The report is float evidence measured against a
//! certified reference; the reference enclosures are the certified part.

use std::path::{Path, PathBuf};

use clap::Args;

use num_rational::BigRational;

use super::output::outln;
use super::{ModelArgs, args, output};
use crate::Error;
use crate::certify::precision::{
    FormatReport, Outcome, PrecisionProblem, PrecisionReport, precision_report,
};
use crate::guard::Format;
use crate::plot::{Scale, Series, svg};

/// Arguments of `eoscert precision`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::PRECISION)]
pub struct PrecisionArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Learning rate η > 0 (exact; each format run uses its nearest format value).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, visible_alias = "stepsize")]
    eta: BigRational,
    /// Initial point, comma separated (exact; each format run rounds it to the format).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    init: Vec<BigRational>,
    /// Horizon T (accepts 1e4).
    #[arg(long, value_parser = args::count)]
    steps: u64,
    /// Formats to run, comma separated: f64, f32, bf16, f16.
    #[arg(long, default_value = "f64,f32,bf16,f16")]
    formats: String,
    /// Starting MPFR precision of the certified reference (raised 4× at a time, up to 65536,
    /// while the enclosure is lost before T).
    #[arg(long, default_value_t = 256)]
    bits: u32,
    /// A run leaves the enclosure at the first step where it is more than this many ulps of its
    /// format outside the enclosure rounded outward to the format.
    #[arg(long, default_value_t = 1)]
    ulps: u64,
    /// Plot the correct digits against t, one line per format (SVG).
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

/// Run `eoscert precision`. Exit 0 (the report is evidence, not a claim), 2 on bad input.
pub(super) fn run(args: PrecisionArgs) -> Result<output::Exit, Error> {
    let model = args.model.build()?;
    args::create_files(&[&args.plot])?;
    let (eta, init) = (args.eta.clone(), args.init.clone());
    let formats = args
        .formats
        .split(',')
        .map(|f| f.parse::<Format>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::BadInput(format!("--formats: {e}")))?;
    let problem = PrecisionProblem::new(model, eta, init, args.steps, args.bits, args.ulps)
        .map_err(|e| match e {
            Error::BadInput(m) if m.starts_with("steps ") || m.starts_with("bits ") => {
                Error::BadInput(format!("--{m}"))
            }
            e => e,
        })?;
    let bar = output::progress(args.steps, args.json);
    let report = precision_report(&problem, &formats, &mut |t, _| bar.set_position(t))?;
    bar.finish_and_clear();
    if let Some(path) = &args.plot {
        plot(path, &report)?;
    }
    if args.json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serialisable")
        );
    } else {
        print_table(&report);
    }
    Ok(output::Exit::Verified)
}

fn print_table(report: &PrecisionReport) {
    outln!(
        "reference: {} enclosure (certified), width at the end {:.1e}{}",
        report.reference,
        report.reference_width,
        report
            .reference_lost_at
            .map_or(String::new(), |t| format!(", lost at step {t}"))
    );
    if let Some(c) = &report.certified_regime {
        outln!(
            "certified regime: {}{}",
            c.regime,
            if c.verified {
                " (proved)"
            } else {
                " (not proved)"
            }
        );
    }
    outln!(
        "float runs (evidence, measured against the reference; \"leaves\": more than {} ulps outside the enclosure rounded to the format):",
        report.departure_ulps
    );
    outln!(
        "  {:<10} {:>12} {:>22} {:>22} {:>12}",
        "format",
        "digits at T",
        "leaves the enclosure",
        "outcome",
        "final loss"
    );
    for f in &report.formats {
        outln!(
            "  {:<10} {:>12} {:>22} {:>22} {:>12.3e}",
            f.format,
            last_digits(f),
            f.departure.as_ref().map_or("never".into(), |d| format!(
                "step {} ({} ulps)",
                d.step, d.ulps
            )),
            describe(f.outcome, report),
            f.final_loss
        );
    }
    outln!("{}", report.note);
}

fn last_digits(f: &FormatReport) -> String {
    match f.digits.last() {
        Some((_, Some(d))) => format!("{d:.1}"),
        _ => "—".into(),
    }
}

fn describe(outcome: Outcome, report: &PrecisionReport) -> String {
    let what = match outcome {
        Outcome::Moving => "moving".to_string(),
        Outcome::Stalled(t) | Outcome::PeriodTwo(t) | Outcome::Diverged(t) => {
            format!("{} at {t}", outcome.kind())
        }
    };
    match report
        .certified_regime
        .as_ref()
        .and_then(|c| outcome.matches(&c.regime))
    {
        Some(true) => format!("{what} ✓"),
        Some(false) => format!("{what} ✗"),
        None => what,
    }
}

/// Correct digits against t (log scale), one line per format.
fn plot(path: &Path, report: &PrecisionReport) -> Result<(), Error> {
    let series: Vec<Series> = report
        .formats
        .iter()
        .map(|f| Series {
            label: &f.format,
            points: f
                .digits
                .iter()
                .filter_map(|&(t, d)| Some((t.max(1) as f64, d?)))
                .collect(),
            line: true,
        })
        .collect();
    svg(
        path,
        &format!(
            "correct digits of float GD against the certified trajectory ({}, η = {})",
            report.model.kind, report.eta
        ),
        ("t", "correct digits of θ_t"),
        Scale::LogLin,
        &series,
    )
}
