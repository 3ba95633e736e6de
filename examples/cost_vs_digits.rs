//! Cost against certified digits: for each backend and precision, the time per
//! GD step against the number of digits still certified after T steps of the same trajectory.
//!
//! Trajectories (p = 2, y = 1):
//! - **critical**: η = η_crit = 1 from (1.3, 0.8) (ℓ(θ_t) ~ 1/(4t), Theorem 5.2);
//! - **supercritical**: η = 1.1 from (1.3, 0.77), attracted to the period-two orbit (ℓ stays
//!   ≈ 0.03, so relative widths stay meaningful at every t).
//!
//! Methods:
//! - naive interval iteration θ_{t+1} = θ_t − η(f − y)∇f with `Model::gd_step` in each rigorous
//!   backend (`interval`, `mpfr:64/128/256/1024`; `rational` for T = 6 only: the bit size of
//!   exact iterates triples per step), stopped when an enclosure of θ is wider than max(1, |θ|)
//!   (reported as "blown up");
//! - the critical engine (`prove_critical`, two-step mean-value balls in the exact reduced
//!   (r, Q) coordinates, with f64 or float128 midpoints), one run per T, also at η = 1.1;
//! - the generic f64 step (same code as the naive backends, not rigorous) as the cost reference.
//!
//! Certified digits at T = −log10((hi − lo)/|ℓ|) for the enclosure [lo, hi] of ℓ(θ_T) (for the
//! critical engine: of T·ℓ(θ_T), the same relative width); 0 where the enclosure blew up; exact
//! for the rational backend. Time per step: naive runs time only the steps (checkpoint
//! evaluation excluded), median of at least `REPEAT` runs (default 5) and
//! 0.2 s after a warm-up run (rational: one run); the critical engine
//! is timed end to end (setup and certificate included, so short runs pay their overhead),
//! median of `REPEAT` runs for T ≤ 10⁵, one run above. Not rigorous timing; the widths are the
//! certified ones.
//!
//! `cargo run --release --example cost_vs_digits -- [OUT_DIR]` (default `docs`) writes
//! `OUT_DIR/cost-vs-digits.svg` (two panels, x: certified digits, y: time per step, both log
//! scale),
//! `OUT_DIR/cost-vs-digits.csv` and `OUT_DIR/cost-vs-digits.md` (the table, with the load
//! average), and prints the table.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use eoscert::arith::{Backend, BackendTask, Scalar, parse_rational};
use eoscert::certificate::Quantity;
use eoscert::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use eoscert::model::Model;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use plotters::prelude::*;

/// Checkpoints of the naive runs (they stop at the first blow-up) and the horizons of the
/// critical engine.
const NAIVE_T: [u64; 4] = [10, 100, 1_000, 10_000];
/// The exact backend's horizon: its iterates' bit size triples per step.
const RATIONAL_T: u64 = 6;
const ENGINE_T: [u64; 6] = [100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// What an enclosure certifies: `Exact` (zero width), `Digits(d)` significant digits (d > 0), or
/// `Lost` (blown up, or not rigorous).
#[derive(Clone, Copy, Debug)]
enum Certified {
    Exact,
    Digits(f64),
    Lost,
}

/// log10 of a positive rational, accurate to double precision whatever its size.
fn log10(q: &BigRational) -> f64 {
    let part = |n: &BigInt| {
        let shift = n.bits().saturating_sub(60);
        ((n >> shift).to_f64().unwrap()).log10() + shift as f64 * std::f64::consts::LOG10_2
    };
    part(q.numer()) - part(q.denom())
}

fn digits_of(lo: &BigRational, hi: &BigRational) -> Certified {
    let width = hi - lo;
    if width.is_zero() {
        return Certified::Exact;
    }
    let scale = lo.abs().max(hi.abs());
    if scale.is_zero() {
        return Certified::Lost;
    }
    let d = -log10(&(width / scale));
    if d > 0.0 {
        Certified::Digits(d)
    } else {
        Certified::Lost
    }
}

/// One naive run: checkpoints (T, digits) up to the first blow-up, steps done, time in the steps.
struct Naive<'a> {
    model: &'a Model,
    eta: &'a BigRational,
    init: &'a [BigRational],
    checkpoints: &'a [u64],
}

struct NaiveRun {
    digits: Vec<(u64, Certified)>,
    steps: u64,
    busy: Duration,
}

impl BackendTask for Naive<'_> {
    type Output = NaiveRun;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> NaiveRun {
        let y = S::from_rational(self.model.target(), &ctx);
        let eta = S::from_rational(self.eta, &ctx);
        let mut theta: Vec<S> = self
            .init
            .iter()
            .map(|q| S::from_rational(q, &ctx))
            .collect();
        let last = *self.checkpoints.last().unwrap();
        let mut digits = Vec::new();
        let mut busy = Duration::ZERO;
        let mut segment = Instant::now();
        let mut t = 0;
        while t < last {
            theta = self.model.gd_step(&theta, &eta, &y);
            t += 1;
            if t % 8 == 0 || self.checkpoints.contains(&t) {
                let blown = theta.iter().any(|x| {
                    let scale = x.to_f64().abs().max(1.0);
                    x.width_f64().partial_cmp(&scale) != Some(std::cmp::Ordering::Less)
                });
                if blown {
                    busy += segment.elapsed();
                    digits.push((t, Certified::Lost));
                    return NaiveRun {
                        digits,
                        steps: t,
                        busy,
                    };
                }
            }
            if self.checkpoints.contains(&t) {
                busy += segment.elapsed();
                let loss = self.model.loss(&theta, &y);
                let d = match loss.bounds() {
                    Some((lo, hi)) if S::RIGOROUS => digits_of(&lo, &hi),
                    _ => Certified::Lost,
                };
                digits.push((t, d));
                segment = Instant::now();
            }
        }
        busy += segment.elapsed();
        NaiveRun {
            digits,
            steps: t,
            busy,
        }
    }
}

/// One row of the table / one point of the plot.
struct Point {
    trajectory: &'static str,
    method: String,
    t: u64,
    ns_per_step: f64,
    digits: Certified,
    note: String,
}

struct Trajectory {
    name: &'static str,
    caption: &'static str,
    eta: &'static str,
    init: [&'static str; 2],
}

const TRAJECTORIES: [Trajectory; 2] = [
    Trajectory {
        name: "critical",
        caption: "critical: p = 2, η = 1, θ₀ = (1.3, 0.8)",
        eta: "1",
        init: ["1.3", "0.8"],
    },
    Trajectory {
        name: "supercritical",
        caption: "supercritical: p = 2, η = 1.1, θ₀ = (1.3, 0.77)",
        eta: "1.1",
        init: ["1.3", "0.77"],
    },
];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn q(s: &str) -> BigRational {
    parse_rational(s).unwrap()
}

fn measure(traj: &Trajectory, repeat: usize, points: &mut Vec<Point>) {
    let model = Model::factorisation(2, q("1")).unwrap();
    let eta = q(traj.eta);
    let init: Vec<BigRational> = traj.init.iter().map(|s| q(s)).collect();
    let naive = [
        ("f64", Backend::F64),
        ("interval", Backend::Interval),
        ("mpfr:64", Backend::Mpfr(64)),
        ("mpfr:128", Backend::Mpfr(128)),
        ("mpfr:256", Backend::Mpfr(256)),
        ("mpfr:1024", Backend::Mpfr(1024)),
        ("rational", Backend::Rational),
    ];
    for (name, backend) in naive {
        let checkpoints: &[u64] = if backend == Backend::Rational {
            &[RATIONAL_T]
        } else {
            &NAIVE_T
        };
        // A warm-up run, then at least `repeat` runs and at least 0.2 s of steps (the naive runs
        // that blow up early are only tens of steps long); rational: one run.
        let mut times = Vec::new();
        let mut run = None;
        let mut total = 0.0;
        let exact = backend == Backend::Rational;
        if !exact {
            backend.dispatch(Naive {
                model: &model,
                eta: &eta,
                init: &init,
                checkpoints,
            });
        }
        while times.is_empty() || (!exact && (times.len() < repeat || total < 0.2)) {
            let r = backend.dispatch(Naive {
                model: &model,
                eta: &eta,
                init: &init,
                checkpoints,
            });
            times.push(r.busy.as_secs_f64() * 1e9 / r.steps as f64);
            total += r.busy.as_secs_f64();
            run = Some(r);
        }
        let run = run.unwrap();
        let ns = median(times);
        eprintln!("{} {name}: {ns:.1} ns/step, {:?}", traj.name, run.digits);
        if backend == Backend::F64 {
            points.push(Point {
                trajectory: traj.name,
                method: name.into(),
                t: run.steps,
                ns_per_step: ns,
                digits: Certified::Lost,
                note: "not rigorous: the cost reference".into(),
            });
            continue;
        }
        for &(t, d) in &run.digits {
            let note = match d {
                Certified::Lost => format!("blown up by step {t}"),
                _ => String::new(),
            };
            points.push(Point {
                trajectory: traj.name,
                method: name.into(),
                t,
                ns_per_step: ns,
                digits: d,
                note,
            });
        }
    }
    for (name, midpoint) in [
        ("engine f64-mid", Midpoint::F64),
        ("engine float128", Midpoint::Float128),
    ] {
        for t in ENGINE_T {
            let problem = CriticalProblem {
                model: model.clone(),
                init: init.clone(),
                eta: Some(eta.clone()),
                steps: t,
                checkpoints: vec![],
                midpoint,
                coordinates: Coordinates::Auto,
                all_time: false,
            };
            let runs = if t <= 100_000 { repeat } else { 1 };
            let mut times = Vec::new();
            let mut digits = Certified::Lost;
            let mut note = String::new();
            for _ in 0..runs {
                let start = Instant::now();
                let cert = prove_critical(&problem, |_| {}).unwrap();
                times.push(start.elapsed().as_secs_f64() * 1e9 / t as f64);
                digits = match cert.quantities.get("t_loss") {
                    Some(Quantity::Enclosure(e)) if cert.verified => {
                        digits_of(&q(&e.lo), &q(&e.hi))
                    }
                    _ => Certified::Lost,
                };
                if !cert.verified {
                    note = format!("not verified: {}", cert.reason);
                }
            }
            let ns = median(times);
            eprintln!("{} {name} T = {t}: {ns:.1} ns/step, {digits:?}", traj.name);
            points.push(Point {
                trajectory: traj.name,
                method: name.into(),
                t,
                ns_per_step: ns,
                digits,
                note,
            });
        }
    }
}

fn power_of_ten(t: u64) -> String {
    let k = (t as f64).log10().round() as u32;
    if 10u64.pow(k) != t {
        return t.to_string();
    }
    let sup: String = k
        .to_string()
        .chars()
        .map(|c| {
            "⁰¹²³⁴⁵⁶⁷⁸⁹"
                .chars()
                .nth(c.to_digit(10).unwrap() as usize)
                .unwrap()
        })
        .collect();
    format!("10{sup}")
}

const METHODS: [(&str, RGBColor); 9] = [
    ("f64", RGBColor(150, 150, 150)),
    ("interval", RGBColor(31, 119, 180)),
    ("mpfr:64", RGBColor(255, 127, 14)),
    ("mpfr:128", RGBColor(44, 160, 44)),
    ("mpfr:256", RGBColor(214, 39, 40)),
    ("mpfr:1024", RGBColor(148, 103, 189)),
    ("rational", RGBColor(140, 86, 75)),
    ("engine f64-mid", RGBColor(23, 190, 207)),
    ("engine float128", RGBColor(0, 0, 0)),
];

/// Where the plot puts enclosures that blew up (x is logarithmic) and exact results.
const X_LOST: f64 = 0.6;
const X_EXACT: f64 = 1500.0;

fn plot(path: &str, points: &[Point]) {
    let (y_lo, y_hi) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| {
        (a.min(p.ns_per_step), b.max(p.ns_per_step))
    });
    let root = SVGBackend::new(path, (1300, 640)).into_drawing_area();
    root.fill(&WHITE).unwrap();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let root = root
        .titled(
            &format!(
                "Cost per GD step against certified digits of ℓ(θ_T) after T steps (labels: T; ✗: enclosure blown up by that step; load average {})",
                load.join(" ")
            ),
            ("sans-serif", 15),
        )
        .unwrap();
    let panels = root.split_evenly((1, 2));
    for (panel, traj) in panels.iter().zip(TRAJECTORIES.iter()) {
        let mut chart = ChartBuilder::on(panel)
            .caption(traj.caption, ("sans-serif", 15))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(
                (X_LOST / 1.4..X_EXACT * 1.6).log_scale(),
                (y_lo / 2.0..y_hi * 3.0).log_scale(),
            )
            .unwrap();
        chart
            .configure_mesh()
            .light_line_style(WHITE)
            .x_desc("certified digits = −log10(relative width of the enclosure of ℓ(θ_T))")
            .y_desc("time per step")
            .x_label_formatter(&|v| format!("{v:.0}"))
            .y_label_formatter(&|v| {
                if *v >= 1e6 {
                    format!("{} ms", v / 1e6)
                } else if *v >= 1e3 {
                    format!("{} µs", v / 1e3)
                } else {
                    format!("{v} ns")
                }
            })
            .draw()
            .unwrap();
        let (y0, y1) = (y_lo / 2.0, y_hi * 3.0);
        for (x, label) in [(X_LOST, "blown up"), (X_EXACT, "exact")] {
            chart
                .draw_series(LineSeries::new([(x, y0), (x, y1)], BLACK.mix(0.15)))
                .unwrap();
            chart
                .draw_series([Text::new(label, (x * 1.05, y1 / 1.4), ("sans-serif", 12))])
                .unwrap();
        }
        for (method, colour) in METHODS {
            let mine: Vec<&Point> = points
                .iter()
                .filter(|p| p.trajectory == traj.name && p.method == method)
                .collect();
            if mine.is_empty() {
                continue;
            }
            if method == "f64" {
                let ns = mine[0].ns_per_step;
                chart
                    .draw_series(LineSeries::new(
                        [(X_LOST / 1.4, ns), (X_EXACT * 1.6, ns)],
                        colour.stroke_width(2),
                    ))
                    .unwrap()
                    .label("f64 step (not rigorous)")
                    .legend(move |(x, y)| PathElement::new([(x, y), (x + 18, y)], colour));
                continue;
            }
            let xy: Vec<(f64, f64, &Point)> = mine
                .iter()
                .map(|p| {
                    let x = match p.digits {
                        Certified::Exact => X_EXACT,
                        Certified::Digits(d) => d,
                        Certified::Lost => X_LOST,
                    };
                    (x, p.ns_per_step, *p)
                })
                .collect();
            chart
                .draw_series(LineSeries::new(
                    xy.iter().map(|&(x, y, _)| (x, y)),
                    colour.stroke_width(2),
                ))
                .unwrap()
                .label(method)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 18, y)], colour.stroke_width(2))
                });
            for &(x, y, p) in &xy {
                let font = ("sans-serif", 11).into_font().color(&colour);
                let label = match p.digits {
                    Certified::Lost => format!("✗ {}", power_of_ten(p.t)),
                    _ => power_of_ten(p.t),
                };
                let text = Text::new(label, (6, -14), font);
                match p.digits {
                    Certified::Lost => chart
                        .draw_series([EmptyElement::at((x, y))
                            + Cross::new((0, 0), 5, colour.stroke_width(2))
                            + text])
                        .unwrap(),
                    _ => chart
                        .draw_series([EmptyElement::at((x, y))
                            + Circle::new((0, 0), 4, colour.filled())
                            + text])
                        .unwrap(),
                };
            }
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.85))
            .border_style(BLACK)
            .position(SeriesLabelPosition::LowerRight)
            .draw()
            .unwrap();
    }
    root.present().unwrap();
}

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "docs".into());
    let repeat: usize = std::env::var("REPEAT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    std::fs::create_dir_all(&out).unwrap();
    let load0 = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut points = Vec::new();
    for traj in &TRAJECTORIES {
        measure(traj, repeat, &mut points);
    }
    let load1 = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = |s: &str| s.split_whitespace().take(3).collect::<Vec<_>>().join(" ");

    let mut csv = String::from("trajectory,method,T,ns_per_step,certified_digits,note\n");
    let mut md = format!(
        "Produced by `cargo run --release --example cost_vs_digits` (plot: cost-vs-digits.svg). \
         Load average {} before, {} after, on the 2 shared cores.\n\n\
         | trajectory | method | T | ns/step | certified digits of ℓ(θ_T) |\n|---|---|---|---|---|\n",
        load(&load0),
        load(&load1)
    );
    for p in &points {
        let d = match p.digits {
            Certified::Exact => "exact".to_string(),
            Certified::Digits(d) => format!("{d:.1}"),
            Certified::Lost if p.method == "f64" => "–".into(),
            Certified::Lost => "0".into(),
        };
        let d_csv = match p.digits {
            Certified::Exact => "inf".to_string(),
            Certified::Digits(d) => format!("{d:.2}"),
            Certified::Lost => "0".into(),
        };
        writeln!(
            csv,
            "{},{},{},{:.1},{},{}",
            p.trajectory, p.method, p.t, p.ns_per_step, d_csv, p.note
        )
        .unwrap();
        let note = if p.note.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.note)
        };
        writeln!(
            md,
            "| {} | {} | {} | {:.1} | {d}{note} |",
            p.trajectory,
            p.method,
            power_of_ten(p.t),
            p.ns_per_step
        )
        .unwrap();
    }
    std::fs::write(format!("{out}/cost-vs-digits.csv"), &csv).unwrap();
    std::fs::write(format!("{out}/cost-vs-digits.md"), &md).unwrap();
    plot(&format!("{out}/cost-vs-digits.svg"), &points);
    print!("{md}");
}
