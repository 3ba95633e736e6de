//! `eoscert critical`: certified long-horizon GD at η = η_crit (claim `critical`).

use std::path::Path;

use clap::{Args, ValueEnum};
use num_rational::BigRational;
use num_traits::ToPrimitive;

use crate::Error;
use crate::arith::parse_rational;
use crate::certificate::Certificate;
use crate::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, default_checkpoints, prove_critical,
};
use crate::cli::{Exit, ModelArgs, args, output};
use crate::model::fast::FastGd;
use crate::model::model_constants;
use crate::plot::{Scale, Series, svg};

/// Arguments of `eoscert critical`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CRITICAL)]
pub struct CriticalArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Initial point, comma separated (exact).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    init: Vec<BigRational>,
    /// Horizon T (accepts 1e7).
    #[arg(long, value_parser = args::count, allow_hyphen_values = true)]
    steps: u64,
    /// Extra checkpoints, comma separated (accept 1e5; default: the powers of ten below T).
    #[arg(long, value_name = "T1,T2,...", value_delimiter = ',', value_parser = args::count, allow_hyphen_values = true)]
    checkpoints: Option<Vec<u64>>,
    /// Learning rate (exact); default η = η_crit = 2/λ* exactly, also when it is irrational
    /// (depth ≥ 3, e.g. y = 2: the certificate then states η symbolically, without `eta`). At
    /// any other η the enclosures are proved but the claim `critical` is not verified (exit 1).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    eta: Option<BigRational>,
    /// Midpoint arithmetic: f64 (fast) or float128 (tight, 128-bit floating midpoint).
    #[arg(long, value_enum, default_value_t = MidpointArg::F64)]
    midpoint: MidpointArg,
    /// Run the factorisation in full θ-deviation coordinates even for p = 2.
    #[arg(long)]
    theta_coordinates: bool,
    /// After the finite run, prove that the rescaled state stays in an explicit region for
    /// every t ≥ T (a trapping region verified by interval arithmetic with subdivision):
    /// reports t0 = T and t_loss_all_time = [a, b] with a/t ≤ ℓ(θ_t) ≤ b/t for all t ≥ T.
    /// Depth 2 and the inner product (exact reduced coordinates), or depth 3–6 with any target
    /// (also t_dist2_all_time, t_w_all_time), at η = η_crit.
    #[arg(long)]
    all_time: bool,
    #[command(flatten)]
    output: args::CertOutput,
    /// Log-log plot of ℓ and ‖θ − θ*‖² against t: float64 run, certified checkpoints and the
    /// predicted power law λ*²/(4νt) (SVG).
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<std::path::PathBuf>,
}

/// `--midpoint`: the midpoint arithmetic of the critical engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MidpointArg {
    /// IEEE double midpoints (fast).
    F64,
    /// 128-bit floating midpoints (tight).
    #[value(alias = "fixed128")]
    Float128,
}

/// Run `eoscert critical`.
///
/// # Errors
/// [`Error::BadInput`] for invalid arguments.
pub fn run(args: CriticalArgs) -> Result<Exit, Error> {
    let model = args.model.build()?;
    let steps = args.steps;
    let checkpoints = args
        .checkpoints
        .clone()
        .unwrap_or_else(|| default_checkpoints(steps));
    let problem = CriticalProblem {
        all_time: args.all_time,
        model,
        init: args.init.clone(),
        eta: args.eta.clone(),
        steps,
        checkpoints,
        midpoint: match args.midpoint {
            MidpointArg::F64 => Midpoint::F64,
            MidpointArg::Float128 => Midpoint::Float128,
        },
        coordinates: if args.theta_coordinates {
            Coordinates::Theta
        } else {
            Coordinates::Auto
        },
    };
    args.output.prepare()?;
    args::create_files(&[&args.plot])?;
    let bar = output::progress(steps, args.output.json);
    let cert = prove_critical(&problem, |t| bar.set_position(t))?;
    bar.finish_and_clear();
    if let Some(path) = &args.plot {
        plot(path, &problem, &cert)?;
    }
    args.output.finish(&cert)
}

/// ℓ and ‖θ − θ*‖² of a float64 run at log-spaced t, the certified ℓ at the checkpoints
/// (midpoints of the enclosures of t·ℓ divided by t) and the predicted λ*²/(4νt).
fn plot(path: &Path, problem: &CriticalProblem, cert: &Certificate) -> Result<(), Error> {
    let model = &problem.model;
    let f = |q: &BigRational| q.to_f64().unwrap_or(f64::NAN);
    let eta = cert
        .eta
        .as_deref()
        .map(parse_rational)
        .transpose()?
        .map_or(f64::NAN, |q| f(&q));
    let constants = model_constants::<f64>(model, &());
    let star = constants.theta_star.clone();
    let gd = FastGd::new(model, eta);
    let mut theta: Vec<f64> = problem.init.iter().map(f).collect();
    let y = f(model.target());
    let (mut loss, mut dist2) = (Vec::new(), Vec::new());
    // With the all-time band the float run continues to 10·T to show the band beyond T.
    let band = all_time_band(cert);
    let horizon = if band.is_some() {
        problem.steps.saturating_mul(10)
    } else {
        problem.steps
    };
    let mut next = 1u64;
    for t in 1..=horizon {
        gd.step_unchecked(&mut theta);
        if t == next || t == horizon {
            let r = model.f(&theta) - y;
            loss.push((t as f64, 0.5 * r * r));
            dist2.push((
                t as f64,
                theta
                    .iter()
                    .zip(&star)
                    .map(|(a, b)| (a - b) * (a - b))
                    .sum(),
            ));
            next = (next as f64 * 1.1).ceil() as u64;
        }
    }
    let certified: Vec<(f64, f64)> = cert.evidence["checkpoints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| {
            let t = c["t"].as_u64()? as f64;
            let lo = f(&parse_rational(c["t_loss"]["lo"].as_str()?).ok()?);
            let hi = f(&parse_rational(c["t_loss"]["hi"].as_str()?).ok()?);
            Some((t, 0.5 * (lo + hi) / t))
        })
        .collect();
    let constant = constants.lambda_star.powi(2) / (4.0 * constants.nu);
    let predicted: Vec<(f64, f64)> = loss.iter().map(|&(t, _)| (t, constant / t)).collect();
    let title = format!("critical regime, {} (η = η_crit)", model.info().kind);
    let (a, b) = band.unwrap_or((f64::NAN, f64::NAN));
    let band_line = |c: f64| -> Vec<(f64, f64)> {
        loss.iter()
            .filter(|&&(t, _)| band.is_some() && t >= problem.steps as f64)
            .map(|&(t, _)| (t, c / t))
            .collect()
    };
    let (lower, upper) = (band_line(a), band_line(b));
    svg(
        path,
        &title,
        ("t", "ℓ(θ_t), ‖θ_t − θ*‖²"),
        Scale::LogLog,
        &[
            Series {
                label: "proved for all t ≥ T: a/t ≤ ℓ",
                points: lower,
                line: true,
            },
            Series {
                label: "proved for all t ≥ T: ℓ ≤ b/t",
                points: upper,
                line: true,
            },
            Series {
                label: "f64 ℓ(θ_t)",
                points: loss,
                line: true,
            },
            Series {
                label: "f64 ‖θ_t − θ*‖²",
                points: dist2,
                line: true,
            },
            Series {
                label: "predicted λ*²/(4νt)",
                points: predicted,
                line: true,
            },
            Series {
                label: "certified ℓ at checkpoints",
                points: certified,
                line: false,
            },
        ],
    )
}

/// `(a, b)` of `t_loss_all_time` (floats, for drawing), if the certificate proves it.
fn all_time_band(cert: &Certificate) -> Option<(f64, f64)> {
    match cert.quantities.get("t_loss_all_time")? {
        crate::certificate::Quantity::Enclosure(e) => Some((
            parse_rational(&e.lo).ok()?.to_f64()?,
            parse_rational(&e.hi).ok()?.to_f64()?,
        )),
        _ => None,
    }
}
