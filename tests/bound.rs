//! The nonasymptotic claim: a verified bound re-checks, sampled float runs respect it (sanity,
//! with slack), undecided boxes are listed and never verified, and checker mutations fail.

use crate::util::q;
use eoscert::arith::Backend;
use eoscert::certificate::EnclosureExt as _;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity};
use eoscert::certify::bound::{BoundProblem, Domain, prove_bound};
use num_traits::ToPrimitive;

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

fn prove_depth(d: Domain, depth: u32) -> Certificate {
    let p = BoundProblem::new("quad".parse().unwrap(), d, 2000, depth).unwrap();
    prove_bound(&p, Backend::Mpfr(256)).unwrap()
}

fn label_count(c: &Certificate, key: &str) -> usize {
    c.evidence["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b.get(key).is_some())
        .count()
}

#[test]
fn a_range_crossing_into_divergence_gets_diverged_boxes_that_recheck() {
    // h·q₀ runs from ≈ 0.6 (converging) to ≈ 7 (divergent); the catapult band stays undecided.
    let c = prove_depth(domain(("3.4", "3.5"), ("0.4", "0.41"), ("0.05", "0.6")), 9);
    assert!(!c.verified);
    let diverged = label_count(&c, "diverges");
    let converging = label_count(&c, "tail");
    assert!(diverged > 0 && converging > 0, "{diverged} {converging}");
    assert_eq!(
        c.quantities["diverged_boxes"],
        Quantity::Enclosure(Enclosure::exact(&q(&diverged.to_string())))
    );
    // Every decided box is re-verified although the certificate is not verified.
    let report = check(&c).unwrap();
    assert!(!report.verified);
    // Float sanity (not a proof): a start in a diverged box blows up.
    let b = c.evidence["boxes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b.get("diverges").is_some())
        .unwrap();
    let lo = |k: &str| q(b[k][0].as_str().unwrap()).to_f64().unwrap();
    let (mut x, mut y, h) = (lo("x"), lo("y"), lo("h"));
    for _ in 0..40 {
        let r = x * y - 1.0;
        (x, y) = (x - h * r * y, y - h * r * x);
    }
    assert!(!(x * y).is_finite() || (x * y - 1.0).abs() > 1e6);

    let boxes = |c: &Certificate| c.evidence["boxes"].as_array().unwrap().clone();
    let di = boxes(&c)
        .iter()
        .position(|b| b.get("diverges").is_some())
        .unwrap();
    let ci = boxes(&c)
        .iter()
        .position(|b| b.get("tail").is_some())
        .unwrap();
    // A converging box relabelled as diverging (with a diverged box's escape constants).
    let mut forged = c.clone();
    let esc = c.evidence["boxes"][di]["escape"].clone();
    let bx = forged.evidence["boxes"][ci].as_object_mut().unwrap();
    bx.remove("tail");
    bx.insert("escape".into(), esc);
    bx.insert("diverges".into(), true.into());
    assert!(check(&forged).is_err(), "relabelled box accepted");
    // A shrunk escape step.
    let mut shrunk = c.clone();
    let k = c.evidence["boxes"][di]["steps"].as_u64().unwrap();
    shrunk.evidence["boxes"][di]["steps"] = (k - 1).into();
    assert!(check(&shrunk).is_err(), "shrunk escape step accepted");
    // A miscounted diverged_boxes.
    let mut miscount = c.clone();
    miscount.quantities.insert(
        "diverged_boxes".into(),
        Quantity::Enclosure(Enclosure::exact(&q(&(diverged + 1).to_string()))),
    );
    assert!(check(&miscount).is_err());
}

#[test]
fn a_fully_divergent_range_is_verified_with_only_diverged_boxes() {
    let c = prove_depth(
        domain(("3.4", "3.42"), ("0.4", "0.402"), ("0.58", "0.6")),
        6,
    );
    assert!(c.verified, "{}", c.reason);
    assert_eq!(label_count(&c, "tail"), 0);
    assert!(label_count(&c, "diverges") > 0);
    assert!(check(&c).unwrap().verified);
    // A diverging box whose h range starts below the escape lemma's worst case is rejected.
    let mut widened = c.clone();
    widened.evidence["boxes"][0]["h"][0] = "0.05".into();
    widened.eta = Some("0.05:0.6".into());
    assert!(check(&widened).is_err());
}
