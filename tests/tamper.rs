//! Tamper test (CI part of `eoscert tamper`): every certificate of the embedded default claims,
//! every mutation that contradicts the claim (each quantity enclosure moved to the disjoint
//! interval just above and just below it, each proved boolean flipped, `verified` / `rigorous`
//! flipped) must be rejected by the independent checker (for `implicit-bias`, whose arrays give
//! ~50 such mutations per certificate at 2–6 s per check, an evenly spaced sample of 12).
//!
//! For the cheap certificates every other single-number mutation is tried too (evidence ones
//! sampled, 40 per certificate; `dln-divergence`: every mutation) and the counts printed; those are reported, not asserted (a
//! one-unit narrowing or an evidence change may still be proved, see
//! `eoscert::certificate::tamper`). The full report is `eoscert tamper` (README, "Tamper report").

use eoscert::certificate::tamper::{self, Category, Tally};
use eoscert::claims::{ClaimFile, DEFAULT_CLAIMS};

/// Claims whose check takes seconds (long replays): only their contradicting mutations run here.
const EXPENSIVE: &[&str] = &[
    "critical",
    "subcritical",
    "trajectory-p5",
    "implicit-bias",
    "balancing-logcosh",
    "regime-map",
];
/// Claims whose every mutation (evidence included, not sampled) runs here.
const FULL: &[&str] = &["dln-divergence"];
/// Of these, claims with hundreds of contradicting mutations (arrays of enclosures) and a
/// 2–6 s check: an evenly spaced sample of that many runs here; `eoscert tamper` runs them all.
const SAMPLED: &[(&str, usize)] = &[("implicit-bias", 12)];

#[test]
fn contradicting_mutations_of_every_default_certificate_are_rejected() {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut total = Tally::default();
    let mut accepted = Vec::new();
    for (name, text) in DEFAULT_CLAIMS {
        let cert = ClaimFile::parse(name, text)
            .unwrap()
            .run(&mut |_| {})
            .unwrap();
        assert!(cert.verified, "{name}: {}", cert.reason);
        let value = serde_json::to_value(&cert).unwrap();
        tamper::accepts(value.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let all = tamper::mutations(&value);
        let list = if EXPENSIVE.iter().any(|p| name.starts_with(p)) {
            let contradicting: Vec<_> = all
                .into_iter()
                .filter(|m| m.category == Category::Contradicting)
                .collect();
            match SAMPLED.iter().find(|(p, _)| name.starts_with(p)) {
                Some(&(_, n)) => evenly_spaced(contradicting, n),
                None => contradicting,
            }
        } else if FULL.iter().any(|p| name.starts_with(p)) {
            all
        } else {
            tamper::select(all, Some(40)).0
        };
        let outcomes = tamper::run(&value, list, jobs, &|| {});
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
