//! Guard a fused-multiply-add GD kernel with `eoscert::guard`.
//!
//! `cargo run --release --example guard_fma [CASES]` (default 1000 proptest cases of 20 steps).
//!
//! The kernel below is what a downstream crate might write for the deep scalar factorisation
//! ℓ(θ) = ½(θ₁⋯θ_p − y)²: prefix products, the residual fused into the last product
//! (`mul_add(θ_p, −y)`, one rounding instead of two), and the update θᵢ ← θᵢ − e·gᵢ as one
//! `mul_add`. It is checked for p = 2 at η = η_crit = 1 and for p = 5 at η = η_crit = 2/5 (the
//! kernel uses the double nearest 2/5; the guard compares with the exact step at η = 2/5), from
//! random starts near the minimiser θ* = 1, each case a 20-step trajectory re-anchored on the
//! kernel's own iterate. The library's own fast path (`FastGd`, separate multiply and add) is
//! measured on the same cases for comparison.
//!
//! The stated tolerance is 2 ulps beyond the two floats adjacent to the exact step; the example
//! exits with status 1 if either kernel exceeds it (the guard's violation is printed).

use eoscert::arith::parse_rational;
use eoscert::guard::{Guard, deterministic_runner};
use eoscert::model::{Model, fast::FastGd};
use num_traits::ToPrimitive;

/// A GD step in place.
type Kernel<'a> = Box<dyn Fn(&mut [f64]) + 'a>;

/// The tolerance in ulps stated for both kernels.
const ULPS: u64 = 2;

/// One GD step of the factorisation with fused multiply-adds (any depth p ≤ 64).
fn fma_step(theta: &mut [f64], eta: f64, y: f64) {
    let p = theta.len();
    let mut prefix = [0.0f64; 64];
    let mut running = 1.0;
    for (q, t) in prefix.iter_mut().zip(&theta[..p - 1]) {
        *q = running;
        running *= t;
    }
    prefix[p - 1] = running;
    // r = θ₁⋯θ_p − y with the last product and the subtraction fused.
    let r = running.mul_add(theta[p - 1], -y);
    let e = eta * r;
    let mut suffix = 1.0;
    for i in (0..p).rev() {
        let g = prefix[i] * suffix;
        suffix *= theta[i];
        theta[i] = (-e).mul_add(g, theta[i]);
    }
}

fn main() {
    let cases: u32 = std::env::args().nth(1).map_or(1000, |s| {
        s.parse().expect("CASES must be a positive integer")
    });
    let mut failed = false;
    for (p, eta, lo, hi) in [(2, "1", 0.8, 1.25), (5, "2/5", 0.9, 1.1)] {
        let model = Model::factorisation(p, parse_rational("1").unwrap()).unwrap();
        let eta_exact = parse_rational(eta).unwrap();
        let eta_f64 = eta_exact.to_f64().unwrap();
        let guard = Guard::new(model.clone(), eta_exact)
            .unwrap()
            .with_ulps(ULPS);
        let points = guard.points(lo, hi).unwrap();
        let fast = FastGd::new(&model, eta_f64);
        let kernels: [(&str, Kernel); 2] = [
            ("fma kernel", Box::new(|t| fma_step(t, eta_f64, 1.0))),
            (
                "FastGd",
                Box::new(|t| {
                    fast.step_unchecked(t);
                }),
            ),
        ];
        for (name, kernel) in kernels {
            // A fixed seed: the same cases on every run (and for both kernels).
            let mut runner = deterministic_runner(cases);
            match guard.run(&mut runner, &points, 20, kernel) {
                Ok(report) => {
                    println!("p = {p}, η = {eta}, θ₀ ∈ [{lo}, {hi}]^{p}, {name}: {report}");
                    if let Some(worst) = &report.worst {
                        println!("  worst: {worst}");
                    }
                }
                Err(e) => {
                    println!("p = {p}, η = {eta}, {name}: FAILED ({ULPS} ulps): {e}");
                    failed = true;
                }
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
