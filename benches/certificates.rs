//! The cost of each certificate kind: one proof (the claim run end to end, certificate included,
//! as `eoscert prove` does it) per kind, on a claim file of the default set in `proofs/`:
//! period-two, flip-boundary, trajectory, critical (10⁶ steps, p = 2, f64 midpoint), critical
//! with the all-time trapping region, subcritical, catapult, balancing, implicit-bias (GD and
//! SGD) and dln-divergence. The float64 sweep has its own bench (`--bench sweep`), the period-two
//! proof per backend `--bench orbit`, the critical engine against the plain iteration
//! `--bench critical`.
//!
//! Run: `cargo bench --bench certificates` (10 samples per kind, ≈ 2–3 min);
//! `bash benches/anchors/run.sh` runs it and puts the table into `docs/performance.md`.

#![allow(missing_docs)] // criterion_group!/criterion_main! generate undocumented functions

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eoscert::claims::ClaimFile;
use std::hint::black_box;
use std::time::Duration;

/// (certificate kind, claim file in `proofs/`).
const KINDS: [(&str, &str); 12] = [
    ("period-two", "period-two-p2-eta1.1"),
    ("flip-boundary", "flip-boundary-p2"),
    ("trajectory", "trajectory-p2-eta1"),
    ("critical", "critical-p2"),
    ("critical-all-time", "critical-p2-all-time"),
    ("subcritical", "subcritical-p2-reference"),
    ("subcritical", "subcritical-p3-a"),
    ("catapult", "catapult-2.5"),
    ("balancing", "balancing-quad-h0.2"),
    ("implicit-bias", "implicit-bias-gd-small"),
    ("implicit-bias", "implicit-bias-sgd"),
    ("dln-divergence", "dln-divergence-gd-3"),
];

fn kinds(c: &mut Criterion) {
    let mut group = c.benchmark_group("certificate");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (kind, file) in KINDS {
        let path = format!("{}/proofs/{file}.toml", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let claim = ClaimFile::parse(file, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(claim.claim, kind.trim_end_matches("-all-time"), "{path}");
        let cert = claim.run(&mut |_| {}).expect("the claim runs");
        assert!(cert.verified, "{file}: not verified");
        group.bench_function(BenchmarkId::new(kind, file), |b| {
            b.iter(|| black_box(claim.run(&mut |_| {}).expect("the claim runs")))
        });
    }
    group.finish();
}

criterion_group!(benches, kinds);
criterion_main!(benches);
