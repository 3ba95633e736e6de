//! The `eoscert` command line: argument definitions and one function per subcommand.
//!
//! Exit status: 0 verified, 1 not verified, 2 bad input or error, 3 (`check` only) a
//! certificate's check would exceed its time budget.

mod args;
mod balance;
mod bound;
mod catapult;
mod check;
mod classify;
mod critical;
mod dln_compare;
mod dln_sweep;
mod dln_threshold;
mod examples;
mod implicit_bias;
mod merge;
mod output;
mod precision;
mod regime_map;
mod subcritical;
mod sweep;
mod tamper;

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::Certificate;
use crate::certify::enclosure_of;
use crate::certify::orbit::{OrbitProblem, prove_flip_boundary, prove_period_two};
use crate::certify::trajectory::{TrajectoryProblem, prove_trajectory};
use crate::claims::{ClaimFile, DEFAULT_CLAIMS};
use crate::model::{Model, model_constants};
use output::{note, outln};

pub use output::{Exit, format_enclosure_readable};

const ABOUT: &str = "Certified numerics for gradient descent at large learning rates.

eoscert proves, with outward-rounded interval arithmetic, what gradient descent does on
overparametrised least squares ℓ(θ) = ½(f(θ) − y)² at the edge of stability, and writes JSON
certificates that `eoscert check` re-verifies with an independent exact-rational checker.

Numbers are read exactly: --eta 1.17 means 117/100, never the nearest float.

Backends (--backend): f64 (fast, not rigorous), interval (inari), mpfr:BITS (MPFR intervals,
default 256 bits), rational (exact; a few steps only).

Output: results on stdout (human summary, or --json); progress bars and summary lines on
stderr (progress only on a terminal; -q silences both). Enclosures print as `value ± r` with
the digits they prove; --full (or -v) prints the exact endpoints. `--out` is a folder where a
command writes several files (prove, dln-threshold, dln-sweep) and a file otherwise.

Exit status: 0 verified, 1 not verified (a claim whose named regime does not hold, e.g.
`critical` at an η that is not η_crit, is not verified), 2 bad input or error. sweep and
dln-sweep are explorations: they claim nothing and exit 0 (their --certify spots are reported).";

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
  eoscert implicit-bias --gaussian 3,6,2 --alpha 0.1 --stepsize 0.5 --json
  eoscert dln-sweep --gaussian 20,30,3 --alpha 0.1 --stepsizes 0.01:0.7:24 --seeds 3 --plot /tmp/fig1.svg
  eoscert prove                            # the embedded default claims, summary table
  eoscert prove --out /tmp/eoscert-certs   # certificates written to /tmp/eoscert-certs/
  eoscert check /tmp/eoscert-certs/trajectory-p2-eta1.json

Each subcommand's --help ends with examples of its own.";

/// Top-level arguments.
#[derive(Debug, Parser)]
#[command(name = "eoscert", version, about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// No progress bars and no summary lines on stderr (errors are still printed).
    #[arg(short, long, global = true)]
    quiet: bool,
    /// More detail: exact enclosure endpoints (as --full).
    #[arg(short, long, global = true)]
    verbose: bool,
    /// Print enclosures with their exact endpoints `[lo, hi]` instead of `value ± r`.
    #[arg(long, global = true)]
    full: bool,
}

/// The command-line interface as a clap command: every subcommand accepts negative numbers as
/// values (`--init -1,2`, `--f0 -0.5`).
pub fn command() -> clap::Command {
    Cli::command().mut_subcommands(|s| s.allow_negative_numbers(true))
}

/// Parse the process arguments. Bad syntax exits with clap's message and status 2; a value
/// that does not parse (`--eta nan`, `--backend quad`) gives a one-line error.
pub fn parse() -> Cli {
    use clap::error::ErrorKind;
    command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
        .unwrap_or_else(|e| {
            if matches!(
                e.kind(),
                ErrorKind::InvalidValue | ErrorKind::ValueValidation
            ) {
                let text = e.render().to_string();
                eprintln!(
                    "{}",
                    output::one_line(text.lines().next().unwrap_or_default())
                );
                std::process::exit(Exit::Error as i32);
            }
            e.exit()
        })
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Model constants λ*, η_crit = 2/λ*, ν and c*, computed and enclosed.
    Info(InfoArgs),
    /// Run GD for --steps steps and report loss, sharpness and t·loss at the last step.
    Simulate(SimulateArgs),
    /// Prove claim files (default: the embedded set from proofs/) and print a summary table.
    Prove(ProveArgs),
    /// Re-verify certificates with the independent exact-rational checker, in parallel, each
    /// within a time budget (exit 3 if one would exceed it).
    Check(check::CheckArgs),
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
    /// Diagonal linear network (Even et al.): prove the (S)GD limit, the gains and that the limit
    /// solves the implicit-bias problem (claim implicit-bias).
    ImplicitBias(implicit_bias::ImplicitBiasArgs),
    /// Diagonal linear network: float64 stepsize sweep of GD and SGD on Gaussian sparse
    /// regression, recovery error against γ (Even et al., Fig. 1), CSV and SVG.
    DlnSweep(dln_sweep::DlnSweepArgs),
    /// Diagonal linear network: bracket the largest stable stepsize by a proved convergent
    /// stepsize (with its limit sharpness) and a proved divergent one (claims implicit-bias and
    /// dln-divergence), by bisection on a grid of exact rationals.
    DlnThreshold(dln_threshold::DlnThresholdArgs),
    /// Diagonal linear network: prove GD and SGD on one instance and their comparison (gains
    /// in ℓ1, per coordinate and on the support of β*; recovery errors), claim dln-comparison.
    DlnCompare(dln_compare::DlnCompareArgs),
    /// Prove Theorem 5.1 for (η, θ₀): τ, the limit sharpness λ∞ and the rate |1 − ηλ∞|.
    Subcritical(subcritical::SubcriticalArgs),
    /// Classify (η, θ₀): subcritical, critical, supercritical, divergent or undetermined.
    Classify(classify::ClassifyArgs),
    /// Prove the period-doubling cascade over a range of η (claim regime-map), or a basin map
    /// over a box of starts (claim basin-map).
    RegimeMap(regime_map::RegimeMapArgs),
    /// Merge the partial certificates of a sharded job (`--shard I/N`) into the certificate of
    /// the whole job, refusing parts of different jobs and duplicated or missing shards.
    Merge(merge::MergeArgs),
    /// Sweep a grid of learning rates in float64: bifurcation diagram, CSV, SVG plot.
    Sweep(sweep::SweepArgs),
    /// Float64, float32, bfloat16 and float16 GD against the certified trajectory: correct
    /// digits along the run, first step outside the enclosure, outcome vs the certified regime.
    Precision(precision::PrecisionArgs),
    /// Tamper report: apply single-number and adversarial mutations (added fields, duplicated
    /// keys, free text, coordinated edits, extreme values) to certificates (default: those of
    /// the embedded claims), re-check each within a budget, and report per class; exit 1 if one
    /// that must be rejected is accepted.
    Tamper(tamper::TamperArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) on stdout.
    Completions(CompletionsArgs),
    /// Print the man page (roff) on stdout, or write one page per subcommand with --out-dir.
    Man(ManArgs),
}

#[derive(Debug, Args)]
#[command(after_help = examples::COMPLETIONS)]
struct CompletionsArgs {
    /// The shell, e.g. `eoscert completions bash > ~/.local/share/bash-completion/completions/eoscert`.
    shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
#[command(after_help = examples::MAN)]
struct ManArgs {
    /// Write eoscert.1 and eoscert-SUBCOMMAND.1 into this folder (created if missing) instead of
    /// printing eoscert.1.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
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
    #[arg(long, default_value = "1", value_parser = args::exact, allow_hyphen_values = true)]
    pub(crate) target: num_rational::BigRational,
}

impl ModelArgs {
    fn build(&self) -> Result<Model, Error> {
        let target = self.target.clone();
        match self.model.as_str() {
            "inner-product" => Model::inner_product(self.dim, target),
            _ => Model::factorisation(self.depth, target),
        }
    }
}

#[derive(Debug, Args)]
#[command(after_help = examples::INFO)]
struct InfoArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Arithmetic backend: interval, mpfr:BITS, rational, f64.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    /// Print JSON (schema, claim "constants", model, backend, quantities) instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
#[command(after_help = examples::SIMULATE)]
struct SimulateArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Learning rate η > 0 (exact).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    eta: num_rational::BigRational,
    /// Initial point, comma separated: θ1,…,θp or u1,…,ud,v1,…,vd (exact).
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    init: Vec<num_rational::BigRational>,
    /// Number of GD steps T (accepts 1e6).
    #[arg(long, value_parser = args::count, allow_hyphen_values = true)]
    steps: u64,
    /// Arithmetic backend: f64, interval, mpfr:BITS, rational.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
    /// Write the trajectory (float midpoints, not certified) to this CSV file.
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_help = examples::PROVE)]
struct ProveArgs {
    /// Claim files or directories of *.toml (default: the embedded set).
    paths: Vec<PathBuf>,
    /// Write one certificate per claim into this folder (created if missing).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print all certificates as a JSON array instead of the table.
    #[arg(long)]
    json: bool,
    /// Prove only shard I of N (0-based): the claims at positions ≡ I (mod N) of the sorted
    /// list, so N workers (a job array, Ray tasks) together prove every claim exactly once.
    #[arg(long, value_name = "I/N", default_value = "0/1")]
    shard: crate::shard::Shard,
}

#[derive(Debug, Args)]
#[command(after_help = examples::ORBIT)]
struct OrbitArgs {
    /// Depth p ≥ 2 of the factorisation ℓ = ½(θ1⋯θp − y)².
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Target y > 0 (exact).
    #[arg(long, default_value = "1", value_parser = args::exact, allow_hyphen_values = true)]
    target: num_rational::BigRational,
    /// Learning rate η > η_crit (exact); required unless --flip-boundary.
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true, required_unless_present = "flip_boundary")]
    eta: Option<num_rational::BigRational>,
    /// Enclose the η where the normal 2-step multiplier crosses −1 (p = 2: √5 − 1) instead.
    #[arg(long, conflicts_with = "eta")]
    flip_boundary: bool,
    /// Requested width of the eta_flip enclosure (exact).
    #[arg(long, default_value = "1e-30", requires = "flip_boundary", value_parser = args::exact, allow_hyphen_values = true)]
    width: num_rational::BigRational,
    /// Arithmetic backend: interval or mpfr:BITS.
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    #[command(flatten)]
    output: args::CertOutput,
    /// Draw the orbit and a float64 GD trajectory converging to it in the (θ∥, θ⊥) plane (SVG).
    #[arg(long, value_name = "FILE.svg", conflicts_with = "flip_boundary")]
    plot: Option<PathBuf>,
}

/// Run the command line; returns the process exit status.
pub fn run(cli: Cli) -> Exit {
    output::set_flags(cli.quiet, cli.full || cli.verbose);
    let result = match cli.command {
        Command::Info(a) => info(a),
        Command::Simulate(a) => simulate(a),
        Command::Prove(a) => prove(a),
        Command::Check(a) => check::run(a),
        Command::Orbit(a) => orbit(a),
        Command::Catapult(a) => catapult::catapult(a),
        Command::ImplicitBias(a) => implicit_bias::implicit_bias(a),
        Command::DlnSweep(a) => dln_sweep::dln_sweep(a),
        Command::DlnThreshold(a) => dln_threshold::dln_threshold(a),
        Command::DlnCompare(a) => dln_compare::dln_compare(a),
        Command::Balance(a) => balance::balance(a),
        Command::Bound(a) => bound::bound(a),
        Command::Critical(a) => critical::run(a),
        Command::Subcritical(a) => subcritical::run(a),
        Command::Classify(a) => classify::run(a),
        Command::Sweep(a) => sweep::run(a),
        Command::RegimeMap(a) => regime_map::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Tamper(a) => tamper::run(a),
        Command::Completions(a) => completions(a),
        Command::Man(a) => man(a),
        Command::Precision(a) => precision::run(a),
    };
    result.unwrap_or_else(|e| {
        eprintln!("error: {}", output::one_line(&args::render(&e)));
        Exit::Error
    })
}

/// `eoscert completions SHELL`: the completion script of the whole interface.
fn completions(args: CompletionsArgs) -> Result<Exit, Error> {
    let mut text = Vec::new();
    clap_complete::generate(args.shell, &mut command(), "eoscert", &mut text);
    outln!("{}", String::from_utf8_lossy(&text).trim_end());
    Ok(Exit::Verified)
}

/// `eoscert man`: the man page of `eoscert`, or one page per subcommand into a folder.
fn man(args: ManArgs) -> Result<Exit, Error> {
    let cmd = command();
    let render = |cmd: clap::Command| {
        let mut text = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut text)
            .expect("writing to memory");
        text
    };
    let Some(dir) = &args.out_dir else {
        outln!("{}", String::from_utf8_lossy(&render(cmd)).trim_end());
        return Ok(Exit::Verified);
    };
    // A folder of output files is created if missing, as for every `--out DIR`.
    args::create_dir(dir)?;
    let mut pages = vec![("eoscert.1".to_string(), render(cmd.clone()))];
    for sub in cmd.get_subcommands() {
        let name = format!("eoscert-{}", sub.get_name());
        let page = sub
            .clone()
            .display_name(name.clone())
            .bin_name(format!("eoscert {}", sub.get_name()));
        pages.push((format!("{name}.1"), render(page)));
    }
    for (file, text) in pages {
        let path = dir.join(file);
        std::fs::write(&path, text).map_err(|source| io_error(&path, source))?;
    }
    note!(
        "wrote {} man pages to {}",
        cmd.get_subcommands().count() + 1,
        dir.display()
    );
    Ok(Exit::Verified)
}

/// `eoscert info`: the model constants, enclosed. `--json` prints them in the certificate
/// envelope (`schema`, `claim = "constants"`, `model`, `backend`, `rigorous`, `quantities`)
/// but without `verified` and `evidence`: it is a report, and `eoscert check` refuses it as
/// not a certificate.
fn info(args: InfoArgs) -> Result<Exit, Error> {
    let model = args.model.build()?;
    let backend = args.backend;
    let bar = output::spinner("enclosing the model constants", args.json);
    let start = std::time::Instant::now();
    let mut table = backend.dispatch(ConstantsTask { model: &model });
    table.extend(assumption_a3_4(&model));
    bar.finish_and_clear();
    let value = serde_json::json!({
        "schema": crate::certificate::SCHEMA,
        "claim": "constants",
        "model": model.info(),
        "backend": backend.to_string(),
        "rigorous": backend.is_rigorous(),
        "quantities": table,
        "elapsed_s": start.elapsed().as_secs_f64(),
    });
    if args.json {
        output::print_json(&value);
    } else {
        outln!("constants of {} ({} backend)", model.info().kind, backend);
        output::print_quantities(&value["quantities"]);
    }
    Ok(Exit::Verified)
}

/// The hypotheses of Theorems 5.2–5.3 that depend on the model alone, for `info`:
/// `nu_over_c_lambda` (Prop. B.7, exact), `unique_flattest_minimum` (A3.4's unique minimiser
/// of λ on M) and, when A3.4 fails (inner product, d ≥ 2), `a3_4_note` saying what that means
/// for the rates.
fn assumption_a3_4(model: &Model) -> Vec<(String, serde_json::Value)> {
    use crate::certificate::{Enclosure, EnclosureExt as _, Quantity};
    use crate::certify::critical::hypotheses::nu_over_c_lambda;
    let (depth, dim) = match model {
        Model::Factorisation { .. } => (Some(model.n_params()), 0),
        Model::InnerProduct { .. } => (None, model.n_params() / 2),
    };
    let unique = depth.is_some() || dim == 1;
    let mut out = vec![
        (
            "nu_over_c_lambda".to_string(),
            Quantity::Enclosure(Enclosure::exact(&nu_over_c_lambda(depth))),
        ),
        ("unique_flattest_minimum".into(), Quantity::Bool(unique)),
    ];
    if !unique {
        out.push((
            "a3_4_note".into(),
            Quantity::Label(format!(
                "A3.4 fails: for d = {dim} ≥ 2 the flattest minima form the sphere {{u = v, ‖u‖² = Y}}, \
                 along which λ is constant (ν = 4 across it, 0 along it), so Theorems 5.2–5.3 do not \
                 apply as stated (critical certificates say instance_of_theorem_5_2: false). The exact \
                 (r, Q) reduction gives the p = 2 rates with d_M replaced by the distance to the sphere \
                 and λ − λ* = Q = ‖u − v‖²: at η_crit, ℓ and Q are Θ(1/t), and the limit point on the \
                 sphere depends on the start"
            )),
        ));
    }
    out.into_iter()
        .map(|(k, q)| (k, serde_json::to_value(q).expect("serialisable")))
        .collect()
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
    let problem = TrajectoryProblem::new(args.model.build()?, args.eta, args.init, args.steps)?;
    args.output.prepare()?;
    let mut csv = args
        .csv
        .as_deref()
        .map(output::CsvWriter::create)
        .transpose()?;
    let progress = output::progress(args.steps, args.output.json);
    let mut csv_error = None;
    let cert = prove_trajectory(&problem, args.backend, &mut |obs| {
        progress.set_position(obs.step);
        if let Some(Err(e)) = csv.as_mut().map(|w| w.write(obs)) {
            csv_error.get_or_insert(e);
        }
    })?;
    progress.finish_and_clear();
    if let Some(e) = csv_error {
        return Err(e);
    }
    args.output.finish(&cert)
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
    // Validate every file and the output folder before any work starts.
    let parsed = args
        .shard
        .select(claims.iter())
        .map(|(name, text)| ClaimFile::parse(name, text).map(|c| (name, text, c)))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(dir) = &args.out {
        args::create_dir(dir)?;
    }
    let bar = output::progress(parsed.len() as u64, args.json);
    let mut results = Vec::new();
    for (name, text, claim) in &parsed {
        bar.set_message(name.to_string());
        let cert = claim
            .run(&mut |_| {})
            .map_err(|e| crate::claims::in_file(name, text, e))?;
        if let Some(dir) = &args.out {
            let path = dir.join(
                Path::new(name)
                    .with_extension("json")
                    .file_name()
                    .expect("file name"),
            );
            output::write_json(&path, &cert)?;
        }
        results.push((name.to_string(), cert));
        bar.inc(1);
    }
    bar.finish_and_clear();
    if args.json {
        let all: Vec<&Certificate> = results.iter().map(|(_, c)| c).collect();
        output::print_json(&all);
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
    args.output.prepare()?;
    args::create_files(&[&args.plot])?;
    let bar = output::spinner("proving", args.output.json);
    let cert = if args.flip_boundary {
        prove_flip_boundary(args.depth, &args.target, &args.width, args.backend)?
    } else {
        let problem = OrbitProblem {
            depth: args.depth,
            target: args.target.clone(),
            eta: args
                .eta
                .clone()
                .expect("clap: --eta unless --flip-boundary"),
        };
        let cert = prove_period_two(&problem, args.backend)?;
        if let Some(path) = &args.plot {
            plot_orbit(path, &problem, &cert)?;
        }
        cert
    };
    bar.finish_and_clear();
    args.output.finish(&cert)
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
            let parse = crate::arith::parse_rational;
            let (lo, hi) = (parse(&e.lo).ok()?, parse(&e.hi).ok()?);
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
