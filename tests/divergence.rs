//! The divergence claim of the φ family: agreement with an exact-rational run of GD, the escape
//! lemma's constants re-checked (broken constants rejected), sub-quadratic shapes refused.

use crate::util::q;
use eoscert::arith::Backend;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::balancing::{BalanceProblem, prove_balancing};
use eoscert::model::product::Phi;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive};

fn prove(phi: &str, h: &str) -> Certificate {
    let phi: Phi = phi.parse().unwrap();
    let p = BalanceProblem::new(phi, vec![q("4"), q("0.26")], q(h), 20_000).unwrap();
    prove_balancing(&p, Backend::Mpfr(256)).unwrap()
}

/// Exact GD on φ = quad, f = ½(xy − 1)², in rationals: |r| grows past 10⁶ within the escape
/// step + 3, as the lemma (|r_k| ≥ 2^{k−K}ρ) requires.
#[test]
fn quad_divergence_matches_exact_gd() {
    let c = prove("quad", "0.3");
    assert_eq!(c.claim, "divergence");
    assert!(c.verified, "{}", c.reason);
    assert_eq!(c.quantities["diverges"], Quantity::Bool(true));
    check(&c).unwrap();
    let k = c.evidence["steps"].as_u64().unwrap();
    let rho = q(c.evidence["escape"]["r_min"].as_str().unwrap());
    let (mut x, mut y, h) = (q("4"), q("0.26"), q("0.3"));
    for t in 0..=k + 2 {
        let r = &x * &y - q("1");
        if t >= k {
            let lower = &rho * BigRational::from_integer((1u64 << (t - k)).into());
            assert!(r.abs() >= lower, "step {t}: |r| = {}", r.to_f64().unwrap());
        }
        let (nx, ny) = (&x - &h * &r * &y, &y - &h * &r * &x);
        x = nx;
        y = ny;
    }
}

#[test]
fn super_quadratic_shapes_diverge_and_converging_runs_do_not() {
    for (phi, h) in [("quartic", "0.2"), ("power:3", "0.2"), ("quad", "0.99")] {
        let c = prove(phi, h);
        assert_eq!(c.claim, "divergence", "{phi} {h}");
        assert!(c.verified, "{phi} {h}: {}", c.reason);
        check(&c).unwrap();
    }
    for (phi, h) in [("quad", "0.2"), ("quartic", "0.1"), ("pseudo-huber", "0.5")] {
        let c = prove(phi, h);
        assert_eq!(c.claim, "balancing", "{phi} {h}");
    }
}

fn mutated(base: &Certificate, f: impl FnOnce(&mut Certificate)) -> Certificate {
    let mut c = base.clone();
    f(&mut c);
    c
}

#[test]
fn checker_rejects_broken_escape_lemmas() {
    let c = prove("quad", "0.3");
    check(&c).unwrap();
    let rho = q(c.evidence["escape"]["r_min"].as_str().unwrap());
    let k = c.evidence["steps"].as_u64().unwrap();
    let fmt = eoscert::certificate::format_exact;
    let cases: Vec<(&str, Certificate)> = vec![
        (
            "escape radius above |r_K|",
            mutated(&c, |c| {
                c.evidence["escape"]["r_min"] = fmt(&(&rho * q("1000"))).into();
            }),
        ),
        (
            "kappa0 too small for q_K",
            mutated(&c, |c| c.evidence["escape"]["kappa0"] = "0.001".into()),
        ),
        (
            "delta too small",
            mutated(&c, |c| c.evidence["escape"]["delta"] = "1e-30".into()),
        ),
        (
            "escape one step earlier",
            mutated(&c, |c| {
                c.evidence["steps"] = (k - 1).into();
                c.quantities.insert(
                    "escape_step".into(),
                    Quantity::Enclosure(eoscert::certificate::Enclosure {
                        lo: (k - 1).to_string(),
                        hi: (k - 1).to_string(),
                    }),
                );
            }),
        ),
        (
            "escape step misreported",
            mutated(&c, |c| {
                c.quantities.insert(
                    "escape_step".into(),
                    Quantity::Enclosure(eoscert::certificate::Enclosure {
                        lo: "2".into(),
                        hi: "2".into(),
                    }),
                );
            }),
        ),
        (
            "sub-quadratic shape",
            mutated(&c, |c| c.model.phi = Some("pseudo-huber".into())),
        ),
        (
            "diverges false",
            mutated(&c, |c| {
                c.quantities
                    .insert("diverges".into(), Quantity::Bool(false));
            }),
        ),
    ];
    for (what, c) in cases {
        assert!(check(&c).is_err(), "{what}: accepted");
    }
}
