//! Guard a float kernel of a map that is not a least-squares `Model`: the uv catapult map.
//!
//! `cargo run --release --example guard_map [CASES]` (default 1000 proptest cases of 6 steps).
//!
//! The uv model of Lewkowycz et al. (2020) (width n, label y, `eoscert::model::catapult`): with
//! g = f − y, one GD step moves the output f and the tangent kernel λ by
//!
//! ```text
//! f⁺ = f − ηgλ + η²g²f/n,        λ⁺ = λ − 4ηgf/n + η²g²λ/n.
//! ```
//!
//! The exact map is written once over `Scalar` ([`GenericMap`]) with the library's own
//! `UvConstants::step` (the factor form of `eoscert::dynamics::Uv`, which the catapult prover uses), and `Guard::for_map` encloses it from
//! each float input. Two f64 kernels a downstream crate might write, in the direct form above,
//! are checked from random starts in the catapult regime (y = 0, n = 100, η = 1,
//! f₀ ∈ [0.01, 0.1], ηλ₀ ∈ [2.2, 3]; each case a 6-step trajectory re-anchored on the
//! kernel's own iterate). Six steps keep f in the growth phase: at the catapult's peak
//! f⁺ = f(1 + η²f²/n − ηλ) cancels, and there every float kernel is many ulps off relative to
//! f⁺ (the guard measures ulps of the output).
//!
//! 1. **fma**: `f⁺ = fma(−ηg, λ, fma(f, c, f))`, `λ⁺ = fma(−4ηg/n, f, fma(λ, c, λ))` with
//!    `c = (ηg)²/n`; stated tolerance [`ULPS`] (it must pass);
//! 2. **first-order λ**: the same with the `η²g²λ/n` term of λ⁺ left out (the "linearised
//!    kernel" slip); it must be caught.
//!
//! Exits with status 1 if the fma kernel exceeds its tolerance or the buggy one is not caught.

use eoscert::arith::{Scalar, parse_rational};
use eoscert::guard::{GenericMap, Guard, deterministic_runner};
use eoscert::model::catapult::UvConstants;
use num_rational::BigRational;
use proptest::strategy::Strategy;
use proptest::test_runner::TestError;

/// The tolerance stated for the fma kernel, in ulps beyond the floats adjacent to the exact step.
const ULPS: u64 = 2;
const N: f64 = 100.0;
const ETA: f64 = 1.0;
const Y: f64 = 0.0;

/// The exact uv map on the state (f, λ), in any backend.
struct Uv {
    width: u64,
    label: BigRational,
    eta: BigRational,
}

impl GenericMap for Uv {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let k: UvConstants<S> = UvConstants::new(self.width, &self.label, &self.eta, ctx);
        let g = x[0].clone() - k.y.clone();
        let (g_next, lambda_next, _) = k.step(&g, &x[1]);
        vec![k.y + g_next, lambda_next]
    }
}

/// The direct form with fused multiply-adds; `second_order_lambda = false` is the bug.
fn kernel(x: &mut [f64], second_order_lambda: bool) {
    let (f, lambda) = (x[0], x[1]);
    let eg = ETA * (f - Y);
    let c = eg * eg / N;
    x[0] = (-eg).mul_add(lambda, f.mul_add(c, f));
    let lambda_c = if second_order_lambda {
        lambda.mul_add(c, lambda)
    } else {
        lambda
    };
    x[1] = (-4.0 * eg / N).mul_add(f, lambda_c);
}

fn main() {
    let cases: u32 = std::env::args().nth(1).map_or(1000, |s| {
        s.parse().expect("CASES must be a positive integer")
    });
    let map = Uv {
        width: 100,
        label: parse_rational("0").unwrap(),
        eta: parse_rational("1").unwrap(),
    };
    let guard = Guard::for_map(map).with_ulps(ULPS);
    let points = (0.01..=0.1, 2.2..=3.0).prop_map(|(f, l): (f64, f64)| vec![f, l / ETA]);
    let mut failed = false;
    for (name, second_order) in [("fma", true), ("first-order λ", false)] {
        let mut runner = deterministic_runner(cases);
        let start = std::time::Instant::now();
        let result = guard.run(&mut runner, &points, 6, |x| kernel(x, second_order));
        let secs = start.elapsed().as_secs_f64();
        match (result, second_order) {
            (Ok(report), true) => {
                println!("{name:14} passes ({ULPS} ulps): {report} [{secs:.2} s]");
            }
            (Err(TestError::Fail(why, start)), false) => {
                println!("{name:14} caught: shrunk start {start:?}: {why}");
            }
            (Ok(report), false) => {
                println!("{name:14} NOT caught: {report}");
                failed = true;
            }
            (Err(e), _) => {
                println!("{name:14} fails: {e}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
}
