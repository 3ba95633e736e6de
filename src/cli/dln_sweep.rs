//! `eoscert dln-sweep`: float64 sweep of GD and SGD (batch 1) on seeded Gaussian sparse
//! regression, recovery error against the stepsize (Even et al., Fig. 1), CSV and SVG; the gain
//! vectors of GD and SGD at their largest convergent stepsize (`--gains-plot`); and certified
//! spot checks by the `implicit-bias` prover (`--certify N`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde_json::{Value, json};

use super::args;
use super::implicit_bias::parse_gaussian;
use super::output::{self, note, outln};
use crate::Error;
use crate::arith::Backend;
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Enclosure, format_exact};
use crate::certify::recovery_error::{Spot, certify_spot, float_offset};
use crate::model::diagonal::{Dataset, OutcomeF64, Sampler};
use crate::model::dln_sweep::{
    CoordinatePath, GainVector, Method, SweepRow, SweepSpec, coordinate_paths, gain_vectors,
    instance, median_errors, sweep,
};
use crate::plot::{Scale, Series, svg};

/// The most certified spot checks.
pub const MAX_CERTIFY: usize = 100;

/// Arguments of `eoscert dln-sweep`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::DLN_SWEEP)]
pub(super) struct DlnSweepArgs {
    /// Gaussian sparse regression n,d,s.
    #[arg(long)]
    gaussian: String,
    /// Seed of the Gaussian instance.
    #[arg(long, default_value_t = 1)]
    instance_seed: u64,
    /// Mean μ of every feature, exact (x_i ~ N(μ𝟙, I), y = Xβ*; uncentred data as in Even et
    /// al. Fig. 4).
    #[arg(long, default_value = "0", value_parser = args::exact, allow_hyphen_values = true)]
    mean: BigRational,
    /// Initialisation scale α > 0 (exact for the certified spots; the float sweep uses the
    /// nearest double).
    #[arg(long, value_parser = args::exact, allow_hyphen_values = true)]
    alpha: BigRational,
    /// Log-spaced stepsizes LO:HI:N (0 < LO ≤ HI, 1 ≤ N ≤ 10000).
    #[arg(long, value_name = "LO:HI:N", value_parser = args::range, allow_hyphen_values = true, visible_alias = "stepsizes")]
    eta_range: args::Range,
    /// SGD sampler seeds 0..K (median over the converged ones).
    #[arg(long, default_value_t = 3)]
    seeds: u64,
    /// Step budget per run (float runs and certified spots; accepts 2e5).
    #[arg(long, default_value_t = 200_000, value_parser = args::count, allow_hyphen_values = true)]
    max_steps: u64,
    /// CSV output: method,stepsize,seed,outcome,steps,error,gain_support,gain_off,error_lo,error_hi
    /// (certified spots: outcome `certified` / `not-certified`, the enclosure in error_lo/hi).
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// SVG plot: median (over seeds) ‖β∞ − β*‖² against γ, log–log, GD and SGD, certified
    /// spots marked.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// SVG plot of the gain vectors Gain_i of GD and SGD (seed 0) at the largest convergent
    /// stepsize of each, per coordinate i, supp(β*) marked.
    #[arg(long, value_name = "FILE.svg")]
    gains_plot: Option<PathBuf>,
    /// SVG plot (float64 evidence) of the coordinates β_k,i on supp(β*) against k for GD and
    /// SGD (seed 0), each at its largest convergent stepsize of the grid (the edge of stability,
    /// Even et al. Fig. 3).
    #[arg(long, value_name = "FILE.svg")]
    trajectory_plot: Option<PathBuf>,
    /// Steps shown by --trajectory-plot (accepts 1e4).
    #[arg(long, default_value_t = 10_000, value_parser = args::count, allow_hyphen_values = true)]
    trajectory_steps: u64,
    /// CSV of the gain vectors: method,stepsize,seed,coordinate,support,gain.
    #[arg(long, value_name = "FILE")]
    gains_csv: Option<PathBuf>,
    /// Certify N stepsizes of the grid (evenly spread, GD and SGD seed 0) with the rigorous
    /// implicit-bias prover and report the enclosed ‖β∞ − β*‖².
    #[arg(long, default_value_t = 0)]
    certify: usize,
    /// Backend of the certified spots (mpfr:BITS, doubled automatically when the enclosure is
    /// the obstacle, or interval).
    #[arg(long, default_value = "mpfr:256", value_parser = args::backend)]
    backend: Backend,
    /// Write each spot certificate to DIR/spot-METHOD-J.json (for `eoscert check`; the folder is
    /// created before the sweep).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Print a JSON report instead of the table.
    #[arg(long)]
    json: bool,
    /// Worker threads.
    #[arg(long, default_value_t = 2, visible_alias = "jobs")]
    threads: usize,
}

/// The log-spaced grid of `LO:HI:N` (as doubles).
fn stepsizes(range: &args::Range) -> Result<Vec<f64>, Error> {
    let bad = || {
        Error::field(
            "eta_range",
            "expected LO:HI:N with 0 < LO ≤ HI (finite doubles) and 1 ≤ N ≤ 10000",
        )
    };
    let (lo, hi) = (
        range.lo.to_f64().ok_or_else(bad)?,
        range.hi.to_f64().ok_or_else(bad)?,
    );
    let n = range.points.ok_or_else(bad)?;
    if !(lo > 0.0 && lo <= hi && hi.is_finite() && (1..=10_000).contains(&n)) {
        return Err(bad());
    }
    Ok((0..n)
        .map(|k| {
            if n == 1 {
                lo
            } else {
                lo * (hi / lo).powf(k as f64 / (n - 1) as f64)
            }
        })
        .collect())
}

/// A certified spot beside the float sweep's value at the same (method, γ, seed).
struct SpotRow {
    method: Method,
    spot: Spot,
    /// The sweep's float64 ‖β − β*‖² (NaN unless that run converged).
    float_error: f64,
}

impl SpotRow {
    /// The enclosure of ‖β∞ − β*‖², 17 significant digits, outward.
    fn enclosure(&self) -> Option<Enclosure> {
        self.spot
            .error
            .as_ref()
            .map(|(lo, hi)| Enclosure::outward(lo, hi, 17))
    }

    fn offset(&self) -> Option<f64> {
        let (lo, hi) = self.spot.error.as_ref()?;
        float_offset(self.float_error, lo, hi)
    }

    fn json(&self) -> Value {
        let steps = self
            .spot
            .certificate
            .as_ref()
            .and_then(|c| c.evidence.get("steps").cloned());
        json!({
            "method": self.method.name(),
            "stepsize": self.spot.gamma,
            "stepsize_exact": crate::arith::parse::rational_from_f64(self.spot.gamma)
                .map(|q| format_exact(&q)),
            "seed": matches!(self.method, Method::Sgd).then_some(0),
            "verified": self.spot.verified,
            "reason": self.spot.reason,
            "steps": steps,
            "recovery_error": self.enclosure(),
            "f64_error": self.float_error.is_finite().then_some(self.float_error),
            "f64_inside": self.offset().map(|o| o == 0.0),
            "f64_offset": self.offset(),
            "elapsed_s": self.spot.elapsed_s,
        })
    }
}

/// Grid indices of `k` spots spread evenly over `len` stepsizes (both ends included).
fn spread(len: usize, k: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..k)
        .map(|j| {
            if k == 1 {
                len - 1
            } else {
                j * (len - 1) / (k - 1)
            }
        })
        .collect();
    idx.dedup();
    idx
}

/// Run `eoscert dln-sweep`.
pub(super) fn dln_sweep(args: DlnSweepArgs) -> Result<output::Exit, Error> {
    let shape = parse_gaussian(&args.gaussian)?;
    let (alpha_q, alpha) = validate(&args)?;
    let backend = args.backend;
    let spec = SweepSpec {
        shape,
        alpha,
        stepsizes: stepsizes(&args.eta_range)?,
        seeds: args.seeds,
        instance_seed: args.instance_seed,
        max_steps: args.max_steps,
        tol: 1e-16,
        mean: args.mean.clone(),
    };
    let (data, beta_star) = instance(shape, args.instance_seed, &args.mean)?;
    if let Some(dir) = &args.out {
        args::create_dir(dir)?;
    }
    args::create_files(&[
        &args.csv,
        &args.plot,
        &args.gains_plot,
        &args.gains_csv,
        &args.trajectory_plot,
    ])?;
    let start = Instant::now();
    let bar = output::spinner("float64 sweep", args.json);
    let rows = sweep(&spec, args.threads)?;
    bar.finish_and_clear();
    let sweep_s = start.elapsed().as_secs_f64();
    let gains = if args.gains_plot.is_some() || args.gains_csv.is_some() || args.json {
        gain_vectors(&spec, &rows)?
    } else {
        Vec::new()
    };
    if let Some(path) = &args.trajectory_plot {
        let paths = coordinate_paths(&spec, &rows, args.trajectory_steps)?;
        plot_paths(path, &paths, &beta_star, &args, shape)?;
    }
    let spots = certify_spots(&args, &spec, &rows, &data, &beta_star, &alpha_q, backend)?;
    let gd = median_errors(&rows, Method::Gd);
    let sgd = median_errors(&rows, Method::Sgd);
    let sweep = Sweep {
        shape,
        beta_star: &beta_star,
        runs: rows.len(),
        sweep_s,
        gd: &gd,
        sgd: &sgd,
        gains: &gains,
        spots: &spots,
    };
    write_outputs(&args, &rows, &sweep)?;
    if args.json {
        output::print_json(&json_report(&args, &sweep));
    } else {
        print_report(&sweep);
    }
    // An exploration: the float sweep claims nothing, and the spots are reported (and written
    // with --out for `eoscert check`) without setting the exit status, as in `sweep`.
    Ok(output::Exit::Verified)
}

/// α (exact and as a positive double) after checking the numeric options.
fn validate(args: &DlnSweepArgs) -> Result<(BigRational, f64), Error> {
    let alpha_q = Some(args.alpha.clone())
        .filter(|a| *a > BigRational::from_integer(0.into()))
        .ok_or_else(|| Error::field("alpha", "must be a positive number"))?;
    let alpha = alpha_q
        .to_f64()
        .filter(|a| a.is_finite() && *a > 0.0)
        .ok_or_else(|| Error::field("alpha", "must be a positive double"))?;
    if args.seeds == 0 || args.seeds > 1000 {
        return Err(Error::field("seeds", "must lie in 1..=1000"));
    }
    if args.certify > MAX_CERTIFY {
        return Err(Error::field(
            "certify",
            format!("must lie in 0..={MAX_CERTIFY}"),
        ));
    }
    if args.threads == 0 || args.threads > 256 {
        return Err(Error::field("threads", "expected 1..=256"));
    }
    if matches!(args.backend, Backend::Rational) {
        return Err(Error::field(
            "backend",
            "rational: exact (S)GD doubles bit sizes every step; use mpfr:BITS",
        ));
    }
    Ok((alpha_q, alpha))
}

/// The finished sweep, as reported.
struct Sweep<'a> {
    shape: (usize, usize, usize),
    beta_star: &'a [BigRational],
    runs: usize,
    sweep_s: f64,
    gd: &'a [(f64, Option<f64>)],
    sgd: &'a [(f64, Option<f64>)],
    gains: &'a [GainVector],
    spots: &'a [SpotRow],
}

/// The files of `--out`, `--csv`, `--gains-csv`, `--gains-plot` and `--plot`.
fn write_outputs(args: &DlnSweepArgs, rows: &[SweepRow], w: &Sweep) -> Result<(), Error> {
    let (shape, gains, spots, gd, sgd) = (w.shape, w.gains, w.spots, w.gd, w.sgd);
    if let Some(dir) = &args.out {
        for (j, s) in spots.iter().enumerate() {
            if let Some(cert) = &s.spot.certificate {
                let name = format!("spot-{}-{j}.json", s.method.name());
                output::write_json(&dir.join(name), cert)?;
            }
        }
    }
    if let Some(path) = &args.csv {
        write_csv(path, rows, spots)?;
    }
    if let Some(path) = &args.gains_csv {
        write_gains_csv(path, gains)?;
    }
    if let Some(path) = &args.gains_plot {
        plot_gains(path, gains, args, shape)?;
    }
    if let Some(path) = &args.plot {
        plot_errors(path, gd, sgd, spots, args, shape)?;
    }
    Ok(())
}

/// The `--json` report.
fn json_report(args: &DlnSweepArgs, w: &Sweep) -> Value {
    let (shape, beta_star, gains, spots) = (w.shape, w.beta_star, w.gains, w.spots);
    let (gd, sgd, sweep_s) = (w.gd, w.sgd, w.sweep_s);
    let medians = |v: &[(f64, Option<f64>)]| -> Value {
        v.iter()
            .map(|(g, e)| json!({"stepsize": g, "median_error": e}))
            .collect()
    };
    let report = json!({
        "command": "dln-sweep",
        "version": env!("CARGO_PKG_VERSION"),
        "instance": {
            "gaussian": [shape.0, shape.1, shape.2],
            "instance_seed": args.instance_seed,
            "mean": format_exact(&args.mean),
            "alpha": format_exact(&args.alpha),
            "beta_star": beta_star.iter().map(format_exact).collect::<Vec<_>>(),
        },
        "seeds": args.seeds,
        "max_steps": args.max_steps,
        "rigorous": false,
        "note": "the sweep and the gains are float64 evidence; each spot is a proof by the implicit-bias prover",
        "sweep": {"gd": medians(gd), "sgd": medians(sgd), "runs": w.runs, "elapsed_s": sweep_s},
        "gains": gains.iter().map(|g| json!({
            "method": g.method.name(),
            "stepsize": g.gamma,
            "seed": g.seed,
            "gain": g.gain,
            "support": g.support,
        })).collect::<Vec<_>>(),
        "spots": spots.iter().map(SpotRow::json).collect::<Vec<_>>(),
    });
    report
}

/// The text report: medians per stepsize, mean gains on and off the support, the spots.
fn print_report(w: &Sweep) {
    let (gd, sgd, gains, spots, sweep_s) = (w.gd, w.sgd, w.gains, w.spots, w.sweep_s);
    outln!(
        "{:>12} {:>14} {:>14}",
        "stepsize",
        "gd median err",
        "sgd median err"
    );
    let show = |v: Option<f64>| v.map_or("—".to_string(), |e| format!("{e:.3e}"));
    for ((g, a), (_, b)) in gd.iter().zip(sgd) {
        outln!("{g:>12.5} {:>14} {:>14}", show(*a), show(*b));
    }
    for g in gains {
        let mean = |on: bool| {
            let v: Vec<f64> = g
                .gain
                .iter()
                .zip(&g.support)
                .filter(|(_, s)| **s == on)
                .map(|(x, _)| *x)
                .collect();
            v.iter().sum::<f64>() / v.len().max(1) as f64
        };
        outln!(
            "gains {} γ = {:.5}: mean on supp(β*) {:.4e}, off {:.4e}",
            g.method.name(),
            g.gamma,
            mean(true),
            mean(false)
        );
    }
    for s in spots {
        let head = format!("certified {} γ = {:.5}:", s.method.name(), s.spot.gamma);
        match s.enclosure() {
            Some(e) => outln!(
                "{head} ‖β∞ − β*‖² = {} ({:.2} s); f64 sweep {:.6e} {}",
                output::enclosure_text(&e),
                s.spot.elapsed_s,
                s.float_error,
                match s.offset() {
                    Some(0.0) => "inside".to_string(),
                    Some(o) => format!("outside by {o:+.2e}"),
                    None => "(did not converge)".to_string(),
                }
            ),
            None => outln!(
                "{head} not verified ({:.2} s) — {}",
                s.spot.elapsed_s,
                output::one_line(&s.spot.reason)
            ),
        }
    }
    note!(
        "{} runs in {sweep_s:.2} s (float64; not a proof){}",
        w.runs,
        if spots.is_empty() {
            String::new()
        } else {
            format!(
                "; {} certified spots in {:.2} s",
                spots.len(),
                spots.iter().map(|s| s.spot.elapsed_s).sum::<f64>()
            )
        }
    );
}

/// The `--certify N` spots: GD and SGD (batch 1, seed 0) at N stepsizes spread over the grid.
fn certify_spots(
    args: &DlnSweepArgs,
    spec: &SweepSpec,
    rows: &[SweepRow],
    data: &Dataset,
    beta_star: &[BigRational],
    alpha: &BigRational,
    backend: Backend,
) -> Result<Vec<SpotRow>, Error> {
    if args.certify == 0 {
        return Ok(Vec::new());
    }
    let idx = spread(spec.stepsizes.len(), args.certify);
    let bar = output::progress(2 * idx.len() as u64, args.json);
    let mut out = Vec::new();
    for method in [Method::Gd, Method::Sgd] {
        for &i in &idx {
            let gamma = spec.stepsizes[i];
            bar.set_message(format!("{} γ = {gamma:.4}", method.name()));
            let sampler = match method {
                Method::Gd => Sampler::Full,
                Method::Sgd => Sampler::Reshuffle { batch: 1, seed: 0 },
            };
            let spot = certify_spot(
                data,
                beta_star,
                alpha,
                gamma,
                sampler,
                args.max_steps,
                backend,
            )?;
            let float_error = rows
                .iter()
                .find(|r| r.method == method && r.gamma == gamma && r.seed == 0)
                .map_or(f64::NAN, |r| r.error);
            out.push(SpotRow {
                method,
                spot,
                float_error,
            });
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    Ok(out)
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.display().to_string(),
        source,
    }
}

fn write_csv(path: &Path, rows: &[SweepRow], spots: &[SpotRow]) -> Result<(), Error> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io(path))?);
    writeln!(
        f,
        "method,stepsize,seed,outcome,steps,error,gain_support,gain_off,error_lo,error_hi"
    )
    .map_err(io(path))?;
    for r in rows {
        let outcome = match r.outcome {
            OutcomeF64::Converged => "converged",
            OutcomeF64::Diverged => "diverged",
            OutcomeF64::Undecided => "undecided",
        };
        writeln!(
            f,
            "{},{:e},{},{outcome},{},{:e},{:e},{:e},,",
            r.method.name(),
            r.gamma,
            r.seed,
            r.steps,
            r.error,
            r.gain_support,
            r.gain_off
        )
        .map_err(io(path))?;
    }
    for s in spots {
        let steps = s
            .spot
            .certificate
            .as_ref()
            .and_then(|c| c.evidence.get("steps").and_then(Value::as_u64))
            .map_or(String::new(), |k| k.to_string());
        let (outcome, lo, hi) = match s.enclosure() {
            Some(e) => ("certified", e.lo, e.hi),
            None => ("not-certified", String::new(), String::new()),
        };
        writeln!(
            f,
            "{},{:e},0,{outcome},{steps},,,,{lo},{hi}",
            s.method.name(),
            s.spot.gamma
        )
        .map_err(io(path))?;
    }
    f.flush().map_err(io(path))
}

fn write_gains_csv(path: &Path, gains: &[GainVector]) -> Result<(), Error> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io(path))?);
    writeln!(f, "method,stepsize,seed,coordinate,support,gain").map_err(io(path))?;
    for g in gains {
        for (i, (v, s)) in g.gain.iter().zip(&g.support).enumerate() {
            writeln!(
                f,
                "{},{:e},{},{i},{s},{v:e}",
                g.method.name(),
                g.gamma,
                g.seed
            )
            .map_err(io(path))?;
        }
    }
    f.flush().map_err(io(path))
}

/// `--trajectory-plot`: β_k,i for i ∈ supp(β*) against k, GD and SGD (float64 evidence).
fn plot_paths(
    path: &Path,
    paths: &[CoordinatePath],
    beta_star: &[BigRational],
    args: &DlnSweepArgs,
    shape: (usize, usize, usize),
) -> Result<(), Error> {
    let support: Vec<usize> = (0..beta_star.len())
        .filter(|&i| !num_traits::Zero::is_zero(&beta_star[i]))
        .collect();
    let mut labels = Vec::new();
    for p in paths {
        let m = match p.method {
            Method::Gd => "GD",
            Method::Sgd => "SGD (b = 1, seed 0)",
        };
        for &i in &support {
            labels.push(format!("{m}, γ = {:.4}: β_{}", p.gamma, i + 1));
        }
    }
    let mut series = Vec::new();
    let mut next = labels.iter();
    for p in paths {
        for &i in &support {
            series.push(Series {
                label: next.next().expect("one label per series"),
                points: p.path.iter().map(|(k, b)| (*k as f64, b[i])).collect(),
                line: true,
            });
        }
    }
    svg(
        path,
        &format!(
            "float64: β_k on supp(β*) at the largest convergent γ, Gaussian (n,d,s) = {:?} seed {}, α = {}",
            shape, args.instance_seed, args.alpha
        ),
        ("step k", "β_k,i"),
        Scale::Linear,
        &series,
    )
}

fn plot_gains(
    path: &Path,
    gains: &[GainVector],
    args: &DlnSweepArgs,
    shape: (usize, usize, usize),
) -> Result<(), Error> {
    let labels: Vec<String> = gains
        .iter()
        .flat_map(|g| {
            let m = match g.method {
                Method::Gd => "GD".to_string(),
                Method::Sgd => format!("SGD (b = 1, seed {})", g.seed),
            };
            [
                format!("{m}, γ = {:.4}", g.gamma),
                format!("{m}: i ∈ supp(β*)"),
            ]
        })
        .collect();
    let mut series = Vec::new();
    for (k, g) in gains.iter().enumerate() {
        let points = |on: Option<bool>| {
            g.gain
                .iter()
                .zip(&g.support)
                .enumerate()
                .filter(|(_, (_, s))| on.is_none_or(|o| **s == o))
                .map(|(i, (v, _))| ((i + 1) as f64, *v))
                .collect()
        };
        series.push(Series {
            label: &labels[2 * k],
            points: points(None),
            line: true,
        });
        series.push(Series {
            label: &labels[2 * k + 1],
            points: points(Some(true)),
            line: false,
        });
    }
    svg(
        path,
        &format!(
            "Gain_i = ln(α²/α∞,i²) per coordinate, Gaussian (n,d,s) = {:?} seed {}, α = {}",
            shape, args.instance_seed, args.alpha
        ),
        ("coordinate i", "Gain_i"),
        Scale::LinLog,
        &series,
    )
}

fn plot_errors(
    path: &Path,
    gd: &[(f64, Option<f64>)],
    sgd: &[(f64, Option<f64>)],
    spots: &[SpotRow],
    args: &DlnSweepArgs,
    shape: (usize, usize, usize),
) -> Result<(), Error> {
    let points =
        |v: &[(f64, Option<f64>)]| v.iter().filter_map(|(g, e)| e.map(|e| (*g, e))).collect();
    let certified = |m: Method| -> Vec<(f64, f64)> {
        spots
            .iter()
            .filter(|s| s.method == m)
            .filter_map(|s| {
                let (lo, hi) = s.spot.error.as_ref()?;
                Some((s.spot.gamma, (0.5 * (lo + hi).to_f64()?)))
            })
            .collect()
    };
    let mut series = vec![
        Series {
            label: "GD",
            points: points(gd),
            line: true,
        },
        Series {
            label: "SGD (b = 1)",
            points: points(sgd),
            line: true,
        },
    ];
    for (m, label) in [
        (Method::Gd, "GD, certified (implicit-bias proof)"),
        (Method::Sgd, "SGD seed 0, certified"),
    ] {
        let pts = certified(m);
        if !pts.is_empty() {
            series.push(Series {
                label,
                points: pts,
                line: false,
            });
        }
    }
    svg(
        path,
        &format!(
            "‖β∞ − β*‖² vs stepsize, Gaussian (n,d,s) = {:?} seed {}, α = {}, SGD median of {} seeds",
            shape, args.instance_seed, args.alpha, args.seeds
        ),
        ("stepsize γ", "‖β∞ − β*‖²"),
        Scale::LogLog,
        &series,
    )
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn spots_spread_over_the_grid() {
        assert_eq!(spread(40, 4), vec![0, 13, 26, 39]);
        assert_eq!(spread(40, 1), vec![39]);
        assert_eq!(spread(3, 5), vec![0, 1, 2]);
    }
}
