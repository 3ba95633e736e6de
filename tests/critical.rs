//! Soundness of the critical engine against independent references: exact rational GD (a few
//! steps), 3000-bit MPFR GD (10³–10⁴ steps; its own error is < 2⁻²⁵⁰⁰ and irrelevant at the
//! widths checked), and the special starts on M and on L.

use crate::util::q;
use eoscert::Error;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, float_rq, prove_critical,
};
use eoscert::model::Model;
use num_rational::BigRational;
use rug::{Float, Rational};

fn problem(
    p: usize,
    init: &[&str],
    steps: u64,
    mid: Midpoint,
    coords: Coordinates,
) -> CriticalProblem {
    CriticalProblem {
        all_time: false,
        model: Model::Factorisation {
            depth: p,
            target: q("1"),
        },
        init: init.iter().map(|s| q(s)).collect(),
        eta: None,
        steps,
        checkpoints: vec![],
        midpoint: mid,
        coordinates: coords,
    }
}

fn bounds(c: &Certificate, name: &str) -> (BigRational, BigRational) {
    match &c.quantities[name] {
        Quantity::Enclosure(e) => (q(&e.lo), q(&e.hi)),
        other => panic!("{name}: {other:?}"),
    }
}

fn to_big(r: &Rational) -> BigRational {
    let s = r.to_string();
    q(&s)
}

/// Exact rational GD on ½(∏θ − y)² with η = 2/p, y = 1; returns (t·ℓ, t·‖θ − 1‖²).
fn exact_gd(init: &[&str], steps: u64) -> (Rational, Rational) {
    let p = init.len();
    let mut th: Vec<Rational> = init
        .iter()
        .map(|s| Rational::from_str_radix(&to_frac(s), 10).unwrap())
        .collect();
    let eta = Rational::from((2, p as u32));
    for _ in 0..steps {
        let f: Rational = th.iter().fold(Rational::from(1), |a, b| a * b);
        let res: Rational = &eta * (f - 1u32);
        let g: Vec<Rational> = (0..p)
            .map(|i| {
                (0..p)
                    .filter(|&j| j != i)
                    .fold(Rational::from(1), |a, j| a * &th[j])
            })
            .collect();
        for i in 0..p {
            th[i] -= Rational::from(&res * &g[i]);
        }
    }
    let f: Rational = th.iter().fold(Rational::from(1), |a, b| a * b);
    let t = Rational::from(steps);
    let loss: Rational = &t * (f - 1u32).square();
    let loss = loss / 2u32;
    let d2 = th.iter().fold(Rational::new(), |a, x| {
        a + Rational::from(x - 1u32).square()
    });
    (loss, t * d2)
}

fn to_frac(s: &str) -> String {
    let r = q(s);
    format!("{}/{}", r.numer(), r.denom())
}

/// 3000-bit MPFR GD (η = 2/p, y = 1): (t·ℓ, t·‖θ − 1‖²) as exact rationals of the computed floats.
fn mpfr_gd(init: &[&str], steps: u64) -> (BigRational, BigRational) {
    let prec = 3000;
    let p = init.len();
    let mut th: Vec<Float> = init
        .iter()
        .map(|s| Float::with_val(prec, Rational::from_str_radix(&to_frac(s), 10).unwrap()))
        .collect();
    let eta = Float::with_val(prec, Rational::from((2, p as u32)));
    for _ in 0..steps {
        let f = th.iter().fold(Float::with_val(prec, 1), |a, b| a * b);
        let res = Float::with_val(prec, &eta * (f - 1u32));
        let g: Vec<Float> = (0..p)
            .map(|i| {
                (0..p)
                    .filter(|&j| j != i)
                    .fold(Float::with_val(prec, 1), |a, j| a * &th[j])
            })
            .collect();
        for i in 0..p {
            th[i] -= Float::with_val(prec, &res * &g[i]);
        }
    }
    let f = th.iter().fold(Float::with_val(prec, 1), |a, b| a * b);
    let t = Float::with_val(prec, steps);
    let loss = Float::with_val(prec, &t * Float::with_val(prec, (f - 1u32).square())) / 2u32;
    let d2 = th.iter().fold(Float::with_val(prec, 0), |a, x| {
        a + Float::with_val(prec, x - 1u32).square()
    });
    let d2 = t * d2;
    (
        to_big(&loss.to_rational().unwrap()),
        to_big(&d2.to_rational().unwrap()),
    )
}

fn inside(x: &BigRational, b: &(BigRational, BigRational)) -> bool {
    &b.0 <= x && x <= &b.1
}

const ALL: [(Midpoint, Coordinates); 4] = [
    (Midpoint::F64, Coordinates::Auto),
    (Midpoint::Float128, Coordinates::Auto),
    (Midpoint::F64, Coordinates::Theta),
    (Midpoint::Float128, Coordinates::Theta),
];

#[test]
fn contains_exact_rational_gd_p2() {
    let init = ["13/10", "4/5"];
    for steps in [1, 2, 7, 8] {
        let (loss, d2) = exact_gd(&init, steps);
        let (loss, d2) = (to_big(&loss), to_big(&d2));
        for (mid, co) in ALL {
            let c = prove_critical(&problem(2, &init, steps, mid, co), |_| {}).unwrap();
            assert!(c.verified, "{}", c.reason);
            assert!(
                inside(&loss, &bounds(&c, "t_loss")),
                "{mid:?} {co:?} t={steps}"
            );
            assert!(
                inside(&d2, &bounds(&c, "t_dist2")),
                "{mid:?} {co:?} t={steps}"
            );
        }
    }
}

#[test]
fn contains_exact_rational_gd_p5() {
    let init = ["1.03", "0.98", "1.01", "0.99", "1.02"];
    for steps in [1, 3] {
        let (loss, d2) = exact_gd(&init, steps);
        let (loss, d2) = (to_big(&loss), to_big(&d2));
        for mid in [Midpoint::F64, Midpoint::Float128] {
            let c =
                prove_critical(&problem(5, &init, steps, mid, Coordinates::Auto), |_| {}).unwrap();
            assert!(c.verified, "{}", c.reason);
            assert!(inside(&loss, &bounds(&c, "t_loss")));
            assert!(inside(&d2, &bounds(&c, "t_dist2")));
        }
    }
}

#[test]
fn contains_high_precision_gd() {
    for (init, steps) in [
        (vec!["13/10", "4/5"], 10_000u64),
        (vec!["0.7", "1.6"], 3_000),
        (vec!["1.03", "0.98", "1.01", "0.99", "1.02"], 1_000),
        (vec!["1.05", "0.9", "1.02"], 2_000),
    ] {
        let (loss, d2) = mpfr_gd(&init, steps);
        let p = init.len();
        for (mid, co) in ALL {
            if p != 2 && co == Coordinates::Theta {
                continue;
            }
            let c = prove_critical(&problem(p, &init, steps, mid, co), |_| {}).unwrap();
            assert!(c.verified, "{}", c.reason);
            let (bl, bd) = (bounds(&c, "t_loss"), bounds(&c, "t_dist2"));
            // The MPFR value is within 2⁻²⁵⁰⁰ of the truth; the enclosures are ≥ 2⁻⁴⁰⁰ wide.
            assert!(inside(&loss, &bl), "{init:?} {mid:?} {co:?}");
            assert!(inside(&d2, &bd), "{init:?} {mid:?} {co:?}");
            if mid == Midpoint::Float128 {
                assert!(&bl.1 - &bl.0 < q("1e-25"), "fixed128 too wide");
            }
        }
    }
}

#[test]
fn reference_values_at_1e4() {
    // Paper 000 §6.1: t·Q = 0.496723 at t = 10⁴ from (1.3, 0.8).
    let c = prove_critical(
        &problem(2, &["1.3", "0.8"], 10_000, Midpoint::F64, Coordinates::Auto),
        |_| {},
    )
    .unwrap();
    let tq = bounds(&c, "t_q");
    assert!(tq.0 > q("0.4967225") && tq.1 < q("0.4967235"));
    let w = bounds(&c, "t_loss");
    assert!(&w.1 - &w.0 < q("1e-11"));
}

#[test]
fn float64_run_is_close_to_the_enclosure() {
    // A plain float64 run (non-rigorous) from the rounded start: its value differs from the
    // exact trajectory by its own rounding, so we only check it against the enclosure loosely.
    let steps = 100_000;
    let c = prove_critical(
        &problem(2, &["1.3", "0.8"], steps, Midpoint::F64, Coordinates::Auto),
        |_| {},
    )
    .unwrap();
    let (r, _) = float_rq(1.3 * 0.8 - 1.0, 0.5f64 * 0.5, 1.0, steps);
    let tl = steps as f64 * r * r / 2.0;
    let (lo, hi) = bounds(&c, "t_loss");
    let mid: f64 = num_traits::ToPrimitive::to_f64(&((lo + hi) / q("2"))).unwrap();
    assert!((tl - mid).abs() < 1e-8, "{tl} vs {mid}");
}

#[test]
fn start_on_m_is_an_exact_fixed_point() {
    let c = prove_critical(
        &problem(2, &["2", "0.5"], 1_000, Midpoint::F64, Coordinates::Auto),
        |_| {},
    )
    .unwrap();
    assert!(c.verified);
    let z = bounds(&c, "t_loss");
    assert_eq!(z, (q("0"), q("0")));
    // t·Q = 1000·(1.5)² exactly.
    assert_eq!(bounds(&c, "t_q"), (q("2250"), q("2250")));
    // t·d² = 1000·((2 − 1)² + (0.5 − 1)²) = 1250.
    assert_eq!(bounds(&c, "t_dist2"), (q("1250"), q("1250")));
    assert_eq!(c.evidence["coordinates"], "exact-fixed-point");
}

#[test]
fn start_on_l() {
    // x = y = 1.1: Q ≡ 0 and t·r² → 1/4 (t·ℓ → 1/8).
    let c = prove_critical(
        &problem(
            2,
            &["1.1", "1.1"],
            100_000,
            Midpoint::F64,
            Coordinates::Auto,
        ),
        |_| {},
    )
    .unwrap();
    assert!(c.verified);
    assert_eq!(bounds(&c, "t_q"), (q("0"), q("0")));
    let tl = bounds(&c, "t_loss");
    assert!(tl.0 > q("0.12") && tl.1 < q("0.125"), "{tl:?}");
    assert_eq!(c.evidence["on_l"], true);
}

#[test]
fn general_target_and_inner_product() {
    // Y = 2, η = 1/2 (η_crit), p = 2: the (r, Q) run and the θ run agree.
    let mut a = problem(
        2,
        &["1.8", "1.2"],
        2_000,
        Midpoint::Float128,
        Coordinates::Auto,
    );
    retarget(&mut a.model, q("2"));
    let mut b = a.clone();
    b.coordinates = Coordinates::Theta;
    let (ca, cb) = (
        prove_critical(&a, |_| {}).unwrap(),
        prove_critical(&b, |_| {}).unwrap(),
    );
    assert!(ca.verified && cb.verified);
    assert_eq!(ca.eta.as_deref(), Some("0.5"));
    let (x, y) = (bounds(&ca, "t_loss"), bounds(&cb, "t_loss"));
    assert!(x.0 <= y.1 && y.0 <= x.1, "disjoint: {x:?} {y:?}");
    let (x, y) = (bounds(&ca, "t_dist2"), bounds(&cb, "t_dist2"));
    assert!(x.0 <= y.1 && y.0 <= x.1, "disjoint: {x:?} {y:?}");
    // Inner product, d = 2, reduces to the same (r, Q) system: u = (1.3, 0), v = (0.8, 0)
    // is the p = 2 problem.
    let ip = CriticalProblem {
        all_time: false,
        model: Model::InnerProduct {
            dim: 2,
            target: q("1"),
        },
        init: ["1.3", "0", "0.8", "0"].iter().map(|s| q(s)).collect(),
        eta: None,
        steps: 1_000,
        checkpoints: vec![10, 100],
        midpoint: Midpoint::F64,
        coordinates: Coordinates::Auto,
    };
    let ci = prove_critical(&ip, |_| {}).unwrap();
    let cf = prove_critical(
        &problem(2, &["1.3", "0.8"], 1_000, Midpoint::F64, Coordinates::Auto),
        |_| {},
    )
    .unwrap();
    assert_eq!(ci.quantities["t_loss"], cf.quantities["t_loss"]);
    assert_eq!(ci.evidence["checkpoints"].as_array().unwrap().len(), 3);
}

#[test]
fn checkpoints_and_progress() {
    let mut prob = problem(
        2,
        &["1.3", "0.8"],
        200_001,
        Midpoint::F64,
        Coordinates::Auto,
    );
    prob.checkpoints = vec![1, 1001, 100_000];
    let mut seen = Vec::new();
    let c = prove_critical(&prob, |t| seen.push(t)).unwrap();
    assert!(c.verified);
    let cps = c.evidence["checkpoints"].as_array().unwrap();
    let ts: Vec<u64> = cps.iter().map(|v| v["t"].as_u64().unwrap()).collect();
    assert_eq!(ts, vec![1, 1001, 100_000, 200_001]);
    assert!(!seen.is_empty() && *seen.last().unwrap() == 200_001);
    let json = serde_json::to_string(&c).unwrap();
    let back: Certificate = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}

#[test]
fn divergent_start_is_not_verified() {
    let c = prove_critical(
        &problem(2, &["3", "0.1"], 1_000, Midpoint::F64, Coordinates::Auto),
        |_| {},
    )
    .unwrap();
    assert!(!c.verified);
    assert!(!c.reason.is_empty());
    assert!(!c.quantities.contains_key("t_loss"));
}

#[test]
fn bad_input() {
    let ok = problem(2, &["1.3", "0.8"], 10, Midpoint::F64, Coordinates::Auto);
    let mut cases = Vec::new();
    let mut p = ok.clone();
    p.steps = 0;
    cases.push(p);
    let mut p = ok.clone();
    p.init.pop();
    cases.push(p);
    let mut p = ok.clone();
    retarget(&mut p.model, q("-1"));
    cases.push(p);
    let mut p = ok.clone();
    p.model = Model::Factorisation {
        depth: 1,
        target: q("1"),
    };
    p.init.truncate(1);
    cases.push(p);
    let mut p = ok.clone();
    p.checkpoints = vec![11];
    cases.push(p);
    let mut p = ok.clone();
    p.eta = Some(q("0"));
    cases.push(p);
    for p in cases {
        assert!(
            matches!(
                prove_critical(&p, |_| {}),
                Err(Error::BadInput(_) | Error::Field { .. })
            ),
            "{p:?}"
        );
    }
}

/// Replace the target of a model in place.
fn retarget(model: &mut Model, y: BigRational) {
    match model {
        Model::Factorisation { target, .. } | Model::InnerProduct { target, .. } => *target = y,
    }
}
