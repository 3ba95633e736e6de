//! The independent checker of `critical` certificates: prover certificates pass; every
//! mutation that makes a claim false (or inconsistent) is rejected.

use crate::util::q;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity, format_exact};
use eoscert::certify::critical::{Coordinates, CriticalProblem, Midpoint, prove_critical};
use eoscert::model::Model;
use num_rational::BigRational;
use num_traits::Zero;
use serde_json::Value;

fn problem(model: Model, init: &[&str], steps: u64, mid: Midpoint) -> CriticalProblem {
    CriticalProblem {
        all_time: false,
        model,
        init: init.iter().map(|s| q(s)).collect(),
        eta: None,
        steps,
        checkpoints: vec![],
        midpoint: mid,
        coordinates: Coordinates::Auto,
    }
}

fn fact(p: usize) -> Model {
    Model::Factorisation {
        depth: p,
        target: q("1"),
    }
}

fn prove(pr: &CriticalProblem) -> Certificate {
    let c = prove_critical(pr, |_| {}).unwrap();
    assert!(c.verified, "{}", c.reason);
    c
}

fn accepts(c: &Certificate) {
    let t = std::time::Instant::now();
    let r = check(c).unwrap_or_else(|e| panic!("rejected: {e}"));
    assert!(r.verified);
    eprintln!(
        "checked {:?} {} steps in {:.2} s: {}",
        c.model.depth.or(c.model.dim),
        c.evidence["steps"],
        t.elapsed().as_secs_f64(),
        r.details.join(" | ")
    );
}

#[test]
fn prover_certificates_pass() {
    // p = 2, f64 midpoint, from (13/10, 4/5).
    accepts(&prove(&problem(
        fact(2),
        &["13/10", "4/5"],
        200_000,
        Midpoint::F64,
    )));
    // p = 2, 128-bit fixed-point midpoint, odd horizon and odd checkpoints.
    let mut pr = problem(fact(2), &["1.25", "0.85"], 20_001, Midpoint::Float128);
    pr.checkpoints = vec![1, 7, 333];
    accepts(&prove(&pr));
    // Start below the anti-diagonal sign: x₀ + y₀ < 0.
    accepts(&prove(&problem(
        fact(2),
        &["-1.3", "-0.8"],
        5_000,
        Midpoint::F64,
    )));
    // Inner product, d = 2.
    accepts(&prove(&problem(
        Model::InnerProduct {
            dim: 2,
            target: q("1"),
        },
        &["1.1", "0.2", "0.9", "0.1"],
        30_000,
        Midpoint::F64,
    )));
    // Depth 3 and 5 in θ-deviation coordinates.
    accepts(&prove(&problem(
        fact(3),
        &["1.03", "0.98", "1.01"],
        10_000,
        Midpoint::F64,
    )));
    accepts(&prove(&problem(
        fact(5),
        &["1.03", "0.98", "1.01", "0.99", "1.02"],
        10_000,
        Midpoint::F64,
    )));
    accepts(&prove(&problem(
        fact(5),
        &["1.03", "0.98", "1.01", "0.99", "1.02"],
        2_000,
        Midpoint::Float128,
    )));
    // p = 2 in θ coordinates, and a target that is not 1 with an irrational root.
    let mut pr = problem(fact(2), &["1.3", "0.8"], 3_000, Midpoint::F64);
    pr.coordinates = Coordinates::Theta;
    accepts(&prove(&pr));
    let mut pr = problem(fact(2), &["1.3", "0.8"], 3_000, Midpoint::F64);
    retarget(&mut pr.model, q("2"));
    accepts(&prove(&pr));
    // Start on M (exact fixed point) and on L (Q₀ = 0).
    accepts(&prove(&problem(
        fact(2),
        &["2", "1/2"],
        1_000,
        Midpoint::F64,
    )));
    accepts(&prove(&problem(
        fact(3),
        &["2", "1/2", "1"],
        1_000,
        Midpoint::F64,
    )));
    accepts(&prove(&problem(
        fact(2),
        &["1.2", "1.2"],
        10_000,
        Midpoint::F64,
    )));
    // A non-critical η: the enclosures are proved, but the claim `critical` (η = η_crit) is
    // not verified, and a copy that says it is gets rejected.
    let mut pr = problem(fact(2), &["1.3", "0.8"], 2_000, Midpoint::F64);
    pr.eta = Some(q("0.9"));
    let c = prove_critical(&pr, |_| {}).unwrap();
    assert!(
        !c.verified && c.reason.contains("not the critical"),
        "{}",
        c.reason
    );
    assert!(c.quantities.contains_key("t_loss"));
    assert!(!check(&c).unwrap().verified);
    let mut forged = c.clone();
    forged.verified = true;
    forged.reason.clear();
    assert!(check(&forged).is_err());
}

fn nudge(s: &str, up: bool) -> String {
    let x = q(s);
    let d = if x.is_zero() {
        q("1e-30")
    } else {
        num_traits::Signed::abs(&x) * q("1e-9")
    };
    format_exact(&if up { x + d } else { x - d })
}

/// `lo` moved up to `hi` (or `hi` down to `lo`): an inward nudge that excludes the true value
/// (which is not an endpoint). Tight nudges past the exact value: see `tight_inward_nudges`.
fn collapse(e: &Value, field: &str) -> String {
    let other = if field == "lo" { "hi" } else { "lo" };
    e[other].as_str().unwrap().to_string()
}

struct Tally {
    tried: usize,
    name: &'static str,
}

impl Tally {
    fn reject(&mut self, m: &Certificate, what: &str) {
        self.tried += 1;
        match check(m) {
            Err(e) => {
                if std::env::var_os("CRITCHECK_REASONS").is_some() {
                    eprintln!("  {}: {what}: {e}", self.name);
                }
            }
            Ok(r) => assert!(!r.verified, "{}: accepted mutation {what}", self.name),
        }
    }
}

/// Checkpoint boxes collapsed and checkpoint quantities nudged.
fn mutate_checkpoints(c: &Certificate, t: &mut Tally) {
    let cps = c.evidence["checkpoints"].as_array().unwrap().len();
    // Checkpoint boxes: each endpoint moved inward onto the other.
    for k in 0..cps {
        let n = c.evidence["checkpoints"][k]["state"]
            .as_array()
            .unwrap()
            .len();
        for i in 0..n {
            for f in ["lo", "hi"] {
                let mut m = c.clone();
                let e = &mut m.evidence["checkpoints"][k]["state"][i];
                let v = collapse(e, f);
                e[f] = Value::String(v);
                t.reject(&m, &format!("state[{k}][{i}].{f}"));
            }
        }
        // Checkpoint quantities: each endpoint nudged by 1e-9 relative either way.
        for key in ["t_loss", "t_dist2", "t_q"] {
            if c.evidence["checkpoints"][k].get(key).is_none() {
                continue;
            }
            for f in ["lo", "hi"] {
                for up in [true, false] {
                    let mut m = c.clone();
                    let e = &mut m.evidence["checkpoints"][k][key][f];
                    let v = nudge(e.as_str().unwrap(), up);
                    *e = Value::String(v);
                    t.reject(&m, &format!("checkpoints[{k}].{key}.{f} {up}"));
                }
            }
        }
    }
}

/// The final quantities nudged and collapsed.
fn mutate_quantities(c: &Certificate, t: &mut Tally) {
    // Final quantities: nudged either way, and collapsed onto one endpoint.
    for key in ["t_loss", "t_dist2", "t_q"] {
        let Some(Quantity::Enclosure(e)) = c.quantities.get(key) else {
            continue;
        };
        for (f, up) in [("lo", true), ("lo", false), ("hi", true), ("hi", false)] {
            let mut m = c.clone();
            if let Some(Quantity::Enclosure(e)) = m.quantities.get_mut(key) {
                let s = if f == "lo" { &mut e.lo } else { &mut e.hi };
                *s = nudge(s, up);
            }
            t.reject(&m, &format!("{key}.{f} {up}"));
        }
        for collapse_lo in [true, false] {
            if e.lo == e.hi {
                continue; // an exact value: collapsing changes nothing
            }
            let mut m = c.clone();
            if let Some(Quantity::Enclosure(x)) = m.quantities.get_mut(key) {
                if collapse_lo {
                    x.lo = e.hi.clone();
                } else {
                    x.hi = e.lo.clone();
                }
            }
            t.reject(&m, &format!("{key} collapsed"));
        }
    }
}

/// η and the target nudged, alone and with the consistent labels.
fn mutate_instance(c: &Certificate, t: &mut Tally) {
    // η: nudged (with and without a consistent eta_is_critical / eta_note).
    for up in [true, false] {
        let mut m = c.clone();
        m.eta = Some(nudge(m.eta.as_deref().unwrap(), up));
        t.reject(&m, "eta");
        m.quantities
            .insert("eta_is_critical".into(), Quantity::Bool(false));
        m.quantities
            .insert("eta_note".into(), Quantity::Label("changed".into()));
        // At η ≠ η_crit the claim `critical` is never verified (even on M, where θ_t = θ₀).
        t.reject(&m, "eta consistent");
        let mut m = c.clone();
        m.model.target = nudge(&m.model.target, up);
        t.reject(&m, "target");
        // … with η_crit, eta_is_critical and eta_note made consistent with the new target.
        let y = q(&m.model.target);
        let p = c.model.depth;
        let crit = match p {
            Some(p) => eoscert::certificate::check::critical::eta_crit(
                &eoscert::certificate::check::Model::Factorisation { depth: p },
                &y,
            ),
            None => Some(num_traits::Inv::inv(y.clone())),
        };
        m.evidence["eta_crit"] = crit.map_or(Value::Null, |e| Value::String(format_exact(&e)));
        m.quantities
            .insert("eta_is_critical".into(), Quantity::Bool(false));
        m.quantities
            .insert("eta_note".into(), Quantity::Label("changed".into()));
        t.reject(&m, "target consistent");
    }
}

/// Steps, checkpoint times and init moved; booleans flipped; the centre moved.
fn mutate_steps_init_flags(c: &Certificate, t: &mut Tally) {
    let cps = c.evidence["checkpoints"].as_array().unwrap().len();
    // Steps ±1, alone and with the last checkpoint moved along.
    for d in [1i64, -1] {
        let steps = c.evidence["steps"].as_u64().unwrap() as i64 + d;
        let mut m = c.clone();
        m.evidence["steps"] = Value::from(steps);
        t.reject(&m, "steps");
        m.evidence["checkpoints"][cps - 1]["t"] = Value::from(steps);
        t.reject(&m, "steps and last checkpoint");
    }
    // A checkpoint time moved (the state at t ± 1 lies across the minimum).
    if cps > 1 {
        let mut m = c.clone();
        let t0 = m.evidence["checkpoints"][0]["t"].as_u64().unwrap();
        m.evidence["checkpoints"][0]["t"] = Value::from(t0 + 1);
        t.reject(&m, "checkpoint time");
    }
    // Init.
    for i in 0..c.init.len() {
        for up in [true, false] {
            let mut m = c.clone();
            m.init[i] = nudge(&m.init[i], up);
            t.reject(&m, &format!("init[{i}] {up}"));
        }
    }
    // Booleans flipped.
    let mut m = c.clone();
    m.quantities.insert(
        "eta_is_critical".into(),
        Quantity::Bool(!matches!(
            c.quantities["eta_is_critical"],
            Quantity::Bool(true)
        )),
    );
    t.reject(&m, "eta_is_critical");
    let mut m = c.clone();
    m.evidence["on_l"] = Value::Bool(!c.evidence["on_l"].as_bool().unwrap());
    t.reject(&m, "on_l");
    let mut m = c.clone();
    m.rigorous = false;
    t.reject(&m, "rigorous");
    // The expansion centre moved (θ coordinates).
    if let Some(s) = c.evidence["center"].as_str() {
        let mut m = c.clone();
        m.evidence["center"] = Value::String(nudge(s, true));
        t.reject(&m, "center");
    }
}

/// Evidence, checkpoint and quantity fields dropped.
fn drop_fields(c: &Certificate, t: &mut Tally) {
    let cps = c.evidence["checkpoints"].as_array().unwrap().len();
    // Fields dropped.
    for key in [
        "coordinates",
        "center",
        "eta_crit",
        "on_l",
        "steps",
        "checkpoints",
        "method",
    ] {
        if c.evidence.get(key).is_none() || c.evidence[key].is_null() {
            continue;
        }
        let mut m = c.clone();
        m.evidence.as_object_mut().unwrap().remove(key);
        t.reject(&m, &format!("evidence.{key} dropped"));
    }
    for key in ["state", "t_loss", "t_dist2", "t_q", "t"] {
        if c.evidence["checkpoints"][cps - 1].get(key).is_none() {
            continue;
        }
        let mut m = c.clone();
        m.evidence["checkpoints"][cps - 1]
            .as_object_mut()
            .unwrap()
            .remove(key);
        t.reject(&m, &format!("checkpoint.{key} dropped"));
    }
    let mut m = c.clone();
    if m.evidence["checkpoints"][cps - 1]["state"]
        .as_array_mut()
        .unwrap()
        .pop()
        .is_some()
    {
        t.reject(&m, "a state coordinate dropped");
    } else {
        // Start on M: a state where none belongs is refused.
        m.evidence["checkpoints"][cps - 1]["state"] =
            serde_json::json!([{"lo": "0", "hi": "1"}, {"lo": "0", "hi": "1"}]);
        t.reject(&m, "a state added");
    }
    for key in c.quantities.keys() {
        let mut m = c.clone();
        m.quantities.remove(key);
        t.reject(&m, &format!("quantities.{key} dropped"));
    }
    let mut m = c.clone();
    m.eta = None;
    t.reject(&m, "eta dropped");
}

/// Absurd inputs, refused without running.
fn absurd_inputs(c: &Certificate, t: &mut Tally) {
    let cps = c.evidence["checkpoints"].as_array().unwrap().len();
    // Absurd inputs are refused, not run.
    let mut m = c.clone();
    m.evidence["steps"] = Value::from(1u64 << 40);
    m.evidence["checkpoints"][cps - 1]["t"] = Value::from(1u64 << 40);
    t.reject(&m, "absurd steps");
    if !c.evidence["checkpoints"][cps - 1]["state"]
        .as_array()
        .unwrap()
        .is_empty()
    {
        let mut m = c.clone();
        m.evidence["checkpoints"][cps - 1]["state"][0]["lo"] = Value::String("-1e999".into());
        t.reject(&m, "absurd box");
    }
}

fn mutate_all(c: &Certificate, name: &'static str) -> usize {
    accepts(c);
    let mut t = Tally { tried: 0, name };
    for group in [
        mutate_checkpoints,
        mutate_quantities,
        mutate_instance,
        mutate_steps_init_flags,
        drop_fields,
        absurd_inputs,
    ] {
        group(c, &mut t);
    }
    eprintln!("{name}: {} mutations, all rejected", t.tried);
    t.tried
}

#[test]
fn mutations_are_rejected() {
    let mut pr = problem(fact(2), &["13/10", "4/5"], 2_000, Midpoint::F64);
    pr.checkpoints = vec![3, 100];
    let n2 = mutate_all(&prove(&pr), "p = 2");
    let ip = mutate_all(
        &prove(&problem(
            Model::InnerProduct {
                dim: 2,
                target: q("1"),
            },
            &["1.1", "0.2", "0.9", "0.1"],
            1_000,
            Midpoint::F64,
        )),
        "inner product",
    );
    let n5 = mutate_all(
        &prove(&problem(
            fact(5),
            &["1.03", "0.98", "1.01", "0.99", "1.02"],
            300,
            Midpoint::F64,
        )),
        "p = 5",
    );
    let fixed = mutate_all(
        &prove(&problem(fact(2), &["2", "1/2"], 100, Midpoint::F64)),
        "start on M",
    );
    eprintln!(
        "mutations rejected: p = 2 {n2}, inner product {ip}, p = 5 {n5}, on M {fixed}; total {}",
        n2 + ip + n5 + fixed
    );
    assert!(n2 + ip + n5 + fixed > 300);
}

/// A non-verified certificate is reported as such, never as verified.
#[test]
fn unverified_is_not_verified() {
    let mut c = prove(&problem(fact(2), &["13/10", "4/5"], 100, Midpoint::F64));
    c.verified = false;
    c.reason = "test".into();
    assert!(!check(&c).unwrap().verified);
}

/// Exact GD for p = 2, y = 1, η = 1: the state (ρ, q) after `steps` steps.
fn exact_rq(x: &str, z: &str, steps: usize) -> (BigRational, BigRational) {
    let (mut x, mut z) = (q(x), q(z));
    let one = q("1");
    for _ in 0..steps {
        let r = &x * &z - &one;
        let (x1, z1) = (&x - &r * &z, &z - &r * &x);
        x = x1;
        z = z1;
    }
    (&x * &z - &one, (&x - &z) * (&x - &z))
}

/// A checkpoint endpoint moved just past the exact state (by 10⁻⁴⁰ relative) is rejected; moved
/// to just before it, the (still true) claim is accepted: the checker's own enclosure is tight.
#[test]
fn tight_inward_nudges() {
    let mut pr = problem(fact(2), &["13/10", "4/5"], 1_000, Midpoint::F64);
    pr.checkpoints = vec![3];
    let c = prove(&pr);
    assert_eq!(c.evidence["checkpoints"][0]["t"], 3);
    let (rho, qq) = exact_rq("13/10", "4/5", 3);
    let mut n = 0;
    for (i, truth) in [rho, qq].iter().enumerate() {
        let eps = num_traits::Signed::abs(truth) * q("1e-40");
        for (f, past, ok) in [
            ("lo", truth + &eps, false),
            ("lo", truth - &eps, true),
            ("hi", truth - &eps, false),
            ("hi", truth + &eps, true),
        ] {
            let mut m = c.clone();
            m.evidence["checkpoints"][0]["state"][i][f] = Value::String(format_exact(&past));
            let r = check(&m);
            assert_eq!(r.is_ok(), ok, "state[{i}].{f} {ok}: {r:?}");
            n += 1;
        }
    }
    eprintln!("{n} tight nudges of the t = 3 box decided correctly");
}

/// The `critical` claim files of `proofs/` verify and re-check.
#[test]
fn claim_files_verify_and_check() {
    let mut n = 0;
    for (name, _) in eoscert::claims::DEFAULT_CLAIMS {
        if !name.starts_with("critical") {
            continue;
        }
        // Proved (`verified` asserted) and accepted by the checker (its JSON text read strictly
        // and re-checked, panicking with the reason otherwise) once per test process, shared
        // with the tamper test.
        crate::util::accepted_default_cert(name);
        n += 1;
    }
    assert!(n >= 3);
}

/// Replace the target of a model in place.
fn retarget(model: &mut Model, y: BigRational) {
    match model {
        Model::Factorisation { target, .. } | Model::InnerProduct { target, .. } => *target = y,
    }
}

/// The `critical` certificate is typed at every level: the prover's certificate is its
/// `CriticalClaim` (round trip), and an unknown or repeated field inside a checkpoint, an
/// enclosure or the all-time region, or an edited label, is rejected naming it.
#[test]
fn nested_unknown_or_repeated_fields_and_labels_are_rejected() {
    use eoscert_check::claim::CriticalClaim;
    let mut pr = problem(fact(2), &["13/10", "4/5"], 100_000, Midpoint::F64);
    pr.all_time = true;
    pr.checkpoints = vec![10, 1000];
    let c = prove(&pr);
    let typed = CriticalClaim::<eoscert_check::evidence::Critical>::from_certificate(&c)
        .expect("the prover's certificate is a CriticalClaim");
    assert!(typed.evidence.all_time.is_some());
    assert_eq!(typed.clone().into_certificate(), c, "round trip");
    let rejected = |m: &Certificate, needle: &str| {
        let e = check(m).expect_err(needle).to_string();
        assert!(e.contains(needle), "rejected, but not naming {needle}: {e}");
    };
    // An unknown field, at each nested level.
    for (path, key) in [
        (&["checkpoints", "0"][..], "weight"),
        (&["checkpoints", "1", "t_q"], "mid"),
        (&["all_time"], "note"),
        (&[], "fixed_bits"),
    ] {
        let mut m = c.clone();
        let mut at = &mut m.evidence;
        for k in path {
            at = match k.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*k],
            };
        }
        at[key] = Value::from(1);
        rejected(&m, key);
    }
    // An edited label.
    for path in [
        &["method"][..],
        &["coordinates"],
        &["midpoint"],
        &["all_time", "method"],
    ] {
        let mut m = c.clone();
        let mut at = &mut m.evidence;
        for k in path {
            at = &mut at[*k];
        }
        *at = Value::from("trust me");
        rejected(&m, "trust me");
    }
    // A repeated key (raw text: the reader sees both).
    let text = serde_json::to_string(&c).unwrap();
    for (anchor, key, value) in [
        ("\"checkpoints\":[{", "t", "1"),
        ("\"t\":10,\"t_dist2\":{", "lo", "\"0\""),
        ("\"all_time\":{", "t0", "5"),
        ("\"all_time\":{", "tree", "\"D\""),
    ] {
        assert!(text.contains(anchor), "{anchor}");
        let bad = text.replacen(anchor, &format!("{anchor}\"{key}\":{value},"), 1);
        let e = eoscert_check::read::read(&bad)
            .expect_err("a repeated key")
            .to_string();
        assert!(
            e.contains(&format!("repeated key `{key}`")),
            "{anchor}: {e}"
        );
    }
}
