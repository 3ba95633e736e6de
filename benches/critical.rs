//! Certified steps per second of the critical engine against the plain f64 iteration of the
//! same map (the ratio is the cost of rigour). `cargo bench --bench critical`.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use eoscert::arith::parse_rational;
use eoscert::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, float_rq, float_theta, prove_critical,
};
use eoscert::model::Model;

fn problem(p: usize, init: &[&str], steps: u64, mid: Midpoint) -> CriticalProblem {
    CriticalProblem {
        all_time: false,
        model: Model::Factorisation {
            depth: p,
            target: parse_rational("1").unwrap(),
        },
        init: init.iter().map(|s| parse_rational(s).unwrap()).collect(),
        eta: None,
        steps,
        checkpoints: vec![],
        midpoint: mid,
        coordinates: Coordinates::Auto,
    }
}

fn bench(c: &mut Criterion) {
    // The cost of rigour: certified steps (default midpoint: the compensated (r, Q) path for
    // p = 2, the double-f64 θ path for p = 3 and 5) against the plain f64 iteration of the same
    // map, 10⁶ steps each, y = 1 at η = η_crit.
    let mut g = c.benchmark_group("critical-rigour");
    g.sample_size(10);
    g.warm_up_time(std::time::Duration::from_secs(1));
    g.measurement_time(std::time::Duration::from_secs(4));
    let n = 1_000_000u64;
    g.throughput(Throughput::Elements(n));
    let cases: [(usize, &[&str], &[f64]); 3] = [
        (2, &["13/10", "4/5"], &[1.3, 0.8]),
        (3, &["1.03", "0.98", "1.01"], &[1.03, 0.98, 1.01]),
        (
            5,
            &["1.03", "0.98", "1.01", "0.99", "1.02"],
            &[1.03, 0.98, 1.01, 0.99, 1.02],
        ),
    ];
    for (p, init, theta0) in cases {
        g.bench_function(format!("p{p}-certified-f64"), |b| {
            b.iter(|| prove_critical(&problem(p, init, n, Midpoint::F64), |_| {}).unwrap())
        });
        g.bench_function(format!("p{p}-plain-f64"), |b| {
            b.iter(|| {
                if p == 2 {
                    let (r, q) = float_rq(std::hint::black_box(0.04), 0.25, 1.0, n);
                    vec![r, q]
                } else {
                    float_theta(std::hint::black_box(theta0), 1.0, 2.0 / p as f64, n)
                }
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("critical-p2-tight");
    g.sample_size(10);
    let n = 100_000u64;
    g.throughput(Throughput::Elements(n));
    g.bench_function("certified-float128", |b| {
        b.iter(|| {
            prove_critical(
                &problem(2, &["13/10", "4/5"], n, Midpoint::Float128),
                |_| {},
            )
            .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
