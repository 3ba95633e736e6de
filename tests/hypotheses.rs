//! Hypotheses as claims: each claim kind states which theorem it instantiates, proves the
//! theorem's hypotheses on the instance, and the independent checker re-derives them, rejecting
//! a flipped hypothesis boolean and a certificate with the hypothesis quantity removed.

use crate::util::q;
use eoscert::arith::Backend;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use eoscert::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use eoscert::certify::orbit::{OrbitProblem, prove_period_two};
use eoscert::certify::subcritical::{SubcriticalProblem, prove_subcritical};
use eoscert::model::Model;
use eoscert::model::diagonal::{Dataset, Sampler};

fn subcritical(depth: usize, eta: &str, init: &[&str]) -> Certificate {
    let problem = SubcriticalProblem::new(
        Model::factorisation(depth, q("1")).unwrap(),
        q(eta),
        init.iter().map(|s| q(s)).collect(),
        200_000,
    )
    .unwrap();
    let c = prove_subcritical(&problem, None, &mut |_, _| {}).unwrap();
    assert!(c.verified, "{}", c.reason);
    c
}

fn boolean(c: &Certificate, name: &str) -> bool {
    match c.quantities.get(name) {
        Some(Quantity::Bool(b)) => *b,
        other => panic!("{name}: {other:?}"),
    }
}

fn accepted(c: &Certificate) -> bool {
    check(c).is_ok_and(|r| r.verified)
}

/// Every boolean in `names` flipped, and every quantity in `names` removed, is rejected.
fn flips_and_removals_rejected(c: &Certificate, names: &[&str]) {
    assert!(accepted(c), "{:?}", check(c).err());
    for name in names {
        let mut m = c.clone();
        if let Some(Quantity::Bool(b)) = m.quantities.get_mut(*name) {
            *b = !*b;
            assert!(!accepted(&m), "{}: flipped {name} accepted", c.claim);
        }
        let mut m = c.clone();
        assert!(m.quantities.remove(*name).is_some(), "{name} missing");
        assert!(!accepted(&m), "{}: {name} removed, accepted", c.claim);
    }
}

/// The example: a start that is already stable (ηλ(θ∥₀) ≈ 1.69 < 2) is certified
/// (τ = 0) but not labelled as an instance of Theorem 5.1.
#[test]
fn a_stable_start_is_not_labelled_theorem_5_1() {
    let c = subcritical(3, "0.5", &["0.72", "1.25", "1.115"]);
    assert!(!boolean(&c, "hypothesis_past_edge"));
    assert!(!boolean(&c, "instance_of_theorem_5_1"));
    assert!(accepted(&c));
    // Claiming the theorem for it is rejected.
    let mut m = c.clone();
    m.quantities
        .insert("instance_of_theorem_5_1".into(), Quantity::Bool(true));
    assert!(!accepted(&m));
    flips_and_removals_rejected(
        &c,
        &[
            "hypothesis_past_edge",
            "instance_of_theorem_5_1",
            "beta",
            "suboptimality",
        ],
    );
}

/// The reference instance (p = 2, η = 0.9, θ₀ = (1.3, 0.77), ηλ(θ∥₀) ≈ 2.053): an instance of
/// Theorem 5.1; Lemma D.1's monotonicity and |1 − ηλ∞| ≤ β proved; the suboptimality
/// λ∞ − λ* = λ∞ − 2 against the reference λ∞ = 2.18057984625312…
#[test]
fn the_reference_instance_is_theorem_5_1_with_its_hypotheses() {
    let c = subcritical(2, "0.9", &["1.3", "0.77"]);
    for name in [
        "hypothesis_past_edge",
        "instance_of_theorem_5_1",
        "sharpness_nonincreasing_to_tau",
        "rate_at_most_beta",
    ] {
        assert!(boolean(&c, name), "{name}");
    }
    let Some(Quantity::Enclosure(e)) = c.quantities.get("suboptimality") else {
        panic!("suboptimality")
    };
    let reference = q("0.18057984625312");
    assert!(q(&e.lo) <= reference.clone() + q("1e-13") && reference <= q(&e.hi) + q("1e-13"));
    flips_and_removals_rejected(
        &c,
        &[
            "hypothesis_past_edge",
            "instance_of_theorem_5_1",
            "sharpness_nonincreasing_to_tau",
            "rate_at_most_beta",
            "beta",
            "suboptimality",
        ],
    );
    // A published λ(θ∥_t) enclosure that misses the checker's own is rejected.
    let mut m = c.clone();
    m.evidence["lambda_to_tau"][3] = serde_json::json!({"lo": "2.5", "hi": "2.6"});
    assert!(!accepted(&m));
}

fn critical(model: Model, init: &[&str]) -> Certificate {
    let c = prove_critical(
        &CriticalProblem {
            all_time: false,
            model,
            init: init.iter().map(|s| q(s)).collect(),
            eta: None,
            steps: 2000,
            checkpoints: vec![],
            midpoint: Midpoint::F64,
            coordinates: Coordinates::Auto,
        },
        |_| {},
    )
    .unwrap();
    assert!(c.verified, "{}", c.reason);
    c
}

const THEOREM_5_2: &[&str] = &[
    "nu_over_c_lambda",
    "hypothesis_nu_over_c_lambda_lt_1",
    "hypothesis_c_positive_near_optimum",
    "hypothesis_unique_flattest_minimum",
    "instance_of_theorem_5_2",
];

/// Theorem 5.2's hypotheses: ν/(c*λ*) = 3/22 for p = 3 (Prop. B.7), c > 0 near θ*, a unique
/// flattest minimum; the inner product with d = 2 fails A3.4 and is not labelled.
#[test]
fn critical_hypotheses_are_proved_and_rechecked() {
    let fact3 = Model::factorisation(3, q("1")).unwrap();
    let c = critical(fact3, &["1.03", "0.98", "1.01"]);
    assert!(boolean(&c, "instance_of_theorem_5_2"));
    let Some(Quantity::Enclosure(e)) = c.quantities.get("nu_over_c_lambda") else {
        panic!()
    };
    assert_eq!((q(&e.lo), q(&e.hi)), (q("3/22"), q("3/22")));
    let mut names = THEOREM_5_2.to_vec();
    names.push("c_positive_radius");
    flips_and_removals_rejected(&c, &names);
    // A wrong ratio or a larger radius is rejected.
    for (name, v) in [("nu_over_c_lambda", "1/2"), ("c_positive_radius", "1/5")] {
        let mut m = c.clone();
        m.quantities.insert(
            name.into(),
            Quantity::Enclosure(eoscert::certificate::Enclosure {
                lo: v.into(),
                hi: v.into(),
            }),
        );
        assert!(!accepted(&m), "{name} = {v}");
    }

    let ip = Model::inner_product(2, q("1")).unwrap();
    let c = critical(ip, &["1.1", "0.2", "0.9", "0.1"]);
    assert!(!boolean(&c, "hypothesis_unique_flattest_minimum"));
    assert!(!boolean(&c, "instance_of_theorem_5_2"));
    assert!(boolean(&c, "hypothesis_nu_over_c_lambda_lt_1"));
    flips_and_removals_rejected(&c, THEOREM_5_2);
}

/// Theorem 5.3's window: for p = 2, 1 < ηy < √5 − 1 exactly (η = 1.1 inside, 1.3 outside).
#[test]
fn period_two_window_is_proved_and_rechecked() {
    for (eta, inside) in [("1.1", true), ("1.3", false)] {
        let c = prove_period_two(
            &OrbitProblem {
                depth: 2,
                target: q("1"),
                eta: q(eta),
            },
            Backend::Interval,
        )
        .unwrap();
        assert!(c.verified, "{}", c.reason);
        assert_eq!(boolean(&c, "eta_in_stability_window"), inside);
        assert_eq!(boolean(&c, "instance_of_theorem_5_3"), inside);
        assert!(boolean(&c, "hypothesis_eta_above_critical"));
        flips_and_removals_rejected(
            &c,
            &[
                "hypothesis_eta_above_critical",
                "epsilon",
                "eta_in_stability_window",
                "instance_of_theorem_5_3",
            ],
        );
    }
}

/// Paper 002's stepsize condition: provably violated at γ = 1.4 on a 3 × 6 instance, provably
/// satisfied at γ = 0.005 on x = 1, y = 1, α = 1; the route is always "proved directly".
#[test]
fn implicit_bias_states_its_route() {
    let csv = "1,0.5,-0.3,0.8,-0.6,0.2,1.25\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";
    let prove = |csv: &str, alpha: &str, gamma: &str| {
        let problem = ImplicitBiasProblem::new(
            Dataset::from_csv(csv).unwrap(),
            q(alpha),
            q(gamma),
            Sampler::Full,
            100_000,
        )
        .unwrap();
        let c = prove_implicit_bias(&problem, "mpfr:256".parse::<Backend>().unwrap()).unwrap();
        assert!(c.verified, "{}", c.reason);
        c
    };
    let c = prove(csv, "0.1", "1.4");
    assert!(!boolean(&c, "route_stepsize_condition"));
    assert!(!boolean(&c, "hypothesis_stepsize_condition"));
    flips_and_removals_rejected(
        &c,
        &["route_stepsize_condition", "hypothesis_stepsize_condition"],
    );
    let c = prove("1,1\n", "1", "0.005");
    assert!(boolean(&c, "hypothesis_stepsize_condition"));
    flips_and_removals_rejected(
        &c,
        &["route_stepsize_condition", "hypothesis_stepsize_condition"],
    );
}
