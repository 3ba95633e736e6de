//! The `catapult-map` claim: cells of learning rates on which the uv model is proved lazy,
//! catapult, convergent or divergent for every η, covering a range up to narrow gaps, and the
//! boundaries between the regimes.
//!
//! # Inputs
//! `model = {kind: "uv", dim: n, target: y}`, `eta = "LO:HI"` (`0 < LO < HI`),
//! `init = [f₀, λ₀]` (as for `catapult`).
//!
//! # Evidence
//! ```text
//! {"precision_bits": b, "gap": "<exact > 0>",
//!  "cells": [{"eta": [lo, hi], "regime": "lazy" | "catapult" | "converges" | "divergent",
//!             "steps": K, "tail": {...} | "escape": {...}, "rise_step": t (catapult)}
//!            | {"eta": [lo, hi], "regime": "converges", "lemma": "sigma-decreasing"}, ...]}
//! ```
//!
//! # What the checker does
//! 1. Cells: at most [`MAX_CELLS`]; each `lo < hi`, inside `[LO, HI]`, sorted with disjoint
//!    interiors; every uncovered piece of `[LO, HI]` (before the first cell, between cells,
//!    after the last) is at most `gap` wide; `gaps` counts the non-empty pieces, `cells` the
//!    cells.
//! 2. Each replayed cell: the `catapult` replay of `K ≤` [`MAX_CELL_STEPS`] steps with `η` the
//!    interval `[lo, hi]` (constants `[lo, hi]`, `[lo², hi²]/n`, `[4lo, 4hi]/n` rounded outward;
//!    total steps ≤ [`MAX_TOTAL_STEPS`]), then the tail lemma or (label 0) the escape lemma of
//!    the `catapult` checker on the whole η box. `lazy`: tail lemma, `g_t².hi < g₀²` for
//!    `1 ≤ t ≤ K` and `ε² < g₀²`. `catapult`: tail lemma and `g_T².lo > g₀²` at
//!    `T = rise_step ∈ [1, K]`. `converges`: tail lemma. `divergent`: escape lemma.
//! 3. A `lemma` cell (`sigma-decreasing`): label 0 and `hi·λ₀ < 4`; GD converges for every
//!    such η (in `σ = ηλ/2`, `z = ηf/√n`: `σ⁺ − σ = z²(σ − 2)` and `σ ≥ |z|`, so `σ_t`
//!    decreases to `σ∞ ≥ 0`, `Σz_t² ≤ (σ₀ − σ∞)/(2 − σ₀) < ∞`, `f_t → 0`).
//! 4. `regimes` equals the cells' regimes in order, runs merged, uncovered pieces written
//!    `gap`. `eta_catapult_start ⊇ [A, B]`: `A` the end of the contiguous run of lazy cells
//!    from `LO` (`A > LO`), `B` the start of the first catapult or divergent cell;
//!    `eta_divergent_start ⊇ [A′, B′]` likewise with convergent cells (lazy, catapult,
//!    converges) and the first divergent cell; `eta_lambda0_*` contain `λ₀·[A, B]`. A boundary
//!    quantity is accepted only when the checker finds that boundary.

use num_rational::BigRational;
use num_traits::{Signed, Zero};
use serde_json::Value;

use super::CheckFailure;
use super::catapult::{UvInputs, replay, verify_escape, verify_tail};
use super::interval::RatInterval;
pub use crate::caps::catapult_map::*;
use crate::{Certificate, Quantity};

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// The validated inputs of a catapult-map certificate: the uv inputs (`eta` = LO) and HI.
#[derive(Clone, Debug, PartialEq)]
pub struct MapInputs {
    /// The uv inputs with `eta` the range's start.
    pub uv: UvInputs,
    /// The range's end.
    pub eta_hi: BigRational,
}

/// Parse and validate the inputs.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the field.
pub fn parse_inputs(cert: &Certificate) -> Result<MapInputs, CheckFailure> {
    let range = cert.eta.as_deref().ok_or_else(|| rej("eta", "missing"))?;
    let (lo, hi) = range
        .split_once(':')
        .ok_or_else(|| rej("eta", "expected \"LO:HI\""))?;
    let eta_hi = super::exact("eta", hi)?;
    let mut at_lo = cert.clone();
    at_lo.eta = Some(lo.to_string());
    let uv = super::catapult::parse_inputs(&at_lo)?;
    if eta_hi <= uv.eta {
        return Err(rej("eta", "need LO < HI"));
    }
    Ok(MapInputs { uv, eta_hi })
}

const KNOWN: &[&str] = &[
    "cells",
    "gaps",
    "regimes",
    "eta_catapult_start",
    "eta_divergent_start",
    "eta_lambda0_catapult_start",
    "eta_lambda0_divergent_start",
];

fn text_pair(v: &Value, field: &str) -> Result<(BigRational, BigRational), CheckFailure> {
    let arr = v
        .as_array()
        .filter(|a| a.len() == 2)
        .ok_or_else(|| rej(field, "expected [lo, hi]"))?;
    let num = |i: usize| {
        let s = arr[i]
            .as_str()
            .ok_or_else(|| rej(field, "expected exact numbers as strings"))?;
        super::exact(field, s)
    };
    Ok((num(0)?, num(1)?))
}

/// One checked cell: its range and regime.
struct Checked {
    lo: BigRational,
    hi: BigRational,
    regime: String,
}

/// Re-derive one cell; `budget` is the remaining total of replayed steps.
fn check_cell(
    c: &Value,
    field: &str,
    inputs: &MapInputs,
    bits: u32,
    budget: &mut u64,
) -> Result<Checked, CheckFailure> {
    let (lo, hi) = text_pair(
        c.get("eta").unwrap_or(&Value::Null),
        &format!("{field}.eta"),
    )?;
    if lo >= hi || lo < inputs.uv.eta || hi > inputs.eta_hi {
        return Err(rej(&format!("{field}.eta"), "need LO ≤ lo < hi ≤ HI"));
    }
    let regime = c
        .get("regime")
        .and_then(Value::as_str)
        .ok_or_else(|| rej(&format!("{field}.regime"), "missing"))?
        .to_string();
    let uv = &inputs.uv;
    if let Some(lemma) = c.get("lemma") {
        if lemma.as_str() != Some("sigma-decreasing") || regime != "converges" {
            return Err(rej(
                &format!("{field}.lemma"),
                "only sigma-decreasing, which proves converges",
            ));
        }
        if !uv.label.is_zero() || &hi * &uv.lambda0 >= BigRational::from_integer(4.into()) {
            return Err(rej(
                &format!("{field}.lemma"),
                "the σ-decreasing lemma needs label 0 and hi·λ₀ < 4",
            ));
        }
        return Ok(Checked { lo, hi, regime });
    }
    let steps = c
        .get("steps")
        .and_then(Value::as_u64)
        .filter(|s| *s <= MAX_CELL_STEPS && *s <= *budget)
        .ok_or_else(|| {
            rej(
                &format!("{field}.steps"),
                format!("expected an integer ≤ {MAX_CELL_STEPS} (total ≤ {MAX_TOTAL_STEPS})"),
            )
        })?;
    *budget -= steps;
    let eta = RatInterval::new(lo.clone(), hi.clone()).expect("lo < hi");
    let run = replay(uv, &eta, Some(bits), steps)?;
    let g0 = &uv.f0 - &uv.label;
    let g0sq = &g0 * &g0;
    match (c.get("tail"), c.get("escape")) {
        (Some(tail), None) => {
            let (eps, _, _) = verify_tail(&run, tail, &format!("{field}.tail"), uv, &eta)?;
            match regime.as_str() {
                "converges" => {}
                "lazy" => {
                    if let Some(t) = run.squares.iter().skip(1).position(|s| s.hi >= g0sq) {
                        return Err(rej(
                            &format!("{field}.regime"),
                            format!("lazy: loss_{} < loss₀ is not proved", t + 1),
                        ));
                    }
                    if &eps * &eps >= g0sq {
                        return Err(rej(
                            &format!("{field}.regime"),
                            "lazy: the tail bound ε² is not below g₀²",
                        ));
                    }
                }
                "catapult" => {
                    let t = c
                        .get("rise_step")
                        .and_then(Value::as_u64)
                        .filter(|t| (1..=steps).contains(t))
                        .ok_or_else(|| rej(&format!("{field}.rise_step"), "expected 1..=steps"))?;
                    if run.squares[t as usize].lo <= g0sq {
                        return Err(rej(
                            &format!("{field}.regime"),
                            format!("catapult: loss_{t} > loss₀ is not proved"),
                        ));
                    }
                }
                other => {
                    return Err(rej(
                        &format!("{field}.regime"),
                        format!("{other:?} is not proved by a tail lemma"),
                    ));
                }
            }
        }
        (None, Some(esc)) => {
            verify_escape(&run, esc, &format!("{field}.escape"), uv, &eta)?;
            if regime != "divergent" {
                return Err(rej(
                    &format!("{field}.regime"),
                    "an escape proves divergent",
                ));
            }
        }
        _ => {
            return Err(rej(field, "expected exactly one of tail, escape, lemma"));
        }
    }
    Ok(Checked { lo, hi, regime })
}

/// `[A, B]` of the module docs.
fn boundary(
    cells: &[Checked],
    lo: &BigRational,
    first: impl Fn(&str) -> bool,
    second: impl Fn(&str) -> bool,
) -> Option<RatInterval> {
    let mut end = lo.clone();
    for c in cells {
        if c.lo != end || !first(&c.regime) {
            break;
        }
        end = c.hi.clone();
    }
    let b = cells.iter().find(|c| second(&c.regime))?.lo.clone();
    (&end > lo && end <= b).then(|| RatInterval::new(end, b).expect("ordered"))
}

fn regime_sequence(cells: &[Checked], lo: &BigRational, hi: &BigRational) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut at = lo;
    for c in cells {
        if &c.lo != at && out.last() != Some(&"gap") {
            out.push("gap");
        }
        if out.last() != Some(&c.regime.as_str()) {
            out.push(&c.regime);
        }
        at = &c.hi;
    }
    if at != hi && out.last() != Some(&"gap") {
        out.push("gap");
    }
    out.join(", ")
}

fn count_is(cert: &Certificate, name: &str, n: usize) -> Result<(), CheckFailure> {
    let want = RatInterval::point(BigRational::from_integer(n.into()));
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) if super::enclosure(name, e)? == want => Ok(()),
        _ => Err(rej(
            &format!("quantities.{name}"),
            format!("expected exactly {n}"),
        )),
    }
}

/// Re-verify a `catapult-map` certificate that claims verification.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first check that failed.
pub fn check(cert: &Certificate, inputs: &MapInputs) -> Result<Vec<String>, CheckFailure> {
    super::only_known_quantities(cert, KNOWN)?;
    let ev = &cert.evidence;
    let bits = super::precision_bits(ev)?;
    let gap = ev
        .get("gap")
        .and_then(Value::as_str)
        .ok_or_else(|| rej("evidence.gap", "missing"))
        .and_then(|s| super::exact("evidence.gap", s))?;
    if !gap.is_positive() {
        return Err(rej("evidence.gap", "must be > 0"));
    }
    let items = ev
        .get("cells")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty() && a.len() <= MAX_CELLS)
        .ok_or_else(|| rej("evidence.cells", format!("expected 1..={MAX_CELLS} cells")))?;
    let (lo, hi) = (&inputs.uv.eta, &inputs.eta_hi);
    let mut budget = MAX_TOTAL_STEPS;
    let mut cells: Vec<Checked> = Vec::with_capacity(items.len());
    let mut gaps = 0usize;
    let mut at = lo.clone();
    for (i, c) in items.iter().enumerate() {
        let field = format!("evidence.cells[{i}]");
        let cell = check_cell(c, &field, inputs, bits, &mut budget)?;
        if cell.lo < at {
            return Err(rej(&field, "cells must be sorted with disjoint interiors"));
        }
        if &cell.lo - &at > gap {
            return Err(rej(
                &field,
                "the uncovered piece before this cell is wider than gap",
            ));
        }
        gaps += usize::from(cell.lo > at);
        at = cell.hi.clone();
        cells.push(cell);
    }
    if hi - &at > gap {
        return Err(rej(
            "evidence.cells",
            "the uncovered piece at HI is wider than gap",
        ));
    }
    gaps += usize::from(&at < hi);
    count_is(cert, "cells", cells.len())?;
    count_is(cert, "gaps", gaps)?;
    let sequence = regime_sequence(&cells, lo, hi);
    if cert.quantities.get("regimes") != Some(&Quantity::Label(sequence.clone())) {
        return Err(rej("quantities.regimes", format!("expected {sequence:?}")));
    }
    let lambda0 = &inputs.uv.lambda0;
    let lazy = |r: &str| r == "lazy";
    let not_lazy = |r: &str| r == "catapult" || r == "divergent";
    let converges = |r: &str| r != "divergent";
    let divergent = |r: &str| r == "divergent";
    let mut details = vec![format!(
        "{} cells re-derived at {bits} bits ({} replayed steps); {gaps} gaps, each ≤ {gap}",
        cells.len(),
        MAX_TOTAL_STEPS - budget
    )];
    for (name, found) in [
        ("catapult_start", boundary(&cells, lo, lazy, not_lazy)),
        (
            "divergent_start",
            boundary(&cells, lo, converges, divergent),
        ),
    ] {
        for (qname, ours) in [
            (format!("eta_{name}"), found.clone()),
            (
                format!("eta_lambda0_{name}"),
                found.as_ref().map(|b| b.scale(lambda0)),
            ),
        ] {
            match (cert.quantities.get(&qname), ours) {
                (None, _) => {}
                (Some(Quantity::Enclosure(e)), Some(ours)) => {
                    let theirs = super::enclosure(&qname, e)?;
                    if !ours.is_subset_of(&theirs) {
                        return Err(rej(
                            &format!("quantities.{qname}"),
                            format!("{theirs} does not contain the checker's {ours}"),
                        ));
                    }
                    details.push(format!("{qname} ∈ {ours}"));
                }
                _ => {
                    return Err(rej(
                        &format!("quantities.{qname}"),
                        "no such boundary is established by the cells",
                    ));
                }
            }
        }
    }
    Ok(details)
}
