//! The soundness campaign.
//!
//! Every rigorous entry point is run on random instances and each enclosure it claims
//! (`verified: true` only) is checked against an independent reference written in this test
//! (`reference.rs`): exact rationals for a few GD steps, closed forms for p = 2 orbits
//! (s± = √y·(√(1 + 3/h) ± √(1 − 1/h))/2 with h = ηy, multipliers 9 − 2(1 + h)² and 3 − 2h,
//! flip boundary η = (√5 − 1)/y), and otherwise a naive outward-rounded `rug` interval
//! iteration at 1024 bits (≥ 4× the 256 bits under test).
//!
//! Cases per entry point: [`cases`] (default 1000; 400–500 for the three costliest entry points,
//! `bound`, `implicit-bias` and `balancing`; `EOSCERT_CAMPAIGN_CASES=N` sets every entry point
//! to N for the long mode); seed `EOSCERT_CAMPAIGN_SEED` (default fixed). Each failure names its case seed.
//! `EOSCERT_CAMPAIGN_SHARD=I/N` runs shard I of N: the cases i ≡ I (mod N) of every entry point,
//! with the unsharded case seeds, so N processes (a job array) together run the campaign once;
//! the mutation check always runs all its cases.
//!
//! The mutation check (`mutant.rs`): the same campaign code run with a backend that rounds to
//! nearest instead of outward must report violations — so the checks above can fail.

mod campaign;
mod mutant;
mod reference;

use campaign::Report;

/// Cases per entry point: `EOSCERT_CAMPAIGN_CASES` or `default`.
fn cases(default: usize) -> usize {
    std::env::var("EOSCERT_CAMPAIGN_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn seed() -> u64 {
    std::env::var("EOSCERT_CAMPAIGN_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_0009)
}

/// No violation, and enough verified cases that the campaign is not vacuous.
fn assert_sound(r: &Report, min_verified: f64) {
    eprintln!("{r}");
    assert!(
        r.violations.is_empty(),
        "{}: {} violations, first: {:?}",
        r.name,
        r.violations.len(),
        &r.violations[..r.violations.len().min(5)]
    );
    assert!(
        r.verified as f64 >= min_verified * r.cases as f64,
        "{}: only {} of {} cases verified",
        r.name,
        r.verified,
        r.cases
    );
}

#[test]
fn trajectory() {
    assert_sound(&campaign::trajectory(cases(1000), seed(), None), 0.9);
}

#[test]
fn period_two() {
    assert_sound(&campaign::period_two(cases(1000), seed(), None), 0.8);
}

#[test]
fn flip_boundary() {
    assert_sound(&campaign::flip_boundary(cases(1000), seed()), 0.9);
}

#[test]
fn critical() {
    assert_sound(&campaign::critical(cases(1000), seed()), 0.9);
}

#[test]
fn catapult() {
    assert_sound(&campaign::catapult(cases(1000), seed(), None), 0.6);
}

#[test]
fn classify() {
    assert_sound(&campaign::classify(cases(1000), seed()), 0.3);
}

#[test]
fn subcritical() {
    assert_sound(&campaign::subcritical(cases(1000), seed()), 0.6);
}

#[test]
fn balancing() {
    assert_sound(&campaign::balancing(cases(500), seed()), 0.3);
}

/// The mutation check: the campaign code above, run on the round-to-nearest backend, must
/// find violations (the true value outside a `verified: true` enclosure).
#[test]
fn mutant_is_caught() {
    campaign::WHOLE.set(true);
    let n = cases(1000).min(200);
    let reports = [
        campaign::trajectory(n, seed(), Some(53)),
        campaign::period_two(n, seed(), Some(53)),
        campaign::catapult(n, seed(), Some(53)),
    ];
    for r in &reports {
        eprintln!("mutant: {r}");
    }
    for r in &reports {
        assert!(
            !r.violations.is_empty(),
            "{}: the round-to-nearest mutant went unnoticed",
            r.name
        );
    }
    // The trajectory check is exact: a nearest-rounded point enclosure misses the rational
    // truth in most cases.
    assert!(
        reports[0].violations.len() * 4 >= reports[0].verified,
        "{}",
        reports[0]
    );
}

// ------------------------------------------------ the critical engine's mutants

mod critical_mutant;

use eoscert::certify::critical::{Mutation, with_mutation};

/// The mutation check of the critical engine (its own ball arithmetic, which the [`mutant`]
/// backend never reaches): the `critical` campaign above, run with the engine's local error
/// δ_t of the midpoint step dropped (`src/certify/critical/mutation.rs`; the cargo feature
/// `mutant` is on in test builds through the self dev-dependency, and the switch only on this
/// test's thread), must find violations against its independent reference.
#[test]
fn critical_mutant_is_caught() {
    let r = with_mutation(Mutation::LocalError, || {
        campaign::critical(cases(1000), seed())
    });
    eprintln!("mutant LocalError: {r}");
    assert!(
        r.violations.len() * 2 >= r.verified,
        "the critical engine without its local error terms went (mostly) unnoticed: {r}"
    );
}

/// The critical engine's mutants against the independent checker (`eoscert check`): the sound
/// engine's certificates are all accepted; no mutant certificate that the reference shows false
/// is accepted; and the `LocalError` mutant does produce false certificates (so the check is
/// not vacuous).
#[test]
fn critical_mutant_rejected_by_checker() {
    for mutation in [Mutation::LocalError, Mutation::MeanValueBox] {
        let r = critical_mutant::against_checker(mutation, cases(1000).min(200), seed());
        eprintln!(
            "{r}\n  first reasons: {:#?}\n  accepted: {:#?}",
            r.reasons, r.accepted
        );
        assert!(r.sound_rejected.is_empty(), "{:?}", r.sound_rejected);
        assert!(
            r.accepted.iter().all(|a| !a.contains("FALSE")),
            "the checker accepted a false certificate: {:?}",
            r.accepted
        );
        let t = r.total();
        assert!(t.rejected >= t.false_by_reference, "{r}");
        if mutation == Mutation::LocalError {
            assert!(t.false_by_reference * 2 >= t.verified, "{r}");
        }
    }
}

/// `bound` (claim nonasymptotic): the claimed loss bound at sample points of the box.
#[test]
fn bound() {
    assert_sound(&campaign::bound(cases(400), seed()), 0.5);
}

/// `implicit-bias` on n = 2, d = 3 instances.
#[test]
fn implicit_bias() {
    assert_sound(&campaign::implicit_bias(cases(400), seed()), 0.5);
}
