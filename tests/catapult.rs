//! The catapult claim (uv model): the exact (f, λ) reduction against full vector GD in exact
//! rationals, the regimes on both sides of ηλ₀ = 2 and ηλ₀ = 4, reference values from an
//! independent high-precision computation, bad input, and mutations the checker must reject.

use std::process::Command;

use crate::util::q;
use eoscert::arith::{Backend, RationalInterval, Scalar};
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity};
use eoscert::certify::catapult::{CatapultProblem, prove_catapult};
use eoscert::model::catapult::UvConstants;
use num_rational::BigRational;
use num_traits::Zero;

/// Full GD on f = uᵀv/√n with √n = `root` rational: returns (f, λ) after each step.
fn full_gd(
    u0: &[BigRational],
    v0: &[BigRational],
    root: &BigRational,
    eta: &BigRational,
    y: &BigRational,
    steps: usize,
) -> Vec<(BigRational, BigRational)> {
    let n = root * root;
    let (mut u, mut v) = (u0.to_vec(), v0.to_vec());
    let mut out = Vec::new();
    for _ in 0..=steps {
        let f = u
            .iter()
            .zip(&v)
            .fold(BigRational::zero(), |a, (x, z)| a + x * z)
            / root;
        let lam = u
            .iter()
            .chain(&v)
            .fold(BigRational::zero(), |a, x| a + x * x)
            / &n;
        out.push((f.clone(), lam));
        // ∂f/∂u = v/√n, ∂f/∂v = u/√n.
        let e = eta * (&f - y) / root;
        let u_next: Vec<_> = u.iter().zip(&v).map(|(a, b)| a - &e * b).collect();
        let v_next: Vec<_> = v.iter().zip(&u).map(|(a, b)| a - &e * b).collect();
        u = u_next;
        v = v_next;
    }
    out
}

fn exact_point(x: &RationalInterval) -> BigRational {
    let (lo, hi) = x.bounds().unwrap();
    assert_eq!(lo, hi, "the rational backend is exact here");
    lo
}

/// R4 and the (f, λ) recursion: exact equality with full GD, several widths, labels, steps.
#[test]
fn reduction_matches_full_gd_exactly() {
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a str, &'a str, &'a str);
    let cases: &[Case] = &[
        (&["1.5"], &["-0.25"], "1", "0.7", "0"),
        (
            &["1", "0.5", "-0.3", "2"],
            &["0.2", "-1", "0.75", "0.1"],
            "2",
            "1.3",
            "0",
        ),
        (
            &["1", "0.5", "-0.3", "2"],
            &["0.2", "-1", "0.75", "0.1"],
            "2",
            "0.9",
            "0.4",
        ),
        (
            &[
                "0.3", "0.1", "-0.2", "0.5", "0.4", "-0.6", "0.7", "0.1", "0.2",
            ],
            &[
                "0.1", "0.2", "0.3", "-0.4", "0.5", "0.6", "-0.7", "0.8", "0.9",
            ],
            "3",
            "2.2",
            "-0.5",
        ),
    ];
    for (u, v, root, eta, y) in cases {
        let u: Vec<_> = u.iter().map(|s| q(s)).collect();
        let v: Vec<_> = v.iter().map(|s| q(s)).collect();
        let (root, eta, y) = (q(root), q(eta), q(y));
        let n = (&root * &root).to_integer();
        let n: u64 = n.try_into().unwrap();
        let reference = full_gd(&u, &v, &root, &eta, &y, 4);
        let k = UvConstants::<RationalInterval>::new(n, &y, &eta, &());
        let (f0, lam0) = &reference[0];
        let mut g = RationalInterval::from_rational(&(f0 - &y), &());
        let mut lam = RationalInterval::from_rational(lam0, &());
        for (t, (f_ref, lam_ref)) in reference.iter().enumerate().skip(1) {
            let lam_before = exact_point(&lam);
            let f_before = exact_point(&g) + &y;
            let (g2, lam2, m) = k.step(&g, &lam);
            assert_eq!(&(exact_point(&g2) + &y), f_ref, "f at step {t}");
            assert_eq!(&exact_point(&lam2), lam_ref, "λ at step {t}");
            assert_eq!(
                exact_point(&g2),
                (&f_before - &y) * exact_point(&m),
                "factor form"
            );
            if y.is_zero() {
                // λ⁺ − λ = (ηf²/n)(ηλ − 4) (reference P5).
                let nq = BigRational::from_integer(n.into());
                let expect = &eta * &f_before * &f_before / nq * (&eta * &lam_before - q("4"));
                assert_eq!(lam_ref - &lam_before, expect, "R4 at step {t}");
            }
            g = g2;
            lam = lam2;
        }
    }
}

fn prove(eta: &str, label: &str, backend: Backend) -> Certificate {
    let p = CatapultProblem::new(1000, q("1"), q("2"), q(eta), q(label), 20_000).unwrap();
    prove_catapult(&p, backend).unwrap()
}

fn regime(c: &Certificate) -> &str {
    match &c.quantities["regime"] {
        Quantity::Label(s) => s,
        other => panic!("{other:?}"),
    }
}

fn enc(c: &Certificate, name: &str) -> (BigRational, BigRational) {
    match &c.quantities[name] {
        Quantity::Enclosure(e) => (q(&e.lo), q(&e.hi)),
        other => panic!("{other:?}"),
    }
}

/// Both sides of ηλ₀ = 2 and ηλ₀ = 4 (λ₀ = 2, so η = ηλ₀/2), each re-checked.
#[test]
fn thresholds_on_both_sides() {
    for (eta, expected) in [
        ("0.995", "lazy"),
        ("1.005", "catapult"),
        ("1.995", "catapult"),
        ("2.005", "divergent"),
        ("2.05", "divergent"),
    ] {
        let c = prove(eta, "0", Backend::Mpfr(256));
        assert!(c.verified, "{eta}: {}", c.reason);
        assert_eq!(regime(&c), expected, "η = {eta}");
        let report = check(&c).unwrap_or_else(|e| panic!("{eta}: {e}"));
        assert!(report.verified);
        if expected != "divergent" {
            let (lo, hi) = enc(&c, "eta_times_lambda_limit");
            assert!(hi < q("2") && lo > q("0"), "ηλ∞ in (0, 2)");
        }
        if expected == "lazy" {
            assert_eq!(c.quantities["loss_monotone"], Quantity::Bool(true));
        }
    }
}

/// Reference §8.3 (interval-enclosed at 60–700 digits by an independent implementation):
/// ηλ₀ = 2.5: ηλ∞ = 1.2787215…, peak loss 54.833 at step 7; ηλ₀ = 3: 0.18441164…, 184.867 at
/// step 5; ηλ₀ = 3.99: 0.32617749…, 449.661 at step 5; ηλ₀ = 3.9: 0.01847801…, 263.47 at step 4.
#[test]
fn matches_independent_reference_table() {
    for (eta, limit, digits, peak, t_peak) in [
        ("1.25", "1.2787215", "0.0000001", "54.833", 7),
        ("1.5", "0.18441164", "0.00000001", "184.867", 5),
        ("1.995", "0.32617749", "0.00000001", "449.661", 5),
        ("1.95", "0.01847801", "0.00000001", "263.47", 4),
    ] {
        let c = prove(eta, "0", Backend::Mpfr(256));
        assert!(c.verified, "{}", c.reason);
        assert_eq!(regime(&c), "catapult");
        let (lo, hi) = enc(&c, "eta_times_lambda_limit");
        let (r, tol) = (q(limit), q(digits));
        assert!(lo > &r - &tol && hi < &r + &tol, "η = {eta}: ηλ∞");
        // loss₀ = ½, so the peak loss is ratio/2; the table gives it to the digits shown.
        let (plo, phi) = enc(&c, "loss_peak_ratio");
        let half = q("0.5");
        let peak_tol = q("0.0006");
        assert!(&plo * &half > q(peak) - &peak_tol && &phi * &half < q(peak) + &peak_tol);
        assert_eq!(
            enc(&c, "t_peak"),
            (q(&t_peak.to_string()), q(&t_peak.to_string()))
        );
        check(&c).unwrap();
    }
}

#[test]
fn interval_backend_and_nonzero_label_verify_and_recheck() {
    for (backend, label) in [(Backend::Interval, "0"), (Backend::Mpfr(128), "0.5")] {
        let c = prove("1.25", label, backend);
        assert!(c.verified, "{}", c.reason);
        assert!(check(&c).unwrap().verified);
    }
}

#[test]
fn bad_input_is_rejected() {
    let bad = [
        (0, "1", "2", "1"),     // width 0
        (1000, "1", "0", "1"),  // λ₀ = 0
        (1000, "1", "-2", "1"), // λ₀ < 0
        (1, "1", "1", "1"),     // nλ₀² < 4f₀²: not realisable
        (1000, "0", "2", "1"),  // f₀ = label: a minimiser
        (1000, "1", "2", "0"),  // η = 0
        (1000, "1", "2", "-1"), // η < 0
    ];
    for (n, f0, l0, eta) in bad {
        assert!(
            CatapultProblem::new(n, q(f0), q(l0), q(eta), q("0"), 100).is_err(),
            "{n} {f0} {l0} {eta}"
        );
    }
    let p = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0"), 100).unwrap();
    assert!(prove_catapult(&p, Backend::Rational).is_err());
}

/// An undecidable budget and f64 are reported as not verified, with a reason.
#[test]
fn undecided_and_f64_are_not_verified() {
    let p = CatapultProblem::new(1000, q("1"), q("2"), q("1.25"), q("0"), 3).unwrap();
    let c = prove_catapult(&p, Backend::Mpfr(256)).unwrap();
    assert!(
        !c.verified && c.reason.contains("undecided"),
        "{}",
        c.reason
    );
    assert!(!c.quantities.contains_key("regime"));
    assert!(!check(&c).unwrap().verified);
    // The escape lemma is proved for label 0 only.
    let p = CatapultProblem::new(1000, q("1.5"), q("2"), q("2.05"), q("0.5"), 200).unwrap();
    let c = prove_catapult(&p, Backend::Mpfr(256)).unwrap();
    assert!(!c.verified && !c.reason.is_empty());
    let c = prove("1.25", "0", Backend::F64);
    assert!(!c.verified && !c.rigorous);
}

fn set_enclosure(c: &mut Certificate, name: &str, lo: &str, hi: &str) {
    c.quantities.insert(
        name.into(),
        Quantity::Enclosure(Enclosure {
            lo: lo.into(),
            hi: hi.into(),
        }),
    );
}

fn mutated(base: &Certificate, f: impl FnOnce(&mut Certificate)) -> Certificate {
    let mut c = base.clone();
    f(&mut c);
    c
}

#[test]
fn checker_rejects_mutations() {
    let cat = prove("1.25", "0", Backend::Mpfr(256));
    let div = prove("2.05", "0", Backend::Mpfr(256));
    assert!(check(&cat).is_ok() && check(&div).is_ok());
    let (lo, hi) = enc(&cat, "eta_times_lambda_limit");
    let shifted = |x: &BigRational| eoscert::certificate::format_exact(&(x + q("1e-20")));
    let cases: Vec<(&str, Certificate)> = vec![
        (
            "limit shifted",
            mutated(&cat, |c| {
                set_enclosure(c, "eta_times_lambda_limit", &shifted(&lo), &shifted(&hi))
            }),
        ),
        (
            "regime relabelled",
            mutated(&cat, |c| {
                c.quantities
                    .insert("regime".into(), Quantity::Label("lazy".into()));
            }),
        ),
        (
            "t_peak moved",
            mutated(&cat, |c| set_enclosure(c, "t_peak", "6", "6")),
        ),
        (
            "ratio narrowed",
            mutated(&cat, |c| {
                set_enclosure(c, "loss_peak_ratio", "109", "109.5")
            }),
        ),
        (
            "monotone claimed",
            mutated(&cat, |c| {
                c.quantities
                    .insert("loss_monotone".into(), Quantity::Bool(true));
            }),
        ),
        (
            "rho too small",
            mutated(&cat, |c| c.evidence["tail"]["rho"] = "0.1".into()),
        ),
        (
            "eps too small",
            mutated(&cat, |c| c.evidence["tail"]["eps"] = "1e-200".into()),
        ),
        (
            "lambda box too narrow",
            mutated(&cat, |c| {
                let lo = c.evidence["tail"]["lambda_hi"]
                    .as_str()
                    .unwrap()
                    .to_string();
                c.evidence["tail"]["lambda_lo"] = lo.into();
            }),
        ),
        (
            "fewer steps",
            mutated(&cat, |c| {
                let k = c.evidence["steps"].as_u64().unwrap();
                c.evidence["steps"] = (k - 5).into();
            }),
        ),
        (
            "eta changed",
            mutated(&cat, |c| c.eta = Some("1.2500001".into())),
        ),
        ("f0 changed", mutated(&cat, |c| c.init[0] = "1.001".into())),
        (
            "unknown quantity",
            mutated(&cat, |c| {
                c.quantities
                    .insert("sharpness".into(), Quantity::Bool(true));
            }),
        ),
        ("not rigorous", mutated(&cat, |c| c.rigorous = false)),
        (
            "escape z too large",
            mutated(&div, |c| c.evidence["escape"]["z"] = "1e40".into()),
        ),
        (
            "escape r0 too small",
            mutated(&div, |c| c.evidence["escape"]["r0"] = "0.5".into()),
        ),
        (
            "escape claimed as catapult",
            mutated(&div, |c| {
                c.quantities
                    .insert("regime".into(), Quantity::Label("catapult".into()));
            }),
        ),
        (
            "escape with label",
            mutated(&div, |c| c.model.target = "0.001".into()),
        ),
        (
            "escape one step early",
            mutated(&div, |c| {
                c.evidence["steps"] = 7.into();
                set_enclosure(c, "escape_step", "7", "7");
            }),
        ),
        (
            "outcome swapped",
            mutated(&div, |c| c.evidence["outcome"] = "converges".into()),
        ),
    ];
    for (what, c) in cases {
        assert!(check(&c).is_err(), "{what}: accepted");
    }
}

#[test]
fn cli_catapult_exit_codes() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_eoscert"))
            .args(args)
            .output()
            .unwrap()
    };
    let base = [
        "catapult",
        "--n",
        "1000",
        "--f0",
        "1",
        "--lambda0",
        "2",
        "--json",
    ];
    let ok = run(&[&base[..], &["--eta", "1.25"]].concat());
    assert_eq!(ok.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["claim"], "catapult");
    assert_eq!(v["quantities"]["regime"], "catapult");
    let undecided = run(&[&base[..], &["--eta", "1.25", "--max-steps", "2"]].concat());
    assert_eq!(undecided.status.code(), Some(1));
    let bad = run(&[&base[..], &["--eta", "-1"]].concat());
    assert_eq!(bad.status.code(), Some(2));
    let bad = run(&[
        "catapult",
        "--n",
        "1",
        "--f0",
        "1",
        "--lambda0",
        "1",
        "--eta",
        "1",
    ]);
    assert_eq!(bad.status.code(), Some(2));
}
