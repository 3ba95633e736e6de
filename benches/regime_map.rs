//! Cost of the whole regime map over [η_crit/2, end of the period-8 window] (windows 1, 2, 4, 8,
//! gap 1e-6, window ends at mpfr:256), per (p, y) of the targets; and of its exact check.
//! Run: `cargo bench --bench regime_map`.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::{Criterion, criterion_group, criterion_main};
use eoscert::arith::parse_rational;
use eoscert::certificate::check::check;
use eoscert::certify::regime_map::{RegimeMapProblem, prove_regime_map};
use std::hint::black_box;
use std::time::Duration;

fn problem(p: usize, y: &str, hi: &str) -> RegimeMapProblem {
    let q = |s: &str| parse_rational(s).unwrap();
    let yf: f64 = y.parse().unwrap();
    let pf = p as f64;
    let crit = 2.0 / (pf * yf.powf(2.0 - 2.0 / pf));
    RegimeMapProblem {
        depth: p,
        target: q(y),
        eta_lo: eoscert::arith::parse::rational_from_f64(crit / 2.0).unwrap(),
        eta_hi: q(hi),
        max_period: 8,
        gap: q("1e-6"),
        end_bits: 256,
    }
}

fn regime_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("regime_map");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    // HI: just below the end of the period-8 window (enclosed by the map itself).
    for (p, y, hi) in [
        (2usize, "1", "1.2992279396"),
        (3, "1", "0.8749877612"),
        (5, "1", "0.5273462634"),
        (2, "2", "0.6496139698"),
    ] {
        let pr = problem(p, y, hi);
        group.bench_function(format!("prove/p{p}_y{y}"), |b| {
            b.iter(|| black_box(prove_regime_map(black_box(&pr)).unwrap()))
        });
        let cert = prove_regime_map(&pr).unwrap();
        assert!(cert.verified, "{}", cert.reason);
        group.bench_function(format!("check/p{p}_y{y}"), |b| {
            b.iter(|| black_box(check(black_box(&cert)).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, regime_map);
criterion_main!(benches);
