//! Claim `dln-comparison` (GD against SGD on one diagonal-network instance): the comparison
//! quantities against an independent float64 reference (`run_f64` of both runs), the checker's
//! re-derivation, and its rejections of tampered comparisons, signs and sub-certificates.

use eoscert::arith::{Backend, parse_rational};
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity};
use eoscert::certify::dln_comparison::{ComparisonProblem, prove_comparison};
use eoscert::certify::implicit_bias::ImplicitBiasProblem;
use eoscert::model::diagonal::{Dataset, OutcomeF64, Sampler, run_f64};

const CSV: &str =
    "1,0.5,-0.3,0.8,-0.6,0.2,0.75\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";
const GAMMA_GD: f64 = 1.0;
const GAMMA_SGD: f64 = 0.5;

/// The 3 × 6 instance of `proofs/dln-comparison-small.toml` (y = Xβ*, β* = (1, −½, 0, 0, 0, 0)):
/// GD at γ = 1 against reshuffled SGD (b = 1, seed 1) at γ = ½.
fn problem() -> ComparisonProblem {
    let q = |s: &str| parse_rational(s).unwrap();
    let data = Dataset::from_csv(CSV).unwrap();
    let base =
        ImplicitBiasProblem::new(data.clone(), q("0.1"), q("1"), Sampler::Full, 200_000).unwrap();
    let sgd = Sampler::sgd(1, 1, data.n()).unwrap();
    let beta = ["1", "-0.5", "0", "0", "0", "0"].map(q).to_vec();
    ComparisonProblem::new(&base, q("1"), q("0.5"), sgd, Some(beta)).unwrap()
}

fn proved() -> Certificate {
    let cert = prove_comparison(&problem(), Backend::Mpfr(256)).unwrap();
    assert!(cert.verified, "{}", cert.reason);
    cert
}

fn bounds(cert: &Certificate, name: &str) -> (f64, f64) {
    match &cert.quantities[name] {
        Quantity::Enclosure(Enclosure { lo, hi }) => (lo.parse().unwrap(), hi.parse().unwrap()),
        other => panic!("{name}: {other:?}"),
    }
}

/// The float64 reference: ℓ1 gains, support fractions and recovery errors of both runs.
#[test]
fn the_comparison_matches_a_float_reference_and_rechecks() {
    let p = problem();
    let cert = proved();
    let (x, y) = p.gd.data.to_f64();
    let beta: Vec<f64> = p
        .beta_star
        .as_ref()
        .unwrap()
        .iter()
        .map(|b| num_traits::ToPrimitive::to_f64(b).unwrap())
        .collect();
    let run = |gamma: f64, s: Sampler| {
        let r = run_f64(&x, &y, 0.1, gamma, s, 1_000_000, 1e-30);
        assert_eq!(r.outcome, OutcomeF64::Converged);
        r
    };
    let gd = run(GAMMA_GD, Sampler::Full);
    let sgd = run(GAMMA_SGD, p.sgd.sampler);
    let l1 = |g: &[f64]| g.iter().map(|v| v.abs()).sum::<f64>();
    let frac = |g: &[f64]| {
        let on: f64 = g
            .iter()
            .zip(&beta)
            .filter(|(_, b)| **b != 0.0)
            .map(|(v, _)| v.abs())
            .sum();
        on / l1(g)
    };
    let err = |b: &[f64]| {
        b.iter()
            .zip(&beta)
            .map(|(a, s)| (a - s).powi(2))
            .sum::<f64>()
    };
    let near = |name: &str, v: f64| {
        let (lo, hi) = bounds(&cert, name);
        let tol = 1e-9 * (1.0 + v.abs());
        assert!(
            lo - tol <= v && v <= hi + tol,
            "{name}: {v} vs [{lo}, {hi}]"
        );
    };
    near("gain_l1_gd", l1(&gd.gain));
    near("gain_l1_sgd", l1(&sgd.gain));
    near("gain_l1_sgd_minus_gd", l1(&sgd.gain) - l1(&gd.gain));
    near("gain_support_fraction_gd", frac(&gd.gain));
    near("gain_support_fraction_sgd", frac(&sgd.gain));
    near("recovery_error_gd", err(&gd.beta));
    near("recovery_error_sgd", err(&sgd.beta));
    near(
        "recovery_error_gd_minus_sgd",
        err(&gd.beta) - err(&sgd.beta),
    );
    // The proved sign agrees with the float difference (which is far from 0 here).
    let d = l1(&sgd.gain) - l1(&gd.gain);
    assert_eq!(
        cert.quantities.get("sgd_gain_l1_larger"),
        Some(&Quantity::Bool(d > 0.0))
    );
    let report = check(&cert).unwrap();
    assert!(report.verified, "{:?}", report.details);
}

/// Every tampered comparison, sign, instance or sub-certificate is rejected.
#[test]
fn tampered_comparisons_are_rejected() {
    let cert = proved();
    let rejected = |c: &Certificate, what: &str| {
        assert!(check(c).is_err(), "accepted: {what}");
    };
    // A flipped sign boolean.
    let mut t = cert.clone();
    let flip = match t.quantities["sgd_gain_l1_larger"] {
        Quantity::Bool(b) => Quantity::Bool(!b),
        _ => unreachable!(),
    };
    t.quantities.insert("sgd_gain_l1_larger".into(), flip);
    rejected(&t, "flipped sgd_gain_l1_larger");
    // A backend other than the runs' (the comparison states no precision of its own).
    let mut t = cert.clone();
    t.backend = "mpfr:257".into();
    rejected(&t, "backend other than the runs'");
    // A decided coordinate sign flipped.
    let mut t = cert.clone();
    let Quantity::Label(label) = &cert.quantities["gain_sign_sgd_minus_gd"] else {
        panic!()
    };
    let flipped: String = label
        .chars()
        .map(|c| match c {
            '+' => '-',
            '-' => '+',
            o => o,
        })
        .collect();
    assert_ne!(&flipped, label, "no decided coordinate");
    t.quantities
        .insert("gain_sign_sgd_minus_gd".into(), Quantity::Label(flipped));
    rejected(&t, "flipped coordinate signs");
    // The ℓ1 difference negated (a broken comparison that swaps the runs).
    let mut t = cert.clone();
    let (lo, hi) = bounds(&cert, "gain_l1_sgd_minus_gd");
    t.quantities.insert(
        "gain_l1_sgd_minus_gd".into(),
        Quantity::Enclosure(Enclosure {
            lo: format!("{}", -hi),
            hi: format!("{}", -lo),
        }),
    );
    rejected(&t, "negated ℓ1 difference");
    // A recovery error of the wrong run.
    let mut t = cert.clone();
    let e = t.quantities["recovery_error_sgd"].clone();
    t.quantities.insert("recovery_error_gd".into(), e);
    rejected(&t, "swapped recovery errors");
    // β* not an interpolator.
    let mut t = cert.clone();
    t.model.beta_star.as_mut().unwrap()[0] = "7".into();
    rejected(&t, "β* changed");
    // The β* quantities without β*.
    let mut t = cert.clone();
    t.model.beta_star = None;
    rejected(&t, "β*-quantities without β*");
    // A sub-certificate's gain moved (its own check fails).
    let mut t = cert.clone();
    t.evidence["sgd"]["quantities"]["gain"][0] = serde_json::json!({"lo": "5", "hi": "6"});
    rejected(&t, "sub-certificate gain");
    // A sub-certificate of another instance (α changed in the GD run only).
    let mut t = cert.clone();
    t.evidence["gd"]["model"]["alpha"] = "0.2".into();
    rejected(&t, "GD run of another α");
    // The runs swapped.
    let mut t = cert.clone();
    let gd = t.evidence["gd"].clone();
    t.evidence["gd"] = t.evidence["sgd"].clone();
    t.evidence["sgd"] = gd;
    rejected(&t, "runs swapped");
}
