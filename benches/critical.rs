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
    let mut g = c.benchmark_group("critical-p2");
    g.sample_size(10);
    let n = 1_000_000u64;
    g.throughput(Throughput::Elements(n));
    g.bench_function("certified-f64", |b| {
        b.iter(|| prove_critical(&problem(2, &["13/10", "4/5"], n, Midpoint::F64), |_| {}).unwrap())
    });
    g.bench_function("plain-f64", |b| {
        b.iter(|| float_rq(std::hint::black_box(0.04), 0.25, 1.0, n))
    });
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
    let mut g = c.benchmark_group("critical-p5");
    g.sample_size(10);
    let n = 200_000u64;
    g.throughput(Throughput::Elements(n));
    let init = ["1.03", "0.98", "1.01", "0.99", "1.02"];
    g.bench_function("certified-f64", |b| {
        b.iter(|| prove_critical(&problem(5, &init, n, Midpoint::F64), |_| {}).unwrap())
    });
    g.bench_function("plain-f64", |b| {
        b.iter(|| {
            float_theta(
                std::hint::black_box(&[1.03, 0.98, 1.01, 0.99, 1.02]),
                1.0,
                0.4,
                n,
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
