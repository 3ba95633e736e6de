//! The nonasymptotic claim: a verified bound re-checks, sampled float runs respect it (sanity,
//! with slack), undecided boxes are listed and never verified, and checker mutations fail.

use eoscert::arith::{Backend, parse_rational};
use eoscert::certificate::EnclosureExt as _;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity};
use eoscert::certify::bound::{BoundProblem, Domain, prove_bound};
use num_traits::ToPrimitive;

fn q(s: &str) -> num_rational::BigRational {
    parse_rational(s).unwrap()
}

fn domain(x: (&str, &str), y: (&str, &str), h: (&str, &str)) -> Domain {
    Domain {
        x: (q(x.0), q(x.1)),
        y: (q(y.0), q(y.1)),
        h: (q(h.0), q(h.1)),
    }
}

fn prove(phi: &str, d: Domain) -> Certificate {
    let p = BoundProblem::new(phi.parse().unwrap(), d, 2000, 8).unwrap();
    prove_bound(&p, Backend::Mpfr(256)).unwrap()
}

fn value(c: &Certificate, name: &str) -> f64 {
    match &c.quantities[name] {
        Quantity::Enclosure(e) => q(&e.hi).to_f64().unwrap(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn verified_bound_rechecks_and_holds_on_samples() {
    for phi in ["quad", "pseudo-huber"] {
        let c = prove(phi, domain(("3", "5"), ("0.2", "0.3"), ("0.05", "0.06")));
        assert!(c.verified, "{}", c.reason);
        assert!(check(&c).unwrap().verified);
        let (t0, cc, rho) = (value(&c, "t0") as i32, value(&c, "c"), value(&c, "rho"));
        assert!(rho < 1.0);
        // Sanity (floats, not a proof): sampled runs stay below the bound, with 1e-6 slack.
        for (x0, y0, h) in [
            (3.0, 0.2, 0.05),
            (5.0, 0.3, 0.06),
            (4.0, 0.26, 0.055),
            (3.3, 0.29, 0.06),
        ] {
            let (mut x, mut y) = (x0, y0);
            for t in 0..200 {
                let r: f64 = x * y - 1.0;
                let loss = if phi == "quad" {
                    r * r / 2.0
                } else {
                    (1.0 + r * r).sqrt() - 1.0
                };
                if t >= t0 {
                    assert!(
                        loss <= cc * rho.powi(t - t0) * (1.0 + 1e-6) + 1e-300,
                        "{phi} t = {t}"
                    );
                }
                let g = if phi == "quad" {
                    r
                } else {
                    r / (1.0 + r * r).sqrt()
                };
                (x, y) = (x - h * g * y, y - h * g * x);
            }
        }
    }
}

#[test]
fn undecided_boxes_are_listed_and_not_verified() {
    // The h range reaches the catapult regime (h·q₀ > 2): interval boxes cannot follow it.
    let c = prove(
        "pseudo-huber",
        domain(("3", "5"), ("0.2", "0.3"), ("0.05", "0.1")),
    );
    assert!(!c.verified);
    let listed = c.evidence["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b.get("undecided").is_some())
        .count();
    assert!(listed > 0);
    assert_eq!(
        c.quantities["undecided"],
        Quantity::Enclosure(Enclosure::exact(&q(&listed.to_string())))
    );
    assert!(!check(&c).unwrap().verified);
    // Forging verified: true is rejected (undecided boxes).
    let mut forged = c.clone();
    forged.verified = true;
    assert!(check(&forged).is_err());
}

#[test]
fn super_quadratic_and_bad_domains_are_rejected() {
    let d = domain(("3", "5"), ("0.2", "0.3"), ("0.05", "0.06"));
    for phi in ["quartic", "power:3"] {
        assert!(BoundProblem::new(phi.parse().unwrap(), d.clone(), 100, 4).is_err());
    }
    let empty = domain(("5", "3"), ("0.2", "0.3"), ("0.05", "0.06"));
    assert!(BoundProblem::new("quad".parse().unwrap(), empty, 100, 4).is_err());
    let zero_h = domain(("3", "5"), ("0.2", "0.3"), ("0", "0.06"));
    assert!(BoundProblem::new("quad".parse().unwrap(), zero_h, 100, 4).is_err());
}

#[test]
fn checker_rejects_mutations() {
    let base = prove("quad", domain(("3", "5"), ("0.2", "0.3"), ("0.05", "0.06")));
    assert!(check(&base).is_ok());
    let set = |c: &mut Certificate, name: &str, v: &str| {
        c.quantities.insert(
            name.into(),
            Quantity::Enclosure(Enclosure {
                lo: v.into(),
                hi: v.into(),
            }),
        );
    };
    let m = |f: &dyn Fn(&mut Certificate)| {
        let mut c = base.clone();
        f(&mut c);
        c
    };
    let cases = vec![
        (
            "box dropped",
            m(&|c| {
                c.evidence["boxes"].as_array_mut().unwrap().pop();
                set(c, "boxes", "2");
            }),
        ),
        ("domain widened", m(&|c| c.init[0] = "x:2.9:5".into())),
        ("h range widened", m(&|c| c.eta = Some("0.05:0.07".into()))),
        ("t0 lowered", m(&|c| set(c, "t0", "1"))),
        ("c lowered", m(&|c| set(c, "c", "1e-30"))),
        ("rho lowered", m(&|c| set(c, "rho", "0.01"))),
        (
            "rho tampered",
            m(&|c| c.evidence["boxes"][0]["tail"]["rho"] = "0.001".into()),
        ),
        (
            "steps tampered",
            m(&|c| c.evidence["boxes"][0]["steps"] = 1.into()),
        ),
        ("phi swapped", m(&|c| c.model.phi = Some("quartic".into()))),
    ];
    for (what, c) in cases {
        assert!(check(&c).is_err(), "{what}: accepted");
    }
}
