//! A user's program: prove 30 steps of GD on ½(θ₁θ₂ − 1)² at η = 1 from (1.25, 0.85).

use eoscert::arith::{Backend, parse_rational};
use eoscert::certify::trajectory::{TrajectoryProblem, prove_trajectory};
use eoscert::model::Model;

fn main() {
    let q = |s: &str| parse_rational(s).expect("a number");
    let model = Model::factorisation(2, q("1")).expect("a model");
    let problem =
        TrajectoryProblem::new(model, q("1"), vec![q("1.25"), q("0.85")], 30).expect("valid");
    let cert = prove_trajectory(&problem, Backend::Mpfr(256), &mut |_| {}).expect("runs");
    assert!(cert.verified, "not verified: {}", cert.reason);
    // Without inari in this build, `interval` must be a clear error, never a silent fallback.
    let interval = "interval".parse::<Backend>();
    assert_eq!(interval.is_ok(), eoscert::arith::HAS_INARI);
    println!(
        "downstream: trajectory verified; interval backend {}",
        if eoscert::arith::HAS_INARI { "present" } else { "absent (no AVX/FMA target feature)" }
    );
}
