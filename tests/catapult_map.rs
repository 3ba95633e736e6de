//! The catapult-map claim (uv model over a range of η): the proved catapult start against the
//! exact first-step equation, the labels against single-instance proofs, and mutations the
//! checker must reject (wrong labels, broken escape constants, widened gaps, moved boundaries).

use std::process::Command;

use crate::util::q;
use eoscert::arith::Backend;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::catapult::{CatapultProblem, prove_catapult};
use eoscert::certify::catapult_map::{CatapultMapProblem, prove_catapult_map};
use num_rational::BigRational;

fn map(n: u64, f0: &str, lo: &str, hi: &str, gap: &str) -> Certificate {
    let p = CatapultMapProblem::new(n, q(f0), q("2"), q("0"), q(lo), q(hi), Some(q(gap)), 2000)
        .unwrap();
    prove_catapult_map(&p, Backend::Mpfr(128)).unwrap()
}

fn enclosure(c: &Certificate, name: &str) -> (BigRational, BigRational) {
    match &c.quantities[name] {
        Quantity::Enclosure(e) => (q(&e.lo), q(&e.hi)),
        other => panic!("{name}: {other:?}"),
    }
}

/// The catapult start for n = 10, f₀ = 1, λ₀ = 2 is the smaller root of the first-step factor
/// m₀(η) = 1 − 2η + η²/10 = −1, i.e. P(η) = η²/10 − 2η + 2 = 0 (η = 10 − √80 ≈ 1.0557281):
/// P changes sign across the proved enclosure (exact rationals, independent of the prover).
#[test]
fn catapult_start_encloses_the_first_step_root() {
    let c = map(10, "1", "0.9", "1.3", "1e-4");
    assert!(c.verified, "{}", c.reason);
    check(&c).unwrap();
    let (a, b) = enclosure(&c, "eta_catapult_start");
    let p = |e: &BigRational| e * e / q("10") - q("2") * e + q("2");
    assert!(p(&a) > q("0") && p(&b) < q("0"), "[{a}, {b}]");
    assert!(&b - &a <= q("1e-4"));
    let (la, lb) = enclosure(&c, "eta_lambda0_catapult_start");
    assert!(p(&(la / q("2"))) > q("0") && p(&(lb / q("2"))) < q("0"));
    assert_eq!(
        c.quantities["regimes"],
        Quantity::Label("lazy, converges, catapult".into())
    );
}

/// Every cell's label agrees with the single-instance proof at the cell's midpoint.
#[test]
fn cell_labels_agree_with_single_instances() {
    let c = map(10, "1", "0.9", "1.3", "1e-3");
    assert!(c.verified, "{}", c.reason);
    let cells = c.evidence["cells"].as_array().unwrap();
    for cell in cells.iter().step_by(7) {
        let regime = cell["regime"].as_str().unwrap();
        if regime == "converges" {
            continue;
        }
        let lo = q(cell["eta"][0].as_str().unwrap());
        let hi = q(cell["eta"][1].as_str().unwrap());
        let mid = (lo + hi) / q("2");
        let p = CatapultProblem::new(10, q("1"), q("2"), mid.clone(), q("0"), 20_000).unwrap();
        let one = prove_catapult(&p, Backend::Mpfr(256)).unwrap();
        assert!(one.verified, "{mid}: {}", one.reason);
        assert_eq!(
            one.quantities["regime"],
            Quantity::Label(regime.into()),
            "at η = {mid}"
        );
    }
}

fn mutated(base: &Certificate, f: impl FnOnce(&mut Certificate)) -> Certificate {
    let mut c = base.clone();
    f(&mut c);
    c
}

fn cell_index(c: &Certificate, regime: &str) -> usize {
    c.evidence["cells"]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| x["regime"] == regime)
        .unwrap_or_else(|| panic!("no {regime} cell"))
}

#[test]
fn checker_rejects_wrong_labels_and_broken_lemmas() {
    let base = map(10, "1", "0.9", "1.3", "1e-3");
    check(&base).unwrap();
    let lazy = cell_index(&base, "lazy");
    let cat = cell_index(&base, "catapult");
    let div = map(10, "1", "2.05", "2.0500001", "1e-9");
    assert!(div.verified, "{}", div.reason);
    check(&div).unwrap();
    let d = cell_index(&div, "divergent");
    let cases: Vec<(&str, Certificate)> = vec![
        (
            "lazy cell labelled catapult",
            mutated(&base, |c| {
                c.evidence["cells"][lazy]["regime"] = "catapult".into();
                c.evidence["cells"][lazy]["rise_step"] = 1.into();
            }),
        ),
        (
            "catapult cell labelled lazy",
            mutated(&base, |c| {
                c.evidence["cells"][cat]["regime"] = "lazy".into();
            }),
        ),
        (
            "catapult cell labelled divergent",
            mutated(&base, |c| {
                c.evidence["cells"][cat]["regime"] = "divergent".into();
            }),
        ),
        (
            "escape constant Z raised",
            mutated(&div, |c| {
                c.evidence["cells"][d]["escape"]["z"] = "1e6".into();
            }),
        ),
        (
            "escape constant R0 lowered",
            mutated(&div, |c| {
                c.evidence["cells"][d]["escape"]["r0"] = "0.5".into();
            }),
        ),
        (
            "escape constant delta shrunk",
            mutated(&div, |c| {
                c.evidence["cells"][d]["escape"]["delta"] = "0.001".into();
            }),
        ),
        (
            "cell widened",
            mutated(&base, |c| {
                c.evidence["cells"][lazy]["eta"][1] = "1.3".into();
            }),
        ),
        (
            "a cell removed (gap wider than allowed)",
            mutated(&base, |c| {
                c.evidence["cells"].as_array_mut().unwrap().remove(lazy + 1);
            }),
        ),
        (
            "lemma cell beyond ηλ₀ = 4",
            mutated(&div, |c| {
                c.evidence["cells"][d] = serde_json::json!({
                    "eta": c.evidence["cells"][d]["eta"].clone(),
                    "regime": "converges",
                    "lemma": "sigma-decreasing",
                });
                c.quantities
                    .insert("regimes".into(), Quantity::Label("converges".into()));
            }),
        ),
        (
            "boundary moved",
            mutated(&base, |c| {
                let (a, b) = enclosure(c, "eta_catapult_start");
                let e = eoscert::certificate::Enclosure {
                    lo: eoscert::certificate::format_exact(&(&a + q("1e-9"))),
                    hi: eoscert::certificate::format_exact(&b),
                };
                c.quantities
                    .insert("eta_catapult_start".into(), Quantity::Enclosure(e));
            }),
        ),
        (
            "regime sequence altered",
            mutated(&base, |c| {
                c.quantities
                    .insert("regimes".into(), Quantity::Label("lazy, catapult".into()));
            }),
        ),
    ];
    for (what, c) in cases {
        assert!(check(&c).is_err(), "{what}: accepted");
    }
}

/// n = 10, f₀ = 3, λ₀ = 2, η = 1.9 (ηλ₀ = 3.8) is lazy — so is every η of [1.9, 1.93]; the
/// first step's factor 1 − 2η + 0.9η² never reaches −1 (its discriminant is negative).
#[test]
fn wide_initial_output_stays_lazy_near_eta_lambda0_four() {
    let c = map(10, "3", "1.9", "1.93", "1e-5");
    assert!(c.verified, "{}", c.reason);
    check(&c).unwrap();
    assert_eq!(c.quantities["regimes"], Quantity::Label("lazy".into()));
}

#[test]
fn cli_catapult_map_and_bad_input() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_eoscert"))
            .args(args)
            .output()
            .unwrap()
    };
    let base = [
        "catapult",
        "--n",
        "10",
        "--f0",
        "1",
        "--lambda0",
        "2",
        "--json",
    ];
    let ok = run(&[&base[..], &["--eta-range", "0.9:1.2", "--gap", "1e-3"]].concat());
    assert_eq!(ok.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["claim"], "catapult-map");
    assert!(v["quantities"]["eta_catapult_start"].is_object());
    for bad in [
        &["--eta-range", "1.2:0.9"][..],
        &["--eta-range", "0:1"],
        &["--eta-range", "1:1"],
        &["--eta-range", "0.9:1.2", "--eta", "1"],
        &["--eta-range", "0.9:1.2", "--gap", "0"],
        &["--eta-range", "0.9:1.2:5"],
        &["--gap", "1e-3", "--eta", "1"],
    ] {
        let out = run(&[&base[..], bad].concat());
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}
