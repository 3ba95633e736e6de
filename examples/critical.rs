//! Measure the certified widths and throughput of the critical engine.
//!
//! `cargo run --release --example critical -- P MIDPOINT STEPS [COORDS]`, e.g.
//! `cargo run --release --example critical -- 2 f64 10000000`.

use eoscert::arith::parse_rational;
use eoscert::certificate::Quantity;
use eoscert::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use eoscert::model::Model;
use num_traits::ToPrimitive;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let p: usize = args.get(1).map_or(2, |s| s.parse().unwrap());
    let mid = match args.get(2).map_or("f64", |s| s.as_str()) {
        "float128" | "fixed128" => Midpoint::Float128,
        _ => Midpoint::F64,
    };
    let steps: u64 = args
        .get(3)
        .map_or(10_000_000, |s| s.parse::<f64>().unwrap() as u64);
    let coords = match args.get(4).map(|s| s.as_str()) {
        Some("theta") => Coordinates::Theta,
        _ => Coordinates::Auto,
    };
    let init: Vec<_> = if p == 2 {
        vec!["13/10", "4/5"]
    } else {
        // a tangent offset plus a normal offset around θ* = 1
        [
            "1.03", "0.98", "1.01", "0.99", "1.02", "0.97", "1.01", "1.0",
        ][..p]
            .to_vec()
    }
    .into_iter()
    .map(|s| parse_rational(s).unwrap())
    .collect();
    let prob = CriticalProblem {
        all_time: false,
        model: Model::Factorisation {
            depth: p,
            target: parse_rational("1").unwrap(),
        },
        init,
        eta: None,
        steps,
        checkpoints: vec![],
        midpoint: mid,
        coordinates: coords,
    };
    let t0 = std::time::Instant::now();
    let cert = prove_critical(&prob, |_| {}).unwrap();
    let dt = t0.elapsed().as_secs_f64();
    println!(
        "p={p} midpoint={mid:?} steps={steps} verified={} {} time={dt:.3}s rate={:.3e} steps/s",
        cert.verified,
        cert.reason,
        steps as f64 / dt
    );
    for (k, v) in &cert.quantities {
        if let Quantity::Enclosure(e) = v {
            let w = parse_rational(&e.hi).unwrap() - parse_rational(&e.lo).unwrap();
            let w = w.to_f64().unwrap();
            println!("  {k}: [{}, {}]  width ≈ {w:.3e}", e.lo, e.hi);
        }
    }
}
