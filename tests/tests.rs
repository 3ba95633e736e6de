//! The integration tests: one binary (the crate links once), one module per area.
//!
//! Long campaigns run behind environment variables:
//! - `EOSCERT_LONG=1` (the long mode, `util::long_mode`): `tamper` tries every contradicting
//!   mutation of every default certificate (CI: an evenly spaced sample for the claims whose
//!   check takes seconds);
//! - `EOSCERT_CAMPAIGN_CASES=N`, `EOSCERT_CAMPAIGN_SEED`, `EOSCERT_CAMPAIGN_SHARD=I/N`: the
//!   soundness campaigns (`soundness`; CI runs the default case counts, spread over the cores);
//! - `EOSCERT_REGIME_CASES=N`: the regime map against the fast classifier (`regime_map`).
//!
//! The default claims' certificates are proved once per process and shared
//! (`util::default_cert`).

mod arith_conformance;
mod bad_input;
mod balancing;
mod basin_map;
mod bound;
mod catapult;
mod catapult_map;
mod check;
mod check_critical;
mod check_trajectory;
mod classify;
mod cli;
mod cli_vocabulary;
mod critical;
mod critical_all_time;
mod critical_depth_all_time;
mod determinism;
mod diagonal;
mod divergence;
mod dln_comparison;
mod dln_tail;
mod dln_threshold;
mod fuzz_corpus;
mod guard;
mod help_examples;
mod hypotheses;
mod implicit_bias;
mod itf1788;
mod orbit;
mod regime_map;
mod shard_commands;
mod shard_maps;
mod shard_merge;
mod soundness;
mod strict;
mod subcritical;
mod subcritical_cli;
mod tamper;
mod trajectory_soundness;
mod util;
