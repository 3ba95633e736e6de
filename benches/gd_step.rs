//! Cost of one GD step per backend (the cost of rigour, side by side): `f64`, `interval`,
//! `mpfr:64/128/256/1024`, `rational` (one step from short decimals, so the "few steps" regime
//! before the bit sizes grow), for p = 2 full, p = 2 reduced (r, Q) and p = 5, plus the
//! allocation-free f64 fast path. Every step's inputs are fresh (no growth across iterations).
//!
//! Run: `cargo bench --bench gd_step`, then `python3 benches/step_table.py` for the table of
//! medians and the cost relative to the generic f64 step.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::measurement::WallTime;
use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main,
};
use eoscert::arith::{MpfrInterval, RationalInterval, Scalar, parse_rational};
use eoscert::dynamics::ReducedGd;
use eoscert::model::fast::FastGd;
use eoscert::model::{Model, reduced};
use std::hint::black_box;
use std::time::Duration;

fn setup<S: Scalar>(depth: usize, ctx: &S::Ctx) -> (Model, Vec<S>, S, S) {
    let model = Model::factorisation(depth, parse_rational("1").unwrap()).unwrap();
    let theta = (0..depth)
        .map(|i| S::from_rational(&parse_rational(&format!("1.0{i}")).unwrap(), ctx))
        .collect();
    let eta = S::from_rational(&parse_rational("0.3").unwrap(), ctx);
    let y = S::from_int(1, ctx);
    (model, theta, eta, y)
}

/// 1 s of warm-up and 2 s of measurement (criterion's defaults 3 + 5 s): each case is
/// nanoseconds to microseconds, so 100 samples still hold millions of steps, and the 28 cases
/// take ≈ 1.4 min instead of 3.7 (`cargo bench` stays under 10 minutes).
fn short(group: &mut BenchmarkGroup<'_, WallTime>) {
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
}

/// p = 2 full (θ ∈ R²), p = 2 reduced (the exact (r, Q) map, the critical engine's coordinates)
/// and p = 5 full, each one step of the generic `Model::gd_step` / `ReducedGd::step_reduced` at
/// η = 0.3.
fn bench_backend<S: Scalar>(c: &mut Criterion, name: &str, ctx: S::Ctx) {
    let mut group = c.benchmark_group("gd_step");
    short(&mut group);
    for depth in [2usize, 5] {
        let (model, theta, eta, y) = setup::<S>(depth, &ctx);
        group.bench_with_input(
            BenchmarkId::new(name, format!("p{depth}")),
            &depth,
            |b, _| b.iter(|| black_box(model.gd_step(black_box(&theta), &eta, &y))),
        );
        if depth == 2 {
            let state = reduced::Reduced {
                r: S::from_rational(&parse_rational("0.02").unwrap(), &ctx),
                q: S::from_rational(&parse_rational("0.0001").unwrap(), &ctx),
            };
            group.bench_function(BenchmarkId::new(name, "p2-reduced"), |b| {
                b.iter(|| black_box(ReducedGd::step_reduced(black_box(&state), &eta, &y)))
            });
        }
    }
    group.finish();
}

/// The f64 fast path (`FastGd`, in place, no allocation) that the sweep and the critical
/// engine's plain iteration use, against which the generic f64 step above pays its allocation.
fn fast_f64(c: &mut Criterion) {
    let mut group = c.benchmark_group("gd_step");
    short(&mut group);
    for depth in [2usize, 5] {
        let model = Model::factorisation(depth, parse_rational("1").unwrap()).unwrap();
        let gd = FastGd::new(&model, 0.3);
        let theta: Vec<f64> = (0..depth).map(|i| 1.0 + 0.01 * i as f64).collect();
        group.bench_function(BenchmarkId::new("f64-fast", format!("p{depth}")), |b| {
            b.iter_batched_ref(
                || theta.clone(),
                |th| black_box(gd.step_unchecked(th)),
                BatchSize::SmallInput,
            )
        });
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

criterion_group!(benches, backends, fast_f64);
criterion_main!(benches);
