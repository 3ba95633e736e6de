//! The critical engine's mutants against the independent checker.
//!
//! Random instances as in [`crate::soundness::campaign::critical`] (p ∈ {2, 3}, y = c^p, η = η_crit, starts
//! within 15% of the minimiser, 1–300 steps, both midpoints, both coordinate choices), each
//! proved twice: by the sound engine, whose certificate `eoscert check` must accept, and with a
//! [`Mutation`] switched on. A verified mutant certificate should be rejected: the checker
//! re-derives the state boxes from the exact inputs with its own iteration, so a box that misses
//! the true iterate cannot contain the checker's enclosure. Each mutant certificate is also
//! judged by the campaign's independent reference (a 1024-bit naive interval GD run,
//! [`ref_gd_product`]): *false* when one of its checkpoint state boxes excludes the reference
//! enclosure of the true state. Counts are kept per engine path.

use std::collections::BTreeMap;
use std::fmt;

use eoscert::certificate::Certificate;
use eoscert::certificate::check::check;
use eoscert::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, Mutation, default_checkpoints, prove_critical,
    with_mutation,
};
use eoscert::model::Model;
use num_rational::BigRational;
use num_traits::One;

use crate::soundness::campaign::ref_gd_product;
use crate::soundness::reference::{Ref, Rng, cmp_ref, rat};

/// The engine path a critical run takes (`src/certify/critical.rs`, `Plan` and the drivers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Path {
    /// p = 2 in (ρ, q), f64 midpoint: the compensated fast path (`fast.rs`).
    RqFast,
    /// p = 2 in (ρ, q), 128-bit floating midpoint, Jacobians per step.
    RqPerStep,
    /// θ-deviation, 128-bit floating midpoint, Jacobians per block.
    ThetaBlocks,
    /// θ-deviation, 128-bit floating midpoint, Jacobians per step.
    ThetaPerStep,
}

/// Per path: mutant certificates and what the checker said.
#[derive(Default)]
pub struct Counts {
    /// Mutant certificates with `verified: true`.
    pub verified: usize,
    /// … of which identical to the sound engine's certificate (nothing to catch).
    pub identical: usize,
    /// … of which `eoscert check` rejected.
    pub rejected: usize,
    /// … of which the reference shows false (a state box excludes the true state).
    pub false_by_reference: usize,
}

pub struct CheckerReport {
    pub mutation: Mutation,
    pub cases: usize,
    pub paths: BTreeMap<Path, Counts>,
    /// Sound certificates the checker accepted / checked (all must be accepted).
    pub sound_checked: usize,
    pub sound_rejected: Vec<String>,
    /// The first few rejection reasons of mutant certificates.
    pub reasons: Vec<String>,
    /// Mutant certificates the checker accepted (case seed, path, steps).
    pub accepted: Vec<String>,
}

impl CheckerReport {
    pub fn total(&self) -> Counts {
        self.paths.values().fold(Counts::default(), |a, c| Counts {
            verified: a.verified + c.verified,
            identical: a.identical + c.identical,
            rejected: a.rejected + c.rejected,
            false_by_reference: a.false_by_reference + c.false_by_reference,
        })
    }
}

impl fmt::Display for CheckerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.total();
        write!(
            f,
            "critical {:?} vs eoscert check: {} cases, {} verified mutant certificates \
             ({} identical to the sound one, {} false by the reference), {} rejected; sound \
             certificates {} checked, {} rejected",
            self.mutation,
            self.cases,
            t.verified,
            t.identical,
            t.false_by_reference,
            t.rejected,
            self.sound_checked,
            self.sound_rejected.len()
        )?;
        for (path, c) in &self.paths {
            write!(
                f,
                "\n  {path:?}: {} verified, {} identical, {} false, {} rejected",
                c.verified, c.identical, c.false_by_reference, c.rejected
            )?;
        }
        Ok(())
    }
}

/// The certificate as `eoscert check FILE` sees it: through its JSON text.
fn check_json(cert: &Certificate) -> Result<(), String> {
    let text = serde_json::to_string(cert).expect("serialisable");
    let parsed: Certificate = serde_json::from_str(&text).expect("parses back");
    match check(&parsed) {
        Ok(r) if r.verified => Ok(()),
        Ok(_) => Err("not verified".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// The exact rational of a decimal / `p/q` string of a certificate.
fn number(v: &serde_json::Value) -> BigRational {
    eoscert::arith::parse_rational(v.as_str().expect("a string")).expect("a number")
}

/// `Some(description)` if a checkpoint state box of `cert` excludes the reference enclosure of
/// the true state (coordinates `rq`: ρ = (θ₁θ₂ − y)/y, q = (θ₁ − θ₂)²/y; `theta-deviation`:
/// θᵢ − center).
fn refuted_by_reference(cert: &Certificate, problem: &CriticalProblem) -> Option<String> {
    const BITS: u32 = 1024;
    let y = problem.model.target();
    let eta = cert
        .eta
        .as_deref()
        .map(eoscert::arith::parse_rational)?
        .ok()?;
    let ev = &cert.evidence;
    for cp in ev["checkpoints"].as_array()? {
        let t = cp["t"].as_u64()?;
        let th = ref_gd_product(&problem.init, &eta, y, t);
        let state: Vec<Ref> = match ev["coordinates"].as_str()? {
            "rq" => {
                let yr = Ref::exact(y, BITS);
                let d = th[0].sub(&th[1]);
                vec![
                    th[0].mul(&th[1]).sub(&yr).div_pos(&yr),
                    d.mul(&d).div_pos(&yr),
                ]
            }
            "theta-deviation" => {
                let c = Ref::exact(&number(&ev["center"]), BITS);
                th.iter().map(|x| x.sub(&c)).collect()
            }
            _ => return None,
        };
        for (i, (r, b)) in state.iter().zip(cp["state"].as_array()?).enumerate() {
            let (lo, hi) = (number(&b["lo"]), number(&b["hi"]));
            // The reference lies (certainly) below lo or above hi: the box misses the truth.
            if cmp_ref(r, &lo) == Some(std::cmp::Ordering::Less)
                || cmp_ref(r, &hi) == Some(std::cmp::Ordering::Greater)
            {
                return Some(format!("t = {t}, state[{i}] misses the reference"));
            }
        }
    }
    None
}

/// `cases` random instances, each proved soundly and with `mutation`, both certificates checked.
pub fn against_checker(mutation: Mutation, cases: usize, seed: u64) -> CheckerReport {
    let mut report = CheckerReport {
        mutation,
        cases,
        paths: BTreeMap::new(),
        sound_checked: 0,
        sound_rejected: Vec::new(),
        reasons: Vec::new(),
        accepted: Vec::new(),
    };
    for i in 0..cases {
        let case_seed = seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut rng = Rng::new(case_seed);
        let p = rng.pick(&[2usize, 2, 3]);
        let c = rat(rng.int(6, 12), 8);
        let y = (0..p).fold(BigRational::one(), |a, _| a * &c);
        let init: Vec<BigRational> = (0..p).map(|_| &c * rat(rng.int(850, 1150), 1000)).collect();
        let steps = rng.int(1, 300) as u64;
        let midpoint = rng.pick(&[Midpoint::F64, Midpoint::Float128]);
        let coordinates = rng.pick(&[Coordinates::Auto, Coordinates::Theta]);
        let path = match (p == 2 && coordinates == Coordinates::Auto, midpoint) {
            (true, Midpoint::F64) => Path::RqFast,
            (true, Midpoint::Float128) => Path::RqPerStep,
            (false, Midpoint::F64) => Path::ThetaBlocks,
            (false, Midpoint::Float128) => Path::ThetaPerStep,
        };
        let problem = CriticalProblem {
            model: Model::factorisation(p, y).unwrap(),
            init,
            eta: None,
            steps,
            checkpoints: default_checkpoints(steps),
            midpoint,
            coordinates,
            all_time: false,
        };
        let sound = prove_critical(&problem, |_| {}).unwrap();
        if sound.verified {
            report.sound_checked += 1;
            if let Err(why) = check_json(&sound) {
                report
                    .sound_rejected
                    .push(format!("case seed {case_seed:#x}: {why}"));
            }
        }
        let mutant = with_mutation(mutation, || prove_critical(&problem, |_| {})).unwrap();
        if !mutant.verified {
            continue;
        }
        let counts = report.paths.entry(path).or_default();
        counts.verified += 1;
        if mutant.quantities == sound.quantities && mutant.evidence == sound.evidence {
            counts.identical += 1;
        }
        let false_by_reference = refuted_by_reference(&mutant, &problem).is_some();
        counts.false_by_reference += usize::from(false_by_reference);
        match check_json(&mutant) {
            Err(why) => {
                counts.rejected += 1;
                if report.reasons.len() < 3 {
                    report
                        .reasons
                        .push(format!("case seed {case_seed:#x} ({path:?}): {why}"));
                }
            }
            Ok(()) => report.accepted.push(format!(
                "case seed {case_seed:#x} ({path:?}, p = {p}, T = {steps}, {})",
                if false_by_reference {
                    "FALSE by the reference"
                } else {
                    "true by the reference"
                }
            )),
        }
    }
    report
}
