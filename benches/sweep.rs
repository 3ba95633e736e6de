//! Throughput of the batched float64 learning-rate sweep (`eoscert sweep`'s engine,
//! [`eoscert::certify::sweep::sweep`]): lane-steps per second (one lane-step = one GD step at one
//! learning rate) over all cores, p = 2 and p = 5, recording the last 4 iterates as the CLI does.
//! The side-by-side numbers against numpy and JAX and the roofline come from
//! `bash benches/anchors/run.sh`. Run: `cargo bench --bench sweep`.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use eoscert::certify::sweep::sweep;
use std::sync::atomic::AtomicU64;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("sweep");
    g.sample_size(10);
    let (points, steps) = (20_000usize, 10_000u64);
    g.throughput(Throughput::Elements(points as u64 * steps));
    let cases: [(&str, usize, f64, f64, &[f64]); 2] = [
        ("p2", 2, 0.5, 1.3, &[1.3, 0.77]),
        ("p5", 5, 0.2, 0.45, &[1.03, 0.98, 1.01, 0.99, 1.02]),
    ];
    for (name, depth, lo, hi, init) in cases {
        g.bench_function(name, |b| {
            b.iter(|| {
                sweep(
                    depth,
                    1.0,
                    lo,
                    hi,
                    points,
                    init,
                    steps,
                    4,
                    &AtomicU64::new(0),
                )
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
