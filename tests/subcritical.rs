//! The subcritical claim (Theorem 5.1): reference values, independent high-precision
//! containment, edge cases (τ = 0, start on M, divergence, η ≥ η_crit) and mutation tests of
//! the checker.

use crate::util::q;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::subcritical::{SubcriticalProblem, prove_subcritical};
use eoscert::model::Model;
use num_rational::BigRational;
use num_traits::ToPrimitive;
use rug::Float;
use serde_json::Value;

fn prove(depth: usize, eta: &str, init: &[&str]) -> Certificate {
    let problem = SubcriticalProblem::new(
        Model::factorisation(depth, q("1")).unwrap(),
        q(eta),
        init.iter().map(|s| q(s)).collect(),
        200_000,
    )
    .unwrap();
    prove_subcritical(&problem, None, &mut |_, _| {}).unwrap()
}

fn enc(c: &Certificate, name: &str) -> (BigRational, BigRational) {
    match c.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => (q(&e.lo), q(&e.hi)),
        other => panic!("{name}: {other:?}"),
    }
}

fn tau(c: &Certificate) -> u64 {
    let (lo, hi) = enc(c, "tau");
    assert_eq!(lo, hi);
    lo.to_integer().try_into().unwrap()
}

/// λ∞ by 2048-bit MPFR GD (rug directly, not the code under test): `steps` steps, then
/// λ = Σ (f/θᵢ)², which equals λ(θ∞) up to |θ_T − θ∞| (≪ 10⁻⁴⁰ for the horizons used).
fn lambda_inf_reference(eta: &str, init: &[&str], steps: usize) -> BigRational {
    let prec = 2048;
    let rat = |s: &str| {
        let r = q(s);
        Float::with_val(
            prec,
            rug::Rational::from((
                rug::Integer::from_str_radix(&r.numer().to_str_radix(16), 16).unwrap(),
                rug::Integer::from_str_radix(&r.denom().to_str_radix(16), 16).unwrap(),
            )),
        )
    };
    let eta = rat(eta);
    let mut th: Vec<Float> = init.iter().map(|s| rat(s)).collect();
    for _ in 0..steps {
        let f = th.iter().fold(Float::with_val(prec, 1), |a, b| a * b);
        let e = Float::with_val(prec, &eta * (Float::with_val(prec, &f - 1u32)));
        th = th
            .iter()
            .map(|t| Float::with_val(prec, t - Float::with_val(prec, &e * &f) / t))
            .collect();
    }
    let f = th.iter().fold(Float::with_val(prec, 1), |a, b| a * b);
    let lam = th.iter().fold(Float::with_val(prec, 0), |a, t| {
        a + Float::with_val(prec, Float::with_val(prec, &f / t).square())
    });
    let r = lam.to_rational().unwrap();
    BigRational::new(
        r.numer().to_string().parse().unwrap(),
        r.denom().to_string().parse().unwrap(),
    )
}

fn contains(c: &Certificate, name: &str, v: &BigRational) -> bool {
    let (lo, hi) = enc(c, name);
    &lo <= v && v <= &hi
}

fn width(c: &Certificate, name: &str) -> f64 {
    let (lo, hi) = enc(c, name);
    (hi - lo).to_f64().unwrap()
}

/// Reference §6.4: τ = 104, λ∞ = 2.18057984625312…, rate 0.9625218616 (float references),
/// plus containment of an independent 2048-bit MPFR limit; the checker accepts.
#[test]
fn reference_instance_p2() {
    let c = prove(2, "0.9", &["1.3", "0.77"]);
    assert!(c.verified, "{}", c.reason);
    assert_eq!(tau(&c), 104);
    let (lo, hi) = enc(&c, "sharpness_limit");
    approx::assert_abs_diff_eq!(lo.to_f64().unwrap(), 2.18057984625312, epsilon = 1e-13);
    approx::assert_abs_diff_eq!(hi.to_f64().unwrap(), 2.18057984625312, epsilon = 1e-13);
    assert!(width(&c, "sharpness_limit") <= 1e-12);
    let (rlo, _) = enc(&c, "rate");
    approx::assert_abs_diff_eq!(rlo.to_f64().unwrap(), 0.9625218616, epsilon = 1e-10);
    assert!(contains(
        &c,
        "sharpness_limit",
        &lambda_inf_reference("0.9", &["1.3", "0.77"], 3000)
    ));
    for b in [
        "limit_between",
        "above_threshold_before_tau",
        "below_threshold_from_tau",
    ] {
        assert_eq!(c.quantities.get(b), Some(&Quantity::Bool(true)), "{b}");
    }
    let report = check(&c).unwrap();
    assert!(report.verified);
}

/// Depth 3: τ against a float64 run of the projection (see proofs/subcritical-p3-*.toml) and
/// the limit against independent 2048-bit MPFR GD.
#[test]
fn depth_three_instances() {
    for (init, expected_tau) in [
        (["0.742", "1.272", "1.2619"], 12),
        (["0.707", "1.212", "1.2024"], 38),
    ] {
        let c = prove(3, "0.6", &init);
        assert!(c.verified, "{}", c.reason);
        assert_eq!(tau(&c), expected_tau);
        assert!(width(&c, "sharpness_limit") <= 1e-12);
        let reference = lambda_inf_reference("0.6", &init, 4000);
        assert!(contains(&c, "sharpness_limit", &reference));
        // λ* = 3 < λ∞ < 2/η = 10/3.
        let (lo, hi) = enc(&c, "sharpness_limit");
        assert!(lo > q("3") && hi < q("10/3"));
        assert!(check(&c).unwrap().verified);
    }
}

/// ηλ(θ∥₀) < 2 already: τ = 0.
#[test]
fn no_transient_gives_tau_zero() {
    let c = prove(2, "0.9", &["1.1", "0.92"]);
    assert!(c.verified, "{}", c.reason);
    assert_eq!(tau(&c), 0);
    assert!(contains(
        &c,
        "sharpness_limit",
        &lambda_inf_reference("0.9", &["1.1", "0.92"], 3000)
    ));
    assert!(check(&c).unwrap().verified);
}

/// A start on M is an exact fixed point: with ηλ < 2 the limit is λ(θ₀) = 2.2025 exactly
/// (enclosed); with ηλ ≥ 2 the claim is refused with the reason.
#[test]
fn start_on_the_manifold() {
    let c = prove(2, "0.9", &["1.25", "0.8"]);
    assert!(c.verified, "{}", c.reason);
    assert_eq!(tau(&c), 0);
    assert!(contains(&c, "sharpness_limit", &q("2.2025")));
    assert!(check(&c).unwrap().verified);

    let c = prove(2, "0.9", &["2", "0.5"]);
    assert!(!c.verified);
    assert!(c.reason.contains("fixed point"), "{}", c.reason);
}

/// A divergent start and η ≥ η_crit are not verified, with reasons.
#[test]
fn divergent_start_and_supercritical_eta_are_refused() {
    let c = prove(2, "0.9", &["3", "3"]);
    assert!(!c.verified);
    assert!(
        c.reason.contains("diverge") || c.reason.contains("orthant"),
        "{}",
        c.reason
    );
    let c = prove(2, "1", &["1.3", "0.77"]);
    assert!(!c.verified && c.reason.contains("η_crit"), "{}", c.reason);
    assert_eq!(
        c.quantities.get("eta_below_critical"),
        Some(&Quantity::Bool(false))
    );
}

fn mutate(c: &Certificate, f: impl Fn(&mut Value)) -> Certificate {
    let mut v = serde_json::to_value(c).unwrap();
    f(&mut v);
    serde_json::from_value(v).unwrap()
}

/// Mutations that set one field (a JSON pointer) to a fixed JSON value.
const SET_FIELD: &[(&str, &str, &str)] = &[
    (
        "limit shifted",
        "/quantities/sharpness_limit",
        r#"{"lo": "3.7", "hi": "3.71"}"#,
    ),
    ("rate", "/quantities/rate", r#"{"lo": "0.5", "hi": "0.6"}"#),
    ("kappa", "/evidence/tail/kappa", r#""0.1""#),
    ("kappa >= 1", "/evidence/tail/kappa", r#""1""#),
    (
        "alpha",
        "/evidence/projections/0",
        r#"{"lo": "0.5", "hi": "0.6"}"#,
    ),
    (
        "limit alpha",
        "/evidence/tail/limit_alpha",
        r#"{"lo": "0.5", "hi": "0.6"}"#,
    ),
    ("eta", "/eta", r#""0.51""#),
    ("eta supercritical", "/eta", r#""1.1""#),
    ("init", "/init/0", r#""2.01""#),
    ("fact false", "/quantities/limit_between", "false"),
    ("not rigorous", "/rigorous", "false"),
    ("target", "/model/target", r#""1.01""#),
];

/// An edit of a certificate's JSON.
type Mutation = Box<dyn Fn(&mut Value)>;

/// Mutations computed from the certificate (τ is the exact transient length).
fn computed_mutations(t: u64) -> Vec<(&'static str, Mutation)> {
    let exact = |v: u64| serde_json::json!({"lo": v.to_string(), "hi": v.to_string()});
    vec![
        (
            "tau + 1",
            Box::new(move |v| v["quantities"]["tau"] = exact(t + 1)),
        ),
        (
            "tau - 1",
            Box::new(move |v| v["quantities"]["tau"] = exact(t - 1)),
        ),
        (
            "tau not exact",
            Box::new(move |v| {
                v["quantities"]["tau"] =
                    serde_json::json!({"lo": (t - 1).to_string(), "hi": (t + 1).to_string()})
            }),
        ),
        (
            "limit narrowed",
            Box::new(|v| {
                let hi = v["quantities"]["sharpness_limit"]["hi"].clone();
                v["quantities"]["sharpness_limit"]["lo"] = hi;
            }),
        ),
        (
            "region",
            Box::new(|v| {
                let lo = v["evidence"]["tail"]["region"][0]["hi"].clone();
                v["evidence"]["tail"]["region"][0]["lo"] = lo;
            }),
        ),
        (
            "checkpoint",
            Box::new(|v| {
                let cp = v["evidence"]["checkpoints"].as_array_mut().unwrap();
                let k = cp.len() / 2;
                cp[k]["theta"][0] = serde_json::json!({"lo": "1", "hi": "1"});
            }),
        ),
        (
            "steps",
            Box::new(|v| {
                let s = v["evidence"]["steps"].as_u64().unwrap();
                v["evidence"]["steps"] = Value::from(s + 1);
            }),
        ),
        (
            "unknown quantity",
            Box::new(|v| v["quantities"]["loss"] = serde_json::json!({"lo": "0", "hi": "1"})),
        ),
    ]
}

/// Every tampered field is rejected.
#[test]
fn checker_rejects_mutations() {
    let c = prove(2, "0.5", &["2", "0.53"]);
    assert!(c.verified, "{}", c.reason);
    assert!(check(&c).unwrap().verified);
    for (name, pointer, json) in SET_FIELD {
        let new: Value = serde_json::from_str(json).unwrap();
        let bad = mutate(&c, |v| {
            *v.pointer_mut(pointer).expect(pointer) = new.clone()
        });
        assert!(check(&bad).is_err(), "mutation {name:?} was accepted");
    }
    for (name, m) in &computed_mutations(tau(&c)) {
        let bad = mutate(&c, m);
        assert!(check(&bad).is_err(), "mutation {name:?} was accepted");
    }
}
