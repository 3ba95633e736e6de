//! `eoscert::guard` catching buggy GD kernels.
//!
//! `cargo run --release --example guard_buggy`
//!
//! Three kernels for the depth-5 factorisation ℓ(θ) = ½(θ₁⋯θ₅ − 1)² at η = 2/5, each with a bug
//! that real code has, and each plausible enough to pass a "the loss goes down" smoke test:
//!
//! 1. **stale product**: f(θ) is cached from the previous call (computed for the loss log) and
//!    reused in the next step's residual;
//! 2. **in-place update**: θᵢ is overwritten before the gradient of the later coordinates is
//!    formed, so ∂f/∂θⱼ (j > i) uses the new θᵢ (a Gauss–Seidel sweep, not GD);
//! 3. **f32 accumulation**: the product is accumulated in `f32`.
//!
//! Each is run through the guard's proptest harness (500 cases of 20-step trajectories from
//! θ₀ ∈ [0.9, 1.1]⁵, tolerance 4 ulps); the stale product's cache also carries over from one
//! proptest case to the next, as it would between a user's calls. proptest shrinks the start, and the guard's violation says
//! where and by how many ulps. The example exits with status 1 if a kernel is *not* caught.

use std::cell::Cell;

use eoscert::arith::parse_rational;
use eoscert::guard::{Guard, deterministic_runner};
use eoscert::model::Model;
use proptest::test_runner::TestError;

const ETA: f64 = 0.4;

/// A GD step in place.
type Kernel<'a> = &'a dyn Fn(&mut [f64]);

/// The residual-scaled step e = η(f − 1) and the gradient gᵢ = ∏_{j≠i} θⱼ, applied to `theta`.
fn apply(theta: &mut [f64], f: f64) {
    let e = ETA * (f - 1.0);
    let g: Vec<f64> = (0..theta.len())
        .map(|i| {
            (0..theta.len())
                .filter(|&j| j != i)
                .map(|j| theta[j])
                .product()
        })
        .collect();
    for (t, gi) in theta.iter_mut().zip(g) {
        *t -= e * gi;
    }
}

fn main() {
    let model = Model::factorisation(5, parse_rational("1").unwrap()).unwrap();
    let guard = Guard::new(model, parse_rational("2/5").unwrap())
        .unwrap()
        .with_ulps(4);
    let points = guard.points(0.9, 1.1).unwrap();

    let cache = Cell::new(None::<f64>);
    let stale_product = |t: &mut [f64]| {
        let fresh: f64 = t.iter().product();
        // Bug: the product of the previous call is used (the first call has none cached).
        let f = cache.replace(Some(fresh)).unwrap_or(fresh);
        apply(t, f);
    };
    let in_place = |t: &mut [f64]| {
        let e = ETA * (t.iter().product::<f64>() - 1.0);
        for i in 0..t.len() {
            // Bug: t[j] for j < i has already been updated.
            let g: f64 = (0..t.len()).filter(|&j| j != i).map(|j| t[j]).product();
            t[i] -= e * g;
        }
    };
    let f32_product = |t: &mut [f64]| {
        // Bug: the product is accumulated in single precision.
        let f = t.iter().map(|&x| x as f32).product::<f32>();
        apply(t, f64::from(f));
    };
    let correct = |t: &mut [f64]| {
        let f = t.iter().product();
        apply(t, f);
    };

    let kernels: [(&str, Kernel); 4] = [
        ("stale product", &stale_product),
        ("in-place update", &in_place),
        ("f32 product", &f32_product),
        ("the same kernel without a bug", &correct),
    ];
    let mut missed = false;
    for (name, kernel) in kernels {
        cache.set(None);
        let mut runner = deterministic_runner(500);
        match guard.run(&mut runner, &points, 20, kernel) {
            Err(TestError::Fail(reason, start)) => {
                println!("{name}: CAUGHT\n  shrunk start θ₀ = {start:?}\n  {reason}");
            }
            Err(e) => {
                println!("{name}: proptest aborted: {e}");
                missed = true;
            }
            Ok(report) => {
                println!("{name}: passed ({report})");
                if name != "the same kernel without a bug" {
                    missed = true;
                }
            }
        }
    }
    if missed {
        std::process::exit(1);
    }
}
