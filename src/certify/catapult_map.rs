//! Claim `catapult-map`: the lazy / catapult / divergent regimes of the uv model over a range
//! of learning rates, proved cell by cell, with the boundaries between them enclosed.
//!
//! # Claim
//! For width `n`, label `y`, exact `f₀`, `λ₀` and a range `[η_lo, η_hi]`, the certificate lists
//! cells `[a, b] ⊆ [η_lo, η_hi]` (sorted, disjoint interiors). For **every** `η ∈ [a, b]`:
//! - `lazy`: GD converges and `loss_t < loss₀` for every `t ≥ 1`;
//! - `catapult`: GD converges and `loss_t > loss₀` for some `t ≥ 1` (so the maximum of the loss
//!   over `t ≥ 0` is attained at some `t ≥ 1` and exceeds `loss₀`);
//! - `converges`: GD converges (a strip around the lazy/catapult boundary, where the label is
//!   not decided);
//! - `divergent` (label 0 only): `|f_t| → ∞`.
//!
//! The points of `[η_lo, η_hi]` outside every cell form gaps, each of width at most `gap`.
//! Boundaries (when the range contains both sides):
//! - `eta_catapult_start` ∋ `inf{η ∈ [η_lo, η_hi] : η is not lazy}`: enclosed by `[A, B]` with
//!   `A` the end of the run of lazy cells that starts at `η_lo` (every `η < A` is lazy) and `B`
//!   the start of the first catapult or divergent cell (`B` is not lazy);
//! - `eta_divergent_start` ∋ `inf{η : η is divergent}`: `[A′, B′]`, `A′` the end of the run of
//!   cells proved convergent (lazy, catapult or converges) starting at `η_lo`, `B′` the start of
//!   the first divergent cell;
//! - `eta_lambda0_catapult_start`, `eta_lambda0_divergent_start`: the same multiplied by `λ₀`,
//!   to compare with 2 and 4.
//!
//! # Method
//! One cell is the single-instance proof of [`crate::certify::catapult`] with `η` an interval:
//! the constants `η`, `c = η²/n`, `k = 4η/n` are enclosed for the whole cell
//! ([`UvConstants::new_range`]), so the iterates enclose `(g_t, λ_t)` for every `η` in it, and
//! the tail lemma (convergence) and the escape lemma (divergence), whose hypotheses are
//! inequalities on `(g_K, λ_K)` and the constants, hold for every `η` at once. A cell whose
//! proof fails, or which only proves convergence, is bisected; bisection stops at width
//! `gap/64` (an undecided piece then stays a gap). Adjacent gaps are merged; the map is verified
//! when every gap is at most `gap` wide. For label 0, a cell with `η_hi·λ₀ < 4` that still fails
//! at width `max(gap, (η_hi − η_lo)/1024)` is proved `converges` by the σ-decreasing lemma
//! (`sigma_lemma`) instead.

use std::time::Instant;

use eoscert_check::claim::{CatapultMapClaim, CatapultMapQuantities};
use eoscert_check::evidence::{self as ev, CatapultMapCell};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar};
use crate::certificate::EnclosureExt as _;
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
use crate::certify::catapult::{CatapultProblem, outward, try_escape, try_tail_spread};
use crate::certify::{Reason, reason_text};
use crate::dynamics::Uv;
use crate::model::catapult::UvConstants;

/// The largest number of cells (proved cells plus gaps).
pub const MAX_CELLS: usize = eoscert_check::caps::catapult_map::MAX_CELLS;
/// The largest step budget of one cell.
pub const MAX_CELL_STEPS: u64 = eoscert_check::caps::catapult_map::MAX_CELL_STEPS;
/// The default step budget of one cell.
pub const DEFAULT_CELL_STEPS: u64 = 2_000;

/// What a cell proves for every η in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellRegime {
    /// Converges, the loss never exceeds its start.
    Lazy,
    /// Converges after the loss exceeded its start.
    Catapult,
    /// Converges (lazy or catapult not decided).
    Converges,
    /// `|f_t| → ∞`.
    Divergent,
}

impl CellRegime {
    /// The label in certificates.
    pub fn name(self) -> &'static str {
        match self {
            CellRegime::Lazy => "lazy",
            CellRegime::Catapult => "catapult",
            CellRegime::Converges => "converges",
            CellRegime::Divergent => "divergent",
        }
    }
}

/// A catapult-map claim.
#[derive(Clone, Debug)]
pub struct CatapultMapProblem {
    /// Width `n`, label, `f₀`, `λ₀`, step budget per cell (its `eta` is the range's start).
    pub base: CatapultProblem,
    /// The range's end `η_hi > η_lo`.
    pub eta_hi: BigRational,
    /// The widest gap allowed.
    pub gap: BigRational,
}

impl CatapultMapProblem {
    /// Validate and build. `gap = None` means `(η_hi − η_lo)/10⁶`.
    ///
    /// # Errors
    /// [`Error::BadInput`] as [`CatapultProblem::new`] (for `η_lo`), for `η_hi ≤ η_lo`, a gap
    /// `≤ 0` or a step budget above [`MAX_CELL_STEPS`].
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        n: u64,
        f0: BigRational,
        lambda0: BigRational,
        label: BigRational,
        eta_lo: BigRational,
        eta_hi: BigRational,
        gap: Option<BigRational>,
        max_steps: u64,
    ) -> Result<Self, Error> {
        if max_steps > MAX_CELL_STEPS {
            return Err(Error::field(
                "max_steps",
                format!("{max_steps}: need 1..={MAX_CELL_STEPS} per cell"),
            ));
        }
        let range_error = |which: &str, e: Error| match e {
            Error::Field {
                field: "eta",
                message,
            } => Error::field("eta_range", format!("{which}: {message}")),
            other => other,
        };
        let base = CatapultProblem::new(n, f0, lambda0, eta_lo, label, max_steps)
            .map_err(|e| range_error("LO", e))?;
        crate::certify::trajectory::check_eta(&eta_hi).map_err(|e| range_error("HI", e))?;
        if eta_hi <= base.eta {
            return Err(Error::field("eta_range", "need LO < HI"));
        }
        let gap = gap.unwrap_or_else(|| {
            (&eta_hi - &base.eta) / BigRational::from_integer(BigInt::from(1_000_000))
        });
        if !gap.is_positive() {
            return Err(Error::field("gap", "must be > 0"));
        }
        Ok(CatapultMapProblem { base, eta_hi, gap })
    }
}

/// Prove the map with `backend` (`interval` or `mpfr:BITS`; `f64` runs but is never verified).
///
/// # Errors
/// [`Error::BadInput`] for the exact backend.
pub fn prove_catapult_map(
    problem: &CatapultMapProblem,
    backend: Backend,
) -> Result<Certificate, Error> {
    if backend == Backend::Rational {
        return Err(Error::field(
            "backend",
            "rational: the uv recursion triples bit sizes every step; use mpfr:BITS",
        ));
    }
    let start = Instant::now();
    let mut cert = backend.dispatch(Run { problem });
    cert.elapsed_s = start.elapsed().as_secs_f64();
    Ok(cert)
}

/// One proved cell: its range, regime, and its evidence entry (range, regime, replayed steps
/// and lemma).
struct Cell {
    lo: BigRational,
    hi: BigRational,
    regime: CellRegime,
    evidence: CatapultMapCell,
}

/// A cell's proof by replay: the steps, the lemma that applied and the first step whose loss
/// is proved above loss₀.
struct CellProof {
    steps: u64,
    tail: Option<ev::CatapultTail>,
    escape: Option<ev::Escape>,
    rise_step: Option<u64>,
}

impl Cell {
    /// The cell `[lo, hi]` with its evidence entry; `proof` is `None` for a lemma cell.
    fn new(lo: BigRational, hi: BigRational, regime: CellRegime, proof: Option<CellProof>) -> Cell {
        let evidence = CatapultMapCell {
            eta: vec![format_exact(&lo), format_exact(&hi)],
            regime: regime.name().into(),
            steps: proof.as_ref().map(|p| p.steps),
            rise_step: proof.as_ref().and_then(|p| p.rise_step),
            lemma: proof.is_none().then(|| "sigma-decreasing".into()),
            tail: proof.as_ref().and_then(|p| p.tail.clone()),
            escape: proof.and_then(|p| p.escape),
        };
        Cell {
            lo,
            hi,
            regime,
            evidence,
        }
    }
}

/// Prove one cell `[lo, hi]`: iterate with interval η until the tail lemma (convergence) or the
/// escape lemma (label 0) applies. `None` if neither applies within the budget or the
/// enclosure degenerates.
fn prove_cell<S: Scalar>(
    p: &CatapultProblem,
    lo: &BigRational,
    hi: &BigRational,
    ctx: &S::Ctx,
) -> Option<(CellRegime, CellProof)> {
    let k = Uv::over(p.n, p.label.clone(), lo.clone(), hi.clone()).constants::<S>(ctx);
    let g0 = &p.f0 - &p.label;
    let g0sq = &g0 * &g0;
    let mut g = S::from_rational(&g0, ctx);
    let mut lambda = S::from_rational(&p.lambda0, ctx);
    let label_zero = p.label.is_zero();
    let mut lazy = true;
    let mut rise = None;
    let mut tail_failures = 0;
    for t in 0..=p.max_steps {
        let (llo, lhi) = lambda.bounds()?;
        g.bounds()?;
        if &lhi - &llo > llo.abs().max(BigRational::one()) {
            return None;
        }
        if t >= 1 {
            let (sq_lo, sq_hi) = g.sqr().bounds()?;
            if sq_hi >= g0sq {
                lazy = false;
            }
            if rise.is_none() && sq_lo > g0sq {
                rise = Some(t);
            }
        }
        if g.abs().to_f64() < 1e-3 {
            let tol = llo.abs().max(BigRational::one());
            let Some(tail) = try_tail_spread(&g, &lambda, &k, &tol, 2, ctx) else {
                // Converged but the lemma keeps failing: the cell is too wide.
                tail_failures += 1;
                if tail_failures > 8 {
                    return None;
                }
                continue_step(&mut g, &mut lambda, &k);
                continue;
            };
            {
                let regime = match rise {
                    Some(_) => CellRegime::Catapult,
                    None if lazy && &tail.eps * &tail.eps < g0sq => CellRegime::Lazy,
                    None => CellRegime::Converges,
                };
                let proof = CellProof {
                    steps: t,
                    tail: Some(tail.evidence()),
                    escape: None,
                    rise_step: rise,
                };
                return Some((regime, proof));
            }
        }
        if label_zero && let Some(e) = try_escape(&g, &lambda, &k, ctx) {
            let proof = CellProof {
                steps: t,
                tail: None,
                escape: Some(e.evidence()),
                rise_step: None,
            };
            return Some((CellRegime::Divergent, proof));
        }
        continue_step(&mut g, &mut lambda, &k);
    }
    None
}

fn continue_step<S: Scalar>(g: &mut S, lambda: &mut S, k: &UvConstants<S>) {
    let (g_next, lambda_next, _) = k.step(g, lambda);
    *g = g_next;
    *lambda = lambda_next;
}

/// The σ-decreasing lemma applies to every `η ≤ hi`: label 0 and `hi·λ₀ < 4`.
///
/// *Lemma.* For label 0 and `ηλ₀ < 4`, GD converges (`f_t → 0`, `λ_t ↓ λ∞`). *Proof.* In
/// `z = ηf/√n`, `σ = ηλ/2`: `σ⁺ − σ = z²(σ − 2)`, and `σ ≥ |z|` at every step (`λ ≥ 2|f|/√n`,
/// `|uᵀv| ≤ (‖u‖² + ‖v‖²)/2`). By induction `σ_t ≤ σ₀ < 2`, so `σ_t` decreases to some
/// `σ∞ ≥ 0` and `Σ z_t²(2 − σ₀) ≤ Σ z_t²(2 − σ_t) = σ₀ − σ∞ < ∞`: `z_t → 0`. ∎
fn sigma_lemma(p: &CatapultProblem, hi: &BigRational) -> bool {
    p.label.is_zero() && hi * &p.lambda0 < BigRational::from_integer(4.into())
}

struct Run<'a> {
    problem: &'a CatapultMapProblem,
}

/// Why a catapult map is not verified ([`Reason::text`] is the certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum CatapultMapReason {
    /// The cell cap was reached before the range was covered.
    Capped {
        /// The η where the cover stopped, exact.
        at: String,
        /// The cell proofs attempted.
        attempts: usize,
    },
    /// An undecided part is wider than the allowed gap.
    GapTooWide {
        /// The widest undecided part, exact.
        widest: String,
        /// The allowed gap, exact.
        gap: String,
    },
}

impl Reason for CatapultMapReason {
    fn text(&self) -> String {
        match self {
            CatapultMapReason::Capped { at, attempts } => format!(
                "stopped at η = {at} after {attempts} cell proofs (cap {MAX_CELLS} cells): the \
                 range has more boundaries or undecided parts than the cap allows"
            ),
            CatapultMapReason::GapTooWide { widest, gap } => format!(
                "an undecided part of width {widest} is wider than the gap {gap} (adjacent \
                 undecided cells); raise max_steps or the precision"
            ),
        }
    }
}

/// The cover: proved cells in order, and the uncovered pieces (merged).
struct Cover {
    cells: Vec<Cell>,
    gaps: Vec<(BigRational, BigRational)>,
    /// Why the cover is incomplete (cap reached), if it is.
    capped: Option<CatapultMapReason>,
}

fn cover<S: Scalar>(problem: &CatapultMapProblem, ctx: &S::Ctx) -> Cover {
    let p = &problem.base;
    let two = BigRational::from_integer(2.into());
    // Bisection goes below the gap (to gap/64): undecided pieces are merged afterwards, and a
    // boundary strip is typically a few floor widths.
    let floor = &problem.gap / BigRational::from_integer(64.into());
    // Cells failing at this width are given to the σ-decreasing lemma where it applies.
    let lemma_width = (&problem.eta_hi - &p.eta) / BigRational::from_integer(1024.into());
    let lemma_width = lemma_width.max(problem.gap.clone());
    let mut stack = vec![(p.eta.clone(), problem.eta_hi.clone())];
    let mut cells: Vec<Cell> = Vec::new();
    let mut gaps: Vec<(BigRational, BigRational)> = Vec::new();
    let mut attempts = 0usize;
    let mut capped = None;
    while let Some((lo, hi)) = stack.pop() {
        if cells.len() + gaps.len() >= MAX_CELLS || attempts >= 4 * MAX_CELLS {
            capped = Some(CatapultMapReason::Capped {
                at: format_exact(&lo),
                attempts,
            });
            // The rest of the range (everything pending lies to the right) is uncovered.
            let _ = hi;
            gaps.push((lo, problem.eta_hi.clone()));
            break;
        }
        attempts += 1;
        let wide = &hi - &lo > floor;
        let proved = prove_cell::<S>(p, &lo, &hi, ctx);
        if proved.is_none() && &hi - &lo <= lemma_width && sigma_lemma(p, &hi) {
            cells.push(Cell::new(lo, hi, CellRegime::Converges, None));
            continue;
        }
        match proved {
            Some((regime, proof)) if regime != CellRegime::Converges || !wide => {
                cells.push(Cell::new(lo, hi, regime, Some(proof)));
            }
            _ if wide => {
                let mid = (&lo + &hi) / &two;
                stack.push((mid.clone(), hi));
                stack.push((lo, mid));
            }
            _ => match gaps.last_mut() {
                Some(last) if last.1 == lo => last.1 = hi,
                _ => gaps.push((lo, hi)),
            },
        }
    }
    Cover {
        cells,
        gaps,
        capped,
    }
}

/// `[A, B]`: `A` the end of the run of cells with `first(regime)` that starts at `lo`
/// (contiguous), `B` the start of the first cell with `second(regime)`; `None` unless the run
/// is non-empty and such a cell exists.
fn boundary(
    cells: &[Cell],
    lo: &BigRational,
    first: impl Fn(CellRegime) -> bool,
    second: impl Fn(CellRegime) -> bool,
) -> Option<(BigRational, BigRational)> {
    let mut end = lo.clone();
    for c in cells {
        if c.lo != end || !first(c.regime) {
            break;
        }
        end = c.hi.clone();
    }
    let b = cells.iter().find(|c| second(c.regime))?.lo.clone();
    (&end > lo && end <= b).then_some((end, b))
}

/// The sequence of regimes along the range, runs merged, gaps written `gap`.
pub(crate) fn regime_sequence(items: &[(BigRational, BigRational, &str)]) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut at: Option<&BigRational> = None;
    for (lo, hi, name) in items {
        if at.is_some_and(|a| a != lo) && out.last() != Some(&"gap") {
            out.push("gap");
        }
        if out.last() != Some(name) {
            out.push(name);
        }
        at = Some(hi);
    }
    out.join(", ")
}

impl BackendTask for Run<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let problem = self.problem;
        let p = &problem.base;
        let (lo, hi) = (&p.eta, &problem.eta_hi);
        let cov = cover::<S>(problem, &ctx);
        let widest = cov
            .gaps
            .iter()
            .map(|(a, b)| b - a)
            .max()
            .unwrap_or_else(BigRational::zero);
        let mut failure = cov.capped.clone();
        if failure.is_none() && widest > problem.gap {
            failure = Some(CatapultMapReason::GapTooWide {
                widest: format_exact(&widest),
                gap: format_exact(&problem.gap),
            });
        }
        let count = |n: usize| Some(Enclosure::exact(&BigRational::from_integer(n.into())));
        let mut quantities = CatapultMapQuantities {
            cells: count(cov.cells.len()),
            gaps: count(cov.gaps.len()),
            ..Default::default()
        };
        let mut items: Vec<(BigRational, BigRational, &str)> = cov
            .cells
            .iter()
            .map(|c| (c.lo.clone(), c.hi.clone(), c.regime.name()))
            .collect();
        // Leading and trailing gaps show in the sequence too.
        if items.first().is_some_and(|c| &c.0 != lo) {
            items.insert(0, (lo.clone(), lo.clone(), "gap"));
        }
        if items.last().is_some_and(|c| &c.1 != hi) {
            items.push((hi.clone(), hi.clone(), "gap"));
        }
        quantities.regimes = Some(regime_sequence(&items));
        let lazy = |r| r == CellRegime::Lazy;
        let not_lazy = |r| matches!(r, CellRegime::Catapult | CellRegime::Divergent);
        let converges = |r| r != CellRegime::Divergent;
        let divergent = |r| r == CellRegime::Divergent;
        let eta_and_lambda = |bounds: Option<(BigRational, BigRational)>| match bounds {
            Some((a, b)) => (
                Some(outward(&a, &b)),
                Some(outward(&(&a * &p.lambda0), &(&b * &p.lambda0))),
            ),
            None => (None, None),
        };
        (
            quantities.eta_catapult_start,
            quantities.eta_lambda0_catapult_start,
        ) = eta_and_lambda(boundary(&cov.cells, lo, lazy, not_lazy));
        (
            quantities.eta_divergent_start,
            quantities.eta_lambda0_divergent_start,
        ) = eta_and_lambda(boundary(&cov.cells, lo, converges, divergent));
        let cells: Vec<CatapultMapCell> = cov.cells.into_iter().map(|c| c.evidence).collect();
        let reason = reason_text(failure.as_ref(), S::RIGOROUS);
        CatapultMapClaim {
            schema: SCHEMA.into(),
            model: p.model_info(),
            eta: Some(format!("{}:{}", format_exact(lo), format_exact(hi))),
            init: vec![format_exact(&p.f0), format_exact(&p.lambda0)],
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: S::RIGOROUS && failure.is_none(),
            reason,
            quantities,
            evidence: ev::CatapultMap {
                // The exact backend is refused by `prove_catapult_map`; 0 marks exact arithmetic.
                precision_bits: S::precision_bits(&ctx).unwrap_or(0),
                gap: format_exact(&problem.gap),
                cells,
            },
            elapsed_s: 0.0,
        }
        .into_certificate()
    }
}
