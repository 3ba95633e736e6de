//! `eoscert sweep`: float64 learning-rate sweeps ([`crate::certify::sweep`]), CSV and an SVG
//! bifurcation diagram, with `--certify N` grid points classified rigorously and marked.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::Args;
use num_traits::ToPrimitive;

use super::output::{note, outln};
use super::{ModelArgs, args, output};
use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::certify::classify::{Regime, classify, classify_fast};
use crate::certify::sweep::{SweepRow, grid, sweep_at};
use crate::shard::Shard;

/// Arguments of `eoscert sweep`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::SWEEP)]
pub struct SweepArgs {
    #[command(flatten)]
    pub(super) model: ModelArgs,
    /// The learning-rate grid LO:HI:N (N evenly spaced points), or LO:HI with --points N.
    #[arg(long, value_name = "LO:HI:N", value_parser = args::range, allow_hyphen_values = true)]
    pub(super) eta_range: args::Range,
    /// Number of grid points (default 1000; or give N in --eta-range LO:HI:N; accepts 1e5).
    #[arg(long, value_parser = args::count_usize, allow_hyphen_values = true)]
    pub(super) points: Option<usize>,
    /// Initial point θ1,…,θp.
    #[arg(long, value_delimiter = ',', value_parser = args::exact, required = true, allow_hyphen_values = true)]
    pub(super) init: Vec<num_rational::BigRational>,
    /// GD steps per grid point (accepts 1e4).
    #[arg(long, default_value_t = 10_000, value_parser = args::count, allow_hyphen_values = true)]
    pub(super) steps: u64,
    /// Iterates kept per grid point (the bifurcation diagram).
    #[arg(long, default_value_t = 8, value_parser = args::count_usize, allow_hyphen_values = true)]
    pub(super) last: usize,
    /// CSV output: eta,step,r,loss,gn_sharpness,regime (last K iterates; diverged points: one
    /// row with step = divergence step and empty values). `regime` is the float64 label of
    /// `classify --fast` at that η (period reached with float-stable multipliers, chaotic or
    /// undetermined; no guarantee).
    #[arg(long, value_name = "FILE")]
    pub(super) csv: Option<PathBuf>,
    /// SVG plot of ‖∇f‖² of the last K iterates against η, with 2/η and λ*.
    #[arg(long, value_name = "FILE.svg")]
    pub(super) plot: Option<PathBuf>,
    /// Classify N evenly spaced grid points rigorously (at most 2000 steps each) and mark them.
    #[arg(long, default_value_t = 0, value_parser = args::count_usize, allow_hyphen_values = true)]
    pub(super) certify: usize,
    /// Sweep only shard I of N (0-based): the grid points at positions ≡ I (mod N), and the
    /// `--certify` points among them. Its CSV rows are the unsharded run's rows at those η.
    #[arg(long, value_name = "I/N")]
    pub(super) shard: Option<crate::shard::Shard>,
}

/// The largest grid accepted.
pub const MAX_POINTS: usize = 10_000_000;
/// The largest `points × steps` accepted: 10¹¹ float64 GD steps, about 100 s on two cores
/// (10⁵ × 10⁴ takes ≈ 1 s with the 8-lane p = 2 kernel; deeper models are slower).
pub const MAX_WORK: u128 = 100_000_000_000;
/// The largest `points × last` accepted: the kept iterates (24 bytes each) stay below ~1 GB.
pub const MAX_KEPT: u128 = 40_000_000;

/// Run `eoscert sweep`: validate the grid ([`grid_size`]), run the float64 sweep with a
/// progress bar ([`sweep_with_progress`]), classify the `--certify` points rigorously, and
/// write the CSV and the plot.
pub(super) fn run(args: SweepArgs) -> Result<output::Exit, Error> {
    let model = args.model.build()?;
    let crate::model::Model::Factorisation { depth, .. } = model else {
        return Err(Error::field(
            "model.kind",
            "sweep supports the factorisation",
        ));
    };
    let (eta_lo, eta_hi, init) = (&args.eta_range.lo, &args.eta_range.hi, &args.init);
    model.check_point(init)?;
    let check_end = |eta: &num_rational::BigRational| {
        crate::certify::trajectory::check_eta(eta)
            .map_err(|e| Error::field("eta_range", args::message(&e)))
    };
    check_end(eta_lo)?;
    check_end(eta_hi)?;
    let points = grid_size(&args)?;
    args::create_files(&[&args.csv, &args.plot])?;
    let f = |q: &num_rational::BigRational| q.to_f64().unwrap_or(f64::NAN);
    let y = f(model.target());
    let init_f: Vec<f64> = init.iter().map(f).collect();
    let shard = args.shard.unwrap_or_default();
    let all_etas = grid(f(eta_lo), f(eta_hi), points);
    let etas: Vec<f64> = shard.select(all_etas.iter().copied()).collect();
    if etas.is_empty() {
        return Err(Error::field(
            "shard",
            format!("{shard}: a grid of {points} points has no point for this shard"),
        ));
    }
    let (rows, elapsed) = sweep_with_progress(depth, y, &etas, &init_f, args.steps, args.last);
    let diverged = rows.iter().filter(|r| r.diverged_at.is_some()).count();
    note!(
        "swept {} learning rates × {} steps in {elapsed:.4} s ({diverged} diverged){}",
        rows.len(),
        args.steps,
        if shard.is_all() {
            String::new()
        } else {
            format!(", shard {shard} of {points} points")
        }
    );
    let certified = certify_points(
        &model,
        &all_etas,
        shard,
        init,
        args.certify,
        args.steps.min(2000),
    );
    for c in &certified {
        outln!(
            "certified η = {:.6}: {} — {}",
            c.eta,
            c.regime.as_str(),
            c.reason
        );
    }
    if let Some(path) = &args.csv {
        let labels = fast_labels(&model, &rows, init, args.steps.min(FAST_STEPS));
        write_csv(path, &rows, &labels, &certified)?;
    }
    if let Some(path) = &args.plot {
        plot(path, &rows, &certified, depth, y)?;
    }
    Ok(output::Exit::Verified)
}

/// The number of grid points (`--eta-range LO:HI:N` or `--points N`, default 1000), checked
/// against the limits on points, work (points × steps) and kept iterates (points × last)
/// before any work.
fn grid_size(args: &SweepArgs) -> Result<usize, Error> {
    let points = match (args.eta_range.points, args.points) {
        (Some(_), Some(_)) => {
            return Err(Error::field(
                "points",
                "give the number of points once: --eta-range LO:HI:N or --points N",
            ));
        }
        (Some(n), None) | (None, Some(n)) => n,
        (None, None) => 1000,
    };
    if points == 0 || points > MAX_POINTS {
        return Err(Error::field(
            "points",
            format!("{points}: expected 1..={MAX_POINTS}"),
        ));
    }
    if args.steps == 0 {
        return Err(Error::field("steps", "0: expected at least 1 step"));
    }
    if points as u128 * args.steps as u128 > MAX_WORK {
        return Err(Error::BadInput(format!(
            "--points × --steps = {} exceeds {MAX_WORK} float64 steps (about 100 s); use fewer points or steps",
            points as u128 * args.steps as u128
        )));
    }
    if points as u128 * args.last as u128 > MAX_KEPT {
        return Err(Error::BadInput(format!(
            "--points × --last = {} exceeds {MAX_KEPT} kept iterates; use fewer points or a smaller --last",
            points as u128 * args.last as u128
        )));
    }
    if args.last as u64 > args.steps + 1 || args.last > 10_000 {
        return Err(Error::field("last", "at most min(steps + 1, 10000)"));
    }
    Ok(points)
}

/// The float64 sweep ([`sweep_at`]) on its own thread, timed there, while this thread updates
/// the progress bar and wakes as soon as the sweep is done (no polling granularity in the
/// reported time). Returns the rows and the sweep's own time in seconds.
fn sweep_with_progress(
    depth: usize,
    y: f64,
    etas: &[f64],
    init: &[f64],
    steps: u64,
    last: usize,
) -> (Vec<SweepRow>, f64) {
    let progress = AtomicU64::new(0);
    let bar = output::progress(etas.len() as u64, false);
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    let out = std::thread::scope(|s| {
        let worker = s.spawn(|| {
            let start = Instant::now();
            let rows = sweep_at(depth, y, etas, init, steps, last, &progress);
            let elapsed = start.elapsed().as_secs_f64();
            // The receiver lives until the scope ends; a panic drops the sender instead.
            let _ = done_tx.send(());
            (rows, elapsed)
        });
        while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
            done_rx.recv_timeout(Duration::from_millis(100))
        {
            bar.set_position(progress.load(Ordering::Relaxed));
        }
        worker.join().expect("sweep thread")
    });
    bar.finish_and_clear();
    out
}

/// A grid point classified rigorously.
pub struct Certified {
    eta: f64,
    regime: Regime,
    reason: String,
    limit: Option<f64>,
}

/// Classify `n` evenly spaced points of the whole grid `etas` (indices k·(len − 1)/(n − 1)),
/// those whose grid index `shard` owns.
fn certify_points(
    model: &crate::model::Model,
    etas: &[f64],
    shard: Shard,
    init: &[num_rational::BigRational],
    n: usize,
    steps: u64,
) -> Vec<Certified> {
    if n == 0 {
        return Vec::new();
    }
    let idx: Vec<usize> = (0..n)
        .map(|k| {
            if n == 1 {
                0
            } else {
                k * (etas.len() - 1) / (n - 1)
            }
        })
        .filter(|&i| shard.owns(i))
        .collect();
    idx.into_iter()
        .map(|i| {
            // The grid η is a float; the certified η is that float's exact value.
            let eta_q = rational_from_f64(etas[i]).expect("finite");
            let c = classify(model, &eta_q, init, steps, None);
            let limit = c.sharpness_limit.as_ref().and_then(|e| {
                let lo = crate::arith::parse_rational(&e.lo).ok()?.to_f64()?;
                let hi = crate::arith::parse_rational(&e.hi).ok()?.to_f64()?;
                Some(0.5 * (lo + hi))
            });
            Certified {
                eta: etas[i],
                regime: c.regime,
                reason: c.reason,
                limit,
            }
        })
        .collect()
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Steps of the float64 regime label per grid point (`classify --fast`).
const FAST_STEPS: u64 = 20_000;

/// The `regime` column: the label of [`classify_fast`] at each grid η (the period 2^j actually
/// reached, checked by float Newton and float multipliers, or `chaotic` / `undetermined`; never
/// an orbit that is not float-stable there). No guarantee: float evidence.
pub(crate) fn fast_labels(
    model: &crate::model::Model,
    rows: &[SweepRow],
    init: &[num_rational::BigRational],
    steps: u64,
) -> Vec<String> {
    rows.iter()
        .map(|row| match rational_from_f64(row.eta) {
            Some(eta) => classify_fast(model, &eta, init, steps)
                .regime
                .as_str()
                .into(),
            None => Regime::Undetermined.as_str().into(),
        })
        .collect()
}

fn write_csv(
    path: &Path,
    rows: &[SweepRow],
    labels: &[String],
    certified: &[Certified],
) -> Result<(), Error> {
    let file = std::fs::File::create(path).map_err(io(path))?;
    let mut w = std::io::BufWriter::new(file);
    writeln!(w, "eta,step,r,loss,gn_sharpness,regime").map_err(io(path))?;
    for (row, label) in rows.iter().zip(labels) {
        if let Some(t) = row.diverged_at {
            writeln!(w, "{:e},{t},,,,{label}", row.eta).map_err(io(path))?;
            continue;
        }
        for (t, r, s) in &row.last {
            writeln!(w, "{:e},{t},{r:e},{:e},{s:e},{label}", row.eta, 0.5 * r * r)
                .map_err(io(path))?;
        }
    }
    for c in certified {
        writeln!(
            w,
            "# certified eta={:e} regime={} limit={:?}",
            c.eta,
            c.regime.as_str(),
            c.limit
        )
        .map_err(io(path))?;
    }
    w.flush().map_err(io(path))
}

/// One row of the sweep plot's legend: colour, a line sample or a marker, and the label.
struct LegendRow {
    colour: plotters::style::RGBAColor,
    line: bool,
    label: String,
}

/// The legend entries of the sweep plot: only what is drawn (the flip line only when it lies in
/// the η range, one row per regime among the certified points).
fn legend_rows(certified: &[Certified], depth: usize, flip_shown: bool) -> Vec<LegendRow> {
    use plotters::style::{BLACK, BLUE, Color, RED};
    let mut rows = vec![
        LegendRow {
            colour: BLACK.to_rgba(),
            line: false,
            label: "float64 GD: ‖∇f(θ_t)‖² at the last iterates".into(),
        },
        LegendRow {
            colour: RED.to_rgba(),
            line: true,
            label: "2/η (edge of stability)".into(),
        },
        LegendRow {
            colour: BLUE.to_rgba(),
            line: true,
            label: format!("λ* (flattest minimiser, depth {depth})"),
        },
    ];
    if flip_shown {
        rows.push(LegendRow {
            colour: BLACK.mix(0.3),
            line: true,
            label: "η = (√5 − 1)/y: the period-two orbit flips".into(),
        });
    }
    for regime in [
        Regime::Subcritical,
        Regime::Critical,
        Regime::Supercritical,
        Regime::Divergent,
        Regime::Undetermined,
    ] {
        if certified.iter().any(|c| c.regime == regime) {
            let where_ = if regime == Regime::Subcritical {
                " (at the proved λ∞)"
            } else {
                " (drawn at λ*/2)"
            };
            rows.push(LegendRow {
                colour: regime_colour(regime),
                line: false,
                label: format!("rigorous classify: {}{where_}", regime.as_str()),
            });
        }
    }
    rows
}

/// The marker colour of a rigorously classified point.
fn regime_colour(regime: Regime) -> plotters::style::RGBAColor {
    use plotters::style::{CYAN, Color, GREEN, MAGENTA, RED};
    match regime {
        Regime::Subcritical => GREEN.to_rgba(),
        Regime::Divergent => RED.to_rgba(),
        Regime::Undetermined => MAGENTA.to_rgba(),
        _ => CYAN.to_rgba(),
    }
}

/// The legend strip below the chart: a line sample or a marker (triangle for certified points,
/// dot for the float diagram), then the label.
fn draw_legend(
    area: &plotters::drawing::DrawingArea<plotters::backend::SVGBackend, plotters::coord::Shift>,
    rows: &[LegendRow],
) -> Result<(), String> {
    use plotters::prelude::*;
    for (i, row) in rows.iter().enumerate() {
        let y = 14 + 20 * i as i32;
        let x = 80;
        let r = if row.line {
            area.draw(&PathElement::new(
                vec![(x - 14, y), (x + 14, y)],
                row.colour.stroke_width(2),
            ))
        } else if i == 0 {
            area.draw(&Circle::new((x, y), 3, row.colour.filled()))
        } else {
            area.draw(&TriangleMarker::new((x, y), 6, row.colour.filled()))
        };
        r.map_err(|e| e.to_string())?;
        area.draw(&Text::new(
            row.label.clone(),
            (x + 26, y - 7),
            ("sans-serif", 14),
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The bifurcation diagram: ‖∇f‖² of the last iterates against η, the curves 2/η and λ*, the
/// flip line (depth 2) and the rigorously classified points; the legend below the chart.
fn plot(
    path: &Path,
    rows: &[SweepRow],
    certified: &[Certified],
    depth: usize,
    y: f64,
) -> Result<(), Error> {
    use plotters::prelude::*;
    let err = |e: String| Error::BadInput(format!("{}: plot failed: {e}", path.display()));
    // At most 2000 columns and 16 iterates per column in the SVG.
    let stride = rows.len().div_ceil(2000).max(1);
    let pts: Vec<(f64, f64)> = rows
        .iter()
        .step_by(stride)
        .flat_map(|r| {
            let k = r.last.len().saturating_sub(16);
            r.last[k..].iter().map(move |(_, _, s)| (r.eta, *s))
        })
        .filter(|(_, s)| s.is_finite())
        .collect();
    let (x0, x1) = (
        rows[0].eta,
        rows[rows.len() - 1].eta.max(rows[0].eta * (1.0 + 1e-9)),
    );
    let lambda_star = depth as f64 * y.powf(2.0 - 2.0 / depth as f64);
    let ymax = pts
        .iter()
        .map(|p| p.1)
        .fold(lambda_star, f64::max)
        .min(4.0 * lambda_star);
    // The flip of the period-two orbit (`docs/theory.md`): ηY = √5 − 1.
    let flip = (5f64.sqrt() - 1.0) / y;
    let flip_shown = depth == 2 && (x0..=x1).contains(&flip);
    let legend = legend_rows(certified, depth, flip_shown);
    let chart_height = 640;
    let root = SVGBackend::new(path, (1000, chart_height + 20 * legend.len() as u32 + 16))
        .into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let (top, bottom) = root.split_vertically(chart_height);
    let mut chart = ChartBuilder::on(&top)
        .margin(20)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .caption(
            format!("float64 GD sweep: the last iterates against η (depth {depth})"),
            ("sans-serif", 18),
        )
        .build_cartesian_2d(x0..x1, 0.0..ymax * 1.05)
        .map_err(|e| err(e.to_string()))?;
    chart
        .configure_mesh()
        .x_desc("η")
        .y_desc("‖∇f(θ_t)‖²")
        .draw()
        .map_err(|e| err(e.to_string()))?;
    chart
        .draw_series(pts.iter().map(|&p| Circle::new(p, 1, BLACK.filled())))
        .map_err(|e| err(e.to_string()))?;
    let curve: Vec<(f64, f64)> = (0..=400)
        .map(|i| x0 + (x1 - x0) * f64::from(i) / 400.0)
        .map(|x| (x, 2.0 / x))
        .filter(|(_, v)| *v <= ymax * 1.05)
        .collect();
    chart
        .draw_series(LineSeries::new(curve, RED.stroke_width(2)))
        .map_err(|e| err(e.to_string()))?;
    chart
        .draw_series(LineSeries::new(
            vec![(x0, lambda_star), (x1, lambda_star)],
            BLUE.stroke_width(2),
        ))
        .map_err(|e| err(e.to_string()))?;
    if flip_shown {
        chart
            .draw_series(LineSeries::new(
                vec![(flip, 0.0), (flip, ymax * 1.05)],
                BLACK.mix(0.3).stroke_width(2),
            ))
            .map_err(|e| err(e.to_string()))?;
    }
    chart
        .draw_series(certified.iter().map(|c| {
            let yv = c.limit.unwrap_or(lambda_star * 0.5);
            TriangleMarker::new((c.eta, yv), 6, regime_colour(c.regime).filled())
        }))
        .map_err(|e| err(e.to_string()))?;
    draw_legend(&bottom, &legend).map_err(err)?;
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}
