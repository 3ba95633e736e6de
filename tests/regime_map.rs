//! The proved regime map (claim `regime-map`): its checker accepts it and rejects tampered
//! cells; the float64 fast classifier is held to it on ≥ 10⁴ cases (η concentrated within 10⁻³
//! of proved window ends, starts off M for every depth), and a deliberately wrong fast
//! classifier (period-2 label up to η = 1.3 for p = 2, y = 1, where the flip is at √5 − 1)
//! is caught. `EOSCERT_REGIME_CASES=N` runs N cases (long mode: 10⁶).

use std::sync::OnceLock;

use crate::util::q;
use eoscert::arith::parse::rational_from_f64;
use eoscert::certificate::check::check;
use eoscert::certify::classify::{Regime, classify_fast};
use eoscert::certify::regime_map::{
    RegimeMap, RegimeMapProblem, certificate, compute_regime_map, prove_regime_map,
};
use eoscert::model::Model;
use num_rational::BigRational;
use num_traits::ToPrimitive;

/// The four (p, y) of the targets.
const CASES: [(usize, &str); 4] = [(2, "1"), (3, "1"), (5, "1"), (2, "2")];

fn problem(p: usize, y: &str) -> RegimeMapProblem {
    let yf: f64 = y.parse().unwrap();
    let pf = p as f64;
    let crit = 2.0 / (pf * yf.powf(2.0 - 2.0 / pf));
    RegimeMapProblem {
        depth: p,
        target: q(y),
        eta_lo: rational_from_f64(crit / 2.0).unwrap(),
        eta_hi: rational_from_f64(crit * 1.5).unwrap(),
        max_period: 8,
        gap: q("1e-6"),
        end_bits: 256,
    }
}

/// The proved map of each (p, y), computed once.
fn map(i: usize) -> &'static RegimeMap {
    static MAPS: OnceLock<Vec<RegimeMap>> = OnceLock::new();
    &MAPS.get_or_init(|| {
        CASES
            .iter()
            .map(|&(p, y)| {
                let m = compute_regime_map(&problem(p, y)).unwrap();
                assert!(m.failures.is_empty(), "p = {p}: {:?}", m.failures);
                m
            })
            .collect()
    })[i]
}

/// The period proved at η (η inside a proved cell), else `None`.
fn proved_period(m: &RegimeMap, eta: f64) -> Option<usize> {
    m.cells
        .iter()
        .find(|c| c.eta.0 <= eta && eta <= c.eta.1)
        .map(|c| c.period)
}

fn end_f64(m: &RegimeMap, j: usize) -> f64 {
    m.ends[j].eta().to_f64_mid()
}

trait Mid {
    fn to_f64_mid(&self) -> f64;
}

impl Mid for eoscert::arith::MpfrInterval {
    fn to_f64_mid(&self) -> f64 {
        eoscert::arith::Scalar::to_f64(self)
    }
}

/// splitmix64: a fixed-seed generator, so every run draws the same cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// One drawn case: (index of (p, y), η, θ₀).
type Case = (usize, f64, Vec<f64>);

fn draw(rng: &mut Rng, only: Option<usize>) -> Case {
    let i = only.unwrap_or((rng.next() % 4) as usize);
    let (p, y) = CASES[i];
    let m = map(i);
    let yf: f64 = y.parse().unwrap();
    let eta = if rng.next().is_multiple_of(5) {
        rng.uniform(end_f64(m, 0) / 2.0, end_f64(m, 3))
    } else {
        let j = (rng.next() % 4) as usize;
        end_f64(m, j) + rng.uniform(-1e-3, 1e-3) / yf.powf(2.0 - 2.0 / p as f64)
    };
    let s_star = yf.powf(1.0 / p as f64);
    let s0 = s_star * rng.uniform(0.85, 1.15);
    // Off M and off L for every depth: independent perturbations of every coordinate.
    let init: Vec<f64> = (0..p)
        .map(|_| s0 * (1.0 + rng.uniform(-0.05, 0.05)))
        .collect();
    (i, eta, init)
}

/// The period a fast label claims (`None` for labels that claim no attracting orbit).
fn claimed_period(r: Regime) -> Option<usize> {
    match r {
        Regime::Subcritical => Some(1),
        Regime::Supercritical => Some(2),
        Regime::Periodic(n) => Some(n as usize),
        _ => None,
    }
}

#[derive(Debug, Default)]
struct Tally {
    cases: usize,
    agree: usize,
    contradictions: Vec<String>,
    rigorous_undecided: usize,
    fast_undecided: usize,
    fast_divergent: usize,
}

/// Hold a classifier to the proved map: a contradiction is a claimed period that differs from
/// the period of the stable orbit proved at η, or `chaotic` where a stable orbit is proved.
fn hold(classifier: &dyn Fn(&Model, f64, &[f64]) -> Regime, cases: &[Case]) -> Tally {
    let mut t = Tally::default();
    for (i, eta, init) in cases {
        t.cases += 1;
        let (p, y) = CASES[*i];
        let Some(proved) = proved_period(map(*i), *eta) else {
            t.rigorous_undecided += 1;
            continue;
        };
        let model = Model::factorisation(p, q(y)).unwrap();
        let label = classifier(&model, *eta, init);
        match (label, claimed_period(label)) {
            (_, Some(n)) if n == proved => t.agree += 1,
            (_, Some(n)) => t.contradictions.push(format!(
                "p = {p}, y = {y}, η = {eta:e}, θ₀ = {init:?}: fast period {n}, proved {proved}"
            )),
            (Regime::Chaotic, None) => t.contradictions.push(format!(
                "p = {p}, y = {y}, η = {eta:e}: fast chaotic, proved stable period {proved}"
            )),
            (Regime::Divergent, None) => t.fast_divergent += 1,
            _ => t.fast_undecided += 1,
        }
    }
    t
}

fn fast(model: &Model, eta: f64, init: &[f64]) -> Regime {
    let init: Vec<BigRational> = init
        .iter()
        .map(|v| rational_from_f64(*v).unwrap())
        .collect();
    classify_fast(model, &rational_from_f64(eta).unwrap(), &init, 3000).regime
}

#[test]
fn fast_classifier_is_held_to_the_proved_map() {
    let n: usize = std::env::var("EOSCERT_REGIME_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let mut rng = Rng(0x5EED_0015);
    let cases: Vec<Case> = (0..n).map(|_| draw(&mut rng, None)).collect();
    let t = hold(&fast, &cases);
    eprintln!(
        "regime map vs classify --fast: {} cases, {} agree, {} contradictions, {} undecided by the \
         proved map (η in a gap), {} undecided by the fast classifier, {} fast divergent",
        t.cases,
        t.agree,
        t.contradictions.len(),
        t.rigorous_undecided,
        t.fast_undecided,
        t.fast_divergent
    );
    assert!(
        t.contradictions.is_empty(),
        "{:#?}",
        &t.contradictions[..t.contradictions.len().min(10)]
    );
    assert!(t.agree * 5 >= t.cases * 2, "too few decided cases: {t:?}");
}

/// A fast classifier that puts the flip at 1.3 for p = 2, y = 1 (it says period 2 up to 1.3).
#[test]
fn a_wrong_flip_is_caught() {
    let wrong = |model: &Model, eta: f64, init: &[f64]| {
        if model.n_params() == 2 && (1.0..1.3).contains(&eta) {
            Regime::Supercritical
        } else {
            fast(model, eta, init)
        }
    };
    let mut rng = Rng(0xBAD_F11B);
    let cases: Vec<Case> = (0..2000).map(|_| draw(&mut rng, Some(0))).collect();
    let t = hold(&wrong, &cases);
    assert!(
        t.contradictions.len() > 100,
        "the wrong flip went unnoticed: {t:?}"
    );
}

#[test]
fn checker_accepts_the_map_and_rejects_tampering() {
    let pr = RegimeMapProblem {
        eta_hi: q("1.2992279396"),
        ..problem(2, "1")
    };
    let cert = prove_regime_map(&pr).unwrap();
    assert!(cert.verified, "{}", cert.reason);
    check(&cert).expect("the checker accepts the map");
    // √5 − 1 inside the period-2 window end.
    let e = match &cert.quantities["eta_end_period_2"] {
        eoscert::certificate::Quantity::Enclosure(e) => e.clone(),
        _ => panic!(),
    };
    let (lo, hi) = (q(&e.lo), q(&e.hi));
    assert!(&hi - &lo <= q("1e-30"));
    assert!(
        lo.to_f64().unwrap() <= 5f64.sqrt() - 1.0 + 1e-15
            && hi.to_f64().unwrap() >= 5f64.sqrt() - 1.0 - 1e-15
    );
    // (√5 − 1)² = 6 − 2√5: lo < √5 − 1 < hi exactly, via (x + 1)² vs 5.
    let one = q("1");
    let five = q("5");
    assert!((&lo + &one) * (&lo + &one) < five && (&hi + &one) * (&hi + &one) > five);
    // Tampering: a cell stretched past the next one, a cell dropped, a widened η range, a
    // preconditioner entry changed, a multiplier bound pushed outside (−1, 1).
    let tamper = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = serde_json::to_value(&cert).unwrap();
        f(&mut v);
        let c: eoscert::certificate::Certificate = serde_json::from_value(v).unwrap();
        check(&c).is_err()
    };
    assert!(tamper(&|v| {
        let hi = v["evidence"]["cells"][5]["eta"]["hi"].clone();
        v["evidence"]["cells"][3]["eta"]["hi"] = hi;
    }));
    assert!(tamper(&|v| {
        v["evidence"]["cells"].as_array_mut().unwrap().remove(20);
    }));
    assert!(tamper(&|v| v["evidence"]["eta_range"]["hi"] = "1.31".into()));
    assert!(tamper(
        &|v| v["evidence"]["cells"][10]["krawczyk"]["preconditioner"][0][0] = "7".into()
    ));
    assert!(tamper(
        &|v| v["evidence"]["cells"][10]["multiplier_along"]["lo"] = "-1.5".into()
    ));
    assert!(tamper(&|v| v["evidence"]["gap"] = "1e-9".into()));
    assert!(tamper(&|v| v["evidence"]["extra"] = "1".into()));
    assert!(tamper(
        &|v| v["quantities"]["covered_fraction"]["lo"] = "0.5".into()
    ));
    // An incomplete map is not verified.
    let mut map = compute_regime_map(&pr).unwrap();
    map.cells.remove(7);
    let c = certificate(&pr, &map, 0.0);
    assert!(check(&c).is_err());
}

/// Beyond the flip the fast labels name the orbit GD settles on (period 16, period 4), not
/// `supercritical`.
#[test]
fn fast_labels_beyond_the_flip() {
    let m2 = Model::factorisation(2, q("1")).unwrap();
    let c = classify_fast(&m2, &q("1.3"), &[q("1.3"), q("0.77")], 2000);
    assert_eq!(c.regime, Regime::Periodic(16), "{}", c.reason);
    let m3 = Model::factorisation(3, q("1")).unwrap();
    let c = classify_fast(&m3, &q("0.835"), &[q("1.1"), q("0.9"), q("1")], 2000);
    assert_eq!(c.regime, Regime::Periodic(4), "{}", c.reason);
}
