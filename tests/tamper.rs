//! Tamper test (CI part of `eoscert tamper`): every certificate of the embedded default claims,
//! every mutation that contradicts the claim (each quantity enclosure moved to the disjoint
//! interval just above and just below it, each proved boolean flipped, `verified` / `rigorous`
//! flipped) must be rejected by the independent checker.
//!
//! For the cheap certificates every other single-number mutation is tried too (evidence ones
//! sampled, 40 per certificate) and the counts printed; those are reported, not asserted (a
//! one-unit narrowing or an evidence change may still be proved, see
//! `eoscert::certificate::tamper`). The full report is `eoscert tamper` (README, "Tamper report").

use eoscert::certificate::tamper::{self, Category, Tally};
use eoscert::claims::{ClaimFile, DEFAULT_CLAIMS};

/// Claims whose check takes seconds (long replays): only their contradicting mutations run here.
const EXPENSIVE: &[&str] = &["critical", "subcritical", "trajectory-p5"];

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
            all.into_iter()
                .filter(|m| m.category == Category::Contradicting)
                .collect()
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
