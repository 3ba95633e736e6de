//! Cost of one period-two proof (Krawczyk existence/uniqueness, tightening, multipliers and the
//! certificate), per backend. Run: `cargo bench --bench orbit`.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::{Criterion, criterion_group, criterion_main};
use eoscert::arith::{Backend, parse_rational};
use eoscert::certify::orbit::{OrbitProblem, prove_period_two};
use std::hint::black_box;

fn orbit(c: &mut Criterion) {
    let mut group = c.benchmark_group("period_two");
    for (p, eta) in [(2usize, "11/10"), (5, "41/100")] {
        let problem = OrbitProblem {
            depth: p,
            target: parse_rational("1").unwrap(),
            eta: parse_rational(eta).unwrap(),
        };
        for backend in [Backend::Interval, Backend::Mpfr(256)] {
            group.bench_function(format!("p{p}/{backend}"), |b| {
                b.iter(|| black_box(prove_period_two(black_box(&problem), backend).unwrap()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, orbit);
criterion_main!(benches);
