//! The subcritical claim (Theorem 5.1): reference values, independent high-precision
//! containment, edge cases (τ = 0, start on M, divergence, η ≥ η_crit) and mutation tests of
//! the checker.

use eoscert::arith::parse_rational;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::subcritical::{SubcriticalProblem, prove_subcritical};
use eoscert::model::Model;
use num_rational::BigRational;
use num_traits::ToPrimitive;
use rug::Float;
use serde_json::Value;

fn q(s: &str) -> BigRational {
    parse_rational(s).unwrap()
}

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

/// Every tampered field is rejected.
#[test]
fn checker_rejects_mutations() {
    let c = prove(2, "0.5", &["2", "0.53"]);
    assert!(c.verified, "{}", c.reason);
    assert!(check(&c).unwrap().verified);
    let t = tau(&c);
    type Mutation = Box<dyn Fn(&mut Value)>;
    let mutations: Vec<(&str, Mutation)> = vec![
        (
            "tau + 1",
            Box::new(move |v| {
                v["quantities"]["tau"] =
                    serde_json::json!({"lo": (t + 1).to_string(), "hi": (t + 1).to_string()})
            }),
        ),
        (
            "tau - 1",
            Box::new(move |v| {
                v["quantities"]["tau"] =
                    serde_json::json!({"lo": (t - 1).to_string(), "hi": (t - 1).to_string()})
            }),
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
                let hi = v["quantities"]["sharpness_limit"]["hi"]
                    .as_str()
                    .unwrap()
                    .to_string();
                v["quantities"]["sharpness_limit"]["lo"] = Value::String(hi);
            }),
        ),
        (
            "limit shifted",
            Box::new(|v| {
                v["quantities"]["sharpness_limit"] = serde_json::json!({"lo": "3.7", "hi": "3.71"});
            }),
        ),
        (
            "rate",
            Box::new(|v| {
                v["quantities"]["rate"] = serde_json::json!({"lo": "0.5", "hi": "0.6"});
            }),
        ),
        (
            "kappa",
            Box::new(|v| {
                v["evidence"]["tail"]["kappa"] = Value::String("0.1".into());
            }),
        ),
        (
            "kappa >= 1",
            Box::new(|v| {
                v["evidence"]["tail"]["kappa"] = Value::String("1".into());
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
            "alpha",
            Box::new(|v| {
                v["evidence"]["projections"][0] = serde_json::json!({"lo": "0.5", "hi": "0.6"});
            }),
        ),
        (
            "limit alpha",
            Box::new(|v| {
                v["evidence"]["tail"]["limit_alpha"] =
                    serde_json::json!({"lo": "0.5", "hi": "0.6"});
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
            "eta",
            Box::new(|v| {
                v["eta"] = Value::String("0.51".into());
            }),
        ),
        (
            "eta supercritical",
            Box::new(|v| {
                v["eta"] = Value::String("1.1".into());
            }),
        ),
        (
            "init",
            Box::new(|v| {
                v["init"][0] = Value::String("2.01".into());
            }),
        ),
        (
            "fact false",
            Box::new(|v| {
                v["quantities"]["limit_between"] = Value::Bool(false);
            }),
        ),
        (
            "unknown quantity",
            Box::new(|v| {
                v["quantities"]["loss"] = serde_json::json!({"lo": "0", "hi": "1"});
            }),
        ),
        (
            "not rigorous",
            Box::new(|v| {
                v["rigorous"] = Value::Bool(false);
            }),
        ),
        (
            "target",
            Box::new(|v| {
                v["model"]["target"] = Value::String("1.01".into());
            }),
        ),
    ];
    for (name, m) in &mutations {
        let bad = mutate(&c, m);
        assert!(check(&bad).is_err(), "mutation {name:?} was accepted");
    }
}
