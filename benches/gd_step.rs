//! Cost of one GD step per backend (the cost of rigour, side by side), p = 2 and p = 5,
//! plus the exact (r, Q) step for p = 2.
//!
//! Run: `cargo bench --bench gd_step`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eoscert::arith::{MpfrInterval, RationalInterval, Scalar, parse_rational};
use eoscert::model::{Model, reduced};
use std::hint::black_box;

fn setup<S: Scalar>(depth: usize, ctx: &S::Ctx) -> (Model, Vec<S>, S, S) {
    let model = Model::factorisation(depth, parse_rational("1").unwrap()).unwrap();
    let theta = (0..depth)
        .map(|i| S::from_rational(&parse_rational(&format!("1.0{i}")).unwrap(), ctx))
        .collect();
    let eta = S::from_rational(&parse_rational("0.3").unwrap(), ctx);
    let y = S::from_int(1, ctx);
    (model, theta, eta, y)
}

fn bench_backend<S: Scalar>(c: &mut Criterion, name: &str, ctx: S::Ctx) {
    let mut group = c.benchmark_group("gd_step");
    for depth in [2usize, 5] {
        let (model, theta, eta, y) = setup::<S>(depth, &ctx);
        group.bench_with_input(
            BenchmarkId::new(name, format!("p{depth}")),
            &depth,
            |b, _| b.iter(|| black_box(model.gd_step(black_box(&theta), &eta, &y))),
        );
    }
    group.finish();
}

fn backends(c: &mut Criterion) {
    bench_backend::<f64>(c, "f64", ());
    bench_backend::<inari::Interval>(c, "interval", ());
    for bits in [64u32, 128, 256, 1024] {
        bench_backend::<MpfrInterval>(c, &format!("mpfr{bits}"), bits);
    }
    bench_backend::<RationalInterval>(c, "rational", ());
}

fn reduced_step(c: &mut Criterion) {
    let mut group = c.benchmark_group("reduced_step_p2");
    let state = reduced::Reduced {
        r: 0.0625_f64,
        q: 0.16,
    };
    group.bench_function("f64", |b| {
        b.iter(|| black_box(reduced::step(black_box(&state), &1.0, &1.0)))
    });
    let i = |x: f64| inari::Interval::try_from((x, x)).unwrap();
    let state = reduced::Reduced {
        r: i(0.0625),
        q: i(0.16),
    };
    group.bench_function("interval", |b| {
        b.iter(|| black_box(reduced::step(black_box(&state), &i(1.0), &i(1.0))))
    });
    group.finish();
}

criterion_group!(benches, backends, reduced_step);
criterion_main!(benches);
