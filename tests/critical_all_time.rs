//! `eoscert critical --all-time`: the trapping-region proof, its checker, and its failure modes.

use crate::util::q;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use eoscert::model::Model;
use num_traits::ToPrimitive;
use serde_json::Value;

/// `critical --all-time` at η = η_crit (not stated) for `model` from `init` over `steps` steps,
/// on the default midpoint.
pub(crate) fn problem(model: Model, init: &[&str], steps: u64) -> CriticalProblem {
    CriticalProblem {
        all_time: true,
        model,
        init: init.iter().map(|s| q(s)).collect(),
        eta: None,
        steps,
        checkpoints: vec![],
        midpoint: Midpoint::F64,
        coordinates: Coordinates::Auto,
    }
}

fn p2() -> Model {
    Model::Factorisation {
        depth: 2,
        target: q("1"),
    }
}

fn bounds(c: &Certificate, name: &str) -> (f64, f64) {
    match &c.quantities[name] {
        Quantity::Enclosure(e) => (q(&e.lo).to_f64().unwrap(), q(&e.hi).to_f64().unwrap()),
        other => panic!("{name}: {other:?}"),
    }
}

fn reference_cert() -> Certificate {
    let c = prove_critical(&problem(p2(), &["13/10", "4/5"], 100_000), |_| {}).unwrap();
    assert!(c.verified, "{}", c.reason);
    c
}

#[test]
fn all_time_band_holds_along_a_long_float_run_and_brackets_the_limit() {
    let c = reference_cert();
    let (a, b) = bounds(&c, "t_loss_all_time");
    // The target: b − a ≤ 0.1 · (predicted constant 1/4), a > 0; the band contains
    // the limit 1/4 (the region contains the fixed point of the averaged field).
    assert!(a > 0.0 && b - a <= 0.025, "[{a}, {b}]");
    assert!(a < 0.25 && 0.25 < b);
    // An independent float64 run of GD itself (θ coordinates, not the reduced map) stays in
    // a/t ≤ ℓ ≤ b/t from T₀ on; its rounding error is far below the band's width.
    let (mut x, mut y) = (1.3f64, 0.8f64);
    for t in 1..=1_000_000u64 {
        let r = x * y - 1.0;
        (x, y) = (x - r * y, y - r * x);
        if t >= 100_000 && (t % 9_973 == 0 || t <= 100_003) {
            let tl = t as f64 * 0.5 * (x * y - 1.0).powi(2);
            assert!(a < tl && tl < b, "t = {t}: t·ℓ = {tl} outside [{a}, {b}]");
        }
    }
    let r = check(&c).unwrap_or_else(|e| panic!("rejected: {e}"));
    assert!(r.verified);
}

#[test]
fn inner_product_and_general_target() {
    for (model, init) in [
        (
            Model::InnerProduct {
                dim: 3,
                target: q("2"),
            },
            vec!["1.1", "0.2", "0.3", "0.9", "0.1", "0.4"],
        ),
        (
            Model::Factorisation {
                depth: 2,
                target: q("2"),
            },
            vec!["1.8", "0.9"],
        ),
    ] {
        let c = prove_critical(&problem(model, &init, 100_000), |_| {}).unwrap();
        assert!(c.verified, "{}", c.reason);
        // Predicted t·ℓ → Y²/4 = 1 for Y = 2.
        let (a, b) = bounds(&c, "t_loss_all_time");
        assert!(a < 1.0 && 1.0 < b && b - a < 0.1, "[{a}, {b}]");
        assert!(check(&c).unwrap().verified);
    }
}

/// Apply `f` to a copy of the certificate's JSON and require the checker to reject it.
fn rejects(c: &Certificate, what: &str, f: impl Fn(&mut Value)) {
    let mut v = serde_json::to_value(c).unwrap();
    f(&mut v);
    let m: Certificate = serde_json::from_value(v).unwrap();
    assert!(check(&m).is_err(), "mutation not caught: {what}");
}

#[test]
fn checker_rejects_tampered_regions() {
    let c = reference_cert();
    let set = |v: &mut Value, k: &str, x: Value| v["evidence"]["all_time"][k] = x;
    rejects(&c, "smaller δ²", |v| {
        let d = q(v["evidence"]["all_time"]["delta2"].as_str().unwrap()) / q("16");
        set(
            v,
            "delta2",
            Value::from(eoscert::certificate::format_exact(&d)),
        );
    });
    rejects(&c, "truncated tree", |v| {
        let t = v["evidence"]["all_time"]["tree"]
            .as_str()
            .unwrap()
            .to_string();
        set(v, "tree", Value::from(&t[..t.len() - 1]));
    });
    rejects(&c, "every leaf claimed D", |v| {
        let t = v["evidence"]["all_time"]["tree"].as_str().unwrap();
        let t: String = t
            .chars()
            .map(|ch| if ch == 'S' { 'S' } else { 'D' })
            .collect();
        set(v, "tree", Value::from(t));
    });
    rejects(&c, "wrong leaf count", |v| {
        let n = v["evidence"]["all_time"]["leaves"].as_u64().unwrap();
        set(v, "leaves", Value::from(n + 1));
    });
    rejects(&c, "σ₀² · T₀ < 1", |v| {
        set(v, "sigma", Value::from("1/317"))
    });
    rejects(&c, "t0 ≠ steps", |v| set(v, "t0", Value::from(99_999)));
    rejects(&c, "bbox shrunk", |v| {
        v["evidence"]["all_time"]["bbox"][0][1] = Value::from("0.51");
    });
    rejects(&c, "P not positive definite", |v| {
        v["evidence"]["all_time"]["p"][1] = Value::from("-1");
    });
    rejects(&c, "narrowed band", |v| {
        let hi = q(v["quantities"]["t_loss_all_time"]["hi"].as_str().unwrap());
        let hi = hi - q("0.001");
        v["quantities"]["t_loss_all_time"]["hi"] =
            Value::from(eoscert::certificate::format_exact(&hi));
    });
    rejects(&c, "quantities without the region", |v| {
        v["evidence"].as_object_mut().unwrap().remove("all_time");
    });
    rejects(&c, "region without the quantities", |v| {
        v["quantities"].as_object_mut().unwrap().remove("t0");
    });
}

#[test]
fn refused_or_unproved_starts_are_explained() {
    // Too early: the state at T₀ = 1000 is too far from the power law.
    let c = prove_critical(&problem(p2(), &["13/10", "4/5"], 1000), |_| {}).unwrap();
    assert!(
        !c.verified && c.reason.contains("no trapping region"),
        "{}",
        c.reason
    );
    // Bad input: depth 3 with y^{1/3} irrational, η ≠ η_crit, a start on M.
    let p3 = Model::Factorisation {
        depth: 3,
        target: q("2"),
    };
    let mut irr = problem(p3, &["1.3", "1.2", "1.25"], 100);
    irr.eta = Some(q("0.26"));
    let e = prove_critical(&irr, |_| {}).unwrap_err();
    assert!(e.to_string().contains("η_crit"), "{e}");
    let mut off = problem(p2(), &["13/10", "4/5"], 100);
    off.eta = Some(q("0.99"));
    assert!(
        prove_critical(&off, |_| {})
            .unwrap_err()
            .to_string()
            .contains("η_crit")
    );
    let on_m = problem(p2(), &["2", "1/2"], 100);
    assert!(
        prove_critical(&on_m, |_| {})
            .unwrap_err()
            .to_string()
            .contains("on M")
    );
}

#[test]
fn start_on_l_uses_the_invariant_slice() {
    // On L (x₀ = y₀) Q_t = 0 for all t; t·r² → 1/4, so t·ℓ → 1/8 (paper 000 §6.1).
    let c = prove_critical(&problem(p2(), &["1.1", "1.1"], 100_000), |_| {}).unwrap();
    assert!(c.verified, "{}", c.reason);
    let (a, b) = bounds(&c, "t_loss_all_time");
    assert!(a < 0.125 && 0.125 < b && b - a < 0.0125, "[{a}, {b}]");
    assert_eq!(bounds(&c, "t_q_all_time"), (0.0, 0.0));
    assert!(check(&c).unwrap().verified);
    rejects(&c, "a w-range on L", |v| {
        v["evidence"]["all_time"]["bbox"][1][1] = Value::from("0.01");
    });
}
