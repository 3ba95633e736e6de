//! The `eoscert` command line: argument definitions and one function per subcommand.
//!
//! Exit status: 0 verified, 1 not verified, 2 bad input or error.

mod balance;
mod bound;
mod catapult;
mod classify;
mod critical;
mod dln_sweep;
mod dln_threshold;
mod implicit_bias;
mod output;
mod precision;
mod subcritical;
mod sweep;
mod tamper;

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar, parse_rational};
use crate::certificate::Certificate;
use crate::certificate::check::check_file;
use crate::certify::enclosure_of;
use crate::certify::orbit::{OrbitProblem, prove_flip_boundary, prove_period_two};
use crate::certify::trajectory::{TrajectoryProblem, prove_trajectory};
use crate::claims::{ClaimFile, DEFAULT_CLAIMS, parse_list};
use crate::model::{Model, model_constants};

pub use output::Exit;

const ABOUT: &str = "Certified numerics for gradient descent at large learning rates.

eoscert proves, with outward-rounded interval arithmetic, what gradient descent does on
overparametrised least squares ℓ(θ) = ½(f(θ) − y)² at the edge of stability, and writes JSON
certificates that `eoscert check` re-verifies with an independent exact-rational checker.

Numbers are read exactly: --eta 1.17 means 117/100, never the nearest float.

Backends (--backend): f64 (fast, not rigorous), interval (inari), mpfr:BITS (MPFR intervals,
default 256 bits), rational (exact; a few steps only).

Exit status: 0 verified, 1 not verified, 2 bad input or error.";

const EXAMPLES: &str = "Examples:
  eoscert info --depth 5 --json
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 1000 --backend mpfr:256 --json
  eoscert simulate --depth 2 --eta 1 --init 1.25,0.85 --steps 6 --backend rational --json
  eoscert orbit --depth 2 --eta 1.1 --json
  eoscert orbit --depth 3 --flip-boundary --width 1e-40
  eoscert catapult --n 1000 --f0 1 --lambda0 2 --eta 1.25 --json
  eoscert balance --phi pseudo-huber --init 4,0.26 --eta 0.2 --json
  eoscert bound --phi pseudo-huber --box x:3.9:4.1,y:0.25:0.27 --eta-range 0.05:0.06 --json
  eoscert critical --depth 2 --init 1.3,0.8 --steps 1e7
  eoscert implicit-bias --data data.csv --alpha 0.1 --stepsize 1.4 --json
  eoscert implicit-bias --data data.csv --alpha 0.1 --stepsize 0.5 --sgd --batch 1 --seed 1
  eoscert dln-threshold --data data.csv --alpha 0.1 --range 1:4 --json
  eoscert dln-sweep --gaussian 20,30,3 --alpha 0.1 --stepsizes 0.01:0.7:24 --seeds 3 --plot fig1.svg
  eoscert prove                      # the embedded default claims, summary table
  eoscert prove proofs/ --out certs  # claim files, certificates written to certs/
  eoscert check certs/trajectory-p2-eta1.json";

/// Top-level arguments.
#[derive(Debug, Parser)]
#[command(name = "eoscert", version, about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Model constants λ*, η_crit = 2/λ*, ν and c*, computed and enclosed.
    Info(InfoArgs),
    /// Run GD for --steps steps and report loss, sharpness and t·loss at the last step.
    Simulate(SimulateArgs),
    /// Prove claim files (default: the embedded set from proofs/) and print a summary table.
    Prove(ProveArgs),
    /// Re-verify certificates with the independent exact-rational checker.
    Check(CheckArgs),
    /// Supercritical regime: prove the period-two orbit on the line L, its multipliers and
    /// stability (claim period-two), or the period-doubling boundary (--flip-boundary).
    Orbit(OrbitArgs),
    /// uv model (catapult): prove the lazy / catapult / divergent regime from (f₀, λ₀) and η.
    Catapult(catapult::CatapultArgs),
    /// f = φ(xᵀy − 1): prove convergence, the limiting sharpness (edge of stability) and the
    /// balancing bound ‖x∞ − y∞‖ ≤ √(2/h − 2).
    Balance(balance::BalanceArgs),
    /// f = φ(xy − 1): prove loss_t ≤ C·ρ^(t−T₀) for every start in a box and every step in a
    /// range, by branch and bound (claim nonasymptotic).
    Bound(bound::BoundArgs),
    /// Critical regime: certify t·loss, t·‖θ − θ*‖² (and t·Q for p = 2) at η = η_crit over long
    /// horizons (claim critical).
    Critical(critical::CriticalArgs),
    /// Diagonal linear network (paper 002): prove the (S)GD limit, the gains and that the limit
    /// solves the implicit-bias problem (claim implicit-bias).
    ImplicitBias(implicit_bias::ImplicitBiasArgs),
    /// Diagonal linear network: float64 stepsize sweep of GD and SGD on Gaussian sparse
    /// regression, recovery error against γ (paper 002, Fig. 1), CSV and SVG.
    DlnSweep(dln_sweep::DlnSweepArgs),
    /// Diagonal linear network: bracket the largest stable stepsize by a proved convergent
    /// stepsize (with its limit sharpness) and a proved divergent one (claims implicit-bias and
    /// dln-divergence), by bisection on a grid of exact rationals.
    DlnThreshold(dln_threshold::DlnThresholdArgs),
    /// Prove Theorem 5.1 for (η, θ₀): τ, the limit sharpness λ∞ and the rate |1 − ηλ∞|.
    Subcritical(subcritical::SubcriticalArgs),
    /// Classify (η, θ₀): subcritical, critical, supercritical, divergent or undetermined.
    Classify(classify::ClassifyArgs),
    /// Sweep a grid of learning rates in float64: bifurcation diagram, CSV, SVG plot.
    Sweep(sweep::SweepArgs),
    /// Float64, float32, bfloat16 and float16 GD against the certified trajectory: correct
    /// digits along the run, first step outside the enclosure, outcome vs the certified regime.
    Precision(precision::PrecisionArgs),
    /// Tamper report: apply every single-number mutation to certificates (default: those of
    /// the embedded claims) and count how many `check` rejects; exit 1 if one that contradicts
    /// the claim is accepted.
    Tamper(tamper::TamperArgs),
}

/// The model: `--model`, `--depth`, `--dim`, `--target`.
#[derive(Debug, Args)]
pub(crate) struct ModelArgs {
    /// factorisation: ℓ = ½(θ1⋯θp − y)²;  inner-product: ℓ = ½(⟨u,v⟩ − Y)².
    #[arg(long, default_value = "factorisation", value_parser = ["factorisation", "inner-product"])]
    model: String,
    /// Depth p ≥ 2 of the factorisation.
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Dimension d of u and v (inner-product model).
    #[arg(long, default_value_t = 1)]
    dim: usize,
    /// Target y > 0 (exact: decimal or p/q).
    #[arg(long, default_value = "1", allow_hyphen_values = true)]
    pub(crate) target: String,
}

impl ModelArgs {
    fn build(&self) -> Result<Model, Error> {
        let target =
            parse_rational(&self.target).map_err(|e| Error::BadInput(format!("--target: {e}")))?;
        match self.model.as_str() {
            "inner-product" => Model::inner_product(self.dim, target),
            _ => Model::factorisation(self.depth, target),
        }
    }
}

#[derive(Debug, Args)]
struct InfoArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Arithmetic backend: interval, mpfr:BITS, rational, f64.
    #[arg(long, default_value = "mpfr:256")]
    backend: String,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct SimulateArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Learning rate η > 0 (exact).
    #[arg(long, allow_hyphen_values = true)]
    eta: String,
    /// Initial point, comma separated: θ1,…,θp or u1,…,ud,v1,…,vd (exact).
    #[arg(long, allow_hyphen_values = true)]
    init: String,
    /// Number of GD steps T.
    #[arg(long)]
    steps: u64,
    /// Arithmetic backend: f64, interval, mpfr:BITS, rational.
    #[arg(long, default_value = "mpfr:256")]
    backend: String,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
    /// Write the trajectory (float midpoints, not certified) to this CSV file.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ProveArgs {
    /// Claim files or directories of *.toml (default: the embedded set).
    paths: Vec<PathBuf>,
    /// Write one certificate per claim into this directory.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print all certificates as a JSON array instead of the table.
    #[arg(long)]
    json: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct OrbitArgs {
    /// Depth p ≥ 2 of the factorisation ℓ = ½(θ1⋯θp − y)².
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Target y > 0 (exact).
    #[arg(long, default_value = "1", allow_hyphen_values = true)]
    target: String,
    /// Learning rate η > η_crit (exact); required unless --flip-boundary.
    #[arg(
        long,
        allow_hyphen_values = true,
        required_unless_present = "flip_boundary"
    )]
    eta: Option<String>,
    /// Enclose the η where the normal 2-step multiplier crosses −1 (p = 2: √5 − 1) instead.
    #[arg(long, conflicts_with = "eta")]
    flip_boundary: bool,
    /// Requested width of the eta_flip enclosure (exact).
    #[arg(long, default_value = "1e-30", requires = "flip_boundary")]
    width: String,
    /// Arithmetic backend: interval or mpfr:BITS.
    #[arg(long, default_value = "mpfr:256")]
    backend: String,
    /// Print the certificate as JSON.
    #[arg(long)]
    json: bool,
    /// Draw the orbit and a float64 GD trajectory converging to it in the (θ∥, θ⊥) plane (SVG).
    #[arg(long, value_name = "FILE.svg", conflicts_with = "flip_boundary")]
    plot: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Certificate files (JSON).
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// Run the command line; returns the process exit status.
pub fn run(cli: Cli) -> Exit {
    let result = match cli.command {
        Command::Info(a) => info(a),
        Command::Simulate(a) => simulate(a),
        Command::Prove(a) => prove(a),
        Command::Check(a) => check(a),
        Command::Orbit(a) => orbit(a),
        Command::Catapult(a) => catapult::catapult(a),
        Command::ImplicitBias(a) => implicit_bias::implicit_bias(a),
        Command::DlnSweep(a) => dln_sweep::dln_sweep(a),
        Command::DlnThreshold(a) => dln_threshold::dln_threshold(a),
        Command::Balance(a) => balance::balance(a),
        Command::Bound(a) => bound::bound(a),
        Command::Critical(a) => critical::run(a),
        Command::Subcritical(a) => subcritical::run(a),
        Command::Classify(a) => classify::run(a),
        Command::Sweep(a) => sweep::run(a),
        Command::Tamper(a) => tamper::run(a),
        Command::Precision(a) => precision::run(a),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {}", output::one_line(&e.to_string()));
        Exit::Error
    })
}

fn info(args: InfoArgs) -> Result<Exit, Error> {
    let model = args.model.build()?;
    let backend: Backend = args.backend.parse()?;
    let table = backend.dispatch(ConstantsTask { model: &model });
    let value = serde_json::json!({
        "model": model.info(),
        "backend": backend.to_string(),
        "rigorous": backend.is_rigorous(),
        "quantities": table,
    });
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&value).expect("serialisable")
        );
    } else {
        output::print_quantities(&value["quantities"]);
    }
    Ok(Exit::Verified)
}

struct ConstantsTask<'a> {
    model: &'a Model,
}

impl BackendTask for ConstantsTask<'_> {
    type Output = serde_json::Map<String, serde_json::Value>;
    fn run<S: Scalar>(self, ctx: S::Ctx) -> Self::Output {
        let c = model_constants::<S>(self.model, &ctx);
        [
            ("lambda_star", &c.lambda_star),
            ("eta_crit", &c.eta_crit),
            ("nu", &c.nu),
            ("c_star", &c.c_star),
        ]
        .into_iter()
        .map(|(name, x)| {
            (
                name.to_string(),
                serde_json::to_value(enclosure_of(x)).expect("serialisable"),
            )
        })
        .collect()
    }
}

fn simulate(args: SimulateArgs) -> Result<Exit, Error> {
    let backend: Backend = args.backend.parse()?;
    let eta = parse_rational(&args.eta).map_err(|e| Error::BadInput(format!("--eta: {e}")))?;
    let init: Vec<&str> = args.init.split(',').collect();
    let init = parse_list(&init).map_err(|e| Error::BadInput(format!("--init: {e}")))?;
    let problem = TrajectoryProblem::new(args.model.build()?, eta, init, args.steps)?;
    let mut csv = args
        .csv
        .as_deref()
        .map(output::CsvWriter::create)
        .transpose()?;
    let progress = output::progress(args.steps, args.quiet || args.json);
    let mut csv_error = None;
    let cert = prove_trajectory(&problem, backend, &mut |obs| {
        progress.set_position(obs.step);
        if let Some(Err(e)) = csv.as_mut().map(|w| w.write(obs)) {
            csv_error.get_or_insert(e);
        }
    })?;
    progress.finish_and_clear();
    if let Some(e) = csv_error {
        return Err(e);
    }
    output::print_certificate(&cert, args.json);
    Ok(Exit::of(&cert))
}

fn prove(args: ProveArgs) -> Result<Exit, Error> {
    let claims: Vec<(String, String)> = if args.paths.is_empty() {
        DEFAULT_CLAIMS
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    } else {
        collect_claim_files(&args.paths)?
    };
    // Validate every file before any work starts.
    let parsed = claims
        .iter()
        .map(|(name, text)| ClaimFile::parse(name, text).map(|c| (name.clone(), c)))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|source| io_error(dir, source))?;
    }
    let bar = output::progress(parsed.len() as u64, args.quiet || args.json);
    let mut results = Vec::new();
    for (name, claim) in &parsed {
        bar.set_message(name.clone());
        let cert = claim
            .run(&mut |_| {})
            .map_err(|e| Error::BadInput(format!("{name}: {e}")))?;
        if let Some(dir) = &args.out {
            let path = dir.join(
                Path::new(name)
                    .with_extension("json")
                    .file_name()
                    .expect("file name"),
            );
            output::write_json(&path, &cert)?;
        }
        results.push((name.clone(), cert));
        bar.inc(1);
    }
    bar.finish_and_clear();
    if args.json {
        let all: Vec<&Certificate> = results.iter().map(|(_, c)| c).collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&all).expect("serialisable")
        );
    } else {
        output::print_summary(&results);
    }
    Ok(if results.iter().all(|(_, c)| c.verified) {
        Exit::Verified
    } else {
        Exit::NotVerified
    })
}

fn collect_claim_files(paths: &[PathBuf]) -> Result<Vec<(String, String)>, Error> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|source| io_error(path, source))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            if entries.is_empty() {
                return Err(Error::BadInput(format!(
                    "{}: no claim files (*.toml) in this directory",
                    path.display()
                )));
            }
            entries.sort();
            files.extend(entries);
        } else {
            files.push(path.clone());
        }
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|source| io_error(&p, source))?;
            let name = p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            Ok((name, text))
        })
        .collect()
}

fn orbit(args: OrbitArgs) -> Result<Exit, Error> {
    let backend: Backend = args.backend.parse()?;
    let target =
        parse_rational(&args.target).map_err(|e| Error::BadInput(format!("--target: {e}")))?;
    let cert = if args.flip_boundary {
        let width =
            parse_rational(&args.width).map_err(|e| Error::BadInput(format!("--width: {e}")))?;
        prove_flip_boundary(args.depth, &target, &width, backend)?
    } else {
        let eta = args.eta.as_deref().unwrap_or_default();
        let eta = parse_rational(eta).map_err(|e| Error::BadInput(format!("--eta: {e}")))?;
        let problem = OrbitProblem {
            depth: args.depth,
            target,
            eta,
        };
        let cert = prove_period_two(&problem, backend)?;
        if let Some(path) = &args.plot {
            plot_orbit(path, &problem, &cert)?;
        }
        cert
    };
    output::print_certificate(&cert, args.json);
    Ok(Exit::of(&cert))
}

/// The (θ∥, θ⊥) picture: tangent offset along w = (e₁ − e₂)/√2 and normal offset along
/// n = 1/√p, relative to θ* = y^{1/p}·1; the certified orbit sits on the θ⊥ axis.
fn plot_orbit(path: &Path, problem: &OrbitProblem, cert: &Certificate) -> Result<(), Error> {
    use crate::certificate::Quantity;
    use crate::model::fast::FastGd;
    use num_traits::ToPrimitive;
    let p = problem.depth;
    let (y, eta) = (
        problem.target.to_f64().unwrap_or(f64::NAN),
        problem.eta.to_f64().unwrap_or(f64::NAN),
    );
    let centre = y.powf(1.0 / p as f64);
    let sqrt_p = (p as f64).sqrt();
    let coords = |theta: &[f64]| {
        let tangent = (theta[0] - theta[1]) / std::f64::consts::SQRT_2;
        let normal = theta.iter().map(|t| t - centre).sum::<f64>() / sqrt_p;
        (tangent, normal)
    };
    let mid = |name: &str| match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => {
            let (lo, hi) = (parse_rational(&e.lo).ok()?, parse_rational(&e.hi).ok()?);
            ((lo + hi) / num_rational::BigRational::from_integer(2.into())).to_f64()
        }
        _ => None,
    };
    let orbit: Vec<(f64, f64)> = ["s_plus", "s_minus"]
        .iter()
        .filter_map(|q| mid(q))
        .map(|s| (0.0, sqrt_p * (s - centre)))
        .collect();
    let model = Model::factorisation(p, problem.target.clone())?;
    let gd = FastGd::new(&model, eta);
    let s_plus = orbit.first().map_or(centre, |o| centre + o.1 / sqrt_p);
    let mut theta = vec![s_plus; p];
    theta[0] += 0.02 * centre;
    theta[1] -= 0.02 * centre;
    let (mut even, mut odd) = (Vec::new(), Vec::new());
    for t in 0..4000 {
        if t % 2 == 0 {
            even.push(coords(&theta))
        } else {
            odd.push(coords(&theta))
        }
        gd.step_unchecked(&mut theta);
        if !theta.iter().all(|x| x.is_finite()) {
            break;
        }
    }
    let title = format!(
        "period-two orbit, p = {p}, η = {}",
        crate::certificate::format_exact(&problem.eta)
    );
    crate::plot::svg(
        path,
        &title,
        ("θ∥ (tangent offset along e₁ − e₂)", "θ⊥ (normal offset)"),
        crate::plot::Scale::Linear,
        &[
            crate::plot::Series {
                label: "f64 GD, even steps",
                points: even,
                line: false,
            },
            crate::plot::Series {
                label: "f64 GD, odd steps",
                points: odd,
                line: false,
            },
            crate::plot::Series {
                label: "certified orbit s± (enclosure midpoints)",
                points: orbit,
                line: false,
            },
        ],
    )
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Exit 0 if every file is accepted, 1 if one is rejected or not verified, 2 if one cannot be
/// read or is not a certificate (JSON with the fields of the format); every file is checked.
fn check(args: CheckArgs) -> Result<Exit, Error> {
    use crate::certificate::check::CheckFailure;
    let mut exit = Exit::Verified;
    for file in &args.files {
        match check_file(file) {
            Err(failure @ CheckFailure::Read { .. }) => {
                eprintln!("error: {}", output::one_line(&failure.to_string()));
                exit = exit.max(Exit::Error);
            }
            Ok(report) if report.verified => {
                println!("{}: ok ({})", file.display(), report.details.join("; "))
            }
            Ok(report) => {
                println!(
                    "{}: well-formed but not verified: {}",
                    file.display(),
                    report.details.join("; ")
                );
                exit = exit.max(Exit::NotVerified);
            }
            Err(failure) => {
                println!(
                    "{}: REJECTED: {}",
                    file.display(),
                    output::one_line(&failure.to_string())
                );
                exit = exit.max(Exit::NotVerified);
            }
        }
    }
    Ok(exit)
}
