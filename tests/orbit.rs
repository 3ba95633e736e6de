//! Period-two orbit and flip boundary: cross-checks against closed forms (exact rational
//! arithmetic), published float references, float GD runs, and the independent checker.

use crate::util::q;
use approx::assert_abs_diff_eq;
use eoscert::arith::Backend;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity, format_exact};
use eoscert::certify::orbit::{
    Multiplier, OrbitProblem, float_orbit, prove_boundary, prove_flip_boundary, prove_period_two,
};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use proptest::prelude::*;

fn problem(p: usize, y: &str, eta: &str) -> OrbitProblem {
    OrbitProblem {
        depth: p,
        target: q(y),
        eta: q(eta),
    }
}

fn enc(c: &Certificate, name: &str) -> (BigRational, BigRational) {
    match &c.quantities[name] {
        Quantity::Enclosure(Enclosure { lo, hi }) => (q(lo), q(hi)),
        other => panic!("{name}: {other:?}"),
    }
}

fn width(c: &Certificate, name: &str) -> f64 {
    let (lo, hi) = enc(c, name);
    (hi - lo).to_f64().unwrap()
}

fn mid(c: &Certificate, name: &str) -> f64 {
    let (lo, hi) = enc(c, name);
    ((lo + hi) / BigRational::from_integer(2.into()))
        .to_f64()
        .unwrap()
}

fn contains(c: &Certificate, name: &str, x: &BigRational) -> bool {
    let (lo, hi) = enc(c, name);
    &lo <= x && x <= &hi
}

const MPFR: Backend = Backend::Mpfr(256);

/// g(t) = t⁴ − (1 + 1/η)t² + 1/η², whose positive roots are s₋ < 1/√η < s₊ for p = 2, y = 1
/// (s₊² + s₋² = 1 + 1/η, s₊s₋ = 1/η). Proves s₊ ∈ [lo, hi] (resp. s₋) in exact arithmetic.
fn closed_form_p2_contains(eta: &BigRational, lo: &BigRational, hi: &BigRational, plus: bool) {
    let one = BigRational::one();
    let g = |t: &BigRational| {
        let t2 = t * t;
        &t2 * &t2 - (&one + eta.recip()) * &t2 + (eta * eta).recip()
    };
    assert!(lo.is_positive());
    let inv = eta.recip();
    if plus {
        assert!(lo * lo > inv, "lo must exceed 1/√η > s₋");
    } else {
        assert!(hi * hi < inv, "hi must stay below 1/√η < s₊");
    }
    assert!(
        (g(lo) * g(hi)).is_negative(),
        "no sign change: root not enclosed"
    );
}

#[test]
fn p2_closed_forms_interval_and_mpfr() {
    for eta in ["1.001", "21/20", "1.1", "1.2", "1.3", "2", "7/2", "10"] {
        let e = q(eta);
        for (backend, max_w) in [(Backend::Interval, 1e-12), (MPFR, 1e-50)] {
            let c = prove_period_two(&problem(2, "1", eta), backend).unwrap();
            assert!(c.verified, "{eta} {backend}: {}", c.reason);
            for (name, plus) in [("s_plus", true), ("s_minus", false)] {
                let (lo, hi) = enc(&c, name);
                closed_form_p2_contains(&e, &lo, &hi, plus);
                assert!(width(&c, name) <= max_w, "{eta} {backend} {name}");
            }
            let two = BigRational::from_integer(2.into());
            let one = BigRational::one();
            let nine = BigRational::from_integer(9.into());
            let mn = &nine - &two * (&one + &e) * (&one + &e);
            let mt = BigRational::from_integer(3.into()) - &two * &e;
            assert!(contains(&c, "multiplier_normal", &mn), "{eta} {backend}");
            assert!(contains(&c, "multiplier_tangent", &mt), "{eta} {backend}");
            assert!(width(&c, "multiplier_normal") <= max_w * 1e3);
            // stable iff 1 < η < √5 − 1 (⟺ (1+η)² < 5) and η < 2.
            let stable = (&one + &e) * (&one + &e) < BigRational::from_integer(5.into());
            assert_eq!(c.quantities["stable"], Quantity::Bool(stable), "{eta}");
            let report = check(&c).unwrap_or_else(|e| panic!("{eta} {backend}: {e}"));
            assert!(report.verified);
        }
    }
}

/// φ(s) = s − η(s^p − y)s^{p−1} in exact rationals (independent of the prover's code).
fn phi_exact(p: usize, y: &BigRational, eta: &BigRational, s: &BigRational) -> BigRational {
    s - eta * (num_traits::pow(s.clone(), p) - y) * num_traits::pow(s.clone(), p - 1)
}

/// The claimed enclosures of s₊ and s₋ each contain a 2-periodic point of φ that is not a
/// fixed point, proved in exact arithmetic: g(s) = φ(φ(s)) − s changes sign on [lo, hi]
/// (intermediate value theorem) and the fixed point y^{1/p} is not in [lo, hi].
fn assert_two_cycle_enclosed(c: &Certificate, p: usize, y: &BigRational, eta: &BigRational) {
    let g = |s: &BigRational| phi_exact(p, y, eta, &phi_exact(p, y, eta, s)) - s;
    for name in ["s_plus", "s_minus"] {
        let (lo, hi) = enc(c, name);
        assert!(
            (g(&lo) * g(&hi)).is_negative(),
            "p = {p}, {name}: no sign change"
        );
        let (lp, hp) = (num_traits::pow(lo, p), num_traits::pow(hi, p));
        assert!(
            &hp < y || &lp > y,
            "p = {p}, {name}: may be the fixed point"
        );
    }
}

#[test]
fn mpfr_proofs_p2_to_p8_reach_the_working_precision() {
    // η = (2 + ε)/p for small, moderate and large ε (y = 1), and one y ≠ 1.
    for p in 2..=8usize {
        for (y, eps) in [("1", "1/100"), ("1", "1/5"), ("1", "1/2"), ("5/3", "3/10")] {
            let y = q(y);
            let scale = num_traits::pow(y.clone(), 2 * p - 2)
                .to_f64()
                .unwrap()
                .powf(1.0 / p as f64);
            // ηλ* = 2 + ε with λ* = p·y^{2−2/p}; η rounded to a nearby rational.
            let eta_f = (2.0 + q(eps).to_f64().unwrap()) / (p as f64 * scale);
            let eta = q(&format!("{eta_f:.12}"));
            let c = prove_period_two(
                &OrbitProblem {
                    depth: p,
                    target: y.clone(),
                    eta: eta.clone(),
                },
                MPFR,
            )
            .unwrap();
            assert!(c.verified, "p = {p}, η = {eta}: {}", c.reason);
            assert_two_cycle_enclosed(&c, p, &y, &eta);
            for name in ["s_plus", "s_minus"] {
                assert!(
                    width(&c, name) < 1e-73,
                    "p = {p} {name}: {}",
                    width(&c, name)
                );
            }
            assert!(check(&c).unwrap().verified, "p = {p}");
        }
    }
}

#[test]
fn rational_instance_21_20() {
    for backend in [Backend::Interval, MPFR] {
        let c = prove_period_two(&problem(2, "1", "21/20"), backend).unwrap();
        assert!(c.verified);
        // s₊ = 5/√21, s₋ = 4/√21: squares 25/21, 16/21 enclosed exactly.
        for (name, sq) in [("s_plus", q("25/21")), ("s_minus", q("16/21"))] {
            let (lo, hi) = enc(&c, name);
            assert!(&lo * &lo <= sq && sq <= &hi * &hi, "{name}");
        }
        assert!(contains(&c, "multiplier_normal", &q("119/200")));
        assert!(contains(&c, "multiplier_tangent", &q("9/10")));
        // rate = √(9/10) per step.
        let (lo, hi) = enc(&c, "rate");
        assert!(&lo * &lo <= q("9/10") && q("9/10") <= &hi * &hi);
    }
}

#[test]
fn instance_11_10_reference_digits() {
    let c = prove_period_two(&problem(2, "1", "11/10"), MPFR).unwrap();
    assert!(c.verified);
    // Reference §5.2 (30 digits of the closed form (√41 ± 1)/(2√11)).
    let (lo, hi) = enc(&c, "s_plus");
    let r = q("1.116062971452304597767658940087");
    let tol = q("1e-29");
    assert!(lo <= &r + &tol && &r - &tol <= hi);
    let (lo, hi) = enc(&c, "s_minus");
    let r = q("0.814551626874540975120846873117");
    assert!(lo <= &r + &tol && &r - &tol <= hi);
    assert!(contains(&c, "multiplier_normal", &q("0.18")));
    assert!(contains(&c, "multiplier_tangent", &q("0.8")));
    assert_eq!(c.quantities["stable"], Quantity::Bool(true));
}

#[test]
fn table_6_3_p3_p5() {
    // (p, η, u₊, u₋, along L, along M) from reference §6.3 (float references, not proofs).
    for (p, eta, up, um, mn, mt) in [
        (5, "41/100", 0.0410796, -0.0528843, 0.799879, 0.996448),
        (3, "41/60", 0.0622377, -0.0796624, 0.799548, 0.986417),
        (2, "201/200", 0.0472345, -0.0525164, 0.95995, 0.99),
    ] {
        for backend in [Backend::Interval, MPFR] {
            let c = prove_period_two(&problem(p, "1", eta), backend).unwrap();
            assert!(c.verified, "{p}: {}", c.reason);
            let sp = (p as f64).sqrt();
            assert_abs_diff_eq!(sp * (mid(&c, "s_plus") - 1.0), up, epsilon = 1e-6);
            assert_abs_diff_eq!(sp * (mid(&c, "s_minus") - 1.0), um, epsilon = 1e-6);
            assert_abs_diff_eq!(mid(&c, "multiplier_normal"), mn, epsilon = 1e-5);
            assert_abs_diff_eq!(mid(&c, "multiplier_tangent"), mt, epsilon = 1e-5);
            let max_w = if backend == MPFR { 1e-50 } else { 1e-12 };
            for name in [
                "s_plus",
                "s_minus",
                "multiplier_normal",
                "multiplier_tangent",
            ] {
                assert!(width(&c, name) <= max_w, "{p} {backend} {name}");
            }
            assert!(check(&c).unwrap().verified);
        }
    }
}

#[test]
fn small_eps_asymptotics() {
    // u± = ±√(ε/c*) + O(ε), multipliers 1 − 4ε and (1 − νε/(c*λ*))² up to O(ε²), y = 1.
    let eps = 1e-4;
    for p in 2..=6usize {
        let pf = p as f64;
        let c_star = 4.0 * (pf - 1.0) * (5.0 * pf - 4.0) / (3.0 * pf);
        let ratio = 3.0 / ((pf - 1.0) * (5.0 * pf - 4.0));
        let eta = BigRational::new(
            (20000 + 1).into(), // ε = pη − 2 = 1e-4 ⇒ η = (2 + 1e-4)/p
            (10000 * p as i64).into(),
        );
        let c = prove_period_two(
            &OrbitProblem {
                depth: p,
                target: BigRational::one(),
                eta,
            },
            Backend::Interval,
        )
        .unwrap();
        assert!(c.verified, "{p}");
        let half_gap = pf.sqrt() * (mid(&c, "s_plus") - mid(&c, "s_minus")) / 2.0;
        assert_abs_diff_eq!(half_gap / (eps / c_star).sqrt(), 1.0, epsilon = 0.01);
        assert_abs_diff_eq!(
            mid(&c, "multiplier_normal"),
            1.0 - 4.0 * eps,
            epsilon = 50.0 * eps * eps
        );
        assert_abs_diff_eq!(
            mid(&c, "multiplier_tangent"),
            (1.0 - ratio * eps).powi(2),
            epsilon = 50.0 * eps * eps
        );
    }
}

#[test]
fn general_target_scales() {
    // GD on y·(scaled) is GD on y = 1 with η̃ = ηy^{2−2/p}: for p = 2, y = 4, η = 21/80
    // (η̃ = 21/20) the orbit is 2·(5/√21, 4/√21).
    let c = prove_period_two(&problem(2, "4", "21/80"), MPFR).unwrap();
    assert!(c.verified);
    let (lo, hi) = enc(&c, "s_plus");
    let sq = q("100/21");
    assert!(&lo * &lo <= sq && sq <= &hi * &hi);
    assert!(contains(&c, "multiplier_normal", &q("119/200")));
    assert!(check(&c).unwrap().verified);
    for p in 2..=8 {
        let c = prove_period_two(&problem(p, "3/7", "9"), Backend::Interval).unwrap();
        // Far beyond the flip; must either verify (and re-check) or refuse, never panic.
        if c.verified {
            assert!(check(&c).unwrap().verified);
        }
    }
}

#[test]
fn flip_boundary_p2_contains_sqrt5_minus_1() {
    let w = q("1e-30");
    let c = prove_flip_boundary(2, &BigRational::one(), &w, MPFR).unwrap();
    assert!(c.verified, "{}", c.reason);
    let (lo, hi) = enc(&c, "eta_flip");
    let five = BigRational::from_integer(5.into());
    let one = BigRational::one();
    // √5 − 1 ∈ [lo, hi] ⟺ (lo + 1)² ≤ 5 ≤ (hi + 1)².
    assert!((&lo + &one) * (&lo + &one) <= five && five <= (&hi + &one) * (&hi + &one));
    assert!(&hi - &lo <= w);
    assert!(check(&c).unwrap().verified);
    // The tangential multiplier 3 − 2η crosses −1 at η = 2.
    let c = prove_boundary(2, &BigRational::one(), &w, Multiplier::Tangent, MPFR).unwrap();
    assert!(c.verified, "{}", c.reason);
    assert!(contains(&c, "eta_flip_tangent", &q("2")));
    assert!(check(&c).unwrap().verified);
    // With double intervals 1e-30 is out of reach: refused, not faked.
    let c = prove_flip_boundary(2, &BigRational::one(), &w, Backend::Interval).unwrap();
    assert!(!c.verified && c.reason.contains("requested"));
}

#[test]
fn flip_boundary_other_depths_consistent_with_orbit_multipliers() {
    let w = q("1e-40");
    for p in [3usize, 5, 8] {
        let c = prove_flip_boundary(p, &BigRational::one(), &w, MPFR).unwrap();
        assert!(c.verified, "{p}: {}", c.reason);
        assert!(check(&c).unwrap().verified);
        let (lo, hi) = enc(&c, "eta_flip");
        // Just below the boundary the orbit is stable along L, just above it is not.
        let d = q("1e-6");
        let below = prove_period_two(
            &OrbitProblem {
                depth: p,
                target: BigRational::one(),
                eta: &lo - &d,
            },
            Backend::Interval,
        )
        .unwrap();
        let above = prove_period_two(
            &OrbitProblem {
                depth: p,
                target: BigRational::one(),
                eta: &hi + &d,
            },
            Backend::Interval,
        )
        .unwrap();
        assert!(enc(&below, "multiplier_normal").0 > q("-1"));
        assert!(enc(&above, "multiplier_normal").1 < q("-1"));
    }
}

/// Full GD on θ ∈ ℝ^p in f64 from a perturbed point near the orbit (including a 1^⊥ component).
fn gd_run(p: usize, y: f64, eta: f64, start: Vec<f64>, steps: usize) -> Vec<f64> {
    let mut th = start;
    for _ in 0..steps {
        let prod: f64 = th.iter().product();
        let r = prod - y;
        let grad: Vec<f64> = (0..p)
            .map(|i| {
                th.iter()
                    .enumerate()
                    .filter(|&(j, _)| j != i)
                    .map(|(_, v)| v)
                    .product::<f64>()
            })
            .collect();
        for i in 0..p {
            th[i] -= eta * r * grad[i];
        }
    }
    th
}

#[test]
fn full_dimensional_gd_converges_into_enclosure() {
    for (p, eta, steps) in [
        (2usize, "11/10", 2000usize),
        (3, "41/60", 20000),
        (4, "0.53", 20000),
    ] {
        let c = prove_period_two(&problem(p, "1", eta), Backend::Interval).unwrap();
        assert!(c.verified && c.quantities["stable"] == Quantity::Bool(true));
        let sp = mid(&c, "s_plus");
        let start: Vec<f64> = (0..p)
            .map(|i| sp * (1.0 + 0.01 * (i as f64 - 0.4)))
            .collect();
        let th = gd_run(p, 1.0, q(eta).to_f64().unwrap(), start, steps);
        let th1 = gd_run(p, 1.0, q(eta).to_f64().unwrap(), th.clone(), 1);
        let (lo_p, hi_p) = enc(&c, "s_plus");
        let (lo_m, hi_m) = enc(&c, "s_minus");
        let (lp, hp, lm, hm) = (
            lo_p.to_f64().unwrap(),
            hi_p.to_f64().unwrap(),
            lo_m.to_f64().unwrap(),
            hi_m.to_f64().unwrap(),
        );
        // Even and odd iterates sit on the two orbit points (either phase), to float precision.
        let near = |v: f64, lo: f64, hi: f64| v >= lo - 1e-13 && v <= hi + 1e-13;
        let on_plus = th.iter().all(|&v| near(v, lp, hp)) && th1.iter().all(|&v| near(v, lm, hm));
        let on_minus = th.iter().all(|&v| near(v, lm, hm)) && th1.iter().all(|&v| near(v, lp, hp));
        assert!(on_plus || on_minus, "p = {p}: {th:?} {th1:?}");
    }
}

#[test]
fn refusals() {
    // η ≤ η_crit (exactly at it, and below): not verified, with the reason.
    for (p, eta) in [(2, "1"), (2, "0.9"), (5, "0.4"), (3, "2/3"), (3, "0.1")] {
        let c = prove_period_two(&problem(p, "1", eta), MPFR).unwrap();
        assert!(
            !c.verified && c.reason.contains("not supercritical"),
            "{p} {eta}"
        );
        assert!(!check(&c).unwrap().verified);
    }
    // y ≠ 1: η_crit = 2/(p·y^{2−2/p}); p = 2, y = 4: η_crit = 1/4.
    assert!(
        !prove_period_two(&problem(2, "4", "1/4"), Backend::Interval)
            .unwrap()
            .verified
    );
    assert!(
        prove_period_two(&problem(2, "4", "0.2501"), Backend::Interval)
            .unwrap()
            .verified
    );
    // Huge η: the float search or the proof fails, never a wrong orbit.
    for (p, eta) in [(3, "1e300"), (2, "1e400"), (5, "1e30")] {
        let c = prove_period_two(&problem(p, "1", eta), Backend::Interval).unwrap();
        assert!(!c.verified, "{p} {eta}");
        assert!(!c.reason.is_empty());
    }
    // Bad input.
    assert!(prove_period_two(&problem(1, "1", "1.1"), Backend::Interval).is_err());
    assert!(prove_period_two(&problem(2, "0", "1.1"), Backend::Interval).is_err());
    assert!(prove_period_two(&problem(2, "-1", "1.1"), Backend::Interval).is_err());
    assert!(prove_period_two(&problem(2, "1", "0"), Backend::Interval).is_err());
    assert!(prove_flip_boundary(2, &BigRational::one(), &BigRational::zero(), MPFR).is_err());
    // The f64 backend never claims verification.
    let c = prove_period_two(&problem(2, "1", "1.1"), Backend::F64).unwrap();
    assert!(!c.verified && !c.rigorous);
}

/// Every number of a period-two certificate, nudged in the direction that strengthens the
/// claim (or breaks the evidence), and every input, nudged either way, must be rejected.
#[test]
fn mutations_are_caught() {
    let nudge = |s: &str, up: bool| {
        let x = q(s);
        let d = if x.is_zero() {
            q("1e-9")
        } else {
            x.abs() * q("1e-9")
        };
        format_exact(&if up { x + d } else { x - d })
    };
    for backend in [Backend::Interval, MPFR] {
        let c = prove_period_two(&problem(3, "1", "41/60"), backend).unwrap();
        assert!(check(&c).unwrap().verified);
        // Quantities: either direction (outward nudges fail the tightness test).
        for name in [
            "s_plus",
            "s_minus",
            "multiplier_normal",
            "multiplier_tangent",
            "rate",
        ] {
            for (field, up) in [("lo", true), ("lo", false), ("hi", true), ("hi", false)] {
                let mut m = c.clone();
                if let Some(Quantity::Enclosure(e)) = m.quantities.get_mut(name) {
                    let s = if field == "lo" { &mut e.lo } else { &mut e.hi };
                    *s = nudge(s, up);
                }
                assert!(check(&m).is_err(), "{backend} {name}.{field} {up}");
            }
        }
        let mut m = c.clone();
        m.quantities.insert("stable".into(), Quantity::Bool(false));
        assert!(check(&m).is_err());
        // Inputs.
        for up in [true, false] {
            let mut m = c.clone();
            m.eta = Some(nudge(m.eta.as_deref().unwrap(), up));
            assert!(check(&m).is_err(), "eta {up}");
            let mut m = c.clone();
            m.model.target = nudge(&m.model.target, up);
            assert!(check(&m).is_err(), "target {up}");
        }
        let mut m = c.clone();
        m.model.depth = Some(4);
        assert!(check(&m).is_err());
        // Tight box and enclosure: inward nudges exclude the zero or K(X) ∩ X.
        for key in ["box", "enclosure"] {
            for i in 0..2 {
                for (field, up) in [("lo", true), ("hi", false)] {
                    let mut m = c.clone();
                    let v = if key == "box" {
                        &mut m.evidence["tight"]["box"][i][field]
                    } else {
                        &mut m.evidence["enclosure"][i][field]
                    };
                    let s = v.as_str().unwrap().to_string();
                    *v = serde_json::json!(nudge(&s, up));
                    assert!(check(&m).is_err(), "{backend} {key}[{i}].{field}");
                }
            }
        }
        // The tight box moved outside the uniqueness box, a garbage preconditioner, a midpoint
        // outside its box.
        let mut m = c.clone();
        let s = m.evidence["uniqueness"]["box"][0]["lo"]
            .as_str()
            .unwrap()
            .to_string();
        m.evidence["tight"]["box"][0]["lo"] = serde_json::json!(nudge(&s, false));
        assert!(check(&m).is_err());
        let mut m = c.clone();
        m.evidence["tight"]["preconditioner"][0][0] = serde_json::json!("1000");
        assert!(check(&m).is_err());
        let mut m = c.clone();
        let s = m.evidence["uniqueness"]["box"][1]["hi"]
            .as_str()
            .unwrap()
            .to_string();
        m.evidence["uniqueness"]["midpoint"][1] = serde_json::json!(nudge(&s, true));
        assert!(check(&m).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Whenever the orbit is verified, the float orbit obtained by iterating φ lies in the
    /// enclosure up to float error.
    #[test]
    fn float_iteration_lands_in_enclosure(p in 2usize..=8, y in 0.25f64..4.0, delta in 1e-3f64..0.08) {
        let pf = p as f64;
        let eta_f = 2.0 / (pf * y.powf(2.0 - 2.0 / pf)) * (1.0 + delta);
        let y_q = eoscert::arith::parse::rational_from_f64(y).unwrap();
        let eta_q = eoscert::arith::parse::rational_from_f64(eta_f).unwrap();
        let c = prove_period_two(&OrbitProblem { depth: p, target: y_q, eta: eta_q }, Backend::Interval).unwrap();
        prop_assume!(c.verified);
        let phi = |s: f64| s - eta_f * (s.powi(p as i32) - y) * s.powi(p as i32 - 1);
        let root = y.powf(1.0 / pf);
        let mut s = root * 1.001;
        for _ in 0..400_000 { s = phi(phi(s)); }
        let (a, b) = (s.max(phi(s)), s.min(phi(s)));
        let (lp, hp) = enc(&c, "s_plus");
        let (lm, hm) = enc(&c, "s_minus");
        let tol = 1e-11 * root;
        prop_assert!(a >= lp.to_f64().unwrap() - tol && a <= hp.to_f64().unwrap() + tol, "{a} {:?}", (lp.to_f64(), hp.to_f64()));
        prop_assert!(b >= lm.to_f64().unwrap() - tol && b <= hm.to_f64().unwrap() + tol);
        // The float continuation agrees as well.
        let (fa, fb) = float_orbit(p, y, eta_f).unwrap();
        prop_assert!((fa - a).abs() < 1e-9 && (fb - b).abs() < 1e-9);
        prop_assert!(check(&c).unwrap().verified);
    }
}

/// Every claim file of these kinds in `proofs/` verifies and re-checks.
#[test]
fn claim_files_verify() {
    #[derive(serde::Deserialize)]
    struct ModelSpec {
        kind: String,
        depth: usize,
        target: String,
    }
    #[derive(serde::Deserialize)]
    struct Claim {
        claim: String,
        backend: String,
        eta: Option<String>,
        width: Option<String>,
        model: ModelSpec,
    }
    let mut n = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/proofs")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.starts_with("period-two") || name.starts_with("flip-boundary")) {
            continue;
        }
        let c: Claim = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(c.model.kind, "factorisation");
        let backend: Backend = c.backend.parse().unwrap();
        let cert = match c.claim.as_str() {
            "period-two" => prove_period_two(
                &problem(c.model.depth, &c.model.target, c.eta.as_deref().unwrap()),
                backend,
            ),
            "flip-boundary" => prove_flip_boundary(
                c.model.depth,
                &q(&c.model.target),
                &q(c.width.as_deref().unwrap()),
                backend,
            ),
            other => panic!("{other}"),
        }
        .unwrap();
        assert!(cert.verified, "{name}: {}", cert.reason);
        assert!(check(&cert).unwrap().verified, "{name}");
        n += 1;
    }
    assert!(n >= 9);
}
