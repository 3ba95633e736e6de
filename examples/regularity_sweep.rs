//! Regularity comparison (Wang, Xu, Zhao, Tao; docs/theory.md, section 3): a sweep over the step h for each φ of the
//! family f = φ(xᵀy − 1) from (x₀, y₀) = (4, 0.26), with
//! - a **float** fast path (f64 iteration of the planar map; *not* certified) on a fine h grid,
//! - **certified** samples (`eoscert balance`, mpfr:256, checked by the independent checker) on a
//!   coarse grid.
//!
//! Writes `OUT/sweep.csv` and `OUT/regularity.svg` (h·S∞ against h, one line per φ; certified
//! samples as markers). `cargo run --release --example regularity_sweep -- [OUT]` (default
//! `target/regularity`).

use std::fmt::Write as _;

use eoscert::arith::{Backend, parse_rational};
use eoscert::certificate::Quantity;
use eoscert::certificate::check::check;
use eoscert::certify::balancing::{BalanceProblem, prove_balancing};
use eoscert::plot::{Scale, Series, svg};

/// φ′(r) in floats.
fn dphi(phi: &str, r: f64) -> f64 {
    match phi {
        "quad" => r,
        "pseudo-huber" => r / (1.0 + r * r).sqrt(),
        "logcosh" => r.tanh(),
        "power:3" => r * (1.0 + r * r).sqrt(),
        "quartic" => r + r * r * r,
        _ => unreachable!(),
    }
}

/// The float fast path: `Some(h·S∞)` if the run converges (|r| < 1e-13) within the budget.
fn float_limit(phi: &str, h: f64) -> Option<f64> {
    let (mut s, mut q) = (4.0 * 0.26, 16.0 + 0.26 * 0.26);
    for _ in 0..200_000 {
        let r: f64 = s - 1.0;
        if r.abs() < 1e-13 {
            return Some(h * q);
        }
        if !r.is_finite() || r.abs() > 1e8 {
            return None;
        }
        let g = dphi(phi, r);
        (s, q) = (
            s - h * g * q + h * h * g * g * s,
            q - 4.0 * h * g * s + h * h * g * g * q,
        );
    }
    None
}

const PHIS: &[&str] = &["quad", "pseudo-huber", "logcosh", "power:3", "quartic"];

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/regularity".into());
    std::fs::create_dir_all(&out).unwrap();
    let mut csv = String::from("phi,h,kind,h_times_s_lo,h_times_s_hi,status\n");
    let mut lines: Vec<(usize, Vec<(f64, f64)>)> = Vec::new();
    let mut dots: Vec<(usize, f64, f64)> = Vec::new();
    for (i, phi) in PHIS.iter().enumerate() {
        let mut line = Vec::new();
        for k in 10..=240 {
            let h = k as f64 * 0.005;
            match float_limit(phi, h) {
                Some(v) => {
                    line.push((h, v));
                    writeln!(csv, "{phi},{h:.3},float,{v},{v},converges").unwrap();
                }
                None => writeln!(csv, "{phi},{h:.3},float,,,no convergence").unwrap(),
            }
        }
        lines.push((i, line));
        for h in ["0.1", "0.2", "0.3", "0.5", "0.7", "0.9", "0.99"] {
            let problem = BalanceProblem::new(
                phi.parse().unwrap(),
                vec![
                    parse_rational("4").unwrap(),
                    parse_rational("0.26").unwrap(),
                ],
                parse_rational(h).unwrap(),
                20_000,
            )
            .unwrap();
            let cert = prove_balancing(&problem, Backend::Mpfr(256)).unwrap();
            let rechecked = cert.verified && check(&cert).is_ok_and(|r| r.verified);
            match (rechecked, cert.quantities.get("eta_times_sharpness")) {
                (true, Some(Quantity::Enclosure(e))) => {
                    let mid = parse_rational(&e.lo).unwrap();
                    let mid: f64 = num_traits::ToPrimitive::to_f64(&mid).unwrap();
                    dots.push((i, h.parse().unwrap(), mid));
                    writeln!(csv, "{phi},{h},certified,{},{},verified", e.lo, e.hi).unwrap();
                }
                _ => writeln!(csv, "{phi},{h},certified,,,not verified: {}", cert.reason).unwrap(),
            }
            eprintln!("{phi} h = {h}: verified {}", cert.verified);
        }
    }
    std::fs::write(format!("{out}/sweep.csv"), &csv).unwrap();

    let path = format!("{out}/regularity.svg");
    // One line per φ (f64; broken where the run does not converge), the certified samples as
    // markers, and the edge h·S∞ = 2.
    let labels: Vec<String> = PHIS.iter().map(|phi| format!("{phi} (f64)")).collect();
    let mut series: Vec<Series> = lines
        .iter()
        .map(|(i, line)| {
            let mut points = Vec::new();
            for w in line.windows(2) {
                points.push(w[0]);
                if w[1].0 - w[0].0 > 0.0051 {
                    points.push((f64::NAN, f64::NAN));
                }
            }
            points.extend(line.last());
            Series {
                label: &labels[*i],
                points,
                line: true,
            }
        })
        .collect();
    series.push(Series {
        label: "certified balancing samples (all φ)",
        points: dots.iter().map(|&(_, h, v)| (h, v)).collect(),
        line: false,
    });
    series.push(Series {
        label: "edge of stability h·S∞ = 2",
        points: vec![(0.05, 2.0), (1.2, 2.0)],
        line: true,
    });
    svg(
        std::path::Path::new(&path),
        "h·S∞ against h, f = φ(xy − 1) from (4, 0.26)",
        ("h", "h·S∞"),
        Scale::Linear,
        &series,
    )
    .unwrap();
    println!("wrote {out}/sweep.csv and {path}");
}
