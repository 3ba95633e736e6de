//! Tamper test (CI part of `eoscert tamper`): every certificate of the embedded default claims,
//! every mutation that contradicts the claim (each quantity enclosure moved to the disjoint
//! interval just above and just below it, each proved boolean flipped, `verified` / `rigorous`
//! flipped) must be rejected by the independent checker. For the claims whose check takes
//! seconds ([`EXPENSIVE`]) an evenly spaced sample of the contradicting mutations runs
//! ([`EXPENSIVE_SAMPLE`] per certificate; 12 for `implicit-bias` and `dln-comparison`, whose
//! arrays give ~50–100 per certificate); the long mode (`EOSCERT_LONG=1`) runs every
//! contradicting mutation of every certificate.
//!
//! For the cheap certificates every other single-number mutation is tried too (evidence ones
//! sampled, 40 per certificate; `dln-divergence`: every mutation) and the counts printed; those are reported, not asserted (a
//! one-unit narrowing or an evidence change may still be proved, see
//! `eoscert::certificate::tamper`). The full report is `eoscert tamper` (README, "Tamper report").
//! The certificates are proved once per test process (`util::default_cert`).

use eoscert::certificate::check::budget::Budget;
use eoscert::certificate::tamper::{self, Category, Class, ClassTally, Tally};
use eoscert::claims::DEFAULT_CLAIMS;

use crate::util::{accepted_default_cert, default_cert, long_mode};

/// Claims whose check takes seconds (long replays): only their contradicting mutations run here.
const EXPENSIVE: &[&str] = &[
    "critical",
    "subcritical",
    "trajectory-p5",
    "implicit-bias",
    "dln-comparison",
    "balancing-logcosh",
    "regime-map",
    "basin-map",
];
/// Claims whose every mutation (evidence included, not sampled) runs here.
const FULL: &[&str] = &["dln-divergence"];
/// Of these, claims with hundreds of contradicting mutations (arrays of enclosures) and a
/// 2–6 s check: an evenly spaced sample of that many runs here; `eoscert tamper` runs them all.
const SAMPLED: &[(&str, usize)] = &[("implicit-bias", 12), ("dln-comparison", 12)];
/// The other expensive claims: an evenly spaced sample of this many contradicting mutations per
/// certificate (both directions of the first quantities, then on through the list; the
/// all-time critical certificates have ~23 at ~4 s of checking each).
const EXPENSIVE_SAMPLE: usize = 8;

#[test]
fn contradicting_mutations_of_every_default_certificate_are_rejected() {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut total = Tally::default();
    let mut accepted = Vec::new();
    for (name, _) in DEFAULT_CLAIMS {
        let value = serde_json::to_value(accepted_default_cert(name)).unwrap();
        let all = tamper::mutations(&value);
        let list = if EXPENSIVE.iter().any(|p| name.starts_with(p)) {
            let contradicting: Vec<_> = all
                .into_iter()
                .filter(|m| m.category == Category::Contradicting)
                .collect();
            if long_mode() {
                contradicting
            } else {
                let n = SAMPLED
                    .iter()
                    .find(|(p, _)| name.starts_with(p))
                    .map_or(EXPENSIVE_SAMPLE, |&(_, n)| n);
                evenly_spaced(contradicting, n)
            }
        } else if FULL.iter().any(|p| name.starts_with(p)) {
            all
        } else {
            tamper::select(all, Some(40)).0
        };
        let outcomes = tamper::run(&value, list, jobs, Budget::default(), &|| {});
        let tally = Tally::of(&outcomes);
        eprintln!("{name}: {:?}", tally.counts);
        total.merge(&tally);
        accepted.extend(
            outcomes
                .into_iter()
                .filter(|o| o.accepted && o.mutation.category == Category::Contradicting)
                .map(|o| format!("{name}: {}", o.mutation)),
        );
    }
    for c in Category::ALL {
        let (tried, rejected) = total.get(c);
        eprintln!("{:<14} tried {tried:>6} rejected {rejected:>6}", c.name());
    }
    assert!(accepted.is_empty(), "accepted: {accepted:#?}");
    let (tried, _) = total.get(Category::Contradicting);
    assert!(tried >= 200, "only {tried} contradicting mutations");
}

/// `n` items spread evenly over `items` (all of them if there are at most `n`).
fn evenly_spaced<T>(items: Vec<T>, n: usize) -> Vec<T> {
    let len = items.len();
    if len <= n {
        return items;
    }
    items
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (i * n) % len < n)
        .map(|(_, m)| m)
        .collect()
}

/// Certificates whose checks take milliseconds: the adversarial sample runs on these.
const CHEAP: &[&str] = &[
    "trajectory-p2-eta1",
    "period-two-p2-eta1.1",
    "catapult-2.01",
    "nonasymptotic-quad",
    "dln-divergence-gd-3",
];
/// Extreme-value mutations per certificate in the sample (evenly spaced).
const EXTREME_SAMPLE: usize = 12;
/// The budget per check in the sample, and the overshoot allowed (one loop iteration or one
/// operation on 10⁵-digit numbers, on a loaded machine).
const SAMPLE_BUDGET_S: f64 = 10.0;
const OVERSHOOT_S: f64 = 10.0;
/// Whether added fields and quantities, duplicated keys and edited free text
/// ([`Category::Unverifiable`]) must be rejected: the strict format rejects unknown fields and
/// duplicate keys at every level and a verified certificate's non-empty `reason`.
const STRICT_FORMAT: bool = true;

/// The adversarial classes (added, duplicate keys, free text, coordinated, extreme values) on a
/// representative sample: every mutation that makes a claim false is rejected, and every check
/// ends within the budget.
#[test]
fn adversarial_mutations_of_cheap_certificates_are_rejected_within_the_budget() {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let budget = Budget::seconds(SAMPLE_BUDGET_S).unwrap();
    let mut by_class = [ClassTally::default(); Class::ALL.len()];
    let mut wrong = Vec::new();
    for (name, _) in DEFAULT_CLAIMS {
        if !CHEAP.iter().any(|c| name.trim_end_matches(".toml") == *c) {
            continue;
        }
        let value = serde_json::to_value(default_cert(name)).unwrap();
        let (extreme, rest): (Vec<_>, Vec<_>) = tamper::adversarial(&value)
            .into_iter()
            .partition(|m| m.class == Class::Extreme);
        let mut list = rest;
        list.extend(evenly_spaced(extreme, EXTREME_SAMPLE));
        let outcomes = tamper::run(&value, list, jobs, budget, &|| {});
        for (t, c) in by_class.iter_mut().zip(Class::ALL) {
            t.merge(&ClassTally::of(&outcomes, c));
        }
        for o in &outcomes {
            let c = o.mutation.category;
            let must = c == Category::Contradicting || (STRICT_FORMAT && c.must_reject());
            if (o.accepted && must) || o.seconds > SAMPLE_BUDGET_S + OVERSHOOT_S {
                wrong.push(format!(
                    "{name}: {} [{}] accepted {} in {:.1} s",
                    o.mutation,
                    c.name(),
                    o.accepted,
                    o.seconds
                ));
            }
        }
    }
    for (t, c) in by_class.iter().zip(Class::ALL) {
        eprintln!("{:<14} {t:?}", c.name());
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    for c in [
        Class::Added,
        Class::Duplicate,
        Class::FreeText,
        Class::Coordinated,
        Class::Extreme,
    ] {
        let t = by_class[Class::ALL.iter().position(|&x| x == c).unwrap()];
        assert!(t.tried >= 10, "{}: only {} mutations", c.name(), t.tried);
    }
}

/// A duplicated key is written as raw JSON text: the original value first, the changed one
/// last (what a last-wins reader sees).
#[test]
fn duplicated_keys_are_raw_text_with_both_values() {
    let cert =
        serde_json::json!({"quantities": {"q": {"lo": "1", "hi": "2"}}, "evidence": {"k": 3}});
    let dup = tamper::adversarial(&cert)
        .into_iter()
        .find(|m| m.class == Class::Duplicate && m.path() == "evidence.k")
        .unwrap();
    let text = dup.apply_text(&cert);
    assert!(text.contains(r#""k":3,"k":4"#), "{text}");
    let q = tamper::adversarial(&cert)
        .into_iter()
        .find(|m| m.class == Class::Duplicate && m.path() == "quantities.q")
        .unwrap();
    let text = q.apply_text(&cert);
    assert!(
        text.contains(r#""q":{"hi":"2","lo":"1"},"q":{"hi":"4","lo":"3"}"#),
        "{text}"
    );
}
