//! The fast (float64) classifier agrees with the rigorous one wherever the rigorous one decides;
//! the labels of hand-picked cases.

use crate::util::q;
use eoscert::certify::classify::{Regime, classify, classify_fast};
use eoscert::model::Model;
use num_rational::BigRational;
use proptest::prelude::*;

fn rat(n: i64, d: i64) -> BigRational {
    BigRational::new(n.into(), d.into())
}

#[test]
fn hand_picked_labels() {
    let m2 = Model::factorisation(2, q("1")).unwrap();
    let cases = [
        ("0.9", ["1.3", "0.77"], Regime::Subcritical),
        ("1", ["1.3", "0.77"], Regime::Critical),
        ("1.1", ["1.3", "0.77"], Regime::Supercritical),
        ("0.5", ["3", "3"], Regime::Divergent),
        ("1.1", ["3", "3"], Regime::Divergent),
        ("0.9", ["1.25", "0.8"], Regime::Subcritical),
    ];
    for (eta, init, expected) in cases {
        let init: Vec<BigRational> = init.iter().map(|s| q(s)).collect();
        let c = classify(&m2, &q(eta), &init, 400, None);
        assert_eq!(c.regime, expected, "η = {eta}: {}", c.reason);
        assert_eq!(classify_fast(&m2, &q(eta), &init, 400).regime, expected);
    }
    // Exactly on M with ηλ ≥ 2: an (unstable) fixed point; float64 alone would drift off it,
    // the exact input check keeps both classifiers right.
    let c = classify(&m2, &q("0.9"), &[q("2"), q("0.5")], 200, None);
    assert_eq!(c.regime, Regime::Subcritical, "{}", c.reason);
    assert!(c.reason.contains("fixed point"));
    // λ∞ = ‖∇f(θ₀)‖² = 0.5² + 2² = 17/4 (found missing by a 10⁵-case campaign run).
    let e = c.sharpness_limit.expect("sharpness_limit at a start on M");
    let (lo, hi) = (q(&e.lo), q(&e.hi));
    assert!(
        lo <= q("4.25") && q("4.25") <= hi && &hi - &lo < q("1e-30"),
        "{e:?}"
    );
    assert_eq!(
        classify_fast(&m2, &q("0.9"), &[q("2"), q("0.5")], 200).regime,
        Regime::Subcritical
    );
    // Near M but off it, with ηλ ≥ 2 and little time: no proof either way.
    let c = classify(&m2, &q("0.9"), &[q("2"), q("0.5001")], 20, None);
    assert_eq!(c.regime, Regime::Undetermined, "{}", c.reason);
    // Depth 3, y = 1: η_crit = 2/3 exactly.
    let m3 = Model::factorisation(3, q("1")).unwrap();
    let init = [q("0.742"), q("1.272"), q("1.2619")];
    assert_eq!(
        classify(&m3, &q("0.6"), &init, 1500, None).regime,
        Regime::Subcritical
    );
    // At η_crit for p = 3 the all-time proof decides `critical` (from T₀ = 10⁵ or 10⁶); for
    // p = 4 it is not tried: undetermined, with the reason, while the float64 classifier still
    // says "critical" (η's regime, no guarantee).
    let near = [q("1.1"), q("0.95"), q("0.97")];
    let c = classify(&m3, &q("2/3"), &near, 200, None);
    assert_eq!(c.regime, Regime::Critical, "{}", c.reason);
    assert!(c.reason.contains("for every t ≥ 100000"), "{}", c.reason);
    let m4 = Model::factorisation(4, q("1")).unwrap();
    let near4 = [q("1.1"), q("0.95"), q("0.97"), q("1")];
    let c = classify(&m4, &q("1/2"), &near4, 200, None);
    assert_eq!(c.regime, Regime::Undetermined, "{}", c.reason);
    assert!(c.reason.contains("depths 2 and 3"), "{}", c.reason);
    assert_eq!(
        classify_fast(&m4, &q("1/2"), &near4, 200).regime,
        Regime::Critical
    );
    // Beyond the flip (η > √5 − 1) the orbit is unstable: no convergence proof.
    let c = classify(&m2, &q("1.3"), &[q("1.3"), q("0.77")], 400, None);
    assert_eq!(c.regime, Regime::Undetermined, "{}", c.reason);
    assert!(c.reason.contains("not proved stable"), "{}", c.reason);
    // Depth 3 above η_crit: capture by the orbit, decided at a step.
    let c = classify(&m3, &q("0.7"), &init, 1500, None);
    assert_eq!(c.regime, Regime::Supercritical, "{}", c.reason);
    assert!(c.decided_at.is_some());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    /// Random (η, θ₀) for p = 2, with η often within 10⁻³ of η_crit = 1 and starts from near M
    /// to far away; where the rigorous classifier decides, the fast one says the same.
    #[test]
    fn fast_agrees_with_rigorous(
        eta_k in prop_oneof![300i64..1600, 990i64..1011],
        x in 20i64..300,
        y in 20i64..300,
        depth in prop_oneof![Just(2usize), Just(2usize), Just(3usize)],
    ) {
        let m = Model::factorisation(depth, q("1")).unwrap();
        let eta = rat(eta_k * 2, 1000 * depth as i64);
        let mut init = vec![rat(x, 100), rat(y, 100)];
        if depth == 3 {
            init.push(rat(10_000, x * y));
        }
        let rigorous = classify(&m, &eta, &init, 150, None);
        if rigorous.regime != Regime::Undetermined {
            let fast = classify_fast(&m, &eta, &init, 150);
            prop_assert_eq!(fast.regime, rigorous.regime, "{} / {}", rigorous.reason, fast.reason);
        }
    }
}
